"""The word lists that quote attribution reads: speech verbs, roles, organisations, names,
and the few word patterns found around a speech verb.

Kept apart from the code that uses them (speakers.py, quotes.py) so that extending a list is a
one-line change that touches no logic. Every list is lowercase; lookups fold case first.
"""

from __future__ import annotations

import re


def word_set(text: str) -> frozenset[str]:
    """A word list written as one string."""
    return frozenset(text.split())


# ---- speech verbs -----------------------------------------------------------------------------

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
    snapped shouts yelled yells screamed screams whispered whispers exclaimed ordered
    comments remarks observes responds concludes counters admits suggests emphasizes
    emphasises maintains recounts reflects muses mused opined opines written reported"""
)
PARTICIPLES = word_set(
    """saying adding telling writing noting warning arguing insisting claiming stressing urging
    calling describing explaining asking declaring announcing posting tweeting acknowledging
    stating replying recalling cautioning predicting emphasizing emphasising vowing promising"""
)
# Verbs that may come before their subject: '"...," said Austin.'
INVERTIBLE = word_set(
    "said says added adds wrote writes asked asks continued explained warned noted replied "
    "recalled insisted argued stated declared announced tweeted posted acknowledged conceded "
    "stressed cautioned predicted responded remarked observed commented countered retorted "
    "reiterated concluded agreed laughed comments remarks observes responds concludes counters "
    "explains recounts reflects muses mused opined opines reported"
)
# Verbs that are not speech when an infinitive follows: "he agreed to return the cash".
TAKES_INFINITIVE = word_set(
    "agreed agrees promised vowed pledged threatened continued continues claimed claims asked "
    "asks urged urges demanded"
)


def trie(words: frozenset[str]) -> str:
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


FINITE_PATTERN = trie(FINITE_VERBS)
# Lowercase only: "Asked about it, Austin said" must not make "Asked" a verb of "Austin".
SPEECH_VERB = re.compile(
    rf"\b(?:(?P<finite>{FINITE_PATTERN})|(?P<participle>{trie(PARTICIPLES)})"
    r"|(?P<according>[Aa]ccording to))\b"
)
# Speech verbs as whitespace-split words may carry them: "said," "said." 'said"'.
_VERB_TOKENS = frozenset(
    verb + end
    for verb in FINITE_VERBS | PARTICIPLES | {"according", "According"}
    for end in ("", ",", ".", ";", ":", '"', ")", "!", "?", "'", "...")
)


def may_have_speech_verb(text: str) -> bool:
    """A cheap test run before SPEECH_VERB: False when no word of `text` is a speech verb."""
    return not _VERB_TOKENS.isdisjoint(text.split())


# ---- speaker phrases ----------------------------------------------------------------------------

ROLE_WORDS = word_set(
    """president vice secretary minister spokesperson spokesman spokeswoman chancellor premier
    prime senator sen sen. rep rep. representative gov gov. governor mayor gen gen. general lt
    lt. col col. adm adm. admiral maj maj. capt capt. sgt sgt. commander chief director
    ambassador envoy judge justice pope king queen prince princess sheikh mr mr. mrs mrs. ms
    ms. dr dr. prof prof. professor sir dame lord lady chairman chairwoman chair ceo cfo coo
    founder leader speaker deputy assistant acting former attorney senior head commissioner
    inspector officer official adviser advisor coach manager executive analyst economist
    lawmaker congressman congresswoman president-elect secretary-general supt supt. det det.
    rev rev. reverend cmdr cmdr. brig brig. cpl cpl. administrator superintendent sheriff
    detective lieutenant colonel captain sergeant corporal marshal councilman councilwoman
    councillor councilor alderman assemblyman assemblywoman delegate dean provost treasurer
    comptroller auditor coroner pastor chaplain host
    pvt pvt. amb amb. atty atty. hon hon. rabbi imam bishop cardinal archbishop crown press
    foreign defense actress actor singer filmmaker writer author rapper comedian producer
    composer songwriter musician star
    defence interior state treasury national security house white staff joint chiefs
    ukrainian russian american british french german chinese korean japanese israeli iranian
    italian indian european u.s. us u.n. un u.k. e.u. nato kremlin pentagon"""
)
# Words of ROLE_WORDS that qualify a title rather than are one ("former", "Ukrainian").
ROLE_MODIFIERS = word_set(
    """former acting senior deputy assistant crown press foreign defense defence interior
    state treasury national security house white staff joint chiefs ukrainian russian
    american british french german chinese korean japanese israeli iranian italian indian
    european u.s. us u.n. un u.k. e.u. nato kremlin pentagon vice prime"""
)
# Words of a portfolio after "Secretary of": "Secretary of Homeland Security Alejandro Mayorkas".
PORTFOLIO = word_set(
    """of for the state defense defence homeland security treasury commerce energy agriculture
    labor labour education health human services interior transportation veterans affairs
    housing urban development justice foreign navy army air force staff joint chiefs finance
    economy trade culture information home office war external internal national public works
    environment industry prosecution prosecutions police intelligence immigration"""
)
PLACES = word_set(
    """russia ukraine china korea japan iran israel germany france britain
    america india moscow kyiv kiev beijing pyongyang seoul washington tehran london paris
    berlin brussels europe gaza taiwan syria turkey poland italy rome canada mexico iraq
    germany munich spain japan africa australia london york california texas florida d.c. dc
    maryland virginia illinois ohio georgia michigan arizona massachusetts"""
)
ORG_WORDS = PLACES | word_set(
    """kremlin pentagon house ministry department agency service council committee commission
    office court party union army navy force forces command corp corporation inc company co
    group bank university institute foundation association organization organisation
    government administration republic kingdom states nations assembly parliament congress
    senate times post news journal press reuters cnn bbc nato police guard federation hamas
    hezbollah taliban school college academy hospital clinic center centre laboratory
    directorate church museum library airport club network channel magazine newspaper"""
)
NAME_CONNECTORS = word_set("of the for de da del der van von bin ibn al la le du dos y")
# Capitalized words that begin clauses or name times, never part of a speaker's name.
STOP_CAPS = word_set(
    """but and or so yet in on at for from with by after before during when while as
    meanwhile however also then now still earlier later speaking asked this that these those
    like unlike besides including except
    it he she they we i you your his her their its our my last next since although though if because
    despite instead separately of one two three four five six seven eight nine ten another each
    every some many most all both several few no not such other others any thousands
    hundreds dozens millions more much only just even according a an the today yesterday was
    were is are do does did has have had will would can could should may might must
    tomorrow monday tuesday wednesday thursday
    friday saturday sunday january february march april june july august september october
    november december there here what why how where who"""
)
# Words of STOP_CAPS that are also names: a name next to another capitalized word ("Will Moy",
# "Theresa May"), a word alone ("May 5", "Will it last?").
NAME_WORDS = word_set("will may june april august")
RELATIVES = word_set("who whom whose which")
LEAD_WORDS = word_set(
    "but and so yet still now meanwhile however then also even though instead too as"
)
DETERMINERS = word_set(
    """a an the one two three four five several some many most other another his her their
    its this that these those both each every any few"""
)
# Counting words: "the only two Arab states" is a count of things, not a person "Arab".
QUANTITIES = word_set("two three four five six seven eight nine ten several many both few only")
SPEAKER_NOUNS = word_set(
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
    caption notice tweet text email fellow author co-author rep reps publicist aunt uncle
    brother sister cousin niece nephew grandmother grandfather girlfriend boyfriend fiancee
    fiance widow widower"""
)
SPEAKER_SUFFIX = re.compile(r"(?:ers?|ors?|ists?|ians?|ants?|ents?|m[ae]n|wom[ae]n|persons?)$")
PERSON_HEADS = word_set(
    """official spokesperson representative source analyst expert minister lawyer attorney
    judge witness resident survivor doctor officer soldier diplomat leader head chief director
    president secretary member lawmaker senator governor mayor aide adviser advisor researcher
    scientist economist professor executive ceo founder owner manager worker employee student
    teacher parent mother father wife husband son daughter woman man person friend neighbor
    neighbour critic supporter opponent activist voter investor trader coach player envoy
    ambassador negotiator commander general colonel captain sergeant pilot chairman
    chairwoman spokesman spokeswoman staffer rep publicist aunt uncle brother sister cousin
    niece nephew grandmother grandfather girlfriend boyfriend fiancee fiance widow widower"""
)
PREPOSITIONS = word_set("to for of at in from with on who which that familiar close")
# Honours and degrees after a name: "Geoffrey Robertson QC" is Robertson.
POST_NOMINALS = word_set(
    "qc kc mp mep msp mla phd ph.d. ph.d md m.d. m.d obe cbe mbe kbe dbe esq esq. rn dds"
)
NAME_SUFFIXES = POST_NOMINALS | word_set("jr jr. sr sr. ii iii iv")
# Family name first: "Kim Jong Un" is Kim, "Xi Jinping" is Xi.
FAMILY_FIRST = word_set(
    """xi li wang zhang liu chen zhao zhou huang hu mao deng jiang wu yang zhu guo xu gao
    luo zheng liang xie tang feng cao peng zeng xiao tian dong pan yuan cai fan wei jin qin
    yao tan lu du shi zou xiong meng qian gu hou shao duan cui kong qiu"""
)
FAMILY_FIRST_LONG = word_set("kim choe choi yoon moon park lee")
FINITE_AUX = word_set("has have had is are was were will would can could should may might do did")
# What may stand between a subject and an inverted verb's end: '"...," said Austin on Monday'.
AFTER_STOP = word_set(
    """on in at during while when after before as who which that adding saying last this
    earlier yesterday today tonight according told and but"""
)


