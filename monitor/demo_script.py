"""The script of `monitor demo`: the seed story's two pages and the editors' revisions.

Pure values: the pages as HTML (rendered from the seed files with `render_article_html`) and
a timeline of edits, each at a fraction of the run, with the change the monitor is expected
to report (or None: an outage that must not be reported as a change). `monitor.demo` plays
the timeline against a local news server.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from monitor.newsserver import render_article_html

ABC_FILE = "abc-north-korean-troops-russia-austin.txt"
CNN_FILE = "cnn-austin-north-korea-troops-russia.txt"

ABC_TITLE = "North Korean troops are already in Russia, Lloyd Austin confirms"
ABC_NEW_TITLE = (
    "Austin confirms North Korean troops in Russia, calls it a 'very, very serious issue'"
)
CNN_TITLE = "Defense Secretary Lloyd Austin says North Korea has deployed troops to Russia"
CNN_BYLINE = "Natasha Bertrand and Shania Shelton, CNN"

AUSTIN_OLD = "What, exactly, they’re doing is left to be seen."
AUSTIN_NEW = "What exactly they’re doing there remains to be seen."
KIRBY = (
    "White House national security spokesman John Kirby said Wednesday that the deployment "
    "was “a highly concerning development” and that the US was consulting allies and partners."
)
DEVELOPING_LINE = "This is a developing story. Check back for updates."


@dataclass(frozen=True)
class Page:
    """What one outlet serves now: a page to render, or an outage status."""

    path: str
    outlet: str
    title: str
    byline: str
    paragraphs: tuple[str, ...]
    updated: str | None = None
    outage: int | None = None  # an HTTP status served instead of the page (a blip)

    def html(self, noise: str | None = None) -> str:
        """The page as a realistic news page; `noise` varies outside the article."""
        return render_article_html(
            title=self.title,
            byline=self.byline,
            published="2024-10-23",
            updated=self.updated,
            paragraphs=self.paragraphs,
            outlet=self.outlet,
            noise=noise,
        )


Edit = Callable[[Page], Page]


@dataclass(frozen=True)
class Event:
    """One editor's action at `at` (a fraction of the run, 0..1) on one outlet's page."""

    at: float
    path: str
    what: str
    expect: str | None  # the change kind the monitor must report; None: nothing to report
    edit: Edit


def seed_paragraphs(path: Path) -> tuple[str, ...]:
    """A seed file's body paragraphs (blank-line separated, else one per line), without the
    CNN-style metadata line."""
    raw = path.read_text(encoding="utf-8")
    parts = raw.split("\n\n") if "\n\n" in raw else raw.splitlines()
    return tuple(p.strip() for p in parts if p.strip() and not p.strip().startswith("date "))


def initial_pages(seeds: Path) -> dict[str, Page]:
    """The two pages of the seed story as first published, by path."""
    return {
        "/abc": Page("/abc", "ABC News", ABC_TITLE, "ABC News", seed_paragraphs(seeds / ABC_FILE)),
        "/cnn": Page("/cnn", "CNN", CNN_TITLE, CNN_BYLINE, seed_paragraphs(seeds / CNN_FILE)),
    }


def _replace_text(old: str, new: str) -> Edit:
    def edit(page: Page) -> Page:
        paragraphs = tuple(p.replace(old, new) for p in page.paragraphs)
        if paragraphs == page.paragraphs:
            raise ValueError(f"demo script: {old!r} is not on {page.path}")
        return replace(page, paragraphs=paragraphs, updated="2024-10-23T16:05:00Z")

    return edit


def _insert_after(anchor: str, paragraph: str) -> Edit:
    def edit(page: Page) -> Page:
        at = next(i for i, p in enumerate(page.paragraphs) if anchor in p) + 1
        paragraphs = (*page.paragraphs[:at], paragraph, *page.paragraphs[at:])
        return replace(page, paragraphs=paragraphs, updated="2024-10-23T16:20:00Z")

    return edit


def _drop(line: str) -> Edit:
    def edit(page: Page) -> Page:
        return replace(page, paragraphs=tuple(p for p in page.paragraphs if p != line))

    return edit


def _retitle(title: str) -> Edit:
    return lambda page: replace(page, title=title, updated="2024-10-23T16:30:00Z")


def _outage(status: int | None) -> Edit:
    return lambda page: replace(page, outage=status)


# Spread over the run like the minute-long default: 8 s, 16 s, 24 s ... of 60 s.
TIMELINE: tuple[Event, ...] = (
    Event(
        8 / 60,
        "/cnn",
        "CNN revises the troop figure: 1,500 -> 3,000 soldiers",
        "figure_changed",
        _replace_text("1,500 soldiers", "3,000 soldiers"),
    ),
    Event(
        16 / 60,
        "/cnn",
        "CNN rewords Austin's quote",
        "quote_edited",
        _replace_text(AUSTIN_OLD, AUSTIN_NEW),
    ),
    Event(
        24 / 60,
        "/cnn",
        "CNN adds a quote from John Kirby",
        "quote_added",
        _insert_after("what role the North Koreans will play", KIRBY),
    ),
    Event(32 / 60, "/abc", "ABC changes its headline", "headline_changed", _retitle(ABC_NEW_TITLE)),
    Event(
        34 / 60,
        "/cnn",
        "CNN's server fails: HTTP 503 (must NOT be reported as a change)",
        None,
        _outage(503),
    ),
    Event(41 / 60, "/cnn", "CNN's server is back, the page as before", None, _outage(None)),
    Event(
        45 / 60,
        "/abc",
        'ABC removes "This is a developing story"',
        "developing_marker_removed",
        _drop(DEVELOPING_LINE),
    ),
)


def expected_kinds(timeline: tuple[Event, ...] = TIMELINE) -> dict[str, list[str]]:
    """The change kinds each page must report over the whole run, in order."""
    kinds: dict[str, list[str]] = {}
    for event in timeline:
        if event.expect is not None:
            kinds.setdefault(event.path, []).append(event.expect)
    return kinds
