"""Claiming due articles with leases, and writing schedules back, on SQLite and PostgreSQL."""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy import Engine

from monitor.check_store import SnapshotRecord, snapshot_record
from monitor.schedule.claim import claim_due, release_leases, release_owner, renew_lease
from monitor.schedule.policy import CadencePolicy
from monitor.schedule.reschedule import CheckResult, reschedule, revive_article, wake_story
from monitor.schedule.writer import Finished, reschedule_batch
from monitor.store import queries
from monitor.store.db import make_engine, session_scope
from monitor.store.migrate import upgrade
from monitor.store.tables import ArticleRow, Snapshot, Story

NOW = datetime(2024, 10, 23, 12, 0, tzinfo=UTC)
POLICY = CadencePolicy(jitter=0.0)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
    upgrade(eng)
    yield eng
    eng.dispose()


def add_articles(
    engine: Engine, n: int, *, story: str = "s", due: datetime = NOW - timedelta(minutes=1)
) -> list[int]:
    with session_scope(engine) as s:
        st = queries.get_or_create_story(s, story, story.title(), now=NOW - timedelta(days=1))
        ids = []
        for i in range(n):
            row = queries.add_article(
                s, st, f"http://127.0.0.1:9/{story}/{i}", now=NOW - timedelta(days=1)
            )
            row.next_check_at = due
            s.add(row)
            s.flush()
            assert row.id is not None
            ids.append(row.id)
        return ids


def article(engine: Engine, article_id: int) -> ArticleRow:
    with session_scope(engine) as s:
        row = s.get(ArticleRow, article_id)
        assert row is not None
        return row


def story_of(engine: Engine, article_id: int) -> Story:
    with session_scope(engine) as s:
        row = s.get(ArticleRow, article_id)
        assert row is not None
        st = s.get(Story, row.story_id)
        assert st is not None
        return st


def set_fields(engine: Engine, article_id: int, **values: object) -> None:
    t = ArticleRow.__table__  # type: ignore[attr-defined]
    with engine.begin() as conn:
        conn.execute(sa.update(t).where(t.c.id == article_id).values(**values))


def claim(engine: Engine, owner: str, now: datetime = NOW, limit: int = 100) -> list[int]:
    got = claim_due(engine, owner=owner, now=now, lease_seconds=60, limit=limit)
    return [c.article_id for c in got]


def test_claims_due_soonest_first_with_a_lease(engine: Engine) -> None:
    ids = add_articles(engine, 3)
    set_fields(engine, ids[0], next_check_at=NOW - timedelta(seconds=5))
    set_fields(engine, ids[2], next_check_at=NOW - timedelta(hours=1))
    got = claim_due(engine, owner="a", now=NOW, lease_seconds=60, limit=2)
    assert [c.article_id for c in got] == sorted([ids[2], ids[1]])
    assert got[0].url.startswith("http://127.0.0.1:9/s/")
    row = article(engine, ids[2])
    assert (row.lease_owner, row.lease_until) == ("a", NOW + timedelta(seconds=60))
    assert claim(engine, "b") == [ids[0]]
    assert claim(engine, "c") == []


def test_only_due_active_or_failing_articles_are_claimed(engine: Engine) -> None:
    ids = add_articles(engine, 6)
    set_fields(engine, ids[0], next_check_at=NOW + timedelta(seconds=1))  # not yet due
    set_fields(engine, ids[1], state="settled", next_check_at=None)
    set_fields(engine, ids[2], state="gone", next_check_at=None)
    set_fields(engine, ids[3], state="failing")
    set_fields(engine, ids[4], next_check_at=None)  # never scheduled: due
    assert claim(engine, "a") == [ids[3], ids[4], ids[5]]


def test_lease_expiry_returns_the_article(engine: Engine) -> None:
    (aid,) = add_articles(engine, 1)
    assert claim(engine, "crashed") == [aid]
    assert claim(engine, "b", NOW + timedelta(seconds=59)) == []
    assert claim(engine, "b", NOW + timedelta(seconds=61)) == [aid]
    assert article(engine, aid).lease_owner == "b"


