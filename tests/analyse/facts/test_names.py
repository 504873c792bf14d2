"""Names spelt differently; possessives, short forms and a place's adjective are not."""

from __future__ import annotations

import pytest

from tests.analyse.facts.aligned import Change, assert_changes


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # a given name a letter apart is another spelling, not a short form
        ("Ann Wagner joined.", "Anne Wagner joined.", [("name", "Ann Wagner", "Anne Wagner")]),
        # two letters apart in a long surname
        (
            "His lawyer, Aitan Goldman, spoke.",
            "His lawyer, Aitan Goelman, spoke.",
            [("name", "Aitan Goldman", "Aitan Goelman")],
        ),
        # a surname's last consonant doubled is a misspelling: a place's people add "n"
        # only to a vowel ("Cuba"/"Cuban")
        (
            "The coach, Dana Hartmann, resigned on Monday.",
            "Dana Hartman, the coach, resigned on Monday.",
            [("name", "Dana Hartmann", "Dana Hartman")],
        ),
        # a full name against the surname alone
        (
            "Trump praised Newt Gingrich and Rick Santorium.",
            "Trump went on to praise Gingrich and Santorum.",
            [("name", "Rick Santorium", "Santorum")],
        ),
        # a month is a name too
        (
            "Prime Minister Theresa May spoke.",
            "Prime Minister Theresa Mays spoke.",
            [("name", "Theresa May", "Theresa Mays")],
        ),
        # the titles before a name are not part of it
        (
            "Democratic Rep. Bruce Brayley spoke.",
            "Rep. Bruce Braley spoke.",
            [("name", "Bruce Brayley", "Bruce Braley")],
        ),
        # a possessive ends a name that no full name follows: the name is Robert Muller,
        # not "Russia" (as "The Atlantic's Julia Ioffe" names Julia Ioffe)
        (
            "He lied to the FBI in Robert Muller\u2019s Russia investigation.",
            "He lied to the FBI in special counsel Robert Mueller\u2019s investigation.",
            [("name", "Robert Muller\u2019s", "Robert Mueller\u2019s")],
        ),
        # a given name two letters apart past the same first four
        (
            "His aide, Laura Greene, sued him.",
            "He was sued by Lauren Greene, his aide.",
            [("name", "Laura Greene", "Lauren Greene")],
        ),
        # a surname spelt as it sounds, two letters apart in a short word
        (
            "Spokesman Peter Kerr declined to comment.",
            "Spokesman Peter Carr declined to comment.",
            [("name", "Peter Kerr", "Peter Carr")],
        ),
        # a title in the plural before the names it is of is not part of the first
        (
            "It wounded two agents, Crystal Greiner and David Bailey.",
            "It wounded Special Agents Crystal Griner and David Bailey.",
            [("name", "Crystal Greiner", "Crystal Griner")],
        ),
    ],
)
def test_a_name_spelt_differently(a: str, b: str, expected: list[Change]) -> None:
    assert_changes(a, b, expected)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("It is Robert Mueller's inquiry.", "It is Robert Mueller\u2019s inquiry."),
        ("Susan Collins said no.", "Susan Collins' vote was no."),
        ("They sued the government of Saudi Arabia.", "They sued the Saudi Arabian government."),
        ("Steve Mnuchin spoke.", "Steven Mnuchin spoke."),
        ("Chris Wray spoke.", "Christopher Wray spoke."),
        # two lone words say too little: Obama is not Osama misspelt
        ("Obama said so.", "Osama said so."),
        # parties and groups are not names
        ("House Republicans voted no.", "Every Republican voted no."),
        ("Senate Democrats objected.", "A Democrat objected."),
        # one surname, two people
        ("Jeb Bush and Laura Bush came.", "Jeb Bush came with Laura."),
        # accents, quotation marks, a family, a day
        ("Felipe Calder\u00f3n spoke.", "Felipe Calderon spoke."),
        ("He called it the 'Deep State' again.", "He called it the Deep State again."),
        ("Duncan Hunter was indicted.", "The Hunters were indicted."),
        ("He spoke on Monday.", "On Sunday he spoke."),
        # two surnames with the same consonants but more than two letters apart
        ("Peter Kirby spoke.", "Peter Crabbe spoke."),
    ],
)
def test_harmless_variants_of_a_name(a: str, b: str) -> None:
    assert_changes(a, b, [])


