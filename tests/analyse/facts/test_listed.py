"""One member of a list put for another, the rest kept (``facts/listed.py``)."""

from __future__ import annotations

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
