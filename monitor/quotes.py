"""Direct and partial quotations with their speakers.

How a paragraph is read:

1. Quote marks are paired: double marks in order, single marks only where they cannot be an
   apostrophe (it's, Russia's, the '90s, rock 'n' roll). A mark left open at the end of a
   paragraph continues in the next paragraph when that one opens with the same mark (the
   AP/NYT convention); each paragraph's piece is its own Quote, with the same speaker.
2. The quoted words are masked, so that sentence splitting and verb finding see only the
   narration.
3. Every speech verb in the narration ("said", "told", "according to", "adding" ...) gets its
   subject, resolved in reading order: pronouns to the latest person (mentions.py: who each
   sentence is about), "the official" to an earlier "a senior administration official",
   surnames to the full name.
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
from collections.abc import Sequence
from dataclasses import dataclass, replace

from monitor import memo
from monitor import quotemarks as qm
from monitor import speechwords as sw
from monitor import subjects as sj
from monitor.mentions import mention
from monitor.model import Quote
from monitor.speakers import Candidate
from monitor.subjects import speaker_key
from monitor.text import normalized_line

__all__ = ["extract_quotes", "speaker_key"]  # apis.md: quotes.speaker_key

_INFINITIVE_NEXT = re.compile(r"\s+to\s")
_WITH = re.compile(r"\bwith\s+([^,;:\"]+?)\s+$")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$")


@dataclass(frozen=True)
class _Event:
    """A speech verb in the narration with its resolved speaker."""

    start: int
    speaker: sj.Speaker | None  # None: a subject was found ("he said") but means nobody known


def extract_quotes(paragraphs: Sequence[str]) -> list[Quote]:
    """Every direct and partial quotation of an article's paragraphs, with its speaker."""
    texts = [normalized_line(p) for p in paragraphs]
    # Narration after the last quote cannot give a quote its speaker: it is not read (nor
    # split into sentences, past the last quote mark).
    marked = max((i for i, t in enumerate(texts) if '"' in t or "'" in t), default=-1)
    paras = [qm.scan(t) for t in texts[: marked + 1]]
    last = max((i for i, para in enumerate(paras) if para.spans), default=-1)
    book = sj.SpeakerBook("\n".join(texts))
    found: list[Quote] = []
    carried: sj.Speaker | None = None  # who the previous paragraph's last quote belongs to
    runs_on: list[int] = []  # quotes whose words run on into the next paragraph's first quote
    for index, para in enumerate(paras[: last + 1]):
        book.new_paragraph()
        openers: dict[int, sj.Speaker] = {}
        events = _events(para, book, openers)
        continues = index > 0 and paras[index - 1].open_mark is not None
        opens = bool(para.spans) and para.spans[0].start == 0
        previous = _signature(para, book) or (carried if opens else None)
        for group in _groups(para, events):
            quote = _build(para, index, group, events, previous, continues, openers)
            if quote is not None and continues and found and found[-1].paragraph == index - 1:
                runs_on.append(len(found) - 1)
            continues = False
            if quote is None:
                continue
            found.append(quote)
            previous = _speaker_of(quote, book)
        carried = previous if para.spans else _colon_intro(para, events)
    for i in reversed(runs_on):  # "... responsible," Moreland said: said of the whole quote
        q, after = found[i], found[i + 1]
        who = after if q.speaker is None else q
        found[i] = replace(q, runs_on=True, speaker=who.speaker, speaker_key=who.speaker_key)
    return [_final_name(q, book) for q in found]


def _speaker_of(q: Quote, book: sj.SpeakerBook) -> sj.Speaker | None:
    """The speaker of a quote just built, to hand on to the quote after it."""
    if q.speaker is None:
        return None
    named = q.speaker_key in book.full_names
    return sj.Speaker(q.speaker, q.speaker_key, named, False, named)


def _final_name(q: Quote, book: sj.SpeakerBook) -> Quote:
    """Show a named person by the fullest name the article gives them."""
    if q.speaker_key in book.full_names and q.speaker is not None:
        full = book.full_names[q.speaker_key]
        # not another person of that family name: "Teresa Nielsen Hayden" is not "Patrick ..."
        if full != q.speaker and set(q.speaker.split()) <= set(full.split()):
            return replace(q, speaker=full)
    return q


_SIGNED = re.compile(r"\s+-\s+([A-Z][^,;:\"()]{1,50}?)\.?$")


def _signature(para: qm.Para, book: sj.SpeakerBook) -> sj.Speaker | None:
    """The person who signs a quote that ends the paragraph: '"...," - Neil Gaiman'."""
    if not para.spans or not para.spans[-1].closed:
        return None
    m = _SIGNED.match(para.text, para.spans[-1].end + 1)
    c = book.classify(m.group(1)) if m else None
    return book.resolve(c) if c is not None and c.kind == "named" and c.person else None


