"""The dispatcher: sends due deliveries, records every attempt, retries with backoff.

One pass (`dispatch_due`):
1. deliveries that waited longer than `delivery_max_age` go to dead;
2. it leases every configured channel that has a due delivery and no live lease (an atomic
   UPDATE ... RETURNING; FOR UPDATE SKIP LOCKED on PostgreSQL), so two dispatchers never
   send the same delivery at once;
3. the leased channels are drained concurrently, each in order: the oldest pending delivery
   of the channel goes first, together with the other pending alerts of its story (a
   digest); a failure stops that channel until its backoff has passed, so a receiver that
   comes back gets everything it missed, in order, while other channels carry on.
The message id of a batch is written before it is sent, so after a crash the same message
goes out again under the same id (at least once; receivers drop repeats by id).
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from monitor.alerts.channels import Channel
from monitor.alerts.leases import claim_channels, release_channel, renew_lease
from monitor.alerts.outbox import batch_key, failure_verdict
from monitor.alerts.outcome import status_of
from monitor.alerts.render import AlertView, ArticleInfo, StoryInfo, render_message
from monitor.alerts.settings import AlertSettings
from monitor.alerts.tables import Alert, Delivery, DeliveryAttempt
from monitor.config import Settings
from monitor.errors import DeliveryError, PermanentDeliveryError
from monitor.store.db import session_scope
from monitor.store.tables import ArticleRow, Story, Version, utcnow

log = logging.getLogger(__name__)

MAX_DIGEST_ALERTS = 50  # a digest bigger than this is split into several messages


@dataclass(frozen=True)
class Batch:
    """Deliveries of one channel sent together as one message."""

    channel: str
    message_id: str
    delivery_ids: tuple[int, ...]
    attempts: int  # tries already made
    queued_at: datetime  # of the oldest member: the age limit counts from it
    alerts: tuple[AlertView, ...]


@dataclass(frozen=True)
class SendResult:
    """What one send did."""

    ok: bool
    duration_ms: float
    status_code: int | None = None
    error: str | None = None
    permanent: bool = False
    retry_after: float | None = None


def new_owner() -> str:
    """A lease-owner id unique to this process and pass."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


async def dispatch_due(
    engine: Engine,
    settings: Settings,
    channels: Mapping[str, Channel],
    now: datetime | None = None,
    *,
    base_url: str | None = None,
    owner: str | None = None,
) -> int:
    """One dispatch pass over every channel in `channels`; returns how many deliveries were
    sent. `now` fixes the clock (tests); by default the real time is read as it goes. Links
    point at `base_url` (default: settings.public_base_url)."""
    clock: Callable[[], datetime] = (lambda: now) if now is not None else utcnow
    owner = owner or new_owner()
    links = base_url if base_url is not None else settings.public_base_url
    expire_stale(engine, settings, clock())
    claimed = claim_channels(engine, list(channels), clock(), settings.delivery_lease, owner)
    drains = [
        drain_channel(engine, settings, channels[name], links, clock, owner) for name in claimed
    ]
    results = await asyncio.gather(*drains, return_exceptions=True)
    sent = 0
    for name, result in zip(claimed, results, strict=True):
        if isinstance(result, BaseException):
            # One channel's database trouble must not hide the others' results.
            log.error("dispatch failed channel=%s error=%r", name, result)
        else:
            sent += result
    return sent


def run_dispatch(
    engine: Engine,
    settings: Settings,
    channels: Mapping[str, Channel],
    now: datetime | None = None,
    *,
    base_url: str | None = None,
) -> int:
    """`dispatch_due` for callers without an event loop (CLI, cron)."""
    return asyncio.run(dispatch_due(engine, settings, channels, now, base_url=base_url))


# --- one channel --------------------------------------------------------------------------


