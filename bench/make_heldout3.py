# ruff: noqa: E501  (the case tables quote real article text; splitting it would hide the edits)
"""Generate the third held-out labelled revision corpus, tests/data/heldout3/ (python bench/make_heldout3.py).

Built independently of the detection code and of the earlier corpora (tests/data/revisions,
heldout, heldout2): every real case starts from an article of the extraction benchmark
(/work/shared/corpus/aeb) that those corpora do not use, applies by hand the edits a newsroom
makes to a developing story, and labels the expected changes by hand. A few cases are
synthetic wire copy, for tolls and markers the benchmark articles do not carry.

Each edit is a (find, replace) pair on the rendered old or new document; `find` must occur
exactly once in plain text (in HTML every copy of the sentence on the page is replaced, as a
CMS would do), so a typo in this table fails loudly instead of producing a silent non-edit.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "heldout3"

from heldout_kit import (  # noqa: E402  (bench/ is on sys.path when run)
    MARKER_ADDED,
    MARKER_REMOVED,
    Case,
    byline,
    correction,
    f,
    fc,
    headline,
    q,
    regenerate,
    straight_quotes,
)

SR = "c00962aabe"  # The Space Review: Seeking a bigger role for a big rocket
SR_PARAS = [i for i in range(43) if i not in (1, 9, 20, 32)]  # 1, 9, 20, 32 are pull-quote repeats
SR_HEAD = {
    "Title": "Seeking a bigger role for a big rocket",
    "Byline": "Jeff Foust",
    "Published": "2019-11-18",
}
PF = "b6906ca016"  # PolitiFact tariffs guide
PF_HEAD = {
    "Title": "PolitiFact’s guide to understanding tariffs and international trade",
    "Published": "2019-11-18",
}
HR = "8267acacb9"  # Hollywood Reporter: Stadia launch
HR_HEAD = {
    "Title": "Google Bets on the Future With Launch of Stadia Game Streaming Service",
    "Byline": "Patrick Shanley",
    "Published": "2019-11-19",
}
MD = "9eef8162bb"  # MSN/CNN: feather duvet lung
MD_HEAD = {
    "Title": "The man whose duvet nearly killed him: How this medical mystery was solved",
    "Byline": "Sandee LaMotte, CNN",
    "Published": "2019-11-14",
}
FD = "a078b3656a"  # Forbes: feather duvet lung
FD_HEAD = {
    "Title": "How This Man’s Bedding Gave Him ‘Feather Duvet Lung’",
    "Byline": "Bruce Y. Lee",
    "Published": "2019-11-18",
}
CT = "ef2b3f268a"  # AP via mysanantonio: cat found in New Mexico
CT_HEAD = {
    "Title": "Cat found in New Mexico after going missing in Oregon",
    "Byline": "Associated Press",
    "Published": "2019-11-20",
}
NJ = "3f65af7b6b"  # nj.com: South Dakota meth slogan
NJ_HEAD = {
    "Title": "South Dakota doubles down on ‘Meth. We’re on it.’ They just might be.",
    "Byline": "Amy Kuperinsky, NJ Advance Media",
    "Published": "2019-11-18",
}
RS = "ac1bfdd4c5"  # Rolling Stone: Doobie Brothers tour
RS_HEAD = {
    "Title": "Doobie Brothers Unite With Michael McDonald for 50th Anniversary Tour",
    "Byline": "Ryan Reed",
    "Published": "2019-11-19",
}

REAL: list[Case] = [
    # --- The Space Review (SLS) ---------------------------------------------------------------
    Case(
        "sls-babin-quote-trimmed",
        "The end of Rep. Babin's quote ('similar to SLS') is cut.",
        [
            q(
                "quote_edited",
                "Babin",
                "Every space exploration study conducted over the last 40 years indicated that the most optimal architectures for exploring the Moon and Mars require a heavy-lift launch vehicle similar to SLS",
                "Every space exploration study conducted over the last 40 years indicated that the most optimal architectures for exploring the Moon and Mars require a heavy-lift launch vehicle",
            )
        ],
        SR,
        SR_PARAS,
        SR_HEAD,
        new=[
            (
                "a heavy-lift launch vehicle similar to SLS,” said Rep. Brian Babin",
                "a heavy-lift launch vehicle,” said Rep. Brian Babin",
            )
        ],
    ),
    Case(
        "sls-second-core-quote-reattributed",
        "The 'second core' quote is re-attributed from Ken Bowersox to Jim Bridenstine.",
        [
            q(
                "quote_reattributed",
                "Bridenstine",
                "We haven’t seen the performance yet that would indicate that we’re guaranteed the second core we’d need for a Moon landing in 2024",
                "We haven’t seen the performance yet that would indicate that we’re guaranteed the second core we’d need for a Moon landing in 2024",
                old_speaker="Bowersox",
            )
        ],
        SR,
        SR_PARAS,
        SR_HEAD,
        new=[
            (
                "added Ken Bowersox, the acting associate administrator for human exploration and operations at NASA and the other witness at the hearing.",
                "added Bridenstine.",
            )
        ],
    ),
    Case(
        "sls-neg-chilton-attribution-first",
        "NEGATIVE: the Boeing statement's attribution moves in front of the quote, with a colon.",
        [],
        SR,
        SR_PARAS,
        SR_HEAD,
        new=[
            (
                "“Using the lift capability of NASA’s Space Launch System Block 1B, we have developed a ‘Fewest Steps to the Moon’ approach that minimizes mission complexity, while offering the safest and most direct path to the lunar surface,” Jim Chilton, senior vice president for space and launch at Boeing Defense, Space, and Security, said in that statement.",
                "Jim Chilton, senior vice president for space and launch at Boeing Defense, Space, and Security, said in that statement: “Using the lift capability of NASA’s Space Launch System Block 1B, we have developed a ‘Fewest Steps to the Moon’ approach that minimizes mission complexity, while offering the safest and most direct path to the lunar surface.”",
            )
        ],
    ),
    Case(
        "sls-budget-amendment-corrected",
        "The budget amendment is corrected from $1.4 billion to $1.6 billion and a correction note is appended.",
        [
            fc((1.4e9, "dollars"), (1.6e9, "dollars")),
            correction(
                "Correction: An earlier version of this article misstated the size of the budget amendment NASA requested in May."
            ),
        ],
        SR,
        SR_PARAS,
        SR_HEAD,
        old=[("in its $1.6 billion budget amendment", "in its $1.4 billion budget amendment")],
        new=[
            (
                "<<END>>",
                "Correction: An earlier version of this article misstated the size of the budget amendment NASA requested in May.",
            )
        ],
    ),
    Case(
        "sls-nasa-spokesperson-quote-added",
        "A new paragraph quotes an unnamed NASA spokesperson on funding.",
        [
            q(
                "quote_added",
                "a NASA spokesperson",
                None,
                "We continue to work closely with Congress to secure the funding the Artemis program needs",
            )
        ],
        SR,
        SR_PARAS,
        SR_HEAD,
        new=[
            (
                "overall cost of the Artemis program that NASA has yet to disclose.",
                "overall cost of the Artemis program that NASA has yet to disclose.\n\n“We continue to work closely with Congress to secure the funding the Artemis program needs,” a NASA spokesperson said in an email Tuesday.",
            )
        ],
    ),
    Case(
        "sls-young-gateway-quote-trimmed",
        "The second piece of Tom Young's split Gateway quote is cut (label fixed after the eval:"
        " a split quote is one quote, so this is a trim, not a removal).",
        [
            q(
                "quote_edited",
                "Young",
                "I do not really see a required role for the Gateway in the lunar program. There’s not a compelling argument to me for the Gateway for the lunar program.",
                "I do not really see a required role for the Gateway in the lunar program.",
            )
        ],
        SR,
        SR_PARAS,
        SR_HEAD,
        new=[
            (
                " “There’s not a compelling argument to me for the Gateway for the lunar program.”",
                "",
            )
        ],
    ),
    Case(
        "sls-neg-straight-quotes",
        "NEGATIVE: the whole article is re-saved with straight quotes and apostrophes.",
        [],
        SR,
        SR_PARAS,
        SR_HEAD,
        new_transform=straight_quotes,
    ),
    Case(
        "sls-neg-lede-rewritten",
        "NEGATIVE: the first sentence of the lede is rewritten; no quote or figure changes.",
        [],
        SR,
        SR_PARAS,
        SR_HEAD,
        new=[
            (
                "Earlier this month, NASA announced the newest milestone in the development of its long-awaited (and long-delayed) Space Launch System. At the Michoud Assembly Facility in New Orleans, workers completed installation",
                "NASA’s long-awaited, and long-delayed, Space Launch System passed another milestone earlier this month, when workers at the Michoud Assembly Facility in New Orleans completed installation",
            )
        ],
    ),
    # --- PolitiFact (tariffs) -----------------------------------------------------------------
    Case(
        "tariffs-revenue-revised",
        "Tariff revenue is revised from about $63 billion to about $67 billion.",
        [fc((63e9, "dollars"), (67e9, "dollars"))],
        PF,
        None,
        PF_HEAD,
        new=[("totaled about $63 billion through", "totaled about $67 billion through")],
    ),
    Case(
        "tariffs-tax-foundation-estimate-updated",
        "The Tax Foundation estimate is updated: GDP percent, dollar cost and job losses all change.",
        [
            fc((0.25, "percent"), (0.28, "percent")),
            fc((63.1e9, "dollars"), (70.8e9, "dollars")),
            fc((195600, "jobs"), (216800, "jobs")),
        ],
        PF,
        None,
        PF_HEAD,
        new=[
            (
                "The conservative-leaning Tax Foundation projected in May that the tariffs imposed so far by the Trump administration would reduce GDP by 0.25 percent or $63.1 billion, while lowering wages by 0.16 percent and eliminating 195,600 full-time-equivalent jobs.",
                "The conservative-leaning Tax Foundation, in an estimate updated this month, projected that the tariffs imposed so far by the Trump administration would reduce GDP by 0.28 percent or $70.8 billion, while lowering wages by 0.16 percent and eliminating 216,800 full-time-equivalent jobs.",
            )
        ],
    ),
    Case(
        "tariffs-neg-percent-spelled-out",
        "NEGATIVE: '10% to 25%' and '2%' are restyled as 'percent'.",
        [],
        PF,
        None,
        PF_HEAD,
        new=[
            (
                "increased from 10% to 25% in May 2019",
                "increased from 10 percent to 25 percent in May 2019",
            ),
            (
                "less than 2% of annual federal revenues",
                "less than 2 percent of annual federal revenues",
            ),
        ],
    ),
    Case(
        "tariffs-anthony-quote-figure-raised",
        "Daniel Anthony's quote is updated: over $4 billion per month becomes more than $5 billion.",
        [
            q(
                "quote_edited",
                "Anthony",
                "The overall impact is now over $4 billion per month in extra tariffs on a wide range of goods",
                "The overall impact is now more than $5 billion per month in extra tariffs on a wide range of goods",
            ),
            fc((4e9, "dollars"), (5e9, "dollars")),
        ],
        PF,
        None,
        PF_HEAD,
        new=[
            (
                '"The overall impact is now over $4 billion per month',
                '"The overall impact is now more than $5 billion per month',
            )
        ],
    ),
    Case(
        "tariffs-neg-paragraphs-split",
        "NEGATIVE: two paragraphs are split in two.",
        [],
        PF,
        None,
        PF_HEAD,
        new=[
            (
                "according to the American Farm Bureau Federation. That figure",
                "according to the American Farm Bureau Federation.\n\nThat figure",
            ),
            (
                "pay their employees better. Those workers",
                "pay their employees better.\n\nThose workers",
            ),
        ],
    ),
    Case(
        "tariffs-white-quote-removed",
        "The paragraph quoting NYU professor Lawrence White is removed.",
        [
            q(
                "quote_removed",
                "White",
                "As a general matter, import tariffs are a tax. Tariffs, like any tax, generally introduce an inefficiency and makes the two sides of the trading relationship poorer — not richer.",
                None,
            )
        ],
        PF,
        None,
        PF_HEAD,
        new=[
            (
                '"As a general matter, import tariffs are a tax," said Lawrence White, a professor at New York University’s Stern School of Business. "Tariffs, like any tax, generally introduce an inefficiency and makes the two sides of the trading relationship poorer — not richer."\n\n',
                "",
            )
        ],
    ),
    Case(
        "tariffs-farm-exports-and-farm-bureau-quote",
        "Farm exports for 2018 corrected from $9.1 billion to $9.2 billion; a Farm Bureau economist is quoted.",
        [
            fc((9.1e9, "dollars"), (9.2e9, "dollars")),
            q(
                "quote_added",
                "Nigh",
                None,
                "Farmers have lost a market it took decades to build, and they know they may not get it back",
            ),
        ],
        PF,
        None,
        PF_HEAD,
        new=[
            ("dropped to $9.1 billion in 2018", "dropped to $9.2 billion in 2018"),
            (
                "(Bad weather and other factors may have had an impact as well.)",
                '(Bad weather and other factors may have had an impact as well.)\n\n"Farmers have lost a market it took decades to build, and they know they may not get it back," said Veronica Nigh, an economist at the American Farm Bureau Federation.',
            ),
        ],
    ),
    # --- Hollywood Reporter (Stadia) ----------------------------------------------------------
    Case(
        "stadia-launch-lineup-grows",
        "The launch line-up grows: 22 games become 24, 10 extra titles become 12.",
        [fc((22, "games"), (24, "games")), fc((10, "titles"), (12, "titles"))],
        HR,
        range(1, 17),
        HR_HEAD,
        new=[
            (
                "Stadia is launching with 22 games (the addition of 10 extra titles",
                "Stadia is launching with 24 games (the addition of 12 extra titles",
            )
        ],
    ),
    Case(
        "stadia-zelnick-quote-reworded",
        "The first piece of Strauss Zelnick's split quote is reworded.",
        [
            q(
                "quote_edited",
                "Zelnick",
                "Our strategy is to be where the consumer is",
                "Our strategy is to be wherever consumers are",
            )
        ],
        HR,
        range(1, 17),
        HR_HEAD,
        new=[
            (
                '"Our strategy is to be where the consumer is,"',
                '"Our strategy is to be wherever consumers are,"',
            )
        ],
    ),
    Case(
        "stadia-neg-early-title-expanded",
        "NEGATIVE: Chris Early's title is spelled out ('senior vp' -> 'senior vice president of'); quote unchanged.",
        [],
        HR,
        range(1, 17),
        HR_HEAD,
        new=[
            (
                "says Chris Early, senior vp partnerships and revenue at Ubisoft.",
                "says Chris Early, senior vice president of partnerships and revenue at Ubisoft.",
            )
        ],
    ),
    Case(
        "stadia-headline-rewritten",
        "The headline is rewritten.",
        [
            headline(
                "Google Bets on the Future With Launch of Stadia Game Streaming Service",
                "Google’s Stadia Arrives, Betting That Gaming’s Future Lies in the Cloud",
            )
        ],
        HR,
        range(1, 17),
        HR_HEAD,
        new_header={
            "Title": "Google’s Stadia Arrives, Betting That Gaming’s Future Lies in the Cloud"
        },
    ),
    Case(
        "stadia-ward-xcloud-quote-added",
        "A new paragraph quotes IDC analyst Lewis Ward on Microsoft.",
        [
            q(
                "quote_added",
                "Ward",
                None,
                "Microsoft has both the console audience and the cloud infrastructure, and that’s a combination Google can’t match yet",
            )
        ],
        HR,
        range(1, 17),
        HR_HEAD,
        new=[
            (
                "with plans for its full launch set for next year.",
                'with plans for its full launch set for next year.\n\n"Microsoft has both the console audience and the cloud infrastructure, and that’s a combination Google can’t match yet," Ward said.',
            )
        ],
    ),
    # --- MSN / CNN (feather duvet) ------------------------------------------------------------
    Case(
        "duvet-dempsey-quote-trimmed",
        "The last sentence of Dr. Dempsey's split quote is cut.",
        [
            q(
                "quote_edited",
                "Dempsey",
                "We are paid to be nosy. The danger is that we don't ask enough and assume diseases are 'idiopathic' or unexplained. If so, we miss a trick and our patients are subjected to unnecessary tests or treatments.",
                "We are paid to be nosy. The danger is that we don't ask enough and assume diseases are 'idiopathic' or unexplained.",
            )
        ],
        MD,
        None,
        MD_HEAD,
        new=[
            (
                ' If so, we miss a trick and our patients are subjected to unnecessary tests or treatments."',
                '"',
            )
        ],
    ),
    Case(
        "duvet-patient-age-corrected",
        "The patient's age is corrected from 43 to 44.",
        [fc((43, "years"), (44, "years"))],
        MD,
        None,
        MD_HEAD,
        new=[("wrote 43-year-old Martin Taylor", "wrote 44-year-old Martin Taylor")],
    ),
    Case(
        "duvet-neg-quote-punctuation",
        "NEGATIVE: a stray space after an opening quote mark is removed and '30 minute' gets a hyphen inside a quote.",
        [],
        MD,
        None,
        MD_HEAD,
        new=[
            ('Taylor wrote. " The course', 'Taylor wrote. "The course'),
            ("was a 30 minute activity", "was a 30-minute activity"),
        ],
    ),
    Case(
        "duvet-taylor-quote-added-told-cnn",
        "A closing paragraph adds a new quote from the patient, told to CNN.",
        [
            q(
                "quote_added",
                "Taylor",
                None,
                "I'm just incredibly grateful that my GP refused to accept that X-ray at face value",
            )
        ],
        MD,
        None,
        MD_HEAD,
        new=[
            (
                "<<END>>",
                '"I\'m just incredibly grateful that my GP refused to accept that X-ray at face value," Taylor told CNN.',
            )
        ],
    ),
    Case(
        "duvet-drive-time-revised",
        "The drive between the towns is revised from about 30 to about 45 minutes.",
        [fc((30, "minutes"), (45, "minutes"))],
        MD,
        None,
        MD_HEAD,
        new=[
            (
                "about a 30-minute drive from Aberdeenshire",
                "about a 45-minute drive from Aberdeenshire",
            )
        ],
    ),
    Case(
        "duvet-neg-dateline-added",
        "NEGATIVE: a '(CNN) —' dateline is added to the first paragraph.",
        [],
        MD,
        None,
        MD_HEAD,
        new=[("The symptoms came on quickly.", "(CNN) — The symptoms came on quickly.")],
    ),
    # --- Forbes (feather duvet) ---------------------------------------------------------------
    Case(
        "forbes-duvet-byline-and-months",
        "A co-author joins the byline and 'three months' of symptoms becomes 'four months'.",
        [byline("Bruce Y. Lee", "Bruce Y. Lee and Alex Knapp"), fc((3, "months"), (4, "months"))],
        FD,
        None,
        FD_HEAD,
        new_header={"Byline": "Bruce Y. Lee and Alex Knapp"},
        new=[
            ("after three months of feeling very tired", "after four months of feeling very tired")
        ],
    ),
    Case(
        "forbes-duvet-neg-paragraphs-merged",
        "NEGATIVE: two pairs of paragraphs are merged.",
        [],
        FD,
        None,
        FD_HEAD,
        new=[
            (
                "published in the journal BMJ Case Reports.\n\nWondering",
                "published in the journal BMJ Case Reports. Wondering",
            ),
            (
                "because you gotta be able to breathe to live.\n\nSo, if",
                "because you gotta be able to breathe to live. So, if",
            ),
        ],
    ),
    # --- AP (cat) -----------------------------------------------------------------------------
    Case(
        "cat-missing-years-and-owner-quote",
        "The cat was missing six years, not five; the owner is quoted.",
        [
            fc((5, "years"), (6, "years")),
            q("quote_added", "Usov", None, "We had given up hope a long time ago"),
        ],
        CT,
        None,
        CT_HEAD,
        new=[
            ("missing for five years in Portland", "missing for six years in Portland"),
            ("<<END>>", "“We had given up hope a long time ago,” Usov told KOAT-TV."),
        ],
    ),
    Case(
        "cat-neg-km-abbreviated",
        "NEGATIVE: 'kilometers' is abbreviated to 'km' in a conversion.",
        [],
        CT,
        None,
        CT_HEAD,
        new=[("1,200 miles (1,931 kilometers)", "1,200 miles (1,931 km)")],
    ),
    # --- nj.com (meth slogan) -----------------------------------------------------------------
    Case(
        "meth-contract-value-added",
        "A new clause adds the contract's $1.4 million ceiling.",
        [f("figure_added", None, (1.4e6, "dollars"))],
        NJ,
        None,
        NJ_HEAD,
        new=[
            (
                "nearly $449,000 so far this year.",
                "nearly $449,000 so far this year, and the contract is worth up to $1.4 million.",
            )
        ],
    ),
    Case(
        "meth-neg-half-million-as-digits",
        "NEGATIVE: 'nearly half a million dollars' is written 'nearly $500,000'.",
        [],
        NJ,
        None,
        NJ_HEAD,
        new=[("nearly half a million dollars on it", "nearly $500,000 on it")],
    ),
    Case(
        "meth-headline-changed",
        "The headline is rewritten after the governor's response.",
        [
            headline(
                "South Dakota doubles down on ‘Meth. We’re on it.’ They just might be.",
                "South Dakota governor stands by ‘Meth. We’re on it.’ slogan after online mockery",
            )
        ],
        NJ,
        None,
        NJ_HEAD,
        new_header={
            "Title": "South Dakota governor stands by ‘Meth. We’re on it.’ slogan after online mockery"
        },
    ),
    Case(
        "meth-noem-statement-quote-added",
        "A new paragraph quotes Gov. Noem's statement.",
        [q("quote_added", "Noem", None, "We’re not backing down from this fight")],
        NJ,
        None,
        NJ_HEAD,
        new=[
            (
                "Noem tweeted. “So I think that’s working.”",
                "Noem tweeted. “So I think that’s working.”\n\n“We’re not backing down from this fight,” Noem said in a statement Tuesday.",
            )
        ],
    ),
    # --- Rolling Stone (Doobie Brothers) ------------------------------------------------------
    Case(
        "doobies-tour-grows-two-dates",
        "Two shows are added: the 30-date tour becomes a 32-date tour.",
        [fc((30, "dates"), (32, "dates"))],
        RS,
        None,
        RS_HEAD,
        new=[
            ("announced the 30-date jaunt", "announced the 32-date jaunt"),
            (
                "July 3 – Mansfield, MA @ Xfinity Center\n",
                "July 3 – Mansfield, MA @ Xfinity Center\nJuly 6 – Gilford, NH @ Bank of New Hampshire Pavilion\n",
            ),
            (
                "August 8 – Tinley Park, IL @ Hollywood Casino Amphitheatre – Chicago\n",
                "August 8 – Tinley Park, IL @ Hollywood Casino Amphitheatre – Chicago\nAugust 11 – Milwaukee, WI @ American Family Insurance Amphitheater\n",
            ),
        ],
    ),
    Case(
        "doobies-johnston-quote-trimmed",
        "Tom Johnston's statement loses 'as well as new music'.",
        [
            q(
                "quote_edited",
                "Johnston",
                "We’re truly excited about our 50th Anniversary Tour, as it’s a celebration of the band’s entire history. We’ll be performing songs from our full catalog, as well as new music.",
                "We’re truly excited about our 50th Anniversary Tour, as it’s a celebration of the band’s entire history. We’ll be performing songs from our full catalog.",
            )
        ],
        RS,
        None,
        RS_HEAD,
        new=[("from our full catalog, as well as new music.”", "from our full catalog.”")],
    ),
    Case(
        "doobies-neg-ap-style-dates",
        "NEGATIVE: ordinal dates restyled AP-fashion ('June 9th' -> 'June 9', 'December 6th' -> 'Dec. 6').",
        [],
        RS,
        None,
        RS_HEAD,
        new=[
            ("kicks off June 9th in West Palm Beach", "kicks off June 9 in West Palm Beach"),
            ("concludes October 10th in Houston", "concludes Oct. 10 in Houston"),
            ("their November 18th concert", "their Nov. 18 concert"),
            ("Friday, December 6th, at 10 a.m.", "Friday, Dec. 6, at 10 a.m."),
        ],
    ),
    Case(
        "doobies-mcdonald-albums-corrected",
        "McDonald's album count is corrected from four to five.",
        [fc((4, "albums"), (5, "albums"))],
        RS,
        None,
        RS_HEAD,
        new=[("appearing on four albums", "appearing on five albums")],
    ),
    # --- cleveland.com ------------------------------------------------------------------------
    Case(
        "cleveland-update-note-added",
        "A 'This story will be updated' note is appended.",
        [MARKER_ADDED],
        "35b158918c",
        None,
        {
            "Title": "Doobie Brothers to reunite with Michael McDonald for Blossom show",
            "Published": "2019-11-19",
        },
        new=[
            ("<<END>>", "This story will be updated as more details about the tour are announced.")
        ],
    ),
    # --- pv magazine --------------------------------------------------------------------------
    Case(
        "pv-multijunction-target-cut",
        "The multi-junction efficiency target is cut from 35% to 30%.",
        [fc((35, "percent"), (30, "percent"))],
        "b0cf2bbf01",
        None,
        {
            "Title": "South Korea’s roadmap to drive down solar costs",
            "Byline": "Emiliano Bellini",
            "Published": "2019-11-20",
        },
        new=[("from 23% to 35%", "from 23% to 30%")],
    ),
    Case(
        "pv-installed-capacity-updated",
        "Installed capacity is updated with newer data: seven months/1.64 GW become nine months/2.27 GW.",
        [fc((1.64, "GW"), (2.27, "GW")), fc((7, "months"), (9, "months"))],
        "b0cf2bbf01",
        None,
        {
            "Title": "South Korea’s roadmap to drive down solar costs",
            "Byline": "Emiliano Bellini",
            "Published": "2019-11-20",
        },
        new=[
            (
                "According to data released by MOTIE in August, newly installed capacity for the first seven months of the year reached 1.64 GW",
                "According to data released by MOTIE in October, newly installed capacity for the first nine months of the year reached 2.27 GW",
            )
        ],
    ),
    Case(
        "pv-neg-per-cent",
        "NEGATIVE: '%' restyled as 'per cent'.",
        [],
        "b0cf2bbf01",
        None,
        {
            "Title": "South Korea’s roadmap to drive down solar costs",
            "Byline": "Emiliano Bellini",
            "Published": "2019-11-20",
        },
        new=[
            ("fine dusts by 90%", "fine dusts by 90 per cent"),
            ("from around 20% now to 24% by", "from around 20 per cent now to 24 per cent by"),
        ],
    ),
    # --- Dealbreaker --------------------------------------------------------------------------
    Case(
        "dealbreaker-big-machine-price",
        "The Big Machine purchase price is revised from $300M to $330M.",
        [fc((300e6, "dollars"), (330e6, "dollars"))],
        "55bb6340e3",
        None,
        {"Title": "Opening Bell 11.18.19", "Published": "2019-11-18"},
        new=[("purchased Big Machine for $300M", "purchased Big Machine for $330M")],
    ),
    Case(
        "dealbreaker-neg-300m-spelled",
        "NEGATIVE: '$300M' is written '$300 million'.",
        [],
        "55bb6340e3",
        None,
        {"Title": "Opening Bell 11.18.19", "Published": "2019-11-18"},
        new=[("purchased Big Machine for $300M", "purchased Big Machine for $300 million")],
    ),
    # --- The Paradigm (Nigeria) ---------------------------------------------------------------
    Case(
        "saraki-details-later-removed-police-quote",
        "'Details later…' is dropped and the police spokesman's response is added.",
        [
            MARKER_REMOVED,
            q(
                "quote_added",
                "Moshood",
                None,
                "The Force will study the suit and respond appropriately once it is served",
            ),
        ],
        "e7301133ba",
        None,
        {
            "Title": "Saraki, Melaye, Ben Bruce Drag IGP Idris to Court, Demand N500m",
            "Published": "2018-10-09",
        },
        old=[("<<END>>", "Details later…")],
        new=[
            (
                "<<END>>",
                "“The Force will study the suit and respond appropriately once it is served,” the Force Public Relations Officer, Jimoh Moshood, told reporters in Abuja on Tuesday.",
            )
        ],
    ),
    # --- Snopes -------------------------------------------------------------------------------
    Case(
        "snopes-second-estimate-added",
        "A second site's $8 million estimate is added next to the $6 million one.",
        [f("figure_added", None, (8e6, "dollars"))],
        "8380689f35",
        None,
        {
            "Title": "Does Marie Yovanovitch Have a Net Worth of $17 Million?",
            "Published": "2019-11-19",
        },
        new=[
            ("($6 million in both cases)", "($6 million on one site and $8 million on the other)")
        ],
    ),
    # --- Sputnik ------------------------------------------------------------------------------
    Case(
        "andrew-age-corrected",
        "Prince Andrew's age: 'nearly 60-year-old' becomes '59-year-old'.",
        [fc((60, "years"), (59, "years"))],
        "1f765c4878",
        None,
        {
            "Title": "Royal Self-Indicting Arrogance",
            "Byline": "Finian Cunningham",
            "Published": "2019-11-18",
        },
        new=[("the nearly 60-year-old younger brother", "the 59-year-old younger brother")],
    ),
    Case(
        "andrew-legal-expert-named",
        "The unnamed legal expert is named: both of his quotes are re-attributed.",
        [
            q(
                "quote_reattributed",
                "Robertson",
                "Prince Andrew is not entitled to any form of immunity by virtue of his position as a member of the royal family",
                "Prince Andrew is not entitled to any form of immunity by virtue of his position as a member of the royal family",
                old_speaker="one legal expert",
            ),
            q(
                "quote_reattributed",
                "Robertson",
                "His friendship with the convicted sex offender Jeffrey Epstein is under investigation by the FBI and he is vulnerable to extradition",
                "His friendship with the convicted sex offender Jeffrey Epstein is under investigation by the FBI and he is vulnerable to extradition",
                old_speaker="the expert",
            ),
        ],
        "1f765c4878",
        None,
        {
            "Title": "Royal Self-Indicting Arrogance",
            "Byline": "Finian Cunningham",
            "Published": "2019-11-18",
        },
        new=[
            (
                "said one legal expert, as reported by the Independent newspaper.",
                "said Geoffrey Robertson QC, a human rights lawyer, as reported by the Independent newspaper.",
            ),
            ("the expert warned.", "Robertson warned."),
        ],
    ),
    # --- New York Times opinion ---------------------------------------------------------------
    Case(
        "nyt-trump-please-trimmed",
        "The one-word second piece ('Please.') of a Trump quote is dropped.",
        [
            q(
                "quote_edited",
                "Trump",
                "You gotta give me a big win please. Please.",
                "You gotta give me a big win please",
            )
        ],
        "04a6711caa",
        None,
        {
            "Title": "Republicans Are Following Trump to Nowhere",
            "Byline": "Jamelle Bouie",
            "Published": "2019-11-19",
        },
        new=[
            (
                "“You gotta give me a big win please,” he said later. “Please.”",
                "“You gotta give me a big win please,” he said later.",
            )
        ],
    ),
    Case(
        "nyt-reuters-poll-corrected",
        "The Reuters poll share is corrected from 44 to 47 percent, with a correction line.",
        [
            fc((44, "percent"), (47, "percent")),
            correction(
                "An earlier version of this column misstated the share of Americans who told Reuters pollsters they support impeachment and removal."
            ),
        ],
        "04a6711caa",
        None,
        {
            "Title": "Republicans Are Following Trump to Nowhere",
            "Byline": "Jamelle Bouie",
            "Published": "2019-11-19",
        },
        new=[
            (
                "lower numbers for removal (44 percent of Americans",
                "lower numbers for removal (47 percent of Americans",
            ),
            (
                "<<END>>",
                "An earlier version of this column misstated the share of Americans who told Reuters pollsters they support impeachment and removal.",
            ),
        ],
    ),
    # --- The Verge ----------------------------------------------------------------------------
    Case(
        "startrek-box-office-updated",
        "The box-office gross of Hawley's debut is updated ($320,000 -> $321,000).",
        [fc((320000, "dollars"), (321000, "dollars"))],
        "785affa2c3",
        None,
        {
            "Title": "Star Trek 4 eyes Fargo, Legion creator Noah Hawley to direct",
            "Byline": "Chaim Gartenberg",
            "Published": "2019-11-19",
        },
        new=[("making $320,000 on a budget", "making $321,000 on a budget")],
    ),
    Case(
        "startrek-neg-typos-fixed",
        "NEGATIVE: two typos fixed outside quotes.",
        [],
        "785affa2c3",
        None,
        {
            "Title": "Star Trek 4 eyes Fargo, Legion creator Noah Hawley to direct",
            "Byline": "Chaim Gartenberg",
            "Published": "2019-11-19",
        },
        new=[
            ("poorly-recieved", "poorly received"),
            ("news on the fourth film in rebooted", "news on the fourth film in the rebooted"),
        ],
    ),
    # --- MacRumors ----------------------------------------------------------------------------
    Case(
        "macbook-neg-lede-rewritten",
        "NEGATIVE: the lede is rewritten with the same facts and figures.",
        [],
        "232a43fb15",
        None,
        {
            "Title": "13-Inch MacBook Pro With Scissor Keyboard Expected in First Half of 2020",
            "Byline": "Joe Rossignol",
            "Published": "2019-11-18",
        },
        new=[
            (
                "Following the 16-inch MacBook Pro, Apple plans to release a new 13-inch MacBook Pro with a scissor switch keyboard in the first half of 2020, according to industry sources cited by hit-or-miss Taiwanese publication DigiTimes.",
                "Apple plans to release a new 13-inch MacBook Pro with a scissor switch keyboard in the first half of 2020, following the 16-inch MacBook Pro, industry sources told hit-or-miss Taiwanese publication DigiTimes.",
            )
        ],
    ),
    # --- GiveWell -----------------------------------------------------------------------------
    Case(
        "givewell-forecast-revised",
        "The forecast chance of a new top charity is revised from 55% to 50%.",
        [fc((55, "percent"), (50, "percent"))],
        "ad9e9e596f",
        None,
        {
            "Title": "A grant to Evidence Action Beta to prototype, test, and scale promising programs",
            "Published": "2018-10-09",
        },
        new=[("we forecast a 55% chance", "we forecast a 50% chance")],
    ),
    # --- Ascom press releases -----------------------------------------------------------------
    Case(
        "ascom-neu-quote-extended",
        "André Neu's quote gains 'and patient safety'.",
        [
            q(
                "quote_edited",
                "Neu",
                "Digistat Patient Watch helps clinicians leverage patient data to increase situational awareness and align priorities. It has the potential to change their practice and improve workflow efficiency",
                "Digistat Patient Watch helps clinicians leverage patient data to increase situational awareness and align priorities. It has the potential to change their practice and improve workflow efficiency and patient safety",
            )
        ],
        "5ae11e580a",
        None,
        {
            "Title": "Ascom announces a strategic distribution partnership with GE Healthcare in Europe for intensive care units"
        },
        new=[
            (
                "improve workflow efficiency” says André Neu",
                "improve workflow efficiency and patient safety” says André Neu",
            )
        ],
    ),
    Case(
        "ascom-alarm-count-revised",
        "The number of alarms per shift is revised from up to 1,000 to up to 700.",
        [fc((1000, "alarms"), (700, "alarms"))],
        "5ae11e580a",
        None,
        {
            "Title": "Ascom announces a strategic distribution partnership with GE Healthcare in Europe for intensive care units"
        },
        new=[("up to 1,000 alarms per shift", "up to 700 alarms per shift")],
    ),
    Case(
        "draeger-goldman-quote-removed",
        "The closing quote from Rob Goldman (attribution before, with a colon) is removed.",
        [
            q(
                "quote_removed",
                "Goldman",
                "By collaborating with Dräger, Ascom can help hospitals supplement and enhance their alarm management solutions. Leveraging Unite Connect for clinical systems’ customizable alarm filtering helps mobile caregivers avoid unnecessary work interruptions, limiting their exposure to low-priority, routine alerts and helping reduce caregiver alarm fatigue.",
                None,
            )
        ],
        "c69e539d68",
        None,
        {
            "Title": "Ascom and Dräger introduce integrated clinical alarm management solution in North America to improve patient care"
        },
        new=[
            (
                "\n\nRob Goldman, President Ascom North America, says: “By collaborating with Dräger, Ascom can help hospitals supplement and enhance their alarm management solutions. Leveraging Unite Connect for clinical systems’ customizable alarm filtering helps mobile caregivers avoid unnecessary work interruptions, limiting their exposure to low-priority, routine alerts and helping reduce caregiver alarm fatigue.”",
                "",
            )
        ],
    ),
    Case(
        "draeger-neg-menet-attribution-moved",
        "NEGATIVE: Steve Menet's attribution moves from before the quote (colon) to after its first sentence.",
        [],
        "c69e539d68",
        None,
        {
            "Title": "Ascom and Dräger introduce integrated clinical alarm management solution in North America to improve patient care"
        },
        new=[
            (
                "Steve Menet, Senior Vice President of Sales for Dräger, Inc., says: “Effective clinical alarm management continues to be a high focus for health systems and hospitals. As the use",
                "“Effective clinical alarm management continues to be a high focus for health systems and hospitals,” says Steve Menet, Senior Vice President of Sales for Dräger, Inc. “As the use",
            )
        ],
    ),
    # --- News Nation (India) ------------------------------------------------------------------
    Case(
        "oxygen-bar-price-raised",
        "The oxygen bar's price is revised from Rs 299 to Rs 349.",
        [fc((299, "rupees"), (349, "rupees"))],
        "076f4f33bf",
        None,
        {
            "Title": "Fact Check: Is An ‘Oxygen Bar’ In Delhi Offering Fresh Air For Rs 300?",
            "Published": "2019-11-19",
        },
        new=[("charges Rs 299 for fifteen minutes", "charges Rs 349 for fifteen minutes")],
    ),
    Case(
        "oxygen-bar-neg-number-style",
        "NEGATIVE: 'fifteen minutes' becomes '15 minutes' and an interjection is reworded.",
        [],
        "076f4f33bf",
        None,
        {
            "Title": "Fact Check: Is An ‘Oxygen Bar’ In Delhi Offering Fresh Air For Rs 300?",
            "Published": "2019-11-19",
        },
        new=[
            ("charges Rs 299 for fifteen minutes", "charges Rs 299 for 15 minutes"),
            ("Yup, you read it right!", "Yes, you read that right!"),
        ],
    ),
    # --- my6sense -----------------------------------------------------------------------------
    Case(
        "my6sense-experience-years-in-quote",
        "The CEO's quote is corrected: Braiker's 25 years of experience become 30.",
        [
            q(
                "quote_edited",
                "Rubinstain",
                "We’re excited to have Ivan join our team as Chief Strategy Officer, bringing to my6sense his 25 years of management experience in mobile and media, most notably from Hipcricket",
                "We’re excited to have Ivan join our team as Chief Strategy Officer, bringing to my6sense his 30 years of management experience in mobile and media, most notably from Hipcricket",
            ),
            fc((25, "years"), (30, "years")),
        ],
        "57e2e98887",
        None,
        {
            "Title": "Native Ad Platform my6sense Names Mobile Marketing Pioneer Ivan Braiker Chief Strategy Officer",
            "Published": "2018-07-02",
        },
        new=[("his 25 years of management experience", "his 30 years of management experience")],
    ),
    # --- Experience (Q&A) ---------------------------------------------------------------------
    Case(
        "experience-partner-count",
        "The number of partners is updated from 350 to 400.",
        [fc((350, "partners"), (400, "partners"))],
        "4648a420af",
        None,
        {"Title": "Introducing Junior Gaspard, New CEO at Experience"},
        new=[("our outstanding 350 partners", "our outstanding 400 partners")],
    ),
    # --- AutoIndustriya -----------------------------------------------------------------------
    Case(
        "sentra-airbags-corrected",
        "The airbag count is corrected from 10 to eight.",
        [fc((10, "airbags"), (8, "airbags"))],
        "3cb5e2f466",
        None,
        {"Title": "All-new 2020 Sentra is what we really want from Nissan PH"},
        new=[("These include 10 airbags", "These include eight airbags")],
    ),
    Case(
        "sentra-kershaw-sales-figure",
        "Kershaw's quote is corrected: more than 6 million Sentras sold becomes more than 6.5 million.",
        [
            q(
                "quote_edited",
                "Kershaw",
                "Nissan has a vibrant portfolio of new-generation sedans for customers in the U.S. Market. With more than 6 million Sentra vehicles sold, we believe the all-new Sentra will reach new heights offering refinement and quality, technology and performance not seen before. The lower stance and more athletic design cues from the Maxima sports sedan give Sentra a sexy new look",
                "Nissan has a vibrant portfolio of new-generation sedans for customers in the U.S. Market. With more than 6.5 million Sentra vehicles sold, we believe the all-new Sentra will reach new heights offering refinement and quality, technology and performance not seen before. The lower stance and more athletic design cues from the Maxima sports sedan give Sentra a sexy new look",
            ),
            fc((6e6, "vehicles"), (6.5e6, "vehicles")),
        ],
        "3cb5e2f466",
        None,
        {"Title": "All-new 2020 Sentra is what we really want from Nissan PH"},
        new=[
            (
                "With more than 6 million Sentra vehicles sold",
                "With more than 6.5 million Sentra vehicles sold",
            )
        ],
    ),
    Case(
        "lexus-hazama-quote-added",
        "A direct quote from the project manager is added after the paraphrase.",
        [
            q(
                "quote_added",
                "Hazama",
                None,
                "We wanted the Convertible to feel every bit as solid as the Coupe, even with the roof down",
            )
        ],
        "aadb38e527",
        None,
        {"Title": "Lexus wants you to go topless with 2020 LC500 Convertible"},
        new=[
            (
                "reshaped in order to improve structural rigidity.",
                "reshaped in order to improve structural rigidity.\n\n“We wanted the Convertible to feel every bit as solid as the Coupe, even with the roof down,” Hazama said.",
            )
        ],
    ),
    Case(
        "lexus-roof-time-corrected",
        "The roof's closing time is corrected from 16 to 15 seconds.",
        [fc((16, "seconds"), (15, "seconds"))],
        "aadb38e527",
        None,
        {"Title": "Lexus wants you to go topless with 2020 LC500 Convertible"},
        new=[("to close in just 16 seconds", "to close in just 15 seconds")],
    ),
    # --- SlashGear (Audi) ---------------------------------------------------------------------
    Case(
        "audi-euro-price-changed",
        "European pricing changes: 71,350 euro ($78,770) becomes 69,100 euro ($76,290).",
        [fc((71350, "euros"), (69100, "euros")), fc((78770, "dollars"), (76290, "dollars"))],
        "3cb22bfabe",
        None,
        {
            "Title": "2020 Audi e-tron Sportback revealed as electric 4-door coupe",
            "Byline": "Chris Davies",
            "Published": "2019-11-20",
        },
        new=[("start at 71,350 euro ($78,770)", "start at 69,100 euro ($76,290)")],
    ),
    Case(
        "audi-neg-units-and-numerals",
        "NEGATIVE: 'horsepower' abbreviated to 'hp' and 'thirteen' written '13'.",
        [],
        "3cb22bfabe",
        None,
        {
            "Title": "2020 Audi e-tron Sportback revealed as electric 4-door coupe",
            "Byline": "Chris Davies",
            "Published": "2019-11-20",
        },
        new=[
            ("That promises 355 horsepower and", "That promises 355 hp and"),
            ("in thirteen different finishes", "in 13 different finishes"),
        ],
    ),
    # --- IndieWire (Wild Rose) ----------------------------------------------------------------
    Case(
        "wildrose-buckley-quote-extended",
        "A Buckley quote is extended.",
        [
            q(
                "quote_edited",
                "Buckley",
                "This song was such a gift to me",
                "This song was such a gift to me, and I’ll carry it with me for a long time",
            )
        ],
        "3d8f3404cf",
        None,
        {
            "Title": "Wild Rose’s Mary Steenburgen Wrote the Best Movie Song of the Year",
            "Published": "2019-11-19",
        },
        new=[
            (
                "“This song was such a gift to me,” she said.",
                "“This song was such a gift to me, and I’ll carry it with me for a long time,” she said.",
            )
        ],
    ),
    Case(
        "wildrose-buckley-paragraph-removed",
        "The paragraph with Buckley's split quote about recording the song is removed.",
        [
            q(
                "quote_removed",
                "Buckley",
                "But the story of it really moved me, so I sat down with a guitarist in a room and sang it really badly and just tried to attach some emotional feeling to it before we started filming.",
                None,
            )
        ],
        "3d8f3404cf",
        None,
        {
            "Title": "Wild Rose’s Mary Steenburgen Wrote the Best Movie Song of the Year",
            "Published": "2019-11-19",
        },
        new=[
            (
                "Buckley, who hadn’t sung in a long time before the production, worried about doing justice to a song like “Glasgow,” especially given that she had no background in country music. “But the story of it really moved me,” she said, “so I sat down with a guitarist in a room and sang it really badly and just tried to attach some emotional feeling to it before we started filming.”\n\n",
                "",
            )
        ],
    ),
    Case(
        "wildrose-neg-nested-punctuation",
        "NEGATIVE: a misplaced quote mark in a song title and a space inside a nested quote are fixed.",
        [],
        "3d8f3404cf",
        None,
        {
            "Title": "Wild Rose’s Mary Steenburgen Wrote the Best Movie Song of the Year",
            "Published": "2019-11-19",
        },
        new=[
            ("called “Glasgow (“No Place Like Home”).", "called “Glasgow (No Place Like Home).”"),
            ("feeling of ‘ this is the song.’”", "feeling of ‘this is the song.’”"),
        ],
    ),
    Case(
        "wildrose-years-ago-corrected",
        "The odyssey 'began 10 years ago' becomes '11 years ago'.",
        [fc((10, "years"), (11, "years"))],
        "3d8f3404cf",
        None,
        {
            "Title": "Wild Rose’s Mary Steenburgen Wrote the Best Movie Song of the Year",
            "Published": "2019-11-19",
        },
        new=[("began 10 years ago, when", "began 11 years ago, when")],
    ),
    # --- Wired (neo-banks) --------------------------------------------------------------------
    Case(
        "neobanks-student-debt-total",
        "Student debt total is updated from $1.5 trillion to $1.6 trillion.",
        [fc((1.5e12, "dollars"), (1.6e12, "dollars"))],
        "2f42ef1d3e",
        None,
        {"Title": "The Future of Banking Is … You're Broke", "Published": "2019-11-19"},
        new=[("total $1.5 trillion", "total $1.6 trillion")],
    ),
    Case(
        "neobanks-neg-percent-style",
        "NEGATIVE: 'Seventy-eight percent' and '40 percent' written with digits and '%'.",
        [],
        "2f42ef1d3e",
        None,
        {"Title": "The Future of Banking Is … You're Broke", "Published": "2019-11-19"},
        new=[
            ("Seventy-eight percent of Americans live", "78% of Americans live"),
            ("More than 40 percent of households", "More than 40% of households"),
        ],
    ),
    # --- Gizmodo ------------------------------------------------------------------------------
    Case(
        "macbook16-starting-price",
        "The starting price is corrected from $2,400 to $2,399.",
        [fc((2400, "dollars"), (2399, "dollars"))],
        "5fa5679de5",
        None,
        {
            "Title": "Apple's 16-Inch MacBook Pro Has a Familiar Keyboard",
            "Byline": "Adam Clark Estes",
            "Published": "2019-11-19",
        },
        new=[("for a starting price of $2,400", "for a starting price of $2,399")],
    ),
    # --- LinkNaija ----------------------------------------------------------------------------
    Case(
        "kepa-courtois-fee-pounds",
        "Courtois' transfer fee is revised from £38million to £35million.",
        [fc((38e6, "pounds"), (35e6, "pounds"))],
        "358cc4a080",
        None,
        {
            "Title": "BREAKING NEWS: Chelsea Activate £71.6m Release Clause To Sign Kepa Arrizabalaga From Athletic Bilbao",
            "Published": "2018-08-08",
        },
        new=[("£38million move", "£35million move")],
    ),
    Case(
        "henshaw-neg-age-hyphenated",
        "NEGATIVE: '47 year old' gets its hyphens.",
        [],
        "34a7328535",
        None,
        {
            "Title": "Nollywood Actress, Kate Henshaw Is Looking Stunning In New Photos",
            "Published": "2018-10-15",
        },
        new=[("The 47 year old was", "The 47-year-old was")],
    ),
    Case(
        "wildrose-neg-page-junk-removed",
        "NEGATIVE: two stray lines of page furniture (a caption title and a copyright line) are cleaned out.",
        [],
        "3d8f3404cf",
        None,
        {
            "Title": "Wild Rose’s Mary Steenburgen Wrote the Best Movie Song of the Year",
            "Published": "2019-11-19",
        },
        new=[("\n\n“Wild Rose”\n\n1996-98 AccuSoft Inc., All right\n\n", "\n\n")],
    ),
    Case(
        "tariffs-neg-subheads-removed",
        "NEGATIVE: two question subheads are dropped.",
        [],
        PF,
        None,
        PF_HEAD,
        new=[
            ("\n\nWho pays the cost of a tariff?\n\n", "\n\n"),
            ("\n\nDon’t tariffs produce revenue?\n\n", "\n\n"),
        ],
    ),
    Case(
        "stadia-neg-sentence-reworded",
        "NEGATIVE: the second paragraph's sentence is reworded; no quote or figure involved.",
        [],
        HR,
        range(1, 17),
        HR_HEAD,
        new=[
            (
                "Google's long-gestating foray into gaming has finally arrived as the tech giant's game streaming service, Stadia, launched Tuesday morning.",
                "Google's long-gestating foray into gaming has finally arrived: its game streaming service, Stadia, went live on Tuesday morning.",
            )
        ],
    ),
    Case(
        "nyt-neg-percent-sign",
        "NEGATIVE: '70 percent' and '44 percent' are written with a percent sign.",
        [],
        "04a6711caa",
        None,
        {
            "Title": "Republicans Are Following Trump to Nowhere",
            "Byline": "Jamelle Bouie",
            "Published": "2019-11-19",
        },
        new=[
            ("an overwhelming 70 percent of Americans", "an overwhelming 70% of Americans"),
            ("(44 percent of Americans", "(44% of Americans"),
        ],
    ),
    # --- WSJ ----------------------------------------------------------------------------------
    Case(
        "garrett-nfl-statement-added",
        "The NFL's statement is quoted in a new paragraph.",
        [
            q(
                "quote_added",
                "NFL",
                None,
                "Garrett’s conduct was a clear and serious violation of league rules",
            )
        ],
        "7ab16ade32",
        None,
        {"Title": "Is Football Violence a Crime?", "Published": "2019-11-18"},
        new=[
            (
                "hitting him in the head.",
                "hitting him in the head.\n\n“Garrett’s conduct was a clear and serious violation of league rules,” the NFL said in a statement.",
            )
        ],
    ),
    # --- Telegraph ----------------------------------------------------------------------------
    Case(
        "tennis-neg-updated-time",
        "NEGATIVE: only the 'Updated' time in the header changes.",
        [],
        "88c328b68b",
        None,
        {
            "Title": "Tennis Podcast: Davis Cup Finals launch in Madrid… and feelings are mixed",
            "Published": "2019-11-19",
            "Updated": "19 November 2019 • 10:42am",
        },
        new_header={"Updated": "19 November 2019 • 4:15pm"},
    ),
    Case(
        "sputnik-neg-disclaimer-moved",
        "NEGATIVE: the closing disclaimer paragraph moves to the top of the article.",
        [],
        "1f765c4878",
        None,
        {
            "Title": "Royal Self-Indicting Arrogance",
            "Byline": "Finian Cunningham",
            "Published": "2019-11-18",
        },
        new=[
            (
                "\n\nThe views and opinions expressed in the article do not necessarily reflect those of Sputnik.",
                "",
            ),
            (
                "Prince Andrew, the nearly 60-year-old",
                "The views and opinions expressed in the article do not necessarily reflect those of Sputnik.\n\nPrince Andrew, the nearly 60-year-old",
            ),
        ],
    ),
]


HTML: list[Case] = [
    Case(
        "html-tariffs-farm-payments",
        "HTML page: payments to farmers revised from $28 billion to $32 billion.",
        [fc((28e9, "dollars"), (32e9, "dollars"))],
        PF,
        html=True,
        new=[
            (">$28 billion</a> over the past two years", ">$32 billion</a> over the past two years")
        ],
    ),
    Case(
        "html-stadia-xcloud-markets",
        "HTML page: xCloud's test markets revised from 13 to 14.",
        [fc((13, "markets"), (14, "markets"))],
        HR,
        html=True,
        new=[(">across 13 markets<", ">across 14 markets<")],
    ),
    Case(
        "html-duvet-dempsey-quote-reworded",
        "HTML page: Dempsey's quote (with a nested single-quoted word) is reworded.",
        [
            q(
                "quote_edited",
                "Dempsey",
                "I think the radiologist may have thought it was just a slightly 'under-exposed' chest X-ray",
                "I think the radiologist probably thought it was just a slightly 'under-exposed' chest X-ray",
            )
        ],
        MD,
        html=True,
        new=[
            (
                "I think the radiologist may have thought it was",
                "I think the radiologist probably thought it was",
            )
        ],
    ),
    Case(
        "html-cat-neg-wording",
        "NEGATIVE, HTML page: 'the kitty' becomes 'the cat' in a sentence without quotes or changed figures.",
        [],
        CT,
        html=True,
        new=[("the kitty had traveled", "the cat had traveled")],
    ),
    Case(
        "html-pv-hanwha-capacity",
        "HTML page: Hanwha Q Cells' cell capacity revised from 3.7 GW to 4.1 GW.",
        [fc((3.7, "GW"), (4.1, "GW"))],
        "b0cf2bbf01",
        html=True,
        new=[("</a> had 3.7 GW of cell capacity", "</a> had 4.1 GW of cell capacity")],
    ),
    Case(
        "html-doobies-mcdonald-quote-added",
        "HTML page: a paragraph quoting McDonald is inserted after Johnston's statement.",
        [
            q(
                "quote_added",
                "McDonald",
                None,
                "It’s going to be a blast to play these songs with the guys again",
            )
        ],
        RS,
        html=True,
        new=[
            (
                "as well as new music.”</span></p>",
                'as well as new music.”</span></p>\n<p class="p1"><span class="s1">“It’s going to be a blast to play these songs with the guys again,” McDonald said in the statement.</span></p>',
            )
        ],
    ),
    Case(
        "html-audi-range-revised",
        "HTML page: the Sportback 50's range is revised from around 215 to around 225 miles.",
        [fc((215, "miles"), (225, "miles"))],
        "3cb22bfabe",
        html=True,
        new=[("around 215 miles on a charge", "around 225 miles on a charge")],
    ),
    Case(
        "html-forbes-neg-wording",
        "NEGATIVE, HTML page: 'song' becomes 'hit' in a jokey aside (every copy on the page).",
        [],
        FD,
        html=True,
        new=[("contrary to the Howard Jones song", "contrary to the Howard Jones hit")],
    ),
    Case(
        "html-meth-noem-quote-removed",
        "HTML page: the paragraph quoting Noem's tweet (also embedded) is removed.",
        [
            q(
                "quote_removed",
                "Noem",
                "Hey Twitter, the whole point of this ad campaign is to raise awareness. So I think that’s working.",
                None,
            )
        ],
        NJ,
        html=True,
        new=[
            (
                '<p class="article__paragraph--left" id="763D2KRXVVEFXCXKUI6HJD4GWY">“Hey Twitter, the whole point of this ad campaign is to raise awareness,” Noem tweeted. “So I think that’s working.”</p>',
                "",
            )
        ],
    ),
]


QUAKE = """ELAZIG, Turkey (AP) — A strong earthquake struck eastern Turkey on Friday evening, toppling buildings and killing at least nine people, officials said.

