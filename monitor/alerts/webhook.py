"""Webhook channel: POST the rendered JSON, signed per the Standard Webhooks specification.

Headers `webhook-id` (the stable message id, so receivers can drop repeats),
`webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,<base64 HMAC-SHA256 of
"id.timestamp.body">` keyed with the base64-decoded part of the `whsec_...` secret).

Only a 2xx answer is a success. Redirects are not followed (a 3xx is a failure, retried);
408, 429 and 5xx, timeouts and connection errors are retried (Retry-After honoured); any
other 4xx is permanent: the delivery goes to dead.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from monitor.alerts.outcome import ChannelFailure, PermanentChannelFailure, SendReceipt
from monitor.alerts.render import RenderedAlert
from monitor.errors import ConfigError

SECRET_PREFIX = "whsec_"
USER_AGENT = "newsmonitor-webhooks/1"
RETRIED_4XX = frozenset({408, 429})


def decode_secret(secret: str) -> bytes:
    """The HMAC key of a `whsec_<base64>` secret; a secret that is not base64 is a ConfigError."""
    encoded = secret.removeprefix(SECRET_PREFIX)
    try:
        key = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ConfigError("webhook secret must be 'whsec_' followed by base64") from exc
    if not key:
        raise ConfigError("webhook secret is empty")
    return key


def sign(key: bytes, msg_id: str, timestamp: int, body: bytes) -> str:
    """The `webhook-signature` value: `v1,` + base64 HMAC-SHA256 of `id.timestamp.body`."""
    signed = msg_id.encode() + b"." + str(timestamp).encode() + b"." + body
    digest = hmac.new(key, signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode("ascii")


def signature_headers(key: bytes, msg_id: str, timestamp: int, body: bytes) -> dict[str, str]:
    """The three Standard Webhooks headers for one request."""
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(key, msg_id, timestamp, body),
    }


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delay-seconds or an HTTP date), else None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def classify_response(response: httpx.Response) -> SendReceipt:
    """A receipt for a 2xx answer; otherwise raise the failure the status calls for."""
    status = response.status_code
    if 200 <= status < 300:
        return SendReceipt(status_code=status)
    if 300 <= status < 400:
        where = response.headers.get("location", "?")
        note = f"HTTP {status} redirect to {where} (not followed)"
        raise ChannelFailure(note, status_code=status)
    if 400 <= status < 500 and status not in RETRIED_4XX:
        raise PermanentChannelFailure(f"HTTP {status} {response.reason_phrase}", status_code=status)
    raise ChannelFailure(
        f"HTTP {status} {response.reason_phrase}",
        status_code=status,
        retry_after=parse_retry_after(response.headers.get("retry-after")),
    )


# A path segment that looks like a secret: long and opaque, letters mixed with digits (a Slack
# or Discord token), or very long; "news-desk-alerts" and a numeric id are not secrets.
_OPAQUE = re.compile(r"[A-Za-z0-9_\-=.~]{16,}")


def _secretish(segment: str) -> bool:
    if not _OPAQUE.fullmatch(segment) or segment.isdigit():
        return False
    mixed = any(c.isdigit() for c in segment) and any(c.isalpha() for c in segment)
    return mixed or len(segment) >= 32


def webhook_channel_name(url: str) -> str:
    """`webhook:<url>`, with what may be a secret masked (user info, query, fragment, long
    opaque path segments such as a Slack or Discord token) and, when anything was masked, a
    short hash of the whole URL, so that two such endpoints keep distinct names."""
    parts = urllib.parse.urlsplit(url)
    segments = parts.path.split("/")
    shown = ["…" if _secretish(s) else s for s in segments]
    host = parts.netloc.rpartition("@")[2]
    if shown == segments and host == parts.netloc and not parts.query and not parts.fragment:
        return f"webhook:{url}"
    digest = hashlib.sha256(url.encode()).hexdigest()[:12]
    return f"webhook:{parts.scheme}://{host}{'/'.join(shown)}#{digest}"


@dataclass
class WebhookChannel:
    """POSTs each rendered alert to one URL, signed with that URL's secret."""

    name: str
    url: str = field(repr=False)  # may hold a token: the name shows it masked
    key: bytes = field(repr=False)
    timeout: float = 30.0
    transport: httpx.AsyncBaseTransport | None = field(default=None, repr=False)
    clock: Callable[[], float] = field(default=time.time, repr=False)

    async def send(self, message: RenderedAlert) -> SendReceipt:
        """POST the message body once; raise ChannelFailure / PermanentChannelFailure."""
        headers = {
            "content-type": "application/json",
            "user-agent": USER_AGENT,
            **signature_headers(self.key, message.message_id, int(self.clock()), message.body),
        }
        async with httpx.AsyncClient(
            follow_redirects=False, timeout=self.timeout, transport=self.transport
        ) as client:
            try:
                response = await client.post(self.url, content=message.body, headers=headers)
            except httpx.TimeoutException as exc:
                raise ChannelFailure(f"timeout after {self.timeout:g} s: {exc!r}") from exc
            except httpx.HTTPError as exc:
                raise ChannelFailure(f"connection failed: {exc!r}") from exc
        return classify_response(response)
