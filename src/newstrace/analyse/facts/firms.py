"""The firm a person works for, its name misspelt by a copy, wherever each text states it.

"Mark Sheriden of Patterson Boggs, now representing both" / "Mark Sheridan, a partner with
Patton Boggs", "William McGinely of the firm Patton Briggs" / "William McGinley of Patton
Boggs": the firm is named right after its person, in a sentence the copy recast or split
past what the aligner links.  A firm's name is read as a person's ("Patton Boggs"), and
two people's names a word apart by more than a letter or two are two people, so
``persons.py`` leaves it; tied to the one person, it is one firm's name written wrong.
When a full name each text gives a firm after (its spelling may differ, ``names``), the
two firms' names are of as many words, all the same but one, and that one is spelt close
(a letter or two apart, or the same first four letters: "Patterson"/"Patton"), the copy
misspelt the firm.  Another firm altogether is left alone: a person's firm may have
changed between two stories.  Read only for a copy and its source (``report.py``).
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from newstrace.analyse.facts.mentions import Passage
from newstrace.analyse.facts.names import Name, names, same_person, spelt_differently
from newstrace.model import Discrepancy, Span

# Right after a person's name: "of Patton Boggs", "of the firm Patton Briggs", ", a partner
# with Patton Boggs"; two to four capitalised words, "&" between them.
_FIRM_AFTER = re.compile(
    r"(?:\s+of|,\s+(?:a|an|the)\s+(?:partner|lawyer|attorney|counsel|associate)\s+"
    r"(?:with|at|of|in))\s+(?:the\s+(?:law\s+)?firm\s+)?"
    r"(?P<firm>[A-Z][\w'-]*(?:\s+(?:&\s+)?[A-Z][\w'-]*){1,3})(?![\w'-])"
)
_CLOSE = 2  # letters by which a misspelt word of the firm's name may differ
_KEPT = 4  # or the first letters it keeps ("Patterson"/"Patton")


def _firms(text: str) -> list[tuple[Name, Span]]:
    """The full names of ``text`` with the firm right after each."""
    found = []
    for person in names(Passage.of(text, 0)):
        if len(person.words) < 2:
            continue
        match = _FIRM_AFTER.match(text, person.mention.span.end)
        if match is not None:
            found.append((person, Span(match.start("firm"), match.end("firm"))))
    return found


def _respelt(x: str, y: str) -> bool:
    """Two names of a firm, one misspelt: as many words, one of them spelt close."""
    x_words, y_words = x.split(), y.split()
    if len(x_words) != len(y_words):
        return False
    apart = [(v, w) for v, w in zip(x_words, y_words, strict=True) if v != w]
    if len(apart) != 1:
        return False
    v, w = (word.lower() for word in apart[0])
    return Levenshtein.distance(v, w) <= _CLOSE or v[:_KEPT] == w[:_KEPT]


def misspelt_firms(a_text: str, b_text: str) -> list[Discrepancy]:
    """The firm A gives a person, against the one B gives the same person, when one is
    the other's name misspelt."""
    found = []
    b_firms = _firms(b_text)
    for person, firm in _firms(a_text):
        mine = a_text[firm.start : firm.end]
        for other, theirs in b_firms:
            if not (same_person(person, other) or spelt_differently(person, other)):
                continue
            if _respelt(mine, b_text[theirs.start : theirs.end]):
                b_name = b_text[theirs.start : theirs.end]
                found.append(Discrepancy("organisation", mine, b_name, firm, theirs))
                break
    return found
