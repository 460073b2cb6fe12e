# ruff: noqa: E501  (the case tables quote real article text; splitting it would hide the edits)
"""Generate the labelled revision corpus, tests/data/revisions/ (run: python bench/make_corpus.py).

A case takes real article text (a page of the article-extraction benchmark, or a seed),
applies the edits a newsroom makes (written by hand in make_corpus.py) to produce an old and a
new version, and records the changes those edits make, also by hand: the expectations are the
ground truth of the edit, never the output of the code under test.
"""

from __future__ import annotations

import json
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
AEB = Path("/work/shared/corpus/aeb")
SEEDS = ROOT / "seeds"

Op = tuple[str, ...]


# --- expected changes ---------------------------------------------------------------------


def fig_changed(old: float, new: float, unit: str | None) -> dict[str, Any]:
    """A figure revised from `old` to `new` (same thing counted)."""
    return {"kind": "figure_changed", "old": _fig(old, unit), "new": _fig(new, unit)}


def fig_added(value: float, unit: str | None) -> dict[str, Any]:
    """A figure that is new in the new version."""
    return {"kind": "figure_added", "old": None, "new": _fig(value, unit)}


def fig_removed(value: float, unit: str | None) -> dict[str, Any]:
    """A figure that is gone from the new version."""
    return {"kind": "figure_removed", "old": _fig(value, unit), "new": None}


def _fig(value: float, unit: str | None) -> dict[str, Any]:
    plain = int(value) if float(value).is_integer() else value
    return {"value": plain, "unit": unit}


def quote_edited(speaker: str | None, old: str, new: str) -> dict[str, Any]:
    """A quote whose words were edited (reworded, trimmed or extended)."""
    return _quote("quote_edited", speaker, old, new)


def quote_added(speaker: str | None, new: str) -> dict[str, Any]:
    """A quote that is new."""
    return _quote("quote_added", speaker, None, new)


def quote_removed(speaker: str | None, old: str) -> dict[str, Any]:
    """A quote that is gone."""
    return _quote("quote_removed", speaker, old, None)


def quote_reattributed(old_speaker: str, speaker: str, words: str) -> dict[str, Any]:
    """The same words given to another speaker."""
    change = _quote("quote_reattributed", speaker, words, words)
    change["old_speaker"] = old_speaker
    return change


def _quote(kind: str, speaker: str | None, old: str | None, new: str | None) -> dict[str, Any]:
    change: dict[str, Any] = {"kind": kind, "old": old, "new": new}
    if speaker is not None:
        change["speaker"] = speaker
    return change


def headline(old: str, new: str) -> dict[str, Any]:
    """The headline changed."""
    return {"kind": "headline_changed", "old": old, "new": new}


def byline(old: str, new: str) -> dict[str, Any]:
    """The byline changed."""
    return {"kind": "byline_changed", "old": old, "new": new}


def correction(text: str) -> dict[str, Any]:
    """A correction note was added."""
    return {"kind": "correction_added", "new": text}


DEV_ADDED: dict[str, Any] = {"kind": "developing_marker_added"}
DEV_REMOVED: dict[str, Any] = {"kind": "developing_marker_removed"}


# --- edits ------------------------------------------------------------------------------------


def r(old: str, new: str) -> Op:
    """Replace the one occurrence of `old` in the body."""
    return ("r", old, new)


def mv(anchor: str, before: str) -> Op:
    """Move the paragraph holding `anchor` before the one holding `before` ("$": to the end)."""
    return ("mv", anchor, before)


def dl(anchor: str) -> Op:
    """Delete the paragraph holding `anchor`."""
    return ("dl", anchor)


def ins(after: str, text: str) -> Op:
    """Insert a paragraph after the one holding `after` ("^": at the top, "$": at the end)."""
    return ("ins", after, text)


def split(at: str) -> Op:
    """Split the paragraph holding `at` so that a new paragraph starts with `at`."""
    return ("split", at)


def join(anchor: str) -> Op:
    """Join the paragraph holding `anchor` with the next one."""
    return ("join", anchor)


def apply_ops(paragraphs: list[str], ops: list[Op]) -> list[str]:
    """Apply edits in order; every anchor must exist (and `r` targets exactly once)."""
    paras = list(paragraphs)
    for op in ops:
        kind = op[0]
        if kind == "r":
            _, old, new = op
            body = "\n\n".join(paras)
            count = body.count(old)
            if count != 1:
                raise ValueError(f"replace target found {count} times: {old!r}")
            paras = body.replace(old, new).split("\n\n")
            paras = [p for p in paras if p.strip()]
        elif kind == "mv":
            _, anchor, before = op
            para = paras.pop(_find(paras, anchor))
            at = len(paras) if before == "$" else _find(paras, before)
            paras.insert(at, para)
        elif kind == "dl":
            paras.pop(_find(paras, op[1]))
        elif kind == "ins":
            _, after, text = op
            at = 0 if after == "^" else len(paras) if after == "$" else _find(paras, after) + 1
            paras.insert(at, text)
        elif kind == "split":
            i = _find(paras, op[1])
            head, tail = paras[i].split(op[1], 1)
            paras[i : i + 1] = [head.rstrip(), op[1] + tail]
        elif kind == "join":
            i = _find(paras, op[1])
            paras[i : i + 2] = [paras[i] + " " + paras[i + 1]]
        else:
            raise ValueError(f"unknown edit {kind}")
    return paras


def _find(paras: list[str], anchor: str) -> int:
    hits = [i for i, p in enumerate(paras) if anchor in p]
    if len(hits) != 1:
        raise ValueError(f"anchor found in {len(hits)} paragraphs: {anchor!r}")
    return hits[0]


# --- sources ----------------------------------------------------------------------------------

_GROUND_TRUTH: dict[str, Any] = {}


def aeb_paragraphs(prefix: str, drop: tuple[str, ...] = (), upto: str | None = None) -> list[str]:
    """The paragraphs of one benchmark page's articleBody (lines), minus junk lines."""
    if not _GROUND_TRUTH:
        _GROUND_TRUTH.update(json.loads((AEB / "ground-truth.json").read_text()))
    (sha,) = [k for k in _GROUND_TRUTH if k.startswith(prefix)]
    lines = [ln.strip() for ln in _GROUND_TRUTH[sha]["articleBody"].split("\n") if ln.strip()]
    lines = [ln for ln in lines if not any(ln.startswith(d) for d in drop)]
    if upto is not None:
        lines = lines[: _find(lines, upto) + 1]
    return lines


def aeb_sha(prefix: str) -> str:
    """The full page hash for a prefix."""
    if not _GROUND_TRUTH:
        _GROUND_TRUTH.update(json.loads((AEB / "ground-truth.json").read_text()))
    (sha,) = [k for k in _GROUND_TRUTH if k.startswith(prefix)]
    return sha


def seed_paragraphs(name: str) -> list[str]:
    """The paragraphs of a seed article (its metadata first line left out)."""
    path = (
        SEEDS
        / {
            "cnn": "cnn-austin-north-korea-troops-russia.txt",
            "abc": "abc-north-korean-troops-russia-austin.txt",
        }[name]
    )
    lines = [ln.strip() for ln in path.read_text().split("\n") if ln.strip()]
    if lines[0].startswith("date "):
        lines = lines[1:]
    return lines


# --- cases ------------------------------------------------------------------------------------


@dataclass
class Case:
    """One corpus case: a base text, the edits of each version, and the expected changes."""

    name: str
    source: str  # "aeb:<prefix>" | "seed:cnn" | "seed:abc"
    description: str
    new_ops: list[Op] = field(default_factory=list)
    expect: list[dict[str, Any]] = field(default_factory=list)
    old_ops: list[Op] = field(default_factory=list)
    header: dict[str, str] = field(default_factory=dict)
    new_header: dict[str, str] = field(default_factory=dict)  # keys that differ in new
    new_style: str = "plain"  # plain | wrap | lines | messy | straight
    drop: tuple[str, ...] = ()
    upto: str | None = None


def base_paragraphs(case: Case) -> list[str]:
    """The unedited paragraphs of a case's source."""
    kind, _, ref = case.source.partition(":")
    if kind == "seed":
        return seed_paragraphs(ref)
    return aeb_paragraphs(ref, case.drop, case.upto)


def render(header: dict[str, str], paragraphs: list[str], style: str = "plain") -> str:
    """The plain-text file: header block, blank line, paragraphs in the given layout."""
    head = "".join(f"{key}: {value}\n" for key, value in header.items())
    if style == "wrap":
        body = "\n\n".join(textwrap.fill(p, 72) for p in paragraphs)
    elif style == "lines":
        body = "\n".join(paragraphs)
    elif style == "messy":
        body = "\n\n\n".join("  " + re.sub(" ", "  ", p, count=3) + "   " for p in paragraphs)
    elif style == "straight":
        body = "\n\n".join(_straighten(p) for p in paragraphs)
    else:
        body = "\n\n".join(paragraphs)
    return (head + "\n" if head else "") + body + "\n"


