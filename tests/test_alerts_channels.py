"""Channels against real local servers: SMTP (aiosmtpd, plain and STARTTLS with login) and
webhook receivers that verify signatures with the reference `standardwebhooks` library."""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from monitor.alerts.channels import build_channel
from monitor.alerts.email import EmailChannel, SmtpConfig
from monitor.alerts.outcome import ChannelFailure, PermanentChannelFailure, status_of
from monitor.alerts.render import AlertView, ArticleInfo, RenderedAlert, StoryInfo, render_message
from monitor.alerts.settings import AlertSettings
from monitor.alerts.webhook import webhook_channel_name
from monitor.errors import DeliveryError
from tests.support_alerts import (
    FIGURE_CHANGE,
    QUOTE_EDIT,
    SECRET,
    WRONG_SECRET,
    RecordingHandler,
    SmtpServer,
    WebhookReceiver,
    refused_port,
)


def message() -> RenderedAlert:
    alert = AlertView(
        key="alt_1",
        story=StoryInfo(1, "nk", "NK troops"),
        article=ArticleInfo(3, "https://cnn.example/a", "CNN", "Austin says troops deployed"),
        from_version=1,
        to_version=2,
        changes=(QUOTE_EDIT.to_dict(), FIGURE_CHANGE.to_dict()),
        created_at=dt.datetime(2024, 10, 23, tzinfo=dt.UTC),
    )
    return render_message("msg_abc", [alert], "http://monitor.local")


def smtp(port: int, **kwargs: Any) -> SmtpConfig:
    return SmtpConfig(host="127.0.0.1", port=port, security="none", timeout=5, **kwargs)


# --- email ------------------------------------------------------------------------------------


async def test_email_is_multipart_with_old_and_new_quote() -> None:
    with SmtpServer() as server:
        channel = EmailChannel("email:desk@example.org", "desk@example.org", smtp(server.port))
        receipt = await channel.send(message())
    assert receipt.status_code == 250
    assert server.handler.envelopes == [("newsmonitor@localhost", ["desk@example.org"])]
    mail = server.handler.messages[0]
    assert mail.get_content_type() == "multipart/alternative"
    assert mail["Subject"].startswith("Quote changed (+1 more) — Austin — CNN:")
    assert mail["Message-ID"] == "<msg_abc@localhost>"
    text = mail.get_body(("plain",))
    html = mail.get_body(("html",))
    assert text is not None and html is not None
    plain = text.get_content()
    assert "What, exactly, they're doing is left to be seen." in plain
    assert "What exactly they're doing remains to be seen." in plain
    assert "http://monitor.local/articles/3/diff?from=1&to=2" in plain
    assert "remains to be seen" in html.get_content()


async def test_smtp_4xx_is_retried_and_5xx_is_permanent() -> None:
    with SmtpServer(RecordingHandler(replies=["451 4.3.0 try again later"])) as server:
        channel = EmailChannel("email:a@x.org", "a@x.org", smtp(server.port))
        with pytest.raises(ChannelFailure) as deferred:
            await channel.send(message())
        assert status_of(deferred.value) == 451
        await channel.send(message())  # the server accepts the second try
        assert len(server.handler.messages) == 1
    with SmtpServer(RecordingHandler(always="550 5.7.1 refused")) as server:
        channel = EmailChannel("email:a@x.org", "a@x.org", smtp(server.port))
        with pytest.raises(PermanentChannelFailure) as refused:
            await channel.send(message())
        assert status_of(refused.value) == 550
        lenient = EmailChannel("email:a@x.org", "a@x.org", smtp(server.port, retry_5xx=True))
        with pytest.raises(DeliveryError) as retried:
            await lenient.send(message())
        assert not isinstance(retried.value, PermanentChannelFailure)


async def test_smtp_server_down_is_retried() -> None:
    with refused_port() as port:
        channel = EmailChannel("email:a@x.org", "a@x.org", smtp(port))
        with pytest.raises(ChannelFailure, match="connection"):
            await channel.send(message())


def _certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (cert file, key file)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


