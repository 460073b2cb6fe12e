"""Quote marks: finding and pairing them in a paragraph, and masking what they quote.

Double marks pair in order; single marks only where they cannot be an apostrophe (it's,
Russia's, the '90s, rock 'n' roll). A mark left open at the end of a paragraph is reported, so
that the next paragraph can continue the quote (the AP/NYT convention). The masked text keeps
the narration and replaces quoted words with filler, so that sentence splitting and verb
finding never see inside a quote. The last part judges a quote's shape: partial (narration
runs into or out of it), a title, or a scare quote.
"""

from __future__ import annotations

import functools
import re
import string
import unicodedata
from dataclasses import dataclass

from monitor import speechwords as sw
from monitor.text import normalize_line, split_sentences

# What follows an apostrophe that opens a word, not a quote: the '90s, rock 'n' roll, 'em.
_ELISION = re.compile(
    r"\d\ds?(?![\w,.])|n'|em\b|tis\b|twas\b|til\b|cause\b|bout\b|round\b|[stdm]\b|re\b|ll\b|ve\b"
)
_BEFORE_OPEN = frozenset(' (["/-')
# A quote ending a sentence's punctuation but followed by its attribution: '"Why?" she asked.'
_ATTRIBUTION_NEXT = re.compile(rf"\s+(?:[\w.'-]+,?\s+){{0,5}}?(?:{sw.FINITE_PATTERN})\b(?!\s*:)")


@dataclass(frozen=True)
class Span:
    """One quoted stretch of a paragraph: the opening mark and the closing mark (or the end)."""

    start: int
    end: int  # index of the closing mark; len(text) when the quote runs to the paragraph end
    closed: bool


@dataclass
class Para:
    """A paragraph with its quotes found and masked, and its sentence bounds."""

    text: str
    spans: list[Span]
    masked: str
    sentences: list[tuple[int, int]]  # bounds in the masked text (quotes kept whole)
    open_mark: str | None  # the mark of a quote left open at the paragraph end
    real_sentences: list[tuple[int, int]] | None = None  # bounds in the text, when needed


_PLAIN = frozenset(string.ascii_letters + string.digits)


def normalized(paragraph: str) -> str:
    """`normalize_line(paragraph)`, skipped when normalizing would leave it unchanged.

    Paragraphs are normally handed in normalized already, and normalizing costs more than
    finding the quotes. What normalize folds is learnt by asking it about each character (alone
    and doubled: "--", "''", two spaces) and each hyphenated word ("twenty-three"), so that no
    copy of its lists lives here; the answers are memoized (pure functions of their argument).
    """
    p = paragraph
    if p != p.strip() or not unicodedata.is_normalized("NFC", p):
        return normalize_line(p)
    if p.isascii():
        if _ASCII_FOLDS.search(p):
            return normalize_line(p)
    else:
        folding, doubling = _folding(frozenset(p) - _PLAIN)
        if folding or any(ch + ch in p for ch in doubling):
            return normalize_line(p)
    if "-" in p and any(_changes(f"x {word} x") for word in _hyphened_words(p)):
        return normalize_line(p)
    return p


def _ascii_folds() -> re.Pattern[str]:
    """A regex for the ASCII characters and doubled characters that normalize changes."""
    ascii_chars = frozenset(chr(i) for i in range(128)) - _PLAIN
    doubling = _folding(ascii_chars)[1]
    singles = sorted(ch for ch in ascii_chars if _changes(f"x{ch}x"))
    return re.compile(
        "|".join(
            re.escape(s)
            for s in [*singles, *(ch + ch for ch in sorted(doubling) if ch not in singles)]
        )
    )


def _hyphened_words(text: str) -> list[str]:
    """The whitespace-separated words of `text` that hold a hyphen."""
    words: list[str] = []
    pos = text.find("-")
    while pos != -1:
        start = text.rfind(" ", 0, pos) + 1
        end = text.find(" ", pos)
        end = len(text) if end < 0 else end
        words.append(text[start:end])
        pos = text.find("-", end)
    return words


