"""Figures counting the same noun past the words describing it (``facts/nouns.py``)."""

from __future__ import annotations

from tests.analyse.facts.aligned import changes

_FIRMS = (
    "The audit, begun in 2019, covered six small regional water companies.",
    "Begun in 2019, the audit examined the books of five large regional water companies.",
)


def test_a_count_of_the_same_noun_past_other_describing_words() -> None:
    assert changes(*_FIRMS, copy=True) == [("number", "six", "five")]


def test_counts_of_independent_reports_are_not_read() -> None:
    assert changes(*_FIRMS) == []


def test_counts_of_two_nouns_are_not_compared() -> None:
    a = "The audit covered six small regional water companies."
    b = "The audit examined five large regional water boards."
    assert changes(a, b, copy=True) == []


def test_a_word_in_ous_describes_what_is_counted() -> None:
    # "previous" is no plural: the noun counted is the one after it
    a = "The board said she had misled it on two occasions last year."
    b = "The board said she had misled it on three previous occasions last year."
    assert changes(a, b, copy=True) == [("number", "two", "three")]


def test_a_figure_both_sentences_state_was_kept() -> None:
    # each side gives both counts, but only "seven ... matches" and "four matches" are read
    # as counting one noun: "seven" is in the source too, so it was not changed to "four"
    a = "The club withdrew, scrapping its seven unplayed matches and the four it had played."
    b = "The club withdrew; its seven fixtures left were scrapped and its four matches voided."
    assert changes(a, b, copy=True) == []


def test_a_count_by_its_order_of_size_given_as_another_in_a_copy() -> None:
    a = "The ban was dropped after hundreds of shop owners, teachers and parents spoke out."
    b = "The ban was changed amid a backlash, with dozens of shop owners and parents speaking out."
    assert changes(a, b, copy=True) == [("number", "hundreds", "dozens")]
    assert changes(a, b.replace("dozens", "hundreds"), copy=True) == []


def test_a_count_of_a_plural_without_an_s() -> None:
    a = "Cruz accused Trump of feeding the tabloid a tale that he had cheated with four women."
    b = "The tabloid published a story claiming that Cruz had extramarital affairs with five women."
    assert changes(a, b, copy=True) == [("number", "four", "five")]


def test_a_count_of_a_bodys_things_in_another_word_order() -> None:
    # "House seats" / "seats in the House": one thing counted, in copies and elsewhere
    a = "Republicans won 64 House seats in November, yet critics call him gaffe-prone."
    b = "Republicans picked up 63 seats in the House and 19 legislatures in November."
    assert changes(a, b) == [("number", "64", "63")]
    # the same order is left to counts.py; another body counts another thing
    assert changes(a, "Republicans picked up 63 seats in the Senate in November.") == []
