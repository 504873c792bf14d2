"""People a text names with their state whom the other text never names.

A copy can only lose its source's people.  A text that names someone with a state, as a
lawmaker's or a governor's seat is given ("Senator Claire McCaskill of Missouri", "Rep. Jay
Inslee, D-Wash.", "Sen. Marco Rubio (R-Fla.)", "Missouri Sen. Claire McCaskill"), whom the
other text never names, in any spelling, had another source than that text: it is not its
copy.
The writers of the development set's rewrites add people of their own (the speaker of a
quotation they misattribute, a name in a sentence of context: rw-703's "Speaker John
Boehner", rw-142's "ambassador Chris Stevens"), but none named with a state: over every
read split (tune ... fresh57) no rewrite or primary-source copy names such a person its
source does not, while sibling pairs do, one text of the other (fresh57's sib-734, a
condensed rewrite naming "Senator Claire McCaskill of Missouri" beside a near-verbatim one
that stops before her, was called its copy at 0.98; BENCHMARKS.md "People named with a
state after fresh57").

The other text "names" the person when it gives the surname, a word spelt within
``RESPELT_LETTERS`` of it (a copy's changed fact: "McCaskell" for "McCaskill") or the given
name anywhere, in a quotation or not: only a person it cannot have mentioned counts.
Internal: may change without notice.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from newstrace.analyse.facts.words import state_names
from newstrace.analyse.people import People, Person

# The copy probability at most when the text read as the copy names such a person: the pair
# is ``shared_source``, said no surer than the condensed hold says it (0.7: two pairs are
# too few to say it surer, and a sibling pair of one story is what the two are most often).
SEATED_COPY = 0.3
# Letters within which a capitalised word of the other text is the surname respelt.
RESPELT_LETTERS = 2
# A party and a state's abbreviation: "R-Fla.", "D-N.Y.", "I-Vt."
_PARTY_STATE = r"[RDI]-[A-Z][a-z]{0,4}\.?(?:\s?[A-Z][a-z]?\.)?"
# After the name: "of Missouri", " (R-Fla.)", ", D-Wash.", ", Democrat of Missouri".
_SEAT_AFTER = re.compile(
    rf"\s+of\s+(?:{state_names()})\b"
    rf"|,?\s+\(?{_PARTY_STATE}"
    rf"|,\s+(?:a\s+)?(?:Democrat|Republican|Independent)\s+(?:of|from)\s+(?:{state_names()})\b"
)
# Before the name: "Missouri Sen. ", "Texas Gov. ", which a mention may open with.
_STATE_TITLE = rf"(?:{state_names()})\s+(?:Rep|Sen|Gov|Representative|Senator|Governor)\b\.?\s+"
_SEAT_BEFORE = re.compile(_STATE_TITLE + "$")
_SEAT_OPENING = re.compile(_STATE_TITLE)
_CAPITALISED = re.compile(r"\b[A-Z][\w'-]*")
# A name with its titles and initials: capitalised words in a row.
_NAME_RUN = re.compile(r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*")
_WORD = re.compile(r"[A-Za-z][\w'-]*")
# How far before a mention a state's seat may stand ("Missouri Sen. ").
_BEFORE = 40


def _name_end(text: str, start: int) -> int:
    """Where the run of capitalised words (the name, with its initials) opening at
    ``start`` ends."""
    match = _NAME_RUN.match(text, start)
    return match.end() if match else start


def _seated_at(text: str, start: int) -> bool:
    """Whether the mention opening at ``start`` names its person with a state."""
    end = _name_end(text, start)
    before = text[max(0, start - _BEFORE) : start]
    return bool(
        _SEAT_AFTER.match(text, end)
        or _SEAT_OPENING.match(text, start)
        or _SEAT_BEFORE.search(before)
    )


class OtherText:
    """The words of the other text a person may be named by, read once for every person
    asked about (``names``)."""

    def __init__(self, text: str) -> None:
        self.words = {w.lower() for w in _WORD.findall(text)}
        self.capitalised = {w.lower() for w in _CAPITALISED.findall(text)}

    def names(self, person: Person) -> bool:
        """Whether the text may name ``person``: the surname, a respelling of it or the
        given name anywhere in it."""
        surname = person.key.split()[0].strip("'")
        if surname in self.words or person.given.lower() in self.words:
            return True
        return any(
            Levenshtein.distance(surname, w, score_cutoff=RESPELT_LETTERS) <= RESPELT_LETTERS
            for w in self.capitalised
        )


def unnamed_seated(people: People, other: str) -> tuple[str, ...]:
    """The people ``people``'s text names with a state (a lawmaker's or governor's seat:
    "Senator Claire McCaskill of Missouri") whom the text ``other`` never names, in the
    order first named; each by the fullest name the text gives."""
    found: dict[str, None] = {}
    other_text = OtherText(other)
    for start, person in people.mentions:
        if not person.given or person.name in found:
            continue
        if _seated_at(people.text, start) and not other_text.names(person):
            found[person.name] = None
    return tuple(found)


def seated_reason(copy: str, source: str, names: tuple[str, ...]) -> str:
    """Why the text read as the copy (``copy``) is not called one: it names ``names`` with
    a state, whom ``source`` never names."""
    named = ", ".join(names)
    return (
        f"{copy} names {named} with a state, whom {source} never names: a copy can "
        f"only lose its source's people, so {copy} was not written from {source} alone "
        f"(no surer than {1 - SEATED_COPY:.0%} that neither was written from the other)"
    )
