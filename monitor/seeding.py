"""Loading seed stories: the manifest (`stories.toml`) and each article's stored baseline.

A seed file is the article's version 1. Loading the same manifest twice changes nothing: a
story or article that exists is left alone, and an article that has a seed version keeps it.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from monitor.errors import UsageError
from monitor.extract import extract_document
from monitor.fetch import validate_url
from monitor.figures import extract_figures
from monitor.model import Article
from monitor.quotes import extract_quotes
from monitor.store import queries
from monitor.store.db import session_scope

MANIFEST_NAME = "stories.toml"


@dataclass(frozen=True)
class SeedArticle:
    """One article of the manifest."""

    outlet: str
    url: str
    title: str
    byline: str | None
    published: str | None
    seed_file: Path


@dataclass(frozen=True)
class SeedStory:
    """One story of the manifest with its articles."""

    slug: str
    title: str
    articles: tuple[SeedArticle, ...]


@dataclass(frozen=True)
class SeedReport:
    """What one `seed` run added."""

    stories_added: int
    articles_added: int
    versions_added: int


def read_manifest(folder: Path) -> list[SeedStory]:
    """Parse `folder/stories.toml`; a missing or malformed manifest is a UsageError."""
    path = folder / MANIFEST_NAME
    if not path.is_file():
        raise UsageError(f"no seed manifest: {path} does not exist")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(f"malformed seed manifest {path}: {exc}") from exc
    stories = []
    for raw in data.get("story", []):
        try:
            articles = tuple(_read_article(folder, a) for a in raw.get("article", []))
            stories.append(SeedStory(slug=raw["slug"], title=raw["title"], articles=articles))
        except KeyError as exc:
            raise UsageError(f"malformed seed manifest {path}: missing {exc.args[0]!r}") from exc
    return stories


def _read_article(folder: Path, raw: dict[str, str]) -> SeedArticle:
    seed_file = folder / raw["seed"]
    if not seed_file.is_file():
        raise UsageError(f"seed file {seed_file} does not exist")
    return SeedArticle(
        outlet=raw["outlet"],
        url=validate_url(raw["url"]),
        title=raw["title"],
        byline=raw.get("byline"),
        published=raw.get("published"),
        seed_file=seed_file,
    )


def seed_article_text(item: SeedArticle) -> Article:
    """The seed file as an Article, with the manifest's metadata where the file has none."""
    article = extract_document(item.seed_file.read_bytes(), url=item.url)
    return replace(
        article,
        title=article.title or item.title,
        byline=article.byline or item.byline,
        published=article.published or item.published,
    )


def load_seeds(engine: Engine, folder: Path, now: datetime) -> SeedReport:
    """Load every story, article and seed version of the manifest in `folder` (idempotent)."""
    stories = read_manifest(folder)
    added = [0, 0, 0]
    with session_scope(engine) as session:
        for story in stories:
            row, created = queries.ensure_story(session, story.slug, story.title)
            added[0] += created
            for item in story.articles:
                article_row, created = queries.ensure_article(
                    session,
                    row,
                    item.url,
                    outlet=item.outlet,
                    title=item.title,
                    byline=item.byline,
                    published=item.published,
                    now=now,
                )
                added[1] += created
                if queries.seed_version(session, article_row) is not None:
                    continue
                article = seed_article_text(item)
                queries.add_version(
                    session,
                    article_row,
                    article,
                    extract_quotes(article.paragraphs),
                    extract_figures(article.paragraphs),
                    is_seed=True,
                    now=now,
                )
                added[2] += 1
    return SeedReport(*added)
