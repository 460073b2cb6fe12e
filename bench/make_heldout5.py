# ruff: noqa: E501  (the case tables hold wire copy; splitting it would hide the edits)
"""Generate the fifth held-out labelled revision corpus, tests/data/heldout5/ (python bench/make_heldout5.py).

Built independently of the detection code and of the earlier corpora: every case is synthetic
wire copy of a DEVELOPING story written for this corpus (earthquake, rate decision, storm,
floods, wildfire, shooting, earnings, court case, missile strike, election count, plane crash,
strike), in several house styles (AP, Reuters, BBC/Guardian, Indian outlets, US local TV).
Each story is revised several times as a newsroom would; each revision is one case whose old
side is the previous revision and whose new side is the next one. Labels are written by hand
from the edits, before the evaluator is run.

Each edit is a (find, replace) pair; `find` must occur exactly once, so a typo fails loudly.
A revision marked `branch` (a whole-document restyle) is a case of its own and is not carried
into the following revisions.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "heldout5"

from heldout_kit import (  # noqa: E402  (bench/ is on sys.path when run)
    MARKER_ADDED,
    MARKER_REMOVED,
    Case,
    Edit,
    Transform,
    apply_text,
    correction,
    curly_quotes,
    f,
    fc,
    fv,
    headline,
    q,
    regenerate,
)


def curly_single(text: str) -> str:
    """British single quotes to curly ones, and spaced hyphens to en dashes."""
    text = re.sub(r"(\w)'(\w)", "\\1\u2019\\2", text)
    text = re.sub(r"(^|[\s(:])'", "\\1\u2018", text, flags=re.M)
    return text.replace("'", "\u2019").replace(" - ", " \u2013 ")


def dashes(text: str) -> str:
    """Em dashes to double hyphens and hyphenated compounds opened up (an old CMS)."""
    return text.replace(" \u2014 ", " -- ").replace("full-scale", "full scale")


@dataclass
class Rev:
    """One revision of a story: the edits from the previous one and the changes they make."""

    slug: str
    description: str
    edits: list[Edit]
    expected: list[dict[str, Any]]
    title: str | None = None  # new headline
    transform: Transform | None = None
    branch: bool = False  # a restyle case that later revisions do not build on


@dataclass
class Story:
    """A developing story: its first version and its successive revisions."""

    key: str
    header: dict[str, str]
    text: str
    revs: list[Rev] = field(default_factory=list)


def move(para: str, after: str) -> list[Edit]:
    """Edits moving paragraph `para` (unchanged) to just after the paragraph ending with `after`."""
    return [(para + "\n\n", ""), (after, after + "\n\n" + para)]


def cases_of(story: Story) -> list[Case]:
    """One case per revision, each starting from the text the previous revisions left."""
    cases = []
    header, text = dict(story.header), story.text.strip()
    for rev in story.revs:
        new_header = {"Title": rev.title} if rev.title else None
        cases.append(
            Case(
                f"{story.key}-{rev.slug}",
                rev.description,
                rev.expected,
                header=dict(header),
                new_header=new_header,
                text=text,
                new=rev.edits,
                new_transform=rev.transform,
            )
        )
        if rev.branch:
            continue
        text = apply_text(text + "\n", rev.edits, f"{story.key}-{rev.slug}").strip()
        if rev.transform is not None:
            text = rev.transform(text)
        if rev.title:
            header["Title"] = rev.title
    return cases


NEG: list[dict[str, Any]] = []
DEV = "This is a developing story. Check back for updates."

# --- A: AP, earthquake toll -----------------------------------------------------------------

QUAKE = Story(
    "quake",
    {"Title": "Strong earthquake in southern Mexico kills at least 12", "Published": "2026-03-04"},
    """
BREAKING: A powerful earthquake shook southern Mexico on Wednesday.

PUERTO ESCONDIDO, Mexico (AP) — A powerful earthquake struck southern Mexico on Wednesday, killing at least 12 people and damaging dozens of buildings in the coastal state of Oaxaca, officials said.

The U.S. Geological Survey said the quake had a magnitude of 7.1 and was centered 22 miles (35 kilometers) northeast of Puerto Escondido at a depth of 14 miles.

"We are still pulling people out of the rubble," Oaxaca Gov. Marisol Vega told the broadcaster Milenio. "The priority right now is to save lives."

Vega said at least 60 people had been injured and that hospitals in Puerto Escondido and Pochutla were treating patients in their parking lots.

Civil protection coordinator Andrés Molina said crews had inspected about 300 homes, and that more than 1,200 people had spent the night in shelters.

Interior Minister Carmen Ibarra wrote on X: "The federal government is with the people of Oaxaca. Help is already on the way."

The quake was felt in Mexico City, about 270 miles (435 kilometers) to the north, where seismic alarms sounded and thousands of people poured into the streets.

A hotel manager in Puerto Escondido, Rodrigo Salinas, said the shaking lasted nearly a minute. "The walls were moving like paper," he said. "Everyone ran to the beach."

The state power company said 240,000 customers were without electricity Wednesday evening.

Mexico sits atop the interaction of five tectonic plates and is among the most seismically active countries in the world.

This is a developing story. Check back for updates.
""",
    [
        Rev(
            "toll-12-to-17",
            "The death toll rises from at least 12 to at least 17 people; the BREAKING line is dropped and the headline follows.",
            [
                ("BREAKING: A powerful earthquake shook southern Mexico on Wednesday.\n\n", ""),
                ("killing at least 12 people", "killing at least 17 people"),
            ],
            [
                fc((12, "people"), (17, "people")),
                headline(
                    "Strong earthquake in southern Mexico kills at least 12",
                    "Strong earthquake in southern Mexico kills at least 17",
                ),
            ],
            title="Strong earthquake in southern Mexico kills at least 17",
        ),
        Rev(
            "injured-60-to-85",
            "The injured count rises from at least 60 to at least 85 people.",
            [("at least 60 people had been injured", "at least 85 people had been injured")],
            [fc((60, "people"), (85, "people"))],
        ),
        Rev(
            "vega-quote-extended",
            "The second piece of Gov. Vega's split quote gains a clause.",
            [
                (
                    '"The priority right now is to save lives."',
                    '"The priority right now is to save lives, and then to get water and food to the families who lost everything."',
                )
            ],
            [
                q(
                    "quote_edited",
                    "Vega",
                    "The priority right now is to save lives.",
                    "The priority right now is to save lives, and then to get water and food to the families who lost everything.",
                )
            ],
        ),
        Rev(
            "neg-updated-line",
            "NEGATIVE: an 'Updated 6:42 p.m. ET' line is added at the top.",
            [
                (
                    "PUERTO ESCONDIDO, Mexico (AP)",
                    "Updated 6:42 p.m. ET\n\nPUERTO ESCONDIDO, Mexico (AP)",
                )
            ],
            NEG,
        ),
        Rev(
            "molina-rescues-new-paragraph",
            "A new paragraph: Molina says 23 people were pulled alive from the rubble, with a new quote by pronoun.",
            [
                (
                    "spent the night in shelters.",
                    'spent the night in shelters.\n\nMolina said rescuers had pulled 23 people alive from collapsed buildings. "Every hour counts, and we are not stopping tonight," he said.',
                )
            ],
            [
                f("figure_added", None, (23, "people")),
                q(
                    "quote_added",
                    "Molina",
                    None,
                    "Every hour counts, and we are not stopping tonight",
                ),
            ],
        ),
        Rev(
            "dozens-to-more-than-40-buildings",
            "'dozens of buildings' becomes 'more than 40 buildings' (a vague count made a figure).",
            [("damaging dozens of buildings", "damaging more than 40 buildings")],
            [f("figure_added", None, (40, "buildings"))],
        ),
        Rev(
            "neg-salinas-narration",
            "NEGATIVE: the narration before Salinas's unchanged quote is reworded; the Updated time changes.",
            [
                (
                    "A hotel manager in Puerto Escondido, Rodrigo Salinas, said the shaking lasted nearly a minute.",
                    "Rodrigo Salinas, who manages a small hotel near the beach in Puerto Escondido, said the shaking lasted nearly a minute.",
                ),
                ("Updated 6:42 p.m. ET", "Updated 8:15 p.m. ET"),
            ],
            NEG,
        ),
        Rev(
            "ibarra-post-reattributed-correction",
            "The X post is re-attributed from Interior Minister Ibarra to Security Minister Arriaga, with a correction note.",
            [
                (
                    "Interior Minister Carmen Ibarra wrote on X:",
                    "Security Minister Tomás Arriaga wrote on X:",
                ),
                (
                    "<<END>>",
                    "Correction: An earlier version of this story misattributed a social media post to Interior Minister Carmen Ibarra. It was written by Security Minister Tomás Arriaga.",
                ),
            ],
            [
                q(
                    "quote_reattributed",
                    "Arriaga",
                    "The federal government is with the people of Oaxaca. Help is already on the way.",
                    "The federal government is with the people of Oaxaca. Help is already on the way.",
                    old_speaker="Ibarra",
                ),
                correction(
                    "Correction: An earlier version of this story misattributed a social media post to Interior Minister Carmen Ibarra. It was written by Security Minister Tomás Arriaga."
                ),
            ],
        ),
        Rev(
            "final-toll-21-marker-removed",
            "Toll 'at least 17' -> '21' (confirmed), power outages 240,000 -> about 90,000 customers, developing line removed, headline updated.",
            [
                ("killing at least 17 people", "killing 21 people"),
                (
                    "said 240,000 customers were without electricity Wednesday evening",
                    "said about 90,000 customers were still without electricity Thursday morning",
                ),
                ("\n\nThis is a developing story. Check back for updates.", ""),
                ("Updated 8:15 p.m. ET", "Updated 9:03 a.m. ET"),
            ],
            [
                fc((17, "people"), (21, "people")),
                fc((240000, "customers"), (90000, "customers")),
                MARKER_REMOVED,
                headline(
                    "Strong earthquake in southern Mexico kills at least 17",
                    "Earthquake in southern Mexico killed 21, officials say",
                ),
            ],
            title="Earthquake in southern Mexico killed 21, officials say",
        ),
    ],
)

# --- B: Reuters, central bank rate decision -------------------------------------------------

RATES = Story(
    "rates",
    {
        "Title": "Brazil central bank raises Selic rate to 14.75%, signals more tightening",
        "Published": "2026-03-18",
    },
    """
