"""Who is speaking: speech verbs, the phrases that name a speaker, and the keys that fold them.

A speaker phrase is one of three things: a name ("Defense Secretary Lloyd Austin", "the
Kremlin"), a description ("a senior administration official", "North Korea's foreign
ministry"), or a pronoun ("he"). `classify_phrase` decides which; `subject_before` and
`subject_after` find the phrase next to a speech verb; `speaker_key` folds a phrase to the key
used to match speakers ("Secretary of Defense Lloyd Austin" -> "austin").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from monitor.text import normalize_line


def word_set(text: str) -> frozenset[str]:
    """A word list written as one string."""
    return frozenset(text.split())


FINITE_VERBS = word_set(
    """said says say told tells tell added adds wrote writes posted posts warned warns noted
    notes stated states explained explains argued argues insisted insists claimed claims
    continued continues tweeted tweets announced announces declared declares asked asks replied
    replies recalled recalls acknowledged acknowledges conceded concedes stressed stresses urged
    urges cautioned cautions predicted predicts responded remarked observed commented confirmed
    admitted suggested emphasized emphasised maintained testified shouted joked quipped boasted
    complained lamented vowed promised pledged threatened demanded wondered concluded countered
    retorted reiterated affirmed asserted alleged described describes called calls dubbed
    labeled labelled branded characterized characterised read reads agreed agrees disagreed
    recounted remembered laughed sighed reflected elaborated pleaded texted emailed scoffed
    snapped"""
)
_PARTICIPLES = word_set(
    """saying adding telling writing noting warning arguing insisting claiming stressing urging
    calling describing explaining asking declaring announcing posting tweeting acknowledging
    stating replying recalling cautioning predicting emphasizing emphasising vowing promising"""
)


def _trie(words: frozenset[str]) -> str:
    """One regex alternation for a word list, shared prefixes factored out (a trie), so that
    the regex engine tries a handful of branches at each word instead of every word."""
    tree: dict[str, dict[str, object]] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})  # type: ignore[assignment]
        node[""] = {}
    return _trie_node(tree)


def _trie_node(node: dict[str, dict[str, object]]) -> str:
    """The regex for one trie node."""
    ends = "" in node
    branches = [re.escape(ch) + _trie_node(child) for ch, child in sorted(node.items()) if ch]  # type: ignore[arg-type]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


FINITE_PATTERN = _trie(FINITE_VERBS)
# Lowercase only: "Asked about it, Austin said" must not make "Asked" a verb of "Austin".
SPEECH_VERB = re.compile(
    rf"\b(?:(?P<finite>{FINITE_PATTERN})|(?P<participle>{_trie(_PARTICIPLES)})"
    r"|(?P<according>according to))\b"
)
# Speech verbs as whitespace-split words may carry them: "said," "said." 'said"'.
_VERB_TOKENS = frozenset(
    verb + end
    for verb in FINITE_VERBS | _PARTICIPLES | {"according"}
    for end in ("", ",", ".", ";", ":", '"', ")", "!", "?", "'", "...")
)


def may_have_speech_verb(text: str) -> bool:
    """A cheap test run before SPEECH_VERB: False when no word of `text` is a speech verb."""
    return not _VERB_TOKENS.isdisjoint(text.split())


# Verbs that may come before their subject: '"...," said Austin.'
_INVERTIBLE = word_set(
    "said says added adds wrote writes asked asks continued explained warned noted replied "
    "recalled insisted argued stated declared announced tweeted posted acknowledged conceded "
    "stressed cautioned predicted responded remarked observed commented countered retorted "
    "reiterated concluded agreed laughed"
)

ROLE_WORDS = word_set(
    """president vice secretary minister spokesperson spokesman spokeswoman chancellor premier
    prime senator sen sen. rep rep. representative gov gov. governor mayor gen gen. general lt
    lt. col col. adm adm. admiral maj maj. capt capt. sgt sgt. commander chief director
    ambassador envoy judge justice pope king queen prince princess sheikh mr mr. mrs mrs. ms
    ms. dr dr. prof prof. professor sir dame lord lady chairman chairwoman chair ceo cfo coo
    founder leader speaker deputy assistant acting former attorney senior head commissioner
    inspector officer official adviser advisor coach manager executive analyst economist
    lawmaker congressman congresswoman president-elect secretary-general supt supt. det det.
    rev rev. reverend cmdr cmdr. brig brig. cpl cpl.
    pvt pvt. amb amb. atty atty. hon hon. rabbi imam bishop cardinal archbishop crown press
    foreign defense actress actor singer filmmaker writer author rapper comedian producer
    composer songwriter musician star
    defence interior state treasury national security house white staff joint chiefs
    ukrainian russian american british french german chinese korean japanese israeli iranian
    italian indian european u.s. us u.n. un nato kremlin pentagon"""
)
# Words of a portfolio after "Secretary of": "Secretary of Homeland Security Alejandro Mayorkas".
_PORTFOLIO = word_set(
    """of for the state defense defence homeland security treasury commerce energy agriculture
    labor labour education health human services interior transportation veterans affairs
    housing urban development justice foreign navy army air force staff joint chiefs finance
    economy trade culture information home office war external internal national public works
    environment industry"""
)
_ORG_WORDS = word_set(
    """kremlin pentagon house ministry department agency service council committee commission
    office court party union army navy force forces command corp corporation inc company co
    group bank university institute foundation association organization organisation
    government administration republic kingdom states nations assembly parliament congress
    senate times post news journal press reuters cnn bbc nato police guard federation hamas
    hezbollah taliban"""
)
_PLACES = word_set(
    """russia ukraine china korea japan iran israel germany france britain
    america india moscow kyiv kiev beijing pyongyang seoul washington tehran london paris
    berlin brussels europe gaza taiwan syria turkey poland italy rome canada mexico iraq
    germany munich spain japan africa australia london york california texas florida d.c. dc
    maryland virginia illinois ohio georgia michigan arizona massachusetts"""
)
_ORG_WORDS = _ORG_WORDS | _PLACES
_NAME_CONNECTORS = word_set("of the for de da del der van von bin ibn al la le du dos y")
# Capitalized words that begin clauses or name times, never part of a speaker's name.
_STOP_CAPS = word_set(
    """but and or so yet in on at for from with by after before during when while as
    meanwhile however also then now still earlier later speaking asked this that these those
    it he she they we i his her their its our my last next since although though if because
    despite instead separately of one two three four five six seven eight nine ten another each
    every some many most all both several few no not such other others any thousands
    hundreds dozens millions more much only just even according a an the today yesterday was
    were is are do does did has have had will would can could should may might must
    tomorrow monday tuesday wednesday thursday
    friday saturday sunday january february march april june july august september october
    november december there here what why how where who"""
)
_LEAD_WORDS = word_set(
    "but and so yet still now meanwhile however then also even though instead too"
)
_DETERMINERS = word_set(
    """a an the one two three four five several some many most other another his her their
    its this that these those both each every any few"""
)
_SPEAKER_NOUNS = word_set(
    """official officials spokesperson spokespeople representative source sources analyst
    expert minister ministry agency department government administration company firm
    statement police authorities military army navy office service council committee
    commission group organization organisation campaign team embassy prosecutors lawyer
    attorney judge court witness witnesses resident residents survivor doctor officer soldier
    diplomat diplomats leader leaders head chief director president secretary member members
    lawmaker lawmakers senator governor mayor aide aides adviser advisers advisor researcher
    scientist economist professor executive ceo founder owner manager worker employee student
    teacher parent mother father wife husband son daughter woman women man men person people
    family friend neighbor neighbour user fan critic critics supporter supporters opponent
    opponents activist activists voter voters investor investors trader union party club
    coach player report document letter filing indictment complaint lawsuit memo post readout
    study survey poll website spokesman spokeswoman agencies intelligence ally allies staff
    staffer envoy ambassador negotiator commander general colonel captain sergeant pilot
    chairman chairwoman board regulator regulators delegation description message note sign
    caption notice tweet text email fellow author co-author"""
)
_SPEAKER_SUFFIX = re.compile(r"(?:ers?|ors?|ists?|ians?|ants?|ents?|m[ae]n|wom[ae]n|persons?)$")
_PERSON_HEADS = word_set(
    """official spokesperson representative source analyst expert minister lawyer attorney
    judge witness resident survivor doctor officer soldier diplomat leader head chief director
    president secretary member lawmaker senator governor mayor aide adviser advisor researcher
    scientist economist professor executive ceo founder owner manager worker employee student
    teacher parent mother father wife husband son daughter woman man person friend neighbor
    neighbour critic supporter opponent activist voter investor trader coach player envoy
    ambassador negotiator commander general colonel captain sergeant pilot chairman
    chairwoman spokesman spokeswoman staffer"""
)
_PREPOSITIONS = word_set("to for of at in from with on who which that familiar close")
_PRONOUNS = {"he": "he", "she": "she", "they": "they", "it": "it"}
_NAME_SUFFIXES = word_set("jr jr. sr sr. ii iii iv")
# Family name first: "Kim Jong Un" is Kim, "Xi Jinping" is Xi.
_FAMILY_FIRST = word_set("xi li wang zhang liu chen zhao zhou huang hu mao deng jiang wu")
_FAMILY_FIRST_LONG = word_set("kim choe choi yoon moon park lee")
_CAP_TOKEN = re.compile(r"(?:(?:al|el|bin|ibn|de|da|van|von|le|la|d|o)[-'])?[A-Z][\w'.\-]*$")

_AND_TEAM = re.compile(r"(.+?) and (?:his|her|their) (?:\S+ )?\S+$")

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


def _bare(token: str) -> str:
    """A token without surrounding punctuation, lowercased, for word-list lookups."""
    return token.strip(",;:()[]\"'").lower()


def _is_cap(token: str) -> bool:
    """True when a token can be part of a proper name."""
    return bool(_CAP_TOKEN.match(token)) and _bare(token).rstrip(".") not in _STOP_CAPS


def _is_role(word: str) -> bool:
    """True for a word that names a role or a kind of speaker ("spokesperson", "scientist")."""
    low = _bare(word)
    return low in ROLE_WORDS or _is_speaker_noun(low)


def _is_speaker_noun(low: str) -> bool:
    """True for a noun that can head a description of a speaker."""
    return low in _SPEAKER_NOUNS or (len(low) > 4 and bool(_SPEAKER_SUFFIX.search(low)))


def _person_before_of(tokens: list[str]) -> list[str]:
    """Cut "Rosaly Lopes of NASA's Jet Propulsion Laboratory" to the person's name."""
    for k in range(2, len(tokens) - 1):
        if _bare(tokens[k]) in ("of", "at", "from", "with") and _is_cap(tokens[k + 1]):
            name = tokens[:k]
            words = [_bare(t) for t in name]
            last_two = name[-2:]
            if all(map(_is_cap, last_two)) and not any(
                w in _ORG_WORDS or w in ROLE_WORDS for w in words[-2:]
            ):
                return name
            break
    return tokens


