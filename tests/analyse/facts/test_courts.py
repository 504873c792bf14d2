"""A court's level changed in a copy (``facts/courts.py``)."""

from __future__ import annotations

import pytest

from tests.analyse.facts.aligned import Change, assert_changes


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (
            "As mayor, Lee signed a ban on the depot, which a state judge threw out.",
            "As mayor, Lee signed a ban on the depot (which was overturned by a federal judge).",
            [("title", "state judge", "federal judge")],
        ),
        (
            "Residents sued the county in federal court over the depot, their lawyer said.",
            "Their lawyer said residents had filed suit in state court to stop the depot.",
            [("organisation", "federal court", "state court")],
        ),
    ],
)
def test_another_courts_level_in_a_copy(a: str, b: str, expected: list[Change]) -> None:
    assert_changes(a, b, expected, copy=True)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same level, reworded
        (
            "As mayor, Lee signed a ban on the depot, which a federal judge threw out.",
            "As mayor, Lee signed a ban on the depot (which was overturned by a federal judge).",
        ),
        # two levels in one sentence: which was changed is not known
        (
            "A state judge upheld the ban, and a federal judge threw it out.",
            "The ban was overturned by a federal judge after the appeal.",
        ),
    ],
)
def test_no_courts_level_changed(a: str, b: str) -> None:
    assert_changes(a, b, [], copy=True)


def test_read_only_for_a_copy() -> None:
    a = "As mayor, Lee signed a ban on the depot, which a state judge threw out."
    b = "As mayor, Lee signed a ban on the depot (which was overturned by a federal judge)."
    assert_changes(a, b, [])
