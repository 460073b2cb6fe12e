"""Benchmark of the daemon on a local farm of real article pages (run it; it prints figures).

    python bench/bench_daemon.py                 1,000 pages, 3 rounds, all modes, urlwatch
    python bench/bench_daemon.py --quick         a smaller run, under about two minutes
    python bench/bench_daemon.py --pages 5000 --rounds 5 --modes static,markup

For each mode of the farm (bench/farm.py: static = ETag/304, markup = markup changing on
every load, edit = markup plus 10% real text edits per round) the daemon (`run_daemon`, the
code of `monitor run`) makes passes over every page: a baseline pass, then one pass per
round with every article due at once. It prints checks/s, CPU ms per check, the outcomes,
false and missed changes, latency from a page edit to its change being stored, and bytes
stored per check and per new version. urlwatch runs on the same farm in the same rounds
(html2text filter, and a CSS selector for the article body) for a ratio. Finally the
daemon's RSS is measured in a fresh process while it runs a pass over a due subset of a
database holding 1,000 / 10,000 / 100,000 tracked articles.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from farm import FarmProcess, edited_in, load_pages, measure_ceiling  # noqa: E402

TARGETS = {"static": 400.0, "markup": 175.0}
RSS_TARGET_MB = 200.0
STORY_SIZE = 5  # articles per story, like a real story followed across a few outlets


# --- the database ---


def create_db(url: str, farm_port: int, count: int, due: int) -> None:
    """A migrated database with `count` articles on the farm, five per story; the first `due`
    are due now, the others in a year (so a pass touches only the due subset)."""
    import sqlalchemy as sa

    from monitor.store.db import make_engine
    from monitor.store.migrate import upgrade
    from monitor.store.tables import ArticleRow, Story

    engine = make_engine(url)
    upgrade(engine)
    now = datetime.now(UTC)
    later = now + timedelta(days=365)
    article = ArticleRow.__table__  # type: ignore[attr-defined]
    stories = (count + STORY_SIZE - 1) // STORY_SIZE
    with engine.begin() as conn:
        conn.execute(
            sa.insert(Story.__table__),  # type: ignore[attr-defined]
            [
                {"id": k + 1, "slug": f"bench-{k}", "title": f"Story {k}", "created_at": now}
                for k in range(stories)
            ],
        )
        for start in range(0, count, 10_000):
            rows = [
                {
                    "story_id": i // STORY_SIZE + 1,
                    "url": f"http://127.0.0.1:{farm_port}/a/{i}",
                    "original_url": f"http://127.0.0.1:{farm_port}/a/{i}",
                    "outlet": "farm",
                    "state": "active",
                    "created_at": now,
                    "next_check_at": now if i < due else later,
                    "consecutive_failures": 0,
                    "developing": False,
                }
                for i in range(start, min(count, start + 10_000))
            ]
            conn.execute(sa.insert(article), rows)
    engine.dispose()


def make_due(url: str, limit: int | None = None) -> None:
    """Every article (or the first `limit`) due now, unleased."""
    import sqlalchemy as sa

    from monitor.store.db import make_engine

    engine = make_engine(url)
    where = "" if limit is None else f" WHERE id <= {int(limit)}"
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "UPDATE article SET next_check_at = :now, lease_until = NULL, "
                "lease_owner = NULL, state = 'active'" + where
            ),
            {"now": datetime.now(UTC)},
        )
    engine.dispose()


def storage(url: str, snapshots: Path) -> dict[str, int]:
    """Bytes on disk (database after a WAL checkpoint, snapshot folder) and row counts."""
    import sqlite3

    db_path = Path(url.removeprefix("sqlite:///"))
    # Plain sqlite3: the store's engine wraps everything in BEGIN IMMEDIATE, and a WAL
    # checkpoint cannot run inside a transaction.
    conn = sqlite3.connect(db_path, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        counts = {
            name: int(conn.execute(query).fetchone()[0])
            for name, query in (
                ("versions", "SELECT count(*) FROM version"),
                ("snapshots", "SELECT count(*) FROM snapshot"),
                ("bodies", "SELECT count(*) FROM snapshot WHERE body_stored"),
                ("changes", "SELECT count(*) FROM change"),
            )
        }
    finally:
        conn.close()
    db_bytes = sum(p.stat().st_size for p in db_path.parent.glob(db_path.name + "*"))
    blob_bytes = sum(p.stat().st_size for p in snapshots.rglob("*") if p.is_file())
    return {"db_bytes": db_bytes, "blob_bytes": blob_bytes, **counts}


# --- one pass of the daemon ---


def bench_settings(url: str, snapshots: Path, args: argparse.Namespace) -> Any:
    """Settings for a pass: nothing becomes due again during it; the farm is one host."""
    from monitor.config import load_settings

    return load_settings(
        database_url=url,
        snapshots_dir=snapshots,
        fast_interval=1e7,
        cadence_tiers=((1e9, 1e7),),
        jitter=0.0,
        dispatch_interval=args.dispatch_interval,
        max_concurrent_checks=args.concurrency,
        http_transport=args.http_transport,
        # All pages live on 127.0.0.1: the politeness limits would measure the gate.
        per_host_concurrency=args.concurrency,
        per_host_min_gap=0.0,
        lease_seconds=600.0,
        shutdown_grace=30.0,
        fetch_timeout=30.0,
        alert_email_to=[],
        webhook_urls=[],
        apprise_urls=[],
        log_level="WARNING",
    )


@dataclass
class PassResult:
    """What one pass did and cost."""

    checks: int
    seconds: float
    cpu_seconds: float
    outcomes: dict[str, int]
    new_version_pages: list[int]
    latencies: list[float]  # seconds from the edit (round start) to the change stored
    check_ms: list[float]  # elapsed_ms of checks that stored a new version
    stored: dict[str, int] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        """Checks per second."""
        return self.checks / self.seconds if self.seconds else 0.0


async def _pass(settings: Any, expected: int, edited_at: float, check: Any = None) -> PassResult:
    from monitor.schedule.daemon import run_checks, run_daemon

    stop = asyncio.Event()
    outcomes: dict[str, int] = {}
    pages: list[int] = []
    latencies: list[float] = []
    check_ms: list[float] = []
    starts: list[float] = []
    last = [0.0]

    def on_outcome(report: Any) -> None:
        now = time.perf_counter()
        outcomes[report.outcome] = outcomes.get(report.outcome, 0) + 1
        starts.append(now - report.elapsed_ms / 1000)
        last[0] = now
        if report.outcome == "new_version":
            pages.append(int(report.url.rsplit("/", 1)[1]))
            latencies.append(now - edited_at)
            check_ms.append(report.elapsed_ms)
        if sum(outcomes.values()) >= expected:
            stop.set()

    # A pass that cannot finish (a check crashing without an outcome) ends at this limit and
    # is reported with fewer checks than pages.
    limit = 60.0 + expected
    cpu = time.process_time()
    if check is None:
        await run_daemon(settings, stop_event=stop, duration=limit, on_outcome=on_outcome)
    else:
        from monitor.store.db import make_engine

        engine = make_engine(settings.database_url)
        try:
            await run_checks(
                settings, engine, check, stop_event=stop, duration=3600, on_outcome=on_outcome
            )
        finally:
            engine.dispose()
    cpu = time.process_time() - cpu
    checks = sum(outcomes.values())
    seconds = last[0] - min(starts) if starts else 0.0
    return PassResult(checks, seconds, cpu, outcomes, pages, latencies, check_ms)


def run_pass(
    url: str, snapshots: Path, args: argparse.Namespace, expected: int, profile: bool = False
) -> PassResult:
    """Make every article due and run the daemon until each was checked once."""
    make_due(url)
    before = storage(url, snapshots)
    edited_at = time.perf_counter()
    settings = bench_settings(url, snapshots, args)
    if profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        result = profiler.runcall(asyncio.run, _pass(settings, expected, edited_at))
        stats = pstats.Stats(profiler)
        print("  -- profile of the event-loop thread, top by own time --")
        stats.sort_stats("tottime").print_stats(18)
        stats.sort_stats("cumulative").print_stats(30)
    else:
        result = asyncio.run(_pass(settings, expected, edited_at))
    after = storage(url, snapshots)
    result.stored = {k: after[k] - before[k] for k in after}
    return result


# --- where the time goes: the same pass with parts of the work taken away ---


@dataclass(frozen=True)
class FetchOnly:
    """What the fetch-only check returns (the fields the daemon and the bench read)."""

    article_id: int
    outcome: str
    url: str
    elapsed_ms: float
    developing: bool | None = None
    error: str | None = None
    changes: tuple[Any, ...] = ()
    version_number: int | None = None


def fetch_only_check(client: Any, farm: FarmProcess, static: bool) -> Any:
    """A check that fetches (conditionally, when static) and fingerprints, and stores nothing."""
    from monitor.extract import page_fingerprint
    from monitor.fetch import fetch

    async def check(article_id: int) -> FetchOnly:
        started = time.perf_counter()
        index = article_id - 1  # create_db inserts page i as article i + 1
        etag = f'"p{index}-g0"' if static else None
        result = await fetch(client, farm.url(index), etag=etag, max_bytes=10_000_000)
        outcome = "not_modified" if result.not_modified else "unchanged"
        if not result.not_modified:
            page_fingerprint(result.body)
        return FetchOnly(
            article_id, outcome, farm.url(index), (time.perf_counter() - started) * 1000
        )

    return check


async def _http_only(
    farm: FarmProcess, pages: int, concurrency: int, static: bool, settings: Any
) -> tuple[float, float]:
    """Fetch + fingerprint every page with `concurrency` tasks, no daemon, no database."""
    from monitor.fetch import make_client

    gate = asyncio.Semaphore(concurrency)
    async with make_client(settings) as client:
        check = fetch_only_check(client, farm, static)

        async def one(i: int) -> None:
            async with gate:
                await check(i + 1)

        cpu, started = time.process_time(), time.perf_counter()
        await asyncio.gather(*(one(i) for i in range(pages)))
        return time.perf_counter() - started, time.process_time() - cpu


def diagnose(
    url: str, snapshots: Path, farm: FarmProcess, args: argparse.Namespace, static: bool
) -> list[tuple[str, float, float]]:
    """(label, checks/s, CPU ms/check) for: HTTP + fingerprint alone; the daemon's loop
    (claim, reschedule) around the same fetch-only check; the real check (measured above)."""
    from monitor.fetch import make_client

    settings = bench_settings(url, snapshots, args)
    seconds, cpu = asyncio.run(_http_only(farm, args.pages, args.concurrency, static, settings))
    rows = [
        (
            "fetch + fingerprint only (no daemon, no database)",
            args.pages / seconds,
            cpu * 1000 / args.pages,
        )
    ]

    async def looped() -> PassResult:
        async with make_client(settings) as client:
            return await _pass(
                settings, args.pages, time.perf_counter(), fetch_only_check(client, farm, static)
            )

    make_due(url)
    result = asyncio.run(looped())
    rows.append(
        (
            "daemon loop (claim + reschedule) around that fetch-only check",
            result.rate,
            result.cpu_seconds * 1000 / max(1, result.checks),
        )
    )
    return rows


# --- urlwatch on the same farm ---


URLWATCH_CSS = "article p, [itemprop=articleBody] p, .article-body p, .story-body p, main p"


class Urlwatch:
    """urlwatch 2.x over the farm's pages with its own cache; one variant of filters."""

    def __init__(
        self, workdir: Path, farm: FarmProcess, pages: int, variant: str, reuse: bool = False
    ) -> None:
        self.dir = workdir / f"urlwatch-{variant}"
        if reuse:
            return  # a copy of a folder made earlier: jobs, config and cache are there
        self.dir.mkdir()
        filters: Any = (
            ["html2text"] if variant == "html2text" else [{"css": URLWATCH_CSS}, "html2text"]
        )
        jobs = [
            json.dumps({"name": f"p{i}", "url": farm.url(i), "filter": filters})
            for i in range(pages)
        ]
        (self.dir / "urls.yaml").write_text("\n---\n".join(jobs) + "\n", encoding="utf-8")
        config = {
            "display": {"new": False, "error": True, "unchanged": False},
            "report": {
                "stdout": {"enabled": True, "color": False},
                "text": {"details": False, "footer": False},
            },
        }
        (self.dir / "urlwatch.yaml").write_text(json.dumps(config), encoding="utf-8")

    def run(self) -> tuple[float, float, int, int]:
        """One urlwatch pass: (seconds, CPU seconds, jobs reported changed, errors)."""
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        proc = subprocess.run(
            [
                str(Path(sys.executable).parent / "urlwatch"),
                "--urls",
                str(self.dir / "urls.yaml"),
                "--config",
                str(self.dir / "urlwatch.yaml"),
                "--cache",
                str(self.dir / "cache.db"),
            ],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "HOME": str(self.dir)},
        )
        seconds = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        changed = len(re.findall(r"^\d+\. CHANGED: ", proc.stdout, flags=re.M))
        errors = len(re.findall(r"^\d+\. ERROR: ", proc.stdout, flags=re.M))
        return seconds, cpu, changed, errors