@functools.lru_cache(maxsize=4096)
def _folding(chars: frozenset[str]) -> tuple[bool, tuple[str, ...]]:
    """Whether normalize changes any of `chars`, and those it changes when doubled."""
    folds = any(_changes(f"x{ch}x") for ch in chars)
    return folds, tuple(ch for ch in chars if _changes(f"x{ch}{ch}x"))


@functools.lru_cache(maxsize=8192)
def _changes(probe: str) -> bool:
    """True when normalize_line changes `probe`."""
    return normalize_line(probe) != probe


_ASCII_FOLDS = _ascii_folds()  # derived from normalize itself, once


def scan(text: str) -> Para:
    """Find the quotes of one normalized paragraph and mask them."""
    spans, open_mark = _double_spans(text)
    if "'" in text:
        spans = _merge(spans, _single_spans(text, spans))
        if open_mark is None and spans and not spans[-1].closed and text[spans[-1].start] == "'":
            open_mark = "'"
    masked = _mask(text, spans)
    return Para(text, spans, masked, bounds(masked, split_sentences(masked)), open_mark)


def _double_spans(text: str) -> tuple[list[Span], str | None]:
    """Pair straight double quote marks in order; a mark left over opens a quote to the end."""
    spans: list[Span] = []
    start = -1
    pos = text.find('"')
    while pos != -1:
        if start < 0:
            after = text[pos + 1 : pos + 2]
            before = text[pos - 1 : pos]
            if after and not after.isspace():
                start = pos
            elif before.isspace() and after and text.count('"', pos) % 2 == 0:
                start = pos  # a space typed after the opening mark: 'said. " I love it."'
            # else a stray closing mark: ignored rather than invert every pair after it
        else:
            spans.append(Span(start, pos, True))
            start = -1
        pos = text.find('"', pos + 1)
    if start >= 0:
        spans.append(Span(start, len(text), False))
        return spans, '"'
    return spans, None


def _single_spans(text: str, doubles: list[Span]) -> list[Span]:
    """Pair single quote marks that cannot be apostrophes.

    A closing mark after an "s" followed by a word ("the soldiers' families") may be a plural
    possessive: it closes a quote only when no surer closing mark comes before the next opening.
    """
    spans: list[Span] = []
    start = -1
    weak = -1
    for pos, kind in _single_marks(text):
        if any(d.start < pos < d.end for d in doubles):
            continue  # nested inside a double quote: the outer quote is kept
        if kind == "open":
            if start < 0:
                start, weak = pos, -1
            elif weak >= 0:
                spans.append(Span(start, weak, True))
                start, weak = pos, -1
        elif start >= 0:
            if text[pos - 1] == "s" and text[pos + 1 : pos + 3].strip()[:1].isalnum():
                weak = pos if weak < 0 else weak
            else:
                spans.append(Span(start, pos, True))
                start, weak = -1, -1
    if start >= 0 and weak >= 0:
        spans.append(Span(start, weak, True))
    elif start == 0:
        spans.append(Span(start, len(text), False))  # a British-style quote running on
    return spans


def _single_marks(text: str) -> list[tuple[int, str]]:
    """The single marks that may open or close a quote; apostrophes inside words are skipped."""
    marks: list[tuple[int, str]] = []
    pos = text.find("'")
    while pos != -1:
        before = text[pos - 1] if pos else " "
        after = text[pos + 1 : pos + 2]
        if (before in _BEFORE_OPEN or before.isspace()) and after.isascii() and after.isalnum():
            if not _ELISION.match(text, pos + 1):
                marks.append((pos, "open"))
        elif (before.isalnum() or before in ".,!?%)]_") and not (after.isalnum() or after == "_"):
            marks.append((pos, "close"))
        pos = text.find("'", pos + 1)
    return marks


def _merge(doubles: list[Span], singles: list[Span]) -> list[Span]:
    """All spans in order, without those nested inside another ("He said 'no' to me")."""
    spans = sorted(doubles + singles, key=lambda s: s.start)
    kept: list[Span] = []
    for s in spans:
        if kept and s.start < kept[-1].end:
            continue
        kept.append(s)
    return kept


