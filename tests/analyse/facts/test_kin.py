"""Bodies named alike but for their last word."""

from __future__ import annotations

import pytest

from newstrace.analyse.facts.kin import renamed_bodies
from newstrace.model import Article, Discrepancy
from newstrace.segment.document import Document
from tests.analyse.facts.aligned import Change, assert_changes, changes


def renamed(a: str, b: str) -> list[Discrepancy]:
    """The bodies renamed across the whole of two texts."""
    return renamed_bodies(Document(Article(a)), Document(Article(b)))


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Local unions backed the strike, and Clean Water Action ran radio ads across the state.",
            "Clean Water Project, the largest such group, has run radio ads in every county of "
            "the state.",
            [("organisation", "Clean Water Action", "Clean Water Project")],
            id="a_body_named_like_another_but_for_its_last_word",
        ),
        # "Clean Water Project Director Ann Hale" names the body she directs
        pytest.param(
            "The plan is a good start, said Ann Hale, director of the Clean Water Action.",
            "The plan is a good start, said Clean Water Project Director Ann Hale.",
            [("organisation", "Clean Water Action", "Clean Water Project")],
            id="a_body_before_a_title_and_a_name",
        ),
        pytest.param(
            "The plan is a good start, said Ann Hale, director of the Clean Water Project.",
            "The plan is a good start, said Clean Water Project Director Ann Hale.",
            [],
            id="the_same_body_before_a_title_and_a_name",
        ),
        pytest.param(
            "He met Treasury Secretary Jacob J. Lew in the morning, aides said.",
            "Aides said Treasury Secretary Jacob Lew held the meeting in the morning.",
            [],
            id="people_of_one_name_are_not_bodies",
        ),
    ],
)
def test_a_body_renamed_in_aligned_sentences(a: str, b: str, expected: list[Change]) -> None:
    assert_changes(a, b, expected)


def test_a_persons_suffix_is_no_body() -> None:
    found = changes("Police held Cesar Sayoc Jr. at noon.", "Police held Cesar Sayoc Sr. at noon.")
    assert not any(kind == "organisation" for kind, _, _ in found)


def test_a_group_named_after_a_party_s_members() -> None:
    # "Republicans" last names the group's members, no title of a person after it
    assert_changes(
        "The Blue Ridge Conservatives, a group of rural voters, praised the new water bill.",
        "The water bill was praised by the Blue Ridge Republicans, a rural voters' group.",
        [("organisation", "Blue Ridge Conservatives", "Blue Ridge Republicans")],
        copy=True,
    )


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # the copy's sentence is not aligned with the source's, yet the name is the body's
        pytest.param(
            "Ross spoke at the close of the Western Growers Farm Committee meeting on Friday.",
            "The Western Growers Farm Conference closed on Friday. Ross was its last speaker.",
            [("organisation", "Western Growers Farm Committee", "Western Growers Farm Conference")],
            id="a_body_renamed_in_a_sentence_aligned_elsewhere",
        ),
        # "New York City" is a place: the newspaper named after it is not it renamed
        pytest.param(
            "The New York Times first reported the deal on Friday.",
            "New York City's mayor signed the deal on Friday.",
            [],
            id="a_city_is_no_body_renamed",
        ),
        # a copy names its source's people, so a two-word name of its own against one of the
        # source's beginning alike is a body renamed
        pytest.param(
            "The ad was paid for by Ohio Forward, a group that backs the senator.",
            "Ohio Rising, a group that backs the senator, paid for the ad, its filing shows.",
            [("organisation", "Ohio Forward", "Ohio Rising")],
            id="a_body_of_two_words_renamed_across_a_copy",
        ),
        # two words of a person are no body: a surname written alone, a title before the
        # name, or a list of names
        pytest.param(
            "The ad was paid for by Dana Whitfield. Whitfield backs the senator.",
            "Dana Warfield paid for the ad, its filing shows.",
            [],
            id="a_surname_written_alone",
        ),
        pytest.param(
            "The ad was paid for by Sen. Dana Whitfield of the state.",
            "Dana Warfield paid for the ad, its filing shows.",
            [],
            id="a_title_before_the_name",
        ),
        pytest.param(
            "The ad was run by Dana Whitfield, John Moore and Pat Lee.",
            "The ad was run by Dana Warfield and John Moore, and Pat Lee.",
            [],
            id="a_list_of_names",
        ),
        # a surname misspelt is a person's name, read as one by ``persons.py``
        pytest.param(
            "The ad was paid for by Dana Whitfeld, its filing shows.",
            "Dana Whitfield paid for the ad, its filing shows.",
            [],
            id="a_surname_misspelt",
        ),
        # an adjective hyphened to a place is no name: "Puerto Rican-born" / "Puerto Rico"
        pytest.param(
            "The writer, born in Puerto Rico, paid for the ad.",
            "The Puerto Rican-born writer paid for the ad.",
            [],
            id="an_adjective_hyphened_to_a_place",
        ),
        # a headline capitalises its verb: "Kerry Says" / "Kerry Signals" is no body renamed,
        # in a headline line of its own or one in title case
        pytest.param(
            "Kerry Says talks are next\n\nThe talks resume in Geneva on Monday, officials said.",
            "Kerry Signals talks are next\n\nThe talks resume in Geneva on Monday, an aide said.",
            [],
            id="a_headline_line_of_its_own",
        ),
        pytest.param(
            "Kerry Says Talks Are Next.\n\nThe talks resume in Geneva on Monday, officials said.",
            "Kerry Signals Talks Are Next.\n\nThe talks resume in Geneva on Monday, an aide said.",
            [],
            id="a_headline_in_title_case",
        ),
        # an academy is not a college, though the names are of two lengths (rw-675)
        pytest.param(
            "He told graduates of the U.S. Naval Academy that the threat was real.",
            "He told U.S. Naval War College graduates at a ceremony that the threat was real.",
            [("organisation", "Naval Academy", "Naval War College")],
            id="a_school_named_with_another_kind_of_school_at_its_end",
        ),
        # a university holds its colleges: the whole named for its part is no other body
        pytest.param(
            "She studied at Kestrel University before joining the firm.",
            "She studied at the Kestrel Business School before joining the firm.",
            [],
            id="a_university_named_for_its_school",
        ),
    ],
)
def test_a_body_renamed_across_two_texts(a: str, b: str, expected: list[Change]) -> None:
    assert [(d.kind, d.a_text, d.b_text) for d in renamed(a, b)] == expected


def test_a_body_of_two_words_in_a_sentence_of_prose_below_a_line_of_prose() -> None:
    # the first line ends with a sentence's mark and is not in title case: no headline
    a = "Talks resume on Monday.\n\nThe ad was paid for by Ohio Forward, a group of donors."
    b = "Talks resume on Monday.\n\nOhio Rising, a group of donors, paid for the ad."
    assert [d.a_text for d in renamed(a, b)] == ["Ohio Forward"]


def test_the_source_names_a_school_of_the_copys_kind() -> None:
    # the source names a school of the copy's kind too: that one was renamed, if any
    a = "A Kestrel Police Academy study found the rules weak."
    b = (
        "A study by the Kestrel Fire Academy found the rules weak. "
        "Kestrel War College hosts the academy."
    )
    assert [d.b_text for d in renamed(a, b) if "College" in d.b_text] == []
