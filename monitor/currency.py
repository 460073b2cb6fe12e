"""Currencies and scales: what is written around an amount, and one name for each currency.

`CURRENCY_SYMBOL_RE` matches what is written before an amount ("$", "HK$", "£", "₹", "Rs",
"USD "), `CURRENCY_WORD_RE` what is written after it ("dollars", "Hong Kong dollars",
"rupees", "HKD"). `fold_currency` gives every spelling of one currency the same canonical
name, so "176 Hong Kong dollars" and "HK$176" are one fact: the plural family name
("dollars", "rupees", "pesos") with the country before it when the country is not the
family's default one ("hong kong dollars", "pakistani rupees"; "US$" and "$" are "dollars").
`SCALE_RE` and `scale_multiplier` read the scale after a number ("bn", "million", "lakh").
"""

from __future__ import annotations

import math
import re

# Singular and plural currency names -> their plural family name.
CURRENCY_WORDS = {
    "dollar": "dollars", "dollars": "dollars", "euro": "euros", "euros": "euros",
    "pound": "pounds", "pounds": "pounds", "sterling": "pounds", "yen": "yen", "yuan": "yuan",
    "renminbi": "yuan", "ruble": "rubles", "rubles": "rubles", "rouble": "rubles",
    "roubles": "rubles", "won": "won", "rupee": "rupees", "rupees": "rupees", "peso": "pesos",
    "pesos": "pesos", "franc": "francs", "francs": "francs", "shekel": "shekels",
    "shekels": "shekels", "hryvnia": "hryvnias", "hryvnias": "hryvnias", "naira": "naira",
    "rand": "rand", "lira": "lira", "ringgit": "ringgit", "baht": "baht", "rupiah": "rupiah",
    "dinar": "dinars", "dinars": "dinars", "riyal": "riyals", "riyals": "riyals",
    "dirham": "dirhams", "dirhams": "dirhams", "krona": "kronor", "kronor": "kronor",
    "krone": "kroner", "kroner": "kroner", "zloty": "zlotys", "zlotys": "zlotys",
    "reais": "reais", "real": "reais", "cedi": "cedis", "cedis": "cedis",
    "shilling": "shillings", "shillings": "shillings",
}  # fmt: skip
# Symbols and ISO codes -> the canonical name (the same as the written-out name folds to).
_PREFIXES = {
    "$": "dollars", "us$": "dollars", "usd": "dollars", "a$": "australian dollars",
    "au$": "australian dollars", "aud": "australian dollars", "c$": "canadian dollars",
    "ca$": "canadian dollars", "cad": "canadian dollars", "nz$": "new zealand dollars",
    "nzd": "new zealand dollars", "hk$": "hong kong dollars", "hkd": "hong kong dollars",
    "s$": "singapore dollars", "sgd": "singapore dollars", "nt$": "taiwan dollars",
    "twd": "taiwan dollars", "mx$": "mexican pesos", "mxn": "mexican pesos", "r$": "reais",
    "brl": "reais", "£": "pounds", "gbp": "pounds", "€": "euros", "eur": "euros", "¥": "yen",
    "jpy": "yen", "cny": "yuan", "rmb": "yuan", "₹": "rupees", "rs": "rupees", "inr": "rupees",
    "pkr": "pakistani rupees", "₩": "won", "krw": "won", "₽": "rubles", "rub": "rubles",
    "₪": "shekels", "ils": "shekels", "₴": "hryvnias", "uah": "hryvnias", "₦": "naira",
    "ngn": "naira", "₺": "lira", "₱": "philippine pesos", "php": "philippine pesos",
    "chf": "francs", "zar": "rand", "sek": "kronor", "pln": "zlotys",
}  # fmt: skip
# Countries whose currency is the one a bare family name means: "US dollars" are "dollars".
_HOME = frozenset(
    {
        "u.s.", "us", "american", "united states", "british", "uk", "japanese", "chinese",
        "indian", "south korean", "korean", "russian", "swiss", "brazilian", "south african",
        "nigerian", "ukrainian", "israeli", "turkish", "polish", "thai", "malaysian",
        "indonesian", "swedish",
    }
)  # fmt: skip
_COUNTRY = {"singaporean": "singapore", "taiwanese": "taiwan", "hk": "hong kong"}
CODES = tuple(k for k in _PREFIXES if k.isalpha() and len(k) == 3)  # lower case: "usd"
DOLLAR_PREFIXES = ("us", "au", "a", "ca", "c", "nz", "hk", "s", "nt", "mx", "r")  # "HK$"
SYMBOLS = "".join(k for k in _PREFIXES if len(k) == 1 and k != "$")  # "£€¥₹..."
_CODES = "|".join(c.upper() for c in CODES)
# Before an amount: letter prefixes and codes are matched case-sensitively ("Rs 24", not
# "rs 24"), whatever the flags of the pattern they are put in.
CURRENCY_SYMBOL_RE = (
    rf"(?:(?-i:{'|'.join(p.upper() for p in DOLLAR_PREFIXES)})?\$"
    rf"|[{SYMBOLS}]|(?-i:(?:{_CODES})\s?|Rs\.?\s?))"
)
_ADJECTIVE_RE = (
    r"(?:U\.S\.|US|American|Hong\s+Kong|HK|Australian|Canadian|New\s+Zealand|Singapore"
    r"|Singaporean|Taiwan|Taiwanese|Indian|Pakistani|Sri\s+Lankan|Nepalese|Mexican"
    r"|Argentine|Chilean|Colombian|Philippine|Swiss|Egyptian|Japanese|Chinese|Brazilian"
    r"|South\s+African|Turkish|Russian|Saudi|Israeli|Ukrainian|Nigerian|Kenyan|Jamaican"
    r"|Zimbabwean|British|Swedish|Norwegian|Danish)"
)
# After an amount: "dollars", "Hong Kong dollars", "pounds sterling", "USD".
CURRENCY_WORD_RE = (
    rf"(?:(?:(?-i:{_ADJECTIVE_RE})\s+)?(?:dollars?|rupees?|pesos?|francs?|pounds|dinars?"
    r"|riyals?|yen|yuan|rubles?|roubles?|won|rand|lira|real|reais|shekels?|kroner|krone"
    r"|kronor|krona)"
    r"|euros?|pounds(?:\s+sterling)?|pound\s+sterling|sterling|renminbi|hryvnias?|naira"
    rf"|ringgit|baht|rupiah|dirhams?|zlotys?|cedis?|shillings?|(?-i:{_CODES}))"
)


