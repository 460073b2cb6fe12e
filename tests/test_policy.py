"""The cadence policy, driven from tables of plain values."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from monitor.config import load_settings
from monitor.schedule.policy import (
    ArticleTiming,
    CadencePolicy,
    failure_delay,
    jittered,
    next_schedule,
    revive,
    tier_interval,
)

NOW = datetime(2024, 10, 23, 12, 0, tzinfo=UTC)
MIN, HOUR, DAY = 60.0, 3600.0, 86400.0
# No jitter in the tables, so the expected next check is exact.
POLICY = CadencePolicy(jitter=0.0)


def ago(seconds: float) -> datetime:
    return NOW - timedelta(seconds=seconds)


def timing(quiet_for: float = 0.0, **kw: object) -> ArticleTiming:
    return ArticleTiming(quiet_since=ago(quiet_for), **kw)  # type: ignore[arg-type]


# (case, timing, outcome, expected state, expected interval, expected failures, changed)
CASES = [
    (
        "developing story: fast",
        timing(5 * DAY, story_developing=True),
        "unchanged",
        "active",
        300.0,
        0,
        False,
    ),
    (
        "article marked developing: fast",
        timing(2 * DAY, developing=True),
        "not_modified",
        "active",
        300.0,
        0,
        False,
    ),
    (
        "story fast override",
        timing(DAY, story_developing=True, story_fast_interval=120.0),
        "unchanged",
        "active",
        120.0,
        0,
        False,
    ),
    (
        "article override beats story's",
        timing(DAY, story_developing=True, story_fast_interval=120.0, interval_override=60.0),
        "unchanged",
        "active",
        60.0,
        0,
        False,
    ),
    (
        "article override while not developing",
        timing(2 * DAY, interval_override=600.0),
        "unchanged",
        "active",
        600.0,
        0,
        False,
    ),
    ("quiet 1 h: 15 min", timing(HOUR), "unchanged", "active", 15 * MIN, 0, False),
    ("quiet 2 h 59: 15 min", timing(3 * HOUR - 60), "unchanged", "active", 15 * MIN, 0, False),
    ("quiet 3 h: 1 h", timing(3 * HOUR), "unchanged", "active", HOUR, 0, False),
    ("quiet 2 d: 3 h", timing(2 * DAY), "not_modified", "active", 3 * HOUR, 0, False),
    ("quiet 10 d: 1 d", timing(10 * DAY), "unchanged", "active", DAY, 0, False),
    ("quiet 30 d: settled", timing(30 * DAY), "unchanged", "settled", None, 0, False),
    (
        "quiet 40 d but story developing",
        timing(40 * DAY, story_developing=True),
        "unchanged",
        "active",
        300.0,
        0,
        False,
    ),
    ("change snaps back to fast", timing(10 * DAY), "new_version", "active", 300.0, 0, True),
    (
        "change with story override",
        timing(10 * DAY, story_fast_interval=90.0),
        "new_version",
        "active",
        90.0,
        0,
        True,
    ),
    ("redirect is a change", timing(2 * DAY), "redirected", "active", 300.0, 0, True),
    (
        "marker gone, story quiet: tiers",
        timing(0.0, developing=False),
        "new_version",
        "active",
        300.0,
        0,
        True,
    ),
    ("suspect: confirm soon", timing(2 * DAY), "suspect", "active", 300.0, 0, False),
    (
        "success resets failures",
        timing(HOUR, consecutive_failures=7),
        "unchanged",
        "active",
        15 * MIN,
        0,
        False,
    ),
    ("first failure: normal interval", timing(HOUR), "error", "active", 15 * MIN, 1, False),
    (
        "second failure doubles",
        timing(HOUR, consecutive_failures=1),
        "error",
        "active",
        30 * MIN,
        2,
        False,
    ),
    (
        "fifth failure: failing",
        timing(HOUR, consecutive_failures=4),
        "error",
        "failing",
        4 * 15 * MIN * 4,
        5,
        False,
    ),
    (
        "failures capped at 6 h",
        timing(HOUR, consecutive_failures=20),
        "error",
        "failing",
        6 * HOUR,
        21,
        False,
    ),
    (
        "slow tier above cap is kept",
        timing(10 * DAY, consecutive_failures=2),
        "error",
        "active",
        DAY,
        3,
        False,
    ),
    (
        "developing failure backs off from fast",
        timing(0, story_developing=True, consecutive_failures=2),
        "error",
        "active",
        1200.0,
        3,
        False,
    ),
    (
        "settled-by-age failure uses slowest tier",
        timing(60 * DAY),
        "error",
        "active",
        DAY,
        1,
        False,
    ),
    ("gone stops", timing(HOUR, consecutive_failures=3), "gone", "gone", None, 0, False),
]


@pytest.mark.parametrize(
    ("timing_", "outcome", "state", "interval", "failures", "changed"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_next_schedule_table(
    timing_: ArticleTiming,
    outcome: str,
    state: str,
    interval: float | None,
    failures: int,
    changed: bool,
) -> None:
    got = next_schedule(POLICY, timing_, outcome, NOW, random.Random(1))
    assert (got.state, got.interval, got.consecutive_failures, got.changed) == (
        state,
        interval,
        failures,
        changed,
    )
    if interval is None:
        assert got.next_check_at is None
    else:
        assert got.next_check_at == NOW + timedelta(seconds=interval)


@pytest.mark.parametrize(
    ("quiet_for", "interval"),
    [
        (0, 900),
        (10799, 900),
        (10800, 3600),
        (86399, 3600),
        (86400, 10800),
        (7 * DAY - 1, 10800),
        (7 * DAY, DAY),
        (30 * DAY - 1, DAY),
        (30 * DAY, None),
    ],
)
def test_tier_boundaries(quiet_for: float, interval: float | None) -> None:
    assert tier_interval(POLICY, quiet_for) == interval


def test_quiet_period_is_configurable() -> None:
    policy = CadencePolicy(jitter=0.0, settle_after=2 * DAY)
    assert next_schedule(policy, timing(2 * DAY), "unchanged", NOW, random.Random()).state == (
        "settled"
    )
    assert next_schedule(policy, timing(DAY), "unchanged", NOW, random.Random()).state == "active"


def test_failing_after_is_configurable() -> None:
    policy = CadencePolicy(jitter=0.0, failing_after=2)
    got = next_schedule(policy, timing(HOUR, consecutive_failures=1), "error", NOW, random.Random())
    assert (got.state, got.consecutive_failures) == ("failing", 2)


def test_failing_recovers_on_success() -> None:
    got = next_schedule(
        POLICY, timing(HOUR, consecutive_failures=9), "not_modified", NOW, random.Random()
    )
    assert (got.state, got.consecutive_failures) == ("active", 0)


def test_jitter_is_bounded_deterministic_and_spread() -> None:
    policy = CadencePolicy(jitter=0.1)
    draws = []
    for seed in range(200):
        due = next_schedule(policy, timing(HOUR), "unchanged", NOW, random.Random(seed))
        assert due.next_check_at is not None
        draws.append((due.next_check_at - NOW).total_seconds())
    assert all(810.0 <= d <= 990.0 for d in draws)
    assert len({round(d, 3) for d in draws}) > 150  # checks spread out
    again = next_schedule(policy, timing(HOUR), "unchanged", NOW, random.Random(7))
    first = next_schedule(policy, timing(HOUR), "unchanged", NOW, random.Random(7))
    assert again == first
    assert jittered(100.0, 0.0, random.Random()) == 100.0


def test_failure_delay_never_shrinks_and_is_capped() -> None:
    delays = [failure_delay(POLICY, 300.0, n) for n in range(1, 80)]
    assert delays == sorted(delays)
    assert delays[0] == 300.0
    assert max(delays) == POLICY.failure_backoff_max


def test_unknown_outcome_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown check outcome"):
        next_schedule(POLICY, timing(), "exploded", NOW, random.Random())


# (case, state, next_check_at, within, expected state, expected due)
REVIVALS = [
    ("settled wakes", "settled", None, 300.0, "active", NOW + timedelta(seconds=300)),
    (
        "active pulled forward",
        "active",
        NOW + timedelta(hours=5),
        300.0,
        "active",
        NOW + timedelta(seconds=300),
    ),
    (
        "sooner check kept",
        "active",
        NOW + timedelta(seconds=10),
        300.0,
        "active",
        NOW + timedelta(seconds=10),
    ),
    ("track: due now", "settled", None, 0.0, "active", NOW),
    ("failing stays failing", "failing", NOW + timedelta(hours=6), 0.0, "failing", NOW),
    ("gone stays gone", "gone", None, 0.0, "gone", None),
]


@pytest.mark.parametrize(
    ("state", "due", "within", "new_state", "new_due"),
    [r[1:] for r in REVIVALS],
    ids=[r[0] for r in REVIVALS],
)
def test_revive_table(
    state: str, due: datetime | None, within: float, new_state: str, new_due: datetime | None
) -> None:
    got = revive(state, due, 3 if state == "failing" else 0, NOW, within)
    assert (got.state, got.next_check_at) == (new_state, new_due)
    if state == "failing":
        assert got.consecutive_failures == 3


def test_policy_from_settings_uses_every_knob() -> None:
    settings = load_settings(
        fast_interval=60.0,
        cadence_tiers=[(DAY, 2 * HOUR), (HOUR, 10 * MIN)],
        settle_after=3 * DAY,
        jitter=0.05,
        failing_after=3,
        failure_backoff_max=HOUR,
    )
    policy = CadencePolicy.from_settings(settings)
    assert policy.tiers == ((HOUR, 10 * MIN), (DAY, 2 * HOUR))  # sorted by quiet period
    assert (policy.fast_interval, policy.settle_after, policy.jitter) == (60.0, 3 * DAY, 0.05)
    assert (policy.failing_after, policy.failure_backoff_max) == (3, HOUR)
    assert tier_interval(policy, 2 * HOUR) == 2 * HOUR
    assert tier_interval(policy, 2 * DAY) == 2 * HOUR  # past the last tier, not yet settled
