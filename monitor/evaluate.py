"""Measure change detection against a labelled corpus of article revisions (`monitor eval DIR`).

A corpus is a folder of cases, one folder each: `old.txt` or `old.html`, `new.txt` or
`new.html`, and `expected.json` = {"description", "source", "changes": [...]}. Each expected
change names its kind plus the fields that identify it: "speaker" (and "old_speaker") for
quotes, "old"/"new" quote words, figure objects {"value", "unit"}, or title/byline strings.

A produced change matches an expected one when the kind is the same and every identifying field
the expectation gives agrees: speakers by speaker key, quote words folded-equal, nearly equal
(similarity >= 0.9) or one holding the other (a quote joined around its attribution), figures
by value and a compatible unit. Each change on either side matches at most once; what is left
is a miss (expected, not produced) or an extra (produced, not expected).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from monitor.align import text_similarity, tokens
from monitor.compare import compare, unit_key
from monitor.errors import UsageError
from monitor.extract import extract_document
from monitor.model import CHANGE_KINDS, Article
from monitor.quotes import speaker_key
from monitor.text import byline_key

QUOTE_WORDS_MIN = 0.9  # similarity at which two renderings of a quote are the same words
CONTAINED_WORDS_MIN = 3  # a quote piece must have this many words to match by containment

_UNIT_SYNONYMS = {
    "$": "dollar", "usd": "dollar", "us dollar": "dollar", "dollar": "dollar",
    "%": "percent", "per cent": "percent", "pct": "percent", "percent": "percent",
    "£": "pound", "gbp": "pound", "€": "euro", "eur": "euro",
}  # fmt: skip


@dataclass(frozen=True)
class KindScore:
    """Counts for one change kind (or all of them): expected, produced, true positives."""

    kind: str
    expected: int
    produced: int
    matched: int

    @property
    def precision(self) -> float:
        """Share of produced changes that were expected (1.0 when nothing was produced)."""
        return self.matched / self.produced if self.produced else 1.0

    @property
    def recall(self) -> float:
        """Share of expected changes that were produced (1.0 when nothing was expected)."""
        return self.matched / self.expected if self.expected else 1.0


@dataclass(frozen=True)
class CaseResult:
    """What one case expected and produced, and what did not match."""

    name: str
    description: str
    expected: tuple[dict[str, Any], ...]
    produced: tuple[dict[str, Any], ...]
    missed: tuple[dict[str, Any], ...] = ()
    extra: tuple[dict[str, Any], ...] = ()
    error: str | None = None

    @property
    def passed(self) -> bool:
        """True when every expected change was produced and nothing else was."""
        return self.error is None and not self.missed and not self.extra


@dataclass(frozen=True)
class EvalReport:
    """Per-kind scores over a corpus, the overall score, and each case's result."""

    cases: tuple[CaseResult, ...]
    kinds: tuple[KindScore, ...]
    overall: KindScore
    failing: tuple[CaseResult, ...] = field(default=())


def load_version(folder: Path, side: str) -> Article:
    """Extract `old` or `new` of a case folder, from .html or .txt."""
    for suffix, content_type in ((".html", "text/html"), (".txt", "text/plain")):
        path = folder / f"{side}{suffix}"
        if path.exists():
            return extract_document(path.read_bytes(), content_type=content_type)
    raise FileNotFoundError(f"{folder} has no {side}.txt or {side}.html")


def case_folders(path: Path) -> list[Path]:
    """The case folders of a corpus (those holding an expected.json), sorted by name."""
    return sorted(p.parent for p in path.glob("*/expected.json"))


def evaluate_case(folder: Path) -> CaseResult:
    """Run extraction and comparison on one case and match the result to its expectations."""
    spec = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    expected = tuple(spec.get("changes", []))
    description = str(spec.get("description", ""))
    try:
        comparison = compare(load_version(folder, "old"), load_version(folder, "new"))
    except Exception as exc:  # one broken case must not hide the rest of the report
        return CaseResult(folder.name, description, expected, (), expected, (), repr(exc))
    produced = tuple(c.to_dict() for c in comparison.changes)
    missed, extra = match_changes(expected, produced)
    return CaseResult(folder.name, description, expected, produced, tuple(missed), tuple(extra))


def evaluate_corpus(path: Path) -> EvalReport:
    """Evaluate every case under `path`: per-kind precision and recall, and the failing cases."""
    folders = case_folders(path)
    if not folders:
        raise UsageError(f"no cases (folders with an expected.json) under {path}")
    return report_from([evaluate_case(folder) for folder in folders])


def report_from(results: Sequence[CaseResult]) -> EvalReport:
    """Tally case results into per-kind and overall scores."""
    kinds = []
    for kind in CHANGE_KINDS:
        score = _tally(kind, results)
        if score.expected or score.produced:
            kinds.append(score)
    overall = KindScore(
        "overall",
        sum(k.expected for k in kinds),
        sum(k.produced for k in kinds),
        sum(k.matched for k in kinds),
    )
    failing = tuple(r for r in results if not r.passed)
    return EvalReport(tuple(results), tuple(kinds), overall, failing)