def test_concurrent_claimers_never_share_an_article(engine: Engine) -> None:
    ids = add_articles(engine, 60)
    results: dict[str, list[int]] = {}
    barrier = threading.Barrier(4)

    def worker(name: str) -> None:
        mine: list[int] = []
        barrier.wait()
        while got := claim(engine, name, limit=3):
            mine.extend(got)
        results[name] = mine

    threads = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    claimed = [aid for mine in results.values() for aid in mine]
    assert sorted(claimed) == sorted(ids)  # every article once, none twice
    assert sum(1 for mine in results.values() if mine) >= 2  # the work was actually shared


def test_renew_and_release(engine: Engine) -> None:
    a, b = add_articles(engine, 2)
    claim(engine, "me")
    later = NOW + timedelta(seconds=30)
    assert renew_lease(engine, a, owner="me", now=later, lease_seconds=60)
    assert article(engine, a).lease_until == later + timedelta(seconds=60)
    assert not renew_lease(engine, a, owner="other", now=later, lease_seconds=60)
    assert release_leases(engine, [a], owner="other") == 0
    assert release_leases(engine, [a], owner="me") == 1
    assert article(engine, a).lease_owner is None
    assert release_owner(engine, "me") == 1
    assert claim(engine, "next") == [a, b]


def test_reschedule_writes_policy_and_clears_the_lease(engine: Engine) -> None:
    (aid,) = add_articles(engine, 1)
    claim(engine, "me")
    got = reschedule(
        engine,
        CheckResult(aid, "unchanged"),
        owner="me",
        now=NOW,
        policy=POLICY,
        rng=random.Random(1),
    )
    assert got is not None and got.interval == 3 * 3600  # quiet for a day: 3 h tier
    row = article(engine, aid)
    assert (row.state, row.lease_owner, row.lease_until) == ("active", None, None)
    assert row.next_check_at == NOW + timedelta(hours=3)
    assert (row.check_interval, row.last_checked_at) == (3 * 3600, NOW)


def test_reschedule_counts_failures_then_resets(engine: Engine) -> None:
    (aid,) = add_articles(engine, 1)
    policy = CadencePolicy(jitter=0.0, failing_after=2)
    for n, state in [(1, "active"), (2, "failing")]:
        assert claim(engine, "me", NOW + timedelta(days=n)) == [aid]
        reschedule(
            engine,
            CheckResult(aid, "error", error="HTTP 503"),
            owner="me",
            now=NOW + timedelta(days=n),
            policy=policy,
            rng=random.Random(),
        )
        row = article(engine, aid)
        assert (row.state, row.consecutive_failures, row.last_error) == (state, n, "HTTP 503")
    assert claim(engine, "me", NOW + timedelta(days=5)) == [aid]
    reschedule(
        engine,
        CheckResult(aid, "not_modified"),
        owner="me",
        now=NOW + timedelta(days=5),
        policy=policy,
        rng=random.Random(),
    )
    row = article(engine, aid)
    assert (row.state, row.consecutive_failures, row.last_error) == ("active", 0, None)


def test_reschedule_refuses_a_lost_lease(engine: Engine) -> None:
    (aid,) = add_articles(engine, 1)
    claim(engine, "slow")
    claim(engine, "fast", NOW + timedelta(seconds=61))  # the lease expired and moved on
    got = reschedule(
        engine,
        CheckResult(aid, "unchanged"),
        owner="slow",
        now=NOW,
        policy=POLICY,
        rng=random.Random(),
    )
    assert got is None
    assert article(engine, aid).lease_owner == "fast"


