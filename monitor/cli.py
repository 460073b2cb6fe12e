"""The `monitor` command: thin, parse, call, print.

Domain errors become one clean line on stderr: exit 2 for bad input (unknown article,
malformed URL, missing file, bad setting), 1 for anything else the monitor failed at.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from sqlalchemy import Engine, make_url

from monitor.check import CheckContext, CheckOutcome, check_article, utcnow
from monitor.compare import compare
from monitor.config import (
    SETTINGS_ENV_PREFIX,
    Settings,
    documented_settings,
    load_settings,
    settings_markdown,
)
from monitor.diff import render_ansi, render_plain, word_diff
from monitor.errors import ConfigError, MonitorError, UsageError
from monitor.extract import extract_document
from monitor.fetch import make_client, validate_url
from monitor.model import CHANGE_FAMILIES, Change
from monitor.schedule.reschedule import revive_article
from monitor.seeding import load_seeds
from monitor.store import queries
from monitor.store.blobs import BlobStore
from monitor.store.db import make_engine, session_scope
from monitor.store.migrate import upgrade
from monitor.store.tables import row_id

app = typer.Typer(
    name="monitor",
    help="Change monitor for developing news stories: which quote or figure changed.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(highlight=False, soft_wrap=True, markup=False)  # article text is not markup


@dataclass
class Store:
    """What a database command works with: settings, engine, raw snapshot folder."""

    settings: Settings
    engine: Engine
    blobs: BlobStore


@contextmanager
def open_store() -> Iterator[Store]:
    """Load settings, open the database and upgrade its schema."""
    settings = load_settings()
    engine = make_engine(settings.database_url)
    try:
        upgrade(engine)
        yield Store(settings, engine, BlobStore(settings.snapshots_dir))
    finally:
        engine.dispose()


def change_hook(settings: Settings) -> Any:
    """The alert outbox's enqueue function, bound to these settings (None without channels)."""
    from monitor.alerts.outbox import make_change_hook

    return make_change_hook(settings)


@app.command()
def seed(
    folder: Annotated[
        Path | None, typer.Argument(help="Folder with stories.toml (default: the seeds setting).")
    ] = None,
) -> None:
    """Load the seed stories: stories, articles and each seed as version 1 (idempotent)."""
    with open_store() as store:
        report = load_seeds(store.engine, folder or store.settings.seeds_dir, utcnow())
    out.print(
        f"seeded: {report.stories_added} stories, {report.articles_added} articles, "
        f"{report.versions_added} seed versions added"
    )


@app.command()
def track(
    url: Annotated[str, typer.Argument(help="The article URL to track.")],
    story: Annotated[str, typer.Option(help="Story slug (created if new).")] = "default",
    outlet: Annotated[str | None, typer.Option(help="Outlet name.")] = None,
) -> None:
    """Track an article URL in a story; its first check stores the baseline version."""
    url = validate_url(url)
    with open_store() as store:
        with session_scope(store.engine) as session:
            title = story.replace("-", " ").capitalize()
            story_row, _ = queries.ensure_story(session, story, title)
            row, created = queries.ensure_article(
                session, story_row, url, outlet=outlet, now=utcnow()
            )
            article_id, article_url = row_id(row), row.url
        # tracking again revives a settled or gone article and restarts its story's quiet clock
        revive_article(store.engine, article_id, now=utcnow())
    out.print(f"{'tracking' if created else 'already tracked'}: article {article_id} {article_url}")


