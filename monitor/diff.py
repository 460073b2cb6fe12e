"""Word-level diff of two texts, and its renderings (terminal, plain, HTML, JSON).

diff-match-patch diffs characters; to diff words, each distinct word (a whitespace-separated
token, punctuation attached, so "1,500" stays whole) is mapped to one private-use character,
the character strings are diffed, and the runs are mapped back: the classic "lines to chars"
trick applied to words. Paragraph breaks are tokens of their own so that renderings keep them.

The C++ build (fast_diff_match_patch) is used when importable, else the pure-Python
diff_match_patch. Both give up at a time limit and then answer "everything replaced"; such an
answer is detected and reported as `rewritten` rather than trusted.
"""

from __future__ import annotations

import html
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from monitor.model import TextStats

DELETE, EQUAL, INSERT = -1, 0, 1
DEFAULT_TIMELIMIT = 2.0  # seconds; a 2,000-word article takes about a millisecond

# A run of operations, each (op, length in tokens).
_Counts = list[tuple[int, int]]
_Differ = Callable[[str, str, float], _Counts]

_BREAK = "\n"  # a token that is a line or paragraph break starts with "\n"
# Below this many shared words a "total replacement" answer is believable.
_MIN_SHARED_FOR_DOUBT = 8
_TRUSTED_EQUAL_SHARE = 0.5  # equal words at least this share of the shared multiset


@dataclass(frozen=True)
class WordDiff:
    """A word diff: runs of (op, text), op -1 removed, 0 equal, 1 added.

    `rewritten` is True when the diff could not be trusted (the differ timed out or found
    almost nothing in common although many words are shared): treat it as a rewrite.
    """

    ops: list[tuple[int, str]]
    rewritten: bool = False


def word_diff(old: str, new: str, *, timelimit: float = DEFAULT_TIMELIMIT) -> WordDiff:
    """Diff two texts word by word (semantic cleanup applied)."""
    old_tokens, new_tokens = _tokens(old), _tokens(new)
    try:
        old_chars, new_chars = _encode(old_tokens, new_tokens)
    except _TooManyWords:
        return WordDiff(_replacement(old_tokens, new_tokens), rewritten=True)
    started = time.perf_counter()
    counts = _differ()(old_chars, new_chars, timelimit)
    timed_out = timelimit > 0 and time.perf_counter() - started >= timelimit * 0.9
    ops = list(_runs(counts, old_tokens, new_tokens))
    if timed_out or _untrustworthy(ops, old_tokens, new_tokens):
        return WordDiff(_replacement(old_tokens, new_tokens), rewritten=True)
    return WordDiff(ops)


def diff_stats(old: str, new: str, *, timelimit: float = DEFAULT_TIMELIMIT) -> TextStats:
    """Added, removed and unchanged word counts between two texts."""
    return stats_of(word_diff(old, new, timelimit=timelimit))


def stats_of(d: WordDiff) -> TextStats:
    """The word counts of a computed diff."""
    counts = {DELETE: 0, EQUAL: 0, INSERT: 0}
    for op, text in d.ops:
        counts[op] += len(text.split())
    return TextStats(
        added_words=counts[INSERT],
        removed_words=counts[DELETE],
        unchanged_words=counts[EQUAL],
        rewritten=d.rewritten,
    )


# --- tokens and the word <-> char mapping ---------------------------------------------------


def _tokens(text: str) -> list[str]:
    """Words, and breaks ("\n" or "\n\n") where the text has line or paragraph breaks."""
    tokens: list[str] = []
    newlines = 0  # since the last line with words
    for k, line in enumerate(text.split("\n")):
        newlines += k > 0
        words = line.split()
        if words:
            if tokens and newlines:
                tokens.append("\n\n" if newlines > 1 else "\n")
            tokens += words
            newlines = 0
    return tokens


def _private_chars() -> Iterator[str]:
    """Private-use code points: 6,400 in the BMP, then 131,000 more in planes 15 and 16."""
    for start, stop in ((0xE000, 0xF900), (0xF0000, 0xFFFFE), (0x100000, 0x10FFFE)):
        for cp in range(start, stop):
            yield chr(cp)


_BMP_PRIVATE = "".join(map(chr, range(0xE000, 0xF900)))  # enough for any article
_CAPACITY = (0xF900 - 0xE000) + (0xFFFFE - 0xF0000) + (0x10FFFE - 0x100000)


class _TooManyWords(Exception):
    """More distinct words than private-use characters (a book, not an article)."""


def _encode(old: Sequence[str], new: Sequence[str]) -> tuple[str, str]:
    """Map each distinct token to one private-use character; return both texts encoded."""
    distinct = dict.fromkeys([*old, *new])
    if len(distinct) > _CAPACITY:
        raise _TooManyWords
    chars = _BMP_PRIVATE if len(distinct) <= len(_BMP_PRIVATE) else _private_chars()
    table = dict(zip(distinct, chars, strict=False))
    return "".join(map(table.__getitem__, old)), "".join(map(table.__getitem__, new))


