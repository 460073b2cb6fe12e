"""The alert outbox: alerts, their deliveries (one per channel), every attempt, channel leases.

An alert is written in the same transaction as the version whose changes raised it, with
one pending delivery per configured channel, so a crash can never lose it. The dispatcher
sends the deliveries and records each attempt. `delivery_channel` holds the lease a
dispatcher takes on a channel while it sends, so that two dispatchers never send the same
delivery at once and the deliveries of one channel go out in order.
"""

# No `from __future__ import annotations`: SQLModel must see the relationship types.

from datetime import datetime
from typing import Any, Optional

import sqlalchemy as sa
from sqlmodel import Field, Relationship, SQLModel

from monitor.store.tables import UTCDateTime, utcnow

DELIVERY_STATUSES = ("pending", "sent", "dead")
ATTEMPT_OUTCOMES = ("sent", "retry", "dead")


class Alert(SQLModel, table=True):
    """Changes of one new version that a rule says someone must hear about."""

    __tablename__ = "alert"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True)  # "alt_<hex>": the alert's id in payloads
    story_id: int = Field(foreign_key="story.id", index=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    version_id: int | None = Field(default=None, foreign_key="version.id")
    from_version: int | None = None  # version numbers, for the diff link
    to_version: int | None = None
    kinds: list[str] = Field(default_factory=list, sa_type=sa.JSON)
    changes: list[dict[str, Any]] = Field(default_factory=list, sa_type=sa.JSON)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)

    deliveries: list["Delivery"] = Relationship(back_populates="alert")


class Delivery(SQLModel, table=True):
    """One alert to one channel: pending until sent, or dead after too many failures."""

    __tablename__ = "delivery"
    __table_args__ = (
        sa.UniqueConstraint("alert_id", "channel"),
        sa.Index("ix_delivery_channel_status", "channel", "status", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    # Set from `alert` when the session flushes (enqueue_alerts only adds rows).
    alert_id: int | None = Field(default=None, foreign_key="alert.id", index=True, nullable=False)
    story_id: int = Field(foreign_key="story.id")  # digests group by story and channel
    channel: str  # "email:a@b.c", "webhook:https://...", "apprise:..."
    key: str = Field(unique=True)  # "msg_<hex>": the webhook-id when sent on its own
    # The message id it is sent under: its own key, or a digest's id shared with the other
    # deliveries of that digest. Set when first attempted and kept for every retry, so a
    # receiver always sees the same id for the same content.
    batch_key: str | None = Field(default=None, index=True)
    status: str = "pending"  # one of DELIVERY_STATUSES
    attempts: int = 0
    queued_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    next_attempt_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    last_error: str | None = None
    last_status_code: int | None = None
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)

    alert: Optional[Alert] = Relationship(back_populates="deliveries")  # noqa: UP045


class DeliveryAttempt(SQLModel, table=True):
    """One try at sending one delivery, with what happened."""

    __tablename__ = "delivery_attempt"

    id: int | None = Field(default=None, primary_key=True)
    delivery_id: int = Field(foreign_key="delivery.id", index=True)
    message_id: str  # the webhook-id / Message-ID it went under
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    outcome: str  # one of ATTEMPT_OUTCOMES
    status_code: int | None = None  # HTTP or SMTP reply code
    error: str | None = None
    duration_ms: float | None = None


class DeliveryChannel(SQLModel, table=True):
    """A channel's lease: who is sending its deliveries, until when."""

    __tablename__ = "delivery_channel"

    channel: str = Field(primary_key=True)
    lease_owner: str | None = None
    lease_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
