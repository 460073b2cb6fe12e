"""Two versions of an article -> the typed changes between them (pure).

`compare` extracts the quotes and figures of both versions, pairs them (quotes in
`monitor.align`, figures here in `align_figures`), and adds the changes of the article's frame:
headline, byline, the developing-story marker and new corrections. What is typography, layout
or a timestamp never becomes a change: the Article values are already normalized, and matching
folds case, punctuation and diacritics.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from monitor.align import (
    align_quotes,
    greedy_pairs,
    sentence_finder,
    sequence_similarity,
    text_similarity,
    tokens,
)
from monitor.comparative import context_only, contrasts, locate
from monitor.diff import diff_stats
from monitor.figures import equivalent, extract_figures
from monitor.model import Article, Change, Comparison, Figure
from monitor.quotes import extract_quotes
from monitor.text import byline_key

# A correction whose words are this alike to one already there is the same correction.
SAME_CORRECTION_MIN = 0.9


def compare(old: Article, new: Article) -> Comparison:
    """Every typed change from `old` to `new`, with the quotes and figures of both sides."""
    old_quotes = extract_quotes(old.paragraphs)
    new_quotes = extract_quotes(new.paragraphs)
    old_figures = extract_figures(old.paragraphs)
    new_figures = extract_figures(new.paragraphs)
    body_changes = [
        *align_quotes(old_quotes, new_quotes, old.paragraphs, new.paragraphs),
        *align_figures(old_figures, new_figures, equivalent),
    ]
    body_changes = [c for c in body_changes if not _unchanged_sentence(c, old, new)]
    changes = [
        *frame_changes(old, new),
        *_in_reading_order(_with_context(body_changes, old, new), old, new),
    ]
    return Comparison(
        old=old,
        new=new,
        old_quotes=tuple(old_quotes),
        new_quotes=tuple(new_quotes),
        old_figures=tuple(old_figures),
        new_figures=tuple(new_figures),
        changes=tuple(changes),
        text=diff_stats(old.body, new.body),
    )


def is_collapsed(previous: Article, new: Article, ratio: float = 0.35) -> bool:
    """True when the new extraction lost most of the text (a paywall, an error or consent page).

    The caller holds such a version as suspect instead of reporting every quote as removed.
    """
    before = previous.word_count()
    return before > 0 and new.word_count() < ratio * before


def frame_changes(old: Article, new: Article) -> list[Change]:
    """Changes of everything around the body: headline, byline, developing marker, corrections."""
    changes: list[Change] = []
    if _both(old.title, new.title) and _fold(old.title) != _fold(new.title):
        changes.append(Change(kind="headline_changed", old=old.title, new=new.title))
    if _both(old.byline, new.byline) and byline_key(old.byline) != byline_key(new.byline):
        changes.append(Change(kind="byline_changed", old=old.byline, new=new.byline))
    if new.developing and not old.developing:
        marker = new.markers[0] if new.markers else None
        changes.append(Change(kind="developing_marker_added", new=marker, new_sentence=marker))
    if old.developing and not new.developing:
        marker = old.markers[0] if old.markers else None
        changes.append(Change(kind="developing_marker_removed", old=marker, old_sentence=marker))
    changes.extend(
        Change(kind="correction_added", new=c, new_sentence=c)
        for c in new.corrections
        if not any(text_similarity(c, o) >= SAME_CORRECTION_MIN for o in old.corrections)
    )
    return changes


def _both(a: str | None, b: str | None) -> bool:
    """Both sides have a value: a title missing on one side is an extraction gap, not news."""
    return bool(a and a.strip()) and bool(b and b.strip())


def _fold(text: str | None) -> str:
    return "".join(tokens(text or ""))


def _unchanged_sentence(change: Change, old: Article, new: Article) -> bool:
    """An addition whose sentence was already in the old text (or a removal whose sentence is
    still in the new one) is the extractors reading the same words differently, not a change.
    """
    if change.kind.endswith("_added") and change.new_sentence:
        return _holds(old.paragraphs, change.new_sentence)
    if change.kind.endswith("_removed") and change.old_sentence:
        return _holds(new.paragraphs, change.old_sentence)
    return False


def _holds(paragraphs: Sequence[str], sentence: str) -> bool:
    return any(sentence in p for p in paragraphs)


def _with_context(changes: list[Change], old: Article, new: Article) -> list[Change]:
    """Give added and removed items the nearest sentence of the other version, when one is close.

    A figure added into an existing sentence then shows that sentence before and after.
    """
    finders: dict[str, Callable[[str], str | None]] = {}

    def nearest(side: str, paragraphs: Sequence[str], sentence: str) -> str | None:
        if side not in finders:
            finders[side] = sentence_finder(paragraphs)
        return finders[side](sentence)

    out = []
    for c in changes:
        if c.old_sentence is None and c.new_sentence is not None:
            c = replace(c, old_sentence=nearest("old", old.paragraphs, c.new_sentence))
        elif c.new_sentence is None and c.old_sentence is not None:
            c = replace(c, new_sentence=nearest("new", new.paragraphs, c.old_sentence))
        out.append(c)
    return out


def _in_reading_order(changes: list[Change], old: Article, new: Article) -> list[Change]:
    """Sort body changes by where they sit: the new version's order, removals where they were."""

    def position(c: Change) -> tuple[int, int]:
        at = _offset(c.new_sentence, new.paragraphs)
        if at is None:
            at = _offset(c.old_sentence, old.paragraphs)
        return (1 << 30 if at is None else at, 0 if c.kind.startswith("quote") else 1)

    return sorted(changes, key=position)


