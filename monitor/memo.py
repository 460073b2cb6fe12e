"""Bounded memos of pure functions of one paragraph or phrase.

Two versions of an article share most of their paragraphs, and a new version is compared with
the previous one and with the seed: the work done on a paragraph for one side is reused for the
other. Only pure functions of their (hashable, immutable) argument are memoized, and what they
return is never changed by a caller. Each memo is bounded, so a long-running daemon keeps a few
thousand recent paragraphs, not every paragraph it ever saw.

Token-level memos (is this word capitalized like a name?) are plain `functools.lru_cache`s:
their keys are the vocabulary, always warm in a running monitor. The memos here are keyed by
whole paragraphs; `clear` empties them so a benchmark can time a comparison from cold.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_MEMOS: list[Any] = []

# Entries kept per memo: dozens of articles, about 7 MB for all memos when full (measured with
# tracemalloc over the AEB corpus). One check reads three versions: old, new and the seed.
PARAGRAPHS = 2048


def paragraph_memo(fn: F) -> F:
    """Memoize a pure function of one paragraph (or phrase), in a bounded LRU memo."""
    cached = functools.lru_cache(maxsize=PARAGRAPHS)(fn)
    _MEMOS.append(cached)
    return cached  # type: ignore[return-value]  # same call signature as `fn`


def clear() -> None:
    """Empty every paragraph memo (benchmarks time a comparison from cold with it)."""
    for cached in _MEMOS:
        cached.cache_clear()
