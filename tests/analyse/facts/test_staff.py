"""A named journalist's outlet put for another."""

from __future__ import annotations

import pytest

from newstrace.analyse.facts.mentions import Passage
from newstrace.analyse.facts.names import names
from newstrace.analyse.facts.staff import (
    changed_outlets,
    cited_as_noting,
    journalists_moved,
    journalists_outlets,
)
from tests.analyse.facts.aligned import assert_changes, changes


def test_another_outlet_for_one_columnist() -> None:
    a = "The row reached CNN, where Boston Globe columnist Adriana Cohen told Amanda Carpenter so."
    b = (
        "The allegations spilled over into an exchange on CNN between Amanda Carpenter and "
        "Boston Herald columnist Adriana Cohen, in which Cohen accused Carpenter."
    )
    assert_changes(a, b, [("organisation", "Boston Globe", "Boston Herald")])


@pytest.mark.parametrize(
    "b",
    [
        "On CNN, Globe columnist Adriana Cohen told Amanda Carpenter so.",
        "On CNN, former Boston Herald columnist Adriana Cohen told Amanda Carpenter so.",
        "On CNN, Boston Herald reporter Adriana Cohen told Amanda Carpenter so.",
        "On CNN, Boston Herald columnist Ann Cohen told Amanda Carpenter so.",
    ],
)
def test_one_outlet_shortened_a_past_post_or_another_post_is_no_change(b: str) -> None:
    a = Passage.of("On CNN, Boston Globe columnist Adriana Cohen told Amanda Carpenter so.", 0)
    other = Passage.of(b, 0)
    assert changed_outlets(a, names(a), other, names(other)) == []


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # the outlet's possessive before the name, against a post
        (
            "The Coastal Journal's Ada Brook writes that his support has vanished.",
            "The Bay Herald reporter Ada Brook writes of him today that his support has vanished.",
            ("organisation", "The Coastal Journal", "The Bay Herald"),
        ),
        # a name ending in "s" takes the possessive's mark alone (rw-664)
        (
            "The Coastal Times' Ada Brook writes that his support has vanished.",
            "The Bay Herald reporter Ada Brook writes of him today that his support has vanished.",
            ("organisation", "The Coastal Times", "The Bay Herald"),
        ),
        # the outlet written in after the name, the name misspelt too
        (
            '"He is poised to run," Ada Brooke writes in the Coastal Journal.',
            'Ada Brook in the Bay Herald today explains why, "He is poised to run."',
            ("organisation", "Coastal Journal", "Bay Herald"),
        ),
    ],
)
def test_another_outlet_in_a_byline(a: str, b: str, expected: tuple[str, str, str]) -> None:
    assert expected in changes(a, b)


@pytest.mark.parametrize(
    "b",
    [
        "Ada Brook of the Journal writes that his support has vanished.",
        "Ada Brook, formerly of the Bay Herald, writes that his support has vanished.",
        "Ada Brook of the Bay Herald Building writes that his support has vanished.",
        "Ann Brook of the Bay Herald writes that his support has vanished.",
    ],
)
def test_a_byline_shortened_past_or_of_another_person_is_no_change(b: str) -> None:
    a = "The Coastal Journal's Ada Brook writes that his support has vanished."
    assert [c for c in changes(a, b) if c[0] == "organisation"] == []


def test_another_name_cited_as_noting_a_fact() -> None:
    """ "As Roll Call notes" for "as TPM notes" (rw-665): the copy credits the fact to
    someone its source never named; the same citation, or one the other text names, is none."""
    a = "As Harbor Call notes, his district is 45 percent Latino."
    b = "He has been open to reform, and, as TPM notes, his district is 35 percent Latino."
    found = [(d.kind, d.a_text, d.b_text) for d in cited_as_noting(a, b)]
    assert found == [("organisation", "Harbor Call", "TPM")]
    assert cited_as_noting(a.replace("Harbor Call", "TPM"), b) == []
    assert cited_as_noting(a, b + " Harbor Call agreed.") == []


def test_a_journalists_outlet_is_read_whatever_credits_it() -> None:
    """The outlet given a journalist named in full is a fact of the person (rw-439's
    "Robert Costa of The Washington Times writes"), kept changed though a credit names it
    (``report._credited_spans``); an outlet credited alone is no journalist's."""
    text = "Robert Costa of The Washington Times writes that the race is close."
    (span,) = journalists_outlets(text)
    assert text[span.start : span.end] == "Washington Times"
    assert journalists_outlets("The race is close, according to The Huffington Post.") == []


def test_a_journalists_outlet_changed_wherever_each_text_names_the_person() -> None:
    """rw-486 (fresh37): the copy's "citing Robert Acosta of The Washington Times" against
    its source's "The Washington Post reporter Robert Costa", in sentences the aligner
    may not link; another journalist, or the same outlet, is no change."""
    a = (
        "With dismal polls and a money gap, he starts far behind, Fox News said, citing Robert"
        " Acosta of The Washington Times. Christie limps into the race today."
    )
    b = (
        "Christie enters the race with low poll numbers. The Washington Post reporter Robert"
        " Costa writes of Christie today that his status as the favorite has vanished."
    )
    found = [(d.kind, d.a_text, d.b_text) for d in journalists_moved(a, b)]
    assert found == [("organisation", "Washington Times", "The Washington Post")]
    assert journalists_moved(a.replace("Times", "Post"), b) == []
    assert journalists_moved(a.replace("Robert Acosta", "Maggie Haberman"), b) == []
