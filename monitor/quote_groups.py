"""Quotes split around their attribution, reported as the one quote a reader sees.

Extraction gives one Quote per piece: '"A," Austin said. "B."' is two pieces, and alignment
pairs pieces. A reader, though, sees one quote of Austin's: when the newsroom cuts "B" the
quote was trimmed, not "a quote removed". So after the pieces are paired, the full quotes of
one speaker that follow each other in one paragraph (a *group*; a partial quote, a fragment
inside narration, is a group of its own) are looked at together:

- one piece reworded while the others stay: the piece's own edit is kept (it says exactly
  which words changed);
- pieces cut from or added to a group that keeps at least one piece: one quote_edited from
  the whole old group to the whole new group (a trim or an extension);
- a whole group gone, or new: one quote_removed / quote_added of its joined words;
- every piece of a group given to the same new speaker: one quote_reattributed.

Groups are tied together by the piece pairs; only where exactly one old group meets exactly
one new group are pieces merged, so that a paragraph reorganised across several groups keeps
its piece-level changes rather than one vague edit of many quotes.

Before any of that, `copy_edit` says when a paired piece is no change at all to a reader: a
spelling fixed in a word or two ("vapour" -> "vapor"), like punctuation or diacritics.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from monitor.model import Change, Quote

# Copy edits a word may get without its meaning changing: one letter added or dropped
# ("vapour" -> "vapor", "travelled" -> "traveled"), two neighbours swapped ("centre" ->
# "center"), or "s" / "z" / "c" swapped ("organise" -> "organize", "defence" -> "defense").
COPY_EDIT_MAX_WORDS = 2
COPY_EDIT_MIN_LETTERS = 5
_SPELLING_SWAPS = frozenset({("s", "z"), ("z", "s"), ("c", "s"), ("s", "c")})


def copy_edit(a: Sequence[str], b: Sequence[str]) -> bool:
    """True when two quotes' folded words differ only by a spelling fix in one or two words.

    Narrow on purpose: the words stay in number and order, each changed word is a long word
    (not "now" / "not"), alphabetic (not a number), keeps its first letter ("moral" /
    "amoral") and its end (an inflection: "lives" / "lived"), and differs by one letter.
    """
    if len(a) != len(b) or a == b:
        return False
    changed = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(changed) <= COPY_EDIT_MAX_WORDS and all(_respelled(x, y) for x, y in changed)


def _respelled(x: str, y: str) -> bool:
    """True when `y` is `x` with one letter added, dropped, swapped or respelled (see above)."""
    if min(len(x), len(y)) < COPY_EDIT_MIN_LETTERS or not (x.isalpha() and y.isalpha()):
        return False
    if x[0] != y[0]:
        return False
    if len(x) != len(y):
        if x[-1] != y[-1]:
            return False  # "case" / "cases": an inflection
        short, long_ = sorted((x, y), key=len)
        return len(long_) == len(short) + 1 and any(
            long_[:k] + long_[k + 1 :] == short for k in range(len(long_))
        )
    at = [k for k in range(len(x)) if x[k] != y[k]]
    if len(at) == 1:
        return (x[at[0]], y[at[0]]) in _SPELLING_SWAPS
    k = at[0]
    return len(at) == 2 and at[1] == k + 1 and (x[k], x[k + 1]) == (y[k + 1], y[k])


@dataclass
class PieceLinks:
    """What piece-level alignment found: pairs (with their change, None when unchanged) and the
    pieces reported removed or added. Pieces in none of these are accounted for elsewhere."""

    pairs: list[tuple[int, int, Change | None]] = field(default_factory=list)
    removed: list[int] = field(default_factory=list)
    added: list[int] = field(default_factory=list)


def group_ids(quotes: Sequence[Quote], who: Sequence[str | None]) -> list[int]:
    """The group of each quote: consecutive full quotes of one known speaker in one paragraph,
    or a quote that runs on into the next paragraph with that paragraph's first quote.

    A partial quote is narration's fragment ('called it "serious"'), not a piece of a quote
    broken by its attribution: it stays a group of its own.
    """
    ids: list[int] = []
    for i, q in enumerate(quotes):
        prev = quotes[i - 1] if i > 0 else None
        same = (
            prev is not None
            and who[i] is not None
            and who[i] == who[i - 1]
            and (
                q.paragraph == prev.paragraph
                or (prev.runs_on and q.paragraph == prev.paragraph + 1)
            )
            and not q.partial
            and not prev.partial
        )
        ids.append(ids[-1] if same else (ids[-1] + 1 if ids else 0))
    return ids


@dataclass
class _Unit:
    """The groups that piece pairs tie together, and the piece changes inside them."""

    old_groups: set[int] = field(default_factory=set)
    new_groups: set[int] = field(default_factory=set)
    pairs: list[tuple[int, int, Change | None]] = field(default_factory=list)
    removed: list[int] = field(default_factory=list)
    added: list[int] = field(default_factory=list)

    def piece_changes(self, old: Sequence[Quote], new: Sequence[Quote]) -> list[Change]:
        """The changes as the pieces were aligned, one per piece."""
        return [
            *(c for _, _, c in self.pairs if c is not None),
            *(_removed(old[i]) for i in self.removed),
            *(_added(new[j]) for j in self.added),
        ]


def merge_groups(
    old: Sequence[Quote],
    new: Sequence[Quote],
    old_who: Sequence[str | None],
    new_who: Sequence[str | None],
    links: PieceLinks,
) -> list[Change]:
    """The quote changes of piece-level `links`, with split quotes reported whole."""
    old_gid, new_gid = group_ids(old, old_who), group_ids(new, new_who)
    units = _units(old_gid, new_gid, links)
    changes: list[Change] = []
    for unit in units:
        changes.extend(_unit_changes(unit, old, new, old_gid, new_gid))
    return changes


def _units(old_gid: list[int], new_gid: list[int], links: PieceLinks) -> list[_Unit]:
    """Old and new groups joined by piece pairs (union-find over group nodes)."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(node: tuple[str, int]) -> tuple[str, int]:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for i, j, _ in links.pairs:
        a, b = find(("o", old_gid[i])), find(("n", new_gid[j]))
        if a != b:
            parent[a] = b
    units: dict[tuple[str, int], _Unit] = {}

    def unit_of(node: tuple[str, int]) -> _Unit:
        root = find(node)
        if root not in units:
            units[root] = _Unit()
        unit = units[root]
        (unit.old_groups if node[0] == "o" else unit.new_groups).add(node[1])
        return unit

    for i, j, change in links.pairs:
        unit_of(("o", old_gid[i])).pairs.append((i, j, change))
        unit_of(("n", new_gid[j]))
    for i in links.removed:
        unit_of(("o", old_gid[i])).removed.append(i)
    for j in links.added:
        unit_of(("n", new_gid[j])).added.append(j)
    return list(units.values())