More than 70 people were injured, according to the country's disaster and emergency management agency, AFAD. Search and rescue teams were working through the night to reach residents trapped under collapsed buildings in the town of Sivrice and nearby villages.

The magnitude 6.8 quake was centered in Elazig province and was felt in neighboring provinces and in parts of Syria and Iran, AFAD said.

“We are doing everything we can to reach those trapped under the rubble,” Interior Minister Suleyman Soylu told reporters in Elazig.

Television footage showed rescuers digging through the debris of a five-story building with their hands as residents, wrapped in blankets, looked on in freezing temperatures.

Turkey sits on top of major fault lines and is frequently shaken by earthquakes.

This is a developing story. Check back for updates."""
QUAKE_HEAD = {
    "Title": "Strong earthquake strikes eastern Turkey, toppling buildings",
    "Byline": "Suzan Fraser, Associated Press",
    "Published": "2020-01-24",
}

WILDFIRE = """SANTA CLARITA, Calif. (AP) — A wind-whipped wildfire raced through brushy hills north of Los Angeles on Thursday, forcing about 50,000 people to flee their homes as firefighters struggled to keep the flames away from neighborhoods.

The Tick Fire had burned 4,300 acres and was 5 percent contained by Thursday night, according to the Los Angeles County Fire Department. At least six homes were destroyed.

