# ruff: noqa: E501  (the case tables quote real article text; splitting it would hide the edits)
"""Generate the second held-out labelled revision corpus, tests/data/heldout2/.

Run: .venv/bin/python bench/make_heldout2.py   (rewrites tests/data/heldout2/ from scratch)

Built without looking at the detection code or at the other corpora's texts, from articles of
the article-extraction benchmark that no other corpus uses (plus a few synthetic disaster
stories, marked "source": "synthetic"). Each case takes real article text, applies by hand the
edits a newsroom makes to a developing story, and records by hand the changes those edits make.
The labels describe the edit; they are never copied from the output of the code under test.

Text cases: the header (Title/Byline/Published) and a selection of the article's paragraphs
form the base; `pre` ops turn the base into the old version, `ops` turn old into new.
  ("sub", a, b)        replace the one occurrence of `a` with `b` (header included)
  ("add", frag, text)  insert paragraph `text` after the paragraph holding `frag`
                       (frag "^": at the top of the body, "$": at the end)
  ("drop", frag)       remove the paragraph holding `frag`
  ("move", frag, to)   move the paragraph holding `frag` before the one holding `to` ("$": end)
  ("split", frag)      split the paragraph holding `frag` so that `frag` starts a new one
  ("merge", frag)      join the paragraph holding `frag` with the next one
  ("title", text) / ("byline", text) / ("header", key, value)   set a header line
  ("crlf",)            write the version with CRLF line ends
HTML cases: the real page is the old version (after `pre`), ops are ("sub", a, b) on the raw
HTML, or ("suball", a, b) for a string the page repeats (title, meta tags).
"""

from __future__ import annotations

import gzip
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
AEB = Path("/work/shared/corpus/aeb")
OUT = ROOT / "tests" / "data" / "heldout2"

Op = tuple[str, ...]


# --- expected changes ---------------------------------------------------------------------


def _fig(value: float, unit: str | None) -> dict[str, Any]:
    return {"value": value} if unit is None else {"value": value, "unit": unit}


def FC(old: float, new: float, unit: str | None) -> dict[str, Any]:
    """A figure revised."""
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
    """A quote whose words changed (trimmed, extended, reworded)."""
    return {"kind": "quote_edited", "speaker": speaker, "old": old, "new": new}


def QT(old_speaker: str, speaker: str, words: str) -> dict[str, Any]:
    """The same quote words credited to another speaker."""
    return {
        "kind": "quote_reattributed",
        "speaker": speaker,
        "old_speaker": old_speaker,
        "old": words,
        "new": words,
    }


def HL(old: str, new: str) -> dict[str, Any]:
    return {"kind": "headline_changed", "old": old, "new": new}


def BY(old: str, new: str) -> dict[str, Any]:
    return {"kind": "byline_changed", "old": old, "new": new}


def CORR(text: str) -> dict[str, Any]:
    return {"kind": "correction_added", "new": text}


DEV_ADDED = {"kind": "developing_marker_added"}
DEV_REMOVED = {"kind": "developing_marker_removed"}


# --- cases --------------------------------------------------------------------------------


@dataclass
class Case:
    """One revision pair: where its text comes from, the edits, and the expected changes."""

    name: str
    src: str  # a benchmark page key prefix, or "synthetic"
    description: str
    changes: list[dict[str, Any]]
    paras: Any = "all"  # "all", (start, stop), a list of indices, or literal paragraphs (synthetic)
    ops: list[Op] = field(default_factory=list)
    pre: list[Op] = field(default_factory=list)
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    html: bool = False


IRAN_T = "Amnesty: More than 100 protesters killed in Iran unrest"
BERLIN_T = "Son of former German president stabbed to death in Berlin"
ARREST_T = "CPD arrests six in drug investigation"
NYP_T = "Chinese hunter catches bubonic plague after eating wild rabbit"
EXP_T = "Bubonic plague: Third case of plague in China as panic begins – ‘The plague is coming’"
METH_T = "South Dakota governor doubles down on 'meth, we're on it' anti-drug campaign"
WEWORK_T = "New York State Attorney General investigating WeWork and former CEO"
WEWORK_B = "Greg Roumeliotis, Joshua Franklin and Koh Gui Qing, Reuters"
TC_T = "New York State Attorney General reportedly investigating WeWork"
LYNN_T = "Anthony Lynn: “We needed to win this game”"
ASSANGE_T = "Sweden Drops Its Investigation Into Rape Allegation Against Julian Assange"
NHL_T = "Nelson's OT goal lifts Isles"
LEBRON_T = "LeBron sets triple-double mark, Lakers hold off OKC 112-107"
IMPEACH_T = "Impeachment sham completely debunked: White House"
CLPS_T = "NASA adds five companies to commercial lunar lander program"
TANF_T = "Russia and Syria: U.S.-backed Syrian Forces Blocking Refugee Return"
HD_T = "Home Depot Stock Is Falling After Its Earnings Release. Why You Shouldn’t Worry."
COTY_T = "Beauty stock Coty could surge after 'Kylie Jenner' makeover"
GIZ_T = "A Man Developed 'Feather Duvet Lung' After Getting New Bedding"
LS_T = "A Man Develops 'Feather-Duvet Lung' After Switching His Bedding"
EUROPA_T = "NASA Just Confirmed There Are Water Plumes Above The Surface of Jupiter's Moon Europa"
TITAN_T = "The First Map of Saturn's Moon Titan Just Revealed Some Tantalising Features"
HIB_T = "Hibernating astronauts would need smaller spacecraft"
CTV_T = "Snooze cruise: Study sees future for hibernating astronauts"
HNN_T = "Scientists use Hawaii telescope to spot water vapor on distant moon"
PF_T = "What is the value of drugs that come to the U.S. border?"
DEBATE_T = "7 key questions heading into the 2020 Democratic debate"
DEBATE_B = "Steve Peoples, AP National Political Writer"
COOK_T = "Tim Cook On Apple Being ‘Pulled Into The Enterprise’"
TNG_T = "Physicists Just Created the Most Detailed Simulation of the Universe in History"
SPACE_T = "The Weird Plumes of Jupiter's Moon Europa Are Spewing Water Vapor"
MC_T = "Economy in stress and markets on a high; time to be careful?"
ANDREW_T = "In Prince Andrew’s dumpster-fire Epstein interview, the truth comes out"
EMU_T = (
    "Tuesday's college football: Eastern Michigan routs Northern Illinois to become bowl eligible"
)
SWIFT_T = "Scooter Braun allegedly ‘frustrated’ with Big Machine partner Scott Borchetta amid Taylor Swift feud: report"
AUTO_T = "New SUVs and electric vehicles highlight L.A. Auto Show"
SENATE_T = "Lawan moves motion for Senate’s adjournment over Nzeribe, Adedoyin’s deaths"
VOX_T = "The law that’s helping fuel Delhi’s deadly air pollution"

DEV_STORY = "This is a developing story and will be updated."
VOX_PARAS = [0, 1, 4, *range(6, 16), *range(18, 52)]  # without the tweets and a cut-off paragraph

LYNN_Q_OLD = "We talked all along about everything we wanted was still in front of us, Yes, we needed to win this game today. I felt like if we could have won this game today and won out, we could control our own destiny. But now, obviously, I don’t feel that way. I still think we have enough to win next week and beyond that, but we probably are going to need some help."
LYNN_Q_NEW = "We talked all along about everything we wanted was still in front of us, Yes, we needed to win this game today. I felt like if we could have won this game today and won out, we could control our own destiny. But now, obviously, I don’t feel that way."

