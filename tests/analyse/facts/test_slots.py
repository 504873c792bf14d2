"""Organisations and places in the same slot of two aligned sentences."""

from __future__ import annotations

import pytest

from tests.analyse.facts.aligned import Change, assert_changes, changes


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (
            "Paul Ryan, chairman of the House Budget Committee, spoke.",
            "Paul Ryan, chairman of the House Ways and Means Committee, spoke.",
            [("organisation", "House Budget Committee", "House Ways and Means Committee")],
        ),
        (
            "The Arizona Republican said on CNBC.",
            "McCain said on MSNBC\u2019s show.",
            [("organisation", "CNBC", "MSNBC\u2019s")],
        ),
        # a person paired with another organisation
        (
            "It cited a report by Julia Ioffe of The Atlantic on Monday.",
            "It cited a report by Julia Ioffe of The New Yorker on Monday.",
            [("organisation", "The Atlantic", "The New Yorker")],
        ),
        # the outlet someone works for, with no name of them
        (
            "The clip was first shared by a columnist for The Beacon.",
            "Days later a columnist for The Herald, a weekly paper upstate, put it online.",
            [("organisation", "The Beacon", "The Herald")],
        ),
        # two companies, whatever their legal form
        (
            "The chief executive of Acme Corp resigned.",
            "The chief executive of Beta Inc resigned.",
            [("organisation", "Acme Corp", "Beta Inc")],
        ),
        # a capitalised title before "of", and a name with two joining words
        (
            "Wayne Pacelle, the CEO of Humane Society International, spoke.",
            "Wayne Pacelle, the CEO of The Humane Society of the United States, spoke.",
            [
                (
                    "name",
                    "Humane Society International",
                    "The Humane Society of the United States",
                )
            ],
        ),
        # the outlet that owns a reporter's name
        (
            "She told CBS News' Martha Raddatz on Sunday.",
            "She told ABC News' Martha Raddatz on Sunday.",
            [("organisation", "CBS News", "ABC News")],
        ),
        (
            "As a senator from New Jersey, she spoke.",
            "As a senator from New York, she spoke.",
            [("name", "New Jersey", "New York")],
        ),
    ],
)
def test_another_name_in_the_same_slot(a: str, b: str, expected: list[Change]) -> None:
    assert_changes(a, b, expected)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "A lawyer at the Justice Department said so.",
            "A lawyer at the Department of Justice said so.",
        ),
        ("He said on Fox News.", "He said on Fox News Sunday."),
        (
            "The director of the FBI resigned.",
            "The director of the Federal Bureau of Investigation resigned.",
        ),
        ("The senator from the U.S. spoke.", "The senator from the United States spoke."),
        # two places named with "The", no outlet someone works for
        (
            "The clip was first shared by a crowd in The Hague.",
            "Days later a crowd in The Bronx, a borough of the city, put it online.",
        ),
        # two places with nothing in common: too little to say it is one slot
        # (the sentences end otherwise: two sentences ending alike but for their last
        # word are a swap, ``swaps.py``)
        ("He held a rally in Iowa.", "He held a rally in Ohio on Monday."),
        # people are compared as names, not by their slot
        ("A statement from John Smith said so.", "A statement from Mary Jones said so."),
        # a different slot
        ("He said on CNBC.", "He worked at MSNBC."),
        # the same slot, but another person's
        (
            "Sen. Mark Warner, top Democrat on the Senate Intelligence Committee, spoke.",
            "Rep. Adam Schiff, the senior Democrat on the House Intelligence Committee, spoke.",
        ),
        # a body's name is not a person whose organisation follows
        (
            "He spoke at the Council on Foreign Relations in Manhattan.",
            "He spoke before the Council on Foreign Relations in New York.",
        ),
        # organisations of two kinds
        (
            "A group is calling on the Internal Revenue Service.",
            "A group is calling on the NAACP to act.",
        ),
        # a name ends with its sentence: "Center. Expect" / "Center. Burton" are no names
        (
            "Muslims also died in the attacks on the World Trade Center. Expect more.",
            "Muslims were also killed in the attacks on the World Trade Center.\n\nBurton said so.",
        ),
    ],
)
def test_the_same_name_or_no_slot(a: str, b: str) -> None:
    assert_changes(a, b, [])


def test_a_broadcaster_someone_told() -> None:
    # no preposition before it: the acronym after "told" is the outlet spoken to
    assert_changes(
        "It will not work, Hale told NBC.",
        "The plan will not work and it will cost the city a great deal of money over the "
        "next ten years, Hale told CBS.",
        [("organisation", "NBC", "CBS")],
    )
    # a person someone told is no outlet's slot
    assert_changes(
        "It will not work, Hale told Ross.",
        "The plan will not work and it will cost the city a great deal of money over the "
        "next ten years, Hale told Cole.",
        [],
    )


def test_a_broadcaster_at_a_sentences_opening() -> None:
    assert_changes(
        "On NBC, Sen. Ann Hale called the plan reckless.",
        'Speaking on CBS\'s "Face the Nation," Sen. Ann Hale called the plan reckless.',
        [("organisation", "NBC", "CBS's")],
    )
    assert_changes(
        "On NBC's Sunday Forum, Sen. Ann Hale called the plan reckless.",
        'Speaking on CBS\'s "Face the Nation," Sen. Ann Hale called the plan reckless.',
        [("organisation", "NBC's", "CBS's")],
    )


def test_the_outlet_a_person_is_at() -> None:
    # "Dan Ames at Harper" says where he works, as "of" would: one person, two outlets
    a = "The plan has a price: Dan Ames at Harper puts its cost at about $3 million."
    b = "According to Dan Ames at The Courier, $3 million is what the plan will cost."
    assert_changes(a, b, [("organisation", "Harper", "The Courier")], copy=True)


def test_a_place_after_in_changed_in_a_copy() -> None:
    # after "in" a name says where: two places in one slot share no word and are one changed
    a = "Ms. Lee told a radio station in Tulsa that the plan was dead."
    b = "\u201cThe plan is dead,\u201d Ms. Lee told a radio station in Omaha."
    assert_changes(a, b, [("name", "Tulsa", "Omaha")], copy=True)
    assert_changes(a, b, [])  # independent reports may tell of two stations


def test_the_body_of_one_persons_office_in_apposition_in_a_copy() -> None:
    a = "Christine Lagarde, the head of the World Bank, called it the gravest threat."
    b = (
        "Christine Lagarde, the managing director of the International Monetary Fund,"
        " warned that it was the gravest threat."
    )
    expected = [("organisation", "World Bank", "International Monetary Fund")]
    assert_changes(a, b, expected, copy=True)
    assert_changes(a, b, [])  # independent reports may name either of a person's posts


def test_a_body_after_another_persons_office_is_not_in_apposition() -> None:
    a = "Joseph Biden, the vice president, is away. Secretary of State John Kerry said so."
    b = "Joseph Biden, who as president of the Senate would attend, is away."
    assert_changes(a, b, [], copy=True)


def test_a_body_named_with_an_alias_of_a_country_is_one_body() -> None:
    # "U.S." and "United States" name one country, so one chamber
    a = "Richard Blumenthal, the Democrat running for the U.S. Senate, defended his record."
    b = "Mr. Blumenthal, a Democrat now running for the United States Senate, defended his record."
    assert_changes(a, b, [], copy=True)
    assert changes(a.replace("U.S.", "Connecticut State"), b, copy=True) != []