“This fire is moving very fast, and we are asking people to leave when they are told to leave,” county Fire Chief Daryl Osby said at an afternoon news conference.

Gusts of up to 50 mph were expected to continue into Friday, the National Weather Service said.

Schools in the area were closed, and a stretch of the Antelope Valley Freeway was shut for several hours."""

BLAST = """PORT NECHES, Texas (AP) — An explosion ripped through a chemical plant in southeast Texas early Wednesday, injuring at least three workers and shattering windows in homes miles away, authorities said.

The blast at the TPC Group plant happened shortly after 1 a.m. and sent a plume of black smoke over Port Neches, a city of about 13,000 people east of Houston.

“We heard a loud boom and the whole house shook,” said resident Troy Monk, who lives near the plant. “My wife thought a plane had crashed.”

Jefferson County Sheriff's Office spokesman Rod Carroll said: “The fire is still burning, and we are asking residents near the plant to stay indoors as a precaution. We will update the public as soon as we know more.”

The cause of the explosion was not immediately known.

This is a developing story and will be updated."""

FLOOD = """Communities hit by flooding in South Yorkshire and the East Midlands will receive £350m in support, the Government has announced.

Around 1,200 homes have been flooded since last Thursday, according to the Environment Agency, and more than 100 flood warnings remain in place across England.

