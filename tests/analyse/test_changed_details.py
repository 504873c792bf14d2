"""A changed fact is not a detail lost: a copy that tells "Saturday" as "Friday" has the
same place filled with another value (``clues.changed_details``), which the direction
must not read as a detail the source lacks (fresh40's rw-530, read the wrong way)."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

import newstrace
from newstrace.analyse.clues import changed_details
from newstrace.analyse.direction_model import copy_features, direction_features

# An invented report ...
SOURCE = (
    "Senator Ada Park spoke to hundreds of farmers at a rally in Dayton on Saturday, "
    "promising to fight for the drought relief bill until it reaches the president's desk. "
    "She later said on the ABC News program This Week that the bill would pass before the "
    "summer recess, whatever the leaders of her own party thought of it. The bill has 41 "
    "sponsors in the Senate and would cost $2 billion over five years, according to "
    "budget analysts who reviewed the text for the committee. Farm groups in Ohio and "
    "Indiana have backed the measure, and a vote is expected in the Senate in March."
)
# ... and its copy, word for word but for a day and a figure changed and one figure cut.
COPY = (
    "Senator Ada Park spoke to hundreds of farmers at a rally in Dayton on Friday, "
    "promising to fight for the drought relief bill until it reaches the president's desk. "
    "She later said on the ABC News program This Week that the bill would pass before the "
    "summer recess, whatever the leaders of her own party thought of it. The bill has "
    "sponsors in the Senate and would cost $3 billion over five years, according to "
    "budget analysts who reviewed the text for the committee. Farm groups in Ohio and "
    "Indiana have backed the measure, and a vote is expected in the Senate in March."
)


def test_a_value_in_the_same_place_is_a_change() -> None:
    own = "a rally in Dayton on Friday, promising to fight"
    other = "a rally in Dayton on Saturday, promising to fight"
    assert changed_details(own, other) == {"saturday"}
    # A detail cut without another in its place is no change.
    assert changed_details("a rally in Dayton, promising", "a rally in Dayton on Saturday") == set()


def test_the_copys_changes_are_not_the_sources_losses() -> None:
    """Without the rule the source "lacks" the copy's Friday and $3 billion (2 dropped
    against the copy's 3) and the direction leans towards the source as the copy."""
    result = newstrace.compare(COPY, SOURCE)
    copy, source = result.evidence.a, result.evidence.b
    assert (source.details_dropped, source.details_changed) == (0, 2)
    assert (copy.details_dropped, copy.details_changed) == (1, 2)  # "41" cut
    assert direction_features(result.coverage, result.evidence)["details"] > 0
    assert result.verdict.relation == "a_from_b"


def test_the_two_way_loss_still_counts_changed_values() -> None:
    """Two rewrites that each changed a fact each lack the other's value: the copy
    model's two-way loss weighs dropped and changed alike (``direction_model.lacking``)."""
    result = newstrace.compare(COPY, SOURCE)
    side = replace(result.evidence.a, details_dropped=0, details_changed=6)
    evidence = replace(result.evidence, a=side, b=side)
    assert copy_features(result.coverage, evidence)["two_way_loss"] > 0


def test_changes_both_texts_show_weigh_as_a_common_count() -> None:
    """The direction weighs what each dropped with the swaps both show added to each:
    taken out of both, one detail dropped against five (sib-19, two rewrites of one
    article) read surer than it was fitted on and called a sibling a copy."""
    result = newstrace.compare(COPY, SOURCE)
    one = replace(result.evidence.a, details_dropped=0, details_changed=1)
    other = replace(result.evidence.b, details_dropped=4, details_changed=1)
    features = direction_features(result.coverage, replace(result.evidence, a=one, b=other))
    assert features["details"] == pytest.approx(math.log1p(1) - math.log1p(5))
    # A change one text shows and the other does not (the old value kept elsewhere, as
    # rw-530's "Saturday") weighs nothing.
    one = replace(one, details_changed=2)
    other = replace(other, details_dropped=0)
    features = direction_features(result.coverage, replace(result.evidence, a=one, b=other))
    assert features["details"] == pytest.approx(0.0)
