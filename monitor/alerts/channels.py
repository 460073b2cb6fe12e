"""Alert channels: a Protocol, and an explicit registry of the channel types.

A channel is named `<type>:<target>` ("email:desk@example.org", "webhook:https://...",
"apprise:tgram#1a2b3c..."); that name is stored on each delivery and shown in logs, so the
parts of a URL that may hold a secret are masked in it (see `webhook_channel_name`).
Built-in types register the same way a new one would: add a `ChannelType` to `CHANNEL_TYPES`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from monitor.alerts.apprise_channel import AppriseChannel, apprise_channel_name, load_apprise
from monitor.alerts.email import EmailChannel, SmtpConfig
from monitor.alerts.outcome import SendReceipt
from monitor.alerts.render import RenderedAlert
from monitor.alerts.settings import AlertSettings
from monitor.alerts.webhook import WebhookChannel, decode_secret, webhook_channel_name
from monitor.errors import ConfigError, UsageError


class Channel(Protocol):
    """Something that can send a rendered alert: raises DeliveryError subclasses on failure."""

    @property
    def name(self) -> str:
        """The channel name stored on deliveries."""
        ...

    async def send(self, message: RenderedAlert) -> SendReceipt:
        """Send one message once (the dispatcher does the retrying)."""
        ...


@dataclass(frozen=True)
class ChannelType:
    """One kind of channel: where its targets come from, how they are named and built."""

    targets: Callable[[AlertSettings], list[str]]
    name: Callable[[str], str]
    build: Callable[[str, AlertSettings], Channel]


def smtp_config(settings: AlertSettings) -> SmtpConfig:
    """The SMTP part of the settings."""
    return SmtpConfig(
        host=settings.smtp_host,
        port=settings.smtp_port,
        security=settings.smtp_security,
        username=settings.smtp_username,
        password=settings.smtp_password,
        sender=settings.smtp_from,
        timeout=settings.delivery_timeout,
        retry_5xx=settings.smtp_retry_5xx,
        ca_file=settings.smtp_ca_file,
    )


def _email(target: str, settings: AlertSettings) -> Channel:
    if "@" not in target:
        raise UsageError(f"not an email address: {target!r}")
    return EmailChannel(name=f"email:{target}", to=target, config=smtp_config(settings))


def webhook_secret_for(url: str, settings: AlertSettings) -> str:
    """The signing secret of one URL (its own, else the shared one); ConfigError if none."""
    secret = settings.webhook_secrets.get(url) or settings.webhook_secret
    if secret is None:
        name = webhook_channel_name(url)
        raise ConfigError(f"no webhook secret for {name}: set MONITOR_WEBHOOK_SECRET")
    return secret.get_secret_value()


def _webhook(target: str, settings: AlertSettings) -> Channel:
    if not target.startswith(("http://", "https://")):
        raise UsageError(f"not a webhook URL: {target!r}")
    key = decode_secret(webhook_secret_for(target, settings))
    return WebhookChannel(
        name=webhook_channel_name(target), url=target, key=key, timeout=settings.delivery_timeout
    )


def _apprise(target: str, settings: AlertSettings) -> Channel:
    return AppriseChannel(name=apprise_channel_name(target), url=target, module=load_apprise())


CHANNEL_TYPES: dict[str, ChannelType] = {
    "email": ChannelType(
        targets=lambda s: list(s.alert_email_to), name=lambda t: f"email:{t}", build=_email
    ),
    "webhook": ChannelType(
        targets=lambda s: list(s.webhook_urls), name=webhook_channel_name, build=_webhook
    ),
    "apprise": ChannelType(
        targets=lambda s: list(s.apprise_urls), name=apprise_channel_name, build=_apprise
    ),
}


def channel_names(settings: AlertSettings) -> list[str]:
    """Names of every configured channel, without building (or importing) anything."""
    names: list[str] = []
    for kind in CHANNEL_TYPES.values():
        names.extend(n for n in map(kind.name, kind.targets(settings)) if n not in names)
    return names


def build_channels(settings: AlertSettings) -> dict[str, Channel]:
    """Every configured channel, by name; a channel that cannot be built is a ConfigError."""
    channels: dict[str, Channel] = {}
    for kind in CHANNEL_TYPES.values():
        for target in kind.targets(settings):
            channel = kind.build(target, settings)
            channels[channel.name] = channel
    return channels


def build_channel(spec: str, settings: AlertSettings) -> Channel:
    """One channel from a user's spec: "email:addr", "webhook:URL", a bare URL, or a
    configured channel name."""
    configured = {k.name(t): t for k in CHANNEL_TYPES.values() for t in k.targets(settings)}
    if spec in configured:
        kind_name = spec.partition(":")[0]
        return CHANNEL_TYPES[kind_name].build(configured[spec], settings)
    if spec.startswith(("http://", "https://")):
        return _webhook(spec, settings)
    kind_name, _, target = spec.partition(":")
    if kind_name not in CHANNEL_TYPES or not target:
        known = ", ".join(f"{k}:..." for k in CHANNEL_TYPES)
        raise UsageError(f"unknown channel {spec!r} (expected {known}, a URL or 'all')")
    return CHANNEL_TYPES[kind_name].build(target, settings)
