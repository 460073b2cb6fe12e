"""`monitor demo`: a developing story, edited live on a local server, watched by the daemon.

Everything runs on 127.0.0.1 in temporary folders and is removed at the end: a news server
serving the seed story (ABC as a static page with an ETag, CNN with an ad token that changes
on every load), a SQLite database seeded with both articles, an SMTP sink and a webhook sink
that verifies the Standard Webhooks signature. The editors' script (`monitor.demo_script`)
revises the pages over the run while the daemon checks them on a fast cadence; each change
the daemon stores and each alert the sinks receive is printed as it happens, then the
story's history and a verdict: every scripted change found, nothing else reported.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import os
import secrets
import shutil
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TextIO

from monitor.demo_script import ABC_FILE, CNN_FILE, TIMELINE, Page, expected_kinds
from monitor.demo_script import initial_pages as script_pages
from monitor.model import Change
from monitor.newsserver import NewsServer

EMAIL_TO = "desk@example.org"
REFERENCE_SECONDS = 60.0  # the timeline is written for a minute; shorter runs compress it


class Printer:
    """Timestamped lines on `out`, from any thread."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.started = time.monotonic()
        self._lock = threading.Lock()

    def line(self, who: str, text: str) -> None:
        """One line: seconds since the start, who speaks, what happened."""
        with self._lock:
            self.out.write(f"{time.monotonic() - self.started:6.1f}s  {who:<8} {text}\n")
            self.out.flush()

    def plain(self, text: str = "") -> None:
        """A line without a timestamp."""
        with self._lock:
            self.out.write(text + "\n")
            self.out.flush()


def find_seeds(seeds_dir: Path | None = None) -> Path:
    """The seed folder: the one given, ./seeds, or the project's own seeds/."""
    candidates = [seeds_dir] if seeds_dir else [Path("seeds"), Path(__file__).parents[1] / "seeds"]
    for folder in candidates:
        if folder is not None and (folder / ABC_FILE).is_file() and (folder / CNN_FILE).is_file():
            return folder
    raise FileNotFoundError(f"the demo needs the seed files {ABC_FILE} and {CNN_FILE} in seeds/")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --- the alert sinks ----------------------------------------------------------------------


class SmtpSink:
    """An SMTP server (aiosmtpd) on 127.0.0.1 that prints the subject of each mail."""

    def __init__(self, printer: Printer) -> None:
        from aiosmtpd.controller import Controller

        self.printer = printer
        self.received = 0
        self.port = free_port()
        # server_hostname: no getfqdn(), which can wait on DNS when there is no network
        self.controller = Controller(
            self, hostname="127.0.0.1", port=self.port, server_hostname="localhost"
        )

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        """aiosmtpd hook: one message arrived."""
        from email import message_from_bytes, policy

        mail = message_from_bytes(
            envelope.original_content or envelope.content, policy=policy.default
        )
        self.received += 1
        self.printer.line("email", f"to {', '.join(envelope.rcpt_tos)}: {mail['Subject']}")
        return "250 OK"


def verify_signature(secret: str, body: bytes, headers: dict[str, str]) -> bool:
    """Check a Standard Webhooks signature, with the reference library when installed."""
    try:
        from standardwebhooks import Webhook
    except ImportError:
        from monitor.alerts.webhook import decode_secret, sign

        try:
            expected = sign(
                decode_secret(secret),
                headers["webhook-id"],
                int(headers["webhook-timestamp"]),
                body,
            )
        except (KeyError, ValueError):
            return False
        given = headers.get("webhook-signature", "").split()
        return any(secrets.compare_digest(expected, sig) for sig in given)
    try:
        Webhook(secret).verify(body, headers)
    except Exception:  # the library raises its own error class for any bad signature
        return False
    return True


class WebhookSink:
    """An HTTP endpoint on 127.0.0.1 that verifies each POST's signature and prints it."""

    def __init__(self, printer: Printer, secret: str) -> None:
        self.printer = printer
        self.secret = secret
        self.received = 0
        self.rejected = 0
        sink = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                """Quiet: the sink prints what matters."""

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                ok = sink.receive(body, {k.lower(): v for k, v in self.headers.items()})
                self.send_response(204 if ok else 401)
                self.send_header("content-length", "0")
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        """Where alerts are POSTed."""
        return f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def receive(self, body: bytes, headers: dict[str, str]) -> bool:
        """Verify and print one delivery; False when the signature is wrong."""
        import json

        if not verify_signature(self.secret, body, headers):
            self.rejected += 1
            self.printer.line("webhook", "REJECTED: bad signature")
            return False
        self.received += 1
        payload = json.loads(body)
        alerts = payload.get("alerts") or [payload]
        kinds = [str(c.get("kind")) for a in alerts for c in a.get("changes", [])]
        self.printer.line(
            "webhook", f"signature verified, {payload.get('type')}: {', '.join(kinds)}"
        )
        return True


