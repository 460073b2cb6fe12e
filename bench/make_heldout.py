# ruff: noqa: E501  (the case tables quote real article text; splitting it would hide the edits)
"""Generate the held-out labelled revision corpus, tests/data/heldout/ (python bench/make_heldout.py).

Built independently of the detection code and of tests/data/revisions: each case takes a few
paragraphs of a real article (the article-extraction benchmark), applies by hand the edits a
newsroom makes to a developing story, and records by hand the changes those edits make. The
labels are the ground truth of the edit, never the output of the code under test.

A case's ops turn the old text into the new one:
  ("sub", a, b)        replace the one occurrence of `a` with `b` (anywhere, header included)
  ("drop", frag)       remove the body paragraph holding `frag`
  ("add", frag, text)  insert paragraph `text` after the body paragraph holding `frag`
                       (frag "^": at the top of the body, "$": at the end)
  ("move", frag, to)   move the body paragraph holding `frag` before the one holding `to`
                       (to "$": to the end)
  ("fn", name)         apply a whole-body typography function (see TRANSFORMS)
  ("crlf",)            turn every line end of the file into CRLF
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
AEB = Path("/work/shared/corpus/aeb")
OUT = ROOT / "tests" / "data" / "heldout"

Op = tuple[str, ...]
Para = int | str  # an index into the article's paragraphs, or a literal paragraph


# --- expected changes ---------------------------------------------------------------------


def _fig(value: float, unit: str | None) -> dict[str, Any]:
    return {"value": value} if unit is None else {"value": value, "unit": unit}


def FC(old: float, new: float, unit: str | None) -> dict[str, Any]:
    """A figure revised (same thing counted, other value)."""
    return {"kind": "figure_changed", "old": _fig(old, unit), "new": _fig(new, unit)}


def FA(value: float, unit: str | None) -> dict[str, Any]:
    """A figure new in the new version."""
    return {"kind": "figure_added", "old": None, "new": _fig(value, unit)}


def FR(value: float, unit: str | None) -> dict[str, Any]:
    """A figure gone from the new version."""
    return {"kind": "figure_removed", "old": _fig(value, unit), "new": None}


def QA(speaker: str, words: str) -> dict[str, Any]:
    """A quote new in the new version."""
    return {"kind": "quote_added", "speaker": speaker, "old": None, "new": words}


def QR(speaker: str, words: str) -> dict[str, Any]:
    """A quote gone from the new version."""
    return {"kind": "quote_removed", "speaker": speaker, "old": words, "new": None}


def QE(speaker: str, old: str, new: str) -> dict[str, Any]:
    """A quote of the same speaker whose words changed."""
    return {"kind": "quote_edited", "speaker": speaker, "old": old, "new": new}


def QT(old_speaker: str, speaker: str, words: str) -> dict[str, Any]:
    """The same words, now attributed to someone else."""
    return {
        "kind": "quote_reattributed",
        "old": words,
        "new": words,
        "speaker": speaker,
        "old_speaker": old_speaker,
    }


def H(old: str, new: str) -> dict[str, Any]:
    """The headline changed."""
    return {"kind": "headline_changed", "old": old, "new": new}


def B(old: str | None, new: str | None) -> dict[str, Any]:
    """The byline changed."""
    return {"kind": "byline_changed", "old": old, "new": new}


def DA() -> dict[str, Any]:
    """A developing-story marker appeared."""
    return {"kind": "developing_marker_added"}


def DR() -> dict[str, Any]:
    """The developing-story marker went away."""
    return {"kind": "developing_marker_removed"}


def CA(text: str) -> dict[str, Any]:
    """A correction paragraph appeared."""
    return {"kind": "correction_added", "new": text}


# --- typography transforms (negatives) -------------------------------------------------


def straighten(text: str) -> str:
    """Curly quotes and apostrophes to straight ones."""
    table: dict[str, str | int | None] = {
        "\u201c": '"',
        "\u201d": '"',
        "\u2018": "'",
        "\u2019": "'",
    }
    return text.translate(str.maketrans(table))


def curl(text: str) -> str:
    """Straight quotes to curly ones: opening after a space or line start, closing elsewhere."""
    text = re.sub(r'(^|[\s(\[])"', "\\1\u201c", text, flags=re.M)
    text = text.replace('"', "\u201d")
    text = re.sub(r"(^|[\s(\[])'", "\\1\u2018", text, flags=re.M)
    return text.replace("'", "\u2019")


def dashes_to_double_hyphen(text: str) -> str:
    """Em dashes to the typewriter "--"."""
    return text.replace("\u2014", "--")


def double_hyphen_to_dashes(text: str) -> str:
    """The typewriter "--" to em dashes."""
    return text.replace(" -- ", " \u2014 ")


def messy_whitespace(text: str) -> str:
    """Doubled spaces, trailing spaces and extra blank lines, as a careless CMS leaves them."""
    text = text.replace(". ", ".  ")
    text = text.replace("\n\n", "  \n\n\n")
    return text


def nbsp_spaces(text: str) -> str:
    """Non-breaking spaces between a number and its noun and inside a few names."""
    text = re.sub(r"(\d) (\w)", "\\1\u00a0\\2", text)
    return text.replace("Hong Kong", "Hong\u00a0Kong")


def en_dash_scores(text: str) -> str:
    """Hyphens between digits (scores, ranges) to en dashes."""
    return re.sub(r"(\d)-(\d)", "\\1\u2013\\2", text)


def unicode_ellipsis(text: str) -> str:
    """Three dots to the one-character ellipsis."""
    return text.replace("...", "\u2026")


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "straighten": straighten,
    "curl": curl,
    "dashes_to_double_hyphen": dashes_to_double_hyphen,
    "double_hyphen_to_dashes": double_hyphen_to_dashes,
    "messy_whitespace": messy_whitespace,
    "nbsp_spaces": nbsp_spaces,
    "en_dash_scores": en_dash_scores,
    "unicode_ellipsis": unicode_ellipsis,
}


# --- cases ---------------------------------------------------------------------------------


@dataclass
class Case:
    """One held-out case: the article, the paragraphs taken, the edits and their labels."""

    name: str
    key: str  # a prefix of the page's sha256 key in ground-truth.json
    paras: list[Para]
    ops: list[Op]
    changes: list[dict[str, Any]]
    description: str
    title: str | None = None
    byline: str | None = None
    published: str | None = None


CASES: list[Case] = [
    # --- RT: Bolivia protests ---------------------------------------------------------
    Case(
        "ho-001-bolivia-injured-revised",
        "4a44ab3e4c",
        [0, 1, 2, 4, 5],
        [
            (
                "sub",
                "said another 30 people had been injured",
                "said at least 47 people had been injured",
            )
        ],
        [FC(30, 47, "people")],
        "The injured count is revised upward (and gains an 'at least').",
        title="3 pro-Morales demonstrators killed in clashes with Bolivia’s police & soldiers near barricaded fuel plant",
        byline="RT",
    ),
    Case(
        "ho-002-bolivia-toll-and-headline",
        "4a44ab3e4c",
        [0, 1, 2, 3],
        [
            (
                "sub",
                "Title: 3 pro-Morales demonstrators killed in clashes",
                "Title: Death toll rises in clashes",
            ),
            (
                "sub",
                "Three people have died during protests",
                "At least five people have died during protests",
            ),
            (
                "sub",
                "In addition to the three fatalities at a fuel plant",
                "In addition to the five fatalities at a fuel plant",
            ),
        ],
        [
            H(
                "3 pro-Morales demonstrators killed in clashes with Bolivia’s police & soldiers near barricaded fuel plant",
                "Death toll rises in clashes with Bolivia’s police & soldiers near barricaded fuel plant",
            ),
            FC(3, 5, "people"),
            FC(3, 5, "fatalities"),
        ],
        "Death toll raised from three to at least five in two places, headline rewritten.",
        title="3 pro-Morales demonstrators killed in clashes with Bolivia’s police & soldiers near barricaded fuel plant",
    ),
    Case(
        "ho-003-bolivia-doctor-quote-trimmed",
        "4a44ab3e4c",
        [0, 3, 4, 5],
        [
            (
                "sub",
                "because he died in my hands. Seeing it was a shot in the heart, how sad to see something like that,”",
                "because he died in my hands,”",
            )
        ],
        [
            QE(
                "the doctor",
                "It’s a shame to see a comrade die in this way, because he died in my hands. Seeing it was a shot in the heart, how sad to see something like that,",
                "It’s a shame to see a comrade die in this way, because he died in my hands,",
            )
        ],
        "An unnamed doctor's quote is cut to its first sentence.",
    ),
    Case(
        "ho-004-bolivia-neg-curly-to-straight",
        "4a44ab3e4c",
        [0, 1, 2, 4, 5],
        [("fn", "straighten")],
        [],
        "Negative: curly quotes and apostrophes become straight ones.",
        title="3 pro-Morales demonstrators killed in clashes with Bolivia’s police & soldiers near barricaded fuel plant",
    ),
    # --- NBC News: Omar threat ----------------------------------------------------------
    Case(
        "ho-005-omar-age-corrected",
        "7a457a4f71",
        list(range(11)),
        [
            (
                "sub",
                "Patrick W. Carlineo Jr., 55, of Addison",
                "Patrick W. Carlineo Jr., 56, of Addison",
            ),
            (
                "add",
                "$",
                "Correction: An earlier version of this story misstated Carlineo’s age. He is 56, not 55.",
            ),
        ],
        [
            FC(55, 56, None),
            CA("An earlier version of this story misstated Carlineo’s age. He is 56, not 55."),
        ],
        "Whole article: the defendant's age is corrected, with a correction note at the end.",
        title="New York man pleads guilty to threatening to kill Rep. Ilhan Omar",
        byline="Associated Press",
    ),
    Case(
        "ho-006-omar-kennedy-quote-trimmed",
        "7a457a4f71",
        [0, 2, 9, 10],
        [
            (
                "sub",
                ' Kennedy said in a statement. "The Second Amendment right to bear arms carries with it the responsibility that individuals who desire to possess firearms not commit felony crimes."',
                " Kennedy said in a statement.",
            )
        ],
        [
            QE(
                "Kennedy",
                "The First Amendment right to freedom of speech carries with it the responsibility that individuals not make threats to harm lawmakers simply because they may disagree with them The Second Amendment right to bear arms carries with it the responsibility that individuals who desire to possess firearms not commit felony crimes.",
                "The First Amendment right to freedom of speech carries with it the responsibility that individuals not make threats to harm lawmakers simply because they may disagree with them,",
            )
        ],
        "The second half of a quote split around its attribution is dropped.",
        title="New York man pleads guilty to threatening to kill Rep. Ilhan Omar",
    ),
    Case(
        "ho-007-omar-zoghlin-quote-added",
        "7a457a4f71",
        [0, 1, 6, 7, 9],
        [
            (
                "add",
                "Zoghlin said.",
                '"Mr. Carlineo deeply regrets the fear his words caused the congresswoman and her staff," Zoghlin added.',
            )
        ],
        [
            QA(
                "Zoghlin",
                "Mr. Carlineo deeply regrets the fear his words caused the congresswoman and her staff,",
            )
        ],
        "A second quote from the defence attorney is added.",
        title="New York man pleads guilty to threatening to kill Rep. Ilhan Omar",
    ),
    Case(
        "ho-008-omar-neg-narration-reworded",
        "7a457a4f71",
        [0, 3, 6, 7, 9, 10],
        [
            (
                "sub",
                "said the case highlights that rights of free speech carry responsibilities.",
                "said in announcing the plea that free speech rights come with responsibilities.",
            ),
            (
                "sub",
                "He was arrested in April for the March 21 call to the offices of Omar.",
                "He was arrested in April over the March 21 call he made to the offices of Omar.",
            ),
        ],
        [],
        "Negative: two narration sentences are reworded; quotes and figures are untouched.",
    ),
    # --- Sky News: Mourinho -----------------------------------------------------------
    Case(
        "ho-009-spurs-wins-corrected",
        "921019755f",
        [0, 1, 2, 3, 15, 18, 19],
        [
            (
                "sub",
                "Spurs have won just five matches this season",
                "Spurs have won just three matches this season",
            )
        ],
        [FC(5, 3, "matches")],
        "A count of matches won is corrected downward.",
        title="Jose Mourinho agrees deal to replace Mauricio Pochettino as Tottenham manager",
        byline="Sky News",
    ),
    Case(
        "ho-010-spurs-quote-age-headline",
        "921019755f",
        [0, 1, 2, 3, 12, 15],
        [
            (
                "sub",
                "Title: Jose Mourinho agrees deal to replace Mauricio Pochettino as Tottenham manager",
                "Title: Jose Mourinho named Tottenham manager after Pochettino sacking",
            ),
            (
                "add",
                "since being sacked by Manchester United",
                'Mourinho, 56, said after his appointment: "I am excited to be joining a club with such a great heritage and such passionate supporters."',
            ),
        ],
        [
            H(
                "Jose Mourinho agrees deal to replace Mauricio Pochettino as Tottenham manager",
                "Jose Mourinho named Tottenham manager after Pochettino sacking",
            ),
            QA(
                "Mourinho",
                "I am excited to be joining a club with such a great heritage and such passionate supporters.",
            ),
            FA(56, None),
        ],
        "Headline rewritten; a paragraph with the new manager's first quote (and his age) is added.",
        title="Jose Mourinho agrees deal to replace Mauricio Pochettino as Tottenham manager",
    ),
    # --- Times Union (AP): PG&E shutoff ---------------------------------------------------
    Case(
        "ho-011-pge-customers-revised",
        "d0382c0d95",
        [0, 1, 11, 12, 13],
        [
            (
                "sub",
                "some 375,000 people in 18 Northern and central California counties",
                "some 150,000 people in 11 Northern and central California counties",
            )
        ],
        [FC(375000, 150000, "people"), FC(18, 11, "counties")],
        "The number of people and counties losing power are both revised down.",
        title="PG&E begins new mass power shutoff over fire danger",
        byline="By Janie Har, Associated Press",
    ),
    Case(
        "ho-012-pge-strenfel-quote-reattributed",
        "d0382c0d95",
        [0, 1, 4, 11],
        [
            (
                "sub",
                "this late in the season, in many areas,” said Scott Strenfel, PG&E's principal meteorologist.",
                "this late in the season, in many areas,” said Mark Quinlan, PG&E's senior director of emergency preparedness and response.",
            )
        ],
        [
            QT(
                "Strenfel",
                "Quinlan",
                "This lack of rain is keeping the threat of fire very real, this late in the season, in many areas,",
            )
        ],
        "A quote is re-attributed from the meteorologist to the emergency director.",
        title="PG&E begins new mass power shutoff over fire danger",
    ),
    Case(
        "ho-013-pge-vesey-partial-quote-edited",
        "d0382c0d95",
        [0, 13, 14],
        [
            (
                "sub",
                "“we won’t roll the dice on public safety,”",
                "“we will not gamble with anyone’s safety,”",
            )
        ],
        [
            QE(
                "Vesey",
                "we won’t roll the dice on public safety,",
                "we will not gamble with anyone’s safety,",
            )
        ],
        "The CEO's partial quote is reworded.",
    ),
    Case(
        "ho-014-pge-neg-number-formats",
        "d0382c0d95",
        [0, 1, 12, 13],
        [
            ("sub", "some 375,000 people", "some 375000 people"),
            ("sub", "about 660,000 based", "about 660000 based"),
            ("sub", "nearly 2.5 million people", "nearly 2.5m people"),
        ],
        [],
        "Negative: unchanged figures are reformatted (thousands separators, 'million' to 'm').",
        title="PG&E begins new mass power shutoff over fire danger",
    ),
    Case(
        "ho-015-pge-developing-and-byline",
        "d0382c0d95",
        [0, 1, 2, 3, 9, 10],
        [
            (
                "sub",
                "Byline: By Janie Har, Associated Press",
                "Byline: By Janie Har and Olga R. Rodriguez, Associated Press",
            ),
            ("add", "$", "This is a developing story and will be updated."),
        ],
        [
            B(
                "By Janie Har, Associated Press",
                "By Janie Har and Olga R. Rodriguez, Associated Press",
            ),
            DA(),
        ],
        "A second reporter joins the byline and a developing-story line is appended.",
        title="PG&E begins new mass power shutoff over fire danger",
        byline="By Janie Har, Associated Press",
    ),
    # --- SFGate (AP): BART stabbing --------------------------------------------------------
    Case(
        "ho-016-bart-spokesperson-quote-added",
        "5caf91b8a4",
        [2, 3, 4, 5, 6],
        [
            (
                "add",
                "The man ran from the station.",
                '"We have no reason to believe anyone else was involved," a BART spokesperson said.',
            )
        ],
        [QA("a BART spokesperson", "We have no reason to believe anyone else was involved,")],
        "A quote from an unnamed transit spokesperson is added.",
        title="The Latest: Man stabbed to death on San Francisco Bay train",
    ),
    Case(
        "ho-017-bart-neg-paragraph-moved",
        "5caf91b8a4",
        [2, 3, 4, 5, 6, 9, 10],
        [("move", "Employee Steve Castro", "The man ran from the station.")],
        [],
        "Negative: one paragraph moves up above its neighbour.",
        title="The Latest: Man stabbed to death on San Francisco Bay train",
    ),
    # --- Al Jazeera: NASA landers -----------------------------------------------------
    Case(
        "ho-018-nasa-contract-value",
        "42aad16bde",
        [1, 8, 11, 12],
        [
            (
                "sub",
                "combined maximum value of $2.6bn over the next decade",
                "combined maximum value of $2.8bn over the next decade",
            )
        ],
        [FC(2.6e9, 2.8e9, "$")],
        "A contract value in $bn is revised.",
        title="NASA’s commercial moon shot: Musk, Bezos firms bid",
    ),
    Case(
        "ho-019-nasa-sherwood-quote-reattributed",
        "42aad16bde",
        [1, 8, 9],
        [
            (
                "sub",
                "said Brent Sherwood, vice president of Advanced Development Programs at Blue Origin.",
                "said Bob Smith, chief executive of Blue Origin.",
            )
        ],
        [
            QT(
                "Sherwood",
                "Smith",
                "We’re honoured to join this community of 14 providers, diverse providers that are taking us back to the moon. And we are going, It’s very exciting times. We’re using our Blue Moon lander, which is [a] big one.",
            )
        ],
        "A quote split around its attribution is re-attributed to another executive.",
        title="NASA’s commercial moon shot: Musk, Bezos firms bid",
    ),
    Case(
        "ho-020-nasa-sims-quote-extended",
        "42aad16bde",
        [1, 11, 12],
        [
            (
                "sub",
                "to do what has to be done,” said Michael Sims",
                "to do what has to be done, and we intend to be part of it,” said Michael Sims",
            )
        ],
        [
            QE(
                "Sims",
                "Space exploration, and especially humans becoming multi-planetary, requires an entire ecosystem to do what has to be done,",
                "Space exploration, and especially humans becoming multi-planetary, requires an entire ecosystem to do what has to be done, and we intend to be part of it,",
            )
        ],
        "A quote is extended with a clause.",
        title="NASA’s commercial moon shot: Musk, Bezos firms bid",
    ),
    # --- New York Post: Taliban hostage swap -------------------------------------------
    Case(
        "ho-021-taliban-morrison-quote-removed",
        "a1fca19b88",
        [0, 1, 9, 11, 12],
        [("drop", "Australian Prime Minister Scott Morrison")],
        [QR("Morrison", "We are profoundly pleased and relieved")],
        "The paragraph with the Australian prime minister's quote is removed.",
        title="Taliban say they freed US, Australian hostages for 3 terrorist figures",
    ),
    Case(
        "ho-022-taliban-headline-and-developing",
        "a1fca19b88",
        [0, 1, 2, 5],
        [
            (
                "sub",
                "Title: Taliban say they freed US, Australian hostages for 3 terrorist figures",
                "Title: American and Australian hostages freed in Taliban prisoner swap",
            ),
            ("add", "$", "This is a developing story. Check back for updates."),
        ],
        [
            H(
                "Taliban say they freed US, Australian hostages for 3 terrorist figures",
                "American and Australian hostages freed in Taliban prisoner swap",
            ),
            DA(),
        ],
        "Headline rewritten and a developing-story marker appended.",
        title="Taliban say they freed US, Australian hostages for 3 terrorist figures",
    ),
    Case(
        "ho-023-taliban-neg-em-dash",
        "a1fca19b88",
        [0, 1, 12, 13],
        [("fn", "dashes_to_double_hyphen")],
        [],
        "Negative: em dashes become '--'.",
    ),
    Case(
        "ho-024-taliban-grisham-quote-trimmed",
        "a1fca19b88",
        [0, 6, 7, 8],
        [
            (
                "sub",
                " said White House Press Secretary Stephanie Grisham. “We thank the Afghan government for its actions, in the spirit of our partnership that enabled the freeing of the hostages.”",
                " said White House Press Secretary Stephanie Grisham.",
            )
        ],
        [
            QE(
                "Grisham",
                "We pray for the full recovery of both men, We thank the Afghan government for its actions, in the spirit of our partnership that enabled the freeing of the hostages.",
                "We pray for the full recovery of both men,",
            )
        ],
        "The second piece of a split quote is cut.",
    ),
    # --- Express: Hong Kong ---------------------------------------------------------------
    Case(
        "ho-025-hk-students-count",
        "624fcd903d",
        [0, 1, 10, 13, 14],
        [("sub", "pinning 800 students inside", "pinning about 1,000 students inside")],
        [FC(800, 1000, "students")],
        "The number of students trapped is revised upward.",
        title="Hong Kong chaos: China deploys troops and warns SURRENDER is only option",
        byline="Express.co.uk",
    ),
    Case(
        "ho-026-hk-british-quote-added",
        "624fcd903d",
        [0, 10, 13, 15],
        [
            (
                "add",
                "pinning 800 students inside",
                "A police spokesman said: ‘We will not allow the campus to become a weapons factory.’",
            )
        ],
        [QA("a police spokesman", "We will not allow the campus to become a weapons factory.")],
        "A quote in British single quote marks from an unnamed police spokesman is added.",
        title="Hong Kong chaos: China deploys troops and warns SURRENDER is only option",
    ),
    Case(
        "ho-027-hk-neg-nbsp",
        "624fcd903d",
        [1, 10, 11, 12, 13],
        [("fn", "nbsp_spaces")],
        [],
        "Negative: non-breaking spaces replace ordinary ones after numbers and inside 'Hong Kong'.",
    ),
    # --- CNBC: Emirates order -------------------------------------------------------------
    Case(
        "ho-028-emirates-order-value",
        "374ac9a59a",
        [0, 2, 5, 6],
        [
            (
                "sub",
                "The order is valued at $8.8 billion at list prices",
                "The order is valued at $9 billion at list prices",
            )
        ],
        [FC(8.8e9, 9e9, "$")],
        "The value of an order is revised.",
        title="Emirates inks $9 billion order for 30 Boeing 787 jets, will restart plans to expand airline by early 2020s",
        byline="Natasha Turak",
    ),
    Case(
        "ho-029-emirates-neg-money-format",
        "374ac9a59a",
        [0, 2, 5, 6],
        [
            ("sub", "valued at $8.8 billion at list prices", "valued at $8.8bn at list prices"),
            ("sub", "a value of $16 billion at list prices", "a value of $16bn at list prices"),
            (
                "sub",
                "the Emirates fleet by 30% by the end of 2025",
                "the Emirates fleet by 30 percent by the end of 2025",
            ),
        ],
        [],
        "Negative: unchanged money and percentage figures are reformatted.",
        title="Emirates inks $9 billion order for 30 Boeing 787 jets, will restart plans to expand airline by early 2020s",
    ),
    Case(
        "ho-030-emirates-clark-quote-and-fleet",
        "374ac9a59a",
        [0, 5, 6, 7],
        [
            (
                "add",
                "Emirates President Tim Clark",
                '"We are going to grow again, but we will do it carefully," Clark said.',
            ),
            ("sub", "Emirates had a fleet of 270 aircraft", "Emirates had a fleet of 271 aircraft"),
        ],
        [
            QA("Clark", "We are going to grow again, but we will do it carefully,"),
            FC(270, 271, "aircraft"),
        ],
        "A quote from the airline president is added and the fleet size corrected.",
    ),
    # --- City A.M.: Alibaba listing ----------------------------------------------------------
    Case(
        "ho-031-alibaba-raise-revised",
        "360c732d1f",
        [0, 1, 2, 4, 5],
        [
            (
                "sub",
                "raise up to $12.9bn (£10bn) from its record-breaking",
                "raise up to $13.4bn (£10.4bn) from its record-breaking",
            )
        ],
        [FC(12.9e9, 13.4e9, "$"), FC(10e9, 10.4e9, "£")],
        "The amount raised is revised in dollars and pounds.",
        title="Alibaba prices record Hong Kong listing",
        byline="City A.M. Reporter",
    ),
    Case(
        "ho-032-alibaba-discount-percent",
        "360c732d1f",
        [0, 1, 6, 9],
        [("sub", "at a 2.8 per cent discount", "at a 2.9 per cent discount")],
        [FC(2.8, 2.9, "%")],
        "A percentage written 'per cent' is revised.",
        title="Alibaba to raise up to $12.9bn in landmark Hong Kong listing",
    ),
    Case(
        "ho-033-alibaba-spokesperson-quote",
        "360c732d1f",
        [0, 1, 5, 11],
        [
            (
                "sub",
                "An Alibaba spokesperson declined to comment on the pricing to Reuters.",
                "“We are grateful for the support of investors in Hong Kong,” an Alibaba spokesperson told Reuters.",
            )
        ],
        [
            QA(
                "an Alibaba spokesperson",
                "We are grateful for the support of investors in Hong Kong,",
            )
        ],
        "A 'declined to comment' line becomes a quote from an unnamed spokesperson.",
        title="Alibaba to raise up to $12.9bn in landmark Hong Kong listing",
    ),
    Case(
        "ho-034-alibaba-neg-percent-format",
        "360c732d1f",
        [0, 4, 6, 9],
        [
            ("sub", "at a 2.8 per cent discount", "at a 2.8% discount"),
            ("sub", "an additional 15 per cent of shares", "an additional 15% of shares"),
            ("sub", "at $185.25, up 0.35%.", "at $185.25, up 0.35 per cent."),
            ("sub", "the maximum 10 per cent of the total", "the maximum 10% of the total"),
        ],
        [],
        "Negative: percentages switch between 'per cent' and '%'.",
    ),
    Case(
        "ho-035-alibaba-neg-hkd-format",
        "360c732d1f",
        [1, 3, 6],
        [
            (
                "sub",
                "investors have been told 176 Hong Kong dollars (£17.43)",
                "investors have been told HK$176 (£17.43)",
            ),
            ("sub", "raise at least 88 billion Hong Kong dollars", "raise at least HK$88bn"),
        ],
        [],
        "Negative: Hong Kong dollar amounts are rewritten as HK$ without changing their value.",
    ),
    # --- Fox Business: Home Depot -------------------------------------------------------------
    Case(
        "ho-036-homedepot-profit-corrected",
        "51374560f4",
        [0, 2, 3, 5],
        [
            (
                "sub",
                "earned $2.8 billion, or $2.53 per diluted share",
                "earned $2.77 billion, or $2.53 per diluted share",
            ),
            (
                "add",
                "$",
                "Correction: A previous version of this article misstated Home Depot’s third-quarter profit.",
            ),
        ],
        [
            FC(2.8e9, 2.77e9, "$"),
            CA("A previous version of this article misstated Home Depot’s third-quarter profit."),
        ],
        "A profit figure is corrected and a correction line added.",
        title="Home Depot sales miss, shares plunge",
        byline="Fox Business",
    ),
    Case(
        "ho-037-homedepot-menear-quote-edited",
        "51374560f4",
        [0, 3, 4, 6],
        [
            (
                "sub",
                '"We are largely on track with these investments and have seen positive results,',
                '"We are on track with these investments and are seeing positive results,',
            )
        ],
        [
            QE(
                "Menear",
                "We are largely on track with these investments and have seen positive results, but some of the benefits anticipated for fiscal 2019 will take longer to realize than our initial assumptions,",
                "We are on track with these investments and are seeing positive results, but some of the benefits anticipated for fiscal 2019 will take longer to realize than our initial assumptions,",
            )
        ],
        "A few words of the CEO's second quote are changed.",
        title="Home Depot sales miss, shares plunge",
    ),
    Case(
        "ho-038-homedepot-neg-quote-marks",
        "51374560f4",
        [0, 3, 4, 6],
        [
            (
                "sub",
                'One Home Depot strategic investments,"',
                "One Home Depot strategic investments,”",
            ),
            ("sub", '"We are largely on track', "“We are largely on track"),
            (
                "sub",
                'than our initial assumptions," Menear',
                "than our initial assumptions,” Menear",
            ),
        ],
        [],
        "Negative: mismatched straight closing quote marks are made curly.",
    ),
    # --- Deccan Herald (Reuters): US-China tariffs -------------------------------------------
    Case(
        "ho-039-tariffs-amount-revised",
        "39d5c43beb",
        [3, 5, 8, 11],
        [
            (
                "sub",
                "the 15% tariffs on about $125 billion worth",
                "the 15% tariffs on about $112 billion worth",
            )
        ],
        [FC(125e9, 112e9, "$")],
        "A dollar amount in a sentence with other figures is revised.",
        title="Beijing tariff demands may expand US-China trade deal",
    ),
    Case(
        "ho-040-tariffs-scissors-quote-trimmed",
        "39d5c43beb",
        [1, 4, 5],
        [
            (
                "sub",
                '"The president wants the option of having a bigger deal with China. Bigger than just the little deal" announced in October, said Derek Scissors',
                '"The president wants the option of having a bigger deal with China," said Derek Scissors',
            )
        ],
        [
            QE(
                "Scissors",
                "The president wants the option of having a bigger deal with China. Bigger than just the little deal",
                "The president wants the option of having a bigger deal with China,",
            )
        ],
        "A quote loses its second sentence; the narration after it goes too.",
        title="Beijing tariff demands may expand US-China trade deal",
    ),
    Case(
        "ho-041-tariffs-range-changed",
        "39d5c43beb",
        [7, 9, 10],
        [
            (
                "sub",
                "to achieve the $40-50 billion in annual Chinese purchases",
                "to achieve the $40-60 billion in annual Chinese purchases",
            )
        ],
        [{"kind": "figure_changed", "old": {"unit": "$"}, "new": {"unit": "$"}}],
        "The upper bound of a dollar range is raised (labelled by unit only: a range's value is a convention).",
    ),
    # --- Houston Chronicle (AP): Esper in Vietnam ------------------------------------------
    Case(
        "ho-042-esper-quote-reworded",
        "db6b0816c6",
        [0, 1, 2, 4],
        [
            (
                "sub",
                "“We strongly oppose violations of international law by China and excessive claims in the South China Sea.”",
                "“We strongly oppose China’s violations of international law and its excessive claims in the South China Sea.”",
            )
        ],
        [
            QE(
                "Esper",
                "We strongly oppose violations of international law by China and excessive claims in the South China Sea.",
                "We strongly oppose China’s violations of international law and its excessive claims in the South China Sea.",
            )
        ],
        "A quote with its attribution before it is reworded.",
        title="Esper accuses China of intimidating smaller Asian nations",
        byline="By Robert Burns, Associated Press",
    ),
    Case(
        "ho-043-esper-developing-removed",
        "db6b0816c6",
        ["This is a developing story. It will be updated.", 0, 1, 2, 3],
        [("drop", "This is a developing story.")],
        [DR()],
        "The developing-story line at the top is removed.",
        title="Esper accuses China of intimidating smaller Asian nations",
    ),
    Case(
        "ho-044-esper-neg-whitespace",
        "db6b0816c6",
        [0, 1, 2, 3, 4, 5, 6],
        [("fn", "messy_whitespace")],
        [],
        "Negative: doubled spaces, trailing spaces and extra blank lines.",
        title="Esper accuses China of intimidating smaller Asian nations",
    ),
    Case(
        "ho-045-esper-neg-attribution-moved",
        "db6b0816c6",
        [0, 1, 2, 3],
        [
            (
                "sub",
                "“We will not accept attempts to assert unlawful maritime claims at the expense of law-abiding nations,” Esper said in a speech to the Diplomatic Academy of Vietnam, a government university.",
                "In a speech to the Diplomatic Academy of Vietnam, a government university, Esper said: “We will not accept attempts to assert unlawful maritime claims at the expense of law-abiding nations.”",
            )
        ],
        [],
        "Negative: the attribution moves from after the quote to before it; the words are the same.",
    ),
    # --- Reuters: markets --------------------------------------------------------------------
    Case(
        "ho-046-markets-oil-prices-updated",
        "57d46c9d75",
        [0, 4, 7, 8],
        [
            (
                "sub",
                "U.S. crude CLc1 fell 3.38% to $55.12 per barrel and Brent LCOc1 was last at $60.73, down 2.74% on the day.",
                "U.S. crude CLc1 fell 3.19% to $55.23 per barrel and Brent LCOc1 was last at $60.91, down 2.45% on the day.",
            )
        ],
        [FC(3.38, 3.19, "%"), FC(55.12, 55.23, "$"), FC(60.73, 60.91, "$"), FC(2.74, 2.45, "%")],
        "A market update revises four prices and moves in one sentence.",
        title="Oversupply angst drags oil lower, stocks drift near highs",
        byline="Reuters",
    ),
    Case(
        "ho-047-markets-perez-quote-trimmed",
        "57d46c9d75",
        [0, 16, 17],
        [
            (
                "sub",
                "thus risk-appetite is muted and the buck may continue to lose based on the fact that the American economy is indeed slower and the Fed’s ability to satisfy anyone is in question,”",
                "thus risk-appetite is muted,”",
            )
        ],
        [
            QE(
                "Perez",
                "Central banks cannot provide that much to incentivize stocks any higher, thus risk-appetite is muted and the buck may continue to lose based on the fact that the American economy is indeed slower and the Fed’s ability to satisfy anyone is in question,",
                "Central banks cannot provide that much to incentivize stocks any higher, thus risk-appetite is muted,",
            )
        ],
        "A long quote is trimmed.",
        title="Oversupply angst drags oil lower, stocks drift near highs",
    ),
    Case(
        "ho-048-markets-fritsch-reattributed",
        "57d46c9d75",
        [0, 4, 5, 6],
        [
            (
                "sub",
                "Commerzbank analyst Carsten Fritsch said.",
                "PVM Oil Associates analyst Tamas Varga said.",
            )
        ],
        [
            QT(
                "Fritsch",
                "Varga",
                "Moreover, Russia also failed to fulfill its agreed cuts in November so far,",
            )
        ],
        "A quote is re-attributed to another analyst.",
    ),
    # --- The Guardian: editorial on Hong Kong -----------------------------------------------
    Case(
        "ho-049-guardian-neg-sentence-rewritten",
        "5fa3154ec0",
        [0, 2, 5],
        [
            (
                "sub",
                "Meanwhile, banning most rallies has closed off a peaceful avenue for challenging authorities.",
                "Meanwhile, the ban on most rallies has shut off a peaceful route for challenging the authorities.",
            ),
            (
                "sub",
                "The withdrawal of the bill was far too little, too late.",
                "Withdrawing the bill was much too little and came far too late.",
            ),
        ],
        [],
        "Negative: two sentences without quotes or figures are rewritten.",
        title="The Guardian view on Hong Kong: a city on the brink",
        byline="Editorial",
    ),
    Case(
        "ho-050-guardian-headline-changed",
        "5fa3154ec0",
        [0, 2, 6],
        [
            (
                "sub",
                "Title: The Guardian view on Hong Kong: a city on the brink",
                "Title: The Guardian view on Hong Kong’s siege: Beijing must step back",
            )
        ],
        [
            H(
                "The Guardian view on Hong Kong: a city on the brink",
                "The Guardian view on Hong Kong’s siege: Beijing must step back",
            )
        ],
        "Only the headline changes.",
        title="The Guardian view on Hong Kong: a city on the brink",
        byline="Editorial",
    ),
    # --- CT Post (AP): Deval Patrick ----------------------------------------------------------
    Case(
        "ho-051-patrick-dozen-owners",
        "a6968f427c",
        [0, 1, 2, 3],
        [
            (
                "sub",
                "About a dozen black female small-business owners",
                "About two dozen black female small-business owners",
            )
        ],
        [FC(12, 24, "owners")],
        "A count written with 'dozen' changes.",
        title="Deval Patrick takes nascent 2020 campaign to South Carolina",
        byline="By Meg Kinnard, Associated Press",
    ),
    Case(
        "ho-052-patrick-split-quote-edited",
        "a6968f427c",
        [0, 4, 5],
        [
            (
                "sub",
                "“I come in humbly. ... I want to be a listener.”",
                "“I come in humbly. I want to be a listener, and I want to earn your vote.”",
            )
        ],
        [
            QE(
                "Patrick",
                "I’m running for president because those values of community, that we have a stake in each other and of generational responsibility, I think, are frayed in the country, I come in humbly. ... I want to be a listener.",
                "I’m running for president because those values of community, that we have a stake in each other and of generational responsibility, I think, are frayed in the country, I come in humbly. I want to be a listener, and I want to earn your vote.",
            )
        ],
        "The second piece of a quote split around its attribution is extended.",
        title="Deval Patrick takes nascent 2020 campaign to South Carolina",
    ),
    Case(
        "ho-053-patrick-sowers-quote-removed",
        "a6968f427c",
        [0, 9, 10, 11],
        [("drop", "“He has me thinking now,” said Sowers")],
        [QR("Sowers", "He has me thinking now,")],
        "A voter's quote paragraph is removed.",
        title="Deval Patrick takes nascent 2020 campaign to South Carolina",
    ),
    Case(
        "ho-054-patrick-neg-paragraph-merged",
        "a6968f427c",
        [0, 1, 2, 3, 9, 10],
        [
            (
                "sub",
                "short stay.\n\n“Don’t mind me!” he told them.",
                "short stay. “Don’t mind me!” he told them.",
            )
        ],
        [],
        "Negative: two paragraphs are merged into one; no words change.",
    ),
    # --- India Post (PTI): deportees -----------------------------------------------------
    Case(
        "ho-055-deportees-count-raised",
        "5f9c5ed5d6",
        [0, 1, 3],
        [
            ("sub", "nearly 150 Indians returned home broke", "161 Indians returned home broke"),
            (
                "sub",
                "These 150 Indians have either violated",
                "These 161 Indians have either violated",
            ),
        ],
        [FC(150, 161, "Indians"), FC(150, 161, "Indians")],
        "A headcount given twice is updated in both places (and loses 'nearly').",
        title="With shattered dreams, deportees return home from US",
        byline="PTI",
    ),
    Case(
        "ho-056-deportees-age-and-lakh",
        "5f9c5ed5d6",
        [0, 1, 2],
        [
            (
                "sub",
                "said Singh Jabarjung, 24, from Punjab",
                "said Singh Jabarjung, 26, from Punjab",
            ),
            (
                "sub",
                "he has spent Rs 24 lakh in the four attempts",
                "he has spent Rs 34 lakh in the four attempts",
            ),
        ],
        [FC(24, 26, None), FC(2400000, 3400000, None)],
        "An age and an amount in rupee lakhs are corrected.",
        title="With shattered dreams, deportees return home from US",
    ),
    # --- NBC DFW: Fort Worth kidnapping ------------------------------------------------------
    Case(
        "ho-057-fortworth-officer-quote-edited",
        "51d066b060",
        [0, 1, 3, 6, 7, 11, 12, 14, 15],
        [
            (
                "sub",
                '"Hands! Let me see your hands!" an officer ordered. "Step out."',
                '"Hands! Let me see your hands! Step out now!" an officer ordered.',
            )
        ],
        [
            QE(
                "an officer",
                "Hands! Let me see your hands! Step out.",
                "Hands! Let me see your hands! Step out now!",
            )
        ],
        "An unnamed officer's quote is rejoined and changed.",
        title="'We Got Her!': Video Shows Dramatic Rescue of Kidnapped Fort Worth Girl",
    ),
    Case(
        "ho-058-fortworth-age-corrected",
        "51d066b060",
        [0, 1, 2, 3, 4, 5, 6],
        [
            (
                "sub",
                "a kidnapped 8-year-old Fort Worth girl",
                "a kidnapped 7-year-old Fort Worth girl",
            ),
            ("add", "$", "An earlier version of this story gave the wrong age for the girl."),
        ],
        [FC(8, 7, None), CA("An earlier version of this story gave the wrong age for the girl.")],
        "An age is corrected with an 'An earlier version' note; the page keeps its link-bait lines.",
        title="'We Got Her!': Video Shows Dramatic Rescue of Kidnapped Fort Worth Girl",
    ),
    # --- CBS Detroit (AP): EEE ---------------------------------------------------------------
    Case(
        "ho-059-eee-animal-cases-developing-removed",
        "c467d50755",
        ["This is a developing story. Check back for updates.", 0, 1, 2, 3],
        [
            ("drop", "This is a developing story."),
            ("sub", "10 human cases and 46 animal cases", "10 human cases and 49 animal cases"),
        ],
        [DR(), FC(46, 49, "animal cases")],
        "The developing marker goes and the animal case count rises.",
        title="Michigan Officials: 6th Fatality Linked To Eastern Equine Encephalitis Reported",
        byline="Associated Press",
    ),
    Case(
        "ho-060-eee-khaldun-quote-added",
        "c467d50755",
        [0, 1, 2, 3],
        [
            (
                "add",
                "Dr. Joneigh Khaldun",
                "“Until we have a hard freeze, people need to keep protecting themselves from mosquito bites,” Khaldun said.",
            )
        ],
        [
            QA(
                "Khaldun",
                "Until we have a hard freeze, people need to keep protecting themselves from mosquito bites,",
            )
        ],
        "A quote from the state's medical executive is added.",
        title="Michigan Officials: 6th Fatality Linked To Eastern Equine Encephalitis Reported",
    ),
    Case(
        "ho-061-eee-neg-published-updated",
        "c467d50755",
        [0, 1, 2],
        [
            (
                "sub",
                "Published: 2019-11-19T08:05:00-05:00",
                "Published: 2019-11-19T08:05:00-05:00\nUpdated: 2019-11-19T11:40:00-05:00",
            )
        ],
        [],
        "Negative: only an 'Updated' time appears in the header.",
        title="Michigan Officials: 6th Fatality Linked To Eastern Equine Encephalitis Reported",
        published="2019-11-19T08:05:00-05:00",
    ),
    # --- NBC News (Reuters): Hitler's birthplace ----------------------------------------------
    Case(
        "ho-062-hitler-peschorn-quote-edited",
        "5a822960e9",
        [0, 1, 2, 3],
        [
            (
                "sub",
                "will never again evoke the memory of National Socialism,",
                "can never again be a place of remembrance of National Socialism,",
            )
        ],
        [
            QE(
                "Peschorn",
                "The house's future use by the police should send an unmistakable signal that this building will never again evoke the memory of National Socialism,",
                "The house's future use by the police should send an unmistakable signal that this building can never again be a place of remembrance of National Socialism,",
            )
        ],
        "The end of a minister's quote is reworded.",
        title="House Hitler was born in to become police station",
    ),
    Case(
        "ho-063-hitler-neg-paragraphs-swapped",
        "5a822960e9",
        [0, 1, 2, 3, 4, 5],
        [("move", "Although Hitler was born in Braunau in 1889", "$")],
        [],
        "Negative: the last two paragraphs swap places.",
        title="House Hitler was born in to become police station",
    ),
    Case(
        "ho-064-hitler-headline-and-byline",
        "5a822960e9",
        [0, 1, 2, 3, 4],
        [
            (
                "sub",
                "Title: House Hitler was born in to become police station",
                "Title: Austria to turn Hitler's birthplace into a police station",
            ),
            ("sub", "Byline: Reuters", "Byline: By Reuters and NBC News"),
        ],
        [
            H(
                "House Hitler was born in to become police station",
                "Austria to turn Hitler's birthplace into a police station",
            ),
            B("Reuters", "By Reuters and NBC News"),
        ],
        "Headline and byline both change.",
        title="House Hitler was born in to become police station",
        byline="Reuters",
    ),
    # --- Sportsnet (AP): Davis Cup -------------------------------------------------------------
    Case(
        "ho-065-davis-attendance-revised",
        "0d46122928",
        [0, 3, 8, 9],
        [
            (
                "sub",
                "among the more than 12,000 in attendance",
                "among the more than 12,500 in attendance",
            )
        ],
        [FC(12000, 12500, None)],
        "A crowd figure is revised.",
        title="Nadal keeps Spain alive against Russia in Davis Cup Finals",
        byline="The Associated Press",
    ),
    Case(
        "ho-066-davis-lopez-to-granollers",
        "0d46122928",
        [0, 1, 3, 6],
        [
            (
                "sub",
                '"It was a difficult situation for us," Lopez said.',
                '"It was a difficult situation for us," Granollers said.',
            )
        ],
        [
            QT(
                "Lopez",
                "Granollers",
                "It was a difficult situation for us, We needed this win, otherwise we could be close to being out of the tournament. Now we are in a good position to advance.",
            )
        ],
        "A split quote is re-attributed to the doubles partner.",
        title="Nadal keeps Spain alive against Russia in Davis Cup Finals",
    ),
    Case(
        "ho-067-davis-narration-around-figure",
        "0d46122928",
        [10, 11, 12, 13],
        [
            (
                "sub",
                "though they had not met since 1965.",
                "although the two teams had not met since 1965.",
            )
        ],
        # The reworded narration brings in a number word with a noun ("the two teams"):
        # labelled after the first evaluation showed the edit had added a figure.
        [FA(2, "teams")],
        "Narration around an unchanged figure is reworded, adding 'the two teams'.",
    ),
    Case(
        "ho-068-davis-neg-quote-attribution-restructured",
        "0d46122928",
        [0, 5, 6],
        [
            (
                "sub",
                '"The format makes things very difficult because every mistake puts you in a position that you don’t want to be," Nadal said. "And losing that first match, we were under pressure."',
                'Nadal said: "The format makes things very difficult because every mistake puts you in a position that you don’t want to be. And losing that first match, we were under pressure."',
            )
        ],
        [],
        "Negative: a quote split around 'Nadal said' is rejoined with the attribution first.",
    ),
    # --- USA Today: South Dakota meth campaign ------------------------------------------------
    Case(
        "ho-069-meth-cost-revised",
        "776a1c0467",
        [0, 1, 2, 3, 10],
        [
            (
                "sub",
                "paid a Minnesota ad agency just short of $449,000 this fall",
                "paid a Minnesota ad agency about $1.4 million this fall",
            )
        ],
        [FC(449000, 1.4e6, "$")],
        "A dollar amount is revised (and its qualifier changes).",
        title="'Meth. We're On It': South Dakota campaign is working, Kristi Noem says",
        byline="Argus Leader",
    ),
    Case(
        "ho-070-meth-noem-quote-removed",
        "776a1c0467",
        [1, 2, 4, 6, 7, 11],
        [("drop", '"This is our problem, and together, we need to get on it," Noem said.')],
        [QR("Noem", "This is our problem, and together, we need to get on it,")],
        "One of several quotes by the same speaker is removed.",
        title="'Meth. We're On It': South Dakota campaign is working, Kristi Noem says",
    ),
    Case(
        "ho-071-meth-neg-straight-to-curly",
        "776a1c0467",
        [0, 1, 2, 3, 4, 7, 8],
        [("fn", "curl")],
        [],
        "Negative: straight quotes and apostrophes become curly.",
    ),
    # --- BBC Newsbeat: Taylor Swift --------------------------------------------------------
    Case(
        "ho-072-swift-headline-and-byline",
        "70cb2d5bca",
        [0, 1, 2, 3, 21, 22],
        [
            (
                "sub",
                "Title: Taylor Swift can perform old hits at AMAs, says Big Machine",
                "Title: Taylor Swift row: AMAs organisers say nothing agreed yet",
            ),
            ("sub", "Byline: Newsbeat", "Byline: By Manish Pandey, Newsbeat reporter"),
        ],
        [
            H(
                "Taylor Swift can perform old hits at AMAs, says Big Machine",
                "Taylor Swift row: AMAs organisers say nothing agreed yet",
            ),
            B("Newsbeat", "By Manish Pandey, Newsbeat reporter"),
        ],
        "Headline and byline change together.",
        title="Taylor Swift can perform old hits at AMAs, says Big Machine",
        byline="Newsbeat",
    ),
    Case(
        "ho-073-swift-british-quote-added",
        "70cb2d5bca",
        [0, 1, 18, 21],
        [
            (
                "add",
                "The company that runs the AMAs",
                "A spokeswoman for the singer said: 'Taylor's team is still talking to the organisers.'",
            )
        ],
        [QA("a spokeswoman for the singer", "Taylor's team is still talking to the organisers.")],
        "A quote in straight single quote marks, holding an apostrophe, is added.",
        title="Taylor Swift can perform old hits at AMAs, says Big Machine",
    ),
    Case(
        "ho-074-swift-neg-narration-reworded",
        "70cb2d5bca",
        [8, 9, 12, 13, 14],
        [
            (
                "sub",
                "Her post got the attention of two big-name Democratic politicians",
                "Her post drew the attention of two big-name Democratic politicians",
            ),
            (
                "sub",
                "They criticised Scooter Braun's company",
                "Both criticised Scooter Braun's company",
            ),
        ],
        [],
        "Negative: narration reworded; the number word 'two' and the 'six albums' are untouched.",
    ),
    # --- Los Angeles Times: Gannett column ---------------------------------------------------
    Case(
        "ho-075-gannett-two-figures-revised",
        "8634d1211c",
        [0, 2, 12, 13],
        [
            (
                "sub",
                "encompassing 263 daily news organizations",
                "encompassing 261 daily news organizations",
            ),
            (
                "sub",
                "McClatchy reported a loss of $304.7 million",
                "McClatchy reported a loss of $304.9 million",
            ),
        ],
        [FC(263, 261, "daily news organizations"), FC(304.7e6, 304.9e6, "$")],
        "Two unrelated figures in different paragraphs are corrected.",
        title="Column: The Gannett/GateHouse merger sends a dismal signal about the future of local news",
        byline="By Michael Hiltzik",
    ),
    Case(
        "ho-076-gannett-neg-million-restructured",
        "8634d1211c",
        [12, 13, 14],
        [
            (
                "sub",
                "long-term debt of more than $700 million.",
                "more than $700 million in long-term debt.",
            ),
            (
                "sub",
                "make a required minimum contribution of $124 million to its pension fund",
                "make a required $124-million minimum contribution to its pension fund",
            ),
        ],
        [],
        "Negative: sentences around unchanged dollar figures are restructured ('$124-million' as a modifier).",
    ),
    # --- Los Angeles Times: Disney+ ------------------------------------------------------------
    Case(
        "ho-077-disney-users-raised",
        "098bb3e96c",
        [0, 1, 3, 5],
        [
            (
                "sub",
                "the more than 10 million users who activated",
                "the more than 15 million users who activated",
            )
        ],
        [FC(10e6, 15e6, "users")],
        "A user count in millions is raised.",
        title="Disney+ glitches blamed on heavy demand, says executive Kevin Mayer",
        byline="By Meg James",
    ),
    Case(
        "ho-078-disney-mayer-quote-extended",
        "098bb3e96c",
        [0, 9, 10, 11],
        [("sub", "“Not everyone will succeed.”", "“Not everyone will succeed, and that’s OK.”")],
        [
            QE(
                "Mayer",
                "We will see the industry shake out a bit, Not everyone will succeed.",
                "We will see the industry shake out a bit, Not everyone will succeed, and that’s OK.",
            )
        ],
        "The second piece of a split quote is extended.",
        title="Disney+ glitches blamed on heavy demand, says executive Kevin Mayer",
    ),
    Case(
        "ho-079-disney-iger-quote-added",
        "098bb3e96c",
        [0, 3, 15, 16],
        [
            (
                "add",
                "Getting Disney+ right will be a key test",
                "“Kevin and his team have done an extraordinary job,” Disney Chief Executive Bob Iger said in a statement.",
            )
        ],
        [QA("Iger", "Kevin and his team have done an extraordinary job,")],
        "A quote from a newly named speaker with a title is added.",
        title="Disney+ glitches blamed on heavy demand, says executive Kevin Mayer",
    ),
    Case(
        "ho-080-disney-neg-around-partial-quote",
        "098bb3e96c",
        [0, 3, 4, 6],
        [
            (
                "sub",
                "Disney’s tech teams isolated the problem, Mayer said, and “patched” the software as the company continued to sign up additional subscribers throughout the week.",
                "Mayer said Disney’s tech teams isolated the problem and “patched” the software while the company kept signing up subscribers throughout the week.",
            )
        ],
        [],
        "Negative: narration around an unchanged one-word partial quote is rewritten.",
    ),
    # --- Newsweek: cannabis study ----------------------------------------------------------------
    Case(
        "ho-081-cannabis-percent-revised",
        "7f93c1944a",
        [0, 5, 6],
        [("sub", "rose by 23 percent when compared", "rose by 25 percent when compared")],
        [FC(23, 25, "%")],
        "One of several percentages in a paragraph is revised.",
        title="Cannabis use disorder is rising in U.S. states where weed is legal",
        byline="By Kashmira Gander",
    ),
    Case(
        "ho-082-cannabis-respondents-corrected",
        "7f93c1944a",
        [0, 2, 8],
        [
            ("sub", "surveys completed by 505,796 people", "surveys completed by 505,769 people"),
            (
                "add",
                "$",
                "Correction (11/20/19): An earlier version of this article misstated the number of survey respondents.",
            ),
        ],
        [
            FC(505796, 505769, "people"),
            CA("An earlier version of this article misstated the number of survey respondents."),
        ],
        "Transposed digits are corrected, with a dated correction line.",
        title="Cannabis use disorder is rising in U.S. states where weed is legal",
    ),
    Case(
        "ho-083-cannabis-multi-paragraph-quote-edited",
        "7f93c1944a",
        [0, 9, 10],
        [
            (
                "sub",
                "legalization efforts should coincide with prevention and treatment.",
                "legalization efforts should go hand in hand with prevention and treatment.",
            )
        ],
        [
            QE(
                "Martins",
                "Given our findings on problematic use across age groups, legalization efforts should coincide with prevention and treatment. The general public should be informed about both benefits and potential harms of marijuana products to make informed decisions,",
                "Given our findings on problematic use across age groups, legalization efforts should go hand in hand with prevention and treatment. The general public should be informed about both benefits and potential harms of marijuana products to make informed decisions,",
            )
        ],
        "The second paragraph of a two-paragraph quote is reworded.",
        title="Cannabis use disorder is rising in U.S. states where weed is legal",
    ),
    Case(
        "ho-084-cannabis-neg-percent-signs",
        "7f93c1944a",
        [0, 2, 5],
        [
            (
                "sub",
                "77 percent were aged 26 or above, 65 percent were white, 11.9 percent were black",
                "77% were aged 26 or above, 65% were white, 11.9% were black",
            ),
            ("sub", "from 0.90 percent to 1.23 percent", "from 0.9% to 1.23%"),
        ],
        [],
        "Negative: 'percent' becomes '%' (and 0.90 becomes 0.9).",
    ),
    # --- Smithsonian: plague in China --------------------------------------------------------
    Case(
        "ho-085-plague-quarantine-count",
        "ea25dd7edf",
        [0, 5, 7],
        [
            (
                "sub",
                "reports that 28 people who came into contact",
                "reports that 35 people who came into contact",
            )
        ],
        [FC(28, 35, "people")],
        "The number of contacts quarantined is revised.",
        title="Three Cases of Plague Diagnosed in China",
        byline="Brigit Katz",
    ),
    Case(
        "ho-086-plague-sentence-removed",
        "ea25dd7edf",
        [0, 6, 7],
        [
            (
                "sub",
                " China has experienced a small smattering of plague infections in recent years—26 cases and 11 deaths between 2009 and 2018, reports Reuters.",
                "",
            )
        ],
        [FR(26, "cases"), FR(11, "deaths")],
        "A sentence with two figures is cut from a paragraph that keeps others.",
        title="Three Cases of Plague Diagnosed in China",
    ),
    Case(
        "ho-087-plague-neg-commenter-narration",
        "ea25dd7edf",
        [0, 9, 10],
        [
            (
                "sub",
                "one Weibo commenter said, per Feng.",
                "one commenter wrote on Weibo, according to Feng.",
            )
        ],
        [],
        "Negative: the narration around an unchanged quote by an unnamed commenter is reworded.",
    ),
    # --- The Sun: bubonic plague ------------------------------------------------------------------
    Case(
        "ho-088-sun-contacts-revised",
        "8b19453030",
        [0, 1, 5, 9],
        [
            (
                "sub",
                "resulted in 46 of their close contacts",
                "resulted in 52 of their close contacts",
            ),
            ("sub", "All but four have now been released.", "All but six have now been released."),
        ],
        [FC(46, 52, "contacts"), FC(4, 6, None)],
        "Two counts in one paragraph change, one of them a number word.",
        title="Hunter in Beijing diagnosed with bubonic plague after eating a rabbit",
        byline="By Sarah Smith",
    ),
    Case(
        "ho-089-sun-straight-single-quote-added",
        "8b19453030",
        [0, 1, 2, 7],
        [
            (
                "add",
                "Health bosses said that 28 people",
                "A health official said: 'The risk of the disease spreading is extremely low.'",
            )
        ],
        [QA("a health official", "The risk of the disease spreading is extremely low.")],
        "A quote in straight single marks from an unnamed official is added.",
        title="Hunter in Beijing diagnosed with bubonic plague after eating a rabbit",
    ),
    Case(
        "ho-090-sun-neg-caps-and-subhead",
        "8b19453030",
        [0, 1, 7, 8, 9],
        [
            ("sub", "A HUNTER who killed", "A hunter who killed"),
            ("sub", "SCORES QUARANTINED", "Scores quarantined"),
        ],
        [],
        "Negative: tabloid capitals are lowered in the lede and a subheading.",
    ),
    # --- The Real Deal: WeWork layoffs ----------------------------------------------------
    Case(
        "ho-091-wework-layoffs-revised",
        "bc13ff87b2",
        [0, 3, 6, 7],
        [
            (
                "sub",
                "In sum, more than 4,000 people are expected",
                "In sum, about 2,400 people are expected",
            )
        ],
        [FC(4000, 2400, "people")],
        "A layoff count is revised down.",
        title="WeWork employees to be laid off this week",
        byline="By Rich Bockmann",
    ),
    Case(
        "ho-092-wework-claure-quote-edited",
        "bc13ff87b2",
        [0, 1, 2],
        [
            (
                "sub",
                "“We are going to eliminate and scale back certain functions and responsibilities, which will increase efficiency and also accountability.”",
                "“We are going to eliminate certain functions and responsibilities, which will increase efficiency.”",
            )
        ],
        [
            QE(
                "Claure",
                "In the areas of the business that do not directly support our core business goals, we have to make some necessary job eliminations, We are going to eliminate and scale back certain functions and responsibilities, which will increase efficiency and also accountability.",
                "In the areas of the business that do not directly support our core business goals, we have to make some necessary job eliminations, We are going to eliminate certain functions and responsibilities, which will increase efficiency.",
            )
        ],
        "The piece of a split quote after its attribution is trimmed.",
        title="WeWork employees to be laid off this week",
    ),
    Case(
        "ho-093-wework-developing-added",
        "bc13ff87b2",
        [0, 1, 3, 4],
        [("add", "^", "This story is developing. Check back for updates.")],
        [DA()],
        "A developing-story line is put at the top.",
        title="WeWork employees to be laid off this week",
    ),
    Case(
        "ho-094-wework-neg-number-word",
        "bc13ff87b2",
        [0, 5, 11],
        [
            (
                "sub",
                "after being delayed for almost two weeks.",
                "after being delayed for almost 2 weeks.",
            )
        ],
        [],
        "Negative: a number word becomes digits with the same value.",
    ),
    # --- Spokesman-Review: ad agencies on the meth campaign ---------------------------------
    Case(
        "ho-095-spokane-hege-nested-quote-trimmed",
        "c13b9c0e04",
        [0, 1, 2, 3],
        [
            (
                "sub",
                " Hege said. “At the end of the day, the proof’s in the pudding. I’m sure they’ve got a good evaluation plan in place to look at results over time, but I did feel concerned that it may just create noise that doesn’t actually drive the behaviors that they’re looking to drive.”",
                " Hege said.",
            )
        ],
        [
            QE(
                "Hege",
                "I guess my first reaction was, ‘Oh no, they’re going to get a lot of attention and, maybe, not all of it helpful attention,’ At the end of the day, the proof’s in the pudding. I’m sure they’ve got a good evaluation plan in place to look at results over time, but I did feel concerned that it may just create noise that doesn’t actually drive the behaviors that they’re looking to drive.",
                "I guess my first reaction was, ‘Oh no, they’re going to get a lot of attention and, maybe, not all of it helpful attention,’",
            )
        ],
        "A quote holding a nested single-quoted thought loses its second piece.",
        title="‘Meth. We’re on it.’: Spokane ad agencies divided on South Dakota’s viral campaign",
        byline="By Amanda Sullender, The Spokesman-Review",
    ),
    Case(
        "ho-096-spokane-graham-to-hege-reattributed",
        "c13b9c0e04",
        [0, 1, 5, 6],
        [("sub", "not intended to see it,” Graham said.", "not intended to see it,” Hege said.")],
        [
            QT(
                "Graham",
                "Hege",
                "When a group is trying to reach a very specific audience, the messaging can either be offensive or really miss the mark with the audience that’s not intended to see it,",
            )
        ],
        "A quote is moved from one named source to another named earlier in the story.",
        title="‘Meth. We’re on it.’: Spokane ad agencies divided on South Dakota’s viral campaign",
    ),
    Case(
        "ho-097-spokane-budget-and-sanborn-quote",
        "c13b9c0e04",
        [0, 11, 12, 13],
        [
            ("sub", "with a budget of $449,000 –", "with a budget of nearly $450,000 –"),
            ("drop", "“OK, great, let’s be provocative"),
        ],
        [
            FC(449000, 450000, "$"),
            QR(
                "Sanborn",
                "OK, great, let’s be provocative, let’s get people to notice it and talk about it, but I don’t think people are talking about it in the way that you want them talking about it, right? What’s America talking about? South Dakota’s got a meth problem, so that’s not the best thing for the South Dakota brand.",
            ),
        ],
        "A budget is rounded to 'nearly $450,000' and a split quote paragraph is removed.",
        title="‘Meth. We’re on it.’: Spokane ad agencies divided on South Dakota’s viral campaign",
    ),
    # --- Pioneer Press: Wild beat Sabres -------------------------------------------------------
    Case(
        "ho-098-wild-crowd-and-parise-quote",
        "264dc3ae31",
        [0, 1, 2, 9],
        [
            ("sub", "in front of 15,522 in KeyBank Center", "in front of 15,622 in KeyBank Center"),
            (
                "sub",
                "But I was able to, I guess, work my way out of it.",
                "But I was able to work my way out of it.",
            ),
        ],
        [
            FC(15522, 15622, None),
            QE(
                "Parise",
                "You can go either way, I was going the other way for a little while. But I was able to, I guess, work my way out of it.",
                "You can go either way, I was going the other way for a little while. But I was able to work my way out of it.",
            ),
        ],
        "A crowd figure is corrected and a filler phrase is cut from a quote.",
        title="Zach Parise heating up, scores twice as Wild beat Sabres 4-1",
        byline="By Dane Mizutani",
    ),
    Case(
        "ho-099-wild-neg-number-words",
        "264dc3ae31",
        [0, 2, 3, 6],
        [
            (
                "sub",
                "had scored just once in a 10-game stretch",
                "had scored just once in a ten-game stretch",
            ),
            (
                "sub",
                "gave the Wild a commanding two-goal lead",
                "gave the Wild a commanding 2-goal lead",
            ),
        ],
        [],
        "Negative: digits and number words swap with the same value.",
    ),
    # --- Billboard: Doobie Brothers tour ------------------------------------------------
    Case(
        "ho-100-doobie-tour-dates-raised",
        "9cb8224b66",
        [0, 1, 2, 4],
        [
            ("sub", "the 30-date run will mark", "the 35-date run will mark"),
            ("sub", "the first stop of 30 cities", "the first stop of 35 cities"),
        ],
        [FC(30, 35, "dates"), FC(30, 35, "cities")],
        "A tour's length changes in two places, once as a hyphenated compound.",
        title="The Doobie Brothers Set 50th Anniversary Tour of North America",
        byline="By Gary Graff",
    ),
    Case(
        "ho-101-doobie-johnston-quote-edited",
        "9cb8224b66",
        [0, 1, 7],
        [
            (
                "sub",
                "We'll be performing songs from our full catalog, as well as new music.”",
                "We'll be playing all the hits, as well as songs from our new EP.”",
            )
        ],
        [
            QE(
                "Johnston",
                "We're truly excited about our 50th Anniversary Tour, as it's a celebration of the band’s entire history. We'll be performing songs from our full catalog, as well as new music.",
                "We're truly excited about our 50th Anniversary Tour, as it's a celebration of the band’s entire history. We'll be playing all the hits, as well as songs from our new EP.",
            )
        ],
        "The end of a quote split around 'comments Johnston' is reworded.",
        title="The Doobie Brothers Set 50th Anniversary Tour of North America",
    ),
    # --- Al Bawaba (AFP): settlements ---------------------------------------------------------
    Case(
        "ho-102-settlements-settlers-count",
        "833caf3bdb",
        [0, 1, 11, 12],
        [
            (
                "sub",
                "More than 600,000 Israelis live in settlements",
                "About 650,000 Israelis live in settlements",
            )
        ],
        [FC(600000, 650000, "Israelis")],
        "A population figure is revised next to an unchanged one.",
        title="World Community Lashes Out at US for No Longer Considering Israeli Settlements Illegal",
        byline="AFP",
    ),
    Case(
        "ho-103-settlements-partial-quote-reattributed",
        "833caf3bdb",
        [0, 2, 3, 10],
        [
            (
                "sub",
                '"corrected an historic injustice and lined up with truth and justice", Netanyahu said.',
                '"corrected an historic injustice and lined up with truth and justice", Defence Minister Naftali Bennett said.',
            )
        ],
        [
            QT(
                "Netanyahu",
                "Bennett",
                "corrected an historic injustice and lined up with truth and justice",
            )
        ],
        "A partial quote is re-attributed to another minister.",
        title="World Community Lashes Out at US for No Longer Considering Israeli Settlements Illegal",
    ),
    Case(
        "ho-104-settlements-safadi-quote-added",
        "833caf3bdb",
        [0, 1, 16, 18],
        [
            (
                "add",
                "$",
                'Safadi said in a statement: "Israeli settlements are a blatant violation of international law and undermine the chances of peace."',
            )
        ],
        [
            QA(
                "Safadi",
                "Israeli settlements are a blatant violation of international law and undermine the chances of peace.",
            )
        ],
        "A full quote from a minister already named in the story is added at the end.",
        title="World Community Lashes Out at US for No Longer Considering Israeli Settlements Illegal",
    ),
    # --- CBS Sports: Browns and Steelers --------------------------------------------------
    Case(
        "ho-105-browns-heyward-quote-and-headline",
        "08f7937627",
        [0, 4, 5],
        [
            (
                "sub",
                "Title: Browns player on Mason Rudolph's role in fight with Myles Garrett: 'He asked for it'",
                "Title: Steelers' Cam Heyward: 'The most important thing is we lost that game'",
            ),
            ("sub", " We were on the field too much. That's our fault.", ""),
        ],
        [
            H(
                "Browns player on Mason Rudolph's role in fight with Myles Garrett: 'He asked for it'",
                "Steelers' Cam Heyward: 'The most important thing is we lost that game'",
            ),
            QE(
                "Heyward",
                "The most important thing is we lost that game, I know it got overshadowed by a lot of things, but as a defense, we didn't play well. We were on the field too much. That's our fault. They drove the ball and had a lot of success. You've got to learn from that. I'm not going to hide away from that.",
                "The most important thing is we lost that game, I know it got overshadowed by a lot of things, but as a defense, we didn't play well. They drove the ball and had a lot of success. You've got to learn from that. I'm not going to hide away from that.",
            ),
        ],
        "Two sentences are cut from the middle of a quote and the headline (itself quoting) changes.",
        title="Browns player on Mason Rudolph's role in fight with Myles Garrett: 'He asked for it'",
        byline="By Bryan DeArdo",
    ),
    Case(
        "ho-106-browns-fines-changed",
        "08f7937627",
        [0, 1],
        [
            (
                "sub",
                "and both teams received $250,000 fines.",
                "and both teams received $500,000 fines.",
            )
        ],
        [FC(250000, 500000, "$")],
        "A fine amount changes.",
        title="Browns player on Mason Rudolph's role in fight with Myles Garrett: 'He asked for it'",
    ),
    # --- CNN Business: Asian markets ------------------------------------------------------
    Case(
        "ho-107-asia-index-moves-updated",
        "d605bdef2c",
        [0, 1, 2, 3],
        [
            (
                "sub",
                "declined 0.3%, while South Korea's Kospi Index (KOSPI) fell 0.5%.",
                "declined 0.5%, while South Korea's Kospi Index (KOSPI) fell 0.7%.",
            )
        ],
        [FC(0.3, 0.5, "%"), FC(0.5, 0.7, "%")],
        "Two index moves are updated; '225' in an index name stays.",
        title="US-China trade war developments leave investors with mixed feelings",
        byline="By Laura He, CNN Business",
    ),
    Case(
        "ho-108-asia-halley-to-yang-reattributed",
        "d605bdef2c",
        [0, 3, 4],
        [
            (
                "sub",
                "said Jeffrey Halley, a market analyst with the research firm Oanda, in a note.",
                "said Margaret Yang, a market analyst with CMC Markets, in a note.",
            )
        ],
        [
            QT(
                "Halley",
                "Yang",
                "With no significant data releases in Asia today, attention in the region will remain focused on trade concerns and Hong Kong, Neither is likely to inspire the confidence of market participants.",
            )
        ],
        "A split quote is re-attributed to an analyst at another firm.",
        title="US-China trade war developments leave investors with mixed feelings",
    ),
    # --- CNN Politics: Trump's health ------------------------------------------------------------
    Case(
        "ho-109-trump-weight-corrected",
        "ef4e67b66d",
        [0, 3, 4],
        [("sub", "he clocked in at 243 pounds.", "he clocked in at 244 pounds.")],
        [FC(243, 244, "pounds")],
        "A weight is corrected in a paragraph that also gives an age.",
        title="Why you can't trust the White House on Donald Trump's health",
        byline="Analysis by Chris Cillizza, CNN Editor-at-large",
    ),
    Case(
        "ho-110-trump-gidley-removed-grisham-edited",
        "ef4e67b66d",
        [0, 5, 6, 15],
        [
            ("drop", "said Hogan Gidley"),
            (
                "sub",
                "as my statements said he's in good health",
                "as my statements said he is in very good health",
            ),
        ],
        [
            QR(
                "Gidley",
                "The President received a diet and exercise plan last year after his annual physical, but the President admits he has not followed it religiously,",
            ),
            QE(
                "Grisham",
                "We're not going to get into security and movement protocols when it comes to the President, but as my statements said he's in good health and it was a routine checkup as part of his annual physical, I've given plenty of on-the-record statements that were truthful and accurate -- actively trying to find and report conspiracy theories really needs to stop.",
                "We're not going to get into security and movement protocols when it comes to the President, but as my statements said he is in very good health and it was a routine checkup as part of his annual physical, I've given plenty of on-the-record statements that were truthful and accurate -- actively trying to find and report conspiracy theories really needs to stop.",
            ),
        ],
        "One spokesman's quote is removed and another's is lightly reworded.",
        title="Why you can't trust the White House on Donald Trump's health",
    ),
    Case(
        "ho-111-trump-neg-double-hyphen-to-dash",
        "ef4e67b66d",
        [0, 2, 3, 15],
        [("fn", "double_hyphen_to_dashes")],
        [],
        "Negative: '--' becomes an em dash, also inside a quote.",
    ),
    # --- New York Times: trade war ------------------------------------------------------------
    Case(
        "ho-112-nyt-tariff-base-revised",
        "702d1da63b",
        [0, 3, 4],
        [
            (
                "sub",
                "his tariffs on $360 billion worth of Chinese goods",
                "his tariffs on $370 billion worth of Chinese goods",
            )
        ],
        [FC(360e9, 370e9, "$")],
        "A dollar figure is revised.",
        title="Trump’s Made-for-TV Trade War Keeps World Guessing",
        byline="By Ana Swanson and Keith Bradsher",
    ),
    Case(
        "ho-113-nyt-williams-quote-reworded",
        "702d1da63b",
        [0, 9, 10],
        [
            (
                "sub",
                "“It’s striking that in almost every corner of the world geopolitical tensions are threatening to put the brakes on growth,”",
                "“It is striking that nearly everywhere in the world geopolitical tensions are threatening growth,”",
            )
        ],
        [
            QE(
                "Williams",
                "It’s striking that in almost every corner of the world geopolitical tensions are threatening to put the brakes on growth, The uncertainty created by current events is no doubt having a lasting effect on the economic conditions we’re experiencing today.",
                "It is striking that nearly everywhere in the world geopolitical tensions are threatening growth, The uncertainty created by current events is no doubt having a lasting effect on the economic conditions we’re experiencing today.",
            )
        ],
        "The first piece of a split quote is reworded.",
        title="Trump’s Made-for-TV Trade War Keeps World Guessing",
    ),
    Case(
        "ho-114-nyt-neg-paragraph-split",
        "702d1da63b",
        [0, 1, 2],
        [
            (
                "sub",
                "It’s very simple.’” The cabinet members gathered",
                "It’s very simple.’”\n\nThe cabinet members gathered",
            )
        ],
        [],
        "Negative: a paragraph with nested quotes is split in two after the quote.",
        title="Trump’s Made-for-TV Trade War Keeps World Guessing",
    ),
    # --- Fox News: Dancing with the Stars -------------------------------------------------------
    Case(
        "ho-115-dwts-inaba-to-tonioli",
        "7dfc3e359d",
        [2, 3, 14, 15],
        [
            (
                "sub",
                "judge Inaba noted as she made her decision.",
                "judge Bruno Tonioli noted as he made his decision.",
            )
        ],
        [
            QT(
                "Inaba",
                "Tonioli",
                "This is not easy. First of all, this is not at all what I expected to see here,",
            )
        ],
        "A judge's quote is re-attributed to another judge.",
        title="James Van Der Beek eliminated from 'Dancing with the Stars' after wife suffers miscarriage",
        byline="By Jessica Napoli, Fox News",
    ),
    Case(
        "ho-116-dwts-quote-trimmed",
        "7dfc3e359d",
        [2, 4, 6],
        [
            (
                "sub",
                " Van Der Beek said. “The little soul that we had expected to welcome into our family took a shortcut to whatever lies beyond.”",
                " Van Der Beek said.",
            )
        ],
        [
            QE(
                "Van Der Beek",
                "My wife Kimberly and I went through every expecting parent’s worst nightmare. We lost the baby, The little soul that we had expected to welcome into our family took a shortcut to whatever lies beyond.",
                "My wife Kimberly and I went through every expecting parent’s worst nightmare. We lost the baby,",
            )
        ],
        "The second piece of a split quote by a multi-word surname is cut.",
        title="James Van Der Beek eliminated from 'Dancing with the Stars' after wife suffers miscarriage",
    ),
    Case(
        "ho-117-dwts-neg-spaces-inside-quotes",
        "7dfc3e359d",
        [2, 3, 4],
        [
            (
                "sub",
                "eliminated from “ Dancing with the Stars.”",
                "eliminated from “Dancing with the Stars.”",
            ),
            (
                "sub",
                "The former “ Dawson’s Creek ” star, 42,",
                "The former “Dawson’s Creek” star, 42,",
            ),
        ],
        [],
        "Negative: stray spaces inside quoted show titles are removed.",
    ),
    # --- CBS News: Fort Worth kidnapping ----------------------------------------------------
    Case(
        "ho-118-webb-jury-minutes",
        "2c46804d9d",
        [0, 4, 6],
        [("sub", "deliberated for less than 10 minutes", "deliberated for about 15 minutes")],
        [FC(10, 15, "minutes")],
        "A duration is revised (and its qualifier changes).",
        title="Video shows dramatic rescue of 8-year-old kidnapping victim",
        byline="CBS News",
    ),
    Case(
        "ho-119-webb-cox-quote-trimmed",
        "2c46804d9d",
        [0, 8, 9],
        [
            (
                "sub",
                '. My hope is that this family and this community will find solace in knowing that he will never be able to harm another little child again," said',
                '," said',
            )
        ],
        [
            QE(
                "Cox",
                "We believe that justice has been served in this case. And we are thankful for and agree with the Judge's decision to sentence him to life in prison. My hope is that this family and this community will find solace in knowing that he will never be able to harm another little child again,",
                "We believe that justice has been served in this case. And we are thankful for and agree with the Judge's decision to sentence him to life in prison,",
            )
        ],
        "The last sentence of a long quote is cut.",
        title="Video shows dramatic rescue of 8-year-old kidnapping victim",
    ),
    # --- Space.com: lunar landers ---------------------------------------------------------
    Case(
        "ho-120-space-neg-typos-fixed",
        "c50845a715",
        [0, 1, 3],
        [("sub", "to join its Arte mis m oon program.", "to join its Artemis moon program.")],
        [],
        "Negative: broken words in the lede are mended; no quote or figure changes.",
        title="NASA picks SpaceX, Blue Origin and 3 others to join private moon lander program",
        byline="By Mike Wall",
    ),
    Case(
        "ho-121-space-zurbuchen-removed-value-added",
        "c50845a715",
        [0, 1, 2, 3, 7],
        [
            ("drop", "Thomas Zurbuchen"),
            (
                "add",
                "bringing the total number of private moon lander hopefuls",
                "Together the contracts are worth up to $2.6 billion over 10 years.",
            ),
        ],
        [
            QR(
                "Zurbuchen",
                "The CLPS initiative was designed to leverage the expertise and innovation of private industry to get to the Moon quickly, As we build a steady cadence of deliveries, we’ll expand our ability to do new science on the lunar surface, develop new technologies, and support human exploration objectives.",
            ),
            FA(2.6e9, "$"),
            FA(10, "years"),
        ],
        "A split quote paragraph is removed and a sentence with two new figures is added.",
        title="NASA picks SpaceX, Blue Origin and 3 others to join private moon lander program",
    ),
    # --- more negatives on earlier articles ------------------------------------------------
    Case(
        "ho-122-esper-neg-crlf",
        "db6b0816c6",
        [0, 1, 2, 3],
        [("crlf",)],
        [],
        "Negative: the same file saved with CRLF line ends.",
        title="Esper accuses China of intimidating smaller Asian nations",
        byline="By Robert Burns, Associated Press",
    ),
    Case(
        "ho-123-trump-neg-quote-paragraph-moved",
        "ef4e67b66d",
        [0, 3, 6, 15],
        [("move", "Grisham told CNN", "Remember what we already know")],
        [],
        "Negative: a paragraph holding a split quote moves up two places.",
        title="Why you can't trust the White House on Donald Trump's health",
    ),
    Case(
        "ho-124-disney-neg-ellipsis-in-quote",
        "098bb3e96c",
        [0, 3, 14],
        [("fn", "unicode_ellipsis")],
        [],
        "Negative: '...' inside two quotes becomes the one-character ellipsis.",
    ),
    Case(
        "ho-125-davis-neg-en-dash-scores",
        "0d46122928",
        [0, 1, 2, 3],
        [("fn", "en_dash_scores")],
        [],
        "Negative: tennis scores and the tie score are set with en dashes.",
        title="Nadal keeps Spain alive against Russia in Davis Cup Finals",
    ),
    Case(
        "ho-126-markets-neg-sentence-rewritten",
        "57d46c9d75",
        [0, 4, 5, 6],
        [
            (
                "sub",
                "Oil fell after sources told Reuters that Russia is unlikely to agree to cut its oil output further at a meeting with fellow exporters next month.",
                "Oil slid after sources told Reuters that Russia was unlikely to agree to deeper output cuts when it meets fellow exporters next month.",
            )
        ],
        [],
        "Negative: a sentence without quotes or figures is rewritten.",
        title="Oversupply angst drags oil lower, stocks drift near highs",
    ),
    Case(
        "ho-127-bolivia-neg-dateline-added",
        "4a44ab3e4c",
        [0, 1, 2],
        [
            (
                "sub",
                "Three people have died during protests",
                "LA PAZ, Bolivia — Three people have died during protests",
            )
        ],
        [],
        "Negative: a dateline is put in front of the lede.",
    ),
]


# --- building ------------------------------------------------------------------------------


def load_articles() -> dict[str, dict[str, Any]]:
    """The benchmark's ground truth: page key -> {url, articleBody}."""
    data: dict[str, dict[str, Any]] = json.loads((AEB / "ground-truth.json").read_text("utf-8"))
    return data


