"""Optional Apprise channel (pip extra `apprise`): one notification per rendered alert.

Apprise is imported only when an Apprise URL is configured; without the package that is a
ConfigError naming the extra to install. Apprise URLs often hold tokens, so a channel is
named by the URL's scheme and a hash, never by the URL itself.
"""

from __future__ import annotations

import asyncio
import hashlib
import importlib
from dataclasses import dataclass, field
from types import ModuleType

from monitor.alerts.outcome import ChannelFailure, PermanentChannelFailure, SendReceipt
from monitor.alerts.render import RenderedAlert
from monitor.errors import ConfigError


def load_apprise() -> ModuleType:
    """The apprise module, or a ConfigError saying how to install it."""
    try:
        return importlib.import_module("apprise")
    except ImportError as exc:
        raise ConfigError(
            "apprise_urls is set but the 'apprise' package is not installed: "
            "pip install 'newsmonitor[apprise]'"
        ) from exc


def apprise_channel_name(url: str) -> str:
    """`apprise:<scheme>#<hash>`: names the target without revealing its tokens."""
    scheme = url.partition("://")[0] or "apprise"
    return f"apprise:{scheme}#{hashlib.sha256(url.encode()).hexdigest()[:12]}"


@dataclass
class AppriseChannel:
    """Sends the subject and text of each alert through one Apprise URL."""

    name: str
    url: str = field(repr=False)
    module: ModuleType = field(repr=False)

    def _notify(self, message: RenderedAlert) -> SendReceipt:
        notifier = self.module.Apprise()
        if not notifier.add(self.url):
            raise PermanentChannelFailure(f"{self.name}: Apprise does not accept this URL")
        if not notifier.notify(title=message.subject, body=message.text):
            raise ChannelFailure(f"{self.name}: Apprise notification failed")
        return SendReceipt(detail="apprise ok")

    async def send(self, message: RenderedAlert) -> SendReceipt:
        """Notify in a worker thread (Apprise is synchronous)."""
        return await asyncio.to_thread(self._notify, message)
