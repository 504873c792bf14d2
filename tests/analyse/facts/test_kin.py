"""Bodies named alike but for their last word."""

from __future__ import annotations

from tests.analyse.facts.aligned import changes


def test_a_body_named_like_another_but_for_its_last_word() -> None:
    assert changes(
        "Local unions backed the strike, and Clean Water Action ran radio ads across the state.",
        "Clean Water Project, the largest such group, has run radio ads in every county of "
        "the state.",
    ) == [("organisation", "Clean Water Action", "Clean Water Project")]


def test_a_body_before_a_title_and_a_name() -> None:
    # "Clean Water Project Director Ann Hale" names the body she directs
    assert changes(
        "The plan is a good start, said Ann Hale, director of the Clean Water Action.",
        "The plan is a good start, said Clean Water Project Director Ann Hale.",
    ) == [("organisation", "Clean Water Action", "Clean Water Project")]
    assert (
        changes(
            "The plan is a good start, said Ann Hale, director of the Clean Water Project.",
            "The plan is a good start, said Clean Water Project Director Ann Hale.",
        )
        == []
    )


def test_people_of_one_name_are_not_bodies() -> None:
    assert (
        changes(
            "He met Treasury Secretary Jacob J. Lew in the morning, aides said.",
            "Aides said Treasury Secretary Jacob Lew held the meeting in the morning.",
        )
        == []
    )
    found = changes("Police held Cesar Sayoc Jr. at noon.", "Police held Cesar Sayoc Sr. at noon.")
    assert not any(kind == "organisation" for kind, _, _ in found)
