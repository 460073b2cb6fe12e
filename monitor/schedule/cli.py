"""The schedule's commands: `monitor run`, `monitor worker`, `monitor status`.

`monitor run` is the embedded default (one process, SQLite or PostgreSQL). `monitor worker`
shares the work of a PostgreSQL database between processes on any number of machines; every
worker also takes turns dispatching due articles, so no separate dispatcher process is needed.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Annotated

import typer

from monitor.config import Settings, load_settings


def configure_logging(settings: Settings) -> None:
    """key=value log lines on stderr at the settings' level (unless logging is set up)."""
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(
            level=settings.log_level.upper(),
            format="%(asctime)s %(levelname)s %(name)s %(message)s",
        )
    else:
        root.setLevel(settings.log_level.upper())
    # One line per check comes from the monitor itself; these would repeat it every tick.
    for noisy in ("apscheduler", "httpx", "procrastinate", "alembic"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))


def run(
    duration: Annotated[
        float | None,
        typer.Option(help="Stop after this many seconds (default: until stopped)."),
    ] = None,
) -> None:
    """Check due articles on their schedule until stopped (Ctrl-C or SIGTERM)."""
    from monitor.schedule.daemon import run_daemon

    settings = load_settings()
    configure_logging(settings)
    stats = asyncio.run(run_daemon(settings, duration=duration, install_signal_handlers=True))
    typer.echo(f"stopped: {stats.checked} checks, {stats.released} leases released", err=True)


def worker(
    concurrency: Annotated[
        int | None,
        typer.Option(help="Checks run at the same time (default: the worker_concurrency setting)."),
    ] = None,
    duration: Annotated[
        float | None,
        typer.Option(help="Stop after this many seconds (default: until stopped)."),
    ] = None,
) -> None:
    """Run a worker sharing the checks of a PostgreSQL database with other workers."""
    from monitor.schedule.workers import run_worker

    settings = load_settings()
    configure_logging(settings)
    checked = asyncio.run(
        run_worker(
            settings, concurrency=concurrency, duration=duration, install_signal_handlers=True
        )
    )
    typer.echo(f"stopped: {checked} checks", err=True)


def status(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Articles by state, what is due, in flight and failing, the last and next check."""
    from monitor.schedule.daemon import utcnow
    from monitor.schedule.runtime import open_engine
    from monitor.schedule.status import gather_status, render_status

    engine = open_engine(load_settings())
    try:
        report = gather_status(engine, utcnow())
    finally:
        engine.dispose()
    if as_json:
        typer.echo(json.dumps(report.to_json(), indent=2))
    else:
        typer.echo(render_status(report))


def register(app: typer.Typer) -> None:
    """Add `run`, `worker` and `status` to the `monitor` command."""
    app.command("run")(run)
    app.command("worker")(worker)
    app.command("status")(status)


def main() -> None:
    """`python -m monitor.schedule.cli`: the schedule's commands on their own."""
    app = typer.Typer(no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
    register(app)
    app()


if __name__ == "__main__":
    main()