def _offset(sentence: str | None, paragraphs: Sequence[str]) -> int | None:
    """Where a sentence sits in the body: (paragraph, character) folded into one number."""
    if sentence is None:
        return None
    for i, paragraph in enumerate(paragraphs):
        at = paragraph.find(sentence)
        if at >= 0:
            return i * 100_000 + at
    return None


# --- figures -------------------------------------------------------------------------------

# Context similarity (0..1) at or above which an equal figure counts as the same mention even
# before any revision is considered.
FIGURE_SAME_MIN = 0.5
# Among candidate revisions, an equal figure in similar words is preferred by this much: a
# clause cut after a figure must not turn the neighbouring figure into a "revision".
FIGURE_SAME_BONUS = 0.2
# Two figures of the same unit whose surrounding words are this alike are one figure revised.
FIGURE_CHANGE_MIN = 0.5
# Figures of different units (or with no unit) need more alike surroundings to pair.
FIGURE_RECOUNT_MIN = 0.75
# An old figure equal to a new earlier value ("up from 20") and the new current value need
# only this much alike surroundings to be one figure revised: the equal value says the rest.
FIGURE_RESTATED_MIN = 0.3
WINDOW = 4  # words each side of a figure that say most about what it counts

_DIGIT = re.compile(r"\d")


@dataclass
class _FigureItem:
    """One figure, its unit key and its context: the sentence with the figure masked."""

    figure: Figure
    index: int
    start: int = -1  # where the figure starts in its sentence (-1: not found)
    earlier: tuple[int, int] | None = None  # where its earlier value ("up from 20") is

    @cached_property
    def unit(self) -> str | None:
        """The folded unit."""
        return unit_key(self.figure.unit)

    @cached_property
    def _sides(self) -> tuple[str, str]:
        f, at = self.figure, self.start
        if at < 0:
            return f.sentence, ""
        left, right = f.sentence[:at], f.sentence[at + len(f.text) :]
        # the words around a current value leave out its earlier value ("35 homes, up from
        # 20, ..."), so adding or cutting that clause does not blur what the figure counts
        if self.earlier is not None and self.earlier[0] > at:
            right = f.sentence[self.earlier[1] :]
        elif self.earlier is not None:
            left = _FROM_TAIL.sub("", f.sentence[: self.earlier[0]])
        return left, right

    @cached_property
    def exact_key(self) -> tuple[object, ...]:
        """Same fact in the same words around it: unchanged wherever it sits (cheap to build)."""
        f = self.figure
        left, right = self._sides
        context = _DIGITS.sub("#", left) + "\x00" + _DIGITS.sub("#", right)
        return (f.kind, self.unit, f.value, f.high, f.qualifier, context)

    @cached_property
    def left(self) -> list[str]:
        """Folded words before the figure, numbers masked."""
        return _masked(self._sides[0])

    @cached_property
    def right(self) -> list[str]:
        """Folded words after the figure, numbers masked."""
        return _masked(self._sides[1])

    @cached_property
    def context(self) -> frozenset[str]:
        """The set of words around the figure in its sentence."""
        return frozenset(self.left + self.right)


