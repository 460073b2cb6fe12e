"""Migrations: empty -> head on SQLite and PostgreSQL, idempotence, schema == metadata,
concurrent starts, and clean errors for unreachable or unknown databases."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from monitor.errors import StoreError
from monitor.store.db import make_engine, normalize_url
from monitor.store.migrate import (
    current_revision,
    downgrade,
    head_revision,
    is_up_to_date,
    load_table_modules,
    upgrade,
)

ROOT = Path(__file__).resolve().parent.parent
CORE_TABLES = {"story", "article", "snapshot", "version", "change"}


def _tables(engine: sa.Engine) -> set[str]:
    return set(sa.inspect(engine).get_table_names())


def _schema_diff(engine: sa.Engine) -> list[object]:
    """Alembic's differences between the database and every registered table module."""
    metadata = load_table_modules()
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return list(compare_metadata(context, metadata))


def test_upgrade_from_empty_to_head_then_again_is_a_noop(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        assert current_revision(engine) is None
        assert not is_up_to_date(engine)
        upgrade(engine)
        assert current_revision(engine) == head_revision()
        assert is_up_to_date(engine)
        assert _tables(engine) >= CORE_TABLES

        ddl: list[str] = []

        def record(conn: object, cursor: object, statement: str, *args: object) -> None:
            if statement.lstrip().upper().startswith(("CREATE", "ALTER", "DROP", "INSERT")):
                ddl.append(statement)

        sa.event.listen(engine, "before_cursor_execute", record)
        upgrade(engine)
        sa.event.remove(engine, "before_cursor_execute", record)
        assert ddl == []
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_initial_revision_id_is_stable() -> None:
    engine = make_engine("sqlite://")
    try:
        upgrade(engine, "0001_initial")
        assert current_revision(engine) == "0001_initial"
    finally:
        engine.dispose()


def test_schema_after_upgrade_matches_the_sqlmodel_metadata(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        upgrade(engine)
        assert _schema_diff(engine) == []
        # The comparison can fail: a missing index shows up.
        with engine.begin() as conn:
            conn.execute(sa.text("DROP INDEX ix_change_kind"))
        diff = _schema_diff(engine)
        assert any("ix_change_kind" in repr(d) for d in diff), diff
    finally:
        engine.dispose()


def test_downgrade_to_base_and_back(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        upgrade(engine)
        downgrade(engine, "base")
        assert current_revision(engine) is None
        assert not (CORE_TABLES & _tables(engine))
        upgrade(engine)
        assert _schema_diff(engine) == []
    finally:
        engine.dispose()


def test_upgrade_from_a_url_in_another_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    upgrade("sqlite:///nested/dir/monitor.db")  # relative to the cwd, folder created
    engine = make_engine(f"sqlite:///{tmp_path / 'nested/dir/monitor.db'}")
    try:
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_concurrent_upgrades_in_threads(db_url: str) -> None:
    errors: list[BaseException] = []
    barrier = threading.Barrier(3)

    def run() -> None:
        engine = make_engine(db_url)
        try:
            barrier.wait()
            upgrade(engine)
        except BaseException as exc:  # collected and re-raised in the test thread
            errors.append(exc)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=run) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    engine = make_engine(db_url)
    try:
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_concurrent_upgrades_in_processes(db_url: str) -> None:
    code = (
        "import sys, time\n"
        "from monitor.store.migrate import upgrade\n"
        "start = float(sys.argv[2])\n"
        "time.sleep(max(0.0, start - time.time()))\n"
        "upgrade(sys.argv[1])\n"
    )
    import time

    start = str(time.time() + 2.0)  # both start at the same moment, after importing
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-W", "error", "-c", code, db_url, start],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            cwd=ROOT,
        )
        for _ in range(2)
    ]
    results = [p.communicate(timeout=120) for p in procs]
    for proc, (_, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err.decode()
    engine = make_engine(db_url)
    try:
        assert current_revision(engine) == head_revision()
        assert _schema_diff(engine) == []
    finally:
        engine.dispose()


def test_unreachable_postgres_is_one_line_store_error() -> None:
    engine = make_engine("postgresql://monitor:secret@127.0.0.1:1/monitor")
    try:
        with pytest.raises(StoreError) as caught:
            upgrade(engine)
    finally:
        engine.dispose()
    message = str(caught.value)
    assert message.startswith("cannot connect to PostgreSQL at 127.0.0.1:1/monitor")
    assert "\n" not in message
    assert "secret" not in message


def test_unopenable_sqlite_file_is_store_error(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    engine = make_engine(f"sqlite:///{folder}")  # a folder is not a database file
    try:
        with pytest.raises(StoreError, match="cannot connect to SQLite database"):
            upgrade(engine)
    finally:
        engine.dispose()


def test_database_from_a_newer_version_is_store_error(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    try:
        upgrade(engine)
        with engine.begin() as conn:
            conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999_future'"))
        with pytest.raises(StoreError, match="9999_future"):
            upgrade(engine)
    finally:
        engine.dispose()


def test_url_aliases_mean_psycopg3() -> None:
    for url in ("postgres://u:p@h/db", "postgresql://u:p@h/db", "postgresql+psycopg://u:p@h/db"):
        assert normalize_url(url).drivername == "postgresql+psycopg"
    assert normalize_url("sqlite:///x.db").drivername == "sqlite"
    with pytest.raises(StoreError):
        make_engine("mysql://u:p@h/db")


def test_sqlite_pragmas(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    try:
        with engine.connect() as conn:
            pragma = conn.exec_driver_sql
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA busy_timeout").scalar() == 30_000
            assert pragma("PRAGMA synchronous").scalar() == 1  # NORMAL
    finally:
        engine.dispose()
