"""Checking one article end to end: fetch, snapshot, extract, version, compare, changes.

`check_article` reads top to bottom; each step is a named function. It records what it saw
(a snapshot row for every fetch, a version and its changes when the article text changed,
alerts through `ctx.on_changes` in the same transaction) and returns a `CheckOutcome`. It does
not reschedule the article: the scheduler does that from the outcome.

`check_target` is the same check for a caller that already knows the article's state (the
daemon gets it with the claim). With `defer=True`, a check that found nothing new (304, same
body, same page text, failed fetch) writes nothing: its outcome carries the snapshot as a
`SnapshotRecord` for the scheduler to write with the new schedule, many checks to one
transaction. Database work never runs on the event loop's thread.

Upstream failures (timeouts, 5xx, garbage, a paywall page) are recorded on the snapshot and
never become a change. A collapsed extraction is held as *suspect* until a second fetch in a
row confirms the same text.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar

import httpx
from sqlalchemy import Engine
from sqlmodel import Session

from monitor.check_store import (
    CheckTarget,
    SnapshotRecord,
    failure_record,
    load_target,
    unchanged_record,
    write_records,
)
from monitor.compare import compare, is_collapsed
from monitor.config import Settings
from monitor.errors import ArticleGone, ExtractionError, FetchError
from monitor.extract import extract_document, page_fingerprint
from monitor.fetch import FetchResult, fetch
from monitor.figures import extract_figures
from monitor.model import Article, Change
from monitor.quotes import extract_quotes
from monitor.store import queries
from monitor.store.blobs import BlobStore
from monitor.store.db import session_scope
from monitor.store.tables import ArticleRow, Story, Version

log = logging.getLogger(__name__)
T = TypeVar("T")

# The GIL lets about one thread compute at a time; a few keep it busy, and few threads keep
# few malloc arenas (and parse trees) alive: peak memory stays flat under load.
WORK_THREADS = 3
OUTCOMES = ("new_version", "unchanged", "not_modified", "error", "suspect", "gone", "redirected")


class ChangeHook(Protocol):
    """Called inside the transaction that stores a version's changes (the alert outbox)."""

    def __call__(
        self,
        session: Session,
        *,
        story: Story,
        article: ArticleRow,
        version: Version,
        changes: Sequence[Change],
        now: datetime,
    ) -> object:
        """Add rows for these changes to the session; no commit, no I/O."""


def utcnow() -> datetime:
    """The current time, timezone-aware UTC."""
    return datetime.now(UTC)


@dataclass
class CheckContext:
    """The seams a check needs, handed in: settings, database, snapshot folder, HTTP, clock."""

    settings: Settings
    engine: Engine
    blobs: BlobStore
    client: httpx.AsyncClient
    clock: Callable[[], datetime] = utcnow
    on_changes: ChangeHook | None = None
    # Threads for the CPU-bound and database work of checks (extraction, comparison,
    # writes), so that the event loop keeps fetching meanwhile.
    work: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(WORK_THREADS, thread_name_prefix="check")
    )

    async def run(self, call: Callable[..., T], *args: Any) -> T:
        """Run a blocking call on the check threads."""
        return await asyncio.get_running_loop().run_in_executor(self.work, call, *args)


@dataclass(frozen=True)
class CheckOutcome:
    """What one check found. `outcome` is one of OUTCOMES."""

    article_id: int
    outcome: str
    version_number: int | None = None
    changes: tuple[Change, ...] = ()
    error: str | None = None
    developing: bool | None = None
    elapsed_ms: float = 0.0
    url: str = ""
    extra: dict[str, object] = field(default_factory=dict)
    # With check_target(defer=True): the snapshot still to be written, by the scheduler.
    pending: SnapshotRecord | None = None


async def check_article(ctx: CheckContext, article_id: int) -> CheckOutcome:
    """Fetch one article and record what changed since its last stored version."""
    target = await ctx.run(load_target, ctx.engine, article_id)
    return await check_target(ctx, target)


async def check_target(
    ctx: CheckContext, target: CheckTarget, *, defer: bool = False
) -> CheckOutcome:
    """Check an article whose state is known; with `defer`, a check that found nothing new
    returns its snapshot in `pending` instead of writing it."""
    started = time.perf_counter()
    try:
        result = await fetch(
            ctx.client,
            target.url,
            etag=target.etag,
            last_modified=target.last_modified,
            max_bytes=ctx.settings.max_body_bytes,
        )
    except ArticleGone as exc:
        outcome = await ctx.run(_record_gone, ctx, target, exc)
    except FetchError as exc:
        outcome = _failure(ctx, target, exc)
    else:
        outcome = await _process_body(ctx, target, result)
    if outcome.pending is not None and not defer:
        await ctx.run(write_records, ctx.engine, [outcome.pending])
        outcome = replace(outcome, pending=None)
    outcome = replace(outcome, elapsed_ms=(time.perf_counter() - started) * 1000, url=target.url)
    _log_outcome(outcome)
    return outcome


