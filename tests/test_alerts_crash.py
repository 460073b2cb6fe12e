"""A dispatcher killed with SIGKILL loses nothing: run `monitor alerts dispatch` in a
subprocess, kill -9 it after it claimed the channel (before the receiver processed the
request, or after the receiver recorded it but before the outcome was stored), run it again:
the alert is delivered (at least once, always under the same webhook-id)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from monitor.alerts.outbox import enqueue_alerts
from monitor.alerts.tables import Delivery, DeliveryAttempt, DeliveryChannel
from monitor.config import load_settings
from monitor.store.db import make_engine, session_scope
from monitor.store.migrate import upgrade
from tests.support_alerts import QUOTE_EDIT, SECRET, WebhookReceiver, make_rows, now_utc, wait_until

ROOT = Path(__file__).resolve().parent.parent
DISPATCH = "from monitor.alerts.cli import alerts_app; alerts_app(['dispatch'])"
LEASE = 1.0


@pytest.fixture
def hook() -> Iterator[WebhookReceiver]:
    receiver = WebhookReceiver().start()
    yield receiver
    receiver.close()


@pytest.fixture
def world(db_url: str, hook: WebhookReceiver) -> Iterator[tuple[Engine, dict[str, str], str]]:
    env = {
        **os.environ,
        "MONITOR_DATABASE_URL": db_url,
        "MONITOR_WEBHOOK_URLS": hook.url,
        "MONITOR_WEBHOOK_SECRET": SECRET,
        "MONITOR_DIGEST_WINDOW": "0",
        "MONITOR_DELIVERY_TIMEOUT": "20",
        "MONITOR_DELIVERY_LEASE": str(LEASE),
        "MONITOR_CONFIG": str(ROOT / "no-such-monitor.toml"),
    }
    settings = load_settings(
        database_url=db_url, webhook_urls=[hook.url], webhook_secret=SECRET, digest_window=0
    )
    engine = make_engine(db_url)
    upgrade(engine)
    with session_scope(engine) as s:
        rows = make_rows(s)
        [alert] = enqueue_alerts(
            s,
            settings,
            story=rows.story,
            article=rows.article,
            version=rows.version,
            changes=[QUOTE_EDIT],
            now=now_utc(),
        )
    yield engine, env, alert.key
    engine.dispose()


def start_dispatcher(env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", DISPATCH],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def kill_hard(process: subprocess.Popen[bytes]) -> None:
    os.kill(process.pid, signal.SIGKILL)
    process.wait(10)
    assert process.returncode == -signal.SIGKILL


def rows(engine: Engine) -> tuple[Delivery, list[DeliveryAttempt], DeliveryChannel]:
    with session_scope(engine) as s:
        delivery = s.exec(select(Delivery)).one()
        tried = list(s.exec(select(DeliveryAttempt)))
        lease = s.exec(select(DeliveryChannel)).one()
        return delivery, tried, lease


def finish(engine: Engine, env: dict[str, str]) -> None:
    """After the lease runs out, a new dispatcher takes the channel over and sends."""
    time.sleep(LEASE + 0.2)
    done = subprocess.run(
        [sys.executable, "-c", DISPATCH], cwd=ROOT, env=env, capture_output=True, timeout=60
    )
    assert done.returncode == 0, done.stderr.decode()
    assert b"1 deliveries sent" in done.stdout


def test_killed_before_the_receiver_processed_it(
    world: tuple[Engine, dict[str, str], str], hook: WebhookReceiver
) -> None:
    engine, env, alert_key = world
    hook.mode = "hang"  # takes the connection, never reads or answers
    process = start_dispatcher(env)
    try:
        assert wait_until(lambda: hook.requests == 1, 30)
    finally:
        kill_hard(process)
    delivery, tried, lease = rows(engine)
    assert delivery.status == "pending" and tried == [] and lease.lease_owner
    message_id = delivery.batch_key
    hook.mode = "ok"
    hook.release.set()
    finish(engine, env)
    assert hook.verified_ids() == [message_id]
    assert [p["alert_id"] for p in hook.payloads()] == [alert_key]
    delivery, tried, _ = rows(engine)
    assert delivery.status == "sent" and [a.outcome for a in tried] == ["sent"]


def test_killed_after_the_receiver_got_it(
    world: tuple[Engine, dict[str, str], str], hook: WebhookReceiver
) -> None:
    engine, env, alert_key = world
    hook.mode = "record-then-hang"  # has the alert, but the dispatcher never hears back
    process = start_dispatcher(env)
    try:
        assert wait_until(lambda: len(hook.received) == 1, 30)
    finally:
        kill_hard(process)
    delivery, tried, _ = rows(engine)
    assert delivery.status == "pending" and tried == []
    hook.mode = "ok"
    hook.release.set()
    finish(engine, env)
    # At least once: the receiver sees it twice, under one id, and can drop the repeat.
    assert hook.verified_ids() == [delivery.batch_key, delivery.batch_key]
    assert {p["alert_id"] for p in hook.payloads()} == {alert_key}
    assert rows(engine)[0].status == "sent"
