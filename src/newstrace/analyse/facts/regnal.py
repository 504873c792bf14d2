"""A name with a regnal number put for another: "commissioned by Benedict XVI" /
"commissioned by John Paul II".

A pope, a monarch or anyone named with an ordinal in Roman figures ("Elizabeth II",
"Louis XIV") is one of a line, so two such names are two holders, however alike: a copy
that names one where its source names another gave the deed to someone else.  The
sentences around the name are recast past what the aligner links, but the name keeps a
word of its frame ("commissioned"), so it is read across the whole texts: when each text
names one such name, neither names the other's anywhere, and a word that says something
stands near both, the copy changed it.  Read only for a copy and its source
(``report.py``): independent reports may name other holders of a line.
"""

from __future__ import annotations

import re

from newstrace.analyse.facts.mentions import Mention, Passage, discrepancy
from newstrace.model import Discrepancy

# One to three capitalised words and a Roman figure of two letters or more, II to XXXIX:
# a lone "I" is the pronoun ("When I"), a lone "V" or "X" a letter ("Type X").
_REGNAL = re.compile(
    r"(?<![\w.'-])(?P<name>(?:[A-Z][a-z]+\s+){1,3})"
    r"(?P<figure>(?=[IVX]{2,}\b)X{0,3}(?:IX|IV|V?I{0,3}))(?![\w'-])"
)
# Words that style a holder, not name one: "Pope Benedict XVI" is "Benedict XVI".
_STYLES = frozenset("pope king queen emperor empress tsar czar prince princess saint st".split())
_NEAR = 5  # words on each side looked at for one in common


def _regnal(passage: Passage) -> list[Mention]:
    found = []
    for match in _REGNAL.finditer(passage.text):
        words = list(re.finditer(r"\S+", match["name"]))
        while words and words[0].group().lower() in _STYLES:
            words = words[1:]
        if words:
            value = " ".join([*(w.group() for w in words), match["figure"]])
            start = match.start() + words[0].start()
            found.append(passage.mention(start, match.end(), value))
    return found


def changed_holders(a_text: str, b_text: str) -> list[Discrepancy]:
    """The one name with a regnal number A gives, against the one B gives, neither named
    in the other text, with a word that says something near both."""
    a, b = Passage.of(a_text, 0), Passage.of(b_text, 0)
    a_names, b_names = _regnal(a), _regnal(b)
    a_values, b_values = {x.value for x in a_names}, {y.value for y in b_names}
    if len(a_values) != 1 or len(b_values) != 1 or a_values == b_values:
        return []
    x, y = a_names[0], b_names[0]
    if x.value in b_text or y.value in a_text:
        return []
    if not x.context.near_inside(_NEAR) & y.context.near_inside(_NEAR):
        return []
    return [discrepancy("name", x, y)]
