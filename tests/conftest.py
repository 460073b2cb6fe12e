"""Shared fixtures: temporary SQLite and PostgreSQL databases, settings, seed paths.

PostgreSQL tests use the server named by MONITOR_TEST_PG_URL (a URL to a database of a role
that may CREATE DATABASE; `.ci/start-postgres.sh` starts one and prints it). Each test gets a
new, empty database that is dropped afterwards. Without MONITOR_TEST_PG_URL they skip locally;
under CI (CI=true) a missing server fails them instead of skipping.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
ABC_SEED = SEEDS / "abc-north-korean-troops-russia-austin.txt"
CNN_SEED = SEEDS / "cnn-austin-north-korea-troops-russia.txt"


def _find_aeb_corpus() -> Path:
    """The shared corpus of 181 real article pages: beside the clone (CI), or as configured."""
    candidates = [
        os.environ.get("MONITOR_AEB_CORPUS", ""),
        ROOT.parent / "shared" / "corpus" / "aeb",
        "/work/shared/corpus/aeb",
    ]
    for candidate in candidates:
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return ROOT.parent / "shared" / "corpus" / "aeb"


AEB_CORPUS = _find_aeb_corpus()


def _pg_admin_url() -> str | None:
    url = os.environ.get("MONITOR_TEST_PG_URL")
    if url:
        return url
    if os.environ.get("CI"):
        pytest.fail("CI=true but MONITOR_TEST_PG_URL is not set: PostgreSQL tests must run in CI")
    return None


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test; dropped afterwards."""
    admin = _pg_admin_url()
    if admin is None:
        pytest.skip("no PostgreSQL server configured (set MONITOR_TEST_PG_URL)")
    import sqlalchemy as sa

    name = f"monitor_test_{uuid.uuid4().hex[:12]}"
    engine = sa.create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    base = sa.engine.make_url(admin)
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        _drop_database(engine, name)
        engine.dispose()


def _drop_database(engine: Any, name: str) -> None:
    """Drop a test database, retrying while a background worker still holds it."""
    import sqlalchemy as sa

    for attempt in range(10):
        try:
            with engine.connect() as conn:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return
        except sa.exc.DBAPIError:
            if attempt == 9:
                raise
            time.sleep(0.5)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A SQLite database file in the test's temporary folder."""
    return f"sqlite:///{tmp_path / 'monitor.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Runs the test once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'monitor.db'}"
    return str(request.getfixturevalue("pg_url"))
