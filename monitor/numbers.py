"""Number words, units, hedges and word lists: the lexicon behind figure extraction.

Pure lookups and small parsers over already-matched text ("twenty three" -> 23, "per cent"
-> "percent", "approximately" -> "about"), regex fragments for `monitor.figures`, and the
word lists `monitor.counted` reads noun phrases with. Currencies and scales: `monitor.currency`.
"""

from __future__ import annotations

import re
from typing import Any

from monitor.currency import CURRENCY_WORDS, SCALES
from monitor.speechwords import word_set

ONES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
FRACTIONS = {
    "half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25,
    "quarters": 0.25, "fourth": 0.25, "fourths": 0.25, "fifth": 0.2, "fifths": 0.2,
    "sixth": 1 / 6, "sixths": 1 / 6, "eighth": 0.125, "eighths": 0.125, "tenth": 0.1,
    "tenths": 0.1,
}  # fmt: skip

# Regex fragments (used case-insensitively by figures.py).
_ONE_TO_NINE = "one|two|three|four|five|six|seven|eight|nine"
CARDINAL_RE = (
    rf"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:\s+(?:{_ONE_TO_NINE})\b)?"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten"
    rf"|{_ONE_TO_NINE})"
)
_SCALE_WORD_RE = r"(?:hundred|thousand|million|billion|trillion)"
_FRACTION_RE = r"(?:halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?)"
# A run of number words: "twenty three", "two and a half", "one hundred and fifty",
# "a dozen", "three quarters", "half a dozen". "a"/"an" only start a run before a scale,
# a dozen or a fraction; "and" only joins a fraction or follows a scale word.
WORD_NUMBER_RE = (
    rf"(?:{CARDINAL_RE}\b|an?(?=\s+(?:{_SCALE_WORD_RE}|dozen|{_FRACTION_RE})\b)"
    r"|half(?=\s+(?:of|the|their|its|his|her|our|those|these)\b)"
    r"|half(?=\s+an?\s+(?:dozen|hundred|thousand|million|billion)\b))"
    rf"(?:\s+(?:{CARDINAL_RE}|{_SCALE_WORD_RE}|dozen|{_FRACTION_RE})\b"
    rf"|\s+and\s+(?:a\s+)?(?:half|quarter|third)\b"
    rf"|(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and\s+{CARDINAL_RE}\b"
    rf"|(?<=half)\s+an?\s+(?:dozen|hundred|thousand|million|billion)\b"
    r"|(?:(?<=quarter)|(?<=quarters)|(?<=third)|(?<=thirds))\s+of\s+an?\s+"
    r"(?:hundred|thousand|million|billion)\b)*"
)
# Indian grouping first ("1,45,000" is 145,000: lakh and crore places), then the usual forms.
DIGITS_RE = (
    r"(?:\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
)
# The "in three" of "one in three people", "1 in 4", "one out of every five".
RATIO_AFTER = re.compile(
    rf"\s+(?:in|out\s+of)\s+(?:every\s+)?({DIGITS_RE}|{CARDINAL_RE})\b", re.IGNORECASE
)
# The "of the 18" of "Ten of the 18 staffers", "31 of 35 economists": a part of a counted whole.
PARTITIVE_AFTER = re.compile(
    rf"\s+of\s+(?:(?:the|these|those|their|its|his|her|our|your|my)\s+)?"
    rf"(?:{DIGITS_RE}|{CARDINAL_RE})\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[a-z]+")


def parse_digits(text: str) -> float:
    """Parse "1,500" / "3.5" / ".5" as a float (commas are thousands separators)."""
    return float(text.replace(",", ""))


def parse_number(text: str) -> float | None:
    """The value of digits or number words."""
    if text[0].isdigit() or text[0] == ".":
        return parse_digits(text)
    return parse_word_number(text)


