"""Quote marks: finding and pairing them in a paragraph, and masking what they quote.

Double marks pair in order, each read by its neighbours so that a stray or missing mark does
not invert every pair after it; single marks only where they cannot be an apostrophe (it's,
Russia's, the '90s, rock 'n' roll). A mark left open at the end of a paragraph is reported, so
that the next paragraph can continue the quote (the AP/NYT convention). The masked text keeps
the narration and replaces quoted words with filler, so that sentence splitting and verb
finding never see inside a quote. The last part judges a quote's shape: partial (narration
runs into or out of it), a title, or a scare quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from monitor import memo
from monitor import speechwords as sw
from monitor.text import split_sentences

# What follows an apostrophe that opens a word, not a quote: the '90s, rock 'n' roll, 'em.
_ELISION = re.compile(
    r"\d\ds?(?![\w,.])|n'|em\b|tis\b|twas\b|til\b|cause\b|bout\b|round\b|[stdm]\b|re\b|ll\b|ve\b"
)
_BEFORE_OPEN = frozenset(' (["/-')
# A quote ending a sentence's punctuation but followed by its attribution: '"Why?" she asked.'
_VERB_NEXT = re.compile(rf"\s+(?:[A-Z][\w.'-]*\s+|he\s+|she\s+){{0,3}}(?:{sw.FINITE_PATTERN})\b")
_ATTRIBUTION_NEXT = re.compile(rf"\s+(?:[\w.'-]+,?\s+){{0,5}}?(?:{sw.FINITE_PATTERN})\b(?!\s*:)")


@dataclass(frozen=True)
class Span:
    """One quoted stretch of a paragraph: the opening mark and the closing mark (or the end)."""

    start: int
    end: int  # index of the closing mark; len(text) when the quote runs to the paragraph end
    closed: bool


@dataclass(frozen=True)
class Para:
    """A paragraph with its quotes found and masked, and its sentence bounds."""

    text: str
    spans: tuple[Span, ...]
    masked: str
    sentences: tuple[tuple[int, int], ...]  # bounds in the masked text (quotes kept whole)
    open_mark: str | None  # the mark of a quote left open at the paragraph end


@memo.paragraph_memo
def scan(text: str) -> Para:
    """Find the quotes of one normalized paragraph and mask them."""
    spans, open_mark = _double_spans(text)
    if "'" in text:
        spans = _merge(spans, _single_spans(text, spans))
        if open_mark is None and spans and not spans[-1].closed and text[spans[-1].start] == "'":
            open_mark = "'"
    masked = _mask(text, spans)
    sentences = tuple(bounds(masked, split_sentences(masked)))
    return Para(text, tuple(spans), masked, sentences, open_mark)


_DOUBLE = re.compile('"')
_BEFORE_DOUBLE_OPEN = frozenset(" \t([{/-")
_AFTER_CLOSE = frozenset(".,;:!?)]}'")
# The end of a sentence right before a mark: an opening mark there starts a new quote.
_SENTENCE_END = re.compile(r"[.!?][)'\]]?\s+$")


def _double_role(text: str, pos: int) -> str:
    """What a double mark looks like from its neighbours: "open" ('said "It'), "close" ('it,"
    he'), "spaced" (a space either side: 'wrote. " The') or "glued" (no space either side)."""
    before = text[pos - 1] if pos else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    open_side = before in _BEFORE_DOUBLE_OPEN or before.isspace()
    close_side = after.isspace() or after in _AFTER_CLOSE or before.isdigit()  # a 70" TV
    if open_side != close_side:
        return "open" if open_side else "close"
    return "spaced" if open_side else "glued"


def _double_spans(text: str) -> tuple[list[Span], str | None]:
    """Pair straight double quote marks; a mark left over opens a quote to the end.

    Marks pair in order, read by their neighbours so that one missing or stray mark does not
    invert every pair after it: outside a quote a mark that can only close is a stray and is
    skipped; inside one, a mark that can only open is a quote nested in it ('called "Glasgow
    ("No Place Like Home")') unless it starts a sentence, where the quote before it lacked
    its closing mark and a new quote begins. A space typed next to a mark changes nothing.
    """
    spans: list[Span] = []
    start = nested = inner_close = -1
    positions = [m.start() for m in _DOUBLE.finditer(text)]
    for k, pos in enumerate(positions):
        role = _double_role(text, pos)
        if start < 0:
            nxt = positions[k + 1] if k + 1 < len(positions) else len(text)
            if (
                role == "open"
                or role == "glued"
                or (role == "spaced" and any(ch.isalnum() for ch in text[pos + 1 : nxt]))
            ):
                start, inner_close = pos, -1
        elif nested >= 0:
            nested, inner_close = -1, pos  # the nested quote closes
        elif role != "open":
            spans.append(Span(start, pos, True))
            start = -1
        elif _SENTENCE_END.search(text[max(0, pos - 6) : pos]):
            # the quote's own closing mark is missing: it ended at its nested quote's closing
            # mark, or right before this one
            closed = inner_close >= 0
            spans.append(Span(start, inner_close if closed else pos - 1, closed))
            start, inner_close = pos, -1
        else:
            nested = pos
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
        # a nested quote or bracket may open it ("'Glasgow' is a song"): its first letter
        # stands in for the marks, so that the quote still opens a sentence
        lead = len(body) - len(body.lstrip("'\"([ "))
        first = body[lead : lead + 1]
        out.append('"' + first * (lead + 1) + "x" * max(len(body) - lead - 1, 0) + tail)
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


def sentence_at(bounds: Sequence[tuple[int, int]], pos: int) -> int:
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
    closing = para.text[final.start + 1 : final.end].rstrip("'\")] ")[-1:]  # 'it kills me!'"
    full_end = closing in ".,!?;:-" or not following or following in ",.;:!?)-"
    if full_start and not full_end:  # a comma left out: '"... patient safety" says Neu'
        full_end = bool(_VERB_NEXT.match(para.text, final.end + 1))
    if full_end and closing == "," and _LIST_NEXT.match(para.text, final.end + 1):
        # an item of a list: 'between being corporations, "creators," and normal people'
        full_end = len(para.text[first.start : final.end].split()) > 3
    return not (full_start and full_end)


_LIST_NEXT = re.compile(r"\s+(?:and|or)\s")


# A quote that names the thing after it: the "Meth. We're on it." campaign.
_NAMED_THING = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:campaign|slogan|ads?|billboards?|program|programme|initiative|movement|tour|"
    r"hashtag|brand|series|show|podcast|film|movie|book|song|album|documentary)\b"
)
_POSSESSIVE = re.compile(r"(?:'s|s')\s*$")


