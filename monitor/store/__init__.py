"""Storage: SQLModel tables, named queries, migrations and the raw-body blob store.

Typical use: `engine = make_engine(settings.database_url)`, `upgrade(engine)`, then
`with session_scope(engine) as s:` and the functions of `monitor.store.queries` on `s`.
"""

from __future__ import annotations

from monitor.store.blobs import BlobStore
from monitor.store.db import make_engine, session_scope
from monitor.store.migrate import current_revision, upgrade

__all__ = ["BlobStore", "current_revision", "make_engine", "session_scope", "upgrade"]
