"""The daemon's housekeeping ticks: alert dispatch and snapshot retention."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine

from monitor.store.tables import Snapshot, Version

log = logging.getLogger(__name__)

snapshot_table: sa.Table = Snapshot.__table__  # type: ignore[attr-defined]
version_table: sa.Table = Version.__table__  # type: ignore[attr-defined]

# Deleting in batches keeps each write transaction (and SQLite's write lock) short.
PRUNE_BATCH = 500


def _optional(module: str, name: str) -> Any | None:
    """`module.name`, or None when that module is not installed (a part not built yet)."""
    try:
        found = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name is not None and module.startswith(exc.name):
            return None
        raise
    return getattr(found, name, None)


def make_alert_tick(
    settings: Any, engine: Engine, clock: Callable[[], datetime]
) -> Callable[[], Awaitable[object]] | None:
    """A tick that runs the alert dispatcher over due deliveries, or None without one."""
    dispatch_due = _optional("monitor.alerts.dispatcher", "dispatch_due")
    build_channels = _optional("monitor.alerts.channels", "build_channels")
    if dispatch_due is None or build_channels is None:
        return None
    channels = build_channels(settings)
    if not channels:
        return None  # nothing to deliver to: no tick at all

    async def tick() -> object:
        if inspect.iscoroutinefunction(dispatch_due):
            return await dispatch_due(engine, settings, channels, clock())
        return await asyncio.to_thread(dispatch_due, engine, settings, channels, clock())

    return tick


def make_change_hook(settings: Any) -> Any | None:
    """The alert outbox's hook for new changes, or None when the alerts part is absent."""
    factory = _optional("monitor.alerts.outbox", "make_change_hook")
    return None if factory is None else factory(settings)


def prune_snapshots(engine: Engine, settings: Any, now: datetime) -> int:
    """Delete snapshot rows older than `snapshot_retention_days` that hold no stored body,
    are no version's source, and are not their article's latest fetch; how many."""
    cutoff = now - timedelta(days=float(settings.snapshot_retention_days))
    total = 0
    while True:
        with engine.begin() as conn:
            ids = [r[0] for r in conn.execute(_prunable(cutoff).limit(PRUNE_BATCH))]
            if ids:
                conn.execute(sa.delete(snapshot_table).where(snapshot_table.c.id.in_(ids)))
        total += len(ids)
        if len(ids) < PRUNE_BATCH:
            break
    if total:
        log.info("retention pruned snapshots=%d older_than=%s", total, cutoff.isoformat())
    return total


def _prunable(cutoff: datetime) -> sa.Select[tuple[int]]:
    sn, v = snapshot_table, version_table
    latest = sa.select(sa.func.max(sn.c.id)).group_by(sn.c.article_id)
    return (
        sa.select(sn.c.id)
        .where(sn.c.fetched_at < cutoff)
        .where(sn.c.body_stored.is_(False))
        .where(sn.c.version_id.is_(None))
        .where(sn.c.id.not_in(sa.select(v.c.snapshot_id).where(v.c.snapshot_id.is_not(None))))
        .where(sn.c.id.not_in(latest))
        .order_by(sn.c.id)
    )