# ---- patterns around a speech verb -------------------------------------------------------------

# Words that can stand between a subject and its verb: "Zelensky has repeatedly warned".
AUX_TAIL = re.compile(
    r"(?:\s+(?:has|have|had|also|repeatedly|previously|later|earlier|then|again|once|would|will|"
    r"could|may|might|must|should|did|does|do|not|never|always|already|publicly|privately|"
    r"separately|reportedly|allegedly|first|initially|subsequently|further|simply|just|even|"
    r"only|still|long|often|recently|since|instead|himself|herself|themselves|itself|personally|"
    r"directly|explicitly|openly|bluntly|flatly|firmly|(?:on|last|this|earlier this)\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)|Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))+\s*$"
)
SEGMENT_BREAK = re.compile(r"[,;:()\[\]\"]|\s-\s")
CLAUSE_WORD = re.compile(
    r"\b(?:that|who|which|whom|whose|but|or|because|as|while|when|if|after|before|since|"
    r"although|though|where|what|so|than|until|unless|said|says|told)\s+"
)
AFTER_PREPOSITION = re.compile(r"\b(?:in|of|to|with|for|from|by|at|on|under|through)\s+$")
PARTY_TAG = re.compile(r"\(?[A-Z]-[A-Z][\w.]*\)?$")  # "R-Neb.", "D-N.Y.", "(I-Vt.)"
AND_TEAM = re.compile(r"(.+?) and (?:his|her|their) (?:\S+ )?\S+$")