BRASILIA, March 18 (Reuters) - Brazil's central bank raised its benchmark interest rate by 50 basis points to 14.75% on Wednesday, its sixth consecutive hike, as policymakers sought to contain stubborn inflation.

The decision by the bank's monetary policy committee, known as Copom, was unanimous and in line with the forecast of 31 of 35 economists polled by Reuters.

"The committee judges that the scenario requires a significantly contractionary monetary policy for a prolonged period," policymakers said in a statement.

Annual inflation ran at 5.5% in mid-March, above the 4.5% ceiling of the official target range, according to statistics agency IBGE.

Central bank Governor Ricardo Mendes told lawmakers last week that the bank would "do whatever is necessary" to bring inflation back to target.

Finance Minister Helena Prado said the government would announce 25 billion reais in spending cuts next month. "Fiscal discipline and monetary policy have to walk together," she told reporters in Brasilia.

The real weakened 0.4% against the dollar after the decision.

Economists at Itaú Unibanco said they expected one more hike of 25 basis points in May before a long pause.

"We think the cycle is close to the end, but the bank will keep the door open," said Natália Rocha, chief economist at XP Investimentos.

The bank's next meeting is scheduled for May 6-7.

(Reporting by Marina Costa; Editing by Peter Hall)
""",
    [
        Rev(
            "poll-31-to-33",
            "The Reuters poll count is corrected: 31 -> 33 of 35 economists.",
            [("forecast of 31 of 35 economists", "forecast of 33 of 35 economists")],
            [fc((31, "economists"), (33, "economists"))],
        ),
        Rev(
            "inflation-corrected-note",
            "Inflation 5.5% -> 5.6%, with a Reuters-style correction line appended.",
            [
                (
                    "Annual inflation ran at 5.5% in mid-March",
                    "Annual inflation ran at 5.6% in mid-March",
                ),
                (
                    "<<END>>",
                    "(This story has been corrected to fix the inflation figure to 5.6%, not 5.5%, in paragraph 4)",
                ),
            ],
            [
                fc((5.5, "percent"), (5.6, "percent")),
                correction(
                    "(This story has been corrected to fix the inflation figure to 5.6%, not 5.5%, in paragraph 4)"
                ),
            ],
        ),
        Rev(
            "mendes-new-quote",
            "A new full quote from Governor Mendes is added after his partial quote.",
            [
                (
                    "to bring inflation back to target.",
                    'to bring inflation back to target.\n\n"Inflation expectations remain unanchored, and that is what worries us most," Mendes said at a conference in Sao Paulo on Thursday.',
                )
            ],
            [
                q(
                    "quote_added",
                    "Mendes",
                    None,
                    "Inflation expectations remain unanchored, and that is what worries us most",
                )
            ],
        ),
        Rev(
            "prado-quote-and-cuts",
            "Prado's quote is reworded and the spending cuts rise from 25 to 30 billion reais.",
            [
                ("announce 25 billion reais", "announce 30 billion reais"),
                ("have to walk together", "must walk side by side"),
            ],
            [
                fc((25e9, "reais"), (30e9, "reais")),
                q(
                    "quote_edited",
                    "Prado",
                    "Fiscal discipline and monetary policy have to walk together",
                    "Fiscal discipline and monetary policy must walk side by side",
                ),
            ],
        ),
        Rev(
            "neg-percent-spelled",
            "NEGATIVE: '14.75%' and '0.4%' in the body are written '14.75 percent' and '0.4 percent'.",
            [
                ("points to 14.75% on Wednesday", "points to 14.75 percent on Wednesday"),
                ("weakened 0.4% against", "weakened 0.4 percent against"),
            ],
            NEG,
        ),
        Rev(
            "rocha-quote-reattributed",
            "The closing quote is re-attributed from Natália Rocha (XP) to Caio Meireles (Banco Inter).",
            [
                (
                    "said Natália Rocha, chief economist at XP Investimentos",
                    "said Caio Meireles, chief economist at Banco Inter",
                )
            ],
            [
                q(
                    "quote_reattributed",
                    "Meireles",
                    "We think the cycle is close to the end, but the bank will keep the door open",
                    "We think the cycle is close to the end, but the bank will keep the door open",
                    old_speaker="Rocha",
                )
            ],
        ),
        Rev(
            "neg-credit-line",
            "NEGATIVE: the reporting/editing credit line at the end gains names.",
            [
                (
                    "(Reporting by Marina Costa; Editing by Peter Hall)",
                    "(Reporting by Marina Costa and Bruno Lima; Editing by Peter Hall and Jane Merriman)",
                )
            ],
            NEG,
        ),
        Rev(
            "itau-forecast-removed",
            "The Itaú paragraph forecasting a 25 basis point hike is removed.",
            [
                (
                    "Economists at Itaú Unibanco said they expected one more hike of 25 basis points in May before a long pause.\n\n",
                    "",
                )
            ],
            [f("figure_removed", (25, "basis points"), None)],
        ),
    ],
)

# --- C: BBC, storm (single quotes, per cent) ------------------------------------------------

STORM = Story(
    "storm",
    {
        "Title": "Storm Brennan: Thousands without power as red warning issued",
        "Published": "2026-01-23",
    },
    """
More than 50,000 homes are without power after Storm Brennan brought gusts of up to 90mph to parts of Scotland and northern England.

The Met Office has issued a rare red warning for wind covering the central belt of Scotland, in force until 15:00 GMT on Friday.

Scottish Power said engineers had restored supplies to about 20,000 customers overnight but warned some could be without electricity until the weekend.

Scotland's resilience minister, Fiona Drummond, said: 'Please do not travel unless you absolutely have to. Conditions are extremely dangerous.'

ScotRail cancelled all services, and more than 400 schools were closed.

A Met Office spokesperson said: 'Winds will ease from the west through the afternoon, but a further band of heavy rain is expected overnight.'

In Cumbria, a man was taken to hospital after a tree fell on his car on the A591 near Keswick.

Cumbria Police said the road would remain closed 'for some time'.

Energy Networks Association figures show about 40 per cent of the affected homes are in rural areas.

Read more: How to prepare your home for a storm