def parse_word_number(text: str) -> float | None:
    """Parse a run of number words: "twenty three" -> 23, "two and a half" -> 2.5.

    Also "one hundred and fifty" -> 150, "a dozen" -> 12, "three quarters" -> 0.75,
    "a third" -> 1/3, "two million" -> 2e6, "half a dozen" -> 6, "one and a half million"
    -> 1.5e6, "a quarter of a million" -> 2.5e5. Returns None for a run that is not one
    number ("two three").
    """
    tokens = _TOKEN.findall(text.lower())
    if "of" in tokens:  # "a quarter of a million", "three quarters of a billion"
        i = tokens.index("of")
        part, whole = parse_word_number(" ".join(tokens[:i])), _parse_cardinal(tokens[i + 1 :])
        return None if part is None or whole is None else part * whole
    if tokens and tokens[0] == "half":  # "half", "half a dozen"
        rest = _parse_cardinal(tokens[1:]) if len(tokens) > 1 else 1.0
        return None if rest is None else 0.5 * rest
    if "and" in tokens:
        i = tokens.index("and")
        tail = [t for t in tokens[i + 1 :] if t not in ("a", "an")]
        if tail and tail[0] in FRACTIONS:  # "two and a half (million)"
            head = _parse_cardinal(tokens[:i])
            if head is None or len(tail) > 2 or (len(tail) == 2 and tail[1] not in SCALES):
                return None
            value = head + FRACTIONS[tail[0]]
            return value * SCALES[tail[1]] if len(tail) == 2 else value
    if len(tokens) >= 2 and tokens[-1] in FRACTIONS:  # "three quarters", "a third"
        if tokens[-1] in ("half", "third", "quarter") and tokens[-2] not in ("a", "an", "one"):
            return None
        count = _parse_cardinal(tokens[:-1])
        return None if count is None else count * FRACTIONS[tokens[-1]]
    return _parse_cardinal(tokens)


def _parse_cardinal(tokens: list[str]) -> float | None:
    """Parse cardinal words ("a", "one" ... "ninety", "dozen", scales, "and" after scales)."""
    total = 0.0  # completed thousand/million groups
    group = 0.0  # the current group below the next scale
    have = False  # something was read into `group` or `total`
    last = ""
    for tok in tokens:
        if tok == "and" and last in SCALES:
            continue
        if tok in ("a", "an") and not have:
            group, have = 1.0, True
        elif tok in ONES or tok in TENS:
            n = ONES.get(tok) or TENS[tok]
            if have and last not in SCALES and not (last in TENS and n < 10):
                return None
            group += n
            have = True
        elif tok == "dozen":
            group = (group if group else 1.0) * 12
            have = True
        elif tok == "hundred":
            group = (group if group else 1.0) * 100
            have = True
        elif tok in SCALES:
            total += (group if group else 1.0) * SCALES[tok]
            group, have = 0.0, True
        else:
            return None
        last = tok
    return total + group if have else None


# Canonical qualifiers: the hedge written before a number, folded.
QUALIFIERS = {
    "at least": "at least", "no fewer than": "at least", "no less than": "at least",
    "a minimum of": "at least", "at most": "at most", "no more than": "at most",
    "a maximum of": "at most", "more than": "more than", "upwards of": "more than",
    "in excess of": "more than", "north of": "more than", "fewer than": "fewer than",
    "less than": "fewer than", "nearly": "nearly", "close to": "nearly",
    "almost": "almost", "about": "about", "approximately": "about", "approx.": "about",
    "around": "about", "roughly": "about", "some": "about", "an estimated": "about",
    "estimated": "about", "circa": "about", "up to": "up to", "as many as": "as many as",
    "as much as": "as many as", "over": "over", "just over": "over", "under": "under",
    "just under": "under", "below": "under", "above": "over",
}  # fmt: skip
_QUALIFIER_ALT = "|".join(
    re.escape(q).replace(r"\ ", r"\s+") for q in sorted(QUALIFIERS, key=len, reverse=True)
)
# Anchored at the end of the text before a number: "... at least " / "Nearly ".
QUALIFIER_BEFORE = re.compile(rf"(?<![\w.])({_QUALIFIER_ALT})\s+$", re.IGNORECASE)


_LAST_WORDS = frozenset(q.split()[-1] for q in QUALIFIERS)  # cheap test before the regex


def hedge_before(para: str, start: int, prev: str) -> tuple[str | None, int]:
    """The folded hedge written before `start` ("at least") and where it starts, if any."""
    hit = QUALIFIER_BEFORE.search(para, max(0, start - 30), start) if prev in _LAST_WORDS else None
    if hit is None or _moved_to(para, hit):
        return None, start
    return fold_qualifier(hit.group(1)), hit.start(1)


