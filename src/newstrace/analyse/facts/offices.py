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

A calling written right before the name is the person's office as well, ranked or not
("Newsweek editor Lois Romero" / "author Lois Romano", "Editor Lois Romano"): a copy
that puts another calling there, and none of the source's for that person anywhere,
changed what the person does (``swapped_callings``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from newstrace.analyse.facts.mentions import Mention, Passage, discrepancy, sentence_of
from newstrace.analyse.facts.names import Name, same_person, spelt_differently
from newstrace.analyse.facts.persons import text_names, text_titles
from newstrace.analyse.facts.titles import Title, different_titles, ranks_named, title_set_off
from newstrace.analyse.facts.words import GENERIC_RANKS
from newstrace.analyse.resources import ROLE_NOUNS, ROLE_SYNONYMS
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


# Callings a word right before a name may give: a job, an office or a part ("author Lois
# Romano"); not kin or a bystander ("son", "witness"), nor a generic rank ("aide").
_CALLINGS = (
    (ROLE_NOUNS | frozenset({"author"}))
    - GENERIC_RANKS
    - frozenset(
        """son daughter wife husband father mother brother sister friend boss source witness
    resident student worker official player attendee deputy""".split()
    )
)
# One calling under two names besides ``ROLE_SYNONYMS``: an author is a writer.
_ONE_CALLING = {**ROLE_SYNONYMS, "author": "writer"}
_LETTERS = re.compile(r"[a-z]+")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
_REACH = 20  # characters before a name read for its calling


@lru_cache(maxsize=64)
def _callings(text: str) -> tuple[tuple[Name, Mention], ...]:
    """Each person named in full with the calling written right before the name, valued
    under one name (``_ONE_CALLING``: "lawyer" is "attorney", "author" "writer"); the
    mention is the calling alone, apart from a change of the name it stands before."""
    passage, found = Passage.of(text, 0), []
    for person in text_names(text):
        start = person.mention.span.start
        word = _WORD_BEFORE.search(text, max(0, start - _REACH), start)
        calling = word.group(1).lower() if word else ""
        if len(person.words) > 1 and word and calling in _CALLINGS:
            value = _ONE_CALLING.get(calling, calling)
            found.append((person, passage.mention(word.start(1), word.end(1), value)))
    return tuple(found)


@lru_cache(maxsize=64)  # read only for a calling changed, then once for every calling
def _sentence_callings(text: str) -> tuple[tuple[Name, frozenset[str]], ...]:
    """Each name of ``text`` with the words of the sentence naming it, valued under one
    name as callings are (``_ONE_CALLING``)."""
    return tuple(
        (
            person,
            frozenset(
                _ONE_CALLING.get(w, w)
                for w in _LETTERS.findall(sentence_of(text, person.mention).text.lower())
            ),
        )
        for person in text_names(text)
    )


def _said_of(text: str, person: Name, calling: str) -> bool:
    """Whether ``text`` names ``calling`` in a sentence naming ``person``."""
    return any(_one_person(p, person) and calling in words for p, words in _sentence_callings(text))


def swapped_callings(a_text: str, b_text: str) -> list[Discrepancy]:
    """The callings copy ``a_text`` writes before its people's names where source
    ``b_text`` writes another before the same person's, and neither text writes the
    other's before that person anywhere; one of them no rank ("author")."""
    a_callings, b_callings = _callings(a_text), _callings(b_text)
    found = []
    for person, calling in a_callings:
        mine = {c.value for p, c in a_callings if _one_person(p, person)}
        theirs = [c for p, c in b_callings if _one_person(p, person)]
        if not theirs or mine & {c.value for c in theirs}:
            continue
        # a person may hold two callings, each text naming both ("Fordham law professor
        # Zephyr Teachout, a House candidate" / "House candidate Zephyr Teachout, a law
        # professor"): a calling either names in a sentence of the person is no change
        if _said_of(b_text, person, calling.value) or any(
            _said_of(a_text, person, c.value) for c in theirs
        ):
            continue
        # two ranks are two titles, read as such (``swapped_offices``): "Senator Harry
        # Reid" is "Senate Majority Leader Harry Reid"
        if ranks_named(calling.text) and all(ranks_named(c.text) for c in theirs):
            continue
        found.append(discrepancy("title", calling, theirs[0]))
    return found
