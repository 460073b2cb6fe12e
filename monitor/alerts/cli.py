"""`monitor alerts ...`: list the outbox, show one alert, retry dead ones, test a channel,
run one dispatch pass. Thin: parse, call, print; domain errors become UsageError."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Annotated, Any

import typer
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from monitor.alerts.channels import Channel, build_channel, build_channels
from monitor.alerts.render import AlertView, ArticleInfo, StoryInfo, render_message
from monitor.alerts.tables import DELIVERY_STATUSES, Alert, Delivery, DeliveryAttempt
from monitor.config import Settings, load_settings
from monitor.errors import DeliveryError, UsageError
from monitor.model import Change
from monitor.store.db import make_engine, session_scope
from monitor.store.migrate import upgrade
from monitor.store.tables import utcnow

alerts_app = typer.Typer(
    help="Alerts: list the outbox, show, retry, test a channel, dispatch.",
    add_completion=False,
    pretty_exceptions_enable=False,
)


@contextmanager
def _database() -> Iterator[tuple[Settings, Engine]]:
    settings = load_settings()
    engine = make_engine(settings.database_url)
    try:
        upgrade(engine)
        yield settings, engine
    finally:
        engine.dispose()


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat(timespec="seconds") if moment else None


def _delivery_dict(d: Delivery) -> dict[str, Any]:
    return {
        "id": d.id,
        "channel": d.channel,
        "status": d.status,
        "attempts": d.attempts,
        "message_id": d.batch_key or d.key,
        "next_attempt_at": _iso(d.next_attempt_at) if d.status == "pending" else None,
        "sent_at": _iso(d.sent_at),
        "last_status_code": d.last_status_code,
        "last_error": d.last_error,
    }


def _alert_dict(alert: Alert, deliveries: list[Delivery]) -> dict[str, Any]:
    return {
        "id": alert.id,
        "key": alert.key,
        "story_id": alert.story_id,
        "article_id": alert.article_id,
        "versions": {"from": alert.from_version, "to": alert.to_version},
        "kinds": alert.kinds,
        "created_at": _iso(alert.created_at),
        "deliveries": [_delivery_dict(d) for d in deliveries],
    }


def _deliveries_by_alert(s: Session, alert_ids: list[int]) -> dict[int, list[Delivery]]:
    found: dict[int, list[Delivery]] = {}
    query = select(Delivery).where(col(Delivery.alert_id).in_(alert_ids)).order_by(col(Delivery.id))
    for delivery in s.exec(query):
        found.setdefault(int(delivery.alert_id or 0), []).append(delivery)
    return found


@alerts_app.callback(invoke_without_command=True)
def list_alerts(
    ctx: typer.Context,
    status: Annotated[
        str | None, typer.Option(help="Only alerts with a delivery in this state.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    limit: Annotated[int, typer.Option(help="Newest N alerts.")] = 50,
) -> None:
    """List the newest alerts and the state of their deliveries."""
    if ctx.invoked_subcommand is not None:
        return
    if status is not None and status not in DELIVERY_STATUSES:
        raise UsageError(f"--status must be one of {', '.join(DELIVERY_STATUSES)}")
    with _database() as (_, engine), session_scope(engine) as s:
        query = select(Alert).order_by(col(Alert.id).desc()).limit(limit)
        if status is not None:
            having = select(Delivery.alert_id).where(col(Delivery.status) == status)
            query = query.where(col(Alert.id).in_(having))
        alerts = list(s.exec(query))
        deliveries = _deliveries_by_alert(s, [int(a.id or 0) for a in alerts])
        rows = [_alert_dict(a, deliveries.get(int(a.id or 0), [])) for a in alerts]
    if as_json:
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        typer.echo("no alerts")
    for row in rows:
        states = ", ".join(f"{d['channel']}={d['status']}" for d in row["deliveries"]) or "-"
        typer.echo(
            f"{row['id']:>5}  {row['created_at']}  article {row['article_id']} "
            f"v{row['versions']['from']}->v{row['versions']['to']}  "
            f"{','.join(row['kinds'])}  [{states}]"
        )


@alerts_app.command()
def show(alert_id: Annotated[int, typer.Argument(help="Alert id.")]) -> None:
    """Print one alert: its webhook payload, its deliveries and every attempt."""
    with _database() as (settings, engine), session_scope(engine) as s:
        alert = s.get(Alert, alert_id)
        if alert is None:
            raise UsageError(f"unknown alert: {alert_id}")
        from monitor.alerts.dispatcher import load_views

        view = load_views(s, [alert_id])[0]
        deliveries = _deliveries_by_alert(s, [alert_id]).get(alert_id, [])
        attempts = s.exec(
            select(DeliveryAttempt)
            .where(col(DeliveryAttempt.delivery_id).in_([d.id for d in deliveries]))
            .order_by(col(DeliveryAttempt.id))
        ).all()
        message = render_message(alert.key, [view], settings.public_base_url)
        result = _alert_dict(alert, deliveries)
        result["payload"] = message.payload
        result["attempts"] = [
            {
                "delivery_id": a.delivery_id,
                "message_id": a.message_id,
                "at": _iso(a.at),
                "outcome": a.outcome,
                "status_code": a.status_code,
                "error": a.error,
                "duration_ms": a.duration_ms,
            }
            for a in attempts
        ]
    typer.echo(json.dumps(result, indent=2, ensure_ascii=False))


@alerts_app.command()
def retry(
    alert_id: Annotated[int | None, typer.Argument(help="Alert id to send again.")] = None,
    dead: Annotated[bool, typer.Option("--dead", help="Retry every dead delivery.")] = False,
) -> None:
    """Put dead deliveries back in the queue (of one alert, or all with --dead)."""
    if (alert_id is None) == (not dead):
        raise UsageError("give an alert ID or --dead (not both)")
    with _database() as (_, engine), session_scope(engine) as s:
        query = select(Delivery).where(col(Delivery.status) == "dead")
        if alert_id is not None:
            if s.get(Alert, alert_id) is None:
                raise UsageError(f"unknown alert: {alert_id}")
            query = query.where(col(Delivery.alert_id) == alert_id)
        count = requeue(s, list(s.exec(query)), utcnow())
    typer.echo(f"{count} deliveries queued again")


def requeue(s: Session, deliveries: list[Delivery], now: datetime) -> int:
    """Make deliveries pending again, due now, with fresh attempt and age counters."""
    for delivery in deliveries:
        delivery.status = "pending"
        delivery.attempts = 0
        delivery.queued_at = now
        delivery.next_attempt_at = now
        delivery.batch_key = None  # regrouped when next claimed
        s.add(delivery)
    return len(deliveries)


def sample_view(now: datetime) -> AlertView:
    """A made-up alert for `monitor alerts test`."""
    changes = (
        Change(
            kind="quote_edited",
            speaker="Austin",
            old="What, exactly, they're doing is left to be seen.",
            new="What exactly they're doing remains to be seen.",
        ).to_dict(),
        Change(
            kind="figure_changed",
            old={"text": "1,500 soldiers", "value": 1500, "unit": "soldiers"},
            new={"text": "3,000 soldiers", "value": 3000, "unit": "soldiers"},
        ).to_dict(),
    )
    return AlertView(
        key=f"alt_test_{int(now.timestamp())}",
        story=StoryInfo(id=0, slug="test", name="Test alert"),
        article=ArticleInfo(
            id=0, url="https://example.org/test-article", outlet="newsmonitor", title="Test alert"
        ),
        from_version=1,
        to_version=2,
        changes=changes,
        created_at=now,
    )


@alerts_app.command()
def test(
    channel: Annotated[
        str, typer.Argument(help='"email:ADDRESS", a webhook URL, a channel name, or "all".')
    ],
) -> None:
    """Send a sample alert to a channel now (not through the outbox) and say what happened."""
    settings = load_settings()
    if channel == "all":
        targets: dict[str, Channel] = build_channels(settings)
        if not targets:
            raise UsageError("no channel is configured")
    else:
        built = build_channel(channel, settings)
        targets = {built.name: built}
    now = utcnow()
    message = render_message(f"msg_test_{int(now.timestamp())}", [sample_view(now)], "")
    failed = 0
    for name, target in targets.items():
        try:
            receipt = asyncio.run(asyncio.wait_for(target.send(message), settings.delivery_timeout))
            typer.echo(f"{name}: ok ({receipt.status_code})")
        except (DeliveryError, TimeoutError) as exc:
            failed += 1
            typer.echo(f"{name}: FAILED: {exc or 'timeout'}")
    if failed:
        raise typer.Exit(1)


@alerts_app.command()
def dispatch() -> None:
    """Run one dispatch pass: send every due delivery (for cron and tests)."""
    from monitor.alerts.dispatcher import run_dispatch

    with _database() as (settings, engine):
        channels = build_channels(settings)
        sent = run_dispatch(engine, settings, channels, base_url=settings.public_base_url)
    typer.echo(f"{sent} deliveries sent")
