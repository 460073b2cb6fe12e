"""Figures that are context beside the news: earlier values, dates, described small numbers.

Contrasted figures: "35 homes, up from 20", "rose to 15 from 12", "15 (up from 12)", "from
12,000 acres to 18,500 acres", "increased from 12 to 15", "10%, compared with 8%": the number
after "from" (or "compared with", "versus") is the earlier value of its partner, the current
value. Extraction gives an earlier value written without a unit the unit of its partner ("up
from 20" counts homes); comparison reads a new "up from" clause as the old figure revised, not
as a figure added.

Context figures (`context_only`): a date or clock time says when, and a small number word that
describes ("on one site", "said one legal expert", "the two sides of the relationship", "in a
hospital one night") says which or when. Each is a fact revised when it changes in place, but
not news when it only appears or disappears. Pure functions of the text and figure offsets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from monitor import numbers as nb
from monitor.model import Figure
from monitor.speechwords import word_set

# The words before an earlier value: "from", or (a strong sign) "up from", "compared with".
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_STRONG = re.compile(
    r"(?:\b(?:up|down|higher|lower|rising|falling|increase|decrease|rise|drop|fall|jump)\s+from"
    r"|\bcompared\s+(?:with|to)|\bversus|\bvs\.?)\s+$",
    re.IGNORECASE,
)
# From the end of "from A" to the start of B in "from A (on Monday) to B".
_TO_AFTER = re.compile(r"(?:\s+[^\s.;:!?()\d]+){0,3}?\s+to\s+(?:a\s+|an\s+)?", re.IGNORECASE)
# Between B and A in "B (homes were destroyed), up from A": one clause, no sentence break.
_ONE_CLAUSE = re.compile(r"[^.;:!?]*")
_BACK_WORDS = 3  # words allowed between "to B" and a plain "from A": "rose to 15 from 12"
_BACK_WORDS_STRONG = 20  # words allowed before "up from A", "compared with A"
_LOOK_BEHIND = 30  # characters before a figure searched for "from" / "versus"
_LENDS = frozenset(("count", "percent"))  # kinds whose unit an unwritten one can borrow
CONTRASTED_KINDS = frozenset(("count", "percent", "money", "vague"))


def partners(text: str, spans: Sequence[tuple[int, int]]) -> dict[int, int]:
    """Map the index of each earlier value to the index of its current value (`spans`: the
    start and end of each figure in `text`, in reading order)."""
    found: dict[int, int] = {}
    if len(spans) < 2 or not _has_sign(text.lower()):
        return found  # the common case, decided by a cheap test
    for i, (start, end) in enumerate(spans):
        before = text[max(0, start - _LOOK_BEHIND) : start]
        strong = _STRONG.search(before) is not None
        if not strong and _FROM.search(before) is None:
            continue
        if i + 1 < len(spans) and _to_follows(text, end, spans[i + 1][0]):
            found[i] = i + 1  # "from 12 to 15", "up from 12 to 15"
        elif i > 0 and _close_behind(text, spans[i - 1][1], start, strong):
            found[i] = i - 1  # "15, up from 12", "rose to 15 from 12"
    return found


def borrowed_units(
    text: str, figures: Sequence[tuple[int, int, str, str | None]]
) -> dict[int, tuple[str, str]]:
    """The (unit, kind) that counts written without a unit take from the figure they are
    contrasted with: "35 homes, up from 20" and "from seven to 10 deaths" count homes, deaths
    (`figures`: the start, end, kind and unit of each figure in `text`, in reading order)."""
    lent: dict[int, tuple[str, str]] = {}
    for a, b in partners(text, [(start, end) for start, end, _, _ in figures]).items():
        for bare, full in ((a, b), (b, a)):
            (_, _, kind, unit), (_, _, other_kind, other_unit) = figures[bare], figures[full]
            if kind == "count" and unit is None and other_unit and other_kind in _LENDS:
                lent[bare] = (other_unit, other_kind)
    return lent


# Verbs of a change in a level: "Vacancies fell by 40,000", "Payrolls rose 150,000".
CHANGE_VERBS = word_set(
    """up down rose rise rises risen fell fall falls fallen dropped drop drops jumped jump
    climbed climb increased increase decreased decrease declined decline grew grow slipped
    gained lost cut surged plunged soared slumped edged shrank shed"""
)
# A plural subject, its change verb, then bare counts: "Vacancies fell by 40,000 to 795,000".
_SUBJECT_CHANGE = re.compile(
    rf"(?:the\s+)?(?:[a-z-]+\s+)?(?P<noun>[a-z]+[^su\W]s)\s+(?:{'|'.join(sorted(CHANGE_VERBS))})"
    r"(?:\s+by)?\s+(?:(?:about|some|nearly|almost|around|roughly|more\s+than)\s+)?"
    r"(?:\S+\s+to\s+)?",
    re.IGNORECASE,
)


def subject_unit(text: str, sentence_start: int, start: int) -> str | None:
    """The unit of a bare count that opens its sentence's change of level: the plural noun
    the subject is ("Vacancies fell by 40,000 to 795,000" counts vacancies, twice)."""
    m = _SUBJECT_CHANGE.fullmatch(text, sentence_start, start)
    return m["noun"].lower() if m is not None else None


def _has_sign(lower: str) -> bool:
    """True when a lower-cased text may hold an earlier value (substring tests beat a regex
    scan of the whole paragraph several times over)."""
    return "from" in lower or "compared" in lower or "versus" in lower or "vs" in lower


def _to_follows(text: str, end: int, next_start: int) -> bool:
    """True when "to" (after at most three words) leads from `end` to the next figure."""
    return _TO_AFTER.fullmatch(text, end, next_start) is not None


def _close_behind(text: str, end: int, start: int, strong: bool) -> bool:
    """True when the figure ending at `end` sits in the same clause, a few words before."""
    if end > start or _ONE_CLAUSE.fullmatch(text, end, start) is None:
        return False
    words = len(text[end:start].split()) - 1  # the "from" itself does not count
    return words <= (_BACK_WORDS_STRONG if strong else _BACK_WORDS)


def locate(figures: Sequence[Figure]) -> list[int]:
    """Where each figure starts in its sentence (-1 when not found): figures of one sentence
    come in reading order, so a number written twice ("20 ... up from 20") is told apart."""
    starts: list[int] = []
    cursor: dict[tuple[int, str], int] = {}
    for f in figures:
        key = (f.paragraph, f.sentence)
        from_ = cursor.get(key, 0)
        at = f.sentence.find(f.text, from_) if f.text else -1
        if at < 0 and f.text:
            at = f.sentence.lower().find(f.text.lower(), from_)
        if at >= 0:
            cursor[key] = at + len(f.text)
        starts.append(at)
    return starts


def contrasts(figures: Sequence[Figure], starts: Sequence[int]) -> dict[int, int]:
    """Map each figure that is the earlier value of another ("up from 20") to that other's
    index, when the two count the same thing (`starts`: from `locate`)."""
    by_sentence: dict[tuple[int, str], list[int]] = {}
    for i, f in enumerate(figures):
        if starts[i] >= 0 and f.kind in CONTRASTED_KINDS:
            by_sentence.setdefault((f.paragraph, f.sentence), []).append(i)
    found: dict[int, int] = {}
    for (_, sentence), members in by_sentence.items():
        spans = [(starts[i], starts[i] + len(figures[i].text)) for i in members]
        for a, b in partners(sentence, spans).items():
            earlier, current = figures[members[a]], figures[members[b]]
            units = (earlier.unit, current.unit)
            if earlier.kind == current.kind and (None in units or units[0] == units[1]):
                found[members[a]] = members[b]
    return found


# Kinds that say when, not how many: "July 6 – Dallas" added to a tour list is schedule.
_WHEN_KINDS = frozenset(("date", "time"))
_DEFINITE = nb.wordset("the its their his her our your my these those")
_SMALL_WORDS = nb.wordset("one two three four five six seven eight nine ten")
# Words near "one <noun>" that make it a count ("one soldier died", "killed one person").
_TOLL_WORDS = nb.PARTICIPLE_COUNTS | nb.wordset(
    """die died dies dying death deaths dead fatal fatally fatality fatalities casualty
    casualties toll kill kills killing injuring wounding injury injuries infection infections
    confirmed arrest arrests charged count counts per remaining survivor survivors victim
    victims hostage hostages captured kidnapped abducted"""
)
_ONLY = (["only"], ["just"])
_COUNTED = frozenset(("count", "duration"))
# Words before "one <time unit>" that make it a length of time: "for one year", "to one year".
_SPAN_BEFORE = nb.wordset("for to within in over lasting than of by about after")
_WORD = re.compile(r"[a-z]+")
_BEFORE_WORDS = 4  # words before "one <noun>" searched for a sign of a count
_AFTER_WORDS = 6  # words after it


def context_only(figure: Figure, start: int) -> bool:
    """True when a figure is context, not news on its own (see the module docstring):
    pairing may still report it revised in place (`start`: where it starts in its sentence,
    -1 when unknown)."""
    if figure.kind in _WHEN_KINDS:
        return True
    if figure.kind not in _COUNTED or figure.qualifier or start < 0 or figure.value is None:
        return False
    words = _WORD.findall(figure.text.lower())
    if not words or words[0] not in _SMALL_WORDS:
        return False  # digits are written to count: "1 site", "2 sides"
    end = start + len(figure.text)
    before = _WORD.findall(figure.sentence[max(0, start - 60) : start].lower())[-_BEFORE_WORDS:]
    after = _WORD.findall(figure.sentence[end : end + 80].lower())[:_AFTER_WORDS]
    if figure.kind == "duration":  # "in a hospital one night", "One day, ..."; not "for one year"
        return words[0] == "one" and (not before or before[-1] not in _SPAN_BEFORE)
    if not _TOLL_WORDS.isdisjoint([*before, *words, *after]) or before[-1:] in _ONLY:
        return False  # "one soldier died", "killed one person", "the three deaths of", "only one"
    if figure.value == 1:  # "one" before a singular noun describes unless a toll is near
        return nb.PARTITIVE_AFTER.match(figure.sentence, end) is None
    # "the two sides of the trading relationship": which parts of a whole, not a count
    return bool(before) and before[-1] in _DEFINITE and after[:1] == ["of"]
