"""End to end: the seed story served by a real local HTTP server, checked into a real database.

Covers the foundation's list: seeding is idempotent; a first fetch equal to the seed makes no
version; typography alone makes no version; CNN's 1,500 -> 3,000 soldiers is one
figure_changed; Austin's reworded quote is one quote_edited; the developing line removed is
developing_marker_removed; 304 and identical bodies make no version; 500, timeout, non-HTML
record an error and no change; 404 records article_gone once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, func
from sqlmodel import select

from monitor.check import CheckContext, CheckOutcome, check_article, check_target, utcnow
from monitor.check_store import load_target, write_records
from monitor.config import Settings, load_settings
from monitor.fetch import make_client
from monitor.newsserver import NewsServer, render_article_html
from monitor.seeding import load_seeds, read_manifest
from monitor.store import queries
from monitor.store.blobs import BlobStore
from monitor.store.db import make_engine, session_scope
from monitor.store.migrate import upgrade
from monitor.store.tables import ChangeRow, Snapshot, Version
from monitor.text import split_paragraphs
from tests.conftest import ABC_SEED, CNN_SEED

ABC_TITLE = "North Korean troops are already in Russia, Lloyd Austin confirms"
CNN_TITLE = "Defense Secretary Lloyd Austin says North Korea has deployed troops to Russia"
CNN_BYLINE = "Natasha Bertrand and Shania Shelton, CNN"


def seed_paragraphs(path: Path) -> list[str]:
    """The seed file's body paragraphs as written (the CNN metadata line dropped)."""
    raw = path.read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in raw.split("\n\n")] if "\n\n" in raw else raw.splitlines()
    return [p for p in paragraphs if p.strip() and not p.strip().startswith("date ")]


def abc_page(paragraphs: list[str] | None = None, title: str = ABC_TITLE) -> str:
    return render_article_html(
        title=title,
        byline="ABC News",
        published="2024-10-23",
        paragraphs=paragraphs or seed_paragraphs(ABC_SEED),
        outlet="ABC News",
    )


def cnn_page(paragraphs: list[str] | None = None, noise: str | None = None) -> str:
    return render_article_html(
        title=CNN_TITLE,
        byline=CNN_BYLINE,
        published="2024-10-23",
        paragraphs=paragraphs or seed_paragraphs(CNN_SEED),
        outlet="CNN",
        noise=noise,
    )


@dataclass
class World:
    """A seeded database, a local news server serving the seed story, and a check runner."""

    settings: Settings
    engine: Engine
    news: NewsServer
    abc_id: int
    cnn_id: int

    def check(self, article_id: int) -> CheckOutcome:
        async def run() -> CheckOutcome:
            async with make_client(self.settings) as client:
                ctx = CheckContext(
                    self.settings, self.engine, BlobStore(self.settings.snapshots_dir), client
                )
                return await check_article(ctx, article_id)

        return asyncio.run(run())

    def check_deferred(self, article_id: int) -> CheckOutcome:
        """check_target with defer=True, as the daemon runs it."""

        async def run() -> CheckOutcome:
            async with make_client(self.settings) as client:
                ctx = CheckContext(
                    self.settings, self.engine, BlobStore(self.settings.snapshots_dir), client
                )
                return await check_target(ctx, load_target(self.engine, article_id), defer=True)

        return asyncio.run(run())

    def count(self, table: type, article_id: int) -> int:
        with session_scope(self.engine) as s:
            column = table.article_id  # type: ignore[attr-defined]
            return int(s.exec(select(func.count()).where(column == article_id)).one())

    def changes(self, article_id: int) -> list[dict[str, object]]:
        with session_scope(self.engine) as s:
            rows = s.exec(
                select(ChangeRow).where(
                    ChangeRow.article_id == article_id, ChangeRow.against == "previous"
                )
            ).all()
            return [dict(r.data) for r in rows]


def write_local_manifest(folder: Path, news: NewsServer) -> None:
    """A copy of seeds/stories.toml whose URLs point at the local news server."""
    folder.mkdir()
    for seed in (ABC_SEED, CNN_SEED):
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "stories.toml").write_text(
        f"""
[[story]]
slug = "north-korean-troops-russia"
title = "North Korean troops in Russia"
  [[story.article]]
  outlet = "ABC News"
  url = "{news.url("/abc")}"
  title = "{ABC_TITLE}"
  byline = "ABC News"
  published = "2024-10-23"
  seed = "{ABC_SEED.name}"
  [[story.article]]
  outlet = "CNN"
  url = "{news.url("/cnn")}"
  title = "{CNN_TITLE}"
  byline = "{CNN_BYLINE}"
  published = "2024-10-23"
  seed = "{CNN_SEED.name}"
""",
        encoding="utf-8",
    )


