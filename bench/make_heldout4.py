# ruff: noqa: E501  (the case tables quote real article text; splitting it would hide the edits)
"""Generate the fourth held-out labelled revision corpus, tests/data/heldout4/ (python bench/make_heldout4.py).

Built independently of the detection code and of the earlier corpora (tests/data/revisions,
heldout, heldout2, heldout3): every real case starts from an article of the extraction benchmark
(/work/shared/corpus/aeb) that those corpora do not use, applies by hand the edits a newsroom
makes to a developing story, and labels the expected changes by hand. Some cases are
synthetic wire copy, for tolls, markers and attributions the remaining benchmark articles
(mostly features, reviews and blog posts) do not carry.

Each edit is a (find, replace) pair on the rendered old or new document; `find` must occur
exactly once in plain text (in HTML every copy of the sentence on the page is replaced, as a
CMS would do), so a typo in this table fails loudly instead of producing a silent non-edit.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "heldout4"

from heldout_kit import (  # noqa: E402  (bench/ is on sys.path when run)
    MARKER_ADDED,
    MARKER_REMOVED,
    Case,
    Edit,
    correction,
    curly_quotes,
    f,
    fc,
    fv,
    headline,
    q,
    regenerate,
    straight_quotes,
)


def typewriter(text: str) -> str:
    """Straight quotes, em dashes as double hyphens, two spaces after full stops (an old CMS)."""
    text = straight_quotes(text).replace(" — ", " -- ").replace("—", "--")
    return re.sub(r"\. (?=[A-Z])", ".  ", text)


# --- sources (aeb key prefixes) -----------------------------------------------------------------

WI = "d48aeb9cf2"  # Wired: Instagram business accounts
WI_HEAD = {
    "Title": "Instagram Is Quietly Nudging Users Toward Business Accounts",
    "Byline": "Louise Matsakis",
    "Published": "2019-11-15",
}
QM = "bdb56ac835"  # Quanta: tuft cells
QM_PARAS = list(range(37))  # 37 is a correction note, 38 a reprint line (used by cases below)
QM_HEAD = {
    "Title": "Tuft Cells That Taste Danger Set Off Immune Responses",
    "Published": "2019-11-15",
}
BI = "f81c6c05d9"  # Business Insider: how to retire early
BI_PARAS = list(range(1, 43))  # 0 is a bullet summary
BI_HEAD = {
    "Title": "How to retire early, according to people who did it",
    "Published": "2019-11-18",
}
MY = "dfd43bc0d4"  # my6sense: native ad units research
MY_HEAD = {
    "Title": "Research shows a mix of native ad units generates the highest engagement",
    "Published": "2018-02-15",
}
WC = "e100c9612a"  # wccftech: Stadia resolution
WC_HEAD = {
    "Title": "Stadia runs Destiny 2 at 1080p medium settings, RDR2 at 1440p",
    "Published": "2019-11-18",
}
MS = "aade2ec8d1"  # mspoweruser: Stadia RDR2 frame rate
MS_HEAD = {
    "Title": "Google Stadia’s Red Dead Redemption 2 port doesn’t run at a stable 60fps",
    "Published": "2019-11-18",
}
CB = "9a440270bf"  # CBS Sports: Euro 2020 qualifying
CB_HEAD = {
    "Title": "Euro 2020 qualifying: Tracking every team to clinch a spot",
    "Published": "2019-11-19",
}
NR = "f5c90a6d52"  # National Review: Schiff column
NR_HEAD = {"Title": "Adam Schiff Is Working against the Clock", "Published": "2019-11-19"}
TT = "fde930b018"  # Business Insider: 10 things in tech
TT_HEAD = {"Title": "10 things in tech you need to know today", "Published": "2019-11-19"}


def move(para: str, after: str) -> list[Edit]:
    """Edits moving paragraph `para` (unchanged) to just after the paragraph ending with `after`."""
    return [(para + "\n\n", ""), (after, after + "\n\n" + para)]


REAL: list[Case] = [
    # --- Wired (Instagram) ---------------------------------------------------------------------
    Case(
        "wi-minga-stunned-quote-trimmed",
        "The end of Minga's first quote ('even without posting for several months') is cut.",
        [
            q(
                "quote_edited",
                "Minga",
                "I was stunned just to see how many people visited my profile even without posting for several months",
                "I was stunned just to see how many people visited my profile",
            )
        ],
        WI,
        None,
        WI_HEAD,
        new=[
            (
                "visited my profile even without posting for several months,” said Joseph Minga",
                "visited my profile,” said Joseph Minga",
            )
        ],
    ),
    Case(
        "wi-minga-followers-revised",
        "Minga's follower count is revised from around 1,500 to around 1,700.",
        [fc((1500, "followers"), (1700, "followers"))],
        WI,
        None,
        WI_HEAD,
        new=[("out of around 1,500 followers", "out of around 1,700 followers")],
    ),
    Case(
        "wi-profile-views-range-upper-end",
        "The upper end of the weekly profile-view range goes from 100 to 120 people.",
        [fc((100, "people"), (120, "people"))],
        WI,
        None,
        WI_HEAD,
        new=[
            ("around 75 to 100 people view his profile", "around 75 to 120 people view his profile")
        ],
    ),
    Case(
        "wi-business-accounts-updated",
        "Monthly active businesses are updated from 140 million to 200 million.",
        [fc((140e6, "businesses"), (200e6, "businesses"))],
        WI,
        None,
        WI_HEAD,
        new=[
            ("There are now 140 million monthly active", "There are now 200 million monthly active")
        ],
    ),
    Case(
        "wi-neg-lino-pronoun-named",
        "NEGATIVE: 'they said in an email' after Kym Lino is replaced by 'Lino said in an email'.",
        [],
        WI,
        None,
        WI_HEAD,
        new=[
            ("like analytics,” they said in an email.", "like analytics,” Lino said in an email.")
        ],
    ),
    Case(
        "wi-contact-quote-reattributed-to-mosseri",
        "The statement on contact information is re-attributed from Lino to Mosseri.",
        [
            q(
                "quote_reattributed",
                "Mosseri",
                "Businesses and creators are clearly informed in the sign-up or conversion flow that the contact information they would like to make public to help people contact them will be displayed",
                "Businesses and creators are clearly informed in the sign-up or conversion flow that the contact information they would like to make public to help people contact them will be displayed",
                old_speaker="Lino",
            )
        ],
        WI,
        None,
        WI_HEAD,
        new=[("will be displayed,” Lino said.", "will be displayed,” Mosseri said.")],
    ),
    Case(
        "wi-stier-quote-extended",
        "Stier's 'broken' quote gains a clause at the end.",
        [
            q(
                "quote_edited",
                "Stier",
                "This thing is broken, like completely broken, in terms of a way of classifying and identifying what kind of an entity you are",
                "This thing is broken, like completely broken, in terms of a way of classifying and identifying what kind of an entity you are and what data you get to see",
            )
        ],
        WI,
        None,
        WI_HEAD,
        new=[
            (
                "what kind of an entity you are,” he says.",
                "what kind of an entity you are and what data you get to see,” he says.",
            )
        ],
    ),
    Case(
        "wi-stier-quote-removed",
        "The sentence with Stier's 'broken' quote is removed.",
        [
            q(
                "quote_removed",
                "Stier",
                "This thing is broken, like completely broken, in terms of a way of classifying and identifying what kind of an entity you are",
                None,
            )
        ],
        WI,
        None,
        WI_HEAD,
        new=[
            (
                " “This thing is broken, like completely broken, in terms of a way of classifying and identifying what kind of an entity you are,” he says.",
                "",
            )
        ],
    ),
    Case(
        "wi-tjernlund-second-piece-reworded",
        "The second piece of Tjernlund's split quote is reworded.",
        [
            q(
                "quote_edited",
                "Tjernlund",
                "It’s like wholesome content, that’s normal, and a cool image and background, and someone following me was like nah, not for me dog",
                "It was wholesome content, totally normal, a cool image and background, and someone following me was like nah, not for me dog",
            )
        ],
        WI,
        None,
        WI_HEAD,
        new=[
            (
                "“It’s like wholesome content, that’s normal, and a cool image",
                "“It was wholesome content, totally normal, a cool image",
            )
        ],
    ),
    Case(
        "wi-neg-minga-paragraph-moved",
        "NEGATIVE: Minga's stage-fright paragraph moves up, before the Tjernlund paragraph.",
        [],
        WI,
        None,
        WI_HEAD,
        new=move(
            "Even though Instagram’s professional analytics are extremely granular, they’re still anonymized, and can’t account for the reason why someone took a specific action. That makes it easy to agonize about what you don't know. “Since I have seen some of the extra data, I will question why I lost 14 followers in a week where I did not post anything at all. I don’t post as often anymore,” said Minga. “I think I have some sort of social media stage fright. Seeing that people were forwarding my posts to others via DM made me feel insecure.”",
            "could I have a cyberstalker? ”",
        ),
    ),
    Case(
        "wi-neg-mosseri-narration-reworded",
        "NEGATIVE: the narration around Mosseri's 'less pressurized' quote is reworded; the quote is unchanged.",
        [],
        WI,
        None,
        WI_HEAD,
        new=[
            (
                "abandoning likes allowed Mosseri to claim that Instagram wants to be",
                "dropping likes has let Mosseri argue that Instagram wants to be",
            )
        ],
    ),
    Case(
        "wi-neg-read-more-line",
        "NEGATIVE: a 'READ MORE' link line and a photo caption are inserted between paragraphs.",
        [],
        WI,
        None,
        WI_HEAD,
        new=[
            (
                "Unsurprisingly, opening a business account is also a gateway to buying ads.",
                "Unsurprisingly, opening a business account is also a gateway to buying ads.\n\nREAD MORE: The WIRED Guide to Instagram",
            ),
            ("It was eye-opening.", "It was eye-opening.\n\nPhotograph: Getty Images"),
        ],
    ),
    Case(
        "wi-shah-quote-added",
        "A closing paragraph quotes a new speaker, Instagram product head Vishal Shah.",
        [
            q(
                "quote_added",
                "Shah",
                None,
                "We want people to feel in control of what they share and what they see about themselves",
            )
        ],
        WI,
        None,
        WI_HEAD,
        new=[
            (
                "<<END>>",
                "“We want people to feel in control of what they share and what they see about themselves,” Vishal Shah, Instagram’s head of product, said in a statement Friday.",
            )
        ],
    ),
    Case(
        "wi-stories-figure-added",
        "A new paragraph adds a figure: more than 500 million accounts use Stories daily.",
        [f("figure_added", None, (500e6, "accounts"))],
        WI,
        None,
        WI_HEAD,
        new=[
            (
                "the times of day they’re active on the platform.",
                "the times of day they’re active on the platform.\n\nThe stakes are high: more than 500 million accounts use Instagram Stories every day, according to the company.",
            )
        ],
    ),
    Case(
        "wi-profile-visitors-revised",
        "The author's weekly profile visitors are revised from 46 to 52 people.",
        [fc((46, "people"), (52, "people"))],
        WI,
        None,
        WI_HEAD,
        new=[("And I found out 46 people", "And I found out 52 people")],
    ),
    Case(
        "wi-headline-changed",
        "Only the headline is rewritten.",
        [
            headline(
                "Instagram Is Quietly Nudging Users Toward Business Accounts",
                "Instagram Wants You to Run Your Profile Like a Business",
            )
        ],
        WI,
        None,
        WI_HEAD,
        new_header={"Title": "Instagram Wants You to Run Your Profile Like a Business"},
    ),
    Case(
        "wi-countries-correction",
        "A country is dropped from the list of test markets and a correction note is appended.",
        [
            correction(
                "Correction, 11/15/2019, 5:10 PM: An earlier version of this story incorrectly included Ireland among the countries where Instagram has tested hiding likes."
            )
        ],
        WI,
        None,
        WI_HEAD,
        new=[
            ("Italy, Canada, Ireland, Japan,", "Italy, Canada, Japan,"),
            (
                "<<END>>",
                "Correction, 11/15/2019, 5:10 PM: An earlier version of this story incorrectly included Ireland among the countries where Instagram has tested hiding likes.",
            ),
        ],
    ),
    # --- Quanta (tuft cells) -------------------------------------------------------------------
    Case(
        "qm-pluznick-quote-reworded",
        "One word of Pluznick's 'very encouraging' quote changes.",
        [
            q(
                "quote_edited",
                "Pluznick",
                "Other labs finding similar things in other tissues was both very encouraging and very exciting",
                "Other labs finding similar things in other tissues was both very reassuring and very exciting",
            )
        ],
        QM,
        QM_PARAS,
        QM_HEAD,
        new=[
            (
                "was both very encouraging and very exciting",
                "was both very reassuring and very exciting",
            )
        ],
    ),
    Case(
        "qm-protozoa-quote-reattributed",
        "The 'We weren’t looking for protozoa' quote is re-attributed from Howitt to Garrett.",
        [
            q(
                "quote_reattributed",
                "Garrett",
                "We weren’t looking for protozoa. We were focused on bacteria.",
                "We weren’t looking for protozoa. We were focused on bacteria.",
                old_speaker="Howitt",
            )
        ],
        QM,
        QM_PARAS,
        QM_HEAD,
        new=[
            (
                "“We weren’t looking for protozoa,” Howitt said.",
                "“We weren’t looking for protozoa,” Garrett said.",
            )
        ],
    ),
    Case(
        "qm-vaughan-quote-extended",
        "Vaughan's 'Sure enough' quote is extended.",
        [
            q(
                "quote_edited",
                "Vaughan",
                "Sure enough, they were all over the place",
                "Sure enough, they were all over the place, in every severely infected mouse we looked at",
            )
        ],
        QM,
        QM_PARAS,
        QM_HEAD,
        new=[
            (
                "“Sure enough, they were all over the place,” Vaughan said.",
                "“Sure enough, they were all over the place, in every severely infected mouse we looked at,” Vaughan said.",
            )
        ],
    ),
    Case(
        "qm-locksley-pronoun-quote-removed",
        "The one-line paragraph quoting Locksley ('he said') is removed.",
        [
            q(
                "quote_removed",
                "Locksley",
                "Even textbooks of [gastrointestinal] medicine had no idea what these cells did",
                None,
            )
        ],
        QM,
        QM_PARAS,
        QM_HEAD,
        new=[
            (
                "“Even textbooks of [gastrointestinal] medicine had no idea what these cells did,” he said.\n\n",
                "",
            )
        ],
    ),
    Case(
        "qm-tuft-share-figure-added",
        "A new paragraph adds a figure: tuft cells are less than 1 percent of intestinal lining cells.",
        [f("figure_added", None, (1, "percent"))],
        QM,
        QM_PARAS,
        QM_HEAD,
        new=[
            (
                "A Job for Tuft Cells\n\n",
                "A Job for Tuft Cells\n\nTuft cells are scarce: in a healthy mouse gut they make up less than 1 percent of the cells lining the intestine.\n\n",
            )
        ],
    ),
    Case(
        "qm-baldridge-quote-trimmed",
        "'kind of' and 'even' are cut from Baldridge's quote.",
        [
            q(
                "quote_edited",
                "Baldridge",
                "people just kind of ignored them or didn’t even realize that they were there",
                "people just ignored them or didn’t realize that they were there",
            )
        ],
        QM,
        QM_PARAS,
        QM_HEAD,
        new=[
            (
                "“people just kind of ignored them or didn’t even realize that they were there,”",
                "“people just ignored them or didn’t realize that they were there,”",
            )
        ],
    ),
    Case(
        "qm-herbert-smoke-detector-quote-added",
        "A new quote from an existing speaker, Herbert, follows his 'bam!' quote.",
        [
            q(
                "quote_added",
                "Herbert",
                None,
                "It’s a bit like a smoke detector that never switches off",
            )
        ],
        QM,
        QM_PARAS,
        QM_HEAD,
        new=[
            (
                "make a response if something is wrong.”",
                "make a response if something is wrong.”\n\n“It’s a bit like a smoke detector that never switches off,” Herbert said.",
            )
        ],
    ),
    Case(
        "qm-neg-pluznick-paragraph-moved",
        "NEGATIVE: the Liverpool paragraph moves ahead of Pluznick's 'Come on' quote paragraph; nothing else changes.",
        [],
        QM,
        QM_PARAS,
        QM_HEAD,
        new=[
            (
                "“I think I even famously said something to my postdoc adviser, like, ‘I don’t even know that I can trust this data, you know?’” Pluznick recalled. “Olfactory receptors in the kidney? Come on.”\n\n",
                "",
            ),
            (
                "might use a taste receptor to monitor the food it was digesting.",
                "might use a taste receptor to monitor the food it was digesting.\n\n“I think I even famously said something to my postdoc adviser, like, ‘I don’t even know that I can trust this data, you know?’” Pluznick recalled. “Olfactory receptors in the kidney? Come on.”",
            ),
        ],
    ),
    Case(
        "qm-neg-subheads-dropped",
        "NEGATIVE: the two section subheads are dropped.",
        [],
        QM,
        QM_PARAS,
        QM_HEAD,
        new=[("Not Merely Taste and Smell Receptors\n\n", ""), ("A Job for Tuft Cells\n\n", "")],
    ),
    Case(
        "qm-correction-added",
        "The real correction note about the photo caption is appended.",
        [
            correction(
                "Correction added Nov. 18, 2019: The caption below the photograph of Herbert originally made an unconfirmed statement that he was the first to observe the tuft cells in the infected lungs of the mice."
            )
        ],
        QM,
        QM_PARAS,
        QM_HEAD,
        new=[
            (
                "<<END>>",
                "Correction added Nov. 18, 2019: The caption below the photograph of Herbert originally made an unconfirmed statement that he was the first to observe the tuft cells in the infected lungs of the mice.",
            )
        ],
    ),
    Case(
        "qm-neg-reprint-line",
        "NEGATIVE: a 'This article was reprinted on Wired.com.' line is appended.",
        [],
        QM,
        QM_PARAS,
        QM_HEAD,
        new=[("<<END>>", "This article was reprinted on Wired.com.")],
    ),
    Case(
        "qm-neg-narration-sentence-edited",
        "NEGATIVE: a narration sentence without quotes or figures is reworded.",
        [],
        QM,
        QM_PARAS,
        QM_HEAD,
        new=[
            (
                "Howitt ordered another set of similarly pathogen-free mice from a different breeding facility",
                "Howitt obtained a second batch of pathogen-free mice from another supplier",
            )
        ],
    ),
    Case(
        "qm-herbert-bam-quote-reworded",
        "The second sentence of Herbert's 'bam!' quote is reworded.",
        [
            q(
                "quote_edited",
                "Herbert",
                "Once some of those metabolic products go out of whack … bam! Tuft cells can recognize it and make a response if something is wrong.",
                "Once some of those metabolic products go out of whack … bam! Tuft cells can sense it and mount a response if something is wrong.",
            )
        ],
        QM,
        QM_PARAS,
        QM_HEAD,
        new=[
            (
                "Tuft cells can recognize it and make a response",
                "Tuft cells can sense it and mount a response",
            )
        ],
    ),
    # --- Business Insider (retire early) ------------------------------------------------------
    Case(
        "bi-neg-smart-quotes",
        "NEGATIVE: the article's straight quotes and apostrophes are turned into curly ones.",
        [],
        BI,
        BI_PARAS,
        BI_HEAD,
        new_transform=curly_quotes,
    ),
    Case(
        "bi-dahleen-age-corrected",
        "Dahleen's retirement age is corrected from 43 to 42.",
        [fc((43, "years"), (42, "years"))],
        BI,
        BI_PARAS,
        BI_HEAD,
        new=[("retired from anesthesiology at age 43", "retired from anesthesiology at age 42")],
    ),
    Case(
        "bi-fire-spending-revised",
        "Average household spending for regular FIRE goes from around $60,000 to around $63,000 a year.",
        [fc((60000, "dollars"), (63000, "dollars"))],
        BI,
        BI_PARAS,
        BI_HEAD,
        new=[("around $60,000 a year", "around $63,000 a year")],
    ),
    Case(
        "bi-401k-limit-updated",
        "The 401(k) limit is updated for 2020 ($19,000 -> $19,500); the IRA limit is unchanged.",
        [fc((19000, "dollars"), (19500, "dollars"))],
        BI,
        BI_PARAS,
        BI_HEAD,
        new=[
            (
                "In 2019, you can contribute up to $19,000 pretax",
                "In 2020, you can contribute up to $19,500 pretax",
            )
        ],
    ),
    Case(
        "bi-dahleen-split-quote-edited",
        "The second piece of Dahleen's split quote ('a matter of hours') is reworded.",
        [
            q(
                "quote_edited",
                "Dahleen",
                "First, you should calculate your net worth. This can be done in a matter of hours.",
                "First, you should calculate your net worth. This can usually be done in an afternoon.",
            )
        ],
        BI,
        BI_PARAS,
        BI_HEAD,
        new=[
            ("This can be done in a matter of hours.", "This can usually be done in an afternoon.")
        ],
    ),
    Case(
        "bi-tommy-quote-removed",
        "The paragraph quoting Tommy's blog post is removed.",
        [
            q(
                "quote_removed",
                "Tommy",
                "So much of our having a great retirement is mental. Being mortgage free certainly adds another level of mental freedom",
                None,
            )
        ],
        BI,
        BI_PARAS,
        BI_HEAD,
        new=[
            (
                '"So much of our having a great retirement is mental. Being mortgage free certainly adds another level of mental freedom," he wrote.\n\n',
                "",
            )
        ],
    ),
    Case(
        "bi-sabatier-fragment-reworded",
        "Sabatier's quoted fragment on passive income is reworded.",
        [
            q(
                "quote_edited",
                "Sabatier",
                "gives you more flexibility and potentially the opportunity to reach financial independence very quickly",
                "gives you more freedom and potentially the chance to reach financial independence much sooner",
            )
        ],
        BI,
        BI_PARAS,
        BI_HEAD,
        new=[
            (
                "gives you more flexibility and potentially the opportunity to reach financial independence very quickly",
                "gives you more freedom and potentially the chance to reach financial independence much sooner",
            )
        ],
    ),
    Case(
        "bi-adcock-quote-reattributed",
        "The closing 'Sacrifice is necessary' quote is re-attributed from Steve Adcock to Grant Sabatier.",
        [
            q(
                "quote_reattributed",
                "Sabatier",
                "Sacrifice is necessary to retire early, but it's not all we do, either. It is important to treat and reward ourselves along the way by celebrating those smaller achievements.",
                "Sacrifice is necessary to retire early, but it's not all we do, either. It is important to treat and reward ourselves along the way by celebrating those smaller achievements.",
                old_speaker="Adcock",
            )
        ],
        BI,
        BI_PARAS,
        BI_HEAD,
        new=[
            (
                "As early retiree Steve Adcock wrote on his blog Think, Save, Retire,",
                "As Grant Sabatier wrote in his book,",
            )
        ],
    ),
    Case(
        "bi-neg-thousands-separators",
        "NEGATIVE: thousands separators are dropped ('$60,000' -> '$60000', '$19,000' -> '$19000', '$6,000' -> '$6000').",
        [],
        BI,
        BI_PARAS,
        BI_HEAD,
        new=[("$60,000", "$60000"), ("$19,000", "$19000"), ("$6,000", "$6000")],
    ),
    Case(
        "bi-dahleen-spending-quote-added",
        "A new quote from Dahleen (an existing speaker) follows his spending quote.",
        [
            q(
                "quote_added",
                "Dahleen",
                None,
                "Most people are surprised by how much they actually spend once they write it all down",
            )
        ],
        BI,
        BI_PARAS,
        BI_HEAD,
        new=[
            (
                'actually goes out the door every year."',
                'actually goes out the door every year."\n\n"Most people are surprised by how much they actually spend once they write it all down," Dahleen said.',
            )
        ],
    ),
    Case(
        "bi-neg-step-numbers-dropped",
        "NEGATIVE: the numbers are dropped from the eleven step subheads ('1. Define early retirement' -> 'Define early retirement').",
        [],
        BI,
        BI_PARAS,
        BI_HEAD,
        new_transform=lambda text: re.sub(r"(?m)^\d+\. ", "", text),
    ),
    Case(
        "bi-tommy-retirement-age",
        "Tommy's retirement age goes from 51 to 50 ('nearly 10 years ago' is unchanged).",
        [fc((51, "years"), (50, "years"))],
        BI,
        BI_PARAS,
        BI_HEAD,
        new=[("retired nearly 10 years ago at age 51", "retired nearly 10 years ago at age 50")],
    ),
    # --- my6sense (native ads) ----------------------------------------------------------------
    Case(
        "my-unit-shares-revised",
        "Two of the unit shares are revised: recommendation widgets 38% -> 40%, textual/custom 7% -> 5%.",
        [fc((38, "percent"), (40, "percent")), fc((7, "percent"), (5, "percent"))],
        MY,
        None,
        MY_HEAD,
        new=[
            ("native ad units (38%)", "native ad units (40%)"),
            ("custom designs (7%)", "custom designs (5%)"),
        ],
    ),
    Case(
        "my-rubinstain-quote-reworded",
        "Two words of the CEO's quote change ('to achieve peak performance' -> 'to reach top form').",
        [
            q(
                "quote_edited",
                "Rubinstain",
                "In the same way Olympic champions utilize a broad range of training activities to achieve peak performance, my6sense marketers achieving the highest engagement rates and publishers generate the greatest revenue by running all three native ad units in parallel – recommendation widgets, in-feed and in-ad",
                "In the same way Olympic champions utilize a broad range of training activities to reach top form, my6sense marketers achieving the highest engagement rates and publishers generate the greatest revenue by running all three native ad units in parallel – recommendation widgets, in-feed and in-ad",
            )
        ],
        MY,
        None,
        MY_HEAD,
        new=[
            (
                "training activities to achieve peak performance",
                "training activities to reach top form",
            )
        ],
    ),
    Case(
        "my-neg-percent-spelled-out",
        "NEGATIVE: '20%' and '30%' are written '20 percent' and '30 percent'.",
        [],
        MY,
        None,
        MY_HEAD,
        new=[
            ("20% less profitable", "20 percent less profitable"),
            ("30% lower", "30 percent lower"),
        ],
    ),
    Case(
        "my-sample-period-revised",
        "The analysis period is revised from the last 6 months of 2017 to the last 9 months.",
        [fc((6, "months"), (9, "months"))],
        MY,
        None,
        MY_HEAD,
        new=[("in the last 6 months of 2017", "in the last 9 months of 2017")],
    ),
    Case(
        "my-neg-dateline-restyled",
        "NEGATIVE: the press-release dateline is restyled with the date and wire tag.",
        [],
        MY,
        None,
        MY_HEAD,
        new=[("New York, NY – The range", "NEW YORK, Feb. 15, 2018 /PRNewswire/ -- The range")],
    ),
    Case(
        "my-cohen-quote-added",
        "A quote from a new speaker, a marketing VP, is added after the CEO's.",
        [
            q(
                "quote_added",
                "Cohen",
                None,
                "Publishers keep telling us they want one partner for every native format, not three",
            )
        ],
        MY,
        None,
        MY_HEAD,
        new=[
            (
                "in-feed and in-ad,” said Avinoam Rubinstain, CEO & founder, my6sense.",
                "in-feed and in-ad,” said Avinoam Rubinstain, CEO & founder, my6sense.\n\n“Publishers keep telling us they want one partner for every native format, not three,” said Rachel Cohen, VP of marketing at my6sense.",
            )
        ],
    ),
    # --- wccftech, mspoweruser, CBS, National Review, BI tech ---------------------------------
    Case(
        "wc-launch-countries-revised",
        "Stadia's launch countries go from 14 to 15 (Portugal added to the list).",
        [fc((14, "countries"), (15, "countries"))],
        WC,
        None,
        WC_HEAD,
        new=[
            ("in 14 countries", "in 15 countries"),
            ("Norway, and Finland.", "Norway, Finland, and Portugal."),
        ],
    ),
    Case(
        "wc-neg-tomorrow-today",
        "NEGATIVE: 'launches tomorrow' becomes 'launches today' on launch day (dates are not figures).",
        [],
        WC,
        None,
        WC_HEAD,
        new=[
            (
                "Google Stadia launches tomorrow and early review are",
                "Google Stadia launches today and early reviews are",
            ),
            ("launch tomorrow (November 19)", "launch today (November 19)"),
        ],
    ),
    Case(
        "ms-headline-changed",
        "Only the headline is rewritten.",
        [
            headline(
                "Google Stadia’s Red Dead Redemption 2 port doesn’t run at a stable 60fps",
                "Red Dead Redemption 2 struggles to hold a steady frame rate on Stadia",
            )
        ],
        MS,
        None,
        MS_HEAD,
        new_header={
            "Title": "Red Dead Redemption 2 struggles to hold a steady frame rate on Stadia"
        },
    ),
    Case(
        "ms-neg-fps-spacing",
        "NEGATIVE: '30fps' and '60fps' get a space ('30 fps') in the body.",
        [],
        MS,
        None,
        MS_HEAD,
        new_transform=lambda text: (
            text.split("\n\n", 1)[0]
            + "\n\n"
            + re.sub(r"(\d)fps", r"\1 fps", text.split("\n\n", 1)[1])
        ),
    ),
    Case(
        "cb-portugal-chances-revised",
        "Portugal's chances in the qualifier are revised from four to six.",
        [fc((4, "chances"), (6, "chances"))],
        CB,
        None,
        CB_HEAD,
        new=[("converted half of its four chances", "converted half of its six chances")],
    ),
    Case(
        "cb-neg-score-dashes",
        "NEGATIVE: scores are restyled with en dashes ('2-0' -> '2–0') in the lede.",
        [],
        CB,
        None,
        CB_HEAD,
        new=[("Wales beat Hungary 2-0", "Wales beat Hungary 2–0")],
    ),
    Case(
        "nr-mueller-cost-revised",
        "The cost of the Mueller probe is revised from $35 million to $32 million.",
        [fc((35e6, "dollars"), (32e6, "dollars"))],
        NR,
        None,
        NR_HEAD,
        new=[("and $35 million later", "and $32 million later")],
    ),
    Case(
        "nr-negative-coverage-share",
        "The share of negative coverage is revised from 90 percent to 92 percent.",
        [fc((90, "percent"), (92, "percent"))],
        NR,
        None,
        NR_HEAD,
        new=[
            ("with 90 percent negative media coverage", "with 92 percent negative media coverage")
        ],
    ),
    Case(
        "nr-neg-hyphenation",
        "NEGATIVE: hyphenation restyled ('long-drawn-out', 'bought-and-paid-for', 'Day-by-day').",
        [],
        NR,
        None,
        NR_HEAD,
        new=[
            ("long-drawn-out", "long drawn-out"),
            ("bought-and-paid-for", "bought and paid for"),
            ("Day-by-day Schiff", "Day by day Schiff"),
        ],
    ),
    Case(
        "tt-half-life-wait-revised",
        "The wait for a new Half-Life game is revised from 12 to 13 years.",
        [fc((12, "years"), (13, "years"))],
        TT,
        None,
        TT_HEAD,
        new=[("after 12 years of waiting", "after 13 years of waiting")],
    ),
    Case(
        "tt-neg-briefing-lines",
        "NEGATIVE: the Alexa and newsletter promo lines at the end are removed.",
        [],
        TT,
        None,
        TT_HEAD,
        new=[("\n\nHave an Amazon Alexa device?", "\n\nXHave an Amazon Alexa device?")],
        new_transform=lambda text: text.split("\n\nXHave an Amazon Alexa device?")[0] + "\n",
    ),
]


HTML: list[Case] = [
    Case(
        "html-wi-stier-quote-extended",
        "HTML page: Stier's 'broken' quote gains a clause at the end.",
        [
            q(
                "quote_edited",
                "Stier",
                "This thing is broken, like completely broken, in terms of a way of classifying and identifying what kind of an entity you are",
                "This thing is broken, like completely broken, in terms of a way of classifying and identifying what kind of an entity you are, whether you are a person or a company",
            )
        ],
        WI,
        html=True,
        new=[
            (
                "what kind of an entity you are,” he says.",
                "what kind of an entity you are, whether you are a person or a company,” he says.",
            )
        ],
    ),
    Case(
        "html-wi-neg-wording",
        "NEGATIVE, HTML page: 'Unsurprisingly' becomes 'Not surprisingly' in a sentence without quotes or figures.",
        [],
        WI,
        html=True,
        new=[("Unsurprisingly, opening a business", "Not surprisingly, opening a business")],
    ),
    Case(
        "html-qm-vaughan-quote-reworded",
        "HTML page: Vaughan's 'Sure enough' quote is reworded (every copy on the page).",
        [
            q(
                "quote_edited",
                "Vaughan",
                "Sure enough, they were all over the place",
                "Sure enough, they were everywhere we looked",
            )
        ],
        QM,
        html=True,
        new=[
            (
                "Sure enough, they were all over the place,” Vaughan said.",
                "Sure enough, they were everywhere we looked,” Vaughan said.",
            )
        ],
    ),
    Case(
        "html-qm-neg-narration-edited",
        "NEGATIVE, HTML page: a narration sentence is reworded; its date ('mid-1950s') is unchanged.",
        [],
        QM,
        html=True,
        new=[
            (
                "Tuft cells had been known to science since the mid-1950s",
                "Scientists had known about tuft cells since the mid-1950s",
            )
        ],
    ),
    Case(
        "html-my-widget-share-revised",
        "HTML page: the recommendation-widget share is revised from 38% to 41%.",
        [fc((38, "percent"), (41, "percent"))],
        MY,
        html=True,
        new=[("native ad units (38%)", "native ad units (41%)")],
    ),
    Case(
        "html-my-rubinstain-quote-reworded",
        "HTML page: the CEO's quote is reworded at its start.",
        [
            q(
                "quote_edited",
                "Rubinstain",
                "In the same way Olympic champions utilize a broad range of training activities to achieve peak performance, my6sense marketers achieving the highest engagement rates and publishers generate the greatest revenue by running all three native ad units in parallel – recommendation widgets, in-feed and in-ad",
                "Just as Olympic champions use a broad range of training activities to achieve peak performance, my6sense marketers achieving the highest engagement rates and publishers generate the greatest revenue by running all three native ad units in parallel – recommendation widgets, in-feed and in-ad",
            )
        ],
        MY,
        html=True,
        new=[
            (
                "In the same way Olympic champions utilize a broad",
                "Just as Olympic champions use a broad",
            )
        ],
    ),
    Case(
        "html-wc-launch-countries",
        "HTML page: Stadia's launch countries go from 14 to 16.",
        [fc((14, "countries"), (16, "countries"))],
        WC,
        html=True,
        new=[("in 14 countries", "in 16 countries")],
    ),
    Case(
        "html-cb-portugal-chances",
        "HTML page: Portugal's chances revised from four to five.",
        [fc((4, "chances"), (5, "chances"))],
        CB,
        html=True,
        new=[("half of its four chances", "half of its five chances")],
    ),
    Case(
        "html-nr-mueller-cost",
        "HTML page: the Mueller probe's cost is revised from $35 million to $40 million.",
        [fc((35e6, "dollars"), (40e6, "dollars"))],
        NR,
        html=True,
        new=[("and $35 million later", "and $40 million later")],
    ),
    Case(
        "html-bi-dahleen-age",
        "HTML page: Dahleen's retirement age goes from 43 to 44 (every copy on the page).",
        [fc((43, "years"), (44, "years"))],
        BI,
        html=True,
        new=[("retired from anesthesiology at age 43", "retired from anesthesiology at age 44")],
    ),
    Case(
        "html-nr-neg-hyphenation",
        "NEGATIVE, HTML page: 'long-drawn-out' loses a hyphen.",
        [],
        NR,
        html=True,
        new=[("long-drawn-out", "long drawn-out")],
    ),
]


FIRE = """PARADISE VALLEY, Calif. (AP) — A fast-moving wildfire tore through foothill communities in Northern California on Friday, killing at least 12 people and destroying more than 400 homes, authorities said.

