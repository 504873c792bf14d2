"""One part of the U.S. government put for another in a copy's sentence.

"a presidential memorandum from the State Department" / "a presidential memorandum
released by the White House": the parts of the executive have a few fixed names, one part
written several ways ("the Pentagon", "the Defense Department", "the Department of
Defense").  ``typed.changed_bodies`` compares bodies of one type of name ("Justice" /
"State Department"); the president's seat is no department, so the two are read here as
parts of one kind.  When each of two aligned sentences of a copy and its source names
exactly one part, and the parts differ, and a word saying something stands among the few
before both (what the part did or issued: "a presidential memorandum from" / "a
presidential memorandum released by"), or what each part did stands after it in one word
("the FBI is investigating whether" / "the Department of Justice has initiated an
investigation into"), the copy gave what was done to another part; parts in two roles
("which the State Department had objected to" / "provided by the White House") are two
parts of the story.  The agencies a story names beside the departments
("the FBI", "the C.I.A.") are parts too; a part before a rank ("then-CIA director Michael
Morell") is the body of a person's title, no doer.  Read only for a copy: independent
reports quote whichever part spoke to them.
"""

from __future__ import annotations

import re

from newstrace.analyse.facts.mentions import Mention, Passage, discrepancy
from newstrace.analyse.facts.words import EMPTY_WORDS, RANKS
from newstrace.analyse.lexicon import stem
from newstrace.model import Discrepancy

_DEPARTMENTS = r"State|Justice|Defense|Treasury|Homeland Security"
# The agencies a story names as readily as a department: "Abedin emails the FBI released
# Friday" / "Abedin emails released by the State Department on Friday".
_AGENCIES = (
    r"FBI|F\.B\.I\.|CIA|C\.I\.A\.|Federal Bureau of Investigation|Central Intelligence Agency"
)
_PART = re.compile(
    rf"\b(?:White House|Pentagon|(?P<short>{_DEPARTMENTS}) Department"
    rf"|Department of (?:the )?(?P<long>{_DEPARTMENTS})|{_AGENCIES})(?!\w)"
)
# One part under its names: the Pentagon is the Defense Department.
_SAME_PART = {
    "pentagon": "defense",
    "f.b.i.": "fbi",
    "federal bureau of investigation": "fbi",
    "c.i.a.": "cia",
    "central intelligence agency": "cia",
}
_ANCHOR = 4  # words before a part looked at for one in common, as ``typed.py`` reads dates
# Words joining or denying a clause say nothing of what a part did: "But officials say
# then-CIA director ..." / "... but not allow State Department officials" share only "but".
_EMPTY = EMPTY_WORDS | frozenset("but not nor yet so also then".split())
_NEXT_WORD = re.compile(r"['\u2019]?s?\s+([A-Za-z]+)")


def _part(match: re.Match[str]) -> str:
    name = (match["short"] or match["long"] or match.group()).lower()
    return _SAME_PART.get(name, name)


def _acting(passage: Passage) -> list[re.Match[str]]:
    """The parts a passage names as doers, not as the body of someone's title: "then-CIA
    director Michael Morell" is a person, whom the CIA does not stand for."""
    found = []
    for match in _PART.finditer(passage.text):
        following = _NEXT_WORD.match(passage.text, match.end())
        if following is None or following.group(1).lower() not in RANKS:
            found.append(match)
    return found


def changed_parts(a: Passage, b: Passage) -> list[Discrepancy]:
    """The one part of the government each sentence names, when they differ."""
    mine, theirs = _acting(a), _acting(b)
    if len({_part(m) for m in mine}) != 1 or len({_part(m) for m in theirs}) != 1:
        return []
    x, y = mine[0], theirs[0]
    if _part(x) == _part(y):
        return []
    a_part = a.mention(x.start(), x.end(), _part(x))
    b_part = b.mention(y.start(), y.end(), _part(y))
    if not _anchors(a_part) & _anchors(b_part) and not _deeds(a_part) & _deeds(b_part):
        return []
    return [discrepancy("organisation", a_part, b_part)]


def _anchors(part: Mention) -> set[str]:
    """The words that say something among the few before a part."""
    return {stem(w) for w in part.context.before[:_ANCHOR] if w not in _EMPTY}


# Letters two words of one deed begin with, however inflected or made a noun: "is
# investigating" / "has initiated an investigation" ("investi").
_DEED = 7
# Long words joining a clause, not a deed: "the FBI said whether" / "the Pentagon knew whether".
_JOINING = frozenset("whether because against through between without including another".split())


def _deeds(part: Mention) -> set[str]:
    """What a part did, in the few words after it in its sentence: the subject's verb
    follows it ("the FBI is investigating whether"), each word cut to its first letters
    (``_DEED``) as a verb and its noun share them; a word shorter than that says too little
    of a deed to match ("is", "has", "act"), and a long one joining a clause none."""
    after = part.context.after[: min(_ANCHOR, part.context.inside[1])]
    return {w[:_DEED] for w in after if len(w) >= _DEED and w not in _JOINING}
