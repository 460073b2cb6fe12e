"""What a check reads before fetching and the cheap rows it writes after, as Core statements.

Most checks find nothing new: a 304, the same body, or the same page text. They add one
snapshot row and update a few article columns (validators, last check, last error), and
nothing else. Such a check returns a `SnapshotRecord` instead of writing it, so that the
scheduler can write it together with the article's new schedule, for many checks in one
transaction (`monitor.schedule.reschedule.reschedule_batch`); `check_article` on its own
writes it at once with `write_records`.

Reads never take SQLite's write lock: `load_targets` runs inside the claim's transaction
(which holds it anyway) or on its own in a plain read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine

from monitor.errors import FetchError, UsageError
from monitor.fetch import FetchResult
from monitor.store.tables import ArticleRow, Snapshot

article_table: sa.Table = ArticleRow.__table__  # type: ignore[attr-defined]
snapshot_table: sa.Table = Snapshot.__table__  # type: ignore[attr-defined]

# Every column of a snapshot row written here, so that one executemany covers any mix.
_SNAPSHOT_DEFAULTS: dict[str, Any] = {
    "status_code": None,
    "final_url": None,
    "etag": None,
    "last_modified": None,
    "content_type": None,
    "body_hash": None,
    "body_stored": False,
    "text_fingerprint": None,
    "error_kind": None,
    "error": None,
    "version_id": None,
    "elapsed_ms": None,
}


@dataclass(frozen=True)
class CheckTarget:
    """What a check needs to know about an article before fetching it."""

    id: int
    url: str
    state: str = "active"
    etag: str | None = None
    last_modified: str | None = None
    last_body_hash: str | None = None
    last_page_fingerprint: str | None = None
    last_final_url: str | None = None  # where the latest fetch that reached a page ended
    developing: bool = False


@dataclass(frozen=True)
class SnapshotRecord:
    """One fetch to record: the snapshot row, and the article columns it updates."""

    article_id: int
    snapshot: dict[str, Any]
    article: dict[str, Any] = field(default_factory=dict)


def snapshot_record(
    article_id: int,
    *,
    fetched_at: datetime,
    outcome: str,
    redirects: Sequence[str] = (),
    article: dict[str, Any] | None = None,
    **columns: Any,
) -> SnapshotRecord:
    """A SnapshotRecord with every snapshot column filled (unknown names raise)."""
    unknown = set(columns) - set(_SNAPSHOT_DEFAULTS)
    if unknown:
        raise ValueError(f"not snapshot columns: {sorted(unknown)}")
    row = {
        **_SNAPSHOT_DEFAULTS,
        **columns,
        "article_id": article_id,
        "fetched_at": fetched_at,
        "outcome": outcome,
        "redirects": list(redirects),
    }
    return SnapshotRecord(article_id, row, dict(article or {}))


def unchanged_record(
    article_id: int, result: FetchResult, outcome: str, fingerprint: str | None, now: datetime
) -> SnapshotRecord:
    """The record of a 304 ("not_modified") or of a page whose body or visible text did not
    change ("unchanged"): the validators, and for a full page its hashes, are kept."""
    article: dict[str, Any] = {
        "last_checked_at": now,
        "etag": result.etag,
        "last_modified": result.last_modified,
    }
    if outcome == "unchanged":
        article["last_body_hash"] = result.body_hash
        article["last_page_fingerprint"] = fingerprint
    return snapshot_record(
        article_id,
        fetched_at=now,
        outcome=outcome,
        redirects=result.redirects,
        article=article,
        status_code=result.status,
        final_url=result.final_url,
        etag=result.etag,
        last_modified=result.last_modified,
        content_type=result.content_type,
        body_hash=result.body_hash,
        elapsed_ms=result.elapsed_ms,
    )


def failure_record(article_id: int, exc: FetchError, now: datetime) -> SnapshotRecord:
    """The record of a failed fetch: its error on the snapshot and on the article."""
    return snapshot_record(
        article_id,
        fetched_at=now,
        outcome="error",
        article={"last_checked_at": now, "last_error": str(exc)},
        status_code=getattr(exc, "status", None),
        error_kind=type(exc).__name__,
        error=str(exc),
    )


def _targets_select(ids: Sequence[int]) -> sa.Select[Any]:
    a, sn = article_table, snapshot_table
    # The newest snapshot that reached a page; the (article_id, fetched_at) index finds it.
    final_url = (
        sa.select(sn.c.final_url)
        .where(sn.c.article_id == a.c.id, sn.c.final_url.is_not(None))
        .order_by(sn.c.fetched_at.desc(), sn.c.id.desc())
        .limit(1)
        .correlate(a)
        .scalar_subquery()
    )
    return sa.select(
        a.c.id,
        a.c.url,
        a.c.state,
        a.c.etag,
        a.c.last_modified,
        a.c.last_body_hash,
        a.c.last_page_fingerprint,
        a.c.developing,
        final_url.label("last_final_url"),
    ).where(a.c.id.in_(list(ids)))


def _target(row: Sequence[Any]) -> CheckTarget:
    """A CheckTarget from a row of `_targets_select`, in its column order."""
    aid, url, state, etag, modified, body_hash, page_fp, developing, final_url = row
    return CheckTarget(
        id=int(aid),
        url=str(url),
        state=str(state),
        etag=etag,
        last_modified=modified,
        last_body_hash=body_hash,
        last_page_fingerprint=page_fp,
        last_final_url=final_url,
        developing=bool(developing),
    )


def load_targets(conn: sa.Connection, ids: Sequence[int]) -> dict[int, CheckTarget]:
    """The check targets of these articles, by id (unknown ids are left out)."""
    if not ids:
        return {}
    targets = (_target(tuple(r)) for r in conn.execute(_targets_select(ids)))
    return {t.id: t for t in targets}


def load_target(engine: Engine, article_id: int) -> CheckTarget:
    """One article's check target, read without taking SQLite's write lock; UsageError when
    there is no such article."""
    rows = read_rows(engine, _targets_select([article_id]))
    if not rows:
        raise UsageError(f"unknown article: {article_id}")
    return _target(rows[0])


def read_rows(engine: Engine, stmt: sa.Select[Any]) -> list[tuple[Any, ...]]:
    """Run a read-only SELECT of plain columns (no type conversion of results).

    On SQLite it runs on the bare driver connection, in autocommit: the store starts every
    SQLAlchemy transaction with BEGIN IMMEDIATE, and a read must not queue for the write
    lock behind the scheduler's writes.
    """
    if engine.dialect.name != "sqlite":
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(stmt)]
    compiled = stmt.compile(dialect=engine.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    positional = [params[name] for name in compiled.positiontup or ()]
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        try:
            cursor.execute(str(compiled), positional)
            return [tuple(r) for r in cursor.fetchall()]
        finally:
            cursor.close()
    finally:
        raw.close()


def insert_snapshots(conn: sa.Connection, records: Iterable[SnapshotRecord]) -> None:
    """Insert the snapshot rows of these records (one executemany)."""
    rows = [r.snapshot for r in records]
    if rows:
        conn.execute(sa.insert(snapshot_table), rows)


def update_articles(conn: sa.Connection, updates: Iterable[tuple[int, dict[str, Any]]]) -> None:
    """Set columns of many articles: one executemany per distinct set of columns."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for article_id, values in updates:
        if values:
            groups.setdefault(tuple(sorted(values)), []).append({**values, "b_id": article_id})
    t = article_table
    for rows in groups.values():
        # The SET clause comes from the parameters' keys (SQLAlchemy's executemany UPDATE).
        conn.execute(sa.update(t).where(t.c.id == sa.bindparam("b_id")), rows)


def write_records(engine: Engine, records: Sequence[SnapshotRecord]) -> None:
    """Write these records (snapshot rows and their article columns) in one transaction."""
    if not records:
        return
    with engine.begin() as conn:
        insert_snapshots(conn, records)
        update_articles(conn, ((r.article_id, r.article) for r in records))
