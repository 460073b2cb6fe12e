"""The database tables: stories, their articles, every fetch (snapshot), every distinct
version and the typed changes between versions.

Types are chosen to behave the same on SQLite and PostgreSQL: timestamps are stored as UTC
and always read back timezone-aware (`UTCDateTime`), structured values are `sa.JSON`.
The schema is created by the alembic revisions in `migrations/versions/`, never by
`create_all`; a test checks that the two agree.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, TypeAlias

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

# Named constraints let later SQLite migrations (batch mode) find and drop them by name.
NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata.naming_convention = NAMING_CONVENTION

ARTICLE_STATES = ("active", "settled", "failing", "gone")
SNAPSHOT_OUTCOMES = (
    "new_version",
    "unchanged",
    "not_modified",
    "error",
    "suspect",
    "gone",
    "redirected",
    "seed",
)
AGAINST = ("previous", "seed")


def utcnow() -> datetime:
    """The current time, timezone-aware UTC (the default of every timestamp column)."""
    return datetime.now(UTC)


class UTCDateTime(sa.TypeDecorator[datetime]):
    """A timestamp stored as UTC and read back timezone-aware on every database.

    SQLite has no timezone type: it stores the text without an offset and returns naive
    datetimes, so values are converted to UTC on the way in and tagged UTC on the way out.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        """Refuse naive datetimes (their zone is a guess) and convert aware ones to UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: pass a timezone-aware UTC time")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        """Return UTC-aware datetimes whatever the driver gave."""
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def _time(*, nullable: bool = False, index: bool = False) -> Any:
    """A UTC timestamp field; non-nullable ones default to now."""
    if nullable:
        return Field(default=None, sa_type=UTCDateTime, index=index)
    return Field(default_factory=utcnow, sa_type=UTCDateTime, index=index)


class Story(SQLModel, table=True):
    """A group of articles about one event; developing while any article is."""

    __tablename__ = "story"

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(unique=True)
    title: str
    developing: bool = False
    fast_interval: float | None = None  # per-story override of the fast cadence, seconds
    created_at: datetime = _time()
    revived_at: datetime | None = _time(nullable=True)


class ArticleRow(SQLModel, table=True):
    """One tracked URL of a story, with its schedule, fetch validators and health."""

    __tablename__ = "article"
    __table_args__ = (sa.Index("ix_article_due", "state", "next_check_at"),)

    id: int | None = Field(default=None, primary_key=True)
    story_id: int = Field(foreign_key="story.id", index=True)
    url: str = Field(unique=True)  # canonical, after redirects
    original_url: str = Field(index=True)  # as first given
    outlet: str | None = None
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    state: str = "active"  # one of ARTICLE_STATES
    created_at: datetime = _time()
    # Schedule
    next_check_at: datetime | None = _time(nullable=True)
    check_interval: float | None = None  # seconds, as chosen by the cadence policy
    interval_override: float | None = None  # seconds, set by a person
    lease_until: datetime | None = _time(nullable=True)
    lease_owner: str | None = None
    consecutive_failures: int = 0
    last_checked_at: datetime | None = _time(nullable=True)
    last_changed_at: datetime | None = _time(nullable=True)
    last_error: str | None = None
    developing: bool = False  # from its latest version
    # Validators and the fast path that skips extraction when nothing can have changed
    etag: str | None = None
    last_modified: str | None = None
    last_body_hash: str | None = None  # sha256 of the last raw body
    last_page_fingerprint: str | None = None


class Snapshot(SQLModel, table=True):
    """One fetch of an article: when, what the server said, where the body is, the outcome."""

    __tablename__ = "snapshot"
    __table_args__ = (sa.Index("ix_snapshot_article_id_fetched_at", "article_id", "fetched_at"),)

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id")
    fetched_at: datetime = _time()
    status_code: int | None = None
    final_url: str | None = None
    redirects: list[str] = Field(default_factory=list, sa_type=sa.JSON)
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None
    body_hash: str | None = None  # sha256 of the raw body
    body_stored: bool = False  # the body is kept in the BlobStore under body_hash
    text_fingerprint: str | None = None  # Article.fingerprint() of what was extracted
    outcome: str  # one of SNAPSHOT_OUTCOMES
    error_kind: str | None = None  # the FetchError class name
    error: str | None = None
    # version <-> snapshot is a cycle; use_alter lets both tables be created first.
    version_id: int | None = Field(
        default=None,
        sa_column_args=[
            sa.ForeignKey("version.id", use_alter=True, name="fk_snapshot_version_id_version")
        ],
    )
    elapsed_ms: float | None = None


class Version(SQLModel, table=True):
    """One distinct normalized text of an article, with its quotes and figures."""

    __tablename__ = "version"
    __table_args__ = (sa.UniqueConstraint("article_id", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id")
    number: int  # 1, 2, ... per article
    fingerprint: str = Field(index=True)  # model.Article.fingerprint()
    is_seed: bool = False
    created_at: datetime = _time()
    snapshot_id: int | None = Field(default=None, foreign_key="snapshot.id")
    body_hash: str | None = None
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    updated: str | None = None
    developing: bool = False
    word_count: int = 0
    article: dict[str, Any] = Field(default_factory=dict, sa_type=sa.JSON)  # Article.to_dict()
    quotes: list[dict[str, Any]] = Field(default_factory=list, sa_type=sa.JSON)
    figures: list[dict[str, Any]] = Field(default_factory=list, sa_type=sa.JSON)


class ChangeRow(SQLModel, table=True):
    """One typed change found between a version and an earlier one (previous or seed)."""

    __tablename__ = "change"

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    story_id: int = Field(foreign_key="story.id", index=True)
    version_id: int = Field(foreign_key="version.id", index=True)  # the new version
    from_version_id: int = Field(foreign_key="version.id")
    against: str  # "previous" | "seed"
    kind: str = Field(index=True)
    speaker: str | None = None
    data: dict[str, Any] = Field(default_factory=dict, sa_type=sa.JSON)  # Change.to_dict()
    created_at: datetime = _time()


# Queries about one article accept its row or its id.
ArticleRef: TypeAlias = ArticleRow | int


def row_id(row: SQLModel) -> int:
    """The primary key of a stored row; ValueError for a row that was never flushed."""
    value = getattr(row, "id", None)
    if not isinstance(value, int):
        raise ValueError(f"{type(row).__name__} has no id yet: add and flush it first")
    return value


def article_id_of(ref: ArticleRef) -> int:
    """The id of an article given as a row or an id."""
    return ref if isinstance(ref, int) else row_id(ref)