Environment Secretary Theresa Villiers said: 'Our thoughts are with everyone whose home or business has been damaged.'

The Met Office has issued a yellow weather warning for rain covering much of northern England until Friday morning.

Residents of Fishlake, near Doncaster, have been told it could be weeks before they can return home."""

STRIKE = """Train drivers at three operators will walk out for 48 hours next week after rejecting a pay offer of 4.5 per cent, the union Aslef said on Monday.

The offer is 1.5 percentage points below the current rate of retail price inflation, the union said.

'Our members have made it clear that they will not accept a real-terms pay cut,' the union said in a statement.

The Rail Delivery Group, which represents the operators, said it was 'disappointed' by the decision and urged the union to return to talks.

Passengers were advised to check before they travel."""

BRIDGE = """Updated 10:42 a.m. ET, Wed November 20, 2019

(CNN) — A section of the Interstate 95 bridge over the Mystic River will stay closed to traffic for at least two weeks after inspectors found a crack in a steel support beam, Connecticut officials said Tuesday.

About 40,000 vehicles use the bridge every day, according to the state Department of Transportation.

"We are not going to take any chances with public safety," Gov. Ned Lamont told reporters. "The bridge will reopen when the engineers tell us it's safe, and not a minute before."

Repairs are expected to cost about $2.5 million, the department said.