@contextlib.contextmanager
def running_sinks(printer: Printer, secret: str) -> Iterator[tuple[SmtpSink, WebhookSink]]:
    """Start both sinks; stop them on the way out."""
    smtp, hook = SmtpSink(printer), WebhookSink(printer, secret)
    smtp.controller.start()
    hook.thread.start()
    try:
        yield smtp, hook
    finally:
        hook.server.shutdown()
        hook.server.server_close()
        smtp.controller.stop()


# --- the newsroom -------------------------------------------------------------------------


def publish(news: NewsServer, page: Page) -> None:
    """Serve a page as it is now: CNN's markup changes on every load (an ad token)."""
    if page.outage is not None:
        body = f"<!doctype html><title>{page.outage}</title><h1>Service Unavailable</h1>"
        news.set_page(page.path, body, status=page.outage, etag=False, last_modified=False)
    elif page.path == "/cnn":
        tokens = itertools.count(1)
        news.set_page(page.path, body_factory=lambda: page.html(f"ad-{next(tokens):06d}"))
    else:
        news.set_page(page.path, page.html())


async def play(news: NewsServer, pages: dict[str, Page], duration: float, printer: Printer) -> None:
    """Apply the timeline's edits at their times (scaled to the run's length)."""
    started = time.monotonic()
    for event in TIMELINE:
        await asyncio.sleep(max(0.0, started + event.at * duration - time.monotonic()))
        pages[event.path] = event.edit(pages[event.path])
        publish(news, pages[event.path])
        printer.line("editor", event.what)


def write_manifest(folder: Path, seeds: Path, news: NewsServer, pages: dict[str, Page]) -> None:
    """A seed manifest naming the two seed files, with URLs on the local server."""
    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    for path, seed_file in (("/abc", ABC_FILE), ("/cnn", CNN_FILE)):
        shutil.copyfile(seeds / seed_file, folder / seed_file)
        page = pages[path]
        entries.append(
            f'  [[story.article]]\n  outlet = "{page.outlet}"\n  url = "{news.url(path)}"\n'
            f'  title = "{page.title}"\n  byline = "{page.byline}"\n'
            f'  published = "2024-10-23"\n  seed = "{seed_file}"\n'
        )
    (folder / "stories.toml").write_text(
        '[[story]]\nslug = "north-korean-troops-russia"\n'
        'title = "North Korean troops in Russia"\n' + "\n".join(entries),
        encoding="utf-8",
    )


# --- the monitor ----------------------------------------------------------------------------


def demo_settings(
    workdir: Path, duration: float, smtp_port: int, hook_url: str, secret: str
) -> Any:
    """Settings for the demo only: every setting is given, so neither MONITOR_* variables
    nor a monitor.toml can send the demo's alerts anywhere else."""
    from monitor.config import Settings

    # 3 s for the minute-long run: several checks between two edits at any length.
    fast = max(0.5, 3.0 * duration / REFERENCE_SECONDS)
    values = {
        name: info.get_default(call_default_factory=True)
        for name, info in Settings.model_fields.items()
    }
    values.update(
        database_url=f"sqlite:///{workdir / 'demo.db'}",
        snapshots_dir=workdir / "snapshots",
        seeds_dir=workdir / "seeds",
        fetch_timeout=5.0,
        fast_interval=fast,
        # The story stops developing when ABC drops its marker: keep the fast pace anyway.
        cadence_tiers=((1e9, fast),),
        jitter=0.05,
        dispatch_interval=0.2,
        per_host_concurrency=4,
        per_host_min_gap=0.0,  # both outlets live on 127.0.0.1
        lease_seconds=30.0,
        shutdown_grace=3.0,
        alert_dispatch_interval=max(0.5, fast / 2),
        digest_window=0.0,
        alert_email_to=[EMAIL_TO],
        smtp_host="127.0.0.1",
        smtp_port=smtp_port,
        smtp_security="none",
        webhook_urls=[hook_url],
        webhook_secret=secret,
        delivery_timeout=5.0,
        retry_base_delay=1.0,
        log_level="WARNING",
    )
    return Settings(**values)


@dataclass
class Watch:
    """What the daemon reported, by page path, for the printout and the verdict."""

    printer: Printer
    paths: dict[int, str]
    outlets: dict[int, str]
    reported: dict[str, list[str]] = field(default_factory=dict)
    outcomes: dict[str, int] = field(default_factory=dict)
    outage_seen: int = 0

    def __call__(self, report: Any) -> None:
        """The daemon's on_outcome hook: print each change as it is stored."""
        self.outcomes[report.outcome] = self.outcomes.get(report.outcome, 0) + 1
        outlet = self.outlets.get(report.article_id, str(report.article_id))
        path = self.paths.get(report.article_id, "?")
        if report.outcome == "error":
            self.outage_seen += 1
            self.printer.line(outlet, f"fetch failed ({report.error}): no change recorded")
        for change in getattr(report, "changes", ()):
            self.reported.setdefault(path, []).append(change.kind)
            self.printer.line(outlet, describe(change))


def describe(change: Change) -> str:
    """Kind, speaker, old -> new on one line."""

    def show(value: Any) -> str:
        if isinstance(value, dict):
            return str(value.get("text"))
        return f'"{value}"' if isinstance(value, str) else "-"

    who = f" ({change.speaker})" if change.speaker else ""
    if change.kind.startswith("developing_marker"):
        return change.kind
    return f"{change.kind}{who}: {show(change.old)} → {show(change.new)}"


