"""Figures: the numbers of an article that carry a fact, with value, unit and hedge.

One precompiled alternation finds every candidate in a paragraph (calendar dates and clock
times, read in `monitor.dates`; vague quantities such as "thousands of"; numbers written in
digits or words with their currency, scale, range, percent and hyphenated unit).
`monitor.counted` then drops names and codes ("F-35", "No. 10", "Boeing 737"), page
furniture ("598 Comments"), bare years and pronoun "one", and reads the noun counted ("3,000
North Korean troops" -> "troops"); a look behind reads the hedge ("at least").
`monitor.numbers` holds the lexicon.

Kinds and values: count / money / percent (value as written, money in whole units:
"$3.5bn" -> 3.5e9 dollars); range (value the low end, `high` the top) and score ("6-3");
vague ("thousands of" -> 1000); fraction ("half of the troops" -> 0.5); duration and age
(unit "years", "days", ...); date (value YYYYMMDD, zeros for what is not written: "Oct. 23"
-> 1023) and time (value the hour of the day, unit the time zone if written). A candidate
that is not what it first looked like ("13 may be") is tried again as a plain number.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from monitor import comparative as cp
from monitor import counted as ct
from monitor import currency as cy
from monitor import dates as dt
from monitor import memo
from monitor import numbers as nb
from monitor.model import Figure
from monitor.text import normalized_line, split_sentences

_PCT = r"(?:\s?%|\s+(?:percentage\s+points?|basis\s+points?|percent|per\s?cent|pct)\b|\s?bps\b)"
_NUM = rf"(?:{nb.DIGITS_RE}|{nb.WORD_NUMBER_RE})"
_NUMBER_SOURCE = rf"""
    (?P<num>
        (?:(?P<btw>between)\s+)?
        (?P<cur>{cy.CURRENCY_SYMBOL_RE})?(?P<n1>{_NUM})(?P<s1>{cy.SCALE_RE})?
        (?:(?P<p1>{_PCT})?(?P<sep>-|\s+to\s+|(?(btw)\s+and\s+|(?!)))
            (?P<cur2>{cy.CURRENCY_SYMBOL_RE})?(?P<n2>{_NUM})(?P<s2>{cy.SCALE_RE})?)?
        (?P<pct>{_PCT})?
        (?:(?P<au>km/h|km|kg|mph|kph|ft|lbs?|[kmgt]wh|mw|gw|kw|[kmgt]b|bpd|fps|[kmg]?hz|mg|ml|mm|cm|mah|°\s?[cf]|c|f)(?![\w]))?
        (?:-(?P<hword>[a-z]+)(?P<old>-old)?\b)?
        (?:\s+(?P<curw>{cy.CURRENCY_WORD_RE})\b|\s?(?P<csuf>[€£¥₹₩₽]))?
    )