def test_a_weekday_after_a_name_is_not_part_of_it() -> None:
    a, b = "Michelle Obama Monday said so.", "Michelle Obama Sunday said so."
    assert_changes(a, b, [("date", "Monday", "Sunday")])


def test_a_law_is_no_person() -> None:
    from newstrace.analyse.facts.mentions import Passage
    from newstrace.analyse.facts.names import names

    assert names(Passage.of("The fund falls under the Clean Rivers Act.", 0)) == []


def test_a_law_named_on_one_side_leaves_the_sentences_about_one_person() -> None:
    # "Tom Reyes" against a law, not against another person: the day is still compared
    a = "Tom Reyes noted the governor signed it Tuesday."
    b = "The governor signed the Rivers Act on Monday."
    assert_changes(a, b, [("date", "Tuesday", "Monday")], copy=True)


def test_a_service_members_calling_is_no_part_of_the_name() -> None:
    # "Navy Sailor" before the name is a title: the given names are then compared
    a = "The officer in question is Micheal Torrance, who was jailed last year."
    b = "He was referring to Navy Sailor Michael Torrance, who was jailed last year."
    assert_changes(a, b, [("name", "Micheal Torrance", "Michael Torrance")], copy=True)


def test_a_name_both_write_alike_is_not_another_misspelt() -> None:
    # "Grove Street" is written alike on both sides: A's "Stroet" is no misspelling of it
    a = "The Grove Street main burst twice, Stroet said, and the Grove Street depot flooded."
    b = "The Grove Street main burst twice, and the Grove Street depot flooded."
    assert_changes(a, b, [], copy=True)


def test_a_conjunction_opening_a_sentence_is_no_given_name() -> None:
    # "After Ryan finished" names Ryan, the Paul Ryan of the copy: the two sentences are about
    # the same people, so the office changed between them is read
    from newstrace.analyse.facts.mentions import Passage
    from newstrace.analyse.facts.names import names

    found = names(Passage.of("After Ryan finished his answer, Biden laughed.", 0))
    assert [n.words for n in found] == [("Ryan",), ("Biden",)]
    a = "Paul Ryan had barely finished, on the killing of the U.S. consul in Libya, when Biden laughed."
    b = "After Ryan finished, on the death of the U.S. ambassador to Libya, Biden laughed."
    assert_changes(a, b, [("title", "U.S. consul", "U.S. ambassador")], copy=True)


def test_a_given_name_spelt_as_it_sounds() -> None:
    a = "The group's president, Kathy Herrod, scoffs at the critics."
    b = "The center's president, Cathi Herrod, has derided the critics."
    assert_changes(a, b, [("name", "Kathy Herrod", "Cathi Herrod")])


def test_a_person_after_the_body_of_an_office_is_compared_as_the_person() -> None:
    # "Director of National Intelligence Dan Coats" reads as one run of capitals; the
    # person is its last two words, misspelt in the copy
    a = "The mayor asked water chief Dan Coates and the fire chief to hold back."
    b = "The mayor asked Director of Public Utilities Dan Coats and the fire chief to hold back."
    assert_changes(a, b, [("name", "Dan Coates", "Dan Coats")], copy=True)
    assert_changes(a, b.replace("Coats", "Coates"), [], copy=True)


def test_a_calling_opening_a_sentence_is_no_given_name() -> None:
    # "Author" is what Lisa Romano does, not her given name: her given name is compared
    a = "The cover shows her against stark blue. Author Lisa Romano dubs her the queen of rage."
    b = "The cover shows her against blue, and author Lois Romano dubs her the queen of rage."
    assert_changes(a, b, [("name", "Lisa Romano", "Lois Romano")])
