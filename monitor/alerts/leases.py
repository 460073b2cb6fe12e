"""Channel leases: a dispatcher holds a channel while it sends that channel's deliveries.

Claiming is one atomic UPDATE ... RETURNING (with FOR UPDATE SKIP LOCKED on PostgreSQL), so
two dispatchers never send the same delivery at once and a channel's deliveries go out in
order. A lease runs out on its own: after a crash, another dispatcher takes the channel over
once `delivery_lease` seconds have passed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from monitor.alerts.tables import Delivery, DeliveryChannel
from monitor.store.db import is_postgres, session_scope


def _insert_channels(s: Session, names: Sequence[str]) -> None:
    """Make sure every channel has its lease row (concurrent inserts are harmless)."""
    rows = [{"channel": n} for n in names]
    if is_postgres(s.connection()):
        s.exec(postgresql.insert(DeliveryChannel).values(rows).on_conflict_do_nothing())
    else:
        s.exec(sqlite.insert(DeliveryChannel).values(rows).on_conflict_do_nothing())


def claim_channels(
    engine: Engine, names: Sequence[str], now: datetime, lease: float, owner: str
) -> list[str]:
    """Lease the channels among `names` that have a due delivery and no live lease."""
    if not names:
        return []
    with session_scope(engine) as s:
        _insert_channels(s, names)
        due = (
            sa.exists()
            .where(col(Delivery.channel) == col(DeliveryChannel.channel))
            .where(col(Delivery.status) == "pending", col(Delivery.next_attempt_at) <= now)
        )
        free = sa.or_(
            col(DeliveryChannel.lease_until).is_(None), col(DeliveryChannel.lease_until) <= now
        )
        pick = select(DeliveryChannel.channel).where(
            col(DeliveryChannel.channel).in_(names), free, due
        )
        if is_postgres(s.connection()):
            pick = pick.with_for_update(skip_locked=True)
        claim = (
            sa.update(DeliveryChannel)
            .where(col(DeliveryChannel.channel).in_(pick.scalar_subquery()))
            .values(lease_owner=owner, lease_until=now + timedelta(seconds=lease))
            .returning(col(DeliveryChannel.channel))
        )
        return sorted(s.exec(claim).scalars().all())


def renew_lease(s: Session, channel: str, owner: str, now: datetime, lease: float) -> bool:
    """Extend our lease; False when another dispatcher has taken the channel over."""
    renew = (
        sa.update(DeliveryChannel)
        .where(col(DeliveryChannel.channel) == channel, col(DeliveryChannel.lease_owner) == owner)
        .values(lease_until=now + timedelta(seconds=lease))
        .returning(col(DeliveryChannel.channel))
    )
    return s.exec(renew).first() is not None


def release_channel(engine: Engine, channel: str, owner: str) -> None:
    """Give up our lease on a channel (no-op when it is no longer ours)."""
    with session_scope(engine) as s:
        s.exec(
            sa.update(DeliveryChannel)
            .where(col(DeliveryChannel.channel) == channel)
            .where(col(DeliveryChannel.lease_owner) == owner)
            .values(lease_owner=None, lease_until=None)
        )
