"""A name with a regnal number put for another, in a copy (``facts/regnal.py``)."""

from __future__ import annotations

from newstrace.analyse.facts.regnal import changed_holders


def _changes(a: str, b: str) -> list[tuple[str, str, str]]:
    return [(d.kind, d.a_text, d.b_text) for d in changed_holders(a, b)]


_A = "They set homework too: a compendium commissioned by Benedict XVI. Many signed."
_B = "The reading was a compendium, which was commissioned by Pope John Paul II and published."


def test_one_holder_of_a_line_for_another() -> None:
    assert _changes(_A, _B) == [("name", "Benedict XVI", "John Paul II")]


def test_a_holder_both_texts_name_is_no_change() -> None:
    assert _changes(_A, _B + " Benedict XVI later praised it.") == []
    assert _changes(_A, _B.replace("Pope John Paul II", "Pope Benedict XVI")) == []


def test_holders_in_frames_of_nothing_in_common_are_not_compared() -> None:
    b = "Pope John Paul II once visited the town. The reading was a compendium."
    assert _changes(_A, b) == []


def test_a_pronoun_after_a_capitalised_word_is_no_regnal_number() -> None:
    assert _changes("Then I signed it, a compendium.", "When I signed the compendium.") == []
