"""What the held-out corpus generators (bench/make_heldout3.py, make_heldout4.py) share: the
expected-change label helpers, the case model, and the writer of case folders.

Each edit is a (find, replace) pair on the rendered old or new document; `find` must occur
exactly once in plain text (in HTML every copy of the sentence on the page is replaced, as a
CMS would do), so a typo in a case table fails loudly instead of producing a silent non-edit.
"""

from __future__ import annotations

import gzip
import json
import re
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CORPUS = Path("/work/shared/corpus/aeb")

Edit = tuple[str, str]
Transform = Callable[[str], str]


# --- expected-change helpers ------------------------------------------------------------------


def q(
    kind: str, speaker: str, old: str | None, new: str | None, old_speaker: str | None = None
) -> dict[str, Any]:
    """A quote change (words without quote marks)."""
    change: dict[str, Any] = {"kind": kind, "speaker": speaker, "old": old, "new": new}
    if old_speaker is not None:
        change["old_speaker"] = old_speaker
    return change


def f(kind: str, old: tuple[float, str] | None, new: tuple[float, str] | None) -> dict[str, Any]:
    """A figure change; old/new are (value, unit) or None."""

    def obj(side: tuple[float, str] | None) -> dict[str, Any] | None:
        if side is None:
            return None
        value, unit = side
        return {"value": int(value) if float(value).is_integer() else value, "unit": unit}

    return {"kind": kind, "old": obj(old), "new": obj(new)}


def fc(old: tuple[float, str], new: tuple[float, str]) -> dict[str, Any]:
    """figure_changed."""
    return f("figure_changed", old, new)


def headline(old: str, new: str) -> dict[str, Any]:
    """headline_changed."""
    return {"kind": "headline_changed", "old": old, "new": new}


def byline(old: str, new: str) -> dict[str, Any]:
    """byline_changed."""
    return {"kind": "byline_changed", "old": old, "new": new}


def correction(text: str) -> dict[str, Any]:
    """correction_added."""
    return {"kind": "correction_added", "new": text}


MARKER_ADDED = {"kind": "developing_marker_added"}
MARKER_REMOVED = {"kind": "developing_marker_removed"}


# --- case model -------------------------------------------------------------------------------


@dataclass
class Case:
    """One revision pair: a base document, the edits giving old and new, the expected changes."""

    slug: str
    description: str
    expected: list[dict[str, Any]]
    source: str | None = None  # aeb key prefix; None for synthetic
    paras: Sequence[int] | None = None  # paragraph indices of the aeb body to keep (None: all)
    header: dict[str, str] = field(default_factory=dict)
    old_header: dict[str, str] | None = None  # header overrides for the old side
    new_header: dict[str, str] | None = None  # header overrides for the new side
    old: list[Edit] = field(default_factory=list)
    new: list[Edit] = field(default_factory=list)
    new_transform: Transform | None = None
    text: str | None = None  # synthetic body (paragraphs separated by blank lines)
    html: bool = False


def aeb() -> dict[str, Any]:
    """The extraction benchmark's ground truth: url and articleBody per page key."""
    data: dict[str, Any] = json.loads((CORPUS / "ground-truth.json").read_text(encoding="utf-8"))
    return data


def full_key(prefix: str, gt: dict[str, Any]) -> str:
    """The one benchmark key starting with `prefix`."""
    keys = [k for k in gt if k.startswith(prefix)]
    if len(keys) != 1:
        raise SystemExit(f"key prefix {prefix!r} matches {len(keys)} pages")
    return keys[0]


def render(header: dict[str, str], paragraphs: Sequence[str]) -> str:
    """The plain-text case format: header lines, a blank line, paragraphs."""
    head = "".join(f"{k}: {v}\n" for k, v in header.items())
    body = "\n\n".join(p.strip() for p in paragraphs)
    return (head + "\n" if head else "") + body + "\n"


