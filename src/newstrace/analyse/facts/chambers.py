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
