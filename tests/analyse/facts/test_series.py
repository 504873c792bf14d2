"""A figure replaced among figures two aligned sentences give alike (``facts/series.py``)."""

from __future__ import annotations

import pytest

from tests.analyse.facts.aligned import Change, assert_changes


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # what the figure counts said by the copy only
        (
            "Families would apply from abroad, with a cap of 40,000 requests and just 8,000"
            " visas overall.",
            "It would cap requests each year at 40,000 and limit the visas granted to 6,000.",
            [("number", "8,000", "6,000")],
        ),
        # what is counted said before one figure and after the other
        (
            "The storm flooded the valley overnight, drowning 12 cattle and injuring 30.",
            "More than 90 farms were hit: 12 cattle drowned and 24 injured in the night.",
            [("number", "30", "24")],
        ),
        # shares of a poll, the same unit on both sides
        (
            "The poll puts her at 31 percent, ahead of Mr. Hale's 22 percent.",
            "The poll has her at 31 percent (Mr. Hale trails at 19 percent).",
            [("number", "22", "19")],
        ),
    ],
)
def test_a_figure_replaced_among_figures_given_alike(
    a: str, b: str, expected: list[Change]
) -> None:
    assert_changes(a, b, expected, copy=True)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # no figure in common: nothing shows the sentences give one series
        (
            "The club drew 400 fans and sold 90 shirts.",
            "The club counted 450 visitors and handed out 70 flyers.",
        ),
        # far apart: two figures of two things
        (
            "The hospital hired 12 nurses this year and added 30 beds to its wards.",
            "This year 12 nurses joined the hospital, which also bought 90 new beds.",
        ),
        # a share set against a count
        (
            "Turnout reached 12 percent, and 40 percent of voters were young.",
            "About 12 percent turned out, 45 of them young.",
        ),
    ],
)
def test_figures_that_give_no_series_are_not_changes(a: str, b: str) -> None:
    assert_changes(a, b, [], copy=True)


def test_figures_of_independent_reports_are_not_read_as_a_series() -> None:
    a = "The yard built 14 ships in 1990 and 22 ships last year."
    b = "Its output rose from 14 ships in 1990 to 31 in the year just ended."
    assert_changes(a, b, [("number", "22", "31")], copy=True)
    assert_changes(a, b, [])


def test_a_year_replaced_among_years_given_alike() -> None:
    # two years in one order, the first agreed: the second is the year changed, though the
    # copy reworded all around it
    a = "The bridge was closed twice, in 1998 and 2004, both times for repairs."
    b = (
        "Records show the bridge was shut in 1998, when a barge struck a pier, and again "
        "in 2006, when its deck was rebuilt."
    )
    assert_changes(a, b, [("date", "2004", "2006")], copy=True)
    assert_changes(a, b, [])  # reports of their own may date other closures
