"""Dates in every common English form, compared part by part."""

from __future__ import annotations

import pytest

from tests.analyse.facts.aligned import Change, assert_changes


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # the British day-month order, not a number
        ("It opened on 14 March.", "It opened on March 15.", [("date", "14 March", "March 15")]),
        (
            "He was born on 9 June 2004.",
            "He was born on 9 June 2005.",
            [("date", "9 June 2004", "9 June 2005")],
        ),
        ("It began on the 3rd of May.", "It began on May 4.", [("date", "3rd of May", "May 4")]),
        ("They met on Jan. 3.", "They met on Jan. 4.", [("date", "Jan. 3", "Jan. 4")]),
        # a year among the same words
        (
            "She criticised the Bush administration in 2006, as a senator.",
            "As a senator in 2007, she criticised the Bush administration.",
            [("date", "2006", "2007")],
        ),
        (
            "He said so on Wednesday afternoon.",
            "He said so on Tuesday afternoon.",
            [("date", "Wednesday", "Tuesday")],
        ),
    ],
)
def test_a_changed_date(a: str, b: str, expected: list[Change]) -> None:
    assert_changes(a, b, expected)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("He was born on 9 June 2004.", "He was born on June 9, 2004."),
        ("It opened on March 14.", "It opened on Tuesday, March 14, 2017."),
        ("It opened on Tuesday.", "It opened on March 14."),
        ("The families of Sept. 11 victims sued.", "Families of the Sept. 11 victims sued."),
        ("Talks may resume in December.", "Talks resume in December, officials said."),
        # weekdays of independent reports are the days things were said
        (
            "Steele said, according to a video circulated by Democrats on Friday.",
            "Steele made the comments Thursday night, in which he said so.",
        ),
        ("Pressure on Michael Steele grew Sunday.", "Critics turned on Michael Steele on Friday."),
    ],
)
def test_the_same_date(a: str, b: str) -> None:
    assert_changes(a, b, [])


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # "since" says little alone; with "summer" around both, it is the same phrase
        pytest.param(
            "It was their first meeting since the summer of 2010, when talks fell apart.",
            "They had not met alone since the summer of 2011, when the search failed.",
            [("date", "2010", "2011")],
            id="a_year_after_the_same_little_word_among_one_more_in_common",
        ),
        pytest.param(
            "The plant has been closed since 2010 by order of the state.",
            "Prices have risen steadily since 2011, officials said.",
            [],
            id="a_year_after_the_same_little_word_alone_is_no_change",
        ),
        # one word in common ("Gowdy"), and an article before both dates: two dates of two things
        pytest.param(
            "Gowdy repeated a March 16 request to see the server.",
            "Gowdy set a May 1 deadline for her testimony.",
            [],
            id="two_dates_after_the_same_article_are_no_change",
        ),
        # "to" ends the span: after the same start, another end is the span changed
        pytest.param(
            "Ruiz, mayor from 1996 to 2004, backed the plan.",
            "Ms. Ruiz, who led the city council from 1996 to 2002, was clear in her support.",
            [("date", "2004", "2002")],
            id="the_end_of_a_span_from_the_same_year",
        ),
    ],
)
def test_a_date_paired_by_the_words_around_it(a: str, b: str, expected: list[Change]) -> None:
    assert_changes(a, b, expected)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # "than she had on Monday" sets another moment beside the event, dated Tuesday
        pytest.param(
            "Later, the mayor sounded far calmer than she had on Monday, saying the plan would pass.",
            "The mayor later struck a calmer tone Tuesday, saying the plan would pass.",
            [],
            id="a_day_compared_with_is_not_the_events",
        ),
        # no subject after "than": 2009 dates the event both sentences tell
        pytest.param(
            "The press has been far quieter than in 2009, when Ann Lee's remark cost her the seat.",
            "Recall the press outrage in 2011 when Ann Lee made a remark that cost her the seat.",
            [("date", "2009", "2011")],
            id="a_year_compared_with_and_told_is_read",
        ),
        # the source gives two dates, each among words the copy kept; the copy's "May 20"
        # redates the May one, not the March storm it left out
        pytest.param(
            "The mayor first promised repairs in a May 20 radio interview and kept her word.",
            "The mayor first promised repairs after the March 3 storm in a May 12 radio talk.",
            [("date", "May 20", "May 12")],
            id="a_changed_date_is_set_against_the_date_it_keeps_a_part_of",
        ),
        # "the 19 Sept. 11 hijackers": 19 counts the hijackers of Sept. 11, no "19 Sept."
        pytest.param(
            "In the 2001 attacks, 15 of the 19 hijackers were Saudi nationals.",
            "In the 2001 attacks, Fifteen of the 19 Sept. 11 hijackers were Saudi nationals.",
            [],
            id="a_day_before_a_month_and_its_own_day_is_a_count",
        ),
        # the whole ten years, as a reader takes it: "1980s" for "1970s", not "1980" for "1970"
        pytest.param(
            "Arrests at the border are at their lowest levels since the 1980s, the agency said.",
            "Arrests at the border are at their lowest levels since the 1970s, the agency said.",
            [("date", "1980s", "1970s")],
            id="a_decade_is_read_whole",
        ),
        pytest.param(
            "In the 1990s she ran the agency's enforcement arm, aides said.",
            "In the 1990's she ran the agency's enforcement arm, aides said.",
            [],
            id="a_decade_with_an_apostrophe_is_the_same_decade",
        ),
    ],
)
def test_a_date_in_a_copy(a: str, b: str, expected: list[Change]) -> None:
    """A is taken from B."""
    assert_changes(a, b, expected, copy=True)
