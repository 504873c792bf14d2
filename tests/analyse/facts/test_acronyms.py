"""An acronym put for another a letter apart, in a copy (``facts/acronyms.py``)."""

from __future__ import annotations

from tests.analyse.facts.aligned import assert_changes

_OUTLETS = (
    "The plan is reckless, Mayor Lena Ortiz told KBX's morning show on Monday.",
    "The plan is reckless, Mayor Lena Ortiz said in an interview on the KBW morning show.",
)


def test_an_acronym_a_letter_apart_in_a_copy() -> None:
    assert_changes(*_OUTLETS, [("organisation", "KBX", "KBW")], copy=True)


def test_acronyms_of_independent_reports_are_not_compared() -> None:
    assert_changes(*_OUTLETS, [])


def test_acronyms_further_apart_are_not_compared() -> None:
    a = "The plan is reckless, Mayor Lena Ortiz told KBX's morning show on Monday."
    b = "The plan is reckless, Mayor Lena Ortiz said in an interview on the WNY morning show."
    assert_changes(a, b, [], copy=True)


def test_an_acronym_the_other_sentence_also_writes_is_no_change() -> None:
    a = "The plan is reckless, Mayor Lena Ortiz told KBX's morning show on Monday."
    b = "The plan is reckless, Mayor Lena Ortiz said on the KBW morning show, KBX reported."
    assert_changes(a, b, [], copy=True)
