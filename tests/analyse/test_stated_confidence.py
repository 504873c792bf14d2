"""The stated confidence: what calls of a kind measure, the relation untouched
(``analyse.stated_confidence``)."""

from __future__ import annotations

import pytest

import newstrace
from newstrace.analyse.direction import decided_again, raw_call
from newstrace.analyse.direction_model import load_model
from newstrace.analyse.stated_confidence import Calibration, identity

SOURCE = (
    "The harbour authority approved a plan on Tuesday to dredge the northern channel, which "
    "has silted up since the storms of last winter.\n\nEngineers estimate that the work will "
    "take eleven weeks and will remove about forty thousand cubic metres of sand.\n\nFishing "
    "crews have complained for months that boats can only leave the harbour at high tide.\n\n"
    "Local councillors welcomed the decision but asked for the work to pause during the summer "
    "festival.\n\nA contract is expected to be signed next month after a tender that drew bids "
    "from three dredging companies.\n\nEnvironmental groups said they would watch for any harm "
    "to the seagrass beds at the mouth of the estuary."
)
EXCERPT = "\n\n".join(SOURCE.split("\n\n")[1:4])


def test_a_calls_map_states_what_its_kind_measures_and_moves_no_relation() -> None:
    result = newstrace.compare(EXCERPT, SOURCE)
    raw, kind = raw_call(result, load_model())
    assert raw.relation == "a_from_b"
    kind_map = Calibration(maps={kind: ((0.5, 0.3), (1.0, 0.6))})
    verdict = decided_again(result, load_model(), kind_map)
    assert verdict.relation == raw.relation
    assert verdict.probabilities == raw.probabilities
    probability = raw.probabilities["a_from_b"]
    assert verdict.confidence == round(0.3 + 0.3 * (probability - 0.5) / 0.5, 4)
    assert any("calls of this kind" in reason for reason in verdict.reasons)
    # no map: the probability, as before
    assert decided_again(result, load_model(), identity()).confidence == raw.confidence


def test_a_call_of_no_copy_stating_under_one_half_says_the_texts_lean_toward_a_copy() -> None:
    result = newstrace.compare(SOURCE, OTHER)
    raw, kind = raw_call(result, load_model())
    assert raw.relation in ("shared_source", "unrelated")
    called = kind.rsplit(" ", 1)[1]
    under = Calibration(maps={"* " + called: ((0.0, 0.41), (1.0, 0.41))})
    verdict = decided_again(result, load_model(), under)
    assert verdict.relation == raw.relation
    assert verdict.confidence == 0.41
    assert "but not enough to call one" in verdict.reasons[-1]
    assert "right only 41% of the time" in verdict.reasons[-1]


def test_a_map_interpolates_between_its_breakpoints_and_holds_flat_beyond() -> None:
    points = Calibration(maps={"* copy": ((0.5, 0.4), (0.7, 0.8), (0.9, 0.9))})
    assert points.stated("paraphrase copy", 0.6) == pytest.approx(0.6)
    assert points.stated("copy copy", 0.3) == 0.4
    assert points.stated("copy copy", 0.99) == 0.9
    assert points.stated("copy shared_source", 0.6) == 0.6  # no map of its class


OTHER = (
    "The county library will open on Sundays from next month, after a petition signed by "
    "more than two thousand readers.\n\nThe harbour authority approved a plan on Tuesday to "
    "dredge the northern channel, which has silted up since the storms of last winter.\n\n"
    "Volunteers will staff the reading room, and the children's section will run a story "
    "hour at noon."
)
