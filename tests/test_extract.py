"""Extraction: the seed text files, HTML pages built from them, real corpus pages, markers,
corrections, typography-proof fingerprints, and the cheap page fingerprint."""

from __future__ import annotations

import gzip
import json
import re
import statistics
from collections import Counter
from pathlib import Path

import pytest

from monitor.errors import ExtractionError
from monitor.extract import (
    extract_document,
    extract_html,
    extract_text,
    page_fingerprint,
)
from monitor.markers import take_markers_and_corrections
from tests.conftest import AEB_CORPUS

ROOT = Path(__file__).resolve().parent.parent
ABC_SEED = ROOT / "seeds" / "abc-north-korean-troops-russia-austin.txt"
CNN_SEED = ROOT / "seeds" / "cnn-austin-north-korea-troops-russia.txt"
HTML = Path(__file__).resolve().parent / "data" / "html"
CORPUS = AEB_CORPUS

ABC_MARKER = "This is a developing story. Check back for updates."


def _html(name: str) -> str:
    return (HTML / name).read_text(encoding="utf-8")


# --- plain text -----------------------------------------------------------------------------


def test_abc_seed_is_developing() -> None:
    a = extract_text(ABC_SEED.read_text(encoding="utf-8"))
    assert a.developing
    assert a.markers == (ABC_MARKER,)
    assert ABC_MARKER not in a.paragraphs
    assert len(a.paragraphs) == 14  # one paragraph per line, the marker line taken out
    assert a.paragraphs[0].startswith("Defense Secretary Lloyd Austin confirmed Wednesday")
    assert a.paragraphs[-1] == "ABC News' Chad Murray contributed to this report."
    assert a.title is None and a.published is None and a.dateline is None


def test_cnn_seed_metadata_line_and_dateline() -> None:
    a = extract_text(CNN_SEED.read_text(encoding="utf-8"))
    assert a.published == "2024-10-23"
    assert a.byline == "Natasha Bertrand and Shania Shelton, CNN"  # as written after "By "
    assert a.dateline == "Rome (CNN)"
    assert a.paragraphs[0].startswith("Secretary of Defense Lloyd Austin said North Korea")
    assert not a.developing and a.markers == ()
    assert len(a.paragraphs) == 13
    assert all("date 2024" not in p for p in a.paragraphs)


def test_header_block() -> None:
    text = (
        "Title: Austin confirms troops\nByline: By Jane Doe\nPublished: 2024-10-23T10:00Z\n"
        "Updated: 2024-10-23T12:00Z\n\nFirst paragraph.\n\nSecond paragraph.\n"
    )
    a = extract_text(text)
    assert (a.title, a.byline, a.published, a.updated) == (
        "Austin confirms troops",
        "Jane Doe",
        "2024-10-23T10:00Z",
        "2024-10-23T12:00Z",
    )
    assert a.paragraphs == ("First paragraph.", "Second paragraph.")


def test_header_like_body_line_stays_body() -> None:
    a = extract_text("Update: officials said more.\nThe rest of the paragraph.\n\nNext one.")
    assert a.title is None
    assert a.paragraphs[0] == "Update: officials said more. The rest of the paragraph."


def test_blank_line_paragraphs_join_wrapped_lines() -> None:
    a = extract_text("A wrapped\nparagraph here.\n\nAnother\none.")
    assert a.paragraphs == ("A wrapped paragraph here.", "Another one.")


@pytest.mark.parametrize("text", ["", "   \n\n ", " date 2024-10-23 By Someone\n\n", ABC_MARKER])
def test_text_without_body_raises(text: str) -> None:
    with pytest.raises(ExtractionError):
        extract_text(text)


# --- typography-only variants ---------------------------------------------------------------


def _typography_variant(text: str) -> str:
    """The CNN seed retyped: straight quotes, "--" dashes, nbsp and doubled spaces, and a
    different dateline."""
    text = text.replace("“", '"').replace("”", '"').replace("’", "'")
    text = text.replace(" — ", " -- ").replace(" – ", " - ")
    text = text.replace("Rome (CNN) -- ", "WASHINGTON (CNN) — ")
    text = text.replace("the first senior", "the  first\u00a0senior")
    return text.replace("last week", "last  week ")


def test_typography_variants_have_the_same_fingerprint() -> None:
    seed = CNN_SEED.read_text(encoding="utf-8")
    variant = _typography_variant(seed)
    assert variant != seed and "WASHINGTON (CNN)" in variant and "“" not in variant
    a, b = extract_text(seed), extract_text(variant)
    assert b.dateline == "WASHINGTON (CNN)"
    assert a.paragraphs == b.paragraphs
    assert a.fingerprint() == b.fingerprint()
    # the dateline removed altogether
    c = extract_text(seed.replace("Rome (CNN) — ", ""))
    assert c.dateline is None and c.fingerprint() == a.fingerprint()


