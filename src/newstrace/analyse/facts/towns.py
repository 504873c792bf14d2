"""A town changed before the same state: "in Pittsburgh, Calif." / "Pittsburg, Calif.",
"Livingstone, New Jersey" / "Livingston, New Jersey".

A lone word spelt two ways says too little to be one name (``names.spelt_differently``),
but a town followed by its state ("Calif.", "Va.") is placed: the same state after two
names a letter or two apart ("Pittsburg"/"Pittsburgh") is one town misspelt.  And when a
copied sentence places what it tells in one town of the state and its source in another
("telling a crowd in Richmond, Va." / "at a campaign stop in Roanoke, Va."), neither
sentence naming the other's town, the copy moved it.  Read only for a copy and its source
(``entities.py``), in aligned sentences, and across the whole texts (``placed_towns``).
"""

from __future__ import annotations

import re

from newstrace.analyse.facts.mentions import Mention, Passage, discrepancy
from newstrace.analyse.facts.names import Name, misspelt
from newstrace.analyse.facts.words import US_STATES, state_names
from newstrace.model import Discrepancy

# The states as news style abbreviates them after a town ("Dover, Del.").
_STATES = (
    r"Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo"
    r"|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va"
    r"|Wash|W\.Va|Wis|Wyo"
)
# Or written out ("Livingston, New Jersey"), the state's name closed by punctuation or
# the end: "Sessions, Texas Republican" is a person and his party.
_STATE_NAMES = state_names()
_TOWN = re.compile(
    rf"\b(?P<town>[A-Z][a-z]+(?: [A-Z][a-z]+)?), "
    rf"(?:(?P<state>{_STATES})\.|(?P<named>{_STATE_NAMES})(?=[,.;:)]|$))"
)


def _towns(passage: Passage) -> list[Mention]:
    return [
        passage.mention(m.start("town"), m.end(), m["town"], m["state"] or m["named"])
        for m in _TOWN.finditer(passage.text)
        # "in Ohio, Texas, and Florida" lists states, not a town of one
        if m["town"].lower() not in US_STATES
    ]


def people(passage: Passage, names: list[Name]) -> list[Name]:
    """``names`` without the towns placed by a state after them and the names that say
    they are places' (``_place``): "in San Antonio, Tex." is where, not who, so two
    sentences placing what they tell in two towns are not about two people
    (``swaps.about_others``)."""
    towns = {m.span.start for m in _towns(passage)}
    return [n for n in names if n.mention.span.start not in towns and not _place(n)]


# The words that make a name a place's, first ("Fort Myers", "Port Arthur") or last ("West
# Palm Beach", "Palm Springs"): no person is named so.  A county stays among the names:
# read as a place, "Miami-Dade County" / "Dade County" reaches the copy-only rules, which
# take the two for another name (``test_copied``).
_PLACE_FIRST = frozenset("fort port mount lake".split())
_PLACE_LAST = frozenset("beach springs falls heights".split())


def _place(name: Name) -> bool:
    """A name of two words or more that says it is a place's: "They have reserved $500,000
    of airtime in Fort Myers, West Palm Beach and Miami" names no one."""
    words = [w.lower() for w in name.words]
    return len(words) > 1 and (words[0] in _PLACE_FIRST or words[-1] in _PLACE_LAST)


def changed_towns(a: Passage, b: Passage) -> list[Discrepancy]:
    """Towns of A before a state, against the one town of B before that state, spelt a
    letter or two apart, or another town when A places nothing else in that state; a town
    either passage also writes as the other does is no change."""
    a_towns, b_towns = _towns(a), _towns(b)
    found = []
    for x in a_towns:
        theirs = [y for y in b_towns if y.role == x.role]
        if len({y.value for y in theirs}) != 1 or any(y.value == x.value for y in theirs):
            continue
        y = theirs[0]
        if any(z.value == y.value for z in a_towns):
            continue
        # another town of the state, each sentence placing one there, is the copy's place
        # for the source's: "both based in Alexandria, Va." / "both of Arlington, Va."
        alone = len([z for z in a_towns if z.role == x.role]) == 1
        moved = alone and y.value not in a.text and x.value not in b.text
        if misspelt(x.value, y.value) or moved:
            found.append(discrepancy("name", x, y))
    return found


def placed_towns(a_text: str, b_text: str) -> list[Discrepancy]:
    """``changed_towns`` across the whole texts: a town before its state is placed however
    the sentence around it is recast ("both in Arlington, Va., two days after" / "both
    based in Alexandria, Va. The committee's action comes a day after"), so a copy that
    names one town of a state where its source names one other, neither text naming the
    other's anywhere, moved what it tells there.  Read only for a copy and its source."""
    return changed_towns(Passage.of(a_text, 0), Passage.of(b_text, 0))