# Verbs that make "up to" / "down to" a direction, not a bound: "the rate edged up to 4.4%".
_DIRECTION_VERBS = word_set(
    """edged ticked inched crept moved went rose climbed jumped shot revised bumped pushed raised
    lifted nudged stepped bounced fell dropped slipped dipped eased came lowered marked
    downgraded upgraded scaled"""
)


def _moved_to(para: str, hit: re.Match[str]) -> bool:
    """True when the hedge is "up to" / "down to" right after a verb of movement."""
    if hit.group(1).lower().split()[0] not in ("up", "down"):
        return False
    before = para[max(0, hit.start(1) - 20) : hit.start(1)].split()
    return bool(before) and before[-1].lower() in _DIRECTION_VERBS


def fold_qualifier(text: str) -> str:
    """The canonical form of a qualifier as written ("Approximately" -> "about")."""
    return QUALIFIERS.get(" ".join(text.lower().split()), text.lower())


_UNIT_ALIASES = {
    "percent": "percent", "per cent": "percent", "pct": "percent", "%": "percent",
    "percentage point": "percentage points", "percentage points": "percentage points",
    "basis point": "basis points", "basis points": "basis points", "bps": "basis points",
    "km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km",
    "kilometers": "km", "mi": "miles", "metre": "meters", "metres": "meters",
    "meter": "meters", "meters": "meters", "kg": "kg", "kgs": "kg", "kilogram": "kg",
    "kilograms": "kg", "kilo": "kg", "kilos": "kg", "lb": "lbs", "lbs": "lbs", "t": "tonnes",
    "mph": "mph", "km/h": "km/h", "kph": "km/h", "sq": "square", "ft": "feet", "foot": "feet",
    "feet": "feet", "min": "minutes", "mins": "minutes", "hr": "hours", "hrs": "hours",
    "sec": "seconds", "secs": "seconds", "yr": "years", "yrs": "years", "c": "celsius",
    "°c": "celsius", "f": "fahrenheit", "°f": "fahrenheit", "mw": "mw", "gw": "gw",
    "kwh": "kwh", "mwh": "mwh", "gwh": "gwh", "twh": "twh",
    "kw": "kw", "gb": "gb", "tb": "tb", "mb": "mb", "ha": "hectares", "bpd": "barrels a day",
    "hp": "horsepower", "oz": "oz", "tsp": "tsp", "tbsp": "tbsp", "g": "grams", "gram": "grams",
    "mg": "mg", "ml": "ml", "cup": "cups", "fps": "fps", "hz": "hz", "khz": "khz", "mhz": "mhz",
    "ghz": "ghz", "mm": "mm", "cm": "cm", "kb": "kb", "mah": "mah",
}  # fmt: skip
# Units of measure written as a word after a number: they are what is counted ("82 kWh").
MEASURES = frozenset(k for k in _UNIT_ALIASES if len(k) > 1 and k.isalpha() and k != "sq")
MEASURES -= {"percent", "pct"}
_DIMENSIONS = {"cubic": "cubic", "square": "square", "sq": "square"}
# Lengths that "square" / "cubic" make an area or a volume of: "2,000 square feet".
LENGTHS = frozenset(
    (
        "foot", "feet", "ft", "meter", "meters", "metre", "metres", "m", "mile", "miles", "mi",
        "kilometre", "kilometres", "kilometer", "kilometers", "km", "yard", "yards", "yd", "inch",
        "inches", "in", "centimetre", "centimetres", "cm",
    )
)  # fmt: skip
_IRREGULAR_PLURALS = {
    "person": "people", "man": "men", "woman": "women", "child": "children", "foot": "feet",
    "tooth": "teeth", "mouse": "mice", "goose": "geese", "criterion": "criteria",
    "phenomenon": "phenomena", "crisis": "crises", "thesis": "theses", "analysis": "analyses",
    "life": "lives", "wife": "wives", "knife": "knives", "leaf": "leaves", "half": "halves",
    "policeman": "policemen", "fireman": "firemen", "chairman": "chairmen",
    "serviceman": "servicemen", "servicewoman": "servicewomen", "fisherman": "fishermen",
    "gunman": "gunmen", "congressman": "congressmen", "spokesman": "spokesmen",
}  # fmt: skip
# Nouns whose plural is the same word or that are not counted in the plural.
_INVARIANT = {
    "people", "police", "personnel", "staff", "troops", "sheep", "deer", "fish", "aircraft",
    "spacecraft", "series", "species", "news", "cattle", "livestock", "equipment", "data",
    "media", "crew", "military", "infantry", "artillery", "ammunition", "offspring",
    "headquarters", "means", "yen", "yuan", "won", "naira", "rand", "baht", "ringgit",
    "rupiah", "percent", "celsius", "fahrenheit", "mph", "km", "kg", "lbs", "feet",
    "hectares", "gb", "tb", "mb", "mw", "gw", "kw", "militia", "clergy", "youth",
    "horsepower", "mpg", "kwh", "mwh", "gwh", "twh", "lb-ft", "bpd",
}  # fmt: skip
_VOWELS = set("aeiou")
_SINGULAR_IS = frozenset(("axis", "tennis", "this", "his", "iris", "chassis", "debris", "penis"))


