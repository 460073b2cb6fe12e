"""Settings of the schedule and the daemon (assembled into monitor.config.Settings)."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings


class ScheduleSettings(BaseSettings):
    """How often articles are checked and how the daemon runs."""

    fast_interval: float = Field(
        default=300.0,
        description="Seconds between checks of every article of a developing story.",
    )