Drivers were advised to use Route 1 and to expect delays of up to 45 minutes at rush hour."""

SHOOTING = """WAUWATOSA, Wis. — Three people were wounded in a shooting outside a shopping mall Friday afternoon, according to police.

Police Chief Barry Weber said the gunfire appeared to stem from an argument between two groups of young men. No arrests had been made as of Friday evening.

“This was not a random act,” Weber told reporters outside the mall. “We believe the people involved knew each other.”

The mall was closed for the rest of the day. Shoppers described running for the exits as the shots rang out.

Check back for updates on this developing story."""

STANDOFF = """HOUSTON — A man who held two employees of a Houston convenience store at gunpoint for nearly four hours surrendered to police early Sunday, authorities said.

The standoff began shortly after 11 p.m. Saturday when officers responded to a report of an armed robbery at the store on Westheimer Road.

“He kept yelling, ‘Get down, get down,’” said Maria Lopez, 34, who was working the register when the man walked in.

Lopez said she managed to slip out through a back door about 20 minutes into the ordeal and flagged down a patrol car.

Neither hostage was hurt. The man, whose name was not released, faces charges of aggravated kidnapping and aggravated robbery."""

ARREST = """FRESNO, Calif. — Police have arrested a man suspected of setting a series of fires that damaged three churches in central Fresno over the past month.

