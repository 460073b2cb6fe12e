"""The person a sentence of narration is about, for "he" and "she" later on.

A sentence that opens with a named person ("Ukrainian President Volodymyr Zelensky has ...",
"As it turned out, Steenburgen had ...", "Steenburgen's son, filmmaker Charlie McDowell, ...")
makes that person the latest one. A sentence that opens with no name may still be about a
known person who is the subject of a clause inside it ("One thing Young would push off NASA's
plate is the Gateway."). A lone capitalized word counts as a name when the article gives it
in full somewhere ("Tom Young"): "Young, in his testimony, didn't ..." is about him.
"""

from __future__ import annotations

import re

from monitor import memo
from monitor import speakers as sp
from monitor import speechwords as sw
from monitor import subjects as sj

# What may follow a lone capitalized word that opens a sentence when it is a name: "Sondland,
# a wealthy hotelier," "Tommy - who ..." (not "Invest the money": an imperative).
_NAME_GOES_ON = re.compile(
    r"(?:, (?:a|an|the)|,? (?:- )?(?:who|has|had|have|is|was|will|would|said|says|told|added|"
    r"also|later|then|still|never|does|did|can|could|(?:does|did|is|was|has|had|can|could|"
    r"would|wo|ca)n't))\b"
)
_COMMON_NOUN_END = re.compile(r"(?:ing|tion|sion|ment|ness|ity|ance|ence|ism|ship|ies)$")
_OWN_PRONOUN = re.compile(r"\b(?:his|he|himself|she|herself|its|itself)\b")
_OTHER_NAME = re.compile(r"\b[A-Z][a-z]")
_APPOSITIVE = re.compile(r"[^,;:()\"]+")
# A capitalized word inside a sentence that is the subject of a verb: "thing Young would push"
# (the regex starts at the capital, which is fast; what comes before it is checked after).
_CLAUSE_SUBJECT = re.compile(
    r"([A-Z][a-z][\w'-]*) (?:would|will|has|had|is|was|did|does|could|can|should|"
    r"might|must|may|(?:does|did|is|was|has|had|can|could|would|wo|ca)n't|[a-z]{2,}ed)\b"
)
_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\b")
_BEFORE_SUBJECT = frozenset("abcdefghijklmnopqrstuvwxyz,")
_PRONOUN_OPENS = frozenset(["he", "she", "they", "it", "i", "we", "you"])


def mention(sentence: str, book: sj.SpeakerBook, quoted: bool = True) -> sj.Speaker | None:
    """The named person a sentence of narration is about, noted in `book` (see above).

    A subject inside the sentence is looked for only in a paragraph that quotes (`quoted`),
    where the next "he said" needs it; elsewhere the opening name does.
    """
    if not sentence[:1].isupper():
        return None
    name = _name_at(sentence, 0)
    if name and name.endswith(("'s", "s'")):
        name = None  # "Steenburgen's son" opens with a description: its name may follow
    comma = sentence.find(", ", 0, 120)
    if not name and comma > 0:
        name = _name_at(sentence, comma + 2)
        if not name and comma < 40:
            name = _appositive_name(sentence, comma, book)
    full = None  # the name in full, for a lone family name the article gives in full
    if name and " " not in name and book.key_of(name) not in book.full_names:
        goes_on = _NAME_GOES_ON.match(sentence, sentence.find(name) + len(name))
        if not goes_on or _COMMON_NOUN_END.search(name):
            full = in_full(name, book)
            name = name if full else None  # not a name: "Sentencing is set for"
    if not name and quoted and sentence.split(None, 1)[0].lower() not in _PRONOUN_OPENS:
        name, full = _clause_subject(sentence, book)
    if not name:
        return None
    c = book.classify(full or name)
    if c is None or c.kind != "named" or not c.person:
        return None
    who = book.resolve(c)
    if who is not None:
        book.note(who)
        at = sentence.find(name) + len(name)
        pronoun = _OWN_PRONOUN.search(sentence, at)
        # "McDowell still laughs at ... his mom": McDowell is "he"; not when another name
        # comes first ("Maitlis demanded how Andrew could be sure what he was doing"), nor the
        # subject of what they reported ("Tom Roe said she was recovering": his wife)
        if (
            pronoun
            and not _OTHER_NAME.search(sentence, at, pronoun.start())
            and not _reported_subject(sentence[at : pronoun.start()], pronoun.group())
        ):
            # "Google said its engineers ...": a company, nobody's "he" or "she"
            own = {"h": "he", "s": "she", "i": "it"}[pronoun.group()[0]]
            book.pronoun_of.setdefault(who.key, own)
    return who


