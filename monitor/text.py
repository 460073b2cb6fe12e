"""Normalization and splitting shared by every text stage.

Normalization folds what is typography, not news, so that it never makes a new version:
curly and straight quotes, dash styles, hyphenated and spaced number words, odd spaces,
ellipses. Splitting turns a body into paragraphs and a paragraph into sentences, keeping
quotations whole where their punctuation allows.
"""

from __future__ import annotations

import functools
import re
import string
import unicodedata

from monitor import memo

_QUOTE_MAP = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "″": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "`": "'",
        "´": "'",
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u3000": " ",
        "…": "...",
        "\u00ad": None,  # soft hyphen
        "\u200b": None,  # zero-width space
        "\u200c": None,
        "\u200d": None,
        "\ufeff": None,
    }
)

_NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "thousand",
        "million",
        "billion",
        "trillion",
        "half",
        "quarter",
        "third",
        "thirds",
        "quarters",
        "and",
        "a",
        "an",
    ]
)
# "twenty-three", "two-and-a-half": a hyphen between number words is typography.
_HYPHENATED_WORDS = re.compile(r"\b([A-Za-z]+)-(?=([A-Za-z]+)\b)")


def _unhyphenate_number_words(match: re.Match[str]) -> str:
    first, second = match.group(1).lower(), match.group(2).lower()
    if first in _NUMBER_WORDS and second in _NUMBER_WORDS:
        return match.group(1) + " "
    return match.group(0)


# wire copy writes double quotes as two single ones: ‘‘like this’’ or ``like this''
_DOUBLED_SINGLE_QUOTES = re.compile(r"‘‘|’’|``|''")
_SPACED_DASH = re.compile(r"\s*(?:--+|[—―])\s*|\s+[–‒−-]\s+")
_OTHER_DASH = re.compile(r"[–‒−‐‑]")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")

# "Rome (CNN) — ", "WASHINGTON (AP) — ", "LONDON, Oct 23 (Reuters) - ", "KYIV, Ukraine — "
_DATELINE = re.compile(
    r"""^(?P<dateline>
        (?:[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){0,3}       # place, maybe several words
           (?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){0,2})?    # ", Ukraine" / ", Oct"
           (?:\s+\d{1,2})?                                         # " 23"
           (?:\s*\([A-Za-z .&']{2,30}\))?                          # " (CNN)"
        )
        \s+-\s+)""",
    re.VERBOSE,
)
_DATELINE_NEEDS = re.compile(r"\([A-Za-z .&']{2,30}\)|^[A-Z]{3,}|,\s*(?:[A-Z][a-z]+)")