def _straighten(text: str) -> str:
    """Typewriter typography: straight quotes, double hyphens for dashes."""
    for a, b in (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'"), (" — ", " -- "), ("—", "--")):
        text = text.replace(a, b)
    return text


def write_case(case: Case, root: Path) -> None:
    """Write old.txt, new.txt and expected.json of one case under root/name."""
    base = base_paragraphs(case)
    old = apply_ops(base, case.old_ops)
    new = apply_ops(old, case.new_ops)
    new_header = {**case.header, **case.new_header}
    new_header = {k: v for k, v in new_header.items() if v}
    folder = root / case.name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "old.txt").write_text(render(case.header, old))
    (folder / "new.txt").write_text(render(new_header, new, case.new_style))
    kind, _, ref = case.source.partition(":")
    source = f"aeb:{aeb_sha(ref)}" if kind == "aeb" else case.source
    expected = {"description": case.description, "source": source, "changes": case.expect}
    (folder / "expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n")


# --- the cases ----------------------------------------------------------------------------------
# Every expectation below is what the edit does, written by hand.
# fmt: off

CNN = "seed:cnn"
ABC = "seed:abc"
CNN_HEAD = {
    "Title": "Austin says North Korean troops are in Russia",
    "Byline": "Natasha Bertrand and Shania Shelton, CNN",
    "Published": "2024-10-23",
}
ABC_HEAD = {"Title": "US has evidence North Korean troops are in Russia, Austin says"}
AUSTIN_OLD = "What, exactly, they’re doing is left to be seen."
AUSTIN_NEW = "What exactly they’re doing remains to be seen."
KIRBY = (
    "“We are consulting closely with our allies and partners about what this means for the "
    "battlefield,” White House national security spokesman John Kirby said."
)
KIRBY_WORDS = (
    "We are consulting closely with our allies and partners about what this means for the "
    "battlefield"
)
COBELL = (
    "If they’re a co-belligerent, their intention is to participate in this war on Russia’s "
    "behalf, that is a very, very serious issue, and it will have impacts not only on in Europe — "
    "It will also impact things in the Indo Pacific as well"
)

SEED_CASES = [
    Case("cnn-soldiers-1500-to-3000", CNN,
         "Seed story: the NIS figure is revised from 1,500 to 3,000 soldiers.",
         [r("shipped 1,500 soldiers", "shipped 3,000 soldiers")],
         [fig_changed(1500, 3000, "soldiers")], header=CNN_HEAD),
    Case("cnn-austin-quote-reworded", CNN,
         "Seed story: Austin's quote is reworded (punctuation and 'is left to be' -> 'remains to be').",
         [r(AUSTIN_OLD, AUSTIN_NEW)],
         [quote_edited("Austin", AUSTIN_OLD, AUSTIN_NEW)], header=CNN_HEAD),
    Case("cnn-kirby-quote-added", CNN,
         "Seed story: a new quote from White House spokesman John Kirby is added.",
         [ins("Asked what North Korea will get in return", KIRBY)],
         [quote_added("Kirby", KIRBY_WORDS)], header=CNN_HEAD),
    Case("cnn-developing-marker-added", CNN,
         "Seed story: the article becomes a developing story.",
         [ins("$", "This is a developing story and will be updated.")],
         [DEV_ADDED], header=CNN_HEAD),
    Case("cnn-headline-changed", CNN, "Seed story: the headline is rewritten.",
         [], [headline(CNN_HEAD["Title"], "North Korea has sent troops to Russia, Pentagon chief confirms")],
         header=CNN_HEAD,
         new_header={"Title": "North Korea has sent troops to Russia, Pentagon chief confirms"}),
    Case("cnn-byline-changed", CNN, "Seed story: a third reporter joins the byline.",
         [], [byline(CNN_HEAD["Byline"], "Natasha Bertrand, Shania Shelton and Oren Liebermann, CNN")],
         header=CNN_HEAD,
         new_header={"Byline": "Natasha Bertrand, Shania Shelton and Oren Liebermann, CNN"}),
    Case("cnn-quote-trimmed-to-partial", CNN,
         "Seed story: Austin's full co-belligerent quote is trimmed to a partial quote.",
         [r("“" + COBELL + ",” Austin said.",
            "If North Korea becomes a co-belligerent, Austin said, “that is a very, very serious "
            "issue, and it will have impacts not only on in Europe.”")],
         [quote_edited("Austin", COBELL,
                       "that is a very, very serious issue, and it will have impacts not only on in Europe")],
         header=CNN_HEAD),
    Case("cnn-quote-removed", CNN, "Seed story: the partial quote about Putin's trouble is cut.",
         [dl("In Rome, Austin said Putin")],
         [quote_removed("Austin", "may be even in more trouble than most people realize.")],
         header=CNN_HEAD),
    Case("cnn-figure-and-quote", CNN,
         "Seed story: the soldiers figure is revised and Austin's quote reworded in one update.",
         [r("shipped 1,500 soldiers", "shipped 3,000 soldiers"), r(AUSTIN_OLD, AUSTIN_NEW)],
         [fig_changed(1500, 3000, "soldiers"), quote_edited("Austin", AUSTIN_OLD, AUSTIN_NEW)],
         header=CNN_HEAD),
    Case("cnn-four-changes", CNN,
         "Seed story: figure revised, quote reworded, Kirby quote added, developing marker added.",
         [r("shipped 1,500 soldiers", "shipped 3,000 soldiers"), r(AUSTIN_OLD, AUSTIN_NEW),
          ins("Asked what North Korea will get in return", KIRBY),
          ins("$", "This is a developing story. Check back for updates.")],
         [fig_changed(1500, 3000, "soldiers"), quote_edited("Austin", AUSTIN_OLD, AUSTIN_NEW),
          quote_added("Kirby", KIRBY_WORDS), DEV_ADDED], header=CNN_HEAD),
    Case("cnn-figure-added", CNN, "Seed story: a Ukrainian intelligence estimate is added.",
         [ins("Meanwhile, South Korea’s spy agency",
              "Ukraine’s military intelligence agency said about 12,000 North Korean troops, "
              "including 500 officers, were being trained in eastern Russia.")],
         [fig_added(12000, "troops"), fig_added(500, "officers")], header=CNN_HEAD),
    Case("cnn-neg-typography", CNN,
         "Negative: curly quotes and apostrophes become straight, em dashes become --.",
         [], [], header=CNN_HEAD, new_style="straight"),
    Case("cnn-neg-dateline-removed", CNN, "Negative: the 'Rome (CNN) —' dateline is dropped.",
         [r("Rome (CNN) — Secretary", "Secretary")], [], header=CNN_HEAD),
    Case("cnn-neg-paragraphs-moved", CNN,
         "Negative: two paragraphs (one with a figure in a quote, one with a quote) are moved.",
         [mv("Ukrainian President Volodymyr Zelensky has repeatedly", "Asked what North Korea"),
          mv("In Rome, Austin said Putin", "$")], [], header=CNN_HEAD),
    Case("cnn-neg-hyphenation-in-quote", CNN,
         "Negative: hyphenation and capitals inside an unchanged quote ('co-belligerent', 'It').",
         [r("If they’re a co-belligerent", "If they’re a cobelligerent"),
          r("Europe — It will", "Europe — it will")], [], header=CNN_HEAD),
    Case("cnn-neg-updated-time", CNN, "Negative: only the Updated time in the header changes.",
         [], [], header={**CNN_HEAD, "Updated": "2024-10-23T10:05:00Z"},
         new_header={"Updated": "2024-10-23T14:47:00Z"}),
    Case("abc-developing-marker-removed", ABC, "Seed story: the developing-story line is removed.",
         [dl("This is a developing story.")], [DEV_REMOVED], header=ABC_HEAD),
    Case("abc-kirby-quote-added", ABC, "Seed story: a new Kirby quote follows Peskov.",
         [ins("\"This should not cause anyone any concern",
              "White House national security spokesman John Kirby said the U.S. would consult "
              "allies, adding, \"If they do deploy against Ukraine, they will be legitimate "
              "military targets.\"")],
         [quote_added("Kirby", "If they do deploy against Ukraine, they will be legitimate military targets.")],
         header=ABC_HEAD),
    Case("abc-peskov-quote-reattributed", ABC,
         "Seed story: Peskov's second quote is re-attributed to Lavrov, same words.",
         [r("cooperation is not directed against third countries,\" Peskov added.",
            "cooperation is not directed against third countries,\" Russian Foreign Minister "
            "Sergey Lavrov said.")],
         [quote_reattributed("Peskov", "Lavrov",
                             "This should not cause anyone any concern, because this cooperation "
                             "is not directed against third countries")], header=ABC_HEAD),
    Case("abc-austin-quote-extended", ABC, "Seed story: Austin's warning is extended by a sentence.",
         [r("impact things in the Indo-Pacific as well,\" Austin warned.",
            "impact things in the Indo-Pacific as well. We are going to keep pulling this thread,\" "
            "Austin warned.")],
         [quote_edited("Austin",
                       "That is a very, very serious issue and it will have impacts not only in "
                       "Europe, it will also impact things in the Indo-Pacific as well",
                       "That is a very, very serious issue and it will have impacts not only in "
                       "Europe, it will also impact things in the Indo-Pacific as well. We are "
                       "going to keep pulling this thread")], header=ABC_HEAD),
    Case("abc-peskov-quote-reworded", ABC, "Seed story: Peskov's first quote is reworded.",
         [r("and that is probably how it should be treated,\"",
            "and it should be treated accordingly,\"")],
         [quote_edited("Peskov",
                       "There is a lot of contradictory information, and that is probably how it should be treated",
                       "There is a lot of contradictory information, and it should be treated accordingly")],
         header=ABC_HEAD),
    Case("abc-figure-added", ABC, "Seed story: a paragraph with an NIS troop estimate is added.",
         [ins("The development may indicate resource strain",
              "South Korea’s spy agency has said about 3,000 North Korean soldiers were sent to "
              "Russia this month.")],
         [fig_added(3000, "soldiers")], header=ABC_HEAD),
    Case("abc-correction-added", ABC, "Seed story: a correction note is appended.",
         [ins("$", "Correction: An earlier version of this story misidentified the U.N. body at "
                   "which the North Korean representative spoke.")],
         [correction("Correction: An earlier version of this story misidentified the U.N. body at "
                     "which the North Korean representative spoke.")], header=ABC_HEAD),
    Case("abc-neg-reflowed", ABC,
         "Negative: one-paragraph-per-line text re-laid out as hard-wrapped, blank-line paragraphs.",
         [], [], header=ABC_HEAD, new_style="wrap"),
    Case("abc-neg-identical", ABC, "Negative: the same text fetched again.", [], [],
         header=ABC_HEAD),
    Case("abc-neg-number-words", ABC,
         "Negative: 'two and a half years' written 'two-and-a-half years'.",
         [r("two and a half years", "two-and-a-half years")], [], header=ABC_HEAD),
    Case("abc-neg-diacritics-punctuation-in-quote", ABC,
         "Negative: a diaeresis and a dropped comma inside unchanged quotes.",
         [r("this cooperation is not directed", "this coöperation is not directed"),
          r("\"That is a very, very serious issue", "\"That is a very very serious issue")],
         [], header=ABC_HEAD),
    Case("abc-neg-narration-reworded", ABC,
         "Negative: only the narration around quotes changes (said/told, warned/said).",
         [r("Austin told journalists while in Rome, Italy.",
            "Austin told reporters on a visit to Rome, Italy."),
          r("Indo-Pacific as well,\" Austin warned.", "Indo-Pacific as well,\" Austin said.")],
         [], header=ABC_HEAD),
]

