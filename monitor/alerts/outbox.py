"""The outbox: alerts enqueued inside the caller's transaction, and the retry policy.

`enqueue_alerts` only adds rows to the session it is given (no commit, no network), so an
alert is stored exactly when the version whose changes raised it is. The dispatcher sends
what is pending later; the policy functions below decide what happens after each attempt.
"""

from __future__ import annotations

import functools
import hashlib
import random
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlmodel import Session

from monitor.alerts.channels import channel_names
from monitor.alerts.rules import alerting_changes, kinds_for
from monitor.alerts.settings import AlertSettings
from monitor.alerts.tables import Alert, Delivery
from monitor.model import Change
from monitor.store.tables import ArticleRow, Story, Version

if TYPE_CHECKING:  # the checker's hook type; importing the checker here would be heavy
    from monitor.check import ChangeHook


def new_alert_key() -> str:
    """A fresh, unique alert id ("alt_" + 32 hex digits)."""
    return f"alt_{uuid.uuid4().hex}"


def delivery_key(alert_key: str, channel: str) -> str:
    """The message id of one alert on one channel: stable, so receivers can drop repeats."""
    return "msg_" + hashlib.sha256(f"{alert_key}\n{channel}".encode()).hexdigest()[:32]


def batch_key(member_keys: Sequence[str]) -> str:
    """The message id of a batch: a lone delivery's own key, else a digest id derived from
    every member (so it is stable for those members)."""
    if len(member_keys) == 1:
        return member_keys[0]
    joined = "\n".join(sorted(member_keys))
    return "msg_dig_" + hashlib.sha256(joined.encode()).hexdigest()[:28]


def enqueue_alerts(
    session: Session,
    settings: AlertSettings,
    *,
    story: Story,
    article: ArticleRow,
    version: Version | None,
    changes: Sequence[Change],
    now: datetime,
) -> list[Alert]:
    """Add an alert for the changes the rules select, with one pending delivery per
    configured channel, to `session`; returns the alerts added (none when nothing alerts).

    Runs inside the caller's transaction: it adds rows and never commits or sends.
    """
    if story.id is None or article.id is None:
        raise ValueError("story and article must be stored before alerts are enqueued")
    kinds = kinds_for(
        settings,
        story_id=story.id,
        story_slug=story.slug,
        article_id=article.id,
        article_url=article.url,
    )
    selected = alerting_changes(changes, kinds)
    if not selected:
        return []
    alert = Alert(
        key=new_alert_key(),
        story_id=story.id,
        article_id=article.id,
        version_id=version.id if version is not None else None,
        from_version=_from_number(version, selected),
        to_version=version.number if version is not None else None,
        kinds=sorted({c.kind for c in selected}),
        changes=[c.to_dict() for c in selected],
        created_at=now,
    )
    session.add(alert)
    # The digest window starts now; a later alert of the same story joins this one's batch.
    due = now + timedelta(seconds=settings.digest_window)
    for name in channel_names(settings):
        session.add(
            Delivery(
                alert=alert,
                story_id=story.id,
                channel=name,
                key=delivery_key(alert.key, name),
                queued_at=now,
                next_attempt_at=due,
            )
        )
    return [alert]


def make_change_hook(settings: AlertSettings) -> ChangeHook | None:
    """The hook the checker calls inside its transaction, or None when no channel is set."""
    if not channel_names(settings):
        return None
    return functools.partial(enqueue_alerts, settings=settings)


# Changes the checker reports against the latest version without storing a new one.
SAME_VERSION_KINDS = frozenset({"article_gone", "article_redirected"})


def _from_number(version: Version | None, changes: Sequence[Change]) -> int | None:
    """The version number the changes are measured from (None before the first)."""
    if version is None:
        return None
    if all(c.kind in SAME_VERSION_KINDS for c in changes):
        return version.number
    return version.number - 1 if version.number > 1 else None


# --- retry policy -------------------------------------------------------------------------


def backoff_delay(attempt: int, base: float, cap: float, rand: Callable[[], float]) -> float:
    """Full jitter: a uniform wait in [0, min(cap, base * 2^(attempt-1))] after `attempt`
    failures; `rand` returns a float in [0, 1)."""
    exponent = min(max(attempt - 1, 0), 60)  # 2**60 is already far past any cap
    return rand() * min(cap, base * 2.0**exponent)


@dataclass(frozen=True)
class Verdict:
    """What a failed attempt leads to: another try at `next_attempt_at`, or dead."""

    status: str  # "pending" | "dead"
    next_attempt_at: datetime | None
    reason: str | None = None


def failure_verdict(
    settings: AlertSettings,
    *,
    attempts: int,
    queued_at: datetime,
    now: datetime,
    permanent: bool,
    retry_after: float | None,
    rand: Callable[[], float] = random.random,
) -> Verdict:
    """After `attempts` failed tries: dead when permanent, out of attempts or too old;
    otherwise retry after the backoff, or after Retry-After when the receiver asked longer."""
    if permanent:
        return Verdict("dead", None, "permanent failure")
    if attempts >= settings.delivery_max_attempts:
        return Verdict("dead", None, f"gave up after {attempts} attempts")
    delay = backoff_delay(attempts, settings.retry_base_delay, settings.retry_max_delay, rand)
    if retry_after is not None:
        delay = max(delay, retry_after)
    when = now + timedelta(seconds=delay)
    if when - queued_at >= timedelta(seconds=settings.delivery_max_age):
        return Verdict("dead", None, f"not delivered within {settings.delivery_max_age:g} s")
    return Verdict("pending", when)