def fold_unit(word: str) -> str:
    """Fold a counted noun or unit to its canonical plural lower-case form.

    "soldier" -> "soldiers", "Soldiers" -> "soldiers", "per cent" -> "percent",
    "kilometres" -> "km", "casualty" -> "casualties", "person" -> "people".
    """
    key = " ".join(word.lower().split()).strip(".,;:")
    dimension, _, measure = key.partition(" ")
    if dimension in _DIMENSIONS and measure in LENGTHS:  # "cubic foot", "sq ft" -> "square feet"
        return f"{_DIMENSIONS[dimension]} {fold_unit(measure)}"
    if key in _UNIT_ALIASES:
        return _UNIT_ALIASES[key]
    if key in CURRENCY_WORDS:
        return CURRENCY_WORDS[key]
    return pluralize(key)


def pluralize(noun: str) -> str:
    """A simple English plural of a lower-case noun that is probably singular."""
    if not noun or noun in _INVARIANT or noun in PARTICIPLE_COUNTS:
        return noun
    if noun in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun]
    if noun in _IRREGULAR_PLURALS.values():
        return noun
    if noun.endswith("sis"):
        return noun[:-2] + "es"  # "crisis" -> "crises"
    if noun.endswith(("ss", "sh", "ch", "x", "z", "us")) or noun in _SINGULAR_IS:
        return noun + "es"
    if noun.endswith("s"):  # most nouns ending in s after a number are plurals already
        return noun
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in _VOWELS:
        return noun[:-1] + "ies"
    if noun.endswith("man") and len(noun) > 4:
        return noun[:-3] + "men"
    return noun + "s"


TIME_UNITS = {
    "second": "seconds", "seconds": "seconds", "minute": "minutes", "minutes": "minutes",
    "hour": "hours", "hours": "hours", "day": "days", "days": "days", "week": "weeks",
    "weeks": "weeks", "month": "months", "months": "months", "year": "years",
    "years": "years", "decade": "decades", "decades": "decades", "century": "centuries",
    "centuries": "centuries", "fortnight": "weeks", "night": "nights", "nights": "nights",
    "sec": "seconds", "secs": "seconds", "min": "minutes", "mins": "minutes", "hr": "hours",
    "hrs": "hours", "yr": "years", "yrs": "years",
}  # fmt: skip

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip


def wordset(text: str) -> frozenset[str]:
    """A set of the whitespace-separated words of a text (for readable word lists)."""
    return frozenset(text.split())


def is_plural(word: str) -> bool:
    """True when a lower-case noun looks plural ("troops", "people", "casualties", "police")."""
    if word in _INVARIANT or word in _IRREGULAR_PLURALS.values():
        return True
    if word.endswith("is"):  # "Israelis", "Iraqis" are plural; "crisis", "tennis" are not
        return not word.endswith("sis") and word not in _SINGULAR_IS
    return word.endswith("s") and not word.endswith(("ss", "us", "'s"))


# Participles that are counted on their own ("12 killed", "3 injured").
PARTICIPLE_COUNTS = wordset(
    """killed wounded injured dead missing detained arrested displaced evacuated hurt
    hospitalized hospitalised rescued stranded trapped infected sickened quarantined"""
)
WEEKDAYS = wordset("monday tuesday wednesday thursday friday saturday sunday")


# "-ly" words that are nouns, not adverbs.
LY_NOUNS = wordset("family families ally rally supply assembly anomaly monopoly bully")