def _is_acronym(token: str) -> bool:
    """True for "NATO", "U.N.", "CNN"; not for "J." or "III"."""
    bare = token.strip(".,").replace(".", "")
    return len(bare) > 1 and bare.isupper() and bare.lower() not in _NAME_SUFFIXES


def _named(tokens: list[str]) -> Candidate | None:
    """A name, maybe after a title: "NASA planetary scientist Lucas Paganini", "the Kremlin"."""
    lead_the = tokens[0].lower() == "the"
    body = _person_before_of(tokens[1:] if lead_the else tokens)
    if not body or not _is_cap(body[-1]) or _bare(body[-1]).endswith("'s"):
        return None
    if len(body) == 1 and not lead_the and _bare(body[0]) in _SPEAKER_NOUNS:
        return None  # "Officials said" is a description that opens a sentence
    start = len(body) - 1  # the proper name is the run of capitalized words at the end
    while start > 1 and (_is_cap(body[start - 1]) or _bare(body[start - 1]) in _NAME_CONNECTORS):
        start -= 1
    if start == 1 and _is_cap(body[0]):
        start = 0
    while (
        start < len(body) - 1 and body[start].islower() and _bare(body[start]) in _NAME_CONNECTORS
    ):
        start += 1
    title = body[:start]
    if title and (_bare(title[-1]) in _NAME_CONNECTORS or _bare(title[0]) in _DETERMINERS):
        return None  # "a spokesperson for Inherent Resolve" describes; it does not name
    lowers = [t for t in title if not _is_cap(t) and _bare(t) not in _NAME_CONNECTORS]
    if len(title) > 8 or (lowers and not _is_role(lowers[-1])):
        return None
    if not _is_cap(body[0]) and _bare(body[0]) in _NAME_CONNECTORS:
        return None
    words = [_bare(t) for t in body]
    has_role = bool(lowers) or any(w in ROLE_WORDS and not w.isupper() for w in words[:-1])
    org = lead_the or any(w in _ORG_WORDS for w in words) or any(_is_acronym(t) for t in body)
    person = (has_role and words[-1] not in _ORG_WORDS) or not org
    text = ("the " + " ".join(body)) if lead_the else " ".join(body)
    place = not person and len(body) <= 2 and words[-1] in _PLACES
    return Candidate(text=text, kind="named", person=person, place=place)