def _reported_subject(between: str, pronoun: str) -> bool:
    """True when "he"/"she" opens a clause reported by the person named before it ("said
    she", "told reporters that he"): it may be someone else, so it says nothing of them."""
    return pronoun in ("he", "she") and (
        sw.may_have_speech_verb(between) or _THAT.search(between) is not None
    )


_THAT = re.compile(r"(?:that|because|after|before|when|while|if|until|since|as)\s*$")


# A given name (maybe with an initial) right before a family name: "Tom " of "Tom Young".
_GIVEN_BEFORE = re.compile(r"(?<![\w'.-])[A-Z][a-z][\w'-]*(?: [A-Z]\.)? $")


def in_full(name: str, book: sj.SpeakerBook) -> str | None:
    """The full name ("Tom Young") the article gives a lone capitalized word ("Young"), if any:
    a capitalized given name (maybe with an initial) right before it."""
    if " " in name:
        return None
    if name not in book.in_full:
        book.in_full[name] = None
        text = book.article
        at = text.find(" " + name)
        while at > 0:
            end = at + 1 + len(name)
            given = _GIVEN_BEFORE.search(text, max(0, at - 24), at + 1)
            if given and not text[end : end + 1].isalnum():
                full = text[given.start() : end]
                if _person_in_full(full, book):
                    book.in_full[name] = full
                    break
            at = text.find(" " + name, end)
    return book.in_full[name]


def _person_in_full(full: str, book: sj.SpeakerBook) -> bool:
    """True when a given name and family name read as a named person ("Tom Young")."""
    c = book.classify(full)
    return c is not None and c.kind == "named" and c.person and sp.is_cap(full.split()[0])


def _clause_subject(sentence: str, book: sj.SpeakerBook) -> tuple[str | None, str | None]:
    """A known person who is the subject of a clause inside the sentence ("One thing Young
    would push off NASA's plate is the Gateway"): named before, or in full somewhere (then
    that full name too)."""
    for m in _CLAUSE_SUBJECT.finditer(sentence, 2):
        if sentence[m.start() - 1] != " " or sentence[m.start() - 2] not in _BEFORE_SUBJECT:
            continue  # not inside the sentence: "said. Young would" is another sentence
        if _SUBJECT_PRONOUN.search(sentence, 0, m.start()):
            return None, None  # "despite her fame, she was more nervous than Harlan has been"
        word = m.group(1)
        if book.key_of(word) in book.full_names:
            return word, None
        full = in_full(word, book)
        if full:
            return word, full
    return None, None


def _appositive_name(sentence: str, comma: int, book: sj.SpeakerBook) -> str | None:
    """The name of a sentence opened by a description and its name: "Steenburgen's son,
    filmmaker Charlie McDowell (...), also remembers it"."""
    opening = book.classify(sentence[:comma])
    if opening is None or opening.kind != "described" or not opening.person:
        return None
    m = _APPOSITIVE.match(sentence, comma + 2)
    phrase = m.group().strip() if m else ""
    if not phrase or len(phrase.split()) > 6:
        return None
    c = book.classify(phrase)
    return phrase if c is not None and c.kind == "named" and c.person else None


@memo.paragraph_memo
def _name_at(sentence: str, start: int) -> str | None:
    """The name that opens `sentence[start:]`, if one does."""
    if not sj.may_start_name(sentence[start : sentence.find(" ", start)]):
        return None  # most sentences open with "The", "It", "In" ...: no need to look further
    return sj.looks_like_name_start(sentence[start:].split(None, 8)[:8])
