"""Article extraction: an HTML page or a plain-text file -> a normalized Article.

HTML goes through trafilatura (main text and metadata); plain text follows the small format
of the seed files. Both then share one finishing pipeline: normalize each paragraph, take out
developing-story markers and correction notes (monitor.markers), strip a dateline from the
first paragraph. `page_fingerprint` is the cheap pre-check the daemon runs before any of this.

Pure functions of their input: no network, disk or database.
"""

from __future__ import annotations

import hashlib
import html as htmllib
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

import trafilatura

from monitor import article_body, markers
from monitor.errors import ExtractionError
from monitor.model import Article
from monitor.text import normalize_line, split_paragraphs, strip_dateline

# Chosen by measuring F1 on the 181 pages of /work/shared/corpus/aeb (token 4-gram shingles vs
# the ground-truth articleBody, mean of per-page F1). trafilatura alone: fast 0.957, fast +
# favor_recall 0.959 (~10 ms/page), fast + favor_precision 0.940, full + favor_precision 0.960
# (~16 ms/page), deduplicate 0.940. Through this whole module fast + favor_recall scores 0.961,
# full + favor_precision 0.961 at 1.5x the time, so the fast path it is. favor_recall also
# keeps short lines such as marker notes.
TRAFILATURA_OPTIONS: Final[Mapping[str, Any]] = {
    "fast": True,
    "favor_recall": True,
    "include_comments": False,
    "include_tables": True,
    "deduplicate": False,  # an LRU cache shared across calls would make output order-dependent
    "with_metadata": True,
}


def extract_document(
    data: bytes | str, content_type: str | None = None, url: str | None = None
) -> Article:
    """Extract an Article from a fetched body, HTML or plain text.

    `content_type` (a Content-Type header value) decides when given; otherwise the start of the
    document is sniffed. Raises ExtractionError when no article text is found.
    """
    text = data if isinstance(data, str) else decode_body(data, content_type)
    if _is_html(text, content_type):
        return extract_html(text, url=url)
    return extract_text(text)


_CHARSET_PARAM = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def decode_body(data: bytes, content_type: str | None = None) -> str:
    """Bytes to text: the Content-Type charset, else UTF-8, else a <meta charset>, else a guess."""
    declared = _CHARSET_PARAM.search(content_type or "")
    sniffed = _META_CHARSET.search(data[:4096])
    for match in (declared, None, sniffed):
        encoding = "utf-8" if match is None else match.group(1)
        if isinstance(encoding, bytes):
            encoding = encoding.decode("ascii", errors="replace")
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return str(trafilatura.utils.decode_file(data))  # charset guess, lossy as a last resort


_HTML_SNIFF = re.compile(r"<(?:!doctype|html|head|body|p|div|article|meta|title)\b", re.I)


def _is_html(text: str, content_type: str | None) -> bool:
    """HTML by Content-Type, or by a tag near the start when there is no usable type."""
    if content_type:
        kind = content_type.split(";", 1)[0].strip().lower()
        if kind in ("text/html", "application/xhtml+xml"):
            return True
        if kind == "text/plain":
            return False
    return _HTML_SNIFF.search(text[:1024].lstrip("\ufeff")) is not None


# --- HTML -----------------------------------------------------------------------------------


def extract_html(html: str, url: str | None = None) -> Article:
    """Extract title, byline, dates and body paragraphs of an HTML article page.

    Raises ExtractionError when trafilatura finds no article text.
    """
    doc = trafilatura.bare_extraction(html, url=url, **TRAFILATURA_OPTIONS)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise ExtractionError("no article text found")
    title = _clean(getattr(doc, "title", None))
    paragraphs = [normalize_line(line) for line in body.split("\n")]
    paragraphs = [p for p in paragraphs if p]
    whole = article_body.article_paragraphs(html)
    if article_body.fuller_body(paragraphs, whole):
        paragraphs = whole  # a story split over several containers: all of it
    if paragraphs and title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # the headline repeated as the first block
    return _finish(
        paragraphs,
        title=title,
        byline=_clean(getattr(doc, "author", None)),
        published=_clean(getattr(doc, "date", None)),
        updated=find_updated(html),
        page_html=html,
    )


def _clean(value: object) -> str | None:
    """A metadata value as one normalized line, or None when empty."""
    if not isinstance(value, str):
        return None
    return normalize_line(value) or None


