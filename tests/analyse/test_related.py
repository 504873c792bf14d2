"""An uncalled pair half of one text of which is traced to the other is related
(``analyse/related.py``): ``shared_source``, never ``unrelated``."""

from __future__ import annotations

import newstrace
from newstrace.analyse.direction import decided_again
from newstrace.analyse.direction_model import DirectionModel
from newstrace.analyse.related import MIN_TRACED, related_reason
from newstrace.model import Coverage

FERRY = """The county's only car ferry will stop running for six weeks next month while engineers replace its worn propeller shafts.

Drivers will have to take the coast road instead, a detour of about forty minutes each way.

The operator said it had brought the repairs forward after an inspection found cracks in both shafts.

A passenger launch will still carry people on foot across the estuary every hour.

The harbour master has also asked the council to dredge the slipway before the summer season.

Ticket prices for the crossing rose by ten per cent in April, the second rise in two years.

Local traders say the closure will cost them customers during the spring fair."""

# Two of the report's sentences condensed in other words, and three short ones of the
# writer's own: most of the condensed text is traced, few of its own sentences firmly, and
# little of the report (fresh34's rw-449).
CONDENSED = """Engineers are to fit new propeller shafts to the county's sole vehicle ferry, which will be out of service for a month and a half from next month.

Motorists face a forty-minute detour in each direction along the coastal route while the work goes on.

Bad timing. Nobody asked us. Expect queues."""

NEVER_A_COPY = DirectionModel.from_dict(
    {
        "copy": {"intercept": -10.0, "weights": {}},
        "direction": {"weights": {}},
        "priors": {"date": {"log_ratio": 0.0}, "credit": {"log_ratio": 0.0}},
    }
)


def test_a_condensed_paraphrase_half_traced_is_a_shared_source_not_unrelated() -> None:
    result = newstrace.compare(CONDENSED, FERRY)
    assert not [x for x in result.alignments if x.kind != "paraphrase"]  # no shared wording
    assert result.coverage.a >= MIN_TRACED > result.coverage.b
    assert result.evidence.a.own_share < 0.5  # not told sentence by sentence
    verdict = decided_again(result, NEVER_A_COPY)
    assert verdict.relation == "shared_source"
    assert "of A is traced to B: the two tell one story" in verdict.reasons[0]
    assert related_reason(result.coverage)


def test_little_traced_and_no_quotation_alike_says_nothing() -> None:
    result = newstrace.compare(CONDENSED.split("\n\n")[-1], FERRY)
    assert max(result.coverage.a, result.coverage.b) < MIN_TRACED
    assert related_reason(result.coverage) == []


def test_half_of_one_text_traced_is_the_bound() -> None:
    assert related_reason(Coverage(a=0.3, b=MIN_TRACED))[0].startswith(
        "no passage shared word for word, yet 50% of B is traced to A"
    )
    assert related_reason(Coverage(a=0.49, b=0.3)) == []