Insurers said early estimates put the cost of the damage at £120m.
""",
    [
        Rev(
            "homes-50k-to-75k-headline",
            "Homes without power rise from 50,000 to 75,000; the headline gives the number.",
            [("More than 50,000 homes", "More than 75,000 homes")],
            [
                fc((50000, "homes"), (75000, "homes")),
                headline(
                    "Storm Brennan: Thousands without power as red warning issued",
                    "Storm Brennan: 75,000 homes without power as red warning issued",
                ),
            ],
            title="Storm Brennan: 75,000 homes without power as red warning issued",
        ),
        Rev(
            "reid-split-quote-added",
            "A new split quote from Scottish Power's Alan Reid is added.",
            [
                (
                    "until the weekend.",
                    "until the weekend.\n\n'The situation is improving hour by hour,' said Scottish Power's director of operations, Alan Reid, 'but there is still a lot of damage to repair.'",
                )
            ],
            [
                q(
                    "quote_added",
                    "Reid",
                    None,
                    "The situation is improving hour by hour, but there is still a lot of damage to repair.",
                )
            ],
        ),
        Rev(
            "neg-per-cent-and-m",
            "NEGATIVE: '40 per cent' -> '40%' and '£120m' -> '£120 million'.",
            [("about 40 per cent of", "about 40% of"), ("at £120m.", "at £120 million.")],
            NEG,
        ),
        Rev(
            "met-office-quote-trimmed",
            "The Met Office spokesperson's quote loses its second clause.",
            [(", but a further band of heavy rain is expected overnight.'", ".'")],
            [
                q(
                    "quote_edited",
                    "a Met Office spokesperson",
                    "Winds will ease from the west through the afternoon, but a further band of heavy rain is expected overnight.",
                    "Winds will ease from the west through the afternoon.",
                )
            ],
        ),
        Rev(
            "neg-read-more-removed",
            "NEGATIVE: the 'Read more' promo line is removed.",
            [("Read more: How to prepare your home for a storm\n\n", "")],
            NEG,
        ),
        Rev(
            "neg-cumbria-man-died",
            "NEGATIVE (by convention): the Cumbria sentence is updated (the man has died); no quote or figure changes.",
            [("a man was taken to hospital after a tree fell", "a man has died after a tree fell")],
            NEG,
        ),
        Rev(
            "schools-and-cost",
            "Closed schools 'more than 400' -> 'more than 600'; damage cost £120 million -> £150 million.",
            [
                ("more than 400 schools", "more than 600 schools"),
                ("at £120 million.", "at £150 million."),
            ],
            [fc((400, "schools"), (600, "schools")), fc((120e6, "pounds"), (150e6, "pounds"))],
        ),
        Rev(
            "neg-warning-time",
            "NEGATIVE: the red warning is extended from 15:00 GMT to 18:00 GMT (a clock time).",
            [("until 15:00 GMT on Friday", "until 18:00 GMT on Friday")],
            NEG,
        ),
        Rev(
            "neg-paragraph-moved",
            "NEGATIVE: the Energy Networks paragraph moves up, unchanged.",
            move(
                "Energy Networks Association figures show about 40% of the affected homes are in rural areas.",
                "until the weekend.",
            ),
            NEG,
        ),
    ],
)

# --- D: Indian outlet, floods (lakh, crore, Indian digit grouping) -------------------------

FLOODS = Story(
    "floods",
    {
        "Title": "Assam floods: Death toll rises to 24, over 11 lakh people affected",
        "Published": "2026-06-22",
    },
    """
Guwahati: The death toll in the Assam floods rose to 24 on Monday as the situation remained grim in 19 districts, with over 11 lakh people affected, officials said.

According to the Assam State Disaster Management Authority (ASDMA), three more people drowned in Dhubri and Goalpara districts in the last 24 hours.

Over 2,800 villages and 1.2 lakh hectares of crop area are under water, the ASDMA bulletin said.

Chief Minister Pranab Gogoi, who visited relief camps in Morigaon, said the state government had released Rs 150 crore for immediate relief. "No one will be left without food or shelter. I have asked the deputy commissioners to personally monitor every camp," Gogoi said.

As many as 1,45,000 people have taken shelter in 512 relief camps, officials said.

The Brahmaputra is flowing above the danger level at Neamatighat, Tezpur and Dhubri, according to the Central Water Commission.

The NDRF and SDRF have rescued over 3,000 people, a senior official said.

In Kaziranga National Park, 70 of the 233 forest camps are submerged, park director Sonali Barua said. "The animals are moving to the highlands, and we have deployed extra staff to stop poaching," she said.

Union Minister of State for Home Ravi Shankar Tiwari spoke to Gogoi and assured all possible help from the Centre, an official statement said.

Also read: Monsoon to advance into northwest India by July 5, says IMD

Train services between Lumding and Badarpur were suspended after landslides in the Dima Hasao district.
""",
    [
        Rev(
            "toll-24-to-27",
            "The death toll rises from 24 to 27 (no noun: labelled by value); the headline follows.",
            [("rose to 24 on Monday", "rose to 27 on Tuesday")],
            [
                fv("figure_changed", 24, 27),
                headline(
                    "Assam floods: Death toll rises to 24, over 11 lakh people affected",
                    "Assam floods: Death toll rises to 27, over 11 lakh people affected",
                ),
            ],
            title="Assam floods: Death toll rises to 27, over 11 lakh people affected",
        ),
        Rev(
            "affected-11-to-14-lakh",
            "People affected rise from over 11 lakh to over 14 lakh; the headline follows.",
            [("with over 11 lakh people affected", "with over 14 lakh people affected")],
            [
                fc((1100000, "people"), (1400000, "people")),
                headline(
                    "Assam floods: Death toll rises to 27, over 11 lakh people affected",
                    "Assam floods: Death toll rises to 27, over 14 lakh people affected",
                ),
            ],
            title="Assam floods: Death toll rises to 27, over 14 lakh people affected",
        ),
        Rev(
            "relief-150-to-250-crore",
            "Relief funds rise from Rs 150 crore to Rs 250 crore.",
            [("released Rs 150 crore", "released Rs 250 crore")],
            [fc((1.5e9, "rupees"), (2.5e9, "rupees"))],
        ),
        Rev(
            "camps-indian-grouping",
            "People in relief camps 1,45,000 -> 1,72,000 and camps 512 -> 601 (Indian digit grouping).",
            [
                (
                    "As many as 1,45,000 people have taken shelter in 512 relief camps",
                    "As many as 1,72,000 people have taken shelter in 601 relief camps",
                )
            ],
            [fc((145000, "people"), (172000, "people")), fc((512, "camps"), (601, "camps"))],
        ),
        Rev(
            "gogoi-quote-trimmed",
            "The second sentence of Gogoi's quote is cut.",
            [
                (
                    'shelter. I have asked the deputy commissioners to personally monitor every camp,"',
                    'shelter,"',
                )
            ],
            [
                q(
                    "quote_edited",
                    "Gogoi",
                    "No one will be left without food or shelter. I have asked the deputy commissioners to personally monitor every camp",
                    "No one will be left without food or shelter",
                )
            ],
        ),
        Rev(
            "anonymous-official-quote-added",
            "A colon-introduced quote from an anonymous senior official is added.",
            [
                (
                    "a senior official said.",
                    'a senior official said.\n\nA senior official who spoke on condition of anonymity said: "The embankments in Morigaon are under severe pressure. If the water keeps rising tonight, we will have to evacuate more villages."',
                )
            ],
            [
                q(
                    "quote_added",
                    "a senior official",
                    None,
                    "The embankments in Morigaon are under severe pressure. If the water keeps rising tonight, we will have to evacuate more villages.",
                )
            ],
        ),
        Rev(
            "neg-promo-and-hectares",
            "NEGATIVE: the 'Also read' line is removed and '1.2 lakh hectares' is written '1,20,000 hectares'.",
            [
                ("Also read: Monsoon to advance into northwest India by July 5, says IMD\n\n", ""),
                ("1.2 lakh hectares", "1,20,000 hectares"),
            ],
            NEG,
        ),
        Rev(
            "barua-quote-reattributed",
            "The Kaziranga quote is re-attributed from park director Barua to forest officer Arun Saikia.",
            [
                (
                    'to stop poaching," she said.',
                    'to stop poaching," divisional forest officer Arun Saikia said.',
                )
            ],
            [
                q(
                    "quote_reattributed",
                    "Saikia",
                    "The animals are moving to the highlands, and we have deployed extra staff to stop poaching",
                    "The animals are moving to the highlands, and we have deployed extra staff to stop poaching",
                    old_speaker="Barua",
                )
            ],
        ),
        Rev(
            "kaziranga-camps-70-to-95",
            "Submerged forest camps in Kaziranga rise from 70 to 95 (of 233).",
            [("Kaziranga National Park, 70 of the 233", "Kaziranga National Park, 95 of the 233")],
            [fc((70, "camps"), (95, "camps"))],
        ),
        Rev(
            "neg-paragraph-moved",
            "NEGATIVE: the train-services paragraph moves up, unchanged.",
            [
                (
                    "\n\nTrain services between Lumding and Badarpur were suspended after landslides in the Dima Hasao district.",
                    "",
                ),
                (
                    "according to the Central Water Commission.",
                    "according to the Central Water Commission.\n\nTrain services between Lumding and Badarpur were suspended after landslides in the Dima Hasao district.",
                ),
            ],
            NEG,
        ),
    ],
)

# --- E: US local TV, wildfire ----------------------------------------------------------------

FIRE = Story(
    "fire",
    {
        "Title": "Ridge Fire grows to 12,000 acres; evacuations in Ventura County",
        "Published": "2026-10-13",
    },
    """