def resolve_key(articles: dict[str, Any], prefix: str) -> str:
    """The one full key starting with `prefix`."""
    keys = [k for k in articles if k.startswith(prefix)]
    if len(keys) != 1:
        raise SystemExit(f"key prefix {prefix!r} matches {len(keys)} pages")
    return keys[0]


def article_paragraphs(body: str) -> list[str]:
    """The body's paragraphs, each on one line."""
    return [" ".join(p.split()) for p in body.split("\n\n") if p.strip()]


def render(case: Case, body: list[str]) -> str:
    """The plain-text file: header lines, a blank line, paragraphs separated by blank lines."""
    header = []
    if case.title:
        header.append(f"Title: {case.title}")
    if case.byline:
        header.append(f"Byline: {case.byline}")
    if case.published:
        header.append(f"Published: {case.published}")
    head = "\n".join(header) + "\n\n" if header else ""
    return head + "\n\n".join(body) + "\n"


def _find(paras: list[str], frag: str, case: str) -> int:
    hits = [i for i, p in enumerate(paras) if frag in p]
    if len(hits) != 1:
        raise SystemExit(f"{case}: paragraph fragment {frag!r} matches {len(hits)} paragraphs")
    return hits[0]


def apply_ops(case: Case, text: str) -> str:
    """Run a case's ops over the old text."""
    for op in case.ops:
        kind = op[0]
        if kind == "crlf":  # the whole file, header included, with Windows line ends
            text = text.replace("\n", "\r\n")
            continue
        if kind == "sub":
            if text.count(op[1]) != 1:
                raise SystemExit(f"{case.name}: {op[1]!r} occurs {text.count(op[1])} times")
            text = text.replace(op[1], op[2])
            continue
        head, sep, body_text = _split_header(text)
        paras = body_text.rstrip("\n").split("\n\n")
        if kind == "drop":
            del paras[_find(paras, op[1], case.name)]
        elif kind == "add":
            at = (
                0
                if op[1] == "^"
                else len(paras)
                if op[1] == "$"
                else _find(paras, op[1], case.name) + 1
            )
            paras.insert(at, op[2])
        elif kind == "move":
            para = paras.pop(_find(paras, op[1], case.name))
            at = len(paras) if op[2] == "$" else _find(paras, op[2], case.name)
            paras.insert(at, para)
        elif kind == "fn":
            paras = TRANSFORMS[op[1]]("\n\n".join(paras)).split("\n\n")
        else:
            raise SystemExit(f"{case.name}: unknown op {kind!r}")
        text = head + sep + "\n\n".join(paras) + "\n"
    return text


