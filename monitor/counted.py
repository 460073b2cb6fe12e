"""What a number counts: the noun phrase after it, and whether it counts anything at all.

`read_noun` reads the head of the noun phrase after a number ("3,000 North Korean troops"
-> "troops", "thousands of troops", "13,000 false or misleading claims" -> "claims") and
stops at punctuation, verbs, prepositions and conjunctions. `counts_something` drops the
plain counts that are names, codes, years or pronouns ("No. 10", "Boeing 737", "in 2024",
"no one", "one official said"). Both are pure functions of the paragraph text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from monitor import numbers as nb

DETERMINERS = nb.wordset("the its their his her our your my these those this that")
_DIAL = nb.wordset("call called calling calls dial dialed dialled dialing text texted")
_NOBODY = nb.wordset("no any every each all both some")
_ONE_IDIOMS = nb.wordset(
    "way thing point side hand another other kind sort reason moment place part"
)
_GALLERY_BEFORE = re.compile(r"\b(?:Image|Photo|Picture|Slide|Video|Gallery)\s+\d+\s+of\s+$")
# Page furniture right after a number: "3 min read", "598 Comments".
_FURNITURE_AFTER = re.compile(
    r"\s*(?:(?:min|mins|minute|minutes)\.?\s+read\b"
    r"|(?:Comments?|Shares?|Views?|Likes?|Replies|Reactions|Photos|Images)\b)"
)
# A street address after a plain number: "1119 Eighth St.", "3170 W. County Road".
_ADDRESS_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'-]*\.?\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Drive|Lane|Boulevard"
    r"|Blvd|Place|Court|Parkway|Terrace|Circle|Highway|Pike)\b"
)
_STAMP_BEFORE = re.compile(r"\b(?:Published|Updated|Posted|Modified)\b[^.]{0,30}$")
# What follows "one <someone>" when it names who spoke, not how many: "one official said".
_SPEECH_AFTER = re.compile(
    r"(?:\s*,[^,.;:\"]{1,80},|\s+(?:who|speaking)\b[^,.;:\"]{1,60}?)?\s+(?:said|says|told|tells"
    r"|added|adds|wrote|writes|posted|commented|tweeted|explained|noted|asked|replied|recalled"
    r"|warned|argued|claimed|insisted|stated|complained|admitted|acknowledged|suggested"
    r"|described|put\s+it|joked|quipped|remarked)\b"
)
_TRAILING = ".,;:!?)]}\"'"
_ACRONYM = re.compile(r"(?:[A-Za-z]\.){2,}")


class Noun(NamedTuple):
    """The noun read after a number: its head as written (None: no noun), where it ends,
    the next word (lower case) and whether it came through "of" / a determiner."""

    head: str | None
    end: int
    after: str
    introduced: bool


@dataclass(frozen=True)
class Count:
    """A number read as a count, with what `counts_something` needs to judge it."""

    start: int  # where the number starts
    end: int  # where its counted noun ends (the number's end when there is none)
    written: str  # the number as written: "1,500", "one"
    value: float
    bare: bool  # no scale word, not a range or a score
    prev: tuple[str, int]  # the word before the number and where it starts (`prev_word`)


def unit_word(low: str) -> bool:
    """True for a word that can name what a number (other than one) counts."""
    if nb.is_plural(low) or low in nb.TIME_UNITS or low in nb.PARTICIPLE_COUNTS:
        return True
    return nb.fold_unit(low) != nb.pluralize(low)  # "km", "oz", "euro"


def read_noun(
    para: str, pos: int, *, allow_det: bool = False, quoted: bool = False, single: bool = False
) -> Noun:
    """Read the head of the noun phrase counted after `pos` (see the module docstring)."""
    toks = _np_tokens(para, pos, quoted)
    i, introduced, taken = 0, False, list[int]()
    while i < len(toks) and len(taken) < 5:
        word = toks[i][0]
        low = word.lower()
        if word[:1].isdigit() and _model_number(toks, i, taken):
            i += 1
            continue  # "30 Boeing 787 jets"
        if not word[:1].isalpha() or low in nb.ONES or low in nb.TENS:
            break
        if introduced and not taken and (low in ("most", "least") or low.endswith("est")):
            break  # "one of the most popular", "two of the biggest"
        if not taken and low == "of" and not introduced:
            introduced = allow_det = True
        elif not taken and allow_det and low in DETERMINERS:
            introduced, allow_det = True, False
        elif (
            not taken and low.endswith(("'s", "s'")) and i + 1 < len(toks) and not _contraction(low)
        ):
            pass  # a possessive before the noun: "500 of Russia's soldiers"
        elif not taken and (
            low in nb.MEASURES or (low in nb.PARTICIPLE_COUNTS and not _modifies(toks, i))
        ):
            taken.append(i)  # "82 kWh battery", "12 killed"
            break
        elif taken and low in ("and", "or") and not single and _joins_modifiers(toks, i, taken):
            pass  # "13,000 false or misleading claims", "Israeli and Palestinian prisoners"
        elif not _noun_word(toks, i, taken):
            break
        else:
            taken.append(i)
            if len(low) > 3 and nb.is_plural(low) and _plural_ends(toks, i, single):
                break
        i += 1
    if not taken:
        return Noun(None, pos, "", introduced)
    first, last = toks[taken[0]][0], toks[taken[-1]][0].lower()
    if len(taken) > 1 and first.lower() in ("cubic", "square", "sq"):
        measure, measure_end = toks[taken[1]]
        if measure.lower() in nb.LENGTHS:  # "a 20.7 cubic foot fridge", "2,000 square feet"
            after = toks[taken[1] + 1][0].lower() if taken[1] + 1 < len(toks) else ""
            return Noun(f"{first} {measure}", measure_end, after, introduced)
    compound = first.islower() and not nb.is_plural(first) and not nb.is_plural(last)
    if not single and len(taken) > 1 and compound:
        taken = taken[:1]  # "a 180 page publication", "a 20 minute drive": the first word
    head, head_end = toks[taken[-1]]
    after = toks[taken[-1] + 1][0].lower() if taken[-1] + 1 < len(toks) else ""
    low = head.lower()
    if low in nb.NOT_HEAD or (_verb_form(low) and low not in nb.PARTICIPLE_COUNTS):
        return Noun(None, pos, "", introduced)
    name = low not in nb.PARTICIPLE_COUNTS and low not in nb.MEASURES
    if name and all(toks[t][0][0].isupper() for t in taken) and not nb.is_plural(low):
        return Noun(None, pos, "", introduced)  # a name: "1 Kyle Busch", "2020 VW ID"
    return Noun(head, head_end, after, introduced)


# A plural noun in quote marks, counted: 140 million monthly active "businesses".
_QUOTED_NOUN = re.compile(r"([\"'])[a-z]+s\1[,.;:]?")


def _np_tokens(para: str, pos: int, quoted: bool) -> list[tuple[str, int]]:
    """The words after `pos` with their end offsets, up to the first punctuation (then an
    empty token, which ends the phrase); skips the closing quote of '"10,000" soldiers'."""
    window = para[pos : pos + 80]
    raw = window.split()
    if raw and pos + 80 < len(para) and not para[pos + 80].isspace():
        raw.pop()  # the window cut the last word
    toks: list[tuple[str, int]] = []
    cursor = 0
    for tok in raw[:8]:
        at = window.find(tok, cursor)
        cursor = at + len(tok)
        closing = 0  # the closing mark of a quoted noun, kept in the figure's text
        if _QUOTED_NOUN.fullmatch(tok):
            tok, at, closing = tok[1:], at + 1, 1  # 140 million monthly active "businesses"
        elif quoted and at == 0 and tok[0] in "\"'":
            tok, at = tok[1:], 1  # '"10,000" soldiers': the number's closing mark
            if not tok:
                continue
        word = tok.rstrip(_TRAILING)
        if len(word) < len(tok) and _ACRONYM.fullmatch(tok):
            word = tok  # "U.S."
        if not word.isascii():
            break  # not English: no counted noun can be read
        toks.append((word, pos + at + len(word) + closing))
        if len(word) < len(tok) or not word[:1].isalnum():
            toks.append(("", pos + at + len(tok)))
            break
    return toks


def _noun_word(toks: list[tuple[str, int]], i: int, taken: list[int]) -> bool:
    """True when token `i` can continue the noun phrase read so far."""
    word = toks[i][0]
    low = word.lower()
    if (low in nb.STOP_WORDS and not _initials(toks, i)) or _contraction(low):
        return False  # "of", "were", "hasn't", "that's"
    if low in nb.WEEKDAYS or low in nb.MONTHS:
        return False
    if len(low) > 4 and low.endswith("ly") and low not in nb.LY_NOUNS:
        return _plural_ahead(toks, i)  # "263 daily news organizations", not "5 quickly"
    if _verb_form(low) and word[0].islower() and not _modifies(toks, i):
        return False  # "3,000 troops arrived in ...", "one involving"; not "Boeing"
    if taken:
        prev = toks[taken[-1]][0]
        if low in nb.POSTNOMINAL:
            return False
        if word[0].isupper() and not prev[0].isupper():
            return _plural_ahead(toks, i)  # "18 central California counties"
    return True


def _contraction(low: str) -> bool:
    """True for a verb contraction ("hasn't", "that's", "they're"), not a possessive."""
    stem, mark, tail = low.rpartition("'")
    return bool(mark) and (tail in ("t", "re", "ll", "ve", "d", "m") or stem in nb.STOP_WORDS)


def _model_number(toks: list[tuple[str, int]], i: int, taken: list[int]) -> bool:
    """True for a model number between a brand and the plural noun counted: "Boeing 787"
    in "30 Boeing 787 jets"."""
    if not taken:
        return False
    brand = toks[taken[-1]][0]
    return brand[0].isupper() and not nb.is_plural(brand.lower()) and _plural_ahead(toks, i)


def _plural_ahead(toks: list[tuple[str, int]], i: int) -> bool:
    """True when a lower-case plural noun follows token `i` within two more modifiers, so
    `i` modifies it: "daily news organizations", "central California counties"."""
    for j in range(i + 1, min(i + 4, len(toks))):
        word = toks[j][0]
        low = word.lower()
        if not word[:1].isalpha() or low in nb.STOP_WORDS or low in nb.POSTNOMINAL:
            return False
        if word.islower() and len(low) > 3 and nb.is_plural(low):
            return True
    return False


def _initials(toks: list[tuple[str, int]], i: int) -> bool:
    """True for capitals that modify the next word ("US troops", "IT workers"), not "us"."""
    word = toks[i][0]
    if len(word) < 2 or not word.isupper() or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1][0]
    return nxt[:1].isalpha() and not nxt.isupper() and nxt.lower() not in nb.STOP_WORDS


def _joins_modifiers(toks: list[tuple[str, int]], i: int, taken: list[int]) -> bool:
    """True when the conjunction at `i` joins two modifiers of a plural noun: "false or
    misleading claims"; not "soldiers and personnel", "lemon and spices", "1 year and 3"."""
    before = toks[taken[-1]][0]
    if nb.is_plural(before.lower()) or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1][0]
    if not nxt[:1].isalpha():
        return False
    if nxt[0].isupper() != before[0].isupper():  # "Northern and central California counties"
        return nxt.lower() not in nb.STOP_WORDS and _plural_ahead(toks, i + 1)
    if nxt.lower() in nb.ONES or not _noun_word(toks, i + 1, taken):
        return False
    if i + 2 >= len(toks) or nb.is_plural(nxt.lower()):
        return False  # "the juice of one lemon and spices": two nouns, not two modifiers
    head = toks[i + 2][0].lower()
    return len(head) > 3 and nb.is_plural(head) and _noun_word(toks, i + 2, taken)


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