def apply_text(text: str, edits: Sequence[Edit], where: str) -> str:
    """Apply (find, replace) edits, each `find` occurring exactly once."""
    for find, repl in edits:
        if find == "<<END>>":
            text = text.rstrip("\n") + "\n\n" + repl + "\n"
            continue
        n = text.count(find)
        if n != 1:
            raise SystemExit(f"{where}: {find[:60]!r} occurs {n} times")
        text = text.replace(find, repl)
    return text


def apply_html(page: str, edits: Sequence[Edit], where: str) -> str:
    """Apply edits to a page: every copy of `find` (at least one) is replaced."""
    for find, repl in edits:
        if find not in page:
            raise SystemExit(f"{where}: {find[:60]!r} not in page")
        page = page.replace(find, repl)
    return page


def build(case: Case, name: str, out: Path, gt: dict[str, Any]) -> Path:
    """Write one case folder, `out`/`name`, and return it."""
    folder = out / name
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    if case.source is None:
        assert case.text is not None
        source = "synthetic"
        paragraphs = case.text.strip().split("\n\n")
    else:
        key = full_key(case.source, gt)
        source = f"aeb:{key}"
        paragraphs = gt[key]["articleBody"].split("\n\n")
        if case.paras is not None:
            paragraphs = [paragraphs[i] for i in case.paras]
    if case.html:
        assert case.source is not None
        with gzip.open(CORPUS / "html" / f"{full_key(case.source, gt)}.html.gz") as fh:
            page = fh.read().decode("utf-8")
        old_doc = apply_html(page, case.old, f"{name} old")
        new_doc = apply_html(page, case.new, f"{name} new")
        suffix = "html"
    else:
        old_doc = render({**case.header, **(case.old_header or {})}, paragraphs)
        new_doc = render({**case.header, **(case.new_header or {})}, paragraphs)
        old_doc = apply_text(old_doc, case.old, f"{name} old")
        new_doc = apply_text(new_doc, case.new, f"{name} new")
        if case.new_transform is not None:
            new_doc = case.new_transform(new_doc)
        suffix = "txt"
    if old_doc == new_doc:
        raise SystemExit(f"{name}: old and new are identical")
    (folder / f"old.{suffix}").write_text(old_doc, encoding="utf-8")
    (folder / f"new.{suffix}").write_text(new_doc, encoding="utf-8")
    spec = {"description": case.description, "source": source, "changes": case.expected}
    (folder / "expected.json").write_text(
        json.dumps(spec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return folder


def fv(kind: str, old: float | None, new: float | None) -> dict[str, Any]:
    """A figure change identified by value only (the noun counted is left implicit)."""

    def obj(value: float | None) -> dict[str, Any] | None:
        if value is None:
            return None
        return {"value": int(value) if float(value).is_integer() else value}

    return {"kind": kind, "old": obj(old), "new": obj(new)}


def curly_quotes(text: str) -> str:
    """Straight double quotes and apostrophes to curly ones (a CMS "smart quotes" pass)."""
    text = re.sub(r'"([^"\n]*)"', lambda m: f"“{m.group(1)}”", text)
    return re.sub(r"(\w)'(\w)", r"\1’\2", text)


def straight_quotes(text: str) -> str:
    """Curly quotes and apostrophes to straight ones (a CMS re-save)."""
    return text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")


def regenerate(cases: Sequence[Case], out: Path, prefix: str) -> int:
    """Rewrite every `prefix`-NNN-slug case folder under `out`; print a one-line summary."""
    gt = aeb()
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(f"{prefix}-*"):
        shutil.rmtree(old)
    for number, case in enumerate(cases, start=1):
        build(case, f"{prefix}-{number:03d}-{case.slug}", out, gt)
    negatives = sum(1 for c in cases if not c.expected)
    print(f"{len(cases)} cases ({negatives} negatives, {sum(c.html for c in cases)} HTML) in {out}")
    return 0