def _colon_intro(para: qm.Para, events: list[_Event]) -> sj.Speaker | None:
    """The speaker of a paragraph that ends by announcing a quote ("Austin told journalists:")."""
    if para.masked.rstrip().endswith(":") and events:
        return events[-1].speaker
    return None


# ---- speakers of the narration ---------------------------------------------------------------


def _events(para: qm.Para, book: sj.SpeakerBook, openers: dict[int, sj.Speaker]) -> list[_Event]:
    """Every speech verb of the paragraph's narration with its speaker, in reading order.

    `openers` gets the named person that opens a sentence, by the sentence's start.
    """
    events: list[_Event] = []
    for s0, s1 in para.sentences:
        sentence = para.masked[s0:s1]
        latest = mention(sentence, book, bool(para.spans))
        if latest is not None:
            openers[s0] = latest
        for m in _speech_verbs(sentence):
            found, who = (latest is not None, latest)
            if not m.group("participle"):
                found, who = _verb_speaker(sentence, m, book)
            elif (absolute := _with_subject(sentence, m, book)) is not None:
                found, who = True, absolute
            elif latest is None and (clause := _clause_subject(sentence, m, book)) is not None:
                found, who = True, clause
            if not found:
                continue
            if who is not None:
                book.note(who, spoke=True)
                latest = who
            events.append(_Event(s0 + m.start(), who))
    return events


@memo.paragraph_memo
def _speech_verbs(sentence: str) -> tuple[re.Match[str], ...]:
    """The speech verbs of a sentence of narration, in order."""
    if not sw.may_have_speech_verb(sentence):
        return ()
    return tuple(sw.SPEECH_VERB.finditer(sentence))


def _with_subject(sentence: str, m: re.Match[str], book: sj.SpeakerBook) -> sj.Speaker | None:
    """The subject of a participle in "with NAME warning ...": NAME, not the sentence's (a
    named person only: 'reach "severe" levels, with forecasters warning' quotes nobody)."""
    w = _WITH.search(sentence, 0, m.start()) if "with " in sentence else None
    if w is None:
        return None
    c = book.classify(w.group(1))
    return book.resolve(c) if c is not None and c.kind == "named" and c.person else None


# The verb (and particle) of the clause before a participle: '"...," Benioff weighed in, telling'.
_CLAUSE_VERB = re.compile(r"\s+[a-z]+(?:\s+(?:in|on|up|out|back|down|off))?\s*,\s*$")


def _clause_subject(sentence: str, m: re.Match[str], book: sj.SpeakerBook) -> sj.Speaker | None:
    """The subject of the clause a participle hangs on, when no speech verb named it:
    '"We all miss Steve," Benioff weighed in, telling Cook' is Benioff telling."""
    verb = _CLAUSE_VERB.search(sentence, 0, m.start())
    if verb is None:
        return None
    c = sj.subject_before(sentence[: verb.start()], book.classify)
    return book.resolve(c) if c is not None else None


def _verb_speaker(
    sentence: str, m: re.Match[str], book: sj.SpeakerBook
) -> tuple[bool, sj.Speaker | None]:
    """Whether a finite speech verb or "according to" has a subject, and who it is."""
    c: Candidate | None
    if _PASSIVE.search(sentence, 0, m.start()):
        return False, None  # "what is predicted", "he was told": the subject is not the speaker
    if m.group("finite") in sw.TAKES_INFINITIVE and _INFINITIVE_NEXT.match(sentence, m.end()):
        return False, None  # "he agreed to return the cash" is not speech
    if m.group("according"):
        c = sj.subject_after(sentence[m.end() :], book.classify)
    else:
        before = sentence[: m.start()]
        c = sj.subject_before(before, book.classify)
        if c is None and sj.clause_is_empty(before) and m.group("finite") in sw.INVERTIBLE:
            c = sj.subject_after(sentence[m.end() :], book.classify)
    return (True, book.resolve(c)) if c is not None else (False, None)


# ---- from spans to quotes ---------------------------------------------------------------------


def _groups(para: qm.Para, events: list[_Event]) -> list[list[qm.Span]]:
    """The paragraph's spans, with the pieces of one quoted sentence split by its attribution
    grouped together ('"That is serious," Austin warned, "and it will have impacts."')."""
    groups: list[list[qm.Span]] = []
    for span in para.spans:
        if groups and _continues(para, groups[-1][-1], span, events):
            groups[-1].append(span)
        else:
            groups.append([span])
    return groups


def _continues(para: qm.Para, a: qm.Span, b: qm.Span, events: list[_Event]) -> bool:
    """True when span `b` carries on the quoted sentence of span `a` after an attribution."""
    if not a.closed:
        return False
    between = para.masked[a.end + 1 : b.start]
    if qm.sentence_at(para.sentences, a.start) != qm.sentence_at(para.sentences, b.start):
        return False
    if not between.rstrip().endswith(","):
        return False
    if para.text[a.end - 1] != "," and not between.lstrip().startswith(","):
        return False
    if not any(a.end < e.start < b.start for e in events):
        return False
    # 'After hitting "Takin' It To the Streets," the singer told ...' joins no title
    return not qm.strong_title(qm.piece(para.text, a))


