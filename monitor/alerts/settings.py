"""Settings of alerts and their channels (assembled into monitor.config.Settings)."""

from __future__ import annotations

from pydantic_settings import BaseSettings


class AlertSettings(BaseSettings):
    """Which changes alert, where alerts go, and how deliveries are retried."""