def test_gone_stops_checking(engine: Engine) -> None:
    (aid,) = add_articles(engine, 1)
    claim(engine, "me")
    reschedule(
        engine, CheckResult(aid, "gone"), owner="me", now=NOW, policy=POLICY, rng=random.Random()
    )
    row = article(engine, aid)
    assert (row.state, row.next_check_at) == ("gone", None)
    assert claim(engine, "me", NOW + timedelta(days=400)) == []


def test_developing_marker_speeds_up_the_whole_story(engine: Engine) -> None:
    a, b, c = add_articles(engine, 3)
    set_fields(engine, b, state="settled", next_check_at=None)
    set_fields(engine, c, next_check_at=NOW + timedelta(days=1))
    claim(engine, "me")
    reschedule(
        engine,
        CheckResult(a, "new_version", developing=True),
        owner="me",
        now=NOW,
        policy=POLICY,
        rng=random.Random(),
    )
    assert story_of(engine, a).developing
    assert article(engine, a).next_check_at == NOW + timedelta(seconds=300)
    assert article(engine, a).last_changed_at == NOW
    for sibling in (b, c):
        row = article(engine, sibling)
        assert row.state == "active"
        assert row.next_check_at is not None
        assert NOW < row.next_check_at <= NOW + timedelta(seconds=300)
    # The siblings' own checks now run on the fast cadence: their story is developing.
    t1 = NOW + timedelta(seconds=300)
    assert claim(engine, "me", t1) == [a, b, c]
    for aid, developing in [(a, True), (b, False), (c, False)]:
        reschedule(
            engine,
            CheckResult(aid, "unchanged", developing=developing),
            owner="me",
            now=t1,
            policy=POLICY,
            rng=random.Random(),
        )
        assert article(engine, aid).check_interval == 300
    # The marker disappears: the story stops developing and its articles slow down.
    t2 = t1 + timedelta(seconds=300)
    assert claim(engine, "me", t2) == [a, b, c]
    for aid, outcome in [(a, "new_version"), (b, "unchanged"), (c, "unchanged")]:
        reschedule(
            engine,
            CheckResult(aid, outcome, developing=False),
            owner="me",
            now=t2,
            policy=POLICY,
            rng=random.Random(),
        )
    assert not story_of(engine, a).developing
    assert article(engine, a).check_interval == 300  # the change itself: one fast check
    assert article(engine, b).check_interval == 900  # quiet story: first tier
    t3 = t2 + timedelta(seconds=300)
    assert claim(engine, "me", t3) == [a]
    reschedule(
        engine,
        CheckResult(a, "unchanged", developing=False),
        owner="me",
        now=t3,
        policy=POLICY,
        rng=random.Random(),
    )
    assert article(engine, a).check_interval == 900


def test_a_change_revives_settled_articles_of_the_story(engine: Engine) -> None:
    a, b = add_articles(engine, 2)
    other = add_articles(engine, 1, story="other")[0]
    set_fields(
        engine, b, state="settled", next_check_at=None, last_changed_at=NOW - timedelta(days=60)
    )
    set_fields(engine, other, state="settled", next_check_at=None)
    claim(engine, "me")
    reschedule(
        engine,
        CheckResult(a, "new_version", developing=False),
        owner="me",
        now=NOW,
        policy=POLICY,
        rng=random.Random(),
    )
    row = article(engine, b)
    assert row.state == "active"
    assert row.next_check_at is not None and row.next_check_at <= NOW + timedelta(minutes=15)
    assert story_of(engine, b).revived_at == NOW
    assert article(engine, other).state == "settled"  # another story is left alone
    # Revived, b now counts its quiet period from the revival, not from 60 days ago.
    later = NOW + timedelta(minutes=16)
    assert claim(engine, "me", later) == [a, b]
    got = reschedule(
        engine,
        CheckResult(b, "unchanged"),
        owner="me",
        now=later,
        policy=POLICY,
        rng=random.Random(),
    )
    assert got is not None and (got.state, got.interval) == ("active", 900)