VENTURA COUNTY, Calif. (KTLA) — The Ridge Fire burning in the hills north of Fillmore has grown to 12,000 acres and is 5% contained, fire officials said Tuesday morning.

Mandatory evacuation orders are in place for about 3,500 residents in Fillmore, Piru and the surrounding canyons, according to the Ventura County Sheriff's Office.

The fire has destroyed at least 14 structures and is threatening another 900, Cal Fire said.

"This fire is moving fast and it is moving unpredictably," Ventura County Fire Chief Dustin Gardner said at a morning briefing. "If you are told to leave, leave."

More than 1,100 firefighters are assigned to the blaze, supported by 11 helicopters.

Winds gusting up to 50 mph are expected through Wednesday, the National Weather Service said, and a red flag warning remains in effect until 8 p.m. Wednesday.

An evacuation center has been set up at Fillmore High School.

Southern California Edison said it had shut off power to about 18,000 customers to reduce the risk of new fires.

One firefighter suffered a minor injury, a Cal Fire spokesperson said.

The cause of the fire is under investigation.

Sign up for the KTLA Breaking News newsletter to get alerts in your inbox.
""",
    [
        Rev(
            "acres-and-marker-added",
            "Acreage 12,000 -> 15,500, headline updated, developing-story line added.",
            [
                ("has grown to 12,000 acres", "has grown to 15,500 acres"),
                (
                    "The cause of the fire is under investigation.",
                    "The cause of the fire is under investigation.\n\nThis is a developing story. It will be updated.",
                ),
            ],
            [
                fc((12000, "acres"), (15500, "acres")),
                MARKER_ADDED,
                headline(
                    "Ridge Fire grows to 12,000 acres; evacuations in Ventura County",
                    "Ridge Fire grows to 15,500 acres; evacuations in Ventura County",
                ),
            ],
            title="Ridge Fire grows to 15,500 acres; evacuations in Ventura County",
        ),
        Rev(
            "containment-5-to-8",
            "Containment rises from 5% to 8%.",
            [("and is 5% contained", "and is 8% contained")],
            [fc((5, "percent"), (8, "percent"))],
        ),
        Rev(
            "gardner-pronoun-quote-added",
            "A new paragraph with a quote from Gardner attributed by pronoun.",
            [
                (
                    '"If you are told to leave, leave."',
                    '"If you are told to leave, leave."\n\nGardner said crews were focusing on protecting homes along Grand Avenue. "We are not going to give up a single house without a fight," he said.',
                )
            ],
            [
                q(
                    "quote_added",
                    "Gardner",
                    None,
                    "We are not going to give up a single house without a fight",
                )
            ],
        ),
        Rev(
            "evacuations-range",
            "Evacuations 'about 3,500 residents' -> 'between 6,000 and 8,000 residents'.",
            [("for about 3,500 residents", "for between 6,000 and 8,000 residents")],
            [fc((3500, "residents"), (6000, "residents"))],
        ),
        Rev(
            "neg-dateline",
            "NEGATIVE: the dateline changes from VENTURA COUNTY to FILLMORE.",
            [("VENTURA COUNTY, Calif. (KTLA) —", "FILLMORE, Calif. (KTLA) —")],
            NEG,
        ),
        Rev(
            "structures-destroyed-threatened",
            "Structures destroyed 'at least 14' -> 'at least 31'; threatened 'another 900' -> 'another 1,400'.",
            [
                (
                    "destroyed at least 14 structures and is threatening another 900",
                    "destroyed at least 31 structures and is threatening another 1,400",
                )
            ],
            [fc((14, "structures"), (31, "structures")), fv("figure_changed", 900, 1400)],
        ),
        Rev(
            "gardner-quote-reattributed",
            "The split 'moving fast' quote is re-attributed from Chief Gardner to Cal Fire incident commander Maria Lopez.",
            [
                (
                    "Ventura County Fire Chief Dustin Gardner said at a morning briefing.",
                    "Cal Fire incident commander Maria Lopez said at a morning briefing.",
                )
            ],
            [
                q(
                    "quote_reattributed",
                    "Lopez",
                    "This fire is moving fast and it is moving unpredictably. If you are told to leave, leave.",
                    "This fire is moving fast and it is moving unpredictably. If you are told to leave, leave.",
                    old_speaker="Gardner",
                )
            ],
        ),
        Rev(
            "power-shutoff-removed",
            "The Edison power-shutoff paragraph (18,000 customers) is removed.",
            [
                (
                    "Southern California Edison said it had shut off power to about 18,000 customers to reduce the risk of new fires.\n\n",
                    "",
                )
            ],
            [f("figure_removed", (18000, "customers"), None)],
        ),
        Rev(
            "neg-newsletter-and-updated",
            "NEGATIVE: the newsletter promo is removed and an 'Updated: 4:10 p.m.' line is added.",
            [
                (
                    "\n\nSign up for the KTLA Breaking News newsletter to get alerts in your inbox.",
                    "",
                ),
                (
                    "FILLMORE, Calif. (KTLA)",
                    "Updated: 4:10 p.m. PT, Oct. 13, 2026\n\nFILLMORE, Calif. (KTLA)",
                ),
            ],
            NEG,
        ),
        Rev(
            "firefighter-injuries-one-to-two",
            "'One firefighter suffered a minor injury' -> 'Two firefighters suffered minor injuries' (number words).",
            [
                (
                    "One firefighter suffered a minor injury",
                    "Two firefighters suffered minor injuries",
                )
            ],
            [fc((1, "firefighters"), (2, "firefighters"))],
        ),
    ],
)

# --- F: AP, mass shooting --------------------------------------------------------------------

SHOOTING = Story(
    "shooting",
    {
        "Title": "Police: 4 killed, 9 wounded in shooting outside Birmingham nightclub",
        "Published": "2026-05-17",
    },
    """
BIRMINGHAM, Ala. (AP) — Four people were killed and nine people were wounded when gunfire erupted outside a crowded nightclub early Sunday, police said.

Officers responding to reports of shots fired found victims in the parking lot and inside the club shortly after 1 a.m., Police Chief Darnell Hayes said.

"This was a senseless act of violence," Hayes said at a news conference. "Our officers ran toward the gunfire, and I am proud of them."

Hayes said investigators believed more than one shooter was involved and that no arrests had been made.

The wounded were taken to UAB Hospital, where three were in critical condition, a hospital spokesperson said.

Mayor Kevin Ashford said the city was offering a $25,000 reward for information leading to an arrest.

"Somebody knows something," Ashford said. "We need you to pick up the phone."

Witnesses described a chaotic scene as hundreds of patrons rushed for the exits.

Keisha Branch, who was celebrating a friend's birthday, said she was near the bar when she heard what sounded like fireworks. "People were screaming and falling over each other," she said.

The shooting was at least the 30th mass killing in the U.S. this year, according to a database maintained by The Associated Press and USA Today in partnership with Northeastern University.

