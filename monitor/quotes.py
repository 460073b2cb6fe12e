"""Direct and partial quotations with their speakers.

How a paragraph is read:

1. Quote marks are paired: double marks in order, single marks only where they cannot be an
   apostrophe (it's, Russia's, the '90s, rock 'n' roll). A mark left open at the end of a
   paragraph continues in the next paragraph when that one opens with the same mark (the
   AP/NYT convention); each paragraph's piece is its own Quote, with the same speaker.
2. The quoted words are masked, so that sentence splitting and verb finding see only the
   narration.
3. Every speech verb in the narration ("said", "told", "according to", "adding" ...) gets its
   subject, resolved in reading order: pronouns to the latest person, "the official" to an
   earlier "a senior administration official", surnames to the full name.
4. A quote takes the speech verb of its own sentence: the one right after it when the quote
   ends in a comma ('"...," Austin said'), else the nearest one before it, else any after it.
   A quote whose sentence has no verb takes the speaker of the quote before it in the
   paragraph, or of the previous paragraph when it opens the paragraph.
5. Pieces of one quoted sentence split by its attribution ('"A," he said, "b."') are joined;
   quoted sentences on either side of a full stop stay separate quotes.
6. Scare quotes are dropped: a short quote (1-3 words) with no speech verb in its sentence, a
   quote right after "so-called" / "dubbed" / "the film" ..., a Title-Cased name. A short
   quote that is attributed ('Austin said there is "certainly" a ...') is a partial quote.

A quote is partial when narration runs straight into or out of it (no sentence start, comma,
colon or speech verb before it; a word right after it).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from monitor import speakers as sp
from monitor.model import Quote
from monitor.speakers import Candidate
from monitor.text import normalize_line, split_sentences

# What follows an apostrophe that opens a word, not a quote: the '90s, rock 'n' roll, 'em.
_ELISION = re.compile(
    r"\d\ds?(?![\w,.])|n'|em\b|tis\b|twas\b|til\b|cause\b|bout\b|round\b|[stdm]\b|re\b|ll\b|ve\b"
)
_BEFORE_OPEN = frozenset(' (["/-')
_SCARE_STRONG = re.compile(
    r"(?:so-called|nicknamed|titled|entitled|\b(?:film|movie|book|song|album|series|show|"
    r"novel|play|hashtag|slogan|motto|headline|operation|campaign|program|programme|single|"
    r"documentary|podcast|exhibition|game|app))\s*$",
    re.IGNORECASE,
)
_SCARE_WEAK = re.compile(
    r"(?:called|named|dubbed|known as|labell?ed|branded|the (?:word|words|term|phrase|name|"
    r"label|code ?name))\s*$",
    re.IGNORECASE,
)
# A quote ending a sentence's punctuation but followed by its attribution: '"Why?" she asked.'
_ATTRIBUTION_NEXT = re.compile(rf"\s+(?:[\w.'-]+,?\s+){{0,5}}?(?:{sp.FINITE_PATTERN})\b(?!\s*:)")
# What may follow a lone surname that opens a sentence: "Sondland, a wealthy hotelier, ..."
_NAME_GOES_ON = re.compile(
    r",? (?:a|an|the|who|has|had|have|is|was|will|would|said|says|told|added|also|later|then)\b"
)
_OWN_PRONOUN = re.compile(r"\b(?:his|he|himself|she|herself)\b")
_TAKES_INFINITIVE = sp.word_set(
    "agreed agrees promised vowed pledged threatened continued continues claimed claims asked "
    "asks urged urges demanded"
)
_INFINITIVE_NEXT = re.compile(r"\s+to\s")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$")
_FULL_PREFIX = re.compile(r"(?:^|[,:(]|\s-|\b(?:said|says|added|asked|wrote|replied))$")
_SMALL_WORDS = frozenset(
    ["a", "an", "the", "of", "and", "in", "on", "to", "for", "at", "by", "or", "is", "as", "with"]
)


@dataclass(frozen=True)
class _Speaker:
    """A resolved speaker: what to show, the key to match, and what sort of speaker it is."""

    display: str
    key: str | None
    person: bool
    plural: bool
    named: bool
    head: str | None = None


@dataclass(frozen=True)
class _Span:
    """One quoted stretch of a paragraph: the opening mark and the closing mark (or the end)."""

    start: int
    end: int  # index of the closing mark; len(text) when the quote runs to the paragraph end
    closed: bool


@dataclass
class _Para:
    """A paragraph with its quotes found and masked, and its sentence bounds."""

    text: str
    spans: list[_Span]
    masked: str
    sentences: list[tuple[int, int]]  # bounds in the masked text (quotes kept whole)
    open_mark: str | None  # the mark of a quote left open at the paragraph end
    real_sentences: list[tuple[int, int]] | None = None  # bounds in the text, when needed


@dataclass(frozen=True)
class _Event:
    """A speech verb in the narration with its resolved speaker."""

    start: int
    speaker: _Speaker | None  # None: a subject was found ("he said") but means nobody known


_TITLE_PRONOUNS = {"mr.": "he", "mr": "he", "ms.": "she", "ms": "she", "mrs.": "she", "mrs": "she"}


class _Book:
    """The article's speakers so far, in reading order: what pronouns and "the official" mean."""

    def __init__(self) -> None:
        self.people: list[_Speaker] = []  # persons, most recent last
        self.pronoun_of: dict[str | None, str] = {}  # key -> "he" / "she", as the text says
        self.last_group: _Speaker | None = None
        self.described: list[_Speaker] = []
        self.full_names: dict[str, str] = {}  # person key -> fullest name seen
        self._phrases: dict[str, Candidate | None] = {}  # an article repeats its speakers
        self._people: dict[str, tuple[str, str]] = {}

    def classify(self, phrase: str) -> Candidate | None:
        """`speakers.classify_phrase`, remembered for the article."""
        if phrase not in self._phrases:
            self._phrases[phrase] = sp.classify_phrase(phrase)
        return self._phrases[phrase]

    def resolve(self, c: Candidate) -> _Speaker | None:
        """The speaker a phrase stands for at this point of the article."""
        if c.kind == "pronoun":
            return self._antecedent(c.text) if c.person else self.last_group
        if c.kind == "named" and c.person:
            return self._person(c)
        if c.kind == "described" and c.head and c.text.split()[0] in ("the", "this", "that"):
            for earlier in reversed(self.described):
                if earlier.head == c.head:
                    return earlier
        made = _Speaker(c.text, sp.candidate_key(c), c.person, c.plural, c.kind == "named", c.head)
        if c.kind == "described":
            self.described.append(made)
        return made

    def _person(self, c: Candidate) -> _Speaker:
        """A named person, folded onto a full name seen earlier ("Kim" -> "Kim Jong Un")."""
        if c.text not in self._people:
            self._people[c.text] = (sp.display_name(c.text), sp.person_key(c.text))
        name, key = self._people[c.text]
        title = c.text.split()[0].lower()
        if title in _TITLE_PRONOUNS:
            self.pronoun_of.setdefault(key, _TITLE_PRONOUNS[title])
        if key not in self.full_names and " " not in name:
            token = key
            for known, full in self.full_names.items():
                if token in full.lower().split():
                    key = known
                    break
        if len(name) > len(self.full_names.get(key, "")):
            self.full_names[key] = name
        return _Speaker(name, key, True, False, True)

    def _antecedent(self, pronoun: str) -> _Speaker | None:
        """The latest person that "he" or "she" can mean: one not already called the other."""
        for person in reversed(self.people[-8:]):
            known = self.pronoun_of.get(person.key)
            if known is None or known == pronoun:
                self.pronoun_of[person.key] = pronoun
                return person
        return None

    def note(self, s: _Speaker) -> None:
        """Remember the latest speaker, for "he said" / "they said" later on."""
        if s.person:
            if self.people and self.people[-1].key == s.key:
                self.people[-1] = s
            else:
                self.people.append(s)
        else:
            self.last_group = s