def _mask(text: str, spans: list[Span]) -> str:
    """Replace quoted words with filler, keeping their first letter and final punctuation.

    The first letter lets a quote that opens a sentence start one; the final punctuation lets
    a quote that ends a sentence end it; nothing inside a quote can look like a speech verb.
    """
    out: list[str] = []
    cursor = 0
    for s in spans:
        inner = text[s.start + 1 : s.end]
        body = inner.rstrip(".,!?;:")
        tail = inner[len(body) :]
        out.append(text[cursor : s.start])
        if s.closed and tail and _ATTRIBUTION_NEXT.match(text, s.end + 1):
            tail = "," * len(tail)  # the sentence goes on into the attribution
        out.append('"' + body[:1] + "x" * max(len(body) - 1, 0) + tail)
        if s.closed:
            out.append('"')
        cursor = s.end + 1 if s.closed else s.end
    out.append(text[cursor:])
    return "".join(out)


def bounds(text: str, sentences: list[str]) -> list[tuple[int, int]]:
    """Where each sentence of `split_sentences(text)` lies in `text`."""
    bounds: list[tuple[int, int]] = []
    cursor = 0
    for sentence in sentences:
        at = text.find(sentence, cursor)
        if at < 0:
            continue
        bounds.append((at, at + len(sentence)))
        cursor = at + len(sentence)
    return bounds or [(0, len(text))]


def sentence_at(bounds: list[tuple[int, int]], pos: int) -> int:
    """The index of the sentence holding position `pos` (the last one that starts before it)."""
    found = 0
    for i, (start, _end) in enumerate(bounds):
        if start <= pos:
            found = i
    return found


# ---- the shape of a quote: partial, a title, a scare quote -------------------------------------

SCARE_STRONG = re.compile(
    r"(?:so-called|nicknamed|titled|entitled|\b(?:film|movie|book|song|album|series|show|"
    r"novel|play|hashtag|slogan|motto|headline|operation|campaign|program|programme|single|"
    r"documentary|podcast|exhibition|game|app))\s*$",
    re.IGNORECASE,
)
SCARE_WEAK = re.compile(
    r"(?:called|named|dubbed|known as|labell?ed|branded|the (?:word|words|term|phrase|name|"
    r"label|code ?name))\s*$",
    re.IGNORECASE,
)
# What may follow a lone surname that opens a sentence: "Sondland, a wealthy hotelier, ..."
_FULL_PREFIX = re.compile(r"(?:^|[,:(]|\s-|\b(?:said|says|added|asked|wrote|replied))$")
_SMALL_WORDS = frozenset(
    ["a", "an", "the", "of", "and", "in", "on", "to", "for", "at", "by", "or", "is", "as", "with"]
)


def piece(text: str, s: Span) -> str:
    """The quoted words of one span, without a trailing comma before its attribution."""
    return text[s.start + 1 : s.end].strip().rstrip(",").rstrip()


def is_partial(para: Para, first: Span, final: Span) -> bool:
    """True when narration runs straight into or out of the quote."""
    bounds = para.sentences
    s0 = bounds[sentence_at(bounds, first.start)][0]
    prefix = para.masked[s0 : first.start].rstrip()
    full_start = not prefix or bool(_FULL_PREFIX.search(prefix))
    if not final.closed:
        return not full_start
    following = para.text[final.end + 1 :].lstrip()[:1]
    full_end = para.text[final.end - 1] in ".,!?;:-" or not following or following in ",.;:!?)-"
    return not (full_start and full_end)


def title_like(text: str, partial: bool) -> bool:
    """True for a quoted name or title ("Oppenheimer", "The Art of the Deal")."""
    if partial:
        text = text.rstrip(".,")  # American style puts the full stop inside: the "Oppenheimer."
    if not text or text[-1] in ".,!?" or len(text.split()) > 10:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in _SMALL_WORDS for w in text.split())


def sentence_text(para: Para, first: Span, final: Span) -> str:
    """The sentence(s) of the real paragraph text that hold the quote."""
    if para.real_sentences is None:
        para.real_sentences = bounds(para.text, split_sentences(para.text))
    real = para.real_sentences
    start = real[sentence_at(real, first.start)][0]
    end = real[sentence_at(real, min(final.end, len(para.text) - 1))][1]
    return para.text[start:end]