def test_number_word_hyphens_do_not_change_the_fingerprint() -> None:
    base = CNN_SEED.read_text(encoding="utf-8") + "\n\nIt took twenty-three days.\n"
    spaced = base.replace("twenty-three", "twenty three")
    assert extract_text(base).fingerprint() == extract_text(spaced).fingerprint()
    changed = base.replace("twenty-three", "twenty-four")
    assert extract_text(base).fingerprint() != extract_text(changed).fingerprint()


# --- HTML built from the seeds --------------------------------------------------------------


@pytest.mark.parametrize("page", ["abc-developing.html", "abc-developing-plain-p.html"])
def test_abc_page_matches_the_text_seed(page: str) -> None:
    seed = extract_text(ABC_SEED.read_text(encoding="utf-8"))
    a = extract_html(_html(page), url="https://abcnews.go.com/Politics/austin")
    assert a.paragraphs == seed.paragraphs  # no nav, ads, captions, related links, footer
    assert a.developing and a.markers == (ABC_MARKER,)
    assert a.title == "Austin confirms North Korean troops are in Russia"
    assert a.byline == "Jane Doe"
    assert a.published == "2024-10-23"
    assert a.updated == "2024-10-23T12:05:00Z"


def test_marker_the_extractor_drops_is_still_found() -> None:
    # "DETAILS TO FOLLOW" sits in a small div after the body; trafilatura leaves it out
    a = extract_html(_html("abc-details-to-follow.html"))
    assert a.developing and a.markers == ("DETAILS TO FOLLOW",)
    assert "DETAILS TO FOLLOW" not in a.body


def test_marker_removed_from_page() -> None:
    developing = extract_html(_html("abc-developing.html"))
    final = extract_html(_html("abc-final.html"))
    assert not final.developing and final.markers == ()
    assert final.paragraphs == developing.paragraphs
    assert final.fingerprint() != developing.fingerprint()


def test_cnn_page_matches_the_text_seed() -> None:
    seed = extract_text(CNN_SEED.read_text(encoding="utf-8"))
    a = extract_html(_html("cnn-dateline.html"))
    assert a.paragraphs == seed.paragraphs
    assert a.dateline == "Rome (CNN)"
    assert a.title == "Austin confirms North Korean troops have gone to Russia"
    assert a.published == "2024-10-23"
    assert a.updated == "2024-10-23T11:30:00Z"  # JSON-LD and meta agree
    assert a.byline is not None and "Natasha Bertrand" in a.byline


def test_marker_outside_the_article_is_ignored() -> None:
    page = _html("abc-final.html").replace(
        "<footer",
        "<div>x</div>" * 10 + '<div class="promo">This is a developing story.</div><footer',
    )
    assert not extract_html(page).developing


def test_extract_document_sniffs() -> None:
    html_bytes = _html("cnn-dateline.html").encode("utf-8")
    assert extract_document(html_bytes).dateline == "Rome (CNN)"
    assert extract_document(html_bytes, content_type="text/html; charset=utf-8").title
    text = CNN_SEED.read_bytes()
    assert extract_document(text).byline == "Natasha Bertrand and Shania Shelton, CNN"
    assert extract_document(text, content_type="text/plain").published == "2024-10-23"
    # an explicit text/plain wins over markup-looking text
    shown = extract_document("<p>Shown as text</p>", content_type="text/plain")
    assert shown.paragraphs == ("<p>Shown as text</p>",)


def test_html_typography_variant_has_the_same_fingerprint() -> None:
    page = _html("cnn-dateline.html")
    variant = _typography_variant(page).replace("’", "&rsquo;")
    assert variant != page
    assert extract_html(variant).fingerprint() == extract_html(page).fingerprint()


def test_bytes_are_decoded_by_declared_charset() -> None:
    page = _html("cnn-dateline.html").replace('charset="utf-8"', 'charset="windows-1252"')
    body = page.encode("cp1252")
    expected = extract_html(_html("cnn-dateline.html"))
    assert extract_document(body).paragraphs == expected.paragraphs  # <meta charset>
    assert extract_document(body, "text/html; charset=windows-1252") == expected


@pytest.mark.parametrize("page", ["", "x", "<html><body></body></html>", "\x00\x01garbage<<<>>>"])
def test_empty_or_garbage_html_raises(page: str) -> None:
    with pytest.raises(ExtractionError):
        extract_html(page)


