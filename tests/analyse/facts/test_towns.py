"""A town spelt otherwise before the same state, in a copy (``facts/towns.py``)."""

from __future__ import annotations

from tests.analyse.facts.aligned import changes

_TOWNS = (
    "It began at the depot in Cedarsville, Ore., where drivers first walked out.",
    "The strike started at the Cedarville, Ore., depot when the drivers walked out.",
)


def test_a_town_misspelt_before_the_same_state_in_a_copy() -> None:
    assert changes(*_TOWNS, copy=True) == [("name", "Cedarsville, Ore.", "Cedarville, Ore.")]


def test_towns_of_independent_reports_are_not_compared() -> None:
    assert changes(*_TOWNS) == []


def test_towns_of_two_states_are_two_towns() -> None:
    a = "It began at the depot in Cedarsville, Ore., where drivers first walked out."
    b = "The strike started at the Cedarville, Wash., depot when the drivers walked out."
    assert changes(a, b, copy=True) == []


def test_another_town_of_the_state_is_not_a_misspelling() -> None:
    a = "It began at the depot in Salem, Ore., where drivers first walked out."
    b = "The strike started at the Eugene, Ore., depot when the drivers walked out."
    assert changes(a, b, copy=True) == []