# --- reporting ---


def pct(values: list[float], q: float) -> float:
    """The q-quantile (0..1) of values, nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def median(values: list[float]) -> float:
    """The median, 0 for no values."""
    return statistics.median(values) if values else 0.0


@dataclass
class ModeReport:
    """Every figure of one farm mode."""

    mode: str
    passes: list[PassResult]
    expected_edits: list[set[int]]
    urlwatch: dict[str, list[tuple[float, float, int, int]]]
    diagnosis: list[tuple[str, float, float]]


def print_baseline(base: Baseline, pages: int) -> None:
    """The first pass: every page fetched, extracted and stored as a version."""
    r = base.result
    print(f"\n== baseline: first pass over {pages} pages (extract + store every page) ==")
    print(
        f"  daemon    {r.rate:,.1f} checks/s, {r.cpu_seconds * 1000 / max(1, r.checks):.1f} "
        f"CPU ms/check, outcomes {r.outcomes}"
    )
    for variant, (seconds, cpu, _, errors) in base.urlwatch.items():
        print(
            f"  urlwatch {variant:<9} {pages / seconds:,.1f} checks/s, "
            f"{cpu * 1000 / pages:.1f} CPU ms/check ({errors} errors)"
        )


def print_mode(report: ModeReport, pages: int) -> None:
    """The figures of one mode, medians over the measured passes."""
    p = report.passes
    rate = median([r.rate for r in p])
    cpu_ms = median([r.cpu_seconds * 1000 / max(1, r.checks) for r in p])
    outcomes: dict[str, int] = {}
    for r in p:
        for k, v in r.outcomes.items():
            outcomes[k] = outcomes.get(k, 0) + v
    target = TARGETS.get(report.mode)
    verdict = (
        ""
        if target is None
        else f"  (target >= {target:.0f}: " + ("met)" if rate >= target else "MISSED)")
    )
    print(f"\n== mode {report.mode}: {pages} pages, {len(p)} measured passes (medians) ==")
    print(f"  checks/s            {rate:,.1f}{verdict}")
    print(f"  CPU ms per check    {cpu_ms:.2f}")
    print(f"  outcomes (all)      {dict(sorted(outcomes.items()))}")
    short = [r.checks for r in p if r.checks < pages]
    if short:
        print(f"  WARNING: passes ended before every page was checked: {short} of {pages}")
    false_changes = missed = 0
    for r, edited in zip(p, report.expected_edits, strict=True):
        got = set(r.new_version_pages)
        false_changes += len(got - edited)
        missed += len(edited - got)
    edits = sum(len(e) for e in report.expected_edits)
    print(
        f"  false changes       {false_changes}"
        + (f"   missed edits {missed} of {edits}" if edits else "")
    )
    stored = {k: sum(r.stored.get(k, 0) for r in p) for k in p[0].stored}
    checks = sum(r.checks for r in p)
    db_each, blob_each = stored["db_bytes"] / max(1, checks), stored["blob_bytes"] / max(1, checks)
    print(
        f"  stored per check    {db_each + blob_each:,.0f} bytes (database {db_each:,.0f}"
        f" + snapshots {blob_each:,.0f}); rows: +{stored['versions']} versions,"
        f" +{stored['bodies']} bodies, +{stored['snapshots']} snapshot rows,"
        f" +{stored['changes']} changes"
    )
    if stored["versions"]:
        per_version = (stored["db_bytes"] + stored["blob_bytes"]) / stored["versions"]
        print(f"  stored per version  {per_version:,.0f} bytes")
    latencies = [x for r in p for x in r.latencies]
    if latencies:
        ms = [x for r in p for x in r.check_ms]
        print(
            f"  edit -> change stored, all pages due at the edit: median {median(latencies):.2f} s,"
            f" p95 {pct(latencies, 0.95):.2f} s (bounded by the pass length)"
        )
        print(
            f"  the changed page's own check (fetch..changes stored): median {median(ms):.0f} ms,"
            f" p95 {pct(ms, 0.95):.0f} ms"
        )
    for variant, runs in report.urlwatch.items():
        uw_rate = median([pages / s for s, _, _, _ in runs])
        uw_cpu = median([c * 1000 / pages for _, c, _, _ in runs])
        changed = sum(c for _, _, c, _ in runs)
        errors = sum(e for _, _, _, e in runs)
        print(
            f"  urlwatch {variant:<9}  {uw_rate:,.1f} checks/s, {uw_cpu:.2f} CPU ms/check, "
            f"{changed} reported changed over {len(runs)} passes ({errors} errors); "
            f"ours/urlwatch = {rate / uw_rate if uw_rate else float('nan'):.2f}x"
        )
    if report.diagnosis:
        print("  where the time goes (same pages, same concurrency):")
        for label, d_rate, d_cpu in report.diagnosis:
            print(f"    {label:<64} {d_rate:8,.1f} checks/s  {d_cpu:6.2f} CPU ms/check")
        print(
            f"    {'the real check (above)':<64} {rate:8,.1f} checks/s  {cpu_ms:6.2f} CPU ms/check"
        )


# --- a whole mode ---


@dataclass
class Baseline:
    """A database (and urlwatch caches) after the first pass over every page, to copy."""

    folder: Path
    result: PassResult
    urlwatch: dict[str, tuple[float, float, int, int]]


def make_baseline(farm: FarmProcess, args: argparse.Namespace, workdir: Path) -> Baseline:
    """The first pass of the daemon and of urlwatch over every page (round 0, markup mode)."""
    folder = workdir / "baseline"
    folder.mkdir()
    url = f"sqlite:///{folder / 'monitor.db'}"
    create_db(url, farm.port, args.pages, args.pages)
    farm.control(mode="markup", round_=0)
    print("[baseline] daemon: first pass, every page extracted and stored ...", flush=True)
    result = run_pass(url, folder / "snapshots", args, args.pages)
    watchers = (
        {}
        if args.no_urlwatch
        else {v: Urlwatch(folder, farm, args.pages, v) for v in ("html2text", "css")}
    )
    runs = {}
    for variant, watcher in watchers.items():
        print(f"[baseline] urlwatch {variant}: first pass ...", flush=True)
        runs[variant] = watcher.run()
    return Baseline(folder, result, runs)


def bench_mode(
    mode: str,
    farm: FarmProcess,
    args: argparse.Namespace,
    editable: tuple[set[int], int],
    workdir: Path,
    base: Baseline,
) -> ModeReport:
    """A warm-up pass, then `rounds` measured passes of the daemon (and of urlwatch)."""
    folder = workdir / mode
    shutil.copytree(base.folder, folder)
    url = f"sqlite:///{folder / 'monitor.db'}"
    snapshots = folder / "snapshots"
    watchers = {v: Urlwatch(folder, farm, args.pages, v, reuse=True) for v in base.urlwatch}
    # Round 0 again in this mode: static pages hand out their ETags on this pass.
    farm.control(mode=mode, round_=0)
    print(f"[{mode}] warm-up pass ...", flush=True)
    run_pass(url, snapshots, args, args.pages)
    for watcher in watchers.values():
        watcher.run()
    passes, expected = [], []
    uw: dict[str, list[tuple[float, float, int, int]]] = {v: [] for v in watchers}
    bases, base_count = editable
    for round_ in range(1, args.rounds + 1):
        farm.control(round_=round_)
        edited = {
            i
            for i in range(args.pages)
            if mode == "edit" and edited_in(i, round_) and (i % base_count) in bases
        }
        expected.append(edited)
        print(f"[{mode}] round {round_}: daemon pass ...", flush=True)
        profile = args.profile == mode and round_ == 1
        passes.append(run_pass(url, snapshots, args, args.pages, profile))
        for variant, watcher in watchers.items():
            print(f"[{mode}] round {round_}: urlwatch {variant} pass ...", flush=True)
            uw[variant].append(watcher.run())
    diagnosis = []
    if mode in ("static", "markup") and not args.no_diagnose:
        print(f"[{mode}] where the time goes: fetch-only passes ...", flush=True)
        diagnosis = diagnose(url, snapshots, farm, args, mode == "static")
    return ModeReport(mode, passes, expected, uw, diagnosis)


# --- RSS with many tracked articles ---


def rss_child(url: str, snapshots: str, due: int, args: argparse.Namespace) -> None:
    """In a fresh process: run a pass over the due subset, print peak and final RSS (JSON)."""
    peak = [0]
    stop_sampling = threading.Event()

    def sample() -> None:
        while not stop_sampling.wait(0.05):
            peak[0] = max(peak[0], _rss_kib())

    start_rss = _rss_kib()
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    result = asyncio.run(
        _pass(bench_settings(url, Path(snapshots), args), due, time.perf_counter())
    )
    stop_sampling.set()
    sampler.join()
    print(
        json.dumps(
            {
                "start_kib": start_rss,
                "peak_kib": max(peak[0], _rss_kib()),
                "hwm_kib": _status_kib("VmHWM"),
                "checks": result.checks,
                "rate": result.rate,
            }
        )
    )


def _status_kib(field_name: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field_name + ":"):
            return int(line.split()[1])
    return 0


def _rss_kib() -> int:
    return _status_kib("VmRSS")


def bench_rss(
    farm: FarmProcess, sizes: list[int], due: int, workdir: Path, args: argparse.Namespace
) -> None:
    """Peak RSS of a daemon process checking `due` articles of databases of `sizes` rows."""
    print(f"\n== daemon RSS while checking {due} due articles (markup mode) ==")
    farm.control(mode="markup", round_=0)
    for size in sizes:
        folder = workdir / f"rss-{size}"
        folder.mkdir()
        url = f"sqlite:///{folder / 'monitor.db'}"
        started = time.perf_counter()
        create_db(url, farm.port, size, min(due, size))
        built = time.perf_counter() - started
        proc = subprocess.run(
            [
                sys.executable,
                __file__,
                "--rss-child",
                url,
                str(folder / "snapshots"),
                str(min(due, size)),
                f"--dispatch-interval={args.dispatch_interval}",
                f"--concurrency={args.concurrency}",
                f"--http-transport={args.http_transport}",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        data = json.loads(proc.stdout.strip().splitlines()[-1])
        peak, start = data["hwm_kib"] / 1024, data["start_kib"] / 1024
        print(
            f"  {size:>7,} tracked: peak RSS {peak:6.1f} MB (at start {start:.1f} MB),"
            f" {data['checks']} checks at {data['rate']:.0f}/s; database built in {built:.1f} s"
            + ("" if peak <= RSS_TARGET_MB else f"  (target <= {RSS_TARGET_MB:.0f} MB MISSED)")
        )


# --- main ---


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command line options."""
    parser = argparse.ArgumentParser(description="Benchmark the daemon on a local page farm.")
    parser.add_argument("--pages", type=int, default=1000, help="pages in the farm (default 1000)")
    parser.add_argument("--rounds", type=int, default=3, help="measured passes per mode")
    parser.add_argument(
        "--modes",
        default="static,markup,edit",
        help="comma-separated: static, markup, edit, visible",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="150 pages, 3 rounds, RSS at 1k/10k only (about 2 minutes)",
    )
    parser.add_argument("--concurrency", type=int, default=32, help="max_concurrent_checks")
    parser.add_argument(
        "--dispatch-interval",
        type=float,
        default=1.0,
        help="dispatch_interval in seconds (the fallback tick; finished checks trigger claims)",
    )
    parser.add_argument(
        "--http-transport",
        choices=("aiohttp", "httpx"),
        default="aiohttp",
        help="http_transport of the daemon and of the fetch-only passes",
    )
    parser.add_argument("--rss", default="1000,10000,100000", help="tracked-article counts")
    parser.add_argument("--rss-due", type=int, default=500, help="due subset for the RSS pass")
    parser.add_argument("--no-urlwatch", action="store_true", help="skip urlwatch")
    parser.add_argument(
        "--no-diagnose",
        action="store_true",
        help="skip the fetch-only passes that show where the time goes",
    )
    parser.add_argument(
        "--profile",
        metavar="MODE",
        help="cProfile the first measured pass of MODE and print the top costs",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument(
        "--rss-child", nargs=3, metavar=("URL", "SNAPSHOTS", "DUE"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.pages = min(args.pages, 150)
        args.rss = "1000,10000"
        args.rss_due = 150
    return args


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print its figures."""
    args = parse_args(argv)
    # "skipped: maximum number of running instances": the dispatch tick is still busy
    # claiming, which is expected at this tick rate.
    logging.getLogger("apscheduler").setLevel(logging.ERROR)
    if args.rss_child:
        url, snapshots, due = args.rss_child
        rss_child(url, snapshots, int(due), args)
        return
    pages = load_pages()
    editable = ({i for i, p in enumerate(pages) if p.number is not None}, len(pages))
    workdir = Path(tempfile.mkdtemp(prefix="monitor-bench-"))
    started = time.perf_counter()
    try:
        with FarmProcess() as farm:
            print(
                f"farm: {len(pages)} real pages replicated to {args.pages}; "
                f"{os.cpu_count()} CPUs; daemon concurrency {args.concurrency}, "
                f"dispatch tick every {args.dispatch_interval} s, "
                f"HTTP transport {args.http_transport}"
            )
            for mode in ("static", "markup"):
                rate = measure_ceiling(farm, mode, clients=2, seconds=1.0)
                print(f"farm ceiling alone, {mode}: {rate:,.0f} requests/s")
            base = make_baseline(farm, args, workdir)
            reports = [
                bench_mode(m, farm, args, editable, workdir, base)
                for m in args.modes.split(",")
                if m
            ]
            print_baseline(base, args.pages)
            for report in reports:
                print_mode(report, args.pages)
            sizes = [int(s) for s in args.rss.split(",") if s]
            bench_rss(farm, sizes, args.rss_due, workdir, args)
    finally:
        if args.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    print(f"\nbench took {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