def _split_header(text: str) -> tuple[str, str, str]:
    first, sep, rest = text.partition("\n\n")
    if first and all(re.match(r"(Title|Byline|Published): ", line) for line in first.split("\n")):
        return first, sep, rest
    return "", "", text


def build(case: Case, articles: dict[str, Any]) -> None:
    """Write one case folder."""
    key = resolve_key(articles, case.key)
    source = article_paragraphs(articles[key]["articleBody"])
    body = [source[p] if isinstance(p, int) else p for p in case.paras]
    old = render(case, body)
    new = apply_ops(case, old)
    if new == old:
        raise SystemExit(f"{case.name}: the ops changed nothing")
    folder = OUT / case.name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "old.txt").write_text(old, encoding="utf-8")
    (folder / "new.txt").write_text(new, encoding="utf-8")
    spec = {"description": case.description, "source": f"aeb:{key}", "changes": case.changes}
    (folder / "expected.json").write_text(
        json.dumps(spec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )


def main() -> None:
    """Regenerate every case folder of the held-out corpus."""
    articles = load_articles()
    names = [c.name for c in CASES]
    if len(names) != len(set(names)):
        raise SystemExit("duplicate case names")
    for case in CASES:
        build(case, articles)
    negatives = sum(1 for c in CASES if not c.changes)
    print(f"{len(CASES)} cases ({negatives} negatives) written to {OUT}")


if __name__ == "__main__":
    main()