This is a developing story. Check back for updates.
""",
    [
        Rev(
            "wounded-9-to-14",
            "The wounded rise from nine to 14 people (number word to digits); the headline follows.",
            [("nine people were wounded", "14 people were wounded")],
            [
                fc((9, "people"), (14, "people")),
                headline(
                    "Police: 4 killed, 9 wounded in shooting outside Birmingham nightclub",
                    "Police: 4 killed, 14 wounded in shooting outside Birmingham nightclub",
                ),
            ],
            title="Police: 4 killed, 14 wounded in shooting outside Birmingham nightclub",
        ),
        Rev(
            "hayes-quote-reworded",
            "The second piece of Chief Hayes's split quote is reworded.",
            [("and I am proud of them.", "and I could not be prouder of them.")],
            [
                q(
                    "quote_edited",
                    "Hayes",
                    "Our officers ran toward the gunfire, and I am proud of them.",
                    "Our officers ran toward the gunfire, and I could not be prouder of them.",
                )
            ],
        ),
        Rev(
            "two-detained",
            "'no arrests had been made' -> 'two people had been detained for questioning'.",
            [("no arrests had been made", "two people had been detained for questioning")],
            [f("figure_added", None, (2, "people"))],
        ),
        Rev(
            "reward-doubled",
            "The reward rises from $25,000 to $50,000.",
            [("offering a $25,000 reward", "offering a $50,000 reward")],
            [fc((25000, "dollars"), (50000, "dollars"))],
        ),
        Rev(
            "neg-curly-quotes",
            "NEGATIVE: a smart-quotes pass turns every straight quote and apostrophe curly.",
            [],
            NEG,
            transform=curly_quotes,
            branch=True,
        ),
        Rev(
            "critical-three-to-two",
            "Patients in critical condition: three -> two (no noun: labelled by value).",
            [("where three were in critical condition", "where two were in critical condition")],
            [fv("figure_changed", 3, 2)],
        ),
        Rev(
            "prosecutor-two-paragraph-quote",
            "A new quote from District Attorney Moreland running over two paragraphs is added.",
            [
                (
                    '"We need you to pick up the phone."',
                    '"We need you to pick up the phone."\n\nDistrict Attorney Lisa Moreland said her office would seek the harshest penalties available.\n\n"Families woke up this morning without someone they love. That is not something this community will accept.\n\n"We will find the people responsible, and we will prosecute them to the fullest extent of the law," Moreland said.',
                )
            ],
            [
                q(
                    "quote_added",
                    "Moreland",
                    None,
                    "Families woke up this morning without someone they love. That is not something this community will accept. We will find the people responsible, and we will prosecute them to the fullest extent of the law",
                )
            ],
        ),
        Rev(
            "neg-database-sentence",
            "NEGATIVE: the database attribution sentence is reworded (the 30th ordinal unchanged).",
            [
                (
                    "according to a database maintained by The Associated Press and USA Today in partnership with Northeastern University",
                    "according to a database kept by The Associated Press and USA Today with Northeastern University",
                )
            ],
            NEG,
        ),
        Rev(
            "branch-quote-removed",
            "Keisha Branch's paragraph and quote are removed.",
            [
                (
                    'Keisha Branch, who was celebrating a friend\'s birthday, said she was near the bar when she heard what sounded like fireworks. "People were screaming and falling over each other," she said.\n\n',
                    "",
                )
            ],
            [
                q(
                    "quote_removed",
                    "Branch",
                    "People were screaming and falling over each other",
                    None,
                )
            ],
        ),
        Rev(
            "killed-four-to-five-marker-removed",
            "Killed four -> five, developing line removed, headline updated.",
            [
                ("Four people were killed", "Five people were killed"),
                ("\n\nThis is a developing story. Check back for updates.", ""),
            ],
            [
                fc((4, "people"), (5, "people")),
                MARKER_REMOVED,
                headline(
                    "Police: 4 killed, 14 wounded in shooting outside Birmingham nightclub",
                    "Police: 5 killed, 14 wounded in shooting outside Birmingham nightclub",
                ),
            ],
            title="Police: 5 killed, 14 wounded in shooting outside Birmingham nightclub",
        ),
    ],
)

# --- G: Reuters, earnings and layoffs ----------------------------------------------------------

EARNINGS = Story(
    "earnings",
    {
        "Title": "Northwind Motors to cut 4,000 jobs as quarterly profit falls 38%",
        "Published": "2026-02-05",
    },
    """
DETROIT, Feb 5 (Reuters) - Northwind Motors said on Thursday it would cut about 4,000 jobs, or 6% of its global workforce, after fourth-quarter profit fell 38% on weak demand for its electric vehicles.

The company reported net income of $1.2 billion for the quarter, down from $1.9 billion a year earlier. Revenue slipped 3% to $41.6 billion, slightly above analysts' average estimate of $41.1 billion, according to LSEG data.

"We are making hard choices today so that we can compete for the next decade," Chief Executive Officer Paula Grant said in a statement.

Grant told analysts on a conference call that most of the cuts would come from salaried positions in North America and Europe, and that the company expected to take a restructuring charge of between $600 million and $800 million.

Shares of the company fell 7% in premarket trading.

The United Auto Workers union said it had not been consulted. "Workers should not pay the price for management's bad bets on the EV transition," UAW spokesperson Brandon Mays said.

Northwind forecast 2026 adjusted operating profit of $9 billion to $10 billion, below Wall Street expectations of $10.4 billion.

The carmaker delivered 142,000 electric vehicles in 2025, short of its target of 200,000.

(Reporting by Dana Whitaker in Detroit; Editing by Nick Zieminski)
""",
    [
        Rev(
            "job-cuts-4000-to-5500",
            "Job cuts 'about 4,000' -> 'about 5,500', workforce share 6% -> 8%; headline follows.",
            [("cut about 4,000 jobs, or 6% of", "cut about 5,500 jobs, or 8% of")],
            [
                fc((4000, "jobs"), (5500, "jobs")),
                fc((6, "percent"), (8, "percent")),
                headline(
                    "Northwind Motors to cut 4,000 jobs as quarterly profit falls 38%",
                    "Northwind Motors to cut 5,500 jobs as quarterly profit falls 38%",
                ),
            ],
            title="Northwind Motors to cut 5,500 jobs as quarterly profit falls 38%",
        ),
        Rev(
            "net-income-down-from-context",
            "Net income $1.2 billion -> $1.1 billion; the 'down from $1.9 billion' comparison is unchanged context.",
            [
                (
                    "net income of $1.2 billion for the quarter",
                    "net income of $1.1 billion for the quarter",
                )
            ],
            [fc((1.2e9, "dollars"), (1.1e9, "dollars"))],
        ),
        Rev(
            "shares-7-to-9-5",
            "The share fall goes from 7% in premarket to 9.5% in afternoon trading.",
            [("fell 7% in premarket trading", "fell 9.5% in afternoon trading")],
            [fc((7, "percent"), (9.5, "percent"))],
        ),
        Rev(
            "grant-quote-reworded",
            "CEO Grant's statement quote is reworded.",
            [
                (
                    "so that we can compete for the next decade",
                    "so that this company can win the next decade",
                )
            ],
            [
                q(
                    "quote_edited",
                    "Grant",
                    "We are making hard choices today so that we can compete for the next decade",
                    "We are making hard choices today so that this company can win the next decade",
                )
            ],
        ),
        Rev(
            "neg-paragraph-split",
            "NEGATIVE: the results paragraph is split in two at 'Revenue slipped'.",
            [("a year earlier. Revenue slipped", "a year earlier.\n\nRevenue slipped")],
            NEG,
        ),
        Rev(
            "charge-range-upper-end",
            "The restructuring charge range's upper end goes from $800 million to $900 million.",
            [("between $600 million and $800 million", "between $600 million and $900 million")],
            [fc((800e6, "dollars"), (900e6, "dollars"))],
        ),
        Rev(
            "uaw-quote-reattributed-correction",
            "The UAW quote is re-attributed from spokesperson Mays to Vice President Teresa Oakes, with a correction line.",
            [
                ("UAW spokesperson Brandon Mays said.", "UAW Vice President Teresa Oakes said."),
                (
                    "(Reporting by",
                    "(This story has been corrected to attribute the quote in paragraph 7 to UAW Vice President Teresa Oakes, not spokesperson Brandon Mays)\n\n(Reporting by",
                ),
            ],
            [
                q(
                    "quote_reattributed",
                    "Oakes",
                    "Workers should not pay the price for management's bad bets on the EV transition",
                    "Workers should not pay the price for management's bad bets on the EV transition",
                    old_speaker="Mays",
                ),
                correction(
                    "(This story has been corrected to attribute the quote in paragraph 7 to UAW Vice President Teresa Oakes, not spokesperson Brandon Mays)"
                ),
            ],
        ),
        Rev(
            "analyst-savings-and-quote",
            "A new paragraph: a Barclays analyst puts annual savings at about $1 billion, with a pronoun quote.",
            [
                (
                    "Shares of the company fell",
                    'Barclays analyst Hannah Cole said the cuts would save about $1 billion a year. "This is the right move, but it comes late," she said.\n\nShares of the company fell',
                )
            ],
            [
                f("figure_added", None, (1e9, "dollars")),
                q("quote_added", "Cole", None, "This is the right move, but it comes late"),
            ],
        ),
        Rev(
            "ev-deliveries-removed",
            "The EV deliveries paragraph (142,000 vehicles, target 200,000) is removed.",
            [
                (
                    "The carmaker delivered 142,000 electric vehicles in 2025, short of its target of 200,000.\n\n",
                    "",
                )
            ],
            [f("figure_removed", (142000, "vehicles"), None), fv("figure_removed", 200000, None)],
        ),
    ],
)

# --- H: Guardian, court verdict and sentencing ------------------------------------------------

COURT = Story(
    "court",
    {"Title": "Former care home owner found guilty of neglect", "Published": "2026-03-03"},
    """
