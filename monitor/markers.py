"""Developing-story markers and correction notes: find them in paragraphs and take them out.

A developing-story marker ("This is a developing story. Check back for updates.") and a
correction note ("Correction: An earlier version of this story misstated ...") are facts
about the article, not body text: they are recorded on the Article (`developing`, `markers`,
`corrections`) and removed from the paragraphs so that the body diff does not see them.

Everything here works on normalized paragraphs (monitor.text.normalize_line output) and is
case-insensitive.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from monitor.text import split_sentences

_STORY = r"(?:story|article|report|post|page|live blog|blog|item)"

# Sentences that announce a developing story wherever they appear: the whole sentence goes.
_STRONG_SENTENCES = [
    # "This is a developing story ...", "This is a breaking news story and will be updated."
    rf"this is an? (?:developing|breaking|still[- ]developing)(?: news)? {_STORY}\b.*",
    # "This story is developing", "This article will be updated", "This story has been updated
    # to include ...", "This post is being updated"
    rf"this (?:news |breaking |developing )?{_STORY} (?:is (?:still |currently )?developing"
    r"|is breaking|(?:will|may|is going to|could) (?:be|continue to be) updated"
    r"|(?:has been|was|is being|will continue to be|continues to be) updated"
    r"|will (?:be )?update)\b.*",
    # "Check back for updates", "Please check back later for more details"
    r"(?:please )?(?:check|come) back (?:here |later |soon |often )?(?:for|with) "
    r"(?:more |further |additional |the latest |new )?"
    r"(?:updates?|details|information|developments|the latest)\b.*",
    r"(?:please )?refresh (?:this page |the page )?for (?:the latest |more )?updates?\b.*",
    r"stay tuned for (?:more |further )?(?:updates?|details)\b.*",
    # "DETAILS TO FOLLOW", "More to come", "Updates to follow"
    r"(?:more |further |additional |full )?(?:details|updates?|information) "
    r"(?:to follow|will follow|to come|are to come|soon)",
    r"more to (?:come|follow)",
    # "Details later...", "Details shortly", "More details soon" (wire and Nigerian desks)
    r"(?:more |further |full )?details (?:later|shortly|anon|coming)(?: soon)?\W*",
    r"(?:more |further )?updates? (?:later|shortly|coming)(?: soon)?\W*",
    r"an? (?:developing|breaking)(?: news)? story",
]

# Short labels that count only when they are the whole paragraph (or sentence).
_LABELS = [
    r"developing(?: news)?(?: story)?",
    r"breaking(?: news)?",
    r"just in",
    r"update to follow",
]

# Sentences that count only right after a marker: "This is a breaking news story. It will be
# updated." ("It will be updated" alone could be about software).
_FOLLOW_UPS = [r"(?:it|the story|the article|this|we) will (?:be )?updated?\b.*"]

# "BREAKING: ...", "DEVELOPING - ..." before the real first sentence.
_PREFIX = re.compile(
    r"^(?P<label>(?:breaking(?: news)?|developing(?: story)?|just in))\s*(?::|-|\|)\s+", re.I
)

# A note label that may stand before a marker: "Editor's note: This story has been updated."
_NOTE_LABEL = re.compile(r"^(?:editor'?s'? note|note|update|updated)\s*:\s*", re.IGNORECASE)

_CORRECTION = re.compile(
    r"""^(?:
        (?:correction|clarification|editor'?s'?\s+note)s?
            (?:\s*\([^)]{0,40}\)|,\s*[^:]{0,30}\d[^:]{0,10}
               |\s+(?:added|appended|made|issued|posted|published)(?:(?:\s+on)?\s+[^:]{0,30}\d[^:]{0,10})?
            )?\s*:
      | corrected\s+(?:on\s+)?[^:]{0,30}\d[^:]{0,10}:
      | (?:an?\s+)?(?:earlier|previous|prior)\s+version\s+of\s+this\b
      | this\s+(?:story|article|report|post|piece|headline|item)\s+
            (?:has\s+been|was|is\s+being)\s+(?:corrected|amended)\b
      | we\s+(?:have\s+)?(?:corrected|amended)\s+this\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# Characters that may wrap a marker line: emphasis asterisks, brackets, dashes, bullets.
_WRAPPING = " *_()[]-|•>"
_TRAILING = ".!:;, "


def _full(patterns: Sequence[str]) -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(patterns) + r")", re.IGNORECASE)


_STRONG_RE = _full(_STRONG_SENTENCES)
_LABEL_RE = _full(_LABELS)
_FOLLOW_UP_RE = _full(_FOLLOW_UPS)


def _core(sentence: str) -> str:
    """The sentence without wrapping emphasis or closing punctuation."""
    return sentence.strip(_WRAPPING).rstrip(_TRAILING).strip(_WRAPPING)