# "-ing" words that are nouns ("one building"), not verbs ("one involving").
ING_NOUNS = wordset(
    """building meeting thing evening morning wing ring king offering hearing sibling ceiling
    string spring setting warning painting recording drawing ruling killing shooting bombing
    sighting filing ending opening briefing funding housing training clothing feeling being
    saving listing holding wedding crossing outing landing posting reading rating finding
    stabbing uprising dwelling"""
)

# A number right after one of these words is a name or a code: "No. 10", "Article 5".
NAME_WORDS = wordset(
    """No Nos Number Article Articles Section Title Chapter Rule Resolution Proposition Prop
    Route Highway Interstate Flight Gate Terminal Platform Room Level Category Grade Phase
    Stage Part Vol Volume Episode Season Series Ward District Precinct Unit Building Camp Pier
    Track Channel Studio Suite Row Lot Hall Block Model Type Boeing Airbus Challenger Leopard
    Apollo Artemis Soyuz Falcon Formula Covid COVID Vision Agenda iPhone Pixel Galaxy Windows
    PlayStation Xbox Paragraph Clause Amendment Bill Act Directive Item Exhibit Figure Table
    Page Box Lane Exit Pad Bay Reactor Line Tower Apartment Floor Version Day Week Game Round
    Match Lotto Powerball Image Photo Picture Slide Gallery ISBN"""
)

# A bare four-digit number after one of these words is a year ("in 2024", "since 1953").
YEAR_WORDS = wordset(
    """in since by from until till of the early late mid before after during circa between
    to and or year years fiscal season class summer winter spring autumn fall"""
)

# Capitalized words after which a number is still a figure ("said Friday 300 people ...").
CAPITALIZED_OK = wordset(
    """The A An About Some Nearly Almost Over Under Up Around Roughly Approximately Only Just
    Another More Fewer Less At Of In On By To From With For And But Or Than All Those These
    U.S. US UK EU UN"""
)

# Person nouns after which ", 45," is an age: "a man, 45, was arrested".
PERSONS = wordset(
    """man woman boy girl driver victim suspect mother father son daughter wife husband
    brother sister teenager pilot officer resident grandmother grandfather friend gunman"""
)


# Words that end the noun phrase after a number: "1,500 soldiers, including ...",
# "10,000 soldiers and technical personnel", "300 people were killed".
STOP_WORDS = wordset(
    """a an the this that these those its their his her our your my each every all both some any
    no of in on at to for from with by into onto over under across near per as than after
    before since during about against between through among amid including like via within
    without toward towards behind beyond around along despite upon off out up down inside
    outside ago later earlier apiece and or but nor so yet if because while when where whereas
    although though unless whether who whom whose which what it they them he she we you i
    there here is are was were be been being am has have had having do does did will would
    could should can may might must shall said says say saying told tells tell reported
    reports according died dies die killed kills remain remains remained arrived left went
    came come comes go goes took take takes make makes made get gets got became become becomes
    added adds faced fled flee joined join joins lost lose loses won needed want wants saw see
    sees seen found showed shown expected put used known called named now also still just only
    even already again then ever never not too very nearly almost roughly respectively
    altogether combined total more less fewer mostly ran knew know knows thought think thinks
    believe believes felt feel feels seem seems wrote write writes spoke speak speaks asked
    ask asks gave give gives keep keeps kept began begin begins stood sat held brought bring
    brings bought buy buys paid meant mean means let led met tried happen happens voted me him
    us myself himself herself themselves itself ourselves yourself anyone everyone someone
    nobody another live"""
)

# Words that follow a counted noun without being part of it ("one person dead").
POSTNOMINAL = wordset(
    """dead alive aboard apiece each total overall left remaining ago old later earlier long
    wide high deep tall away more less ahead behind back short combined altogether"""
)

# Modifiers that cannot be what is counted when the phrase ends on them ("5 more.").
NOT_HEAD = wordset(
    """more additional other new extra further fewer such many several few same different own
    last first next previous separate major minor top big small large key main only possible
    potential reported confirmed estimated recent current former local foreign whole entire
    full official unofficial registered armed best worst greatest biggest largest"""
)


def is_year(text: str) -> bool:
    """A bare four-digit number that reads as a year (1500-2100)."""
    return len(text) == 4 and text.isdigit() and 1500 <= int(text) <= 2100


def trie_regex(words: dict[str, str]) -> str:
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
