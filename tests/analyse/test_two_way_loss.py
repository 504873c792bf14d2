"""Two-way loss: two rewrites of one report each drop details the other gives; a copy
drops only its source's (``two_way_loss`` in ``direction_model.py``)."""

from __future__ import annotations

from dataclasses import replace

import newstrace
from newstrace.analyse.direction import _two_way_loss_reason, decided_again
from newstrace.analyse.direction_model import TWO_WAY_LOSS_BEYOND, copy_features, load_model

# An invented council report ...
REPORT = (
    "The Harlow County council voted 7 to 2 on Tuesday to close the Elmwood branch "
    "library at the end of March, ending 64 years of service on Birch Street. Mayor "
    "Arthur Blake, Councillor Ruth Adeyemi and Councillor Sam Whitcombe backed the "
    "plan, which Finance Director Helen Marsh presented at the Harlow Civic Centre. "
    "Council chair Denise Okafor said the branch cost $410,000 a year to run and drew "
    "fewer than 90 visitors a day, a third of what it drew in 2015. The branch's 38,000 "
    "books will move to the central library on Main Street, and its six staff members "
    "will be offered posts there, Okafor said. Librarian Tomas Reyes, who has worked at "
    "Elmwood for 22 years, said the vote left families in the Northgate neighbourhood "
    "without a library within walking distance. About 150 residents packed the council "
    "chamber before the vote, and 41 of them spoke against the closure. Councillor Mark "
    "Hendry, one of the two who voted no, proposed keeping the branch open three days a "
    "week, but his motion failed 6 to 3. The county plans to sell the 1958 building, "
    "which needs a new roof estimated at $1.2 million, and to spend part of the "
    "proceeds on a mobile library van. A petition against the closure gathered 2,300 "
    "signatures in two weeks, organiser Priya Nandakumar said, and residents plan to "
    "ask the state library board to review the decision."
)
# ... two condensed rewrites of it, written independently, about as long as each other
# and close to it in wording: in the sentences they share, each keeps details the other
# cut (the vote count, the cost, the staff and the crowd against the branch's age, its
# books, its librarian's years and the vote on the motion) ...
ONE = (
    "The Harlow County council voted 7 to 2 on Tuesday to close the Elmwood branch "
    "library at the end of March, ending 64 years of service on Birch Street. Mayor "
    "Arthur Blake, Councillor Ruth Adeyemi and Councillor Sam Whitcombe backed the "
    "plan, which Finance Director Helen Marsh presented at the Harlow Civic Centre. "
    "Council chair Denise Okafor said the branch cost $410,000 a year to run and drew "
    "fewer than 90 visitors a day. Its books will move to the central library on Main "
    "Street, and its six staff members will be offered posts there, Okafor said. "
    "Librarian Tomas Reyes said the vote left families in the Northgate neighbourhood "
    "without a library within walking distance. About 150 residents packed the council "
    "chamber before the vote. Councillor Mark Hendry proposed keeping the branch open "
    "three days a week, but his motion failed. The county plans to sell the building, "
    "which needs a new roof estimated at $1.2 million. A petition against the closure "
    "gathered 2,300 signatures, organiser Priya Nandakumar said."
)
TWO = (
    "The Harlow County council voted on Tuesday to close the Elmwood branch library at "
    "the end of March, ending 64 years of service on Birch Street. Mayor Arthur Blake, "
    "Councillor Ruth Adeyemi and Councillor Sam Whitcombe backed the plan, which "
    "Finance Director Helen Marsh presented at the Harlow Civic Centre. Council chair "
    "Denise Okafor said the branch cost $410,000 a year and drew a third of the "
    "visitors it drew in 2015. The branch's 38,000 books will move to the central "
    "library on Main Street, Okafor said. Librarian Tomas Reyes, who has worked at "
    "Elmwood for 22 years, said the vote left families in the Northgate neighbourhood "
    "without a library within walking distance. Residents packed the council chamber, "
    "and 41 of them spoke against the closure. Councillor Mark Hendry proposed keeping "
    "the branch open three days a week, but his motion failed 6 to 3. The county plans "
    "to sell the 1958 building, which needs a new roof. A petition against the closure "
    "gathered 2,300 signatures, organiser Priya Nandakumar said."
)
# ... and one condensed copy of it.
COPY = (
    "Harlow County's council voted 7 to 2 on Tuesday to close the Elmwood branch "
    "library at the end of March. Mayor Arthur Blake, Councillor Ruth Adeyemi and "
    "Councillor Sam Whitcombe backed the plan, which Finance Director Helen Marsh "
    "presented at the Harlow Civic Centre. Council chair Denise Okafor said the branch "
    "cost $410,000 a year to run and drew fewer than 90 visitors a day. The branch's "
    "books will move to the central library on Main Street. About 150 residents packed "
    "the council chamber before the vote."
)