def test_a_first_version_is_a_baseline_not_a_change(engine: Engine) -> None:
    a, b = add_articles(engine, 2)
    set_fields(engine, b, next_check_at=NOW + timedelta(days=1))
    claim(engine, "me")
    got = reschedule(
        engine,
        CheckResult(a, "new_version", developing=False, version_number=1),
        owner="me",
        now=NOW,
        policy=POLICY,
        rng=random.Random(),
    )
    assert got is not None and not got.changed
    assert article(engine, a).last_changed_at is None
    assert article(engine, b).next_check_at == NOW + timedelta(days=1)  # story not woken
    claim(engine, "me", NOW + timedelta(days=2))
    got = reschedule(
        engine,
        CheckResult(a, "new_version", developing=False, version_number=2),
        owner="me",
        now=NOW + timedelta(days=2),
        policy=POLICY,
        rng=random.Random(),
    )
    assert got is not None and got.changed and got.interval == 300


def test_revive_article_and_wake_story(engine: Engine) -> None:
    a, b = add_articles(engine, 2)
    set_fields(engine, a, state="gone", next_check_at=None)
    set_fields(engine, b, state="settled", next_check_at=None)
    got = revive_article(engine, a, now=NOW)
    assert (got.state, got.next_check_at) == ("active", NOW)
    assert claim(engine, "me") == [a]
    assert wake_story(engine, story_of(engine, b).id or 0, now=NOW, policy=POLICY) == 1
    assert article(engine, b).state == "active"


def test_concurrent_changes_in_one_story_do_not_deadlock(engine: Engine) -> None:
    ids = add_articles(engine, 12)
    assert claim(engine, "me") == ids
    for aid in ids:  # so that every wake really moves the other articles
        set_fields(engine, aid, next_check_at=NOW + timedelta(days=1))
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def worker(mine: list[int]) -> None:
        barrier.wait()
        try:
            for aid in mine:  # every check is a change: each one wakes the whole story
                reschedule(
                    engine,
                    CheckResult(aid, "new_version", developing=aid % 2 == 0),
                    owner="me",
                    now=NOW,
                    policy=POLICY,
                    rng=random.Random(aid),
                )
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(ids[i::4],)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    rows = [article(engine, aid) for aid in ids]
    assert all(r.lease_owner is None and r.last_changed_at == NOW for r in rows)
    assert story_of(engine, ids[0]).developing


def test_siblings_speed_up_when_the_checker_already_flagged_the_story(engine: Engine) -> None:
    a, b = add_articles(engine, 2)
    claim(engine, "me")
    # b was rescheduled first, on a slow tier, before a's marker was seen.
    reschedule(
        engine,
        CheckResult(b, "unchanged", developing=False),
        owner="me",
        now=NOW,
        policy=POLICY,
        rng=random.Random(),
    )
    assert article(engine, b).next_check_at == NOW + timedelta(hours=3)
    # The checker stores a's first version and flags the story developing itself.
    st = Story.__table__  # type: ignore[attr-defined]
    with engine.begin() as conn:
        conn.execute(sa.update(st).values(developing=True))
    set_fields(engine, a, developing=True)
    reschedule(
        engine,
        CheckResult(a, "new_version", developing=True, version_number=1),
        owner="me",
        now=NOW,
        policy=POLICY,
        rng=random.Random(),
    )
    assert article(engine, b).next_check_at == NOW + timedelta(seconds=300)