The Ridge Fire had burned about 38,000 acres by Saturday morning and was 15% contained, according to the California Department of Forestry and Fire Protection.

“This is the most destructive fire we have seen in this county in a generation,” Gov. Maria Alvarez said at a briefing in Oroville. “We will rebuild, but first we have to get through the next few days.”

Alvarez said she had asked the federal government for an emergency declaration.

About 2,500 firefighters were assigned to the blaze, including crews from Oregon and Nevada. Two firefighters suffered minor injuries.

Butte County Sheriff Tom Haskins said search teams with cadaver dogs were going house to house. “We are preparing for the numbers to go up,” he said.

Evacuation orders covered roughly 27,000 residents. A shelter at the county fairgrounds was housing about 600 people, a Red Cross spokesperson said.

“People left with the clothes on their backs,” the spokesperson said. “Many of them don’t know yet whether their homes are standing.”

The cause of the fire is under investigation. Pacific Gas & Electric said it had reported an equipment problem near the fire’s origin shortly before it started."""
FIRE_HEAD = {
    "Title": "Wildfire tears through Northern California foothills",
    "Published": "2019-11-16",
    "Updated": "2019-11-16 6:14 a.m.",
}

STORM = """Two people have died and about two dozen people are missing after flash floods swept through villages in south Wales overnight, police said.