CASES: list[Case] = [
    # --- Iran protests (PanARMENIAN / Amnesty): death toll revised in the same sentence shape
    Case(
        "h2-001-iran-toll-raised",
        "d90bda7ed14d",
        "The protester death toll is revised upward in the same sentence.",
        [FC(106, 115, "protesters")],
        title=IRAN_T,
        published="2019-11-19",
        ops=[
            (
                "sub",
                "At least 106 protesters in 21 cities have been killed",
                "At least 115 protesters in 21 cities have been killed",
            )
        ],
    ),
    Case(
        "h2-002-iran-toll-cities-headline",
        "d90bda7ed14d",
        "Toll and number of cities both revised, and the headline follows the toll.",
        [
            FC(106, 143, "protesters"),
            FC(21, 25, "cities"),
            HL(IRAN_T, "Amnesty: More than 140 protesters killed in Iran unrest"),
        ],
        title=IRAN_T,
        published="2019-11-19",
        ops=[
            ("sub", "At least 106 protesters in 21 cities", "At least 143 protesters in 25 cities"),
            ("title", "Amnesty: More than 140 protesters killed in Iran unrest"),
        ],
    ),
    Case(
        "h2-003-iran-security-deaths-spelled",
        "d90bda7ed14d",
        "Deaths among the security forces revised, number written as a word.",
        [FC(4, 6, "members")],
        title=IRAN_T,
        ops=[
            (
                "sub",
                "the deaths of at least four members of the security forces",
                "the deaths of at least six members of the security forces",
            )
        ],
    ),
    Case(
        "h2-004-iran-amnesty-spokesperson-quote",
        "d90bda7ed14d",
        "A new statement from an unnamed Amnesty spokesperson is added after the toll paragraph.",
        [
            QA(
                "Amnesty International spokesperson",
                "The numbers we are receiving keep rising, and we fear many more victims will be confirmed in the coming days",
            )
        ],
        title=IRAN_T,
        ops=[
            (
                "add",
                "At least 106 protesters",
                "“The numbers we are receiving keep rising, and we fear many more victims will be confirmed in the coming days,” an Amnesty International spokesperson said.",
            )
        ],
    ),
    Case(
        "h2-005-iran-neg-luther-quotes-moved",
        "d90bda7ed14d",
        "NEGATIVE: the two Luther quote paragraphs move to the end of the story, unchanged.",
        [],
        title=IRAN_T,
        ops=[
            ("move", "The authorities must end this brutal", "$"),
            ("move", "The frequency and persistence of lethal force", "$"),
        ],
    ),
    Case(
        "h2-006-iran-developing-added",
        "d90bda7ed14d",
        "A developing-story line is appended.",
        [DEV_ADDED],
        title=IRAN_T,
        ops=[("add", "$", DEV_STORY)],
    ),
    Case(
        "h2-007-iran-second-revision-marker-removed",
        "d90bda7ed14d",
        "Second revision of the toll (115 to 130); the developing line goes away.",
        [FC(115, 130, "protesters"), DEV_REMOVED],
        title=IRAN_T,
        pre=[
            ("sub", "At least 106 protesters", "At least 115 protesters"),
            ("add", "$", DEV_STORY),
        ],
        ops=[("sub", "At least 115 protesters", "At least 130 protesters"), ("drop", DEV_STORY)],
    ),
    # --- Berlin stabbing (Jerusalem Post): one run-on paragraph
    Case(
        "h2-008-berlin-suspect-age-corrected",
        "e372e42c0a3d",
        "The suspect's age is corrected.",
        [FC(57, 59, "years")],
        title=BERLIN_T,
        ops=[("sub", "a 57-year-old man", "a 59-year-old man")],
    ),
    Case(
        "h2-009-berlin-police-quote-added",
        "e372e42c0a3d",
        "A police spokesman's statement is added as a second paragraph.",
        [
            QA(
                "Berlin police spokesman",
                "The suspect was overpowered by people at the scene and then arrested by our officers",
            )
        ],
        title=BERLIN_T,
        ops=[
            (
                "add",
                "$",
                "“The suspect was overpowered by people at the scene and then arrested by our officers,” a Berlin police spokesman said on Wednesday.",
            )
        ],
    ),
    Case(
        "h2-010-berlin-developing-prefix-removed",
        "e372e42c0a3d",
        "A 'DEVELOPING:' prefix on the first paragraph is removed.",
        [DEV_REMOVED],
        title=BERLIN_T,
        pre=[
            (
                "sub",
                "The son of former German President",
                "DEVELOPING: The son of former German President",
            )
        ],
        ops=[
            (
                "sub",
                "DEVELOPING: The son of former German President",
                "The son of former German President",
            )
        ],
    ),
    # --- Drug arrests (The Republic, Columbus, Ind.)
    Case(
        "h2-011-arrests-bond-changed",
        "961bd85ca85a",
        "One bond amount is corrected.",
        [FC(326000, 362000, "dollars")],
        paras=[1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        title=ARREST_T,
        byline="Staff Reports",
        ops=[
            (
                "sub",
                "held in jail in lieu of $326,000 bond",
                "held in jail in lieu of $362,000 bond",
            )
        ],
    ),
    Case(
        "h2-012-arrests-seventh-person",
        "961bd85ca85a",
        "A seventh arrest: count in lede and headline, and a new charge line with its bond.",
        [
            FC(6, 7, "people"),
            HL(ARREST_T, "CPD arrests seven in drug investigation"),
            FA(15000, "dollars"),
        ],
        paras=[1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        title=ARREST_T,
        byline="Staff Reports",
        ops=[
            ("sub", "Police arrested six people Monday", "Police arrested seven people Monday"),
            ("title", "CPD arrests seven in drug investigation"),
            (
                "add",
                "$",
                "Amanda R. Cole: Possession of methamphetamine, visiting a common nuisance, held in jail in lieu of $15,000 bond.",
            ),
        ],
    ),
    Case(
        "h2-013-arrests-neg-boilerplate-and-comma",
        "961bd85ca85a",
        "NEGATIVE: a 'Story continues below gallery' line is removed and a missing comma before an age is added.",
        [],
        paras=[1, 2, 3, 4, 5, 6, 7, 8],
        title=ARREST_T,
        byline="Staff Reports",
        ops=[
            ("drop", "Story continues below gallery"),
            ("sub", "Ryan S. Hollman 31, of Hope", "Ryan S. Hollman, 31, of Hope"),
        ],
    ),
    Case(
        "h2-014-arrests-age-corrected",
        "961bd85ca85a",
        "A suspect's age is corrected.",
        [FC(29, 24, "years")],
        paras=[1, 2, 3, 5, 6, 7, 8],
        title=ARREST_T,
        byline="Staff Reports",
        ops=[("sub", "Jonathan P. Blair, 29,", "Jonathan P. Blair, 24,")],
    ),
    # --- Plague (New York Post)
    Case(
        "h2-015-nypost-contacts-up-from",
        "432362af0be4",
        "Quarantined contacts revised with an 'up from' clause naming the old count.",
        [FC(28, 35, "people")],
        paras=(0, 7),
        title=NYP_T,
        ops=[
            (
                "sub",
                "A total of 28 people who were in close contact with the patient were put under medical quarantine.",
                "A total of 35 people who were in close contact with the patient were put under medical quarantine, up from 28 reported earlier.",
            )
        ],
    ),
    Case(
        "h2-016-nypost-neg-lede-rewritten",
        "432362af0be4",
        "NEGATIVE: the lede is rewritten; its figure (two people) stays.",
        [],
        paras=(0, 7),
        title=NYP_T,
        ops=[
            (
                "sub",
                "A case of the bubonic plague was reported in China over the weekend — after two people there were diagnosed with the pneumonic plague last week.",
                "China reported a case of bubonic plague over the weekend, days after two people there were diagnosed with the pneumonic form of the disease.",
            )
        ],
    ),
    Case(
        "h2-017-nypost-commission-quote-added",
        "432362af0be4",
        "A statement from the regional health commission is added.",
        [
            QA(
                "regional health commission",
                "The risk of the epidemic spreading is extremely low, and the public does not need to panic",
            )
        ],
        paras=(0, 7),
        title=NYP_T,
        ops=[
            (
                "add",
                "A total of 28 people",
                "“The risk of the epidemic spreading is extremely low, and the public does not need to panic,” the regional health commission said in a statement.",
            )
        ],
    ),
    Case(
        "h2-018-nypost-black-death-toll",
        "432362af0be4",
        "A background figure (Black Death toll) is corrected.",
        [FC(25_000_000, 50_000_000, "people")],
        paras=(0, 7),
        title=NYP_T,
        ops=[("sub", "an estimated 25 million people", "an estimated 50 million people")],
    ),
    # --- Plague (Express)
    Case(
        "h2-019-express-fan-quote-extended",
        "ba4dfe2d3e81",
        "A partial quote is extended with more of what the official said.",
        [
            QE(
                "Fan",
                "isolated and unrelated",
                "isolated and unrelated to the cases in Beijing, and the risk of it spreading is very low",
            )
        ],
        paras=(0, 7),
        title=EXP_T,
        byline="Sean Martin",
        ops=[
            (
                "sub",
                "the latest case is “isolated and unrelated” to the cases in Beijing.",
                "the latest case is “isolated and unrelated to the cases in Beijing, and the risk of it spreading is very low.”",
            )
        ],
    ),
    Case(
        "h2-020-express-neg-quote-marks-fixed",
        "ba4dfe2d3e81",
        "NEGATIVE: a copy editor fixes a wrong-way opening quote mark, a missing closing mark and a verb form in narration.",
        [],
        paras=(0, 13),
        title=EXP_T,
        byline="Sean Martin",
        ops=[
            ("sub", "Another reportedly said: ”Bird flu", "Another reportedly said: “Bird flu"),
            ("sub", "the ‘black death - which", "the ‘black death’ - which"),
            ("sub", "have showed no signs", "have shown no signs"),
        ],
    ),
    Case(
        "h2-021-express-contacts-revised-twice",
        "ba4dfe2d3e81",
        "The number of contacts is revised in both sentences that give it.",
        [FC(28, 31, "people"), FC(28, 31, "people")],
        paras=(0, 7),
        title=EXP_T,
        byline="Sean Martin",
        ops=[
            (
                "sub",
                "along with 28 people who he came into contact with",
                "along with 31 people who he came into contact with",
            ),
            ("sub", "the other 28 people have showed", "the other 31 people have showed"),
        ],
    ),
    Case(
        "h2-022-express-byline-extended",
        "ba4dfe2d3e81",
        "A second writer joins the byline.",
        [BY("Sean Martin", "Sean Martin and Jon Austin")],
        paras=(0, 7),
        title=EXP_T,
        byline="Sean Martin",
        ops=[("byline", "Sean Martin and Jon Austin")],
    ),
    # --- Meth campaign (The Hill)
    Case(
        "h2-023-meth-cost-changed",
        "156770d676ce",
        "The campaign's cost is updated.",
        [FC(449000, 1_400_000, "dollars")],
        paras=[0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 13],
        title=METH_T,
        ops=[("sub", "cost the state roughly $449,000", "cost the state roughly $1.4 million")],
    ),
    Case(
        "h2-024-meth-spokeswoman-quote-replaces-no-comment",
        "156770d676ce",
        "'Didn't respond' is replaced by a spokeswoman's quote.",
        [
            QA(
                "Kessler",
                "The governor is proud of this campaign and of the conversation it has started across the state",
            )
        ],
        paras=[0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 13],
        title=METH_T,
        ops=[
            ("drop", "The governor's office didn't immediately respond"),
            (
                "add",
                "$",
                "“The governor is proud of this campaign and of the conversation it has started across the state,” Noem spokeswoman Laura Kessler told The Hill.",
            ),
        ],
    ),
    Case(
        "h2-025-meth-neg-dash-in-quote",
        "156770d676ce",
        "NEGATIVE: a hyphen used as a dash inside a tweet quote becomes an em dash.",
        [],
        paras=(0, 8),
        title=METH_T,
        ops=[("sub", "when it comes down to it - Meth is", "when it comes down to it — Meth is")],
    ),
    Case(
        "h2-026-meth-percent-changed",
        "156770d676ce",
        "A state usage rate is corrected (the national rate stays).",
        [FC(3.8, 4.1, "percent")],
        paras=[10, 11, 12, 13],
        title=METH_T,
        ops=[("sub", "was 3.8 percent, compared", "was 4.1 percent, compared")],
    ),
    # --- WeWork (Reuters via VentureBeat)
    Case(
        "h2-027-wework-long-job-cuts-revised",
        "06e5123e4ef7",
        "Whole article: the reported job cuts are revised.",
        [FC(4000, 2400, "jobs")],
        title=WEWORK_T,
        byline=WEWORK_B,
        published="2019-11-18",
        ops=[("sub", "preparing to cut 4,000 jobs", "preparing to cut 2,400 jobs")],
    ),
    Case(
        "h2-028-wework-claure-quote-extended",
        "06e5123e4ef7",
        "Claure's quote from the staff email is extended.",
        [
            QE(
                "Claure",
                "We are going to eliminate and scale back certain functions and responsibilities",
                "We are going to eliminate and scale back certain functions and responsibilities, and this will unfortunately affect some of our colleagues",
            )
        ],
        paras=(10, 15),
        title=WEWORK_T,
        byline=WEWORK_B,
        ops=[
            (
                "sub",
                "certain functions and responsibilities,” added Claure",
                "certain functions and responsibilities, and this will unfortunately affect some of our colleagues,” added Claure",
            )
        ],
    ),
    Case(
        "h2-029-wework-nyag-statement-added",
        "06e5123e4ef7",
        "The attorney general's office now comments instead of declining.",
        [
            QA(
                "spokesperson for the NYAG",
                "We can confirm that we are looking into the company and we will follow the facts wherever they lead",
            )
        ],
        paras=(0, 6),
        title=WEWORK_T,
        byline=WEWORK_B,
        ops=[
            (
                "sub",
                "A spokesperson for the NYAG declined to comment.",
                "“We can confirm that we are looking into the company and we will follow the facts wherever they lead,” a spokesperson for the NYAG said.",
            )
        ],
    ),
    Case(
        "h2-030-wework-neg-paragraphs-merged",
        "06e5123e4ef7",
        "NEGATIVE: two short paragraphs are merged into one.",
        [],
        paras=(4, 13),
        title=WEWORK_T,
        byline=WEWORK_B,
        ops=[("merge", "Neumann had resigned as CEO the previous week.")],
    ),
    Case(
        "h2-031-wework-softbank-and-bond",
        "06e5123e4ef7",
        "The rescue amount and the bond yield are both updated.",
        [FC(6_500_000_000, 5_000_000_000, "dollars"), FC(16.057, 15.2, "percent")],
        paras=[9, 10, 11, 17],
        title=WEWORK_T,
        byline=WEWORK_B,
        ops=[
            ("sub", "inject $6.5 billion in debt", "inject $5 billion in debt"),
            ("sub", "hitting 16.057% on Monday", "hitting 15.2% on Monday"),
        ],
    ),
    # --- WeWork (TechCrunch)
    Case(
        "h2-032-tc-spokesperson-quote-edited",
        "1ace8c85aaee",
        "The end of a company spokesperson's quoted email changes.",
        [
            QE(
                "company spokesperson",
                "we have received an inquiry from the office of the New York State Attorney General and are cooperating in the matter",
                "we have received an inquiry from the office of the New York State Attorney General and are cooperating fully with it",
            )
        ],
        title=TC_T,
        ops=[
            (
                "sub",
                "Attorney General and are cooperating in the matter.”",
                "Attorney General and are cooperating fully with it.”",
            )
        ],
    ),
    Case(
        "h2-033-tc-two-money-figures",
        "1ace8c85aaee",
        "The trademark payment and the SoftBank lifeline are both corrected.",
        [FC(5_900_000, 5_970_000, "dollars"), FC(8_000_000_000, 9_500_000_000, "dollars")],
        title=TC_T,
        ops=[
            ("sub", "for $5.9 million", "for $5.97 million"),
            ("sub", "worth up to $8 billion", "worth up to $9.5 billion"),
        ],
    ),
    Case(
        "h2-034-tc-neg-money-and-date-format",
        "1ace8c85aaee",
        "NEGATIVE: a sum written out in full and a date spelled out; same values.",
        [],
        title=TC_T,
        ops=[
            ("sub", "for $200 million in 2017", "for $200,000,000 in 2017"),
            ("sub", "on Sept. 30 that", "on September 30 that"),
        ],
    ),
    # --- Chargers (ProFootballTalk)
    Case(
        "h2-035-lynn-quote-trimmed",
        "8e3efab59f48",
        "The last sentence of Lynn's split quote is cut.",
        [QE("Lynn", LYNN_Q_OLD, LYNN_Q_NEW)],
        title=LYNN_T,
        ops=[
            (
                "sub",
                " I still think we have enough to win next week and beyond that, but we probably are going to need some help.”",
                "”",
            )
        ],
    ),
    Case(
        "h2-036-lynn-games-remaining",
        "8e3efab59f48",
        "The count of remaining games against winning teams is corrected (spelled number).",
        [FC(3, 4, "games")],
        title=LYNN_T,
        ops=[("sub", "the three games remaining against", "the four games remaining against")],
    ),
    # --- Assange (Al Bawaba)
    Case(
        "h2-037-assange-age-corrected",
        "dc7ccccc1f34",
        "Assange's age is corrected.",
        [FC(47, 48, "years")],
        paras=(0, 12),
        title=ASSANGE_T,
        ops=[("sub", "extradite Assange, 47, over", "extradite Assange, 48, over")],
    ),
    Case(
        "h2-038-assange-sentence-and-correction",
        "dc7ccccc1f34",
        "The maximum sentence is corrected and a correction note appended.",
        [
            FC(175, 170, "years"),
            CORR(
                "Correction: An earlier version of this article misstated the maximum sentence Assange faces in the US."
            ),
        ],
        paras=(0, 12),
        title=ASSANGE_T,
        ops=[
            ("sub", "a maximum sentence of 175 years", "a maximum sentence of 170 years"),
            (
                "add",
                "$",
                "Correction: An earlier version of this article misstated the maximum sentence Assange faces in the US.",
            ),
        ],
    ),
    Case(
        "h2-039-assange-persson-quote-reworded",
        "dc7ccccc1f34",
        "The translation of the prosecutor's quote is reworded.",
        [
            QE(
                "Persson",
                "After conducting a comprehensive assessment of what has emerged during the course of the preliminary investigation, I then make the assessment that the evidence is not strong enough to form the basis for filing an indictment",
                "After conducting a comprehensive assessment of what has emerged during the course of the preliminary investigation, my assessment is that the evidence has weakened and is no longer strong enough to form the basis for filing an indictment",
            )
        ],
        paras=(0, 6),
        title=ASSANGE_T,
        ops=[
            (
                "sub",
                "I then make the assessment that the evidence is not strong enough",
                "my assessment is that the evidence has weakened and is no longer strong enough",
            )
        ],
    ),
    Case(
        "h2-040-assange-neg-lede-rewritten",
        "dc7ccccc1f34",
        "NEGATIVE: the lede is rewritten; the quote and figures stay.",
        [],
        paras=(0, 12),
        title=ASSANGE_T,
        ops=[
            (
                "sub",
                "Sweden has dropped its investigation into a 2010 rape allegation against WikiLeaks co-founder Julian Assange after a review of the evidence.",
                "Swedish prosecutors on Tuesday dropped their investigation into a 2010 rape allegation against WikiLeaks co-founder Julian Assange, saying witness evidence had weakened over time.",
            )
        ],
    ),
    Case(
        "h2-041-assange-lawyer-quote-added",
        "dc7ccccc1f34",
        "A quote from the complainant's lawyer is added.",
        [
            QA(
                "Lindqvist",
                "My client is disappointed by this decision, but she stands by her account",
            )
        ],
        paras=(0, 12),
        title=ASSANGE_T,
        ops=[
            (
                "add",
                "Following Assange’s arrest in the UK",
                "“My client is disappointed by this decision, but she stands by her account,” said Karin Lindqvist, a lawyer for the woman.",
            )
        ],
    ),
    # --- NHL roundup (Times Union / AP)
    Case(
        "h2-042-nhl-long-saves-corrected",
        "ecb46e3e489d",
        "Whole roundup: a goaltender's save count is corrected.",
        [FC(27, 28, "shots")],
        paras=(1, 13),
        title=NHL_T,
        byline="Associated Press",
        ops=[("sub", "Semyon Varlamov stopped 27 shots", "Semyon Varlamov stopped 28 shots")],
    ),
    Case(
        "h2-043-nhl-neg-number-spelled",
        "ecb46e3e489d",
        "NEGATIVE: '15 games' is spelled 'fifteen games'; same value.",
        [],
        paras=(1, 5),
        title=NHL_T,
        byline="Associated Press",
        ops=[
            (
                "sub",
                "extend their unbeaten streak to 15 games",
                "extend their unbeaten streak to fifteen games",
            )
        ],
    ),
    Case(
        "h2-044-nhl-suspension-added",
        "ecb46e3e489d",
        "A sentence with the length of a suspension is added.",
        [FA(3, "games")],
        paras=(9, 13),
        title=NHL_T,
        byline="Associated Press",
        ops=[
            (
                "sub",
                "against the Rangers.",
                "against the Rangers. The NHL later suspended Hathaway for three games.",
            )
        ],
    ),
    # --- Lakers (AP via San Antonio Express-News)
    Case(
        "h2-045-lebron-long-davis-points",
        "eecd2575093b",
        "Whole game story: Davis's points are corrected.",
        [FC(34, 36, "points")],
        paras=(0, 27),
        title=LEBRON_T,
        byline="Associated Press",
        ops=[("sub", "Anthony Davis scored 34 points", "Anthony Davis scored 36 points")],
    ),
    Case(
        "h2-046-lebron-vogel-quote-trimmed",
        "eecd2575093b",
        "The last sentence of Vogel's split quote is cut.",
        [
            QE(
                "Vogel",
                "He’s just playing terrific basketball, For him to be doing what he’s doing in his 17th year is just nothing short of remarkable. There’s no reason to believe he can’t sustain that for the rest of the season and help us make a real strong playoff push.",
                "He’s just playing terrific basketball, For him to be doing what he’s doing in his 17th year is just nothing short of remarkable.",
            )
        ],
        paras=(9, 13),
        title=LEBRON_T,
        byline="Associated Press",
        ops=[
            (
                "sub",
                " There’s no reason to believe he can’t sustain that for the rest of the season and help us make a real strong playoff push.”",
                "”",
            )
        ],
    ),
    Case(
        "h2-047-lebron-neg-davis-quote-moved",
        "eecd2575093b",
        "NEGATIVE: Davis's quote paragraph moves below Vogel's.",
        [],
        paras=(3, 13),
        title=LEBRON_T,
        byline="Associated Press",
        ops=[("move", "“Amazing,” Davis said.", "Dennis Schröder scored 20")],
    ),
    Case(
        "h2-048-lebron-quote-reattributed-to-donovan",
        "eecd2575093b",
        "Schröder's quote is re-credited to coach Billy Donovan.",
        [
            QT(
                "Schröder",
                "Donovan",
                "That’s why (James) is considered probably the best of all time, but I think we did a great job on him, They obviously hit some tough shots.",
            )
        ],
        paras=(11, 15),
        title=LEBRON_T,
        byline="Associated Press",
        ops=[
            (
                "sub",
                "great job on him,” Schröder said.",
                "great job on him,” Oklahoma City coach Billy Donovan said.",
            ),
            (
                "sub",
                "“There’s a lot of things we did well in there,” Oklahoma City coach Billy Donovan said.",
                "“There’s a lot of things we did well in there,” Donovan said.",
            ),
        ],
    ),
    # --- Impeachment (Deccan Herald / PTI)
    Case(
        "h2-049-impeach-long-grisham-quote-removed",
        "c90731f051d0",
        "Whole article: one Grisham quote paragraph is cut.",
        [
            QR(
                "Grisham",
                "Today's hearing only further exposes that Chairman Schiff and the Democrats are simply blinded by their hatred for Donald Trump and rabid desire to overturn the outcome of a free and fair election",
            )
        ],
        title=IMPEACH_T,
        byline="PTI",
        ops=[("drop", "“Today's hearing only further exposes")],
    ),
    Case(
        "h2-050-impeach-vindman-quote-edited",
        "c90731f051d0",
        "Two words inside Vindman's quote change.",
        [
            QE(
                "Vindman",
                "Frankly I couldn't believe what I was hearing. It was probably an element of shock that may be in certain regards my worst fear of how our Ukraine policy could play out was playing out and how this was likely to have significant implications for US national security",
                "Frankly I couldn't believe what I was hearing. It was probably an element of shock that may be in certain regards my worst fear of how our Ukraine policy could play out was playing out and how this was likely to have serious consequences for US national security",
            )
        ],
        paras=(13, 17),
        title=IMPEACH_T,
        byline="PTI",
        ops=[
            (
                "sub",
                "significant implications for US national security",
                "serious consequences for US national security",
            )
        ],
    ),
    Case(
        "h2-051-impeach-neg-straight-to-curly",
        "c90731f051d0",
        "NEGATIVE: mixed straight/curly quote marks in two quotes are made consistent.",
        [],
        paras=(5, 13),
        title=IMPEACH_T,
        byline="PTI",
        ops=[
            ("sub", "\"Today's second hearing is over,", "“Today's second hearing is over,"),
            ("sub", 'completely debunked," White House', "completely debunked,” White House"),
            (
                "sub",
                '‘there was no linkage like that," she said.',
                "‘there was no linkage like that,’” she said.",
            ),
        ],
    ),
    Case(
        "h2-052-impeach-williams-to-vindman",
        "c90731f051d0",
        "A quote attributed by pronoun ('she said', Williams) is re-credited to Vindman.",
        [
            QT(
                "Williams",
                "Vindman",
                "I can't speak to what the president's motivation was in referencing it, but I just noted that the reference to Biden sounded political to me",
            )
        ],
        paras=(13, 20),
        title=IMPEACH_T,
        byline="PTI",
        ops=[
            (
                "sub",
                "sounded political to me,” she said in response to a question.",
                "sounded political to me,” Vindman said in response to a question.",
            )
        ],
    ),
    # --- NASA CLPS (SpaceNews)
    Case(
        "h2-053-clps-long-byline-extended",
        "d1c57d7821e5",
        "Whole article: a second reporter joins the byline.",
        [BY("Jeff Foust", "Jeff Foust and Sandra Erwin")],
        title=CLPS_T,
        byline="Jeff Foust",
        published="2019-11-18",
        ops=[("byline", "Jeff Foust and Sandra Erwin")],
    ),
    Case(
        "h2-054-clps-starship-tons",
        "d1c57d7821e5",
        "Starship's lunar cargo capacity is corrected.",
        [FC(100, 150, "tons")],
        paras=(3, 8),
        title=CLPS_T,
        byline="Jeff Foust",
        ops=[("sub", "up to 100 metric tons of cargo", "up to 150 metric tons of cargo")],
    ),
    Case(
        "h2-055-clps-neg-typo-fixed",
        "d1c57d7821e5",
        "NEGATIVE: a misspelling in narration ('Starhip') and a doubled space are fixed.",
        [],
        paras=(3, 9),
        title=CLPS_T,
        byline="Jeff Foust",
        pre=[("sub", "The larger landers, he said,", "The larger landers,  he said,")],
        ops=[
            ("sub", "said that Starhip will", "said that Starship will"),
            ("sub", "The larger landers,  he said,", "The larger landers, he said,"),
        ],
    ),
    Case(
        "h2-056-clps-official-quote-added",
        "d1c57d7821e5",
        "A NASA official's statement (title + name) is added after the second paragraph.",
        [
            QA(
                "Whitmore",
                "Adding these companies gives us more ways to get heavier science payloads to the surface of the Moon",
            )
        ],
        paras=(0, 4),
        title=CLPS_T,
        byline="Jeff Foust",
        ops=[
            (
                "add",
                "All 14 companies are now eligible",
                "“Adding these companies gives us more ways to get heavier science payloads to the surface of the Moon,” said Karen Whitmore, a program executive at NASA headquarters.",
            )
        ],
    ),
    # --- al-Tanf fact check (Polygraph.info)
    Case(
        "h2-057-tanf-long-personnel-figure",
        "1ee91d1fce65",
        "Whole article: the number of U.S. personnel at the base is revised.",
        [FC(200, 150, "personnel")],
        title=TANF_T,
        ops=[("sub", "Some 200 U.S. military personnel", "Some 150 U.S. military personnel")],
    ),
    Case(
        "h2-058-tanf-neg-paragraph-split",
        "1ee91d1fce65",
        "NEGATIVE: a narration paragraph is split in two.",
        [],
        paras=(7, 12),
        title=TANF_T,
        ops=[("split", "It first appeared in 2014")],
    ),
    Case(
        "h2-059-tanf-haq-quote-trimmed",
        "1ee91d1fce65",
        "The UN spokesman's partial quote is trimmed.",
        [
            QE(
                "Haq",
                "working in particular with the International Coalition Forces, who have said they need to undertake a security assessment before providing the necessary guarantees to enter the camp, as well as the Government of Syria to ensure U.N. access to the shelters in Homs",
                "working in particular with the International Coalition Forces, who have said they need to undertake a security assessment before providing the necessary guarantees to enter the camp",
            )
        ],
        paras=(20, 27),
        title=TANF_T,
        ops=[
            (
                "sub",
                "to enter the camp, as well as the Government of Syria to ensure U.N. access to the shelters in Homs.”",
                "to enter the camp.”",
            )
        ],
    ),
    Case(
        "h2-060-tanf-robertson-quote-removed",
        "1ee91d1fce65",
        "Robertson's closing quote is cut.",
        [
            QR(
                "Robertson",
                "The United States does not support forced or coerced relocations, including forcing people to move because they are hungry. As a principle, we support informed, safe, voluntary, and dignified movements of internally displaced persons within Syria",
            )
        ],
        paras=(20, 27),
        title=TANF_T,
        ops=[("drop", "Robertson, the U.S. commander, said")],
    ),
    # --- Home Depot (Barron's)
    Case(
        "h2-061-hd-stock-drop",
        "f8ff621a0b9b",
        "The share-price fall is updated.",
        [FC(5, 4.6, "percent")],
        title=HD_T,
        byline="Al Root",
        ops=[
            (
                "sub",
                "the stock was down 5% in recent trading",
                "the stock was down 4.6% in recent trading",
            )
        ],
    ),
    Case(
        "h2-062-hd-headline-changed",
        "f8ff621a0b9b",
        "The headline is replaced.",
        [HL(HD_T, "Home Depot Stock Falls After Earnings Report Disappoints")],
        title=HD_T,
        byline="Al Root",
        ops=[("title", "Home Depot Stock Falls After Earnings Report Disappoints")],
    ),
    Case(
        "h2-063-hd-matuszewski-quote-trimmed",
        "f8ff621a0b9b",
        "The second half of the analyst's split quote is cut.",
        [
            QE(
                "Matuszewski",
                "Comp sales were light, though operating margins in-line with expectations, We interpret lighter [second-half] results to be more tied to timing of returns on strategic investments versus a softer macro picture.",
                "Comp sales were light, though operating margins in-line with expectations",
            )
        ],
        title=HD_T,
        byline="Al Root",
        ops=[
            (
                "sub",
                " “We interpret lighter [second-half] results to be more tied to timing of returns on strategic investments versus a softer macro picture.”",
                "",
            )
        ],
    ),
    Case(
        "h2-064-hd-neg-percent-spelled",
        "f8ff621a0b9b",
        "NEGATIVE: '%' written as 'percent' in two places; same values.",
        [],
        title=HD_T,
        byline="Al Root",
        ops=[
            ("sub", "down 1.8%", "down 1.8 percent"),
            ("sub", "up about 40% year to date", "up about 40 percent year to date"),
        ],
    ),
    Case(
        "h2-065-hd-byline-and-updated-line",
        "f8ff621a0b9b",
        "A second writer joins the byline and the 'This story will be updated.' line goes.",
        [BY("Al Root", "Al Root and Teresa Rivas"), DEV_REMOVED],
        title=HD_T,
        byline="Al Root",
        pre=[("add", "$", "This story will be updated.")],
        ops=[("byline", "Al Root and Teresa Rivas"), ("drop", "This story will be updated.")],
    ),
    # --- Coty (CNBC)
    Case(
        "h2-066-coty-ytd-gain",
        "ffc109d474fd",
        "The year-to-date gain is updated.",
        [FC(80, 85, "percent")],
        paras=(0, 9),
        title=COTY_T,
        byline="Keris Lahiff",
        ops=[
            (
                "sub",
                "climbing more than 80% so far this year",
                "climbing more than 85% so far this year",
            )
        ],
    ),
    Case(
        "h2-067-coty-quote-reattributed",
        "ffc109d474fd",
        "Petrides's last quote is re-credited to Maley.",
        [
            QT(
                "Petrides",
                "Maley",
                "I would expect more acquisitions like this going forward because it could be the new model for companies to acquire top-line growth by partnering up with key influencers",
            )
        ],
        paras=(0, 9),
        title=COTY_T,
        byline="Keris Lahiff",
        ops=[
            (
                "sub",
                'partnering up with key influencers," Petrides said.',
                'partnering up with key influencers," Maley said.',
            )
        ],
    ),
    Case(
        "h2-068-coty-neg-space-inside-quote-mark",
        "ffc109d474fd",
        "NEGATIVE: a stray space inside quote marks is removed and straight quotes become curly in one paragraph.",
        [],
        paras=(0, 9),
        title=COTY_T,
        byline="Keris Lahiff",
        ops=[
            (
                "sub",
                'on CNBC\'s " Trading Nation" on Monday',
                'on CNBC\'s "Trading Nation" on Monday',
            ),
            (
                "sub",
                '"A little bit more risk but more reward',
                "“A little bit more risk but more reward",
            ),
            ("sub", 'more upside potential," Maley said.', "more upside potential,” Maley said."),
        ],
    ),
    # --- Feather duvet lung (Gizmodo)
    Case(
        "h2-069-giz-age-corrected",
        "7bb1ca903543",
        "The patient's age is corrected.",
        [FC(43, 44, "years")],
        paras=(0, 5),
        title=GIZ_T,
        ops=[("sub", "the 43-year-old man", "the 44-year-old man")],
    ),
    Case(
        "h2-070-giz-neg-pull-quote-removed",
        "7bb1ca903543",
        "NEGATIVE: an unattributed pull quote that repeats part of a later quote is removed; the full quote stays.",
        [],
        paras=(0, 9),
        title=GIZ_T,
        ops=[
            (
                "drop",
                "“Their immune system behaves in an exaggerated fashion—think Donald Trump rather than Barack Obama”",
            )
        ],
    ),
    Case(
        "h2-071-giz-dempsey-quote-added",
        "7bb1ca903543",
        "A further Dempsey quote is appended.",
        [
            QA(
                "Dempsey",
                "It is easily missed, and it is always worth asking patients what has changed at home",
            )
        ],
        paras=(9, 13),
        title=GIZ_T,
        ops=[
            (
                "add",
                "$",
                "“It is easily missed, and it is always worth asking patients what has changed at home,” Dempsey added.",
            )
        ],
    ),
    # --- Feather duvet lung (Live Science)
    Case(
        "h2-072-ls-days-off-work",
        "bd673bd79881",
        "Days off work corrected.",
        [FC(14, 10, "days")],
        paras=(0, 4),
        title=LS_T,
        ops=[
            ("sub", "forcing him to take 14 days off work", "forcing him to take 10 days off work")
        ],
    ),
    Case(
        "h2-073-ls-partial-quote-extended",
        "bd673bd79881",
        "A partial quote in narration is extended.",
        [
            QE(
                "Dempsey",
                "take really detailed histories",
                "take really detailed histories, including about pets and bedding,",
            )
        ],
        paras=(6, 12),
        title=LS_T,
        ops=[
            (
                "sub",
                'to "take really detailed histories" of the patients',
                'to "take really detailed histories, including about pets and bedding," of the patients',
            )
        ],
    ),
    Case(
        "h2-074-ls-neg-narration-reworded",
        "bd673bd79881",
        "NEGATIVE: a narration sentence is reworded; no quote or figure in it.",
        [],
        paras=(0, 7),
        title=LS_T,
        ops=[
            (
                "sub",
                "The scan revealed severe inflammation in the man's lungs.",
                "That scan showed that the man's lungs were severely inflamed.",
            )
        ],
    ),
    # --- Europa (ScienceAlert / Futurism)
    Case(
        "h2-075-europa-flybys",
        "14cc2a0ca59c",
        "The planned number of flybys is corrected.",
        [FC(45, 44, "flybys")],
        paras=(7, 13),
        title=EUROPA_T,
        byline="Victor Tangermann, Futurism",
        ops=[("sub", "during 45 flybys", "during 44 flybys")],
    ),
    Case(
        "h2-076-europa-mandell-second-piece-edited",
        "14cc2a0ca59c",
        "The second piece of Mandell's split quote is reworded.",
        [
            QE(
                "Mandell",
                "But, eventually, we'll have to get closer to Europa to see what's really going on.",
                "But eventually we will have to get a lot closer to Europa to find out what is really going on.",
            )
        ],
        paras=(7, 13),
        title=EUROPA_T,
        byline="Victor Tangermann, Futurism",
        ops=[
            (
                "sub",
                "\"But, eventually, we'll have to get closer to Europa to see what's really going on.\"",
                '"But eventually we will have to get a lot closer to Europa to find out what is really going on."',
            )
        ],
    ),
    Case(
        "h2-077-europa-neg-spelling-in-quote",
        "14cc2a0ca59c",
        "NEGATIVE: British spelling in a quote normalised (vapour/vapor) and an initial's spacing fixed.",
        [],
        paras=(0, 8),
        title=EUROPA_T,
        byline="Victor Tangermann, Futurism",
        ops=[
            ("sub", "outgassing of water vapour on Europa", "outgassing of water vapor on Europa"),
            ("sub", "the W. M. Keck Observatory", "the W.M. Keck Observatory"),
        ],
    ),
    # --- Titan (Reuters via ScienceAlert)
    Case(
        "h2-078-titan-dunes-percent",
        "359fee228518",
        "The share of the surface covered by dunes is corrected; plains stay.",
        [FC(17, 18, "percent")],
        paras=(0, 13),
        title=TITAN_T,
        byline="Will Dunham, Reuters",
        ops=[
            (
                "sub",
                "dunes (covering 17 percent of the surface)",
                "dunes (covering 18 percent of the surface)",
            )
        ],
    ),
    Case(
        "h2-079-titan-neg-unit-spelled",
        "359fee228518",
        "NEGATIVE: 'km' spelled out and '65 percent' written '65%'; same values.",
        [],
        paras=(0, 9),
        title=TITAN_T,
        byline="Will Dunham, Reuters",
        ops=[
            ("sub", "(5,150 km)", "(5,150 kilometers)"),
            (
                "sub",
                "Plains (covering 65 percent of the surface)",
                "Plains (covering 65% of the surface)",
            ),
        ],
    ),
    Case(
        "h2-080-titan-indirect-becomes-quote",
        "359fee228518",
        "Reported speech becomes a direct quote from the co-author.",
        [
            QA(
                "Solomonidou",
                "Rainfall occurs everywhere on Titan, but the equatorial regions are drier than the poles",
            )
        ],
        paras=(0, 9),
        title=TITAN_T,
        byline="Will Dunham, Reuters",
        ops=[
            (
                "sub",
                "Rainfall occurs everywhere on Titan, but the equatorial regions are drier than the poles, said study co-author",
                "“Rainfall occurs everywhere on Titan, but the equatorial regions are drier than the poles,” said study co-author",
            )
        ],
    ),
    # --- Hibernation (phys.org / ESA)
    Case(
        "h2-081-hib-long-recuperation-days",
        "e1c7023ee214",
        "Whole article: the recuperation period is revised.",
        [FC(21, 30, "days")],
        paras=(0, 14),
        title=HIB_T,
        byline="European Space Agency",
        ops=[("sub", "with a 21 day recuperation period", "with a 30 day recuperation period")],
    ),
    Case(
        "h2-082-hib-long-neg-lede-rewritten",
        "e1c7023ee214",
        "NEGATIVE (whole article): the lede is rewritten; quotes and figures stay.",
        [],
        paras=(0, 14),
        title=HIB_T,
        byline="European Space Agency",
        ops=[
            (
                "sub",
                "If a sci-fi spaceship does not come with hyperdrive then it is usually fitted with hibernation capsules instead.",
                "Science fiction spaceships without hyperdrive usually carry hibernation capsules instead.",
            )
        ],
    ),
    Case(
        "h2-083-hib-continuation-quote-extended",
        "e1c7023ee214",
        "The last paragraph of Ngo-Anh's multi-paragraph quote is extended.",
        [
            QE(
                "Ngo-Anh",
                "We aim to build on this in future, by researching the brain pathways that are activated or blocked during initiation of hibernation, starting with animals and proceeding to people.",
                "We aim to build on this in future, by researching the brain pathways that are activated or blocked during initiation of hibernation, starting with animals and proceeding to people, although that step is still a long way off.",
            )
        ],
        paras=(10, 14),
        title=HIB_T,
        byline="European Space Agency",
        ops=[
            (
                "sub",
                'starting with animals and proceeding to people."',
                'starting with animals and proceeding to people, although that step is still a long way off."',
            )
        ],
    ),
    # --- Hibernation (CTV / AP)
    Case(
        "h2-084-ctv-cruise-days",
        "b37be3535e1f",
        "The length of the cruise to Mars is revised.",
        [FC(180, 200, "days")],
        title=CTV_T,
        byline="The Associated Press",
        ops=[("sub", "the 180-day cruise to Mars", "the 200-day cruise to Mars")],
    ),
    # --- Europa (Hawaii News Now)
    Case(
        "h2-085-hnn-distance-changed",
        "f344ca5fb36e",
        "The distance to Europa is corrected.",
        [FC(390_000_000, 628_000_000, "miles")],
        paras=(0, 8),
        title=HNN_T,
        byline="HNN Staff",
        ops=[("sub", "some 390 million miles away", "some 628 million miles away")],
    ),
    Case(
        "h2-086-hnn-neg-dateline-and-copyright",
        "f344ca5fb36e",
        "NEGATIVE: the dateline prefix and the copyright line are removed.",
        [],
        paras=(0, 9),
        title=HNN_T,
        byline="HNN Staff",
        ops=[
            ("sub", "HONOLULU, Hawaii (HawaiiNewsNow) - NASA scientists", "NASA scientists"),
            ("drop", "Copyright 2019 Hawaii News Now"),
        ],
    ),
    # --- Drug value fact check (PolitiFact)
    Case(
        "h2-087-pf-weekly-value-revised",
        "9e8c9f082a8d",
        "The computed weekly value is revised in both places that give it.",
        [FC(44_200_000, 46_800_000, "dollars"), FC(44_000_000, 47_000_000, "dollars")],
        paras=(10, 20),
        title=PF_T,
        ops=[
            (
                "sub",
                "the value is about $44.2 million per week",
                "the value is about $46.8 million per week",
            ),
            ("sub", "puts the figure at about $44 million", "puts the figure at about $47 million"),
        ],
    ),
    Case(
        "h2-088-pf-bagley-quote-edited",
        "9e8c9f082a8d",
        "The professor's quote is reworded.",
        [
            QE(
                "Bagley",
                "There are no hard data, but I find the statistics cited to be consistent and certainly reasonable",
                "There is no hard data, but I find the statistics cited to be broadly consistent and reasonable",
            )
        ],
        paras=(10, 16),
        title=PF_T,
        ops=[
            (
                "sub",
                '"There are no hard data, but I find the statistics cited to be consistent and certainly reasonable,"',
                '"There is no hard data, but I find the statistics cited to be broadly consistent and reasonable,"',
            )
        ],
    ),
    Case(
        "h2-089-pf-correction-added",
        "9e8c9f082a8d",
        "A CORRECTION note is added at the top and the newspaper's name fixed.",
        [
            CORR(
                "CORRECTION: This fact-check has been updated to give the correct name of the Wheeling newspaper, The Intelligencer/Wheeling News-Register."
            )
        ],
        paras=(0, 6),
        title=PF_T,
        ops=[
            (
                "add",
                "^",
                "CORRECTION: This fact-check has been updated to give the correct name of the Wheeling newspaper, The Intelligencer/Wheeling News-Register.",
            ),
            (
                "sub",
                "according to the Intelligencer, the Wheeling News-Register.",
                "according to The Intelligencer/Wheeling News-Register.",
            ),
        ],
    ),
    # --- Democratic debate (AP via SFGate)
    Case(
        "h2-090-debate-byline-extended",
        "aec5deeaada8",
        "A second AP writer joins the byline.",
        [BY(DEBATE_B, "Steve Peoples and Thomas Beaumont, Associated Press")],
        paras=(0, 11),
        title=DEBATE_T,
        byline=DEBATE_B,
        ops=[("byline", "Steve Peoples and Thomas Beaumont, Associated Press")],
    ),
    Case(
        "h2-091-debate-days-before-voting",
        "aec5deeaada8",
        "The days-to-voting count is corrected.",
        [FC(75, 74, "days")],
        paras=(0, 11),
        title=DEBATE_T,
        byline=DEBATE_B,
        ops=[
            (
                "sub",
                "just 75 days before primary voting begins",
                "just 74 days before primary voting begins",
            )
        ],
    ),
    Case(
        "h2-092-debate-neg-separators-removed",
        "aec5deeaada8",
        "NEGATIVE (whole article): the '___' separator lines are removed.",
        [],
        title=DEBATE_T,
        byline=DEBATE_B,
        ops=[("dropall", "___")],
    ),
    Case(
        "h2-093-debate-headline-changed",
        "aec5deeaada8",
        "The headline is rewritten (its number stays).",
        [HL(DEBATE_T, "Debate night in Atlanta: 7 key questions for the Democrats")],
        paras=(0, 8),
        title=DEBATE_T,
        byline=DEBATE_B,
        ops=[("title", "Debate night in Atlanta: 7 key questions for the Democrats")],
    ),
    # --- Tim Cook (CRN)
    Case(
        "h2-094-cook-dreamers-count",
        "291a8bf33ee4",
        "The number of Dreamers Apple employs is corrected.",
        [FC(450, 443, "Dreamers")],
        paras=(20, 27),
        title=COOK_T,
        byline="Joseph Tsidulko",
        ops=[("sub", "Apple employs about 450 Dreamers", "Apple employs about 443 Dreamers")],
    ),
    Case(
        "h2-095-cook-quote-reattributed-to-benioff",
        "291a8bf33ee4",
        "A Cook quote is re-credited to Benioff.",
        [QT("Cook", "Benioff", "I can feel him and his presence when I come here")],
        paras=(14, 22),
        title=COOK_T,
        byline="Joseph Tsidulko",
        ops=[
            (
                "sub",
                '"I can feel him and his presence when I come here," Cook said.',
                '"I can feel him and his presence when I come here," Benioff said.',
            )
        ],
    ),
    Case(
        "h2-096-cook-neg-quote-moved",
        "291a8bf33ee4",
        "NEGATIVE: a Cook quote paragraph moves down one paragraph.",
        [],
        paras=(14, 22),
        title=COOK_T,
        byline="Joseph Tsidulko",
        ops=[("move", '"I can feel him and his presence', '"We all miss Steve so much,"')],
    ),
    Case(
        "h2-097-cook-neg-attribution-verb",
        "291a8bf33ee4",
        "NEGATIVE: attribution verbs change ('said' to 'told the audience'); same speakers and words.",
        [],
        paras=(0, 9),
        title=COOK_T,
        byline="Joseph Tsidulko",
        ops=[
            (
                "sub",
                '"We really took that challenge to heart," he said.',
                '"We really took that challenge to heart," he told the audience.',
            ),
            (
                "sub",
                'Hosting Cook at Dreamforce "is our dream," Benioff said.',
                'Hosting Cook at Dreamforce "is our dream," Benioff told the crowd.',
            ),
        ],
    ),
    # --- TNG50 simulation (Live Science)
    Case(
        "h2-098-tng-compute-years",
        "3c5bf8db4272",
        "The single-processor compute time is corrected.",
        [FC(15000, 150000, "years")],
        paras=(3, 7),
        title=TNG_T,
        ops=[
            (
                "sub",
                "a single processor system 15,000 years to compute",
                "a single processor system 150,000 years to compute",
            )
        ],
    ),
    Case(
        "h2-099-tng-nelson-quote-trimmed",
        "3c5bf8db4272",
        "The last sentence of Nelson's split quote is cut.",
        [
            QE(
                "Nelson",
                "Numerical experiments of this kind are particularly successful when you get out more than you put in, In our simulation, we see phenomena that had not been programmed explicitly into the simulation code. These phenomena emerge in a natural fashion, from the complex interplay of the basic physical ingredients of our model universe.",
                "Numerical experiments of this kind are particularly successful when you get out more than you put in, In our simulation, we see phenomena that had not been programmed explicitly into the simulation code.",
            )
        ],
        paras=(3, 8),
        title=TNG_T,
        ops=[
            (
                "sub",
                ' These phenomena emerge in a natural fashion, from the complex interplay of the basic physical ingredients of our model universe."',
                '"',
            )
        ],
    ),
    Case(
        "h2-100-tng-neg-lede-rewritten",
        "3c5bf8db4272",
        "NEGATIVE: the first paragraph is rewritten without numbers or quotes.",
        [],
        paras=(0, 5),
        title=TNG_T,
        ops=[
            (
                "sub",
                "The formation of galaxies is a complex dance between matter and energy, occurring on a stage of cosmic proportions and spanning billions of years. How the diversity of structured and dynamic galaxies we observe today arose from the fiery chaos of the Big Bang remains one of the most difficult unsolved puzzles of cosmology.",
                "How the varied galaxies we see today grew out of the fiery chaos of the Big Bang is still one of cosmology's hardest puzzles. Galaxy formation is a complex dance between matter and energy, played out on a cosmic stage over billions of years.",
            )
        ],
    ),
    # --- Europa (Space.com)
    Case(
        "h2-101-space-nights-observed",
        "686bb170effe",
        "The number of nights observed is corrected.",
        [FC(17, 19, "nights")],
        paras=(3, 8),
        title=SPACE_T,
        byline="Mike Wall",
        ops=[
            (
                "sub",
                "The researchers observed Europa for 17 nights",
                "The researchers observed Europa for 19 nights",
            )
        ],
    ),
    Case(
        "h2-102-space-paganini-quote-edited",
        "686bb170effe",
        "A phrase inside Paganini's quote is reworded.",
        [
            QE(
                "Paganini",
                "For me, the interesting thing about this work is not only the first direct detection of water above Europa, but also the lack thereof within the limits of our detection method",
                "For me, the interesting thing about this work is not only the first direct detection of water above Europa, but also how rarely we saw it within the limits of our detection method",
            )
        ],
        paras=(8, 13),
        title=SPACE_T,
        byline="Mike Wall",
        ops=[
            (
                "sub",
                "but also the lack thereof within the limits",
                "but also how rarely we saw it within the limits",
            )
        ],
    ),
    # --- Indian markets (Moneycontrol)
    Case(
        "h2-103-mc-pandey-quote-added",
        "65408257dbe4",
        "A further quote from Pandey is added after his first one.",
        [
            QA(
                "Pandey",
                "Investors should stay with quality names and avoid chasing the rally in weaker stocks",
            )
        ],
        paras=(18, 24),
        title=MC_T,
        ops=[
            (
                "add",
                '"It is a stock-specific market',
                '"Investors should stay with quality names and avoid chasing the rally in weaker stocks," Pandey added.',
            )
        ],
    ),
    Case(
        "h2-104-mc-oza-to-bhasin",
        "65408257dbe4",
        "A quote is re-credited from Oza to Bhasin.",
        [
            QT(
                "Oza",
                "Bhasin",
                "The hope of a faster recovery in earnings because of a cut in the corporate tax is keeping the market higher",
            )
        ],
        paras=(5, 10),
        title=MC_T,
        ops=[
            (
                "sub",
                'is keeping the market higher," said Rusmik Oza, Head of Fundamental Research at Kotak Securities.',
                'is keeping the market higher," said Sanjiv Bhasin, Director, IIFL Securities.',
            ),
            (
                "sub",
                "This is also supporting the sentiment, Oza said.",
                "This is also supporting the sentiment, Rusmik Oza, Head of Fundamental Research at Kotak Securities, said.",
            ),
        ],
    ),
    Case(
        "h2-105-mc-neg-disclaimer-and-updated",
        "65408257dbe4",
        "NEGATIVE: the disclaimer paragraph is removed and an Updated header line appears.",
        [],
        paras=(13, 25),
        title=MC_T,
        published="2019-11-20 09:15",
        ops=[
            ("drop", "Disclaimer: The views and investment tips"),
            ("header", "Updated", "2019-11-20 11:40"),
        ],
    ),
    # --- Prince Andrew (Washington Examiner)
    Case(
        "h2-106-andrew-seconds",
        "87bf60570e6e",
        "The duration of an answer is corrected.",
        [FC(45, 40, "seconds")],
        paras=(0, 6),
        title=ANDREW_T,
        ops=[("sub", "Andrew also spent 45 seconds", "Andrew also spent 40 seconds")],
    ),
    Case(
        "h2-107-andrew-quote-extended",
        "87bf60570e6e",
        "The first piece of Andrew's split quote is extended.",
        [
            QE(
                "Andrew",
                "Going to Pizza Express in Woking is an unusual thing for me to do",
                "Going to Pizza Express in Woking is an unusual thing for me to do, a very unusual thing for me to do",
            )
        ],
        paras=(0, 6),
        title=ANDREW_T,
        ops=[
            (
                "sub",
                '"Going to Pizza Express in Woking is an unusual thing for me to do,"',
                '"Going to Pizza Express in Woking is an unusual thing for me to do, a very unusual thing for me to do,"',
            )
        ],
    ),
    Case(
        "h2-108-andrew-neg-curly-quotes",
        "87bf60570e6e",
        "NEGATIVE: straight quote marks become curly in three quotes.",
        [],
        paras=(8, 14),
        title=ANDREW_T,
        ops=[
            (
                "sub",
                '"the opportunities I was given to learn"',
                "“the opportunities I was given to learn”",
            ),
            ("sub", '"He knows exactly what he\'s done,"', "“He knows exactly what he's done,”"),
            (
                "sub",
                '"And I hope he comes clean about it."',
                "“And I hope he comes clean about it.”",
            ),
        ],
    ),
    # --- College football (Detroit News / AP)
    Case(
        "h2-109-emu-rushing-yards",
        "65ce3a4577a0",
        "A rushing total is corrected.",
        [FC(101, 110, "yards")],
        paras=(0, 7),
        title=EMU_T,
        byline="Associated Press",
        ops=[("sub", "Shaq Vann rushed for 101 yards", "Shaq Vann rushed for 110 yards")],
    ),
    Case(
        "h2-110-emu-neg-touchdowns-as-digit",
        "65ce3a4577a0",
        "NEGATIVE: 'three touchdowns' written '3 touchdowns'; same value.",
        [],
        paras=(0, 7),
        title=EMU_T,
        byline="Associated Press",
        ops=[("sub", "threw for three touchdowns", "threw for 3 touchdowns")],
    ),
    Case(
        "h2-111-emu-fleck-quote-added",
        "65ce3a4577a0",
        "A direct quote from coach Fleck is added.",
        [
            QA(
                "Fleck",
                "He’s made progress every day, and we’ll see how he feels at the end of the week",
            )
        ],
        paras=(7, 11),
        title=EMU_T,
        byline="Associated Press",
        ops=[
            (
                "add",
                "Coach P.J. Fleck said Morgan has made progress",
                "“He’s made progress every day, and we’ll see how he feels at the end of the week,” Fleck said.",
            )
        ],
    ),
    # --- Swift / Big Machine (Fox News)
    Case(
        "h2-112-swift-age-corrected",
        "eb62ac8425e5",
        "Swift's age is corrected.",
        [FC(29, 30, "years")],
        paras=(2, 7),
        title=SWIFT_T,
        ops=[("sub", "get a hold of Swift, 29, however", "get a hold of Swift, 30, however")],
    ),
    Case(
        "h2-113-swift-braun-rep-quote",
        "eb62ac8425e5",
        "'Did not respond' is replaced by a statement from Braun's rep.",
        [
            QA(
                "rep for Braun",
                "Scooter has always wanted a resolution that works for everyone involved",
            )
        ],
        paras=(11, 18),
        title=SWIFT_T,
        ops=[
            (
                "sub",
                "A rep for Braun did not immediately respond to Fox News’ request for comment.",
                "A rep for Braun told Fox News: “Scooter has always wanted a resolution that works for everyone involved.”",
            )
        ],
    ),
    Case(
        "h2-114-swift-insider-quote-edited",
        "eb62ac8425e5",
        "Words are inserted in the insider's quote.",
        [
            QE(
                "insider",
                "This fight with Taylor is not something Scooter agrees with",
                "This fight with Taylor is not something Scooter wanted or agrees with",
            )
        ],
        paras=(2, 7),
        title=SWIFT_T,
        ops=[
            (
                "sub",
                '"This fight with Taylor is not something Scooter agrees with,"',
                '"This fight with Taylor is not something Scooter wanted or agrees with,"',
            )
        ],
    ),
    # --- LA Auto Show (AP via CT Post)
    Case(
        "h2-115-auto-long-mach-e-price",
        "05844573ca7e",
        "Whole article: the Mach E starting price is corrected.",
        [FC(44000, 43895, "dollars")],
        title=AUTO_T,
        byline="Associated Press",
        ops=[("sub", "It will start at $44,000,", "It will start at $43,895,")],
    ),
    Case(
        "h2-116-auto-neg-hyphen-percent",
        "05844573ca7e",
        "NEGATIVE: '149 horsepower' hyphenated and '20%' written '20 percent'.",
        [],
        paras=(3, 9),
        title=AUTO_T,
        byline="Associated Press",
        ops=[
            ("sub", "a new 149 horsepower, 2-liter", "a new 149-horsepower, 2-liter"),
            ("sub", "that’s 20% more powerful", "that’s 20 percent more powerful"),
        ],
    ),
    Case(
        "h2-117-auto-rav4-acceleration",
        "05844573ca7e",
        "An acceleration time is corrected.",
        [FC(5.8, 5.7, "seconds")],
        paras=(15, 18),
        title=AUTO_T,
        byline="Associated Press",
        ops=[("sub", "in 5.8 seconds", "in 5.7 seconds")],
    ),
    # --- Nigerian Senate (The Paradigm)
    Case(
        "h2-118-senate-letters-count",
        "0dd135704572",
        "The number of letters read is corrected.",
        [FC(16, 18, "letters")],
        paras=(0, 5),
        title=SENATE_T,
        ops=[("sub", "read 16 letters", "read 18 letters")],
    ),
    Case(
        "h2-119-senate-neg-spacing-fixed",
        "0dd135704572",
        "NEGATIVE: spaces before commas and full stops are removed.",
        [],
        paras=(0, 5),
        title=SENATE_T,
        ops=[
            ("sub", "Yobe North , Ahmad Lawan , on Tuesday", "Yobe North, Ahmad Lawan, on Tuesday"),
            (
                "sub",
                "Bukola Saraki , read 16 letters that the legislative chambers had received , while it was on its annual recess .",
                "Bukola Saraki, read 16 letters that the legislative chambers had received, while it was on its annual recess.",
            ),
            ("sub", "annual recess on Tuesday .", "annual recess on Tuesday."),
        ],
    ),
    # --- Delhi air pollution (Vox), long
    Case(
        "h2-120-vox-long-arrests",
        "16c30add7e96",
        "Whole article: the number of people arrested over firecrackers is revised.",
        [FC(210, 219, "people")],
        paras=VOX_PARAS,
        title=VOX_T,
        byline="Umair Irfan",
        ops=[("sub", "arresting 210 people", "arresting 219 people")],
    ),
    Case(
        "h2-121-vox-long-neg-copy-edits",
        "16c30add7e96",
        "NEGATIVE (whole article): a word typo, a missing comma and a university's name fixed in narration.",
        [],
        paras=VOX_PARAS,
        title=VOX_T,
        byline="Umair Irfan",
        ops=[
            ("sub", "surrounding topology can act", "surrounding topography can act"),
            ("sub", "Water think tank told CBS News.", "Water think tank, told CBS News."),
            ("sub", "at the University of Texas Austin,", "at the University of Texas at Austin,"),
        ],
    ),
    Case(
        "h2-122-vox-prakash-quote-trimmed",
        "16c30add7e96",
        "Prakash's split quote loses its second piece.",
        [
            QE(
                "Prakash",
                "People will be up in revolt, they’ll stop trains, there will be riots, and nobody wants to get into this hassle, It’s actually a very, very noisy and well-functioning democracy, and there are too many veto points.",
                "People will be up in revolt, they’ll stop trains, there will be riots, and nobody wants to get into this hassle",
            )
        ],
        paras=(36, 40),
        title=VOX_T,
        byline="Umair Irfan",
        ops=[
            (
                "sub",
                " “It’s actually a very, very noisy and well-functioning democracy, and there are too many veto points.”",
                "",
            )
        ],
    ),
    # --- more negatives (formatting, structure, attribution form) ------------------------
    Case(
        "h2-140-assange-neg-paragraphs-swapped",
        "dc7ccccc1f34",
        "NEGATIVE: two narration paragraphs swap places.",
        [],
        paras=(0, 12),
        title=ASSANGE_T,
        ops=[
            ("move", "Assange has denied both allegations.", "Following Assange’s arrest in the UK")
        ],
    ),
    Case(
        "h2-141-hd-neg-dateline-and-updated",
        "f8ff621a0b9b",
        "NEGATIVE: a dateline is prefixed to the lede and an Updated header line appears.",
        [],
        title=HD_T,
        byline="Al Root",
        published="2019-11-19 07:02",
        ops=[
            (
                "sub",
                "Shares of construction goods giant Home Depot are dropping",
                "ATLANTA — Shares of construction goods giant Home Depot are dropping",
            ),
            ("header", "Updated", "2019-11-19 08:30"),
        ],
    ),
    Case(
        "h2-142-nhl-neg-crlf",
        "ecb46e3e489d",
        "NEGATIVE: the same text saved with CRLF line ends.",
        [],
        paras=(1, 8),
        title=NHL_T,
        byline="Associated Press",
        ops=[("crlf",)],
    ),
    Case(
        "h2-143-lebron-neg-speaker-title-expanded",
        "eecd2575093b",
        "NEGATIVE: a speaker's second reference gains his title and full name; same speaker, same words.",
        [],
        paras=(7, 11),
        title=LEBRON_T,
        byline="Associated Press",
        ops=[
            (
                "sub",
                "“He’s just playing terrific basketball,” Vogel said.",
                "“He’s just playing terrific basketball,” Lakers coach Frank Vogel said.",
            )
        ],
    ),
    Case(
        "h2-144-iran-neg-nbsp-and-double-spaces",
        "d90bda7ed14d",
        "NEGATIVE: non-breaking and doubled spaces appear around figures and inside a quote.",
        [],
        title=IRAN_T,
        ops=[
            (
                "sub",
                "At least 106 protesters in 21 cities",
                "At least 106\u00a0protesters in 21\u00a0cities",
            ),
            (
                "sub",
                "end this brutal and deadly crackdown",
                "end this brutal and  deadly crackdown",
            ),
        ],
    ),
    Case(
        "h2-145-tc-neg-narration-sentence-added",
        "1ace8c85aaee",
        "NEGATIVE: a narration sentence without quote or figure is added.",
        [],
        title=TC_T,
        ops=[
            (
                "add",
                "This comes less than a week after Bloomberg",
                "WeWork did not respond to a request for further comment on Monday.",
            )
        ],
    ),
    Case(
        "h2-146-swift-neg-typo-fixed",
        "eb62ac8425e5",
        "NEGATIVE: a misspelled name in narration is fixed.",
        [],
        paras=(2, 7),
        title=SWIFT_T,
        ops=[("sub", "the likes of Justin Beiber,", "the likes of Justin Bieber,")],
    ),
    Case(
        "h2-147-space-neg-split-and-date",
        "686bb170effe",
        "NEGATIVE: a paragraph is split and a date spelled out; quotes and figures unchanged.",
        [],
        paras=(4, 9),
        title=SPACE_T,
        byline="Mike Wall",
        ops=[
            ("split", "On one of those nights"),
            ("sub", "published online today (Nov. 18)", "published online today (November 18)"),
        ],
    ),
    Case(
        "h2-148-titan-neg-attribution-moved-before",
        "359fee228518",
        "NEGATIVE: an attribution moves from after the quote to before it; same speaker and words.",
        [],
        paras=(0, 9),
        title=TITAN_T,
        byline="Will Dunham, Reuters",
        ops=[
            (
                "sub",
                "\"Organics are very important for the possibility of life on Titan, which many of us think likely would have evolved in the liquid water ocean under Titan's icy crust,\" said planetary geologist Rosaly Lopes of NASA's Jet Propulsion Laboratory in California.",
                "Planetary geologist Rosaly Lopes of NASA's Jet Propulsion Laboratory in California said: \"Organics are very important for the possibility of life on Titan, which many of us think likely would have evolved in the liquid water ocean under Titan's icy crust.\"",
            )
        ],
    ),
    Case(
        "h2-149-pf-neg-section-heading-removed",
        "9e8c9f082a8d",
        "NEGATIVE: the 'Our ruling' subheading is removed.",
        [],
        paras=(12, 20),
        title=PF_T,
        ops=[("drop", "Our ruling")],
    ),
    Case(
        "h2-150-vox-neg-quote-paragraph-moved",
        "16c30add7e96",
        "NEGATIVE: a paragraph holding Apte's quote moves below the next one.",
        [],
        paras=(18, 24),
        title=VOX_T,
        byline="Umair Irfan",
        ops=[("move", "Added together, it has become a recipe", "I’m actually a Delhiite")],
    ),
]


# --- synthetic disaster stories (source "synthetic"): text written for this corpus --------

QUAKE = [
    "A strong earthquake struck the mountainous north of the country early on Sunday, flattening village homes and cutting roads, officials said.",
    "At least 12 people were killed and 150 people were injured, according to the national disaster management agency. Rescue teams were still trying to reach remote villages cut off by landslides.",
    "The agency said 340 houses had been destroyed or badly damaged.",
    "“Our teams are working through the rubble house by house, and we expect to reach the last villages by tonight,” said Amira Haddad, head of the agency's emergency operations centre.",
    "Residents described the shaking as the strongest they could remember. Many spent the night outdoors, fearing aftershocks.",
]
FLOOD = [
    "Floodwaters rose across the river valley on Thursday after two days of torrential rain, forcing evacuations in several towns.",
    "Three people are missing after their car was swept off a bridge near the town of Marlow, police said.",
    "More than 2,000 residents were evacuated overnight, and 14 shelters were opened in schools and churches.",
    "The river crested at 31 feet in Marlow, more than 10 feet above flood stage, the weather service said.",
    "Forecasters expect the rain to ease by Friday evening.",
]
BUS = [
    "A tour bus overturned on a mountain highway on Tuesday afternoon, killing nine people, police said.",
    "The bus was carrying 42 passengers, most of them retirees on a sightseeing trip, when it left the road on a sharp bend.",
    "“The driver appears to have lost control on the descent, but it is far too early to say why,” said Inspector Paolo Benedetti, a spokesman for the highway police. “We are examining the vehicle and speaking to every witness.”",
    "Injured passengers were taken to three hospitals in the region.",
]
FIRE = [
    "A wind-driven wildfire raced through dry hills east of the city on Wednesday, forcing thousands of people to flee.",
    "The fire has burned 12,000 acres and destroyed 20 homes, according to the state fire agency. It was 10% contained on Wednesday night.",
    "“Conditions are extremely dangerous, and we urge everyone under an evacuation order to leave now,” said Battalion Chief Maria Lopez.",
    "About 1,200 firefighters are battling the blaze, supported by 14 aircraft.",
]
COLLAPSE = [
    "A five-storey apartment building collapsed in the city centre on Monday night, trapping residents under the rubble.",
    "Officials said seven people had died and 23 people had been pulled out alive.",
    "Rescuers used sniffer dogs and thermal cameras to search for survivors, and cranes were brought in to lift heavy slabs of concrete.",
    "The cause of the collapse was not immediately known. Neighbours said renovation work had been under way on the ground floor.",
]
STORM = [
    "Hurricane Dora made landfall on the Gulf Coast early Saturday, bringing winds of up to 110 mph and a storm surge that flooded low-lying neighbourhoods.",
    "More than 250,000 customers were without power on Saturday morning, utilities said.",
    "“We have crews staged across the region and will restore power as soon as it is safe to do so,” said Ken Marsh, a spokesman for Gulf Power and Light.",
    "The governor declared a state of emergency in 12 counties.",
]
TRAIN = [
    "A freight train carrying chemicals derailed on the outskirts of the town on Friday, prompting officials to evacuate about 800 homes.",
    "Twenty cars left the tracks, and three of them were leaking, fire officials said.",
    "“There is no immediate danger to the public, but we are asking residents within a mile of the site to stay away until the cars are secured,” Fire Chief Dana Wright said at a news conference.",
    "The railway said it was cooperating with investigators.",
    "No injuries were reported.",
]
MINE = [
    "An explosion tore through a coal mine in the eastern province on Wednesday, trapping four miners underground, officials said.",
    "Two miners were rescued on Wednesday evening and taken to hospital with burns.",
    "“We are in contact with the rescue teams every hour, and we will not stop until every miner is out,” a spokesman for the mine operator said.",
    "The mine employs about 600 people. It was shut down for safety violations in 2017.",
]
FERRY = [
    "A passenger ferry capsized in rough seas off the southern coast on Sunday, the coast guard said.",
    "Forty people have been rescued and 11 people are missing, according to the coast guard.",
    "The ferry was carrying 55 passengers and crew on a two-hour crossing between the islands.",
    "Relatives gathered at the port waiting for news.",
]

SYNTH: list[Case] = [
    Case(
        "h2-123-syn-quake-toll-revised",
        "synthetic",
        "Earthquake: killed and injured counts revised in the same sentence, with a tense change.",
        [FC(12, 15, "people"), FC(150, 200, "people")],
        paras=QUAKE,
        title="Earthquake kills at least 12 in mountainous north",
        byline="Staff and agencies",
        ops=[
            (
                "sub",
                "At least 12 people were killed and 150 people were injured",
                "At least 15 people have been killed and 200 people have been injured",
            )
        ],
    ),
    Case(
        "h2-124-syn-quake-third-revision-headline",
        "synthetic",
        "Earthquake: a later revision of the toll, headline updated, house count updated.",
        [
            FC(15, 23, "people"),
            FC(340, 410, "houses"),
            HL(
                "Earthquake kills at least 15 in mountainous north",
                "Earthquake death toll rises to 23 as rescuers reach remote villages",
            ),
        ],
        paras=QUAKE,
        title="Earthquake kills at least 15 in mountainous north",
        byline="Staff and agencies",
        pre=[
            (
                "sub",
                "At least 12 people were killed and 150 people were injured",
                "At least 15 people have been killed and 200 people have been injured",
            )
        ],
        ops=[
            ("sub", "At least 15 people have been killed", "At least 23 people have been killed"),
            ("sub", "340 houses", "410 houses"),
            ("title", "Earthquake death toll rises to 23 as rescuers reach remote villages"),
        ],
    ),
    Case(
        "h2-125-syn-flood-missing-spelled-and-evacuated",
        "synthetic",
        "Flood: missing count (spelled) and evacuations revised; a developing line added.",
        [FC(3, 5, "people"), FC(2000, 3500, "residents"), DEV_ADDED],
        paras=FLOOD,
        title="Floods force evacuations across river valley",
        byline="Jenna Holt",
        ops=[
            (
                "sub",
                "Three people are missing after their car was swept",
                "Five people are missing after their car was swept",
            ),
            (
                "sub",
                "More than 2,000 residents were evacuated",
                "More than 3,500 residents were evacuated",
            ),
            ("add", "$", "This story is developing."),
        ],
    ),
    Case(
        "h2-126-syn-flood-chief-quote-added",
        "synthetic",
        "Flood: a statement from the fire chief (title + name) is added.",
        [
            QA(
                "Okafor",
                "We are asking people to stay off the roads tonight and to stay away from the river",
            )
        ],
        paras=FLOOD,
        title="Floods force evacuations across river valley",
        byline="Jenna Holt",
        ops=[
            (
                "add",
                "Three people are missing",
                "“We are asking people to stay off the roads tonight and to stay away from the river,” Marlow Fire Chief Daniel Okafor said.",
            )
        ],
    ),
    Case(
        "h2-127-syn-bus-toll-spelled-quote-trimmed",
        "synthetic",
        "Bus crash: toll revised (spelled numbers) and the police spokesman's quote loses its second piece.",
        [
            FC(9, 11, "people"),
            QE(
                "Benedetti",
                "The driver appears to have lost control on the descent, but it is far too early to say why, We are examining the vehicle and speaking to every witness.",
                "The driver appears to have lost control on the descent, but it is far too early to say why",
            ),
        ],
        paras=BUS,
        title="Tour bus overturns on mountain highway",
        byline="Staff and agencies",
        ops=[
            ("sub", "killing nine people", "killing eleven people"),
            ("sub", " “We are examining the vehicle and speaking to every witness.”", ""),
        ],
    ),
    Case(
        "h2-128-syn-fire-from-to-and-up-from",
        "synthetic",
        "Wildfire: acreage given as 'from X to Y', homes with 'up from', containment revised; marker removed.",
        [FC(12000, 18500, "acres"), FC(20, 35, "homes"), FC(10, 25, "percent"), DEV_REMOVED],
        paras=FIRE,
        title="Wildfire forces thousands to flee east of the city",
        byline="Chris Navarro",
        pre=[
            (
                "add",
                "$",
                "DEVELOPING: This story will be updated as more information becomes available.",
            )
        ],
        ops=[
            (
                "sub",
                "The fire has burned 12,000 acres and destroyed 20 homes, according to the state fire agency. It was 10% contained on Wednesday night.",
                "The fire grew from 12,000 acres to 18,500 acres overnight and has destroyed 35 homes, up from 20 on Wednesday, according to the state fire agency. It was 25% contained on Thursday morning.",
            ),
            ("drop", "DEVELOPING: This story will be updated"),
        ],
    ),
    Case(
        "h2-129-syn-collapse-from-to-and-official",
        "synthetic",
        "Building collapse: deaths 'risen from seven to 10', and a named official's statement added.",
        [
            FC(7, 10, "people"),
            QA(
                "Haines",
                "Our teams will keep searching through the night for as long as there is any chance of finding people alive",
            ),
        ],
        paras=COLLAPSE,
        title="Apartment building collapses in city centre",
        byline="Staff reporter",
        ops=[
            (
                "sub",
                "Officials said seven people had died",
                "Officials said the number of people who died had risen from seven to 10",
            ),
            (
                "add",
                "Rescuers used sniffer dogs",
                "“Our teams will keep searching through the night for as long as there is any chance of finding people alive,” Fire Commissioner Rebecca Haines told reporters.",
            ),
        ],
    ),
    Case(
        "h2-130-syn-storm-outages-correction-headline",
        "synthetic",
        "Hurricane: outages revised, a correction added, and the headline changed.",
        [
            FC(250000, 400000, "customers"),
            CORR(
                "Correction: An earlier version of this story gave the wrong wind speed for Hurricane Dora at landfall."
            ),
            FC(120, 110, "mph"),
            HL(
                "Hurricane Dora slams Gulf Coast",
                "Hurricane Dora slams Gulf Coast, leaving hundreds of thousands without power",
            ),
        ],
        paras=STORM,
        title="Hurricane Dora slams Gulf Coast",
        byline="Associated Press",
        pre=[("sub", "winds of up to 110 mph", "winds of up to 120 mph")],
        ops=[
            (
                "sub",
                "More than 250,000 customers were without power",
                "Nearly 400,000 customers were without power",
            ),
            ("sub", "winds of up to 120 mph", "winds of up to 110 mph"),
            (
                "add",
                "$",
                "Correction: An earlier version of this story gave the wrong wind speed for Hurricane Dora at landfall.",
            ),
            (
                "title",
                "Hurricane Dora slams Gulf Coast, leaving hundreds of thousands without power",
            ),
        ],
    ),
    Case(
        "h2-131-syn-train-neg-rewrite-move-punct",
        "synthetic",
        "NEGATIVE: lede rewritten, quote paragraph moved to the end, quote punctuation cleaned; figures and words unchanged.",
        [],
        paras=TRAIN,
        title="Freight train carrying chemicals derails",
        byline="Leah Brandt",
        ops=[
            (
                "sub",
                "A freight train carrying chemicals derailed on the outskirts of the town on Friday, prompting officials to evacuate about 800 homes.",
                "Officials evacuated about 800 homes on Friday after a freight train carrying chemicals came off the tracks on the edge of town.",
            ),
            (
                "sub",
                "“There is no immediate danger to the public, but we are asking",
                "“There is no immediate danger to the public; but we are asking",
            ),
            ("move", "“There is no immediate danger", "$"),
        ],
    ),
    Case(
        "h2-132-syn-mine-counts-and-reattributed",
        "synthetic",
        "Mine blast: trapped and rescued counts revised (spelled), and the unnamed spokesman's quote credited to the rescue chief.",
        [
            FC(4, 6, "miners"),
            FC(2, 3, "miners"),
            QT(
                "spokesman for the mine operator",
                "Petrov",
                "We are in contact with the rescue teams every hour, and we will not stop until every miner is out",
            ),
        ],
        paras=MINE,
        title="Explosion traps miners underground",
        byline="Staff and agencies",
        ops=[
            ("sub", "trapping four miners underground", "trapping six miners underground"),
            ("sub", "Two miners were rescued", "Three miners were rescued"),
            (
                "sub",
                "a spokesman for the mine operator said.",
                "said Ivan Petrov, head of the regional mine rescue service.",
            ),
        ],
    ),
    Case(
        "h2-133-syn-ferry-developing-byline-toll",
        "synthetic",
        "Ferry capsizes: 'DEVELOPING:' line added, byline extended, rescued/missing revised (spelled number).",
        [
            DEV_ADDED,
            BY("Nadia Karim", "Nadia Karim and Tom Ellis"),
            FC(40, 44, "people"),
            FC(11, 7, "people"),
        ],
        paras=FERRY,
        title="Ferry capsizes off southern coast",
        byline="Nadia Karim",
        ops=[
            ("add", "^", "DEVELOPING:"),
            ("byline", "Nadia Karim and Tom Ellis"),
            (
                "sub",
                "Forty people have been rescued and 11 people are missing",
                "Forty-four people have been rescued and seven people are missing",
            ),
        ],
    ),
]


# --- HTML cases: the real page, one sentence edited inside the article body -------------

HTML_CASES: list[Case] = [
    Case(
        "h2-134-html-spacenews-shotwell-quote-edited",
        "d1c57d7821e5",
        "HTML page: Shotwell's quote gains a clause.",
        [
            QE(
                "Shotwell",
                "We do think this is a really neat program. It reminds us a bit of the COTS program",
                "We do think this is a really neat program. It reminds us a bit of the COTS program, which worked out very well for us",
            )
        ],
        html=True,
        ops=[
            (
                "sub",
                "It reminds us a bit of the COTS program,” said Shotwell",
                "It reminds us a bit of the COTS program, which worked out very well for us,” said Shotwell",
            )
        ],
    ),
    Case(
        "h2-135-html-titan-hilly-percent",
        "359fee228518",
        "HTML page: the share of hilly terrain is corrected.",
        [FC(14, 15, "percent")],
        html=True,
        ops=[("sub", "represent 14 percent of the surface", "represent 15 percent of the surface")],
    ),
    Case(
        "h2-136-html-wework-spokesperson-quote-removed",
        "06e5123e4ef7",
        "HTML page: the WeWork spokesperson's quote paragraph is removed.",
        [
            QR(
                "WeWork spokesperson",
                "We received an inquiry from the office of the New York State Attorney General and are cooperating in the matter",
            )
        ],
        html=True,
        ops=[
            (
                "sub",
                "<p>“We received an inquiry from the office of the New York State Attorney General and are cooperating in the matter,” said a WeWork spokesperson when contacted by Reuters.</p>",
                "",
            )
        ],
    ),
    Case(
        "h2-137-html-jpost-headline-and-age",
        "e372e42c0a3d",
        "HTML page: the headline is rewritten (title, meta tags, h1) and the suspect's age corrected.",
        [
            HL(
                "Son of former German president stabbed to death in Berlin",
                "Son of former German president Weizsäcker killed in Berlin clinic attack",
            ),
            FC(57, 59, "years"),
        ],
        html=True,
        ops=[
            (
                "suball",
                "Son of former German president stabbed to death in Berlin",
                "Son of former German president Weizsäcker killed in Berlin clinic attack",
            ),
            ("sub", "a 57-year-old man", "a 59-year-old man"),
        ],
    ),
    Case(
        "h2-138-html-assange-developing-added",
        "dc7ccccc1f34",
        "HTML page: a developing-story paragraph is added at the end of the body.",
        [DEV_ADDED],
        html=True,
        ops=[
            (
                "sub",
                "<p>He now faces a maximum sentence of 175 years in prison in the US if convicted of all the charges against him there.</p>",
                "<p>He now faces a maximum sentence of 175 years in prison in the US if convicted of all the charges against him there.</p>\n<p>This is a developing story and will be updated.</p>",
            )
        ],
    ),
    Case(
        "h2-139-html-politifact-neg-curly-quotes",
        "9e8c9f082a8d",
        "NEGATIVE HTML page: straight quotes around the professor's quote become curly entities.",
        [],
        html=True,
        ops=[
            (
                "sub",
                '"There are no hard data, but I find the statistics cited to be consistent and certainly reasonable,"',
                "&ldquo;There are no hard data, but I find the statistics cited to be consistent and certainly reasonable,&rdquo;",
            )
        ],
    ),
]


README = """# Second held-out revision corpus (heldout2)

150 labelled revision pairs (44 negatives), generated by `bench/make_heldout2.py` (re-run it to
rebuild this folder; it deletes and rewrites it). Built independently of the detection code and of
the `revisions/` and `heldout/` corpora: 40 benchmark articles no other corpus uses (politics,
courts, crime, business, sport, science, health, entertainment), 11 short synthetic disaster
stories (`"source": "synthetic"`), and 6 cases on real HTML pages (old.html/new.html).

Each case applies by hand the edits a newsroom makes to a developing story (tolls revised in the
same sentence, "up from" / "from X to Y", spelled numbers, money and percentages, official
statements added, quotes trimmed/extended/re-credited, headline/byline changes, corrections,
developing markers) and labels by hand the changes those edits make. Negatives: copy edits,
typography, moved or split paragraphs, rewritten ledes, number formatting, CRLF, NBSP.
Added quotes and their speakers are invented for the test; they are not real statements.

Run: `.venv/bin/python -m monitor eval tests/data/heldout2`
"""


# --- building -----------------------------------------------------------------------------


@dataclass
class Doc:
    """A plain-text article: ordered header lines and body paragraphs."""

    header: dict[str, str]
    paras: list[str]
    crlf: bool = False

    def render(self) -> str:
        head = "".join(f"{k}: {v}\n" for k, v in self.header.items())
        text = (head + "\n" if head else "") + "\n\n".join(self.paras) + "\n"
        return text.replace("\n", "\r\n") if self.crlf else text


def _index(doc: Doc, frag: str) -> int:
    hits = [i for i, p in enumerate(doc.paras) if frag in p]
    if len(hits) != 1:
        raise ValueError(f"{len(hits)} paragraphs hold {frag!r}")
    return hits[0]


def _sub(doc: Doc, a: str, b: str) -> None:
    count = sum(p.count(a) for p in doc.paras) + sum(v.count(a) for v in doc.header.values())
    if count != 1:
        raise ValueError(f"{count} occurrences of {a!r}")
    doc.header = {k: v.replace(a, b) for k, v in doc.header.items()}
    doc.paras = [p.replace(a, b) for p in doc.paras]


def apply(doc: Doc, op: Op) -> None:
    """Apply one edit to a document in place."""
    kind = op[0]
    if kind == "sub":
        _sub(doc, op[1], op[2])
    elif kind == "add":
        at = 0 if op[1] == "^" else len(doc.paras) if op[1] == "$" else _index(doc, op[1]) + 1
        doc.paras.insert(at, op[2])
    elif kind == "drop":
        del doc.paras[_index(doc, op[1])]
    elif kind == "dropall":
        kept = [p for p in doc.paras if p.strip() != op[1]]
        if len(kept) == len(doc.paras):
            raise ValueError(f"no paragraph equal to {op[1]!r}")
        doc.paras = kept
    elif kind == "move":
        para = doc.paras.pop(_index(doc, op[1]))
        doc.paras.insert(len(doc.paras) if op[2] == "$" else _index(doc, op[2]), para)
    elif kind == "split":
        i = _index(doc, op[1])
        head, tail = doc.paras[i].split(op[1], 1)
        doc.paras[i : i + 1] = [head.rstrip(), op[1] + tail]
    elif kind == "merge":
        i = _index(doc, op[1])
        doc.paras[i : i + 2] = [doc.paras[i] + " " + doc.paras[i + 1]]
    elif kind in ("title", "byline"):
        doc.header[kind.capitalize()] = op[1]
    elif kind == "header":
        doc.header[op[1]] = op[2]
    elif kind == "crlf":
        doc.crlf = True
    else:
        raise ValueError(f"unknown op {op!r}")


def _page_key(prefix: str, truth: dict[str, Any]) -> str:
    keys = [k for k in truth if k.startswith(prefix)]
    if len(keys) != 1:
        raise ValueError(f"{len(keys)} pages match {prefix!r}")
    return keys[0]


def _select(body: str, paras: Any) -> list[str]:
    allp = [p.strip() for p in body.split("\n\n") if p.strip()]
    if paras == "all":
        return allp
    if isinstance(paras, tuple):
        return allp[paras[0] : paras[1]]
    if all(isinstance(p, int) for p in paras):
        return [allp[i] for i in paras]
    return list(paras)


def build_text(case: Case, truth: dict[str, Any]) -> tuple[str, str, str]:
    """Return (old text, new text, source) for a plain-text case."""
    if case.src == "synthetic":
        source, paras = "synthetic", list(case.paras)
    else:
        key = _page_key(case.src, truth)
        source, paras = f"aeb:{key}", _select(truth[key]["articleBody"], case.paras)
    header = {}
    if case.title:
        header["Title"] = case.title
    if case.byline:
        header["Byline"] = case.byline
    if case.published:
        header["Published"] = case.published
    doc = Doc(header, paras)
    for op in case.pre:
        apply(doc, op)
    old = doc.render()
    for op in case.ops:
        apply(doc, op)
    return old, doc.render(), source


def build_html(case: Case, truth: dict[str, Any]) -> tuple[str, str, str]:
    """Return (old html, new html, source) for an HTML case."""
    key = _page_key(case.src, truth)
    page = gzip.decompress((AEB / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8")
    old = page
    for ops, target in ((case.pre, "old"), (case.ops, "new")):
        for op in ops:
            if op[0] == "sub":
                if page.count(op[1]) != 1:
                    raise ValueError(f"{case.name}: {page.count(op[1])} occurrences of {op[1]!r}")
                page = page.replace(op[1], op[2])
            elif op[0] == "suball":
                if op[1] not in page:
                    raise ValueError(f"{case.name}: {op[1]!r} not in page")
                page = page.replace(op[1], op[2])
            else:
                raise ValueError(f"{case.name}: op {op[0]} not for HTML")
        if target == "old":
            old = page
    return old, page, f"aeb:{key}"


def main() -> None:
    """Write every case folder under tests/data/heldout2/."""
    truth = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    if OUT.exists():
        shutil.rmtree(OUT)
    names = set()
    for case in CASES + SYNTH + HTML_CASES:
        if case.name in names:
            raise ValueError(f"duplicate case {case.name}")
        names.add(case.name)
        build = build_html if case.html else build_text
        try:
            old, new, source = build(case, truth)
        except ValueError as exc:
            raise ValueError(f"{case.name}: {exc}") from exc
        if old == new:
            raise ValueError(f"{case.name}: old and new are identical")
        folder = OUT / case.name
        folder.mkdir(parents=True)
        ext = "html" if case.html else "txt"
        (folder / f"old.{ext}").write_bytes(old.encode("utf-8"))  # bytes: keep CRLF as written
        (folder / f"new.{ext}").write_bytes(new.encode("utf-8"))
        spec = {"description": case.description, "source": source, "changes": case.changes}
        (folder / "expected.json").write_text(
            json.dumps(spec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    (OUT / "README.md").write_text(README, encoding="utf-8")
    negatives = sum(1 for c in CASES + SYNTH + HTML_CASES if not c.changes)
    print(f"wrote {len(names)} cases ({negatives} negatives) to {OUT}")


if __name__ == "__main__":
    main()