Daniel Reyes, 42, of Fresno, was taken into custody Tuesday afternoon without incident, police said. He was booked on suspicion of arson.

“We believe this arrest will bring some peace of mind to the congregations that were targeted,” Police Chief Jerry Dyer said at a news conference.

Investigators linked Reyes to the fires through surveillance video and a tip from a member of the public, Dyer said.

None of the fires caused injuries."""

MIGRANTS = """MEXICO CITY (AP) — Mexican authorities said Wednesday they had found 49 migrants abandoned in a tractor-trailer on a highway in the northern state of Veracruz.

The migrants, most of them from Central America, told officials they had been locked inside the trailer for at least a day without food or water, according to the National Migration Institute.

“They were in very poor condition when our agents opened the doors,” the institute said in a statement. “Several needed medical attention.”

The driver fled before authorities arrived and was being sought, the institute said.

Mexico has come under pressure from the U.S. government to slow the flow of migrants heading north."""

BUDGET = """Fifteen people were hurt when a tour bus overturned on the A7 motorway near Hamburg on Saturday morning, police said.

The bus, carrying 48 passengers from Denmark, left the road shortly after 9 a.m. and came to rest on its side in a ditch.

Two of the injured were in serious condition, a police spokeswoman said. The motorway was closed in both directions for ten hours.

