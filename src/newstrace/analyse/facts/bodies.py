"""The bodies a copy may put one for another, read from a sentence: a social network ("on
Facebook" / "on Twitter"), an armed service ("an Army combat veteran" / "Marine Corps combat
veteran"), an armed group ("Al Qaeda" / "the Islamic State"), a campaign group ("an
Indivisible event" / "an event hosted by MoveOn") and a magazine or news site ("British
Vogue" / "British GQ").  Each reader lists the bodies a passage names, as
mentions; ``copied.py`` compares them between two aligned sentences of a copy and its
source, one each.
"""

from __future__ import annotations

import re

from newstrace.analyse.facts.broadcasters import NETWORK, PLATFORM
from newstrace.analyse.facts.mentions import Mention, Passage
from newstrace.analyse.facts.words import FUNCTION_WORDS, NAME_OPENERS
from newstrace.analyse.resources import CAMPAIGN_ALIASES, CAMPAIGN_GROUPS

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


# --- a campaign group: "an event hosted by MoveOn" ---

# Advocacy and campaign groups, listed (``CAMPAIGN_GROUPS``: why, there), a whole name.
_CAMPAIGN = re.compile(rf"(?<![\w-])(?P<group>{CAMPAIGN_GROUPS})(?![\w-])")


def campaigns(passage: Passage) -> list[Mention]:
    return _listed(passage, _CAMPAIGN, "campaign", CAMPAIGN_ALIASES)


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


def _credited(text: str, start: int, end: int) -> bool:
    """The body at ``start``-``end`` credited with the story ("..., HuffPost reported.")."""
    before = text[max(0, start - 24) : start]
    return bool(_CREDITED_AFTER.match(text, end) or _CREDITED_BEFORE.search(before))


def publications(passage: Passage) -> list[Mention]:
    found = []
    for match in _PUBLICATION.finditer(passage.text):
        if _named_before(passage, match.start(), _EDITIONS):
            continue  # "Steve Forbes"
        if _credited(passage.text, match.start(), match.end()):
            continue
        value = match.group("name").lower()
        if value in FUNCTION_WORDS:
            continue  # "This magazine", "Her magazine": which one is not said
        found.append(passage.mention(match.start(), match.end(), value, "publication"))
    return found


# --- a body of a kind a story names few of: "told CNN", "ex-IMF chief" ---

# Bodies of one kind that a sentence names in one place, where a copy put one for another:
# a network ("said on CNN" / "started it on MSNBC"), an international lender or body
# ("former IMF director" / "ex-World Bank chief"), a legislature ("called on Congress to
# act" / "asked the Senate to act"), a school of a university ("a professor at Fordham
# University School of Law" / "at Columbia Law School").  Each kind's names are listed
# here, one key for a body's two names; ``copied.py`` compares them one a sentence.
_INTERNATIONAL = re.compile(
    r"(?<!\w)(?:IMF|International Monetary Fund|World Bank|United Nations|U\.N\.(?!\w)|UN"
    r"|NATO|European Union|EU|WTO|World Trade Organization|World Health Organization"
    r"|OPEC|European Central Bank|ECB)(?![\w-])"
)
_SAME_BODY = {
    "international monetary fund": "imf",
    "u.n.": "un",
    "united nations": "un",
    "european union": "eu",
    "world trade organization": "wto",
    "european central bank": "ecb",
}
# Congress or one of its chambers, alone, asked or bound to act ("called on Congress to
# act" / "asked the Senate to act"): "to" and a verb after it are the frame, so a member's
# seat ("quit the House" / "resigned from Congress": one seat) is not read.  A capitalised
# word after a chamber makes it part of a longer name ("the House Judiciary Committee",
# ``chambers.py``), "the White House" is no chamber, a state's chamber ("the state Senate")
# is another legislature's, "the Library of Congress" and "Congress Party" other bodies.
_LEGISLATURE = re.compile(
    r"(?<![\w-])(?:(?P<chamber>(?<=[Tt]he )(?:U\.S\. )?(?:Senate|House(?: of Representatives)?))"
    r"|(?P<congress>Congress))(?![\w-])(?=\s+to\s+(?!the\b|an?\b)[a-z])"
)
_NOT_CONGRESS = re.compile(r"(?:White|[Ss]tate|Library of|[A-Z][a-z]+)\s+$")
_NOT_CHAMBER = re.compile(r"(?:White|[Ss]tate)\s+$")
# A school of a university named before or after its field: "Columbia Law School",
# "Fordham University School of Law", "the University of Chicago Law School".
_SCHOOL = re.compile(
    r"(?P<name>(?:[A-Z][\w'.&-]*\s+){1,3}?)(?:University\s+)?"
    r"(?:(?P<field>Law|Business|Medical|Journalism)\s+School"
    r"|School\s+of\s+(?P<field2>Law|Business|Medicine|Journalism))\b"
)
_FIELDS = {"medicine": "medical"}


def _listed(
    passage: Passage, pattern: re.Pattern[str], kind: str, same: dict[str, str]
) -> list[Mention]:
    found = []
    for match in pattern.finditer(passage.text):
        value = " ".join(match.group().lower().split())
        found.append(passage.mention(match.start(), match.end(), same.get(value, value), kind))
    return found


def networks(passage: Passage) -> list[Mention]:
    """The networks of a passage but those it credits with its story ("..., Fox News
    reported."): where the copy read it, no fact of the story."""
    return [
        passage.mention(m.start(), m.end(), m.group(), "network")
        for m in NETWORK.finditer(passage.text)
        if not _credited(passage.text, m.start(), m.end())
    ]


def international_bodies(passage: Passage) -> list[Mention]:
    return _listed(passage, _INTERNATIONAL, "international", _SAME_BODY)


def legislatures(passage: Passage) -> list[Mention]:
    found = []
    for match in _LEGISLATURE.finditer(passage.text):
        before = passage.text[max(0, match.start() - 20) : match.start()]
        if match.group("congress") and _NOT_CONGRESS.search(before):
            continue  # "the Library of Congress", "Indian Congress"
        if match.group("chamber") and _NOT_CHAMBER.search(before):
            continue
        value = match.group().lower().removeprefix("u.s. ").split()[0]
        found.append(passage.mention(match.start(), match.end(), value, "to"))
    return found


def schools(passage: Passage) -> list[Mention]:
    found = []
    for match in _SCHOOL.finditer(passage.text):
        words = [w for w in match.group("name").split() if w not in NAME_OPENERS]
        if not words:
            continue  # "The Law School": which is not said
        field = (match.group("field") or match.group("field2")).lower()
        start = match.end("name") - len(" ".join(words)) - 1
        value = " ".join(w.lower() for w in words if w != "University")
        found.append(passage.mention(start, match.end(), value, _FIELDS.get(field, field)))
    return found
