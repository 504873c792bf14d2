"""Every form in which a text gives a detail (``analyse/detail_forms.py``)."""

from __future__ import annotations

from newstrace.analyse.detail_forms import given


def test_a_text_gives_a_detail_wherever_it_stands_and_however_it_is_written() -> None:
    forms = given(
        "Arkansas Gov. Asa Hutchinson won fourteen of the Republican-controlled "
        "Rovers Football Club's 1,000 U.S. games."
    )
    assert "arkansas" in forms  # opening a sentence
    assert "14" in forms  # spelt out
    assert "republican" in forms  # part of a compound
    assert {"football", "club"} <= forms  # a possessive cut
    assert {"1000", "u.s."} <= forms  # folded as details are
    assert "alabama" not in forms