def test_two_rewrites_that_each_drop_details_of_the_other_are_not_called_a_copy() -> None:
    """Without ``two_way_loss`` the pair reads as a copy (0.91) and one is called the
    other's source; with it, two texts that each lost what the other kept share a source."""
    result = newstrace.compare(ONE, TWO)
    assert min(result.evidence.a.details_dropped, result.evidence.b.details_dropped) >= 3
    features = copy_features(result.coverage, result.evidence)
    assert features["two_way_loss"] > 0
    model = load_model()
    without = features | {"two_way_loss": 0.0}
    assert model.copy_probability(features) < model.copy_probability(without) - 0.2
    assert result.verdict.relation == "shared_source"
    assert newstrace.compare(TWO, ONE).verdict.relation == "shared_source"
    # ... and the reasons say why, in words a reader can check against the spans.
    said = [r for r in result.verdict.reasons if "each gives details the other lacks" in r]
    assert said and "a copy can only lose its source's details" in said[0]


def test_a_condensed_copy_is_still_a_copy() -> None:
    result = newstrace.compare(COPY, REPORT)
    assert copy_features(result.coverage, result.evidence)["two_way_loss"] == 0.0
    assert result.verdict.relation == "a_from_b"
    assert newstrace.compare(REPORT, COPY).verdict.relation == "b_from_a"
    assert not any("each gives details the other lacks" in r for r in result.verdict.reasons)


def test_the_reason_is_not_given_where_the_model_does_not_weigh_the_loss() -> None:
    """Between a text and one more than twice its length ``two_way_loss`` is 0 (a copy
    condenses), so the reasons do not name details lost both ways as a sign of siblings."""
    result = newstrace.compare(ONE, TWO)
    longer = replace(result.evidence.b, words=3 * result.evidence.a.words)
    evidence = replace(result.evidence, b=longer)
    assert min(evidence.a.details_dropped, evidence.b.details_dropped) > TWO_WAY_LOSS_BEYOND
    assert copy_features(result.coverage, evidence)["two_way_loss"] == 0.0
    model = load_model()
    terms = model.copy_terms(result.coverage, evidence)
    assert _two_way_loss_reason(evidence, terms) == []
    weighed = model.copy_terms(result.coverage, result.evidence)
    assert _two_way_loss_reason(result.evidence, weighed) != []


def test_the_reason_is_not_given_when_the_copy_model_is_not_asked() -> None:
    """With too little of either text traced outside quotations the copy model weighs
    nothing (``asks_copy_model``), the loss neither: fresh45's rw-582b, a condensed
    rewrite, gave it as the reason of a ``shared_source`` call at 1.00."""
    result = newstrace.compare(ONE, TWO)
    terms = load_model().copy_terms(result.coverage, result.evidence)
    assert _two_way_loss_reason(result.evidence, terms) != []
    assert _two_way_loss_reason(result.evidence, {}) == []
    little = replace(
        result.evidence,
        a=replace(result.evidence.a, outside_quotes=0.05),
        b=replace(result.evidence.b, outside_quotes=0.1),
    )
    comparison = replace(result, evidence=little)
    verdict = decided_again(comparison, load_model())
    assert not any("each gives details the other lacks" in r for r in verdict.reasons)
