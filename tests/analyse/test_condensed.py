"""A ``shared_source`` call on a short text much of which is traced to one twice its length
is no surer than ``1 - CONDENSED_DOUBT`` (``analyse/condensed.py``)."""

from __future__ import annotations

import newstrace
from newstrace.analyse.condensed import (
    CONDENSED_DOUBT,
    CONDENSED_LENGTH,
    CONDENSED_TRACED,
    condensed_shape,
)
from newstrace.analyse.direction import decided_again
from tests.analyse.test_related import CONDENSED, FERRY, NEVER_A_COPY


def test_a_condensed_text_half_traced_is_shared_source_no_surer_than_the_bound() -> None:
    result = newstrace.compare(CONDENSED, FERRY)
    assert result.evidence.a.words < CONDENSED_LENGTH * result.evidence.b.words
    assert result.coverage.a >= CONDENSED_TRACED
    verdict = decided_again(result, NEVER_A_COPY)  # the copy model says 0.00005
    assert verdict.relation == "shared_source"
    assert verdict.confidence == 1 - CONDENSED_DOUBT
    assert any("a condensed rewrite looks so" in reason for reason in verdict.reasons)
    assert condensed_shape(result.coverage, result.evidence) == ("A", result.coverage.a)


def test_the_same_story_at_full_length_keeps_its_confidence() -> None:
    # FERRY against itself cut by two sentences: about one length, no condensed shape.
    shorter = FERRY.rsplit("\n\n", 2)[0]
    result = newstrace.compare(shorter, FERRY)
    assert condensed_shape(result.coverage, result.evidence) is None
    verdict = decided_again(result, NEVER_A_COPY)
    assert verdict.relation == "shared_source"
    assert verdict.confidence > 1 - CONDENSED_DOUBT
