"""Writing finished checks back in batches: snapshot rows and new schedules, one transaction.

A daemon finishing hundreds of checks a second cannot afford a transaction (and, on SQLite,
a turn at the write lock) per check. The `ScheduleWriter` collects the checks that finish
while it is writing and writes them all next, in one transaction, from one thread:

    for every finished check, in one transaction:
        the snapshot row the check left to write (304, same body or text, failed fetch)
        the article's validators, counters and new schedule; its lease cleared

Most checks change nothing about their story, so their schedule needs only their own row and
their story's (read once per batch, shared-locked on PostgreSQL so that a concurrent change
to the story's developing flag waits for this batch or is seen by it). A check whose
article changed, whose developing flag moved or that found the article gone takes the full
path (`reschedule_in`: siblings counted, the story woken) in a transaction of its own.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy import Engine

from monitor.check_store import SnapshotRecord, insert_snapshots, update_articles
from monitor.schedule.claim import article_table
from monitor.schedule.policy import CadencePolicy, Schedule, next_schedule
from monitor.schedule.reschedule import (
    SCHEDULE_COLUMNS,
    CheckResult,
    article_timing,
    article_values,
    reschedule_in,
    retrying,
    story_table,
)

log = logging.getLogger(__name__)
T = TypeVar("T")
RunInDb = Callable[[Callable[[], T]], Awaitable[T]]

# Outcomes whose schedule depends only on the article and its story's flag.
SIMPLE_OUTCOMES = frozenset({"unchanged", "not_modified", "error", "suspect"})
MAX_BATCH = 500


@dataclass(frozen=True)
class Finished:
    """A finished check waiting to be written: its result, the snapshot it left to write
    (None when it wrote its own), and when it finished."""

    result: CheckResult
    record: SnapshotRecord | None
    now: datetime


def is_simple(result: CheckResult, developing_before: bool) -> bool:
    """Whether a check's schedule can be written without looking at its story's articles:
    nothing changed and its developing flag stayed as it was."""
    return result.outcome in SIMPLE_OUTCOMES and (
        result.developing is None or bool(result.developing) == developing_before
    )


def reschedule_batch(
    engine: Engine,
    items: Sequence[Finished],
    *,
    owner: str,
    policy: CadencePolicy,
    rng: random.Random,
) -> list[Schedule | None]:
    """Write many finished checks; the schedule of each (None where `owner` lost the lease
    or the article no longer exists), in the order given."""
    found: dict[int, Schedule | None] = {}
    full = retrying(lambda: _write_simple(engine, items, owner, policy, rng, found))
    for index in full:
        item = items[index]
        found[index] = retrying(
            lambda item=item: _write_full(engine, item, owner, policy, rng),  # type: ignore[misc]
            item.result.article_id,
        )
    return [found.get(i) for i in range(len(items))]


def _write_simple(
    engine: Engine,
    items: Sequence[Finished],
    owner: str,
    policy: CadencePolicy,
    rng: random.Random,
    found: dict[int, Schedule | None],
) -> list[int]:
    """One transaction for every simple item; the indexes of the items left for the full
    path. Fills `found` (it starts empty on a retry)."""
    found.clear()
    a = article_table
    ids = sorted({item.result.article_id for item in items})
    with engine.begin() as conn:
        story_of = {
            int(r.id): int(r.story_id)
            for r in conn.execute(sa.select(a.c.id, a.c.story_id).where(a.c.id.in_(ids)))
        }
        stories = _lock_stories(conn, sorted(set(story_of.values())))
        rows = {
            r.id: r
            for r in conn.execute(
                sa.select(*SCHEDULE_COLUMNS)
                .where(a.c.id.in_(ids))
                .order_by(a.c.id)
                .with_for_update()
            )
        }
        full: list[int] = []
        records: list[SnapshotRecord] = []
        updates: list[tuple[int, dict[str, Any]]] = []
        for index, item in enumerate(items):
            row = rows.get(item.result.article_id)
            if row is None:  # deleted meanwhile: nothing to write
                found[index] = None
                continue
            if not is_simple(item.result, bool(row.developing)):
                full.append(index)
                continue
            if item.record is not None:
                records.append(item.record)
            if row.lease_owner != owner:  # taken over: the snapshot stays, the row is theirs
                found[index] = None
                continue
            story = stories[row.story_id]
            developing = bool(row.developing)
            timing = article_timing(row, story, developing, bool(story.developing))
            schedule = next_schedule(policy, timing, item.result.policy_outcome, item.now, rng)
            values = article_values(schedule, item.result, developing, item.now)
            updates.append((row.id, {**(item.record.article if item.record else {}), **values}))
            found[index] = schedule
        insert_snapshots(conn, records)
        update_articles(conn, updates)
    return full


def _lock_stories(conn: sa.Connection, story_ids: list[int]) -> dict[int, Any]:
    """The stories' rows, share-locked on PostgreSQL in id order (no deadlock between
    batches; a story's flag cannot change under the batch)."""
    s = story_table
    query = (
        sa.select(s.c.id, s.c.developing, s.c.revived_at, s.c.fast_interval)
        .where(s.c.id.in_(story_ids))
        .order_by(s.c.id)
        .with_for_update(read=True)
    )
    return {r.id: r for r in conn.execute(query)}


def _write_full(
    engine: Engine, item: Finished, owner: str, policy: CadencePolicy, rng: random.Random
) -> Schedule | None:
    with engine.begin() as conn:
        if item.record is not None:
            insert_snapshots(conn, [item.record])
        return reschedule_in(conn, item.result, owner, item.now, policy, rng, item.record)


class ScheduleWriter:
    """Writes finished checks in batches: everything submitted while a batch is being
    written goes into the next one. `run_in_db` runs a blocking call off the event loop
    (the daemon's one database thread)."""

    def __init__(
        self,
        engine: Engine,
        *,
        owner: str,
        policy: CadencePolicy,
        rng: random.Random,
        run_in_db: RunInDb[list[Schedule | None]],
        max_batch: int = MAX_BATCH,
    ) -> None:
        self.engine = engine
        self.owner = owner
        self.policy = policy
        self.rng = rng
        self.run_in_db = run_in_db
        self.max_batch = max_batch
        self.batches = 0
        self._queue: list[tuple[Finished, asyncio.Future[Schedule | None]]] = []
        self._task: asyncio.Task[None] | None = None

    async def submit(self, item: Finished) -> Schedule | None:
        """Queue one finished check; its schedule once written (None: lease lost)."""
        future: asyncio.Future[Schedule | None] = asyncio.get_running_loop().create_future()
        self._queue.append((item, future))
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._drain(), name="schedule-writer")
        return await future

    async def flush(self) -> None:
        """Wait until everything submitted so far is written."""
        while self._task is not None and not self._task.done():
            await asyncio.shield(self._task)

    async def _drain(self) -> None:
        while self._queue:
            batch, self._queue = self._queue[: self.max_batch], self._queue[self.max_batch :]
            items = [item for item, _ in batch]
            try:
                schedules = await self.run_in_db(self._write(items))
            except Exception as exc:  # database down: each check's caller logs it
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                continue
            self.batches += 1
            for (_, future), schedule in zip(batch, schedules, strict=True):
                if not future.done():  # a cancelled caller (shutdown) no longer waits
                    future.set_result(schedule)

    def _write(self, items: list[Finished]) -> Callable[[], list[Schedule | None]]:
        def write() -> list[Schedule | None]:
            return reschedule_batch(
                self.engine, items, owner=self.owner, policy=self.policy, rng=self.rng
            )

        return write
