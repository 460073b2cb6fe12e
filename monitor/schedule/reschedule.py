"""Writing the policy's answer back: after a check, on a story's change, on `monitor track`.

Each function is one transaction. After a check, the article's schedule, counters and
developing flag are written and its lease cleared. When the article changed, its story's
quiet clock restarts (`story.revived_at`) and the other articles are pulled forward to the
cadence the policy now gives them, settled ones included; while the story is developing,
every check makes sure its other articles are on the fast cadence (the checker itself may
have flipped the story's flag, so "it just became developing" cannot be told reliably).
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy import Engine

from monitor.check_store import SnapshotRecord, insert_snapshots
from monitor.schedule.claim import article_table
from monitor.schedule.policy import (
    OUTCOMES,
    SUCCESS_OUTCOMES,
    ArticleTiming,
    CadencePolicy,
    Schedule,
    next_schedule,
    normal_interval,
    revive,
)
from monitor.store.tables import Snapshot, Story, Version

log = logging.getLogger(__name__)
T = TypeVar("T")

story_table: sa.Table = Story.__table__  # type: ignore[attr-defined]
snapshot_table: sa.Table = Snapshot.__table__  # type: ignore[attr-defined]
version_table: sa.Table = Version.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class CheckResult:
    """What the scheduler needs from a check (a `monitor.check.CheckOutcome` fits)."""

    article_id: int
    outcome: str
    developing: bool | None = None
    error: str | None = None
    crashed: bool = False  # the check raised instead of returning an outcome
    version_number: int | None = None

    @classmethod
    def of(cls, report: Any) -> CheckResult:
        """The fields the scheduler uses, copied from any check outcome."""
        return cls(
            report.article_id,
            report.outcome,
            report.developing,
            report.error,
            getattr(report, "crashed", False),
            report.version_number,
        )

    @property
    def policy_outcome(self) -> str:
        """The outcome as the cadence policy sees it: an article's first version (its
        baseline) is news to us, not a change of the page."""
        if self.outcome == "new_version" and self.version_number == 1:
            return "unchanged"
        return self.outcome


# The article columns the policy and the lease check read (no validators, no text).
SCHEDULE_COLUMNS = tuple(
    article_table.c[name]
    for name in (
        "id",
        "story_id",
        "state",
        "next_check_at",
        "lease_owner",
        "developing",
        "consecutive_failures",
        "interval_override",
        "last_changed_at",
        "created_at",
    )
)


def _latest(*times: datetime | None) -> datetime:
    present = [t for t in times if t is not None]
    return max(present)


def article_timing(
    article: sa.Row[Any], story: sa.Row[Any], developing: bool, story_developing: bool
) -> ArticleTiming:
    """The policy's view of an article row and its story row: the quiet period counts from
    the article's last change, its tracking, or its story's last revival, the latest."""
    return ArticleTiming(
        quiet_since=_latest(article.last_changed_at, article.created_at, story.revived_at),
        developing=developing,
        story_developing=story_developing,
        consecutive_failures=int(article.consecutive_failures or 0),
        interval_override=article.interval_override,
        story_fast_interval=story.fast_interval,
    )


def interrupted_result(engine: Engine, article_id: int) -> CheckResult | None:
    """The result of a check already made for the article's current due time whose process
    died before rescheduling it, read back from its snapshot; None when there is none.

    The check and the reschedule are two transactions: a process killed between them leaves
    a due article whose last check is newer than its due time. Rescheduling from the recorded
    outcome instead of fetching again keeps "one check per due time".
    """
    a, sn, v = article_table, snapshot_table, version_table
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(a.c.last_checked_at, a.c.next_check_at).where(a.c.id == article_id)
        ).first()
        if row is None or row.last_checked_at is None or row.next_check_at is None:
            return None
        if row.last_checked_at < row.next_check_at:
            return None
        snap = conn.execute(
            sa.select(sn.c.outcome, sn.c.error, sn.c.fetched_at)
            .where(sn.c.article_id == article_id)
            .order_by(sn.c.fetched_at.desc(), sn.c.id.desc())
            .limit(1)
        ).first()
        if snap is None or snap.outcome not in OUTCOMES or snap.fetched_at < row.next_check_at:
            return None
        developing = conn.execute(
            sa.select(v.c.developing)
            .where(v.c.article_id == article_id)
            .order_by(v.c.number.desc())
            .limit(1)
        ).scalar()
    dev = None if developing is None else bool(developing)
    return CheckResult(article_id, str(snap.outcome), dev, snap.error)


# PostgreSQL's deadlock_detected and serialization_failure: the transaction is safe to retry.
RETRYABLE_SQLSTATES = frozenset({"40P01", "40001"})
RETRIES = 3


def retrying(what: Callable[[], T], article_id: int | None = None) -> T:
    """Run one transaction, again when PostgreSQL broke a deadlock or a serialization
    conflict by aborting it (safe: nothing of it was committed)."""
    for attempt in range(1, RETRIES + 1):
        try:
            return what()
        except sa.exc.OperationalError as exc:
            sqlstate = getattr(exc.orig, "sqlstate", None)
            if sqlstate not in RETRYABLE_SQLSTATES or attempt == RETRIES:
                raise
            log.warning("reschedule retried article_id=%s sqlstate=%s", article_id, sqlstate)
            time.sleep(0.05 * attempt)
    raise AssertionError("unreachable")  # the loop returns or raises


def reschedule(
    engine: Engine,
    result: CheckResult,
    *,
    owner: str,
    now: datetime,
    policy: CadencePolicy,
    rng: random.Random,
    record: SnapshotRecord | None = None,
) -> Schedule | None:
    """Apply the policy to a finished check; None when `owner` no longer holds the lease
    (another process took the article over, and its answer wins). A `record` the check
    left to write is written in the same transaction."""

    def once() -> Schedule | None:
        with engine.begin() as conn:
            if record is not None:
                insert_snapshots(conn, [record])
            return reschedule_in(conn, result, owner, now, policy, rng, record)

    return retrying(once, result.article_id)


def reschedule_in(
    conn: sa.Connection,
    result: CheckResult,
    owner: str,
    now: datetime,
    policy: CadencePolicy,
    rng: random.Random,
    record: SnapshotRecord | None = None,
) -> Schedule | None:
    """`reschedule` inside an open transaction: story locked, sibling flags counted, the
    story woken when the article changed or the story's developing flag may have moved."""
    a = article_table
    story_id = conn.execute(sa.select(a.c.story_id).where(a.c.id == result.article_id)).scalar()
    if story_id is None:
        return None
    # Story first, then article: waking a story updates its other articles, so every
    # transaction that may do so takes the story's lock before any article's.
    story = _lock_story(conn, story_id)
    article = conn.execute(
        sa.select(*SCHEDULE_COLUMNS).where(a.c.id == result.article_id).with_for_update()
    ).one()
    if article.lease_owner != owner:
        return None
    developing = bool(article.developing if result.developing is None else result.developing)
    siblings_developing = _siblings_developing(conn, story_id, article.id)
    story_developing = developing or siblings_developing
    timing = article_timing(article, story, developing, story_developing)
    schedule = next_schedule(policy, timing, result.policy_outcome, now, rng)
    if schedule.state == "gone":
        story_developing = siblings_developing
    values = {
        **(record.article if record else {}),
        **article_values(schedule, result, developing, now),
    }
    conn.execute(sa.update(a).where(a.c.id == article.id).values(**values))
    flag_moved = story_developing != bool(story.developing)
    if flag_moved:
        conn.execute(
            sa.update(story_table)
            .where(story_table.c.id == story_id)
            .values(developing=story_developing)
        )
    if schedule.changed:
        _wake_story(conn, story_id, article.id, now, policy, rng, restart_clock=True)
    elif story_developing and (
        flag_moved or developing != bool(article.developing) or result.outcome == "new_version"
    ):
        # The story has just become developing, here or in the checker's own transaction
        # (a new version flips the flags before this runs): every article of it must be
        # on the fast cadence now.
        _wake_story(conn, story_id, article.id, now, policy, rng, restart_clock=False)
    return schedule


