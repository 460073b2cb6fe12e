"""The values the text stages pass to each other: an extracted article, its quotes and
figures, and the typed changes between two versions.

All of them are frozen dataclasses: the text stages are pure functions from these values to
these values, and nothing here touches the network, the disk or the database.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, get_args

ChangeKind = Literal[
    "quote_added",
    "quote_removed",
    "quote_edited",
    "quote_reattributed",
    "figure_added",
    "figure_removed",
    "figure_changed",
    "headline_changed",
    "byline_changed",
    "developing_marker_added",
    "developing_marker_removed",
    "correction_added",
    "article_gone",
    "article_redirected",
]

CHANGE_KINDS: tuple[ChangeKind, ...] = get_args(ChangeKind)

# The families the CLI's `--kind quote|figure|...` filter accepts, each a prefix of kinds.
CHANGE_FAMILIES: tuple[str, ...] = (
    "quote",
    "figure",
    "headline",
    "byline",
    "developing_marker",
    "correction",
    "article",
)


@dataclass(frozen=True)
class Article:
    """One extracted, normalized article text: what a version stores and what is compared.

    `paragraphs` are normalized body paragraphs (typography folded, dateline removed, the
    developing-story and correction lines taken out and recorded in `developing` / `markers`
    and `corrections`).
    """

    title: str | None = None
    byline: str | None = None
    published: str | None = None  # ISO 8601 date or datetime, as found
    updated: str | None = None  # not part of the fingerprint: an "Updated" time is not news
    paragraphs: tuple[str, ...] = ()
    developing: bool = False
    markers: tuple[str, ...] = ()  # the developing-story lines found, as written
    corrections: tuple[str, ...] = ()  # correction / editor's-note paragraphs, normalized
    dateline: str | None = None  # "Rome (CNN)" when the first paragraph had one

    @property
    def body(self) -> str:
        """The body as one string, paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)

    def canonical_text(self) -> str:
        """The text whose change makes a new version (title, byline, date, body, markers)."""
        from monitor.text import byline_key, fold_for_match

        parts = [
            f"title: {fold_for_match(self.title or '')}",
            f"byline: {byline_key(self.byline)}",
            f"published: {self.published or ''}",
            f"developing: {'yes' if self.developing else 'no'}",
            *(f"correction: {c}" for c in self.corrections),
            "",
            self.body,
        ]
        return "\n".join(parts)

    def fingerprint(self) -> str:
        """SHA-256 of the canonical text: equal fingerprints mean the same version."""
        return hashlib.sha256(self.canonical_text().encode("utf-8")).hexdigest()

    def word_count(self) -> int:
        """How many words the body has."""
        return sum(len(p.split()) for p in self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of every field."""
        data = asdict(self)
        data["paragraphs"] = list(self.paragraphs)
        data["markers"] = list(self.markers)
        data["corrections"] = list(self.corrections)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an Article from `to_dict` output."""
        return cls(
            title=data.get("title"),
            byline=data.get("byline"),
            published=data.get("published"),
            updated=data.get("updated"),
            paragraphs=tuple(data.get("paragraphs") or ()),
            developing=bool(data.get("developing")),
            markers=tuple(data.get("markers") or ()),
            corrections=tuple(data.get("corrections") or ()),
            dateline=data.get("dateline"),
        )


@dataclass(frozen=True)
class Quote:
    """One direct or partial quotation with its speaker.

    `text` is the quoted words without quote marks (the pieces of a quote split around its
    attribution are joined with a space). `speaker` is the name as best written in the article
    ("Lloyd Austin", "a senior administration official"); `speaker_key` is the folded key used
    for matching ("austin"); both are None when nobody can be named.
    """

    text: str
    speaker: str | None
    speaker_key: str | None
    paragraph: int  # 0-based index into Article.paragraphs
    sentence: str  # the sentence(s) of the paragraph that hold the quote
    partial: bool = False  # a fragment quoted inside narration
    runs_on: bool = False  # its words run on into the next paragraph's first quote

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of DESIGN.md: text, speaker, paragraph (plus extras)."""
        return {
            "text": self.text,
            "speaker": self.speaker,
            "speaker_key": self.speaker_key,
            "paragraph": self.paragraph,
            "partial": self.partial,
        }


@dataclass(frozen=True)
class Figure:
    """One number that carries a fact: its value, what it counts, and how it is hedged.

    `text` is the figure as written ("1,500 soldiers", "$3.5bn", "at least 3,000 troops");
    `value` is the number (1500.0; for ranges the low end, `high` the top end); `unit` is the
    folded noun or unit counted ("soldiers", "dollars", "percent"); `qualifier` is the bound or
    approximation ("at least", "nearly", "up to", "about") or None; `kind` says what sort of
    number it is.
    """

    text: str
    value: float | None
    unit: str | None
    qualifier: str | None
    paragraph: int
    sentence: str
    kind: str = "count"  # count | money | percent | range | vague | date | time | age | duration
    high: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of DESIGN.md: text, value, unit, qualifier, paragraph (plus extras)."""
        return {
            "text": self.text,
            "value": _plain_number(self.value),
            "unit": self.unit,
            "qualifier": self.qualifier,
            "kind": self.kind,
            "high": _plain_number(self.high),
            "paragraph": self.paragraph,
        }

    def short_dict(self) -> dict[str, Any]:
        """The figure object used inside a change: text, value, unit, qualifier (and the top
        end of a range, `high`, when it has one)."""
        short = {
            "text": self.text,
            "value": _plain_number(self.value),
            "unit": self.unit,
            "qualifier": self.qualifier,
        }
        if self.high is not None:
            short["high"] = _plain_number(self.high)
        return short


def _plain_number(value: float | None) -> int | float | None:
    """1500.0 -> 1500 so that JSON shows whole numbers as integers."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


@dataclass(frozen=True)
class Change:
    """One typed difference between two versions of an article.

    For quote kinds `old`/`new` are the quoted words; for figure kinds they are figure dicts
    (`Figure.short_dict`); for headline and byline kinds the strings; None on the side where
    the item does not exist. `old_sentence`/`new_sentence` give the context in each version.
    """

    kind: ChangeKind
    old: Any = None
    new: Any = None
    speaker: str | None = None
    old_speaker: str | None = None  # for quote_reattributed
    old_sentence: str | None = None
    new_sentence: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of DESIGN.md; empty optional fields are left out."""
        data: dict[str, Any] = {"kind": self.kind}
        if self.speaker is not None or self.kind.startswith("quote"):
            data["speaker"] = self.speaker
        if self.old_speaker is not None:
            data["old_speaker"] = self.old_speaker
        if self.kind not in ("developing_marker_added", "developing_marker_removed"):
            data["old"] = self.old
            data["new"] = self.new
        if self.old_sentence is not None or self.new_sentence is not None:
            data["old_sentence"] = self.old_sentence
            data["new_sentence"] = self.new_sentence
        if self.detail:
            data.update(self.detail)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Change:
        """Rebuild a Change from `to_dict` output (extra keys go to `detail`)."""
        known = {"kind", "old", "new", "speaker", "old_speaker", "old_sentence", "new_sentence"}
        return cls(
            kind=data["kind"],
            old=data.get("old"),
            new=data.get("new"),
            speaker=data.get("speaker"),
            old_speaker=data.get("old_speaker"),
            old_sentence=data.get("old_sentence"),
            new_sentence=data.get("new_sentence"),
            detail={k: v for k, v in data.items() if k not in known},
        )


@dataclass(frozen=True)
class TextStats:
    """Word counts of a word-level diff; `rewritten` when the diff could not be trusted."""

    added_words: int
    removed_words: int
    unchanged_words: int
    rewritten: bool = False

    def to_dict(self) -> dict[str, Any]:
        """JSON shape: added_words, removed_words, unchanged_words, rewritten."""
        return asdict(self)


@dataclass(frozen=True)
class Comparison:
    """Everything `compare(old, new)` finds: the quotes and figures of each side and the changes."""

    old: Article
    new: Article
    old_quotes: tuple[Quote, ...]
    new_quotes: tuple[Quote, ...]
    old_figures: tuple[Figure, ...]
    new_figures: tuple[Figure, ...]
    changes: tuple[Change, ...]
    text: TextStats

    def to_dict(self) -> dict[str, Any]:
        """The JSON that `monitor compare --json` prints (DESIGN.md)."""

        def side(a: Article, qs: tuple[Quote, ...], fs: tuple[Figure, ...]) -> dict[str, Any]:
            return {
                "title": a.title,
                "byline": a.byline,
                "published": a.published,
                "developing": a.developing,
                "quotes": [q.to_dict() for q in qs],
                "figures": [f.to_dict() for f in fs],
            }

        return {
            "old": side(self.old, self.old_quotes, self.old_figures),
            "new": side(self.new, self.new_quotes, self.new_figures),
            "changes": [c.to_dict() for c in self.changes],
            "text": self.text.to_dict(),
        }
