"""Alembic environment for the monitor's schema.

`monitor.store.migrate.upgrade` hands in an open connection (config.attributes["connection"]);
the `alembic` command line hands in a URL (sqlalchemy.url). SQLite gets batch mode so that
later revisions can alter tables.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from monitor.store.db import make_engine
from monitor.store.migrate import load_table_modules

config = context.config
target_metadata = load_table_modules()


def _configure_and_run(connection: sa.Connection) -> None:
    """Run the migrations on one connection."""
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    """Emit the SQL to a script instead of running it (`alembic upgrade --sql`)."""
    url = config.get_main_option("sqlalchemy.url")
    context.configure(
        url=url,
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=bool(url and url.startswith("sqlite")),
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Run on the connection given by the caller, or on one opened from the URL."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure_and_run(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no connection and no sqlalchemy.url given to the migrations")
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            _configure_and_run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
