"""Own sentences traced on one side only: a count against none says nothing of the direction.

The direction model weighs ``own_count``, the log count of each text's own sentences
(those not mostly quotation) firmly traced to the other: the fuller telling has more of
them traced, so the text with more is read as the source.  A link joins both texts, so
when one text has own sentences traced and the other none, the links from the first land
on what the other quotes (sentences mostly quotation) or on too little of the other's own
sentences to count: the one text retells in words of its own what the other quotes.  The
count then compares how the two quote, not which tells more of the story, and on its log scale
one sentence against none is its steepest step: 6.5 log-odds (fresh39's rw-511b, a
condensed rewrite with one own sentence traced to its source's quoted one, read as the
source at 0.53), and two against none 10.3 (fresh45's rw-582, "The New York Times' Maggie
Haberman reckons Christie is “poised …”" traced to the source's long quotation of her, read
as the source of its source at 0.67).  So the difference is set aside then, and the other
clues say which way.  Over tune ... fresh44 (both orders) it moves 8 of the 4,506 calls:
rw-511b, wrong way, to ``shared_source``; rw-519, rw-541 and rw-561, right, stay right
(BENCHMARKS.md "Wrong-way and sure calls after fresh46").  The fitted model is not changed:
the reading acts on the differences it is given, as ``held_whole`` sets the texts aside.
"""

from __future__ import annotations

from newstrace.model import Evidence


def lone_own_count(evidence: Evidence) -> bool:
    """Whether one text has own sentences firmly traced to the other and the other none."""
    counts = (evidence.a.own_sentences_traced, evidence.b.own_sentences_traced)
    return min(counts) == 0 < max(counts)


def without_lone_count(differences: dict[str, float], evidence: Evidence) -> dict[str, float]:
    """The direction model's ``differences`` with ``own_count`` set aside (0: no difference)
    when only one text has own sentences traced (``lone_own_count``); else as given."""
    if not lone_own_count(evidence):
        return differences
    return differences | {"own_count": 0.0}
