"""Claiming due articles with a lease, so that any number of processes can share one database.

One statement both picks the due articles and leases them:

    UPDATE article SET lease_until = :now + lease, lease_owner = :me
     WHERE id IN (SELECT id FROM article
                   WHERE state IN ('active', 'failing')
                     AND (next_check_at IS NULL OR next_check_at <= :now)
                     AND (lease_until IS NULL OR lease_until <= :now)
                   ORDER BY next_check_at LIMIT :n
                   FOR UPDATE SKIP LOCKED)          -- PostgreSQL only
    RETURNING id, url

On PostgreSQL, SKIP LOCKED lets concurrent claimers pass over each other's rows, and a row
updated by a claimer that committed first is re-checked against the WHERE clause before it
is taken, so no article is leased twice. SQLite runs one writer at a time. A process that
dies keeps its leases only until `lease_until`: then the articles are due again.

With `with_targets`, the same transaction also reads what each check needs to know before
fetching (validators, hashes, the last final URL: `monitor.check_store.CheckTarget`), so
a check makes no read of its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy import Engine

from monitor.check_store import CheckTarget, load_targets
from monitor.store.tables import ArticleRow

CLAIMABLE_STATES = ("active", "failing")

article_table: sa.Table = ArticleRow.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Claimed:
    """One leased article: its id and the URL it will be fetched from.

    `target` is the article's check target when it was claimed `with_targets`.
    `maybe_interrupted` is False when the claim saw that the article was not checked since
    it fell due, so no check made before a crash can be waiting to be rescheduled.
    """

    article_id: int
    url: str
    target: CheckTarget | None = None
    maybe_interrupted: bool = True


def _due_ids(now: datetime, limit: int) -> sa.Select[tuple[int]]:
    """The ids of due, unleased articles, soonest first, locked on PostgreSQL."""
    t = article_table
    return (
        sa.select(t.c.id)
        .where(t.c.state.in_(CLAIMABLE_STATES))
        .where(sa.or_(t.c.next_check_at.is_(None), t.c.next_check_at <= now))
        .where(sa.or_(t.c.lease_until.is_(None), t.c.lease_until <= now))
        .order_by(t.c.next_check_at.asc().nulls_first(), t.c.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )


def claim_due(
    engine: Engine,
    *,
    owner: str,
    now: datetime,
    lease_seconds: float,
    limit: int,
    with_targets: bool = False,
) -> list[Claimed]:
    """Lease up to `limit` due articles to `owner` until now + lease_seconds (one statement;
    with `with_targets`, a second one reads their check targets in the same transaction)."""
    if limit <= 0:
        return []
    t = article_table
    stmt = (
        sa.update(t)
        .where(t.c.id.in_(_due_ids(now, limit).scalar_subquery()))
        .values(lease_until=now + timedelta(seconds=lease_seconds), lease_owner=owner)
        .returning(t.c.id, t.c.url, t.c.last_checked_at, t.c.next_check_at)
    )
    with engine.begin() as conn:
        rows = conn.execute(stmt).all()
        targets = load_targets(conn, [int(r.id) for r in rows]) if with_targets else {}
    claimed = (
        Claimed(
            int(r.id),
            str(r.url),
            targets.get(int(r.id)),
            _maybe_interrupted(r.last_checked_at, r.next_check_at),
        )
        for r in rows
    )
    return sorted(claimed, key=lambda c: c.article_id)


def _maybe_interrupted(last_checked: datetime | None, due: datetime | None) -> bool:
    """Whether a check may have been made for this due time already (see
    `reschedule.interrupted_result`): only when the last check is not older than it."""
    return last_checked is not None and due is not None and last_checked >= due


def renew_lease(
    engine: Engine, article_id: int, *, owner: str, now: datetime, lease_seconds: float
) -> bool:
    """Extend `owner`'s lease on an article; False when the lease now belongs to someone else.

    A queued check calls this before it starts: a job that waited too long (its lease was
    taken over) or a retried job whose article was already re-dispatched does nothing.
    """
    t = article_table
    stmt = (
        sa.update(t)
        .where(t.c.id == article_id, t.c.lease_owner == owner)
        .values(lease_until=now + timedelta(seconds=lease_seconds))
        .returning(t.c.id)
    )
    with engine.begin() as conn:
        return conn.execute(stmt).first() is not None


def acquire_lease(
    engine: Engine, article_id: int, *, owner: str, now: datetime, lease_seconds: float
) -> bool:
    """Start a queued check: True when `owner` still holds the lease (renewed), or when the
    lease has lapsed and the article is still due (taken over); False otherwise.

    A job that waited in the queue past its lease may still run when nobody else took the
    article; a retried job whose article was meanwhile checked (no longer due) or claimed
    again (a live lease of another owner) does nothing, so no due time is checked twice.
    """
    t = article_table
    lapsed_and_due = sa.and_(
        sa.or_(t.c.lease_until.is_(None), t.c.lease_until <= now),
        sa.or_(t.c.next_check_at.is_(None), t.c.next_check_at <= now),
        t.c.state.in_(CLAIMABLE_STATES),
    )
    stmt = (
        sa.update(t)
        .where(t.c.id == article_id, sa.or_(t.c.lease_owner == owner, lapsed_and_due))
        .values(lease_until=now + timedelta(seconds=lease_seconds), lease_owner=owner)
        .returning(t.c.id)
    )
    with engine.begin() as conn:
        return conn.execute(stmt).first() is not None


def release_leases(engine: Engine, article_ids: Iterable[int], *, owner: str) -> int:
    """Give back `owner`'s leases on these articles (they are due again at once)."""
    ids = list(article_ids)
    if not ids:
        return 0
    t = article_table
    stmt = (
        sa.update(t)
        .where(t.c.id.in_(ids), t.c.lease_owner == owner)
        .values(lease_until=None, lease_owner=None)
    )
    with engine.begin() as conn:
        return int(conn.execute(stmt).rowcount)


def release_owner(engine: Engine, owner: str) -> int:
    """Give back every lease `owner` holds (a process stopping cleanly)."""
    t = article_table
    stmt = sa.update(t).where(t.c.lease_owner == owner).values(lease_until=None, lease_owner=None)
    with engine.begin() as conn:
        return int(conn.execute(stmt).rowcount)