def _head_noun(tokens: list[str]) -> str | None:
    """The head noun of a description: the last word before its first preposition."""
    core: list[str] = []
    for t in tokens:
        if _bare(t) in _PREPOSITIONS and core:
            break
        core.append(t)
    head = _bare(core[-1]) if core else ""
    head = head.removesuffix("'s").removesuffix("'")
    if head in _SPEAKER_NOUNS or (len(head) > 4 and _SPEAKER_SUFFIX.search(head)):
        return head
    return None


_FINITE_AUX = word_set("has have had is are was were will would can could should may might do did")


def _trailing_person(tokens: list[str]) -> Candidate | None:
    """The person's name that ends a description, if it ends with one of two or more words."""
    run: list[str] = []
    for t in reversed(tokens):
        low = _bare(t)
        if not _is_cap(t) or low.endswith("'s") or low in _ORG_WORDS or low in ROLE_WORDS:
            break
        run.insert(0, t)
    if len(run) < 2 or len(run) == len(tokens) or _bare(tokens[-len(run) - 1]) in _PREPOSITIONS:
        return None  # "a spokesperson for Inherent Resolve" names no person
    named = _named(run)
    return named if named is not None and named.person else None


def _described(tokens: list[str]) -> Candidate | None:
    """A description such as "a senior administration official" or "U.S. officials"."""
    first = _bare(tokens[0])
    if first in _PREPOSITIONS or (first in _STOP_CAPS and first not in _DETERMINERS):
        return None  # "For starters" is not a speaker
    if any(_bare(t) in _FINITE_AUX for t in tokens):
        return None  # "a fresh poll has lower numbers" is a clause, not a speaker
    determined = first in _DETERMINERS or any(_bare(t).endswith(("'s", "s'")) for t in tokens[:3])
    if not determined and (len(tokens) > 4 or (len(tokens) > 1 and all(map(_is_cap, tokens)))):
        return None  # "Western Union" is a name, not a description
    if determined and not any(_bare(t) in _PREPOSITIONS for t in tokens):
        trailing: list[str] = []
        for t in reversed(tokens):
            if not _is_cap(t) or _bare(t).endswith("'s"):
                break
            trailing.insert(0, t)
        if trailing:
            return _named(trailing)  # "the 14th-ranked Schwartzman" is Schwartzman
    name = _trailing_person(tokens)
    if name is not None:
        return name  # "China's ambassador to Britain Liu Xiaoming" is Liu Xiaoming
    head = _head_noun(tokens)
    if head is None:
        return None
    plural = (head.endswith("s") and not head.endswith("ss")) or head in ("police", "people", "men")
    if not determined and not plural and head not in ("police", "staff", "intelligence"):
        return None
    words = [tokens[0].lower() if first in _DETERMINERS else tokens[0], *tokens[1:]]
    person = head in _PERSON_HEADS and not plural
    return Candidate(
        text=" ".join(words), kind="described", person=person, plural=plural, head=head
    )