AJ = "aeb:7916ecca969f"
AJ_HEAD = {"Title": "Two US service members killed in Afghanistan helicopter crash"}
MUJAHID_OLD = ("The Americans wanted to raid a mujahideen base, but their helicopter was shot down "
               "and caught fire. All on board were killed,")
MUJAHID_NEW = ("The Americans wanted to raid a mujahideen base, but their helicopter was shot down. "
               "Everyone on board was killed,")
AP = "aeb:82b6d780c792"
AP_HEAD = {"Title": "Unpredictable Sondland faces questions about Trump, Ukraine",
           "Byline": "Lisa Mascaro, Mary Clare Jalonick and Zeke Miller, Associated Press"}
BBC = "aeb:c7e39ac49fa1"
BBC_HEAD = {"Title": "Sweden drops Julian Assange rape investigation", "Byline": "BBC News"}
HRAFNSSON = ("Let us now focus on the threat Mr Assange has been warning about for years: the "
             "belligerent prosecution of the United States and the threat it poses to the First "
             "Amendment.")
CBS = "aeb:7a664e40d256"
CBS_HEAD = {"Title": "Impeachment hearings: Key moments from Kurt Volker and Tim Morrison's testimony"}
EP = "aeb:c58aa507c4de"
EP_HEAD = {"Title": "Prison guards charged with falsifying records the night Jeffrey Epstein died",
           "Byline": "Kevin Johnson and Kristine Phillips, USA TODAY"}
EP_DROP = ("Internal memo:", "Staffers 'don't care'", "Epstein's inner circle eyed", "Contributing:")
BERMAN_OLD = ("Instead, they repeatedly failed to conduct mandated checks on inmates, and lied on "
              "official forms to hide their dereliction.")
BERMAN_NEW = ("Instead, they repeatedly failed to conduct mandated checks on inmates and lied on "
              "official forms to hide their failures.")

