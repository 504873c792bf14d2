"""The bodies a copy may put one for another, read from a sentence: a social network ("on
Facebook" / "on Twitter"), an armed service ("an Army combat veteran" / "Marine Corps combat
veteran"), an armed group ("Al Qaeda" / "the Islamic State") and a magazine or news site
("British Vogue" / "British GQ").  Each reader lists the bodies a passage names, as
mentions; ``copied.py`` compares them between two aligned sentences of a copy and its
source, one each.
"""

from __future__ import annotations

import re

from newstrace.analyse.facts.broadcasters import PLATFORM
from newstrace.analyse.facts.mentions import Mention, Passage
from newstrace.analyse.facts.words import FUNCTION_WORDS, NAME_OPENERS

# --- a social network: "replied on Facebook" ---

# A post moved to another social network ("Fox replied on Facebook" / "a fiery response
# from Fox, also on Twitter"): ``broadcasters.py`` reads the one network each text names,
# and misses the network put for another in one sentence while the copy names the
# source's in another ("Trump hit back on Twitter").


def platforms(passage: Passage) -> list[Mention]:
    return [
        passage.mention(m.start(), m.end(), m.group(), "platform")
        for m in PLATFORM.finditer(passage.text)
    ]


# --- an armed service: "an Army combat veteran" ---

# The branches of the armed forces, each a body of its own: "an Army combat veteran" /
# "Marine Corps combat veteran" puts a person in another service.  A capitalised word
# before one makes it another body ("the Salvation Army", "Free Syrian Army"); "U.S."
# names the country's.  "Marine" alone is a service only before its reserve ("the Marine
# Reserve" / "the Army Reserve"): elsewhere it is a member ("a Marine") or a word ("marine
# life").
_SERVICE = re.compile(
    r"(?<![\w-])(?P<service>Army|Navy|Air Force|Marine Corps|Marines|Coast Guard"
    r"|Marine(?= Reserve))(?![\w-])"
)
_SAME_SERVICE = {"marines": "marine corps", "marine": "marine corps"}


def _named_before(passage: Passage, start: int, allowed: frozenset[str]) -> bool:
    """A capitalised word of a name, not one of ``allowed``, right before ``start``: "the
    Salvation Army", "Steve Forbes" ("Congress, Marine Corps" ends one name, starts one)."""
    before = passage.text[max(0, start - 40) : start].split()[-1:]
    named = bool(before) and before[0][:1].isupper() and before[0][-1:].isalpha()
    return named and before[0] not in allowed


_COUNTRY = frozenset({"US", *NAME_OPENERS})  # "U.S. Army" ends in a full stop: the country's


def services(passage: Passage) -> list[Mention]:
    found = []
    for match in _SERVICE.finditer(passage.text):
        if _named_before(passage, match.start(), _COUNTRY):
            continue  # "the Salvation Army", "Free Syrian Army"
        value = match.group("service").lower()
        value = _SAME_SERVICE.get(value, value)
        found.append(passage.mention(match.start(), match.end(), value, "service"))
    return found


# --- an armed group: "pledged allegiance to Al Qaeda" ---

# Militant groups a sentence ties an attacker or an attack to ("pledged allegiance to Al
# Qaeda" / "to the Islamic State"): one put for another blames another group ("ISIS" /
# "Islamic State" are one, ``names.aliases``).
_GROUP = re.compile(
    r"(?<![\w-])(?P<group>(?:[Aa]l[- ])?Qaeda|Islamic State|ISIS|ISIL|Taliban|Hezbollah|Hamas"
    r"|Boko Haram|(?:[Aa]l[- ])?Shabab)(?![\w-])"
)


def groups(passage: Passage) -> list[Mention]:
    found = []
    for match in _GROUP.finditer(passage.text):
        value = match.group("group").lower().replace("-", " ").removeprefix("al ")
        found.append(passage.mention(match.start(), match.end(), value, "group"))
    return found


# --- a magazine or a news site: "posed for British Vogue" ---

# Magazines and news sites go by a name of their own, not one ending in the word that
# says it is a newspaper (``_OUTLET``): "posed for British Vogue" / "for British GQ",
# "Fortune magazine's estimate" / "as Forbes magazine estimated", "first published by
# Radar Online" / "in TMZ".  Any capitalised name before "magazine" is one too.  A name
# after a capitalised word is a person's ("Steve Forbes"); a figure after "Fortune" is a
# list of companies ("the Fortune 500").
_PUBLICATION = re.compile(
    r"(?<![\w-])(?P<name>Vogue|GQ|Forbes|Fortune|Newsweek|Vanity Fair|Rolling Stone|Esquire"
    r"|New Yorker|Politico|Axios|BuzzFeed(?: News)?|TMZ|Radar Online|Daily Beast|HuffPost"
    r"|Breitbart(?: News)?|Daily Caller|Mother Jones|Mediaite"
    r"|[A-Z][\w'&-]*(?=\s+magazine\b))(?![\w-])(?!\s*\d)"
)
_EDITIONS = frozenset({"British", "American", "French", "Italian", "The", *NAME_OPENERS})
# A publication the copy credits with its story ("..., HuffPost reported.", "the HuffPost
# report notes", "according to Politico", "as first reported by HuffPost") is where the
# copy read it, no fact of the story; a possessive is the story's ("BuzzFeed's report").
_CREDITED_AFTER = re.compile(
    r"(?:\s+magazine)?\s+(?:reports?|reported|notes?|noted|says|said|writes|wrote)\b"
)
_CREDITED_BEFORE = re.compile(
    r"\b(?:according\s+to|reported\s+by|reporting\s+by)\s+(?:the\s+)?$", re.IGNORECASE
)


def publications(passage: Passage) -> list[Mention]:
    found = []
    for match in _PUBLICATION.finditer(passage.text):
        if _named_before(passage, match.start(), _EDITIONS):
            continue  # "Steve Forbes"
        before = passage.text[max(0, match.start() - 24) : match.start()]
        if _CREDITED_AFTER.match(passage.text, match.end()) or _CREDITED_BEFORE.search(before):
            continue
        value = match.group("name").lower()
        if value in FUNCTION_WORDS:
            continue  # "This magazine", "Her magazine": which one is not said
        found.append(passage.mention(match.start(), match.end(), value, "publication"))
    return found
