"""Finding the speaker phrase next to a speech verb, and the name that opens a sentence.

`subject_before` reads the words before a verb ('Lloyd Austin, the defense secretary, said'),
`subject_after` the words after an inverted one ('"...," said Austin'), and
`looks_like_name_start` the name a sentence opens with. Each phrase found is read by a
classifier (`speakers.classify_phrase`, memoized by the caller); the word lists live in
speechwords.py. `SpeakerBook` then says who a phrase means at that point of the article: the
latest person for "he", an earlier "a senior official" for "the official", a full name for a
surname. Last, `speaker_key` folds a speaker to the key that matches it across versions
("Secretary of Defense Lloyd Austin" -> "austin").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from monitor import memo
from monitor import speakers as sp
from monitor import speechwords as sw
from monitor.text import normalize_line


def _clause_tail(segment: str) -> str:
    """The part of a segment after its last clause word ("Austin said that Putin" -> "Putin").

    A relative pronoun that is the subject of its clause makes the subject what the clause
    describes: "the lawyer who represents Thomas" -> "the lawyer"; after a preposition it is
    not ("billboards in which people" -> "people").
    """
    cut = 0
    for m in sw.CLAUSE_WORD.finditer(segment):
        if m.group().strip() in sw.RELATIVES and not sw.AFTER_PREPOSITION.search(
            segment, 0, m.start()
        ):
            return segment[cut : m.start()]
        cut = m.end()
    return segment[cut:]


def subject_before(text: str, classify: sp.Classifier = sp.classify_phrase) -> sp.Candidate | None:
    """The speaker phrase that ends `text`, the words right before a speech verb.

    Handles interjections ("Peskov, meanwhile, said"; "Peskov, who ..., said") and appositives
    ("Lloyd Austin, the defense secretary, said": the name wins over the description).
    """
    text = text[max(text.rfind('"') + 1, len(text) - 240) :]  # a subject is near its verb
    text = sw.AUX_TAIL.sub("", text).rstrip(" ,")
    segments = _without_tails(sw.SEGMENT_BREAK.split(text))
    best = classify(_clause_tail(segments[-1])) or classify(segments[-1])
    place = None
    if best is not None and best.place and len(segments) > 1:
        place, best = best, None  # "..., in Washington, D.C., said": look for the person
    if best is not None and best.kind == "named" and best.person and len(segments) > 2:
        chained = _appositive_chain(segments, classify)
        if chained is not None:
            return chained
    if best is not None and best.kind == "named" and len(segments) > 1:
        titled = _titled_appositive(segments, best, classify)
        if titled is not None:
            return titled
    if best is not None and best.kind != "described":
        return best
    for earlier_text in reversed(segments[-6:-1]):
        earlier = classify(earlier_text)
        if earlier is None:
            if best is not None:
                break  # "The troops arrived in Kursk, officials said"
            continue  # an interjection: "Peskov, meanwhile, said"
        if earlier.kind == "named" and not earlier.place and (earlier.person or best is None):
            return earlier  # "Lloyd Austin, the defense secretary, said"
        if earlier.kind == "pronoun":
            break
        if best is None and not earlier.place:
            best = earlier  # an appositive description; a name further back still wins
    return best or place


_CORPORATE = frozenset(["inc", "inc.", "ltd", "ltd.", "llc", "corp", "corp.", "co.", "plc", "ag"])
_LIST_END = re.compile(r"\s*(?:and|or)\s+[A-Z]")


def _list_item(segment: str) -> bool:
    """True for a short capitalized segment, an item of a list of names ("Space")."""
    words = segment.split()
    return 0 < len(words) <= 3 and all(w[:1].isupper() for w in words)


def _without_tails(segments: list[str]) -> list[str]:
    """Segments without those that only end a name or a list: "Dräger, Inc.," is Dräger;
    "at Boeing Defense, Space, and Security" is one organisation, not a speaker "Security"."""
    while len(segments) > 1 and segments[-1].strip().lower() in _CORPORATE:
        segments = segments[:-1]
    if len(segments) > 2 and _LIST_END.match(segments[-1]):
        k = len(segments) - 1
        while k > 1 and _list_item(segments[k - 1]):
            k -= 1
        if k < len(segments) - 1:
            segments = segments[:k]
    return segments


def _titled_appositive(
    segments: list[str], best: sp.Candidate, classify: sp.Classifier
) -> sp.Candidate | None:
    """The name before a title used as an appositive: "Rob Goldman, President Ascom North
    America, says" is Goldman (a name does not open with a title when it follows another)."""
    if not sp.is_role_word(best.text.split()[0]):
        return None
    earlier = classify(segments[-2])
    named = earlier is not None and earlier.kind == "named" and earlier.person
    if not named or earlier is None or earlier.place or sp.is_role_word(earlier.text.split()[0]):
        return None
    return earlier


