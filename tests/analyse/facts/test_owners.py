"""One thing of two named owners, in a copy (``facts/owners.py``)."""

from __future__ import annotations

import pytest

from tests.analyse.facts.aligned import assert_changes

_POSTS = (
    "She will speak to members tonight at the Rotary Club hall in Dover.",
    "The senator is due to address members tonight at the Elks Lodge hall in Dover.",
)


def test_one_thing_of_two_named_owners_in_a_copy() -> None:
    assert_changes(*_POSTS, [("organisation", "Rotary Club hall", "Elks Lodge hall")], copy=True)


def test_owners_of_independent_reports_are_not_compared() -> None:
    assert_changes(*_POSTS, [])


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # "the Gallup poll" / "the Gallup-Knight poll": one pollster, another partner or none
        pytest.param(
            "Turnout rose in the Gallup poll of likely voters, a report said.",
            "Turnout rose in the Gallup/Knight poll of likely voters, the report said.",
            [],
            id="owners_sharing_a_word_are_not_compared",
        ),
        pytest.param(
            "Staff at the Federal Aviation Administration's safety office in Denver were told.",
            "Staff at the FAA safety office in Denver were told, officials said.",
            [],
            id="a_name_and_its_initials_are_one_owner",
        ),
        # "the American consulate" / "the United States consulate": one government's building
        pytest.param(
            "Protesters gathered outside the American consulate in Lagos on Friday.",
            "On Friday protesters gathered outside the United States consulate in Lagos.",
            [],
            id="a_country_and_its_adjective_are_one_owner",
        ),
        # "the U.N." for "the United Nations General Assembly": the copy says less, not another
        pytest.param(
            "Republicans hit Obama for snubbing Netanyahu at the U.N. later this month.",
            "The GOP attacked him for not meeting Netanyahu at the United Nations General Assembly later this month.",
            [],
            id="the_initials_of_a_bodys_first_words_name_the_body_of_a_part",
        ),
        pytest.param(
            "Republicans hit Obama for snubbing Netanyahu at the W.H. later this month.",
            "The GOP attacked him for not meeting Netanyahu at the United Nations General Assembly later this month.",
            [("organisation", "W.H. later", "United Nations General Assembly later")],
            id="initials_of_other_first_words_are_another_owner",
        ),
    ],
)
def test_one_thing_of_two_owners_in_a_copy(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    assert_changes(a, b, expected, copy=True)
