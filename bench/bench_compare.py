"""Benchmark of `monitor.compare` on realistic edited pairs (run: python bench/bench_compare.py).

Two sets of pairs:
- "corpus": every plain-text case of tests/data/revisions (real article text, newsroom edits);
- "2000w": long real articles of the extraction benchmark (about 2,000 words, many quotes and
  figures), each with three edits applied: a figure revised, a quote reworded, a paragraph moved.

For each pair, each stage is timed over many runs: quotes extraction (both sides), figures
extraction (both sides), alignment (quotes, figures, headline/markers), the word diff, and the
whole `compare` call. Prints the median and p95 in milliseconds per stage.

Every timed run starts cold: the paragraph memos (monitor/memo.py) are emptied before it, so
"compare (total)" extracts both sides; within the run the new side reuses what the old side's
unchanged paragraphs gave, as it does in the monitor. "compare (old seen)" is the monitor's
steady state: the old version's paragraphs were read when it was new (one check earlier), so
only the new side's changed paragraphs are read afresh. Token-level caches (is this word a
name?) stay warm, as in a running monitor, and so does regex compilation.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from monitor import figures, memo, quotes  # noqa: E402
from monitor.align import align_quotes  # noqa: E402
from monitor.compare import align_figures, compare, frame_changes  # noqa: E402
from monitor.diff import diff_stats  # noqa: E402
from monitor.evaluate import case_folders, load_version  # noqa: E402
from monitor.extract import extract_text  # noqa: E402
from monitor.model import Article  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "revisions"
AEB = Path("/work/shared/corpus/aeb/ground-truth.json")
Pair = tuple[str, Article, Article]


def corpus_pairs() -> list[Pair]:
    """The plain-text cases of the labelled corpus."""
    return [
        (folder.name, load_version(folder, "old"), load_version(folder, "new"))
        for folder in case_folders(CORPUS)
        if (folder / "old.txt").exists()
    ]


_NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b\d{2,3}\b")
_QUOTE = re.compile(r"“([^”]{40,})”")


def long_pairs(min_words: int = 1800, max_words: int = 2800) -> list[Pair]:
    """Long benchmark articles, each edited three ways (figure, quote, paragraph order)."""
    pages = json.loads(AEB.read_text())
    pairs = []
    for sha, page in sorted(pages.items()):
        body = page["articleBody"]
        if not (min_words <= len(body.split()) <= max_words) or body.count("“") < 4:
            continue
        paras = [p.strip() for p in body.split("\n") if p.strip()]
        new = "\n\n".join([*paras[:3], *paras[4:], paras[3]])  # a paragraph moved to the end
        number = _NUMBER.search(new)
        if number:
            value = int(number.group().replace(",", "")) + 7
            new = new[: number.start()] + f"{value:,}" + new[number.end() :]
        quote = _QUOTE.search(new)
        if quote:
            words = quote.group(1).split()
            edited = " ".join(words[:2] + words[3:])  # one word of the quote dropped
            new = new[: quote.start(1)] + edited + new[quote.end(1) :]
        old_article = extract_text("\n\n".join(paras))
        pairs.append((f"aeb:{sha[:12]}", old_article, extract_text(new)))
    return pairs


def time_ms(
    fn: Callable[[], object], runs: int, before: Callable[[], object] = memo.clear
) -> list[float]:
    """Wall time of `fn` in milliseconds, once per run, each after `before` (not timed)."""
    out = []
    for _ in range(runs):
        before()
        start = time.perf_counter_ns()
        fn()
        out.append((time.perf_counter_ns() - start) / 1e6)
    return out


def _old_seen(old: Article) -> Callable[[], object]:
    """Cold memos, then the old side read (as its own check did, when it was new)."""

    def prepare() -> None:
        memo.clear()
        quotes.extract_quotes(old.paragraphs)
        figures.extract_figures(old.paragraphs)

    return prepare


def stages(
    old: Article, new: Article
) -> dict[str, tuple[Callable[[], object], Callable[[], object]]]:
    """The timed stages of one comparison, each with what runs (untimed) before it."""
    oq, nq = quotes.extract_quotes(old.paragraphs), quotes.extract_quotes(new.paragraphs)
    of, nf = figures.extract_figures(old.paragraphs), figures.extract_figures(new.paragraphs)

    def align() -> object:
        align_quotes(oq, nq, old.paragraphs, new.paragraphs)
        align_figures(of, nf, figures.equivalent)
        return frame_changes(old, new)

    cold = memo.clear
    return {
        "quotes (both sides)": (
            lambda: (quotes.extract_quotes(old.paragraphs), quotes.extract_quotes(new.paragraphs)),
            cold,
        ),
        "figures (both sides)": (
            lambda: (
                figures.extract_figures(old.paragraphs),
                figures.extract_figures(new.paragraphs),
            ),
            cold,
        ),
        "align": (align, cold),
        "diff_stats": (lambda: diff_stats(old.body, new.body), cold),
        "compare (total)": (lambda: compare(old, new), cold),
        "compare (old seen)": (lambda: compare(old, new), _old_seen(old)),
    }


def report(label: str, pairs: list[Pair], runs: int) -> None:
    """Print median / p95 per stage over all runs of all pairs."""
    samples: dict[str, list[float]] = {}
    for _, old, new in pairs:
        for stage, (fn, before) in stages(old, new).items():
            fn()  # warm token caches, regex compilation and imports outside the timing
            samples.setdefault(stage, []).extend(time_ms(fn, runs, before))
    words = statistics.median(max(o.word_count(), n.word_count()) for _, o, n in pairs)
    print(f"\n{label}: {len(pairs)} pairs, median {words:.0f} words, {runs} runs each")
    print(f"  {'stage':<22}{'median ms':>10}{'p95 ms':>9}")
    for stage, values in samples.items():
        values.sort()
        p95 = values[min(len(values) - 1, int(0.95 * len(values)))]
        print(f"  {stage:<22}{statistics.median(values):>10.2f}{p95:>9.2f}")


def main() -> None:
    """Run both benchmark sets."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=20, help="timed runs per pair and stage")
    args = parser.parse_args()
    report("corpus", corpus_pairs(), args.runs)
    report("2000w", long_pairs(), args.runs)


if __name__ == "__main__":
    main()