More than 300 homes were flooded in the Rhondda valley alone, and 4,500 properties lost power at the height of the storm.

Chief Superintendent Helen Price of South Wales Police said rescue teams had pulled 41 people from cars and houses. “The water came up faster than anyone could have imagined,” she said.

Welsh Housing Minister Carys Lloyd said the Welsh government would release £10m in emergency funding. “No family will be left to face this alone,” she told the Senedd.

The Met Office had issued an amber warning for rain on Saturday. Rainfall in some areas was about 40% above the monthly average.

A Natural Resources Wales spokesman said river levels were still rising in places. “We urge people not to drive through flood water,” the spokesman said.

Residents in Pontypridd described water reaching the first floor of their homes."""
STORM_HEAD = {"Title": "Flash floods sweep through south Wales valleys", "Published": "2020-02-16"}

TROOPS = """KYIV, Ukraine — About 1,500 Russian troops have moved to within 30 miles of Ukraine’s northern border in the past week, Ukraine’s defense ministry said Tuesday.

The ministry said the forces included two tank battalions and at least 40 artillery systems, and that more were arriving by rail.

“We see a steady build-up, not a one-off exercise,” Defense Minister Oleksandr Kovalenko told reporters in Kyiv. “We are ready for any scenario.”

Kovalenko said Ukraine had asked its Western partners for additional air-defense systems.

