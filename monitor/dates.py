"""Calendar dates and clock times in article text: how `monitor.figures` finds and reads them.

A date's value is YYYYMMDD with zeros for what is not written ("Oct. 23" -> 1023, "October
2024" -> 20241000); a time's value is the hour of the day (10.5 for "10:30 a.m."), its unit
the time zone when one is written. Both say when, not how many: comparison reports one
changed in place, never one that only appears or disappears (`monitor.comparative`).
A page's time stamp line ("Updated 10:30 a.m. ET", "5:45 AM PST 11/19/2019 by ...") holds
no figure at all: it changes with every edit and says nothing about the story.
"""

from __future__ import annotations

import re

from monitor import numbers as nb

# A whole word: "13 markets" and "12 Marines" hold no month ("Mar")
MONTH_RE = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|\b))"
)
_YEAR = r"(?:1[89]|20)\d\d"
_ORDINAL = r"(?:st|nd|rd|th)?"
# Named groups of `monitor.figures`' master pattern (used with re.IGNORECASE | re.VERBOSE).
DATE_SOURCE = rf"""
    (?P<date>
        (?P<dmon>{MONTH_RE})\s+(?P<dday>\d{{1,2}}){_ORDINAL}(?![\w,.]?\d)
            (?:,?\s+(?P<dyear>{_YEAR})(?![\w,]?\d))?
      | (?P<dday2>\d{{1,2}}){_ORDINAL}(?:\s?[-–]\s?\d{{1,2}}{_ORDINAL})?\s+(?P<dmon2>{MONTH_RE})
            (?:,?\s+(?P<dyear2>{_YEAR})(?![\w,]?\d))?
      | (?P<dmon3>{MONTH_RE})\s+(?:of\s+)?(?P<dyear3>{_YEAR})(?![\w,]?\d)
      | (?P<iso>(?P<iy>{_YEAR})-(?P<im>[01]\d)-(?P<id>[0-3]\d))(?!\d)
    )
"""
TIME_SOURCE = r"""
    (?P<time>
        (?P<th>\d{1,2})(?::(?P<tm>[0-5]\d))?\s?(?P<ampm>[ap]\.m\.|[ap]m\b)
      | (?P<th2>[01]?\d|2[0-3]):(?P<tm2>[0-5]\d)(?![\d:])
    )
"""
_TIMEZONE = re.compile(r"\s*(GMT|UTC|BST|CET|CEST|EET|EEST|MSK|ET|EST|EDT|CT|PT|PST|PDT|JST|KST)\b")
# The start of a time stamp line: "Updated ...", "Published ...", "5:45 AM PST 11/19/2019".
_STAMP_LINE = re.compile(
    r"(?:Last\s+)?(?:Updated|Published|Posted|Modified)\b"
    r"|\d{1,2}:\d\d\s?(?:[ap]\.?m\.?)?\s*(?:[A-Z]{1,4}\s+)?\d{1,2}/\d{1,2}/\d{2,4}\b",
    re.IGNORECASE,
)
STAMP_LINE_MAX = 120  # characters; a longer paragraph is prose even when it starts so


def is_stamp_line(para: str) -> bool:
    """True for a short paragraph that is the page's time stamp, not part of the story."""
    return len(para) <= STAMP_LINE_MAX and _STAMP_LINE.match(para) is not None


def read_date(m: re.Match[str]) -> float | None:
    """The YYYYMMDD value of a date match: "Oct. 23", "23 October 2024", "2024-10-23"."""
    if m.group("iso"):
        year, month, day = int(m["iy"]), int(m["im"]), int(m["id"])
    else:
        mon = m["dmon"] or m["dmon2"] or m["dmon3"]
        if not mon[0].isupper():
            return None  # "may 5", "march 3" are not dates
        month = month_number(mon)
        day = int(m["dday"] or m["dday2"] or 0)
        year = int(m["dyear"] or m["dyear2"] or m["dyear3"] or 0)
    if not 1 <= month <= 12 or day > 31:
        return None
    return float(year * 10000 + month * 100 + day)


def read_time(para: str, m: re.Match[str]) -> tuple[float, str | None, int] | None:
    """A time match read: (the hour of the day, the time zone or None, where it ends)."""
    before = para[max(0, m.start() - 2) : m.start()]
    if before[-1:] == ":" or (before[-1:] in ("+", "-") and before[:1].isdigit()):
        return None  # the seconds or the zone offset of "14:10:00-05:00": not a time
    if m.group("th"):
        hour, minute = int(m["th"]), int(m["tm"] or 0)
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m["ampm"].lower().startswith("p") else 0)
    else:
        hour, minute = int(m["th2"]), int(m["tm2"])
    tz = _TIMEZONE.match(para, m.end())
    if tz:
        return hour + minute / 60, tz.group(1).lower(), tz.end()
    return hour + minute / 60, None, m.end()


def month_number(text: str) -> int:
    """The month number of a month name or abbreviation ("Oct." -> 10)."""
    return nb.MONTHS[text.strip(". ").lower()]
