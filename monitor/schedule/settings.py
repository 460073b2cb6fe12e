"""Settings of the schedule and the daemon (assembled into monitor.config.Settings)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings

HOUR = 3600.0
DAY = 24 * HOUR

# (quiet for less than this many seconds, check every this many seconds), modelled on
# NewsDiffs' tiers; the last tier is capped at a day rather than three so that a story that
# wakes up after a quiet week is noticed the same day.
DEFAULT_CADENCE_TIERS: tuple[tuple[float, float], ...] = (
    (3 * HOUR, 15 * 60.0),
    (DAY, HOUR),
    (7 * DAY, 3 * HOUR),
    (30 * DAY, DAY),
)


class ScheduleSettings(BaseSettings):
    """How often articles are checked and how the daemon runs."""

    # --- cadence policy -------------------------------------------------------------------
    fast_interval: float = Field(
        default=300.0,
        gt=0,
        description="Seconds between checks of every article of a developing story (and the "
        "first check after any change). A story's fast_interval overrides it.",
    )
    cadence_tiers: tuple[tuple[float, float], ...] = Field(
        default=DEFAULT_CADENCE_TIERS,
        description="Cadence of articles of stories that are not developing, as pairs "
        "[quiet for less than S seconds, check every I seconds], by time since the article "
        "last changed (JSON in the environment).",
    )
    settle_after: float = Field(
        default=30 * DAY,
        gt=0,
        description="Seconds without a change after which an article is settled (no longer "
        "checked) unless its story is developing; `monitor track` or a change in its story "
        "revives it.",
    )
    jitter: float = Field(
        default=0.1,
        ge=0,
        lt=1,
        description="Fraction by which each interval is randomly stretched or shrunk, so that "
        "checks of many articles spread out instead of arriving together.",
    )
    failing_after: int = Field(
        default=5,
        ge=1,
        description="Consecutive failed checks after which an article is reported failing.",
    )
    failure_backoff_max: float = Field(
        default=6 * HOUR,
        gt=0,
        description="Longest wait, in seconds, between retries of an article whose checks keep "
        "failing (the wait doubles on each failure up to this).",
    )
    # --- daemon -----------------------------------------------------------------------------
    lease_seconds: float = Field(
        default=300.0,
        gt=0,
        description="How long a claimed article is reserved for the process checking it; a "
        "crashed process's articles are claimed again after this.",
    )
    dispatch_interval: float = Field(
        default=1.0,
        gt=0,
        description="Seconds between two looks for articles falling due. Checks do not wait "
        "for it: `monitor run` claims more due articles as soon as a quarter of its check "
        "slots are free.",
    )
    max_concurrent_checks: int = Field(
        default=32,
        ge=1,
        description="Checks one `monitor run` process runs at the same time (the per-host "
        "limits still apply to each site).",
    )
    per_host_concurrency: int = Field(
        default=2, ge=1, description="Requests in flight to one host at the same time."
    )
    per_host_min_gap: float = Field(
        default=1.0,
        ge=0,
        description="Seconds between the starts of two requests to the same host.",
    )
    shutdown_grace: float = Field(
        default=15.0,
        ge=0,
        description="Seconds in-flight checks may take to finish after a stop is requested; "
        "the leases of those still running are then released.",
    )
    http_transport: Literal["aiohttp", "httpx"] = Field(
        default="aiohttp",
        description="HTTP transport under the httpx client: aiohttp (its connection pool and "
        "C parser, about a tenth of the CPU per request) or httpx (httpcore).",
    )
    alert_dispatch_interval: float = Field(
        default=5.0, gt=0, description="Seconds between two runs of the alert dispatcher."
    )
    retention_interval: float = Field(
        default=HOUR, gt=0, description="Seconds between two runs of snapshot retention."
    )
    snapshot_retention_days: float = Field(
        default=30.0,
        gt=0,
        description="Days after which snapshot rows without a stored body (304s, errors, "
        "unchanged fetches) are deleted.",
    )
    # --- workers (PostgreSQL, procrastinate) ------------------------------------------------
    worker_concurrency: int = Field(
        default=8, ge=1, description="Checks one `monitor worker` process runs at the same time."
    )
    dispatch_batch: int = Field(
        default=200,
        ge=1,
        description="Most due articles one dispatch of `monitor worker` hands to the queue.",
    )
    worker_heartbeat_interval: float = Field(
        default=5.0, gt=0, description="Seconds between two heartbeats of a `monitor worker`."
    )
    stalled_worker_timeout: float = Field(
        default=30.0,
        gt=0,
        description="Seconds without a heartbeat after which a worker is taken for dead and "
        "its running checks are retried.",
    )