def test_paywall_page_yields_a_tiny_article() -> None:
    # Documented behaviour: a page with some text but no article gives a tiny Article (not an
    # error); the caller's collapse guard (compare.is_collapsed) decides it is not a version.
    a = extract_html(_html("paywall.html"))
    assert a.word_count() < 60
    assert not a.developing


# --- markers and corrections ----------------------------------------------------------------

MARKER_CASES = [
    # (paragraph, kept or None when removed, markers, corrections)
    (ABC_MARKER, None, [ABC_MARKER], []),
    ("This story is developing.", None, ["This story is developing."], []),
    ("THIS IS A DEVELOPING NEWS STORY", None, ["THIS IS A DEVELOPING NEWS STORY"], []),
    ("This is a breaking news story and will be updated.", None,
     ["This is a breaking news story and will be updated."], []),
    ("This story has been updated.", None, ["This story has been updated."], []),
    ("This story has been updated to include comments from the Pentagon.", None,
     ["This story has been updated to include comments from the Pentagon."], []),
    ("Editor's note: This story has been updated with new details.", None,
     ["Editor's note: This story has been updated with new details."], []),
    ("This story will be updated.", None, ["This story will be updated."], []),
    ("DETAILS TO FOLLOW", None, ["DETAILS TO FOLLOW"], []),
    ("Developing story", None, ["Developing story"], []),
    ("More to come.", None, ["More to come."], []),
    ("*Check back for updates.*", None, ["*Check back for updates.*"], []),
    ("This is a breaking news story. It will be updated.", None,
     ["This is a breaking news story. It will be updated."], []),
    ("Police said two people were hurt. This story will be updated.",
     "Police said two people were hurt.", ["This story will be updated."], []),
    ("BREAKING: Austin said the troops are in Russia.",
     "Austin said the troops are in Russia.", ["BREAKING"], []),
    # not markers
    ('"This is a developing situation," the spokesman said.',
     '"This is a developing situation," the spokesman said.', [], []),
    ("The situation is developing rapidly, officials said.",
     "The situation is developing rapidly, officials said.", [], []),
    ("The software will be updated next year.", "The software will be updated next year.", [], []),
    ("Updates to the law will follow next year, she said.",
     "Updates to the law will follow next year, she said.", [], []),
    # corrections
    ("Correction: An earlier version of this story misstated the number of troops.", None, [],
     ["Correction: An earlier version of this story misstated the number of troops."]),
    ("CORRECTION (Oct. 24): The meeting was in Rome.", None, [],
     ["CORRECTION (Oct. 24): The meeting was in Rome."]),
    ("Clarification: Austin spoke on Wednesday.", None, [],
     ["Clarification: Austin spoke on Wednesday."]),
    ("An earlier version of this article misspelled Peskov's name.", None, [],
     ["An earlier version of this article misspelled Peskov's name."]),
    ("This article has been corrected to show that 1,500 soldiers were shipped.", None, [],
     ["This article has been corrected to show that 1,500 soldiers were shipped."]),
    ("Editor's note: Jane Doe is a former Pentagon official.", None, [],
     ["Editor's note: Jane Doe is a former Pentagon official."]),
    ("Corrections officers said: nobody escaped.", "Corrections officers said: nobody escaped.",
     [], []),
    ("Details later...", None, ["Details later..."], []),
    ("More details shortly.", None, ["More details shortly."], []),
    ("Details later emerged in court.", "Details later emerged in court.", [], []),
]  # fmt: skip


@pytest.mark.parametrize(("paragraph", "kept", "found", "corrections"), MARKER_CASES)
def test_markers_and_corrections(
    paragraph: str, kept: str | None, found: list[str], corrections: list[str]
) -> None:
    taken = take_markers_and_corrections(["Before.", paragraph, "After."])
    middle = [] if kept is None else [kept]
    assert list(taken.paragraphs) == ["Before.", *middle, "After."]
    assert list(taken.markers) == found
    assert list(taken.corrections) == corrections


def test_correction_in_a_page_goes_to_corrections() -> None:
    text = ABC_SEED.read_text(encoding="utf-8") + (
        "\nCorrection: An earlier version of this story misstated where Austin spoke.\n"
    )
    a = extract_text(text)
    assert a.corrections == (
        "Correction: An earlier version of this story misstated where Austin spoke.",
    )
    assert all(not p.startswith("Correction") for p in a.paragraphs)
    assert a.fingerprint() != extract_text(ABC_SEED.read_text(encoding="utf-8")).fingerprint()


# --- real pages -----------------------------------------------------------------------------

_WORD = re.compile(r"\w+")