AEB_CASES_1 = [
    Case("aj-troops-figure-changed", AJ, "US troop figure revised 13,000 -> 14,000.",
         [r("Roughly 13,000 US troops", "Roughly 14,000 US troops")],
         [fig_changed(13000, 14000, "troops")], header=AJ_HEAD),
    Case("aj-civilians-figure-changed", AJ, "Civilian toll revised 2,500 -> 2,560 (qualifier kept).",
         [r("More than 2,500 Afghan civilians", "More than 2,560 Afghan civilians")],
         [fig_changed(2500, 2560, "civilians")], header=AJ_HEAD),
    Case("aj-mujahid-quote-edited", AJ, "The Taliban spokesman's quote is reworded.",
         [r(MUJAHID_OLD, MUJAHID_NEW)],
         [quote_edited("Mujahid", MUJAHID_OLD, MUJAHID_NEW)], header=AJ_HEAD),
    Case("aj-statement-quote-removed", AJ, "The quoted military statement is cut.",
         [dl("The cause of the crash is under investigation")],
         [quote_removed(None, "The cause of the crash is under investigation, however preliminary "
                              "reports do not indicate it was caused by enemy fire,")],
         header=AJ_HEAD),
    Case("aj-mujahid-quote-added", AJ, "A second Mujahid quote is added.",
         [ins("The Americans wanted to raid a mujahideen base",
              "“We will continue to target the invaders wherever they are,” Mujahid added.")],
         [quote_added("Mujahid", "We will continue to target the invaders wherever they are,")],
         header=AJ_HEAD),
    Case("aj-headline-changed", AJ, "The headline is rewritten around the Taliban claim.",
         [], [headline(AJ_HEAD["Title"], "Taliban claim they shot down US helicopter in Afghanistan")],
         header=AJ_HEAD,
         new_header={"Title": "Taliban claim they shot down US helicopter in Afghanistan"}),
    Case("aj-developing-marker-added", AJ, "A developing-story line is added at the end.",
         [ins("$", "This is a developing story. More to follow.")], [DEV_ADDED], header=AJ_HEAD),
    Case("aj-combo-figure-quote-headline", AJ, "Troop figure, Mujahid quote and headline change.",
         [r("Roughly 13,000 US troops", "Roughly 14,000 US troops"), r(MUJAHID_OLD, MUJAHID_NEW)],
         [fig_changed(13000, 14000, "troops"), quote_edited("Mujahid", MUJAHID_OLD, MUJAHID_NEW),
          headline(AJ_HEAD["Title"], "US troops killed as Taliban claim helicopter downing")],
         header=AJ_HEAD,
         new_header={"Title": "US troops killed as Taliban claim helicopter downing"}),
    Case("aj-neg-paragraphs-moved", AJ, "Negative: two paragraphs (one with figures) are moved.",
         [mv("It was not possible to independently verify", "The Afghan government has ruled out"),
          mv("Roughly 13,000 US troops", "$")], [], header=AJ_HEAD),
    Case("aj-neg-narration-around-figure", AJ,
         "Negative: words around an unchanged figure are reworded.",
         [r("Roughly 13,000 US troops remain in Afghanistan, 18 years after Washington invaded the "
            "country in the wake of the September 11, 2001 attacks.",
            "Roughly 13,000 US troops remain stationed in Afghanistan, 18 years after Washington "
            "invaded the country following the September 11, 2001 attacks.")], [], header=AJ_HEAD),
    Case("ap-volker-quote-reattributed", AP, "A Volker quote is re-attributed to Vindman.",
         [r("the meeting concluded,” Volker said.", "the meeting concluded,” Vindman said.")],
         [quote_reattributed("Volker", "Vindman",
                             "I think all of us thought it was inappropriate; the conversation did "
                             "not continue and the meeting concluded,")], header=AP_HEAD),
    Case("ap-witness-count-changed", AP, "Witness count revised nine -> eight (number words).",
         [r("with nine witnesses testifying", "with eight witnesses testifying")],
         [fig_changed(9, 8, "witnesses")], header=AP_HEAD),
    Case("ap-morrison-quote-added", AP, "A new Morrison quote is added.",
         [ins("Former National Security Council official Timothy Morrison",
              "“I was not concerned that anything illegal was discussed,” Morrison testified.")],
         [quote_added("Morrison", "I was not concerned that anything illegal was discussed,")],
         header=AP_HEAD),
    Case("ap-correction-added", AP, "A correction is added at the end.",
         [ins("$", "Correction: An earlier version of this story misstated the title of David "
                   "Holmes. He is a political counselor at the U.S. Embassy in Kyiv.")],
         [correction("Correction: An earlier version of this story misstated the title of David "
                     "Holmes. He is a political counselor at the U.S. Embassy in Kyiv.")],
         header=AP_HEAD, drop=("___",)),
    Case("ap-neg-dateline-and-updated", AP,
         "Negative: the 'WASHINGTON (AP) —' dateline appears and the Updated time changes.",
         [r("Ambassador Gordon Sondland, the most", "WASHINGTON (AP) — Ambassador Gordon Sondland, the most")],
         [], old_ops=[r("WASHINGTON (AP) — Ambassador", "Ambassador")],
         header={**AP_HEAD, "Updated": "November 20, 2019 6:02 AM"},
         new_header={"Updated": "November 20, 2019 9:41 AM"}, drop=("___",)),
    Case("ap-byline-changed", AP, "A reporter is added to the byline.",
         [], [byline(AP_HEAD["Byline"],
                     "Lisa Mascaro, Mary Clare Jalonick, Zeke Miller and Eric Tucker, Associated Press")],
         header=AP_HEAD,
         new_header={"Byline": "Lisa Mascaro, Mary Clare Jalonick, Zeke Miller and Eric Tucker, Associated Press"},
         drop=("___",)),
    Case("bbc-charges-figure-changed", BBC, "Charge count revised 18 -> 17.",
         [r("Assange faces 18 criminal charges", "Assange faces 17 criminal charges")],
         [fig_changed(18, 17, "charges")], header=BBC_HEAD),
    Case("bbc-witnesses-figure-changed", BBC, "Witness count revised seven -> nine.",
         [r("interviews with seven witnesses", "interviews with nine witnesses")],
         [fig_changed(7, 9, "witnesses")], header=BBC_HEAD),
    Case("bbc-hrafnsson-quote-edited", BBC, "Hrafnsson's quote loses 'belligerent'.",
         [r("the belligerent prosecution of the United States", "the prosecution by the United States")],
         [quote_edited("Hrafnsson", HRAFNSSON,
                       HRAFNSSON.replace("the belligerent prosecution of", "the prosecution by"))],
         header=BBC_HEAD),
    Case("bbc-hrafnsson-quote-reattributed", BBC, "The Wikileaks quote is given to Robinson.",
         [r("Wikileaks editor-in-chief Kristinn Hrafnsson said:",
            "Wikileaks lawyer Jennifer Robinson said:")],
         [quote_reattributed("Hrafnsson", "Robinson", HRAFNSSON)], header=BBC_HEAD),
    Case("bbc-prison-term-changed", BBC, "Maximum term revised 'up to five years' -> 'up to 10 years'.",
         [r("a prison term of up to five years", "a prison term of up to 10 years")],
         [fig_changed(5, 10, "years")], header=BBC_HEAD),
    Case("bbc-combo-headline-figure", BBC, "Headline rewritten and charge count revised.",
         [r("Assange faces 18 criminal charges", "Assange faces 17 criminal charges")],
         [headline(BBC_HEAD["Title"], "Julian Assange: Sweden drops rape investigation"),
          fig_changed(18, 17, "charges")], header=BBC_HEAD,
         new_header={"Title": "Julian Assange: Sweden drops rape investigation"}),
    Case("bbc-combo-reattributed-figure-byline", BBC,
         "Re-attribution, a revised figure and a new byline in one update.",
         [r("Wikileaks editor-in-chief Kristinn Hrafnsson said:", "Wikileaks lawyer Jennifer Robinson said:"),
          r("interviews with seven witnesses", "interviews with nine witnesses")],
         [quote_reattributed("Hrafnsson", "Robinson", HRAFNSSON), fig_changed(7, 9, "witnesses"),
          byline("BBC News", "Paul Kirby, BBC News")], header=BBC_HEAD,
         new_header={"Byline": "Paul Kirby, BBC News"}),
    Case("bbc-neg-section-moved", BBC,
         "Negative: the reaction section (heading, narration, quote) moves up.",
         [mv("What has the reaction been?", "What was the Swedish investigation about?"),
          mv("There was no immediate comment from Assange", "What was the Swedish investigation about?"),
          mv("Wikileaks editor-in-chief Kristinn Hrafnsson", "What was the Swedish investigation about?")],
         [], header=BBC_HEAD),
    Case("cbs-volker-quote-edited", CBS, "Volker's quote gains 'former'.",
         [r("\"I think the allegations against Vice President Biden",
            "\"I think the allegations against former Vice President Biden")],
         [quote_edited("Volker",
                       "I think the allegations against Vice President Biden are self-serving and not credible,",
                       "I think the allegations against former Vice President Biden are self-serving and not credible,")],
         header=CBS_HEAD),
    Case("cbs-morrison-quote-removed", CBS, "The paragraph with Morrison's quote is cut.",
         [dl("If he had concerns about the content of the call")],
         [quote_removed("Morrison", "If he had concerns about the content of the call, that's "
                                    "something I would've expected to be notified about,")],
         header=CBS_HEAD),
    Case("cbs-volker-short-quote-extended", CBS, "A two-word answer is extended.",
         [r("\"That's correct,\" Volker said.", "\"That's correct. We have not,\" Volker said.")],
         [quote_edited("Volker", "That's correct,", "That's correct. We have not,")],
         header=CBS_HEAD),
    Case("cbs-schiff-quote-added", CBS, "A closing Schiff quote is added.",
         [ins("$", "\"We are not done with this,\" Schiff said after the hearing.")],
         [quote_added("Schiff", "We are not done with this,")], header=CBS_HEAD),
    Case("cbs-neg-narration-around-quotes", CBS,
         "Negative: 'and added,' becomes 'and told lawmakers,' before an unchanged quote.",
         [r("and added, \"I frankly cringe", "and told lawmakers, \"I frankly cringe"),
          r("Volker said in his opening statement.", "Volker said in opening remarks.")],
         [], header=CBS_HEAD),
    Case("ep-vacancies-figure-changed", EP, "Systemwide vacancies revised 3,000 -> 4,000.",
         [r("fill 3,000 vacancies", "fill 4,000 vacancies")],
         [fig_changed(3000, 4000, "vacancies")], header=EP_HEAD, drop=EP_DROP),
    Case("ep-bond-money-changed", EP, "Bond revised $100,000 -> $250,000.",
         [r("$100,000 bond", "$250,000 bond")],
         [fig_changed(100000, 250000, "dollars")], header=EP_HEAD, drop=EP_DROP),
    Case("ep-supporters-figure-removed", EP, "The supporter count is dropped from a sentence.",
         [r("Roughly 14 supporters and friends of Noel", "Supporters and friends of Noel")],
         [fig_removed(14, "supporters")], header=EP_HEAD, drop=EP_DROP),
    Case("ep-staff-vacancies-changed", EP, "Local vacancies revised 'more than 30' -> 'more than 40'.",
         [r("more than 30 staff vacancies", "more than 40 staff vacancies")],
         [fig_changed(30, 40, "vacancies")], header=EP_HEAD, drop=EP_DROP),
    Case("ep-berman-quote-edited", EP, "The second half of Berman's quote is edited.",
         [r(BERMAN_OLD, BERMAN_NEW)], [quote_edited("Berman", BERMAN_OLD, BERMAN_NEW)],
         header=EP_HEAD, drop=EP_DROP),
    Case("ep-thomas-quote-reattributed", EP, "'We messed up' is re-attributed from Thomas to Noel.",
         [r("Thomas allegedly told a supervisor.", "Noel allegedly told a supervisor.")],
         [quote_reattributed("Thomas", "Noel", "We messed up; I messed up,"),
          quote_reattributed("Thomas", "Noel", "We didn't do any rounds.")],
         header=EP_HEAD, drop=EP_DROP),
    Case("ep-sawyer-quote-added", EP, "A new Hawk Sawyer quote is added.",
         [ins("After the hearing, Hawk Sawyer issued a statement",
              "“We will hold every employee accountable,” Hawk Sawyer said.")],
         [quote_added("Hawk Sawyer", "We will hold every employee accountable,")],
         header=EP_HEAD, drop=EP_DROP),
    Case("ep-figure-and-quote-one-sentence", EP,
         "One sentence: the children count is revised and the partial quote extended.",
         [r("single father of three children, and a guilty plea would “ruin his life.”",
            "single father of four children, and a guilty plea would “ruin his life and his career.”")],
         [fig_changed(3, 4, "children"),
          quote_edited("Figgins", "ruin his life.", "ruin his life and his career.")],
         header=EP_HEAD, drop=EP_DROP),
    Case("ep-byline-changed", EP, "A reporter leaves the byline.",
         [], [byline(EP_HEAD["Byline"], "Kevin Johnson, USA TODAY")], header=EP_HEAD,
         new_header={"Byline": "Kevin Johnson, USA TODAY"}, drop=EP_DROP),
    Case("ep-combo-figure-quote-correction", EP,
         "Vacancies figure, Berman quote and a correction in one update.",
         [r("fill 3,000 vacancies", "fill 4,000 vacancies"), r(BERMAN_OLD, BERMAN_NEW),
          ins("$", "Correction: A previous version of this story misspelled the name of Tova Noel's attorney.")],
         [fig_changed(3000, 4000, "vacancies"), quote_edited("Berman", BERMAN_OLD, BERMAN_NEW),
          correction("Correction: A previous version of this story misspelled the name of Tova Noel's attorney.")],
         header=EP_HEAD, drop=EP_DROP),
    Case("ep-neg-quote-paragraph-moved", EP, "Negative: a quote paragraph is moved up.",
         [mv("\"We messed up; I messed up,\"", "Investigators focused on how Epstein")],
         [], header=EP_HEAD, drop=EP_DROP),
    Case("ep-neg-value-reformatted", EP, "Negative: '3,000 vacancies' written '3000 vacancies'.",
         [r("fill 3,000 vacancies", "fill 3000 vacancies")], [], header=EP_HEAD, drop=EP_DROP),
    Case("ep-neg-straight-quotes", EP, "Negative: every curly quote and apostrophe becomes straight.",
         [], [], header=EP_HEAD, drop=EP_DROP, new_style="straight"),
    Case("ep-neg-updated-only", EP, "Negative: only the Updated header line changes.",
         [], [], header={**EP_HEAD, "Updated": "2019-11-19T14:10:00-05:00"}, drop=EP_DROP,
         new_header={"Updated": "2019-11-19T19:52:00-05:00"}),
]

