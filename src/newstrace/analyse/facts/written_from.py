"""Which of its source's sentences a copy's fact was written from, when several are aligned.

A copy's sentence is often aligned with two or three of its source's (it merges them, or
a loose paraphrase links one more), and each pairing is read for changes on its own.  A
fact of the copy read as changed from one of them may be one it took, unchanged, from
another: "has cited the doctrine ... since unveiling the budget last month" is aligned
with "since introducing the budget last month" and, better, with "said last week the
letters do not express the views of all U.S. bishops"; the copy's "last month" is the
first's, not the second's "last week" changed.
"""

from __future__ import annotations

import re

from newstrace.analyse.facts.context import context_of, shared_words
from newstrace.analyse.facts.mentions import Passage
from newstrace.model import Alignment, Discrepancy

# Digits a transposed figure needs: "58"/"85" may well be two figures, "37.5"/"35.7"
# hardly (as ``framed.transposed``).
_MIN_TRANSPOSED = 3


def retyped_figure(a_text: str, b_text: str) -> bool:
    """Two figures of the same digits in another order ("37.5" / "35.7"): one mistyped."""
    x, y = re.sub(r"\D", "", a_text), re.sub(r"\D", "", b_text)
    return x != y and sorted(x) == sorted(y) and len(x) >= _MIN_TRANSPOSED


# Words on each side of a fact that must say something in common for two sentences to
# state it alike: "the budget last month" twice, not "the FBI released" / "the FBI's probe".
_AROUND = 2


def stated_alike(change: Discrepancy, alignments: list[Alignment]) -> bool:
    """Whether another source sentence aligned with the copy's sentence of ``change``
    states the copy's fact in the same words, a word that says something beside it in
    both: the copy took it from there."""
    holding = [x for x in alignments if change.a_span.within(x.a_span)]
    if not holding:
        return False
    copy = Passage.of(holding[0].a_text, holding[0].a_span.start)
    start, end = change.a_span.start - copy.offset, change.a_span.end - copy.offset
    around = context_of(copy.text, start, end)
    words = copy.text[start:end].split()
    if not words:
        return False
    spaced = r"\s+".join(map(re.escape, words))
    fact = re.compile(rf"(?<!\w){spaced}(?!\w)", re.IGNORECASE)
    for x in holding:
        if x.b_span.start <= change.b_span.start < x.b_span.end:
            continue  # the source sentence the change was read from
        source = Passage.of(x.b_text, 0).text
        for found in fact.finditer(source):
            if shared_words(around, context_of(source, found.start(), found.end()), _AROUND):
                return True
    return False