The Kremlin denied any threat. Spokesman Dmitry Peskov said Russia was free to move troops on its own territory. “This is our internal affair,” he said.

NATO Secretary-General Jens Stoltenberg said the alliance was watching closely."""
TROOPS_HEAD = {
    "Title": "Russia moves more troops toward border, Ukraine says",
    "Published": "2021-04-06",
}

JOBS = """The number of people out of work in the UK rose by 65,000 to 1.36m in the three months to September, the Office for National Statistics said.

The unemployment rate edged up to 4.4%, while average weekly earnings grew by 3.6%.

There were 4.4m people on zero-hours or temporary contracts, up from 4.1m a year earlier.

“The labour market is cooling, but it is not collapsing,” said Jane Whitcombe, chief economist at the Resolution Foundation.

A Treasury spokesperson said: “Employment remains close to a record high.”

Vacancies fell by 40,000 to 795,000, the lowest level in two years."""
JOBS_HEAD = {"Title": "Jobless total rises as hiring slows", "Published": "2019-11-12"}

PROTEST = """TBILISI, Georgia — Police arrested 37 people after protesters and officers clashed outside the parliament building in Tbilisi late Monday, the Interior Ministry said.

At least 19 people, including six police officers, were taken to hospital, the Health Ministry said.

“The police used force only after protesters tried to break through the cordon,” a police spokesperson told reporters early Tuesday.

