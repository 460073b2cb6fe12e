"""Pairing the quotes of two versions of an article, and turning the pairs into changes.

The rule is "match first, then diff": an item that is still there (in any paragraph, in any
order) is removed from both sides before anything is reported, so a moved paragraph is not a
change; what remains is paired by similarity, so an edit is reported once as an edit and not
as a removal plus an addition. Quotes pair by their words and speaker (here); figures by what
they count and the words around them (`monitor.compare.align_figures`, built on the helpers
here).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cached_property
from unicodedata import combining

from monitor.model import Change, Quote
from monitor.quote_groups import PieceLinks, copy_edit, merge_groups
from monitor.text import split_sentences

# Word similarity at or above which two quotes of the same (or an unknown) speaker are one
# quote edited; below it they are a removal and an addition.
QUOTE_EDIT_MIN = 0.5
# Two quotes given to different named speakers are the same quote re-attributed only when
# their words (nearly) stay.
QUOTE_REATTRIBUTE_MIN = 0.85
# A quote whose words changed beyond QUOTE_EDIT_MIN is still one quote edited when the same
# speaker's sentence around it (at least this many words, quotes masked) is this alike.
FRAME_MIN_WORDS = 8
FRAME_SAME_MIN = 0.9
# A fragment shorter than this many words is too common to pair by containment alone.
MIN_CONTAINED_WORDS = 4
# A shorter fragment pairs with a quote holding it word for word when the speaker and the
# sentence around it stay: 'the case is "isolated and unrelated"' extended in place.
MIN_RUN_WORDS = 2
FRAME_ALIKE_MIN = 0.6


_NOT_WORD = re.compile(r"[^\w\s%$€£]+")


def tokens(text: str) -> list[str]:
    """The folded words of a text: case, punctuation, typography and diacritics folded.

    The same folding as `monitor.text.fold_for_match`, without its normalization pass: every
    quote mark, dash and other punctuation becomes a word break here anyway, and this runs for
    every quote and figure of both versions.
    """
    text = text.lower()
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not combining(ch))
    return _NOT_WORD.sub(" ", text).split()


def sequence_similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """Ratio of the words two token lists share in order (0..1, difflib's ratio)."""
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def text_similarity(a: str, b: str) -> float:
    """Word-order similarity of two texts after folding (1.0 when they fold the same)."""
    ta, tb = tokens(a), tokens(b)
    if "".join(ta) == "".join(tb):
        return 1.0
    return sequence_similarity(ta, tb)


def containment(a: Sequence[str], b: Sequence[str]) -> float:
    """Share of the shorter token list that appears, in order, inside the longer one."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if not short:
        return 0.0
    matcher = SequenceMatcher(None, short, long_, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(short)


def greedy_pairs(candidates: Iterable[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """Best-first one-to-one assignment: take the highest score whose two sides are free."""
    taken_a: set[int] = set()
    taken_b: set[int] = set()
    chosen: list[tuple[float, int, int]] = []
    # Ties break on position so that the result does not depend on dict or set order.
    for score, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if i in taken_a or j in taken_b:
            continue
        taken_a.add(i)
        taken_b.add(j)
        chosen.append((score, i, j))
    return chosen


@dataclass
class _QuoteItem:
    """One quote and the folded forms the matching needs, each computed on first use."""

    quote: Quote
    index: int
    paragraphs: Sequence[str]
    mate: _QuoteItem | None = None  # the other side's quote it is paired with

    @cached_property
    def words(self) -> list[str]:
        """The folded words of the quote."""
        return tokens(self.quote.text)

    @cached_property
    def joined(self) -> str:
        """The folded words with a space either side, to find another quote's words in."""
        return f" {' '.join(self.words)} "

    @cached_property
    def key(self) -> str:
        """Folded words with spaces removed: "co-belligerent" == "co belligerent"."""
        return "".join(self.words)

    @cached_property
    def who(self) -> str | None:
        """Speaker identity: the speaker key, else the folded display name."""
        q = self.quote
        return q.speaker_key or (" ".join(tokens(q.speaker)) if q.speaker else None) or None

    @cached_property
    def explicit(self) -> bool:
        """True when the speaker is named in the quote's paragraph, not resolved from a pronoun.

        A quote attributed with "he said" takes its speaker from an earlier paragraph, so
        moving paragraphs around can change it without anyone re-attributing anything.
        """
        if not self.who:
            return False
        folded = f" {self.narration} "
        return any(f" {part} " in folded for part in self.who.split() if len(part) > 2)

    @cached_property
    def frame(self) -> list[str]:
        """The folded words of the quote's sentence outside quote marks."""
        return tokens(_QUOTED.sub(" ", self.quote.sentence))

    @cached_property
    def narration(self) -> str:
        """The folded words of the quote's paragraph outside quote marks (the attribution)."""
        q = self.quote
        ok = 0 <= q.paragraph < len(self.paragraphs)
        return " ".join(
            tokens(_QUOTED.sub(" ", self.paragraphs[q.paragraph] if ok else q.sentence))
        )


# Quoted spans of a normalized paragraph (quote marks are straight after normalization).
_QUOTED = re.compile(r'"[^"]*"')


def align_quotes(
    old: Sequence[Quote],
    new: Sequence[Quote],
    old_paragraphs: Sequence[str] = (),
    new_paragraphs: Sequence[str] = (),
) -> list[Change]:
    """The quote changes between two versions: added, removed, edited, re-attributed.

    Paragraph texts (optional) let a re-attribution be told from a pronoun ("he said") that
    now points at someone else because paragraphs moved.
    """
    olds = [_QuoteItem(q, i, old_paragraphs) for i, q in enumerate(old)]
    news = [_QuoteItem(q, j, new_paragraphs) for j, q in enumerate(new)]
    links = _piece_links(olds, news)
    return merge_groups(old, new, [o.who for o in olds], [n.who for n in news], links)


def _piece_links(olds: Sequence[_QuoteItem], news: Sequence[_QuoteItem]) -> PieceLinks:
    """Pair the quotes piece by piece: equal words, split or joined, then similar words."""
    free_old = {item.index for item in olds}
    free_new = {item.index for item in news}
    links = PieceLinks()

    for i, j in _exact_quote_pairs(olds, news):
        free_old.discard(i)
        free_new.discard(j)
        links.pairs.append((i, j, _reattribution(olds[i], news[j])))

    for i, js in _split_or_joined(olds, news, free_old, free_new):
        free_old.discard(i)
        free_new.difference_update(js)
        links.pairs.extend((i, j, None) for j in js)
    for j, is_ in _split_or_joined(news, olds, free_new, free_old):
        free_new.discard(j)
        free_old.difference_update(is_)
        links.pairs.extend((i, j, None) for i in is_)

    candidates = []
    for i in sorted(free_old):
        for j in sorted(free_new):
            score = _quote_pair_score(olds[i], news[j])
            if score is not None:
                candidates.append((score, i, j))
    for _, i, j in greedy_pairs(candidates):
        free_old.discard(i)
        free_new.discard(j)
        o, n = olds[i], news[j]
        same_words = copy_edit(o.words, n.words)
        links.pairs.append(
            (i, j, _reattribution(o, n) if same_words else _paired_quote_change(o, n))
        )

    for i, j, _ in links.pairs:
        olds[i].mate, news[j].mate = news[j], olds[i]
    links.removed = [i for i in sorted(free_old) if not _still_quoted(olds[i], news)]
    links.added = [j for j in sorted(free_new) if not _still_quoted(news[j], olds)]
    return links


def _still_quoted(item: _QuoteItem, other_side: Sequence[_QuoteItem]) -> bool:
    """True when the words of an unpaired quote are quoted, whole, on the other side anyway.

    A partial quote repeated in a new lede, or dropped from it, while the full quote stays, is
    not a quote added or removed: no words were. The other quote must be the same speaker's
    (or either speaker unknown, for three words or more: one or two words occur inside any
    quote by chance), and not the partner of a quote of the item's own paragraph that holds
    the words too: '"...a big win please," he said. "Please."' cut to its first piece keeps
    "please" in that piece, but the piece "Please." went.
    """
    if not item.words:
        return True
    needle = item.joined
    for other in other_side:
        if needle not in other.joined:
            continue
        own = other.mate if not item.quote.partial else None
        if own and own.quote.paragraph == item.quote.paragraph and needle in own.joined:
            continue
        if item.who is not None and other.who is not None:
            if item.who == other.who or _same_person(item.who, other.who):
                return True
        elif len(item.words) >= 3:
            return True
    return False


def _exact_quote_pairs(
    olds: Sequence[_QuoteItem], news: Sequence[_QuoteItem]
) -> list[tuple[int, int]]:
    """Pairs of quotes whose folded words are equal, wherever they are (a multiset match).

    Within one text, the same speaker is preferred, then the nearest paragraph, so that a
    repeated phrase pairs with its own occurrence.
    """
    by_key: dict[str, list[_QuoteItem]] = defaultdict(list)
    for item in news:
        by_key[item.key].append(item)
    candidates = []
    for o in olds:
        for n in by_key.get(o.key, ()):
            same = 1.0 if o.who == n.who else 0.0
            near = 1.0 / (1.0 + abs(o.quote.paragraph - n.quote.paragraph))
            candidates.append((same + 0.5 * near, o.index, n.index))
    return [(i, j) for _, i, j in greedy_pairs(candidates)]


def _reattribution(o: _QuoteItem, n: _QuoteItem) -> Change | None:
    """A quote_reattributed change when the same words now have another named speaker."""
    if o.who is None or n.who is None or o.who == n.who:
        return None
    if o.narration == n.narration:
        # Same words, same attribution words: only the resolution of a pronoun differs.
        return None
    if _same_person(o.who, n.who) or not n.explicit:
        return None
    return Change(
        kind="quote_reattributed",
        old=o.quote.text,
        new=n.quote.text,
        speaker=n.quote.speaker,
        old_speaker=o.quote.speaker,
        old_sentence=o.quote.sentence,
        new_sentence=n.quote.sentence,
    )


def _same_person(a: str, b: str) -> bool:
    """Speaker identities that name one person ("austin" and "lloyd austin")."""
    wa, wb = set(a.split()), set(b.split())
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def _split_or_joined(
    wholes: Sequence[_QuoteItem],
    parts: Sequence[_QuoteItem],
    free_wholes: set[int],
    free_parts: set[int],
) -> list[tuple[int, list[int]]]:
    """Quotes of one side that are exactly several quotes of the other side put together.

    A paragraph split in two, or a quote broken around its attribution differently, is the
    same words: it is not a change.
    """
    found: list[tuple[int, list[int]]] = []
    used: set[int] = set()
    for w in sorted(free_wholes):
        whole = wholes[w]
        pieces = [
            parts[p]
            for p in sorted(free_parts - used)
            if parts[p].key and parts[p].key in whole.key and len(parts[p].key) < len(whole.key)
        ]
        if len(pieces) < 2:
            continue
        pieces.sort(key=lambda item: (item.quote.paragraph, item.index))
        if "".join(item.key for item in pieces) == whole.key:
            idx = [item.index for item in pieces]
            found.append((w, idx))
            used.update(idx)
    return found


def _quote_pair_score(o: _QuoteItem, n: _QuoteItem) -> float | None:
    """How likely two leftover quotes are one quote edited (None: not a pair)."""
    if not o.words or not n.words:
        return None
    known_both = o.who is not None and n.who is not None
    other_speaker = known_both and o.who != n.who and not _same_person(o.who or "", n.who or "")
    if not set(o.words) & set(n.words):
        return QUOTE_EDIT_MIN if known_both and not other_speaker and _same_frame(o, n) else None
    sim = sequence_similarity(o.words, n.words)
    shorter = min(len(o.words), len(n.words))
    if shorter >= MIN_CONTAINED_WORDS:
        # A full quote trimmed to a fragment (or a fragment extended) is an edit.
        sim = max(sim, 0.9 * containment(o.words, n.words))
    elif shorter >= MIN_RUN_WORDS and known_both and not other_speaker and _extended(o, n):
        sim = max(sim, 0.9)
    if other_speaker:
        return sim if sim >= QUOTE_REATTRIBUTE_MIN and n.explicit else None
    if sim < QUOTE_EDIT_MIN and known_both and _same_frame(o, n):
        # Reworded inside an unchanged sentence: 'at the moment, "we won't roll the dice on
        # public safety," Vesey said' -> '"we will not gamble with anyone's safety,"'.
        return QUOTE_EDIT_MIN + 0.1 * sim
    if sim < QUOTE_EDIT_MIN:
        return None
    return sim + (0.1 if known_both else 0.0)


def _extended(o: _QuoteItem, n: _QuoteItem) -> bool:
    """True when the shorter quote's words run, in one piece, inside the longer one, in a
    sentence much like the other's (a short fragment extended or trimmed where it stands)."""
    short, long_ = sorted((o.words, n.words), key=len)
    if f" {' '.join(short)} " not in f" {' '.join(long_)} ":
        return False
    return sequence_similarity(o.frame, n.frame) >= FRAME_ALIKE_MIN


def _same_frame(o: _QuoteItem, n: _QuoteItem) -> bool:
    """True when two quotes sit in the same long sentence (quoted words aside)."""
    if len(o.frame) < FRAME_MIN_WORDS or len(n.frame) < FRAME_MIN_WORDS:
        return False
    return sequence_similarity(o.frame, n.frame) >= FRAME_SAME_MIN


def _paired_quote_change(o: _QuoteItem, n: _QuoteItem) -> Change:
    """The change for two paired quotes: an edit, or a re-attribution of near-equal words."""
    moved_to_other = bool(o.who and n.who and o.who != n.who and not _same_person(o.who, n.who))
    return Change(
        kind="quote_reattributed" if moved_to_other else "quote_edited",
        old=o.quote.text,
        new=n.quote.text,
        speaker=n.quote.speaker or o.quote.speaker,
        old_speaker=o.quote.speaker if moved_to_other else None,
        old_sentence=o.quote.sentence,
        new_sentence=n.quote.sentence,
    )


_WORD = re.compile(r"\w+")


def sentence_finder(paragraphs: Sequence[str]) -> Callable[[str], str | None]:
    """A lookup of the sentence of `paragraphs` most like a given one (None if none is close).

    Built lazily by the caller: only leftover (added or removed) items need it, to show the
    sentence they came from or went into.
    """
    sentences = [s for p in paragraphs for s in split_sentences(p)]
    sets = [frozenset(_WORD.findall(s.lower())) for s in sentences]

    def nearest(sentence: str) -> str | None:
        target = frozenset(_WORD.findall(sentence.lower()))
        best, best_score = None, 0.5
        for s, words in zip(sentences, sets, strict=True):
            union = len(target | words)
            score = len(target & words) / union if union else 0.0
            if score > best_score:
                best, best_score = s, score
        return best

    return nearest
