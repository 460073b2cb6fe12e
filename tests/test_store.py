"""Named queries on a real, migrated database (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
import sqlalchemy as sa
from sqlmodel import select

from monitor.errors import UsageError
from monitor.model import Article, Change, Figure, Quote
from monitor.store import queries as q
from monitor.store.db import make_engine, session_scope
from monitor.store.migrate import upgrade
from monitor.store.tables import ArticleRow, ChangeRow, Snapshot, Story

T0 = datetime(2024, 10, 23, 14, 0, tzinfo=UTC)
ABC = "https://abcnews.go.com/Politics/north-korean-troops-russia/story?id=115064541"
CNN = "https://www.cnn.com/2024/10/23/politics/austin-north-korea-troops-russia/index.html"


@pytest.fixture
def engine(db_url: str) -> Iterator[sa.Engine]:
    """A migrated database."""
    engine = make_engine(db_url)
    upgrade(engine)
    yield engine
    engine.dispose()


def _article(version: int, *, developing: bool = True) -> Article:
    troops = 1_500 * version
    return Article(
        title="North Korean troops in Russia",
        byline="By Luis Martinez",
        published="2024-10-23",
        paragraphs=(
            f"There are {troops:,} North Korean soldiers in Russia, officials said.",
            '"What, exactly, they\'re doing is left to be seen," Austin said.',
        ),
        developing=developing,
        markers=("This is a developing story.",) if developing else (),
    )


def _quotes(article: Article) -> list[Quote]:
    return [
        Quote(
            text="What, exactly, they're doing is left to be seen.",
            speaker="Lloyd Austin",
            speaker_key="austin",
            paragraph=1,
            sentence=article.paragraphs[1],
        )
    ]


def _figures(article: Article, troops: int) -> list[Figure]:
    return [
        Figure(
            text=f"{troops:,} North Korean soldiers",
            value=float(troops),
            unit="soldiers",
            qualifier=None,
            paragraph=0,
            sentence=article.paragraphs[0],
        ),
        Figure("4.4 million", 4.4e6, "dollars", "about", 0, "s", kind="money", high=5.5),
    ]


def _seeded(engine: sa.Engine) -> tuple[int, int]:
    """A story with one article; returns (story id, article id)."""
    with session_scope(engine) as s:
        story = q.get_or_create_story(s, "nk-troops", "North Korean troops in Russia", now=T0)
        article = q.add_article(s, story, ABC, outlet="ABC News", now=T0)
        assert story.id is not None and article.id is not None
        return story.id, article.id


def test_story_and_article_are_idempotent(engine: sa.Engine) -> None:
    story_id, article_id = _seeded(engine)
    story_id2, article_id2 = _seeded(engine)
    assert (story_id, article_id) == (story_id2, article_id2)
    with session_scope(engine) as s:
        assert len(s.exec(select(Story)).all()) == 1
        assert len(s.exec(select(ArticleRow)).all()) == 1
        article = s.exec(select(ArticleRow)).one()
        assert article.state == "active"
        assert article.original_url == ABC
        assert article.next_check_at == T0  # a new article is due at once
        assert article.created_at.tzinfo is not None


def test_find_article_by_id_url_and_original_url(engine: sa.Engine) -> None:
    _, article_id = _seeded(engine)
    with session_scope(engine) as s:
        assert q.find_article(s, str(article_id)).id == article_id
        assert q.find_article(s, ABC).id == article_id
        assert q.find_article(s, f" {ABC} ").id == article_id
        # The canonical URL moves after a redirect; the URL first given still finds it.
        row = q.find_article(s, ABC)
        row.url = ABC + "&canonical=1"
        s.add(row)
    with session_scope(engine) as s:
        assert q.find_article(s, ABC).id == article_id
        assert q.find_article(s, ABC + "&canonical=1").id == article_id
        for ref in ("999", CNN):
            with pytest.raises(UsageError, match=f"unknown article: {ref}"):
                q.find_article(s, ref)


def test_find_article_tolerates_a_trailing_slash(engine: sa.Engine) -> None:
    with session_scope(engine) as s:
        story = q.get_or_create_story(s, "x", "X")
        article = q.add_article(s, story, "https://example.org/news/a/")
        assert q.find_article(s, "https://example.org/news/a").id == article.id


def test_find_story_and_list_stories(engine: sa.Engine) -> None:
    story_id, _ = _seeded(engine)
    with session_scope(engine) as s:
        story = q.find_story(s, "nk-troops")
        q.add_article(s, story, CNN, outlet="CNN")
        other = q.get_or_create_story(s, "other", "Other", now=T0 + timedelta(hours=1))
        with pytest.raises(UsageError, match="unknown story: nope"):
            q.find_story(s, "nope")
        assert q.find_story(s, str(story_id)).slug == "nk-troops"
        listed = q.list_stories(s)
        assert [(st.slug, [a.url for a in arts]) for st, arts in listed] == [
            ("nk-troops", [ABC, CNN]),
            ("other", []),
        ]
        assert [a.url for a in q.story_articles(s, story_id)] == [ABC, CNN]
        assert other.title == "Other"


def test_versions_are_numbered_and_round_trip(engine: sa.Engine) -> None:
    story_id, article_id = _seeded(engine)
    with session_scope(engine) as s:
        assert q.latest_version(s, article_id) is None
        assert q.seed_version(s, article_id) is None
        for n in (1, 2, 3):
            article = _article(n, developing=n < 3)
            v = q.add_version(
                s,
                article_id,
                article,
                _quotes(article),
                _figures(article, 1_500 * n),
                is_seed=n == 1,
                now=T0 + timedelta(hours=n),
            )
            assert v.number == n
            story = s.get(Story, story_id)
            assert story is not None and story.developing is (n < 3)
    with session_scope(engine) as s:
        assert [v.number for v in q.versions(s, article_id)] == [1, 2, 3]
        latest = q.latest_version(s, article_id)
        seed = q.seed_version(s, article_id)
        assert latest is not None and latest.number == 3 and not latest.developing
        assert seed is not None and seed.number == 1 and seed.is_seed
        v2 = q.version_by_number(s, article_id, 2)
        assert q.version_article(v2) == _article(2)
        assert v2.fingerprint == _article(2).fingerprint()
        assert v2.word_count == _article(2).word_count()
        assert q.version_quotes(v2) == _quotes(_article(2))
        assert q.version_figures(v2) == _figures(_article(2), 3_000)
        assert v2.figures[0]["sentence"].startswith("There are 3,000")
        with pytest.raises(UsageError, match="no version 4"):
            q.version_by_number(s, article_id, 4)
        row = s.get(ArticleRow, article_id)
        assert row is not None and row.developing is False
        assert row.last_changed_at == T0 + timedelta(hours=3)
        assert row.title == "North Korean troops in Russia"


def _two_versions(engine: sa.Engine, article_id: int) -> tuple[int, int]:
    with session_scope(engine) as s:
        v1 = q.add_version(s, article_id, _article(1), [], [], is_seed=True, now=T0)
        v2 = q.add_version(s, article_id, _article(2), [], [], now=T0 + timedelta(hours=1))
        assert v1.id is not None and v2.id is not None
        return v1.id, v2.id


CHANGES = [
    Change(
        "figure_changed",
        old={"text": "1,500 soldiers", "value": 1500, "unit": "soldiers", "qualifier": None},
        new={"text": "3,000 soldiers", "value": 3000, "unit": "soldiers", "qualifier": None},
        old_sentence="There are 1,500 North Korean soldiers in Russia.",
        new_sentence="There are 3,000 North Korean soldiers in Russia.",
    ),
    Change(
        "quote_edited",
        old="What, exactly, they're doing is left to be seen.",
        new="What exactly they're doing remains to be seen.",
        speaker="Austin",
        old_sentence="a",
        new_sentence="b",
        detail={"similarity": 0.8},
    ),
    Change("developing_marker_removed"),
]


def test_changes_round_trip_and_filter(engine: sa.Engine) -> None:
    story_id, article_id = _seeded(engine)
    v1_id, v2_id = _two_versions(engine, article_id)
    later = T0 + timedelta(hours=2)
    with session_scope(engine) as s:
        v1 = q.version_by_number(s, article_id, 1)
        v2 = q.version_by_number(s, article_id, 2)
        rows = q.add_changes(s, v2, v1, "previous", CHANGES, now=later)
        q.add_changes(s, v2, v1, "seed", CHANGES[:1], now=later)
        assert [r.story_id for r in rows] == [story_id] * 3
        with pytest.raises(ValueError, match="against"):
            q.add_changes(s, v2, v1, "sideways", CHANGES, now=later)
    with session_scope(engine) as s:
        stored = q.list_changes(s, article_id=article_id)
        assert [q.change_of(r) for r in stored] == CHANGES
        assert [r.data for r in stored] == [c.to_dict() for c in CHANGES]
        assert stored[1].speaker == "Austin" and stored[1].kind == "quote_edited"
        assert all(r.version_id == v2_id and r.from_version_id == v1_id for r in stored)
        assert stored[0].created_at == later

        def kinds(**filters: Any) -> list[str]:
            return [r.kind for r in q.list_changes(s, **filters)]

        assert kinds(kind_prefix="quote") == ["quote_edited"]
        assert kinds(kind_prefix="figure_changed") == ["figure_changed"]
        assert kinds(kind_prefix="developing_marker") == ["developing_marker_removed"]
        assert kinds(kind_prefix="quot") == []  # a family is a whole word
        assert kinds(against="seed") == ["figure_changed"]
        assert len(kinds(against=None)) == 4
        assert kinds(story_slug="nk-troops", limit=2) == [
            "quote_edited",
            "developing_marker_removed",
        ]
        assert kinds(story_slug="other") == []
        assert kinds(since=later + timedelta(seconds=1)) == []
        assert [r.kind for r in q.changes_for_version(s, v2_id)] == [c.kind for c in CHANGES]


def test_snapshots_counts_and_history(engine: sa.Engine) -> None:
    _, article_id = _seeded(engine)
    with session_scope(engine) as s:
        seed = q.add_snapshot(s, article_id, outcome="seed", fetched_at=T0)
        q.add_version(s, article_id, _article(1), [], [], snapshot_id=seed.id, now=T0)
        for minutes in (5, 10):
            q.add_snapshot(
                s, article_id, outcome="unchanged", fetched_at=T0 + timedelta(minutes=minutes)
            )
        q.add_snapshot(
            s,
            article_id,
            outcome="error",
            fetched_at=T0 + timedelta(minutes=15),
            error_kind="FetchTimeout",
            error="read timeout",
        )
        fetched = T0 + timedelta(minutes=20)
        snap = q.add_snapshot(
            s,
            article_id,
            outcome="new_version",
            fetched_at=fetched,
            status_code=200,
            redirects=["http://abc.example/a", ABC],
            body_hash="ab" * 32,
            body_stored=True,
        )
        # The version is created a moment after its fetch; the fetch still belongs to it.
        v2 = q.add_version(
            s,
            article_id,
            _article(2),
            [],
            [],
            snapshot_id=snap.id,
            now=fetched + timedelta(seconds=2),
        )
        v1 = q.version_by_number(s, article_id, 1)
        q.add_changes(s, v2, v1, "previous", CHANGES, now=fetched)
        q.add_snapshot(s, article_id, outcome="not_modified", fetched_at=T0 + timedelta(minutes=25))
        with pytest.raises(ValueError, match="outcome"):
            q.add_snapshot(s, article_id, outcome="fine")
    with session_scope(engine) as s:
        assert q.snapshot_counts(s, article_id) == {
            "seed": 1,
            "unchanged": 2,
            "error": 1,
            "new_version": 1,
            "not_modified": 1,
        }
        latest = q.latest_snapshot(s, article_id)
        assert latest is not None and latest.outcome == "not_modified"
        assert [x.outcome for x in q.snapshots(s, article_id, limit=2)] == [
            "new_version",
            "not_modified",
        ]
        made = s.get(Snapshot, snap.id)
        assert made is not None and made.version_id == v2.id
        assert made.redirects == ["http://abc.example/a", ABC]
        assert made.fetched_at == fetched and made.fetched_at.tzinfo is not None
        history = q.article_history(s, article_id)
        assert [(h.version.number, h.snapshots, h.changes) for h in history] == [
            (1, 4, ()),
            (2, 2, tuple(CHANGES)),
        ]


def test_timestamps_are_utc_aware_and_naive_ones_are_refused(engine: sa.Engine) -> None:
    _, article_id = _seeded(engine)
    plus_two = datetime(2024, 10, 23, 18, 0, tzinfo=timezone(timedelta(hours=2)))
    with session_scope(engine) as s:
        snap = q.add_snapshot(s, article_id, outcome="unchanged", fetched_at=plus_two)
        snap_id = snap.id
    with session_scope(engine) as s:
        stored = s.get(Snapshot, snap_id)
        assert stored is not None
        assert stored.fetched_at == datetime(2024, 10, 23, 16, 0, tzinfo=UTC)
        assert stored.fetched_at.utcoffset() == timedelta(0)
    with pytest.raises(sa.exc.StatementError, match="naive datetime"), session_scope(engine) as s:
        q.add_snapshot(s, article_id, outcome="unchanged", fetched_at=datetime(2024, 10, 23))


def test_foreign_keys_are_enforced(engine: sa.Engine) -> None:
    _seeded(engine)
    with pytest.raises(sa.exc.IntegrityError), session_scope(engine) as s:
        q.add_snapshot(s, 9_999, outcome="unchanged")
    with session_scope(engine) as s:
        assert s.exec(select(Snapshot)).all() == []


def test_session_scope_rolls_back_on_error(engine: sa.Engine) -> None:
    with pytest.raises(RuntimeError), session_scope(engine) as s:
        q.get_or_create_story(s, "gone", "Gone")
        raise RuntimeError("boom")
    with session_scope(engine) as s:
        assert s.exec(select(Story)).all() == []


def test_ensure_get_revive_and_summaries(engine: sa.Engine) -> None:
    with session_scope(engine) as s:
        story, created = q.ensure_story(s, "nk-troops", "NK", now=T0)
        assert created and q.ensure_story(s, "nk-troops", "other title") == (story, False)
        assert story.title == "NK"
        rows = [q.ensure_article(s, story, url, now=T0) for url in (ABC, CNN, ABC)]
        assert [created for _, created in rows] == [True, True, False]
        abc, cnn = rows[0][0], rows[1][0]
        assert rows[2][0].id == abc.id
        assert story.id is not None and abc.id is not None and cnn.id is not None
        assert q.get_story(s, story.id).slug == "nk-troops"
        assert q.get_article(s, abc.id).url == ABC
        with pytest.raises(UsageError, match="unknown article: 999"):
            q.get_article(s, 999)
        with pytest.raises(UsageError, match="unknown story: 999"):
            q.get_story(s, 999)

        cnn.state = "gone"
        abc.state = "settled"
        abc.next_check_at = T0 + timedelta(days=3)
        abc.consecutive_failures = 2
        s.add_all([abc, cnn])
        s.flush()
        assert [a.id for a in q.checkable_articles(s)] == [abc.id]

        v = q.add_version(s, abc, _article(1), [], [], now=T0)  # a row works as well as an id
        q.add_snapshot(s, abc.id, outcome="seed", fetched_at=T0)
        summary = q.article_summary(s, abc)
        assert summary["versions"] == 1 and summary["fetches"] == 1
        assert summary["developing"] is True and summary["state"] == "settled"
        assert summary["title"] == v.title
        assert json.loads(json.dumps(summary, default=str))["url"] == ABC


def test_snapshot_lookups_for_the_checker(engine: sa.Engine) -> None:
    _, article_id = _seeded(engine)
    with session_scope(engine) as s:
        assert q.last_final_url(s, article_id) is None
        assert q.last_snapshot(s, article_id) is None
        q.add_snapshot(s, article_id, outcome="unchanged", fetched_at=T0, final_url=ABC + "#1")
        for minutes in range(1, 8):
            q.add_snapshot(
                s,
                article_id,
                outcome="error",
                fetched_at=T0 + timedelta(minutes=minutes),
                error=f"timeout {minutes}",
            )
        suspect = q.add_snapshot(
            s,
            article_id,
            outcome="suspect",
            fetched_at=T0 + timedelta(minutes=9),
            final_url=ABC + "#2",
            text_fingerprint="f" * 64,
        )
    with session_scope(engine) as s:
        assert q.last_final_url(s, article_id) == ABC + "#2"
        last = q.last_snapshot(s, article_id)
        assert last is not None and last.id == suspect.id
        assert last.text_fingerprint == "f" * 64
        errors = q.recent_errors(s, article_id, limit=3)
        assert [e.error for e in errors] == ["timeout 6", "timeout 7", None]
        assert len(q.recent_errors(s, article_id)) == 5


def test_change_rows_need_stored_versions(engine: sa.Engine) -> None:
    _, article_id = _seeded(engine)
    with session_scope(engine) as s:
        v1 = q.add_version(s, article_id, _article(1), [], [], now=T0)
        unsaved = v1.model_copy(update={"id": None})
        with pytest.raises(ValueError, match="no id yet"):
            q.add_changes(s, v1, unsaved, "previous", CHANGES, now=T0)
        with pytest.raises(ValueError, match="no id yet"):
            q.latest_version(s, ArticleRow(story_id=1, url="u", original_url="u"))
        row = q.get_article(s, article_id)
        # Every query about one article takes its row as well as its id.
        assert q.latest_version(s, row) == q.latest_version(s, article_id) == v1
        assert q.versions(s, row) == [v1] and q.version_count(s, row) == 1
        assert q.version_by_number(s, row, 1) == q.seed_version(s, row) == v1
        snap = q.add_snapshot(s, row, outcome="unchanged", fetched_at=T0)
        assert q.latest_snapshot(s, row) == snap and q.snapshot_counts(s, row) == {"unchanged": 1}
        assert s.exec(select(ChangeRow)).all() == []


def test_concurrent_read_then_write_transactions_do_not_fail(engine: sa.Engine) -> None:
    """On SQLite a deferred transaction that reads, then writes after another writer
    committed fails at once with "database is locked"; BEGIN IMMEDIATE queues it instead."""
    _, article_id = _seeded(engine)
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def work(worker: int) -> None:
        try:
            barrier.wait()
            for i in range(15):
                with session_scope(engine) as s:
                    q.latest_snapshot(s, article_id)  # read first ...
                    q.add_snapshot(  # ... then write, as the checker does
                        s, article_id, outcome="unchanged", error=f"{worker}-{i}"
                    )
        except BaseException as exc:  # collected and checked in the test thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with session_scope(engine) as s:
        assert q.snapshot_counts(s, article_id) == {"unchanged": 60}