def fold_currency(text: str) -> str:
    """The canonical name of a currency symbol, code or name ("HK$" -> "hong kong dollars").

    "$", "US$", "USD", "U.S. dollars" -> "dollars"; "Rs", "₹", "INR" -> "rupees";
    "Hong Kong dollars", "HKD" -> "hong kong dollars"; "pounds sterling" -> "pounds".
    """
    key = " ".join(text.lower().split()).rstrip(". ")
    if key in _PREFIXES:
        return _PREFIXES[key]
    words = key.split()
    if not words:
        return key
    family = CURRENCY_WORDS.get(words[-1], words[-1])
    if words[0] in CURRENCY_WORDS:  # "pounds sterling"
        return CURRENCY_WORDS[words[0]]
    country = " ".join(words[:-1])
    if not country or country in _HOME:
        return family
    return f"{_COUNTRY.get(country, country)} {family}"


SCALES = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# South Asian scales: a lakh is a hundred thousand, a crore ten million ("lakh crore": 1e12).
INDIAN_SCALES = {"lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "crore": 1e7, "crores": 1e7}
# Abbreviated scales written after digits: "$3.5bn", "4.4m", "€40m", "$50k".
SCALE_ABBREVIATIONS = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12, "tr": 1e12,
}  # fmt: skip
SCALE_RE = (
    r"(?:\s*(?:hundred|thousand|million|billion|trillion)\b"  # "£71.6million" too
    r"|-(?:thousand|million|billion|trillion)\b"
    r"|\s+(?:lakhs?|lacs?|crores?)(?:\s+crores?)?\b"  # "Rs 24 lakh", "Rs 1.5 lakh crore"
    r"|(?:bn|mn|mln|tn|m|k|b|M|K|B)(?![\w%]))"
)


def parse_scale(text: str) -> float:
    """The multiplier of a scale word or abbreviation ("million", "bn", "m"); 1 when empty."""
    token = text.strip(" -").lower()
    if not token:
        return 1.0
    if " " in token:  # "lakh crore"
        return math.prod(parse_scale(part) for part in token.split())
    return SCALES.get(token) or SCALE_ABBREVIATIONS.get(token) or INDIAN_SCALES.get(token) or 1.0


def scale_multiplier(text: str | None, currency: str | None) -> float | None:
    """The multiplier of a scale; None for "3M"-like names (capital letter, no currency)."""
    if not text:
        return 1.0
    token = text.strip()
    if token in ("M", "B", "b", "K", "k") and not currency:
        return None
    return parse_scale(token)


# "N pounds of <what>" weighs something unless what follows is money: "5,200 pounds of water
# vapor", "300 pounds of cocaine"; not "5 million pounds of funding".
_POUNDS_OF = re.compile(
    r"\s+of\s+(?!(?:the\s+|his\s+|her\s+|their\s+|its\s+|our\s+)?(?:[\w'-]+\s+)?(?:funding|money"
    r"|investment|cash|debts?|aid|revenues?|damages|taxpayers|spending|savings|profits?|losses"
    r"|income|compensation|support|grants?|loans?|fees|fines?|bonus(?:es)?|wages|pay|salary"
    r"|tax(?:es)?|value|assets|business|contracts?|sales|funds|subsidies|budget|capital"
    r"|donations|costs|bills|stock|shares|public)\b)",
    re.IGNORECASE,
)
_WEIGH_VERBS = frozenset(("weigh", "weighs", "weighed", "weighing", "weighting"))


def weighs(para: str, word: str, end: int, start: int) -> bool:
    """True when the currency word `word` ending at `end` is "pounds" of weight: "5,200
    pounds of water vapor", "weighs 200 pounds" (`start`: where the number starts)."""
    if word.lower() not in ("pound", "pounds"):
        return False
    before = para[max(0, start - 12) : start].split()
    return (bool(before) and before[-1].lower() in _WEIGH_VERBS) or bool(
        _POUNDS_OF.match(para, end)
    )