CNN2 = "aeb:ef4e67b66d63"
CNN2_HEAD = {"Title": "Why you shouldn't believe the White House on Trump's health",
             "Byline": "Chris Cillizza, CNN Editor-at-large"}
TEA = "aeb:7de5241947a5"
TEA_HEAD = {"Title": "Thousands of teachers pack Indiana Statehouse to protest pay"}
COOPER_OLD = "They start in the classroom but then they leave because they aren’t paid enough."
COOPER_NEW = "They start in the classroom, but then they leave for jobs that pay more."
NYP = "aeb:a1fca19b884e"
NYP_HEAD = {"Title": "Taliban free American and Australian hostages in prisoner swap"}
HILL = "aeb:6ebac05f637e"
HILL_HEAD = {"Title": "New York man pleads guilty to threatening to kill Ilhan Omar"}
HILL_UPTO = "The answer to hate is not more hate"
PLAGUE = "aeb:ea25dd7edff4"
PLAGUE_HEAD = {"Title": "Three cases of plague diagnosed in China"}

AEB_CASES_2 = [
    Case("cnn2-weight-figure-changed", CNN2, "Weight revised 243 -> 245 pounds.",
         [r("he clocked in at 243 pounds", "he clocked in at 245 pounds")],
         [fig_changed(243, 245, "pounds")], header=CNN2_HEAD),
    Case("cnn2-false-claims-changed", CNN2, "Fact Checker count revised 13,000 -> 13,400.",
         [r("more than 13,000 false or misleading claims", "more than 13,400 false or misleading claims")],
         [fig_changed(13000, 13400, "claims")], header=CNN2_HEAD),
    Case("cnn2-gidley-quote-edited", CNN2, "One word of Gidley's quote changes.",
         [r("he has not followed it religiously", "he has not followed it closely")],
         [quote_edited("Gidley",
                       "The President received a diet and exercise plan last year after his annual "
                       "physical, but the President admits he has not followed it religiously,",
                       "The President received a diet and exercise plan last year after his annual "
                       "physical, but the President admits he has not followed it closely,")],
         header=CNN2_HEAD),
    Case("cnn2-bornstein-quote-removed", CNN2, "Bornstein's letter quote paragraph is cut.",
         [dl("His physical strength and stamina are extraordinary")],
         [quote_removed("Bornstein", "His physical strength and stamina are extraordinary,"),
          quote_removed("Bornstein", "If elected, Mr. Trump, I can state unequivocally, will be "
                                     "the healthiest individual ever elected to the presidency.")],
         header=CNN2_HEAD),
    Case("cnn2-neg-dashes", CNN2, "Negative: '--' written as em dashes throughout.",
         [r("dishonesty and obfuscation -- up to and including the President's health -- that",
            "dishonesty and obfuscation — up to and including the President's health — that"),
          r("So, there's reason -- lots of it! -- to wonder.", "So, there's reason — lots of it! — to wonder."),
          r("This -- right here -- is why", "This — right here — is why")], [], header=CNN2_HEAD),
    Case("cnn2-neg-whitespace", CNN2, "Negative: doubled spaces, trailing spaces, extra blank lines.",
         [], [], header=CNN2_HEAD, new_style="messy"),
    Case("tea-registered-figure-changed", TEA, "Registrations revised 15,000 -> 16,000.",
         [r("more than 15,000 people registered", "more than 16,000 people registered")],
         [fig_changed(15000, 16000, "people")], header=TEA_HEAD),
    Case("tea-entered-figure-changed", TEA,
         "Statehouse count revised 5,000 -> 7,000 (another 'people' figure in the paragraph).",
         [r("at least 5,000 people entered", "at least 7,000 people entered")],
         [fig_changed(5000, 7000, "people")], header=TEA_HEAD),
    Case("tea-two-people-figures-changed", TEA, "Both 'people' figures of one paragraph revised.",
         [r("more than 15,000 people registered", "more than 16,000 people registered"),
          r("at least 5,000 people entered", "at least 7,000 people entered")],
         [fig_changed(15000, 16000, "people"), fig_changed(5000, 7000, "people")], header=TEA_HEAD),
    Case("tea-districts-figure-changed", TEA, "District count revised 'Nearly 300' -> 'Nearly 350'.",
         [r("Nearly 300 school districts", "Nearly 350 school districts")],
         [fig_changed(300, 350, "districts")], header=TEA_HEAD),
    Case("tea-percent-changed", TEA, "Funding estimate revised 9% -> 10%.",
         [r("a 9% funding increase", "a 10% funding increase")],
         [fig_changed(9, 10, "percent")], header=TEA_HEAD),
    Case("tea-money-changed", TEA, "Cash reserves revised $2 billion -> $2.2 billion.",
         [r("$2 billion in cash reserves", "$2.2 billion in cash reserves")],
         [fig_changed(2_000_000_000, 2_200_000_000, "dollars")], header=TEA_HEAD),
    Case("tea-cooper-quote-edited", TEA, "Cooper's second sentence is reworded.",
         [r(COOPER_OLD, COOPER_NEW)], [quote_edited("Cooper", COOPER_OLD, COOPER_NEW)],
         header=TEA_HEAD),
    Case("tea-bosma-quote-removed", TEA, "Bosma's quote paragraph is cut.",
         [dl("“We get that you’re frustrated,” Bosma said.")],
         [quote_removed("Bosma", "We get that you’re frustrated,"),
          quote_removed("Bosma", "We get that you are concerned about issues.")],
         header=TEA_HEAD),
    Case("tea-mccormick-quote-added", TEA, "A new McCormick quote is added.",
         [ins("“What a shame that it takes today", "“We are not going away,” McCormick said.")],
         [quote_added("McCormick", "We are not going away,")], header=TEA_HEAD),
    Case("tea-schlabach-quote-reattributed", TEA, "Schlabach's quote is given to Gambill.",
         [r("“They think they know better about education than us,” Schlabach said.",
            "“They think they know better about education than us,” Gambill said.")],
         [quote_reattributed("Schlabach", "Gambill",
                             "They think they know better about education than us,"),
          quote_reattributed("Schlabach", "Gambill",
                             "They don’t trust us to make important decisions about students whose "
                             "names we know when we’re in the classroom.")],
         old_ops=[r("education than us,” he said.", "education than us,” Schlabach said.")],
         header=TEA_HEAD),
    Case("tea-combo-quote-figure-marker", TEA,
         "McCormick quote added, districts figure revised, developing marker removed.",
         [ins("“What a shame that it takes today", "“We are not going away,” McCormick said."),
          r("Nearly 300 school districts", "Nearly 350 school districts"),
          dl("This story will be updated.")],
         [quote_added("McCormick", "We are not going away,"), fig_changed(300, 350, "districts"),
          DEV_REMOVED],
         old_ops=[ins("$", "This story will be updated.")], header=TEA_HEAD),
    Case("tea-neg-percent-spelled", TEA, "Negative: '2.5%' written '2.5 percent', '9%' as '9 percent'.",
         [r("by 2.5% each", "by 2.5 percent each"), r("a 9% funding", "a 9 percent funding")],
         [], header=TEA_HEAD),
    Case("tea-neg-million-abbreviated", TEA, "Negative: '$5.9 million' written '$5.9m'.",
         [r("nearly $5.9 million toward", "nearly $5.9m toward")], [], header=TEA_HEAD),
    Case("tea-neg-sentence-moved", TEA,
         "Negative: a sentence with a figure moves to the end of its paragraph.",
         [r("The unions said more than 15,000 people registered for the rally. Indiana State Police "
            "reported at least 5,000 people entered the Statehouse through public entrances, but the "
            "agency didn’t estimate how many total were on the grounds.",
            "Indiana State Police reported at least 5,000 people entered the Statehouse through "
            "public entrances, but the agency didn’t estimate how many total were on the grounds. "
            "The unions said more than 15,000 people registered for the rally.")], [],
         header=TEA_HEAD),
    Case("tea-neg-narration-and-case", TEA,
         "Negative: 'Cooper said' -> 'Cooper told the crowd' and a chant's capitals change.",
         [r("in the classroom,” Cooper said.", "in the classroom,” Cooper told the crowd."),
          r("Teachers chanted, “Fund our schools,”", "Teachers chanted, “fund our schools,”")],
         [], header=TEA_HEAD),
    Case("tea-neg-whitespace-lines", TEA, "Negative: blank-line paragraphs become one per line.",
         [], [], header=TEA_HEAD, new_style="lines"),
    Case("nyp-grisham-quote-edited", NYP, "Grisham's first sentence gains 'and speedy'.",
         [r("“We pray for the full recovery of both men,”", "“We pray for the full and speedy recovery of both men,”")],
         [quote_edited("Grisham", "We pray for the full recovery of both men,",
                       "We pray for the full and speedy recovery of both men,")], header=NYP_HEAD),
    Case("nyp-morrison-quote-reattributed", NYP, "The Australian reaction is given to Payne.",
         [r("Australian Prime Minister Scott Morrison said in a statement,",
            "Australian Foreign Minister Marise Payne said in a statement,")],
         [quote_reattributed("Morrison", "Payne", "We are profoundly pleased and relieved")],
         header=NYP_HEAD),
    Case("nyp-developing-marker-removed", NYP, "The developing line is dropped.",
         [dl("This story is developing and will be updated.")], [DEV_REMOVED],
         old_ops=[ins("$", "This story is developing and will be updated.")], header=NYP_HEAD),
    Case("nyp-ghani-quote-added", NYP, "A new Ghani quote is added.",
         [ins("When Afghan President Ashraf Ghani first announced",
              "“This was a difficult decision, but it was in the interest of our people,” Ghani said.")],
         [quote_added("Ghani", "This was a difficult decision, but it was in the interest of our people,")],
         header=NYP_HEAD),
    Case("nyp-neg-paragraph-split", NYP,
         "Negative: a paragraph is split before its quote; another is joined to the next.",
         [split("“We pray for the full recovery"), join("The men were flown out of the region")],
         [], header=NYP_HEAD),
    Case("hill-fine-changed", HILL, "Possible fine revised $250,000 -> $300,000.",
         [r("have to pay $250,000", "have to pay $300,000")],
         [fig_changed(250000, 300000, "dollars")], header=HILL_HEAD, upto=HILL_UPTO),
    Case("hill-prison-years-changed", HILL, "Maximum term revised 10 -> 15 years.",
         [r("up to 10 years in prison", "up to 15 years in prison")],
         [fig_changed(10, 15, "years")], header=HILL_HEAD, upto=HILL_UPTO),
    Case("hill-age-changed", HILL, "Defendant's age corrected 55 -> 56.",
         [r("Carlineo Jr., 55,", "Carlineo Jr., 56,")],
         [fig_changed(55, 56, None)], header=HILL_HEAD, upto=HILL_UPTO),
    Case("hill-omar-quote-extended", HILL, "Omar's last sentence is extended.",
         [r("it is compassion.\"", "it is compassion and love.\"")],
         [quote_edited("Omar", "The answer to hate is not more hate; it is compassion.",
                       "The answer to hate is not more hate; it is compassion and love.")],
         header=HILL_HEAD, upto=HILL_UPTO),
    Case("hill-zoghlin-quote-removed", HILL, "The defence attorney's quote paragraph is cut.",
         [dl("“Pat Carlineo is passionate")],
         [quote_removed("Zoghlin", "Pat Carlineo is passionate about his political beliefs and his "
                                   "right to express them,"),
          quote_removed("Zoghlin", "He has taken responsibility for using threatening and "
                                   "inappropriate language to express those beliefs in this "
                                   "instance.")], header=HILL_HEAD, upto=HILL_UPTO),
    Case("plague-contacts-changed", PLAGUE, "Quarantined contacts revised 28 -> 35.",
         [r("reports that 28 people who came", "reports that 35 people who came")],
         [fig_changed(28, 35, "people")], header=PLAGUE_HEAD),
    Case("plague-distance-changed", PLAGUE, "Distance revised 185 -> 190 miles.",
         [r("around 185 miles northwest", "around 190 miles northwest")],
         [fig_changed(185, 190, "miles")], header=PLAGUE_HEAD),
    Case("plague-deaths-changed", PLAGUE, "WHO death count revised 584 -> 585 (cases unchanged).",
         [r("with 584 deaths", "with 585 deaths")],
         [fig_changed(584, 585, "deaths")], header=PLAGUE_HEAD),
    Case("plague-headline-and-count", PLAGUE, "A fourth case: headline and lede count change.",
         [r("Three cases of plague have been diagnosed", "Four cases of plague have been diagnosed")],
         [headline("Three cases of plague diagnosed in China", "Four cases of plague diagnosed in China"),
          fig_changed(3, 4, "cases")], header=PLAGUE_HEAD,
         new_header={"Title": "Four cases of plague diagnosed in China"}),
    Case("plague-weibo-quote-edited", PLAGUE, "The Weibo quote gains 'from us'.",
         [r("“Don't hide things like this,”", "“Don't hide things like this from us,”")],
         [quote_edited(None, "Don't hide things like this,", "Don't hide things like this from us,")],
         header=PLAGUE_HEAD),
    Case("plague-neg-value-reformatted", PLAGUE, "Negative: '3,248 cases' written '3248 cases'.",
         [r("there were 3,248 cases", "there were 3248 cases")], [], header=PLAGUE_HEAD),
    Case("plague-neg-ellipsis-and-dash", PLAGUE,
         "Negative: spaced/unspaced em dashes and an ellipsis character restyled.",
         [r("Yersinia pestis —the other", "Yersinia pestis — the other"),
          r("symptoms of plague—like", "symptoms of plague -- like")], [], header=PLAGUE_HEAD),
]