A former care home owner has been found guilty of wilful neglect after 11 residents were left without adequate food or medication over a period of several months.

Margaret Holloway, who ran the Elms care home in Doncaster, was convicted by a jury at Sheffield crown court on Tuesday after a six-week trial.

The court heard that staff had repeatedly raised concerns with Holloway, but that she cut the home's staffing budget by 30 per cent to save money.

Prosecutor James Whitfield KC told jurors: 'This was not a case of a few bad days. It was a pattern of neglect driven by profit.'

Holloway denied the charges, telling the court she had been 'let down' by her managers.

Judge Anne Kemp said Holloway would be sentenced on 14 March, and granted her bail.

Outside court, the daughter of one resident, Susan Price, said: 'My mother deserved dignity in her final months. She got nothing of the kind.'

The Care Quality Commission, which rated the home inadequate in 2022, said it had since strengthened its inspection regime.

A CQC spokesperson said: 'We are reviewing the lessons of this case carefully.'
""",
    [
        Rev(
            "residents-11-to-14",
            "The number of neglected residents is revised from 11 to 14.",
            [("after 11 residents were left", "after 14 residents were left")],
            [fc((11, "residents"), (14, "residents"))],
        ),
        Rev(
            "staffing-cut-30-to-40-per-cent",
            "The staffing budget cut is revised from 30 per cent to 40 per cent.",
            [("by 30 per cent to save money", "by 40 per cent to save money")],
            [fc((30, "percent"), (40, "percent"))],
        ),
        Rev(
            "whitfield-quote-trimmed",
            "The prosecutor's colon-introduced quote loses its first sentence.",
            [("'This was not a case of a few bad days. It was a pattern", "'It was a pattern")],
            [
                q(
                    "quote_edited",
                    "Whitfield",
                    "This was not a case of a few bad days. It was a pattern of neglect driven by profit.",
                    "It was a pattern of neglect driven by profit.",
                )
            ],
        ),
        Rev(
            "neg-curly-single-quotes",
            "NEGATIVE: single quotes and apostrophes become curly.",
            [],
            NEG,
            transform=curly_single,
            branch=True,
        ),
        Rev(
            "sentenced-four-years-judge-quote",
            "Sentencing: the bail paragraph becomes a four-year jail term with a new quote from the judge; headline changes.",
            [
                (
                    "Judge Anne Kemp said Holloway would be sentenced on 14 March, and granted her bail.",
                    "Judge Anne Kemp jailed Holloway for four years on Friday. Sentencing her, the judge said: 'You put money before the basic needs of people who depended on you entirely.'",
                )
            ],
            [
                f("figure_added", None, (4, "years")),
                q(
                    "quote_added",
                    "Kemp",
                    None,
                    "You put money before the basic needs of people who depended on you entirely.",
                ),
                headline(
                    "Former care home owner found guilty of neglect",
                    "Former care home owner jailed for neglecting residents",
                ),
            ],
            title="Former care home owner jailed for neglecting residents",
        ),
        Rev(
            "price-quote-extended",
            "The second sentence of Susan Price's quote is extended.",
            [
                (
                    "She got nothing of the kind.'",
                    "She got nothing of the kind, and to this day nobody has said sorry.'",
                )
            ],
            [
                q(
                    "quote_edited",
                    "Price",
                    "My mother deserved dignity in her final months. She got nothing of the kind.",
                    "My mother deserved dignity in her final months. She got nothing of the kind, and to this day nobody has said sorry.",
                )
            ],
        ),
        Rev(
            "neg-whitfield-narration",
            "NEGATIVE: the narration introducing the prosecutor's unchanged quote is reworded.",
            [
                (
                    "Prosecutor James Whitfield KC told jurors:",
                    "Opening the case in January, the prosecutor, James Whitfield KC, told jurors:",
                )
            ],
            NEG,
        ),
        Rev(
            "correction-town",
            "The home's town is corrected from Doncaster to Rotherham, with a Guardian-style amendment note.",
            [
                ("the Elms care home in Doncaster", "the Elms care home in Rotherham"),
                (
                    "<<END>>",
                    "This article was amended on 10 March 2026. An earlier version said the Elms care home was in Doncaster; it is in Rotherham.",
                ),
            ],
            [
                correction(
                    "This article was amended on 10 March 2026. An earlier version said the Elms care home was in Doncaster; it is in Rotherham."
                )
            ],
        ),
        Rev(
            "neg-cqc-paragraph-moved",
            "NEGATIVE: the CQC inspection paragraph moves up, unchanged.",
            move(
                "The Care Quality Commission, which rated the home inadequate in 2022, said it had since strengthened its inspection regime.",
                "by her managers.",
            ),
            NEG,
        ),
    ],
)


# --- I: AP, missile strike casualties -------------------------------------------------------

STRIKE = Story(
    "strike",
    {
        "Title": "Russian missile strike on Dnipro apartment block kills at least 9",
        "Published": "2026-04-11",
    },
    """
KYIV, Ukraine (AP) — A Russian missile strike on an apartment block in the central Ukrainian city of Dnipro killed at least nine people and wounded 34, officials said Saturday.

Regional Gov. Oleh Marchenko said rescuers were still searching the rubble and that the toll was likely to rise.

"The enemy struck at night, when people were asleep in their homes," Marchenko wrote on Telegram.

Ukraine's air force said Russia launched six missiles and 82 drones overnight, and that air defenses shot down four missiles and 67 drones.

Deputy Prime Minister Olena Kovalchuk said the strike showed the need for more air defense systems. "Every day of delay means new deaths," she said in a televised statement.

Russia's Defense Ministry said it had struck "military-industrial facilities" in the region and did not comment on civilian casualties.

Nadiya Kravets, who lives in the building next door, said the blast shattered every window on her floor. "I grabbed my daughter and ran down the stairs in the dark," she said.

Dnipro has been repeatedly targeted since Russia's full-scale invasion in February 2022. A strike on an apartment building in the city in January 2023 killed 46 people.
""",
    [
        Rev(
            "killed-nine-to-14",
            "Killed 'at least nine' -> 'at least 14' people; headline follows.",
            [("killed at least nine people", "killed at least 14 people")],
            [
                fc((9, "people"), (14, "people")),
                headline(
                    "Russian missile strike on Dnipro apartment block kills at least 9",
                    "Russian missile strike on Dnipro apartment block kills at least 14",
                ),
            ],
            title="Russian missile strike on Dnipro apartment block kills at least 14",
        ),
        Rev(
            "wounded-34-to-41",
            "Wounded 34 -> 41 (no noun after the number: labelled by value).",
            [("and wounded 34, officials", "and wounded 41, officials")],
            [fv("figure_changed", 34, 41)],
        ),
        Rev(
            "marchenko-quote-extended",
            "Marchenko's Telegram quote gains a sentence.",
            [
                (
                    'asleep in their homes," Marchenko',
                    'asleep in their homes. There can be no forgiveness for this," Marchenko',
                )
            ],
            [
                q(
                    "quote_edited",
                    "Marchenko",
                    "The enemy struck at night, when people were asleep in their homes",
                    "The enemy struck at night, when people were asleep in their homes. There can be no forgiveness for this",
                )
            ],
        ),
        Rev(
            "drones-launched-and-downed",
            "Drones launched 82 -> 85 and shot down 67 -> 70.",
            [
                ("six missiles and 82 drones", "six missiles and 85 drones"),
                ("four missiles and 67 drones", "four missiles and 70 drones"),
            ],
            [fc((82, "drones"), (85, "drones")), fc((67, "drones"), (70, "drones"))],
        ),
        Rev(
            "kovalchuk-pronoun-quote-reworded",
            "Kovalchuk's quote, attributed by pronoun, is reworded.",
            [("Every day of delay means new deaths", "Every day of delay costs Ukrainian lives")],
            [
                q(
                    "quote_edited",
                    "Kovalchuk",
                    "Every day of delay means new deaths",
                    "Every day of delay costs Ukrainian lives",
                )
            ],
        ),
        Rev(
            "neg-dashes-hyphens",
            "NEGATIVE: em dashes become double hyphens and 'full-scale' loses its hyphen.",
            [],
            NEG,
            transform=dashes,
            branch=True,
        ),
        Rev(
            "kravets-quote-removed",
            "Nadiya Kravets's paragraph and quote are removed.",
            [
                (
                    'Nadiya Kravets, who lives in the building next door, said the blast shattered every window on her floor. "I grabbed my daughter and ran down the stairs in the dark," she said.\n\n',
                    "",
                )
            ],
            [
                q(
                    "quote_removed",
                    "Kravets",
                    "I grabbed my daughter and ran down the stairs in the dark",
                    None,
                )
            ],
        ),
        Rev(
            "anonymous-military-official-quote",
            "A new paragraph quotes a senior military official speaking on condition of anonymity.",
            [
                (
                    "did not comment on civilian casualties.",
                    'did not comment on civilian casualties.\n\nA senior Ukrainian military official, who spoke on condition of anonymity because he was not authorized to discuss air defense operations, said the missiles were fired from strategic bombers. "We had minutes, not hours, to react," the official said.',
                )
            ],
            [
                q(
                    "quote_added",
                    "a senior Ukrainian military official",
                    None,
                    "We had minutes, not hours, to react",
                )
            ],
        ),
        Rev(
            "neg-updated-and-dateline",
            "NEGATIVE: an 'Updated' line is added and the dateline moves from KYIV to DNIPRO.",
            [
                (
                    "KYIV, Ukraine (AP) —",
                    "Updated 2:31 PM EDT, April 11, 2026\n\nDNIPRO, Ukraine (AP) —",
                )
            ],
            NEG,
        ),
    ],
)

# --- J: AP, election count -------------------------------------------------------------------

ELECTION = Story(
    "election",
    {
        "Title": "Ortiz leads Chen in tight Phoenix mayoral race as count continues",
        "Published": "2026-11-04",
    },
    """
