"""Bodies named alike but for their last word."""

from __future__ import annotations

from newstrace.analyse.facts.kin import renamed_bodies
from newstrace.model import Article, Discrepancy
from newstrace.segment.document import Document
from tests.analyse.facts.aligned import changes


def renamed(a: str, b: str) -> list[Discrepancy]:
    """The bodies renamed across the whole of two texts."""
    return renamed_bodies(Document(Article(a)), Document(Article(b)))


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


def test_a_group_named_after_a_party_s_members() -> None:
    # "Republicans" last names the group's members, no title of a person after it
    assert changes(
        "The Blue Ridge Conservatives, a group of rural voters, praised the new water bill.",
        "The water bill was praised by the Blue Ridge Republicans, a rural voters' group.",
        copy=True,
    ) == [("organisation", "Blue Ridge Conservatives", "Blue Ridge Republicans")]


def test_a_body_renamed_in_a_sentence_aligned_elsewhere() -> None:
    # the copy's sentence is not aligned with the source's, yet the name is the body's
    a = "Ross spoke at the close of the Western Growers Farm Committee meeting on Friday."
    b = "The Western Growers Farm Conference closed on Friday. Ross was its last speaker."
    found = [(d.kind, d.a_text, d.b_text) for d in renamed(a, b)]
    assert found == [
        ("organisation", "Western Growers Farm Committee", "Western Growers Farm Conference")
    ]


def test_a_city_is_no_body_renamed() -> None:
    # "New York City" is a place: the newspaper named after it is not it renamed
    a = "The New York Times first reported the deal on Friday."
    b = "New York City's mayor signed the deal on Friday."
    assert renamed(a, b) == []


def test_a_body_of_two_words_renamed_across_a_copy() -> None:
    # a copy names its source's people, so a two-word name of its own against one of the
    # source's beginning alike is a body renamed
    a = "The ad was paid for by Ohio Forward, a group that backs the senator."
    b = "Ohio Rising, a group that backs the senator, paid for the ad, its filing shows."
    found = [(d.kind, d.a_text, d.b_text) for d in renamed(a, b)]
    assert found == [("organisation", "Ohio Forward", "Ohio Rising")]


def test_two_words_of_a_person_are_no_body() -> None:
    # a surname written alone, a title before the name, or a list of names: people
    a = "The ad was paid for by Dana Whitfield. Whitfield backs the senator."
    b = "Dana Warfield paid for the ad, its filing shows."
    assert renamed(a, b) == []
    a = "The ad was paid for by Sen. Dana Whitfield of the state."
    assert renamed(a, b) == []
    a = "The ad was run by Dana Whitfield, John Moore and Pat Lee."
    b = "The ad was run by Dana Warfield and John Moore, and Pat Lee."
    assert renamed(a, b) == []
    # a surname misspelt is a person's name, read as one by ``persons.py``
    a = "The ad was paid for by Dana Whitfeld, its filing shows."
    b = "Dana Whitfield paid for the ad, its filing shows."
    assert renamed(a, b) == []
    # an adjective hyphened to a place is no name: "Puerto Rican-born" / "Puerto Rico"
    a = "The writer, born in Puerto Rico, paid for the ad."
    b = "The Puerto Rican-born writer paid for the ad."
    assert renamed(a, b) == []


def test_capitalised_words_of_a_headline_are_no_body() -> None:
    # a headline capitalises its verb: "Kerry Says" / "Kerry Signals" is no body renamed,
    # in a headline line of its own or one in title case
    a = "Kerry Says talks are next\n\nThe talks resume in Geneva on Monday, officials said."
    b = "Kerry Signals talks are next\n\nThe talks resume in Geneva on Monday, an aide said."
    assert renamed(a, b) == []
    a = "Kerry Says Talks Are Next.\n\nThe talks resume in Geneva on Monday, officials said."
    b = "Kerry Signals Talks Are Next.\n\nThe talks resume in Geneva on Monday, an aide said."
    assert renamed(a, b) == []
    # the same two names in a sentence of prose are read
    a = "Talks resume on Monday.\n\nThe ad was paid for by Ohio Forward, a group of donors."
    b = "Talks resume on Monday.\n\nOhio Rising, a group of donors, paid for the ad."
    assert [d.a_text for d in renamed(a, b)] == ["Ohio Forward"]


def test_a_school_named_with_another_kind_of_school_at_its_end() -> None:
    # an academy is not a college, though the names are of two lengths (rw-675)
    a = "He told graduates of the U.S. Naval Academy that the threat was real."
    b = "He told U.S. Naval War College graduates at a ceremony that the threat was real."
    found = [(d.kind, d.a_text, d.b_text) for d in renamed(a, b)]
    assert found == [("organisation", "Naval Academy", "Naval War College")]
    # a university holds its colleges: the whole named for its part is no other body
    a = "She studied at Kestrel University before joining the firm."
    b = "She studied at the Kestrel Business School before joining the firm."
    assert renamed(a, b) == []
    # the source names a school of the copy's kind too: that one was renamed, if any
    a = "A Kestrel Police Academy study found the rules weak."
    b = (
        "A study by the Kestrel Fire Academy found the rules weak. "
        "Kestrel War College hosts the academy."
    )
    assert [d.b_text for d in renamed(a, b) if "College" in d.b_text] == []