def classify_phrase(phrase: str) -> Candidate | None:
    """Read a phrase as a speaker: a name, a description or a pronoun; None if it is neither."""
    tokens = phrase.strip(" ,;:-\"'").split()
    while tokens and _bare(tokens[0]) in _LEAD_WORDS:
        tokens = tokens[1:]
    while tokens and _bare(tokens[-1]) in ("too", "also", "himself", "herself", "themselves"):
        tokens = tokens[:-1]
    if not tokens or len(tokens) > 14:
        return None
    team = _AND_TEAM.match(" ".join(tokens))
    if team:
        return classify_phrase(team.group(1))  # "Paganini and his team wrote"
    if len(tokens) == 1 and _bare(tokens[0]) in _PRONOUNS:
        word = _bare(tokens[0])
        return Candidate(
            text=word, kind="pronoun", person=word in ("he", "she"), plural=word == "they"
        )
    return _named(tokens) or _described(tokens)


Classifier = Callable[[str], "Candidate | None"]


def display_name(text: str) -> str:
    """A person's name without titles: "Kremlin spokesperson Dmitry Peskov" -> "Dmitry Peskov"."""
    tokens = _person_before_of(text.split())
    last_role = -1
    for i, t in enumerate(tokens[:-1]):
        low = _bare(t)
        if low in ROLE_WORDS or low == "the" or t[:1].islower():
            last_role = i
    rest = tokens[last_role + 1 :]
    if last_role >= 0:
        while len(rest) > 2 and _bare(rest[0]) in _PORTFOLIO:
            rest = rest[1:]  # "Minister of Foreign Affairs Sergey Lavrov"
    return " ".join(rest) if rest else tokens[-1]


