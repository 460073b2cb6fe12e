"""The embedded daemon (`monitor run`): one process, an in-process timer, the database as
the source of truth.

    APScheduler (in-memory job store, never shared)
      ├── dispatch tick (every dispatch_interval s): claim due articles up to free capacity,
      │     run each check as an asyncio task behind the per-host gate, then reschedule it
      ├── alert tick: monitor.alerts.dispatcher.dispatch_due (when that module exists)
      └── retention tick: delete old snapshot rows that have no stored body

Stopping (SIGINT/SIGTERM, `stop_event`, or `duration`): no more claims, in-flight checks get
`shutdown_grace` seconds to finish, the rest are cancelled and their leases released so the
next process picks them up at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
import signal
import socket
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy import Engine

from monitor.schedule.claim import Claimed, claim_due, release_owner
from monitor.schedule.hosts import HostGate
from monitor.schedule.maintenance import make_alert_tick, prune_snapshots
from monitor.schedule.policy import CadencePolicy, Schedule
from monitor.schedule.reschedule import CheckResult, interrupted_result, reschedule
from monitor.schedule.settings import ScheduleSettings

log = logging.getLogger(__name__)


class CheckReport(Protocol):
    """What a check returns, as far as the scheduler cares (`monitor.check.CheckOutcome`)."""

    @property
    def article_id(self) -> int: ...
    @property
    def outcome(self) -> str: ...
    @property
    def developing(self) -> bool | None: ...
    @property
    def error(self) -> str | None: ...
    @property
    def version_number(self) -> int | None: ...


CheckFn = Callable[[int], Awaitable[CheckReport]]
OutcomeHook = Callable[[CheckReport], object]


def utcnow() -> datetime:
    """The current time, timezone-aware UTC."""
    return datetime.now(UTC)


def process_owner(role: str = "run") -> str:
    """A lease-owner name unique to this process: role, host, pid and a random part."""
    return f"{role}:{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


@dataclass
class DaemonStats:
    """What a daemon run did, for the caller (demo, benchmarks, tests)."""

    claimed: int = 0
    checked: int = 0
    crashed: int = 0  # checks that raised instead of returning an outcome
    released: int = 0  # leases given back at shutdown
    outcomes: dict[str, int] = field(default_factory=dict)


class Dispatcher:
    """Claims due articles and runs their checks as tasks, at most `max_concurrent_checks`."""

    def __init__(
        self,
        settings: ScheduleSettings,
        engine: Engine,
        check: CheckFn,
        *,
        owner: str | None = None,
        clock: Callable[[], datetime] = utcnow,
        rng: random.Random | None = None,
        on_outcome: OutcomeHook | None = None,
        gate: HostGate | None = None,
    ) -> None:
        self.settings = settings
        self.engine = engine
        self.check = check
        self.owner = owner or process_owner()
        self.clock = clock
        self.rng = rng or random.Random()
        self.on_outcome = on_outcome
        self.gate = gate or HostGate(settings.per_host_concurrency, settings.per_host_min_gap)
        self.policy = CadencePolicy.from_settings(settings)
        self.stats = DaemonStats()
        self.stopping = False
        self._in_flight: dict[int, asyncio.Task[None]] = {}
        self._tick_lock = asyncio.Lock()

    @property
    def in_flight(self) -> int:
        """How many checks are running now."""
        return len(self._in_flight)

    async def tick(self) -> int:
        """Claim due articles up to the free capacity and start their checks; how many."""
        # Held while claiming, so a stop never abandons a claim that is being committed.
        async with self._tick_lock:
            return await self._claim_and_start()

    async def _claim_and_start(self) -> int:
        free = self.settings.max_concurrent_checks - len(self._in_flight)
        if self.stopping or free <= 0:
            return 0
        claimed = await asyncio.to_thread(
            claim_due,
            self.engine,
            owner=self.owner,
            now=self.clock(),
            lease_seconds=self.settings.lease_seconds,
            limit=free,
        )
        for item in claimed:
            task = asyncio.create_task(self._run_one(item), name=f"check-{item.article_id}")
            self._in_flight[item.article_id] = task
            task.add_done_callback(self._forget(item.article_id))
        self.stats.claimed += len(claimed)
        return len(claimed)

    def tick_idle(self) -> asyncio.Lock:
        """Hold this to be sure no claim is in progress."""
        return self._tick_lock

    def _forget(self, article_id: int) -> Callable[[asyncio.Task[None]], None]:
        """A done-callback that drops a finished check from the in-flight table."""

        def forget(_task: asyncio.Task[None]) -> None:
            self._in_flight.pop(article_id, None)

        return forget

    async def _run_one(self, item: Claimed) -> None:
        """Check one claimed article behind the host gate, then write its new schedule."""
        started = time.perf_counter()
        report = await run_one_check(self.engine, self.check, self.gate, item)
        if isinstance(report, CheckResult) and report.crashed:
            self.stats.crashed += 1
        try:
            schedule = await asyncio.to_thread(
                reschedule,
                self.engine,
                CheckResult.of(report),
                owner=self.owner,
                now=self.clock(),
                policy=self.policy,
                rng=self.rng,
            )
        except Exception:  # database unavailable: the lease lapses and the article returns
            log.exception("reschedule failed article_id=%s url=%s", item.article_id, item.url)
            return
        self._count(report)
        log_schedule(item, report.outcome, schedule, (time.perf_counter() - started) * 1000)
        if self.on_outcome is not None:
            try:
                self.on_outcome(report)
            except Exception:  # a caller's hook must not take the daemon down
                log.exception("on_outcome hook failed article_id=%s", item.article_id)

    def _count(self, report: CheckReport) -> None:
        self.stats.checked += 1
        self.stats.outcomes[report.outcome] = self.stats.outcomes.get(report.outcome, 0) + 1

    async def drain(self, grace: float) -> None:
        """Stop claiming, give running checks `grace` seconds, cancel the rest and release
        their leases."""
        self.stopping = True
        async with self._tick_lock:  # let a claim in progress finish starting its checks
            pending = set(self._in_flight.values())
        if pending:
            log.info("stopping: waiting for checks in_flight=%d grace=%.1f", len(pending), grace)
            _done, pending = await asyncio.wait(pending, timeout=grace)
        unfinished = sorted(aid for aid, task in self._in_flight.items() if task in pending)
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)
        # Every lease this process still holds belongs to a check that did not finish.
        released = await asyncio.to_thread(release_owner, self.engine, self.owner)
        self.stats.released += released
        if unfinished:
            log.info("stopped: released leases articles=%s", unfinished)


async def run_one_check(
    engine: Engine, check: CheckFn, gate: HostGate, item: Claimed
) -> CheckReport:
    """Check one leased article behind the host gate (shared by `run` and `worker`).

    A check already made for this due time by a process that died before rescheduling is
    not made again; a check that raises is recorded as a failed check, never lost.
    """
    resumed = await asyncio.to_thread(interrupted_result, engine, item.article_id)
    if resumed is not None:
        log.info(
            "check resumed article_id=%s url=%s outcome=%s: made before an interruption",
            item.article_id,
            item.url,
            resumed.outcome,
        )
        return resumed
    try:
        async with gate.slot(item.url):
            return await check(item.article_id)
    except Exception as exc:  # the scheduler is where unexpected failures are caught
        log.exception("check crashed article_id=%s url=%s", item.article_id, item.url)
        error = f"{type(exc).__name__}: {exc}"
        return CheckResult(item.article_id, "error", None, error, crashed=True)


def log_schedule(item: Claimed, outcome: str, schedule: Schedule | None, ms: float) -> None:
    """One structured line per finished check with the schedule it produced."""
    if schedule is None:
        log.warning(
            "lease lost article_id=%s url=%s outcome=%s: another process rescheduled it",
            item.article_id,
            item.url,
            outcome,
        )
        return
    due = schedule.next_check_at.isoformat(timespec="seconds") if schedule.next_check_at else "-"
    log.info(
        "scheduled article_id=%s url=%s outcome=%s state=%s next_check_at=%s interval=%s "
        "failures=%d ms=%.1f",
        item.article_id,
        item.url,
        outcome,
        schedule.state,
        due,
        f"{schedule.interval:.0f}" if schedule.interval is not None else "-",
        schedule.consecutive_failures,
        ms,
    )


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
) -> DaemonStats:
    """Run the daemon's ticks with a given check function until stopped or `duration` ends.

    `settings` is a ScheduleSettings (the full Settings when alerts and retention should run
    too). This is the daemon without the HTTP client and the store: tests and benchmarks
    hand in their own check.
    """
    stop = stop_event or asyncio.Event()
    dispatcher = Dispatcher(
        settings, engine, check, owner=owner, clock=clock, rng=rng, on_outcome=on_outcome
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
        )


def install_signal_handlers_for(stop: asyncio.Event) -> None:
    """SIGINT and SIGTERM ask for a graceful stop."""
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
