"""A copy of a retelling, or a second retelling: when the text read as the source tells its
story as another outlet's report and the text read as the copy credits no outlet with its
own, the copy is not said surer than such calls are right (``analyse.declared_source``)."""

from __future__ import annotations

import newstrace
from newstrace.analyse.declared_source import (
    DECLARED_COPY,
    RETELLING_COPY,
    RETELLING_WORDS,
    declared_reason,
    declared_source,
    second_retelling,
)
from newstrace.analyse.direction import decided_again
from newstrace.analyse.direction_model import DirectionModel
from newstrace.model import SideEvidence
from tests.analyse.test_retold import FERRY, FERRY_RETOLD

# FERRY_RETOLD without its credit: a copy that names no outlet.
UNCREDITED = FERRY_RETOLD.replace(", the Guardian reports", "")


def _a_is_the_copy() -> DirectionModel:
    """A model sure that every pair it is asked about is a copy, A the copy."""
    return DirectionModel.from_dict(
        {
            "copy": {"intercept": 10.0, "weights": {}},
            "direction": {"intercept": 10.0, "weights": {}},
            "priors": {"date": {"log_ratio": 0.0}, "credit": {"log_ratio": 0.0}},
        }
    )


def _side(*credits: tuple[str, str]) -> SideEvidence:
    return SideEvidence(8, 6, 8, 5, 0.7, 0.3, 12, 0.8, False, story_credits=credits)


def test_the_source_declares_an_outlet_the_copy_does_not_credit() -> None:
    guardian = ("The Guardian", "as reported by")
    assert declared_source(_side(), _side(guardian)) == guardian
    assert declared_source(_side(guardian), _side(guardian)) is None  # carried over
    assert declared_source(_side(("BBC", "reports")), _side(guardian)) is None  # names its own
    assert declared_source(_side(), _side()) is None


def test_a_copy_of_a_text_that_retells_an_outlets_report_is_held() -> None:
    result = newstrace.compare(UNCREDITED, FERRY)
    assert result.evidence.a.story_credits == ()
    assert result.evidence.b.story_credits == (("The Guardian", "as reported by"),)
    verdict = decided_again(result, _a_is_the_copy())
    assert verdict.relation == "a_from_b"
    assert verdict.confidence <= DECLARED_COPY
    assert any(
        reason.startswith('B tells its story as a report of The Guardian\'s ("as reported by")')
        for reason in verdict.reasons
    )


def test_the_reason_says_what_the_copy_credits_the_declared_outlet_with() -> None:
    """A copy that credits the declared outlet with one passage, and none with its story, is
    held all the same, and the reason does not say it credits nothing (fresh53's sib-686:
    "B does not credit Fox News" of a text crediting Fox News)."""
    guardian = ("The Guardian", "as reported by")
    assert "and A credits no report of The Guardian's:" in declared_reason("A", "B", guardian)
    credited = declared_reason("A", "B", guardian, ("The Guardian",))
    assert "and A credits The Guardian with a passage, not with its story:" in credited
    passage = UNCREDITED.replace(
        "in each direction along the coastal route.",
        "in each direction along the coastal route, the Guardian reported.",
    )
    result = newstrace.compare(passage, FERRY)
    assert result.evidence.a.story_credits == ()
    assert result.evidence.a.outlets_credited == ("The Guardian",)
    verdict = decided_again(result, _a_is_the_copy())
    assert verdict.relation == "a_from_b" and verdict.confidence <= DECLARED_COPY
    assert any("A credits The Guardian with a passage" in reason for reason in verdict.reasons)
    assert not any("does not credit The Guardian" in reason for reason in verdict.reasons)


def test_without_the_declared_source_the_copy_is_not_held() -> None:
    plain = FERRY.replace(", as first reported by The Guardian", "")
    verdict = decided_again(newstrace.compare(UNCREDITED, plain), _a_is_the_copy())
    assert verdict.relation == "a_from_b"
    assert verdict.confidence > 0.99
    # The source's credit carried over word for word: the copy names where it came from.
    carried = UNCREDITED.replace("next month.", "next month, as first reported by The Guardian.")
    kept = decided_again(newstrace.compare(carried, FERRY), _a_is_the_copy())
    assert kept.relation == "a_from_b" and kept.confidence > 0.99


# The source quotes the operator's first words only; the uncredited copy gives the whole
# sentence, which it could not have taken from the source: it retells the Guardian's report.
_CUT = "The operator said it had brought the repairs forward after an inspection found cracks in both shafts."
_SAID = '"We found cracks in both shafts," the operator said.'
_WHOLE = (
    '"We found cracks in both shafts and we could not wait for the winter storms," the '
    "operator said."
)


def test_a_copy_quoting_past_the_source_that_declares_a_report_retells_the_report() -> None:
    source = FERRY.replace(_CUT, _SAID)
    copy = UNCREDITED.replace(
        "The repairs were moved up after inspectors discovered that both shafts had cracked, "
        "according to the company that runs the service.",
        _WHOLE,
    )
    result = newstrace.compare(copy, source)
    assert result.evidence.a.quote_words_added >= RETELLING_WORDS
    verdict = decided_again(result, _a_is_the_copy())
    assert verdict.relation == "shared_source"
    assert verdict.confidence == round(1 - RETELLING_COPY, 4)
    assert any("retells the report B cut" in reason for reason in verdict.reasons)
    # Quoting no further than the source, the copy is held as before, a copy still.
    held = decided_again(newstrace.compare(UNCREDITED, source), _a_is_the_copy())
    assert held.relation == "a_from_b"


def test_a_few_words_past_the_source_are_no_retelling() -> None:
    assert second_retelling(SideEvidence(8, 6, 8, 5, 0.7, 0.3, 12, 0.8, False, quote_words_added=4))
    assert not second_retelling(
        SideEvidence(8, 6, 8, 5, 0.7, 0.3, 12, 0.8, False, quote_words_added=3)
    )