async def drain_channel(
    engine: Engine,
    settings: AlertSettings,
    channel: Channel,
    base_url: str,
    clock: Callable[[], datetime],
    owner: str,
) -> int:
    """Send a leased channel's due batches in order until none is due or one fails."""
    sent = 0
    try:
        while True:
            batch = next_batch(engine, settings, channel.name, clock(), owner)
            if batch is None:
                break
            result = await send_batch(channel, batch, base_url, settings.delivery_timeout)
            record_result(engine, settings, batch, result, clock())
            if result.ok:
                sent += len(batch.delivery_ids)
            elif not result.permanent:
                break  # in order: nothing later on this channel may overtake the failed one
    finally:
        release_channel(engine, channel.name, owner)
    return sent


def next_batch(
    engine: Engine, settings: AlertSettings, channel: str, now: datetime, owner: str
) -> Batch | None:
    """The channel's next message if it is due: the oldest pending delivery with the other
    pending deliveries of its story (or of its already fixed digest)."""
    with session_scope(engine) as s:
        if not renew_lease(s, channel, owner, now, settings.delivery_lease):
            return None
        pending = (
            select(Delivery)
            .where(col(Delivery.channel) == channel, col(Delivery.status) == "pending")
            .order_by(col(Delivery.id))
        )
        head = s.exec(pending.limit(1)).first()
        if head is None or head.next_attempt_at > now:
            return None
        if head.batch_key is not None:
            members = list(s.exec(pending.where(col(Delivery.batch_key) == head.batch_key)))
        else:
            members = _new_batch(s, settings, pending, head, now)
        return _load_batch(s, channel, members)


def _new_batch(
    s: Session,
    settings: AlertSettings,
    pending: SelectOfScalar[Delivery],
    head: Delivery,
    now: datetime,
) -> list[Delivery]:
    """Group the head with its story's other fresh deliveries and fix the message id."""
    members = [head]
    if settings.digest_window > 0:
        fresh = pending.where(
            col(Delivery.story_id) == head.story_id,
            col(Delivery.batch_key).is_(None),
            col(Delivery.queued_at) <= now,
        )
        members = list(s.exec(fresh.limit(MAX_DIGEST_ALERTS)))
    key = batch_key([m.key for m in members])
    for member in members:
        member.batch_key = key
        s.add(member)
    s.flush()
    return members


def _load_batch(s: Session, channel: str, members: list[Delivery]) -> Batch:
    """A batch of deliveries with the render views of their alerts."""
    return Batch(
        channel=channel,
        message_id=str(members[0].batch_key),
        delivery_ids=tuple(int(m.id or 0) for m in members),
        attempts=max(m.attempts for m in members),
        queued_at=min(m.queued_at for m in members),
        alerts=tuple(load_views(s, [int(m.alert_id or 0) for m in members])),
    )


def load_views(s: Session, alert_ids: Sequence[int]) -> list[AlertView]:
    """Render views of the given alerts (oldest first), with their story and article."""
    rows = s.exec(
        select(Alert, Story, ArticleRow)
        .join(Story, col(Story.id) == col(Alert.story_id))
        .join(ArticleRow, col(ArticleRow.id) == col(Alert.article_id))
        .where(col(Alert.id).in_(list(alert_ids)))
        .order_by(col(Alert.id))
    ).all()
    version_ids = [a.version_id for a, _, _ in rows if a.version_id is not None]
    titles = dict(
        s.exec(select(Version.id, Version.title).where(col(Version.id).in_(version_ids))).all()
    )
    return [_view(a, story, art, titles.get(a.version_id)) for a, story, art in rows]


def _view(alert: Alert, story: Story, article: ArticleRow, title: str | None) -> AlertView:
    return AlertView(
        key=alert.key,
        story=StoryInfo(id=int(story.id or 0), slug=story.slug, name=story.title),
        article=ArticleInfo(
            id=int(article.id or 0),
            url=article.url,
            outlet=article.outlet,
            title=title or article.title,
        ),
        from_version=alert.from_version,
        to_version=alert.to_version or 0,
        changes=tuple(alert.changes),
        created_at=alert.created_at,
    )


