"""Figure extraction: values, units, hedges and kinds, and what is not a figure."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.comparative import context_only, locate
from monitor.currency import fold_currency
from monitor.figures import equivalent, extract_figures
from monitor.model import Figure
from monitor.numbers import fold_unit, parse_word_number
from monitor.text import split_paragraphs
from tests.conftest import AEB_CORPUS

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CNN_SEED = SEEDS / "cnn-austin-north-korea-troops-russia.txt"
ABC_SEED = SEEDS / "abc-north-korean-troops-russia-austin.txt"
CORPUS = AEB_CORPUS / "ground-truth.json"


def one(text: str) -> Figure:
    """The single figure of a snippet (fails when there is not exactly one)."""
    figures = extract_figures([text])
    assert len(figures) == 1, figures
    return figures[0]


def facts(text: str) -> list[tuple[str, float | None, str | None, str | None, str]]:
    """(text, value, unit, qualifier, kind) of every figure of a snippet."""
    return [(f.text, f.value, f.unit, f.qualifier, f.kind) for f in extract_figures([text])]


# --- the seed story ------------------------------------------------------------------------


def test_cnn_seed_figures_are_exactly_right() -> None:
    paragraphs = split_paragraphs(CNN_SEED.read_text())[1:]
    got = [(f.text, f.value, f.unit, f.qualifier, f.kind) for f in extract_figures(paragraphs)]
    assert got == [
        ("Thousands of North Korean troops", 1000.0, "troops", None, "vague"),
        ('"10,000" soldiers', 10000.0, "soldiers", None, "count"),
        ("1,500 soldiers", 1500.0, "soldiers", None, "count"),
    ]


def test_cnn_seed_figure_positions_and_sentences() -> None:
    paragraphs = split_paragraphs(CNN_SEED.read_text())[1:]
    figures = extract_figures(paragraphs)
    last = figures[-1]
    assert paragraphs[last.paragraph].startswith("Meanwhile, South Korea")
    assert last.sentence == paragraphs[last.paragraph]
    zelensky = figures[1]
    assert "Zelensky" in zelensky.sentence and zelensky.text in paragraphs[zelensky.paragraph]


def test_abc_seed_has_only_the_duration() -> None:
    paragraphs = split_paragraphs(ABC_SEED.read_text())
    got = [(f.text, f.value, f.unit, f.kind) for f in extract_figures(paragraphs)]
    assert got == [("two and a half years", 2.5, "years", "duration")]


def test_revised_seed_figure_is_a_different_fact() -> None:
    old = one("North Korea has shipped 1,500 soldiers, including special forces, to Russia.")
    new = one("North Korea has shipped 3,000 soldiers, including special forces, to Russia.")
    assert (new.value, new.unit) == (3000.0, "soldiers")
    assert not equivalent(old, new)


# --- numbers, scales, currencies, percentages ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind"),
    [
        ("The army lost 1,500 soldiers.", 1500, "soldiers", "count"),
        ("It sent 10,000 troops.", 10000, "troops", "count"),
        ("Some 1.5 million people fled.", 1.5e6, "people", "count"),
        ("The deal is worth $3.5bn.", 3.5e9, "dollars", "money"),
        ("The deal is worth $3.5 billion.", 3.5e9, "dollars", "money"),
        ("A budget of £2 billion was agreed.", 2e9, "pounds", "money"),
        ("The club paid €40m for him.", 4e7, "euros", "money"),
        ("It raised US$4.4m last year.", 4.4e6, "dollars", "money"),
        ("Fines of 100 billion won were imposed.", 1e11, "won", "money"),
        ("Exports fell by 500 million rubles.", 5e8, "rubles", "money"),
        ("Turnout was 40%.", 40, "percent", "percent"),
        ("Turnout was 40 percent.", 40, "percent", "percent"),
        ("Turnout was 40 per cent.", 40, "percent", "percent"),
        ("Rates rose 2 percentage points.", 2, "percentage points", "percent"),
        ("The road is 12 km long.", 12, "km", "count"),
        ("The road is 12 kilometres long.", 12, "km", "count"),
        ("One soldier was killed.", 1, "soldiers", "count"),
        ("Twenty three people were hurt.", 23, "people", "count"),
        ("The group has one hundred members.", 100, "members", "count"),
        ("He sold a dozen eggs.", 12, "eggs", "count"),
        ("Police arrested 12 killed", 12, "killed", "count"),
        ("It has 3 police officers.", 3, "officers", "count"),
    ],
)
def test_values_and_units(text: str, value: float, unit: str, kind: str) -> None:
    f = one(text)
    assert (f.unit, f.kind) == (unit, kind)
    assert f.value == pytest.approx(value)


def test_money_text_is_the_amount_as_written() -> None:
    assert one("The deal is worth $3.5bn in aid.").text == "$3.5bn"
    assert one("Turnout was 40% in the north.").text == "40%"


def test_counted_noun_skips_adjectives_and_stops_at_verbs_and_conjunctions() -> None:
    assert one("Some 3,000 North Korean troops arrived.").unit == "troops"
    assert one("It shipped 1,500 soldiers, including special forces, to Russia.").unit == (
        "soldiers"
    )
    assert one("He said 10,000 soldiers and technical personnel were ready.").unit == "soldiers"
    assert one("About 500 Ukrainian army soldiers died.").unit == "soldiers"
    assert one("It took 300 people to court.").unit == "people"


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("at least 3,000 troops", "at least"),
        ("nearly 3,000 troops", "nearly"),
        ("almost 3,000 troops", "almost"),
        ("up to 12,000 troops", "up to"),
        ("as many as 12,000 troops", "as many as"),
        ("more than 400,000 residents", "more than"),
        ("fewer than 10 people", "fewer than"),
        ("less than 10 people", "fewer than"),
        ("about 450 people", "about"),
        ("approximately 450 people", "about"),
        ("roughly 450 people", "about"),
        ("around 450 people", "about"),
        ("an estimated 100,000 residents", "about"),
        ("over 20,800 reviews", "over"),
    ],
)
def test_qualifiers_are_folded(text: str, qualifier: str) -> None:
    f = one(f"They counted {text} there.")
    assert f.qualifier == qualifier
    assert f.text.lower().startswith(text.split()[0])


def test_ranges_share_their_scale_and_keep_both_ends() -> None:
    f = one("The war has cost 350-375 million dollars so far.")
    assert (f.value, f.high, f.unit, f.kind) == (3.5e8, 3.75e8, "dollars", "range")
    f = one("Officials expect between 10 and 12 soldiers.")
    assert (f.value, f.high, f.unit, f.text) == (10, 12, "soldiers", "between 10 and 12 soldiers")
    f = one("Officials expect 10 to 12 soldiers.")
    assert (f.value, f.high, f.unit) == (10, 12, "soldiers")


def test_from_to_is_two_figures() -> None:
    got = facts("The toll rose from 10 to 12 people.")
    assert [(v, u) for _, v, u, _, _ in got] == [(10, "people"), (12, "people")]


def test_scores_are_not_ranges() -> None:
    f = one("The court ruled 6-3 on Friday.")
    assert (f.kind, f.value, f.high) == ("score", 6, 3)


# --- number words, fractions, vague quantities ------------------------------------------------


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("twenty three", 23),
        ("one hundred and fifty", 150),
        ("two thousand five hundred", 2500),
        ("two and a half", 2.5),
        ("a third", 1 / 3),
        ("three quarters", 0.75),
        ("half a dozen", 6),
        ("a dozen", 12),
        ("one and a half million", 1.5e6),
        ("fifteen hundred", 1500),
    ],
)
def test_parse_word_number(words: str, value: float) -> None:
    assert parse_word_number(words) == pytest.approx(value)


def test_parse_word_number_rejects_two_numbers() -> None:
    assert parse_word_number("two three") is None


def test_fractions_of_a_group() -> None:
    f = one("Half of the troops went home.")
    assert (f.value, f.unit, f.kind) == (0.5, "troops", "fraction")
    f = one("He won two thirds of the vote.")
    assert f.unit == "votes"
    assert f.value == pytest.approx(2 / 3)
    assert extract_figures(["It was a third time lucky."]) == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Thousands of troops massed.", 1000, "troops"),
        ("Hundreds of people marched.", 100, "people"),
        ("Dozens of soldiers were hurt.", 12, "soldiers"),
        ("Tens of thousands of people fled.", 10000, "people"),
        ("Hundreds of thousands of people fled.", 100000, "people"),
        ("It cost millions of dollars.", 1e6, "dollars"),
    ],
)
def test_vague_quantities(text: str, value: float, unit: str) -> None:
    f = one(text)
    assert (f.kind, f.value, f.unit, f.qualifier) == ("vague", value, unit, None)


# --- dates, times, ages, durations --------------------------------------------------------


def test_durations_and_ages() -> None:
    f = one("He spoke of casualties over the last two and a half years.")
    assert (f.text, f.value, f.unit, f.kind) == ("two and a half years", 2.5, "years", "duration")
    assert (one("A man aged 45 was arrested.").kind, one("A man aged 45 was arrested.").value) == (
        "age",
        45,
    )
    f = one("A 45-year-old man was arrested.")
    assert (f.kind, f.value, f.unit, f.text) == ("age", 45, "years", "45-year-old")
    assert one("He is 45 years old.").kind == "age"
    f = one("They agreed a 30-day ceasefire.")
    assert (f.kind, f.value, f.unit) == ("duration", 30, "days")


def test_explicit_dates_only() -> None:
    assert one("It happened on Oct. 23.").value == 1023
    assert one("It happened on October 23, 2024.").value == 20241023
    assert one("It happened on 23 October 2024.").value == 20241023
    assert extract_figures(["It happened on Friday."]) == []
    assert extract_figures(["It happened in 2024, since 1953."]) == []


def test_times() -> None:
    f = one("The blast came at 6:38 p.m. local time.")
    assert f.kind == "time"
    assert f.value == pytest.approx(18 + 38 / 60)
    assert one("Polls close at 3pm.").value == 15


# --- what is not a figure ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine wants F-35 jets.",
        "Covid-19 spread fast.",
        "The COVID 19 pandemic ended.",
        "He left No 10 at noon.",
        "He left No. 10 Downing Street.",
        "Britain sent Challenger 2 tanks.",
        "Leaders met at the G7 summit and the G20 summit.",
        "A Boeing 737 crashed.",
        "He bought an iPhone 15 yesterday.",
        "MH17 was shot down.",
        "Title 42 expired.",
        "NATO's Article 5 applies.",
        "Section 230 protects platforms.",
        "After 9/11 everything changed.",
        "The service runs 24/7.",
        "Call 555-123-4567 now.",
        "See https://example.com/2024/10/23/story-123 for more.",
        "598 Comments",
        "Published 6 hours ago",
        "Updated 52 minutes ago",
        "3 min read",
        "Image 1 of 5",
        "Photos (1/4)",
        "No one was hurt.",
        "One of the soldiers said so.",
        "He was the one who spoke.",
        "It was a big day.",
        "Air Force One landed.",
        "The 1990s were different.",
        "He came 2nd.",
    ],
)
def test_not_figures(text: str) -> None:
    assert extract_figures([text]) == []


def test_list_markers_are_not_figures() -> None:
    assert facts("1. The first point is 5 soldiers.") == [
        ("5 soldiers", 5.0, "soldiers", None, "count")
    ]


def test_bare_year_is_out_but_a_count_of_that_size_is_in() -> None:
    assert extract_figures(["The 2024 election was close."]) == []
    assert one("Officials said 2000 people attended.").value == 2000


# --- equivalence ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("They sent 1,000 troops.", "They sent 1000 troops."),
        ("It has 4.4m people.", "It has 4.4 million people."),
        ("Turnout was 40%.", "Turnout was 40 percent."),
        ("Turnout was 40 per cent.", "Turnout was 40 percent."),
        ("It cost $3.5bn.", "It cost $3.5 billion."),
        ("It cost $3.5bn.", "It cost 3.5 billion dollars."),
        ("Over two and a half years.", "Over 2.5 years."),
        ("He sent one soldier.", "He sent 1 soldier."),
        ("A third of the troops left.", "One third of the troops left."),
        ("Approximately 500 people.", "About 500 people."),
    ],
)
def test_equivalent_spellings(a: str, b: str) -> None:
    assert equivalent(one(a), one(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("They sent 1,000 troops.", "They sent 1,500 troops."),
        ("They sent 1,000 troops.", "They sent at least 1,000 troops."),
        ("They sent 1,000 troops.", "They sent 1,000 soldiers."),
        ("It cost $3.5bn.", "It cost €3.5bn."),
        ("It grew 40%.", "It grew 40 percentage points."),
        ("It took 10-12 days.", "It took 10-14 days."),
    ],
)
def test_not_equivalent(a: str, b: str) -> None:
    assert not equivalent(one(a), one(b))


def test_fold_unit() -> None:
    assert fold_unit("soldier") == "soldiers"
    assert fold_unit("Casualty") == "casualties"
    assert fold_unit("person") == "people"
    assert fold_unit("per cent") == "percent"
    assert fold_unit("kilometres") == "km"


def test_normalizes_its_input() -> None:
    f = one("He said \u201c10,000\u201d soldiers were ready \u2014 and more.")
    assert (f.value, f.unit) == (10000, "soldiers")
    assert one("Twenty-three people died.").value == 23


# --- patterns found in real articles (tests/… corpus review) -----------------------------------


def test_change_with_different_units_is_two_figures() -> None:
    got = facts("Sales rose 3.5 percent to $27.2 billion.")
    assert [(t, v, u) for t, v, u, _, _ in got] == [
        ("3.5 percent", 3.5, "percent"),
        ("$27.2 billion", 2.72e10, "dollars"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It is one of the most popular games.",
        "One of Dell's Black Friday deals is live.",
        "No one bothered mentioning it.",
        "The 737 Max jet was grounded.",
        "Emirates ordered the 787-9 Dreamliner.",
        "Black Friday 2019 deals are here.",
        "It streams in 4K resolution.",
        "The scores were level.",
        "The new ranking puts it in the Fortune 500 company list.",
        "He would get 2 \u044f\u0439\u0446\u0430.",
    ],
)
def test_real_article_non_figures(text: str) -> None:
    assert [f for f in extract_figures([text]) if f.unit is not None or f.kind != "count"] == []


def test_real_article_units() -> None:
    assert one("Apple TV+ costs $6.99-a-month.").text == "$6.99"
    assert one("It is a 180 page publication.").unit == "pages"
    assert one("More than 600,000 Israelis live there.").unit == "israelis"
    f = one("He won roughly two thirds of the state's voters.")
    assert (f.kind, f.unit, f.qualifier) == ("fraction", "voters", "about")
    assert one("They met four national leaders.").unit == "leaders"
    assert one("It seated four national.").unit is None
    f = one("Babies aged 6 months were vaccinated.")
    assert (f.kind, f.value, f.unit) == ("age", 6, "months")
    assert one("He sold 2 \u044f\u0439\u0446\u0430.").unit is None


def test_tennis_scores() -> None:
    got = facts("He won 6-4, 7-5 in the final.")
    assert [(v, k) for _, v, _, _, k in got] == [(6, "score"), (7, "score")]


def test_more_spellings() -> None:
    assert one("It cost USD 5 million.").value == 5e6
    assert one("It cost 5 million USD.").unit == "dollars"
    assert (one("It cost ¥100.").unit, one("It cost 100 yen.").unit) == ("yen", "yen")
    assert one("COVID-19 cases rose to 5,000.").value == 5000
    assert one("The rate is 5.25%-5.5%.").high == 5.5
    got = facts("He ran the 100m in 9.58 seconds.")
    assert [(v, u) for _, v, u, _, _ in got] == [(100, "meters"), (9.58, "seconds")]
    assert extract_figures(["ISBN 978-3-16-148410-0 is the book."]) == []
    assert extract_figures(["The 2022-23 season and the years between 2010 and 2015."]) == []


# --- patterns from the corpus evaluation (tests/data/revisions) -------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Roughly 13,000 US troops remain in Afghanistan.", "troops"),
        ("Roughly 13,000 U.S. troops remain in Afghanistan.", "troops"),
        ("The firm laid off 300 IT workers.", "workers"),
        ("He made more than 13,000 false or misleading claims.", "claims"),
        ("Israel freed 500 Palestinian and Lebanese prisoners.", "prisoners"),
        ("It hired close to 1,000 maintenance and cleaning workers.", "workers"),
        ("He met four national security and diplomatic officials.", "officials"),
        ("Two United States service members were hurt.", "members"),
        ("Some 10 Democrats agree.", "democrats"),
        ("Add the juice of one lemon and spices.", "lemons"),
    ],
)
def test_counted_noun_after_initials_and_joined_modifiers(text: str, unit: str) -> None:
    assert one(text).unit == unit


def test_what_is_not_joined_or_initials() -> None:
    assert one("He sent 10,000 soldiers and technical personnel.").unit == "soldiers"
    assert [u for _, _, u, _, _ in facts("It took 1 year and 3 months.")] == ["years", "months"]
    assert one("They told 300 of us to go.").unit is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Patrick Carlineo Jr., 55, could face up to 10 years in prison.", 55),
        ("The US wants the UK to extradite Assange, 47, over the leaks.", 47),
        ("Police said a man, 45, was arrested.", 45),
        ('"I was deported," said Singh Jabarjung, 24.', 24),
    ],
)
def test_appositive_age(text: str, value: float) -> None:
    ages = [f for f in extract_figures([text]) if f.kind == "age"]
    assert [(f.text, f.value, f.unit) for f in ages] == [(str(value), value, "years")]


def test_numbers_after_commas_that_are_not_ages() -> None:
    assert facts("Smith, 55, and Jones, 60, were held.") == [
        ("55", 55, "years", None, "age"),
        ("60", 60, "years", None, "age"),
    ]
    assert one("In Paris, 55 people died.").kind == "count"
    assert {f.kind for f in extract_figures(["The votes were 6, 4, 3."])} == {"count"}
    assert {f.kind for f in extract_figures(["Marks: Smith, 5.5, Jones, 7.5."])} == {"count"}


@pytest.mark.parametrize(
    "text",
    [
        '"Don\'t hide things like this from us," one Weibo commenter said, per Feng.',
        '"Don\'t hide things like this," one Weibo commenter said, per Feng.',
        "One official, who asked not to be named, told CNN the talks failed.",
        "One official speaking on condition of anonymity said it failed.",
        '"We would be North Dakota," one user quipped.',
        "It cut lives short, according to one estimate.",
    ],
)
def test_one_speaker_is_not_a_figure(text: str) -> None:
    assert extract_figures([text]) == []


def test_one_as_a_count_is_still_a_figure() -> None:
    assert one("One soldier was killed, officials said.").unit == "soldiers"
    assert one("They found one soldier.").unit == "soldiers"


# --- weak spots: fractions of a scale, ratios, areas and volumes --------------------------------


def test_fraction_of_a_scale() -> None:
    f = one("A quarter of a million people fled.")
    assert (f.text, f.value, f.unit, f.kind) == (
        "A quarter of a million people",
        250_000,
        "people",
        "count",
    )
    assert one("Three quarters of a billion dollars was spent.").value == 7.5e8
    assert equivalent(one("It hit 250,000 people."), one("It hit a quarter of a million people."))
    assert parse_word_number("a quarter of a million") == 250_000


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("Nearly one in three people said so.", 1 / 3, "people", "nearly"),
        ("About 1 in 4 adults smoke.", 0.25, "adults", "about"),
        ("One out of every five Americans agreed.", 0.2, "americans", None),
        ("Eight out of ten companies agreed.", 0.8, "companies", None),
    ],
)
def test_ratios_are_fractions_not_counts(
    text: str, value: float, unit: str, qualifier: str | None
) -> None:
    f = one(text)
    assert (f.kind, f.unit, f.qualifier) == ("fraction", unit, qualifier)
    assert f.value == pytest.approx(value)


def test_what_is_not_a_ratio() -> None:
    assert extract_figures(["One in 2024 was bad."]) == []
    assert [k for _, _, _, _, k in facts("He ran 5 in 10 minutes.")] == ["count", "duration"]


def test_areas_and_volumes() -> None:
    f = one("It is a 20.7 cubic foot fridge.")
    assert (f.text, f.value, f.unit) == ("20.7 cubic foot", 20.7, "cubic feet")
    assert equivalent(f, one("It holds 20.7 cubic feet."))
    assert one("The house has 2,000 square feet.").unit == "square feet"
    assert one("Fire burned 20 sq km of forest.").unit == "square km"
    assert one("It covers 300 square miles.").unit == "square miles"
    assert one("He ate three square meals.").unit == "meals"
    assert fold_unit("sq ft") == "square feet"


# --- patterns from the held-out corpus (tests/data/heldout) and the corpus review ---------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Power was cut in 18 Northern and central California counties as winds rose.", "counties"),
        ("The chain will encompass 263 daily news organizations.", "organizations"),
        ("It has 10 badly damaged homes.", "homes"),
        ("Savings wasted, nearly 150 Indians returned home broke on Wednesday.", "indians"),
        ("These 150 Indians have either violated their visa norms.", "indians"),
        ("It picked three other commercial lunar lander ideas to join.", "ideas"),
        ("Emirates ordered 30 Boeing 787 jets, it said.", "jets"),
        ("It has an 82 kWh lithium-ion battery.", "kwh"),
        ("Title: 3 Killed In Crash", "killed"),
        ("3 Hospitalized After Wrong-Way Crash", "hospitalized"),
        ("One Napa County reporting station hasn't seen rain.", "stations"),
        ("Mix in 2 Tbsp olive oil.", "tbsp"),
    ],
)
def test_counted_noun_after_modifiers_names_and_models(text: str, unit: str) -> None:
    assert one(text).unit == unit


def test_an_adverb_or_a_verb_after_the_number_is_not_the_unit() -> None:
    assert one("He won 5 easily.").unit is None
    assert one("The 150 Indians returned home.").unit == "indians"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He has spent Rs 24 lakh on four attempts.", 2.4e6),
        ("He has spent Rs. 24 lakh on four attempts.", 2.4e6),
        ("He has spent Rs24 lakh on four attempts.", 2.4e6),
        ("He has spent ₹24 lakh on four attempts.", 2.4e6),
        ("He has spent INR 24 lakh on four attempts.", 2.4e6),
        ("He has spent 24 lakh rupees on four attempts.", 2.4e6),
        ("He has spent 2.4 million rupees on four attempts.", 2.4e6),
        ("The budget is Rs 5 crore this year.", 5e7),
        ("The budget is ₹1.5 lakh crore this year.", 1.5e12),
    ],
)
def test_indian_rupees_lakh_and_crore(text: str, value: float) -> None:
    f = next(f for f in extract_figures([text]) if f.kind == "money")
    assert (f.unit, f.kind) == ("rupees", "money")
    assert f.value == pytest.approx(value)


def test_a_revised_rupee_amount_is_a_different_fact() -> None:
    old, new = one("He spent Rs 24 lakh."), one("He spent Rs 34 lakh.")
    assert (old.text, new.text) == ("Rs 24 lakh", "Rs 34 lakh")
    assert not equivalent(old, new)
    assert one("They distributed 50 lakh masks.").value == 5e6


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Investors were told 176 Hong Kong dollars (£17.43).", "Investors were told HK$176."),
        ("It would raise at least 88 billion Hong Kong dollars.", "It'd raise at least HK$88bn."),
        ("It costs 5 HKD.", "It costs HK$5."),
        ("It cost A$5m.", "It cost 5 million Australian dollars."),
        ("It cost AU$5m.", "It cost AUD 5 million."),
        ("It cost C$5m.", "It cost 5 million Canadian dollars."),
        ("It cost CA$5m.", "It cost CAD 5 million."),
        ("It cost NZ$5m.", "It cost 5 million New Zealand dollars."),
        ("It cost S$5m.", "It cost 5 million Singapore dollars."),
        ("It cost R$5m.", "It cost 5 million reais."),
        ("It cost US$5m.", "It cost $5m."),
        ("It cost US$5m.", "It cost 5 million U.S. dollars."),
        ("It cost 5 million dollars.", "It cost $5 million."),
        ("It cost £5m.", "It cost 5 million pounds sterling."),
        ("It cost £71.6million.", "It cost £71.6m."),
    ],
)
def test_currency_spellings_fold_to_one_unit(a: str, b: str) -> None:
    fa, fb = [next(f for f in extract_figures([t]) if f.kind == "money") for t in (a, b)]
    assert equivalent(fa, fb), (fa, fb)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("It cost HK$176.", "It cost $176."),
        ("It cost A$5m.", "It cost C$5m."),
        ("It cost 5 million Australian dollars.", "It cost 5 million dollars."),
        ("He paid 500 Pakistani rupees.", "He paid Rs 500."),
    ],
)
def test_different_currencies_stay_apart(a: str, b: str) -> None:
    assert not equivalent(one(a), one(b))


def test_fold_currency() -> None:
    assert fold_currency("HK$") == fold_currency("Hong Kong dollars") == "hong kong dollars"
    assert fold_currency("US$") == fold_currency("US dollars") == fold_currency("$") == "dollars"
    assert fold_currency("Rs.") == fold_currency("₹") == fold_currency("Indian rupees") == "rupees"
    assert fold_currency("pounds sterling") == fold_currency("£") == "pounds"


def test_an_article_before_a_dollar_sign_is_not_a_currency_prefix() -> None:
    assert (one("A $5 bill was found.").text, one("A$5 was found.").unit) == (
        "$5",
        "australian dollars",
    )


def test_parts_of_a_timestamp_are_not_times() -> None:
    got = facts("The file was saved at 2019-11-19T14:10:00-05:00 by the clerk.")
    assert [k for _, _, _, _, k in got] == ["date"]
    assert one("It was 10:30 GMT.").value == 10.5


def test_a_count_before_last_or_next_is_not_a_duration() -> None:
    assert facts("There were outages, including one last month.") == []
    assert one("It rained for two straight weeks.").kind == "duration"


def test_a_part_of_a_counted_whole_shares_its_unit() -> None:
    got = facts("Ten of the 18 staffers worked, and six of their 20 guards.")
    assert [(t, v, u) for t, v, u, _, _ in got] == [
        ("Ten", 10, "staffers"),
        ("18 staffers", 18, "staffers"),
        ("six", 6, "guards"),
        ("20 guards", 20, "guards"),
    ]
    assert facts("A year or two of international fury.") == []  # vague, not a count
    assert one("Our picks for the 10 best deals.").unit == "deals"
    assert one("They are the 10 best.").unit is None


def test_a_currency_sign_after_the_amount() -> None:
    assert [(f.value, f.unit) for f in extract_figures(["VIP: 60,000₩, R: 5 €."])] == [
        (60000, "won"),
        (5, "euros"),
    ]


def test_a_contraction_is_not_a_possessive_or_a_noun() -> None:
    assert extract_figures(["We need one that's stronger."]) == []
    assert one("They took 500 of Russia's soldiers.").unit == "soldiers"


# --- contrasted figures: the earlier value beside the current one ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It destroyed 35 homes, up from 20 on Wednesday.", [(35, "homes"), (20, "homes")]),
        ("The toll rose to 15 deaths from 12.", [(15, "deaths"), (12, "deaths")]),
        ("There were 15 deaths (up from 12).", [(15, "deaths"), (12, "deaths")]),
        ("Deaths rose from 12 to 15 deaths.", [(12, "deaths"), (15, "deaths")]),
        ("The fire grew from 12,000 acres to 18,500 acres.", [(12000, "acres"), (18500, "acres")]),
        ("It was 25% contained, compared with 10 on Monday.", [(25, "percent"), (10, "percent")]),
        ("Turnout rose from 40 on Monday to 55 percent.", [(40, "percent"), (55, "percent")]),
        (
            "A total of 35 people were put under medical quarantine, up from 28 reported earlier.",
            [(35, "people"), (28, "people")],
        ),
    ],
)
def test_an_earlier_value_without_a_unit_takes_its_partners(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in extract_figures([text])] == expected


def test_what_is_not_an_earlier_value() -> None:
    got = facts("They evacuated 200 people from 12 villages.")
    assert [(v, u) for _, v, u, _, _ in got] == [(200, "people"), (12, "villages")]
    # a plain "from" far from the other figure, or across a sentence, lends nothing
    got = facts("Police arrested 35 people in the square on the night of the vote, from 12.")
    assert [u for _, _, u, _, _ in got] == ["people", None]
    got = facts("It destroyed 35 homes. Up from 20 is the count of barns.")
    assert [u for _, _, u, _, _ in got] == ["homes", None]
    # a percent or a currency is not lent to an amount of money ("up from 2.9" of "$3.5bn")
    assert [f.unit for f in extract_figures(["Sales hit $3.5bn, up from 2.9 last year."])] == [
        "dollars",
        None,
    ]


def test_pounds_of_a_substance_are_a_weight_not_money() -> None:
    assert facts("They detected 5,200 pounds of water vapor.")[0][2:] == ("pounds", None, "count")
    assert one("The bomb weighs 200 pounds.").kind == "count"
    assert one("They seized 300 pounds of cocaine.").kind == "count"
    assert one("It cost 500 pounds.").kind == "money"
    assert one("The council spent 5 million pounds of taxpayers' money.").kind == "money"
    assert one("It paid 20 pounds of their own cash.").kind == "money"
    assert one("It cost £500 of their savings.").kind == "money"


def test_a_hyphenated_age_with_old_apart_is_an_age() -> None:
    f = one("A 55-year old man contracted plague.")
    assert (f.text, f.value, f.unit, f.kind) == ("55-year old", 55, "years", "age")
    assert one("A 55-year term.").kind == "duration"


def test_a_street_number_is_an_address_not_a_figure() -> None:
    text = "Burton, 57, of 3170 W. County Road, Battin of 1119 Eighth St., and 2134 Caldwell Place."
    assert [(t, k) for t, _, _, _, k in facts(text)] == [("57", "age")]
    assert one("Police sent 30 officers to Main Street.").value == 30
    assert one("About 30 St. Louis residents came.").value == 30


# --- month names, footnotes, ranks and context figures ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It launched across 13 markets earlier this year.", [(13, "markets", "count")]),
        ("12 Marines were hurt.", [(12, "marines", "count")]),
        ("5 Decks were sold on 13 Mar. 2024.", [(5, "decks", "count"), (20240313, None, "date")]),
        ("The 13 may be late.", [(13, None, "count")]),  # not a date: read as a number again
        ("It takes place 18-24 November.", [(1118, None, "date")]),
        ("It was a 30 min walk.", [(30, "minutes", "duration")]),
    ],
)
def test_a_month_is_a_whole_word_and_a_rejected_date_is_still_a_number(
    text: str, expected: list[tuple[float, str | None, str]]
) -> None:
    assert [(f.value, f.unit, f.kind) for f in extract_figures([text])] == expected


@pytest.mark.parametrize(
    "text",
    [
        "He is the number one buyer of the jet.",
        "The number eight is lucky.",
        "You have an app or two to check it.",
        "Discounts apply (Destiny 2 is free).",
        "Updated 10:30 a.m. ET, Nov. 22, 2019",
        "5:45 AM PST 11/19/2019 by Patrick Shanley",
    ],
)
def test_ranks_vague_pairs_titles_and_time_stamps_are_not_figures(text: str) -> None:
    assert extract_figures([text]) == []


def test_a_footnote_mark_is_not_a_figure_but_a_bracketed_figure_is() -> None:
    assert facts("Staff face 1,000 alarms per shift [1].")[0][1:3] == (1000, "alarms")
    assert len(facts("Staff face 1,000 alarms per shift [1].")) == 1
    assert one("It faced a [0.6% to 0.7%] headwind.").kind == "range"


def _context(text: str) -> list[tuple[str, bool]]:
    """(text, context_only) of every figure of a one-sentence snippet."""
    figures = extract_figures([text])
    return [(f.text, context_only(f, at)) for f, at in zip(figures, locate(figures), strict=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tour kicks off July 6 at 8 p.m. in Dallas.", [("July 6", True), ("8 p.m.", True)]),
        ("They tacked on $6 million on one site.", [("$6 million", False), ("one site", True)]),
        ('"No," said one legal expert, as reported.', [("one legal expert", True)]),
        ("It makes the two sides of the trading relationship poorer.", [("two sides", True)]),
        ("It happened in a hospital one night.", [("one night", True)]),
        ("One soldier died in the attack.", [("One soldier", False)]),
        ("The blast killed one person on Monday.", [("one person", False)]),
        ("The cell had only one toilet.", [("one toilet", False)]),
        ("Two people were killed.", [("Two people", False)]),
        ("It was done on 1 site.", [("1 site", False)]),
        ("He was jailed for one year.", [("one year", False)]),
        ("The two teams had not met since 1965.", [("two teams", False)]),
        ("The three deaths of detained children were reviewed.", [("three deaths", False)]),
    ],
)
def test_dates_times_and_descriptive_small_numbers_are_context(
    text: str, expected: list[tuple[str, bool]]
) -> None:
    assert _context(text) == expected


# --- heldout4 review: economy copy, glued units, scare-quoted nouns -------------------------


def test_a_change_then_the_level_it_led_to_is_two_figures_of_the_subject() -> None:
    got = facts("Vacancies fell by 40,000 to 795,000, the lowest level in two years.")
    assert [(t, v, u) for t, v, u, _, _ in got][:2] == [
        ("40,000", 40000, "vacancies"),
        ("795,000", 795000, "vacancies"),
    ]
    assert [(t, u) for t, _, u, _, _ in facts("Jobless claims rose 12,000 to 230,000.")] == [
        ("12,000", "claims"),
        ("230,000", "claims"),
    ]
    # close ends after a change verb are still a range
    assert [k for *_, k in facts("Prices rose 5 to 10 percent.")] == ["range"]


def test_up_to_after_a_verb_of_movement_is_a_direction_not_a_bound() -> None:
    assert [q for _, _, _, q, _ in facts("The unemployment rate edged up to 4.4%.")] == [None]
    assert [q for _, _, _, q, _ in facts("The attack killed up to 300 people.")] == ["up to"]


def test_a_decimal_m_is_millions_unless_the_paragraph_measures_metres() -> None:
    got = facts("Unemployment rose by 65,000 to 1.36m in the three months to September.")
    assert (got[1][1], got[1][2]) == (1360000, None)
    got = facts("There were 4.4m people on contracts, up from 4.1m a year earlier.")
    assert [(round(v or 0), u) for _, v, u, _, _ in got] == [
        (4400000, "people"),
        (4100000, "people"),
    ]
    got = facts("The wall is 2.5m tall, up from 2.1m.")
    assert [(v, u) for _, v, u, _, _ in got] == [(2.5, "meters"), (2.1, "meters")]


def test_glued_units_read_like_spaced_ones() -> None:
    glued = facts("It runs at 30fps on a 3.5GHz chip with 20mg and 500ml.")
    spaced = facts("It runs at 30 fps on a 3.5 GHz chip with 20 mg and 500 ml.")
    assert [(v, u) for _, v, u, _, _ in glued] == [(v, u) for _, v, u, _, _ in spaced]
    assert [u for _, _, u, _, _ in glued] == ["fps", "ghz", "mg", "ml"]


def test_a_noun_in_scare_quotes_is_still_counted() -> None:
    got = facts('There are now 140 million monthly active "businesses" on the platform.')
    assert [(t, u) for t, _, u, _, _ in got] == [
        ('140 million monthly active "businesses"', "businesses")
    ]


def test_a_hyphenated_height_in_metres_is_a_length() -> None:
    assert [(v, u) for _, v, u, _, _ in facts("A 4.5m-high wall stands.")] == [(4.5, "meters")]


def test_indian_digit_grouping_and_an_undetermined_partitive() -> None:
    assert [(v, u) for _, v, u, _, _ in facts("Floods hit 1,20,000 hectares.")] == [
        (120000, "hectares")
    ]
    assert [v for _, v, _, _, _ in facts("People in camps rose to 1,45,000.")] == [145000]
    assert [(v, u) for _, v, u, _, _ in facts("31 of 35 economists expect a cut.")] == [
        (31, "economists"),
        (35, "economists"),
    ]


def test_a_comma_ends_the_name_before_a_number() -> None:
    got = facts("In Kaziranga National Park, 70 of the 233 forest camps are submerged.")
    assert [(v, u) for _, v, u, _, _ in got] == [(70, "camps"), (233, "camps")]
    assert facts("The Boeing 737 Max jet landed.") == []