_DIGITS = re.compile(r"\d+")
_FROM_TAIL = re.compile(r"\s*\bfrom\s*$", re.IGNORECASE)


def _masked(text: str) -> list[str]:
    """Folded words with every number masked, so a revised neighbour does not blur context."""
    return ["#" if _DIGIT.search(w) else w for w in tokens(text)]


def unit_key(unit: str | None) -> str | None:
    """A folded unit for matching: "Soldiers" and "soldier" are one unit."""
    if not unit:
        return None
    words = [w[:-1] if len(w) > 3 and w.endswith("s") else w for w in tokens(unit)]
    return " ".join(words) or None


def _figure_items(figures: Sequence[Figure]) -> tuple[list[_FigureItem], dict[int, int]]:
    """The items of a version's figures, and its earlier values ("up from 20") -> partners."""
    starts = locate(figures)
    refs = contrasts(figures, starts)
    spans = {c: (starts[e], starts[e] + len(figures[e].text)) for e, c in refs.items()}
    return [_FigureItem(f, i, starts[i], spans.get(i)) for i, f in enumerate(figures)], refs


def _context_similarity(o: _FigureItem, n: _FigureItem) -> float:
    """How alike the words around two figures are: the near window weighs most."""
    union = len(o.context | n.context)
    sentence = len(o.context & n.context) / union if union else 1.0
    left = sequence_similarity(o.left[-WINDOW:], n.left[-WINDOW:])
    right = sequence_similarity(o.right[:WINDOW], n.right[:WINDOW])
    return 0.35 * sentence + 0.325 * left + 0.325 * right


def align_figures(
    old: Sequence[Figure],
    new: Sequence[Figure],
    same: Callable[[Figure, Figure], bool],
) -> list[Change]:
    """The figure changes between two versions: added, removed, changed (value or bounds).

    `same(a, b)` says two figures state the same fact however written ("1,000" and "1000").
    Passes, each on what the previous left: (1) the same fact in the same words; (2) the same
    fact in similar words; (3) the same unit in similar words, a revision unless `same`;
    (4) the same fact anywhere (moved into another sentence). The rest is added or removed,
    but for context (`monitor.comparative.context_only`: dates, "one legal expert").
    Before (2), a new "up from 20" whose 20 is an old figure pairs that figure with the current
    value ("35, up from 20"): a revision. An earlier value left alone is context, not news.
    """
    (olds, old_refs), (news, new_refs) = _figure_items(old), _figure_items(new)
    free_old, free_new = _exact_figure_pairs(olds, news)
    changes: list[Change] = []

    def run(score: Callable[[_FigureItem, _FigureItem], float | None]) -> list[tuple[int, int]]:
        candidates = []
        for i in sorted(free_old):
            for j in sorted(free_new):
                s = score(olds[i], news[j])
                if s is not None:
                    candidates.append((s, i, j))
        pairs = [(i, j) for _, i, j in greedy_pairs(candidates)]
        for i, j in pairs:
            free_old.discard(i)
            free_new.discard(j)
        return pairs

    def same_close(o: _FigureItem, n: _FigureItem) -> float | None:
        if _same_unit(o, n):
            ctx = _context_similarity(o, n)
            return ctx if ctx >= FIGURE_SAME_MIN and same(o.figure, n.figure) else None
        if _reread(o, n) and (ctx := _context_similarity(o, n)) >= FIGURE_RECOUNT_MIN:
            return ctx  # "Hollman 31, of" -> "Hollman, 31, of": read as an age, same figure
        return None

    def restated(o: _FigureItem, n: _FigureItem) -> float | None:
        earlier = olds_of.get(n.index)  # `n` is the current value of a new earlier value
        if earlier is None or o.index in old_refs or not _same_fact(o, news[earlier], same):
            return None
        ctx = max(_context_similarity(o, n), _context_similarity(o, news[earlier]))
        return ctx if ctx >= FIGURE_RESTATED_MIN else None

    def revised(o: _FigureItem, n: _FigureItem) -> float | None:
        if o.figure.kind != n.figure.kind and not _same_unit(o, n):
            return None
        ctx = _context_similarity(o, n)
        need = FIGURE_CHANGE_MIN if _same_unit(o, n) and o.unit else FIGURE_RECOUNT_MIN
        if ctx < need:
            return None
        return ctx + FIGURE_SAME_BONUS if same(o.figure, n.figure) else ctx

    def same_anywhere(o: _FigureItem, n: _FigureItem) -> float | None:
        if not _same_unit(o, n) or not same(o.figure, n.figure):
            return None
        return _context_similarity(o, n)

    olds_of = {c: e for e, c in new_refs.items() if e in free_new and c in free_new}
    for i, j in run(restated):
        free_new.discard(olds_of[j])
        if not _same_fact(olds[i], news[j], same):
            changes.append(_figure_changed(olds[i].figure, news[j].figure))
    run(same_close)
    for i, j in run(revised):
        if not _same_fact(olds[i], news[j], same):
            changes.append(_figure_changed(olds[i].figure, news[j].figure))
    run(same_anywhere)
    changes.extend(_figure_removed(olds[i].figure) for i in _news(olds, free_old, old_refs))
    changes.extend(_figure_added(news[j].figure) for j in _news(news, free_new, new_refs))
    return changes