PHOENIX (AP) — Councilwoman Ana Ortiz held a narrow lead over former state Sen. David Chen in the race for Phoenix mayor on Wednesday, with about 72% of the expected vote counted.

Ortiz had 51.2% of the vote to Chen's 48.8%, a margin of about 9,400 votes, according to unofficial results from the Maricopa County Recorder's Office.

County officials said roughly 180,000 early ballots dropped off on Election Day still had to be processed, a task they expected to finish by Friday.

"We feel very good about where we are, but we want every vote counted," Ortiz told supporters at a downtown hotel shortly after midnight.

Chen did not concede. "This race is far from over," he said in a statement. "The ballots still to be counted come from neighborhoods where we have always done well."

Turnout was about 41%, up from 36% in the last mayoral election in 2022.

The winner will succeed Mayor Carla Benitez, who could not run again because of term limits.

The Associated Press has not declared a winner in the race.

County Recorder Tom Ellis said the count was proceeding smoothly. "There have been no significant problems at any of our tabulation centers," Ellis said.

The race is nonpartisan, though Ortiz is a Democrat and Chen is a Republican.
""",
    [
        Rev(
            "count-update",
            "Vote counted 72% -> 85%; shares 51.2% -> 50.6% and 48.8% -> 49.4%; margin 9,400 -> 5,100 votes.",
            [
                ("with about 72% of the expected vote", "with about 85% of the expected vote"),
                (
                    "Ortiz had 51.2% of the vote to Chen's 48.8%, a margin of about 9,400 votes",
                    "Ortiz had 50.6% of the vote to Chen's 49.4%, a margin of about 5,100 votes",
                ),
            ],
            [
                fc((72, "percent"), (85, "percent")),
                fc((51.2, "percent"), (50.6, "percent")),
                fc((48.8, "percent"), (49.4, "percent")),
                fc((9400, "votes"), (5100, "votes")),
            ],
        ),
        Rev(
            "ballots-left-and-date",
            "Early ballots left 180,000 -> 95,000; the expected finish moves from Friday to Thursday evening (a date, not a figure).",
            [
                ("roughly 180,000 early ballots", "roughly 95,000 early ballots"),
                ("finish by Friday", "finish by Thursday evening"),
            ],
            [fc((180000, "ballots"), (95000, "ballots"))],
        ),
        Rev(
            "turnout-up-from",
            "Turnout 41% -> 44%; the 'up from 36%' comparison is context.",
            [("Turnout was about 41%, up from 36%", "Turnout was about 44%, up from 36%")],
            [fc((41, "percent"), (44, "percent"))],
        ),
        Rev(
            "chen-split-quote-reworded",
            "The second piece of Chen's split statement quote is reworded.",
            [
                (
                    "The ballots still to be counted come from neighborhoods where we have always done well.",
                    "The ballots that are still out come from parts of the city where we have always run strong.",
                )
            ],
            [
                q(
                    "quote_edited",
                    "Chen",
                    "The ballots still to be counted come from neighborhoods where we have always done well.",
                    "The ballots that are still out come from parts of the city where we have always run strong.",
                )
            ],
        ),
        Rev(
            "neg-typography",
            "NEGATIVE: the em dash after the dateline becomes a hyphen and 'Election Day' is lower-cased.",
            [
                ("PHOENIX (AP) — Councilwoman", "PHOENIX (AP) - Councilwoman"),
                ("on Election Day still", "on Election day still"),
            ],
            NEG,
        ),
        Rev(
            "ellis-quote-removed",
            "The recorder's paragraph and quote are removed.",
            [
                (
                    'County Recorder Tom Ellis said the count was proceeding smoothly. "There have been no significant problems at any of our tabulation centers," Ellis said.\n\n',
                    "",
                )
            ],
            [
                q(
                    "quote_removed",
                    "Ellis",
                    "There have been no significant problems at any of our tabulation centers",
                    None,
                )
            ],
        ),
        Rev(
            "race-called-concession",
            "AP calls the race; Chen concedes with a new quote; headline changes.",
            [
                (
                    "The Associated Press has not declared a winner in the race.",
                    "The Associated Press declared Ortiz the winner at 9:12 p.m. on Thursday.",
                ),
                ("Chen did not concede.", "Chen initially did not concede."),
                (
                    "The winner will succeed",
                    'Chen conceded in a phone call to Ortiz on Thursday night. "The voters have spoken, and I wish her well," he said.\n\nThe winner will succeed',
                ),
            ],
            [
                q("quote_added", "Chen", None, "The voters have spoken, and I wish her well"),
                headline(
                    "Ortiz leads Chen in tight Phoenix mayoral race as count continues",
                    "Ortiz wins Phoenix mayoral race, defeating Chen",
                ),
            ],
            title="Ortiz wins Phoenix mayoral race, defeating Chen",
        ),
        Rev(
            "neg-narration-ortiz",
            "NEGATIVE: the narration after Ortiz's unchanged quote is reworded.",
            [
                (
                    "Ortiz told supporters at a downtown hotel shortly after midnight.",
                    "Ortiz told a crowd of cheering supporters at a downtown hotel early Wednesday.",
                )
            ],
            NEG,
        ),
    ],
)

# --- K: US local TV, plane crash ---------------------------------------------------------------

CRASH = Story(
    "crash",
    {"Title": "Small plane crashes into Tulsa neighborhood, killing 3", "Published": "2026-08-10"},
    """
BREAKING: Small plane crashes near Tulsa International Airport

TULSA, Okla. (KOTV) — A small plane crashed into a residential neighborhood shortly after takeoff from Tulsa International Airport on Monday afternoon, killing three people on board and setting two homes on fire, authorities said.

The twin-engine Beechcraft Baron had departed for Wichita, Kansas, at 2:47 p.m. and crashed about a mile northeast of the runway, the Federal Aviation Administration said in a statement.

Tulsa Fire Department spokesperson Carla Nguyen said firefighters put out the flames within 30 minutes. "It is a miracle that nobody on the ground was seriously hurt," Nguyen said.

One resident was treated for smoke inhalation at the scene.

The National Transportation Safety Board said it was sending a team of four investigators, who were expected to arrive Tuesday morning.

Neighbor Dale Simmons said he heard the engine sputtering before the crash. "It was flying way too low, and then there was this huge boom," he said.

The names of the victims have not been released.

Police asked residents to avoid the area around East 46th Street North, which is expected to remain closed overnight.

