"""The dispatcher of `monitor run`: claims due articles, runs their checks as asyncio tasks
at most `max_concurrent_checks` at a time, and hands the finished ones to the schedule
writer. A finishing check frees its slot and wakes the dispatcher, which claims again once a
quarter of the slots are free, so the rate is set by the checks, not by a timer; the
daemon's timer tick (`monitor.schedule.daemon`) is the fallback for articles falling due.

All of the dispatcher's database work (claims, write batches) runs on one thread of its own,
so the event loop never waits for the database and the daemon never competes with itself
for SQLite's write lock.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import random
import socket
import time
import uuid
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol, TypeVar

from sqlalchemy import Engine

from monitor.schedule.claim import Claimed, claim_due, release_owner
from monitor.schedule.hosts import HostGate
from monitor.schedule.policy import CadencePolicy, Schedule
from monitor.schedule.reschedule import CheckResult, interrupted_result
from monitor.schedule.settings import ScheduleSettings
from monitor.schedule.writer import Finished, ScheduleWriter

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
# A check handed the claimed article with its target (no read of its own), whose cheap
# outcomes carry their snapshot in `pending` for the schedule writer.
ClaimedCheckFn = Callable[[Claimed], Awaitable[CheckReport]]
T = TypeVar("T")
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
    write_batches: int = 0  # transactions that wrote finished checks back
    outcomes: dict[str, int] = field(default_factory=dict)


class Dispatcher:
    """Claims due articles and runs their checks as tasks, at most `max_concurrent_checks`
    at a time; claims again as soon as enough of them have finished."""

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
        check_claimed: ClaimedCheckFn | None = None,
    ) -> None:
        self.settings = settings
        self.engine = engine
        self.check = check
        self.check_claimed = check_claimed
        self.owner = owner or process_owner()
        self.clock = clock
        self.rng = rng or random.Random()
        self.on_outcome = on_outcome
        self.gate = gate or HostGate(settings.per_host_concurrency, settings.per_host_min_gap)
        self.policy = CadencePolicy.from_settings(settings)
        self.stats = DaemonStats()
        self.stopping = False
        # One thread for all of the dispatcher's database work: claims and write batches
        # queue there instead of competing for SQLite's write lock.
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="monitor-db")
        self.writer = ScheduleWriter(
            engine, owner=self.owner, policy=self.policy, rng=self.rng, run_in_db=self.run_in_db
        )
        self._in_flight: dict[int, asyncio.Task[None]] = {}
        self._checking = 0  # claimed checks not finished yet (their writes may be pending)
        self._tick_lock = asyncio.Lock()
        self._exhausted = False  # the last claim found fewer due articles than it asked for
        self._refill: asyncio.Task[None] | None = None

    async def run_in_db(self, call: Callable[[], T]) -> T:
        """Run a blocking database call on the dispatcher's database thread."""
        return await asyncio.get_running_loop().run_in_executor(self._db, call)

    @property
    def in_flight(self) -> int:
        """How many checks are running now."""
        return len(self._in_flight)

    @property
    def free(self) -> int:
        """How many more checks may start now: the concurrency left, and a bound on checks
        whose results still wait to be written."""
        limit = self.settings.max_concurrent_checks
        return min(limit - self._checking, 2 * limit - len(self._in_flight))

    async def tick(self) -> int:
        """Claim due articles up to the free capacity and start their checks; how many."""
        self._exhausted = False  # time has passed: articles may have fallen due
        # Held while claiming, so a stop never abandons a claim that is being committed.
        async with self._tick_lock:
            return await self._claim_and_start()

    async def _claim_and_start(self) -> int:
        free = self.free
        if self.stopping or free <= 0:
            return 0
        claimed = await self.run_in_db(
            functools.partial(
                claim_due,
                self.engine,
                owner=self.owner,
                now=self.clock(),
                lease_seconds=self.settings.lease_seconds,
                limit=free,
                with_targets=self.check_claimed is not None,
            )
        )
        self._exhausted = len(claimed) < free
        for item in claimed:
            task = asyncio.create_task(self._run_one(item), name=f"check-{item.article_id}")
            self._in_flight[item.article_id] = task
            self._checking += 1
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
            self._wake()

        return forget

    def _wake(self) -> None:
        """Claim again when a quarter of the slots are free (or none is busy), unless the
        last claim showed that nothing else is due: then the timer's tick comes next."""
        if self.stopping or self._exhausted or self._refill is not None:
            return
        free = self.free
        if free <= 0 or (self._checking > 0 and free < self._refill_size()):
            return
        self._refill = asyncio.create_task(self._refill_now(), name="dispatch-refill")

    def _refill_size(self) -> int:
        return max(1, self.settings.max_concurrent_checks // 4)

    async def _refill_now(self) -> None:
        try:
            async with self._tick_lock:
                await self._claim_and_start()
        except Exception:  # database unavailable: the timer's tick tries again
            log.exception("claim failed")
            self._exhausted = True
        finally:
            self._refill = None

    async def _run_one(self, item: Claimed) -> None:
        """Check one claimed article behind the host gate, then write its new schedule."""
        started = time.perf_counter()
        try:
            report = await run_one_check(self.engine, self._check_of(item), self.gate, item)
        finally:
            self._checking -= 1
            self._wake()
        if isinstance(report, CheckResult) and report.crashed:
            self.stats.crashed += 1
        pending = getattr(report, "pending", None)
        finished = Finished(CheckResult.of(report), pending, self.clock())
        try:
            schedule = await self.writer.submit(finished)
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

    def _check_of(self, item: Claimed) -> CheckFn:
        """The check to run: with the claimed target when the daemon has such a check."""
        check_claimed, target = self.check_claimed, item.target
        if check_claimed is None or target is None:
            return self.check
        return lambda _article_id: check_claimed(item)

    def _count(self, report: CheckReport) -> None:
        self.stats.checked += 1
        self.stats.outcomes[report.outcome] = self.stats.outcomes.get(report.outcome, 0) + 1

    async def drain(self, grace: float) -> None:
        """Stop claiming, give running checks `grace` seconds, cancel the rest and release
        their leases."""
        self.stopping = True
        async with self._tick_lock:  # let a claim in progress finish starting its checks
            pending = set(self._in_flight.values())
        if self._refill is not None:  # it found the lock free only now, and claims nothing
            await self._refill
        if pending:
            log.info("stopping: waiting for checks in_flight=%d grace=%.1f", len(pending), grace)
            _done, pending = await asyncio.wait(pending, timeout=grace)
        unfinished = sorted(aid for aid, task in self._in_flight.items() if task in pending)
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)
        # Checks that finished are written even when their task was cancelled while waiting.
        await self.writer.flush()
        # Every lease this process still holds belongs to a check that did not finish.
        released = await self.run_in_db(functools.partial(release_owner, self.engine, self.owner))
        self.stats.released += released
        self.stats.write_batches = self.writer.batches
        self._db.shutdown(wait=True)
        if unfinished:
            log.info("stopped: released leases articles=%s", unfinished)


async def run_one_check(
    engine: Engine, check: CheckFn, gate: HostGate, item: Claimed
) -> CheckReport:
    """Check one leased article behind the host gate (shared by `run` and `worker`).

    A check already made for this due time by a process that died before rescheduling is
    not made again (looked up only when the claim saw that one may exist); a check that
    raises is recorded as a failed check, never lost.
    """
    resumed = None
    if item.maybe_interrupted:
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