_MODIFIED_META = re.compile(
    r"""<meta\s[^>]*?(?:property|name|itemprop)\s*=\s*["']?
        (?:article:modified_time|og:updated_time|datemodified|last-modified|modified)["'\s>]
        [^>]*>""",
    re.I | re.X,
)
_CONTENT_ATTR = re.compile(r"""\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
_JSONLD_MODIFIED = re.compile(r""""dateModified"\s*:\s*"([^"]{8,40})\"""")


def find_updated(html: str) -> str | None:
    """The page's last-modified time from <meta> tags or JSON-LD dateModified, as written.

    Regular expressions rather than a parse: this runs on every new body and only two small
    patterns are needed.
    """
    for tag in _MODIFIED_META.finditer(html):
        content = _CONTENT_ATTR.search(tag.group(0))
        if content and (value := (content.group(1) or content.group(2) or "").strip()):
            return value
    m = _JSONLD_MODIFIED.search(html)
    return m.group(1).strip() if m else None


# --- markers the extractor dropped ----------------------------------------------------------

_DROPPED_ELEMENTS = re.compile(
    r"<(script|style|noscript|template|svg|head)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S
)
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|li|ul|ol|h[1-6]|section|article|aside|header|footer|nav|main|br|hr|tr|td|th"
    r"|table|blockquote|figure|figcaption|dd|dt|dl|form|center|address)\b[^>]*>",
    re.I,
)
_ANY_TAG = re.compile(r"<[^>]*>")
# Words every strong marker contains; most pages have none, so the scan stops early (~1 ms).
_MARKER_WORDS = re.compile(
    r"developing|to follow|check back|come back|be updated|been updated|to come|stay tuned|refresh"
)
_MARKER_WINDOW = 4  # blocks before the first / after the last paragraph still in the article
_MAX_MARKER_LEN = 300


def visible_lines(html: str) -> list[str]:
    """The page's visible text, one raw line per block-level element (entities decoded)."""
    text = _ANY_TAG.sub("", _BLOCK_TAG.sub("\n", _DROPPED_ELEMENTS.sub(" ", html)))
    if "&" in text:
        text = htmllib.unescape(text)
    return text.split("\n")


def markers_dropped_by_extractor(
    html: str, paragraphs: Sequence[str], found: Sequence[str]
) -> list[str]:
    """Developing-story lines near the article body that the extractor left out.

    trafilatura drops short, boilerplate-looking blocks (a "DETAILS TO FOLLOW" div, a banner
    above the first paragraph). Only blocks within a few blocks of the extracted body count,
    only full marker sentences (not bare "Developing" labels), and not those already `found`.
    """
    if not paragraphs:
        return []
    lines = visible_lines(html)
    if not _MARKER_WORDS.search("\n".join(lines).lower()):
        return []
    candidates = {
        text
        for line in lines
        if len(line) < 2 * _MAX_MARKER_LEN
        and _MARKER_WORDS.search(line.lower())
        and (text := normalize_line(line))
        and len(text) < _MAX_MARKER_LEN
        and markers.is_strong_marker(text)
        and not any(text in f or f in text for f in found)
    }
    if not candidates:
        return []
    blocks = [b for b in (normalize_line(line) for line in lines) if b]
    first = _find_block(blocks, paragraphs[0][:80], range(len(blocks)))
    last = _find_block(blocks, paragraphs[-1][-80:], range(len(blocks) - 1, -1, -1))
    if first is None or last is None or last < first:
        return []
    window = blocks[max(0, first - _MARKER_WINDOW) : last + _MARKER_WINDOW + 1]
    return list(dict.fromkeys(b for b in window if b in candidates))


def _find_block(blocks: Sequence[str], needle: str, order: Iterable[int]) -> int | None:
    """Index of the first block (in `order`) containing `needle`."""
    for i in order:
        if needle in blocks[i]:
            return i
    return None


# --- plain text -----------------------------------------------------------------------------

# " date 2024-10-23 By Natasha Bertrand and Shania Shelton, CNN"
_META_LINE = re.compile(
    r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2}(?:[T ][0-9:.+\-Z]+)?)(?:\s+by\s+(?P<by>.+?))?\s*$",
    re.I,
)
_HEADER = re.compile(
    r"^(?P<key>title|byline|by|author|published|date|updated)\s*:\s*(?P<value>.*)$", re.I
)
_HEADER_FIELDS = {"title": "title", "byline": "byline", "by": "byline", "author": "byline",
                  "published": "published", "date": "published", "updated": "updated"}  # fmt: skip


