"""An office of a chamber a copy puts for its source's, named by the office alone.

"The House speaker, in an interview with Fox News to air Tuesday morning" / "In a
television interview airing Monday morning, the House majority leader gave Republicans",
"a letter to the chief administrative officer of the House" / "the letter she had sent to
the clerk of the House": the office stands for its holder, with no name for the title
readers (``titles.py``, ``offices.py``) to hold it by.  As ``lone_states.py`` reads states,
the one office of a chamber each of two aligned sentences names, of the same chamber, is
that office changed when neither text names the other's anywhere.

Narrow on purpose: the chambers of a legislature (House, Senate, Assembly) and the posts
held in them (``_POSTS``), written "the House speaker" or "the speaker of the House" with
no name after it; one such office in each sentence; one a part of the other ("the House
leader" / "the House majority leader") no change.  Read only for a copy and its source
(``report.py``): independent reports may tell of two officers of one chamber.
"""

from __future__ import annotations

import re

from newstrace.analyse.facts.lone_days import best_aligned
from newstrace.analyse.facts.mentions import Mention, Passage, discrepancy
from newstrace.model import Alignment, Discrepancy

_CHAMBERS = r"House|Senate|Assembly"
# The posts of a chamber, as the last word of its office: its presiding officer, its
# party leaders and whips, its clerk and the officers who run it.
_POSTS = r"speaker|leader|whip|clerk|parliamentarian|chaplain|officer|historian|president"
# Up to two words before the post ("majority", "chief administrative"), any case.
_OFFICE = rf"(?P<office>(?:[A-Za-z-]+\s+){{0,2}}(?i:{_POSTS}))"
# Closing the office: no name after it ("House Speaker Paul Ryan" is a title of a person).
_UNNAMED = r"(?![\w-]|\s+(?:[A-Z]|of\b))"
_FORMS = (
    re.compile(rf"\b[Tt]he\s+(?P<chamber>{_CHAMBERS})\s+{_OFFICE}\b{_UNNAMED}"),
    re.compile(rf"\b[Tt]he\s+{_OFFICE}\s+of\s+the\s+(?P<chamber>{_CHAMBERS})\b"),
)


def _office(match: re.Match[str]) -> str:
    """An office's value: its chamber and its words ("House majority leader")."""
    return f"{match['chamber']} {' '.join(match['office'].lower().split())}"


def chamber_offices(passage: Passage) -> list[Mention]:
    """The offices of a chamber ``passage`` names without a holder's name."""
    return [
        passage.mention(m.start(), m.end(), _office(m), m["chamber"])
        for form in _FORMS
        for m in form.finditer(passage.text)
    ]


def _part_of(a: str, b: str) -> bool:
    """One office's words all among the other's: "House leader" may be the House
    majority leader."""
    x, y = set(a.split()), set(b.split())
    return x <= y or y <= x


def _named(office: str, text: str) -> bool:
    return any(_office(m) == office for form in _FORMS for m in form.finditer(text))


def changed_chamber_offices(
    alignments: list[Alignment], a_text: str, b_text: str, *, min_score: float = 0.0
) -> list[Discrepancy]:
    """The office of a chamber A's aligned sentence names against the one B's names, each
    the one office its sentence names, of the same chamber, neither named in the other
    text (``alignments``: widened to whole sentences; paraphrases under ``min_score``
    skipped)."""
    found = []
    for x in best_aligned(alignments, min_score, chamber_offices).values():
        a, b = Passage.of(x.a_text, x.a_span.start), Passage.of(x.b_text, x.b_span.start)
        a_offices, b_offices = chamber_offices(a), chamber_offices(b)
        if len(a_offices) != 1 or len(b_offices) != 1:
            continue
        mine, theirs = a_offices[0], b_offices[0]
        if mine.role != theirs.role or _part_of(mine.value, theirs.value):
            continue
        if _named(mine.value, b_text) or _named(theirs.value, a_text):
            continue  # the copy told of both offices; its sentence may be about the other
        found.append(discrepancy("title", mine, theirs))
    return found
