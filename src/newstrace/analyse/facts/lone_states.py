"""A state a copy puts for its source's, in two aligned sentences however reworded.

"Most of Perry's TV money has gone to New Hampshire, where many caucusgoers are
evangelicals" / "the focus of Mr. Perry's multimillion-dollar television budget has been
in Iowa, where large numbers of Republican caucusgoers describe themselves as Christian
evangelicals": as ``lone_days.lone_months`` reads months, the one state each sentence
names, placing what it tells ("in Iowa", "to New Hampshire"), is that place moved when
neither text names the other's state anywhere.

Narrow on purpose: a state written out, after a word that places in it ("in", "to",
"across", "parts of"; not a senator's "of Texas"), not the start of a longer name ("in Iowa City",
"to New Hampshire voters" is read, "in Texas A&M" is not); one state named in each
sentence, in any frame; Washington left out (the capital's name too, said of the
government). Read only for a copy and its source (``report.py``): independent reports
of one campaign place its days in the states each followed.
"""

from __future__ import annotations

import re

from newstrace.analyse.facts.lone_days import best_aligned
from newstrace.analyse.facts.mentions import Mention, Passage, discrepancy
from newstrace.analyse.facts.words import state_names
from newstrace.model import Alignment, Discrepancy

_NAMES = state_names(frozenset({"washington"}))
# Any state named (a senator's "of Texas", "Ohio Gov."): a sentence naming two tells of two
_ANY = re.compile(rf"\b(?:{_NAMES}|Washington)\b")
# The parts of a state an event is in ("parts of Ohio", "areas of Florida"): placed in it, as
# "in Ohio" is; "of" alone is a member's ("Sen. Ann Roe of Ohio")
_PARTS = r"(?:parts|areas|regions|corners|stretches)"
# A state placing what the sentence tells, closing its name: "in Iowa, where", not "in
# Iowa City"
_PLACED = re.compile(
    rf"\b(?:in|to|across|throughout|around|{_PARTS}\s+of)\s+(?P<state>{_NAMES})\b"
    r"(?![\w'\u2019&-]|\s+[A-Z])"
)


def states(passage: Passage) -> list[Mention]:
    """The one state a passage names, if it places what the passage tells there."""
    if len(_ANY.findall(passage.text)) != 1:
        return []
    return [
        passage.mention(m.start("state"), m.end("state"), m["state"], "state")
        for m in _PLACED.finditer(passage.text)
    ]


def lone_states(
    alignments: list[Alignment], a_text: str, b_text: str, *, min_score: float = 0.0
) -> list[Discrepancy]:
    """The state of A's aligned sentence against the state of B's, each the one state its
    sentence names, neither named in the other text (``alignments``: widened to whole
    sentences; paraphrases under ``min_score`` skipped)."""
    found = []
    for x in best_aligned(alignments, min_score, states).values():
        a, b = Passage.of(x.a_text, x.a_span.start), Passage.of(x.b_text, x.b_span.start)
        a_state, b_state = states(a), states(b)
        if len(a_state) != 1 or len(b_state) != 1 or a_state[0].value == b_state[0].value:
            continue
        if _named(a_state[0].value, b_text) or _named(b_state[0].value, a_text):
            continue  # the copy told of both states; its sentence may be about the other
        found.append(discrepancy("name", a_state[0], b_state[0]))
    return found


def _named(state: str, text: str) -> bool:
    return re.search(rf"\b{re.escape(state)}\b", text) is not None
