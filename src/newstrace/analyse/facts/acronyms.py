"""An acronym put for another a letter apart, in two aligned sentences of a copy.

"Rice told CBS's Charlie Rose" / "Rice said in an interview on the PBS program": a name
made of letters is not reworded, only written again or replaced.  So when each sentence
holds one acronym the other never writes, and the two differ in one letter ("CBS"/"PBS",
"DHS"/"HHS"), the copy named another body.  Read only for a copy and its source
(``entities.py``): independent reports cite bodies of their own.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Hamming

from newstrace.analyse.facts.mentions import Passage, discrepancy
from newstrace.model import Discrepancy

# Three letters or more: two-letter ones ("AP", "UN") stand for too many things.
_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")


def _one_letter_apart(x: str, y: str) -> bool:
    return len(x) == len(y) and Hamming.distance(x, y) == 1


def changed_acronyms(a: Passage, b: Passage) -> list[Discrepancy]:
    """The one acronym of A that B never writes against the one of B that A never writes,
    a letter apart."""
    a_found = {m.group(): m for m in reversed(list(_ACRONYM.finditer(a.text)))}
    b_found = {m.group(): m for m in reversed(list(_ACRONYM.finditer(b.text)))}
    a_own = [w for w in a_found if w not in b_found]
    b_own = [w for w in b_found if w not in a_found]
    if len(a_own) != 1 or len(b_own) != 1 or not _one_letter_apart(a_own[0], b_own[0]):
        return []
    x, y = a_found[a_own[0]], b_found[b_own[0]]
    return [
        discrepancy(
            "organisation",
            a.mention(x.start(), x.end(), x.group()),
            b.mention(y.start(), y.end(), y.group()),
        )
    ]
