"""Direct-quote extraction: the seed story exactly, then each pattern real articles use."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from monitor import text
from monitor.model import Quote
from monitor.quotes import extract_quotes
from monitor.subjects import speaker_key
from monitor.text import normalized_line
from tests.conftest import AEB_CORPUS

ROOT = Path(__file__).resolve().parent.parent
ABC_SEED = ROOT / "seeds" / "abc-north-korean-troops-russia-austin.txt"
CNN_SEED = ROOT / "seeds" / "cnn-austin-north-korea-troops-russia.txt"
CORPUS = AEB_CORPUS / "ground-truth.json"

Row = tuple[int, str, str | None, bool]  # paragraph, text, speaker, partial


def rows(quotes: list[Quote]) -> list[Row]:
    return [(q.paragraph, q.text, q.speaker, q.partial) for q in quotes]


def one(paragraph: str) -> Quote:
    quotes = extract_quotes([paragraph])
    assert len(quotes) == 1, quotes
    return quotes[0]


def cnn_paragraphs() -> list[str]:
    paragraphs = text.split_paragraphs(CNN_SEED.read_text())[1:]  # skip the metadata line
    paragraphs[0] = text.strip_dateline(paragraphs[0])[1]
    return paragraphs


# ---- the seed story --------------------------------------------------------------------------


def test_abc_seed_every_quote_and_speaker() -> None:
    quotes = extract_quotes(text.split_paragraphs(ABC_SEED.read_text()))
    austin, un_rep, peskov = (
        "Lloyd Austin",
        "a North Korean representative to the United Nations",
        ("Dmitry Peskov"),
    )
    assert rows(quotes) == [
        (1, "What exactly they're doing", austin, True),
        (1, "These are things that we need to sort out.", austin, False),
        (3, "continue to pull this thread", austin, True),
        (
            4,
            "That is a very, very serious issue and it will have impacts not only in Europe, it "
            "will also impact things in the Indo-Pacific as well",
            austin,
            False,
        ),
        (5, "certainly", austin, True),
        (5, "strengthened relationship, for lack of a better term, between Russia and DPRK",
         austin, True),
        (6, "arms and munitions to Russia and this is a next step.", austin, True),
        (
            8,
            "You've heard me talk about the significant casualties that he has experienced over "
            "the last two and a half years",
            austin,
            False,
        ),
        (8, "This is an indication that he may be even in more trouble than most people realize.",
         austin, False),
        (10, "My delegation does not feel any need for comment on such groundless stereotyped "
         "rumors", un_rep, False),
        (11, "There is a lot of contradictory information, and that is probably how it should be "
         "treated", peskov, False),
        (12, "This should not cause anyone any concern, because this cooperation is not directed "
         "against third countries", peskov, False),
    ]  # fmt: skip
    keys = {q.speaker: q.speaker_key for q in quotes}
    assert keys == {
        austin: "austin",
        un_rep: "north korean representative to the united nations",
        peskov: "peskov",
    }


def test_abc_seed_sentences() -> None:
    quotes = extract_quotes(text.split_paragraphs(ABC_SEED.read_text()))
    assert quotes[0].sentence == (
        '"What exactly they\'re doing" remains to be seen, Austin told journalists while in '
        "Rome, Italy."
    )
    assert quotes[1].sentence == '"These are things that we need to sort out."'
    assert quotes[3].sentence.startswith('"That is a very, very serious issue')
    assert quotes[3].sentence.endswith("Austin warned.")


def test_cnn_seed_every_quote_and_speaker() -> None:
    quotes = extract_quotes(cnn_paragraphs())
    austin = "Lloyd Austin"
    assert rows(quotes) == [
        (1, "We are seeing evidence that that there are North Korean troops that have gone to "
         "Russia", austin, False),
        (1, "What, exactly, they're doing is left to be seen.", austin, False),
        (4, "may be even in more trouble than most people realize.", austin, True),
        (
            7,
            "If they're a co-belligerent, their intention is to participate in this war on "
            "Russia's behalf, that is a very, very serious issue, and it will have impacts not "
            "only on in Europe - It will also impact things in the Indo Pacific as well",
            austin,
            False,
        ),
        # A number in quotes inside narration, but attributed ("Zelensky ... telling a NATO
        # summit that"): a partial quote, not a scare quote.
        (10, "10,000", "Volodymyr Zelensky", True),
    ]  # fmt: skip
    assert {q.speaker_key for q in quotes} == {"austin", "zelensky"}


def test_cnn_seed_reworded_quote_is_the_same_speaker_and_slot() -> None:
    paragraphs = [
        p.replace("What, exactly, they're doing is left to be seen.",
                  "What exactly they're doing remains to be seen.")
        for p in cnn_paragraphs()
    ]  # fmt: skip
    quotes = extract_quotes(paragraphs)
    assert (quotes[1].text, quotes[1].speaker_key) == (
        "What exactly they're doing remains to be seen.",
        "austin",
    )


def test_raw_curly_input_gives_the_same_quotes() -> None:
    raw = [
        "“We are seeing evidence,” Austin told reporters. “What, exactly, they’re doing is "
        "left to be seen.”",
    ]
    assert rows(extract_quotes(raw)) == [
        (0, "We are seeing evidence", "Austin", False),
        (0, "What, exactly, they're doing is left to be seen.", "Austin", False),
    ]


# ---- speakers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Defense Secretary Lloyd Austin", "austin"),
        ("Secretary of Defense Lloyd Austin", "austin"),
        ("Lloyd Austin", "austin"),
        ("Austin", "austin"),
        ("Mr. Austin", "austin"),
        ("Lloyd J. Austin III", "austin"),
        ("Kremlin spokesperson Dmitry Peskov", "peskov"),
        ("Ukrainian President Volodymyr Zelensky", "zelensky"),
        ("Minister of Foreign Affairs Sergey Lavrov", "lavrov"),
        ("Cmdr. Sean Robertson", "robertson"),
        ("Kim Jong Un", "kim"),
        ("Xi Jinping", "xi"),
        ("Kim Kardashian", "kardashian"),
        ("the Kremlin", "kremlin"),
        ("The Pentagon", "pentagon"),
        ("a senior administration official", "official"),  # "the official" later on
        ("one legal expert", "expert"),
        ("Geoffrey Robertson QC", "robertson"),  # honours are not the name
        ("Keir Starmer MP", "starmer"),
        ("company spokesperson", "spokesperson"),  # a description without its article
        # where a described speaker was is not who they are: "the doctor" later on
        ("a doctor on the scene", "doctor"),
        ("a source close to the talks", "source"),
        ("a spokesperson for the ministry", "spokesperson for the ministry"),
        ("Zelenskyy’s", "zelenskyy"),
        ("he", None),
        ("", None),
    ],
)
def test_speaker_key(name: str, key: str | None) -> None:
    assert speaker_key(name) == key


def test_speaker_shown_by_the_fullest_name_in_the_article() -> None:
    quotes = extract_quotes(
        [
            "Defense Secretary Lloyd Austin spoke in Rome.",
            '"We are watching," Austin said.',
        ]
    )
    assert (quotes[0].speaker, quotes[0].speaker_key) == ("Lloyd Austin", "austin")


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('"We are watching closely," said Austin.', "Austin"),
        ('"We are watching closely," said Defense Secretary Lloyd Austin.', "Lloyd Austin"),
        ('"We are watching closely," Austin told reporters on Wednesday.', "Austin"),
        ('Austin told journalists: "We are watching closely."', "Austin"),
        ('Austin said in a statement, "We are watching closely."', "Austin"),
        ('In a statement, Austin said: "We are watching closely."', "Austin"),
        ('"We are watching closely," Austin, who spoke in Rome, said.', "Austin"),
        ('Peskov, meanwhile, said: "We are watching closely."', "Peskov"),
        ('"We are watching closely," Lloyd Austin, the defense secretary, said.', "Lloyd Austin"),
        ('"We are watching closely," according to Austin.', "Austin"),
        ('"We are watching closely," Austin wrote on X.', "Austin"),
        ('"We are watching closely," Austin posted on social media.', "Austin"),
        ('"We are watching closely," Austin tweeted.', "Austin"),
        ('"Are we watching closely?" Austin asked.', "Austin"),
        ('"Watch closely!" Austin urged reporters.', "Austin"),
        ('"We are watching closely," the Kremlin said.', "the Kremlin"),
        ('"We are watching closely," the Pentagon said in a statement.', "the Pentagon"),
        ('"We are watching closely," a senior administration official said.',
         "a senior administration official"),
        ('"We are watching closely," U.S. officials said.', "U.S. officials"),
        ('"We are watching closely," North Korea\'s foreign ministry said.',
         "North Korea's foreign ministry"),
        ('"We are watching closely," NASA planetary scientist Lucas Paganini said.',
         "Lucas Paganini"),
        ('"We are watching closely," said planetary geologist Rosaly Lopes of NASA\'s Jet '
         "Propulsion Laboratory in California.", "Rosaly Lopes"),
        ('"We are watching closely," Mayer, Disney\'s chairman of direct-to-consumer and '
         "international, said Tuesday.", "Mayer"),
        ('"We are watching closely," study lead author Lucas Paganini, a planetary scientist at '
         "NASA's Goddard Space Flight Center in Greenbelt, Maryland, and American University in "
         "Washington, D.C., said in a statement.", "Lucas Paganini"),
        ("Cmdr. Sean Robertson, a spokesperson for Inherent Resolve, the U.S. military operation "
         'against Islamic State in Iraq and Syria, told VOA that "the claim is false and we '
         'reject it."', "Sean Robertson"),
        ('"We are watching closely," China\'s ambassador to Britain Liu Xiaoming said.',
         "Liu Xiaoming"),
        ('"We are watching closely," the 14th-ranked Schwartzman said.', "Schwartzman"),
        ('"We lost the baby," Van Der Beek said.', "Van Der Beek"),
        ('"The crisis is now," Gambill said to cheers from the crowd.', "Gambill"),
        ('Sondland, a wealthy hotelier, is entangled. Yet Sondland has amended his testimony - '
         '"I now do recall," he said.', "Sondland"),
    ],
)  # fmt: skip
def test_attribution_forms(paragraph: str, speaker: str) -> None:
    assert one(paragraph).speaker == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # An appositive after the name: the name wins over the role, whatever the role reads as.
        ("Sonya A. Zoghlin, Carlineo's attorney, told The Hill in a statement that \"he did not "
         'intend to cause harm."', "Sonya A. Zoghlin"),
        ('"It was an attempt to mislead voters," Will Moy, chief executive of the London-based '
         "fact-checking website Full Fact, told the BBC.", "Will Moy"),
        ('Sen. Ben Sasse, R-Neb., called his death "a crisis of public trust" within the system.',
         "Ben Sasse"),
        ('"We are watching closely," Morrison, Vindman\'s superior, said.', "Morrison"),
        ('"We are watching closely," John Williams, the president of the Federal Reserve Bank of '
         "New York, said in a speech.", "John Williams"),
        ('Eswar Prasad, a trade professor at Cornell, said the "mercurial temperament" hurt.',
         "Eswar Prasad"),
        # The role before the name.
        ("Carlineo's attorney Sonya A. Zoghlin told The Hill: \"He did not intend harm.\"",
         "Sonya A. Zoghlin"),
        ('"We are watching closely," Secretary of state Mike Pompeo said.', "Mike Pompeo"),
        ('"We will leave," Theresa May told MPs.', "Theresa May"),
        # A relative clause describes the subject; it does not hold it.
        ('"We are ready," the lawyer who represents Thomas said.', "the lawyer"),
        ('Montell Figgins, who represents Thomas, said his client "chose not to accept" a deal.',
         "Montell Figgins"),
        ('Billboards in which people say, "I\'m on meth," went up.', "people"),
        ("A spokesperson who did not wish to be named said: \"It is not feasible.\"",
         "a spokesperson"),
        # A name that ends a preposition's object belongs to the object, not the speaker.
        ("Joel Schlabach, a teacher at eastern Indiana's Richmond High School, said politicians "
         'have "vilified" educators.', "Joel Schlabach"),
        ('"We are ready," a spokesperson for President Vladimir Putin said.',
         "a spokesperson for President Vladimir Putin"),
        # A title of an organisation after a name is its appositive; so is a title-first one.
        ('"Our strategy is to be where the consumer is," Strauss Zelnick, CEO of Take-Two, adds.',
         "Strauss Zelnick"),
        ("Steve Menet, Senior Vice President of Sales for Dräger, Inc., says: \"Effective alarm "
         'management continues."', "Steve Menet"),
        ('Rob Goldman, President Ascom North America, says: "We can help hospitals."',
         "Rob Goldman"),
        ('"We go," Jim Chilton, senior vice president at Boeing Defense, Space, and Security, '
         "said.", "Jim Chilton"),
        ('"We worked on adjusting the architecture," comments Robin Biesbroek of the CDF.',
         "Robin Biesbroek"),
        ('"We are watching," the Director of National Intelligence said.',
         "the Director of National Intelligence"),
        # A role "of the <Organisation>" names the organisation, not a person.
        ('"We go quickly," Thomas Zurbuchen, NASA\'s associate administrator of the Science '
         "Mission Directorate, said.", "Thomas Zurbuchen"),
        ('"We go quickly," said a spokesperson for the Inherent Resolve Command.',
         "a spokesperson for the Inherent Resolve Command"),
    ],
)  # fmt: skip
def test_appositives_and_relative_clauses(paragraph: str, speaker: str) -> None:
    assert one(paragraph).speaker == speaker


def test_appositive_speaker_is_the_she_of_the_next_paragraph() -> None:
    quotes = extract_quotes(
        [
            "Sonya A. Zoghlin, Carlineo's attorney, told The Hill in a statement that her client "
            "did not intend to cause harm.",
            '"Pat Carlineo is passionate about his political beliefs," she said in an email.',
        ]
    )
    assert [(q.speaker, q.speaker_key) for q in quotes] == [("Sonya A. Zoghlin", "zoghlin")]


def test_reported_speech_belongs_to_the_subject_of_said_not_of_the_clause() -> None:
    quotes = extract_quotes(
        [
            "Montell Figgins, who represents Thomas, said his client chose not to accept a plea "
            "agreement. He said Thomas is a single father of three children, and a guilty plea "
            'would "ruin his life."',
            'Austin said Putin is "in more trouble than most people realize."',
        ]
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("ruin his life.", "Montell Figgins"),
        ("in more trouble than most people realize.", "Austin"),
    ]


# Two people speaking together are one speaker, "X and Y", keyed by both keys sorted and
# joined by "+" (so that "Y and X" in a later version is the same speaker, not a re-attribution).
@pytest.mark.parametrize(
    ("paragraph", "speaker", "key"),
    [
        ('"We are ready," Smith and Jones said.', "Smith and Jones", "jones+smith"),
        ('"We are ready," Sen. Lindsey Graham and Sen. Chuck Schumer said in a joint statement.',
         "Lindsey Graham and Chuck Schumer", "graham+schumer"),
        ('"We are ready," said Lindsey Graham and Chuck Schumer.',
         "Lindsey Graham and Chuck Schumer", "graham+schumer"),
        ('Rep. Adam Schiff and Rep. Devin Nunes said: "We are ready."',
         "Adam Schiff and Devin Nunes", "nunes+schiff"),
        # Not pairs: one person with two roles, a person and the people around them.
        ('"We found water," lead researcher and NASA planetary scientist Lucas Paganini said.',
         "Lucas Paganini", "paganini"),
        ('"We found water," Paganini and his team wrote.', "Paganini", "paganini"),
    ],
)  # fmt: skip
def test_joint_speakers(paragraph: str, speaker: str, key: str) -> None:
    q = one(paragraph)
    assert (q.speaker, q.speaker_key) == (speaker, key)


def test_joint_speaker_key_ignores_order_and_titles() -> None:
    assert speaker_key("Schumer and Graham") == "graham+schumer"
    assert speaker_key("Sen. Lindsey Graham and Sen. Chuck Schumer") == "graham+schumer"


def test_they_after_a_joint_speaker_is_the_pair() -> None:
    quotes = extract_quotes(
        ['"We are ready," Graham and Schumer said.', '"We will vote," they added.']
    )
    assert [q.speaker_key for q in quotes] == ["graham+schumer", "graham+schumer"]


# ---- patterns met in real articles (task review of 30 corpus articles) -----------------------


def test_appositive_chain_gives_the_first_name() -> None:
    q = one(
        "Prince Andrew, the nearly 60-year-old younger brother of heir to the British throne, "
        'Charles, has reportedly told friends that the interview was a "great success".'
    )
    assert q.speaker_key == "andrew"


def test_a_verb_in_another_clause_after_a_quote_is_not_its_attribution() -> None:
    quotes = extract_quotes(
        [
            'The Pentagon rejected the claims as "patently false and absurd," and analysts in '
            "the camp told reporters the claims are false.",
            '"Meth. We\'re on it" is on billboards in which people say, "I\'m on meth."',
            'The outages have been "terribly disruptive" and PG&E is acting, but "we will not roll '
            'the dice," company CEO Andy Vesey said.',
        ]
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("patently false and absurd", None),
        ("Meth. We're on it", None),
        ("I'm on meth.", "people"),
        ("terribly disruptive", "Andy Vesey"),
        ("we will not roll the dice", "Andy Vesey"),
    ]


def test_a_colon_after_a_sentence_opened_by_a_name_announces_that_persons_quote() -> None:
    q = one(
        'Buckley, who phoned in from the Chicago set of "Fargo," had a similar experience: '
        '"It was just that immediate feeling of this is the song."'
    )
    assert (q.speaker, q.partial) == ("Buckley", False)


def test_a_space_typed_after_an_opening_mark() -> None:
    quotes = extract_quotes(['"Operating is different," Mayer said. " I love what I\'m doing."'])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Operating is different", "Mayer"),
        ("I love what I'm doing.", "Mayer"),
    ]


def test_a_capitalized_common_noun_opening_a_sentence_is_nobody() -> None:
    quotes = extract_quotes(
        [
            "Patrick Carlineo Jr. pleaded guilty on Monday.",
            "Sentencing is scheduled for Feb. 14.",
            'During the call, he called Omar a "terrorist" and said, "somebody ought to stop '
            "her,\" the prosecutor's office said.",
        ]
    )
    assert [q.speaker_key for q in quotes] == ["carlineo", "prosecutor office"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('"Open the door! We\'re coming in!" an officer shouts.', "an officer"),
        ('"Hands! Let me see your hands!" an officer ordered.', "an officer"),
        ('"We are ready," Singer-guitarist Tom Johnston said.', "Tom Johnston"),
        ('"We are ready," comments Johnston in a statement.', "Johnston"),
        ('"We are ready," NASA Administrator Jim Bridenstine said.', "Jim Bridenstine"),
        (
            "According to Patrick Nielsen Hayden, shortly before his death, his agent "
            "Valerie Smith "
            '"was beginning the process of essentially vanishing" from the industry.',
            "Patrick Nielsen Hayden",
        ),
        (
            "The only two Arab states to have signed treaties also criticised the shift, with "
            'Jordanian Foreign Minister Ayman Safadi warning of "dangerous consequences".',
            "Ayman Safadi",
        ),
        (
            'Van Der Beek was eliminated in what host Tom Bergeron described as the "hardest '
            "judge's verdict so far this season.\"",
            "Tom Bergeron",
        ),
        ('"We are ready," Johnston remarks.', "Johnston"),
    ],
)
def test_more_verbs_and_roles(paragraph: str, speaker: str) -> None:
    assert one(paragraph).speaker == speaker


def test_pronouns_resolve_to_the_latest_named_person() -> None:
    quotes = extract_quotes(
        [
            "The development may indicate resource strain on President Vladimir Putin, "
            "Austin added.",
            '"You\'ve heard me talk about the significant casualties," he said.',
            "Meanwhile Kremlin spokesperson Dmitry Peskov spoke to reporters.",
            '"There is a lot of contradictory information," she added.',
        ]
    )
    assert [(q.speaker, q.speaker_key) for q in quotes] == [
        ("Austin", "austin"),
        ("Dmitry Peskov", "peskov"),
    ]


def test_he_and_she_skip_a_person_the_text_already_called_the_other() -> None:
    quotes = extract_quotes(
        [
            'Actress Mary Steenburgen recalled her surgery. "I felt strange," she said.',
            "Her son, Charlie McDowell, remembers it too, and so does his sister.",
            '"It was a trying time for the whole family," she said.',
            '"I thought she had gone crazy," he said.',
        ]
    )
    assert [q.speaker for q in quotes] == [
        "Mary Steenburgen",
        "Mary Steenburgen",
        "Charlie McDowell",
    ]


def test_a_pronoun_that_means_nobody_known_gives_no_speaker() -> None:
    quotes = extract_quotes(
        [
            'Actress Mary Steenburgen recalled her surgery. "I felt strange," she said.',
            '"I thought she had gone crazy," he said.',
        ]
    )
    assert [q.speaker for q in quotes] == ["Mary Steenburgen", None]


def test_the_official_is_the_earlier_senior_administration_official() -> None:
    quotes = extract_quotes(
        [
            "Thousands of troops have arrived, according to a senior administration official.",
            '"That would be a sign of serious desperation," the official told CNN.',
        ]
    )
    assert (quotes[0].speaker, quotes[0].speaker_key) == (
        "a senior administration official",
        "official",
    )


def test_the_official_without_an_antecedent_is_kept_as_written() -> None:
    assert one('"That would be a sign of desperation," the official told CNN.').speaker == (
        "the official"
    )


def test_unattributed_quote_has_no_speaker() -> None:
    q = one('"This is a developing story that will change over the hours ahead."')
    assert (q.speaker, q.speaker_key, q.partial) == (None, None, False)


# ---- shapes of quotes ------------------------------------------------------------------------


def test_quote_split_around_its_attribution_is_one_quote() -> None:
    paragraph = (
        '"That is a very serious issue," Austin warned, "and it will have impacts in Europe." '
        "He left Rome on Thursday."
    )
    q = one(paragraph)
    assert q.text == "That is a very serious issue and it will have impacts in Europe."
    assert q.speaker == "Austin" and not q.partial
    assert q.sentence == (
        '"That is a very serious issue," Austin warned, "and it will have impacts in Europe."'
    )


def test_quoted_sentences_either_side_of_a_full_stop_stay_separate() -> None:
    quotes = extract_quotes(['"We are ready," Austin said. "We have always been ready."'])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We are ready", "Austin"),
        ("We have always been ready.", "Austin"),
    ]


def test_multi_sentence_quote_is_one_quote() -> None:
    q = one('"We are ready. We have always been ready. We will be ready," Austin said.')
    assert q.text == "We are ready. We have always been ready. We will be ready"
    assert q.sentence == '"We are ready. We have always been ready. We will be ready," Austin said.'


def test_quote_running_across_paragraphs_keeps_its_speaker() -> None:
    quotes = extract_quotes(
        [
            'Austin told journalists: "We are seeing evidence of troops in Russia.',
            '"What exactly they are doing remains to be seen.',
            '"These are things that we need to sort out."',
            "Ukraine has warned about the deployment for weeks.",
        ]
    )
    assert rows(quotes) == [
        (0, "We are seeing evidence of troops in Russia.", "Austin", False),
        (1, "What exactly they are doing remains to be seen.", "Austin", False),
        (2, "These are things that we need to sort out.", "Austin", False),
    ]


def test_quote_paragraph_after_a_quote_paragraph_keeps_the_speaker() -> None:
    quotes = extract_quotes(
        ['"You gotta give me a big win," Trump said later. "Please."', '"Now."']
    )
    assert [q.text for q in quotes] == ["You gotta give me a big win", "Please.", "Now."]


def test_colon_intro_at_the_end_of_a_paragraph() -> None:
    quotes = extract_quotes(
        ["Austin told journalists in Rome:", '"We are seeing evidence of troops in Russia."']
    )
    assert rows(quotes) == [(1, "We are seeing evidence of troops in Russia.", "Austin", False)]


def test_partial_quotes_inside_narration() -> None:
    quotes = extract_quotes(
        [
            'Austin said there is "certainly" a "strengthened relationship, for lack of a better '
            'term, between Russia and DPRK," using the acronym.'
        ]
    )
    assert rows(quotes) == [
        (0, "certainly", "Austin", True),
        (0, "strengthened relationship, for lack of a better term, between Russia and DPRK",
         "Austin", True),
    ]  # fmt: skip


def test_question_and_exclamation_before_the_attribution() -> None:
    quotes = extract_quotes(
        ['"Governor Bevin has done a wonderful job!" Trump tweeted before Election Day. '
         '"GET OUT and VOTE on November 5th!"']
    )  # fmt: skip
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Governor Bevin has done a wonderful job!", "Trump"),
        ("GET OUT and VOTE on November 5th!", "Trump"),
    ]


def test_colon_after_a_verb_that_is_not_a_speech_verb() -> None:
    quotes = extract_quotes(
        ['"It is a different muscle," York said. Smith agreed: "It is a different job."']
    )
    assert [q.speaker for q in quotes] == ["York", "Smith"]


# ---- scare quotes, titles, apostrophes -------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        'Russia launched its so-called "special military operation" in February 2022.',
        'The film "Oppenheimer" won seven awards.',
        'Fans call the striker "The Hammer" after his goal.',
        'The deal was known as "Project Nimbus" inside the company.',
        'The word "no" appears nowhere in the report.',
        'He ended the night with "Wild Rose" and an encore.',
        'The pair played "Takin\' It to the Streets." on the last night.',
        'The exhibition is called "The Medium is the Message" this year.',
        'Air pollution is likely to reach "severe" or "emergency" levels, with forecasters '
        "warning residents.",
        'The volume is higher than what is predicted to result from "exogenic" processes.',
        'He also agreed to return the cash he received from the use of "We."',
    ],
)
def test_scare_quotes_titles_and_names_are_not_quotes(paragraph: str) -> None:
    assert extract_quotes([paragraph]) == []


def test_short_attributed_word_is_a_partial_quote() -> None:
    q = one('Disney\'s teams isolated the problem, Mayer said, and "patched" the software.')
    assert (q.text, q.speaker, q.partial) == ("patched", "Mayer", True)


def test_british_single_quotes() -> None:
    quotes = extract_quotes(
        [
            "Foreign Secretary Yvette Cooper spoke in London on Tuesday.",
            "'We will not back down,' she said. 'It's Russia's war, not ours.'",
        ]
    )
    assert rows(quotes) == [
        (1, "We will not back down", "Yvette Cooper", False),
        (1, "It's Russia's war, not ours.", "Yvette Cooper", False),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "It's Russia's war, and the soldiers' families know it, Austin said.",
        "The band played rock 'n' roll from the '90s until 2 o'clock.",
        "ABC News' Chad Murray contributed to this report.",
        "The players' union and the owners' group met on Tuesday, officials said.",
        "Volkswagen isn 't slowing down, the company said in a statement.",
    ],
)
def test_apostrophes_are_not_quote_marks(paragraph: str) -> None:
    assert extract_quotes([paragraph]) == []


def test_possessive_inside_a_single_quoted_quote() -> None:
    q = one("'The soldiers' families are suffering,' the minister said.")
    assert (q.text, q.speaker) == ("The soldiers' families are suffering", "the minister")


def test_nested_quote_keeps_the_outer_quote() -> None:
    q = one("\"He said 'no' to me, and that was it,\" she said, describing the meeting.")
    assert q.text == "He said 'no' to me, and that was it"
    british = one("'He said \"no\" to me, and that was it,' she said.")
    assert british.text == 'He said "no" to me, and that was it'


# ---- robustness and speed --------------------------------------------------------------------


def test_unbalanced_and_odd_marks_never_crash() -> None:
    rng = random.Random(7)
    alphabet = [*"abc ABC. ,:'\"\u201c\u201d\u2018\u2019-?!", "said", " he ", "Austin"]
    for _ in range(300):
        paragraph = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        for q in extract_quotes([paragraph, paragraph[::-1]]):
            assert q.text and q.paragraph in (0, 1)
    assert extract_quotes([]) == []
    assert extract_quotes(["", '"', "''", '"" said', "' '"]) == []


def test_normalizing_is_skipped_only_when_it_changes_nothing() -> None:
    rng = random.Random(11)
    alphabet = [
        *"ab -'\"`.,\t\u2014\u2013\u201c\u2019\u00a0\u2026",
        "twenty",
        "one",
        "e\u0301",
        "x",
    ]
    samples = ["twenty-three", "a well-known man", "rock 'n' roll", "ok -- fine", "''Hi''", " x"]
    samples += [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16))) for _ in range(3000)
    ]
    if CORPUS.exists():
        bodies = [v["articleBody"] for v in json.loads(CORPUS.read_text()).values()]
        samples += [line for body in bodies[:40] for line in body.split("\n")]
    for sample in samples:
        for s in (sample, text.normalize_line(sample)):
            assert normalized_line(s) == text.normalize_line(s), repr(s)


def _corpus_articles() -> list[list[str]]:
    data = json.loads(CORPUS.read_text())
    return [text.split_paragraphs(v["articleBody"]) for _, v in sorted(data.items())]


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not present")
def test_real_articles_run_and_quotes_are_taken_from_their_paragraph() -> None:
    for paragraphs in _corpus_articles():
        for q in extract_quotes(paragraphs):
            assert q.text in paragraphs[q.paragraph].replace('," ', " ") or all(
                piece in paragraphs[q.paragraph] for piece in q.text.split()
            )
            assert q.sentence in paragraphs[q.paragraph]


def test_the_n_year_old_is_the_person_named_before() -> None:
    quotes = extract_quotes(["Jose Mourinho was named manager on Wednesday.",
                             'The 56-year-old said: "I am excited to be joining."'])  # fmt: skip
    assert [q.speaker for q in quotes] == ["Jose Mourinho"]


def test_an_imperative_heading_is_nobody_and_a_dash_appositive_names_a_person() -> None:
    quotes = extract_quotes([
        "Tommy - who only goes by his first name - retired early.",
        "7. Invest the money that's left over",
        '"Being mortgage free adds another level of freedom," he wrote.',
    ])  # fmt: skip
    assert [q.speaker for q in quotes] == ["Tommy"]


def test_a_nested_quote_opening_or_closing_a_quote_keeps_it_whole() -> None:
    quotes = extract_quotes([
        '"I was back at it by the morning," she said. "I told myself: '
        "'I'm going to sing the song if it kills me!'\"",
        '"It was a gift," Buckley said. "\'Glasgow\' is a song of belonging."',
    ])  # fmt: skip
    shapes = [(q.speaker, q.partial) for q in quotes]
    assert shapes == [(None, False)] * 2 + [("Buckley", False)] * 2


@pytest.mark.parametrize(
    "paragraph",
    [
        '"This is a stock," Maley said on CNBC\'s "Trading Nation" on Monday.',
        'While the "Meth. We\'re on it." campaign did not appeal to her, Maley said it could work.',
        "South Dakota's viral \"Meth. We're on it.\" awareness campaign drew mockery, Maley said.",
    ],
)
def test_a_quoted_name_of_a_show_or_campaign_is_not_a_quote(paragraph: str) -> None:
    assert [q.text for q in extract_quotes([paragraph])] in ([], ["This is a stock"])


@pytest.mark.parametrize(
    "paragraph",
    [
        'According to LN, expect to hear hits including "Listen To The Music," "Black Water" '
        'and "China Grove."',
        'After hitting "Takin\' It To the Streets," the singer told the audience, "that\'s really '
        'good, maybe we should go on the road."',
    ],
)
def test_titles_in_an_attributed_sentence_are_not_quotes(paragraph: str) -> None:
    texts = [q.text for q in extract_quotes([paragraph])]
    assert texts in ([], ["that's really good, maybe we should go on the road."])


# ---- speakers as written, initials, family-first names, offices ------------------------------


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("P.J. Fleck", "fleck"),  # initials, not an acronym like "U.S."
        ("Coach P.J. Fleck", "fleck"),
        ("Fan Mengguang", "fan"),  # family name first
        ("Yang Jiechi", "yang"),
        ("Andrew Yang", "yang"),
        ("a rep for Braun", "rep for braun"),
        ("a Berlin police spokesman", "berlin spokesman"),
        ("a BART spokesperson", "bart spokesperson"),
        ("Trump's lawyer", "trump lawyer"),
        ("the regional health commission", "regional health commission"),
        ("the United Nations High Commissioner for Human Rights",
         "united nations high commissioner for human rights"),
    ],
)  # fmt: skip
def test_speaker_keys_of_initials_family_first_names_and_descriptions(name: str, key: str) -> None:
    assert speaker_key(name) == key


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('A rep for Braun told Fox News: "Scooter has always wanted a resolution."',
         "a rep for Braun"),
        ('"The suspect was arrested by our officers," a Berlin police spokesman said.',
         "a Berlin police spokesman"),
        ('"The crisis is now," said Rep. Brian Babin (R-TX), ranking member of the panel.',
         "Brian Babin"),
        ('"The Chinese government pays nothing," Howard Gleckman, a senior fellow at the Urban '
         "Institute, has written.", "Howard Gleckman"),
        ('According to his aunt, Jane Starner, "He was brilliant from the start."', "Jane Starner"),
        ('"He would make art in the most surprising places." - Neil Gaiman', "Neil Gaiman"),
        ('"We all miss Steve so much," Benioff weighed in, telling Cook, "since he passed."',
         "Benioff"),
        ('"We are watching closely," NASA\'s Steve Clarke said.', "Steve Clarke"),
        ('The United Nations High Commissioner for Human Rights said the decision did "not '
         'modify existing international law."',
         "the United Nations High Commissioner for Human Rights"),
        ('"We are watching closely," Deputy Director of Public Prosecution Eva-Marie Persson '
         "said.", "Eva-Marie Persson"),
    ],
)  # fmt: skip
def test_speakers_as_written(paragraph: str, speaker: str) -> None:
    assert one(paragraph).speaker == speaker


def test_a_fuller_description_is_its_own_speaker_and_a_shorter_one_the_earlier() -> None:
    quotes = extract_quotes(
        [
            "No one has shown symptoms so far, the commission said.",
            '"The risk is extremely low," the regional health commission said in a statement.',
            'A senior administration official said talks go on. "We will wait," the official said.',
        ]
    )
    assert [(q.speaker, q.speaker_key) for q in quotes] == [
        ("the regional health commission", "regional health commission"),
        ("a senior administration official", "official"),
    ]


def test_initials_and_the_surname_are_one_speaker() -> None:
    quotes = extract_quotes(
        [
            "Coach P.J. Fleck said Morgan has made progress this week.",
            '"He has made progress every day," Fleck said.',
        ]
    )
    assert [(q.speaker, q.speaker_key) for q in quotes] == [("P.J. Fleck", "fleck")]
    assert speaker_key(quotes[0].speaker or "") == "fleck"  # the name shown keys the same


def test_he_is_the_person_the_sentence_is_about_not_the_interviewer_before() -> None:
    quotes = extract_quotes(
        [
            "BBC's Emily Maitlis did an excellent job pressing Andrew. Maitlis repeatedly "
            "demanded how Andrew could be so sure what he was doing that night.",
            "Andrew doesn't remember any of it, but he remembers going to get pizza. "
            '"Going to Pizza Express in Woking is an unusual thing for me to do," he said.',
        ]
    )
    assert [q.speaker for q in quotes] == ["Andrew"]


def test_a_name_opening_with_a_description_is_a_person_the_pronouns_can_mean() -> None:
    quotes = extract_quotes(
        [
            'Actress Mary Steenburgen had surgery. "I felt strange," she said.',
            'Steenburgen\'s son, filmmaker Charlie McDowell ("The Discovery"), also remembers '
            'it. "I think she had gone crazy," he said.',
            'The actress was not itching to do something else. "I had been somebody who liked '
            'music," she said.',
        ]
    )
    assert [q.speaker for q in quotes] == [
        "Mary Steenburgen",
        "Charlie McDowell",
        "Mary Steenburgen",
    ]


def test_two_people_of_one_family_name_keep_their_own_names() -> None:
    quotes = extract_quotes(
        [
            '"He could have had a bigger career," Patrick Nielsen Hayden said.',
            '"All it took was one bad infection," Teresa Nielsen Hayden explained.',
        ]
    )
    assert [q.speaker for q in quotes] == ["Patrick Nielsen Hayden", "Teresa Nielsen Hayden"]


def test_you_opening_a_sentence_is_nobody() -> None:
    quotes = extract_quotes(
        [
            "You can make a bigger difference by increasing your income, says planner Eric "
            "Roberge.",
            'Saving more "gives you more flexibility," he wrote.',
        ]
    )
    assert [q.speaker for q in quotes] == ["Eric Roberge"]


# ---- pronouns after a name inside narration, quote marks that do not pair cleanly ------------


def test_a_family_name_given_in_full_elsewhere_opens_a_sentence_for_he() -> None:
    quotes = extract_quotes([
        "The witnesses, former astronaut Tom Stafford and executive Tom Young, backed it.",
        '"It worked with one launch," Stafford said.',
        'Young, in his testimony, was blunt. "Experiments must be excluded," he said.',
    ])  # fmt: skip
    assert [q.speaker_key for q in quotes] == ["stafford", "young"]


def test_a_known_person_who_is_the_subject_inside_a_sentence_is_he() -> None:
    quotes = extract_quotes([
        '"It worked with one launch," Tom Stafford said. "We need a big booster," Tom Young said.',
        '"I agree," Stafford said.',
        'One thing Young would push off the plate is the Gateway. "I see no role," he said.',
    ])  # fmt: skip
    assert [q.speaker_key for q in quotes] == ["stafford", "young", "stafford", "young"]


def test_a_long_opening_clause_before_a_name_still_names_the_sentence() -> None:
    quotes = extract_quotes([
        '"It depends on Boeing," Jim Bridenstine said.',
        "At a hearing last month of the House subcommittee that funds NASA, Rep. Robert Aderholt "
        'pushed for more. "What do you think?" he asked.',
    ])  # fmt: skip
    assert [q.speaker_key for q in quotes] == ["bridenstine", "aderholt"]


def test_a_colon_announcing_a_quote_names_its_speaker_over_the_quote_before() -> None:
    quotes = extract_quotes([
        '"It grabbed me," Harper said. "It just connected." Buckley, who phoned in from the set '
        'of "Fargo," had a similar experience: "It was just that feeling."'
    ])  # fmt: skip
    assert [(q.text, q.speaker) for q in quotes] == [
        ("It grabbed me", "Harper"),
        ("It just connected.", "Harper"),
        ("It was just that feeling.", "Buckley"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "texts"),
    [
        # a space after the opening mark, the quote running on to the next paragraph
        ('"It had an effect," Taylor wrote. " The course went on for 12 months.',
         ["It had an effect", "The course went on for 12 months."]),
        ('"Hello ," Harper said. "Goodbye ."', ["Hello", "Goodbye ."]),
        # a stray mark inside a title does not invert every pair after it
        ('A sample came in called "Glasgow ("No Place Like Home"). "It grabbed me," Harper said. '
         '"It just connected."', ["It grabbed me", "It just connected."]),
        ('A sample came in called "Glasgow (No Place Like Home)." "It grabbed me," Harper said. '
         '"It just connected."', ["It grabbed me", "It just connected."]),
        # a closing mark left out: the next sentence's opening mark starts a new quote
        ('"It is over for all of us. "We are done," Harper said.',
         ["It is over for all of us.", "We are done"]),
        ('"He told me "no" and left," sHarper said.', ['He told me "no" and left']),
    ],
)  # fmt: skip
def test_quote_marks_pair_by_their_neighbours(paragraph: str, texts: list[str]) -> None:
    assert [q.text for q in extract_quotes([paragraph])] == texts


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (['"I could not walk," wrote 43-year-old Martin Taylor of Aberdeenshire, in a study.'],
         ["Martin Taylor"]),
        (['"This fire is moving very fast," county Fire Chief Daryl Osby said.'], ["Daryl Osby"]),
        (['"They were in very poor condition," the institute said in a statement.'],
         ["the institute"]),
        (['"The newsrooms are often understaffed," Abernathy reported.'], ["Abernathy"]),
        # a family name that is also a noun, once the article has named the person
        (['"There has been no merger," says analyst Ken Doctor.',
          '"They see the way down as close to inevitable," says Doctor.'],
         ["Ken Doctor", "Ken Doctor"]),
        # a comma left out before the attribution: a full quote, not a fragment
        (['"It has the potential to change their practice" says Andre Neu, head of Ascom.'],
         ["Andre Neu"]),
    ],
)  # fmt: skip
def test_speakers_of_real_attributions(paragraphs: list[str], speakers: list[str]) -> None:
    quotes = extract_quotes(paragraphs)
    assert [q.speaker for q in quotes] == speakers
    assert not any(q.partial for q in quotes)


def test_an_inch_mark_opens_no_quote() -> None:
    paragraphs = ['This will be the least expensive 70"+ TV of the season, I think.',
                  '"It is a great deal for shoppers," Ward said.']  # fmt: skip
    assert [q.text for q in extract_quotes(paragraphs)] == ["It is a great deal for shoppers"]


def test_a_pronoun_a_person_reports_is_not_their_own() -> None:
    quotes = extract_quotes([
        "Jane Roe, 34, was among the injured. Her husband, Tom Roe, said she was recovering.",
        '"She is strong," he said.',
    ])  # fmt: skip
    # Jane Roe was named first: her husband is another Roe, with a key of his own
    assert [(q.speaker, q.speaker_key) for q in quotes] == [("Tom Roe", "tom roe")]
    quotes = extract_quotes(["Maria Lopez said she would run again.", '"I am ready," she said.'])
    assert [q.speaker for q in quotes] == ["Maria Lopez"]


def test_a_short_whole_quote_with_its_own_verb_is_kept_unresolved() -> None:
    assert [(q.text, q.speaker) for q in extract_quotes(['"She is strong," he said.'])] == [
        ("She is strong", None)
    ]
    # A short partial quote nobody can be found for stays out: it reads as a scare quote.
    assert extract_quotes(['He called it "a disaster."']) == []


def test_two_people_of_one_family_keep_apart() -> None:
    quotes = extract_quotes([
        '"We will rebuild," said Tom Roe.',
        '"We lost everything," said Ann Roe.',
        '"It is hard," Roe said.',
        '"I know," Ann said.',
        '"Not now," said Lloyd J. Austin, after Lloyd Austin spoke.',
    ])  # fmt: skip
    assert [(q.speaker, q.speaker_key) for q in quotes] == [
        ("Tom Roe", "roe"),
        ("Ann Roe", "ann roe"),
        ("Tom Roe", "roe"),  # the first Roe keeps the family name
        ("Ann Roe", "ann roe"),
        ("Lloyd J. Austin", "austin"),
    ]
    quotes = extract_quotes([
        "Kim Jong Un met Kim Yo Jong.",
        '"We are strong," Kim Yo Jong said.',
        '"We are ready," Kim Jong Un said.',
    ])  # fmt: skip
    assert [q.speaker_key for q in quotes] == ["kim yo jong", "kim"]  # family name first


def test_a_company_that_says_its_is_nobodys_he() -> None:
    quotes = extract_quotes([
        "John Smith arrived. Google said its engineers were reviewing the report.",
        '"We take this seriously," he said.',
    ])  # fmt: skip
    assert [q.speaker for q in quotes] == ["John Smith"]


def test_a_short_quote_in_a_list_is_partial_and_keeps_apart_from_speech() -> None:
    quotes = extract_quotes([
        'Because users can toggle between being corporations, "creators," and normal people, '
        'Stier says the lines have blurred. "This thing is broken, like completely broken," '
        "he says.",
    ])  # fmt: skip
    assert [(q.text, q.partial) for q in quotes] == [
        ("creators", True),
        ("This thing is broken, like completely broken", False),
    ]


def test_as_before_the_speaker_is_no_part_of_the_name() -> None:
    quotes = extract_quotes([
        'As early retiree Steve Adcock wrote on his blog, "Sacrifice is necessary to retire."',
        'As Austin said, "We are ready for this."',
    ])  # fmt: skip
    assert [q.speaker for q in quotes] == ["Steve Adcock", "Austin"]


def test_a_quote_after_paraphrase_takes_the_paraphrased_speaker() -> None:
    quotes = extract_quotes([
        "The tuft cell, Herbert said, is constantly sensing the body. "
        '"Once those products go out of whack, bam! Tuft cells recognize it."',
    ])  # fmt: skip
    assert [q.speaker for q in quotes] == ["Herbert"]


def test_a_singular_they_is_the_spokesperson_who_just_spoke() -> None:
    quotes = extract_quotes([
        "There are 140 million businesses, according to the company.",
        "Kym Lino, a spokesperson for Instagram, confirmed the change. "
        '"We use a machine learning model," they said in an email.',
    ])  # fmt: skip
    assert [q.speaker for q in quotes] == ["Kym Lino"]
    # nobody spoke in the paragraph, or the person is "he": "they" stays the group
    quotes = extract_quotes([
        "The company said sales fell.",
        'Kim Lee said the numbers were bad. "We are worried," he said. "It is hard," they said.',
    ])  # fmt: skip
    assert [q.speaker for q in quotes] == ["Kim Lee", "the company"]
    assert [
        q.speaker for q in extract_quotes(['Austin met troops. "We are ready," they said.'])
    ] == [None]


def test_the_title_alone_is_the_person_last_given_it() -> None:
    quotes = extract_quotes([
        "Judge Anne Kemp jailed Holloway for four years on Friday.",
        "Police Chief Tom Hale spoke outside.",
        '"It is over," the chief said.',
        'Sentencing her, the judge said: "You put money before the needs of people."',
    ])  # fmt: skip
    assert [q.speaker for q in quotes] == ["Tom Hale", "Anne Kemp"]
    assert [q.speaker for q in extract_quotes(['"No way," the judge said.'])] == ["the judge"]


def test_a_quote_running_over_paragraphs_takes_the_speaker_named_at_its_end() -> None:
    quotes = extract_quotes([
        "District Attorney Lisa Moreland said her office would act.",
        '"Families woke up this morning without someone they love. That is not acceptable.',
        '"We will find the people responsible," Moreland said.',
    ])  # fmt: skip
    assert [(q.speaker, q.paragraph) for q in quotes] == [
        ("Lisa Moreland", 1),
        ("Lisa Moreland", 2),
    ]