def print_history(printer: Printer, engine: Any, paths: dict[int, str]) -> None:
    """Every version of every article, with the changes each brought."""
    from monitor.store import queries
    from monitor.store.db import session_scope

    printer.plain("\nThe story's history:")
    with session_scope(engine) as session:
        for article_id in sorted(paths):
            row = queries.get_article(session, article_id)
            printer.plain(f"  {row.outlet}: {row.title}  ({row.url})")
            for entry in queries.article_history(session, article_id):
                v = entry.version
                tag = "seed" if v.is_seed else f"{v.word_count} words"
                printer.plain(
                    f"    v{v.number} {v.created_at:%H:%M:%S} {tag}, {entry.snapshots} fetches"
                )
                for change in entry.changes:
                    printer.plain(f"        {describe(change)}")


def verdict(printer: Printer, watch: Watch, smtp: SmtpSink, hook: WebhookSink) -> int:
    """Compare what was reported with the script; 0 when exactly the scripted changes were."""
    expected = expected_kinds()
    ok = True
    printer.plain("\nVerdict:")
    for path, kinds in sorted(expected.items()):
        got = watch.reported.get(path, [])
        ok &= got == kinds
        printer.plain(f"  {path}: expected {kinds}, reported {got}")
    for path in set(watch.reported) - set(expected):
        ok = False
        printer.plain(f"  {path}: unexpected {watch.reported[path]}")
    printer.plain(
        f"  503 blip: seen by {watch.outage_seen} check(s), "
        f"{'no change reported' if ok else 'see above'}"
    )
    printer.plain(f"  checks by outcome: {dict(sorted(watch.outcomes.items()))}")
    printer.plain(
        f"  alerts received: {smtp.received} emails, {hook.received} webhooks "
        f"({hook.rejected} rejected)"
    )
    printer.plain(
        "  OK: every scripted change was reported, and nothing else"
        if ok
        else "  FAILED: the reported changes differ from the script"
    )
    return 0 if ok else 1


async def _final_alerts(settings: Any) -> None:
    """Send what the daemon's last alert tick left pending (changes of the last seconds)."""
    with contextlib.suppress(ImportError):
        from monitor.alerts.channels import build_channels
        from monitor.alerts.dispatcher import dispatch_due
        from monitor.store.db import make_engine

        engine = make_engine(settings.database_url)
        try:
            await dispatch_due(
                engine, settings, build_channels(settings), base_url=settings.public_base_url
            )
        finally:
            engine.dispose()


async def _demo(duration: float, printer: Printer, seeds: Path, workdir: Path) -> int:
    from monitor.check import utcnow
    from monitor.schedule.daemon import run_daemon
    from monitor.seeding import load_seeds
    from monitor.store import queries
    from monitor.store.db import make_engine, session_scope
    from monitor.store.migrate import upgrade

    secret = "whsec_" + base64.b64encode(os.urandom(24)).decode()
    pages = script_pages(seeds)
    with NewsServer() as news, running_sinks(printer, secret) as (smtp, hook):
        for page in pages.values():
            publish(news, page)
        write_manifest(workdir / "seeds", seeds, news, pages)
        settings = demo_settings(workdir, duration, smtp.port, hook.url, secret)
        engine = make_engine(settings.database_url)
        try:
            upgrade(engine)
            load_seeds(engine, settings.seeds_dir, utcnow())
            with session_scope(engine) as session:
                rows = {p: queries.find_article(session, news.url(p)) for p in pages}
                paths = {int(r.id or 0): p for p, r in rows.items()}
                outlets = {int(r.id or 0): str(r.outlet) for r in rows.values()}
            printer.line(
                "monitor",
                f"watching {len(paths)} articles every "
                f"{settings.fast_interval:.1f} s; the story is developing",
            )
            watch = Watch(printer, paths, outlets)
            editors = asyncio.create_task(play(news, pages, duration, printer))
            await run_daemon(settings, duration=duration, on_outcome=watch)
            editors.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await editors
            await _final_alerts(settings)
            await asyncio.sleep(0.3)  # let the sinks print what just arrived
            print_history(printer, engine, paths)
            return verdict(printer, watch, smtp, hook)
        finally:
            engine.dispose()


def run_demo(
    duration: float = 60.0, out: TextIO = sys.stdout, seeds_dir: Path | None = None
) -> int:
    """Run the demonstration for `duration` seconds (the script scales with it) and print
    what happens; the exit code is 0 when exactly the scripted changes were reported."""
    if duration < 10:
        raise ValueError("the demo needs at least 10 seconds")
    printer = Printer(out)
    seeds = find_seeds(seeds_dir)
    printer.plain(
        f"monitor demo: {len(TIMELINE)} edits of the seed story over {duration:.0f} s, "
        "all on 127.0.0.1 (no network)\n"
    )
    with tempfile.TemporaryDirectory(prefix="monitor-demo-") as tmp:
        return asyncio.run(_demo(duration, printer, seeds, Path(tmp)))
