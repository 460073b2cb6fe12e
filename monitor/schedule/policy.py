"""The cadence policy: when an article is checked next, as a pure function of plain values.

    developing story ............ the fast cadence (story or article override, else 300 s)
    a change (new version) ...... the fast cadence for the next check, then the tiers
    quiet for < 3 h / 1 d / 7 d / 30 d ... every 15 min / 1 h / 3 h / 1 d (settings)
    quiet for longer ............ settled: no more checks until revived
    failed check ................ retry after the normal interval, doubling per failure up to
                                  a cap; "failing" after N in a row; a success resets it
    404 / 410 ................... gone: no more checks

Everything here is arithmetic on the values passed in (no clock, no database, no global
random state), so the tests drive it from a table.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal, get_args

from monitor.schedule.settings import DEFAULT_CADENCE_TIERS, ScheduleSettings

Outcome = Literal[
    "new_version", "unchanged", "not_modified", "error", "suspect", "gone", "redirected"
]
State = Literal["active", "settled", "failing", "gone"]
OUTCOMES: tuple[str, ...] = get_args(Outcome)
STATES: tuple[str, ...] = get_args(State)

# Outcomes that mean the page itself changed, so the article snaps back to the fast cadence.
CHANGED_OUTCOMES = frozenset({"new_version", "redirected"})
# Outcomes where the fetch worked (a success resets the failure count).
SUCCESS_OUTCOMES = frozenset({"new_version", "unchanged", "not_modified", "suspect", "redirected"})


@dataclass(frozen=True)
class CadencePolicy:
    """The knobs of the cadence policy, copied from the settings (or written out in tests)."""

    fast_interval: float = 300.0
    tiers: tuple[tuple[float, float], ...] = DEFAULT_CADENCE_TIERS
    settle_after: float = 30 * 86400.0
    jitter: float = 0.1
    failing_after: int = 5
    failure_backoff_max: float = 6 * 3600.0

    @classmethod
    def from_settings(cls, settings: ScheduleSettings) -> CadencePolicy:
        """The policy the given settings describe."""
        return cls(
            fast_interval=settings.fast_interval,
            tiers=tuple(sorted((float(a), float(i)) for a, i in settings.cadence_tiers)),
            settle_after=settings.settle_after,
            jitter=settings.jitter,
            failing_after=settings.failing_after,
            failure_backoff_max=settings.failure_backoff_max,
        )


@dataclass(frozen=True)
class ArticleTiming:
    """What the policy needs to know about one article, as plain values.

    `quiet_since` is when the article last changed, or, if later, when it was first tracked
    or last revived: the quiet period counts from there.
    """

    quiet_since: datetime
    developing: bool = False
    story_developing: bool = False
    consecutive_failures: int = 0
    interval_override: float | None = None
    story_fast_interval: float | None = None


@dataclass(frozen=True)
class Schedule:
    """The policy's answer: the article's next state and when (if ever) to check it again.

    `interval` is the un-jittered interval (None when no check is planned); `changed` says
    the check found a change, so the caller records `last_changed_at = now`.
    """

    state: State
    next_check_at: datetime | None
    interval: float | None
    consecutive_failures: int
    changed: bool = False


def fast_interval_for(policy: CadencePolicy, timing: ArticleTiming) -> float:
    """The fast cadence of this article: its own override, its story's, else the default."""
    if timing.interval_override is not None:
        return timing.interval_override
    if timing.story_fast_interval is not None:
        return timing.story_fast_interval
    return policy.fast_interval


def tier_interval(policy: CadencePolicy, quiet_for: float) -> float | None:
    """The interval for an article quiet for `quiet_for` seconds; None once it has settled."""
    if quiet_for >= policy.settle_after:
        return None
    for quiet_under, interval in policy.tiers:
        if quiet_for < quiet_under:
            return interval
    # Quiet longer than the last tier but not yet settled: stay on the slowest tier.
    return policy.tiers[-1][1] if policy.tiers else policy.fast_interval


