"""Initial schema: story, article, snapshot, version, change.

Revision ID: 0001_initial
Revises:
Create Date: 2024-10-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_initial"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _utc() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    """Create the five tables of the monitor."""
    op.create_table(
        "story",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("developing", sa.Boolean(), nullable=False),
        sa.Column("fast_interval", sa.Float(), nullable=True),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("revived_at", _utc(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_story"),
        sa.UniqueConstraint("slug", name="uq_story_slug"),
    )
    op.create_table(
        "article",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("story_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(), nullable=False),
        sa.Column("original_url", sa.String(), nullable=False),
        sa.Column("outlet", sa.String(), nullable=True),
        sa.Column("title", sa.String(), nullable=True),
        sa.Column("byline", sa.String(), nullable=True),
        sa.Column("published", sa.String(), nullable=True),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("next_check_at", _utc(), nullable=True),
        sa.Column("check_interval", sa.Float(), nullable=True),
        sa.Column("interval_override", sa.Float(), nullable=True),
        sa.Column("lease_until", _utc(), nullable=True),
        sa.Column("lease_owner", sa.String(), nullable=True),
        sa.Column("consecutive_failures", sa.Integer(), nullable=False),
        sa.Column("last_checked_at", _utc(), nullable=True),
        sa.Column("last_changed_at", _utc(), nullable=True),
        sa.Column("last_error", sa.String(), nullable=True),
        sa.Column("developing", sa.Boolean(), nullable=False),
        sa.Column("etag", sa.String(), nullable=True),
        sa.Column("last_modified", sa.String(), nullable=True),
        sa.Column("last_body_hash", sa.String(), nullable=True),
        sa.Column("last_page_fingerprint", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["story_id"], ["story.id"], name="fk_article_story_id_story"),
        sa.PrimaryKeyConstraint("id", name="pk_article"),
        sa.UniqueConstraint("url", name="uq_article_url"),
    )
    op.create_index("ix_article_story_id", "article", ["story_id"])
    op.create_index("ix_article_original_url", "article", ["original_url"])
    op.create_index("ix_article_due", "article", ["state", "next_check_at"])

    # snapshot.version_id -> version is added below, once version exists (a cycle).
    op.create_table(
        "snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("fetched_at", _utc(), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=True),
        sa.Column("final_url", sa.String(), nullable=True),
        sa.Column("redirects", sa.JSON(), nullable=False),
        sa.Column("etag", sa.String(), nullable=True),
        sa.Column("last_modified", sa.String(), nullable=True),
        sa.Column("content_type", sa.String(), nullable=True),
        sa.Column("body_hash", sa.String(), nullable=True),
        sa.Column("body_stored", sa.Boolean(), nullable=False),
        sa.Column("text_fingerprint", sa.String(), nullable=True),
        sa.Column("outcome", sa.String(), nullable=False),
        sa.Column("error_kind", sa.String(), nullable=True),
        sa.Column("error", sa.String(), nullable=True),
        sa.Column("version_id", sa.Integer(), nullable=True),
        sa.Column("elapsed_ms", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id"], ["article.id"], name="fk_snapshot_article_id_article"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_snapshot"),
    )
    op.create_index(
        "ix_snapshot_article_id_fetched_at", "snapshot", ["article_id", "fetched_at"]
    )

    op.create_table(
        "version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(), nullable=False),
        sa.Column("is_seed", sa.Boolean(), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("snapshot_id", sa.Integer(), nullable=True),
        sa.Column("body_hash", sa.String(), nullable=True),
        sa.Column("title", sa.String(), nullable=True),
        sa.Column("byline", sa.String(), nullable=True),
        sa.Column("published", sa.String(), nullable=True),
        sa.Column("updated", sa.String(), nullable=True),
        sa.Column("developing", sa.Boolean(), nullable=False),
        sa.Column("word_count", sa.Integer(), nullable=False),
        sa.Column("article", sa.JSON(), nullable=False),
        sa.Column("quotes", sa.JSON(), nullable=False),
        sa.Column("figures", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["article.id"], name="fk_version_article_id_article"
        ),
        sa.ForeignKeyConstraint(
            ["snapshot_id"], ["snapshot.id"], name="fk_version_snapshot_id_snapshot"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_version"),
        sa.UniqueConstraint("article_id", "number", name="uq_version_article_id_number"),
    )
    op.create_index("ix_version_fingerprint", "version", ["fingerprint"])

    # On SQLite this rebuilds the (still empty) snapshot table; elsewhere it is ALTER TABLE.
    with op.batch_alter_table("snapshot") as batch:
        batch.create_foreign_key(
            "fk_snapshot_version_id_version", "version", ["version_id"], ["id"]
        )

    op.create_table(
        "change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("story_id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("from_version_id", sa.Integer(), nullable=False),
        sa.Column("against", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("speaker", sa.String(), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["article.id"], name="fk_change_article_id_article"
        ),
        sa.ForeignKeyConstraint(["story_id"], ["story.id"], name="fk_change_story_id_story"),
        sa.ForeignKeyConstraint(
            ["version_id"], ["version.id"], name="fk_change_version_id_version"
        ),
        sa.ForeignKeyConstraint(
            ["from_version_id"], ["version.id"], name="fk_change_from_version_id_version"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_change"),
    )
    op.create_index("ix_change_article_id", "change", ["article_id"])
    op.create_index("ix_change_story_id", "change", ["story_id"])
    op.create_index("ix_change_version_id", "change", ["version_id"])
    op.create_index("ix_change_kind", "change", ["kind"])


def downgrade() -> None:
    """Drop the five tables."""
    op.drop_table("change")
    with op.batch_alter_table("snapshot") as batch:
        batch.drop_constraint("fk_snapshot_version_id_version", type_="foreignkey")
    op.drop_table("version")
    op.drop_table("snapshot")
    op.drop_table("article")
    op.drop_table("story")
