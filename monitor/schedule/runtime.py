"""What a daemon or worker process opens once: the store, the HTTP client, the check."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

from monitor.check import CheckContext, CheckOutcome, check_article, check_target
from monitor.fetch import make_client
from monitor.schedule.claim import Claimed
from monitor.schedule.maintenance import make_change_hook
from monitor.store.blobs import BlobStore
from monitor.store.db import make_engine
from monitor.store.migrate import upgrade


@dataclass
class Runtime:
    """An open store and HTTP client, and the check bound to them: `check` by article id
    (reads the article, writes everything it records), `check_claimed` for an article
    claimed with its target (no read; cheap outcomes left for the schedule writer)."""

    settings: Any
    engine: Engine
    blobs: BlobStore
    check: Callable[[int], Awaitable[CheckOutcome]]
    ctx: CheckContext

    async def check_claimed(self, item: Claimed) -> CheckOutcome:
        """Check a claimed article from its target, deferring its cheap writes."""
        if item.target is None:
            return await self.check(item.article_id)
        return await check_target(self.ctx, item.target, defer=True)


def open_engine(settings: Any) -> Engine:
    """The settings' database, upgraded to the newest schema."""
    engine = make_engine(settings.database_url)
    try:
        upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


@asynccontextmanager
async def open_runtime(settings: Any) -> AsyncIterator[Runtime]:
    """Open the database (migrated), the snapshot folder and an HTTP client for `settings`."""
    engine = open_engine(settings)
    blobs = BlobStore(settings.snapshots_dir)
    try:
        async with make_client(settings) as client:
            ctx = CheckContext(
                settings=settings,
                engine=engine,
                blobs=blobs,
                client=client,
                on_changes=make_change_hook(settings),
            )
            try:
                yield Runtime(settings, engine, blobs, functools.partial(check_article, ctx), ctx)
            finally:
                # A check cancelled at shutdown may still be writing: let it end before the
                # engine closes.
                stop_work = functools.partial(ctx.work.shutdown, wait=True, cancel_futures=True)
                await asyncio.get_running_loop().run_in_executor(None, stop_work)
    finally:
        engine.dispose()
