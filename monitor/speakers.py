"""Who is speaking: the phrases that name a speaker, and the keys that fold them.

A speaker phrase is one of three things: a name ("Defense Secretary Lloyd Austin", "the
Kremlin"), a description ("a senior administration official", "North Korea's foreign
ministry"), or a pronoun ("he"). `classify_phrase` decides which (subjects.py finds the phrase
next to a speech verb, and folds it to the key that matches speakers: `subjects.speaker_key`).
The word lists live in speechwords.py.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from monitor import memo
from monitor import speechwords as sw

_PRONOUNS = {"he": "he", "she": "she", "they": "they", "it": "it"}
_AGED = re.compile(r"\d{1,3}-year-old$")
_CAP_TOKEN = re.compile(r"(?:(?:al|el|bin|ibn|de|da|van|von|le|la|d|o)[-'])?[A-Z][\w'.\-]*$")


SpeakerKind = Literal["named", "described", "pronoun"]


@dataclass(frozen=True)
class Candidate:
    """A speaker phrase found next to a speech verb, before it is resolved in the article."""

    text: str  # as written, leading determiner lowercased ("the Kremlin", "Lloyd Austin")
    kind: SpeakerKind
    person: bool
    plural: bool = False
    head: str | None = None  # the head noun of a description ("official")
    place: bool = False  # a place name ("Germany"), a speaker only when nothing else is
    parts: tuple[str, ...] = ()  # the people of a joint speaker ("Graham", "Schumer")


def bare(token: str) -> str:
    """A token without surrounding punctuation, lowercased, for word-list lookups."""
    return token.strip(",;:()[]\"'").lower()


@functools.lru_cache(maxsize=16384)  # a pure test of one token, asked of most tokens twice
def is_cap(token: str) -> bool:
    """True when a token can be part of a proper name (a middle initial "A." too)."""
    if len(token) == 2 and token[1] == "." and token[0].isupper():
        return True
    return bool(_CAP_TOKEN.match(token)) and bare(token).rstrip(".") not in sw.STOP_CAPS


def _is_role(word: str) -> bool:
    """True for a word that names a role or a kind of speaker ("spokesperson", "scientist")."""
    low = bare(word)
    return low in sw.ROLE_WORDS or _is_speaker_noun(low)


def is_role_word(token: str) -> bool:
    """True for a capitalized title ("President", "CEO"), not a qualifier ("Former")."""
    low = bare(token)
    return token[:1].isupper() and low in sw.ROLE_WORDS and low not in sw.ROLE_MODIFIERS


def _is_speaker_noun(low: str) -> bool:
    """True for a noun that can head a description of a speaker."""
    return low in sw.SPEAKER_NOUNS or (len(low) > 4 and bool(sw.SPEAKER_SUFFIX.search(low)))


def _person_before_of(tokens: list[str]) -> list[str]:
    """Cut "Rosaly Lopes of NASA's Jet Propulsion Laboratory" (or "of the CDF") to the name."""
    for k in range(2, len(tokens) - 1):
        if bare(tokens[k]) not in ("of", "at", "from", "with"):
            continue
        after = tokens[k + 2] if tokens[k + 1] == "the" and k + 2 < len(tokens) else tokens[k + 1]
        if not is_cap(after):
            continue
        last_two = tokens[k - 2 : k]
        if all(map(is_cap, last_two)) and not any(
            bare(w) in sw.ORG_WORDS or bare(w) in sw.ROLE_WORDS for w in last_two
        ):
            return tokens[:k]
        break
    return tokens


def _is_acronym(token: str) -> bool:
    """True for "NATO", "U.N.", "CNN"; not for "J." or "III"."""
    bare = token.strip(".,").replace(".", "")
    return len(bare) > 1 and bare.isupper() and bare.lower() not in sw.NAME_SUFFIXES


_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}$")


def _initials(body: list[str], i: int) -> bool:
    """True for a person's initials before a name ("P.J. Fleck"): dotted letters followed by a
    capitalized word; "U.S." and "U.K." are known abbreviations, not initials."""
    t = body[i]
    return (
        i + 1 < len(body)
        and bool(_INITIALS.match(t))
        and bare(t) not in sw.ROLE_WORDS
        and bare(t) not in sw.ORG_WORDS
        and is_cap(body[i + 1])
    )


def _name_caps(tokens: list[str]) -> list[bool]:
    """`is_cap` of each token, where a word that is also a given or family name counts next
    to another capitalized word ("Will Moy", "Theresa May") but not alone ("May 5")."""
    caps = [is_cap(t) for t in tokens]
    for i, t in enumerate(tokens):
        if not caps[i] and bare(t) in sw.NAME_WORDS and t[:1].isupper():
            caps[i] = (i + 1 < len(tokens) and caps[i + 1]) or (i > 0 and caps[i - 1])
    return caps


def _named(tokens: list[str]) -> Candidate | None:
    """A name, maybe after a title: "NASA planetary scientist Lucas Paganini", "the Kremlin"."""
    lead_the = tokens[0].lower() == "the"
    body = _person_before_of(tokens[1:] if lead_the else tokens)
    caps = _name_caps(body)
    if not body or not caps[-1] or bare(body[-1]).endswith("'s"):
        return None
    if len(body) == 1 and not lead_the and bare(body[0]) in sw.SPEAKER_NOUNS:
        return None  # "Officials said" is a description that opens a sentence
    if _role_of_organisation(body):
        return None  # "CEO of Take-Two" describes a person by the organisation
    office = _office(body) if lead_the and bare(body[-1]) not in sw.ORG_WORDS else None
    if office is not None:
        # "the Director of National Intelligence", "the President", "the United Nations High
        # Commissioner for Human Rights": a title, no name
        text = "the " + " ".join(body)
        return Candidate(text=text, kind="described", person=True, head=office)
    start = len(body) - 1  # the proper name is the run of capitalized words at the end
    while start > 1 and (caps[start - 1] or bare(body[start - 1]) in sw.NAME_CONNECTORS):
        start -= 1
    if start == 1 and caps[0]:
        start = 0
    while (
        start < len(body) - 1 and body[start].islower() and bare(body[start]) in sw.NAME_CONNECTORS
    ):
        start += 1
    title = body[:start]
    if title and (bare(title[-1]) in sw.NAME_CONNECTORS or bare(title[0]) in sw.DETERMINERS):
        return None  # "a spokesperson for Inherent Resolve" describes; it does not name
    title_caps = caps[:start]
    lowers = [
        t
        for t, cap in zip(title, title_caps, strict=True)
        if not cap and bare(t) not in sw.NAME_CONNECTORS
    ]
    # lowercase words before a capitalized title qualify it: "county Fire Chief Daryl Osby"
    qualified = any(is_role_word(t) for t in body[start:-1])
    lowered = lowers and not _is_role(lowers[-1]) and not qualified
    if len(title) > 8 or lowered or _describes(title, title_caps):
        return None
    if not caps[0] and bare(body[0]) in sw.NAME_CONNECTORS:
        return None
    words = [bare(t) for t in body]
    has_role = bool(lowers) or any(w in sw.ROLE_WORDS and not w.isupper() for w in words[:-1])
    org = (
        lead_the
        or any(w in sw.ORG_WORDS for w in words)
        or any(_is_acronym(t) and not _initials(body, i) for i, t in enumerate(body))
    )
    person = (has_role and words[-1] not in sw.ORG_WORDS) or not org
    text = ("the " + " ".join(body)) if lead_the else " ".join(body)
    place = not person and len(body) <= 2 and words[-1] in sw.PLACES
    return Candidate(text=text, kind="named", person=person, place=place)


def _office(body: list[str]) -> str | None:
    """The title word of an office named after "the": "President", "Commissioner for ..."."""
    if is_role_word(body[0]):
        return bare(body[0])
    for t, after in pairwise(body[1:]):
        if is_role_word(t) and after in ("of", "for"):
            return bare(t)
    return None


def _role_of_organisation(body: list[str]) -> bool:
    """True for "CEO of Take-Two": roles, "of" / "for" / "at", up to three capitalized words
    that are no portfolio ("Secretary of State Antony Blinken" names a person)."""
    if len(body) < 3 or not _is_role(body[0]):
        return False
    at = next((i for i, t in enumerate(body) if t in ("of", "for", "at")), 0)
    if at == 0 or not all(_is_role(t) for t in body[:at]):
        return False
    rest = [t for t in body[at + 1 :] if bare(t) not in ("the", "of", "for", "at", "and")]
    return 0 < len(rest) <= 3 and not any(
        bare(t) in sw.PORTFOLIO or bare(t) in sw.ROLE_WORDS or not is_cap(t) for t in rest
    )


def _describes(title: list[str], caps: list[bool]) -> bool:
    """True when the words before a name make it a description that mentions the name.

    "chief executive of the fact-checking website Full Fact" describes a person by an
    organisation ("of" followed by ordinary words); "Secretary of State Antony Blinken" and
    "secretary of state Mike Pompeo" (a portfolio) name one. A relative clause or a verb
    ("who represents Thomas") never belongs to a title.
    """
    after_of = False
    for t, cap in zip(title, caps, strict=True):
        low = bare(t)
        if low in sw.RELATIVES or low in sw.FINITE_AUX:
            return True
        if low in ("of", "for"):
            after_of = True
        elif after_of and not cap and low not in sw.NAME_CONNECTORS and low not in sw.PORTFOLIO:
            return True
    return False


def _head_noun(tokens: list[str]) -> str | None:
    """The head noun of a description: the last word before its first preposition."""
    core: list[str] = []
    for t in tokens:
        if bare(t) in sw.PREPOSITIONS and core:
            break
        core.append(t)
    head = bare(core[-1]) if core else ""
    head = head.removesuffix("'s").removesuffix("'")
    if head in sw.SPEAKER_NOUNS or (len(head) > 4 and sw.SPEAKER_SUFFIX.search(head)):
        return head
    if head in sw.ORG_WORDS and head not in sw.PLACES:  # "the institute said"
        return head
    return None


def _trailing_person(tokens: list[str]) -> Candidate | None:
    """The person's name that ends a description, if it ends with one of two or more words."""
    run: list[str] = []
    for t in reversed(tokens):
        low = bare(t)
        if not is_cap(t) or low.endswith("'s") or low in sw.ORG_WORDS or low in sw.ROLE_WORDS:
            break
        run.insert(0, t)
    if len(run) < 2 or len(run) == len(tokens):
        return None
    before = [bare(t) for t in tokens[: -len(run)]]
    while len(before) > 1 and before[-1] in ("the", "a", "an"):
        before.pop()
    if before[-1] in sw.PREPOSITIONS:
        return None  # "a spokesperson for (the) Inherent Resolve" names no person
    if before[-1].endswith(("'s", "s'")):
        return None  # "a teacher at Indiana's Richmond High School": what Indiana has
    previous = tokens[-len(run) - 1]
    if any(w in sw.PREPOSITIONS for w in before) and (_is_role(previous) or not is_cap(previous)):
        # "a spokesperson for President Vladimir Putin", "a teacher at eastern Richmond High":
        # the name ends the preposition's object; "ambassador to Britain Liu Xiaoming" is
        # the ambassador's name after a complete object
        return None
    named = _named(run)
    return named if named is not None and named.person else None


