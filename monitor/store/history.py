"""Named queries on versions and changes; each takes an open Session.

Re-exported by `monitor.store.queries`. A version keeps its article text, quotes and
figures as JSON (with each item's sentence, the evidence of a change), so any two versions
can be compared again later without the raw bodies.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from monitor.errors import UsageError
from monitor.model import Article, Change, Figure, Quote
from monitor.store.tables import (
    AGAINST,
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


@dataclass(frozen=True)
class HistoryEntry:
    """One version of an article with the fetches it stood through and its change count."""

    version: Version
    snapshots: int  # fetches from the one that made this version until the next version
    changes: tuple[Change, ...]  # found against the previous version


# Versions


def latest_version(s: Session, article: ArticleRef) -> Version | None:
    """The newest version of an article, or None before its first."""
    article_id = article_id_of(article)
    query = (
        select(Version).where(Version.article_id == article_id).order_by(col(Version.number).desc())
    )
    return s.exec(query).first()


def seed_version(s: Session, article: ArticleRef) -> Version | None:
    """The baseline an article is compared against: its seed, else its first version."""
    article_id = article_id_of(article)
    query = (
        select(Version)
        .where(Version.article_id == article_id)
        .order_by(col(Version.is_seed).desc(), col(Version.number))
    )
    return s.exec(query).first()


def version_by_number(s: Session, article: ArticleRef, number: int) -> Version:
    """Version `number` of an article; UsageError when it has no such version."""
    article_id = article_id_of(article)
    query = select(Version).where(Version.article_id == article_id, Version.number == number)
    version = s.exec(query).first()
    if version is None:
        raise UsageError(f"article {article_id} has no version {number}")
    return version


def version_count(s: Session, article: ArticleRef) -> int:
    """How many versions an article has."""
    article_id = article_id_of(article)
    query = select(sa.func.count()).select_from(Version).where(Version.article_id == article_id)
    return int(s.exec(query).one())


def versions(s: Session, article: ArticleRef) -> list[Version]:
    """Every version of an article, oldest first."""
    article_id = article_id_of(article)
    query = select(Version).where(Version.article_id == article_id).order_by(col(Version.number))
    return list(s.exec(query).all())


def add_version(
    s: Session,
    article_ref: ArticleRow | int,
    article: Article,
    quotes: Sequence[Quote],
    figures: Sequence[Figure],
    *,
    snapshot_id: int | None = None,
    body_hash: str | None = None,
    is_seed: bool = False,
    now: datetime | None = None,
) -> Version:
    """Store a new version (number = last + 1) and update the article and its story."""
    when = now or utcnow()
    row = _article(s, article_ref) if isinstance(article_ref, int) else article_ref
    article_id = row_id(row)
    last = s.exec(select(sa.func.max(Version.number)).where(Version.article_id == article_id))
    version = Version(
        article_id=article_id,
        number=(last.one() or 0) + 1,
        fingerprint=article.fingerprint(),
        is_seed=is_seed,
        created_at=when,
        snapshot_id=snapshot_id,
        body_hash=body_hash,
        title=article.title,
        byline=article.byline,
        published=article.published,
        updated=article.updated,
        developing=article.developing,
        word_count=article.word_count(),
        article=article.to_dict(),
        quotes=[_quote_dict(q) for q in quotes],
        figures=[_figure_dict(f) for f in figures],
    )
    s.add(version)
    s.flush()
    _link_snapshot(s, snapshot_id, version)
    _update_article(s, row, article, when)
    return version


def _article(s: Session, article_id: int) -> ArticleRow:
    """The article row; UsageError when the id is unknown."""
    row = s.get(ArticleRow, article_id)
    if row is None:
        raise UsageError(f"unknown article: {article_id}")
    return row


def _link_snapshot(s: Session, snapshot_id: int | None, version: Version) -> None:
    """Point the snapshot that produced a version at it."""
    if snapshot_id is None:
        return
    snapshot = s.get(Snapshot, snapshot_id)
    if snapshot is not None:
        snapshot.version_id = version.id
        s.add(snapshot)


def _update_article(s: Session, row: ArticleRow, article: Article, when: datetime) -> None:
    """Copy what a new version tells about its article and story onto their rows."""
    row.developing = article.developing
    row.last_changed_at = when
    row.title = article.title or row.title
    row.byline = article.byline or row.byline
    row.published = article.published or row.published
    s.add(row)
    s.flush()
    # A story is developing while any of its articles is (DESIGN.md).
    story = s.get(Story, row.story_id)
    if story is not None:
        flags = s.exec(select(ArticleRow.developing).where(ArticleRow.story_id == row.story_id))
        story.developing = any(flags.all())
        s.add(story)
    s.flush()


def _quote_dict(quote: Quote) -> dict[str, Any]:
    """Quote.to_dict plus its sentence, the evidence kept with the version."""
    return {**quote.to_dict(), "sentence": quote.sentence}


def _figure_dict(figure: Figure) -> dict[str, Any]:
    """Figure.to_dict plus its sentence, the evidence kept with the version."""
    return {**figure.to_dict(), "sentence": figure.sentence}


def version_article(v: Version) -> Article:
    """The Article a version stores."""
    return Article.from_dict(v.article)


def version_quotes(v: Version) -> list[Quote]:
    """The quotes a version stores."""
    return [
        Quote(
            text=d["text"],
            speaker=d.get("speaker"),
            speaker_key=d.get("speaker_key"),
            paragraph=int(d.get("paragraph", 0)),
            sentence=d.get("sentence", ""),
            partial=bool(d.get("partial", False)),
        )
        for d in v.quotes
    ]


def version_figures(v: Version) -> list[Figure]:
    """The figures a version stores."""
    return [
        Figure(
            text=d["text"],
            value=_float(d.get("value")),
            unit=d.get("unit"),
            qualifier=d.get("qualifier"),
            paragraph=int(d.get("paragraph", 0)),
            sentence=d.get("sentence", ""),
            kind=d.get("kind", "count"),
            high=_float(d.get("high")),
        )
        for d in v.figures
    ]


def _float(value: Any) -> float | None:
    """JSON numbers back to the float a Figure holds."""
    return None if value is None else float(value)


# Changes


def add_changes(
    s: Session,
    version: Version,
    from_version: Version,
    against: str,
    changes: Sequence[Change],
    now: datetime | None = None,
) -> list[ChangeRow]:
    """Store the changes found between `from_version` and `version` ("previous" or "seed")."""
    if against not in AGAINST:
        raise ValueError(f"against must be one of {AGAINST}, not {against!r}")
    new_id, old_id = row_id(version), row_id(from_version)
    row = _article(s, version.article_id)
    when = now or utcnow()
    rows = [
        ChangeRow(
            article_id=version.article_id,
            story_id=row.story_id,
            version_id=new_id,
            from_version_id=old_id,
            against=against,
            kind=change.kind,
            speaker=change.speaker,
            data=change.to_dict(),
            created_at=when,
        )
        for change in changes
    ]
    s.add_all(rows)
    s.flush()
    return rows


def list_changes(
    s: Session,
    *,
    story_slug: str | None = None,
    article_id: int | None = None,
    kind_prefix: str | None = None,
    against: str | None = "previous",
    since: datetime | None = None,
    limit: int | None = None,
) -> list[ChangeRow]:
    """Changes matching the filters, oldest first (the newest `limit` when given).

    `kind_prefix` is a kind ("quote_edited") or a family ("quote"); `against=None` gives
    changes against the previous version and against the seed.
    """
    query = select(ChangeRow)
    if story_slug is not None:
        query = query.join(Story, col(Story.id) == col(ChangeRow.story_id)).where(
            Story.slug == story_slug
        )
    if article_id is not None:
        query = query.where(ChangeRow.article_id == article_id)
    if kind_prefix:
        kind = col(ChangeRow.kind)
        query = query.where(
            sa.or_(kind == kind_prefix, kind.startswith(kind_prefix + "_", autoescape=True))
        )
    if against is not None:
        query = query.where(ChangeRow.against == against)
    if since is not None:
        query = query.where(col(ChangeRow.created_at) >= since)
    query = query.order_by(col(ChangeRow.created_at).desc(), col(ChangeRow.id).desc()).limit(limit)
    return list(reversed(s.exec(query).all()))


def changes_for_version(
    s: Session, version_id: int, against: str | None = "previous"
) -> list[ChangeRow]:
    """The changes a version brought, in the order they were found."""
    query = select(ChangeRow).where(ChangeRow.version_id == version_id)
    if against is not None:
        query = query.where(ChangeRow.against == against)
    return list(s.exec(query.order_by(col(ChangeRow.id))).all())


def change_of(row: ChangeRow) -> Change:
    """The model Change a row stores."""
    return Change.from_dict(row.data)


# History


def article_history(s: Session, article: ArticleRef) -> list[HistoryEntry]:
    """Each version of an article with the fetches it stood through and its change count."""
    article_id = article_id_of(article)
    history = versions(s, article_id)
    fetch_times = list(
        s.exec(
            select(Snapshot.fetched_at)
            .where(Snapshot.article_id == article_id)
            .order_by(col(Snapshot.fetched_at))
        ).all()
    )
    starts = [_start(s, v) for v in history]
    found = _changes_by_version(s, article_id)
    entries = []
    for i, version in enumerate(history):
        lo = bisect_left(fetch_times, starts[i])
        hi = bisect_left(fetch_times, starts[i + 1]) if i + 1 < len(history) else len(fetch_times)
        changes = tuple(found.get(row_id(version), ()))
        entries.append(HistoryEntry(version, max(hi - lo, 0), changes))
    return entries


def _start(s: Session, version: Version) -> datetime:
    """When a version began: the fetch that produced it, else its creation time."""
    if version.snapshot_id is not None:
        snapshot = s.get(Snapshot, version.snapshot_id)
        if snapshot is not None:
            return snapshot.fetched_at
    return version.created_at


def _changes_by_version(s: Session, article_id: int) -> dict[int, list[Change]]:
    """The changes against the previous version of each of an article's versions."""
    query = (
        select(ChangeRow)
        .where(ChangeRow.article_id == article_id, ChangeRow.against == "previous")
        .order_by(col(ChangeRow.id))
    )
    found: dict[int, list[Change]] = {}
    for row in s.exec(query).all():
        found.setdefault(row.version_id, []).append(change_of(row))
    return found