def _fold(text: str) -> str:
    """Lowercase without diacritics or possessive endings."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return text.replace("'s ", " ").removesuffix("'s").strip(" .,;:'\"")


def person_key(name: str) -> str:
    """The family name of a person's name, the key that folds "Lloyd Austin" and "Austin"."""
    tokens = [t for t in display_name(name).split() if _bare(t) not in _NAME_SUFFIXES]
    tokens = tokens or name.split()
    first = _bare(tokens[0])
    hyphenated = len(tokens) > 1 and "-" in tokens[1]
    if len(tokens) > 1 and (
        first in _FAMILY_FIRST or (first in _FAMILY_FIRST_LONG and (len(tokens) > 2 or hyphenated))
    ):
        return _fold(tokens[0])
    return _fold(tokens[-1])


def candidate_key(c: Candidate) -> str | None:
    """The key of a classified speaker phrase (None for pronouns)."""
    if c.kind == "pronoun":
        return None
    if c.kind == "named" and c.person:
        return person_key(c.text)
    words = c.text.split()
    if words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return _fold(" ".join(words)) or None


def speaker_key(name: str) -> str | None:
    """Fold a speaker's name to the key used to match speakers across versions.

    People fold to their family name ("Defense Secretary Lloyd Austin" -> "austin");
    organisations and descriptions to their words without a determiner ("the Kremlin" ->
    "kremlin", "a senior administration official" -> "senior administration official");
    pronouns and empty names to None.
    """
    name = normalize_line(name)
    if not name:
        return None
    c = classify_phrase(name)
    if c is not None:
        return candidate_key(c)
    words = name.split()
    if words[0].lower() in _DETERMINERS:
        words = words[1:]
    return _fold(" ".join(words)) or None