def _f1(truth: str, found: str) -> float:
    """The corpus's scoring: token 4-gram shingles, precision / recall / F1."""

    def shingles(text: str) -> Counter[tuple[str, ...]]:
        t = _WORD.findall(text)
        return Counter(tuple(t[i : i + 4]) for i in range(max(0, len(t) - 3)))

    a, b = shingles(truth), shingles(found)
    tp = sum((a & b).values())
    if not tp:
        return 0.0
    p, r = tp / sum(b.values()), tp / sum(a.values())
    return 2 * p * r / (p + r)


@pytest.mark.skipif(not CORPUS.exists(), reason="the article corpus is not available")
def test_real_pages_extract_with_good_f1() -> None:
    truth = json.loads((CORPUS / "ground-truth.json").read_text())
    scores = []
    for key in sorted(truth)[:30]:
        page = gzip.decompress((CORPUS / "html" / f"{key}.html.gz").read_bytes())
        try:
            body = extract_document(page, "text/html", url=truth[key]["url"]).body
        except ExtractionError:
            body = ""
        scores.append(_f1(truth[key]["articleBody"], body))
    assert statistics.mean(scores) >= 0.9, scores


# --- page fingerprint -----------------------------------------------------------------------

_PAGE = b"""<!DOCTYPE html><html><head><title>Troops in Russia</title>
<meta property="article:modified_time" content="2024-10-23T12:00:00Z">
<script type="application/ld+json">{"headline": "Troops in Russia"}</script>
<script nonce="abc123">var t = 1729700000;</script><style>.x{color:red}</style></head>
<body><!-- served by node 7 --><nav><a href="/?cb=1">Home</a></nav>
<article class="story"><h1>Troops in Russia</h1>
<p data-track-id="p1">Austin said 1,500 soldiers were shipped.</p>
<p>Peskov said it should not cause concern.</p>
<img src="/lead.jpg?sig=aa" srcset="/a.jpg 1x" width="600" alt="Austin"></article>
<noscript><img src="/pixel?id=9"></noscript></body></html>"""

SAME_FINGERPRINT = [
    (b'nonce="abc123"', b'nonce="zz9"'),
    (b"var t = 1729700000;", b"var t = 1729700999; track();"),
    (b"served by node 7", b"served by node 3"),
    (b"/?cb=1", b"/?cb=2"),
    (b'data-track-id="p1"', b'data-track-id="p2"'),
    (b"sig=aa", b"sig=bb"),
    (b"/pixel?id=9", b"/pixel?id=10"),
    (b".x{color:red}", b".x{color:blue}"),
    (b"Peskov said it", b"Peskov \n  said\tit"),  # whitespace runs, not their presence
]

DIFFERENT_FINGERPRINT = [
    (b"1,500 soldiers", b"3,000 soldiers"),  # visible text
    (b"<title>Troops in Russia</title>", b"<title>Troops in Russia, Austin says</title>"),
    (b'content="2024-10-23T12:00:00Z"', b'content="2024-10-23T13:00:00Z"'),  # meta content
    (b'{"headline": "Troops in Russia"}', b'{"headline": "Troops in Russia!"}'),  # JSON-LD
    (b'<article class="story">', b'<article class="story hidden">'),  # extractor reads classes
    (b"shipped.</p>\n<p>Peskov", b"shipped. Peskov"),  # two paragraphs become one
]


@pytest.mark.parametrize(("old", "new"), SAME_FINGERPRINT)
def test_fingerprint_ignores_volatile_parts(old: bytes, new: bytes) -> None:
    assert old in _PAGE
    changed = _PAGE.replace(old, new)
    assert page_fingerprint(changed) == page_fingerprint(_PAGE)
    assert extract_html(changed.decode()) == extract_html(_PAGE.decode())  # safe to skip


@pytest.mark.parametrize(("old", "new"), DIFFERENT_FINGERPRINT)
def test_fingerprint_sees_what_the_extractor_reads(old: bytes, new: bytes) -> None:
    assert old in _PAGE
    assert page_fingerprint(_PAGE.replace(old, new)) != page_fingerprint(_PAGE)


def test_fingerprint_keeps_line_breaks_in_pre() -> None:
    page = b"<html><body><pre>line one\nline two</pre></body></html>"
    assert page_fingerprint(page) != page_fingerprint(page.replace(b"\n", b" "))


def test_attribute_lookalike_in_visible_text_counts() -> None:
    page = b'<html><body><p>Set src="a.png" in the tag.</p></body></html>'
    assert page_fingerprint(page) != page_fingerprint(page.replace(b"a.png", b"b.png"))