async def test_starttls_with_login(tmp_path: Path) -> None:
    cert_file, key_file = _certificate(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_file, key_file)
    logins: list[tuple[bytes, bytes]] = []

    def authenticator(
        server: Any, session: Any, envelope: Any, mechanism: str, data: Any
    ) -> AuthResult:
        assert isinstance(data, LoginPassword)
        logins.append((data.login, data.password))
        return AuthResult(success=data.password == b"s3cret", handled=False)

    server = SmtpServer(
        tls_context=context, require_starttls=True, authenticator=authenticator, auth_required=True
    )
    with server:
        settings = AlertSettings(
            smtp_host="127.0.0.1",
            smtp_port=server.port,
            smtp_security="starttls",
            smtp_username="monitor",
            smtp_password="s3cret",
            smtp_ca_file=cert_file,
            delivery_timeout=5,
        )
        channel = build_channel("email:desk@example.org", settings)
        assert "s3cret" not in repr(channel)
        await channel.send(message())
        wrong = build_channel(
            "email:desk@example.org", settings.model_copy(update={"smtp_password": None})
        )
        with pytest.raises(PermanentChannelFailure) as refused:
            await wrong.send(message())
        assert status_of(refused.value) == 535
    assert logins[0] == (b"monitor", b"s3cret")
    assert len(server.handler.messages) == 1


# --- webhooks ---------------------------------------------------------------------------------


@pytest.fixture
def receiver() -> Any:
    hook = WebhookReceiver().start()
    yield hook
    hook.close()


def webhook(url: str, secret: str = SECRET, timeout: float = 5) -> Any:
    settings = AlertSettings(webhook_secret=secret, delivery_timeout=timeout)
    return build_channel(url, settings)


async def test_webhook_is_signed_and_verified(receiver: WebhookReceiver) -> None:
    receipt = await webhook(receiver.url).send(message())
    assert receipt.status_code == 204
    [got] = receiver.received
    assert got.verified and got.webhook_id == "msg_abc"
    assert got.payload is not None and got.payload["id"] == "msg_abc"
    assert got.headers["content-type"] == "application/json"


async def test_wrong_secret_is_rejected_by_receiver(receiver: WebhookReceiver) -> None:
    with pytest.raises(PermanentChannelFailure) as failed:
        await webhook(receiver.url, WRONG_SECRET).send(message())
    assert status_of(failed.value) == 401
    assert [r.verified for r in receiver.received] == [False]


@pytest.mark.parametrize(
    ("mode", "permanent", "status"),
    [
        ("status:500", False, 500),
        ("status:503", False, 503),
        ("status:404", True, 404),
        ("status:410", True, 410),
        ("status:408", False, 408),
        ("status:429", False, 429),
        ("redirect", False, 302),
    ],
)
async def test_webhook_failures(
    receiver: WebhookReceiver, mode: str, permanent: bool, status: int
) -> None:
    receiver.mode = mode
    expected = PermanentChannelFailure if permanent else ChannelFailure
    with pytest.raises(expected) as failed:
        await webhook(receiver.url).send(message())
    assert status_of(failed.value) == status
    assert receiver.requests == 1  # a redirect is not followed


async def test_retry_after_is_read(receiver: WebhookReceiver) -> None:
    import httpx

    from monitor.alerts.webhook import classify_response

    response = httpx.Response(429, headers={"retry-after": "7"})
    with pytest.raises(ChannelFailure) as failed:
        classify_response(response)
    assert failed.value.retry_after == 7.0


async def test_webhook_down_and_timeout_are_retried(receiver: WebhookReceiver) -> None:
    with refused_port() as port, pytest.raises(ChannelFailure, match="connection"):
        await webhook(f"http://127.0.0.1:{port}/h").send(message())
    receiver.mode = "hang"
    with pytest.raises(ChannelFailure, match="timeout"):
        await webhook(receiver.url, timeout=0.3).send(message())


def test_webhook_channel_names_mask_what_may_be_a_secret() -> None:
    assert (
        webhook_channel_name("http://127.0.0.1:8080/hook") == "webhook:http://127.0.0.1:8080/hook"
    )
    assert (
        webhook_channel_name("https://example.org/webhooks/news-desk-alerts")
        == "webhook:https://example.org/webhooks/news-desk-alerts"
    )
    slack = "https://hooks.slack.com/services/T0001/B0001/AbCdEf0123456789XyZ12345"
    other = slack.replace("AbCd", "ZZZZ")
    assert "AbCdEf" not in webhook_channel_name(slack)
    assert webhook_channel_name(slack).startswith("webhook:https://hooks.slack.com/services/")
    assert webhook_channel_name(slack) != webhook_channel_name(other)  # still two channels
    assert webhook_channel_name(slack) == webhook_channel_name(slack)  # stable
    for secret in ("https://u:pw@example.org/in", "https://example.org/in?token=s3cret"):
        name = webhook_channel_name(secret)
        assert "pw" not in name and "s3cret" not in name