# Words that can stand between a subject and its verb: "Zelensky has repeatedly warned".
_AUX_TAIL = re.compile(
    r"(?:\s+(?:has|have|had|also|repeatedly|previously|later|earlier|then|again|once|would|will|"
    r"could|may|might|must|should|did|does|do|not|never|always|already|publicly|privately|"
    r"separately|reportedly|allegedly|first|initially|subsequently|further|simply|just|even|"
    r"only|still|long|often|recently|since|instead|himself|herself|themselves|itself|personally|"
    r"directly|explicitly|openly|bluntly|flatly|firmly|(?:on|last|this|earlier this)\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)|Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))+\s*$"
)
_SEGMENT_BREAK = re.compile(r"[,;:()\[\]\"]|\s-\s")
_CLAUSE_WORD = re.compile(
    r"\b(?:that|who|which|whom|whose|but|or|because|as|while|when|if|after|before|since|"
    r"although|though|where|so|than|until|unless|said|says|told)\s+"
)
_AFTER_STOP = word_set(
    """on in at during while when after before as who which that adding saying last this
    earlier yesterday today tonight according told and but"""
)


def _clause_tail(segment: str) -> str:
    """The part of a segment after its last clause word ("Austin said that Putin" -> "Putin")."""
    cut = 0
    for m in _CLAUSE_WORD.finditer(segment):
        cut = m.end()
    return segment[cut:]


def subject_before(text: str, classify: Classifier = classify_phrase) -> Candidate | None:
    """The speaker phrase that ends `text`, the words right before a speech verb.

    Handles interjections ("Peskov, meanwhile, said"; "Peskov, who ..., said") and appositives
    ("Lloyd Austin, the defense secretary, said": the name wins over the description).
    """
    text = text[max(text.rfind('"') + 1, len(text) - 240) :]  # a subject is near its verb
    text = _AUX_TAIL.sub("", text).rstrip(" ,")
    segments = _SEGMENT_BREAK.split(text)
    best = classify(_clause_tail(segments[-1])) or classify(segments[-1])
    place = None
    if best is not None and best.place and len(segments) > 1:
        place, best = best, None  # "..., in Washington, D.C., said": look for the person
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


def clause_is_empty(text: str) -> bool:
    """True when nothing stands between the last clause break and the verb ('"...," said X')."""
    return not _SEGMENT_BREAK.split(text)[-1].strip()


def subject_after(text: str, classify: Classifier = classify_phrase) -> Candidate | None:
    """The speaker phrase that starts `text`, the words right after an inverted verb."""
    taken: list[str] = []
    for token in text.split()[:14]:
        low = _bare(token)
        if low in _AFTER_STOP or token.startswith('"'):
            break
        taken.append(token.rstrip(',;:."') if token[-1:] in ',;:"' else token)
        if token[-1:] in ',;:"' or (
            token.endswith(".") and len(low) > 3 and low[:-1].isalpha() and low not in ROLE_WORDS
        ):
            break
    if taken and taken[-1].endswith(".") and len(_bare(taken[-1])) > 3:
        taken[-1] = taken[-1][:-1]
    return classify(" ".join(taken)) if taken else None


def inverts(verb: str) -> bool:
    """True when the verb may come before its subject ("said Austin")."""
    return verb in _INVERTIBLE


def looks_like_name_start(tokens: list[str]) -> str | None:
    """The name phrase at the start of a sentence, if the sentence opens with one."""
    taken: list[str] = []
    while len(tokens) > 1 and _bare(tokens[0]) in _LEAD_WORDS:
        tokens = tokens[1:]  # "Meanwhile Kremlin spokesperson Dmitry Peskov spoke"
    if len(tokens) > 1 and tokens[0].endswith("ing") and _is_cap(tokens[1]):
        tokens = tokens[1:]  # "Hosting Cook was ..." is not a person called "Hosting Cook"
    for token in tokens[:8]:
        t = token.rstrip(",")
        if _is_cap(t) or (taken and (_bare(t) in ROLE_WORDS or _bare(t) in _NAME_CONNECTORS)):
            taken.append(t)
            if token.endswith(","):
                break
            continue
        break
    while taken and not _is_cap(taken[-1]):
        taken.pop()
    return " ".join(taken).rstrip(",") if taken else None
