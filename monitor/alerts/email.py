"""Email channel: one multipart/alternative (text + HTML) message per alert over SMTP.

smtplib runs in a worker thread so a slow mail server never blocks other channels.
Security: STARTTLS, implicit TLS or none; the login password is a SecretStr, never logged.
An SMTP 4xx answer, a timeout or a lost connection is retried; a 5xx answer is permanent
(dead) unless `smtp_retry_5xx` is set.
"""

from __future__ import annotations

import asyncio
import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate
from pathlib import Path
from typing import Literal

from pydantic import SecretStr

from monitor.alerts.outcome import ChannelFailure, PermanentChannelFailure, SendReceipt
from monitor.alerts.render import RenderedAlert

Security = Literal["starttls", "tls", "none"]


@dataclass(frozen=True)
class SmtpConfig:
    """How to reach and log in to the SMTP server."""

    host: str
    port: int
    security: Security = "starttls"
    username: str | None = None
    password: SecretStr | None = field(default=None, repr=False)
    sender: str = "newsmonitor@localhost"
    timeout: float = 30.0
    retry_5xx: bool = False
    ca_file: Path | None = None

    def tls_context(self) -> ssl.SSLContext:
        """Certificate-verifying context, trusting `ca_file` when given."""
        return ssl.create_default_context(cafile=str(self.ca_file) if self.ca_file else None)


def build_email(message: RenderedAlert, sender: str, to: str) -> EmailMessage:
    """The MIME message: text part, HTML alternative, a Message-ID stable per message id."""
    mail = EmailMessage()
    mail["Subject"] = message.subject
    mail["From"] = sender
    mail["To"] = to
    mail["Date"] = formatdate(localtime=False)
    domain = sender.rpartition("@")[2] or "newsmonitor"
    # Stable across retries, so a mail client can drop a repeat of an at-least-once send.
    mail["Message-ID"] = f"<{message.message_id}@{domain}>"
    mail["X-Newsmonitor-Alerts"] = " ".join(message.alert_keys)
    mail.set_content(message.text)
    mail.add_alternative(message.html, subtype="html")
    return mail


def classify_smtp_code(
    code: int, text: str, retry_5xx: bool
) -> ChannelFailure | PermanentChannelFailure:
    """Map an SMTP reply to a failure: 5xx is permanent unless retry_5xx, the rest retried."""
    message = f"SMTP {code} {text}".strip()
    if 500 <= code < 600 and not retry_5xx:
        return PermanentChannelFailure(message, status_code=code)
    return ChannelFailure(message, status_code=code)


def _reply_text(raw: bytes | str) -> str:
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


def _connect(config: SmtpConfig) -> smtplib.SMTP:
    if config.security == "tls":
        return smtplib.SMTP_SSL(
            config.host, config.port, timeout=config.timeout, context=config.tls_context()
        )
    smtp = smtplib.SMTP(config.host, config.port, timeout=config.timeout)
    if config.security == "starttls":
        smtp.starttls(context=config.tls_context())
    return smtp


def send_email_sync(config: SmtpConfig, mail: EmailMessage) -> SendReceipt:
    """One SMTP session delivering `mail`; raises ChannelFailure / PermanentChannelFailure."""
    try:
        with _connect(config) as smtp:
            if config.username:
                secret = config.password.get_secret_value() if config.password else ""
                smtp.login(config.username, secret)
            smtp.send_message(mail)
    except smtplib.SMTPRecipientsRefused as exc:
        code, raw = next(iter(exc.recipients.values()))
        raise classify_smtp_code(code, _reply_text(raw), config.retry_5xx) from exc
    except smtplib.SMTPResponseException as exc:
        text = _reply_text(exc.smtp_error)
        raise classify_smtp_code(exc.smtp_code, text, config.retry_5xx) from exc
    except smtplib.SMTPNotSupportedError as exc:
        raise PermanentChannelFailure(f"SMTP server refused: {exc}") from exc
    except (smtplib.SMTPException, OSError) as exc:
        raise ChannelFailure(f"SMTP connection failed: {exc!r}") from exc
    return SendReceipt(status_code=250)


@dataclass
class EmailChannel:
    """Sends each rendered alert to one address."""

    name: str
    to: str
    config: SmtpConfig

    async def send(self, message: RenderedAlert) -> SendReceipt:
        """Build the MIME message and send it in a worker thread."""
        mail = build_email(message, self.config.sender, self.to)
        return await asyncio.to_thread(send_email_sync, self.config, mail)