def normal_interval(policy: CadencePolicy, timing: ArticleTiming, now: datetime) -> float | None:
    """The interval when the last check worked; None means the article has settled."""
    fast = fast_interval_for(policy, timing)
    if timing.story_developing or timing.developing:
        return fast
    quiet_for = max(0.0, (now - timing.quiet_since).total_seconds())
    if timing.interval_override is not None:
        # A per-article interval is kept until the quiet period settles the article.
        return None if quiet_for >= policy.settle_after else timing.interval_override
    return tier_interval(policy, quiet_for)


def failure_delay(policy: CadencePolicy, base: float, failures: int) -> float:
    """Wait before retrying after `failures` failures in a row: base, 2x, 4x ... capped."""
    # The exponent is capped too, so that a very long failure streak cannot overflow.
    delay = base * 2.0 ** min(max(0, failures - 1), 40)
    # A base already above the cap (a slow tier) is kept: failing never speeds checks up.
    return min(delay, max(base, policy.failure_backoff_max))


def jittered(interval: float, jitter: float, rng: random.Random) -> float:
    """`interval` stretched or shrunk by up to ±jitter (a fraction), drawn from `rng`."""
    if jitter <= 0:
        return interval
    return interval * (1.0 + rng.uniform(-jitter, jitter))


def next_schedule(
    policy: CadencePolicy,
    timing: ArticleTiming,
    outcome: str,
    now: datetime,
    rng: random.Random,
) -> Schedule:
    """The article's schedule after a check that ended with `outcome` at `now`."""
    if outcome not in OUTCOMES:
        raise ValueError(f"unknown check outcome {outcome!r}")
    if outcome == "gone":
        return Schedule("gone", None, None, 0)
    if outcome == "error":
        return _after_failure(policy, timing, now, rng)
    changed = outcome in CHANGED_OUTCOMES
    if changed:
        # Snap back: the next check comes on the fast cadence whatever the tiers say.
        interval: float | None = fast_interval_for(policy, timing)
    else:
        interval = normal_interval(policy, timing, now)
        if outcome == "suspect" and interval is not None:
            # A suspect extraction waits for the next fetch to confirm it: fetch soon.
            interval = min(interval, fast_interval_for(policy, timing))
    if interval is None:
        return Schedule("settled", None, None, 0, changed)
    due = now + timedelta(seconds=jittered(interval, policy.jitter, rng))
    return Schedule("active", due, interval, 0, changed)


def _after_failure(
    policy: CadencePolicy, timing: ArticleTiming, now: datetime, rng: random.Random
) -> Schedule:
    failures = timing.consecutive_failures + 1
    # A settled-by-age article that fails is still retried on its slowest tier.
    base = normal_interval(policy, timing, now) or _slowest_interval(policy)
    delay = failure_delay(policy, base, failures)
    state: State = "failing" if failures >= policy.failing_after else "active"
    due = now + timedelta(seconds=jittered(delay, policy.jitter, rng))
    return Schedule(state, due, delay, failures)


def _slowest_interval(policy: CadencePolicy) -> float:
    return policy.tiers[-1][1] if policy.tiers else policy.fast_interval


def first_schedule(now: datetime) -> Schedule:
    """The schedule of a newly tracked article: due at once."""
    return Schedule("active", now, None, 0)


def revive(
    state: str, next_check_at: datetime | None, failures: int, now: datetime, within: float
) -> Schedule:
    """Wake a settled article, or pull an active one forward, so it is checked within
    `within` seconds of `now` (never later than it already was).

    Used by `monitor track` (within=0) and when its story changes or starts developing.
    Gone articles stay gone; the failure count (and a failing state) is kept.
    """
    if state == "gone":
        return Schedule("gone", None, None, 0)
    soon = now + timedelta(seconds=max(0.0, within))
    due = soon if next_check_at is None or next_check_at > soon else next_check_at
    new_state: State = "failing" if state == "failing" else "active"
    return Schedule(new_state, due, None, failures)
