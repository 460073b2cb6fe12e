"""`monitor alerts ...` invoked like a user would: list, show, retry a dead alert, test a
channel, dispatch; bad input is a UsageError."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from monitor.alerts.cli import alerts_app
from monitor.alerts.outbox import enqueue_alerts
from monitor.config import load_settings
from monitor.errors import UsageError
from monitor.store.db import make_engine, session_scope
from monitor.store.migrate import upgrade
from tests.support_alerts import (
    QUOTE_EDIT,
    SECRET,
    SmtpServer,
    WebhookReceiver,
    make_rows,
    now_utc,
)


@pytest.fixture
def hook() -> Iterator[WebhookReceiver]:
    receiver = WebhookReceiver(mode="status:410").start()
    yield receiver
    receiver.close()


@pytest.fixture
def env(
    db_url: str, hook: WebhookReceiver, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> dict[str, str]:
    monkeypatch.chdir(tmp_path)  # no stray monitor.toml
    values = {
        "MONITOR_DATABASE_URL": db_url,
        "MONITOR_WEBHOOK_URLS": hook.url,
        "MONITOR_WEBHOOK_SECRET": SECRET,
        "MONITOR_DIGEST_WINDOW": "0",
        "MONITOR_DELIVERY_TIMEOUT": "5",
    }
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    return values


def run(*args: str) -> str:
    result = CliRunner().invoke(alerts_app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_dead_alert_can_be_retried_from_the_cli(env: dict[str, str], hook: WebhookReceiver) -> None:
    settings = load_settings()
    engine = make_engine(settings.database_url)
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
    engine.dispose()
    assert "0 deliveries sent" in run("dispatch")  # 410: dead at once
    listed = json.loads(run("--status", "dead", "--json"))
    assert [a["id"] for a in listed] == [alert.id]
    assert listed[0]["deliveries"][0]["last_status_code"] == 410
    assert json.loads(run("--status", "sent", "--json")) == []
    assert "quote_edited" in run()
    shown = json.loads(run("show", str(alert.id)))
    assert shown["payload"]["changes"][0]["new"] == QUOTE_EDIT.new
    assert [a["outcome"] for a in shown["attempts"]] == ["dead"]
    hook.mode = "ok"
    assert "1 deliveries queued again" in run("retry", str(alert.id))
    assert "1 deliveries sent" in run("dispatch")
    assert [p["alert_id"] for p in hook.payloads()] == [alert.key]
    assert json.loads(run("--status", "dead", "--json")) == []
    assert "0 deliveries queued again" in run("retry", "--dead")


def test_bad_input_is_a_usage_error(env: dict[str, str]) -> None:
    for args in (
        ["--status", "lost"],
        ["show", "999"],
        ["retry"],
        ["retry", "1", "--dead"],
        ["test", "pager:1"],
    ):
        with pytest.raises(UsageError):
            CliRunner().invoke(alerts_app, args, catch_exceptions=False)


def test_test_command_sends_a_sample(env: dict[str, str], hook: WebhookReceiver) -> None:
    hook.mode = "ok"
    assert "ok (204)" in run("test", hook.url)
    assert hook.payloads()[0]["type"] == "article.changed"
    with SmtpServer() as mail:
        env_smtp = {
            "MONITOR_SMTP_HOST": "127.0.0.1",
            "MONITOR_SMTP_PORT": str(mail.port),
            "MONITOR_SMTP_SECURITY": "none",
        }
        result = CliRunner().invoke(alerts_app, ["test", "email:desk@example.org"], env=env_smtp)
        assert result.exit_code == 0, result.output
        assert mail.handler.messages[0]["To"] == "desk@example.org"
    hook.mode = "status:500"
    failed = CliRunner().invoke(alerts_app, ["test", "all"])
    assert failed.exit_code == 1 and "FAILED: HTTP 500" in failed.output
