"""Times reckoned back from today, recast in a copy (``facts/ago.py``)."""

from __future__ import annotations

import pytest

from newstrace.analyse.facts.ago import times_back
from newstrace.analyse.facts.mentions import Passage
from tests.analyse.facts.aligned import Change, assert_changes


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (
            "As mayor, Lee signed the ban, which a judge threw out two years ago.",
            "As mayor, Lee signed the ban (which was overturned by a judge last year).",
            [("date", "two years ago", "last year")],
        ),
        (
            "The mill, shut eight years ago, is to reopen as a depot, the council said.",
            "The council said the mill, which closed a decade ago, would become a depot.",
            [("date", "eight years ago", "a decade ago")],
        ),
        (
            "Two weeks ago the mayor sided with residents who oppose the new depot.",
            "Last week, the mayor joined with neighbors fighting plans for a bus depot.",
            [("date", "Two weeks ago", "Last week")],
        ),
    ],
)
def test_a_time_back_from_today_recast_in_a_copy(a: str, b: str, expected: list[Change]) -> None:
    assert_changes(a, b, expected, copy=True)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one year back, said two ways
        (
            "As mayor, Lee signed the ban, which a judge threw out a year ago.",
            "As mayor, Lee signed the ban (which was overturned by a judge last year).",
        ),
        # "the last year" is a stretch up to today, not a time back
        (
            "Over the last year the mayor has sided with residents who oppose the depot.",
            "The mayor joined residents fighting the depot two years ago.",
        ),
        # two times back in one sentence: which was recast is not known
        (
            "The mill shut eight years ago and was sold two years ago, the council said.",
            "The council said the mill, which closed a decade ago, would become a depot.",
        ),
    ],
)
def test_no_time_back_changed(a: str, b: str) -> None:
    assert_changes(a, b, [], copy=True)


def test_read_only_for_a_copy() -> None:
    # independent reports reckon back from their own days
    a = "As mayor, Lee signed the ban, which a judge threw out two years ago."
    b = "As mayor, Lee signed the ban (which was overturned by a judge last year)."
    assert_changes(a, b, [])


def test_a_time_back_is_a_count_of_its_unit() -> None:
    text = "It shut a decade ago, reopened last month, was sold three weeks ago, years ago."
    found = times_back(Passage.of(text, 0))
    assert [(m.text, m.value, m.role) for m in found] == [
        ("a decade ago", "10", "year"),
        ("last month", "1", "month"),
        ("three weeks ago", "3", "week"),
    ]