"""
_SOURCE = rf"""
    {dt.DATE_SOURCE}
  | {dt.TIME_SOURCE}
  | (?P<vague>(?:(?P<vmul>tens|hundreds)\s+of\s+)?
        (?P<vword>dozens|scores|hundreds|thousands|millions|billions)\b)
  | {_NUMBER_SOURCE}
    """
_MASTER = re.compile(_SOURCE, re.IGNORECASE | re.VERBOSE)
_NUMBER = re.compile(_NUMBER_SOURCE, re.IGNORECASE | re.VERBOSE)  # when no date fits
_VAGUE = {"dozens": 12.0, "scores": 20.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6}
_VAGUE["billions"] = 1e9


def _scan_words() -> dict[str, str]:
    """The lower-case words that can start a figure, with what must follow them."""
    words = dict.fromkeys([*nb.ONES, *nb.TENS, *_VAGUE, "half", "between"], r"\b")
    words.update(dict.fromkeys(cy.CODES, r"(?=\s?\d)"))  # "USD 5", "INR24"
    words.update(dict.fromkeys(cy.DOLLAR_PREFIXES, r"(?=\$)"))  # "HK$176", "A$5"
    words["rs"] = r"(?=\.?\s?\d)"  # "Rs 24 lakh", "Rs.500"
    article = r"(?=\s+(?:dozen|hundred|thousand|million|billion|trillion|half|third|quarter)\b)"
    words.update({"a": rf"(?:{article}|(?=\$))", "an": article, "tens": r"(?=\s+of\b)"})
    for month in nb.MONTHS:
        words[month] = r"(?=\.?\s+\d)"  # "Oct. 23", "May 5"
    return words


# Where a figure can start, found by one case-sensitive scan of the lower-cased paragraph
# (several times faster than scanning with `_MASTER` itself); `_MASTER` then matches there.
_SCAN = re.compile(rf"[\d$£€¥{cy.SYMBOLS}]|\b" + nb.trie_regex(_scan_words()))
_OLD_AFTER = re.compile(r"\s+old\b")
_OF_OR_MORE = re.compile(r"\s+(?:of|more)\b")
_VAGUE_MULTIPLIER = {"": 1.0, "tens": 10.0, "hundreds": 100.0}
_AGE_WORDS = frozenset(("aged", "age", "ages"))
_NOT_SPAN = frozenset(("last", "next", "past", "previous", "coming", "following", "this"))


@dataclass(frozen=True)
class _Draft:
    """A figure found in one paragraph, before its sentence is known."""

    start: int
    end: int
    value: float | None
    unit: str | None
    qualifier: str | None
    kind: str
    high: float | None = None


def extract_figures(paragraphs: Sequence[str]) -> list[Figure]:
    """Every figure of the paragraphs, in reading order, with its paragraph and sentence."""
    return [
        Figure(text, value, unit, qualifier, index, sentence, kind, high)
        for index, raw in enumerate(paragraphs)
        for text, value, unit, qualifier, sentence, kind, high in _paragraph_figures(raw)
    ]


# A figure of one paragraph: text, value, unit, qualifier, sentence, kind, high.
_Found = tuple[str, float | None, str | None, str | None, str, str, float | None]


@memo.paragraph_memo
def _paragraph_figures(raw: str) -> tuple[_Found, ...]:
    """The figures of one paragraph, alone: a figure never depends on another paragraph."""
    para = normalized_line(raw)
    if (len(para) < 40 and para.endswith(" ago")) or dt.is_stamp_line(para):
        return ()  # "6 hours ago", "Updated 10:30 a.m. ET": the page's time stamp
    drafts = _paragraph_drafts(para)
    if not drafts:
        return ()
    borrowed = cp.borrowed_units(para, [(d.start, d.end, d.kind, d.unit) for d in drafts])
    for i, (unit, kind) in borrowed.items():
        drafts[i] = replace(drafts[i], unit=unit, kind=kind)  # "35 homes, up from 20"
    spans = _sentence_spans(para)
    found: list[_Found] = []
    for d in drafts:
        at, sentence = next(((a, s) for a, b, s in spans if a <= d.start < b), (0, para))
        if d.kind == "count" and d.unit is None and (noun := cp.subject_unit(para, at, d.start)):
            d = replace(d, unit=noun)  # "Vacancies fell by 40,000": counts vacancies
        text = para[d.start : d.end]
        found.append((text, d.value, d.unit, d.qualifier, sentence, d.kind, d.high))
    return tuple(found)


def equivalent(a: Figure, b: Figure) -> bool:
    """True when two figures state the same fact written differently ("4.4m" / "4.4 million")."""
    return (
        a.kind == b.kind
        and a.unit == b.unit
        and a.qualifier == b.qualifier
        and _same_number(a.value, b.value)
        and _same_number(a.high, b.high)
    )


def _same_number(a: float | None, b: float | None) -> bool:
    """Equal numbers, allowing for float noise from parsing ("1/3" vs "a third")."""
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _sentence_spans(para: str) -> list[tuple[int, int, str]]:
    """The (start, end, text) of each sentence of a paragraph."""
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for sentence in split_sentences(para):
        at = para.find(sentence, pos)
        if at < 0:
            continue
        spans.append((at, at + len(sentence), sentence))
        pos = at + len(sentence)
    return spans


def _paragraph_drafts(para: str) -> list[_Draft]:
    """Scan one normalized paragraph for figures."""
    drafts: list[_Draft] = []
    lower = para.lower()
    if len(lower) != len(para):
        lower = para  # lower-casing moved offsets ("İ"): `_next_match` scans the slow way
    pos = 0
    while True:
        m = _next_match(para, lower, pos)
        if m is None:
            return drafts
        start = m.start()
        if start > 0 and (para[start - 1].isalnum() or para[start - 1] == "_"):
            pos = start + 1  # inside a word: "someone", "MH17"
            continue
        found = _read_match(para, m)
        if not found and not m.group("num"):
            # not a date, time or vague quantity after all ("13 may be"): maybe a number
            number = _NUMBER.match(para, start)
            found = _number(para, number) if number else []
            if not found:
                pos = start + 1
                continue
        drafts += found
        # a figure may end before its match ("3.5% to $27.2 billion" is two): scan on from it
        pos = max(d.end for d in found) if found else m.end()


def _read_match(para: str, m: re.Match[str]) -> list[_Draft]:
    """The figures of one candidate match (none when it is not a figure after all)."""
    if m.group("date"):
        return _date(m)
    if m.group("time"):
        return _time(para, m)
    if m.group("vague"):
        return _vague(para, m)
    return _number(para, m)


def _next_match(para: str, lower: str, pos: int) -> re.Match[str] | None:
    """The next candidate at or after `pos`, matched on the original text."""
    if lower is para:
        return _MASTER.search(para, pos)
    while (hit := _SCAN.search(lower, pos)) is not None:
        start = hit.start()
        if start and (lower[start - 1].isalnum() or lower[start - 1] == "_"):
            pos = start + 1  # inside a word: "someone", "MH17"
            continue
        m = _MASTER.match(para, start)
        if m is not None:
            return m
        pos = hit.start() + 1
    return None


def _date(m: re.Match[str]) -> list[_Draft]:
    """An explicit calendar date: "Oct. 23", "23 October 2024", "October 2024", "2024-10-23"."""
    value = dt.read_date(m)
    return [] if value is None else [_Draft(m.start(), m.end(), value, None, None, "date")]


def _time(para: str, m: re.Match[str]) -> list[_Draft]:
    """A clock time: "10:30 a.m.", "3pm", "15:00 GMT"; value is the hour of the day."""
    read = dt.read_time(para, m)
    return [] if read is None else [_Draft(m.start(), read[2], read[0], read[1], None, "time")]


def _vague(para: str, m: re.Match[str]) -> list[_Draft]:
    """A vague quantity: "thousands of troops", "tens of thousands", "dozens more"."""
    if ct.prev_word(para, m.start())[0].strip(".,;:").lower() in ("the", "by", "into", "in"):
        return []
    if m["vword"].lower() in ("scores", "dozens") and not _OF_OR_MORE.match(para, m.end()):
        return []  # "the scores were level"
    value = _VAGUE[m["vword"].lower()] * _VAGUE_MULTIPLIER[(m["vmul"] or "").lower()]
    head, end, _, _ = ct.read_noun(para, m.end())
    unit = nb.fold_unit(head) if head else None
    return [_Draft(m.start(), max(end, m.end()), value, unit, None, "vague")]


@dataclass(frozen=True)
class _Reading:
    """What a number match says before its unit is known."""

    low: float
    high: float | None
    kind: str  # "count", "score" or "range" so far
    money: str | None  # the currency, folded
    percent: str | None  # the percent unit, folded
    end: int  # where the number (with currency word, percent, scale) ends


def _number(para: str, m: re.Match[str]) -> list[_Draft]:
    """A number in digits or words, with whatever currency, scale, range and unit it has."""
    reading = _read_number(para, m)
    if reading is None:
        return []
    start = m.start()
    prev = ct.prev_word(para, start)
    prev_key = prev[0].rstrip(".,;:").lower()
    qualifier, start = nb.hedge_before(para, start, prev_key)
    plain = not (reading.kind != "count" or reading.money or reading.percent or m["s1"])
    ratio = ct.ratio_after(para, reading.end) if plain and not (m["au"] or m["hword"]) else None
    if ratio is not None and reading.low * ratio[0] < 1:  # "one in three people": a fraction
        value, unit, end = ratio
        return [_Draft(start, end, reading.low * value, unit, qualifier, "fraction")]
    unit, kind, end = _unit_and_kind(para, m, reading)
    if kind == "":
        return []
    if m["s1"] == "m" and m["hword"] and m["hword"].lower() in _LENGTH_WORDS:
        reading, unit, kind = _as_meters(reading), "meters", "count"  # "a 4.5m-high wall"
    noun = para[reading.end : end].split()
    bare = reading.kind == "count" and not m["s1"]
    count = ct.Count(m.start(), end, m["n1"], reading.low, bare, prev)
    if kind == "count" and unit is None and ct.appositive_age(para, m.start(), reading.end):
        kind, unit = "age", "years"  # "Patrick Carlineo Jr., 55, could face"
    elif kind == "count" and not ct.counts_something(para, count, noun):
        return []
    if m["s1"] == "m" and kind == "count" and unit is None and _metres(para, m):
        reading, unit = _as_meters(reading), "meters"  # "100m in 9.58 seconds": not millions
    if reading.kind == "range" and m["sep"] == "-" and unit is None and (reading.high or 0) < 100:
        reading = replace(reading, kind="score")  # "6-7", "1-1": no unit, no range
    if m["btw"] and reading.high is None and start == m.start():
        start = m.start("n1") if not m["cur"] else m.start("cur")  # "between two men"
    if prev_key in _AGE_WORDS and kind in ("count", "duration"):
        kind, unit = "age", unit if kind == "duration" else "years"  # "aged 45", "aged 6 months"
    if m["hword"] and m["hword"].lower() in ("plus", "odd"):
        qualifier = "more than" if m["hword"].lower() == "plus" else "about"
    if reading.kind == "range" and m["sep"].strip().lower() == "to" and prev_key == "from":
        return _from_to(m, reading, unit, kind, end)
    if reading.kind in ("range", "score"):
        kind = reading.kind
    quote = para[m.end() : m.end() + 1]
    if end > m.end() and quote in "\"'" and start and para[start - 1] == quote:
        start -= 1  # '"10,000" soldiers': keep the quoted number whole
    return [_Draft(start, end, reading.low, unit, qualifier, kind, reading.high)]


# A paragraph that writes millions as "m" elsewhere ("4.4m people, up from 4.1m", "£4.4m"):
# its bare "4.1m" is millions too, not metres. A decimal before "m" and a word after it reads
# as millions ("4.4m people"); a whole number does not ("the 100m race").
_MILLIONS_AS_M = re.compile(
    r"[$£€]\d[\d.,]*m\b|\d\.\d+m (?!(?:tall|high|long|wide|deep|away|above|below|in|from|to|"
    r"of|and|or|a|the)\b)[a-z]{3,}"
)


_LENGTH_WORDS = frozenset(["tall", "high", "long", "wide", "deep"])
_LENGTH_CUE = r"-?(?:tall|high|long|wide|deep|away|above|below|across)\b"
_METRES_HERE = re.compile(rf"\dm\s?{_LENGTH_CUE}")


def _metres(para: str, m: re.Match[str]) -> bool:
    """True when the "m" of a bare number means metres: the paragraph measures lengths in
    metres ("2.5m tall, up from 2.1m"); else a whole number ("the 100m") in a paragraph that
    does not write millions as "m". A decimal ("rose to 1.36m in the three months") is
    millions, the news usage."""
    if _METRES_HERE.search(para):
        return True
    return "." not in m["n1"] and not _MILLIONS_AS_M.search(para)


def _as_meters(r: _Reading) -> _Reading:
    """A reading whose "m" meant metres, not millions."""
    return replace(r, low=r.low / 1e6, high=None if r.high is None else r.high / 1e6)


def _read_number(para: str, m: re.Match[str]) -> _Reading | None:
    """Parse the value(s) of a number match; None when it is a name, a code or a year."""
    n1, n2 = m["n1"], m["n2"]
    if not ct.stands_alone(para, m):
        return None
    currency = m["cur"] or m["cur2"]
    if len(n1) > 1 and n1[0] == "0" and n1[1].isdigit():
        return None  # "007", "0100": codes, not quantities
    raw1, scale1 = nb.parse_number(n1), cy.scale_multiplier(m["s1"], currency)
    if raw1 is None or scale1 is None:
        return None
    pct = m["pct"] or m["p1"]
    money = cy.fold_currency(currency) if currency else None
    curw_ok = m["curw"] and (m["curw"].lower() != "won" or m["s1"] or m["s2"] or raw1 >= 1000)
    if curw_ok and not currency and cy.weighs(para, m["curw"], m.end("curw"), m.start()):
        curw_ok = False  # "5,200 pounds of water vapor": a weight, read as a counted noun
    if money is None and (curw_ok or m["csuf"]):
        money = cy.fold_currency(m["curw"] if curw_ok else m["csuf"])  # "49.95 euros", "5€"
    keep_word = (curw_ok and not currency) or not m["curw"]  # "$75.3 billion dollar tariffs"
    end = m.end() if keep_word else m.start("curw") - 1
    if m["hword"] and m["hword"].lower() in nb.STOP_WORDS:
        end = m.start("hword") - 1  # "$6.99-a-month", "one-on-one": the hyphen ends it
    percent = nb.fold_unit(pct.strip()) if pct else None
    if n2 is None:
        return _Reading(raw1 * scale1, None, "count", money, percent, end)
    if (m["p1"] and not m["pct"]) or (m["cur2"] and not m["cur"]) or _change_then_level(para, m):
        # "rose 3.5% to $27.2 billion", "fell by 40,000 to 795,000": two figures, not a range;
        # the scan finds the second
        end = m.end("p1") if m["p1"] else m.end("s1") if m["s1"] else m.end("n1")
        first = nb.fold_unit(m["p1"].strip()) if m["p1"] else None
        return _Reading(raw1 * scale1, None, "count", None, first, end)
    raw2, scale2 = nb.parse_number(n2), cy.scale_multiplier(m["s2"], currency)
    if raw2 is None or scale2 is None:
        return None
    plain = not (currency or pct or m["s1"] or m["s2"])
    if plain and nb.is_year(n1) and (nb.is_year(n2) or len(n2) == 2):
        return None  # "2022-23", "1939-1945"
    if not m["s1"] and m["s2"] and raw1 <= raw2:
        scale1 = scale2  # "350-375 million"
    low, high = raw1 * scale1, raw2 * scale2
    if high < low:
        if not plain or (raw1 >= 100 and len(n2) < len(n1) and m["sep"] == "-"):
            return None  # "787-9": a model, not a score
        return _Reading(low, high, "score", None, None, end)
    return _Reading(low, high, "range", money, percent, end)


def _change_then_level(para: str, m: re.Match[str]) -> bool:
    """True for "fell by 40,000 to 795,000" and "fell 40,000 to 795,000": a change, then the
    level it led to; "rose 5 to 10 percent" is a range (its ends are close)."""
    if m["sep"].strip().lower() != "to":
        return False
    word = ct.prev_word(para, m.start())[0].rstrip(".,;:").lower()
    if word == "by":
        return True
    low, high = nb.parse_number(m["n1"]), nb.parse_number(m["n2"])
    far = low is not None and high is not None and high > 3 * low and not (m["s1"] or m["s2"])
    return word in cp.CHANGE_VERBS and far


def _unit_and_kind(para: str, m: re.Match[str], r: _Reading) -> tuple[str | None, str, int]:
    """The unit counted, the kind of figure and where its text ends ("" kind: not a figure)."""
    if r.percent:
        return r.percent, "percent", r.end
    if r.money:
        return r.money, "money", r.end
    if m["au"]:
        return nb.fold_unit(m["au"].replace(" ", "")), "count", r.end
    end = r.end
    hword = (m["hword"] or "").lower()
    if hword in nb.STOP_WORDS:
        pass  # `_read_number` ended the number at the hyphen
    elif hword in nb.TIME_UNITS:
        old = _OLD_AFTER.match(para, end) if not m["old"] else None  # "a 55-year old man"
        kind = "age" if m["old"] or old else "duration"
        return nb.TIME_UNITS[hword], kind, old.end() if old else end
    elif hword and hword not in ("plus", "odd", "strong"):
        return nb.fold_unit(hword), "count", end
    fraction = r.kind == "count" and m["n1"][0].isalpha() and r.low < 1
    quoted = m.start() > 0 and para[m.start() - 1] in "\"'"
    head, head_end, after, introduced = ct.read_noun(
        para, end, allow_det=fraction, quoted=quoted, single=r.low == 1
    )
    if fraction and not (head and introduced):
        return None, "", end  # "a third time", "half an hour"
    if head is None:
        return ct.partitive_unit(para, end), "count", end  # "Ten of the 18 staffers"
    low = head.lower()
    compound = after.isalpha() and after not in nb.STOP_WORDS  # "a 180 page publication"
    if r.low != 1 and not fraction and not compound and not ct.unit_word(low):
        return None, "count", end  # "four national", "12 freight": no counted noun
    if introduced and r.low > 1 and not fraction and not nb.is_plural(low):
        return None, "count", end  # "a year or two of international fury"
    if low in nb.TIME_UNITS:
        if para[end:head_end].split()[0].lower() in _NOT_SPAN:
            return None, "count", end  # "one last month": when, not how long
        if after == "old":
            return nb.TIME_UNITS[low], "age", para.index("old", head_end) + 3
        return nb.TIME_UNITS[low], "duration", head_end
    return nb.fold_unit(head), "fraction" if fraction else "count", head_end


def _from_to(m: re.Match[str], r: _Reading, unit: str | None, kind: str, end: int) -> list[_Draft]:
    """ "from 10 to 12 soldiers": two figures, the old and the new, sharing unit and kind."""
    assert r.high is not None
    first_end = m.end("p1") if m["p1"] else m.end("s1") if m["s1"] else m.end("n1")
    second = m.start("cur2") if m["cur2"] else m.start("n2")
    return [
        _Draft(m.start(), first_end, r.low, unit, None, kind),
        _Draft(second, end, r.high, unit, None, kind),
    ]
