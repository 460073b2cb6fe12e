"""The embedded daemon against a real local news server and a real SQLite database."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
import typer
from sqlalchemy import Engine
from typer.testing import CliRunner

from monitor.check import CheckOutcome
from monitor.check_store import snapshot_record
from monitor.config import Settings, load_settings
from monitor.newsserver import NewsServer, render_article_html
from monitor.schedule.claim import Claimed
from monitor.schedule.cli import register
from monitor.schedule.daemon import run_checks, run_daemon
from monitor.schedule.hosts import HostGate, host_of
from monitor.schedule.maintenance import prune_snapshots
from monitor.schedule.reschedule import CheckResult
from monitor.schedule.status import gather_status, render_status
from monitor.store import queries
from monitor.store.db import make_engine, session_scope
from monitor.store.migrate import upgrade
from monitor.store.tables import ArticleRow, Snapshot, Story

PARAGRAPHS = [
    "North Korea has sent about 1,500 soldiers to Russia, officials said on Wednesday.",
    'Defense Secretary Lloyd Austin said: "What exactly they are doing remains to be seen."',
    "The troops are training at bases in the far east of Russia, according to the report.",
]
DEVELOPING = "This is a developing story. Check back for updates."


@pytest.fixture
def server() -> Iterator[NewsServer]:
    with NewsServer() as srv:
        yield srv


def make_settings(tmp_path: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "database_url": f"sqlite:///{tmp_path / 'monitor.db'}",
        "snapshots_dir": tmp_path / "snapshots",
        "fast_interval": 1.0,
        "dispatch_interval": 0.1,
        "per_host_min_gap": 0.0,
        "jitter": 0.0,
        "shutdown_grace": 2.0,
    }
    values.update(overrides)
    return load_settings(**values)


def publish(server: NewsServer, path: str, *, developing: bool = False, delay: float = 0.0) -> str:
    paragraphs = [*PARAGRAPHS, DEVELOPING] if developing else PARAGRAPHS
    html = render_article_html(title=f"Troops {path}", byline="Jane Doe", paragraphs=paragraphs)
    server.set_page(path, html, delay=delay)
    return server.url(path)


def track(
    settings: Settings, urls: list[str], story: str = "nk-troops"
) -> tuple[Engine, list[int]]:
    engine = make_engine(settings.database_url)
    upgrade(engine)
    with session_scope(engine) as s:
        st = queries.get_or_create_story(s, story, "North Korean troops")
        ids = [queries.add_article(s, st, url).id for url in urls]
    return engine, [i for i in ids if i is not None]


def rows(engine: Engine) -> dict[int, ArticleRow]:
    with session_scope(engine) as s:
        return {r.id or 0: r for r in s.exec(sa.select(ArticleRow)).scalars()}  # type: ignore[call-overload]


def snapshot_counts(engine: Engine) -> Counter[int]:
    t = Snapshot.__table__  # type: ignore[attr-defined]
    with engine.connect() as conn:
        return Counter(
            {
                a: n
                for a, n in conn.execute(
                    sa.select(t.c.article_id, sa.func.count()).group_by(t.c.article_id)
                )
            }
        )


async def test_run_daemon_checks_every_article_until_stopped(
    tmp_path: Path, server: NewsServer
) -> None:
    settings = make_settings(tmp_path)
    urls = [
        publish(server, "/world/a", developing=True),
        publish(server, "/world/b"),
        publish(server, "/world/c"),
    ]
    server.remove_page("/world/gone")
    engine, ids = track(settings, [*urls, server.url("/world/gone")])
    outcomes: list[Any] = []
    stop = asyncio.Event()

    def on_outcome(report: Any) -> None:
        outcomes.append(report)
        # SIGTERM-like stop once every live article was checked at least three times.
        if all(sum(o.article_id == i for o in outcomes) >= 3 for i in ids[:3]):
            stop.set()

    await run_daemon(settings, stop_event=stop, duration=30.0, on_outcome=on_outcome)
    assert stop.is_set(), "the articles were not checked three times within 30 s"
    by_id = rows(engine)
    paths = ["/world/a", "/world/b", "/world/c", "/world/gone"]
    counts = snapshot_counts(engine)
    for aid, path in zip(ids, paths, strict=True):
        # Every fetch the server saw is a recorded snapshot: nothing checked twice, nothing lost.
        assert server.hits(path) == counts[aid], path
        assert (by_id[aid].lease_owner, by_id[aid].lease_until) == (None, None)
    # One article is marked developing: the whole story is checked on the fast cadence.
    assert all(by_id[i].check_interval == 1.0 for i in ids[:3])
    with session_scope(engine) as s:
        story = s.get(Story, by_id[ids[0]].story_id)
        assert story is not None and story.developing
    first = {o.article_id: o.outcome for o in reversed(outcomes)}
    assert first[ids[1]] == "new_version"  # baseline on the first fetch
    gone = by_id[ids[3]]
    assert (gone.state, gone.next_check_at, server.hits("/world/gone")) == ("gone", None, 1)
    engine.dispose()


async def test_stop_releases_the_leases_of_unfinished_checks(
    tmp_path: Path, server: NewsServer
) -> None:
    settings = make_settings(tmp_path, shutdown_grace=0.2)
    engine, (slow, quick) = track(
        settings, [publish(server, "/slow", delay=5.0), publish(server, "/quick")]
    )
    stop = asyncio.Event()

    async def stop_when_slow_fetch_started() -> None:
        while server.hits("/slow") == 0:
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.1)
        stop.set()

    stopper = asyncio.create_task(stop_when_slow_fetch_started())
    started = time.monotonic()
    stats = await run_daemon(settings, stop_event=stop, duration=10.0)
    await stopper
    # The grace period (0.2 s), not the slow page (5 s), decides when the daemon returns.
    assert time.monotonic() - started < 4.5
    assert stats.released == 1
    by_id = rows(engine)
    assert (by_id[slow].lease_owner, by_id[slow].lease_until) == (None, None)
    due = by_id[slow].next_check_at
    assert due is not None and due <= datetime.now(UTC)  # due again for the next process
    assert snapshot_counts(engine)[slow] == 0
    assert by_id[quick].last_checked_at is not None
    engine.dispose()


async def test_a_crashing_check_counts_as_a_failure(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, failing_after=2, failure_backoff_max=0.2)
    engine, (aid,) = track(settings, ["http://127.0.0.1:9/never-fetched"])
    t = ArticleRow.__table__  # type: ignore[attr-defined]
    with engine.begin() as conn:  # checked every 0.1 s, so failures pile up quickly
        conn.execute(sa.update(t).where(t.c.id == aid).values(interval_override=0.1))
    calls: list[int] = []

    async def broken_check(article_id: int) -> CheckResult:
        calls.append(article_id)
        raise RuntimeError("extractor blew up")

    stats = await run_checks(settings, engine, broken_check, duration=1.5)
    row = rows(engine)[aid]
    assert len(calls) >= 2 and stats.crashed == len(calls)
    assert row.state == "failing"
    assert row.consecutive_failures == len(calls)
    assert row.last_error == "RuntimeError: extractor blew up"
    assert row.lease_owner is None
    engine.dispose()


async def test_a_check_made_before_a_crash_is_not_made_again(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, lease_seconds=0.5)
    engine, (aid,) = track(settings, ["http://127.0.0.1:9/checked-then-crashed"])
    # A process checked the article for its due time, then died before rescheduling it.
    checked_at = datetime.now(UTC)
    t = ArticleRow.__table__  # type: ignore[attr-defined]
    with session_scope(engine) as s:
        queries.add_snapshot(s, aid, fetched_at=checked_at, outcome="error", error="HTTP 502")
    with engine.begin() as conn:
        conn.execute(
            sa.update(t)
            .where(t.c.id == aid)
            .values(
                last_checked_at=checked_at,
                lease_owner="run:dead",
                last_error="HTTP 502",
                lease_until=checked_at + timedelta(seconds=0.3),
            )
        )
    calls: list[int] = []

    async def check(article_id: int) -> CheckResult:
        calls.append(article_id)
        return CheckResult(article_id, "unchanged")

    stats = await run_checks(settings, engine, check, duration=1.5)
    row = rows(engine)[aid]
    assert calls == [] and stats.checked == 1  # rescheduled from the recorded outcome
    assert (row.consecutive_failures, row.lease_owner) == (1, None)
    assert row.next_check_at is not None and row.next_check_at > checked_at
    engine.dispose()


async def test_concurrency_is_bounded(tmp_path: Path) -> None:
    settings = make_settings(
        tmp_path, max_concurrent_checks=3, per_host_concurrency=10, fast_interval=60.0
    )
    engine, _ = track(settings, [f"http://127.0.0.1:9/{i}" for i in range(10)])
    running, peak = 0, 0

    async def slow_check(article_id: int) -> CheckResult:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(0.15)
        running -= 1
        return CheckResult(article_id, "unchanged")

    stats = await run_checks(settings, engine, slow_check, duration=1.5)
    assert peak == 3
    assert stats.checked == 10  # each due once, checked once
    engine.dispose()


async def test_host_gate_spaces_requests_to_one_host() -> None:
    gate = HostGate(per_host=1, min_gap=0.2)
    starts: dict[str, list[float]] = {"a": [], "b": []}

    async def fetch(url: str) -> None:
        async with gate.slot(url):
            starts[host_of(url)[0]].append(time.monotonic())
            await asyncio.sleep(0.05)

    await asyncio.gather(
        *(fetch(f"http://a.example/{i}") for i in range(3)),
        *(fetch(f"http://b.example/{i}") for i in range(3)),
    )
    for times in starts.values():
        gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
        assert all(g >= 0.19 for g in gaps), gaps
    # Hosts do not wait for each other.
    assert abs(starts["a"][0] - starts["b"][0]) < 0.1
    assert host_of("https://User@News.Example.com:8443/x?y=1") == "news.example.com:8443"


async def test_host_gate_caps_requests_in_flight() -> None:
    gate = HostGate(per_host=2, min_gap=0.0)
    peak = 0

    async def fetch(i: int) -> None:
        nonlocal peak
        async with gate.slot(f"http://a.example/{i}"):
            peak = max(peak, gate.busy_hosts().get("a.example", 0))
            await asyncio.sleep(0.02)

    await asyncio.gather(*(fetch(i) for i in range(8)))
    assert peak == 2
    assert gate.busy_hosts() == {}


def test_status_report_and_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = make_settings(tmp_path)
    engine, (due, failing, settled, leased, later) = track(
        settings, [f"http://127.0.0.1:9/{i}" for i in range(5)]
    )
    now = datetime.now(UTC)
    t = ArticleRow.__table__  # type: ignore[attr-defined]
    with engine.begin() as conn:
        conn.execute(
            sa.update(t)
            .where(t.c.id == due)
            .values(
                next_check_at=now - timedelta(seconds=5), last_checked_at=now - timedelta(minutes=5)
            )
        )
        conn.execute(
            sa.update(t)
            .where(t.c.id == failing)
            .values(
                state="failing",
                consecutive_failures=6,
                last_error="HTTP 503 from upstream",
                next_check_at=now + timedelta(hours=1),
            )
        )
        conn.execute(
            sa.update(t).where(t.c.id == settled).values(state="settled", next_check_at=None)
        )
        conn.execute(
            sa.update(t)
            .where(t.c.id == leased)
            .values(lease_owner="run:x", lease_until=now + timedelta(minutes=1))
        )
        conn.execute(
            sa.update(t).where(t.c.id == later).values(next_check_at=now + timedelta(minutes=10))
        )
    report = gather_status(engine, now)
    assert report.by_state == {"active": 3, "settled": 1, "failing": 1, "gone": 0}
    assert (report.total, report.due_now, report.leased) == (5, 1, 1)
    assert report.last_check_at == now - timedelta(minutes=5)
    assert report.next_due_at == now + timedelta(minutes=10)
    assert [f.article_id for f in report.failing] == [failing]
    text = render_status(report)
    assert f"article_failing {failing}" in text and "HTTP 503 from upstream" in text

    monkeypatch.setenv("MONITOR_DATABASE_URL", settings.database_url)
    app = typer.Typer()
    register(app)
    result = CliRunner().invoke(app, ["status", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["by_state"]["failing"] == 1 and data["total"] == 5
    assert data["failing"][0]["last_error"] == "HTTP 503 from upstream"
    engine.dispose()


def test_retention_prunes_only_old_bodiless_snapshots(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, snapshot_retention_days=10)
    engine, (a, b) = track(settings, ["http://127.0.0.1:9/a", "http://127.0.0.1:9/b"])
    now = datetime.now(UTC)
    old, recent = now - timedelta(days=11), now - timedelta(days=1)
    with session_scope(engine) as s:
        keep_body = queries.add_snapshot(
            s, a, fetched_at=old, outcome="new_version", body_stored=True, body_hash="x" * 64
        )
        pruned = [
            queries.add_snapshot(s, a, fetched_at=old, outcome=o).id
            for o in ("unchanged", "error", "not_modified")
        ]
        keep_recent = queries.add_snapshot(s, a, fetched_at=recent, outcome="unchanged")
        keep_latest_of_b = queries.add_snapshot(s, b, fetched_at=old, outcome="error")
        kept = {keep_body.id, keep_recent.id, keep_latest_of_b.id}
    assert prune_snapshots(engine, settings, now) == 3
    t = Snapshot.__table__  # type: ignore[attr-defined]
    with engine.connect() as conn:
        left = {r[0] for r in conn.execute(sa.select(t.c.id))}
    assert left == kept and not left & set(pruned)
    engine.dispose()


async def test_finished_checks_refill_the_slots_without_waiting_for_the_timer(
    tmp_path: Path,
) -> None:
    # One tick at the start, the next in a minute: every other claim follows a finished check.
    settings = make_settings(
        tmp_path,
        dispatch_interval=60.0,
        max_concurrent_checks=4,
        per_host_concurrency=10,
        fast_interval=600.0,
    )
    engine, ids = track(settings, [f"http://127.0.0.1:9/{i}" for i in range(40)])
    seen: list[int] = []
    done = asyncio.Event()

    async def quick_check(article_id: int) -> CheckResult:
        await asyncio.sleep(0.01)
        return CheckResult(article_id, "unchanged")

    def on_outcome(report: Any) -> None:
        seen.append(report.article_id)
        if len(seen) == len(ids):
            done.set()

    stats = await run_checks(
        settings, engine, quick_check, stop_event=done, duration=20.0, on_outcome=on_outcome
    )
    assert sorted(seen) == ids  # each once
    assert stats.write_batches < len(ids)  # finished checks are written back together
    engine.dispose()


async def test_claimed_checks_leave_their_snapshots_to_the_schedule_writer(
    tmp_path: Path,
) -> None:
    settings = make_settings(tmp_path, max_concurrent_checks=8, per_host_concurrency=10)
    engine, ids = track(settings, [f"http://127.0.0.1:9/{i}" for i in range(12)])
    done = asyncio.Event()
    seen: list[int] = []

    async def by_id(article_id: int) -> CheckResult:
        raise AssertionError("a claimed article comes with its target")

    async def check_claimed(item: Claimed) -> CheckOutcome:
        assert item.target is not None and item.target.url == item.url
        now = datetime.now(UTC)
        record = snapshot_record(
            item.article_id,
            fetched_at=now,
            outcome="not_modified",
            article={"last_checked_at": now, "etag": '"e2"'},
            status_code=304,
            etag='"e2"',
        )
        return CheckOutcome(item.article_id, "not_modified", pending=record)

    def on_outcome(report: Any) -> None:
        seen.append(report.article_id)
        if len(seen) == len(ids):
            done.set()

    await run_checks(
        settings,
        engine,
        by_id,
        check_claimed=check_claimed,
        stop_event=done,
        duration=10.0,
        on_outcome=on_outcome,
    )
    assert sorted(seen) == ids
    assert snapshot_counts(engine) == Counter(dict.fromkeys(ids, 1))
    for row in rows(engine).values():
        assert (row.etag, row.lease_owner, row.state) == ('"e2"', None, "active")
        assert row.next_check_at is not None and row.last_checked_at is not None
    engine.dispose()