@pytest.fixture
def world(tmp_path: Path, db_url: str) -> Iterator[World]:
    with NewsServer() as news:
        news.set_page("/abc", abc_page())
        news.set_page("/cnn", cnn_page())
        write_local_manifest(tmp_path / "seeds", news)
        settings = load_settings(
            database_url=db_url, snapshots_dir=tmp_path / "snapshots", fetch_timeout=1.0
        )
        engine = make_engine(db_url)
        upgrade(engine)
        load_seeds(engine, tmp_path / "seeds", utcnow())
        with session_scope(engine) as s:
            abc = queries.find_article(s, news.url("/abc")).id
            cnn = queries.find_article(s, news.url("/cnn")).id
        yield World(settings, engine, news, abc, cnn)
        engine.dispose()


def test_the_repository_manifest_names_both_seed_articles() -> None:
    stories = read_manifest(Path(__file__).resolve().parent.parent / "seeds")
    assert [a.outlet for a in stories[0].articles] == ["ABC News", "CNN"]
    assert stories[0].articles[1].title == CNN_TITLE


def test_seeding_twice_changes_nothing(world: World, tmp_path: Path) -> None:
    report = load_seeds(world.engine, tmp_path / "seeds", utcnow())
    assert (report.stories_added, report.articles_added, report.versions_added) == (0, 0, 0)
    assert world.count(Version, world.cnn_id) == 1
    with session_scope(world.engine) as s:
        seed = queries.seed_version(s, world.abc_id)
        assert seed is not None and seed.is_seed and seed.developing
        assert any(q["speaker"] and "Austin" in q["speaker"] for q in seed.quotes)
        cnn = queries.seed_version(s, world.cnn_id)
        assert cnn is not None
        assert any(f["value"] == 1500 and f["unit"] == "soldiers" for f in cnn.figures)


def test_first_fetch_equal_to_the_seed_makes_no_version(world: World) -> None:
    assert world.check(world.cnn_id).outcome == "unchanged"
    assert world.check(world.abc_id).outcome == "unchanged"
    assert world.count(Version, world.cnn_id) == 1
    assert world.count(Version, world.abc_id) == 1
    assert world.changes(world.cnn_id) == []


def test_typography_only_variant_makes_no_version(world: World) -> None:
    paragraphs = [
        p.replace("“", '"')
        .replace("”", '"')
        .replace("’", "'")
        .replace(" – ", " -- ")
        .replace(" — ", " -- ")
        for p in seed_paragraphs(CNN_SEED)
    ]
    paragraphs[0] = paragraphs[0].replace("Rome (CNN) -- ", "")
    world.news.set_page("/cnn", cnn_page(paragraphs))
    assert world.check(world.cnn_id).outcome == "unchanged"
    assert world.count(Version, world.cnn_id) == 1


def test_figure_edit_gives_exactly_one_figure_changed(world: World) -> None:
    paragraphs = [p.replace("1,500 soldiers", "3,000 soldiers") for p in seed_paragraphs(CNN_SEED)]
    world.news.set_page("/cnn", cnn_page(paragraphs))
    outcome = world.check(world.cnn_id)
    assert outcome.outcome == "new_version" and outcome.version_number == 2
    changes = world.changes(world.cnn_id)
    assert [c["kind"] for c in changes] == ["figure_changed"]
    change = changes[0]
    assert change["old"]["value"] == 1500 and change["new"]["value"] == 3000  # type: ignore[index]
    assert change["new"]["unit"] == "soldiers"  # type: ignore[index]
    assert "spy agency" in str(change["new_sentence"])


def test_reworded_quote_gives_one_quote_edited(world: World) -> None:
    paragraphs = [
        p.replace(
            "What, exactly, they’re doing is left to be seen.",
            "What exactly they’re doing remains to be seen.",
        )
        for p in seed_paragraphs(CNN_SEED)
    ]
    world.news.set_page("/cnn", cnn_page(paragraphs))
    assert world.check(world.cnn_id).outcome == "new_version"
    changes = world.changes(world.cnn_id)
    assert [c["kind"] for c in changes] == ["quote_edited"]
    assert "Austin" in str(changes[0]["speaker"])
    assert changes[0]["new"] == "What exactly they're doing remains to be seen."


def test_removing_the_developing_line(world: World) -> None:
    paragraphs = [p for p in seed_paragraphs(ABC_SEED) if "developing story" not in p]
    world.news.set_page("/abc", abc_page(paragraphs))
    outcome = world.check(world.abc_id)
    assert outcome.outcome == "new_version" and outcome.developing is False
    assert [c["kind"] for c in world.changes(world.abc_id)] == ["developing_marker_removed"]


def test_304_and_identical_bodies_make_no_version(world: World) -> None:
    world.check(world.cnn_id)
    second = world.check(world.cnn_id)
    assert second.outcome == "not_modified"
    world.news.set_page("/cnn", cnn_page(), etag=False, last_modified=False)
    assert world.check(world.cnn_id).outcome == "unchanged"
    assert world.count(Version, world.cnn_id) == 1
    with session_scope(world.engine) as s:
        snaps = s.exec(select(Snapshot).where(Snapshot.article_id == world.cnn_id)).all()
        assert not any(x.body_stored for x in snaps)  # unchanged text keeps no body


