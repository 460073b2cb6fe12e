"""Figures: the numbers of an article that carry a fact, with value, unit and hedge.

One precompiled alternation finds every candidate in a paragraph (calendar dates, clock
times, vague quantities such as "thousands of", and numbers written in digits or words with
their currency, scale, range, percent and hyphenated unit). Cheap checks on the text around
each candidate then drop names and codes ("F-35", "No. 10", "Boeing 737"), page furniture
("598 Comments", "3 min read"), bare years and pronoun "one"; a short look ahead reads the
noun counted ("3,000 North Korean troops" -> "troops") and a look behind reads the hedge
("at least").

Kinds and values: count / money / percent (value as written, money in whole units:
"$3.5bn" -> 3.5e9 dollars); range (value the low end, `high` the top) and score ("6-3");
vague ("thousands of" -> 1000); fraction ("half of the troops" -> 0.5); duration and age
(unit "years", "days", ...); date (value YYYYMMDD, zeros for what is not written: "Oct. 23"
-> 1023) and time (value the hour of the day, unit the time zone if written).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from monitor import numbers as nb
from monitor.model import Figure
from monitor.text import normalize_line, split_sentences

_PCT = r"(?:\s?%|\s+(?:percentage\s+points?|basis\s+points?|percent|per\s?cent|pct)\b|\s?bps\b)"
_NUM = rf"(?:{nb.DIGITS_RE}|{nb.WORD_NUMBER_RE})"
_YEAR = r"(?:1[89]|20)\d\d"
_SOURCE = rf"""
    (?P<date>
        (?P<dmon>{nb.MONTH_RE})\s+(?P<dday>\d{{1,2}})(?:st|nd|rd|th)?(?![\w,.]?\d)
            (?:,?\s+(?P<dyear>{_YEAR})(?![\w,]?\d))?
      | (?P<dday2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dmon2>{nb.MONTH_RE})
            (?:,?\s+(?P<dyear2>{_YEAR})(?![\w,]?\d))?
      | (?P<dmon3>{nb.MONTH_RE})\s+(?:of\s+)?(?P<dyear3>{_YEAR})(?![\w,]?\d)
      | (?P<iso>(?P<iy>{_YEAR})-(?P<im>[01]\d)-(?P<id>[0-3]\d))(?!\d)
    )
  | (?P<time>
        (?P<th>\d{{1,2}})(?::(?P<tm>[0-5]\d))?\s?(?P<ampm>[ap]\.m\.|[ap]m\b)
      | (?P<th2>[01]?\d|2[0-3]):(?P<tm2>[0-5]\d)(?![\d:])
    )
  | (?P<vague>(?:(?P<vmul>tens|hundreds)\s+of\s+)?
        (?P<vword>dozens|scores|hundreds|thousands|millions|billions)\b)
  | (?P<num>
        (?:(?P<btw>between)\s+)?
        (?P<cur>{nb.CURRENCY_SYMBOL_RE})?(?P<n1>{_NUM})(?P<s1>{nb.SCALE_RE})?
        (?:(?P<p1>{_PCT})?(?P<sep>-|\s+to\s+|(?(btw)\s+and\s+|(?!)))
            (?P<cur2>{nb.CURRENCY_SYMBOL_RE})?(?P<n2>{_NUM})(?P<s2>{nb.SCALE_RE})?)?
        (?P<pct>{_PCT})?
        (?:(?P<au>km/h|km|kg|mph|kph|ft|lbs?|mw|gw|kw|gb|tb|bpd|°\s?[cf]|c|f)(?![\w]))?
        (?:-(?P<hword>[a-z]+)(?P<old>-old)?\b)?
        (?:\s+(?P<curw>{nb.CURRENCY_WORD_RE})\b)?
    )
    """
_MASTER = re.compile(_SOURCE, re.IGNORECASE | re.VERBOSE)
_VAGUE = {"dozens": 12.0, "scores": 20.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6}
_VAGUE["billions"] = 1e9


def _trie_regex(words: dict[str, str]) -> str:
    """One regex matching any of `words` (each with its own lookahead), built as a trie.

    A trie fails on the first letter that leads nowhere, so a scan over every position of a
    paragraph stays cheap; a flat alternation of 80 words tries each word in turn.
    """
    root: dict[str, Any] = {}  # letter -> subtree; "" -> the lookahead of a word ending here
    for word, lookahead in words.items():
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = lookahead

    def render(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            alts.append(node[""])  # the word ends here (longer words are tried first)
        return str(alts[0]) if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return render(root)


def _scan_words() -> dict[str, str]:
    """The lower-case words that can start a figure, with what must follow them."""
    words = dict.fromkeys([*nb.ONES, *nb.TENS, *_VAGUE, "half", "between", "usd", "gbp"], "")
    words["eur"] = ""
    article = r"(?=\s+(?:dozen|hundred|thousand|million|billion|trillion|half|third|quarter)\b)"
    words.update({"a": article, "an": article, "tens": r"(?=\s+of\b)", "us": r"(?=\$)"})
    for month in nb.MONTHS:
        words[month] = r"(?=\.?\s+\d)"  # "Oct. 23", "May 5"
    return words


# Where a figure can start, found by one case-sensitive scan of the lower-cased paragraph
# (several times faster than scanning with `_MASTER` itself); `_MASTER` then matches there.
_SCAN = re.compile(r"[\d$£€¥₹₩₽]|\b" + _trie_regex(_scan_words()) + r"\b")
# Page furniture right after a number: "3 min read", "598 Comments".
_FURNITURE_AFTER = re.compile(
    r"\s*(?:(?:min|mins|minute|minutes)\.?\s+read\b"
    r"|(?:Comments?|Shares?|Views?|Likes?|Replies|Reactions|Photos|Images)\b)"
)
_OF_OR_MORE = re.compile(r"\s+(?:of|more)\b")
_STAMP_BEFORE = re.compile(r"\b(?:Published|Updated|Posted|Modified)\b[^.]{0,30}$")
_GALLERY_BEFORE = re.compile(r"\b(?:Image|Photo|Picture|Slide|Video|Gallery)\s+\d+\s+of\s+$")
# Text that `normalize_line` would change; most paragraphs arrive normalized already.
_NEEDS_NORMALIZING = re.compile(
    r"[“”„‟″«»‘’‚‛′´…`\u00a0\u2000-\u200f\u202f\u3000\u00ad\ufeff‒–—―−\u0300-\u036f\t\n\r\f\v]"
    r"|--|\s\s|-(?=(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand"
    r"|million|billion|trillion|half|quarters?|thirds?|and|an?)\b)",
    re.IGNORECASE,
)
_TIMEZONE = re.compile(r"\s*(GMT|UTC|BST|CET|CEST|EET|EEST|MSK|ET|EST|EDT|CT|PT|PST|PDT|JST|KST)\b")
_TRAILING = ".,;:!?)]}\"'"
_ACRONYM = re.compile(r"(?:[A-Za-z]\.){2,}")
_VAGUE_MULTIPLIER = {"": 1.0, "tens": 10.0, "hundreds": 100.0}
_DETERMINERS = nb.wordset("the its their his her our your my these those this that")
_AGE_WORDS = frozenset(("aged", "age", "ages"))
_DIAL = nb.wordset("call called calling calls dial dialed dialled dialing text texted")
_NOBODY = nb.wordset("no any every each all both some")
_ONE_IDIOMS = nb.wordset(
    "way thing point side hand another other kind sort reason moment place part"
)


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
    figures: list[Figure] = []
    for index, raw in enumerate(paragraphs):
        para = normalize_line(raw) if _NEEDS_NORMALIZING.search(raw) else raw.strip()
        if len(para) < 40 and para.endswith(" ago"):
            continue  # "6 hours ago": a timestamp line
        drafts = _paragraph_drafts(para)
        if not drafts:
            continue
        spans = _sentence_spans(para)
        for d in drafts:
            sentence = next((s for a, b, s in spans if a <= d.start < b), para)
            figures.append(
                Figure(
                    text=para[d.start : d.end],
                    value=d.value,
                    unit=d.unit,
                    qualifier=d.qualifier,
                    paragraph=index,
                    sentence=sentence,
                    kind=d.kind,
                    high=d.high,
                )
            )
    return figures


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
        if m.group("date"):
            found = _date(m)
        elif m.group("time"):
            found = _time(para, m)
        elif m.group("vague"):
            found = _vague(para, m)
        else:
            found = _number(para, m)
        drafts += found
        # a figure may end before its match ("3.5% to $27.2 billion" is two): scan on from it
        pos = max(d.end for d in found) if found else m.end()


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
    if m.group("iso"):
        year, month, day = int(m["iy"]), int(m["im"]), int(m["id"])
    else:
        mon = m["dmon"] or m["dmon2"] or m["dmon3"]
        if not mon[0].isupper():
            return []  # "may 5", "march 3" are not dates
        month = nb.month_number(mon)
        day = int(m["dday"] or m["dday2"] or 0)
        year = int(m["dyear"] or m["dyear2"] or m["dyear3"] or 0)
    if not 1 <= month <= 12 or day > 31:
        return []
    return [_Draft(m.start(), m.end(), float(year * 10000 + month * 100 + day), None, None, "date")]


def _time(para: str, m: re.Match[str]) -> list[_Draft]:
    """A clock time: "10:30 a.m.", "3pm", "15:00 GMT"; value is the hour of the day."""
    if m.group("th"):
        hour, minute = int(m["th"]), int(m["tm"] or 0)
        if not 1 <= hour <= 12:
            return []
        hour = hour % 12 + (12 if m["ampm"].lower().startswith("p") else 0)
    else:
        hour, minute = int(m["th2"]), int(m["tm2"])
    end, unit = m.end(), None
    tz = _TIMEZONE.match(para, end)
    if tz:
        end, unit = tz.end(), tz.group(1).lower()
    return [_Draft(m.start(), end, hour + minute / 60, unit, None, "time")]


def _vague(para: str, m: re.Match[str]) -> list[_Draft]:
    """A vague quantity: "thousands of troops", "tens of thousands", "dozens more"."""
    if _word_before(para, m.start()).lower() in ("the", "by", "into", "in"):
        return []
    if m["vword"].lower() in ("scores", "dozens") and not _OF_OR_MORE.match(para, m.end()):
        return []  # "the scores were level"
    value = _VAGUE[m["vword"].lower()] * _VAGUE_MULTIPLIER[(m["vmul"] or "").lower()]
    head, end, _, _ = _read_noun(para, m.end())
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
    prev, prev_start = _prev_word(para, start)
    prev_key = prev.rstrip(".,;:").lower()
    qual_match = (
        nb.QUALIFIER_BEFORE.search(para, max(0, start - 30), start)
        if prev_key in nb.QUALIFIER_LAST_WORDS
        else None
    )
    qualifier = nb.fold_qualifier(qual_match.group(1)) if qual_match else None
    if qual_match:
        start = qual_match.start(1)
    unit, kind, end = _unit_and_kind(para, m, reading)
    if kind == "":
        return []
    noun = para[reading.end : end].split()
    if kind == "count" and not _counts_something(para, m, reading, noun, prev, prev_start):
        return []
    if m["s1"] == "m" and kind == "count" and unit is None:
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


def _as_meters(r: _Reading) -> _Reading:
    """A reading whose "m" meant metres, not millions."""
    return replace(r, low=r.low / 1e6, high=None if r.high is None else r.high / 1e6)


def _read_number(para: str, m: re.Match[str]) -> _Reading | None:
    """Parse the value(s) of a number match; None when it is a name, a code or a year."""
    n1, n2 = m["n1"], m["n2"]
    if not _clean_edges(para, m):
        return None
    currency = m["cur"] or m["cur2"]
    if len(n1) > 1 and n1[0] == "0" and n1[1].isdigit():
        return None  # "007", "0100": codes, not quantities
    raw1, scale1 = _parse(n1), _scale(m["s1"], currency)
    if raw1 is None or scale1 is None:
        return None
    pct = m["pct"] or m["p1"]
    money = nb.fold_currency(currency) if currency else None
    curw_ok = m["curw"] and (m["curw"].lower() != "won" or m["s1"] or m["s2"] or raw1 >= 1000)
    if money is None and curw_ok:
        money = nb.fold_currency(m["curw"])
    keep_word = (curw_ok and not currency) or not m["curw"]  # "$75.3 billion dollar tariffs"
    end = m.end() if keep_word else m.start("curw") - 1
    if m["hword"] and m["hword"].lower() in nb.STOP_WORDS:
        end = m.start("hword") - 1  # "$6.99-a-month", "one-on-one": the hyphen ends it
    percent = nb.fold_unit(pct.strip()) if pct else None
    if n2 is None:
        return _Reading(raw1 * scale1, None, "count", money, percent, end)
    if (m["p1"] and not m["pct"]) or (m["cur2"] and not m["cur"]):
        # "rose 3.5% to $27.2 billion": two figures, not a range; the scan finds the second
        end = m.end("p1") if m["p1"] else m.end("s1") if m["s1"] else m.end("n1")
        first = nb.fold_unit(m["p1"].strip()) if m["p1"] else None
        return _Reading(raw1 * scale1, None, "count", None, first, end)
    raw2, scale2 = _parse(n2), _scale(m["s2"], currency)
    if raw2 is None or scale2 is None:
        return None
    plain = not (currency or pct or m["s1"] or m["s2"])
    if plain and _is_year(n1) and (_is_year(n2) or len(n2) == 2):
        return None  # "2022-23", "1939-1945"
    if not m["s1"] and m["s2"] and raw1 <= raw2:
        scale1 = scale2  # "350-375 million"
    low, high = raw1 * scale1, raw2 * scale2
    if high < low:
        if not plain or (raw1 >= 100 and len(n2) < len(n1) and m["sep"] == "-"):
            return None  # "787-9": a model, not a score
        return _Reading(low, high, "score", None, None, end)
    return _Reading(low, high, "range", money, percent, end)


def _parse(text: str) -> float | None:
    """The value of digits or number words."""
    if text[0].isdigit() or text[0] == ".":
        return nb.parse_digits(text)
    return nb.parse_word_number(text)


def _scale(text: str | None, currency: str | None) -> float | None:
    """The multiplier of a scale; None for "3M"-like names (capital letter, no currency)."""
    if not text:
        return 1.0
    token = text.strip()
    if token in ("M", "B", "b", "K", "k") and not currency:
        return None
    return nb.parse_scale(token)


def _is_year(text: str) -> bool:
    """A bare four-digit number that reads as a year (1500-2100)."""
    return len(text) == 4 and text.isdigit() and 1500 <= int(text) <= 2100


def _clean_edges(para: str, m: re.Match[str]) -> bool:
    """False when the characters around a number make it part of a name or code."""
    start, end = m.start(), m.end()
    before = para[start - 1] if start else " "
    if before in "#@/\\=+&?" or (before in "-." and start >= 2 and para[start - 2].isalnum()):
        return False  # "#2", "F-35", "Covid-19", "v1.2", "?id=8576"
    after = para[end : end + 2] + "  "
    if after[0].isalnum() or after[0] == "_" or after[0] == "/":
        return False  # "5G", "1990s", "2nd", "737MAX", "9/11", "24/7"
    if after[0] in ".-" and after[1].isdigit():
        return False  # "1.2.3", "555-123-4567"
    if start == 0 and after[0] in ".)" and end - start <= 2:
        return False  # a list marker: "1. ...", "2) ..."
    if _FURNITURE_AFTER.match(para, end) or (
        "ago" in para[end : end + 30] and _STAMP_BEFORE.search(para, max(0, start - 40), start)
    ):
        return False  # "3 min read", "598 Comments", "Updated 52 minutes ago"
    n1 = m["n1"]
    if n1[0].isalpha() and n1[0].isupper() and not _sentence_start(para, m.start("n1")):
        return False  # "Air Force One", "Channel Four"
    # "40C" is a temperature; "40c" is not
    return not (m["au"] and m["au"].lower() in ("c", "f") and not m["au"].isupper())


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
        return nb.TIME_UNITS[hword], "age" if m["old"] else "duration", end
    elif hword and hword not in ("plus", "odd", "strong"):
        return nb.fold_unit(hword), "count", end
    fraction = r.kind == "count" and m["n1"][0].isalpha() and r.low < 1
    quoted = m.start() > 0 and para[m.start() - 1] in "\"'"
    head, head_end, after, introduced = _read_noun(
        para, end, allow_det=fraction, quoted=quoted, single=r.low == 1
    )
    if fraction and not (head and introduced):
        return None, "", end  # "a third time", "half an hour"
    if head is None:
        return None, "count", end
    low = head.lower()
    compound = after.isalpha() and after not in nb.STOP_WORDS  # "a 180 page publication"
    if r.low != 1 and not fraction and not compound and not _unit_word(low):
        return None, "count", end  # "four national", "12 freight": no counted noun
    if low in nb.TIME_UNITS:
        if after == "old":
            return nb.TIME_UNITS[low], "age", para.index("old", head_end) + 3
        return nb.TIME_UNITS[low], "duration", head_end
    return nb.fold_unit(head), "fraction" if fraction else "count", head_end


def _unit_word(low: str) -> bool:
    """True for a word that can name what a number (other than one) counts."""
    if nb.is_plural(low) or low in nb.TIME_UNITS or low in nb.PARTICIPLE_COUNTS:
        return True
    return nb.fold_unit(low) != nb.pluralize(low)  # "km", "oz", "euro"


def _read_noun(
    para: str, pos: int, *, allow_det: bool = False, quoted: bool = False, single: bool = False
) -> tuple[str | None, int, str, bool]:
    """Read the noun counted after `pos`: (head as written, its end, next word, via of/the).

    Takes the head of the noun phrase that follows ("3,000 North Korean troops" -> "troops"),
    through "of" ("thousands of troops"), over a closing quote ('"10,000" soldiers'), and
    stops at punctuation, verbs, prepositions and conjunctions ("1,500 soldiers, including").
    """
    toks = _np_tokens(para, pos, quoted)
    i, introduced, taken = 0, False, list[int]()
    while i < len(toks) and len(taken) < 4:
        word = toks[i][0]
        low = word.lower()
        if not word[:1].isalpha() or low in nb.ONES or low in nb.TENS:
            break
        if introduced and not taken and (low in ("most", "least") or low.endswith("est")):
            break  # "one of the most popular", "two of the biggest"
        if not taken and low == "of" and not introduced:
            introduced = allow_det = True
        elif not taken and allow_det and low in _DETERMINERS:
            introduced, allow_det = True, False
        elif not taken and low.endswith(("'s", "s'")) and i + 1 < len(toks):
            pass  # a possessive before the noun: "500 of Russia's soldiers"
        elif not taken and low in nb.PARTICIPLE_COUNTS and not _modifies(toks, i):
            taken.append(i)
            break
        elif not _noun_word(toks, i, taken):
            break
        else:
            taken.append(i)
            if len(low) > 3 and nb.is_plural(low) and word.islower() and not _plural_next(toks, i):
                break
        i += 1
    if not taken:
        return None, pos, "", introduced
    first, last = toks[taken[0]][0], toks[taken[-1]][0].lower()
    compound = first.islower() and not nb.is_plural(first) and not nb.is_plural(last)
    if not single and len(taken) > 1 and compound:
        taken = taken[:1]  # "a 180 page publication", "a 20 minute drive": the first word
    head, head_end = toks[taken[-1]]
    after = toks[taken[-1] + 1][0].lower() if taken[-1] + 1 < len(toks) else ""
    low = head.lower()
    if low in nb.NOT_HEAD or (_verb_form(low) and low not in nb.PARTICIPLE_COUNTS):
        return None, pos, "", introduced
    if all(toks[t][0][0].isupper() for t in taken) and not nb.is_plural(low):
        return None, pos, "", introduced  # a name: "1 Kyle Busch", "2020 VW ID"
    return head, head_end, after, introduced


def _np_tokens(para: str, pos: int, quoted: bool) -> list[tuple[str, int]]:
    """The words after `pos` with their end offsets, up to the first punctuation.

    A word followed by punctuation is followed by an empty token, so that the noun phrase
    ends there; the closing quote of a quoted number ('"10,000" soldiers') is skipped.
    """
    window = para[pos : pos + 80]
    raw = window.split()
    if raw and pos + 80 < len(para) and not para[pos + 80].isspace():
        raw.pop()  # the window cut the last word
    toks: list[tuple[str, int]] = []
    cursor = 0
    for tok in raw[:8]:
        at = window.find(tok, cursor)
        cursor = at + len(tok)
        if quoted and at == 0 and tok[0] in "\"'":
            tok, at = tok[1:], 1
            if not tok:
                continue
        word = tok.rstrip(_TRAILING)
        if len(word) < len(tok) and _ACRONYM.fullmatch(tok):
            word = tok  # "U.S."
        if not word.isascii():
            break  # not English: no counted noun can be read
        toks.append((word, pos + at + len(word)))
        if len(word) < len(tok) or not word[:1].isalpha():
            toks.append(("", pos + at + len(tok)))
            break
    return toks


def _noun_word(toks: list[tuple[str, int]], i: int, taken: list[int]) -> bool:
    """True when token `i` can continue the noun phrase read so far."""
    word = toks[i][0]
    low = word.lower()
    if low in nb.STOP_WORDS or low in nb.WEEKDAYS or low in nb.MONTHS:
        return False
    if len(low) > 4 and low.endswith("ly") and low not in nb.LY_NOUNS:
        return False
    if _verb_form(low) and not _modifies(toks, i):
        return False  # "3,000 troops arrived in ...", "one involving"
    if taken:
        prev = toks[taken[-1]][0]
        if low in nb.POSTNOMINAL or (word[0].isupper() and not prev[0].isupper()):
            return False
    return True


def _verb_form(low: str) -> bool:
    """True for a past participle or "-ing" form that is not a known noun."""
    return (low.endswith("ed") and len(low) > 3) or (
        low.endswith("ing") and len(low) > 4 and low not in nb.ING_NOUNS
    )


def _modifies(toks: list[tuple[str, int]], i: int) -> bool:
    """True when the word after token `i` is a noun-phrase word (so `i` is a modifier)."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1][0].lower()
    return nxt[:1].isalpha() and nxt not in nb.STOP_WORDS and nxt not in nb.POSTNOMINAL


