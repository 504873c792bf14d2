"""A count given with a figure on one side and with "a" on the other (``indefinite.py``)."""

from __future__ import annotations

import pytest

from tests.analyse.facts.aligned import Change, assert_changes


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (
            "The memo, which two board members leaked to the press, set a vote for May.",
            "The memo was handed to the Gazette by a board member and set a vote for May.",
            [("number", "two board members", "a board member")],
        ),
        # the other way round
        (
            "The plant closed a year ago, a union official said.",
            "The plant shut down three years ago, according to a union official.",
            [("number", "a year", "three years")],
        ),
        # a span of time in one role, after the same preposition
        (
            "The bridge will reopen in a month, the council said.",
            "The bridge will reopen in three months, the council said.",
            [("number", "a month", "three months")],
        ),
    ],
)
def test_a_count_given_with_an_article_in_the_source(
    a: str, b: str, expected: list[Change]
) -> None:
    assert_changes(a, b, expected, copy=True)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a sentence giving both forms speaks of both things
        (
            "A board member said two board members had resigned.",
            "A board member said members had resigned.",
        ),
        # an article after a figure and its unit makes a rate, no count
        (
            "Cleaners often worked 12 hours at a stretch.",
            "Cleaners worked long shifts for less than $9 an hour.",
        ),
        # a span of time in two roles: the window events fell in, how long one lasts
        (
            "Three tenants were evicted in a month, and the landlord has been fined.",
            "The landlord, who evicted three tenants, is barred from renting for at least"
            " three months.",
        ),
        # "one of" the figure counts: one of the two, as "a daughter" says
        (
            "Mary Cheney, a daughter of former Vice President Dick Cheney, wrote on Facebook.",
            "Mary Cheney, one of ex-Vice President Dick Cheney's two daughters, wrote online.",
        ),
        # no plural noun right after the figure: what it counts is not said alike
        (
            "He met two of the board members on Friday.",
            "He met a board member on Friday.",
        ),
    ],
)
def test_other_counts_are_not_changes(a: str, b: str) -> None:
    assert_changes(a, b, [], copy=True)


def test_independent_reports_are_not_read() -> None:
    a = "The memo, which two board members leaked to the press, set a vote for May."
    b = "The memo was handed to the Gazette by a board member and set a vote for May."
    assert_changes(a, b, [])


def test_a_span_reckoned_from_one_event_changed_in_aligned_sentences() -> None:
    # another unit, each with "a"; "several" (more than two) for two of the same unit
    a = "One message, sent a day after an earlier exchange, urged him to post a link."
    b = "In a message a week later, the group asked him to post a link."
    assert_changes(a, b, [("number", "a day after", "a week later")], copy=True)
    c = "The case was reopened only two months after Cole had declined to charge her."
    d = "The records reopened the case, several months after Cole said he would not charge."
    assert_changes(c, d, [("number", "two months after", "several months after")], copy=True)
    # independent reports may round a span; a month is four weeks; spans run other ways
    assert_changes(a, b, [])
    e = "In a message four weeks later, the group asked him to post a link."
    assert_changes(b.replace("a week", "a month"), e, [], copy=True)
    assert_changes(a.replace("after", "before"), b, [], copy=True)
    assert_changes(c.replace("two", "three"), d, [], copy=True)


def test_the_day_after_an_event_is_one_day_after_it() -> None:
    """ "the day after the primary" is one day after it, as "a day after" is (rw-673), an
    "And" before it no part of a figure; "the weeks after" counts no span."""
    a = "Two days after the primary, his aide went on the radio to praise the winner."
    b = "And the day after the primary, the senator went on the radio to praise the winner."
    assert_changes(a, b, [("number", "Two days after", "the day after")], copy=True)
    assert_changes(a.replace("Two days", "A day"), b, [], copy=True)
    c = "In the weeks after the primary, the senator went on the radio to praise the winner."
    assert_changes(a.replace("Two days", "Two weeks"), c, [], copy=True)
    # "a month to the day after" is exactly a month after, no day
    d = "At a news conference a month to the day after the primary, the senator spoke."
    e = "At a news conference exactly one month after the primary, the senator spoke."
    assert_changes(d, e, [], copy=True)