def names_a_thing(para: Para, first: Span, final: Span, text: str) -> bool:
    """True for a quoted name inside narration: the thing it names follows it ('the "Meth.
    We're on it." campaign'), or it is a title that something owns ('on CNBC's "Trading
    Nation"')."""
    if final.closed and _NAMED_THING.match(para.masked, final.end + 1):
        return True
    lead = para.masked[max(0, first.start - 12) : first.start]
    return bool(_POSSESSIVE.search(lead)) and title_like(text.strip(), True)


_LIST_GAP = re.compile(r"\s*,?\s*(?:(?:and|or)\s+)?$")


def strong_title(text: str) -> bool:
    """True for a title written as one: every word capitalized, small ones too ("Takin' It To
    the Streets", "Minute By Minute"); speech does not capitalize "To" or "By"."""
    words = text.rstrip(".,!?;:").split()
    return title_like(text, True) and any(
        w.lower() in _SMALL_WORDS for w in words[1:] if w[:1].isupper()
    )


def in_title_list(para: Para, span: Span) -> bool:
    """True for a quoted title next to another in a list: 'including "Black Water," "China
    Grove" and "Listen To The Music"'."""
    at = para.spans.index(span)
    pairs = [(para.spans[at - 1], span)] if at > 0 else []
    if at + 1 < len(para.spans):
        pairs.append((span, para.spans[at + 1]))
    for a, b in pairs:
        other = b if a is span else a
        gap = para.text[a.end + 1 : b.start]
        if len(gap) < 8 and _LIST_GAP.match(gap) and title_like(piece(para.text, other), True):
            return True
    return False


def title_like(text: str, partial: bool) -> bool:
    """True for a quoted name or title ("Oppenheimer", "The Art of the Deal")."""
    if partial:
        text = text.rstrip(".,")  # American style puts the full stop inside: the "Oppenheimer."
    if not text or text[-1] in ".,!?" or len(text.split()) > 10:
        return False
    words = [w.strip("()[]'\"") for w in text.split()]  # 'Glasgow (No Place Like Home)'
    return all(w[:1].isupper() or w[:1].isdigit() or w in _SMALL_WORDS for w in words if w)


def sentence_text(para: Para, first: Span, final: Span) -> str:
    """The sentence(s) of the real paragraph text that hold the quote."""
    real = _real_sentences(para.text)
    start = real[sentence_at(real, first.start)][0]
    end = real[sentence_at(real, min(final.end, len(para.text) - 1))][1]
    return para.text[start:end]


@memo.paragraph_memo
def _real_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """The sentence bounds of a paragraph's own text (quotes not masked)."""
    return tuple(bounds(text, split_sentences(text)))