def _appositive_chain(segments: list[str], classify: sp.Classifier) -> sp.Candidate | None:
    """The first name of "NAME, DESCRIPTION, NAME said", where the description and the second
    name are one appositive: "Prince Andrew, the younger brother of the heir, Charles, has told"
    is Andrew speaking."""
    middle, first = classify(segments[-2]), classify(segments[-3])
    if middle is None or middle.kind != "described" or first is None:
        return None
    named_person = first.kind == "named" and first.person and not first.place
    return first if named_person else None


def clause_is_empty(text: str) -> bool:
    """True when nothing stands between the last clause break and the verb ('"...," said X')."""
    return not sw.SEGMENT_BREAK.split(text)[-1].strip()


def subject_after(text: str, classify: sp.Classifier = sp.classify_phrase) -> sp.Candidate | None:
    """The speaker phrase that starts `text`, the words right after an inverted verb."""
    taken: list[str] = []
    tokens = text.split()[:14]
    for i, token in enumerate(tokens):
        low = sp.bare(token)
        joins = low == "and" and taken and i + 1 < len(tokens) and tokens[i + 1][:1].isupper()
        if (low in sw.AFTER_STOP and not joins) or token.startswith(('"', "(")):
            break  # but '"...," said Graham and Schumer' is said by both
        taken.append(token.rstrip(',;:."') if token[-1:] in ',;:"' else token)
        if token[-1:] in ',;:"' or (
            token.endswith(".") and len(low) > 3 and low[:-1].isalpha() and low not in sw.ROLE_WORDS
        ):
            break
    if taken and taken[-1].endswith(".") and len(sp.bare(taken[-1])) > 3:
        taken[-1] = taken[-1][:-1]
    found = classify(" ".join(taken)) if taken else None
    if found is not None and found.kind == "described" and tokens[len(taken) - 1].endswith(","):
        named = _appositive_after(tokens[len(taken) :], classify)
        return named or found  # "according to his aunt, Jane Starner," is Jane Starner
    return found


def _appositive_after(tokens: list[str], classify: sp.Classifier) -> sp.Candidate | None:
    """The named person of an appositive that ends with a comma: "Jane Starner," (a few words)."""
    for k, token in enumerate(tokens[:4]):
        if token.endswith(","):
            c = classify(" ".join(tokens[: k + 1]).rstrip(","))
            return c if c is not None and c.kind == "named" and c.person else None
    return None


def may_start_name(word: str) -> bool:
    """False when a sentence opening with `word` cannot open with a name ("The", "It")."""
    low = sp.bare(word)
    return low in sw.LEAD_WORDS or low not in sw.STOP_CAPS or low in sw.NAME_WORDS


def looks_like_name_start(tokens: list[str]) -> str | None:
    """The name phrase at the start of a sentence, if the sentence opens with one."""
    taken: list[str] = []
    while len(tokens) > 1 and sp.bare(tokens[0]) in sw.LEAD_WORDS:
        tokens = tokens[1:]  # "Meanwhile Kremlin spokesperson Dmitry Peskov spoke"
    if len(tokens) > 1 and tokens[0].endswith("ing") and sp.is_cap(tokens[1]):
        tokens = tokens[1:]  # "Hosting Cook was ..." is not a person called "Hosting Cook"
    for token in tokens[:8]:
        t = token.rstrip(",")
        if sp.is_cap(t) or (
            taken and (sp.bare(t) in sw.ROLE_WORDS or sp.bare(t) in sw.NAME_CONNECTORS)
        ):
            taken.append(t)
            if token.endswith(","):
                break
            continue
        break
    while taken and not sp.is_cap(taken[-1]):
        taken.pop()
    return " ".join(taken).rstrip(",") if taken else None


