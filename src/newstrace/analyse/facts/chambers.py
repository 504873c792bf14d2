"""One body of a legislature's chamber put for the same body of the other chamber.

"House Republicans" / "Senate Republicans", "the Senate Intelligence Committee" / "the
House Permanent Select Committee on Intelligence": a reader knows these are two bodies,
the party's members or the committee of another chamber, however the sentence around them
is reworded.  ``typed.py`` reads committees named before their type ("Senate Judiciary
Committee"); a party's members are no type of body, and a committee named after its type
("Committee on Intelligence") is written in another order, so neither is compared there.

A body is keyed by what it is (the party, or the committee's subject) and its chamber
read apart; when each sentence names that body in one chamber only and the chambers
differ, the copy changed it.
"""

from __future__ import annotations

import re

from newstrace.analyse.facts.mentions import Mention, Passage, discrepancy
from newstrace.model import Discrepancy

_CHAMBER = r"(?P<chamber>House|Senate)"
# "Select", "Permanent": the kind of committee, no part of its subject.
_KINDS = r"(?:(?:Permanent|Select|Standing|Special)\s+)*"
_SUBJECT = r"[A-Z][\w&'-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&'-]*){0,3}"
_PARTY = re.compile(rf"\b{_CHAMBER}\s+(?P<party>Republicans|Democrats|GOP)\b")
_COMMITTEE_BEFORE = re.compile(rf"\b{_CHAMBER}\s+{_KINDS}(?P<subject>{_SUBJECT})\s+Committee\b")
_COMMITTEE_AFTER = re.compile(
    rf"\b{_CHAMBER}\s+{_KINDS}Committee\s+on\s+(?:the\s+)?(?P<subject>{_SUBJECT})"
)
# A candidate for a chamber's seat, "a Wyoming Senate candidate", "a candidate for the
# House": one person's race, which a copy that names the other chamber moved (rw-670).
_CANDIDATE = re.compile(
    rf"\b{_CHAMBER}\s+(?P<post>candidate|nominee)\b"
    rf"|\b(?P<post2>candidate|nominee)\s+for\s+the\s+(?P<chamber2>House|Senate)\b"
)
# The party's members however named: "GOP" is the Republicans.
_PARTIES = {"republicans": "republican", "gop": "republican", "democrats": "democratic"}
_KIND_WORDS = frozenset("permanent select standing special".split())


def _bodies(passage: Passage) -> list[Mention]:
    """The chamber bodies of a passage: value the chamber, role what the body is."""
    found = []
    for match in _PARTY.finditer(passage.text):
        role = "party " + _PARTIES[match.group("party").lower()]
        found.append(passage.mention(match.start(), match.end(), match["chamber"].lower(), role))
    for pattern in (_COMMITTEE_BEFORE, _COMMITTEE_AFTER):
        for match in pattern.finditer(passage.text):
            words = match.group("subject").lower().split()
            subject = " ".join(w for w in words if w not in _KIND_WORDS and w not in ("and", "&"))
            if not subject:
                continue  # "House Permanent Select Committee": its subject follows it
            value = match["chamber"].lower()
            found.append(passage.mention(match.start(), match.end(), value, "committee " + subject))
    return found


def chamber_changes(a: Passage, b: Passage) -> list[Discrepancy]:
    """Bodies of one chamber in A that B names, the only one of their kind, in the other."""
    a_bodies, b_bodies = _bodies(a), _bodies(b)
    found = []
    for role in {m.role for m in a_bodies}:
        mine = [m for m in a_bodies if m.role == role]
        theirs = [m for m in b_bodies if m.role == role]
        chambers = {m.value for m in mine}, {m.value for m in theirs}
        # one chamber each side: a sentence naming both chambers' bodies is about both
        if len(chambers[0]) == 1 and len(chambers[1]) == 1 and chambers[0] != chambers[1]:
            found.append(discrepancy("organisation", mine[0], theirs[0]))
    return sorted(found, key=lambda d: d.a_span.start)


# --- one committee of a chamber put for another, anywhere in a copy ---