async def send_batch(channel: Channel, batch: Batch, base_url: str, timeout: float) -> SendResult:
    """Render the batch once and send it; every failure becomes a SendResult."""
    message = render_message(batch.message_id, batch.alerts, base_url)
    started = time.monotonic()

    def took() -> float:
        return round((time.monotonic() - started) * 1000, 1)

    try:
        receipt = await asyncio.wait_for(channel.send(message), timeout=timeout)
    except PermanentDeliveryError as exc:
        return SendResult(False, took(), status_of(exc), str(exc), permanent=True)
    except DeliveryError as exc:
        return SendResult(False, took(), status_of(exc), str(exc), retry_after=exc.retry_after)
    except TimeoutError:
        return SendResult(False, took(), error=f"no answer within {timeout:g} s")
    except Exception as exc:  # a bug in one channel must not stop the others: record, retry
        log.exception("channel crashed channel=%s", channel.name)
        return SendResult(False, took(), error=f"channel error: {exc!r}")
    return SendResult(True, took(), receipt.status_code)


def record_result(
    engine: Engine, settings: AlertSettings, batch: Batch, result: SendResult, now: datetime
) -> None:
    """Write the attempt of every member and move them to sent, dead or a later retry."""
    attempts = batch.attempts + 1
    verdict = None
    if not result.ok:
        verdict = failure_verdict(
            settings,
            attempts=attempts,
            queued_at=batch.queued_at,
            now=now,
            permanent=result.permanent,
            retry_after=result.retry_after,
        )
    outcome = "sent" if verdict is None else ("dead" if verdict.status == "dead" else "retry")
    with session_scope(engine) as s:
        for delivery in s.exec(select(Delivery).where(col(Delivery.id).in_(batch.delivery_ids))):
            delivery.attempts = attempts
            delivery.last_status_code = result.status_code
            if verdict is None:
                delivery.status, delivery.sent_at, delivery.last_error = "sent", now, None
            else:
                delivery.status = verdict.status
                delivery.last_error = result.error
                delivery.next_attempt_at = verdict.next_attempt_at or delivery.next_attempt_at
            s.add(delivery)
            s.add(_attempt_row(delivery, batch, result, outcome, now))
    log.info(
        "delivery %s channel=%s message_id=%s alerts=%d status=%s error=%s",
        outcome,
        batch.channel,
        batch.message_id,
        len(batch.alerts),
        result.status_code,
        result.error,
    )


def _attempt_row(
    delivery: Delivery, batch: Batch, result: SendResult, outcome: str, now: datetime
) -> DeliveryAttempt:
    return DeliveryAttempt(
        delivery_id=int(delivery.id or 0),
        message_id=batch.message_id,
        at=now,
        outcome=outcome,
        status_code=result.status_code,
        error=result.error,
        duration_ms=result.duration_ms,
    )


def expire_stale(engine: Engine, settings: AlertSettings, now: datetime) -> int:
    """Mark dead the pending deliveries queued longer ago than `delivery_max_age` (with the
    rest of their digest, so a digest never goes out with members missing)."""
    cutoff = now - timedelta(seconds=settings.delivery_max_age)
    pending = select(Delivery).where(col(Delivery.status) == "pending")
    with session_scope(engine) as s:
        stale = {d.id: d for d in s.exec(pending.where(col(Delivery.queued_at) <= cutoff))}
        keys = {d.batch_key for d in stale.values() if d.batch_key}
        if keys:
            stale.update(
                (d.id, d) for d in s.exec(pending.where(col(Delivery.batch_key).in_(keys)))
            )
        for delivery in stale.values():
            delivery.status = "dead"
            delivery.last_error = f"expired: not delivered within {settings.delivery_max_age:g} s"
            s.add(delivery)
    return len(stale)
