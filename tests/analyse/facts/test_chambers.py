"""A body of one chamber put for the same body of the other (``facts/chambers.py``)."""

from __future__ import annotations

import pytest

from tests.analyse.facts.aligned import Change, changes


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # a party's members in one chamber, the sentence reworded around them
        (
            "The bill House Democrats released on Monday reads like a wish list.",
            "The proposal, which Senate Democrats unveiled on Monday, reads like a wish list.",
            [("organisation", "House Democrats", "Senate Democrats")],
        ),
        # a committee named after its type, its kind ("Permanent Select") no part of it
        (
            "The Senate Finance Committee had the letters, a source said.",
            "The House Permanent Select Committee on Finance had the letters, a source said.",
            [
                (
                    "organisation",
                    "Senate Finance Committee",
                    "House Permanent Select Committee on Finance",
                )
            ],
        ),
    ],
)
def test_a_body_of_the_other_chamber(a: str, b: str, expected: list[Change]) -> None:
    assert changes(a, b) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same chamber, named two ways
        (
            "The House Finance Committee had the letters, a source said.",
            "The House Permanent Select Committee on Finance had the letters, a source said.",
        ),
        ("House Republicans met on Monday to vote.", "House GOP members met on Monday to vote."),
        # a sentence about both chambers' members
        (
            "House Republicans and Senate Republicans met on Monday to vote.",
            "Senate Republicans met on Monday to vote.",
        ),
        # another party in the other chamber is another body, not one changed
        ("House Republicans met on Monday to vote.", "Senate Democrats met on Monday to vote."),
    ],
)
def test_no_body_of_the_other_chamber(a: str, b: str) -> None:
    assert changes(a, b) == []
