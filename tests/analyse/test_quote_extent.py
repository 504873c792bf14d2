"""A copy trims its source's quotations, it does not extend them (``analyse.quote_extent``):
a copy call whose direction the texts read unsurely is turned against the text whose
quotations go beyond the other's; a sure reading, or a pair not called a copy, is left
as the texts read it."""

from __future__ import annotations

import newstrace
from newstrace.analyse.direction import decided_again
from newstrace.analyse.direction_model import DirectionModel
from newstrace.analyse.quote_extent import (
    MAX_DIRECTION,
    direction_with_extent,
    extender,
)
from newstrace.model import Evidence, SideEvidence
from tests.analyse.sides import side_evidence

SOURCE = """The city will close the Elm Street bridge for repairs from March 3, the transport department said on Friday.

"The deck is older than any of us and it has carried far more traffic than anyone planned for, so we are replacing it now before it fails," said Lena Okafor, the department's chief engineer.

Buses will be diverted over the river at Mill Lane, adding about ten minutes to the journey.

The work is expected to cost $14 million and to take eight months."""

# The source condensed: its quotation trimmed to its first words, one sentence of the
# writer's own.
COPY = """The Elm Street bridge shuts for repairs on March 3.

"The deck is older than any of us," chief engineer Lena Okafor said.

Buses will take the Mill Lane crossing, about ten minutes longer.

Expect long queues."""


def _model(copy: float, quotes_cut: float) -> DirectionModel:
    """A model that calls a copy with log-odds ``copy`` and reads the direction on the
    quotations trimmed alone, the text trimming *less* read as the copy when
    ``quotes_cut`` is below 0 (as a misread detail would make it)."""
    return DirectionModel.from_dict(
        {
            "copy": {"intercept": copy, "weights": {}},
            "direction": {"weights": {"quotes_cut": quotes_cut}},
            "priors": {"date": {"log_ratio": 0.0}, "credit": {"log_ratio": 0.0}},
        }
    )


def test_the_texts_unsure_reading_against_whose_quotations_go_further_is_turned() -> None:
    comparison = newstrace.compare(COPY, SOURCE)
    assert comparison.evidence.b.quote_words_beyond > 0
    assert comparison.evidence.a.quote_words_beyond == 0
    # Read unsurely (about 0.4) the wrong way, the source called the copy of its copy.
    verdict = decided_again(comparison, _model(5.0, -0.6))
    assert verdict.relation == "a_from_b"
    assert any("a copy trims its source's quotations" in r for r in verdict.reasons)
    swapped = decided_again(newstrace.compare(SOURCE, COPY), _model(5.0, -0.6))
    assert swapped.relation == "b_from_a"


def test_a_sure_reading_or_a_pair_not_called_a_copy_is_left_alone() -> None:
    comparison = newstrace.compare(COPY, SOURCE)
    # The texts read the source as the copy surely: the clue does not overrule them.
    assert decided_again(comparison, _model(5.0, -5.0)).relation == "b_from_a"
    # No copy called: the clue makes none, and the condensed release (COPY keeps a passage
    # of SOURCE's wording) lifts no call the texts direct at the long text.
    assert decided_again(comparison, _model(-5.0, -0.6)).relation not in ("a_from_b", "b_from_a")


def _side(beyond: int) -> SideEvidence:
    return side_evidence(quote_words_beyond=beyond)


def test_the_clue_counts_for_one_text_quoting_beyond_read_unsurely_as_a_called_copy() -> None:
    a_beyond = Evidence(a=_side(12), b=_side(0))
    assert extender(a_beyond, 1.0, 0.6) == "A"
    assert direction_with_extent(0.6, "A") < 0.1
    assert extender(Evidence(a=_side(0), b=_side(12)), 1.0, 0.4) == "B"
    assert direction_with_extent(0.4, "B") > 0.9
    # Read as the source already, read surely, both quoting beyond, or no copy called.
    assert extender(a_beyond, 1.0, 0.4) is None
    assert extender(a_beyond, 1.0, MAX_DIRECTION) is None
    assert extender(Evidence(a=_side(12), b=_side(3)), 1.0, 0.6) is None
    assert extender(a_beyond, 0.7, 0.6) is None
    assert direction_with_extent(0.6, None) == 0.6
