"""Pure parts of alerts: rendering, the Standard Webhooks signer (checked against the
reference library), Retry-After, the retry policy, rules and settings."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

from monitor.alerts import channels, rules
from monitor.alerts.outbox import (
    Verdict,
    backoff_delay,
    batch_key,
    delivery_key,
    failure_verdict,
)
from monitor.alerts.render import AlertView, ArticleInfo, StoryInfo, render_message
from monitor.alerts.settings import DEFAULT_ALERT_KINDS, AlertSettings
from monitor.alerts.webhook import decode_secret, parse_retry_after, sign, signature_headers
from monitor.config import documented_settings, load_settings
from monitor.errors import ConfigError, UsageError
from tests.support_alerts import FIGURE_CHANGE, QUOTE_EDIT, SECRET, WRONG_SECRET

NOW = datetime(2024, 10, 23, 15, 0, tzinfo=UTC)
TITLE = "Defense Secretary Lloyd Austin says North Korea has deployed troops to Russia"


def view(changes: tuple[dict[str, Any], ...], article_id: int = 7, key: str = "alt_1") -> AlertView:
    return AlertView(
        key=key,
        story=StoryInfo(id=1, slug="nk-troops", name="North Korean troops in Russia"),
        article=ArticleInfo(
            id=article_id, url=f"https://cnn.example/{article_id}", outlet="CNN", title=TITLE
        ),
        from_version=2,
        to_version=3,
        changes=changes,
        created_at=NOW,
    )


def test_subject_names_kind_speaker_outlet_and_title() -> None:
    message = render_message("msg_1", [view((QUOTE_EDIT.to_dict(),))], "http://mon.local/")
    assert message.subject.startswith('Quote changed — Austin — CNN: "Defense Secretary Lloyd')
    assert "\n" not in message.subject


def test_text_and_html_show_old_and_new_with_sentences_and_links() -> None:
    message = render_message(
        "msg_1", [view((QUOTE_EDIT.to_dict(), FIGURE_CHANGE.to_dict()))], "http://mon.local/"
    )
    assert "Quote changed (+1 more)" in message.subject
    for body in (message.text, message.html):
        assert "left to be seen" in body and "remains to be seen" in body
        assert "1,500 soldiers" in body and "3,000 soldiers" in body
        assert "http://mon.local/articles/7/diff?from=2&amp;to=3" in body.replace(
            "&to=", "&amp;to="
        )
    assert "before: “What, exactly" in message.text
    assert "1,500 soldiers → 3,000 soldiers" in message.text
    assert "<ins>" in message.html and "&#x27;" in message.html  # escaped apostrophe


def test_payload_is_versioned_and_matches_body() -> None:
    message = render_message("msg_1", [view((FIGURE_CHANGE.to_dict(),))], "http://m")
    payload = json.loads(message.body)
    assert payload == message.payload
    assert payload["version"] == 1 and payload["type"] == "article.changed"
    assert payload["id"] == "msg_1" and payload["alert_id"] == "alt_1"
    assert payload["article"] == {
        "id": 7,
        "url": "https://cnn.example/7",
        "outlet": "CNN",
        "title": TITLE,
    }
    assert payload["versions"] == {"from": 2, "to": 3}
    assert payload["changes"][0]["new"]["value"] == 3000
    assert payload["links"]["diff"] == "http://m/articles/7/diff?from=2&to=3"
    assert payload["created_at"] == "2024-10-23T15:00:00Z"


def test_digest_lists_every_alert() -> None:
    alerts = [
        view((QUOTE_EDIT.to_dict(),), 7, "alt_a"),
        view((FIGURE_CHANGE.to_dict(),), 8, "alt_b"),
    ]
    message = render_message("msg_dig", alerts, "http://m")
    assert message.payload["type"] == "story.digest"
    assert [a["alert_id"] for a in message.payload["alerts"]] == ["alt_a", "alt_b"]
    assert message.subject == "2 changes in 2 articles — North Korean troops in Russia"
    assert "remains to be seen" in message.text and "3,000 soldiers" in message.text


def test_article_gone_links_to_the_article_not_a_diff() -> None:
    gone = replace(
        view(({"kind": "article_gone", "old": "https://cnn.example/7"},)),
        from_version=3,
        to_version=3,
    )
    message = render_message("m", [gone], "http://m")
    assert message.subject.startswith('Article gone — CNN: "Defense Secretary')
    assert message.payload["links"]["diff"] == "http://m/articles/7"


def test_every_change_kind_renders() -> None:
    from monitor.model import CHANGE_KINDS

    changes = tuple({"kind": k, "old": "a", "new": "b"} for k in CHANGE_KINDS)
    message = render_message("m", [view(changes)], "http://m")
    assert message.text.count("\n* ") == len(CHANGE_KINDS)


# --- Standard Webhooks ----------------------------------------------------------------------


def test_signature_verifies_with_reference_library() -> None:
    body = b'{"version":1,"type":"article.changed","id":"msg_1"}'
    timestamp = int(datetime.now(UTC).timestamp())
    headers = signature_headers(decode_secret(SECRET), "msg_1", timestamp, body)
    assert Webhook(SECRET).verify(body, headers) == json.loads(body)


def test_signature_equals_reference_library_signature() -> None:
    when = datetime(2024, 10, 23, 15, 0, tzinfo=UTC)
    body = "{}"
    expected = Webhook(SECRET).sign("msg_x", when, body)
    assert sign(decode_secret(SECRET), "msg_x", int(when.timestamp()), body.encode()) == expected


def test_wrong_secret_or_tampered_body_is_rejected() -> None:
    body = b'{"a":1}'
    timestamp = int(datetime.now(UTC).timestamp())
    headers = signature_headers(decode_secret(WRONG_SECRET), "msg_1", timestamp, body)
    with pytest.raises(WebhookVerificationError):
        Webhook(SECRET).verify(body, headers)
    good = signature_headers(decode_secret(SECRET), "msg_1", timestamp, body)
    with pytest.raises(WebhookVerificationError):
        Webhook(SECRET).verify(b'{"a":2}', good)


def test_bad_secret_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        decode_secret("whsec_not base64!")
    with pytest.raises(ConfigError):
        decode_secret("whsec_")


def test_retry_after_seconds_and_http_date() -> None:
    assert parse_retry_after("120") == 120.0
    date = "Wed, 23 Oct 2024 15:02:00 GMT"
    assert parse_retry_after(date, now=NOW) == 120.0
    assert parse_retry_after("Wed, 23 Oct 2024 14:00:00 GMT", now=NOW) == 0.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


# --- retry policy -----------------------------------------------------------------------------


def test_backoff_is_full_jitter_capped() -> None:
    assert backoff_delay(1, 10, 100, lambda: 0.999) == pytest.approx(9.99)
    assert backoff_delay(3, 10, 100, lambda: 0.5) == 20.0
    assert backoff_delay(30, 10, 100, lambda: 0.999) == pytest.approx(99.9)
    assert backoff_delay(4, 10, 100, lambda: 0.0) == 0.0


def test_verdict_dead_after_max_attempts_age_or_permanent() -> None:
    settings = AlertSettings(delivery_max_attempts=3, delivery_max_age=600, retry_base_delay=10)

    def verdict(
        attempts: int = 1,
        permanent: bool = False,
        queued_ago: float = 0,
        retry_after: float | None = None,
        draw: float = 0.5,  # the jitter draw: half of the 10 s first backoff
    ) -> Verdict:
        return failure_verdict(
            settings,
            attempts=attempts,
            permanent=permanent,
            queued_at=NOW - timedelta(seconds=queued_ago),
            now=NOW,
            retry_after=retry_after,
            rand=lambda: draw,
        )

    again = verdict()
    assert again.status == "pending" and again.next_attempt_at == NOW + timedelta(seconds=5)
    assert verdict(attempts=3).status == "dead"
    assert verdict(permanent=True).status == "dead"
    assert verdict(queued_ago=599).status == "dead"  # the next try would be past the age limit
    assert verdict(queued_ago=599, draw=0.0).status == "pending"  # no wait: still inside it
    assert verdict(retry_after=300).next_attempt_at == NOW + timedelta(seconds=300)


def test_message_ids_are_stable() -> None:
    assert delivery_key("alt_1", "email:a@b.c") == delivery_key("alt_1", "email:a@b.c")
    assert delivery_key("alt_1", "email:a@b.c") != delivery_key("alt_1", "webhook:http://x")
    assert batch_key(["msg_a"]) == "msg_a"
    assert batch_key(["msg_a", "msg_b"]) == batch_key(["msg_b", "msg_a"])
    assert batch_key(["msg_a", "msg_b"]).startswith("msg_dig_")


# --- rules and settings -----------------------------------------------------------------------


def test_default_kinds_and_overrides() -> None:
    settings = AlertSettings(
        alert_story_kinds={"nk-troops": ["figure"]},
        alert_article_kinds={"9": [], "https://x.example/a": ["headline_changed"]},
    )
    assert set(settings.alert_kinds) == set(DEFAULT_ALERT_KINDS)
    assert "byline_changed" not in settings.alert_kinds
    base = rules.kinds_for(settings, story_id=1, story_slug="other", article_id=1)
    assert "quote_edited" in base and "developing_marker_removed" in base
    story = rules.kinds_for(settings, story_id=1, story_slug="nk-troops", article_id=1)
    assert story == {"figure_added", "figure_removed", "figure_changed"}
    assert rules.kinds_for(settings, story_id=1, story_slug="nk-troops", article_id=9) == set()
    by_url = rules.kinds_for(settings, story_id=1, article_id=3, article_url="https://x.example/a")
    assert by_url == {"headline_changed"}


def test_env_lists_json_or_commas(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MONITOR_ALERT_EMAIL_TO", "a@x.org, b@y.org")
    monkeypatch.setenv("MONITOR_WEBHOOK_URLS", '["http://127.0.0.1:1/h"]')
    monkeypatch.setenv("MONITOR_ALERT_KINDS", "quote,headline_changed")
    monkeypatch.setenv("MONITOR_WEBHOOK_SECRET", SECRET)
    monkeypatch.setenv("MONITOR_SMTP_PASSWORD", "hunter2")
    settings = load_settings()
    assert settings.alert_email_to == ["a@x.org", "b@y.org"]
    assert settings.webhook_urls == ["http://127.0.0.1:1/h"]
    assert (
        "quote_reattributed" in settings.alert_kinds
        and "figure_changed" not in settings.alert_kinds
    )
    assert "hunter2" not in repr(settings) and "hunter2" not in str(settings.model_dump())
    assert channels.channel_names(settings) == [
        "email:a@x.org",
        "email:b@y.org",
        "webhook:http://127.0.0.1:1/h",
    ]
    built = channels.build_channels(settings)
    assert set(built) == set(channels.channel_names(settings))
    assert "hunter2" not in repr(built) and "test-secret" not in repr(built)


def test_bad_kind_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="MONITOR_ALERT_KINDS"):
        load_settings(alert_kinds="quote,nonsense")


def test_alert_settings_are_documented() -> None:
    documented = {name for name, _, help_text in documented_settings() if help_text}
    for name in AlertSettings.model_fields:
        assert f"MONITOR_{name.upper()}" in documented


def test_channel_specs() -> None:
    settings = AlertSettings(webhook_secret=SECRET)
    assert (
        channels.build_channel("email:desk@example.org", settings).name == "email:desk@example.org"
    )
    assert (
        channels.build_channel("http://127.0.0.1:9/h", settings).name
        == "webhook:http://127.0.0.1:9/h"
    )
    with pytest.raises(UsageError):
        channels.build_channel("pager:123", settings)
    with pytest.raises(ConfigError, match="WEBHOOK_SECRET"):
        channels.build_channel("http://127.0.0.1:9/h", AlertSettings())


def test_apprise_missing_is_a_clear_config_error() -> None:
    pytest.importorskip("monitor.alerts.apprise_channel")
    try:
        import apprise  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("apprise is installed")
    settings = AlertSettings(apprise_urls=["tgram://token/chat"])
    name = channels.channel_names(settings)[0]
    assert name.startswith("apprise:tgram#") and "token" not in name
    with pytest.raises(ConfigError, match="apprise"):
        channels.build_channels(settings)
