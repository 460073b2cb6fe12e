"""The outbox and the dispatcher on real SQLite and PostgreSQL with real receivers.

Fault cases: a receiver that is down then comes up, one that answers 500, one that hangs,
one that redirects, 404 (dead at once), 429 with Retry-After, running out of attempts and of
age, two dispatchers at once; and the healthy paths: exactly once, in order, digests.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from monitor.alerts.channels import Channel, build_channels
from monitor.alerts.dispatcher import dispatch_due, run_dispatch
from monitor.alerts.outbox import enqueue_alerts, make_change_hook
from monitor.alerts.tables import Alert, Delivery, DeliveryAttempt
from monitor.config import Settings, load_settings
from monitor.model import Change
from monitor.store.db import make_engine, session_scope
from monitor.store.migrate import upgrade
from monitor.store.tables import ArticleRow, Story
from tests.support_alerts import (
    BYLINE_CHANGE,
    FIGURE_CHANGE,
    QUOTE_EDIT,
    SECRET,
    SmtpServer,
    StoryRows,
    WebhookReceiver,
    make_rows,
    next_version,
    now_utc,
)

FAST = {
    "webhook_secret": SECRET,
    "digest_window": 0,
    "retry_base_delay": 0.01,
    "retry_max_delay": 0.02,
    "delivery_timeout": 5,
    "delivery_lease": 30,
}


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
    upgrade(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def receivers() -> Iterator[list[WebhookReceiver]]:
    made: list[WebhookReceiver] = []
    yield made
    for receiver in made:
        receiver.close()


def receiver(made: list[WebhookReceiver], mode: str = "ok", *, up: bool = True) -> WebhookReceiver:
    hook = WebhookReceiver(mode=mode)
    made.append(hook)
    return hook.start() if up else hook


def settings_for(*urls: str, **extra: Any) -> Settings:
    return load_settings(**{**FAST, "webhook_urls": list(urls), **extra})


@dataclass
class Newsroom:
    """Stories in a database and a way to raise alerts in them."""

    engine: Engine
    stories: dict[str, StoryRows]

    def story(self, slug: str) -> StoryRows:
        if slug not in self.stories:
            with session_scope(self.engine) as s:
                self.stories[slug] = make_rows(
                    s, slug=slug, url=f"https://news.example/{slug}", outlet="CNN"
                )
        return self.stories[slug]

    def alert(
        self,
        settings: Settings,
        slug: str = "a",
        changes: tuple[Change, ...] = (QUOTE_EDIT,),
        now: datetime | None = None,
    ) -> list[Alert]:
        rows = self.story(slug)
        with session_scope(self.engine) as s:
            story = s.get(Story, rows.story.id)
            article = s.get(ArticleRow, rows.article.id)
            assert story is not None and article is not None
            version = next_version(s, rows, f"text {time.monotonic_ns()}")
            return enqueue_alerts(
                s,
                settings,
                story=story,
                article=article,
                version=version,
                changes=list(changes),
                now=now or now_utc(),
            )


@pytest.fixture
def newsroom(engine: Engine) -> Newsroom:
    return Newsroom(engine, {})


def dispatch(engine: Engine, settings: Settings, now: datetime | None = None) -> int:
    return run_dispatch(
        engine, settings, build_channels(settings), base_url="http://mon.local", now=now
    )


def deliveries(engine: Engine) -> list[Delivery]:
    with session_scope(engine) as s:
        return list(s.exec(select(Delivery).order_by(col(Delivery.id))))


def attempts(engine: Engine) -> list[DeliveryAttempt]:
    with session_scope(engine) as s:
        return list(s.exec(select(DeliveryAttempt).order_by(col(DeliveryAttempt.id))))


# --- enqueue ----------------------------------------------------------------------------------


def test_enqueue_adds_rows_in_the_callers_transaction(engine: Engine, newsroom: Newsroom) -> None:
    settings = settings_for("http://127.0.0.1:9/h", alert_email_to="desk@example.org")
    rows = newsroom.story("a")
    with pytest.raises(RuntimeError), session_scope(engine) as s:
        story, article = s.get(Story, rows.story.id), s.get(ArticleRow, rows.article.id)
        assert story is not None and article is not None
        version = next_version(s, rows, "rolled back")
        enqueue_alerts(
            s,
            settings,
            story=story,
            article=article,
            version=version,
            changes=[QUOTE_EDIT],
            now=now_utc(),
        )
        raise RuntimeError("the check failed after enqueueing")
    assert deliveries(engine) == []
    [alert] = newsroom.alert(settings, changes=(QUOTE_EDIT, BYLINE_CHANGE, FIGURE_CHANGE))
    assert alert.kinds == ["figure_changed", "quote_edited"]  # byline changes do not alert
    assert [c["kind"] for c in alert.changes] == ["quote_edited", "figure_changed"]
    assert (alert.from_version, alert.to_version) == (2, 3)
    assert [d.channel for d in deliveries(engine)] == [
        "email:desk@example.org",
        "webhook:http://127.0.0.1:9/h",
    ]
    assert all(d.status == "pending" and d.key.startswith("msg_") for d in deliveries(engine))
    assert newsroom.alert(settings, changes=(BYLINE_CHANGE,)) == []
    gone = Change(kind="article_gone", old="https://news.example/a", detail={"status": 410})
    [taken_down] = newsroom.alert(settings, changes=(gone,))
    assert taken_down.from_version == taken_down.to_version  # no new text, nothing to diff


def test_change_hook_binds_settings(newsroom: Newsroom, engine: Engine) -> None:
    assert make_change_hook(load_settings()) is None  # no channel, no outbox
    hook = make_change_hook(settings_for("http://127.0.0.1:9/h"))
    assert hook is not None
    rows = newsroom.story("a")
    with session_scope(engine) as s:
        story, article = s.get(Story, rows.story.id), s.get(ArticleRow, rows.article.id)
        assert story is not None and article is not None
        version = next_version(s, rows, "hooked")
        added = hook(
            s, story=story, article=article, version=version, changes=[QUOTE_EDIT], now=now_utc()
        )
    assert len(added) == 1 and len(deliveries(engine)) == 1


# --- delivery -----------------------------------------------------------------------------------


def test_each_alert_reaches_healthy_receivers_exactly_once(
    engine: Engine, newsroom: Newsroom, receivers: list[WebhookReceiver]
) -> None:
    hook = receiver(receivers)
    with SmtpServer() as mail:
        settings = settings_for(
            hook.url,
            alert_email_to="desk@example.org",
            smtp_host="127.0.0.1",
            smtp_port=mail.port,
            smtp_security="none",
        )
        made = [newsroom.alert(settings, slug)[0] for slug in ("a", "b", "a")]
        assert dispatch(engine, settings) == 6
        assert dispatch(engine, settings) == 0
        assert len(mail.handler.messages) == 3
    assert [p["alert_id"] for p in hook.payloads()] == [a.key for a in made]
    assert len(set(hook.verified_ids())) == 3 and all(r.verified for r in hook.received)
    assert all(d.status == "sent" and d.sent_at for d in deliveries(engine))
    assert [a.outcome for a in attempts(engine)] == ["sent"] * 6


def test_receiver_that_comes_back_gets_everything_in_order(
    engine: Engine, newsroom: Newsroom, receivers: list[WebhookReceiver]
) -> None:
    down = receiver(receivers, up=False)
    flaky = receiver(receivers, "status:500")
    settings = settings_for(down.url, flaky.url)
    made = [newsroom.alert(settings, slug)[0] for slug in ("a", "b", "a", "c")]
    assert dispatch(engine, settings) == 0
    # Only the head of each channel was tried: nothing may overtake it.
    tried = attempts(engine)
    assert len(tried) == 2 and {a.outcome for a in tried} == {"retry"}
    assert flaky.requests == 1
    down.start()
    flaky.mode = "ok"
    later = now_utc() + timedelta(seconds=1)
    assert dispatch(engine, settings, now=later) == 8
    expected = [a.key for a in made]
    assert [p["alert_id"] for p in down.payloads()] == expected
    assert [p["alert_id"] for p in flaky.payloads()] == expected
    first = [a for a in attempts(engine) if a.delivery_id == deliveries(engine)[0].id]
    assert [a.outcome for a in first] == ["retry", "sent"]
    assert "connection failed" in (first[0].error or "")


def test_digest_window_groups_a_burst_into_one_message(
    engine: Engine, newsroom: Newsroom, receivers: list[WebhookReceiver]
) -> None:
    hook = receiver(receivers)
    with SmtpServer() as mail:
        settings = settings_for(
            hook.url,
            digest_window=60,
            alert_email_to="desk@example.org",
            smtp_host="127.0.0.1",
            smtp_port=mail.port,
            smtp_security="none",
        )
        t0 = now_utc()
        burst = [newsroom.alert(settings, "a", now=t0 + timedelta(seconds=s))[0] for s in (0, 10)]
        other = newsroom.alert(settings, "b", now=t0 + timedelta(seconds=5))[0]
        burst += newsroom.alert(settings, "a", (FIGURE_CHANGE,), now=t0 + timedelta(seconds=20))
        assert dispatch(engine, settings, now=t0 + timedelta(seconds=30)) == 0
        assert dispatch(engine, settings, now=t0 + timedelta(seconds=61)) == 6  # 3 alerts x 2
        assert dispatch(engine, settings, now=t0 + timedelta(seconds=70)) == 2
        assert len(mail.handler.messages) == 2
        digest_mail = mail.handler.messages[0]
    first, second = hook.payloads()
    assert first["type"] == "story.digest"
    assert [a["alert_id"] for a in first["alerts"]] == [a.key for a in burst]
    assert second["type"] == "article.changed" and second["alert_id"] == other.key
    text = digest_mail.get_body(("plain",))
    assert text is not None and "3,000 soldiers" in text.get_content()
    assert "remains to be seen" in text.get_content()
    webhook_rows = [d for d in deliveries(engine) if d.channel.startswith("webhook")]
    covered = {d.alert_id for d in webhook_rows if d.batch_key == first["id"]}
    assert covered == {a.id for a in burst}  # the digest records which alerts it covered


def test_failing_channel_does_not_delay_a_healthy_one(
    engine: Engine, newsroom: Newsroom, receivers: list[WebhookReceiver]
) -> None:
    stuck = receiver(receivers, "hang")
    broken = receiver(receivers, "status:500")
    healthy = receiver(receivers)
    settings = settings_for(stuck.url, broken.url, healthy.url, delivery_timeout=3.0)
    newsroom.alert(settings)
    started = time.monotonic()
    assert dispatch(engine, settings) == 1
    elapsed = time.monotonic() - started
    # The healthy receiver got its alert before the hanging one's timeout ran out.
    assert healthy.received and healthy.received[0].at - started < 3.0
    assert elapsed > 2.9  # the hanging receiver was given its whole timeout, no more retries
    by_channel = {d.channel: d for d in deliveries(engine)}
    assert by_channel[f"webhook:{healthy.url}"].status == "sent"
    assert by_channel[f"webhook:{broken.url}"].last_status_code == 500
    stuck_row = by_channel[f"webhook:{stuck.url}"]
    assert stuck_row.status == "pending" and "within 3 s" in (stuck_row.last_error or "")


def test_redirect_is_retried_and_4xx_is_dead_at_once(
    engine: Engine, newsroom: Newsroom, receivers: list[WebhookReceiver]
) -> None:
    moved = receiver(receivers, "redirect")
    gone = receiver(receivers, "status:404")
    settings = settings_for(moved.url, gone.url)
    newsroom.alert(settings)
    dispatch(engine, settings)
    by_channel = {d.channel: d for d in deliveries(engine)}
    assert by_channel[f"webhook:{moved.url}"].status == "pending"
    assert by_channel[f"webhook:{moved.url}"].last_status_code == 302
    assert by_channel[f"webhook:{gone.url}"].status == "dead"
    assert moved.requests == 1  # not followed


def test_retry_after_is_honoured(
    engine: Engine, newsroom: Newsroom, receivers: list[WebhookReceiver]
) -> None:
    busy = receiver(receivers, "status:429")
    busy.retry_after = "120"
    settings = settings_for(busy.url)
    newsroom.alert(settings)
    before = now_utc()
    dispatch(engine, settings)
    [row] = deliveries(engine)
    assert row.status == "pending" and row.next_attempt_at >= before + timedelta(seconds=119)
    assert dispatch(engine, settings, now=before + timedelta(seconds=60)) == 0
    busy.mode = "ok"
    assert dispatch(engine, settings, now=before + timedelta(seconds=121)) == 1


def test_dead_after_max_attempts_and_max_age(
    engine: Engine, newsroom: Newsroom, receivers: list[WebhookReceiver]
) -> None:
    broken = receiver(receivers, "status:500")
    settings = settings_for(broken.url, delivery_max_attempts=2, delivery_max_age=3600)
    newsroom.alert(settings)
    t0 = now_utc()
    dispatch(engine, settings, now=t0)
    dispatch(engine, settings, now=t0 + timedelta(seconds=1))
    [row] = deliveries(engine)
    assert row.status == "dead" and row.attempts == 2
    assert [a.outcome for a in attempts(engine)] == ["retry", "dead"]
    old = newsroom.alert(settings, "b", now=t0 - timedelta(hours=2))[0]
    dispatch(engine, settings, now=t0)
    aged = [d for d in deliveries(engine) if d.alert_id == old.id]
    assert aged[0].status == "dead" and "expired" in (aged[0].last_error or "")
    assert broken.requests == 2  # the expired one was never sent


def test_two_dispatchers_never_send_the_same_delivery(
    engine: Engine, newsroom: Newsroom, receivers: list[WebhookReceiver]
) -> None:
    slow = receiver(receivers, "slow:0.1")
    settings = settings_for(slow.url)
    made = [newsroom.alert(settings, slug)[0] for slug in ("a", "b", "c", "d")]
    totals: list[int] = []

    def run() -> None:
        totals.append(dispatch(engine, settings))

    threads = [threading.Thread(target=run) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sum(totals) == 4
    assert [p["alert_id"] for p in slow.payloads()] == [a.key for a in made]


async def test_dispatch_due_as_the_daemon_calls_it(
    engine: Engine, newsroom: Newsroom, receivers: list[WebhookReceiver]
) -> None:
    hook = receiver(receivers)
    settings = settings_for(hook.url, public_base_url="https://monitor.example")
    [alert] = newsroom.alert(settings)
    channels: dict[str, Channel] = build_channels(settings)
    assert await dispatch_due(engine, settings, channels, now_utc()) == 1
    [payload] = hook.payloads()
    assert payload["links"]["diff"].startswith(
        f"https://monitor.example/articles/{alert.article_id}/"
    )
