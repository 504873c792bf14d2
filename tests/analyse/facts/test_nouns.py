"""Figures counting the same noun past the words describing it (``facts/nouns.py``)."""

from __future__ import annotations

import pytest

from tests.analyse.facts.aligned import Change, assert_changes

_FIRMS = (
    "The audit, begun in 2019, covered six small regional water companies.",
    "Begun in 2019, the audit examined the books of five large regional water companies.",
)

_ORDER_OF_SIZE = (
    "The ban was dropped after hundreds of shop owners, teachers and parents spoke out.",
    "The ban was changed amid a backlash, with dozens of shop owners and parents speaking out.",
)

# "House seats" / "seats in the House": one thing counted, in copies and elsewhere
_HOUSE_SEATS = "Republicans won 64 House seats in November, yet critics call him gaffe-prone."


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            *_FIRMS,
            [("number", "six", "five")],
            id="a_count_of_the_same_noun_past_other_describing_words",
        ),
        pytest.param(
            "The audit covered six small regional water companies.",
            "The audit examined five large regional water boards.",
            [],
            id="counts_of_two_nouns_are_not_compared",
        ),
        # "previous" is no plural: the noun counted is the one after it
        pytest.param(
            "The board said she had misled it on two occasions last year.",
            "The board said she had misled it on three previous occasions last year.",
            [("number", "two", "three")],
            id="a_word_in_ous_describes_what_is_counted",
        ),
        # each side gives both counts, but only "seven ... matches" and "four matches" are
        # read as counting one noun: "seven" is in the source too, so it was not changed to
        # "four"
        pytest.param(
            "The club withdrew, scrapping its seven unplayed matches and the four it had played.",
            "The club withdrew; its seven fixtures left were scrapped and its four matches voided.",
            [],
            id="a_figure_both_sentences_state_was_kept",
        ),
        pytest.param(
            *_ORDER_OF_SIZE,
            [("number", "hundreds", "dozens")],
            id="a_count_by_its_order_of_size_given_as_another_in_a_copy",
        ),
        pytest.param(
            _ORDER_OF_SIZE[0],
            _ORDER_OF_SIZE[1].replace("dozens", "hundreds"),
            [],
            id="a_count_by_its_order_of_size_given_as_the_same",
        ),
        # rw-369 (fresh27), as rw-77 and rw-732: "firms" and "companies" name one thing
        pytest.param(
            "Another described PRISM, a program launched in 2007 that draws data from six big"
            " U.S. Internet firms, including Google and Apple.",
            "The Washington Post reported Thursday of the existence of a program launched in"
            " 2007 called PRISM, which tracks information from nine leading U.S. Internet"
            " companies: Microsoft, Yahoo, Google, Facebook, AOL, YouTube, Apple, PalTalk and"
            " Skype.",
            [("number", "six", "nine")],
            id="firms_and_companies_counted_are_one_noun",
        ),
        pytest.param(
            "Cruz accused Trump of feeding the tabloid a tale that he had cheated with four women.",
            "The tabloid published a story claiming that Cruz had extramarital affairs with five"
            " women.",
            [("number", "four", "five")],
            id="a_count_of_a_plural_without_an_s",
        ),
    ],
)
def test_a_count_in_a_copy(a: str, b: str, expected: list[Change]) -> None:
    assert_changes(a, b, expected, copy=True)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(*_FIRMS, [], id="counts_of_independent_reports_are_not_read"),
        pytest.param(
            _HOUSE_SEATS,
            "Republicans picked up 63 seats in the House and 19 legislatures in November.",
            [("number", "64", "63")],
            id="a_count_of_a_bodys_things_in_another_word_order",
        ),
        # the same order is left to counts.py; another body counts another thing
        pytest.param(
            _HOUSE_SEATS,
            "Republicans picked up 63 seats in the Senate in November.",
            [],
            id="a_count_of_another_bodys_things",
        ),
    ],
)
def test_a_count_in_independent_reports(a: str, b: str, expected: list[Change]) -> None:
    assert_changes(a, b, expected)