def extract_text(text: str) -> Article:
    """Extract an Article from plain text (the seed format; see monitor/extract.py docs).

    Understood: an optional first line " date YYYY-MM-DD By NAMES, OUTLET"; an optional header
    block of "Title:", "Byline:", "Published:", "Updated:" lines ended by a blank line; then
    paragraphs separated by blank lines, or one per line when there is no blank line.
    Raises ExtractionError when there is no body text.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    meta: dict[str, str] = {}
    while lines and not lines[0].strip():
        lines.pop(0)
    if lines and (m := _META_LINE.match(lines[0])):
        meta["published"] = m.group("date")
        if m.group("by"):
            meta["byline"] = m.group("by")
        lines.pop(0)
    lines = _take_header_block(lines, meta)
    paragraphs = split_paragraphs("\n".join(lines))
    return _finish(
        paragraphs,
        title=_clean(meta.get("title")),
        byline=_clean(meta.get("byline")),
        published=_clean(meta.get("published")),
        updated=_clean(meta.get("updated")),
    )


def _take_header_block(lines: list[str], meta: dict[str, str]) -> list[str]:
    """Read "Key: value" header lines at the top (ended by a blank line) into `meta`."""
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    end = start
    found: dict[str, str] = {}
    while end < len(lines) and (m := _HEADER.match(lines[end].strip())):
        found[_HEADER_FIELDS[m.group("key").lower()]] = m.group("value").strip()
        end += 1
    # a header block must end at a blank line (or the end), else it was body text
    if not found or (end < len(lines) and lines[end].strip()):
        return lines
    meta.update(found)
    return lines[end:]


# --- shared finishing -----------------------------------------------------------------------


def _finish(
    paragraphs: Sequence[str],
    *,
    title: str | None,
    byline: str | None,
    published: str | None,
    updated: str | None,
    page_html: str | None = None,
) -> Article:
    """Markers, corrections and dateline out of normalized paragraphs; build the Article.

    With `page_html`, marker lines the HTML extractor dropped are looked for in the page too.
    """
    # timestamp lines ("Updated 3 hours ago") change on every fetch and carry no news
    paragraphs = [p for p in paragraphs if not markers.is_timestamp_line(p)]
    taken = markers.take_markers_and_corrections(paragraphs)
    body = list(taken.paragraphs)
    extra_markers = (
        markers_dropped_by_extractor(page_html, body, taken.markers) if page_html else []
    )
    dateline = None
    if body:
        dateline, first = strip_dateline(body[0])
        body[0] = first
    if not body:
        raise ExtractionError("no article text found")
    found = tuple(dict.fromkeys([*taken.markers, *extra_markers]))
    return Article(
        title=title,
        byline=_strip_by(byline),
        published=published,
        updated=updated,
        paragraphs=tuple(body),
        developing=bool(found),
        markers=found,
        corrections=taken.corrections,
        dateline=dateline,
    )


def _strip_by(byline: str | None) -> str | None:
    """'By Jane Doe' -> 'Jane Doe' so that bylines from HTML and text compare equal."""
    if byline is None:
        return None
    return re.sub(r"^by\s+", "", byline, flags=re.I) or None


# --- page fingerprint -----------------------------------------------------------------------

_FP_DROP = re.compile(
    rb"<!--.*?-->"
    rb"|<script\b(?![^>]*(?:ld|settings)\+json)[^>]*>.*?</script\s*>"
    rb"|<(style|noscript|template)\b[^>]*>.*?</\1\s*>",
    re.I | re.S,
)
# Attributes that change from fetch to fetch (cache-busting URLs, nonces, tracking ids) and
# that trafilatura does not read. Everything else, class and id included, stays in the hash:
# trafilatura decides what is boilerplate from them.
_FP_VOLATILE_ATTR = re.compile(
    rb" (?=[hsnicldfwtvapo])"  # first-letter check: most spaces are not before such a name
    rb"(?:href|src|srcset|sizes|nonce|integrity|crossorigin|loading|decoding|fetchpriority"
    rb"|width|height|tabindex|value|action|poster|on[a-z]+"
    rb"|data-(?!component|testid|lp-)[\w:.-]*)"
    rb"""=(?:"[^"]*"|'[^']*')"""
    rb"(?=[^<]*>)"  # inside a tag: visible text that looks like an attribute stays
)  # case-sensitive and run after whitespace collapse: several times faster

_FP_KEEPS_NEWLINES = re.compile(rb"<(?:pre|code|textarea)\b", re.I)


def page_fingerprint(body: bytes) -> str:
    """A cheap SHA-256 of what the extractor can see in a page; equal => same extraction.

    Drops comments, script (except JSON-LD), style, noscript and template contents, and the
    volatile attributes trafilatura never reads; keeps tags, the other attributes (class, id,
    meta content, time datetime) and all text, with whitespace runs collapsed (line breaks
    kept where a <pre> or <code> could make them matter). Entities are
    left as written: a respelled entity only costs one extra extraction.
    """
    data = _FP_DROP.sub(b"", body)
    if _FP_KEEPS_NEWLINES.search(data):
        # trafilatura keeps line breaks inside <pre>/<code>: a reflow there can split a block
        data = b"\n".join(b" ".join(line.split()) for line in data.split(b"\n"))
    else:
        data = b" ".join(data.split())
    data = _FP_VOLATILE_ATTR.sub(b"", data)
    return hashlib.sha256(data).hexdigest()
