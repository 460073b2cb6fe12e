"""The embedded daemon (`monitor run`): one process, an in-process timer, the database as
the source of truth.

    dispatcher (monitor.schedule.dispatcher): claim due articles up to the free capacity
      │   (one statement, which also reads what each check needs), run each check as an
      │   asyncio task behind the per-host gate; a finishing check frees its slot and
      │   wakes the dispatcher, which claims again once a quarter of the slots are free:
      │   the rate is set by the checks, not by a timer
      └── schedule writer: the finished checks' snapshots and new schedules, many checks
            per transaction (monitor.schedule.writer)
    APScheduler (in-memory job store, never shared)
      ├── dispatch tick (every dispatch_interval s): the fallback that finds articles
      │     falling due while nothing else wakes the dispatcher
      ├── alert tick: monitor.alerts.dispatcher.dispatch_due (when that module exists)
      └── retention tick: delete old snapshot rows that have no stored body

All database work of the dispatcher (claims, batches) runs on one thread of its own, so
the event loop never waits for the database and the daemon never competes with itself for
SQLite's write lock.

Stopping (SIGINT/SIGTERM, `stop_event`, or `duration`): no more claims, in-flight checks get
`shutdown_grace` seconds to finish, the rest are cancelled and their leases released so the
next process picks them up at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import signal
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy import Engine

from monitor.schedule.dispatcher import (
    CheckFn,
    CheckReport,
    ClaimedCheckFn,
    DaemonStats,
    Dispatcher,
    OutcomeHook,
    log_schedule,
    process_owner,
    run_one_check,
    utcnow,
)
from monitor.schedule.maintenance import make_alert_tick, prune_snapshots

__all__ = [  # the dispatcher's names are used from here by `monitor worker` and tests
    "CheckFn",
    "CheckReport",
    "ClaimedCheckFn",
    "DaemonStats",
    "Dispatcher",
    "OutcomeHook",
    "install_signal_handlers_for",
    "log_schedule",
    "process_owner",
    "run_checks",
    "run_daemon",
    "run_one_check",
    "utcnow",
]

log = logging.getLogger(__name__)


async def run_checks(
    settings: Any,
    engine: Engine,
    check: CheckFn,
    *,
    stop_event: asyncio.Event | None = None,
    duration: float | None = None,
    on_outcome: OutcomeHook | None = None,
    clock: Callable[[], datetime] = utcnow,
    rng: random.Random | None = None,
    owner: str | None = None,
    check_claimed: ClaimedCheckFn | None = None,
) -> DaemonStats:
    """Run the daemon with a given check function until stopped or `duration` ends.

    `settings` is a ScheduleSettings (the full Settings when alerts and retention should run
    too). This is the daemon without the HTTP client and the store: tests and benchmarks
    hand in their own check. `check_claimed`, when given, is used instead of `check` for
    articles claimed with their targets.
    """
    stop = stop_event or asyncio.Event()
    dispatcher = Dispatcher(
        settings,
        engine,
        check,
        owner=owner,
        clock=clock,
        rng=rng,
        on_outcome=on_outcome,
        check_claimed=check_claimed,
    )
    scheduler = _make_scheduler(settings, engine, dispatcher, clock)
    scheduler.start()
    log.info("daemon started owner=%s", dispatcher.owner)
    try:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=duration)
    finally:
        dispatcher.stopping = True
        async with dispatcher.tick_idle():
            scheduler.shutdown(wait=False)
        await dispatcher.drain(settings.shutdown_grace)
    log.info(
        "daemon stopped owner=%s checked=%d released=%d",
        dispatcher.owner,
        dispatcher.stats.checked,
        dispatcher.stats.released,
    )
    return dispatcher.stats


def _make_scheduler(
    settings: Any, engine: Engine, dispatcher: Dispatcher, clock: Callable[[], datetime]
) -> AsyncIOScheduler:
    """The in-process timer; its default in-memory job store is never shared."""
    scheduler = AsyncIOScheduler(timezone=UTC)
    common: dict[str, Any] = {"coalesce": True, "max_instances": 1, "misfire_grace_time": None}
    scheduler.add_job(
        _guarded(dispatcher.tick, "dispatch"),
        "interval",
        seconds=settings.dispatch_interval,
        next_run_time=datetime.now(UTC),
        id="dispatch",
        name="dispatch",
        **common,
    )
    alert_tick = make_alert_tick(settings, engine, clock)
    if alert_tick is not None:
        scheduler.add_job(
            _guarded(alert_tick, "alerts"),
            "interval",
            seconds=settings.alert_dispatch_interval,
            id="alerts",
            name="alerts",
            **common,
        )
    if hasattr(settings, "snapshot_retention_days"):
        scheduler.add_job(
            _guarded(
                lambda: asyncio.to_thread(prune_snapshots, engine, settings, clock()), "retention"
            ),
            "interval",
            seconds=settings.retention_interval,
            id="retention",
            name="retention",
            **common,
        )
    return scheduler


def _guarded(tick: Callable[[], Awaitable[object]], name: str) -> Callable[[], Awaitable[None]]:
    """A tick whose failure is logged and retried on the next run, never fatal."""

    async def run() -> None:
        try:
            await tick()
        except Exception:  # a failing tick (database down) must not stop the daemon
            log.exception("tick failed tick=%s", name)

    return run


async def run_daemon(
    settings: Any,
    *,
    stop_event: asyncio.Event | None = None,
    duration: float | None = None,
    on_outcome: Callable[..., object] | None = None,
    install_signal_handlers: bool = False,
) -> DaemonStats:
    """Run `monitor run` for `settings` (a monitor.config.Settings): open the store and an
    HTTP client, then check due articles until stopped or `duration` seconds have passed."""
    from monitor.schedule.runtime import open_runtime

    stop = stop_event or asyncio.Event()
    if install_signal_handlers:
        install_signal_handlers_for(stop)
    async with open_runtime(settings) as runtime:
        return await run_checks(
            settings,
            runtime.engine,
            runtime.check,
            stop_event=stop,
            duration=duration,
            on_outcome=on_outcome,
            check_claimed=runtime.check_claimed,
        )


def install_signal_handlers_for(stop: asyncio.Event) -> None:
    """SIGINT and SIGTERM ask for a graceful stop."""
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
