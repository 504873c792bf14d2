"""One part of the U.S. government put for another in a copy's sentence.

"a presidential memorandum from the State Department" / "a presidential memorandum
released by the White House": the parts of the executive have a few fixed names, one part
written several ways ("the Pentagon", "the Defense Department", "the Department of
Defense").  ``typed.changed_bodies`` compares bodies of one type of name ("Justice" /
"State Department"); the president's seat is no department, so the two are read here as
parts of one kind.  When each of two aligned sentences of a copy and its source names
exactly one part, and the parts differ, and a word saying something stands among the few
before both (what the part did or issued: "a presidential memorandum from" / "a
presidential memorandum released by"), the copy gave what was done to another part; parts
in two roles ("which the State Department had objected to" / "provided by the White
House") are two parts of the story.  Read only for a copy: independent reports quote
whichever part spoke to them.
"""

from __future__ import annotations

import re

from newstrace.analyse.facts.mentions import Mention, Passage, discrepancy
from newstrace.analyse.facts.words import EMPTY_WORDS
from newstrace.analyse.lexicon import stem
from newstrace.model import Discrepancy

_DEPARTMENTS = r"State|Justice|Defense|Treasury|Homeland Security"
_PART = re.compile(
    rf"\b(?:White House|Pentagon|(?P<short>{_DEPARTMENTS}) Department"
    rf"|Department of (?:the )?(?P<long>{_DEPARTMENTS}))\b"
)
# One part under its names: the Pentagon is the Defense Department.
_SAME_PART = {"pentagon": "defense"}
_ANCHOR = 4  # words before a part looked at for one in common, as ``typed.py`` reads dates


def _part(match: re.Match[str]) -> str:
    name = (match["short"] or match["long"] or match.group()).lower()
    return _SAME_PART.get(name, name)


def changed_parts(a: Passage, b: Passage) -> list[Discrepancy]:
    """The one part of the government each sentence names, when they differ."""
    mine, theirs = list(_PART.finditer(a.text)), list(_PART.finditer(b.text))
    if len({_part(m) for m in mine}) != 1 or len({_part(m) for m in theirs}) != 1:
        return []
    x, y = mine[0], theirs[0]
    if _part(x) == _part(y):
        return []
    a_part = a.mention(x.start(), x.end(), _part(x))
    b_part = b.mention(y.start(), y.end(), _part(y))
    if not _anchors(a_part) & _anchors(b_part):
        return []
    return [discrepancy("organisation", a_part, b_part)]


def _anchors(part: Mention) -> set[str]:
    """The words that say something among the few before a part."""
    return {stem(w) for w in part.context.before[:_ANCHOR] if w not in EMPTY_WORDS}