async def _process_body(
    ctx: CheckContext, target: CheckTarget, result: FetchResult
) -> CheckOutcome:
    """Everything after a successful fetch: cheap exits first, then the full extraction."""
    if result.not_modified:
        return _unchanged(ctx, target, result, "not_modified", None)
    redirected = _redirect_change(target, result)
    fingerprint = page_fingerprint(result.body)
    if redirected is None and (
        result.body_hash == target.last_body_hash or fingerprint == target.last_page_fingerprint
    ):
        return _unchanged(ctx, target, result, "unchanged", fingerprint)
    try:
        article = await ctx.run(
            extract_document, result.body, result.content_type, result.final_url
        )
    except ExtractionError as exc:
        return await ctx.run(_record_suspect, ctx, target, result, fingerprint, str(exc))
    return await ctx.run(_record_article, ctx, target, result, fingerprint, article, redirected)


def _redirect_change(target: CheckTarget, result: FetchResult) -> Change | None:
    """An article_redirected change when the article now ends at a different URL."""
    before = target.last_final_url or target.url
    if result.final_url == before:
        return None
    return Change(kind="article_redirected", old=before, new=result.final_url)


def _record_article(
    ctx: CheckContext,
    target: CheckTarget,
    result: FetchResult,
    fingerprint: str,
    article: Article,
    redirected: Change | None,
) -> CheckOutcome:
    """Store a new version with its changes, or note that the text did not change."""
    now = ctx.clock()
    with session_scope(ctx.engine) as session:
        row = queries.get_article(session, target.id)
        previous = queries.latest_version(session, target.id)
        if previous is None:  # a tracked article's first fetch becomes its baseline
            version = _store_version(ctx, session, row, article, result, now)
            return CheckOutcome(
                target.id, "new_version", version.number, (), None, article.developing
            )
        old = queries.version_article(previous)
        article = _fill_missing_metadata(article, old)
        if article.fingerprint() == previous.fingerprint:
            _store_snapshot(ctx, session, row, result, fingerprint, "unchanged", previous)
            if redirected:
                _add_changes(ctx, session, row, previous, previous, [redirected], now)
                return CheckOutcome(target.id, "redirected", None, (redirected,))
            return CheckOutcome(target.id, "unchanged", None, (), None, article.developing)
        if is_collapsed(old, article, ctx.settings.collapse_ratio) and not _confirmed(
            session, target.id, article
        ):
            snapshot = _store_snapshot(ctx, session, row, result, fingerprint, "suspect", None)
            snapshot.error = f"collapsed extraction: {article.word_count()} words held as suspect"
            snapshot.text_fingerprint = article.fingerprint()
            return CheckOutcome(target.id, "suspect", None, (), snapshot.error)
        version = _store_version(ctx, session, row, article, result, now, fingerprint)
        changes = list(compare(old, article).changes)
        if redirected:
            changes.append(redirected)
        _add_changes(ctx, session, row, version, previous, changes, now)
        seed = queries.seed_version(session, target.id)
        if seed is not None and seed.id != previous.id:
            seed_changes = compare(queries.version_article(seed), article).changes
            queries.add_changes(session, version, seed, "seed", seed_changes, now)
        return CheckOutcome(
            target.id, "new_version", version.number, tuple(changes), None, article.developing
        )


def _fill_missing_metadata(article: Article, previous: Article) -> Article:
    """A page that lost its title, byline or date in extraction has not changed them."""
    return replace(
        article,
        title=article.title or previous.title,
        byline=article.byline or previous.byline,
        published=article.published or previous.published,
    )


def _confirmed(session: Session, article_id: int, article: Article) -> bool:
    """True when the last snapshot was a suspect extraction of this same text."""
    last = queries.last_snapshot(session, article_id)
    return (
        last is not None
        and last.outcome == "suspect"
        and last.text_fingerprint == article.fingerprint()
    )


def _store_version(
    ctx: CheckContext,
    session: Session,
    row: ArticleRow,
    article: Article,
    result: FetchResult,
    now: datetime,
    fingerprint: str | None = None,
) -> Version:
    body_hash = ctx.blobs.put(result.body)
    snapshot = _store_snapshot(
        ctx,
        session,
        row,
        result,
        fingerprint or page_fingerprint(result.body),
        "new_version",
        None,
        body_stored=True,
        body_hash=body_hash,
    )
    version = queries.add_version(
        session,
        row,
        article,
        extract_quotes(article.paragraphs),
        extract_figures(article.paragraphs),
        snapshot_id=snapshot.id,
        body_hash=body_hash,
        now=now,
    )
    snapshot.version_id = version.id
    snapshot.text_fingerprint = version.fingerprint
    return version