NYT = "aeb:702d1da63b8e"
NYT_HEAD = {"Title": "Trump’s Trade War Theatrics Leave Businesses Guessing",
            "Byline": "By Ana Swanson and Keith Bradsher"}
WILLIAMS_OLD = ("It’s striking that in almost every corner of the world geopolitical tensions are "
                "threatening to put the brakes on growth,")
WILLIAMS_NEW = ("It’s striking that in almost every corner of the world geopolitical tensions are "
                "threatening to slow growth,")
CAR = "aeb:9ebb3af65694"
CAR_HEAD = {"Title": "New car sales plunge 10 percent in October"}
FLU = "aeb:abd9d6291b6b"
FLU_HEAD = {"Title": "Doctors offer to give free flu shots to detained migrants, warn of epidemic"}
TORY = "aeb:e7994d550087"
TORY_HEAD = {"Title": "UK Tories under fire for Twitter name switch during debate"}
TORY_DROP = ("___",)
RAAB_OLD = "We make no apology for having an instant rebuttal to all the nonsense and lies put out,"
RAAB_NEW = "We make no apology for having an instant rebuttal to all the nonsense put out,"
MOY = "It was an attempt to mislead voters,"
MOY_2 = "And I think it is inappropriate and misleading for a serious political party to behave that way."

