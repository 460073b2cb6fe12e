"""`monitor status`: what the schedule looks like right now, read from the database."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine

from monitor.schedule.claim import CLAIMABLE_STATES, article_table
from monitor.schedule.policy import STATES

# Failing articles listed in full; beyond this only the count is shown.
FAILING_SHOWN = 20


@dataclass(frozen=True)
class FailingArticle:
    """An article whose checks keep failing (`article_failing`): not a change, a health note."""

    article_id: int
    url: str
    consecutive_failures: int
    last_error: str | None
    last_checked_at: datetime | None
    next_check_at: datetime | None


@dataclass
class StatusReport:
    """Articles by state, what is due, in flight and failing, and the last and next check."""

    now: datetime
    by_state: dict[str, int]
    due_now: int
    leased: int
    last_check_at: datetime | None
    next_due_at: datetime | None
    failing: list[FailingArticle] = field(default_factory=list)
    jobs: dict[str, int] | None = None  # procrastinate jobs by status, on PostgreSQL

    @property
    def total(self) -> int:
        """How many articles are tracked."""
        return sum(self.by_state.values())

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (timestamps as ISO 8601)."""
        data = asdict(self)
        data["total"] = self.total
        return _iso(data)  # type: ignore[no-any-return]


def _iso(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _iso(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_iso(v) for v in value]
    return value


def gather_status(engine: Engine, now: datetime) -> StatusReport:
    """Read the schedule's state from the database as of `now`."""
    t = article_table
    live_lease = sa.and_(t.c.lease_until.is_not(None), t.c.lease_until > now)
    claimable = t.c.state.in_(CLAIMABLE_STATES)
    with engine.connect() as conn:
        counts: dict[str, int] = {
            str(state): int(n)
            for state, n in conn.execute(sa.select(t.c.state, sa.func.count()).group_by(t.c.state))
        }
        due = conn.execute(
            sa.select(sa.func.count()).where(
                claimable,
                sa.or_(t.c.next_check_at.is_(None), t.c.next_check_at <= now),
                sa.not_(live_lease),
            )
        ).scalar_one()
        leased = conn.execute(sa.select(sa.func.count()).where(live_lease)).scalar_one()
        last = conn.execute(sa.select(sa.func.max(t.c.last_checked_at))).scalar_one()
        upcoming = conn.execute(
            sa.select(sa.func.min(t.c.next_check_at)).where(claimable, t.c.next_check_at > now)
        ).scalar_one()
        failing = _failing(conn)
        jobs = _job_counts(conn)
    by_state = {state: int(counts.get(state, 0)) for state in STATES}
    by_state.update({str(k): int(v) for k, v in counts.items() if k not in by_state})
    return StatusReport(
        now, by_state, int(due), int(leased), _aware(last), _aware(upcoming), failing, jobs
    )


def _aware(value: Any) -> datetime | None:
    """A timestamp read back from an aggregate, timezone-aware UTC (stored values are UTC)."""
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _failing(conn: sa.Connection) -> list[FailingArticle]:
    t = article_table
    rows = conn.execute(
        sa.select(t)
        .where(t.c.state == "failing")
        .order_by(t.c.consecutive_failures.desc(), t.c.id)
        .limit(FAILING_SHOWN)
    ).all()
    return [
        FailingArticle(
            r.id, r.url, r.consecutive_failures, r.last_error, r.last_checked_at, r.next_check_at
        )
        for r in rows
    ]


def _job_counts(conn: sa.Connection) -> dict[str, int] | None:
    """procrastinate's jobs by status, when the workers' queue lives in this database."""
    if conn.dialect.name != "postgresql":
        return None
    if conn.execute(sa.text("SELECT to_regclass('procrastinate_jobs')")).scalar_one() is None:
        return None
    rows = conn.execute(
        sa.text("SELECT status::text, count(*) FROM procrastinate_jobs GROUP BY status")
    ).all()
    return {str(status): int(n) for status, n in rows}


def _when(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return "never"
    seconds = (moment - now).total_seconds()
    span = _span(abs(seconds))
    return f"{moment.isoformat(timespec='seconds')} ({span} {'ago' if seconds < 0 else 'from now'})"


def _span(seconds: float) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{seconds / size:.1f} {unit}"
    return f"{seconds:.0f} s"


def render_status(report: StatusReport) -> str:
    """The report as lines of text for a terminal."""
    states = ", ".join(f"{state} {n}" for state, n in report.by_state.items())
    lines = [
        f"articles: {report.total} ({states})",
        f"due now: {report.due_now}",
        f"in flight (leased): {report.leased}",
        f"last check: {_when(report.last_check_at, report.now)}",
        f"next due: {_when(report.next_due_at, report.now)}",
    ]
    if report.jobs is not None:
        jobs = ", ".join(f"{status} {n}" for status, n in sorted(report.jobs.items())) or "none"
        lines.append(f"worker queue: {jobs}")
    if report.failing:
        lines.append(f"failing ({report.by_state.get('failing', 0)}):")
        for f in report.failing:
            lines.append(
                f"  article_failing {f.article_id} {f.url} failures={f.consecutive_failures} "
                f"last_error={f.last_error or '-'}"
            )
    return "\n".join(lines)
