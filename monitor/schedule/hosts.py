"""Per-host politeness: a cap on requests in flight to one host and a gap between them.

News sites rate-limit aggressive clients; a developing story puts many articles of the same
outlet on the fast cadence at once, so checks of one host are spread out here while checks
of different hosts run side by side. The gate is per process: several `monitor worker`
processes each keep their own.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from urllib.parse import urlsplit


def host_of(url: str) -> str:
    """The host (and port, when given) a URL is fetched from, lower-cased."""
    parts = urlsplit(url)
    return (parts.netloc or parts.path).lower().rsplit("@", 1)[-1]


class HostGate:
    """Lets at most `per_host` requests run against one host at a time, their starts at
    least `min_gap` seconds apart."""

    def __init__(
        self,
        per_host: int,
        min_gap: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._per_host = max(1, per_host)
        self._min_gap = max(0.0, min_gap)
        self._clock = clock
        self._sleep = sleep
        self._slots: dict[str, asyncio.Semaphore] = {}
        self._turns: dict[str, asyncio.Lock] = {}
        self._next_start: dict[str, float] = {}
        self._in_flight: dict[str, int] = {}

    @asynccontextmanager
    async def slot(self, url: str) -> AsyncIterator[None]:
        """Wait for the host of `url` to accept one more request, and hold that place."""
        host = host_of(url)
        slots = self._slots.setdefault(host, asyncio.Semaphore(self._per_host))
        async with slots:
            await self._wait_for_gap(host)
            self._in_flight[host] = self._in_flight.get(host, 0) + 1
            try:
                yield
            finally:
                self._in_flight[host] -= 1

    async def _wait_for_gap(self, host: str) -> None:
        """Sleep until `min_gap` has passed since the previous start on this host."""
        if self._min_gap <= 0:
            return
        # Starts on one host take turns, so two waiters cannot both see the same free slot.
        async with self._turns.setdefault(host, asyncio.Lock()):
            wait = self._next_start.get(host, 0.0) - self._clock()
            if wait > 0:
                await self._sleep(wait)
            self._next_start[host] = self._clock() + self._min_gap

    def busy_hosts(self) -> dict[str, int]:
        """How many requests each host has in flight (for status and tests)."""
        return {host: n for host, n in self._in_flight.items() if n > 0}