Download the News On 6 app for breaking news alerts.
""",
    [
        Rev(
            "killed-three-to-four",
            "Killed 'three people on board' -> 'all four people on board'; headline follows.",
            [("killing three people on board", "killing all four people on board")],
            [
                fc((3, "people"), (4, "people")),
                headline(
                    "Small plane crashes into Tulsa neighborhood, killing 3",
                    "Small plane crashes into Tulsa neighborhood, killing 4",
                ),
            ],
            title="Small plane crashes into Tulsa neighborhood, killing 4",
        ),
        Rev(
            "ntsb-team-four-to-seven",
            "The NTSB team grows from four to seven investigators.",
            [("a team of four investigators", "a team of seven investigators")],
            [fc((4, "investigators"), (7, "investigators"))],
        ),
        Rev(
            "nguyen-quote-reworded",
            "Fire spokesperson Nguyen's quote is reworded.",
            [
                (
                    "It is a miracle that nobody on the ground was seriously hurt",
                    "Honestly, it is a miracle nobody on the ground was badly hurt",
                )
            ],
            [
                q(
                    "quote_edited",
                    "Nguyen",
                    "It is a miracle that nobody on the ground was seriously hurt",
                    "Honestly, it is a miracle nobody on the ground was badly hurt",
                )
            ],
        ),
        Rev(
            "airport-statement-quote-added",
            "A colon-introduced statement quote from the airport is added.",
            [
                (
                    "The names of the victims have not been released.",
                    'The names of the victims have not been released.\n\nTulsa International Airport said in a statement: "All runways have reopened and flights are operating normally. Our thoughts are with the families of those on board."',
                )
            ],
            [
                q(
                    "quote_added",
                    "Tulsa International Airport",
                    None,
                    "All runways have reopened and flights are operating normally. Our thoughts are with the families of those on board.",
                )
            ],
        ),
        Rev(
            "neg-app-promo-removed",
            "NEGATIVE: the app promo line at the end is removed.",
            [("\n\nDownload the News On 6 app for breaking news alerts.", "")],
            NEG,
        ),
        Rev(
            "simmons-quote-reattributed",
            "The neighbor's quote is re-attributed from Dale Simmons to Rhonda Pierce.",
            [
                (
                    'Neighbor Dale Simmons said he heard the engine sputtering before the crash. "It was flying way too low, and then there was this huge boom," he said.',
                    'Neighbor Rhonda Pierce said she heard the engine sputtering before the crash. "It was flying way too low, and then there was this huge boom," she said.',
                )
            ],
            [
                q(
                    "quote_reattributed",
                    "Pierce",
                    "It was flying way too low, and then there was this huge boom",
                    "It was flying way too low, and then there was this huge boom",
                    old_speaker="Simmons",
                )
            ],
        ),
        Rev(
            "neg-departure-time",
            "NEGATIVE: the departure time is corrected from 2:47 p.m. to 2:39 p.m. (a clock time).",
            [("at 2:47 p.m. and crashed", "at 2:39 p.m. and crashed")],
            NEG,
        ),
        Rev(
            "residents-treated-one-to-two",
            "'One resident was treated' -> 'Two residents were treated' for smoke inhalation.",
            [("One resident was treated", "Two residents were treated")],
            [fc((1, "residents"), (2, "residents"))],
        ),
        Rev(
            "faa-according-to-quote",
            "A new partial quote attributed with 'according to the FAA' is added.",
            [
                (
                    "the Federal Aviation Administration said in a statement.",
                    'the Federal Aviation Administration said in a statement.\n\nThe pilot "reported engine trouble and was attempting to return to the airport," according to the FAA.',
                )
            ],
            [
                q(
                    "quote_added",
                    "FAA",
                    None,
                    "reported engine trouble and was attempting to return to the airport",
                )
            ],
        ),
        Rev(
            "breaking-line-removed",
            "The 'BREAKING:' line at the top is removed (the only developing marker).",
            [("BREAKING: Small plane crashes near Tulsa International Airport\n\n", "")],
            [MARKER_REMOVED],
        ),
    ],
)

# --- L: Reuters, strike and protest ------------------------------------------------------------

PROTEST = Story(
    "protest",
    {
        "Title": "Over a million march in France against pension reform as strikes hit trains",
        "Published": "2026-03-07",
    },
    """
PARIS, March 7 (Reuters) - Hundreds of thousands of people marched across France on Tuesday against the government's plan to raise the retirement age to 64, as strikes halted trains, shut schools and cut refinery output.

The interior ministry said 1.28 million people had taken part nationwide, including 81,000 in Paris. The CGT union put the national figure at 3.5 million.

Police detained 22 people in Paris after scuffles at the end of the march, the Paris police prefecture said.

"This is a historic day of mobilisation, and the government cannot ignore it," CGT leader Sophie Marchand told reporters at the head of the Paris march.

SNCF said only one in five high-speed TGV trains was running, and the Paris metro operator RATP reported "very severely disrupted" service.

Labour Minister Etienne Ravel said the reform was necessary to keep the pension system afloat. "We hear the anger, but we will not back down on the principle," he said on France Inter radio.

TotalEnergies said deliveries from its French refineries had been halted, though there was no risk of fuel shortages for now.

Unions have called for another day of strikes on Saturday.
""",
    [
        Rev(
            "detained-22-to-31",
            "People detained in Paris rise from 22 to 31.",
            [("Police detained 22 people", "Police detained 31 people")],
            [fc((22, "people"), (31, "people"))],
        ),
        Rev(
            "paris-figure-81k-to-87k",
            "The Paris turnout figure is revised from 81,000 to 87,000 (no noun: labelled by value).",
            [("including 81,000 in Paris", "including 87,000 in Paris")],
            [fv("figure_changed", 81000, 87000)],
        ),
        Rev(
            "marchand-quote-trimmed",
            "CGT leader Marchand's quote loses its second clause.",
            [('mobilisation, and the government cannot ignore it,"', 'mobilisation,"')],
            [
                q(
                    "quote_edited",
                    "Marchand",
                    "This is a historic day of mobilisation, and the government cannot ignore it",
                    "This is a historic day of mobilisation",
                )
            ],
        ),
        Rev(
            "ravel-quote-reattributed",
            "The 'We hear the anger' quote is re-attributed from Labour Minister Ravel to Prime Minister Claire Dumont.",
            [
                (
                    "Labour Minister Etienne Ravel said the reform",
                    "Prime Minister Claire Dumont said the reform",
                ),
                ('on the principle," he said', 'on the principle," she said'),
            ],
            [
                q(
                    "quote_reattributed",
                    "Dumont",
                    "We hear the anger, but we will not back down on the principle",
                    "We hear the anger, but we will not back down on the principle",
                    old_speaker="Ravel",
                )
            ],
        ),
        Rev(
            "neg-million-restyled",
            "NEGATIVE: '1.28 million' is written '1,280,000' and '3.5 million' as '3.5m'.",
            [
                ("said 1.28 million people", "said 1,280,000 people"),
                ("at 3.5 million.", "at 3.5m."),
            ],
            NEG,
        ),
        Rev(
            "police-injured-and-spokesperson-quote",
            "A new paragraph: a police spokesperson says 12 officers were injured, with a quote.",
            [
                (
                    "the Paris police prefecture said.",
                    'the Paris police prefecture said.\n\nA police spokesperson said 12 officers had been injured. "Some individuals came only to fight," the spokesperson said.',
                )
            ],
            [
                f("figure_added", None, (12, "officers")),
                q(
                    "quote_added",
                    "a police spokesperson",
                    None,
                    "Some individuals came only to fight",
                ),
            ],
        ),
        Rev(
            "correction-ministry",
            "A correction line about who gave the national figure is appended (no figure edited).",
            [
                (
                    "<<END>>",
                    "(This story has been corrected in paragraph 2 to say the interior ministry, not the police prefecture, gave the national figure)",
                )
            ],
            [
                correction(
                    "(This story has been corrected in paragraph 2 to say the interior ministry, not the police prefecture, gave the national figure)"
                )
            ],
        ),
        Rev(
            "neg-paragraph-split",
            "NEGATIVE: the Ravel paragraph is split before his unchanged quote.",
            [
                (
                    'keep the pension system afloat. "We hear',
                    'keep the pension system afloat.\n\n"We hear',
                )
            ],
            NEG,
        ),
    ],
)

STORIES = [
    QUAKE,
    RATES,
    STORM,
    FLOODS,
    FIRE,
    SHOOTING,
    EARNINGS,
    COURT,
    STRIKE,
    ELECTION,
    CRASH,
    PROTEST,
]
CASES: list[Case] = [case for story in STORIES for case in cases_of(story)]


def main(argv: Sequence[str]) -> int:
    """Regenerate every case folder under tests/data/heldout5."""
    return regenerate(CASES, OUT, "h5")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