def _described(tokens: list[str]) -> Candidate | None:
    """A description such as "a senior administration official" or "U.S. officials"."""
    first = bare(tokens[0])
    if first in sw.PREPOSITIONS or (first in sw.STOP_CAPS and first not in sw.DETERMINERS):
        return None  # "For starters" is not a speaker
    if any(bare(t) in sw.FINITE_AUX for t in tokens):
        return None  # "a fresh poll has lower numbers" is a clause, not a speaker
    determined = first in sw.DETERMINERS or any(bare(t).endswith(("'s", "s'")) for t in tokens[:3])
    if not determined and (len(tokens) > 4 or (len(tokens) > 1 and all(map(is_cap, tokens)))):
        return None  # "Western Union" is a name, not a description
    if determined and not any(bare(t) in sw.PREPOSITIONS for t in tokens) and not _counted(tokens):
        trailing: list[str] = []
        for t in reversed(tokens):
            if not is_cap(t) or bare(t).endswith("'s"):
                break
            trailing.insert(0, t)
        if trailing:
            return _named(trailing)  # "the 14th-ranked Schwartzman" is Schwartzman
    name = _trailing_person(tokens)  # "China's ambassador to Britain Liu Xiaoming"
    if name is not None:
        return name
    head = _head_noun(tokens)
    if head is None:
        return None
    plural = (head.endswith("s") and not head.endswith("ss")) or head in ("police", "people", "men")
    if not determined and not plural and head not in ("police", "staff", "intelligence"):
        return None
    words = [tokens[0].lower() if first in sw.DETERMINERS else tokens[0], *tokens[1:]]
    person = head in sw.PERSON_HEADS and not plural
    return Candidate(" ".join(words), "described", person, plural, head)