# A committee with or without its chamber: the one named, or any of its subject, the other
# text writes ("the Armed Services Committee" names the House's too).  Not a sentence's
# first word ("The House Armed Services Committee").
_OPENERS = r"(?!(?:The|A|An|In|On|At|For|And|But|As|Its|His|Her|Their)\b)"
_NAMED = rf"(?:{_CHAMBER}\s+)?{_OPENERS}{_KINDS}"
_ANY_BEFORE = re.compile(rf"\b{_NAMED}(?P<subject>{_SUBJECT})\s+Committee\b")
_ANY_AFTER = re.compile(rf"\b{_NAMED}Committee\s+on\s+(?:the\s+)?(?P<subject>{_SUBJECT})")
# Two of one chamber in a list: "the Senate Armed Services and Intelligence committees",
# "the Senate Foreign Relations and Senate Intelligence committees".
_LISTED_SUBJECT = r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}"
_LISTED = re.compile(
    rf"\b{_CHAMBER}\s+(?P<first>{_LISTED_SUBJECT})\s+and\s+(?:(?:House|Senate)\s+)?"
    rf"(?P<second>{_LISTED_SUBJECT})\s+(?:committees|panels)\b"
)


def _subject(words: str) -> str:
    return " ".join(
        w for w in words.lower().split() if w not in _KIND_WORDS and w not in ("and", "&")
    )


def _committees(passage: Passage) -> list[Mention]:
    """Every committee of a text: value its chamber ("" when not named), role its subject."""
    found = []
    for pattern in (_ANY_BEFORE, _ANY_AFTER):
        for match in pattern.finditer(passage.text):
            chamber, subject = (match["chamber"] or "").lower(), _subject(match["subject"])
            if subject and subject not in ("house", "senate"):  # "the Senate Committee on"
                found.append(passage.mention(match.start(), match.end(), chamber, subject))
    for match in _LISTED.finditer(passage.text):
        chamber = match["chamber"].lower()
        first, second = _subject(match["first"]), _subject(match["second"])
        found.append(passage.mention(match.start(), match.end("first"), chamber, first))
        found.append(passage.mention(match.start("second"), match.end("second"), chamber, second))
    return found


def _one_committee(x: str, y: str) -> bool:
    """One committee named two ways: one subject's words among the other's ("Oversight" /
    "Oversight and Government Reform")."""
    a, b = set(x.split()), set(y.split())
    return a <= b or b <= a


def _own(mine: list[Mention], theirs: list[Mention], chamber: str) -> list[Mention]:
    """The committees of ``chamber`` in ``mine`` whose subject ``theirs`` never names, with
    this chamber or none."""
    named = {t.role for t in theirs if t.value in (chamber, "")}
    return [
        m for m in mine if m.value == chamber and not any(_one_committee(m.role, n) for n in named)
    ]


def swapped_committees(a_text: str, b_text: str) -> list[Discrepancy]:
    """The one committee of a chamber a copy names that its source never does, against the
    one of the same chamber the source names that the copy never does, anywhere in the
    texts: "the top Republican on the House Foreign Affairs Committee" / "the Republican
    chairman of the House Armed Services Committee", however reworded.  A committee belongs
    to its chamber, not to a sentence; two committees sharing a word may be one named two
    ways, and two on either side leave which was replaced unknown."""
    a, b = _committees(Passage.of(a_text, 0)), _committees(Passage.of(b_text, 0))
    found = []
    for chamber in ("house", "senate"):
        mine, theirs = _own(a, b, chamber), _own(b, a, chamber)
        if len({m.role for m in mine}) != 1 or len({t.role for t in theirs}) != 1:
            continue
        x, y = mine[0], theirs[0]
        if not set(x.role.split()) & set(y.role.split()):
            found.append(discrepancy("organisation", x, y))
    return sorted(found, key=lambda d: d.a_span.start)


# --- a candidate's chamber put for another, anywhere in a copy ---


def _candidacies(text: str) -> dict[str, Mention]:
    """The chambers ``text`` names a candidate for, each with its first mention."""
    passage = Passage.of(text, 0)
    found: dict[str, Mention] = {}
    for match in _CANDIDATE.finditer(text):
        chamber = (match["chamber"] or match["chamber2"]).lower()
        found.setdefault(chamber, passage.mention(match.start(), match.end(), chamber))
    return found


def swapped_candidacies(a_text: str, b_text: str) -> list[Discrepancy]:
    """The one chamber a copy names a candidate for against the one its source names,
    anywhere in the texts: "her sister Liz, a House candidate in Wyoming" / "Liz Cheney, a
    Wyoming Senate candidate" (rw-670), in sentences the aligner did not link.  A race is
    the person's, not a sentence's; each text naming one chamber's candidates only, and
    neither the other's, the copy moved the race."""
    mine, theirs = _candidacies(a_text), _candidacies(b_text)
    if len(mine) != 1 or len(theirs) != 1 or mine.keys() == theirs.keys():
        return []
    return [discrepancy("title", *mine.values(), *theirs.values())]
