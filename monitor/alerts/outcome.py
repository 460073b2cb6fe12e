"""What a channel's send returns or raises: a receipt on success, a typed failure otherwise.

The failures are `errors.DeliveryError` (retried) and `errors.PermanentDeliveryError` (dead)
that also carry the status code the receiver answered, so the dispatcher can record it.
"""

from __future__ import annotations

from dataclasses import dataclass

from monitor.errors import DeliveryError, PermanentDeliveryError


@dataclass(frozen=True)
class SendReceipt:
    """A successful send: the receiver's status code (HTTP or SMTP) and a short note."""

    status_code: int | None = None
    detail: str | None = None


class ChannelFailure(DeliveryError):
    """A failed send that the dispatcher retries; `status_code` is the receiver's answer."""

    def __init__(
        self, message: str, *, status_code: int | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(message, retry_after=retry_after)
        self.status_code = status_code


class PermanentChannelFailure(PermanentDeliveryError):
    """A failed send that retrying will not fix: the delivery goes to dead."""

    def __init__(self, message: str, *, status_code: int | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code


def status_of(exc: BaseException) -> int | None:
    """The receiver's status code carried by a channel failure, if any."""
    code = getattr(exc, "status_code", None)
    return code if isinstance(code, int) else None