def extract_quotes(paragraphs: Sequence[str]) -> list[Quote]:
    """Every direct and partial quotation of an article's paragraphs, with its speaker."""
    paras = [_scan(_normalized(p)) for p in paragraphs]
    book = _Book()
    found: list[Quote] = []
    carried: _Speaker | None = None  # who the previous paragraph's last quote belongs to
    for index, para in enumerate(paras):
        events = _events(para, book)
        continues = index > 0 and paras[index - 1].open_mark is not None
        opens = bool(para.spans) and para.spans[0].start == 0
        previous = carried if opens else None
        for group in _groups(para, events):
            quote = _build(para, index, group, events, previous, continues)
            continues = False
            if quote is None:
                continue
            found.append(quote)
            previous = _speaker_of(quote, book)
        carried = previous if para.spans else _colon_intro(para, events)
    return [_final_name(q, book) for q in found]


def _speaker_of(q: Quote, book: _Book) -> _Speaker | None:
    """The speaker of a quote just built, to hand on to the quote after it."""
    if q.speaker is None:
        return None
    named = q.speaker_key in book.full_names
    return _Speaker(q.speaker, q.speaker_key, named, False, named)


_NUMBER_WORDS = sp.word_set(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred thousand million billion trillion half quarter third thirds quarters and a
    an"""
)
# Every character that monitor.text.normalize folds or removes.
_FOLDED = re.compile(
    "[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2018\u2019\u201a\u201b\u2032`\u00b4"
    "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000\u2026\u00ad\u200b\u200c\u200d\ufeff"
    "\u2014\u2015\u2013\u2012\u2212\u2010\u2011\t\n\r\f\v]"
)
_HYPHENED_WORD = re.compile(r"(?<![A-Za-z])([A-Za-z]+)-(?=[A-Za-z])")


def _normalized(paragraph: str) -> str:
    """`normalize_line(paragraph)`, skipped when it could change nothing.

    The paragraphs handed in are normally normalized already, and normalizing costs more than
    finding the quotes. The check is conservative: any character or spacing that normalize
    folds (curly quotes, dashes, odd spaces, a hyphen after a number word) normalizes.
    """
    p = paragraph
    if _FOLDED.search(p) or "  " in p or "--" in p or p != p.strip():
        return normalize_line(p)
    if not p.isascii() and not unicodedata.is_normalized("NFC", p):
        return normalize_line(p)
    if "-" in p and any(m.group(1).lower() in _NUMBER_WORDS for m in _HYPHENED_WORD.finditer(p)):
        return normalize_line(p)
    return p


def _final_name(q: Quote, book: _Book) -> Quote:
    """Show a named person by the fullest name the article gives them."""
    if q.speaker_key in book.full_names:
        full = book.full_names[q.speaker_key]
        if full != q.speaker:
            return Quote(q.text, full, q.speaker_key, q.paragraph, q.sentence, q.partial)
    return q


def _colon_intro(para: _Para, events: list[_Event]) -> _Speaker | None:
    """The speaker of a paragraph that ends by announcing a quote ("Austin told journalists:")."""
    if para.masked.rstrip().endswith(":") and events:
        return events[-1].speaker
    return None


# ---- finding and masking quotes -------------------------------------------------------------


def _scan(text: str) -> _Para:
    """Find the quotes of one normalized paragraph and mask them."""
    spans, open_mark = _double_spans(text)
    if "'" in text:
        spans = _merge(spans, _single_spans(text, spans))
        if open_mark is None and spans and not spans[-1].closed and text[spans[-1].start] == "'":
            open_mark = "'"
    masked = _mask(text, spans)
    return _Para(text, spans, masked, _bounds(masked, split_sentences(masked)), open_mark)


def _double_spans(text: str) -> tuple[list[_Span], str | None]:
    """Pair straight double quote marks in order; a mark left over opens a quote to the end."""
    spans: list[_Span] = []
    start = -1
    pos = text.find('"')
    while pos != -1:
        if start < 0:
            after = text[pos + 1 : pos + 2]
            before = text[pos - 1 : pos]
            if after and not after.isspace():
                start = pos
            elif not before.isspace():
                pass  # a stray closing mark: ignore it rather than invert every pair after it
        else:
            spans.append(_Span(start, pos, True))
            start = -1
        pos = text.find('"', pos + 1)
    if start >= 0:
        spans.append(_Span(start, len(text), False))
        return spans, '"'
    return spans, None


def _single_spans(text: str, doubles: list[_Span]) -> list[_Span]:
    """Pair single quote marks that cannot be apostrophes.

    A closing mark after an "s" followed by a word ("the soldiers' families") may be a plural
    possessive: it closes a quote only when no surer closing mark comes before the next opening.
    """
    spans: list[_Span] = []
    start = -1
    weak = -1
    for pos, kind in _single_marks(text):
        if any(d.start < pos < d.end for d in doubles):
            continue  # nested inside a double quote: the outer quote is kept
        if kind == "open":
            if start < 0:
                start, weak = pos, -1
            elif weak >= 0:
                spans.append(_Span(start, weak, True))
                start, weak = pos, -1
        elif start >= 0:
            if text[pos - 1] == "s" and text[pos + 1 : pos + 3].strip()[:1].isalnum():
                weak = pos if weak < 0 else weak
            else:
                spans.append(_Span(start, pos, True))
                start, weak = -1, -1
    if start >= 0 and weak >= 0:
        spans.append(_Span(start, weak, True))
    elif start == 0:
        spans.append(_Span(start, len(text), False))  # a British-style quote running on
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


def _merge(doubles: list[_Span], singles: list[_Span]) -> list[_Span]:
    """All spans in order, without those nested inside another ("He said 'no' to me")."""
    spans = sorted(doubles + singles, key=lambda s: s.start)
    kept: list[_Span] = []
    for s in spans:
        if kept and s.start < kept[-1].end:
            continue
        kept.append(s)
    return kept


def _mask(text: str, spans: list[_Span]) -> str:
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


def _bounds(text: str, sentences: list[str]) -> list[tuple[int, int]]:
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


def _sentence_at(bounds: list[tuple[int, int]], pos: int) -> int:
    """The index of the sentence holding position `pos` (the last one that starts before it)."""
    found = 0
    for i, (start, _end) in enumerate(bounds):
        if start <= pos:
            found = i
    return found


# ---- speakers of the narration ---------------------------------------------------------------


def _events(para: _Para, book: _Book) -> list[_Event]:
    """Every speech verb of the paragraph's narration with its speaker, in reading order."""
    events: list[_Event] = []
    for s0, s1 in para.sentences:
        sentence = para.masked[s0:s1]
        latest = _mention(sentence, book)
        if not sp.may_have_speech_verb(sentence):
            continue
        for m in sp.SPEECH_VERB.finditer(sentence):
            found, who = (latest is not None, latest)
            if not m.group("participle"):
                found, who = _verb_speaker(sentence, m, book)
            if not found:
                continue
            if who is not None:
                book.note(who)
                latest = who
            events.append(_Event(s0 + m.start(), who))
    return events


def _mention(sentence: str, book: _Book) -> _Speaker | None:
    """A named person who opens a sentence ("Ukrainian President Volodymyr Zelensky has ..."),
    maybe after a short opening clause ("As it turned out, Steenburgen had ...")."""
    if not sentence[:1].isupper():
        return None
    name = sp.looks_like_name_start(sentence.split(None, 8)[:8])
    comma = sentence.find(", ", 0, 40)
    if not name and comma > 0:
        name = sp.looks_like_name_start(sentence[comma + 2 :].split(None, 8)[:8])
    if not name:
        return None
    c = book.classify(name)
    if c is None or c.kind != "named" or not c.person:
        return None
    lone = " " not in c.text and sp.person_key(c.text) not in book.full_names
    if lone and not _NAME_GOES_ON.match(sentence, sentence.find(c.text) + len(c.text)):
        return None  # one capitalized word opening a sentence ("Fun as that might sound")
    who = book.resolve(c)
    if who is not None:
        book.note(who)
        pronoun = _OWN_PRONOUN.search(sentence)
        if pronoun:  # "McDowell still laughs at ... his mom": McDowell is "he"
            book.pronoun_of.setdefault(who.key, "he" if pronoun.group()[0] == "h" else "she")
    return who


def _verb_speaker(sentence: str, m: re.Match[str], book: _Book) -> tuple[bool, _Speaker | None]:
    """Whether a finite speech verb or "according to" has a subject, and who it is."""
    c: Candidate | None
    if _PASSIVE.search(sentence, 0, m.start()):
        return False, None  # "what is predicted", "he was told": the subject is not the speaker
    if m.group("finite") in _TAKES_INFINITIVE and _INFINITIVE_NEXT.match(sentence, m.end()):
        return False, None  # "he agreed to return the cash" is not speech
    if m.group("according"):
        c = sp.subject_after(sentence[m.end() :], book.classify)
    else:
        before = sentence[: m.start()]
        c = sp.subject_before(before, book.classify)
        if c is None and sp.clause_is_empty(before) and sp.inverts(m.group("finite")):
            c = sp.subject_after(sentence[m.end() :], book.classify)
    return (True, book.resolve(c)) if c is not None else (False, None)


# ---- from spans to quotes ---------------------------------------------------------------------


def _groups(para: _Para, events: list[_Event]) -> list[list[_Span]]:
    """The paragraph's spans, with the pieces of one quoted sentence split by its attribution
    grouped together ('"That is serious," Austin warned, "and it will have impacts."')."""
    groups: list[list[_Span]] = []
    for span in para.spans:
        if groups and _continues(para, groups[-1][-1], span, events):
            groups[-1].append(span)
        else:
            groups.append([span])
    return groups


def _continues(para: _Para, a: _Span, b: _Span, events: list[_Event]) -> bool:
    """True when span `b` carries on the quoted sentence of span `a` after an attribution."""
    if not a.closed:
        return False
    between = para.masked[a.end + 1 : b.start]
    if _sentence_at(para.sentences, a.start) != _sentence_at(para.sentences, b.start):
        return False
    if not between.rstrip().endswith(","):
        return False
    if para.text[a.end - 1] != "," and not between.lstrip().startswith(","):
        return False
    return any(a.end < e.start < b.start for e in events)


def _build(
    para: _Para,
    index: int,
    group: list[_Span],
    events: list[_Event],
    previous: _Speaker | None,
    continues: bool,
) -> Quote | None:
    """One Quote from a group of spans, or None when it is a scare quote or a title."""
    first, final = group[0], group[-1]
    text = " ".join(p for p in (_piece(para.text, s) for s in group) if p)
    if not text or not any(ch.isalnum() for ch in text):
        return None
    event = _attribution(para, first, final, events)
    partial = _is_partial(para, first, final)
    speaker = event.speaker if event is not None else None
    if event is None and previous is not None and (not partial or continues):
        speaker = previous
    words = len(text.split())
    lead = para.masked[max(0, first.start - 40) : first.start]
    if (words <= 8 and _SCARE_STRONG.search(lead)) or (words <= 3 and _SCARE_WEAK.search(lead)):
        return None
    if event is None and ((partial and words <= 3) or _title_like(text, partial)):
        return None
    if speaker is None and words <= 3:
        return None
    return Quote(
        text=text,
        speaker=speaker.display if speaker else None,
        speaker_key=speaker.key if speaker else None,
        paragraph=index,
        sentence=_sentence_text(para, first, final),
        partial=partial,
    )


def _piece(text: str, s: _Span) -> str:
    """The quoted words of one span, without a trailing comma before its attribution."""
    return text[s.start + 1 : s.end].strip().rstrip(",").rstrip()


def _attribution(para: _Para, first: _Span, final: _Span, events: list[_Event]) -> _Event | None:
    """The speech verb that a quote belongs to, within its own sentence."""
    inner = [e for e in events if first.start < e.start < final.end]
    if inner:
        return inner[0]  # the attribution between the pieces of a split quote
    bounds = para.sentences
    s0 = bounds[_sentence_at(bounds, first.start)][0]
    s1 = bounds[_sentence_at(bounds, final.end)][1]
    before = [e for e in events if s0 <= e.start < first.start]
    after = [e for e in events if final.end < e.start < s1]
    closing = para.text[final.end - 1] if final.closed else ""
    if closing in (",", "?", "!") or para.masked[final.end + 1 :].lstrip().startswith(","):
        ordered = after[:1] + before[-1:]
    else:
        ordered = before[-1:] + after[:1]
    return ordered[0] if ordered else None


def _is_partial(para: _Para, first: _Span, final: _Span) -> bool:
    """True when narration runs straight into or out of the quote."""
    bounds = para.sentences
    s0 = bounds[_sentence_at(bounds, first.start)][0]
    prefix = para.masked[s0 : first.start].rstrip()
    full_start = not prefix or bool(_FULL_PREFIX.search(prefix))
    if not final.closed:
        return not full_start
    following = para.text[final.end + 1 :].lstrip()[:1]
    full_end = para.text[final.end - 1] in ".,!?;:-" or not following or following in ",.;:!?)-"
    return not (full_start and full_end)


def _title_like(text: str, partial: bool) -> bool:
    """True for a quoted name or title ("Oppenheimer", "The Art of the Deal")."""
    if partial:
        text = text.rstrip(".,")  # American style puts the full stop inside: the "Oppenheimer."
    if not text or text[-1] in ".,!?" or len(text.split()) > 10:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in _SMALL_WORDS for w in text.split())


def _sentence_text(para: _Para, first: _Span, final: _Span) -> str:
    """The sentence(s) of the real paragraph text that hold the quote."""
    if para.real_sentences is None:
        para.real_sentences = _bounds(para.text, split_sentences(para.text))
    bounds = para.real_sentences
    start = bounds[_sentence_at(bounds, first.start)][0]
    end = bounds[_sentence_at(bounds, min(final.end, len(para.text) - 1))][1]
    return para.text[start:end]
