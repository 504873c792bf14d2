"""A town spelt otherwise before the same state, in a copy (``facts/towns.py``)."""

from __future__ import annotations

import pytest

from newstrace.analyse.facts.mentions import Passage
from newstrace.analyse.facts.towns import _towns
from tests.analyse.facts.aligned import assert_changes

_TOWNS = (
    "It began at the depot in Cedarsville, Ore., where drivers first walked out.",
    "The strike started at the Cedarville, Ore., depot when the drivers walked out.",
)


def test_a_town_misspelt_before_the_same_state_in_a_copy() -> None:
    assert_changes(*_TOWNS, [("name", "Cedarsville, Ore.", "Cedarville, Ore.")], copy=True)


def test_towns_of_independent_reports_are_not_compared() -> None:
    assert_changes(*_TOWNS, [])


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "It began at the depot in Cedarsville, Ore., where drivers first walked out.",
            "The strike started at the Cedarville, Wash., depot when the drivers walked out.",
            [],
            id="towns_of_two_states_are_two_towns",
        ),
        # each sentence places the event in one town of the state: the copy moved it
        pytest.param(
            "It began at the depot in Salem, Ore., where drivers first walked out.",
            "The strike started at the Eugene, Ore., depot when the drivers walked out.",
            [("name", "Salem, Ore.", "Eugene, Ore.")],
            id="another_town_of_the_state_in_a_copy_is_a_changed_place",
        ),
        # which of the copy's towns stands for the source's is not known
        pytest.param(
            "It began at the depot in Salem, Ore., and spread to Bend, Ore., within a day.",
            "The strike started at the Eugene, Ore., depot when the drivers walked out.",
            [],
            id="a_copy_naming_two_towns_of_the_state_moved_nothing",
        ),
        pytest.param(
            "It began at the depot in Salem, Ore., where drivers from Eugene first walked out.",
            "The strike started at the Eugene, Ore., depot when the drivers walked out.",
            [],
            id="a_town_the_other_sentence_also_names_moved_nothing",
        ),
        # "San Marcos" and "Fort Worth" are places, not two people each sentence names alone
        pytest.param(
            "Ms. Lowry, speaking at a May dinner in San Marcos, Tex., said the plan was dead.",
            "Ms. Lowry, speaking at a May dinner in Fort Worth, Tex., said the plan was dead.",
            [("name", "San Marcos, Tex.", "Fort Worth, Tex.")],
            id="towns_before_a_state_are_no_people_the_sentences_are_about",
        ),
        # "Fort Myers" and "West Palm Beach" are where the airtime runs, not people: the two
        # sentences are about one group, so its sum is compared (``typed.changed_sums``)
        pytest.param(
            "The group, run by strategists Ned Warfel and Jo Lane, has booked $600,000 of airtime.",
            "They have reserved $500,000 of airtime in Fort Myers, West Palm Beach and Miami.",
            [("number", "600,000", "500,000")],
            id="places_named_as_such_are_no_people_the_sentence_is_about",
        ),
        pytest.param(
            "He makes it official at 11 a.m. in his hometown of Livingstone, New Jersey, with poor polls.",
            "He will make the announcement today at 11 a.m. from his hometown of Livingston, New Jersey.",
            [("name", "Livingstone, New Jersey", "Livingston, New Jersey")],
            id="a_town_misspelt_before_the_states_name_written_out",
        ),
    ],
)
def test_a_town_spelt_otherwise_in_a_copy(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    assert_changes(a, b, expected, copy=True)


@pytest.mark.parametrize(
    "text",
    [
        "The bill was written by Pete Sessions, Texas Republican, and passed.",  # his party
        "The storms hit Ohio, Texas, and Florida overnight.",  # states listed
    ],
)
def test_a_state_written_out_places_no_town_unless_closed_alone(text: str) -> None:
    assert _towns(Passage.of(text, 0)) == []


def test_one_town_of_a_state_for_another_across_the_whole_texts() -> None:
    from newstrace.analyse.facts.towns import placed_towns

    a = "The panel subpoenaed two of his firms, both in Dunmore, Va. He was silent."
    b = "Warner named the businesses. Both are based in Oakvale, Va. The panel met Monday."
    found = [(d.kind, d.a_text, d.b_text) for d in placed_towns(a, b)]
    assert found == [("name", "Dunmore, Va.", "Oakvale, Va.")]
    c = b.replace("The panel met Monday.", "A third is in Dunmore, Va.")
    assert placed_towns(a, c) == []
