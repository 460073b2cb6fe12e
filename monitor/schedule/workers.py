"""Many machines: `monitor worker` processes sharing one PostgreSQL database through
procrastinate.

    every worker ── procrastinate periodic deferrer ──▶ "monitor.dispatch" job, one per tick
                    (deduplicated across workers by procrastinate, queueing lock "dispatch")
    dispatch job ── recover checks of dead workers (heartbeat-based stalled jobs)
                 ── claim due articles (the same leasing UPDATE as `monitor run`)
                 ── defer one "monitor.check_article" job per article, queueing lock
                    "article:<id>", carrying the lease owner
    check job ───── take the lease (still ours, or lapsed and still due) ─▶ check ─▶
                    reschedule (the same code as `monitor run`)

There is no separate dispatcher process: any running worker defers the dispatch job and
whichever worker is free runs it. A worker killed mid-check leaves a lease that lapses after
`lease_seconds` (the article is claimed and checked again) and a job that procrastinate
reports stalled once its heartbeat is `stalled_worker_timeout` old (it is retried, and does
nothing if the article was meanwhile taken over).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import procrastinate
import psycopg
import sqlalchemy as sa
from procrastinate import exceptions as pexc
from procrastinate.jobs import Status
from procrastinate.schema import SchemaManager
from sqlalchemy import Engine

from monitor.errors import ConfigError
from monitor.schedule.claim import (
    Claimed,
    acquire_lease,
    article_table,
    claim_due,
    release_leases,
)
from monitor.schedule.daemon import (
    CheckFn,
    OutcomeHook,
    install_signal_handlers_for,
    log_schedule,
    process_owner,
    run_one_check,
    utcnow,
)
from monitor.schedule.hosts import HostGate
from monitor.schedule.maintenance import make_alert_tick, prune_snapshots
from monitor.schedule.policy import CadencePolicy
from monitor.schedule.reschedule import CheckResult, reschedule
from monitor.store.db import normalize_url

log = logging.getLogger(__name__)

CHECK_TASK = "monitor.check_article"
DISPATCH_TASK = "monitor.dispatch"
ALERTS_TASK = "monitor.dispatch_alerts"
RETENTION_TASK = "monitor.prune_snapshots"
CHECK_QUEUE = "monitor_checks"
DISPATCH_QUEUE = "monitor_dispatch"
# Dispatch jobs jump the queue: they are short and keep every worker fed.
DISPATCH_PRIORITY = 100
# Any fixed number; only has to be the same in every worker.
_SCHEMA_LOCK_KEY = 0x6E6D_6F6E_7072_6F63  # "nmonproc"


def pg_conninfo(database_url: str) -> str:
    """The libpq connection string of a SQLAlchemy PostgreSQL URL."""
    url = normalize_url(database_url)
    if url.get_backend_name() != "postgresql":
        raise ConfigError(
            "monitor worker needs PostgreSQL (MONITOR_DATABASE_URL=postgresql+psycopg://...); "
            "use `monitor run` for a single process on SQLite"
        )
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def ensure_queue_schema(conninfo: str) -> bool:
    """Create procrastinate's tables unless they exist; True when they were created.

    Workers starting together take turns on an advisory lock, so the schema is applied once.
    """
    schema = SchemaManager.get_schema()
    with psycopg.connect(conninfo) as conn, conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK_KEY,))
        found = conn.execute("SELECT to_regclass('procrastinate_jobs')").fetchone()
        if found is not None and found[0] is not None:
            return False
        # No parameters: psycopg sends the script as is (its % signs are not placeholders).
        conn.execute(schema)
    log.info("created the worker queue schema (procrastinate)")
    return True


def interval_cron(seconds: float) -> str:
    """A cron line firing about every `seconds` (seconds-resolution below a minute)."""
    if seconds < 60:
        return f"* * * * * */{max(1, round(seconds))}"
    if seconds < 3600:
        return f"*/{max(1, round(seconds / 60))} * * * *"
    return f"0 */{max(1, min(23, round(seconds / 3600)))} * * *"


@dataclass
class WorkerRuntime:
    """What the jobs of one worker process share: store, check, policy, host gate."""

    settings: Any
    engine: Engine
    check: CheckFn
    clock: Callable[[], datetime] = utcnow
    rng: random.Random = field(default_factory=random.Random)
    on_outcome: OutcomeHook | None = None
    gate: HostGate | None = None
    checked: int = 0

    def __post_init__(self) -> None:
        self.policy = CadencePolicy.from_settings(self.settings)
        if self.gate is None:
            self.gate = HostGate(self.settings.per_host_concurrency, self.settings.per_host_min_gap)

    async def run_check(self, article_id: int, lease_owner: str) -> None:
        """The body of a check job: take the lease, check, reschedule."""
        s = self.settings
        taken = await asyncio.to_thread(
            acquire_lease,
            self.engine,
            article_id,
            owner=lease_owner,
            now=self.clock(),
            lease_seconds=s.lease_seconds,
        )
        if not taken:
            log.info("check skipped article_id=%s: checked or claimed elsewhere", article_id)
            return
        try:
            await self._check_and_reschedule(article_id, lease_owner)
        except asyncio.CancelledError:
            # Stopped mid-check (shutdown): hand the article back at once.
            await asyncio.to_thread(release_leases, self.engine, [article_id], owner=lease_owner)
            raise

    async def _check_and_reschedule(self, article_id: int, lease_owner: str) -> None:
        started = time.perf_counter()
        url = await asyncio.to_thread(_article_url, self.engine, article_id)
        assert self.gate is not None
        report = await run_one_check(self.engine, self.check, self.gate, Claimed(article_id, url))
        schedule = await asyncio.to_thread(
            reschedule,
            self.engine,
            CheckResult.of(report),
            owner=lease_owner,
            now=self.clock(),
            policy=self.policy,
            rng=self.rng,
        )
        self.checked += 1
        log_schedule(
            Claimed(article_id, url),
            report.outcome,
            schedule,
            (time.perf_counter() - started) * 1000,
        )
        if self.on_outcome is not None:
            self.on_outcome(report)


def _article_url(engine: Engine, article_id: int) -> str:
    t = article_table
    with engine.connect() as conn:
        return str(conn.execute(sa.select(t.c.url).where(t.c.id == article_id)).scalar_one())


def make_app(runtime: WorkerRuntime) -> procrastinate.App:
    """The procrastinate app of a worker: the check task, the periodic dispatch task and
    the housekeeping tasks (alerts, retention)."""
    settings = runtime.settings
    app = procrastinate.App(
        connector=procrastinate.PsycopgConnector(conninfo=pg_conninfo(settings.database_url)),
        periodic_defaults={"max_delay": max(10.0, 5 * settings.dispatch_interval)},
    )

    @app.task(name=CHECK_TASK, queue=CHECK_QUEUE)
    async def check_job(article_id: int, lease_owner: str) -> None:
        await runtime.run_check(article_id, lease_owner)

    @app.periodic(cron=interval_cron(settings.dispatch_interval), periodic_id="dispatch")
    @app.task(
        name=DISPATCH_TASK,
        queue=DISPATCH_QUEUE,
        queueing_lock="dispatch",
        priority=DISPATCH_PRIORITY,
    )
    async def dispatch_job(timestamp: int) -> None:
        await dispatch(app, runtime, check_job)
        # After dispatching, so a retried job and a fresh claim rarely race for one article
        # (when they do, the lease decides and the loser does nothing).
        await recover_stalled(app, settings)

    _add_housekeeping(app, runtime)
    return app


def _add_housekeeping(app: procrastinate.App, runtime: WorkerRuntime) -> None:
    """Periodic alert dispatch and snapshot retention, run by whichever worker is free."""
    settings = runtime.settings
    alert_tick = make_alert_tick(settings, runtime.engine, runtime.clock)
    if alert_tick is not None:

        @app.periodic(cron=interval_cron(settings.alert_dispatch_interval), periodic_id="alerts")
        @app.task(name=ALERTS_TASK, queue=DISPATCH_QUEUE, queueing_lock="alerts")
        async def alerts_job(timestamp: int) -> None:
            await alert_tick()

    @app.periodic(cron=interval_cron(settings.retention_interval), periodic_id="retention")
    @app.task(name=RETENTION_TASK, queue=DISPATCH_QUEUE, queueing_lock="retention")
    async def retention_job(timestamp: int) -> None:
        await asyncio.to_thread(prune_snapshots, runtime.engine, settings, runtime.clock())


async def recover_stalled(app: procrastinate.App, settings: Any) -> int:
    """Retry the check jobs of workers whose heartbeat stopped; how many."""
    stalled = await app.job_manager.get_stalled_jobs(
        queue=CHECK_QUEUE, seconds_since_heartbeat=settings.stalled_worker_timeout
    )
    retried = 0
    for job in stalled:
        try:
            await app.job_manager.retry_job(job)
            retried += 1
        except pexc.UniqueViolation:
            # A newer job for the same article is already queued: this one is obsolete.
            await app.job_manager.finish_job(job, status=Status.ABORTED, delete_job=False)
    if retried:
        log.info("retried stalled check jobs count=%d", retried)
    return retried


async def queued_checks(app: procrastinate.App) -> int:
    """How many check jobs wait in the queue."""
    row = await app.connector.execute_query_one_async(
        "SELECT count(*) AS n FROM procrastinate_jobs "
        "WHERE queue_name = %(queue)s AND status = 'todo'",
        queue=CHECK_QUEUE,
    )
    return int(row["n"])


async def dispatch(app: procrastinate.App, runtime: WorkerRuntime, check_job: Any) -> int:
    """Claim due articles and queue one check job per article; how many were queued."""
    s = runtime.settings
    owner = process_owner("dispatch")
    # Keep the queue short: a job waiting longer than its lease would be claimed twice.
    room = s.dispatch_batch - await queued_checks(app)
    claimed = await asyncio.to_thread(
        claim_due,
        runtime.engine,
        owner=owner,
        now=runtime.clock(),
        lease_seconds=s.lease_seconds,
        limit=room,
    )
    queued, skipped = 0, []
    for item in claimed:
        try:
            await check_job.configure(queueing_lock=f"article:{item.article_id}").defer_async(
                article_id=item.article_id, lease_owner=owner
            )
            queued += 1
        except pexc.AlreadyEnqueued:
            # A job for this article is still waiting: give our lease back so it can run.
            skipped.append(item.article_id)
    if skipped:
        await asyncio.to_thread(release_leases, runtime.engine, skipped, owner=owner)
    if claimed:
        log.info("dispatched checks=%d already_queued=%d owner=%s", queued, len(skipped), owner)
    return queued


async def run_worker(
    settings: Any,
    *,
    concurrency: int | None = None,
    stop_event: asyncio.Event | None = None,
    duration: float | None = None,
    on_outcome: OutcomeHook | None = None,
    install_signal_handlers: bool = False,
) -> int:
    """Run one `monitor worker` until stopped (or `duration` s); how many checks it ran."""
    from monitor.schedule.runtime import open_runtime

    conninfo = pg_conninfo(settings.database_url)
    stop = stop_event or asyncio.Event()
    if install_signal_handlers:
        install_signal_handlers_for(stop)
    async with open_runtime(settings) as rt:
        await asyncio.to_thread(ensure_queue_schema, conninfo)
        runtime = WorkerRuntime(settings, rt.engine, rt.check, on_outcome=on_outcome)
        app = make_app(runtime)
        async with app.open_async():
            await _work_until_stopped(app, settings, concurrency, stop, duration)
    return runtime.checked


async def _work_until_stopped(
    app: procrastinate.App,
    settings: Any,
    concurrency: int | None,
    stop: asyncio.Event,
    duration: float | None,
) -> None:
    worker = asyncio.create_task(
        app.run_worker_async(
            queues=[DISPATCH_QUEUE, CHECK_QUEUE],
            concurrency=concurrency or settings.worker_concurrency,
            name=process_owner("worker"),
            install_signal_handlers=False,
            delete_jobs="successful",
            fetch_job_polling_interval=min(1.0, settings.dispatch_interval),
            update_heartbeat_interval=settings.worker_heartbeat_interval,
            stalled_worker_timeout=settings.stalled_worker_timeout,
            shutdown_graceful_timeout=settings.shutdown_grace,
        )
    )
    stopper = asyncio.create_task(stop.wait())
    await asyncio.wait({worker, stopper}, timeout=duration, return_when=asyncio.FIRST_COMPLETED)
    stopper.cancel()
    if not worker.done():
        # Cancelling run_worker_async is procrastinate's graceful stop: running jobs get
        # shutdown_graceful_timeout, then are aborted (their leases are released).
        worker.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await worker
