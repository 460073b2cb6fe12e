"""Alert outbox: alert, delivery, delivery_attempt, delivery_channel.

Revision ID: 0002_alerts
Revises: 0001_initial
Create Date: 2024-10-24
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_alerts"
down_revision: str | Sequence[str] | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _utc() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    """Create the four outbox tables."""
    op.create_table(
        "alert",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("story_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=True),
        sa.Column("from_version", sa.Integer(), nullable=True),
        sa.Column("to_version", sa.Integer(), nullable=True),
        sa.Column("kinds", sa.JSON(), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.ForeignKeyConstraint(["story_id"], ["story.id"], name="fk_alert_story_id_story"),
        sa.ForeignKeyConstraint(["article_id"], ["article.id"], name="fk_alert_article_id_article"),
        sa.ForeignKeyConstraint(["version_id"], ["version.id"], name="fk_alert_version_id_version"),
        sa.PrimaryKeyConstraint("id", name="pk_alert"),
        sa.UniqueConstraint("key", name="uq_alert_key"),
    )
    op.create_index("ix_alert_story_id", "alert", ["story_id"])
    op.create_index("ix_alert_article_id", "alert", ["article_id"])

    op.create_table(
        "delivery",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("alert_id", sa.Integer(), nullable=False),
        sa.Column("story_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("batch_key", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("queued_at", _utc(), nullable=False),
        sa.Column("next_attempt_at", _utc(), nullable=False),
        sa.Column("last_error", sa.String(), nullable=True),
        sa.Column("last_status_code", sa.Integer(), nullable=True),
        sa.Column("sent_at", _utc(), nullable=True),
        sa.ForeignKeyConstraint(["alert_id"], ["alert.id"], name="fk_delivery_alert_id_alert"),
        sa.ForeignKeyConstraint(["story_id"], ["story.id"], name="fk_delivery_story_id_story"),
        sa.PrimaryKeyConstraint("id", name="pk_delivery"),
        sa.UniqueConstraint("alert_id", "channel", name="uq_delivery_alert_id_channel"),
        sa.UniqueConstraint("key", name="uq_delivery_key"),
    )
    op.create_index("ix_delivery_alert_id", "delivery", ["alert_id"])
    op.create_index("ix_delivery_batch_key", "delivery", ["batch_key"])
    op.create_index("ix_delivery_channel_status", "delivery", ["channel", "status", "id"])

    op.create_table(
        "delivery_attempt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.String(), nullable=False),
        sa.Column("at", _utc(), nullable=False),
        sa.Column("outcome", sa.String(), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=True),
        sa.Column("error", sa.String(), nullable=True),
        sa.Column("duration_ms", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["delivery_id"], ["delivery.id"], name="fk_delivery_attempt_delivery_id_delivery"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_delivery_attempt"),
    )
    op.create_index("ix_delivery_attempt_delivery_id", "delivery_attempt", ["delivery_id"])

    op.create_table(
        "delivery_channel",
        sa.Column("channel", sa.String(), nullable=False),
        sa.Column("lease_owner", sa.String(), nullable=True),
        sa.Column("lease_until", _utc(), nullable=True),
        sa.PrimaryKeyConstraint("channel", name="pk_delivery_channel"),
    )


def downgrade() -> None:
    """Drop the outbox tables."""
    op.drop_table("delivery_channel")
    op.drop_table("delivery_attempt")
    op.drop_table("delivery")
    op.drop_table("alert")
