"""Settings of alerts and their channels (assembled into monitor.config.Settings).

Lists may be given in environment variables either as JSON (`["a@x.org", "b@y.org"]`) or
comma-separated (`a@x.org,b@y.org`); mappings only as JSON. Secrets are `SecretStr`: they are
never printed or logged.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode

from monitor.model import CHANGE_FAMILIES, CHANGE_KINDS

# What alerts when nothing else is configured: the changes a reader of a developing story
# cares about. Byline edits, "developing" being added and redirects are mostly house-keeping.
DEFAULT_ALERT_KINDS: tuple[str, ...] = (
    "quote_added",
    "quote_removed",
    "quote_edited",
    "quote_reattributed",
    "figure_added",
    "figure_removed",
    "figure_changed",
    "headline_changed",
    "developing_marker_removed",
    "correction_added",
    "article_gone",
)

StrList = Annotated[list[str], NoDecode]


def split_list(value: Any) -> Any:
    """A JSON list or a comma-separated string -> list of stripped, non-empty strings."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    if text.startswith("["):
        return json.loads(text)
    return [part.strip() for part in text.split(",") if part.strip()]


def expand_kinds(names: list[str]) -> list[str]:
    """Kinds and families ("quote", "figure") -> the kinds they name; "all" means every kind;
    an unknown name raises ValueError."""
    kinds: list[str] = []
    for name in names:
        if name == "all":
            found = list(CHANGE_KINDS)
        elif name in CHANGE_KINDS:
            found = [name]
        elif name in CHANGE_FAMILIES:
            found = [k for k in CHANGE_KINDS if k.startswith(name + "_")]
        else:
            raise ValueError(f"unknown change kind {name!r}")
        kinds.extend(k for k in found if k not in kinds)
    return kinds


class AlertSettings(BaseSettings):
    """Which changes alert, where alerts go, and how deliveries are retried."""

    alert_kinds: StrList = Field(
        default=list(DEFAULT_ALERT_KINDS),
        description="Change kinds that raise an alert (kinds, families such as 'quote', or "
        "'all'). Default: quote and figure changes, headline changes, developing marker "
        "removed, correction added, article gone.",
    )
    alert_story_kinds: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Per-story override of alert_kinds, as JSON keyed by story id or slug, "
        'e.g. {"nk-troops": ["quote", "figure"]}; an empty list mutes the story.',
    )
    alert_article_kinds: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Per-article override of alert_kinds (beats the story's), as JSON keyed "
        "by article id or URL; an empty list mutes the article.",
    )
    alert_email_to: StrList = Field(
        default_factory=list, description="Email addresses every alert is sent to."
    )
    smtp_host: str = Field(default="localhost", description="SMTP server host name.")
    smtp_port: int = Field(
        default=587, description="SMTP server port (587 STARTTLS, 465 TLS, 25/1025 plain)."
    )
    smtp_security: Literal["starttls", "tls", "none"] = Field(
        default="starttls",
        description="SMTP connection security: starttls (upgrade a plain connection), tls "
        "(implicit TLS from the first byte) or none.",
    )
    smtp_username: str | None = Field(
        default=None, description="SMTP login user name; no login when unset."
    )
    smtp_password: SecretStr | None = Field(
        default=None, description="SMTP login password (never logged or printed)."
    )
    smtp_ca_file: Path | None = Field(
        default=None,
        description="CA certificate file trusted for the SMTP server's TLS certificate "
        "(default: the system's CAs).",
    )
    smtp_from: str = Field(
        default="newsmonitor@localhost", description="From address of alert emails."
    )
    smtp_retry_5xx: bool = Field(
        default=False,
        description="Retry an email after a permanent (5xx) SMTP answer instead of marking "
        "the delivery dead.",
    )
    webhook_urls: StrList = Field(
        default_factory=list, description="Webhook endpoints every alert is POSTed to."
    )
    webhook_secret: SecretStr | None = Field(
        default=None,
        description="Standard Webhooks signing secret 'whsec_<base64>' used for every "
        "webhook URL without its own secret (never logged or printed).",
    )
    webhook_secrets: dict[str, SecretStr] = Field(
        default_factory=dict,
        description="Per-URL signing secrets as JSON {url: 'whsec_...'}; beats webhook_secret.",
    )
    apprise_urls: StrList = Field(
        default_factory=list,
        description="Apprise notification URLs (needs the 'apprise' extra installed).",
    )
    digest_window: float = Field(
        default=120.0,
        ge=0,
        description="Seconds an alert waits so that a burst of edits of one story becomes one "
        "digest message per channel; counted from the first pending alert; 0 sends at once.",
    )
    delivery_max_attempts: int = Field(
        default=12, ge=1, description="Attempts per delivery before it is marked dead."
    )
    delivery_max_age: float = Field(
        default=86_400.0,
        gt=0,
        description="Seconds after which an undelivered alert is marked dead.",
    )
    retry_base_delay: float = Field(
        default=30.0,
        gt=0,
        description="Backoff base in seconds: attempt n waits a random time up to "
        "base * 2^(n-1) (full jitter), capped by retry_max_delay.",
    )
    retry_max_delay: float = Field(
        default=3_600.0, gt=0, description="Longest wait between two attempts, in seconds."
    )
    delivery_timeout: float = Field(
        default=30.0, gt=0, description="Seconds one send (SMTP session or webhook POST) may take."
    )
    delivery_lease: float = Field(
        default=300.0,
        gt=0,
        description="Seconds a dispatcher holds a channel it claimed; after a crash another "
        "dispatcher takes the channel over once the lease has run out.",
    )

    @field_validator("alert_email_to", "webhook_urls", "apprise_urls", mode="before")
    @classmethod
    def _split_list(cls, value: Any) -> Any:
        return split_list(value)

    @field_validator("alert_kinds", mode="before")
    @classmethod
    def _kinds(cls, value: Any) -> Any:
        return expand_kinds(list(split_list(value)))

    @field_validator("alert_story_kinds", "alert_article_kinds", mode="after")
    @classmethod
    def _override_kinds(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        return {str(key): expand_kinds(kinds) for key, kinds in value.items()}
