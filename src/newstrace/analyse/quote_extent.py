"""A copy can trim its source's quotations, not extend them: the direction the texts read
unsurely, set right by whose quotations go further.

When one text's quotation holds a shorter quotation of the other and goes on beyond it
(``SideEvidence.quote_words_beyond``), that text had the longer quotation: a copy cuts
what it quotes from its source, and gets no words of a quotation its source lacks.  Of
the 1,134 rewrite and primary-source pairs of every read split (tune ... fresh35), only
the source quotes beyond the other in 360, only the copy in 9: a likelihood ratio of 40.

The fitted direction model does not weigh it.  Where the clue agrees with the texts it
mostly restates what the model weighs already (the copy's quotations trimmed,
``quotes_cut``; the source's quotations not in the copy, ``new_quotes``), and weighing it
there would sharpen the direction of sibling pairs, which are copies of neither, into
copy calls.  Where it disagrees, the texts read the direction on something else: fresh35's
rw-461b was called the wrong way at 0.51 (P(A is the copy) 0.41) on the source's "Maggie
Haberman" opening a sentence, read as a detail the source lacks, while the source quotes
66 words beyond the copy's trimmed quotations and the copy none beyond the source's.  So
the ratio counts only against the texts' reading, and only where that reading is unsure
(``MAX_DIRECTION``): the nine copies that do quote beyond their source are all read the
right way at 0.95 or more, and a weight of 40 against them would lose the right calls of
rw-76b and rw-260 (read at 0.96 and 0.98).  It moves the direction only, never how
likely a copy is, and only of a pair called a copy (``CALLED``).
"""

from __future__ import annotations

from newstrace.model import Evidence, SideEvidence

# The likelihood ratio of the clue: the source alone quotes beyond the other in 360 of the
# 1,134 rewrite and primary pairs of every read split, the copy alone in 9 (module
# docstring).
EXTENDS_RATIO = 40.0
# How surely the texts (and dates) must read the text that quotes beyond the other as the
# copy for the clue to be left out: the copies that quote beyond their source are read
# the right way at 0.95 or more, the two wrong-way calls it sets right (rw-146, rw-461b)
# at 0.55 and 0.59.
MAX_DIRECTION = 0.9
# The clue turns a copy call around or takes it back; it makes none.  Whether one text is
# a copy is the copy model's to say: asked also of a pair not called a copy, whose copy
# probability is over one half but neither direction is, it called sib-26 (two rewrites of
# one article, P(copy) 0.56) a copy at 0.54.  The verdict's line for a call
# (``direction._CALL``).
CALLED = 0.5


def _extends(side: SideEvidence, other: SideEvidence) -> bool:
    """Whether ``side`` alone quotes words beyond a quotation of the other."""
    return side.quote_words_beyond > 0 and other.quote_words_beyond == 0


def extender(evidence: Evidence, p_copy: float, p_a_copy: float) -> str | None:
    """The text ("A" or "B") that alone quotes beyond the other, when it would be called
    the copy (``p_copy``, the probability of a copy either way, times the probability that
    it is the copy, if one is, at least ``CALLED``) and the texts read it as the copy no
    surer than ``MAX_DIRECTION`` (``p_a_copy``: the probability that A is the copy, if one
    is); None when the clue does not count."""
    for name, side, other, p in (
        ("A", evidence.a, evidence.b, p_a_copy),
        ("B", evidence.b, evidence.a, 1 - p_a_copy),
    ):
        if _extends(side, other) and 0.5 <= p < MAX_DIRECTION and p_copy * p >= CALLED:
            return name
    return None


def direction_with_extent(p_a_copy: float, extends: str | None) -> float:
    """``p_a_copy`` with the clue's likelihood ratio against the text that quotes beyond
    the other (``extender``), when it counts."""
    if extends is None:
        return p_a_copy
    odds = p_a_copy / (1 - p_a_copy)
    odds = odds / EXTENDS_RATIO if extends == "A" else odds * EXTENDS_RATIO
    return odds / (1 + odds)


def extent_reason(evidence: Evidence, extends: str) -> str:
    """Why the text that quotes beyond the other is read as the source."""
    side = evidence.a if extends == "A" else evidence.b
    other = "B" if extends == "A" else "A"
    return (
        f"{extends}'s quotations go {side.quote_words_beyond} words beyond {other}'s, which "
        f"are parts of them, and {other}'s none beyond {extends}'s: a copy trims its "
        f"source's quotations, it does not extend them, so {other} reads as the copy"
    )