def _news(items: Sequence[_FigureItem], free: set[int], refs: dict[int, int]) -> list[int]:
    """Unpaired figures that are news alone: no earlier value ("up from 20"), no context."""
    left = sorted(free - refs.keys())
    return [i for i in left if not context_only(items[i].figure, items[i].start)]


def _same_fact(o: _FigureItem, n: _FigureItem, same: Callable[[Figure, Figure], bool]) -> bool:
    """The same number, bounds and hedge, with units that do not contradict each other.

    The noun read after a number can vary with the words around it ("13,000 US troops" may
    read with no unit, "1,500 North Korean soldiers" as "soldiers"): that is not a new figure.
    """
    a, b = o.figure, n.figure
    if same(a, b) or _reread(o, n):
        return True
    if (a.value, a.high, a.qualifier) != (b.value, b.high, b.qualifier) or a.value is None:
        return False
    if o.unit is None or n.unit is None:
        return True
    wa, wb = set(o.unit.split()), set(n.unit.split())
    return wa <= wb or wb <= wa


def _reread(o: _FigureItem, n: _FigureItem) -> bool:
    """The same words read as another kind or unit because of the words or punctuation
    around them ("Hollman 31, of" -> "Hollman, 31, of" turns a count into an age)."""
    a, b = o.figure, n.figure
    if (a.value, a.high, a.qualifier) != (b.value, b.high, b.qualifier) or a.value is None:
        return False
    if a.kind == b.kind and a.unit and b.unit:
        return False  # two readings of one unit: a unit changed in words the figure omits
    return tokens(a.text) == tokens(b.text)


# Kinds one fact may be written in: "about 3,500 residents" revised to "6,000 to 8,000 residents".
_RELATED_KINDS = frozenset(["count", "range"])


def _same_unit(o: _FigureItem, n: _FigureItem) -> bool:
    a, b = o.figure.kind, n.figure.kind  # asked of every candidate pair: no set built
    return o.unit == n.unit and (a == b or (a in _RELATED_KINDS and b in _RELATED_KINDS))


def _exact_figure_pairs(
    olds: Sequence[_FigureItem], news: Sequence[_FigureItem]
) -> tuple[set[int], set[int]]:
    """Take out figures that are the same fact in the same words (a multiset match).

    This is the common case (most sentences do not change) and costs one dict lookup each.
    Returns the indexes left free on each side.
    """
    waiting: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for item in news:
        waiting[item.exact_key].append(item.index)
    free_old: set[int] = set()
    for item in olds:
        bucket = waiting.get(item.exact_key)
        if bucket:
            bucket.pop(0)
        else:
            free_old.add(item.index)
    free_new = {j for bucket in waiting.values() for j in bucket}
    return free_old, free_new


def _figure_changed(o: Figure, n: Figure) -> Change:
    if o.kind == n.kind and not (o.unit and n.unit):  # "seven people" -> "from seven to 10"
        o, n = replace(o, unit=o.unit or n.unit), replace(n, unit=n.unit or o.unit)
    return Change(
        kind="figure_changed",
        old=o.short_dict(),
        new=n.short_dict(),
        old_sentence=o.sentence,
        new_sentence=n.sentence,
    )


def _figure_removed(f: Figure) -> Change:
    return Change(kind="figure_removed", old=f.short_dict(), old_sentence=f.sentence)


def _figure_added(f: Figure) -> Change:
    return Change(kind="figure_added", new=f.short_dict(), new_sentence=f.sentence)