The accident comes a week after Germany's transport ministry announced a $3.5 billion programme to upgrade motorway safety barriers, which it said would cut serious crashes by 50%.

Investigators were examining the bus's tachograph to determine whether the driver had taken the required rest breaks."""

WAREHOUSE = """A fire that tore through a warehouse in an industrial area of Oakland on Thursday night was brought under control after several hours, officials said.

“The building was fully engulfed when the first crews arrived,” Fire Chief Tom Alvarez said. “We went into a defensive attack right away.”

No injuries were reported. Dozens of firefighters battled the flames, which sent a column of smoke visible across the bay.

The cause of the fire was under investigation."""

STORM = """ATHENS, Greece — The Greek government on Tuesday approved a €1.2bn aid package for areas devastated by last week's storm, which flooded towns across the island of Evia.

Households whose homes were damaged will be eligible for grants of up to €40,000, the finance ministry said.

“Nobody who lost their home will be left alone,” Prime Minister Kyriakos Mitsotakis said in a televised address.

Seven people were killed in the storm, which dumped a month's worth of rain in a few hours."""

OUTAGE = """High winds brought down power lines across the Lower Mainland on Sunday, leaving about 2,000 households without power and closing part of the Sea to Sky Highway.

The highway was closed for three hours while crews cleared fallen trees, according to the provincial transportation ministry.

“Crews are working as quickly and safely as they can,” BC Hydro spokesperson Mora Scott said.

Environment Canada said winds would ease overnight."""

EMBASSY = """The Foreign Office said on Thursday that it was in contact with the families of two British nationals detained in Iran.

Both were arrested at Tehran airport earlier this month and have been held without charge since, their families said.

'We are providing consular assistance and are in close contact with the Iranian authorities,' the Foreign Office said in a statement.

The case comes amid heightened tensions between London and Tehran."""