def normalize(text: str) -> str:
    """Fold typography (quotes, dashes, spaces, ellipses, number-word hyphens) in one string.

    Line breaks are kept (collapsed to single or blank-line separators); spaces inside a line
    are collapsed to one.
    """
    text = unicodedata.normalize("NFC", text)
    text = _DOUBLED_SINGLE_QUOTES.sub('"', text).translate(_QUOTE_MAP)
    text = _SPACED_DASH.sub(" - ", text)
    text = _OTHER_DASH.sub("-", text)
    if "-" in text:
        text = _HYPHENATED_WORDS.sub(_unhyphenate_number_words, text)
    text = _SPACES.sub(" ", text)
    lines = [line.strip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def normalize_line(text: str) -> str:
    """Normalize one paragraph or title to a single line."""
    return " ".join(normalize(text).split())


# -- a fast path for text that is normalized already ------------------------------------

_PLAIN = frozenset(string.ascii_letters + string.digits)


@memo.paragraph_memo
def normalized_line(paragraph: str) -> str:
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


def split_paragraphs(text: str) -> list[str]:
    """Split plain text into normalized, non-empty paragraphs.

    Blank lines separate paragraphs; where a text has no blank lines at all, each line is a
    paragraph (the way many plain-text article dumps are written).
    """
    text = normalize(text)
    if not text:
        return []
    chunks = _BLANK_LINES.split(text) if _BLANK_LINES.search(text) else text.split("\n")
    return [" ".join(c.split()) for c in chunks if c.strip()]


def strip_dateline(paragraph: str) -> tuple[str | None, str]:
    """Take a dateline prefix ("Rome (CNN) - ") off a normalized first paragraph.

    Returns (dateline or None, the rest). Only a short capitalized place prefix followed by a
    spaced dash counts, and it must look like a dateline (an outlet in brackets, an all-caps
    place, or "Place, Region"), so that an ordinary sentence with a dash is left alone.
    """
    m = _DATELINE.match(paragraph)
    if not m:
        return None, paragraph
    dateline = m.group("dateline")
    head = dateline.rstrip(" -")
    if len(head) > 60 or not _DATELINE_NEEDS.search(head):
        return None, paragraph
    rest = paragraph[m.end() :].strip()
    if not rest:
        return None, paragraph
    return head, rest


# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt",
    "sgt", "adm", "cmdr", "st", "jr", "sr", "rev", "hon", "pres", "supt", "insp", "det",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "no", "nos", "vs", "v", "etc", "inc", "ltd", "co", "corp", "dept", "est", "approx",
    "fig", "vol", "ft", "mt", "ave", "blvd", "rd", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m",
    "d.c", "i.e", "e.g", "al",
}  # fmt: skip

_SENTENCE_END = re.compile(r"""([.!?]+)(["')\]]*)(\s+)(?=["'(\[]?[A-Z0-9])""")


def split_sentences(paragraph: str) -> list[str]:
    """Split one normalized paragraph into sentences.

    A sentence ends at . ! or ? (with any closing quote or bracket) followed by a space and a
    capital letter, digit or opening quote; not after a known abbreviation ("Mr.", "U.S."), a
    single initial ("Lloyd J. Austin"), or inside a number ("3.5").
    """
    sentences: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(paragraph):
        end = m.end(2)
        if m.group(1) == "." and not m.group(2) and _is_abbreviation(paragraph, m.start(1)):
            continue
        sentence = paragraph[start:end].strip()
        if sentence:
            sentences.append(sentence)
        start = m.end()
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at `dot` closes an abbreviation or an initial."""
    word_start = dot
    while (
        word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1] not in "(\"'"
    ):
        word_start -= 1
    word = text[word_start:dot].lower()
    if not word:
        return False
    if word in _ABBREVIATIONS:
        return True
    # a single initial: "J." in "Lloyd J. Austin"
    if len(word) == 1 and word.isalpha():
        return True
    # dotted acronyms: "U.S", "U.N", "D.P.R.K"
    return bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))


def words(text: str) -> list[str]:
    """The whitespace-separated words of a text."""
    return text.split()


def fold_for_match(text: str) -> str:
    """A loose key for matching text across versions: case, punctuation, diacritics folded."""
    text = unicodedata.normalize("NFKD", normalize(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^\w\s%$€£]", " ", text.lower())
    return " ".join(text.split())


_BYLINE_SPLIT = re.compile(r"\s*(?:,|;|&|\||\band\b)\s*", re.IGNORECASE)


def byline_key(byline: str | None) -> str:
    """A folded byline for comparing versions: "By A and B, CNN" == "A; B" == "B, A, CNN".

    Drops a leading "By", splits the names on commas, "and", "&", ";" and "|", folds case and
    typography, and sorts them, so that an extractor's way of joining authors is not news.
    """
    if not byline:
        return ""
    text = normalize_line(byline)
    text = re.sub(r"^\s*by\s+", "", text, flags=re.IGNORECASE)
    names = {fold_for_match(n) for n in _BYLINE_SPLIT.split(text)}
    names.discard("")
    people = {n for n in names if " " in n}
    # "…, CNN" / "… and Reuters": a one-word credit next to people's names is the outlet,
    # which some pages print in the byline and others do not
    return "; ".join(sorted(people or names))