def test_claim_with_targets_reads_what_the_check_needs(engine: Engine) -> None:
    a, b = add_articles(engine, 2)
    set_fields(engine, a, etag='"v1"', last_body_hash="h" * 64, developing=True)
    set_fields(engine, b, last_checked_at=NOW, next_check_at=NOW - timedelta(seconds=1))
    with session_scope(engine) as s:
        queries.add_snapshot(
            s, a, fetched_at=NOW - timedelta(hours=2), outcome="unchanged", final_url="http://x/1"
        )
        queries.add_snapshot(
            s, a, fetched_at=NOW - timedelta(hours=1), outcome="unchanged", final_url="http://x/2"
        )
        queries.add_snapshot(s, a, fetched_at=NOW - timedelta(minutes=1), outcome="error")
    got = {
        c.article_id: c
        for c in claim_due(
            engine, owner="me", now=NOW, lease_seconds=60, limit=10, with_targets=True
        )
    }
    target = got[a].target
    assert target is not None
    assert (target.etag, target.last_body_hash, target.developing) == ('"v1"', "h" * 64, True)
    assert target.last_final_url == "http://x/2"  # the newest fetch that reached a page
    assert target.url == got[a].url
    # b was checked after it fell due: a check made before a crash may wait to be rescheduled.
    assert (got[a].maybe_interrupted, got[b].maybe_interrupted) == (False, True)
    assert claim_due(engine, owner="x", now=NOW, lease_seconds=60, limit=5) == []


def _record(aid: int, when: datetime, outcome: str = "not_modified") -> SnapshotRecord:
    return snapshot_record(
        aid,
        fetched_at=when,
        outcome=outcome,
        article={"last_checked_at": when, "etag": '"new"'},
        status_code=304,
        etag='"new"',
    )


def test_a_batch_writes_snapshots_and_schedules_in_one_go(engine: Engine) -> None:
    mine, lost, changed, gone = add_articles(engine, 4)
    other = add_articles(engine, 1, story="other")[0]
    assert claim(engine, "me") == [mine, lost, changed, gone, other]
    set_fields(engine, lost, lease_owner="someone-else")
    items = [
        Finished(CheckResult(mine, "not_modified", developing=False), _record(mine, NOW), NOW),
        Finished(CheckResult(lost, "unchanged"), _record(lost, NOW, "unchanged"), NOW),
        Finished(CheckResult(changed, "new_version", developing=True, version_number=2), None, NOW),
        Finished(CheckResult(gone, "gone"), None, NOW),
        Finished(CheckResult(other, "error", error="HTTP 503"), None, NOW),
    ]
    got = reschedule_batch(engine, items, owner="me", policy=POLICY, rng=random.Random(1))
    assert got[1] is None  # the lease moved on: the other owner's answer wins
    assert [g.state if g else None for g in got] == ["active", None, "active", "gone", "active"]
    row = article(engine, mine)
    assert (row.etag, row.last_checked_at, row.lease_owner) == ('"new"', NOW, None)
    assert row.next_check_at == NOW + timedelta(seconds=300)  # its story became developing
    assert article(engine, lost).etag is None  # not ours any more: row left alone ...
    snaps = snapshot_rows(engine)
    assert snaps.count((lost, "unchanged")) == 1  # ... but the fetch it made is recorded
    assert snaps.count((mine, "not_modified")) == 1
    assert article(engine, changed).last_changed_at == NOW
    assert story_of(engine, changed).developing
    assert article(engine, gone).state == "gone"
    failed = article(engine, other)
    assert (failed.consecutive_failures, failed.last_error) == (1, "HTTP 503")
    assert not story_of(engine, other).developing


def test_a_batch_reads_the_story_flag_as_it_is_now(engine: Engine) -> None:
    a, b = add_articles(engine, 2)
    assert claim(engine, "me") == [a, b]
    st = Story.__table__  # type: ignore[attr-defined]
    with engine.begin() as conn:  # another article's check just flagged the story
        conn.execute(sa.update(st).values(developing=True))
    items = [Finished(CheckResult(a, "unchanged", developing=False), None, NOW)]
    (got,) = reschedule_batch(engine, items, owner="me", policy=POLICY, rng=random.Random())
    assert got is not None and got.interval == 300


def snapshot_rows(engine: Engine) -> list[tuple[int, str]]:
    t = Snapshot.__table__  # type: ignore[attr-defined]
    with engine.connect() as conn:
        return [(r.article_id, r.outcome) for r in conn.execute(sa.select(t))]
