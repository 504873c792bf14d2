"""Whether two texts are related though no copy is called and they share no passage:
what keeps the verdict from saying ``unrelated`` of a pair the alignments tie together.

``unrelated`` says that nothing of one text is in the other.  A pair half of one text of
which is traced to the other tells one story, whether one condensed the other (fresh34's
rw-449: a heavy paraphrase of a Fox article, 53% of it traced, called ``unrelated`` at
0.999), two rewrote one article, or two reported one event: ``shared_source`` says that
much and no more.  It says nothing of a copy: the copy probability is the model's, and the
confidence of ``shared_source`` is one less it, as before.  ``analyse.direction`` asks this
after its other readings of an uncalled pair (a passage shared word for word, own
sentences told one by one, much of each text traced).

A quotation of four to seven words alike was tried as a second sign (a longer one is a
shared passage already): it moved 38 more of BASIL's ordered pairs and 4 more sibling
ones, but it would also list in a scan's pairs every two reports that quote one speaker
alike, so it is left out (BENCHMARKS.md, verdict35).
"""

from __future__ import annotations

from newstrace.model import Coverage

# Share of one text traced to the other from which the two are related.  Of the ordered
# calls of ``unrelated`` on every read split (tune ... fresh34), it moves 4 of the 12 sibling
# calls (sib-76 and sib-193, both orders), both orders of rw-449 and 24 of BASIL's 262
# same-event calls, where either call is right (BENCHMARKS.md, verdict35).
MIN_TRACED = 0.5


def related_reason(coverage: Coverage) -> list[str]:
    """Why an uncalled pair with no passage in common is ``shared_source``, not
    ``unrelated``, when half of one text is traced to the other (``MIN_TRACED``); empty
    when it does not hold."""
    name, traced = max((("A", coverage.a), ("B", coverage.b)), key=lambda x: x[1])
    if traced < MIN_TRACED:
        return []
    other = "B" if name == "A" else "A"
    return [
        f"no passage shared word for word, yet {traced:.0%} of {name} is traced to {other}: "
        "the two tell one story (one may condense the other, or both retell one article or "
        "report one event); the texts do not show that one was written from the other"
    ]
