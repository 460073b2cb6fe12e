"""Article bodies split across several containers, which the main extractor may cut short.

Some sites (WIRED and other magazine templates) cut one story into several body containers with
advertising between them; trafilatura then keeps one container and drops the rest of the story.
The page's own `<article>` element still holds every paragraph. So, after trafilatura, the
paragraphs of the `<article>` element with the most paragraph text are read; they replace the
extractor's text only when they are a clear superset of it: at least `MORE_WORDS` times the
words, and holding nearly all of the extractor's own paragraphs. Paragraphs inside figures,
captions, asides, navigation, headers, footers and forms are page furniture, not the story.

Pure functions of the page: no network, disk or database.
"""

from __future__ import annotations

from collections.abc import Sequence

import lxml.etree
import lxml.html

from monitor.text import normalize_line

MORE_WORDS = 1.5  # the <article> paragraphs must hold this many times the extractor's words
KEPT_SHARE = 0.8  # ... and this share of the extractor's own longer paragraphs
_LONG = 8  # words of a paragraph that counts in that share (short lines may be dropped)
_FURNITURE = frozenset(["figure", "figcaption", "aside", "nav", "header", "footer", "form"])


def article_paragraphs(html: str) -> list[str]:
    """Normalized `<p>` texts of the page's `<article>` element with the most paragraph words
    (furniture skipped); empty when the page has no `<article>` or cannot be parsed."""
    if "<article" not in html:
        return []
    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return []
    best: list[str] = []
    best_words = 0
    for article in tree.iter("article"):
        paragraphs = [
            text
            for p in article.iter("p")
            if not _in_furniture(p, article) and (text := normalize_line(p.text_content()))
        ]
        words = sum(len(p.split()) for p in paragraphs)
        if words > best_words:
            best, best_words = paragraphs, words
    return best


def _in_furniture(element: lxml.html.HtmlElement, stop: lxml.html.HtmlElement) -> bool:
    """True when an ancestor of `element` below `stop` is page furniture."""
    for ancestor in element.iterancestors():
        if ancestor is stop:
            return False
        if ancestor.tag in _FURNITURE:
            return True
    return False


def fuller_body(extracted: Sequence[str], candidates: Sequence[str]) -> bool:
    """True when `candidates` (the `<article>` paragraphs) are the whole of a story that
    `extracted` (the extractor's paragraphs) holds only part of."""
    words = sum(len(p.split()) for p in extracted)
    if sum(len(p.split()) for p in candidates) < MORE_WORDS * max(words, 1):
        return False
    own = [p for p in extracted if len(p.split()) >= _LONG]
    if not own:
        return False
    present = set(candidates)
    return sum(p in present for p in own) >= KEPT_SHARE * len(own)