def article_values(
    schedule: Schedule, result: CheckResult, developing: bool, now: datetime
) -> dict[str, object]:
    """The article columns a finished check writes: schedule, counters, lease cleared."""
    values: dict[str, object] = {
        "state": schedule.state,
        "next_check_at": schedule.next_check_at,
        "check_interval": schedule.interval,
        "consecutive_failures": schedule.consecutive_failures,
        "lease_until": None,
        "lease_owner": None,
        "last_checked_at": now,
        "developing": developing and schedule.state != "gone",
    }
    if schedule.changed:
        values["last_changed_at"] = now
    if result.outcome in SUCCESS_OUTCOMES and result.outcome != "suspect":
        values["last_error"] = None
    elif result.error:
        values["last_error"] = result.error[:2000]
    return values


def _lock_story(conn: sa.Connection, story_id: int) -> sa.Row[Any]:
    """Read the story row, locked on PostgreSQL, so concurrent checks of one story's
    articles agree on whether it is developing and never deadlock over its articles."""
    s = story_table
    return conn.execute(sa.select(s).where(s.c.id == story_id).with_for_update()).one()


def _siblings_developing(conn: sa.Connection, story_id: int, article_id: int) -> bool:
    a = article_table
    query = (
        sa.select(sa.func.count())
        .where(a.c.story_id == story_id, a.c.id != article_id)
        .where(a.c.developing.is_(True), a.c.state != "gone")
    )
    return int(conn.execute(query).scalar_one()) > 0