def _counted(tokens: list[str]) -> bool:
    """True for "the only two Arab [states]": a count makes the capitals a modifier."""
    return any(bare(t) in sw.QUANTITIES or bare(t).isdigit() for t in tokens)


@memo.paragraph_memo
def classify_phrase(phrase: str) -> Candidate | None:
    """Read a phrase as a speaker: a name, a description or a pronoun; None if it is neither."""
    tokens = phrase.strip(" ,;:-\"'").split()
    while tokens and bare(tokens[0]) in sw.LEAD_WORDS:
        tokens = tokens[1:]
    while tokens and bare(tokens[-1]) in ("too", "also", "himself", "herself", "themselves"):
        tokens = tokens[:-1]
    if not tokens or len(tokens) > 14:
        return None
    if sw.PARTY_TAG.match(tokens[0]) and len(tokens) == 1:
        return None  # "Sen. Ben Sasse, R-Neb., said": the tag is not the speaker
    team = sw.AND_TEAM.match(" ".join(tokens))
    if team:
        return classify_phrase(team.group(1))  # "Paganini and his team wrote"
    if "and" in tokens:
        joint = _joint(tokens)
        if joint is not None:
            return joint
    if len(tokens) == 1 and bare(tokens[0]) in _PRONOUNS:
        word = bare(tokens[0])
        return Candidate(
            text=word, kind="pronoun", person=word in ("he", "she"), plural=word == "they"
        )
    if len(tokens) == 2 and bare(tokens[0]) == "the" and _AGED.match(bare(tokens[1])):
        # "the 56-year-old said": a person named before, like "he" or "she"
        return Candidate(text=f"the {bare(tokens[1])}", kind="pronoun", person=True)
    if len(tokens) > 1 and any(_AGED.match(bare(t)) for t in tokens[:-1]):
        # "43-year-old Martin Taylor of Aberdeenshire", "a 43-year-old man": the age aside
        tokens = [t for t in tokens[:-1] if not _AGED.match(bare(t))] + tokens[-1:]
    return _named(tokens) or _described(tokens)