def _runs(counts: _Counts, old: Sequence[str], new: Sequence[str]) -> Iterator[tuple[int, str]]:
    """Turn (op, token count) runs back into (op, text) runs."""
    i = j = 0
    for op, n in counts:
        if op == INSERT:
            yield op, _join(new[j : j + n])
            j += n
        else:
            yield op, _join(old[i : i + n])
            i += n
            if op == EQUAL:
                j += n


def _join(tokens: Sequence[str]) -> str:
    """Tokens back to text: words separated by a space, breaks as themselves."""
    # words hold no whitespace, so every space next to a break came from this join
    return " ".join(tokens).replace(" \n", "\n").replace("\n ", "\n")


# --- the differs ----------------------------------------------------------------------------

_OPS = {"-": DELETE, "=": EQUAL, "+": INSERT}


def _fast_differ(a: str, b: str, timelimit: float) -> _Counts:
    import fast_diff_match_patch as fdmp

    result: list[tuple[str, int]] = fdmp.diff(
        a, b, timelimit=timelimit, checklines=False, cleanup="Semantic", counts_only=True
    )
    return [(_OPS[op], n) for op, n in result]


def _python_differ(a: str, b: str, timelimit: float) -> _Counts:
    import diff_match_patch as pydmp

    dmp = pydmp.diff_match_patch()
    dmp.Diff_Timeout = timelimit
    diffs: list[tuple[int, str]] = dmp.diff_main(a, b, False)
    dmp.diff_cleanupSemantic(diffs)
    return [(op, len(text)) for op, text in diffs]


def _differ() -> _Differ:
    """The C++ differ when it is installed, else the pure-Python one."""
    try:
        import fast_diff_match_patch  # noqa: F401
    except ImportError:  # pragma: no cover - both are dependencies; the C++ one may not build
        return _python_differ
    return _fast_differ


# --- trust ----------------------------------------------------------------------------------


def _untrustworthy(ops: Sequence[tuple[int, str]], old: Sequence[str], new: Sequence[str]) -> bool:
    """True when the diff keeps far fewer words than the two texts plainly share.

    A time-limited differ answers "all removed, all added" (around any common prefix and
    suffix); a genuine diff keeps most of the shared words in an equal run.
    """
    equal = sum(len(text.split()) for op, text in ops if op == EQUAL)
    # The shared multiset is no larger than the shorter text (in tokens, breaks included):
    # when the equal runs already hold half of that, there is no need to count.
    if equal >= _TRUSTED_EQUAL_SHARE * min(len(old), len(new)):
        return False
    shared = sum((Counter(_words(old)) & Counter(_words(new))).values())
    return shared >= _MIN_SHARED_FOR_DOUBT and equal < _TRUSTED_EQUAL_SHARE * shared


def _words(tokens: Sequence[str]) -> list[str]:
    return [t for t in tokens if not t.startswith(_BREAK)]


def _replacement(old: Sequence[str], new: Sequence[str]) -> list[tuple[int, str]]:
    """The honest answer for an untrusted diff: the old text out, the new text in."""
    ops = []
    if old:
        ops.append((DELETE, _join(old)))
    if new:
        ops.append((INSERT, _join(new)))
    return ops


# --- renderers ------------------------------------------------------------------------------


def _glued(d: WordDiff, wrap: Callable[[int, str], str]) -> str:
    """Render each run with `wrap` and join runs with a space (none next to a break)."""
    out: list[str] = []
    prev = ""
    for op, text in d.ops:
        if not text:
            continue
        if prev and not prev.endswith("\n") and not text.startswith("\n"):
            out.append(" ")
        out.append(wrap(op, text))
        prev = text
    return "".join(out)


def render_plain(d: WordDiff) -> str:
    """Plain text for pipes and logs: "[-removed-]{+added+}" (git word-diff style)."""
    marks = {DELETE: ("[-", "-]"), INSERT: ("{+", "+}"), EQUAL: ("", "")}
    return _glued(d, lambda op, text: marks[op][0] + text + marks[op][1])


_ANSI = {DELETE: "\x1b[9;31m", INSERT: "\x1b[32m"}  # red strikethrough, green
_ANSI_RESET = "\x1b[0m"


def render_ansi(d: WordDiff) -> str:
    """Terminal colours: removed words red and struck through, added words green."""

    def wrap(op: int, text: str) -> str:
        if op == EQUAL:
            return text
        # style each line on its own: pagers reset attributes at line ends
        return "\n".join(
            f"{_ANSI[op]}{line}{_ANSI_RESET}" if line else line for line in text.split("\n")
        )

    return _glued(d, wrap)


def render_html(d: WordDiff) -> str:
    """An HTML fragment: removed words in <del>, added in <ins>, escaped, breaks as <br>."""
    tags = {DELETE: "del", INSERT: "ins"}

    def wrap(op: int, text: str) -> str:
        body = html.escape(text).replace("\n", "<br>\n")
        return body if op == EQUAL else f"<{tags[op]}>{body}</{tags[op]}>"

    return _glued(d, wrap)


def diff_to_json(d: WordDiff) -> list[dict[str, Any]]:
    """The runs as JSON-ready dicts: [{"op": "equal"|"insert"|"delete", "text": ...}]."""
    names = {DELETE: "delete", EQUAL: "equal", INSERT: "insert"}
    return [{"op": names[op], "text": text} for op, text in d.ops]