def _plural_next(toks: list[tuple[str, int]], i: int) -> bool:
    """True when a plural noun is followed by another ("police officers", "arms dealers")."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1][0]
    low = nxt.lower()
    return nxt.islower() and low not in nb.STOP_WORDS and nb.is_plural(low) and len(low) > 3


def _counts_something(
    para: str, m: re.Match[str], r: _Reading, noun: list[str], prev: str, prev_start: int
) -> bool:
    """False for counts that are names, years or pronouns rather than facts.

    `noun` is the words read after the number as its counted noun (maybe none).
    """
    n1 = m["n1"]
    prev_clean = prev.rstrip(".,;:")
    prev_low = prev_clean.lower()
    head = noun[-1].strip("\"'").lower() if noun else None
    if n1[0].isalpha():
        if r.low == 1 and (
            head is None
            or head in _ONE_IDIOMS
            or nb.is_plural(head)
            or prev_low in _DETERMINERS
            or prev_low in _NOBODY
        ):
            return False  # "one of the", "the one who", "one knows", "no one"
        return not (head is None and (prev_low in _DETERMINERS or prev_low in _NOBODY))
    if prev_clean in nb.NAME_WORDS or prev_low in _DIAL:
        return False  # "No. 10", "Article 5", "Boeing 737", "call 911"
    if prev_low == "of" and _GALLERY_BEFORE.search(para, max(0, m.start() - 30), m.start()):
        return False  # "Image 1 of 5"
    if (
        _is_year(n1)
        and r.kind == "count"
        and not m["s1"]
        and (
            prev_low in nb.YEAR_WORDS
            or prev_clean[:1].isupper()  # "Black Friday 2019 deals"
            or not noun
            or not _plural_noun(noun[0])
        )
    ):
        return False  # "in 2024", "the 2024 election"
    plain = "," not in n1 and not m["s1"] and r.kind == "count"
    if plain and prev_clean and prev_clean not in nb.CAPITALIZED_OK and not prev.endswith("'s"):
        odd_case = prev_clean[0].islower() and not prev_clean.islower()  # "iPhone"
        caps = prev_clean[0].isupper() and prev_low not in nb.MONTHS and prev_low not in nb.WEEKDAYS
        shouting = len(prev_clean) > 1 and prev_clean.isupper()  # "COVID 19"
        if odd_case or shouting or (caps and not _sentence_start(para, prev_start)):
            return bool(noun) and _plural_noun(noun[0])  # "31 tanks", not "737 Max"
    # a model number: "the 737 Max jet", "a 787 Dreamliner"
    return not (plain and r.low >= 100 and noun and noun[0][0].isupper() and not _plural(head))


def _plural(word: str | None) -> bool:
    """True for a plural noun (lower-case), False for a singular one or none."""
    return word is not None and nb.is_plural(word)


def _plural_noun(word: str) -> bool:
    """True for a lower-case plural noun as written ("people", "soldiers"; not "VW", "bond")."""
    word = word.strip("\"'")
    return word.islower() and nb.is_plural(word)


def _from_to(m: re.Match[str], r: _Reading, unit: str | None, kind: str, end: int) -> list[_Draft]:
    """ "from 10 to 12 soldiers": two figures, the old and the new, sharing unit and kind."""
    assert r.high is not None
    first_end = m.end("p1") if m["p1"] else m.end("s1") if m["s1"] else m.end("n1")
    second = m.start("cur2") if m["cur2"] else m.start("n2")
    return [
        _Draft(m.start(), first_end, r.low, unit, None, kind),
        _Draft(second, end, r.high, unit, None, kind),
    ]


def _prev_word(para: str, pos: int) -> tuple[str, int]:
    """The word before `pos` (skipping spaces, quotes and brackets) and where it starts."""
    end = pos
    while end > 0 and para[end - 1] in " \"'([":
        end -= 1
    begin = end
    while begin > 0 and not para[begin - 1].isspace():
        begin -= 1
    return para[begin:end], begin


def _sentence_start(para: str, pos: int) -> bool:
    """True when `pos` starts a sentence (or the paragraph)."""
    head = para[:pos].rstrip(" \"'([")
    return not head or head[-1] in ".!?:;-"


def _word_before(para: str, pos: int) -> str:
    """The word before `pos`, without punctuation."""
    return _prev_word(para, pos)[0].strip(".,;:")