SYNTHETIC: list[Case] = [
    Case(
        "syn-quake-toll-words-to-digits",
        "The earthquake toll rises from at least nine to at least 14; injured from more than 70 to nearly 200.",
        [fc((9, "people"), (14, "people")), fc((70, "people"), (200, "people"))],
        text=QUAKE,
        header=QUAKE_HEAD,
        new=[
            ("killing at least nine people", "killing at least 14 people"),
            ("More than 70 people were injured", "Nearly 200 people were injured"),
        ],
    ),
    Case(
        "syn-quake-marker-removed-governor-quote",
        "A later version: toll 14 -> 18, a governor's quote (attribution before, colon) added, the developing line removed.",
        [
            fc((14, "people"), (18, "people")),
            q(
                "quote_added",
                "Kaldirim",
                None,
                "Our priority is the people still under the rubble. We will not stop until every one of them is reached.",
            ),
            MARKER_REMOVED,
        ],
        text=QUAKE.replace("at least nine people", "at least 14 people").replace(
            "More than 70 people", "Nearly 200 people"
        ),
        header=QUAKE_HEAD,
        new=[
            ("killing at least 14 people", "killing at least 18 people"),
            ("\n\nThis is a developing story. Check back for updates.", ""),
            (
                "told reporters in Elazig.",
                "told reporters in Elazig.\n\nElazig Governor Cetin Oktay Kaldirim said: “Our priority is the people still under the rubble. We will not stop until every one of them is reached.”",
            ),
        ],
    ),
    Case(
        "syn-wildfire-acres-containment",
        "Fire size revised (4,300 -> some 4,600 acres) and containment raised (5 -> 25 percent); the Updated header changes too.",
        [fc((4300, "acres"), (4600, "acres")), fc((5, "percent"), (25, "percent"))],
        text=WILDFIRE,
        header={
            "Title": "Wind-driven wildfire forces evacuations north of Los Angeles",
            "Byline": "Christopher Weber, Associated Press",
            "Published": "2019-10-24",
            "Updated": "2019-10-24T21:05:00-07:00",
        },
        new_header={"Updated": "2019-10-25T06:40:00-07:00"},
        new=[
            (
                "had burned 4,300 acres and was 5 percent contained by Thursday night",
                "had burned some 4,600 acres and was 25 percent contained by Friday morning",
            )
        ],
    ),
    Case(
        "syn-blast-injured-quote-trimmed-marker-removed",
        "Injured workers three -> eight, the sheriff's spokesman's quote loses its last sentence, the developing line goes.",
        [
            fc((3, "workers"), (8, "workers")),
            q(
                "quote_edited",
                "Carroll",
                "The fire is still burning, and we are asking residents near the plant to stay indoors as a precaution. We will update the public as soon as we know more.",
                "The fire is still burning, and we are asking residents near the plant to stay indoors as a precaution.",
            ),
            MARKER_REMOVED,
        ],
        text=BLAST,
        header={
            "Title": "Explosion rocks chemical plant in southeast Texas",
            "Byline": "Juan A. Lozano, Associated Press",
            "Published": "2019-11-27",
        },
        new=[
            ("injuring at least three workers", "injuring at least eight workers"),
            (" We will update the public as soon as we know more.”", "”"),
            ("\n\nThis is a developing story and will be updated.", ""),
        ],
    ),
    Case(
        "syn-flood-fund-pounds-single-quotes",
        "British copy: the support fund rises from £350m to £500m; a council spokeswoman is quoted in single quotes.",
        [
            fc((350e6, "pounds"), (500e6, "pounds")),
            q(
                "quote_added",
                "a Doncaster Council spokeswoman",
                None,
                "Our teams are working around the clock to help people get back into their homes.",
            ),
        ],
        text=FLOOD,
        header={
            "Title": "Flood-hit towns promised support as more rain forecast",
            "Byline": "PA Reporter",
            "Published": "2019-11-14",
        },
        new=[
            ("will receive £350m in support", "will receive £500m in support"),
            (
                "return home.",
                "return home.\n\nA Doncaster Council spokeswoman said: 'Our teams are working around the clock to help people get back into their homes.'",
            ),
        ],
    ),
    Case(
        "syn-strike-offer-points-union-quote",
        "Pay offer 4.5 -> 5 per cent, gap 1.5 -> 1 percentage point, and the union's statement (single quotes) reworded.",
        [
            fc((4.5, "percent"), (5, "percent")),
            fc((1.5, "percentage points"), (1, "percentage points")),
            q(
                "quote_edited",
                "the union",
                "Our members have made it clear that they will not accept a real-terms pay cut",
                "Our members have made it clear that they will not accept yet another real-terms pay cut",
            ),
        ],
        text=STRIKE,
        header={
            "Title": "Rail workers to strike after rejecting pay offer",
            "Published": "2019-12-02",
        },
        new=[
            ("a pay offer of 4.5 per cent", "a pay offer of 5 per cent"),
            ("The offer is 1.5 percentage points below", "The offer is 1 percentage point below"),
            (
                "will not accept a real-terms pay cut",
                "will not accept yet another real-terms pay cut",
            ),
        ],
    ),
    Case(
        "syn-neg-updated-line-and-quote-style",
        "NEGATIVE: the 'Updated 10:42 a.m.' line changes and straight quotes become curly.",
        [],
        text=BRIDGE,
        header={
            "Title": "I-95 bridge in Connecticut closed after crack found in support beam",
            "Byline": "Eric Levenson, CNN",
            "Published": "2019-11-19",
        },
        new=[
            (
                "Updated 10:42 a.m. ET, Wed November 20, 2019",
                "Updated 1:15 p.m. ET, Wed November 20, 2019",
            ),
            (
                '"We are not going to take any chances with public safety,"',
                "“We are not going to take any chances with public safety,”",
            ),
            (
                '"The bridge will reopen when the engineers tell us it\'s safe, and not a minute before."',
                "“The bridge will reopen when the engineers tell us it’s safe, and not a minute before.”",
            ),
        ],
    ),
    Case(
        "syn-shooting-wounded-mayor-post-on-x",
        "Wounded count three -> five ('according to police'); the mayor's post on X is quoted.",
        [
            fc((3, "people"), (5, "people")),
            q(
                "quote_added",
                "McBride",
                None,
                "Our hearts go out to the victims and their families, and to every shopper who lived through this",
            ),
        ],
        text=SHOOTING,
        header={
            "Title": "Several wounded in shooting outside Wauwatosa mall",
            "Published": "2020-02-07",
        },
        new=[
            ("Three people were wounded in a shooting", "Five people were wounded in a shooting"),
            (
                "knew each other.”",
                "knew each other.”\n\n“Our hearts go out to the victims and their families, and to every shopper who lived through this,” Mayor Dennis McBride wrote on X.",
            ),
        ],
    ),
    Case(
        "syn-standoff-nested-quote-extended",
        "A witness quote containing a nested quote is extended.",
        [
            q(
                "quote_edited",
                "Lopez",
                "He kept yelling, ‘Get down, get down,’",
                "He kept yelling, ‘Get down, get down,’ and then it all went quiet",
            )
        ],
        text=STANDOFF,
        header={
            "Title": "Man surrenders after holding store clerks at gunpoint",
            "Published": "2019-11-17",
        },
        new=[
            (
                "“He kept yelling, ‘Get down, get down,’” said Maria Lopez",
                "“He kept yelling, ‘Get down, get down,’ and then it all went quiet,” said Maria Lopez",
            )
        ],
    ),
    Case(
        "syn-arrest-age-correction",
        "The suspect's age is corrected from 42 to 46 and a correction note is appended.",
        [
            fc((42, "years"), (46, "years")),
            correction(
                "Correction: A previous version of this story gave an incorrect age for Daniel Reyes."
            ),
        ],
        text=ARREST,
        header={"Title": "Arrest made in string of Fresno church fires", "Published": "2019-11-12"},
        new=[
            ("Daniel Reyes, 42, of Fresno", "Daniel Reyes, 46, of Fresno"),
            (
                "<<END>>",
                "Correction: A previous version of this story gave an incorrect age for Daniel Reyes.",
            ),
        ],
    ),
    Case(
        "syn-migrants-byline-named",
        "The agency byline gets the reporters' names; a contributor line is added at the end.",
        [byline("Associated Press", "Maria Verza and Mark Stevenson, Associated Press")],
        text=MIGRANTS,
        header={
            "Title": "Mexico finds 49 migrants abandoned in trailer",
            "Byline": "Associated Press",
            "Published": "2019-11-20",
        },
        new_header={"Byline": "Maria Verza and Mark Stevenson, Associated Press"},
        new=[
            ("<<END>>", "Associated Press writer Christopher Sherman contributed to this report.")
        ],
    ),
    Case(
        "syn-neg-number-formats",
        "NEGATIVE: 'Fifteen' -> '15', 'ten hours' -> '10 hours', '$3.5 billion' -> '3.5 billion dollars', '50%' -> '50 per cent', and two paragraphs swap.",
        [],
        text=BUDGET,
        header={"Title": "Tour bus overturns on German motorway", "Published": "2019-11-16"},
        new=[
            ("Fifteen people were hurt", "15 people were hurt"),
            ("for ten hours.", "for 10 hours."),
            ("a $3.5 billion programme", "a 3.5 billion dollar programme"),
            ("by 50%.", "by 50 per cent."),
            (
                "Two of the injured were in serious condition, a police spokeswoman said. The motorway was closed in both directions for 10 hours.\n\nThe accident comes",
                "The accident comes",
            ),
            (
                "rest breaks.",
                "rest breaks.\n\nTwo of the injured were in serious condition, a police spokeswoman said. The motorway was closed in both directions for 10 hours.",
            ),
        ],
    ),
    Case(
        "syn-warehouse-quote-reattributed",
        "The fire chief's split quote is re-attributed to the deputy chief.",
        [
            q(
                "quote_reattributed",
                "Grant",
                "The building was fully engulfed when the first crews arrived. We went into a defensive attack right away.",
                "The building was fully engulfed when the first crews arrived. We went into a defensive attack right away.",
                old_speaker="Alvarez",
            )
        ],
        text=WAREHOUSE,
        header={"Title": "Fire destroys Oakland warehouse", "Published": "2019-11-21"},
        new=[("Fire Chief Tom Alvarez said.", "Deputy Fire Chief Lisa Grant said.")],
    ),
    Case(
        "syn-storm-aid-euros",
        "The aid package rises from €1.2bn to €1.5bn and household grants from €40,000 to €50,000.",
        [fc((1.2e9, "euros"), (1.5e9, "euros")), fc((40000, "euros"), (50000, "euros"))],
        text=STORM,
        header={"Title": "Greece approves aid for storm-hit Evia", "Published": "2020-08-11"},
        new=[
            ("approved a €1.2bn aid package", "approved a €1.5bn aid package"),
            ("grants of up to €40,000", "grants of up to €50,000"),
        ],
    ),
    Case(
        "syn-outage-duration-and-households",
        "Outage revised: about 2,000 -> some 3,500 households; closure three -> nearly five hours.",
        [fc((2000, "households"), (3500, "households")), fc((3, "hours"), (5, "hours"))],
        text=OUTAGE,
        header={
            "Title": "Windstorm knocks out power, closes Sea to Sky Highway",
            "Published": "2019-12-15",
        },
        new=[
            (
                "leaving about 2,000 households without power",
                "leaving some 3,500 households without power",
            ),
            ("closed for three hours", "closed for nearly five hours"),
        ],
    ),
    Case(
        "syn-detained-more-to-follow-statement-edited",
        "A 'More to follow' line is appended and the Foreign Office statement (single quotes) is extended.",
        [
            MARKER_ADDED,
            q(
                "quote_edited",
                "the Foreign Office",
                "We are providing consular assistance and are in close contact with the Iranian authorities",
                "We are providing consular assistance to both families and are in close contact with the Iranian authorities",
            ),
        ],
        text=EMBASSY,
        header={
            "Title": "Two Britons detained in Iran, Foreign Office says",
            "Published": "2019-11-21",
        },
        new=[
            (
                "providing consular assistance and",
                "providing consular assistance to both families and",
            ),
            ("<<END>>", "More to follow."),
        ],
    ),
    Case(
        "syn-neg-quote-attribution-moved-before",
        "NEGATIVE: the mayor's quote attribution moves before the quote and a paragraph is merged.",
        [],
        text=SHOOTING,
        header={
            "Title": "Several wounded in shooting outside Wauwatosa mall",
            "Published": "2020-02-07",
        },
        new=[
            (
                "“This was not a random act,” Weber told reporters outside the mall. “We believe the people involved knew each other.”",
                "Weber told reporters outside the mall: “This was not a random act. We believe the people involved knew each other.”",
            ),
            (
                "No arrests had been made as of Friday evening.\n\nWeber told",
                "No arrests had been made as of Friday evening. Weber told",
            ),
        ],
    ),
]

CASES: list[Case] = [*REAL, *HTML, *SYNTHETIC]


def main(argv: Sequence[str]) -> int:
    """Regenerate every case folder under tests/data/heldout3."""
    return regenerate(CASES, OUT, "h3")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
