"""Named queries on stories, articles and snapshots; each takes an open Session.

Version and change queries live in `monitor.store.history` and are re-exported here, as are
the table classes, so callers import every query from this one module. No function commits:
the caller's `session_scope` decides the transaction. Claiming due articles belongs to the
scheduler (`monitor.schedule.claim`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from monitor.errors import UsageError
from monitor.store.history import (
    HistoryEntry,
    add_changes,
    add_version,
    article_history,
    change_of,
    changes_for_version,
    latest_version,
    list_changes,
    seed_version,
    version_article,
    version_by_number,
    version_count,
    version_figures,
    version_quotes,
    versions,
)
from monitor.store.tables import (
    SNAPSHOT_OUTCOMES,
    ArticleRef,
    ArticleRow,
    ChangeRow,
    Snapshot,
    Story,
    Version,
    article_id_of,
    row_id,
    utcnow,
)

__all__ = [
    "FAILED_OUTCOMES",
    "ArticleRef",
    "ArticleRow",
    "ChangeRow",
    "HistoryEntry",
    "Snapshot",
    "Story",
    "Version",
    "add_article",
    "add_changes",
    "add_snapshot",
    "add_version",
    "article_history",
    "article_id_of",
    "article_summary",
    "change_of",
    "changes_for_version",
    "checkable_articles",
    "ensure_article",
    "ensure_story",
    "find_article",
    "find_story",
    "get_article",
    "get_or_create_story",
    "get_story",
    "last_final_url",
    "last_snapshot",
    "latest_snapshot",
    "latest_version",
    "list_changes",
    "list_stories",
    "recent_errors",
    "row_id",
    "seed_version",
    "snapshot_counts",
    "snapshots",
    "story_articles",
    "version_article",
    "version_by_number",
    "version_count",
    "version_figures",
    "version_quotes",
    "versions",
]

# Outcomes of fetches that brought no usable text.
FAILED_OUTCOMES = ("error", "gone", "suspect")


# Stories


def ensure_story(
    s: Session, slug: str, title: str, *, now: datetime | None = None
) -> tuple[Story, bool]:
    """The story with this slug, created with `title` if needed; True when it was created."""
    story = s.exec(select(Story).where(Story.slug == slug)).first()
    if story is not None:
        return story, False
    story = Story(slug=slug, title=title, created_at=now or utcnow())
    if _insert_or_lose_race(s, story):
        return story, True
    return s.exec(select(Story).where(Story.slug == slug)).one(), False


def get_or_create_story(s: Session, slug: str, title: str, *, now: datetime | None = None) -> Story:
    """The story with this slug, created with `title` when it does not exist yet."""
    return ensure_story(s, slug, title, now=now)[0]


def get_story(s: Session, story_id: int) -> Story:
    """The story with this id; UsageError when there is none."""
    story = s.get(Story, story_id)
    if story is None:
        raise UsageError(f"unknown story: {story_id}")
    return story


def find_story(s: Session, slug: str) -> Story:
    """The story with this slug (or numeric id); UsageError when there is none."""
    story = s.exec(select(Story).where(Story.slug == slug)).first()
    if story is None and slug.isdigit():
        story = s.get(Story, int(slug))
    if story is None:
        raise UsageError(f"unknown story: {slug}")
    return story


def list_stories(s: Session) -> list[tuple[Story, list[ArticleRow]]]:
    """Every story (oldest first) with its articles (in the order they were added)."""
    stories = s.exec(select(Story).order_by(col(Story.created_at), col(Story.id))).all()
    articles = s.exec(select(ArticleRow).order_by(col(ArticleRow.id))).all()
    by_story: dict[int, list[ArticleRow]] = {}
    for article in articles:
        by_story.setdefault(article.story_id, []).append(article)
    return [(story, by_story.get(row_id(story), [])) for story in stories]


def story_articles(s: Session, story_id: int) -> list[ArticleRow]:
    """The articles of one story, in the order they were added."""
    query = select(ArticleRow).where(ArticleRow.story_id == story_id).order_by(col(ArticleRow.id))
    return list(s.exec(query).all())


# Articles


def ensure_article(
    s: Session,
    story: Story,
    url: str,
    *,
    outlet: str | None = None,
    title: str | None = None,
    byline: str | None = None,
    published: str | None = None,
    now: datetime | None = None,
) -> tuple[ArticleRow, bool]:
    """Track `url` in `story` (due at once); the existing row when the URL is already
    tracked. True when it was created."""
    existing = _article_by_url(s, url)
    if existing is not None:
        return existing, False
    when = now or utcnow()
    article = ArticleRow(
        story_id=row_id(story),
        url=url,
        original_url=url,
        outlet=outlet,
        title=title,
        byline=byline,
        published=published,
        created_at=when,
        next_check_at=when,
    )
    if _insert_or_lose_race(s, article):
        return article, True
    found = _article_by_url(s, url)
    assert found is not None  # the race was lost to a row with this very URL
    return found, False


def add_article(s: Session, story: Story, url: str, **fields: Any) -> ArticleRow:
    """Track `url` in `story` (`ensure_article` without the created flag)."""
    return ensure_article(s, story, url, **fields)[0]


def get_article(s: Session, article_id: int) -> ArticleRow:
    """The article with this id; UsageError when there is none."""
    article = s.get(ArticleRow, article_id)
    if article is None:
        raise UsageError(f"unknown article: {article_id}")
    return article


def find_article(s: Session, ref: str) -> ArticleRow:
    """The article with this id or URL (canonical or as first given); UsageError if none."""
    ref = ref.strip()
    article = s.get(ArticleRow, int(ref)) if ref.isdigit() else _article_by_url(s, ref)
    if article is None:
        raise UsageError(f"unknown article: {ref}")
    return article


def _article_by_url(s: Session, url: str) -> ArticleRow | None:
    """Match the canonical URL first, then the original one, with or without a final slash."""
    other = url.rstrip("/") if url.endswith("/") else url + "/"
    for column in (col(ArticleRow.url), col(ArticleRow.original_url)):
        for candidate in (url, other):
            query = select(ArticleRow).where(column == candidate).order_by(col(ArticleRow.id))
            found = s.exec(query).first()
            if found is not None:
                return found
    return None


def checkable_articles(s: Session) -> list[ArticleRow]:
    """Every article a person may check now (all but the gone ones), by id."""
    query = select(ArticleRow).where(ArticleRow.state != "gone").order_by(col(ArticleRow.id))
    return list(s.exec(query).all())


def article_summary(s: Session, article: ArticleRow) -> dict[str, Any]:
    """A JSON-ready overview of an article for `monitor list`."""
    return {
        "id": article.id,
        "url": article.url,
        "original_url": article.original_url,
        "outlet": article.outlet,
        "title": article.title,
        "state": article.state,
        # the status a person sees: failing after N consecutive errors is not a change
        "status": "article_failing" if article.state == "failing" else article.state,
        "developing": article.developing,
        "versions": version_count(s, article),
        "fetches": sum(snapshot_counts(s, article).values()),
        "last_checked_at": article.last_checked_at,
        "last_changed_at": article.last_changed_at,
        "next_check_at": article.next_check_at,
        "consecutive_failures": article.consecutive_failures,
        "last_error": article.last_error,
    }


# Snapshots


def add_snapshot(s: Session, article: ArticleRef, **fields: Any) -> Snapshot:
    """Record one fetch of an article (fields are Snapshot columns; outcome is required)."""
    article_id = article_id_of(article)
    outcome = fields.get("outcome")
    if outcome not in SNAPSHOT_OUTCOMES:
        raise ValueError(f"bad snapshot outcome {outcome!r}: one of {SNAPSHOT_OUTCOMES}")
    fields.setdefault("fetched_at", utcnow())
    snapshot = Snapshot(article_id=article_id, **fields)
    s.add(snapshot)
    s.flush()
    return snapshot


def latest_snapshot(s: Session, article: ArticleRef) -> Snapshot | None:
    """The most recent fetch of an article, or None."""
    article_id = article_id_of(article)
    return s.exec(_newest_snapshots(article_id)).first()


last_snapshot = latest_snapshot


def snapshots(s: Session, article: ArticleRef, *, limit: int | None = None) -> list[Snapshot]:
    """An article's fetches, oldest first (the newest `limit` ones when given)."""
    article_id = article_id_of(article)
    return list(reversed(s.exec(_newest_snapshots(article_id).limit(limit)).all()))