def is_marker_sentence(sentence: str, *, after_marker: bool = False) -> bool:
    """True when one sentence is a developing-story marker ("Check back for updates.")."""
    core = _NOTE_LABEL.sub("", _core(sentence))
    # a quotation is someone speaking ("This is a developing story," he said), never a marker
    if not core or '"' in core:
        return False
    if _STRONG_RE.fullmatch(core) or _LABEL_RE.fullmatch(core):
        return True
    return after_marker and _FOLLOW_UP_RE.fullmatch(core) is not None


def is_strong_marker(text: str) -> bool:
    """True when every sentence of `text` is a marker and one is a full marker sentence.

    Bare labels ("Developing", "Breaking news") do not count here: outside the article body
    (a sidebar, a related-stories teaser) they too often label some other story.
    """
    sentences = split_sentences(text)
    if not sentences or not all(is_marker_sentence(s, after_marker=True) for s in sentences):
        return False
    return any(_STRONG_RE.fullmatch(_NOTE_LABEL.sub("", _core(s))) for s in sentences)


@dataclass(frozen=True)
class Taken:
    """Paragraphs with markers and corrections taken out, and what was taken."""

    paragraphs: tuple[str, ...]
    markers: tuple[str, ...]
    corrections: tuple[str, ...]


def take_markers_and_corrections(paragraphs: Sequence[str]) -> Taken:
    """Remove developing-story markers and correction notes from normalized paragraphs.

    A paragraph that is only a marker goes entirely; a marker sentence inside a paragraph is
    cut out and the rest kept; a "BREAKING:" prefix is cut off the front. A paragraph that
    starts like a correction note goes to `corrections`.
    """
    kept: list[str] = []
    markers: list[str] = []
    corrections: list[str] = []
    for paragraph in paragraphs:
        rest, found = _take_from_paragraph(paragraph)
        markers.extend(found)
        if not rest:
            continue
        if is_correction(rest):
            corrections.append(rest)
        else:
            kept.append(rest)
    return Taken(tuple(kept), tuple(markers), tuple(corrections))


def is_correction(paragraph: str) -> bool:
    """True when a paragraph is a correction, clarification or editor's note."""
    return _CORRECTION.match(paragraph.lstrip(_WRAPPING)) is not None


def _take_from_paragraph(paragraph: str) -> tuple[str, list[str]]:
    """Split one paragraph into (text without markers, the marker texts found)."""
    found: list[str] = []
    prefix = _PREFIX.match(paragraph)
    if prefix and len(paragraph) > prefix.end():
        found.append(prefix.group("label"))
        paragraph = paragraph[prefix.end() :]
    sentences = split_sentences(paragraph)
    kept: list[str] = []
    run: list[str] = []  # consecutive marker sentences, reported as one marker text
    for sentence in sentences:
        if is_marker_sentence(sentence, after_marker=bool(run)):
            run.append(sentence)
            continue
        if run:
            found.append(" ".join(run))
            run = []
        kept.append(sentence)
    if run:
        found.append(" ".join(run))
    if len(kept) == len(sentences):
        return paragraph, found
    return " ".join(kept), found


# --- timestamp lines ------------------------------------------------------------------------

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DAYS = (
    r"mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?"
    r"|sun(?:day)?"
)
_ZONES = r"[ecmp][sd]?t|utc|gmt|bst|cet|cest|ist|jst|kst|hkt|sgt|aest|aedt|msk"
# Something that makes a line a time, not just a number.
_TIME_CUE = re.compile(
    rf"\b(?:{_MONTHS}|{_DAYS})\b|\d{{1,2}}:\d{{2}}|\b[ap]\.?m\b\.?|\bago\b|\b(?:yesterday|today)\b"
    r"|\b(?:updated|published|posted|modified)\b|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}"
    r"|\bmin(?:ute)?s? read\b",
    re.I,
)
# Everything a timestamp line may consist of.
_TIME_PART = re.compile(
    rf"\b(?:{_MONTHS}|{_DAYS}|{_ZONES})\b\.?|\b[ap]\.?m\b\.?|\d+(?:st|nd|rd|th)?\b"
    r"|\b(?:updated?|published|posted|modified|first|last|originally|at|on|ago|hours?|hrs?"
    r"|minutes?|mins?|seconds?|secs?|days?|weeks?|yesterday|today|just|now|read|time)\b"
    r"|[\s,.:;|/()\[\]\-]+",
    re.I,
)


def is_timestamp_line(paragraph: str) -> bool:
    """True for page furniture like "Updated 12:05 PM ET, Oct. 23, 2024" or "3 hours ago".

    Such a line changes on every update without any news in it, so it is not body text. A
    line must hold a time cue (a month, weekday, clock time, "ago", "updated") and nothing
    but date and time words, so a row of figures ("2019 | 1,500") stays.
    """
    if len(paragraph) > 100 or not _TIME_CUE.search(paragraph):
        return False
    return not _TIME_PART.sub("", paragraph).strip()