def _wake_story(
    conn: sa.Connection,
    story_id: int,
    except_id: int | None,
    now: datetime,
    policy: CadencePolicy,
    rng: random.Random,
    *,
    restart_clock: bool,
) -> int:
    """Pull the story's other articles forward to the cadence the policy gives them now
    (settled ones too); with `restart_clock`, their quiet period restarts first."""
    a, s = article_table, story_table
    if restart_clock:
        conn.execute(sa.update(s).where(s.c.id == story_id).values(revived_at=now))
    story = conn.execute(sa.select(s).where(s.c.id == story_id)).one()
    rows = conn.execute(
        sa.select(*SCHEDULE_COLUMNS)
        .where(a.c.story_id == story_id, a.c.id != (except_id or -1))
        .where(a.c.state != "gone")
    ).all()
    woken = 0
    for row in rows:
        timing = article_timing(row, story, bool(row.developing), bool(story.developing))
        within = normal_interval(policy, timing, now) or policy.fast_interval
        within *= 1.0 - policy.jitter * rng.random()  # spread the woken articles out
        new = revive(row.state, row.next_check_at, row.consecutive_failures, now, within)
        if (new.state, new.next_check_at) != (row.state, row.next_check_at):
            conn.execute(
                sa.update(a)
                .where(a.c.id == row.id)
                .values(state=new.state, next_check_at=new.next_check_at)
            )
            woken += 1
    if woken:
        log.info("story woken story_id=%s articles=%d", story_id, woken)
    return woken


def revive_article(
    engine: Engine, article_id: int, *, now: datetime, include_gone: bool = True
) -> Schedule:
    """Make an article due now (`monitor track` on an existing article): a settled or gone
    article becomes active again and its story's quiet clock restarts."""
    a, s = article_table, story_table
    with engine.begin() as conn:
        story_id = conn.execute(sa.select(a.c.story_id).where(a.c.id == article_id)).scalar_one()
        _lock_story(conn, story_id)
        row = conn.execute(sa.select(a).where(a.c.id == article_id).with_for_update()).one()
        state = "active" if include_gone and row.state == "gone" else row.state
        schedule = revive(state, row.next_check_at, row.consecutive_failures, now, 0.0)
        conn.execute(
            sa.update(a)
            .where(a.c.id == article_id)
            .values(state=schedule.state, next_check_at=schedule.next_check_at)
        )
        conn.execute(sa.update(s).where(s.c.id == row.story_id).values(revived_at=now))
    return schedule


def wake_story(
    engine: Engine,
    story_id: int,
    *,
    now: datetime,
    policy: CadencePolicy,
    rng: random.Random | None = None,
) -> int:
    """Restart a story's quiet clock and pull all its articles forward; how many moved."""
    with engine.begin() as conn:
        _lock_story(conn, story_id)
        return _wake_story(
            conn, story_id, None, now, policy, rng or random.Random(), restart_clock=True
        )
