"""A body of one chamber put for the same body of the other (``facts/chambers.py``)."""

from __future__ import annotations

import pytest

from newstrace.analyse.facts.chambers import swapped_candidacies, swapped_committees
from tests.analyse.facts.aligned import Change, assert_changes


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
    assert_changes(a, b, expected)


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
    assert_changes(a, b, [])


def test_one_committee_of_a_chamber_put_for_another_anywhere_in_a_copy() -> None:
    a = (
        "Rep. Ed Royce, the Republican chairman of the House Armed Services Committee, wants"
        " the trophy plan shelved. He spoke on Friday."
    )
    b = (
        "The plan was put on hold. It came the day the top Republican on the House Foreign"
        " Affairs Committee called for a reversal. Rep. Ed Royce of California said so."
    )
    found = [(d.kind, d.a_text, d.b_text) for d in swapped_committees(a, b)]
    assert found == [
        ("organisation", "House Armed Services Committee", "House Foreign Affairs Committee")
    ]


def test_committees_listed_one_put_for_another() -> None:
    a = "A member of the Senate Armed Services and Intelligence committees, he is a hawk."
    b = "He sits on the Senate Foreign Relations and Senate Intelligence committees, aides say."
    found = [(d.a_text, d.b_text) for d in swapped_committees(a, b)]
    assert found == [("Senate Armed Services", "Senate Foreign Relations")]


@pytest.mark.parametrize(
    "b",
    [
        # one committee named two ways
        "The House Oversight and Government Reform Committee will hear him.",
        # the copy's committee named without its chamber: the source has it too
        "The House Judiciary Committee and the Oversight Committee will hear him.",
        # two committees of the chamber on the other side: which was replaced is unknown
        "The House Judiciary Committee and the House Ethics Committee will hear him.",
    ],
)
def test_committees_that_may_be_one_or_whose_swap_is_unknown(b: str) -> None:
    a = "He will appear before the House Oversight Committee next week."
    assert swapped_committees(a, b) == []


def test_a_candidates_race_put_in_the_other_chamber() -> None:
    # "a House candidate" for "a Senate candidate", in sentences not aligned (rw-670)
    a = "The feud grew. She answered her sister Ann, a House candidate in Wyoming."
    b = "Ann Lee, a Wyoming Senate candidate, spoke first. Her sister answered on Friday."
    found = [(d.kind, d.a_text, d.b_text) for d in swapped_candidacies(a, b)]
    assert found == [("title", "House candidate", "Senate candidate")]
    assert (
        swapped_candidacies(a.replace("a House candidate", "a candidate for the Senate"), b) == []
    )
    # a text naming candidates of both chambers tells of two races
    both = a + " Her rival is a Senate candidate."
    assert swapped_candidacies(both, b) == []