AEB_CASES_3 = [
    Case("nyt-williams-quote-edited", NYT, "Williams's quote is reworded.",
         [r(WILLIAMS_OLD, WILLIAMS_NEW)], [quote_edited("Williams", WILLIAMS_OLD, WILLIAMS_NEW)],
         header=NYT_HEAD),
    Case("nyt-tariff-goods-changed", NYT, "Goods under the planned tariff revised $160bn -> $156bn.",
         [r("another $160 billion of goods", "another $156 billion of goods")],
         [fig_changed(160e9, 156e9, "dollars")], header=NYT_HEAD),
    Case("nyt-exports-changed", NYT, "Export ceiling revised $30bn -> $35bn a year.",
         [r("much more than $30 billion a year", "much more than $35 billion a year")],
         [fig_changed(30e9, 35e9, "dollars")], header=NYT_HEAD),
    Case("nyt-levy-quote-reattributed", NYT, "The Flexport quote is given to Mary Lovely.",
         [r("said Phil Levy, the chief economist at Flexport, which coordinates international "
            "shipments for companies.", "said Mary Lovely, a trade economist at Syracuse University.")],
         [quote_reattributed("Levy", "Lovely",
                             "It makes for better theater to hold this to the last minute,"),
          quote_reattributed("Levy", "Lovely",
                             "It really doesn’t fit well with the world of global supply chains. "
                             "And we’re talking to a lot of businesses who are having difficulty "
                             "with that.")],
         header=NYT_HEAD),
    Case("nyt-neg-percent-sign", NYT, "Negative: 'a 15 percent tariff' written 'a 15% tariff'.",
         [r("whether a 15 percent tariff that", "whether a 15% tariff that")], [], header=NYT_HEAD),
    Case("nyt-neg-long-moves", NYT, "Negative: a narration and a quote paragraph move far.",
         [mv("Mr. Trump’s theatrical embrace is not limited to China.", "Mr. Trump continues to insist"),
          mv("“It makes for better theater", "In a letter to the president in May")], [],
         header=NYT_HEAD),
    Case("nyt-prasad-quote-trimmed", NYT, "Prasad's long quote is trimmed to its first half.",
         [r("“By hyping up expectations and setting unrealistic goals for the trade talks, Trump "
            "makes the prospects for any sort of trade deal with China more uncertain and volatile,” "
            "he said.", "“By hyping up expectations and setting unrealistic goals for the trade "
            "talks,” he said, Mr. Trump hurts his own cause.")],
         [quote_edited("Prasad",
                       "By hyping up expectations and setting unrealistic goals for the trade talks, "
                       "Trump makes the prospects for any sort of trade deal with China more "
                       "uncertain and volatile,",
                       "By hyping up expectations and setting unrealistic goals for the trade talks,")],
         header=NYT_HEAD),
    Case("car-units-changed", CAR, "Units sold corrected 30,154 -> 30,514.",
         [r("sold 30,154 new cars", "sold 30,514 new cars")],
         [fig_changed(30154, 30514, "cars")], header=CAR_HEAD),
    Case("car-price-changed", CAR, "Average price corrected $39,014 -> $39,104.",
         [r("October was $39,014, up from", "October was $39,104, up from")],
         [fig_changed(39014, 39104, "dollars")], header=CAR_HEAD),
    Case("car-fleet-percent-changed", CAR, "Fleet share revised 14.6 -> 14.8 percent.",
         [r("representing 14.6 percent of all", "representing 14.8 percent of all")],
         [fig_changed(14.6, 14.8, "percent")], header=CAR_HEAD),
    Case("car-forecast-figure-added", CAR, "A second forecast (16.8 million) is added.",
         [r("Edmunds expects 16.6 million vehicles will be sold this year.",
            "Edmunds expects 16.6 million vehicles will be sold this year. Cox Automotive forecasts "
            "sales of 16.8 million vehicles.")],
         [fig_added(16.8e6, "vehicles")], header=CAR_HEAD),
    Case("car-mcdowell-quote-edited", CAR, "McDowell's quote is reworded.",
         [r("“People are a little more cautious in regards to purchasing vehicles,”",
            "“People are a little more cautious about buying vehicles,”")],
         [quote_edited("McDowell", "People are a little more cautious in regards to purchasing vehicles,",
                       "People are a little more cautious about buying vehicles,")], header=CAR_HEAD),
    Case("car-headline-changed", CAR, "The headline names Houston.",
         [], [headline(CAR_HEAD["Title"], "Houston new car sales plunge 10% in October")],
         header=CAR_HEAD, new_header={"Title": "Houston new car sales plunge 10% in October"}),
    Case("car-neg-million-abbreviated", CAR, "Negative: '17.3 million' written '17.3m'.",
         [r("nearly 17.3 million new vehicles", "nearly 17.3m new vehicles")], [], header=CAR_HEAD),
    Case("car-neg-figure-paragraph-moved", CAR,
         "Negative: the figure-heavy national paragraph moves to the top.",
         [mv("Nationally, dealers sold nearly 17.3 million", "Local auto dealers sold 30,154")], [],
         header=CAR_HEAD),
    Case("car-figure-removed", CAR, "The sedan percentage is cut from a sentence.",
         [r("Truck and SUV sales are down 2.6 percent, while sedan sales are down 12.3 percent.",
            "Truck and SUV sales are down 2.6 percent.")],
         [fig_removed(12.3, "percent")], header=CAR_HEAD),
    Case("flu-doses-changed", FLU, "Vaccine doses revised 100 -> 120.",
         [r("provide 100 doses", "provide 120 doses")],
         [fig_changed(100, 120, "doses")], header=FLU_HEAD),
    Case("flu-children-changed", FLU, "Children estimate revised 200,000 -> 250,000.",
         [r("an estimated 200,000 children", "an estimated 250,000 children")],
         [fig_changed(200000, 250000, "children")], header=FLU_HEAD),
    Case("flu-cell-count-changed", FLU, "Males in the cell revised 155 -> 150 (capacity 35 kept).",
         [r("held 155 adult males", "held 150 adult males")],
         [fig_changed(155, 150, "males")], header=FLU_HEAD),
    Case("flu-arroyo-quote-edited", FLU, "'begin' becomes 'start' in Arroyo's quote.",
         [r("\"This is how epidemics begin,\"", "\"This is how epidemics start,\"")],
         [quote_edited("Arroyo", "This is how epidemics begin,", "This is how epidemics start,")],
         header=FLU_HEAD),
    Case("flu-spokesperson-quote-removed", FLU, "The CBP spokesperson's quote is cut.",
         [dl("\"As a law enforcement agency")],
         [quote_removed(None, "As a law enforcement agency and due to the short term nature of CBP "
                              "holding and other logistical challenges, operating a vaccine program "
                              "is not feasible,")], header=FLU_HEAD),
    Case("flu-physicians-quote-added", FLU, "A new quote from the letter is added.",
         [ins("“We implore you to allow our volunteer physicians",
              "“Every day of delay puts more lives at risk,” the physicians wrote.")],
         [quote_added(None, "Every day of delay puts more lives at risk,")], header=FLU_HEAD),
    Case("flu-developing-marker-added", FLU, "A developing line is added.",
         [ins("$", "This is a developing story.")], [DEV_ADDED], header=FLU_HEAD),
    Case("flu-neg-footer-and-subhead", FLU,
         "Negative: a promo footer and a subheading are dropped (narration only).",
         [dl("Follow NBC Latino on Facebook"), dl("Overcrowded conditions worsen risk")], [],
         header=FLU_HEAD),
    Case("flu-neg-number-word-hyphen", FLU,
         "Negative: 'twenty-three physicians' written 'twenty three physicians'.",
         [r("signed by twenty-three physicians", "signed by twenty three physicians")], [],
         old_ops=[r("signed by seven physicians", "signed by twenty-three physicians")],
         header=FLU_HEAD),
    Case("flu-neg-paragraphs-joined", FLU, "Negative: two quote paragraphs are joined into one.",
         [join("\"This is how epidemics begin,\"")], [], header=FLU_HEAD),
    Case("tory-raab-quote-edited", TORY, "'and lies' is cut from Raab's quote.",
         [r(RAAB_OLD, RAAB_NEW)], [quote_edited("Raab", RAAB_OLD, RAAB_NEW)],
         header=TORY_HEAD, drop=TORY_DROP),
    Case("tory-moy-quote-reattributed", TORY, "Full Fact's quote is given to Babakar.",
         [r("Will Moy, chief executive of the London-based fact-checking website Full Fact",
            "Mevan Babakar, head of automated fact-checking at Full Fact")],
         [quote_reattributed("Moy", "Babakar", MOY), quote_reattributed("Moy", "Babakar", MOY_2)],
         header=TORY_HEAD, drop=TORY_DROP),
    Case("tory-corbyn-quote-added", TORY, "A Corbyn reaction quote is added.",
         [ins("“We make no apology", "“This was a cynical attempt to deceive the public,” Corbyn said.")],
         [quote_added("Corbyn", "This was a cynical attempt to deceive the public,")],
         header=TORY_HEAD, drop=TORY_DROP),
    Case("tory-neg-typography", TORY, "Negative: ’’ closings and curly quotes become straight.",
         [], [], header=TORY_HEAD, drop=TORY_DROP, new_style="straight"),
    Case("tory-quote-removed-and-added", TORY,
         "Raab's quote is replaced by a different Raab quote (different words).",
         [r("“We make no apology for having an instant rebuttal to all the nonsense and lies put out,” Raab told the BBC.",
            "“Nobody was fooled by this,” Raab told the BBC.")],
         [quote_removed("Raab", RAAB_OLD), quote_added("Raab", "Nobody was fooled by this,")],
         header=TORY_HEAD, drop=TORY_DROP),
]

AJ_LEDE = ("Two United States service members have been killed in a helicopter crash in "
           "Afghanistan, the US military said in a statement on Wednesday.")