Opposition leader Nika Beridze, who was among those detained, was released several hours later. “They can arrest us, but they cannot arrest the truth,” Beridze said outside the police station, “and tomorrow we will be back.”

Organizers estimated the crowd at about 10,000. Police put the figure at 4,000.

The protest was the third this month over a proposed law on foreign funding of nongovernmental organizations."""
PROTEST_HEAD = {
    "Title": "Dozens arrested as protesters clash with police in Tbilisi",
    "Published": "2023-03-07",
}

SETTLE = """MINNEAPOLIS — The city of Minneapolis has agreed to pay $4.5 million to the family of a man shot and killed by police in 2018, the family’s attorney said Wednesday.

The settlement, which the City Council approved in a 10-2 vote, is one of the largest the city has paid in a police misconduct case.

“No amount of money will bring him back,” attorney Robert Ellison said. “But this is an acknowledgment that what happened was wrong.”

Mayor Linda Okafor said in a statement that the city “continues to grieve with the family.”

The officer who fired the shots, a 12-year veteran of the department, was not charged. He resigned in March."""
SETTLE_HEAD = {
    "Title": "City settles lawsuit over fatal police shooting",
    "Published": "2019-05-08",
}

DEVELOPING = "This is a developing story and will be updated."


def syn(
    slug: str,
    description: str,
    expected: list[dict[str, Any]],
    text: str,
    header: dict[str, str],
    **kw: Any,
) -> Case:
    """A synthetic wire-copy case."""
    return Case(slug, description, expected, text=text, header=header, **kw)


SYNTHETIC: list[Case] = [
    # --- wildfire ------------------------------------------------------------------------------
    syn(
        "syn-fire-toll-raised",
        "The toll rises from at least 12 to at least 15 people.",
        [fc((12, "people"), (15, "people"))],
        FIRE,
        FIRE_HEAD,
        new=[("killing at least 12 people", "killing at least 15 people")],
    ),
    syn(
        "syn-fire-homes-acres-containment",
        "Homes destroyed (more than 400 -> nearly 700), acres (about 38,000 -> about 52,000) and containment (15% -> 25%) are all updated.",
        [
            fc((400, "homes"), (700, "homes")),
            fc((38000, "acres"), (52000, "acres")),
            fc((15, "percent"), (25, "percent")),
        ],
        FIRE,
        FIRE_HEAD,
        new=[
            ("more than 400 homes", "nearly 700 homes"),
            ("about 38,000 acres", "about 52,000 acres"),
            ("was 15% contained", "was 25% contained"),
        ],
    ),
    syn(
        "syn-fire-marker-added",
        "A developing-story line is appended.",
        [MARKER_ADDED],
        FIRE,
        FIRE_HEAD,
        new=[("<<END>>", DEVELOPING)],
    ),
    syn(
        "syn-fire-marker-removed-toll-raised",
        "The developing-story line goes and the toll rises from at least 12 to 14.",
        [MARKER_REMOVED, fc((12, "people"), (14, "people"))],
        FIRE,
        FIRE_HEAD,
        old=[("<<END>>", DEVELOPING)],
        new=[("killing at least 12 people", "killing at least 14 people")],
    ),
    syn(
        "syn-fire-governor-split-quote-edited",
        "The second piece of Gov. Alvarez's split quote is reworded.",
        [
            q(
                "quote_edited",
                "Alvarez",
                "We will rebuild, but first we have to get through the next few days.",
                "We will rebuild, but first we have to get everyone to safety.",
            )
        ],
        FIRE,
        FIRE_HEAD,
        new=[
            (
                "but first we have to get through the next few days.",
                "but first we have to get everyone to safety.",
            )
        ],
    ),
    syn(
        "syn-fire-sheriff-quote-reattributed",
        "The 'numbers to go up' quote ('he said' after Sheriff Haskins) is re-attributed to Alvarez.",
        [
            q(
                "quote_reattributed",
                "Alvarez",
                "We are preparing for the numbers to go up",
                "We are preparing for the numbers to go up",
                old_speaker="Haskins",
            )
        ],
        FIRE,
        FIRE_HEAD,
        new=[
            (
                "“We are preparing for the numbers to go up,” he said.",
                "“We are preparing for the numbers to go up,” Alvarez said.",
            )
        ],
    ),
    syn(
        "syn-fire-spokesperson-quote-trimmed",
        "The second piece of the Red Cross spokesperson's quote is cut.",
        [
            q(
                "quote_edited",
                "a Red Cross spokesperson",
                "People left with the clothes on their backs. Many of them don’t know yet whether their homes are standing.",
                "People left with the clothes on their backs",
            )
        ],
        FIRE,
        FIRE_HEAD,
        new=[(" “Many of them don’t know yet whether their homes are standing.”", "")],
    ),
    syn(
        "syn-fire-neg-updated-and-dateline",
        "NEGATIVE: the 'Updated' time changes and the '(AP)' dateline tag is dropped.",
        [],
        FIRE,
        FIRE_HEAD,
        new_header={"Updated": "2019-11-16 9:47 a.m."},
        new=[("PARADISE VALLEY, Calif. (AP) —", "PARADISE VALLEY, Calif. —")],
    ),
    syn(
        "syn-fire-neg-typewriter",
        "NEGATIVE: straight quotes, '--' for dashes and two spaces after full stops.",
        [],
        FIRE,
        FIRE_HEAD,
        new_transform=typewriter,
    ),
    syn(
        "syn-fire-headline-changed",
        "Only the headline is rewritten.",
        [
            headline(
                "Wildfire tears through Northern California foothills",
                "Deadliest fire in a generation tears through Butte County",
            )
        ],
        FIRE,
        FIRE_HEAD,
        new_header={"Title": "Deadliest fire in a generation tears through Butte County"},
    ),
    syn(
        "syn-fire-firefighters-words",
        "Firefighters: about 2,500 -> more than 3,000; injured: 'Two' -> 'Three'.",
        [
            fc((2500, "firefighters"), (3000, "firefighters")),
            fc((2, "firefighters"), (3, "firefighters")),
        ],
        FIRE,
        FIRE_HEAD,
        new=[
            ("About 2,500 firefighters", "More than 3,000 firefighters"),
            ("Two firefighters suffered", "Three firefighters suffered"),
        ],
    ),
    syn(
        "syn-fire-injuries-sentence-removed",
        "The sentence about two injured firefighters is removed.",
        [f("figure_removed", (2, "firefighters"), None)],
        FIRE,
        FIRE_HEAD,
        new=[(" Two firefighters suffered minor injuries.", "")],
    ),
    syn(
        "syn-fire-structures-threatened-added",
        "A new paragraph adds a figure: at least 1,100 structures threatened.",
        [f("figure_added", None, (1100, "structures"))],
        FIRE,
        FIRE_HEAD,
        new=[
            (
                "Alvarez said she had asked the federal government for an emergency declaration.",
                "Alvarez said she had asked the federal government for an emergency declaration.\n\nOfficials said at least 1,100 structures remained threatened on Saturday.",
            )
        ],
    ),
    syn(
        "syn-fire-neg-number-styles",
        "NEGATIVE: '15%' -> '15 percent', '38,000' -> '38000', '2,500' -> '2500'.",
        [],
        FIRE,
        FIRE_HEAD,
        new=[
            ("15% contained", "15 percent contained"),
            ("38,000 acres", "38000 acres"),
            ("About 2,500", "About 2500"),
        ],
    ),
    syn(
        "syn-fire-battalion-chief-quote-added",
        "A quote from a new speaker, a Cal Fire battalion chief, is added.",
        [
            q(
                "quote_added",
                "Whitfield",
                None,
                "The wind just would not let up, and every time we got a line in, it jumped it",
            )
        ],
        FIRE,
        FIRE_HEAD,
        new=[
            (
                "including crews from Oregon and Nevada.",
                "including crews from Oregon and Nevada. “The wind just would not let up, and every time we got a line in, it jumped it,” said Cal Fire Battalion Chief Dana Whitfield.",
            )
        ],
    ),
    # --- floods --------------------------------------------------------------------------------
    syn(
        "syn-storm-toll-and-missing",
        "Deaths: 'Two' -> 'Three'; missing: 'about two dozen' -> 'about 30'.",
        [fc((2, "people"), (3, "people")), fc((24, "people"), (30, "people"))],
        STORM,
        STORM_HEAD,
        new=[
            (
                "Two people have died and about two dozen people are missing",
                "Three people have died and about 30 people are missing",
            )
        ],
    ),
    syn(
        "syn-storm-funding-raised",
        "Emergency funding goes from £10m to £25m.",
        [fc((10e6, "pounds"), (25e6, "pounds"))],
        STORM,
        STORM_HEAD,
        new=[("release £10m in emergency funding", "release £25m in emergency funding")],
    ),
    syn(
        "syn-storm-neg-number-styles",
        "NEGATIVE: '£10m' -> '£10 million', '4,500' -> '4500', '40%' -> '40 per cent'.",
        [],
        STORM,
        STORM_HEAD,
        new=[
            ("£10m", "£10 million"),
            ("4,500 properties", "4500 properties"),
            ("40% above", "40 per cent above"),
        ],
    ),
    syn(
        "syn-storm-price-pronoun-quote-edited",
        "Price's quote ('she said') is reworded.",
        [
            q(
                "quote_edited",
                "Price",
                "The water came up faster than anyone could have imagined",
                "The water rose faster than any of us could have imagined",
            )
        ],
        STORM,
        STORM_HEAD,
        new=[
            (
                "The water came up faster than anyone could",
                "The water rose faster than any of us could",
            )
        ],
    ),
    syn(
        "syn-storm-lloyd-second-quote-added",
        "A second quote from the minister (titled on first mention, 'Lloyd' later) is added.",
        [
            q(
                "quote_added",
                "Lloyd",
                None,
                "We will look again at every flood defence scheme in the valleys",
            )
        ],
        STORM,
        STORM_HEAD,
        new=[
            (
                "she told the Senedd.",
                "she told the Senedd.\n\nLloyd added: “We will look again at every flood defence scheme in the valleys.”",
            )
        ],
    ),
    syn(
        "syn-storm-rescued-revised",
        "People rescued: 41 -> more than 60.",
        [fc((41, "people"), (60, "people"))],
        STORM,
        STORM_HEAD,
        new=[("had pulled 41 people", "had pulled more than 60 people")],
    ),
    syn(
        "syn-storm-neg-paragraph-split",
        "NEGATIVE: Price's paragraph is split in two before her quote.",
        [],
        STORM,
        STORM_HEAD,
        new=[("from cars and houses. “The water", "from cars and houses.\n\n“The water")],
    ),
    syn(
        "syn-storm-spokesman-quote-removed",
        "The river-levels spokesman's quote is removed; the paraphrase stays.",
        [
            q(
                "quote_removed",
                "a Natural Resources Wales spokesman",
                "We urge people not to drive through flood water",
                None,
            )
        ],
        STORM,
        STORM_HEAD,
        new=[(" “We urge people not to drive through flood water,” the spokesman said.", "")],
    ),
    syn(
        "syn-storm-rainfall-sentence-removed",
        "The sentence with the rainfall percentage is removed.",
        [f("figure_removed", (40, "percent"), None)],
        STORM,
        STORM_HEAD,
        new=[(" Rainfall in some areas was about 40% above the monthly average.", "")],
    ),
    syn(
        "syn-storm-headline-changed",
        "Only the headline is rewritten.",
        [
            headline(
                "Flash floods sweep through south Wales valleys",
                "Flash floods leave trail of destruction in south Wales",
            )
        ],
        STORM,
        STORM_HEAD,
        new_header={"Title": "Flash floods leave trail of destruction in south Wales"},
    ),
    syn(
        "syn-storm-properties-revised",
        "Properties without power: 4,500 -> about 6,000.",
        [fc((4500, "properties"), (6000, "properties"))],
        STORM,
        STORM_HEAD,
        new=[("and 4,500 properties lost power", "and about 6,000 properties lost power")],
    ),
    syn(
        "syn-storm-correction-appended",
        "A correction note is appended (the valley was misnamed in an earlier version).",
        [
            correction(
                "Correction: An earlier version of this story misstated the name of the valley where most homes were flooded."
            )
        ],
        STORM,
        STORM_HEAD,
        old=[("in the Rhondda valley alone", "in the Cynon valley alone")],
        new=[
            (
                "<<END>>",
                "Correction: An earlier version of this story misstated the name of the valley where most homes were flooded.",
            )
        ],
    ),
    # --- troops --------------------------------------------------------------------------------
    syn(
        "syn-troops-count-raised",
        "Troops: about 1,500 -> more than 3,000.",
        [fc((1500, "troops"), (3000, "troops"))],
        TROOPS,
        TROOPS_HEAD,
        new=[("About 1,500 Russian troops", "More than 3,000 Russian troops")],
    ),
    syn(
        "syn-troops-distance-and-artillery",
        "Distance 30 -> 20 miles; artillery systems at least 40 -> at least 60.",
        [fc((30, "miles"), (20, "miles")), fc((40, "systems"), (60, "systems"))],
        TROOPS,
        TROOPS_HEAD,
        new=[
            ("within 30 miles", "within 20 miles"),
            ("at least 40 artillery systems", "at least 60 artillery systems"),
        ],
    ),
    syn(
        "syn-troops-minister-quote-edited",
        "The second piece of the defense minister's split quote is extended.",
        [
            q(
                "quote_edited",
                "Kovalenko",
                "We are ready for any scenario",
                "We are ready for any scenario, including the worst one",
            )
        ],
        TROOPS,
        TROOPS_HEAD,
        new=[
            (
                "“We are ready for any scenario.”",
                "“We are ready for any scenario, including the worst one.”",
            )
        ],
    ),
    syn(
        "syn-troops-peskov-quote-edited",
        "Peskov's short quote ('he said') gains a word.",
        [
            q(
                "quote_edited",
                "Peskov",
                "This is our internal affair",
                "This is exclusively our internal affair",
            )
        ],
        TROOPS,
        TROOPS_HEAD,
        new=[("“This is our internal affair,”", "“This is exclusively our internal affair,”")],
    ),
    syn(
        "syn-troops-stoltenberg-quote-added",
        "Stoltenberg's paraphrase gains a direct quote ('he said').",
        [
            q(
                "quote_added",
                "Stoltenberg",
                None,
                "Any aggression against Ukraine would come at a high price",
            )
        ],
        TROOPS,
        TROOPS_HEAD,
        new=[
            (
                "said the alliance was watching closely.",
                "said the alliance was watching closely. “Any aggression against Ukraine would come at a high price,” he said.",
            )
        ],
    ),
    syn(
        "syn-troops-neg-number-word",
        "NEGATIVE: 'two tank battalions' is written '2 tank battalions'.",
        [],
        TROOPS,
        TROOPS_HEAD,
        new=[("two tank battalions", "2 tank battalions")],
    ),
    syn(
        "syn-troops-neg-attribution-narration",
        "NEGATIVE: 'told reporters in Kyiv' -> 'said at a news conference in Kyiv'; the quote is unchanged.",
        [],
        TROOPS,
        TROOPS_HEAD,
        new=[("told reporters in Kyiv", "said at a news conference in Kyiv")],
    ),
    syn(
        "syn-troops-quote-reattributed-foreign-minister",
        "The 'steady build-up' quote is re-attributed from the defense minister to the foreign minister.",
        [
            q(
                "quote_reattributed",
                "Savchenko",
                "We see a steady build-up, not a one-off exercise. We are ready for any scenario.",
                "We see a steady build-up, not a one-off exercise. We are ready for any scenario.",
                old_speaker="Kovalenko",
            )
        ],
        TROOPS,
        TROOPS_HEAD,
        new=[
            (
                "Defense Minister Oleksandr Kovalenko told reporters",
                "Foreign Minister Iryna Savchenko told reporters",
            )
        ],
    ),
    syn(
        "syn-troops-marker-added",
        "A developing-story line is appended.",
        [MARKER_ADDED],
        TROOPS,
        TROOPS_HEAD,
        new=[("<<END>>", "This is a developing story. Check back for updates.")],
    ),
    # --- jobs ----------------------------------------------------------------------------------
    syn(
        "syn-jobs-neg-millions-spelled",
        "NEGATIVE: '1.36m', '4.4m', '4.1m' are written with 'million'.",
        [],
        JOBS,
        JOBS_HEAD,
        new=[
            ("1.36m", "1.36 million"),
            ("4.4m people", "4.4 million people"),
            ("4.1m", "4.1 million"),
        ],
    ),
    syn(
        "syn-jobs-earnings-and-vacancies",
        "Earnings growth 3.6% -> 3.8%; vacancies fell by 40,000 -> 45,000 to 795,000 -> 790,000.",
        [
            fc((3.6, "percent"), (3.8, "percent")),
            fc((40000, "vacancies"), (45000, "vacancies")),
            fc((795000, "vacancies"), (790000, "vacancies")),
        ],
        JOBS,
        JOBS_HEAD,
        new=[
            ("grew by 3.6%", "grew by 3.8%"),
            ("Vacancies fell by 40,000 to 795,000", "Vacancies fell by 45,000 to 790,000"),
        ],
    ),
    syn(
        "syn-jobs-whitcombe-quote-edited",
        "Whitcombe's quote gains 'yet'.",
        [
            q(
                "quote_edited",
                "Whitcombe",
                "The labour market is cooling, but it is not collapsing",
                "The labour market is cooling, but it is not yet collapsing",
            )
        ],
        JOBS,
        JOBS_HEAD,
        new=[("but it is not collapsing", "but it is not yet collapsing")],
    ),
    syn(
        "syn-jobs-treasury-quote-extended",
        "The Treasury spokesperson's quote (attribution first, colon) is extended.",
        [
            q(
                "quote_edited",
                "a Treasury spokesperson",
                "Employment remains close to a record high",
                "Employment remains close to a record high and wages are rising faster than prices",
            )
        ],
        JOBS,
        JOBS_HEAD,
        new=[
            (
                "close to a record high.”",
                "close to a record high and wages are rising faster than prices.”",
            )
        ],
    ),
    syn(
        "syn-jobs-neg-percent-per-cent",
        "NEGATIVE: '4.4%' and '3.6%' are written 'per cent'.",
        [],
        JOBS,
        JOBS_HEAD,
        new=[("4.4%", "4.4 per cent"), ("3.6%", "3.6 per cent")],
    ),
    # --- protest -------------------------------------------------------------------------------
    syn(
        "syn-protest-arrests-and-hospital",
        "Arrests 37 -> 52 people; hospitalised at least 19 -> at least 23 people.",
        [fc((37, "people"), (52, "people")), fc((19, "people"), (23, "people"))],
        PROTEST,
        PROTEST_HEAD,
        new=[
            ("arrested 37 people", "arrested 52 people"),
            ("At least 19 people", "At least 23 people"),
        ],
    ),
    syn(
        "syn-protest-police-quote-reattributed",
        "The cordon quote moves from an unnamed police spokesperson to the interior minister.",
        [
            q(
                "quote_reattributed",
                "Tsiklauri",
                "The police used force only after protesters tried to break through the cordon",
                "The police used force only after protesters tried to break through the cordon",
                old_speaker="a police spokesperson",
            )
        ],
        PROTEST,
        PROTEST_HEAD,
        new=[
            (
                "a police spokesperson told reporters",
                "Interior Minister Giorgi Tsiklauri told reporters",
            )
        ],
    ),
    syn(
        "syn-protest-beridze-split-quote-edited",
        "The second piece of Beridze's split quote is reworded.",
        [
            q(
                "quote_edited",
                "Beridze",
                "They can arrest us, but they cannot arrest the truth, and tomorrow we will be back",
                "They can arrest us, but they cannot arrest the truth, and on Thursday we will be back in greater numbers",
            )
        ],
        PROTEST,
        PROTEST_HEAD,
        new=[
            (
                "“and tomorrow we will be back.”",
                "“and on Thursday we will be back in greater numbers.”",
            )
        ],
    ),
    syn(
        "syn-protest-neg-paragraph-moved",
        "NEGATIVE: the background paragraph moves up to second place.",
        [],
        PROTEST,
        PROTEST_HEAD,
        new=[
            (
                "\n\nThe protest was the third this month over a proposed law on foreign funding of nongovernmental organizations.",
                "",
            ),
            (
                "the Interior Ministry said.",
                "the Interior Ministry said.\n\nThe protest was the third this month over a proposed law on foreign funding of nongovernmental organizations.",
            ),
        ],
    ),
    syn(
        "syn-protest-officers-revised",
        "Injured officers: six -> eight.",
        [fc((6, "officers"), (8, "officers"))],
        PROTEST,
        PROTEST_HEAD,
        new=[("including six police officers", "including eight police officers")],
    ),
    syn(
        "syn-protest-police-estimate-revised",
        "The police crowd estimate goes from 4,000 to 5,000 (no noun after the figure).",
        [fv("figure_changed", 4000, 5000)],
        PROTEST,
        PROTEST_HEAD,
        new=[("Police put the figure at 4,000.", "Police put the figure at 5,000.")],
    ),
    # --- settlement ----------------------------------------------------------------------------
    syn(
        "syn-settle-amount-corrected",
        "The settlement is corrected from $4.5 million to $4.75 million and a correction note is appended.",
        [
            fc((4.5e6, "dollars"), (4.75e6, "dollars")),
            correction(
                "Correction: An earlier version of this story misstated the amount of the settlement."
            ),
        ],
        SETTLE,
        SETTLE_HEAD,
        new=[
            ("$4.5 million", "$4.75 million"),
            (
                "<<END>>",
                "Correction: An earlier version of this story misstated the amount of the settlement.",
            ),
        ],
    ),
    syn(
        "syn-settle-neg-styles",
        "NEGATIVE: '10-2' -> '10–2', '$4.5 million' -> '$4.5M', '12-year' -> '12 year'.",
        [],
        SETTLE,
        SETTLE_HEAD,
        new=[
            ("10-2 vote", "10–2 vote"),
            ("$4.5 million", "$4.5M"),
            ("12-year veteran", "12 year veteran"),
        ],
    ),
    syn(
        "syn-settle-ellison-quote-trimmed",
        "The second piece of the attorney's split quote is cut.",
        [
            q(
                "quote_edited",
                "Ellison",
                "No amount of money will bring him back. But this is an acknowledgment that what happened was wrong.",
                "No amount of money will bring him back",
            )
        ],
        SETTLE,
        SETTLE_HEAD,
        new=[(" “But this is an acknowledgment that what happened was wrong.”", "")],
    ),
    syn(
        "syn-settle-okafor-fragment-reworded",
        "The mayor's quoted fragment is reworded.",
        [
            q(
                "quote_edited",
                "Okafor",
                "continues to grieve with the family",
                "continues to grieve alongside the family and the community",
            )
        ],
        SETTLE,
        SETTLE_HEAD,
        new=[
            (
                "“continues to grieve with the family.”",
                "“continues to grieve alongside the family and the community.”",
            )
        ],
    ),
    syn(
        "syn-settle-officer-tenure",
        "The officer's tenure is revised from a 12-year to a 14-year veteran.",
        [fc((12, "years"), (14, "years"))],
        SETTLE,
        SETTLE_HEAD,
        new=[("a 12-year veteran", "a 14-year veteran")],
    ),
    syn(
        "syn-settle-neg-narration",
        "NEGATIVE: 'He resigned in March.' -> 'He left the department in March.'",
        [],
        SETTLE,
        SETTLE_HEAD,
        new=[("He resigned in March.", "He left the department in March.")],
    ),
]

CASES: list[Case] = [*REAL, *HTML, *SYNTHETIC]


def main(argv: Sequence[str]) -> int:
    """Regenerate every case folder under tests/data/heldout4."""
    return regenerate(CASES, OUT, "h4")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
