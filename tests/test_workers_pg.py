"""Several `monitor worker` processes sharing one PostgreSQL database through procrastinate.

Real subprocesses, a real local news server, a real PostgreSQL: every due article is checked,
none twice for the same due time, and a worker killed with SIGKILL in the middle of its
checks loses nothing (its leases lapse and another worker checks those articles).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import Engine

from monitor.newsserver import NewsServer, render_article_html
from monitor.schedule.workers import ensure_queue_schema, interval_cron, pg_conninfo
from monitor.store import queries
from monitor.store.db import make_engine, session_scope
from monitor.store.migrate import upgrade
from monitor.store.tables import ArticleRow, Snapshot

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 18
PAGE_DELAY = 0.8  # seconds per fetch, so a worker is always in the middle of some checks
LEASE = 8.0  # longer than any wait in the queue; a dead worker's jobs come back sooner
# (stalled after 3 s without a heartbeat) and keep their lease


@pytest.fixture
def server() -> Iterator[NewsServer]:
    with NewsServer() as srv:
        yield srv


@pytest.fixture
def engine(pg_url: str) -> Iterator[Engine]:
    eng = make_engine(pg_url)
    upgrade(eng)
    yield eng
    eng.dispose()


def worker_env(pg_url: str, tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "MONITOR_CONFIG": str(tmp_path / "no-monitor.toml"),
            "MONITOR_DATABASE_URL": pg_url,
            "MONITOR_SNAPSHOTS_DIR": str(tmp_path / "snapshots"),
            "MONITOR_FAST_INTERVAL": "3600",  # each article is due once during the test
            "MONITOR_JITTER": "0",
            "MONITOR_DISPATCH_INTERVAL": "1",
            "MONITOR_DISPATCH_BATCH": "8",
            "MONITOR_LEASE_SECONDS": str(LEASE),
            "MONITOR_PER_HOST_CONCURRENCY": "10",
            "MONITOR_PER_HOST_MIN_GAP": "0",
            "MONITOR_WORKER_HEARTBEAT_INTERVAL": "1",
            "MONITOR_STALLED_WORKER_TIMEOUT": "3",
            "MONITOR_SHUTDOWN_GRACE": "3",
            "MONITOR_LOG_LEVEL": "INFO",
            "PYTHONPATH": str(ROOT),
        }
    )
    return env


def start_worker(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as stderr:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(
            [sys.executable, "-m", "monitor", "worker", "--concurrency", "3"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )


def checks_logged(log: Path) -> int:
    return log.read_text(errors="replace").count("scheduled article_id=")


def snapshot_counts(engine: Engine) -> dict[int, int]:
    t = Snapshot.__table__  # type: ignore[attr-defined]
    with engine.connect() as conn:
        query = sa.select(t.c.article_id, sa.func.count()).group_by(t.c.article_id)
        return {int(a): int(n) for a, n in conn.execute(query)}


def all_rescheduled(engine: Engine) -> bool:
    """Every article checked and given its next due time, no lease left."""
    t = ArticleRow.__table__  # type: ignore[attr-defined]
    with engine.connect() as conn:
        rows = conn.execute(sa.select(t.c.last_checked_at, t.c.next_check_at, t.c.lease_owner))
        return all(
            checked is not None and due > checked and owner is None for checked, due, owner in rows
        )


def wait_for(predicate: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def test_workers_share_checks_and_recover_a_killed_worker(
    pg_url: str, engine: Engine, server: NewsServer, tmp_path: Path
) -> None:
    paths = [f"/story/{i}" for i in range(ARTICLES)]
    with session_scope(engine) as s:
        story = queries.get_or_create_story(s, "troops", "Troops")
        for i, path in enumerate(paths):
            server.set_page(
                path,
                render_article_html(
                    title=f"Article {i}",
                    paragraphs=[
                        f"Officials said {1000 + i} soldiers had arrived in the region.",
                        'A spokesman said: "We are watching this very closely indeed."',
                    ],
                ),
                delay=PAGE_DELAY,
            )
            queries.add_article(s, story, server.url(path))
    env = worker_env(pg_url, tmp_path)
    logs = [tmp_path / "worker-a.log", tmp_path / "worker-b.log"]
    victim, survivor = (start_worker(env, log) for log in logs)
    try:
        # Kill one worker with SIGKILL once it has done some checks and started more.
        wait_for(lambda: checks_logged(logs[0]) >= 1, 30, "the first worker's first check")
        time.sleep(PAGE_DELAY / 3)  # it has started its next fetches
        victim.send_signal(signal.SIGKILL)
        victim.wait(10)
        wait_for(lambda: all_rescheduled(engine), 40, "every article to be checked")
        time.sleep(1.5)  # room for a wrong second check to show up
    finally:
        if victim.poll() is None:
            victim.kill()
        survivor.send_signal(signal.SIGTERM)
        survivor.wait(20)
    assert survivor.returncode == 0, logs[1].read_text()[-3000:]

    counts = snapshot_counts(engine)
    hits = {p: server.hits(p) for p in paths}
    # Every article was checked exactly once for its one due time...
    assert sorted(counts.values()) == [1] * ARTICLES
    # ...and only the fetches the killed worker never finished were made again.
    extra = sum(hits.values()) - ARTICLES
    assert 1 <= extra <= 3, hits
    assert all(1 <= n <= 2 for n in hits.values()), hits
    # Both workers did part of the work before one died.
    per_worker = [checks_logged(log) for log in logs]
    assert all(n > 0 for n in per_worker), per_worker
    assert sum(per_worker) == ARTICLES
    t = ArticleRow.__table__  # type: ignore[attr-defined]
    with engine.connect() as conn:
        leased = conn.execute(sa.select(sa.func.count()).where(t.c.lease_owner.is_not(None)))
        assert leased.scalar_one() == 0
        states = conn.execute(sa.select(t.c.state, t.c.next_check_at)).all()
    assert all(state == "active" and due is not None for state, due in states)


def test_queue_schema_is_applied_once(pg_url: str) -> None:
    conninfo = pg_conninfo(pg_url)
    assert ensure_queue_schema(conninfo) is True
    assert ensure_queue_schema(conninfo) is False


def test_worker_settings_helpers() -> None:
    assert (
        pg_conninfo("postgresql+psycopg://u:p%40ss@h:5433/db") == "postgresql://u:p%40ss@h:5433/db"
    )
    assert interval_cron(1.0) == "* * * * * */1"
    assert interval_cron(0.2) == "* * * * * */1"
    assert interval_cron(5) == "* * * * * */5"
    assert interval_cron(300) == "*/5 * * * *"
    assert interval_cron(3600) == "0 */1 * * *"
    from monitor.errors import ConfigError

    with pytest.raises(ConfigError, match="PostgreSQL"):
        pg_conninfo("sqlite:///x.db")