def _unit_changes(
    unit: _Unit,
    old: Sequence[Quote],
    new: Sequence[Quote],
    old_gid: list[int],
    new_gid: list[int],
) -> list[Change]:
    """The changes of one unit: merged when it is one old group and/or one new group."""
    piece_level = unit.piece_changes(old, new)
    if not piece_level or len(unit.old_groups) > 1 or len(unit.new_groups) > 1:
        return piece_level
    olds = [old[i] for i, g in enumerate(old_gid) if g in unit.old_groups]
    news = [new[j] for j, g in enumerate(new_gid) if g in unit.new_groups]
    if len(olds) <= 1 and len(news) <= 1:
        return piece_level  # one piece each side (or one alone): nothing to merge
    if not news:
        return [_removed(_joined(olds))] if len(unit.removed) == len(olds) else piece_level
    if not olds:
        return [_added(_joined(news))] if len(unit.added) == len(news) else piece_level
    kinds = {c.kind for _, _, c in unit.pairs if c is not None}
    all_moved = kinds == {"quote_reattributed"} and all(c for _, _, c in unit.pairs)
    if all_moved and not unit.removed and not unit.added:
        return [_reattributed(_joined(olds), _joined(news))]
    if unit.removed or unit.added:
        return [_edited(_joined(olds), _joined(news))]
    return piece_level


def _joined(pieces: Sequence[Quote]) -> Quote:
    """The pieces of one group as one quote: words and sentences joined in reading order."""
    first = pieces[0]
    sentences: list[str] = []
    for q in pieces:
        if q.sentence not in sentences:
            sentences.append(q.sentence)
    return Quote(
        text=" ".join(q.text for q in pieces),
        speaker=first.speaker,
        speaker_key=first.speaker_key,
        paragraph=first.paragraph,
        sentence=" ".join(sentences),
        partial=all(q.partial for q in pieces),
    )


def _removed(q: Quote) -> Change:
    return Change(kind="quote_removed", old=q.text, speaker=q.speaker, old_sentence=q.sentence)


def _added(q: Quote) -> Change:
    return Change(kind="quote_added", new=q.text, speaker=q.speaker, new_sentence=q.sentence)


def _edited(o: Quote, n: Quote) -> Change:
    return Change(
        kind="quote_edited",
        old=o.text,
        new=n.text,
        speaker=n.speaker or o.speaker,
        old_sentence=o.sentence,
        new_sentence=n.sentence,
    )


def _reattributed(o: Quote, n: Quote) -> Change:
    return Change(
        kind="quote_reattributed",
        old=o.text,
        new=n.text,
        speaker=n.speaker,
        old_speaker=o.speaker,
        old_sentence=o.sentence,
        new_sentence=n.sentence,
    )
