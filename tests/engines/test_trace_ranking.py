"""trace ranks candidates by how much of the traced article's own writing they account for."""

from __future__ import annotations

from dataclasses import replace

import newstrace
from newstrace.engines.local import written_from
from newstrace.model import Comparison, Evidence, Verdict

TEXT = (
    "The harbour authority approved a plan on Tuesday to dredge the northern channel. "
    "Engineers estimate that the work will take eleven weeks to finish. "
    "Fishing crews have complained that boats can only leave the harbour at high tide."
)


def _candidate(own_traced: int, relation: str, confidence: float) -> Comparison:
    base = newstrace.compare(TEXT, TEXT)
    side = replace(base.evidence.a, own_sentences=3, own_sentences_traced=own_traced)
    verdict = Verdict(relation, confidence, ("made for the test",), {relation: confidence})  # type: ignore[arg-type]
    return replace(base, verdict=verdict, evidence=Evidence(a=side, b=base.evidence.b))


def test_more_of_the_own_writing_ranks_first_whatever_the_confidence() -> None:
    broad = _candidate(3, "shared_source", 0.55)  # direction unclear, but it accounts for all
    narrow = _candidate(1, "a_from_b", 0.95)  # a sure call about one sentence
    ranked = sorted([narrow, broad], key=written_from)
    assert ranked[0] is broad


def test_between_equal_shares_the_copy_relation_ranks_first() -> None:
    copy = _candidate(3, "a_from_b", 0.6)
    shared = _candidate(3, "shared_source", 0.9)
    assert sorted([shared, copy], key=written_from)[0] is copy
