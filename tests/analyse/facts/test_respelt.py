"""A lone name misspelt after the same words, in a copy (``facts/respelt.py``)."""

from __future__ import annotations

from tests.analyse.facts.aligned import assert_changes

_HOMETOWN = (
    "The governor joins the race today with an announcement in his hometown of Livingstone.",
    "He will make the announcement today from his hometown of Livingston, officials said.",
)


def test_a_lone_name_misspelt_after_the_same_words_in_a_copy() -> None:
    assert_changes(*_HOMETOWN, [("name", "Livingstone", "Livingston")], copy=True)


def test_lone_names_of_independent_reports_are_not_compared() -> None:
    assert_changes(*_HOMETOWN, [])


def test_a_lone_name_after_other_words_is_not_compared() -> None:
    a = _HOMETOWN[0].replace("his hometown of", "the suburb of")
    assert_changes(a, _HOMETOWN[1], [], copy=True)


def test_a_plural_is_no_name_misspelt() -> None:
    a = "The vote went against the wishes of the Democrats, aides said on Friday."
    b = "The vote went against the wishes of the Democrat, an aide said."
    assert_changes(a, b, [], copy=True)


def test_a_places_people_is_no_name_misspelt() -> None:
    a = "The sanctions were a response to the hacking by Russia, the officials said."
    b = "The sanctions answered the hacking by Russians, officials said on Friday."
    assert_changes(a, b, [], copy=True)


def test_a_lone_given_name_misspelt_after_the_same_noun() -> None:
    # the word right before each says whose: "wife"
    a = "His wife, Sandy, was there too, and later she pleaded guilty herself."
    b = "Mr. Jackson's wife, Sandi, also accompanied him and later pleaded guilty."
    assert_changes(a, b, [("name", "Sandy", "Sandi")], copy=True)


def test_a_lone_name_misspelt_in_the_same_frame_across_the_whole_texts() -> None:
    from newstrace.analyse.facts.respelt import respelt_across

    a = '"I served there," he told a 2008 event in Norwood, words he now regrets.'
    b = "He said he had misspoken at a 2008 event in Norwold in which he said he served."
    found = [(d.kind, d.a_text, d.b_text) for d in respelt_across(a, b)]
    assert found == [("name", "Norwood", "Norwold")]
    c = b.replace("a 2008 event in", "a meeting in")
    assert respelt_across(a, c) == []
