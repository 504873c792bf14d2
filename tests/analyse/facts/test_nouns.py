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
