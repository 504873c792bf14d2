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


def _aligned(a: str, b: str, a_text: str = "", b_text: str = "") -> list[tuple[str, str, str]]:
    """``respelt_aligned`` of two sentences aligned whole, in texts that end with them."""
    from newstrace.analyse.facts.respelt import respelt_aligned
    from newstrace.model import Alignment, Span

    a_text, b_text = a_text + a, b_text + b
    a_at, b_at = len(a_text) - len(a), len(b_text) - len(b)
    pair = Alignment("paraphrase", 0.6, Span(a_at, len(a_text)), Span(b_at, len(b_text)), a, b)
    return [(d.kind, d.a_text, d.b_text) for d in respelt_aligned([pair], a_text, b_text)]


# The copy recasts the words before the town: no lead for ``respelt_names`` to tie them.
_RECAST = (
    "She was to speak at noon in Brookfielde, where she grew up.",
    "She'll give the speech today at noon from her native Brookfield, Ohio.",
)


def test_the_one_name_of_each_aligned_sentence_a_letter_apart_however_recast() -> None:
    assert _aligned(*_RECAST) == [("name", "Brookfielde", "Brookfield")]


def test_names_two_letters_apart_are_two_words() -> None:
    a = _RECAST[0].replace("Brookfielde", "Brookfields")
    b = _RECAST[1].replace("Brookfield", "Brookfiel")
    assert _aligned(a, b) == []


def test_a_name_the_other_text_spells_both_ways_is_no_change() -> None:
    # the source names the copy's spelling too: its one other spelling is its own slip
    assert _aligned(*_RECAST, b_text="Brookfielde is her home town. ") == []


def test_a_sentence_naming_two_names_of_its_own_is_not_read() -> None:
    # "Akron" is the source sentence's other name of its own: which was misspelt is unsaid
    b = _RECAST[1].replace("Ohio", "near Akron")
    assert _aligned(_RECAST[0], b) == []


def test_a_lone_name_a_letter_apart_after_the_same_lead_across_the_whole_texts() -> None:
    from newstrace.analyse.facts.respelt import respelt_across

    a = "The governor announces at ten in his hometown of Livingstone. Make room."
    b = "He will announce it today from his hometown of Livingston, aides said."
    found = [(d.kind, d.a_text, d.b_text) for d in respelt_across(a, b)]
    assert found == [("name", "Livingstone", "Livingston")]
    c = b.replace("Livingston", "Livingstown")  # two letters apart: the frame is too short
    assert respelt_across(a, c) == []