def _build(
    para: qm.Para,
    index: int,
    group: list[qm.Span],
    events: list[_Event],
    previous: sj.Speaker | None,
    continues: bool,
    openers: dict[int, sj.Speaker],
) -> Quote | None:
    """One Quote from a group of spans, or None when it is a scare quote or a title."""
    first, final = group[0], group[-1]
    text = " ".join(p for p in (qm.piece(para.text, s) for s in group) if p)
    if not text or not any(ch.isalnum() for ch in text):
        return None
    event = _attribution(para, first, final, events)
    partial = qm.is_partial(para, first, final)
    speaker = event.speaker if event is not None else _announced_by(para, first, openers)
    if event is None and speaker is None and previous is not None and (not partial or continues):
        speaker = previous
    if event is None and speaker is None and not partial:
        # 'The tuft cell, Herbert said, is sensing ... "Once some of those ..."': the speaker
        # of the paragraph's narration before the quote
        earlier = [e.speaker for e in events if e.start < first.start and e.speaker is not None]
        speaker = earlier[-1] if earlier else None
    words = len(text.split())
    lead = para.masked[max(0, first.start - 40) : first.start]
    weak = qm.SCARE_WEAK.search(lead)
    if words <= 8 and (qm.SCARE_STRONG.search(lead) or (weak and qm.title_like(text, True))):
        return None  # 'the song "Glasgow"', 'a sample called "Glasgow (No Place Like Home)."'
    if words <= 3 and weak:
        return None
    if partial and words <= 8 and qm.names_a_thing(para, first, final, text):
        return None
    if (
        partial
        and words <= 10
        and qm.title_like(text, True)
        and (qm.strong_title(text) or qm.in_title_list(para, first))
    ):
        return None  # a song or a book, even in a sentence with a speech verb
    if event is None and ((partial and words <= 3) or qm.title_like(text, partial)):
        return None
    if speaker is None and words <= 3 and (event is None or partial):
        return None  # a whole short quote with its own "he said" is speech, even unresolved
    return Quote(
        text=text,
        speaker=speaker.display if speaker else None,
        speaker_key=speaker.key if speaker else None,
        paragraph=index,
        sentence=qm.sentence_text(para, first, final),
        partial=partial,
    )


def _announced_by(
    para: qm.Para, first: qm.Span, openers: dict[int, sj.Speaker]
) -> sj.Speaker | None:
    """The person opening a sentence that announces the quote with a colon and no speech verb:
    'Buckley, who phoned in from Chicago, had a similar experience: "It was ..."'."""
    s0 = para.sentences[qm.sentence_at(para.sentences, first.start)][0]
    if s0 in openers and para.masked[s0 : first.start].rstrip().endswith(":"):
        return openers[s0]
    return None


def _attribution(
    para: qm.Para, first: qm.Span, final: qm.Span, events: list[_Event]
) -> _Event | None:
    """The speech verb that a quote belongs to, within its own sentence."""
    inner = [e for e in events if first.start < e.start < final.end]
    if inner:
        return inner[0]  # the attribution between the pieces of a split quote
    bounds = para.sentences
    s0 = bounds[qm.sentence_at(bounds, first.start)][0]
    s1 = bounds[qm.sentence_at(bounds, final.end)][1]
    before = [e for e in events if s0 <= e.start < first.start]
    closing = para.text[final.end - 1] if final.closed else ""
    leads_on = closing in (",", "?", "!") or para.masked[final.end + 1 :].lstrip().startswith(",")
    inside = bool(para.masked[s0 : first.start].strip())  # narration runs into the quote
    after = [
        e
        for e in events
        if final.end < e.start < s1
        and not _other_clause(para.masked[final.end + 1 : e.start], inside)
    ]
    ordered = after[:1] + before[-1:] if leads_on else before[-1:] + after[:1]
    return ordered[0] if ordered else None


# The words between a quote inside narration and a later speech verb, when that verb has its
# own clause: 'as "patently false," and analysts told ...', '"X" is rolling out on billboards in
# which people say ...'. A sentence-final attribution after a comma is not one: '"terribly
# disruptive" and PG&E is acting, but "...," CEO Andy Vesey said'.
_CONJOINED = re.compile(r"^\s*,?\s*(?:and|but|while|whereas)\s[^,]*$")
_RELATIVE = re.compile(
    r"\b(?:(?:in|on|at|of|with|by|for|from|to|through|during|under)\s+(?:which|whom)|where)\s[^,]*$"
)


def _other_clause(gap: str, inside: bool) -> bool:
    """True when the speech verb after `gap` has a clause of its own: always after "in which"
    or "where"; after "and" / "but" when the quote sits inside narration (see above)."""
    return bool(_RELATIVE.search(gap) or (inside and _CONJOINED.match(gap)))
