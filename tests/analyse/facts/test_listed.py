"""One member of a list put for another, the rest kept (``facts/listed.py``)."""

from __future__ import annotations

from newstrace.analyse.facts.listed import relisted_members
from tests.analyse.facts.aligned import assert_changes


def test_a_member_of_a_kept_list_put_for_another() -> None:
    a = "Retail chains including Target, Costco and Best Buy also wrote to the council to oppose it."
    b = (
        "The mayor's two deputies called for a veto, and retailers like Target, Costco and "
        "Home Depot all wrote to the council and expressed their opposition."
    )
    assert_changes(a, b, [("name", "Best Buy", "Home Depot")])


def test_a_member_written_longer_is_the_same_member() -> None:
    a = "Retail chains including Target, Costco and Best Buy also wrote to the council."
    b = "Retailers like Target, Costco and Best Buy Co. all wrote to the council."
    assert_changes(a, b, [])


def test_lists_sharing_one_member_are_two_lists() -> None:
    a = "Retail chains including Target, Costco and Best Buy also wrote to the council."
    b = "Retailers like Target, Walmart and Home Depot all wrote to the council."
    assert_changes(a, b, [])


def test_a_member_inside_another_members_word_is_another_member() -> None:
    a = "He railed against networks such as CNN, CBS and NBC in his remarks on Friday."
    b = "He railed against networks such as CNN, CBS and MSNBC, which he admitted watching."
    assert_changes(a, b, [("organisation", "NBC", "MSNBC")])


def test_a_listed_body_the_source_names_apart_put_for_another() -> None:
    a = "She holds degrees from Kestrel University, Fenwick University and Alder College."
    b = (
        "Lee got her doctorate from Kestrel University, her master's from Fenwick "
        "Theological Seminary and her bachelor's from Alder College."
    )
    assert_changes(
        a, b, [("organisation", "Fenwick University", "Fenwick Theological Seminary")], copy=True
    )
    # independent reports' sentences may name other schools
    assert_changes(a, b, [])
    # the source naming two other bodies: which one the list's stands for is unknown
    two = b.replace("Alder College.", "Alder College and Birch Academy.")
    assert_changes(a, two, [], copy=True)


# rw-704b: the copy opens with the list its source gives in its last sentence, reworded.
LISTING_SOURCE = (
    "He trailed Democratic nominee Hillary Clinton in the general election nearly the entire "
    "way.\n\nTrump wound up winning Wisconsin, Michigan and Pennsylvania by a total of 78,000 "
    "votes. Clinton had counted on winning all three."
)
LISTING_COPY = (
    "A razor-thin 87,000 votes in Wisconsin, Michigan and Ohio, three states Clinton thought "
    "were hers, put Donald Trump in the White House. It still doesn't quite feel real."
)


def test_a_member_of_a_kept_list_put_for_another_wherever_they_stand() -> None:
    found = [(d.kind, d.a_text, d.b_text) for d in relisted_members(LISTING_COPY, LISTING_SOURCE)]
    assert found == [("name", "Ohio", "Pennsylvania")]
    # the member spans are the texts'
    (change,) = relisted_members(LISTING_COPY, LISTING_SOURCE)
    assert LISTING_COPY[change.a_span.start : change.a_span.end] == "Ohio"
    assert LISTING_SOURCE[change.b_span.start : change.b_span.end] == "Pennsylvania"


def test_a_relisted_member_the_other_text_names_is_no_change() -> None:
    """A source that names Ohio elsewhere may list it in a list of its own."""
    source = LISTING_SOURCE + " He had also carried Ohio."
    assert relisted_members(LISTING_COPY, source) == []
    copy = LISTING_COPY + " Pennsylvania was closer still."
    assert relisted_members(copy, LISTING_SOURCE) == []


def test_a_list_read_on_past_a_full_stop_is_no_list() -> None:
    """ "... South Dakota and Maine. Which state goes next?": the last member read on into
    the next sentence ("Maine. Which") is no member put for the source's "Maine" (rw-153)."""
    copy = "Similar bills are moving in Tennessee, Kansas, South Dakota and Maine. Which state goes next?"
    source = (
        "Similar bills have been popping up in states including Tennessee, Kansas, South "
        "Dakota and Maine.\n\nCORRECTION: This article originally said otherwise."
    )
    assert relisted_members(copy, source) == []