AEB_CASES_4 = [
    Case("aj-death-toll-raised", AJ, "Death toll in the lede raised from two to three.",
         [r("Two United States service members", "Three United States service members")],
         [fig_changed(2, 3, "members")], header=AJ_HEAD),
    Case("aj-neg-lede-rewritten", AJ,
         "Negative: the lede is reworded around an unchanged figure.",
         [r(AJ_LEDE, "The US military said in a statement on Wednesday that two United States "
                     "service members have been killed in a helicopter crash in Afghanistan.")],
         [], header=AJ_HEAD),
    Case("aj-paragraph-with-quote-and-figure-added", AJ,
         "A new paragraph brings a quote and a figure.",
         [ins("It was not possible to independently verify",
              "A spokesman for the Afghan interior ministry, Nasrat Rahimi, said 11 insurgents "
              "were detained in Logar overnight. “The operation is continuing,” Rahimi said.")],
         [fig_added(11, "insurgents"), quote_added("Rahimi", "The operation is continuing,")],
         header=AJ_HEAD),
    Case("aj-paragraph-with-quote-and-figure-removed", AJ,
         "The paragraph with the Milley quote (and no figure) and the civilian toll are cut.",
         [dl("General Mark Milley"), dl("More than 2,500 Afghan civilians")],
         [quote_removed("Milley", "for several more years"), fig_removed(2500, "civilians")],
         header=AJ_HEAD),
    Case("cnn-neg-updated-line-in-body", CNN,
         "Negative: an 'Updated' line at the top of the body shows a new time.",
         [r("Updated 1:47 PM EDT, Wed October 23, 2024", "Updated 3:02 PM EDT, Wed October 23, 2024")],
         [], old_ops=[ins("^", "Updated 1:47 PM EDT, Wed October 23, 2024")], header=CNN_HEAD),
    Case("cnn-neg-partial-quote-repeated-in-lede", CNN,
         "Negative: a new lede repeats words of an existing Austin quote as a partial quote.",
         [r("the first senior US official to confirm the development on the record,",
            "calling it “a very, very serious issue,” the first senior US official to confirm the "
            "development on the record,")],
         [], header=CNN_HEAD),
    Case("tea-qualifier-changed", TEA, "'at least 5,000 people' becomes 'more than 5,000 people'.",
         [r("at least 5,000 people entered", "more than 5,000 people entered")],
         [fig_changed(5000, 5000, "people")], header=TEA_HEAD),
    Case("tea-neg-billion-abbreviated", TEA, "Negative: '$2 billion' written '$2bn'.",
         [r("$2 billion in cash reserves", "$2bn in cash reserves")], [], header=TEA_HEAD),
    Case("cnn2-range-changed", CNN2, "A risk window '3-5 years' becomes '3-6 years'.",
         [r("in the following 3-5 years", "in the following 3-6 years")],
         [fig_changed(3, 3, "years")], header=CNN2_HEAD),
    Case("nyt-figure-removed", NYT, "The $50 billion request sentence is cut from the lede.",
         [r(" In a dramatic public retelling in the Cabinet Room, he said he pressed his team to more "
            "than triple that figure, then trimmed that a little and asked for up to $50 billion in "
            "annual purchases.", "")],
         [fig_removed(50e9, "dollars")], header=NYT_HEAD),
    Case("bbc-sentence-figure-removed", BBC, "The 50-week sentence is dropped from a sentence.",
         [r("and sentenced to 50 weeks in jail for breaching", "and jailed for breaching")],
         [fig_removed(50, "weeks")], header=BBC_HEAD),
    Case("ap-money-figure-added", AP, "A donation figure is added to Sondland's description.",
         [r("Sondland, a wealthy hotelier Trump tapped",
            "Sondland, a wealthy hotelier who gave $1 million to Trump’s inaugural committee and whom Trump tapped")],
         [fig_added(1e6, "dollars")], header=AP_HEAD, drop=("___",)),
    Case("car-percent-figure-added", CAR, "A used-vehicle percentage is added.",
         [ins("Consumers have purchased 208,560 new vehicles", "Used vehicle sales rose 3.1 percent.")],
         [fig_added(3.1, "percent")], header=CAR_HEAD),
    Case("plague-count-figure-added", PLAGUE, "A count of patients is added as a new sentence.",
         [r("The man was diagnosed with bubonic plague.",
            "The man was diagnosed with bubonic plague. The patients were among nine people "
            "treated at the hospital this month.")],
         [fig_added(9, "people")], header=PLAGUE_HEAD),
    Case("cnn2-correction-added", CNN2, "A correction note is added at the top.",
         [ins("^", "Correction: This story has been updated to correct the month of Trump's most "
                   "recent physical exam.")],
         [correction("Correction: This story has been updated to correct the month of Trump's most "
                     "recent physical exam.")], header=CNN2_HEAD),
    Case("car-clarification-added", CAR, "A clarification note is appended.",
         [ins("$", "Clarification: An earlier version of this story did not specify that the sales "
                   "figures are for the Houston area.")],
         [correction("Clarification: An earlier version of this story did not specify that the sales "
                     "figures are for the Houston area.")], header=CAR_HEAD),
    Case("aj-breaking-prefix-removed", AJ, "A 'BREAKING:' label in front of the lede is dropped.",
         [r("BREAKING: " + AJ_LEDE, AJ_LEDE)], [DEV_REMOVED],
         old_ops=[r(AJ_LEDE, "BREAKING: " + AJ_LEDE)], header=AJ_HEAD),
    Case("ap-developing-removed-with-quote-edit", AP,
         "The developing line goes and a Vindman quote is edited in the same update.",
         [dl("This story is developing."),
          r("“Ambassador Sondland referred to investigations into the Bidens and Burisma in 2016,”",
            "“Ambassador Sondland referred to investigations into the Bidens, Burisma and 2016,”")],
         [DEV_REMOVED,
          quote_edited("Vindman",
                       "Ambassador Sondland referred to investigations into the Bidens and Burisma in 2016,",
                       "Ambassador Sondland referred to investigations into the Bidens, Burisma and 2016,")],
         old_ops=[ins("$", "This story is developing. Check back for updates.")],
         header=AP_HEAD, drop=("___",)),
]

# fmt: on


# --- cases on real page HTML --------------------------------------------------------------------

_SCRIPT = re.compile(r"<script(?![^>]*ld\+json)[^>]*>.*?</script>", re.S | re.I)
_STYLE = re.compile(r"<(style|svg)[^>]*>.*?</\1>", re.S | re.I)


@dataclass
class HtmlCase:
    """A case made by editing a real page's HTML (scripts and styles stripped to keep it small)."""

    name: str
    prefix: str
    description: str
    edits: list[tuple[str, str]]
    expect: list[dict[str, Any]]
    old_edits: list[tuple[str, str]] = field(default_factory=list)


def page_html(prefix: str) -> str:
    """A benchmark page's HTML without scripts (JSON-LD kept), styles and inline SVG."""
    import gzip

    (path,) = sorted((AEB / "html").glob(prefix + "*"))
    html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
    return _STYLE.sub("", _SCRIPT.sub("", html))


def _edit_html(html: str, edits: list[tuple[str, str]]) -> str:
    for old, new in edits:
        if old not in html:
            raise ValueError(f"html edit target missing: {old!r}")
        html = html.replace(old, new)  # a CMS re-render changes every copy (meta, body)
    return html


def write_html_case(case: HtmlCase, root: Path) -> None:
    """Write old.html, new.html and expected.json of one HTML case."""
    base = page_html(case.prefix)
    old = _edit_html(base, case.old_edits)
    new = _edit_html(old, case.edits)
    folder = root / case.name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "old.html").write_text(old)
    (folder / "new.html").write_text(new)
    expected = {
        "description": case.description,
        "source": f"aeb:{aeb_sha(case.prefix)}",
        "changes": case.expect,
    }
    (folder / "expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n")


# fmt: off
HTML_CASES = [
    HtmlCase("html-aj-troops-changed", "7916ecca969f", "Real page: troop figure 13,000 -> 14,000.",
             [("13,000", "14,000")], [fig_changed(13000, 14000, "troops")]),
    HtmlCase("html-aj-quote-edited", "7916ecca969f", "Real page: the Mujahid quote is reworded.",
             [("All on board were killed", "Everyone on board was killed")],
             [quote_edited("Mujahid",
                           "The Americans wanted to raid a mujahideen base, but their helicopter was "
                           "shot down and caught fire. All on board were killed,",
                           "The Americans wanted to raid a mujahideen base, but their helicopter was "
                           "shot down and caught fire. Everyone on board was killed,")]),
    HtmlCase("html-bbc-witnesses-changed", "c7e39ac49fa1", "Real page: witnesses seven -> nine.",
             [("seven witnesses", "nine witnesses")], [fig_changed(7, 9, "witnesses")]),
    HtmlCase("html-car-units-changed", "9ebb3af65694", "Real page: units sold 30,154 -> 30,514.",
             [("30,154", "30,514")], [fig_changed(30154, 30514, "cars")]),
    HtmlCase("html-plague-deaths-changed", "ea25dd7edff4", "Real page: deaths 584 -> 585.",
             [("584 deaths", "585 deaths")], [fig_changed(584, 585, "deaths")]),
    HtmlCase("html-ap-developing-added", "82b6d780c792",
             "Real page: a developing-story line is added after the lede.",
             [("a newly revealed summertime phone call with President Donald Trump.</p>",
               "a newly revealed summertime phone call with President Donald Trump.</p>"
               "<p><em>This is a developing story and will be updated.</em></p>")],
             [DEV_ADDED]),
    HtmlCase("html-aj-neg-modified-time", "7916ecca969f",
             "Negative: real page re-rendered with a new modified time only.",
             [("\"dateModified\": \"20 Nov 2019 08:00 GMT\"", "\"dateModified\": \"20 Nov 2019 11:35 GMT\"")], []),
]
# fmt: on


def main() -> None:
    """Rewrite tests/data/revisions from the case lists above."""
    import shutil

    root = ROOT / "tests" / "data" / "revisions"
    if root.exists():
        shutil.rmtree(root)
    cases = [*SEED_CASES, *AEB_CASES_1, *AEB_CASES_2, *AEB_CASES_3, *AEB_CASES_4]
    names = [c.name for c in cases] + [c.name for c in HTML_CASES]
    if len(names) != len(set(names)):
        raise SystemExit("duplicate case names")
    failed = []
    for case in cases:
        try:
            write_case(case, root)
        except ValueError as exc:
            failed.append(f"{case.name}: {exc}")
    for html_case in HTML_CASES:
        try:
            write_html_case(html_case, root)
        except ValueError as exc:
            failed.append(f"{html_case.name}: {exc}")
    if failed:
        raise SystemExit("\n".join(failed))
    print(f"wrote {len(names)} cases to {root}")


if __name__ == "__main__":
    main()
