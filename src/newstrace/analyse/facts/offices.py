"""A person's office in a copy put for another, wherever each text states it.

"Elizabeth Lauten, press secretary to Rep. Stephen Fincher" / "Elizabeth Lauten, the
communications director for Rep. Stephen Fincher", "Lauren Greene, his former press
secretary" / "his former communications director, Lauren Greene": the copy gives one
person another office, but in a sentence the aligner linked to another of the source (a
quotation of hers), or not at all, so the aligned comparison (``entities._titles``) never
sees the two titles together; and ``persons._title_changes`` compares titles across whole
texts only within one office, as two reports may name two posts a person held in turn.

A copy takes its people's offices from its source: when every title the copy gives a
person differs from every title the source gives them (``titles.different_titles``: not a
generic rank, not a past office against a present one), the copy changed it.  Read only in
copies (both texts one story, one taken from the other), with titles set off by a comma
before the name read too (``titles.title_set_off``), and only of people named in full on
both sides: a surname alone may be a relative ("the president Blumenthal worked for").
"""

from __future__ import annotations

import re
from functools import lru_cache

from newstrace.analyse.facts.mentions import Passage, discrepancy
from newstrace.analyse.facts.names import Name, same_person, spelt_differently
from newstrace.analyse.facts.persons import text_names, text_titles
from newstrace.analyse.facts.titles import Title, different_titles, ranks_named, title_set_off
from newstrace.model import Discrepancy


@lru_cache(maxsize=64)  # a copy's source is read once for every rule that reads it whole
def _offices(text: str) -> tuple[Title, ...]:
    """Every title ``text`` gives a person named in full, set off before the name too."""
    passage = Passage.of(text, 0)
    set_off = (title_set_off(passage, person) for person in text_names(text))
    found = [*text_titles(text), *(t for t in set_off if t is not None)]
    return tuple(t for t in found if len(t.person.words) > 1)


def _one_person(a: Name, b: Name) -> bool:
    return same_person(a, b) or spelt_differently(a, b)


_STEM = 6  # letters two words of one office share: "prosecuting" / "prosecutor"
_WORD = re.compile(r"[a-z]+")


def _described_alike(a: Title, b: Title) -> bool:
    """One title describing the office the other names by its rank: "the prosecuting
    attorney" / "prosecutor" (a word of one, no rank itself, begins as the other's last
    rank does; "Majority Leader" / "Minority Leader" share a rank, and are two offices)."""
    for x, y in ((a, b), (b, a)):
        rank = y.ranks[-1]
        words = [w for w in _WORD.findall(x.mention.text.lower()) if not ranks_named(w)]
        if len(rank) >= _STEM and any(w[:_STEM] == rank[:_STEM] for w in words):
            return True
    return False


def swapped_offices(a_text: str, b_text: str) -> list[Discrepancy]:
    """The titles copy ``a_text`` gives people that every title source ``b_text`` gives
    them contradicts, and that no other title ``a_text`` gives them agrees with."""
    a_titles, b_titles = _offices(a_text), _offices(b_text)
    found = []
    for title in a_titles:
        mine = [t for t in a_titles if _one_person(t.person, title.person)]
        theirs = [t for t in b_titles if _one_person(t.person, title.person)]
        if theirs and all(
            different_titles(x, y) and not _described_alike(x, y) for x in mine for y in theirs
        ):
            found.append(discrepancy("title", title.mention, theirs[0].mention))
    return found