@app.command("list")
def list_(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List the stories and their articles with their state."""
    with open_store() as store, session_scope(store.engine) as session:
        rows = queries.list_stories(session)
        data: list[dict[str, Any]] = [
            {
                "story": s.slug,
                "title": s.title,
                # a story is developing while any of its articles carries the marker
                "developing": any(a.developing for a in articles),
                "articles": [queries.article_summary(session, a) for a in articles],
            }
            for s, articles in rows
        ]
    if as_json:
        print(json.dumps(data, indent=2, default=str))
        return
    if not data:
        out.print("no stories yet: run `monitor seed` or `monitor track URL`")
    for item in data:
        flag = " [developing]" if item["developing"] else ""
        out.print(f"{item['story']}{flag}: {item['title']}", markup=False, style="bold")
        for a in item["articles"]:
            out.print(
                f"  {a['id']:>4}  {a['outlet'] or '-':<12} {a['status']:<8} "
                f"v{a['versions']:<3} {'developing ' if a['developing'] else ''}{a['url']}",
                markup=False,
            )
            out.print(f"        {a['title'] or ''}", markup=False)
            if a["status"] == "article_failing":
                out.print(
                    f"        article_failing after {a['consecutive_failures']} failed checks: "
                    f"{a['last_error']}",
                    markup=False,
                )


@app.command()
def check(
    article: Annotated[str | None, typer.Argument(help="Article id or URL.")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Check every tracked article.")] = False,
) -> None:
    """Fetch articles once and record new versions and changes (one pass)."""
    if (article is None) == (not all_):
        raise UsageError("give an ARTICLE (id or URL) or --all")
    with open_store() as store:
        with session_scope(store.engine) as session:
            if article is not None:
                ids = [row_id(queries.find_article(session, article))]
            else:
                ids = [row_id(a) for a in queries.checkable_articles(session)]
        outcomes = asyncio.run(_check_many(store, ids))
    for o in outcomes:
        _print_outcome(o)


async def _check_many(store: Store, ids: list[int]) -> list[CheckOutcome]:
    from rich.progress import Progress

    results = []
    async with make_client(store.settings) as client:
        ctx = CheckContext(
            store.settings,
            store.engine,
            store.blobs,
            client,
            on_changes=change_hook(store.settings),
        )
        with Progress(
            console=Console(stderr=True), transient=True, disable=not sys.stderr.isatty()
        ) as bar:
            task = bar.add_task("checking", total=len(ids))
            for article_id in ids:
                results.append(await check_article(ctx, article_id))
                bar.advance(task)
    return results


def _print_outcome(o: CheckOutcome) -> None:
    head = f"article {o.article_id}: {o.outcome}"
    if o.version_number:
        head += f" (version {o.version_number})"
    if o.error:
        head += f" - {o.error}"
    out.print(head)
    for change in o.changes:
        out.print("  " + describe_change(change))


@app.command()
def history(article: Annotated[str, typer.Argument(help="Article id or URL.")]) -> None:
    """Show an article's versions, with the changes each brought."""
    with open_store() as store, session_scope(store.engine) as session:
        row = queries.find_article(session, article)
        out.print(f"article {row.id}: {row.title or ''}\n  {row.url}")
        for entry in queries.article_history(session, row):
            v = entry.version
            tag = " seed" if v.is_seed else ""
            dev = " developing" if v.developing else ""
            out.print(
                f"  v{v.number}{tag} {v.created_at:%Y-%m-%d %H:%M:%S} {v.word_count} words{dev} "
                f"({entry.snapshots} fetches)"
            )
            for change in entry.changes:
                out.print("      " + describe_change(change))
        failures = queries.recent_errors(session, row)
        for snap in failures:
            out.print(f"  ! {snap.fetched_at:%Y-%m-%d %H:%M:%S} {snap.outcome}: {snap.error}")


@app.command()
def diff(
    article: Annotated[str, typer.Argument(help="Article id or URL.")],
    from_: Annotated[int | None, typer.Option("--from", help="Old version number.")] = None,
    to: Annotated[
        int | None, typer.Option("--to", help="New version number (default latest).")
    ] = None,
    against_seed: Annotated[
        bool, typer.Option("--against-seed", help="Compare with the seed version.")
    ] = False,
) -> None:
    """Word diff between two versions (coloured on a terminal, [-old-]{+new+} in a pipe)."""
    with open_store() as store, session_scope(store.engine) as session:
        row = queries.find_article(session, article)
        new = (
            queries.version_by_number(session, row, to)
            if to
            else queries.latest_version(session, row)
        )
        if new is None:
            raise UsageError(f"article {row.id} has no versions yet")
        if against_seed:
            old = queries.seed_version(session, row) or queries.version_by_number(session, row, 1)
        else:
            old = queries.version_by_number(session, row, from_ or max(1, new.number - 1))
        old_text = queries.version_article(old).body
        new_text = queries.version_article(new).body
        label = f"article {row.id}: v{old.number} -> v{new.number}"
    d = word_diff(old_text, new_text)
    if sys.stdout.isatty():
        out.print(label)
        sys.stdout.write(render_ansi(d) + "\n")
    else:
        sys.stdout.write(label + "\n" + render_plain(d) + "\n")


@app.command()
def changes(
    story: Annotated[str | None, typer.Option(help="Story slug.")] = None,
    article: Annotated[str | None, typer.Option(help="Article id or URL.")] = None,
    kind: Annotated[
        str | None, typer.Option(help=f"Change family or kind: {'|'.join(CHANGE_FAMILIES)}.")
    ] = None,
    against_seed: Annotated[
        bool, typer.Option("--against-seed", help="Changes against the seed, not the previous.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List stored changes, newest last."""
    with open_store() as store, session_scope(store.engine) as session:
        if story is not None:
            queries.find_story(session, story)
        article_id = queries.find_article(session, article).id if article else None
        rows = queries.list_changes(
            session,
            story_slug=story,
            article_id=article_id,
            kind_prefix=kind,
            against="seed" if against_seed else "previous",
        )
        data = [
            {
                "id": r.id,
                "article_id": r.article_id,
                "version_id": r.version_id,
                "created_at": r.created_at.isoformat(),
                **r.data,
            }
            for r in rows
        ]
    if as_json:
        print(json.dumps(data, indent=2, default=str))
        return
    if not data:
        out.print("no changes")
    for item in data:
        out.print(
            f"{item['created_at'][:19]} article {item['article_id']}: "
            + describe_change(Change.from_dict(_change_fields(item)))
        )


def _change_fields(item: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v for k, v in item.items() if k not in ("id", "article_id", "version_id", "created_at")
    }


@app.command("compare")
def compare_cmd(
    old: Annotated[Path, typer.Argument(help="Old version: an HTML or text file.")],
    new: Annotated[Path, typer.Argument(help="New version: an HTML or text file, or - for stdin.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON of DESIGN.md.")] = False,
) -> None:
    """Compare two saved versions of an article (no database)."""
    result = compare(_read_document(old), _read_document(new))
    if as_json:
        print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
        return
    if not result.changes:
        out.print("no changes")
    for change in result.changes:
        out.print(describe_change(change))
    t = result.text
    out.print(
        f"words: +{t.added_words} -{t.removed_words} ={t.unchanged_words}"
        + (" (rewritten)" if t.rewritten else "")
    )


def _read_document(path: Path) -> Any:
    if str(path) == "-":
        return extract_document(sys.stdin.buffer.read())
    if not path.exists() or path.is_dir():  # pipes and /dev/fd/N are fine
        raise UsageError(f"no such file: {path}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from exc
    return extract_document(data)


@app.command("eval")
def eval_cmd(
    folder: Annotated[
        Path, typer.Argument(help="Corpus folder (one case folder per pair).")
    ] = Path("tests/data/revisions"),
) -> None:
    """Precision and recall per change kind over a labelled corpus of revision pairs."""
    from monitor.evaluate import evaluate_corpus, format_report

    if not folder.is_dir():
        raise UsageError(f"no such folder: {folder}")
    out.print(format_report(evaluate_corpus(folder)), markup=False)


@app.command("settings")
def settings_cmd(
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Print docs/settings.md (defaults and help).")
    ] = False,
) -> None:
    """Show every setting with its current value (secrets masked) and where to set it."""
    if markdown:
        sys.stdout.write(settings_markdown())
        return
    current = load_settings().model_dump()
    for env, _default, help_text in documented_settings():
        value = current[env.removeprefix(SETTINGS_ENV_PREFIX).lower()]
        shown = "********" if "secret" in env.lower() or "password" in env.lower() else value
        if env == "MONITOR_DATABASE_URL":
            shown = make_url(str(value)).render_as_string(hide_password=True)
        out.print(f"{env}={shown}", markup=False)
        out.print(f"    {help_text}", markup=False, style="dim")


@app.command()
def demo(
    duration: Annotated[
        float, typer.Option(help="Seconds the demonstration runs (at least 10).")
    ] = 60.0,
) -> None:
    """Offline demo: a local news site publishes revisions of the seed story while the
    daemon watches it and alerts a local mail and webhook sink."""
    from monitor.demo import run_demo

    if duration < 10:
        raise UsageError("--duration must be at least 10 seconds")
    raise SystemExit(run_demo(duration))


def describe_change(change: Change) -> str:
    """One line for a change: kind, speaker, old -> new."""

    def show(v: Any) -> str:
        if isinstance(v, dict):
            return str(v.get("text"))
        return "" if v is None else f'"{v}"' if change.kind.startswith("quote") else str(v)

    who = f" ({change.speaker})" if change.speaker else ""
    if change.kind in ("developing_marker_added", "developing_marker_removed"):
        return change.kind
    if change.old is None:
        return f"{change.kind}{who}: + {show(change.new)}"
    if change.new is None:
        return f"{change.kind}{who}: - {show(change.old)}"
    return f"{change.kind}{who}: {show(change.old)} -> {show(change.new)}"


def _register_subcommands() -> None:
    from monitor.alerts.cli import alerts_app
    from monitor.schedule.cli import register

    app.add_typer(alerts_app, name="alerts")
    register(app)


def main(argv: list[str] | None = None) -> None:
    """Entry point of the `monitor` console script."""
    _register_subcommands()
    try:
        app(args=argv, prog_name="monitor")
    except (UsageError, ConfigError) as exc:
        _fail(str(exc), 2)
    except MonitorError as exc:
        _fail(str(exc), 1)
    except KeyboardInterrupt:
        _fail("interrupted", 130)


def _fail(message: str, code: int, echo: Callable[..., None] = typer.echo) -> None:
    echo(f"monitor: error: {message}", err=True)
    raise SystemExit(code)
