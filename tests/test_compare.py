"""Unit tests of the alignment and noise rules of monitor.compare / monitor.align.

The first half hands hand-built Quote and Figure lists to the aligners, so each rule is tested
alone; the second half runs `compare` end to end on the seed articles.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor import memo
from monitor.align import align_quotes, text_similarity
from monitor.compare import align_figures, compare, frame_changes, is_collapsed, unit_key
from monitor.evaluate import case_folders, load_version
from monitor.extract import extract_text
from monitor.figures import equivalent
from monitor.markers import is_correction
from monitor.model import Article, Change, Figure, Quote
from tests.conftest import AEB_CORPUS

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CNN = (SEEDS / "cnn-austin-north-korea-troops-russia.txt").read_text(encoding="utf-8")
ABC = (SEEDS / "abc-north-korean-troops-russia-austin.txt").read_text(encoding="utf-8")


def q(text: str, speaker: str | None = "Lloyd Austin", key: str | None = "austin",
      paragraph: int = 0, sentence: str | None = None) -> Quote:  # fmt: skip
    """A quote as the quotes module would hand it over."""
    return Quote(text, speaker, key, paragraph, sentence or f'"{text}," {speaker} said.')


def f(text: str, value: float, unit: str | None, sentence: str, paragraph: int = 0,
      qualifier: str | None = None, kind: str = "count") -> Figure:  # fmt: skip
    """A figure as the figures module would hand it over."""
    return Figure(text, value, unit, qualifier, paragraph, sentence, kind)


def kinds(changes: list[Change] | tuple[Change, ...]) -> list[str]:
    return sorted(c.kind for c in changes)


# --- quotes ---------------------------------------------------------------------------------


def test_a_moved_quote_is_not_a_change() -> None:
    old = [q("We are seeing evidence", paragraph=1), q("That is serious", paragraph=4)]
    new = [q("That is serious", paragraph=0), q("We are seeing evidence", paragraph=7)]
    assert align_quotes(old, new) == []


def test_punctuation_case_and_diacritics_inside_a_quote_are_not_changes() -> None:
    old = [q("What, exactly, they're doing is a co-belligerent cafe issue.")]
    new = [q("What exactly they’re doing is a co belligerent Café issue")]
    assert align_quotes(old, new) == []


def test_a_reworded_quote_is_one_edit_with_both_sentences() -> None:
    old = [q("What, exactly, they're doing is left to be seen.", sentence="S1")]
    new = [q("What exactly they're doing remains to be seen.", sentence="S2")]
    (change,) = align_quotes(old, new)
    assert change.kind == "quote_edited"
    assert change.speaker == "Lloyd Austin"
    assert (change.old_sentence, change.new_sentence) == ("S1", "S2")
    assert change.old == "What, exactly, they're doing is left to be seen."


def test_a_full_quote_trimmed_to_a_partial_is_an_edit() -> None:
    full = ("If they're a co-belligerent, their intention is to participate in this war on "
            "Russia's behalf, that is a very, very serious issue")  # fmt: skip
    old = [q(full)]
    new = [q("that is a very, very serious issue")]
    assert kinds(align_quotes(old, new)) == ["quote_edited"]
    assert kinds(align_quotes(new, old)) == ["quote_edited"]  # and extended back


def test_same_words_with_another_named_speaker_is_a_reattribution() -> None:
    text = "This should not cause anyone any concern"
    old = [q(text, "Dmitry Peskov", "peskov")]
    new = [q(text, "Sergey Lavrov", "lavrov")]
    paragraphs = [f'"{text}," Sergey Lavrov said.']
    (change,) = align_quotes(old, new, [f'"{text}," Peskov added.'], paragraphs)
    assert change.kind == "quote_reattributed"
    assert (change.old_speaker, change.speaker) == ("Dmitry Peskov", "Sergey Lavrov")


def test_a_pronoun_resolved_to_someone_else_after_a_move_is_not_a_reattribution() -> None:
    text = "This is an indication that he may be even in more trouble"
    old = [q(text, "Lloyd Austin", "austin", paragraph=3)]
    new = [q(text, "Dmitry Peskov", "peskov", paragraph=9)]
    assert align_quotes(old, new, [""] * 3 + [f'"{text}," he said.'],
                        [""] * 9 + [f'"{text}," he said.']) == []  # fmt: skip


def test_new_speaker_and_new_words_is_a_removal_and_an_addition() -> None:
    old = [q("We make no apology for having an instant rebuttal", "Dominic Raab", "raab")]
    new = [q("This was a cynical attempt to deceive the public", "Jeremy Corbyn", "corbyn")]
    assert kinds(align_quotes(old, new)) == ["quote_added", "quote_removed"]


def test_a_slightly_edited_quote_with_a_new_speaker_is_a_reattribution() -> None:
    old = [q("We pray for the full recovery of both men", "Stephanie Grisham", "grisham")]
    new = [q("We pray for the full recovery of both of the men", "Mike Pompeo", "pompeo")]
    (change,) = align_quotes(old, new, ["Grisham said"], ["Pompeo said"])
    assert change.kind == "quote_reattributed"


def test_a_quote_split_into_two_paragraphs_is_not_a_change() -> None:
    old = [q("We are seeing evidence of troops. What they are doing remains to be seen.")]
    new = [q("We are seeing evidence of troops.", paragraph=0),
           q("What they are doing remains to be seen.", paragraph=1)]  # fmt: skip
    assert align_quotes(old, new) == []
    assert align_quotes(new, old) == []


def test_duplicates_are_matched_as_a_multiset_by_speaker() -> None:
    old = [q("Fund our schools", "Angela Cooper", "cooper", paragraph=1),
           q("Fund our schools", "Keith Gambill", "gambill", paragraph=5)]  # fmt: skip
    new = [q("Fund our schools", "Keith Gambill", "gambill", paragraph=2)]
    (change,) = align_quotes(old, new)
    assert (change.kind, change.speaker) == ("quote_removed", "Angela Cooper")


def test_words_still_quoted_elsewhere_are_not_added_or_removed() -> None:
    full = "That is a very, very serious issue and it will have impacts"
    old = [q(full, paragraph=4), q("very, very serious issue", paragraph=0)]
    new = [q(full, paragraph=5), q("Fund our schools", paragraph=6)]
    (change,) = align_quotes(old, new)  # the lede's partial quote went; its words did not
    assert change.kind == "quote_added"
    assert align_quotes(new[:1], old) == []  # a partial quote repeated in a new lede


def test_an_unrelated_new_quote_by_the_same_speaker_is_an_addition() -> None:
    old = [q("That is a very, very serious issue")]
    new = [q("That is a very, very serious issue"),
           q("We will keep pulling this thread", paragraph=3)]  # fmt: skip
    (change,) = align_quotes(old, new)
    assert (change.kind, change.new) == ("quote_added", "We will keep pulling this thread")


# --- quotes split around their attribution ('"A," Austin said. "B."'): one quote to a reader


A, B, C = ("We are seeing evidence of troops,", "What they are doing remains to be seen.",
           "We will keep pulling this thread.")  # fmt: skip


def test_cutting_the_second_piece_of_a_split_quote_is_one_edit_of_the_whole_quote() -> None:
    old = [q(A, sentence="S1"), q(B, sentence="S2")]
    new = [q(A, sentence="S1")]
    (change,) = align_quotes(old, new)
    assert (change.kind, change.old, change.new) == ("quote_edited", f"{A} {B}", A)
    assert (change.old_sentence, change.new_sentence) == ("S1 S2", "S1")
    (back,) = align_quotes(new, old)  # and a piece added is the quote extended
    assert (back.kind, back.old, back.new) == ("quote_edited", A, f"{A} {B}")


def test_a_piece_cut_while_another_is_reworded_is_still_one_edit() -> None:
    old = [q(A), q(B), q(C)]
    new = [q(A), q("What they are doing is left to be seen.")]
    (change,) = align_quotes(old, new)
    assert (change.kind, change.old) == ("quote_edited", f"{A} {B} {C}")
    assert change.new == f"{A} What they are doing is left to be seen."


def test_one_piece_reworded_while_the_others_stay_is_that_piece_edited() -> None:
    old = [q(A), q("What, exactly, they're doing is left to be seen.")]
    new = [q(A), q("What exactly they're doing remains to be seen.")]
    (change,) = align_quotes(old, new)
    assert (change.kind, change.old, change.new) == (
        "quote_edited",
        "What, exactly, they're doing is left to be seen.",
        "What exactly they're doing remains to be seen.",
    )


def test_a_whole_split_quote_removed_or_added_is_one_change() -> None:
    old = [q(A, paragraph=2), q(B, paragraph=2), q(C, "Dmitry Peskov", "peskov", paragraph=3)]
    new = [q(C, "Dmitry Peskov", "peskov", paragraph=2)]
    (change,) = align_quotes(old, new)
    assert (change.kind, change.old) == ("quote_removed", f"{A} {B}")
    assert change.speaker == "Lloyd Austin"
    (change,) = align_quotes(new, old)
    assert (change.kind, change.new) == ("quote_added", f"{A} {B}")


def test_pieces_in_other_paragraphs_or_of_other_speakers_are_not_one_quote() -> None:
    old = [q(A, paragraph=1), q(B, paragraph=2), q(C, "Dmitry Peskov", "peskov", paragraph=2)]
    new = [q(A, paragraph=1)]
    assert kinds(align_quotes(old, new)) == ["quote_removed", "quote_removed"]


def test_a_partial_quote_in_the_narration_is_not_a_piece_of_the_quote() -> None:
    partial = Quote("a very serious issue", "Lloyd Austin", "austin", 0, "S0", partial=True)
    old = [partial, q(A), q(B)]
    new = [partial, q(A)]
    (change,) = align_quotes(old, new)
    assert (change.kind, change.old) == ("quote_edited", f"{A} {B}")
    (change,) = align_quotes([partial, q(A)], [q(A)])
    assert (change.kind, change.old) == ("quote_removed", "a very serious issue")


def test_a_split_quote_given_to_someone_else_is_one_reattribution() -> None:
    old = [q(A, "Feliciano Lopez", "lopez"), q(B, "Feliciano Lopez", "lopez")]
    new = [q(A, "Marcel Granollers", "granollers"), q(B, "Marcel Granollers", "granollers")]
    paragraphs = (["Lopez said."], ["Granollers said."])
    (change,) = align_quotes(old, new, *paragraphs)
    assert change.kind == "quote_reattributed"
    assert (change.old, change.new) == (f"{A} {B}", f"{A} {B}")
    assert (change.old_speaker, change.speaker) == ("Feliciano Lopez", "Marcel Granollers")


def test_a_partial_quote_reworded_in_an_unchanged_sentence_is_an_edit() -> None:
    frame = ("PG&E is taking steps to avoid them in the future but at the moment, {} company CEO "
             "Andy Vesey said.")  # fmt: skip
    old_text, new_text = "we won't roll the dice on public safety", "we will not gamble at all"
    old = [q(old_text, "Andy Vesey", "vesey", sentence=frame.format(f'"{old_text},"'))]
    new = [q(new_text, "Andy Vesey", "vesey", sentence=frame.format(f'"{new_text},"'))]
    (change,) = align_quotes(old, new)
    assert (change.kind, change.old, change.new) == ("quote_edited", old_text, new_text)
    short = [q(new_text, "Andy Vesey", "vesey", sentence=f'"{new_text}," Vesey said.')]
    assert kinds(align_quotes(old, short)) == ["quote_added", "quote_removed"]  # no sentence kept


def test_text_similarity_folds_typography() -> None:
    assert text_similarity("“What, exactly,” they’re", '"What exactly" they\'re') == 1.0
    assert text_similarity("left to be seen", "remains to be seen") < 0.9


# --- figures --------------------------------------------------------------------------------

NIS = ("Meanwhile, South Korea's spy agency, the National Intelligence Service, said Friday that "
       "North Korea has shipped {} soldiers, including special forces fighters, to Russia for "
       "training.")  # fmt: skip


def test_a_revised_value_is_one_change_that_keeps_its_context() -> None:
    old = [f("1,500 soldiers", 1500, "soldiers", NIS.format("1,500 soldiers"), 12)]
    new = [f("3,000 soldiers", 3000, "soldiers", NIS.format("3,000 soldiers"), 12)]
    (change,) = align_figures(old, new, equivalent)
    assert change.kind == "figure_changed"
    assert (change.old["value"], change.new["value"], change.new["unit"]) == (
        1500,
        3000,
        "soldiers",
    )
    assert "South Korea's spy agency" in (change.old_sentence or "")
    assert "3,000 soldiers" in (change.new_sentence or "")


def test_a_moved_or_reformatted_figure_is_not_a_change() -> None:
    old = [f("1,000 troops", 1000, "troops", "Some 1,000 troops arrived.", 2),
           f("40%", 40, "percent", "Turnout was 40%.", 5, kind="percent")]  # fmt: skip
    new = [f("40 percent", 40, "percent", "Turnout was 40 percent.", 0, kind="percent"),
           f("1000 troops", 1000, "troops", "Some 1000 troops arrived.", 9)]  # fmt: skip
    assert align_figures(old, new, equivalent) == []


def test_an_unchanged_figure_in_a_reworded_sentence_is_not_a_change() -> None:
    s_old = "Roughly 13,000 US troops remain in Afghanistan."
    s_new = "Roughly 13,000 US troops remain stationed in Afghanistan, officials said."
    old = [f("13,000 troops", 13000, "troops", s_old)]
    new = [f("13,000 troops", 13000, "troops", s_new)]
    assert align_figures(old, new, equivalent) == []


def test_two_figures_of_one_unit_in_one_sentence_pair_by_their_own_words() -> None:
    s_old = "The blast killed 12 people and injured 15 people, police said."
    s_new = "The blast killed 15 people and injured 20 people, police said."
    old = [f("12 people", 12, "people", s_old), f("15 people", 15, "people", s_old)]
    new = [f("15 people", 15, "people", s_new), f("20 people", 20, "people", s_new)]
    changes = align_figures(old, new, equivalent)
    pairs = sorted((c.old["value"], c.new["value"]) for c in changes)
    assert kinds(changes) == ["figure_changed", "figure_changed"]
    assert pairs == [(12, 15), (15, 20)]


def test_cutting_a_clause_removes_its_figure_and_leaves_the_neighbour_alone() -> None:
    s_old = "Truck sales are down 2.6 percent, while sedan sales are down 12.3 percent."
    s_new = "Truck sales are down 2.6 percent."
    old = [f("2.6 percent", 2.6, "percent", s_old, kind="percent"),
           f("12.3 percent", 12.3, "percent", s_old, kind="percent")]  # fmt: skip
    new = [f("2.6 percent", 2.6, "percent", s_new, kind="percent")]
    (change,) = align_figures(old, new, equivalent)
    assert (change.kind, change.old["value"]) == ("figure_removed", 12.3)


def test_a_new_figure_in_a_new_paragraph_is_an_addition() -> None:
    old = [f("1,500 soldiers", 1500, "soldiers", NIS.format("1,500 soldiers"))]
    new = [*old, f("12,000 troops", 12000, "troops", "Kyiv said 12,000 troops were trained.", 14)]
    (change,) = align_figures(old, new, equivalent)
    assert (change.kind, change.new["value"], change.old) == ("figure_added", 12000, None)


def test_a_qualifier_change_is_a_figure_change() -> None:
    old = [f("3,000 troops", 3000, "troops", "About 3,000 troops were sent.", qualifier="about")]
    new = [f("more than 3,000 troops", 3000, "troops", "More than 3,000 troops were sent.",
             qualifier="more than")]  # fmt: skip
    assert kinds(align_figures(old, new, equivalent)) == ["figure_changed"]


def test_unit_key_folds_plurals_and_case() -> None:
    assert unit_key("Soldiers") == unit_key("soldier") == "soldier"
    assert unit_key(None) is None


# --- compare, end to end on the seed articles -----------------------------------------------


def cnn(body: str = CNN, **header: str) -> Article:
    lines = "".join(f"{k}: {v}\n" for k, v in header.items())
    return extract_text((lines + "\n" if lines else "") + body.split("\n", 1)[1])


def test_seed_soldiers_revision_is_exactly_one_figure_change() -> None:
    new = CNN.replace("shipped 1,500 soldiers", "shipped 3,000 soldiers")
    result = compare(cnn(), cnn(new))
    (change,) = result.changes
    assert change.kind == "figure_changed"
    assert (change.old["value"], change.new["value"]) == (1500, 3000)
    assert change.new["unit"] == "soldiers"
    assert "South Korea" in (change.new_sentence or "")
    assert result.text.added_words >= 1 and result.text.removed_words >= 1


def test_seed_austin_quote_reworded_is_exactly_one_quote_edit() -> None:
    new = CNN.replace("What, exactly, they’re doing is left to be seen.",
                      "What exactly they’re doing remains to be seen.")  # fmt: skip
    (change,) = compare(cnn(), cnn(new)).changes
    assert change.kind == "quote_edited"
    assert "Austin" in (change.speaker or "")
    assert "remains to be seen" in change.new


def test_seed_kirby_quote_added() -> None:
    para = ("“We are consulting closely with our allies and partners,” White House national "
            "security spokesman John Kirby said.\n\n")  # fmt: skip
    new = CNN.replace("Asked what North Korea", para + "Asked what North Korea")
    (change,) = compare(cnn(), cnn(new)).changes
    assert change.kind == "quote_added"
    assert "Kirby" in (change.speaker or "")
    assert change.old is None


def test_seed_developing_marker_removed() -> None:
    old = extract_text(ABC)
    new = extract_text(ABC.replace("This is a developing story. Check back for updates.\n", ""))
    assert old.developing
    assert kinds(compare(old, new).changes) == ["developing_marker_removed"]


def test_seed_moved_paragraphs_and_typography_are_not_changes() -> None:
    paras = CNN.split("\n", 1)[1].strip().split("\n\n")
    moved = [paras[0], *paras[5:], *paras[1:5]]
    new = "\n\n".join(moved).replace("“", '"').replace("”", '"').replace("’", "'")
    result = compare(cnn(), cnn("header\n" + new))
    assert result.changes == ()


def test_headline_byline_and_correction_changes() -> None:
    old = cnn(Title="Austin confirms troops", Byline="Natasha Bertrand and Shania Shelton, CNN")
    new = cnn(CNN + "\n\nCorrection: An earlier version misstated the agency's name.\n",
              Title="Pentagon chief confirms troops",
              Byline="Shania Shelton and Natasha Bertrand, CNN")  # fmt: skip
    changes = compare(old, new).changes
    assert kinds(changes) == ["correction_added", "headline_changed"]  # byline only reordered
    assert changes[0].kind == "headline_changed"  # the frame comes first
    assert changes[0].old == "Austin confirms troops"


def test_a_title_missing_on_one_side_is_not_a_headline_change() -> None:
    assert frame_changes(Article(title="A"), Article(title=None)) == []
    assert frame_changes(Article(title="A  b"), Article(title="a b")) == []


def test_comparison_json_has_the_documented_shape() -> None:
    new = CNN.replace("shipped 1,500 soldiers", "shipped 3,000 soldiers")
    data = json.loads(json.dumps(compare(cnn(), cnn(new)).to_dict()))
    assert set(data) >= {"old", "new", "changes", "text"}
    assert set(data["old"]) >= {"title", "developing", "quotes", "figures"}
    (change,) = data["changes"]
    assert change["old"]["text"] == "1,500 soldiers"
    assert set(change) >= {"kind", "old", "new", "old_sentence", "new_sentence"}
    assert set(data["text"]) >= {"added_words", "removed_words", "unchanged_words"}


@pytest.mark.parametrize(
    ("before", "after", "collapsed"),
    [(300, 50, True), (300, 200, False), (0, 0, False), (300, 105, False), (300, 104, True)],
)
def test_is_collapsed(before: int, after: int, collapsed: bool) -> None:
    def article(n: int) -> Article:
        return Article(paragraphs=tuple(["word " * n] if n else []))

    assert is_collapsed(article(before), article(after)) is collapsed


def test_a_pronoun_resolved_differently_in_an_unchanged_paragraph_is_not_a_reattribution() -> None:
    text = "It's not exactly like I can have someone charge into the room"
    para = f'Although Ford had outlined the book, he struggled. "{text}," he wrote.'
    old = [q(text, "Beth Meacham", "meacham", paragraph=0)]
    new = [q(text, "Ford's father", "ford father", paragraph=3)]
    assert align_quotes(old, new, [para], ["", "", "", para]) == []


# --- noise on real articles: a moved paragraph and restyled typography are not changes -------

AEB = AEB_CORPUS / "ground-truth.json"


def _real_bodies(count: int) -> list[tuple[str, list[str]]]:
    if not AEB.exists():
        return []
    pages = json.loads(AEB.read_text(encoding="utf-8"))
    out = []
    for sha, page in sorted(pages.items()):
        paras = [p.strip() for p in page["articleBody"].split("\n") if p.strip()]
        if len(paras) >= 6 and page["articleBody"].count("“") + page["articleBody"].count('"') >= 4:
            out.append((sha[:12], paras))
    return out[:count]


@pytest.mark.parametrize(
    ("sha", "paras"), _real_bodies(400), ids=lambda v: v if isinstance(v, str) else ""
)
def test_real_article_moved_and_restyled_has_no_changes(sha: str, paras: list[str]) -> None:
    moved = [*paras[:1], *paras[2:-1], paras[1], paras[-1]]  # the second paragraph moves down
    restyled = [
        p.replace("“", '"').replace("”", '"').replace("’", "'").replace("—", "--") for p in moved
    ]
    old = extract_text("\n\n".join(paras))
    new = extract_text("\n\n".join(restyled))
    assert [c.to_dict() for c in compare(old, new).changes] == []


# --- figures: earlier values ("up from 20") and re-read figures -------------------------------


def _figure_changes(old: str, new: str) -> list[tuple[str, object, object]]:
    """(kind, old "value unit", new "value unit") of the figure changes between two texts."""
    from monitor.figures import extract_figures

    def short(side: dict[str, object] | None) -> object:
        return None if side is None else f"{side['value']} {side['unit']}"

    changes = align_figures(extract_figures([old]), extract_figures([new]), equivalent)
    return sorted((c.kind, short(c.old), short(c.new)) for c in changes)


@pytest.mark.parametrize(
    ("old", "new", "before", "after"),
    [
        ("The toll is 12 dead.", "The toll is now 15 dead, up from 12.", "12 dead", "15 dead"),
        ("The toll rose to 12.", "The toll rose to 15 from 12.", "12 None", "15 None"),
        ("Deaths rose to 12.", "Deaths increased from 12 to 15.", "12 None", "15 None"),
        ("There were 12 deaths.", "There were 15 deaths (up from 12).", "12 deaths", "15 deaths"),
        (
            "The fire has burned 12,000 acres and destroyed 20 homes, the agency said.",
            "The fire grew from 12,000 acres to 18,500 acres and destroyed 20 homes, the agency"
            " said.",
            "12000 acres",
            "18500 acres",
        ),
        (
            "A total of 28 people who were in close contact were put under quarantine.",
            "A total of 35 people who were in close contact were put under quarantine, up from 28"
            " reported earlier.",
            "28 people",
            "35 people",
        ),
        (
            "Officials said seven people had died and 23 people had been pulled out alive.",
            "Officials said the number who died had risen from seven to 10 and 23 people had been"
            " pulled out alive.",
            "7 people",
            "10 people",  # the new value takes the unit of the old one it revises
        ),
    ],
)
def test_an_earlier_value_added_beside_the_new_one_is_one_revision(
    old: str, new: str, before: str, after: str
) -> None:
    assert _figure_changes(old, new) == [("figure_changed", before, after)]


def test_an_earlier_value_cut_or_kept_is_not_news() -> None:
    assert _figure_changes("It destroyed 35 homes, up from 20.", "It destroyed 40 homes.") == [
        ("figure_changed", "35 homes", "40 homes")
    ]
    # the current value revised again: the old current value is now the earlier one
    old, new = "It destroyed 35 homes, up from 20.", "It destroyed 40 homes, up from 35 today."
    assert _figure_changes(old, new) == [("figure_changed", "35 homes", "40 homes")]
    # a new sentence with its earlier value is one figure added
    assert _figure_changes("The agency spoke.", "The agency said 40 homes burned, up from 35.") == [
        ("figure_added", None, "40 homes")
    ]
    # a corrected earlier value is still a change
    old, new = "It destroyed 35 homes, up from 20.", "It destroyed 35 homes, up from 22."
    assert _figure_changes(old, new) == [("figure_changed", "20 homes", "22 homes")]


def test_an_earlier_value_does_not_pull_in_an_unrelated_old_figure() -> None:
    old = "Officials counted 20 boats in the harbour."
    new = "Officials counted 20 boats in the harbour. The fire destroyed 35 homes, up from 20."
    assert _figure_changes(old, new) == [("figure_added", None, "35 homes")]
    old = "They evacuated 12 people on Monday."
    new = "They evacuated 200 people from 12 villages on Monday."
    assert ("figure_added", None, "12 villages") in _figure_changes(old, new)  # not absorbed


def test_a_figure_read_another_way_after_a_punctuation_fix_is_not_a_change() -> None:
    old = "Police spoke to Ryan S. Hollman 31, of Hope and Victor N. Burton, 57, of Columbus."
    new = "Police spoke to Ryan S. Hollman, 31, of Hope and Victor N. Burton, 57, of Columbus."
    assert _figure_changes(old, new) == []
    # a unit changed in words is still a change, whatever the punctuation
    old = "The army moved 1,500 soldiers, officials said."
    new = "The army moved 1,500 civilians, officials said."
    assert _figure_changes(old, new) == [("figure_changed", "1500 soldiers", "1500 civilians")]
    # the same words with another number are a change even when the reading flips
    old = "Police spoke to Ryan S. Hollman 31, of Hope."
    new = "Police spoke to Ryan S. Hollman, 32, of Hope."
    assert [k for k, _, _ in _figure_changes(old, new)] != []


def _quote_changes(old: list[str], new: list[str]) -> list[tuple[str, str | None]]:
    """(kind, speaker) of the quote changes between two lists of paragraphs."""
    from monitor.quotes import extract_quotes

    changes = align_quotes(extract_quotes(old), extract_quotes(new), old, new)
    return sorted((c.kind, c.speaker) for c in changes)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("the outgassing of water vapour on Europa", "the outgassing of water vapor on Europa"),
        ("people in the centre of town", "people in the center of town"),
        ("we will organise the defence", "we will organize the defense"),
        ("they travelled home on Monday", "they traveled home on Monday"),
        ("the goverment must act now", "the government must act now"),
    ],
)
def test_a_spelling_fixed_inside_an_unchanged_quote_is_not_a_change(
    before: str, after: str
) -> None:
    paragraph = '"We expect {} this year," Lucas Paganini said.'
    assert _quote_changes([paragraph.format(before)], [paragraph.format(after)]) == []


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("we will go back to the site", "we won't go back to the site"),
        ("three people were hurt at the site", "four people were hurt at the site"),
        ("3 people were hurt at the site", "5 people were hurt at the site"),
        ("a deal is likely this week", "a deal is unlikely this week"),
        ("the fighting is now over", "the fighting is not over"),
        ("one woman was hurt at the site", "one women was hurt at the site"),
        ("the patient lives in Ohio", "the patient lived in Ohio"),
        ("prices will increase sharply", "prices will decrease sharply"),
    ],
)
def test_a_one_word_rewording_inside_a_quote_is_still_an_edit(before: str, after: str) -> None:
    paragraph = '"We expect {} soon," Lucas Paganini said.'
    changes = _quote_changes([paragraph.format(before)], [paragraph.format(after)])
    assert changes == [("quote_edited", "Lucas Paganini")]


def test_a_short_partial_quote_extended_where_it_stands_is_one_edit() -> None:
    old = (
        "Fan Mengguang, deputy director of the disease control centre, told the media that the "
        'latest case is "isolated and unrelated" to the cases in Beijing.'
    )
    new = (
        "Fan Mengguang, deputy director of the disease control centre, told the media that the "
        'latest case is "isolated and unrelated to the cases in Beijing, and the risk of it '
        'spreading is very low."'
    )
    assert _quote_changes([old], [new]) == [("quote_edited", "Fan Mengguang")]
    # the same words quoted by someone else, in another sentence, are a new quote
    other = '"It is isolated and unrelated to anything we saw," Wang Yi said at a briefing.'
    assert _quote_changes([old], [old, other]) == [("quote_added", "Wang Yi")]


# --- figures: context (dates, "one legal expert") and counts a month name hid ----------------


def test_a_count_after_a_month_like_word_changed_is_a_figure_change() -> None:
    old = "Microsoft launched the service across 13 markets earlier this year."
    new = "Microsoft launched the service across 14 markets earlier this year."
    assert _figure_changes(old, new) == [("figure_changed", "13 markets", "14 markets")]


def test_a_date_changed_in_place_is_a_change_but_a_date_added_is_not() -> None:
    old = "The tour kicks off June 9 in West Palm Beach, Florida."
    new = "The tour kicks off June 12 in West Palm Beach, Florida."
    assert _figure_changes(old, new) == [("figure_changed", "609 None", "612 None")]
    listing = "June 9 - West Palm Beach, FL June 10 - Tampa, FL"
    longer = "June 9 - West Palm Beach, FL July 6 - Dallas, TX June 10 - Tampa, FL"
    assert _figure_changes(listing, longer) == []
    assert _figure_changes("Tickets go on sale Friday.", "Tickets go on sale at 10 a.m.") == []


def test_a_descriptive_one_is_not_news_but_a_toll_is() -> None:
    old = "They tacked on their estimate ($6 million in both cases)."
    new = "They tacked on their estimate ($6 million on one site and $8 million on the other)."
    assert _figure_changes(old, new) == [("figure_added", None, "8000000 dollars")]
    said = '"He has no immunity," said one legal expert, as reported by the Independent.'
    named = '"He has no immunity," said Geoffrey Robertson, as reported by the Independent.'
    assert _figure_changes(said, named) == []
    assert _figure_changes("One person died in the attack.", "Two people died in the attack.") == [
        ("figure_changed", "1 people", "2 people")
    ]
    assert _figure_changes("Police closed the road.", "One soldier was killed.") == [
        ("figure_added", None, "1 soldiers")
    ]


def _quote_rows(old: list[str], new: list[str]) -> list[tuple[str, str | None, str | None]]:
    result = compare(Article(paragraphs=tuple(old)), Article(paragraphs=tuple(new)))
    return [(c.kind, c.old, c.new) for c in result.changes if c.kind.startswith("quote")]


def test_a_one_word_piece_cut_from_a_split_quote_is_an_edit_of_the_quote() -> None:
    old = ['"You gotta give me a big win please," Trump said later. "Please."']
    new = ['"You gotta give me a big win please," Trump said later.']
    assert _quote_rows(old, new) == [
        ("quote_edited", "You gotta give me a big win please Please.",
         "You gotta give me a big win please")
    ]  # fmt: skip
    # but a partial quote dropped from a lede while the full quote stays is no change
    lede = 'Trump asked for "a big win" on Tuesday.'
    body = '"You gotta give me a big win please," Trump said later.'
    assert _quote_rows([lede, body], ["Trump asked for a win on Tuesday.", body]) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('"It had an effect," Taylor wrote. " The course went on for 12 months.',
         '"It had an effect," Taylor wrote. "The course went on for 12 months.'),
        ('"Hello there ," Taylor said. "Goodbye now."',
         '"Hello there," Taylor said. " Goodbye now."'),
        ('A sample came in called "Glasgow ("No Place Like Home"). "It grabbed me by the heart," '
         'Harper said. "It just connected." Buckley had a similar experience: "It was just that '
         "feeling of ' this is the song.'\"",
         'A sample came in called "Glasgow (No Place Like Home)." "It grabbed me by the heart," '
         'Harper said. "It just connected." Buckley had a similar experience: "It was just that '
         "feeling of 'this is the song.'\""),
    ],
)  # fmt: skip
def test_spaces_by_quote_marks_and_a_fixed_stray_mark_are_no_change(old: str, new: str) -> None:
    assert _quote_rows([old], [new]) == []


def test_paragraph_memos_never_change_an_answer() -> None:
    """Cold, warm, and warm from other articles: the same comparison every time."""
    folders = list(case_folders(Path(__file__).parent / "data" / "revisions"))[:40]
    pairs = [(load_version(f, "old"), load_version(f, "new")) for f in folders]
    memo.clear()
    cold = [compare(old, new) for old, new in pairs]
    warm = [compare(old, new) for old, new in reversed(pairs)][::-1]
    memo.clear()
    swapped = [compare(new, old) for old, new in pairs]
    assert warm == cold
    assert [c.old_quotes for c in swapped] == [c.new_quotes for c in cold]
    assert [c.new_figures for c in swapped] == [c.old_figures for c in cold]


@pytest.mark.parametrize(
    "note",
    [
        "Correction added Nov. 18, 2019: The caption misstated who first saw the cells.",
        "Correction appended: An earlier caption misnamed the lab.",
        "Corrected on May 5, 2024: The age of the victim was 34, not 43.",
    ],
)
def test_dated_correction_notes_are_corrections(note: str) -> None:
    assert is_correction(note)


def test_a_range_change_names_both_ends() -> None:
    old = extract_text("Each week, around 75 to 100 people view the profile.")
    new = extract_text("Each week, around 75 to 120 people view the profile.")
    [change] = compare(old, new).changes
    assert change.kind == "figure_changed"
    assert change.to_dict()["old"]["high"] == 100 and change.to_dict()["new"]["high"] == 120


def test_a_count_revised_to_a_range_is_one_change() -> None:
    old = extract_text("Officials ordered about 3,500 residents to leave their homes on Monday.")
    new = extract_text(
        "Officials ordered between 6,000 and 8,000 residents to leave their homes on Monday."
    )
    assert [c.kind for c in compare(old, new).changes] == ["figure_changed"]


def test_a_quote_running_over_two_paragraphs_is_added_as_one() -> None:
    old = extract_text("Title: T\n\nDistrict Attorney Lisa Moreland said her office would act.")
    new = extract_text(
        "Title: T\n\nDistrict Attorney Lisa Moreland said her office would act.\n\n"
        '"Families woke up without someone they love. That is not acceptable.\n\n'
        '"We will find the people responsible," Moreland said.'
    )
    [change] = compare(old, new).changes
    assert (change.kind, change.speaker) == ("quote_added", "Lisa Moreland")
    assert change.new is not None and change.new.endswith("find the people responsible")
