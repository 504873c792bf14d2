"""The organisation a copy ties a person to, put for the one its source ties the same
person to, wherever the two stand.

"MoveOn co-founder Ezra Levin" / "Indivisible co-founder Ezra Levin" (rw-96), "Univision's
Jorge Ramos" / "Fusion's Jorge Ramos" (rw-292b), "National Review's Bill Kristal" /
"Weekly Standard Editor Bill Kristol" (rw-695), "Josh Horowitz, executive director of the
Coalition Against Gun Violence" / "…of the Coalition to Stop Gun Violence" (rw-272): the
same person, named in full, is given another organisation, in a post at it or as its
own.  The copy recasts or moves the sentence, so the aligner links it with another of the
source's or with none, or the sentences share too few words for the word-swap rule; and
the title rules read no organisation ("co-founder" is no office's rank).

A person speaks for one organisation in one post when the story is told: when each text
ties the person to one organisation only, in the same post or one side naming none (a
possessive, "of X"), and neither text names the other's organisation anywhere, the copy
put one for the other.  A post held before ("former Weekly Standard editor") may be
another, and is not read; nor an organisation one text names elsewhere (the copy may
have told of both), nor an organisation that is its short form or its initials ("RNC" /
"Republican National Committee").  Read only for a copy and its source (``report.py``):
two reports of one event describe a person by whichever of the person's ties each knows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newstrace.analyse.facts.mentions import Mention, Passage, discrepancy, strip_possessive
from newstrace.analyse.facts.names import Name, aliases, names, same_person, spelt_differently
from newstrace.analyse.facts.words import (
    NAME_OPENERS,
    ORGANISATION_TYPES,
    OUTLET_HEADS,
    RANK_CHANGERS,
    state_names,
)
from newstrace.analyse.resources import MONTHS, WEEKDAYS
from newstrace.model import Discrepancy

# A capitalised word of an organisation's name ("Greater", "MoveOn", "U.S", "&"), a full
# stop only inside it: one ending a sentence ends the name.
_WORD = r"(?:[A-Z](?:[\w&'\u2019-]|\.(?=\w))*|&)"
# An organisation's name: capitalised words on one line, "of", "for", "to", "against" or
# "on" between two of them, perhaps with "the" ("Coalition to Stop Gun Violence", "Chamber
# of Commerce", "Council on Foreign Relations", "Coalition to Save the Bay").
_ORG = rf"{_WORD}(?:[ ]+(?:(?:of|for|to|and|Against|on)[ ]+)?(?:the[ ]+)?{_WORD}){{0,5}}"
# Posts at an organisation, not offices of a government (the title rules read those): the
# post a person holds there, written before the name or after it.
_POST = (
    r"(?i:co-?founder|founder|president|vice\s+president|chairman|chairwoman|chair"
    r"|(?:executive\s+|managing\s+)?director|chief\s+executive|CEO|spokesman|spokeswoman"
    r"|spokesperson|editor(?:-in-chief)?|publisher|reporter|columnist|correspondent"
    r"|commentator|contributor|anchor|producer|analyst|fellow|economist|strategist)"
)
# The organisation and the post right before the name ("MoveOn co-founder Ezra Levin",
# "Weekly Standard Editor Bill Kristol"); a possessive organisation ("Univision's Jorge
# Ramos", "The Wall Street Journal's Robert Costa") names none.
_POST_BEFORE = re.compile(rf"(?P<org>{_ORG})\s+(?P<post>{_POST})\s+$")
_OWN_BEFORE = re.compile(rf"(?P<org>{_ORG})(?:['\u2019]s|(?<=s)['\u2019])\s+$")
# The post and the organisation after the name: "Josh Horowitz, executive director of the
# Coalition …", "Barry Broome, president and chief executive of the Greater Phoenix …".
_POST_AFTER = re.compile(
    rf",\s+(?:the\s+)?(?P<post>{_POST})(?:\s+and\s+{_POST})?\s+(?:of|at)\s+(?:the\s+)?"
    rf"(?P<org>{_ORG})"
)
# The organisation a person is of, right after the name: "Chad Griffin of Human Rights
# Watch", "Maggie Haberman in the New York Times" (a newspaper the person writes in).
_OF_AFTER = re.compile(
    rf"\s+(?:(?:writes|wrote|reports|reported)\s+)?(?:of|for|in)\s+(?:the\s+)?(?P<org>{_ORG})"
)
# Words before the organisation that date the post: a post held then, perhaps another now.
_PAST = re.compile(r"\b(?:former|then|onetime|ex|late)[\s-]+$", re.IGNORECASE)
_STATES = re.compile(rf"(?:{state_names()})$")
# Words that open a run of capitalised words but are none of an organisation's name: a
# sentence's or a clause's first word ("But the Times"), a date, a rank before the post
# ("Deputy Director"), a word dating the post.
_DATES = WEEKDAYS | MONTHS
_NOT_ORG = (
    _DATES
    | RANK_CHANGERS
    | {w.lower() for w in NAME_OPENERS}
    | {"yet", "so", "or", "when", "while", "after", "as", "former", "ex", "then"}
)
# A type of organisation alone names none ("Board chair", "the Authority's chair").
_BARE_TYPES = frozenset(ORGANISATION_TYPES) | {"board"}
_OUTLET = re.compile(rf"\b(?:{OUTLET_HEADS})$")
_SENTENCE_MARKS = '.!?:;"\u201c\u201d\n'
_BYLINE = ""  # the post of a tie that names none


@dataclass(frozen=True, slots=True)
class Tie:
    """A person named in full, and the organisation a text ties the person to."""

    person: Name
    organisation: Mention  # value: its words, lower case; role: the post, or none

    @property
    def post(self) -> str:
        return self.organisation.role


def _key(org: str) -> str:
    words = [strip_possessive(w).lower() for w in org.split()]
    return " ".join(w for w in words if w != "the")


def _tie(passage: Passage, start: int, org: str, post: str) -> Mention:
    org = org.rstrip(" .,")
    return passage.mention(start, start + len(org), _key(org), " ".join(post.lower().split()))


def _org_of(org: str, *, after_of: bool) -> bool:
    """An organisation's name, not a place's nor a bare type's ("the Board"): after a bare
    "of" or "in" it ends in an outlet's word or runs to two words, and it names no state
    ("Rep. Ann Roe of Ohio")."""
    words = _key(org).split()
    if not words or _STATES.search(org) or words == ["u.s."]:
        return False
    if (len(words) == 1 and words[0] in _BARE_TYPES) or _DATES & set(words):
        return False  # "the Board"; "Manhattan on Tuesday" is a place and a day
    return not after_of or len(words) > 1 or _OUTLET.search(org) is not None


def _trimmed(org: str) -> tuple[int, str] | None:
    """The organisation's own name in a run of capitalised words, and where it starts in
    the run: after the last "and" (names listed before it), past a sentence's first word
    or a date or a rank ("Embattled RNC", "Deputy"); None when a word dates the post
    ("Former Mexican President", "Ex-Mexican")."""
    start = org.rfind(" and ") + 5 if " and " in org else 0
    for word in org[start:].split():
        plain = strip_possessive(word).lower()
        if plain.startswith(("ex-", "former")):
            return None
        if plain not in _NOT_ORG:
            break
        start = org.index(word, start) + len(word) + 1
    rest = org[start:].rstrip(" .,")
    return (start, rest) if rest else None


def _before(passage: Passage, person: Name) -> Mention | None:
    start = person.mention.span.start - passage.offset
    before = passage.text[max(0, start - 100) : start]
    cut = max(before.rfind(mark) for mark in _SENTENCE_MARKS) + 1
    window, at = before[cut:], start - len(before) + cut
    for pattern in (_POST_BEFORE, _OWN_BEFORE):
        match = pattern.search(window)
        if match is None:
            continue
        trimmed = _trimmed(match["org"])
        if trimmed is None or _PAST.search(window, 0, match.start("org")):
            return None
        skip, org = trimmed
        if not _org_of(org, after_of=False):
            return None
        post = match.groupdict().get("post") or _BYLINE
        return _tie(passage, at + match.start("org") + skip, org, post)
    return None


def _after(passage: Passage, person: Name) -> Mention | None:
    end = person.mention.span.end - passage.offset
    for pattern, after_of in ((_POST_AFTER, False), (_OF_AFTER, True)):
        match = pattern.match(passage.text, end)
        if match is None:
            continue
        trimmed = _trimmed(match["org"])
        if trimmed is None or trimmed[0] or not _org_of(trimmed[1], after_of=after_of):
            return None  # a run after the name names one organisation, from its start
        post = match.groupdict().get("post") or _BYLINE
        return _tie(passage, match.start("org"), trimmed[1], post)
    return None


def ties(text: str) -> list[Tie]:
    """Each person named in full in ``text`` with an organisation tied to them."""
    passage = Passage.of(text, 0)
    found = []
    for person in names(passage):
        if len(person.words) < 2:
            continue
        for org in (_before(passage, person), _after(passage, person)):
            if org is not None:
                found.append(Tie(person, org))
    return found


def _one(a: Name, b: Name) -> bool:
    return same_person(a, b) or spelt_differently(a, b)


_LINKS = frozenset({"of", "for", "to", "and", "on"})


def _one_org(a: str, b: str) -> bool:
    """One organisation under two names: one the other's short form ("Globe" / "Boston
    Globe"), an alias, or its initials ("RNC" / "Republican National Committee",
    "N.A.A.C.P." / "NAACP"), perhaps after a sentence's capitalised first word
    ("Embattled RNC chairman Michael Steele")."""
    x, y = set(a.split()), set(b.split())
    if x <= y or y <= x or aliases(a, b):
        return True
    if _letters(a) == _letters(b):
        return True
    initials = ["".join(w[0] for w in v.split() if w not in _LINKS) for v in (a, b)]
    return initials[1] in map(_letters, _tails(a)) or initials[0] in map(_letters, _tails(b))


def _letters(org: str) -> str:
    return org.replace(".", "").replace(" ", "")


def _tails(org: str) -> list[str]:
    """The name and each run of its last words ("embattled rnc", "rnc")."""
    words = org.split()
    return [" ".join(words[n:]) for n in range(len(words))]


def _named(org: Mention, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(org.text)}(?!\w)", text) is not None


def changed_ties(a_text: str, b_text: str) -> list[Discrepancy]:
    """The one organisation copy ``a_text`` ties a person to against the one source
    ``b_text`` ties the same person to, in one post or one side naming none, when they
    differ and neither text names the other's anywhere."""
    mine, theirs = ties(a_text), ties(b_text)
    found = []
    for tie in mine:
        own = {t.organisation.value for t in mine if _one(t.person, tie.person)}
        other = [t for t in theirs if _one(t.person, tie.person)]
        if len(own) != 1 or len({t.organisation.value for t in other}) != 1:
            continue
        them = other[0]
        if tie.post and them.post and tie.post != them.post:
            continue  # two posts may be held together
        if _one_org(tie.organisation.value, them.organisation.value):
            continue
        if _named(tie.organisation, b_text) or _named(them.organisation, a_text):
            continue
        change = discrepancy("organisation", tie.organisation, them.organisation)
        if change not in found:
            found.append(change)
    return found