# ---- who a subject means, in reading order ----------------------------------------------


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: what to show, the key to match, and what sort of speaker it is."""

    display: str
    key: str | None
    person: bool
    plural: bool
    named: bool
    head: str | None = None


_TITLE_PRONOUNS = {"mr.": "he", "mr": "he", "ms.": "she", "ms": "she", "mrs.": "she", "mrs": "she"}


class SpeakerBook:
    """The article's speakers so far, in reading order: what pronouns and "the official" mean."""

    def __init__(self, article: str = "") -> None:
        self.article = article  # the whole text, where a surname may be given in full
        self.in_full: dict[str, str | None] = {}  # lone name -> full name in the article
        self.people: list[Speaker] = []  # persons, most recent last
        self.pronoun_of: dict[str | None, str] = {}  # key -> "he" / "she", as the text says
        self.last_group: Speaker | None = None
        self.described: list[Speaker] = []
        self.full_names: dict[str, str] = {}  # person key -> fullest name seen
        self._people: dict[str, tuple[str, str]] = {}
        # For a singular "they": who spoke last in this paragraph, and whether a group was
        # noted since (then "they" is the group).
        self._speaker_here: Speaker | None = None
        self.titled: dict[str, Speaker] = {}  # "judge" -> the person last named "Judge Anne Kemp"

    def new_paragraph(self) -> None:
        """Mark a paragraph boundary (a singular "they" looks back only this far)."""
        self._speaker_here = None

    def classify(self, phrase: str) -> sp.Candidate | None:
        """`speakers.classify_phrase` (memoized); a family name that is also
        a noun ("Doctor" of "Ken Doctor") is the person once the article has named them."""
        found = sp.classify_phrase(phrase)
        word = phrase.strip(" ,")
        if found is None and word.istitle() and word.isalpha() and self.is_known(word):
            return sp.Candidate(word, "named", person=True)
        return found

    def is_known(self, name: str) -> bool:
        """True when `name` is the family name of a person the article has named."""
        return self.key_of(name) in self.full_names

    def key_of(self, name: str) -> str:
        """`speakers.person_key`, remembered for the article."""
        if name not in self._people:
            self._people[name] = (sp.display_name(name), person_key(name))
        return self._people[name][1]

    def resolve(self, c: sp.Candidate) -> Speaker | None:
        """The speaker a phrase stands for at this point of the article."""
        if c.kind == "pronoun" and c.person and c.text not in ("he", "she"):
            return self.people[-1] if self.people else None  # "the 56-year-old"
        here = self._speaker_here
        if (
            c.kind == "pronoun"
            and not c.person
            and here is not None
            and here.key not in self.pronoun_of
        ):
            # "Kym Lino, a spokesperson, confirmed ... '...,' they said": a person who spoke in
            # this paragraph, never called "he" or "she", after any group was named
            return here
        if c.kind == "pronoun":
            return self._antecedent(c.text) if c.person else self.last_group
        if c.kind == "named" and c.person and c.plural:  # two people speaking together
            return Speaker(sp.candidate_display(c), candidate_key(c), False, True, True)
        if c.kind == "named" and c.person:
            return self._person(c)
        words = c.text.lower().split()
        if (
            c.kind == "described"
            and len(words) == 2
            and words[0] == "the"
            and words[1] in self.titled
        ):
            return self.titled[words[1]]  # "the judge" after "Judge Anne Kemp"
        if c.kind == "described" and c.head and c.text.split()[0] in ("the", "this", "that"):
            # "the official" is the earlier "senior administration official"; "the regional
            # health commission" says more than an earlier "the commission": a speaker as written
            said = set(words[1:])
            for earlier in reversed(self.described):
                if earlier.head == c.head and said <= set(earlier.display.lower().split()):
                    return earlier
        made = Speaker(c.text, candidate_key(c), c.person, c.plural, c.kind == "named", c.head)
        if c.kind == "described":
            self.described.append(made)
        return made

    def _person(self, c: sp.Candidate) -> Speaker:
        """A named person, folded onto a full name seen earlier ("Kim" -> "Kim Jong Un")."""
        if c.text not in self._people:
            self._people[c.text] = (sp.display_name(c.text), person_key(c.text))
        name, key = self._people[c.text]
        title = c.text.split()[0].lower()
        if title in _TITLE_PRONOUNS:
            self.pronoun_of.setdefault(key, _TITLE_PRONOUNS[title])
        if key in self.full_names and _namesakes(self.full_names[key], name):
            key = _fold(name)  # "Ann Roe" after "Tom Roe": another person of that family
        if key not in self.full_names and " " not in name:
            token = key
            for known, full in self.full_names.items():
                if token in full.lower().split():
                    key = known
                    break
        if len(name) > len(self.full_names.get(key, "")):
            self.full_names[key] = name
        found = Speaker(name, key, True, False, True)
        for word in c.text.split()[: -len(name.split())]:
            if sp.is_role_word(word):
                self.titled[word.lower().rstrip(".,")] = found  # "Judge", "Gov.", "Detective"
        return found

    def _antecedent(self, pronoun: str) -> Speaker | None:
        """The latest person that "he" or "she" can mean: one not already called the other."""
        for person in reversed(self.people[-8:]):
            known = self.pronoun_of.get(person.key)
            if known is None or known == pronoun:
                self.pronoun_of[person.key] = pronoun
                return person
        return None

    def note(self, s: Speaker, spoke: bool = False) -> None:
        """Remember the latest person or group (`spoke`: as the subject of a speech verb),
        for "he said" / "they said" later on."""
        if s.person:
            if self.people and self.people[-1].key == s.key:
                self.people[-1] = s
            else:
                self.people.append(s)
            if spoke and s.named and not s.plural and s.key not in self.pronoun_of:
                self._speaker_here = s
            elif s.key != getattr(self._speaker_here, "key", None):
                self._speaker_here = None
        else:
            self.last_group = s
            self._speaker_here = None