def test_changing_markup_with_the_same_text_makes_no_version(world: World) -> None:
    for token in ("ad-1", "ad-2", "ad-3"):
        world.news.set_page("/cnn", cnn_page(noise=f"Page generated at {token}"), etag=False)
        assert world.check(world.cnn_id).outcome == "unchanged"
    assert world.count(Version, world.cnn_id) == 1


@pytest.mark.parametrize(
    ("setup", "kind"),
    [
        (lambda n: n.set_page("/cnn", "oops", status=500), "HTTPStatusError"),
        (lambda n: n.set_page("/cnn", cnn_page(), delay=2.0), "FetchTimeout"),
        (
            lambda n: n.set_page("/cnn", b"%PDF-1.4", content_type="application/pdf"),
            "ContentTypeError",
        ),
    ],
    ids=["500", "timeout", "pdf"],
)
def test_upstream_failures_are_recorded_not_changes(world: World, setup, kind: str) -> None:  # type: ignore[no-untyped-def]
    setup(world.news)
    outcome = world.check(world.cnn_id)
    assert outcome.outcome == "error" and outcome.error
    assert world.changes(world.cnn_id) == []
    assert world.count(Version, world.cnn_id) == 1
    with session_scope(world.engine) as s:
        snap = queries.last_snapshot(s, world.cnn_id)
        assert snap is not None and snap.error_kind == kind


def test_garbage_page_is_suspect_not_a_change(world: World) -> None:
    world.news.set_page("/cnn", "<html><body><div>Subscribe to keep reading</div></body></html>")
    assert world.check(world.cnn_id).outcome == "suspect"
    assert world.changes(world.cnn_id) == []
    assert world.count(Version, world.cnn_id) == 1


def test_collapsed_extraction_is_held_until_confirmed(world: World) -> None:
    paywall = cnn_page(seed_paragraphs(CNN_SEED)[:1])
    world.news.set_page("/cnn", paywall, etag=False)
    assert world.check(world.cnn_id).outcome == "suspect"
    assert world.changes(world.cnn_id) == []
    assert world.check(world.cnn_id).outcome == "new_version"  # the same text again: confirmed


def test_gone_article_reports_article_gone_once(world: World) -> None:
    world.news.gone("/cnn")
    assert world.check(world.cnn_id).outcome == "gone"
    assert [c["kind"] for c in world.changes(world.cnn_id)] == ["article_gone"]
    with session_scope(world.engine) as s:
        queries.get_article(s, world.cnn_id).state = "gone"
    world.check(world.cnn_id)
    assert [c["kind"] for c in world.changes(world.cnn_id)] == ["article_gone"]


def test_redirect_is_recorded(world: World) -> None:
    world.news.set_page("/cnn-moved", cnn_page())
    world.news.redirect("/cnn", "/cnn-moved")
    outcome = world.check(world.cnn_id)
    assert outcome.outcome == "redirected"
    assert [c["kind"] for c in world.changes(world.cnn_id)] == ["article_redirected"]
    assert world.check(world.cnn_id).outcome in ("unchanged", "not_modified")


def test_a_new_version_keeps_its_raw_body(world: World) -> None:
    paragraphs = [p.replace("1,500 soldiers", "3,000 soldiers") for p in seed_paragraphs(CNN_SEED)]
    world.news.set_page("/cnn", cnn_page(paragraphs))
    world.check(world.cnn_id)
    with session_scope(world.engine) as s:
        latest = queries.latest_version(s, world.cnn_id)
        assert latest is not None and latest.body_hash
        body = BlobStore(world.settings.snapshots_dir).get(latest.body_hash)
    assert b"3,000 soldiers" in body


def test_seed_text_extracts_like_the_html_page() -> None:
    from monitor.extract import extract_document

    text = extract_document(CNN_SEED.read_bytes())
    page = extract_document(cnn_page().encode())
    assert page.paragraphs == text.paragraphs
    assert split_paragraphs(CNN_SEED.read_text())[0].startswith("date")


def test_a_deferred_check_hands_back_what_it_would_write(world: World) -> None:
    world.check(world.cnn_id)  # the first fetch keeps the page's validators
    snapshots = world.count(Snapshot, world.cnn_id)
    same = world.check_deferred(world.cnn_id)
    assert same.outcome == "not_modified" and same.pending is not None
    assert world.count(Snapshot, world.cnn_id) == snapshots  # nothing written yet
    write_records(world.engine, [same.pending])
    assert world.count(Snapshot, world.cnn_id) == snapshots + 1
    world.news.set_page("/cnn", "oops", status=503)
    failed = world.check_deferred(world.cnn_id)
    assert failed.outcome == "error" and failed.pending is not None
    assert failed.pending.article["last_error"] == failed.error
    # A real change is never deferred: its version and changes are stored by the check.
    paragraphs = [p.replace("1,500 soldiers", "3,000 soldiers") for p in seed_paragraphs(CNN_SEED)]
    world.news.set_page("/cnn", cnn_page(paragraphs))
    changed = world.check_deferred(world.cnn_id)
    assert changed.outcome == "new_version" and changed.pending is None
    assert [c["kind"] for c in world.changes(world.cnn_id)] == ["figure_changed"]