def recent_errors(s: Session, article: ArticleRef, *, limit: int = 5) -> list[Snapshot]:
    """The newest `limit` fetches that failed (error, gone, suspect), oldest first."""
    article_id = article_id_of(article)
    query = _newest_snapshots(article_id).where(col(Snapshot.outcome).in_(FAILED_OUTCOMES))
    return list(reversed(s.exec(query.limit(limit)).all()))


def last_final_url(s: Session, article: ArticleRef) -> str | None:
    """Where the latest fetch that reached a page ended up, after redirects."""
    article_id = article_id_of(article)
    query = _newest_snapshots(article_id).where(col(Snapshot.final_url).is_not(None))
    found = s.exec(query).first()
    return found.final_url if found is not None else None


def snapshot_counts(s: Session, article: ArticleRef) -> dict[str, int]:
    """How many fetches of an article ended in each outcome."""
    article_id = article_id_of(article)
    query = (
        select(Snapshot.outcome, sa.func.count())
        .where(Snapshot.article_id == article_id)
        .group_by(col(Snapshot.outcome))
    )
    return {outcome: count for outcome, count in s.exec(query).all()}


def _newest_snapshots(article_id: int) -> SelectOfScalar[Snapshot]:
    """An article's snapshots, newest first."""
    return (
        select(Snapshot)
        .where(Snapshot.article_id == article_id)
        .order_by(col(Snapshot.fetched_at).desc(), col(Snapshot.id).desc())
    )


# Helpers


def _insert_or_lose_race(s: Session, row: Story | ArticleRow) -> bool:
    """Insert `row` in a savepoint; False when a concurrent writer inserted its twin first."""
    try:
        with s.begin_nested():
            s.add(row)
    except IntegrityError:
        return False
    return True