# ---- the keys that match speakers across versions -------------------------------------------


def _fold(text: str) -> str:
    """Lowercase without diacritics or possessive endings."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.lower().replace("'s ", " ").removesuffix("'s").strip(" .,;:'\"")


def _namesakes(known: str, name: str) -> bool:
    """True when two full names share a family name but not a given name ("Tom Roe" and
    "Ann Roe"); an initial or a short form ("Chris" / "Christopher") is the same person."""
    a, b = known.split(), name.split()
    if len(a) < 2 or len(b) < 2:
        return False
    given_a, given_b = _given(a), _given(b)
    if len(given_a) < 2 or len(given_b) < 2:
        return False
    return not (given_a.startswith(given_b) or given_b.startswith(given_a))


def _given(tokens: list[str]) -> str:
    """The given name(s) of a full name: after the family name when it comes first ("Kim Yo
    Jong"), else the first word; folded, without dots."""
    family_first = person_key(" ".join(tokens)) == _fold(tokens[0])
    given = "".join(tokens[1:]) if family_first else tokens[0]
    return _fold(given).replace(".", "")


@memo.paragraph_memo  # asked again for each mention of a person, and of both namesakes
def person_key(name: str) -> str:
    """The family name of a person's name, the key that folds "Lloyd Austin" and "Austin"."""
    tokens = [t for t in sp.display_name(name).split() if sp.bare(t) not in sw.NAME_SUFFIXES]
    tokens = tokens or name.split()
    first = sp.bare(tokens[0])
    hyphenated = len(tokens) > 1 and "-" in tokens[1]
    if len(tokens) > 1 and (
        first in sw.FAMILY_FIRST
        or (first in sw.FAMILY_FIRST_LONG and (len(tokens) > 2 or hyphenated))
    ):
        return _fold(tokens[0])
    return _fold(tokens[-1])


def candidate_key(c: sp.Candidate) -> str | None:
    """The key of a classified speaker phrase (None for pronouns)."""
    if c.kind == "pronoun":
        return None
    if c.parts:
        return "+".join(sorted(person_key(part) for part in c.parts))
    if c.kind == "named" and c.person:
        return person_key(c.text)
    words = c.text.split()
    if words and words[0].lower() in sw.DETERMINERS:
        words = words[1:]
    if c.kind == "described":
        words = _without_setting(words)
        if c.person and c.head:
            words = _identity_words(words, c.head)
    return _fold(" ".join(words)) or None


def _identity_words(words: list[str], head: str) -> list[str]:
    """A person's description without the lowercase words that only qualify its head: "one
    legal expert" is "the expert" later on, "a senior administration official" is "the
    official"; names and owners say who it is ("a BART spokesperson", "Trump's lawyer")."""
    at = next((i for i, w in enumerate(words) if sp.bare(w).removesuffix("'s") == head), -1)
    if at <= 0:
        return words
    kept = [w for w in words[:at] if w[:1].isupper() or w.endswith(("'s", "s'"))]
    return kept + words[at:]


def _without_setting(words: list[str]) -> list[str]:
    """A description without what only places it: "doctor on the scene" is "the doctor" later
    on; "of", "for" and "to" say whose speaker it is ("spokesperson for the ministry")."""
    for i, w in enumerate(words[1:], start=1):
        low = sp.bare(w)
        if low in sw.PREPOSITIONS and low not in ("of", "for", "to"):
            return words[:i]
    return words


def speaker_key(name: str) -> str | None:
    """Fold a speaker's name to the key used to match speakers across versions.

    People fold to their family name ("Defense Secretary Lloyd Austin" -> "austin");
    organisations and descriptions to their words without a determiner ("the Kremlin" ->
    "kremlin"), a person's description to the words that say who it is ("one legal expert"
    and "the expert" -> "expert", "a BART spokesperson" -> "bart spokesperson"); pronouns and
    empty names to None. A description may be given without its article ("company
    spokesperson").
    """
    name = normalize_line(name)
    if not name:
        return None
    c = sp.classify_phrase(name)
    if c is None and name.split()[0].lower() not in sw.DETERMINERS:
        c = sp.classify_phrase("a " + name)
        c = c if c is not None and c.kind == "described" else None
    if c is not None:
        return candidate_key(c)
    words = name.split()
    if words[0].lower() in sw.DETERMINERS:
        words = words[1:]
    return _fold(" ".join(words)) or None
