"""A named journalist's outlet put for another."""

from __future__ import annotations

import pytest

from newstrace.analyse.facts.mentions import Passage
from newstrace.analyse.facts.names import names
from newstrace.analyse.facts.staff import changed_outlets
from tests.analyse.facts.aligned import changes


def test_another_outlet_for_one_columnist() -> None:
    a = "The row reached CNN, where Boston Globe columnist Adriana Cohen told Amanda Carpenter so."
    b = (
        "The allegations spilled over into an exchange on CNN between Amanda Carpenter and "
        "Boston Herald columnist Adriana Cohen, in which Cohen accused Carpenter."
    )
    assert changes(a, b) == [("organisation", "Boston Globe", "Boston Herald")]


@pytest.mark.parametrize(
    "b",
    [
        "On CNN, Globe columnist Adriana Cohen told Amanda Carpenter so.",
        "On CNN, former Boston Herald columnist Adriana Cohen told Amanda Carpenter so.",
        "On CNN, Boston Herald reporter Adriana Cohen told Amanda Carpenter so.",
        "On CNN, Boston Herald columnist Ann Cohen told Amanda Carpenter so.",
    ],
)
def test_one_outlet_shortened_a_past_post_or_another_post_is_no_change(b: str) -> None:
    a = Passage.of("On CNN, Boston Globe columnist Adriana Cohen told Amanda Carpenter so.", 0)
    other = Passage.of(b, 0)
    assert changed_outlets(a, names(a), other, names(other)) == []