def _tally(kind: str, results: Sequence[CaseResult]) -> KindScore:
    expected = sum(1 for r in results for c in r.expected if c["kind"] == kind)
    produced = sum(1 for r in results for c in r.produced if c["kind"] == kind)
    extra = sum(1 for r in results for c in r.extra if c["kind"] == kind)
    return KindScore(kind, expected, produced, produced - extra)


def match_changes(
    expected: Sequence[dict[str, Any]], produced: Sequence[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Pair expected with produced changes one to one; return (missed, extra)."""
    free = list(range(len(produced)))
    missed = []
    for want in expected:
        hit = next((i for i in free if change_matches(want, produced[i])), None)
        if hit is None:
            missed.append(want)
        else:
            free.remove(hit)
    return missed, [produced[i] for i in free]


def change_matches(want: dict[str, Any], got: dict[str, Any]) -> bool:
    """True when a produced change is the expected one (kind and given identifying fields)."""
    kind = want["kind"]
    if got.get("kind") != kind:
        return False
    for who in ("speaker", "old_speaker"):
        if want.get(who) is not None and not same_speaker(want[who], got.get(who)):
            return False
    for side in ("old", "new"):
        if side not in want:
            continue
        if (want[side] is None) != (got.get(side) is None):
            return False
        if want[side] is not None and not _same_value(kind, want[side], got[side]):
            return False
    return True


def _same_value(kind: str, want: Any, got: Any) -> bool:
    if kind.startswith("figure"):
        return isinstance(got, dict) and same_figure(want, got)
    if kind.startswith("quote") or kind == "correction_added":
        return same_words(str(want), str(got))
    if kind == "byline_changed":  # "By A and B" and "A, B" are one byline
        return byline_key(str(want)) == byline_key(str(got))
    return text_similarity(str(want), str(got)) >= QUOTE_WORDS_MIN


def same_speaker(want: str, got: str | None) -> bool:
    """Speakers agree when their keys agree ("Austin" and "Defense Secretary Lloyd Austin")."""
    if not got:
        return False
    a, b = speaker_key(want), speaker_key(got)
    if a and b:
        return a == b
    wa, wb = tokens(want), tokens(got)
    return bool(wa) and bool(wb) and wa[-1] == wb[-1]


def same_words(want: str, got: str) -> bool:
    """Quote words agree: folded-equal, nearly equal, or one a whole piece of the other."""
    if text_similarity(want, got) >= QUOTE_WORDS_MIN:
        return True
    a, b = " ".join(tokens(want)), " ".join(tokens(got))
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short.split()) >= CONTAINED_WORDS_MIN and f" {short} " in f" {long_} "


def same_figure(want: dict[str, Any], got: dict[str, Any]) -> bool:
    """Figures agree on value (to a relative 1e-6) and, when the expectation gives one, unit;
    a range ("75 to 100 people") is named by either of its ends."""
    value = want.get("value")
    ends = [v for v in (got.get("value"), got.get("high")) if v is not None]
    if value is not None and not any(_close(float(value), float(v)) for v in ends):
        return False
    unit = want.get("unit")
    return unit is None or compatible_units(str(unit), got.get("unit"))


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a))


def compatible_units(want: str, got: str | None) -> bool:
    """Units agree when equal after folding, or one names the other's head noun."""
    if got is None:
        return False
    a, b = _unit_words(want), _unit_words(got)
    if not a or not b:
        return False
    return a == b or a[-1] == b[-1] or set(a) <= set(b) or set(b) <= set(a)


def _unit_words(unit: str) -> list[str]:
    raw = unit.strip().lower()
    if raw in _UNIT_SYNONYMS:
        return [_UNIT_SYNONYMS[raw]]
    folded = unit_key(raw) or ""
    return [_UNIT_SYNONYMS.get(w, w) for w in folded.split()]


def describe(change: dict[str, Any]) -> str:
    """One short line for a change: kind, speaker, old -> new."""
    parts = [change.get("kind", "?")]
    if change.get("speaker"):
        parts.append(f"[{change['speaker']}]")
    old, new = _short(change.get("old")), _short(change.get("new"))
    if old or new:
        parts.append(f"{old or '-'} -> {new or '-'}")
    return " ".join(parts)


def _short(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return f"{value.get('value')} {value.get('unit') or ''}".strip()
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def format_report(report: EvalReport) -> str:
    """A plain-text table of per-kind scores, then the failing cases with misses and extras."""
    lines = [f"{'kind':<28}{'expected':>9}{'produced':>9}{'precision':>11}{'recall':>8}"]
    for score in (*report.kinds, report.overall):
        lines.append(
            f"{score.kind:<28}{score.expected:>9}{score.produced:>9}"
            f"{score.precision:>11.3f}{score.recall:>8.3f}"
        )
    lines.append("")
    lines.append(f"{len(report.cases)} cases, {len(report.failing)} failing")
    for case in report.failing:
        lines.append(f"- {case.name}: {case.description}")
        if case.error:
            lines.append(f"    error: {case.error}")
        lines.extend(f"    missed: {describe(c)}" for c in case.missed)
        lines.extend(f"    extra:  {describe(c)}" for c in case.extra)
    return "\n".join(lines)
