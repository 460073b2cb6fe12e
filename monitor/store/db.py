"""Engines and sessions for the embedded SQLite file or a shared PostgreSQL server.

SQLite runs in WAL mode with foreign keys on, and every transaction starts with
`BEGIN IMMEDIATE`: a deferred transaction that reads first and writes later fails at once
with "database is locked" (the busy timeout does not apply) when another process wrote in
between; taking the write lock up front makes writers queue on the busy timeout instead.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, ExceptionContext
from sqlmodel import Session

from monitor.errors import StoreError

SQLITE_BUSY_TIMEOUT_MS = 30_000
_PG_ALIASES = ("postgres", "postgresql")


def normalize_url(url: str) -> URL:
    """Parse a database URL; plain `postgresql://` and `postgres://` mean psycopg 3."""
    try:
        parsed = sa.engine.make_url(url)
    except sa.exc.ArgumentError as exc:
        raise StoreError(f"bad database URL {url!r}: {exc}") from exc
    if parsed.drivername in _PG_ALIASES:
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def make_engine(url: str) -> Engine:
    """An engine for `url` (sqlite:///path.db or postgresql+psycopg://...), tuned for us."""
    parsed = normalize_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = _sqlite_engine(parsed)
    elif parsed.get_backend_name() == "postgresql":
        engine = sa.create_engine(parsed, pool_pre_ping=True)
    else:
        raise StoreError(
            f"unsupported database {parsed.get_backend_name()!r}: use sqlite or postgresql"
        )
    event.listen(engine, "handle_error", _connect_error_handler(parsed))
    return engine


def _sqlite_engine(url: URL) -> Engine:
    """A SQLite engine whose file's folder exists, with pragmas set on every connection."""
    database = url.database or ""
    if database and database != ":memory:" and not database.startswith("file:"):
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    # The pool hands a connection to one thread at a time, so sharing across threads is safe.
    engine = sa.create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _sqlite_on_connect)
    event.listen(engine, "begin", _sqlite_on_begin)
    return engine


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    """Set the pragmas and hand transaction control to SQLAlchemy (see `_sqlite_on_begin`)."""
    # isolation_level=None stops the sqlite3 module from issuing its own BEGINs.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        _enable_wal(cursor)
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def _enable_wal(cursor: Any) -> None:
    """Switch a database file to WAL, waiting out another process that is doing the same.

    Changing the journal mode needs an exclusive lock, and SQLite answers "database is locked"
    at once instead of calling the busy handler when two processes open a new file together.
    """
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _sqlite_on_begin(connection: sa.Connection) -> None:
    """Start every transaction holding the write lock (see the module docstring)."""
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _connect_error_handler(url: URL) -> Any:
    """A handle_error listener that turns failures to connect into one-line StoreErrors."""

    def handle(ctx: ExceptionContext) -> BaseException | None:
        # Only failures to open a connection; errors of statements keep their own types.
        if ctx.connection is not None or ctx.is_pre_ping:
            return None
        reason = _first_line(ctx.original_exception)
        return StoreError(f"cannot connect to {describe_url(url)}: {reason}")

    return handle


def describe_url(url: URL | str) -> str:
    """Where a database is, for messages, without the password."""
    parsed = normalize_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() == "sqlite":
        return f"SQLite database {parsed.database or ':memory:'}"
    host = parsed.host or "localhost"
    return f"PostgreSQL at {host}:{parsed.port or 5432}/{parsed.database or ''}"


def _first_line(exc: BaseException) -> str:
    """The first non-empty line of an exception's message."""
    for line in str(exc).splitlines():
        if line.strip():
            return line.strip()
    return type(exc).__name__


def is_postgres(engine: Engine | sa.Connection) -> bool:
    """True when the engine or connection talks to PostgreSQL."""
    return engine.dialect.name == "postgresql"


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits when the block ends normally and rolls back on an error."""
    # expire_on_commit=False keeps loaded rows readable after the block has closed.
    with Session(engine, expire_on_commit=False) as s:
        try:
            yield s
            s.commit()
        except BaseException:
            s.rollback()
            raise


session = session_scope