def _plural_ends(toks: list[tuple[str, int]], i: int, single: bool) -> bool:
    """True when the plural noun at `i` ends the phrase ("3 troops arrived", "10 Democrats
    agree"); not before another noun ("police officers", "United States service members")."""
    if _plural_next(toks, i):
        return False
    if toks[i][0].islower():
        return True
    nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
    if _verb_form(nxt.lower()) and not _plural_ahead(toks, i + 1):
        return True  # "150 Indians returned home": a verb, not "States armed forces"
    return not single and nxt.islower() and not _modifies(toks, i + 1)


def _plural_next(toks: list[tuple[str, int]], i: int) -> bool:
    """True when a plural noun is followed by another ("police officers", "arms dealers")."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1][0]
    low = nxt.lower()
    return nxt.islower() and low not in nb.STOP_WORDS and nb.is_plural(low) and len(low) > 3


def stands_alone(para: str, m: re.Match[str]) -> bool:
    """False when the characters around a number make it part of a name or code (`m`: a
    figure match, groups "n1" the first number, "au" a unit abbreviation after it)."""
    start, end = m.start(), m.end()
    before = para[start - 1] if start else " "
    if before in "#@/\\=+&?" or (before in "-." and start >= 2 and para[start - 2].isalnum()):
        return False  # "#2", "F-35", "Covid-19", "v1.2", "?id=8576"
    after = para[end : end + 2] + "  "
    if before == "[" and after[0] == "]" and para[start:end].isdigit():
        return False  # a footnote mark: "per shift [1]"
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
    if n1[0].isalpha() and n1[0].isupper() and not sentence_start(para, m.start("n1")):
        return False  # "Air Force One", "Channel Four"
    # "40C" is a temperature; "40c" is not
    return not (m["au"] and m["au"].lower() in ("c", "f") and not m["au"].isupper())


def counts_something(para: str, count: Count, noun: list[str]) -> bool:
    """False for counts that are names, years or pronouns (`noun`: the words counted)."""
    n1 = count.written
    prev, prev_start = count.prev
    prev_clean = prev.rstrip(".,;:").lstrip("([\"'")
    prev_low = prev_clean.lower()
    head = noun[-1].strip("\"'").lower() if noun else None
    if prev_low == "number" or (head is None and prev_low == "or" and n1[0].isalpha()):
        return False  # "the number one buyer", "number eight"; "an app or two"
    if n1[0].isalpha():
        if count.value == 1 and (
            head is None
            or head in _ONE_IDIOMS
            or nb.is_plural(head)
            or prev_low in DETERMINERS
            or prev_low in _NOBODY
        ):
            return False  # "one of the", "the one who", "one knows", "no one"
        if count.value == 1 and _speaks(para, count):
            return False  # "one official said": who spoke, not how many
        return not (head is None and (prev_low in DETERMINERS or prev_low in _NOBODY))
    if (prev_clean in nb.NAME_WORDS and prev[-1:] != ":") or prev_low in _DIAL:
        return False  # "No. 10", "Article 5", "Boeing 737", "call 911"
    start = count.start
    if prev_low == "of" and _GALLERY_BEFORE.search(para, max(0, start - 30), start):
        return False  # "Image 1 of 5"
    if (
        nb.is_year(n1)
        and count.bare
        and (
            prev_low in nb.YEAR_WORDS
            or prev_clean[:1].isupper()  # "Black Friday 2019 deals"
            or not noun
            or not _plural_noun(noun[0])
        )
    ):
        return False  # "in 2024", "the 2024 election"
    plain = "," not in n1 and count.bare
    if plain and n1[0].isdigit() and _ADDRESS_AFTER.match(para, count.start + len(n1)):
        return False  # "of 1119 Eighth St.": an address
    # "In Kaziranga National Park, 70 of the camps": a comma ends the name before the number
    named_before = prev_clean and not prev.endswith(("'s", ",", ";"))
    if plain and named_before and prev_clean not in nb.CAPITALIZED_OK:
        odd_case = prev_clean[0].islower() and not prev_clean.islower()  # "iPhone"
        caps = prev_clean[0].isupper() and prev_low not in nb.MONTHS and prev_low not in nb.WEEKDAYS
        shouting = len(prev_clean) > 1 and prev_clean.isupper()  # "COVID 19"
        if odd_case or shouting or (caps and not sentence_start(para, prev_start)):
            return bool(noun) and _plural_noun(noun[0])  # "31 tanks", not "737 Max"
    model = plain and count.value >= 100 and bool(noun) and noun[0][0].isupper()
    return not (model and not nb.is_plural(head or ""))  # "the 737 Max jet", "a 787 Dreamliner"


def _speaks(para: str, count: Count) -> bool:
    """True when "one <someone>" is the subject of a speech verb or the source of a report."""
    if _SPEECH_AFTER.match(para, count.end):
        return True  # "one Weibo commenter said", "one official, who ..., told"
    return para[max(0, count.start - 14) : count.start].lower().endswith("according to ")


def partitive_unit(para: str, end: int) -> str | None:
    """The unit of "Ten of the 18 staffers" (the number's end at `end`): "staffers"."""
    hit = nb.PARTITIVE_AFTER.match(para, end)
    if hit is None:
        return None
    head = read_noun(para, hit.end()).head
    return nb.fold_unit(head) if head and nb.is_plural(head.lower()) else None


def ratio_after(para: str, end: int) -> tuple[float, str | None, int] | None:
    """The "in three people" after "one": (1 / 3, "people", where it ends), or None."""
    if not para.startswith((" in ", " out "), end):
        return None
    hit = nb.RATIO_AFTER.match(para, end)
    whole = nb.parse_number(hit.group(1)) if hit else None
    if hit is None or whole is None or whole <= 1 or nb.is_year(hit.group(1)):
        return None
    head, head_end, _, _ = read_noun(para, hit.end())
    if head is not None and head.lower() in nb.TIME_UNITS:
        return None  # "5 in 10 minutes"
    return 1 / whole, nb.fold_unit(head) if head else None, max(head_end, hit.end())


def appositive_age(para: str, start: int, end: int) -> bool:
    """True for an age in commas after a name or person: "Carlineo Jr., 55, could", "a man,
    45, was"; not a number before a noun ("In Paris, 55 people")."""
    written = para[start:end]
    if para[start - 2 : start] != ", " or not (written.isdigit() and 0 < int(written) < 120):
        return False
    after = para[end : end + 2]
    if not after or after[0] not in ",;)." or (after[0] == "." and after[1:].strip()):
        return False  # ", 55, could", ", 55." at the end; not ", 55.5" nor ", 55 people"
    name = prev_word(para, start)[0][:-1]
    if name in ("Jr.", "Sr.") or name.lower() in nb.PERSONS:
        return True
    plain = name.replace("-", "").replace("'", "")
    low = name.lower()
    return plain.isalpha() and name[0].isupper() and low not in nb.MONTHS and low not in nb.WEEKDAYS


def _plural_noun(word: str) -> bool:
    """True for a lower-case plural noun as written ("people", "soldiers"; not "VW", "bond")."""
    word = word.strip("\"'")
    return word.islower() and nb.is_plural(word)


def prev_word(para: str, pos: int) -> tuple[str, int]:
    """The word before `pos` (skipping spaces, quotes and brackets) and where it starts."""
    end = pos
    while end > 0 and para[end - 1] in " \"'([":
        end -= 1
    begin = end
    while begin > 0 and not para[begin - 1].isspace():
        begin -= 1
    return para[begin:end], begin


def sentence_start(para: str, pos: int) -> bool:
    """True when `pos` starts a sentence (or the paragraph)."""
    head = para[:pos].rstrip(" \"'([")
    return not head or head[-1] in ".!?:;-"