def _store_snapshot(
    ctx: CheckContext,
    session: Session,
    row: ArticleRow,
    result: FetchResult,
    fingerprint: str | None,
    outcome: str,
    version: Version | None,
    *,
    body_stored: bool = False,
    body_hash: str | None = None,
) -> queries.Snapshot:
    """A snapshot row for a fetch; suspect bodies are kept as evidence, unchanged ones not."""
    if outcome == "suspect" and not body_stored:
        body_hash = ctx.blobs.put(result.body)
        body_stored = True
    row.last_checked_at = ctx.clock()
    if outcome != "suspect":  # a suspect body must be fetched in full again to be confirmed
        row.etag = result.etag
        row.last_modified = result.last_modified
    if outcome in ("new_version", "unchanged"):
        row.last_body_hash = result.body_hash
        row.last_page_fingerprint = fingerprint
    return queries.add_snapshot(
        session,
        row,
        fetched_at=ctx.clock(),
        status_code=result.status,
        final_url=result.final_url,
        redirects=list(result.redirects),
        etag=result.etag,
        last_modified=result.last_modified,
        content_type=result.content_type,
        body_hash=body_hash or result.body_hash,
        body_stored=body_stored,
        outcome=outcome,
        version_id=version.id if version else None,
        elapsed_ms=result.elapsed_ms,
    )


def _unchanged(
    ctx: CheckContext,
    target: CheckTarget,
    result: FetchResult,
    outcome: str,
    fingerprint: str | None,
) -> CheckOutcome:
    """A 304, an identical body or an identical page text: only hash and validators kept
    (the snapshot is returned as `pending`, not written yet)."""
    record = unchanged_record(target.id, result, outcome, fingerprint, ctx.clock())
    return CheckOutcome(target.id, outcome, None, (), None, target.developing, pending=record)


def _record_suspect(
    ctx: CheckContext,
    target: CheckTarget,
    result: FetchResult,
    fingerprint: str,
    reason: str,
) -> CheckOutcome:
    """A body with no usable article text: kept as evidence, never a change."""
    with session_scope(ctx.engine) as session:
        row = queries.get_article(session, target.id)
        snapshot = _store_snapshot(ctx, session, row, result, fingerprint, "suspect", None)
        snapshot.error_kind = "ExtractionError"
        snapshot.error = reason
        row.last_error = reason
        return CheckOutcome(target.id, "suspect", None, (), reason)


def _failure(ctx: CheckContext, target: CheckTarget, exc: FetchError) -> CheckOutcome:
    """A failed fetch: a snapshot with its error (`pending`); the scheduler retries it."""
    record = failure_record(target.id, exc, ctx.clock())
    return CheckOutcome(target.id, "error", None, (), str(exc), pending=record)


def _record_gone(ctx: CheckContext, target: CheckTarget, exc: ArticleGone) -> CheckOutcome:
    """404 / 410: the article was taken down; one article_gone change, the first time."""
    now = ctx.clock()
    change = Change(kind="article_gone", old=target.url, new=None, detail={"status": exc.status})
    with session_scope(ctx.engine) as session:
        row = queries.get_article(session, target.id)
        queries.add_snapshot(
            session,
            target.id,
            fetched_at=now,
            status_code=exc.status,
            outcome="gone",
            error_kind=type(exc).__name__,
            error=str(exc),
        )
        row.last_checked_at = now
        row.last_error = str(exc)
        latest = queries.latest_version(session, target.id)
        if target.state == "gone" or latest is None:
            return CheckOutcome(target.id, "gone", None, (), str(exc))
        _add_changes(ctx, session, row, latest, latest, [change], now)
        return CheckOutcome(target.id, "gone", None, (change,), str(exc))


def _add_changes(
    ctx: CheckContext,
    session: Session,
    row: ArticleRow,
    version: Version,
    previous: Version,
    changes: Sequence[Change],
    now: datetime,
) -> None:
    """Store changes against the previous version and hand them to the alert outbox."""
    if not changes:
        return
    queries.add_changes(session, version, previous, "previous", changes, now)
    if ctx.on_changes is not None:
        story = queries.get_story(session, row.story_id)
        ctx.on_changes(session, story=story, article=row, version=version, changes=changes, now=now)


def _log_outcome(outcome: CheckOutcome) -> None:
    log.info(
        "check article_id=%s url=%s outcome=%s version=%s changes=%d ms=%.1f%s",
        outcome.article_id,
        outcome.url,
        outcome.outcome,
        outcome.version_number,
        len(outcome.changes),
        outcome.elapsed_ms,
        f" error={outcome.error!r}" if outcome.error else "",
    )
