"""The error tree of the monitor. Callers catch at the level they need.

MonitorError                      anything this package raises on purpose
├── UsageError                    bad input from a person: unknown article, bad URL, no file
├── ConfigError                   a setting that cannot be used
├── FetchError                    an upstream failure recorded on a snapshot, never a change
│   ├── FetchTimeout              connect/read timeout
│   ├── HTTPStatusError           4xx / 5xx answer (`status` holds it)
│   │   └── ArticleGone           404 / 410: the article was taken down
│   ├── ContentTypeError          not HTML or text
│   ├── BodyTooLarge              over the body-size cap
│   ├── DecodeError               bytes that do not decode as text
│   └── TransportError            DNS, refused connection, TLS, too many redirects
├── ExtractionError               no article text could be found in a body
├── StoreError                    the database or the snapshot folder failed
└── DeliveryError                 an alert channel failed (retried by the dispatcher)
    └── PermanentDeliveryError    a failure retrying will not fix (goes to dead)
"""

from __future__ import annotations


class MonitorError(Exception):
    """Base of every error this package raises on purpose."""


class UsageError(MonitorError):
    """Bad input from a person; the CLI prints it on one line and exits 2."""


class ConfigError(MonitorError):
    """A setting that cannot be used."""


class FetchError(MonitorError):
    """An upstream failure; recorded on the snapshot, retried, never reported as a change."""


class FetchTimeout(FetchError):
    """The server did not answer in time."""


class HTTPStatusError(FetchError):
    """The server answered with a 4xx or 5xx status."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class ArticleGone(HTTPStatusError):
    """404 or 410: the article was taken down."""


class ContentTypeError(FetchError):
    """The answer is not HTML or text."""


class BodyTooLarge(FetchError):
    """The body is over the size cap."""


class DecodeError(FetchError):
    """The body does not decode as text."""


class TransportError(FetchError):
    """The request failed below HTTP: DNS, refused connection, TLS, redirects."""


class ExtractionError(MonitorError):
    """No article text could be found in a body."""


class StoreError(MonitorError):
    """The database or the snapshot folder failed."""


class DeliveryError(MonitorError):
    """An alert channel failed; the dispatcher retries it."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PermanentDeliveryError(DeliveryError):
    """A delivery failure that retrying will not fix; the alert goes to dead for that channel."""