def _joint(tokens: list[str]) -> Candidate | None:
    """Two named people speaking together: "Sen. Lindsey Graham and Sen. Chuck Schumer", one
    plural speaker keyed "graham+schumer" (sorted: "Schumer and Graham" is the same speaker);
    a pair of organisations or places is left to the other readings."""
    at = tokens.index("and")
    a = _named(tokens[:at]) if at > 0 else None
    b = _named(tokens[at + 1 :]) if at + 1 < len(tokens) else None
    if a is None or b is None or not (a.person and b.person) or a.place or b.place:
        return None
    text = f"{a.text} and {b.text}"
    return Candidate(text, kind="named", person=True, plural=True, parts=(a.text, b.text))


Classifier = Callable[[str], "Candidate | None"]


def candidate_display(c: Candidate) -> str:
    """How a named person or pair is shown: names without titles ("Graham and Schumer")."""
    return " and ".join(display_name(part) for part in c.parts) if c.parts else display_name(c.text)


def _compound_role(low: str) -> bool:
    """True for a hyphenated role: "singer-songwriter", "singer-guitarists"."""
    return "-" in low and all(_is_role(part) for part in low.split("-") if part)


def display_name(text: str) -> str:
    """A person's name without titles: "Kremlin spokesperson Dmitry Peskov" -> "Dmitry Peskov"."""
    tokens = _person_before_of(text.split())
    last_role = -1
    for i, t in enumerate(tokens[:-1]):
        low = bare(t)
        titled = low in sw.ROLE_WORDS or low == "the" or t[:1].islower() or _compound_role(low)
        if titled or low.endswith(("'s", "s'")):  # "NASA's Steve Clarke"
            last_role = i
    rest = tokens[last_role + 1 :]
    while len(rest) > 1 and bare(rest[-1]) in sw.POST_NOMINALS:
        rest = rest[:-1]  # "Geoffrey Robertson QC" is shown "Geoffrey Robertson"
    if last_role >= 0:
        while len(rest) > 2 and bare(rest[0]) in sw.PORTFOLIO:
            rest = rest[1:]  # "Minister of Foreign Affairs Sergey Lavrov"
    return " ".join(rest) if rest else tokens[-1]
