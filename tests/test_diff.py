"""Word-level diff: word tokens, paragraph breaks, the untrusted-diff guard, the renderers."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from monitor import diff
from monitor.diff import (
    DELETE,
    EQUAL,
    INSERT,
    WordDiff,
    diff_stats,
    diff_to_json,
    render_ansi,
    render_html,
    render_plain,
    word_diff,
)
from monitor.model import TextStats
from tests.conftest import AEB_CORPUS

ROOT = Path(__file__).resolve().parent.parent
CNN_SEED = ROOT / "seeds" / "cnn-austin-north-korea-troops-russia.txt"
CORPUS_TRUTH = AEB_CORPUS / "ground-truth.json"


def _long_text(words: int) -> str:
    """Real article text, `words` words long, paragraphs kept."""
    if CORPUS_TRUTH.exists():
        bodies = json.loads(CORPUS_TRUTH.read_text())
        text = "\n\n".join(v["articleBody"] for _, v in sorted(bodies.items()))
    else:  # pragma: no cover - the corpus ships with the project checkout
        text = CNN_SEED.read_text() * 50
    tokens = text.split(" ")
    return " ".join(tokens[:words])


def _edit(text: str, edits: int, seed: int) -> str:
    """Replace, insert or delete words at `edits` random places."""
    rng = random.Random(seed)
    tokens = text.split(" ")
    for n in range(edits):
        i = rng.randrange(len(tokens) - 4)
        kind = n % 3
        if kind == 0:
            tokens[i] = f"changed{n}"
        elif kind == 1:
            tokens[i:i] = [f"inserted{n}", "words"]
        else:
            del tokens[i : i + 2]
    return " ".join(tokens)


def test_identical_texts_are_one_equal_run() -> None:
    d = word_diff("a b c", "a  b\tc")
    assert d.ops == [(EQUAL, "a b c")]
    assert not d.rewritten
    assert diff_stats("a b c", "a b c") == TextStats(0, 0, 3, False)


def test_a_figure_is_one_token() -> None:
    d = word_diff("shipped 1,500 soldiers to Russia", "shipped 3,000 soldiers to Russia")
    assert d.ops == [
        (EQUAL, "shipped"),
        (DELETE, "1,500"),
        (INSERT, "3,000"),
        (EQUAL, "soldiers to Russia"),
    ]
    assert render_plain(d) == "shipped [-1,500-] {+3,000+} soldiers to Russia"


def test_punctuation_stays_attached() -> None:
    d = word_diff('Austin said, "yes."', 'Austin said, "no."')
    assert (DELETE, '"yes."') in d.ops and (INSERT, '"no."') in d.ops


def test_paragraph_breaks_survive_the_round_trip() -> None:
    old = "First paragraph here.\n\nSecond one is short.\n\nThird stays."
    new = "First paragraph here.\n\nSecond one is longer now.\n\nThird stays."
    d = word_diff(old, new)
    old_side = "".join(t for op, t in _spaced(d) if op != INSERT)
    new_side = "".join(t for op, t in _spaced(d) if op != DELETE)
    assert old_side == old and new_side == new
    assert render_plain(d).count("\n\n") == 2


def _spaced(d: WordDiff) -> list[tuple[int, str]]:
    """Runs with the joining space of the renderers put back, to rebuild each side."""
    out: list[tuple[int, str]] = []
    prev = {DELETE: "", INSERT: ""}
    for op, text in d.ops:
        sides = (DELETE,) if op == DELETE else (INSERT,) if op == INSERT else (DELETE, INSERT)
        last = prev[sides[0]]
        sep = " " if last and not last.endswith("\n") and not text.startswith("\n") else ""
        out.append((op, sep + text))
        for side in sides:
            prev[side] = text
    return out


def test_stats_count_words_not_characters() -> None:
    stats = diff_stats(
        "Austin said the troops are in Russia.",
        "Austin said thousands of troops are now in Russia.",
    )
    assert stats.added_words == 3  # thousands, of, now
    assert stats.removed_words == 1  # the
    assert stats.unchanged_words == 6
    assert not stats.rewritten


def test_seed_article_with_edits() -> None:
    old = CNN_SEED.read_text()
    new = old.replace("1,500 soldiers", "3,000 soldiers").replace(
        "What, exactly, they’re doing is left to be seen.",
        "What exactly they’re doing remains to be seen.",
    )
    d = word_diff(old, new)
    assert not d.rewritten
    assert (DELETE, "1,500") in d.ops and (INSERT, "3,000") in d.ops
    stats = diff_stats(old, new)
    assert stats.unchanged_words > 400
    assert 0 < stats.removed_words < 10 and 0 < stats.added_words < 10


def test_tiny_time_limit_is_reported_as_rewritten() -> None:
    old = _long_text(6000)
    new = _edit(old, 600, seed=7)
    trusted = word_diff(old, new)
    assert not trusted.rewritten
    assert diff.stats_of(trusted).unchanged_words > 4000

    rushed = word_diff(old, new, timelimit=1e-6)
    assert rushed.rewritten
    assert [op for op, _ in rushed.ops] == [DELETE, INSERT]
    stats = diff.stats_of(rushed)
    assert stats.rewritten and stats.unchanged_words == 0
    assert stats.removed_words == len(old.split()) and stats.added_words == len(new.split())


def test_total_replacement_of_shared_words_is_not_trusted() -> None:
    # the same words in another order: a differ that keeps nothing must not be believed
    old_tokens = [f"w{i}" for i in range(40)]
    ops = [(DELETE, " ".join(old_tokens)), (INSERT, " ".join(reversed(old_tokens)))]
    assert diff._untrustworthy(ops, old_tokens, list(reversed(old_tokens)))
    assert not diff._untrustworthy([(EQUAL, " ".join(old_tokens))], old_tokens, old_tokens)


def test_unrelated_texts_are_a_believable_replacement() -> None:
    d = word_diff("alpha beta gamma", "delta epsilon zeta")
    assert not d.rewritten
    assert d.ops == [(DELETE, "alpha beta gamma"), (INSERT, "delta epsilon zeta")]


def test_empty_sides() -> None:
    assert word_diff("", "") == WordDiff([], False)
    assert word_diff("", "new words") == WordDiff([(INSERT, "new words")], False)
    assert word_diff("old words", "") == WordDiff([(DELETE, "old words")], False)


def test_private_use_characters_in_the_text_do_not_confuse_the_mapping() -> None:
    d = word_diff("a \ue000 b", "a \ue001 b")
    assert d.ops == [(EQUAL, "a"), (DELETE, "\ue000"), (INSERT, "\ue001"), (EQUAL, "b")]


@pytest.mark.parametrize("edits", [3, 30])
def test_python_fallback_agrees_with_the_cpp_differ(edits: int) -> None:
    old_tokens = diff._tokens(_long_text(800))
    new_tokens = diff._tokens(_edit(_long_text(800), edits, seed=edits))
    a, b = diff._encode(old_tokens, new_tokens)
    fast = list(diff._runs(diff._fast_differ(a, b, 5.0), old_tokens, new_tokens))
    slow = list(diff._runs(diff._python_differ(a, b, 5.0), old_tokens, new_tokens))
    assert fast == slow


def test_render_plain_ansi_html_json() -> None:
    d = word_diff("the <b> old & tired text", "the <b> new & tired text")
    assert render_plain(d) == "the <b> [-old-] {+new+} & tired text"
    ansi = render_ansi(d)
    assert "\x1b[9;31mold\x1b[0m" in ansi and "\x1b[32mnew\x1b[0m" in ansi
    assert render_html(d) == "the &lt;b&gt; <del>old</del> <ins>new</ins> &amp; tired text"
    assert diff_to_json(d) == [
        {"op": "equal", "text": "the <b>"},
        {"op": "delete", "text": "old"},
        {"op": "insert", "text": "new"},
        {"op": "equal", "text": "& tired text"},
    ]


def test_renderers_keep_breaks_outside_the_markup() -> None:
    d = word_diff("one two\n\nthree", "one\n\nthree four")
    assert render_plain(d) == "one [-two-]\n\nthree {+four+}"
    assert "<br>" in render_html(d)
    for line in render_ansi(d).split("\n"):
        assert line.count("\x1b[") % 2 == 0  # every styled line is reset on the same line
