"""Bring a database's schema to the newest alembic revision, from code.

The alembic configuration is built here (script location = the `migrations` folder next to
this module), so upgrading works from an installed package and from any working directory
without an alembic.ini. Upgrades are idempotent and safe when several processes start at
once: on PostgreSQL the whole upgrade holds a transaction-level advisory lock, on SQLite the
`BEGIN IMMEDIATE` write lock (see db.py) serializes them the same way.
"""

from __future__ import annotations

import importlib
import threading
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

from monitor.errors import StoreError
from monitor.store.db import is_postgres, make_engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Every module that declares tables on SQLModel.metadata; missing ones are skipped so the
# list can name parts that other people are still writing.
TABLE_MODULES = ("monitor.store.tables", "monitor.alerts.tables", "monitor.schedule.tables")

# Any fixed 64-bit number works; it only has to be the same in every process.
_PG_LOCK_KEY = 0x6E6D_6F6E_6D69_6772  # "nmonmigr"

# alembic's `context` and `op` are process-wide proxies: two threads migrating at once would
# overwrite each other's, so upgrades inside one process take turns.
_PROCESS_LOCK = threading.Lock()


def load_table_modules() -> sa.MetaData:
    """Import every module of TABLE_MODULES that exists and return the shared metadata."""
    for name in TABLE_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            # Skip a part that does not exist yet, but not a broken import inside one.
            if exc.name is None or not name.startswith(exc.name):
                raise
    return SQLModel.metadata


def make_config(connection: sa.Connection | None = None, url: str | None = None) -> Config:
    """An alembic Config for the bundled migrations, bound to a connection or a URL."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url is not None:
        # ConfigParser interpolation treats % specially (URL-escaped passwords contain it).
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str | None:
    """The newest revision this code knows."""
    return ScriptDirectory.from_config(make_config()).get_current_head()


def upgrade(engine_or_url: Engine | str, revision: str = "head") -> None:
    """Upgrade the database to `revision` (default: the newest); a no-op when already there."""
    _migrate(engine_or_url, revision, down=False)


def downgrade(engine_or_url: Engine | str, revision: str) -> None:
    """Downgrade the database to `revision` ("base" empties it); for tests and rollbacks."""
    _migrate(engine_or_url, revision, down=True)


def _migrate(engine_or_url: Engine | str, revision: str, *, down: bool) -> None:
    """Open a connection (and an engine when given a URL) and run one migration command."""
    engine = make_engine(engine_or_url) if isinstance(engine_or_url, str) else engine_or_url
    try:
        with _PROCESS_LOCK, engine.connect() as conn:
            _run_locked(conn, revision, down=down)
    except CommandError as exc:
        raise StoreError(f"cannot migrate the database: {exc}") from exc
    finally:
        if isinstance(engine_or_url, str):
            engine.dispose()


def _run_locked(conn: sa.Connection, revision: str, *, down: bool) -> None:
    """Run the upgrade (or downgrade) in one transaction holding the cross-process lock."""
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        # Batch migrations rebuild tables; with foreign keys on, dropping the old copy
        # would cascade or fail. The pragma only works outside a transaction.
        _sqlite_foreign_keys(conn, on=False)
    try:
        with conn.begin():
            if is_postgres(conn):
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
            step = command.downgrade if down else command.upgrade
            step(make_config(conn), revision)
            if sqlite:
                _check_sqlite_foreign_keys(conn)
    finally:
        if sqlite:
            _sqlite_foreign_keys(conn, on=True)


def _sqlite_foreign_keys(conn: sa.Connection, *, on: bool) -> None:
    """Switch SQLite foreign key enforcement on the raw connection (outside transactions)."""
    conn.connection.driver_connection.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")  # type: ignore[union-attr]


def _check_sqlite_foreign_keys(conn: sa.Connection) -> None:
    """Fail the migration when it left rows pointing at nothing."""
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        table = broken[0][0]
        raise StoreError(f"migration left {len(broken)} broken foreign keys (table {table})")


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None when it was never migrated."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def is_up_to_date(engine: Engine) -> bool:
    """True when the database is at the newest revision this code knows."""
    return current_revision(engine) == head_revision()
