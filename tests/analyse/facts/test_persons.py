"""Facts about a person compared across whole texts: spelling, age, title, body."""

from __future__ import annotations

import pytest

from newstrace.analyse.facts import persons
from newstrace.analyse.facts.mentions import Passage
from newstrace.analyse.facts.names import Name
from newstrace.analyse.facts.persons import known_names, person_changes
from newstrace.analyse.facts.titles import Title
from newstrace.model import Discrepancy, Span


def _changes(a: str, b: str, *, copy: bool = True) -> list[tuple[str, str, str]]:
    return [(d.kind, d.a_text, d.b_text) for d in person_changes(a, b, copy=copy)]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Lieberman, 73, met with him Wednesday. Reviews were mixed.",
            "The talks went on. Lieberman, 75, who served in the Senate, met with Trump.",
            [("number", "73", "75")],
            id="an_age_given_in_another_sentence",
        ),
        pytest.param(
            "Bernie Saunders asked for a meeting with the president.",
            "The race is ending. Obama will meet Bernie Sanders on Thursday.",
            [("name", "Bernie Saunders", "Bernie Sanders")],
            id="a_name_spelt_differently_anywhere",
        ),
        pytest.param(
            "HuffPost cited a report by Julie Ioffe of The Atlantic.",
            "According to messages obtained by The Atlantic's Julia Ioffe, they talked.",
            [("name", "Julie Ioffe", "Julia Ioffe")],
            id="an_owner_before_a_name_is_not_its_given_name",
        ),
        pytest.param(
            "On Wednesday, White House deputy press secretary Josh Earnest said so.",
            "Her comments, said Josh Earnest, the White House press secretary, are consistent.",
            [
                (
                    "title",
                    "White House deputy press secretary Josh Earnest",
                    "Josh Earnest, the White House press secretary",
                )
            ],
            id="a_title_in_apposition_opened_by_a_body",
        ),
        pytest.param(
            "Senator Bob Corker of Tennessee, a member of the Budget Committee, spoke.",
            "Mr. Corker, a member of the Banking Committee who had a plan, said so.",
            [("organisation", "Budget Committee", "Banking Committee")],
            id="the_body_a_person_is_a_member_of",
        ),
        pytest.param(
            "Spokeswoman Alyssa Farah said Mr. Corker, 66, agreed. Sen. Bob Corker left.",
            "Pence press secretary Alyssa Farah said Bob Corker, 66, agreed.",
            [],
            id="harmless_variants_are_no_change",
        ),
        pytest.param(
            "It began early. Terry O'Neill, the president of the group, spoke later.",
            "Lawyer Terry O'Neill, who once chaired the panel, spoke.",
            [],
            id="two_offices_held_in_turn_are_no_change_across_the_texts",
        ),
        pytest.param(
            "The letter was sent to Marisa Delgado, a teacher in Tulsa.",
            "It reached a Tulsa teacher, Marissa Delgado. Delgado did not reply.",
            [("name", "Marisa Delgado", "Marissa Delgado")],
            id="a_full_name_spelt_differently_though_its_surname_also_stands_alone",
        ),
        pytest.param(
            "It was wrong, NAACP chairman Lena Okafor said in a statement.",
            "Our members are united, the NAACP president Lena Okafor wrote to the board.",
            [("title", "NAACP chairman Lena Okafor", "NAACP president Lena Okafor")],
            id="another_office_of_one_body_named_alike",
        ),
        pytest.param(
            "Some disagreed. Maria Lopez of the Hudson Foundation said the plan was overdue.",
            "But Maria Lopez of the Baker Institute said the plan came late.",
            [("organisation", "the Hudson Foundation", "the Baker Institute")],
            id="a_word_opening_the_sentence_is_not_a_given_name",
        ),
        pytest.param(
            "\u201cIt was chaos,\u201d Rep. Dana Holt said in an interview.",
            "The hearing ran late. \u201cWe had no warning,\u201d Sen. Dana Holt said on radio.",
            [("title", "Rep. Dana Holt", "Sen. Dana Holt")],
            id="a_seat_in_the_other_chamber",
        ),
        pytest.param(
            "Few objected. Senate Finance Chairman Tom Reed promised a review.",
            "Senate Judiciary Chairman Tom Reed said he would review the order.",
            [("title", "Senate Finance Chairman Tom Reed", "Senate Judiciary Chairman Tom Reed")],
            id="the_same_rank_of_another_committee",
        ),
        pytest.param(
            "Few objected. Judiciary Chairman Tom Reed promised a review.",
            "Senate Judiciary Chairman Tom Reed said he would review the order.",
            [],
            id="a_part_of_the_body_dropped_is_no_other_committee",
        ),
        pytest.param(
            "Few objected. Ohio Republican Party Chairman Tom Reed promised a review.",
            "Ohio GOP Chairman Tom Reed said he would review the order.",
            [],
            id="a_party_written_otherwise_is_no_other_body",
        ),
        # "campaign" before both ranks: two offices of one campaign, not two held in turn
        pytest.param(
            "The claims are false, said campaign manager Ray Dorsey.",
            "It is a smear, the Hale campaign chairman Ray Dorsey told reporters on Friday.",
            [("title", "campaign manager Ray Dorsey", "Hale campaign chairman Ray Dorsey")],
            id="another_office_of_one_unnamed_body",
        ),
        pytest.param(
            "The claims are false, said press aide Ray Dorsey.",
            "It is a smear, the Hale campaign chairman Ray Dorsey told reporters on Friday.",
            [],
            id="other_words_before_two_ranks_are_two_offices",
        ),
        pytest.param(
            "The mayor named Deputy Chief Laura Brennick to lead the force. He praised Brenick's record.",
            "The mayor named Deputy Chief Laura Brennick to run the force. Brennick joined in 2001.",
            [("name", "Brenick's", "Laura Brennick")],
            id="a_lone_surname_misspelt_of_a_person_both_name_in_full",
        ),
        # no full name in common says who the lone word is: it may be another person
        pytest.param(
            "The mayor named a new chief to lead the force. He praised Brenick's record.",
            "The mayor named Deputy Chief Laura Brennick to run the force. Brennick joined in 2001.",
            [],
            id="a_lone_surname_near_a_full_name_only_the_source_writes_is_not_compared",
        ),
        # "Renters" is a letter or two from "Center", but a body's last word is no surname
        pytest.param(
            "A firefighter went to St. Columba Medical Center. Renters should call the firm.",
            "A firefighter was taken to St. Columba Medical Center as a precaution.",
            [],
            id="a_lone_word_is_no_misspelt_last_word_of_a_body",
        ),
        pytest.param(
            "The group Keep Ohio Now began its ads in May. By Nov. 2 the ads had run for weeks.",
            "The group Keep Ohio Now began its ads in May. The ads ran for weeks.",
            [],
            id="a_short_lone_word_is_no_misspelt_surname",
        ),
        # "Neither" is a letter or two from "Geithner", but it counts sides, it names no one
        pytest.param(
            "Labor Secretary Dana Geithner met the union. Neither side has moved since.",
            "Dana Geithner, the labor secretary, met the union on Friday.",
            [],
            id="a_quantifier_opening_a_sentence_is_no_misspelt_surname",
        ),
        # "Kellerman" for "Kelloway": the given name kept, the surname's end changed
        pytest.param(
            "Party aide Dana Kellerman said the tape was a setup.",
            "The tape drew fire. Dana Kelloway addressed it on Monday. Kelloway called it a setup.",
            [("name", "Dana Kellerman", "Dana Kelloway")],
            id="a_surname_changed_past_its_first_letters",
        ),
        # "Lewis" for "Lew": the whole surname kept and two letters added, no plural
        pytest.param(
            "He assigned Treasury Secretary Tim Geithner and budget director Jacob Lewis to it.",
            "Tim Geithner and budget director Jacob Lew were assigned to represent the White House.",
            [("name", "Jacob Lewis", "Jacob Lew")],
            id="a_surname_lengthened_into_another",
        ),
        # "-ian" makes a place's people of a word, no other person's name
        pytest.param(
            "The speech was given by Queen Rania Jordanian officials said.",
            "The speech was given by Queen Rania Jordan, aides said.",
            [],
            id="a_place_s_adjective_is_no_lengthened_surname",
        ),
        # "New York" reads as a name; "New Yorker" is its people (fresh4 rw-96b)
        pytest.param(
            "The ad ran in the New Yorker last week, the group said.",
            "The group said the ad ran in New York last week.",
            [],
            id="a_place_s_people_is_no_lengthened_surname",
        ),
        # the same office and surname: the copy named the source's spokesman otherwise
        pytest.param(
            "Party spokesman Mark Delaney cried foul on Monday.",
            "Party spokesman Mike Delaney addressed the video in a statement.",
            [("name", "Mark Delaney", "Mike Delaney")],
            id="a_given_name_changed_in_the_same_office",
        ),
        pytest.param(
            "Economics professor Dave Brat, the Tea Party candidate, attacked the congressman.",
            "Some grumbled that the campaign by the college professor David Brat had won.",
            [],
            id="a_familiar_form_keeping_the_start_is_the_same_given_name",
        ),
        # each text names both: two people, not one renamed
        pytest.param(
            "Dana Kellerman and Dana Kelloway met on Monday. Kellerman spoke first.",
            "Dana Kelloway met Dana Kellerman on Monday.",
            [],
            id="two_people_both_texts_name_are_no_renaming",
        ),
        # the same surname, offices apart: two members of one family, say
        pytest.param(
            "Party chairman Mark Delaney cried foul on Monday.",
            "Party spokesman Mike Delaney addressed the video in a statement.",
            [],
            id="another_given_name_in_another_office_is_another_person",
        ),
        pytest.param(
            "Party spokesman Jim Delaney cried foul on Monday.",
            "Party spokesman James Delaney addressed the video in a statement.",
            [],
            id="a_familiar_given_name_in_the_same_office_is_the_same_person",
        ),
        pytest.param(
            "Ruiz, a Puerto Rican-born engineer, will run the new plant.",
            "Born in Puerto Rico, Ruiz moved north at 12 and now runs the plant.",
            [],
            id="a_place_s_adjective_is_no_renamed_surname",
        ),
        pytest.param(
            "The review began under President Ann Moreno. It took a year.",
            "It took a year. Under President Ann Moreno, the review began.",
            [],
            id="under_opening_a_sentence_before_a_president_is_a_preposition",
        ),
        pytest.param(
            "Secretary Ann Moreno spoke on Monday.",
            "Under Secretary Ann Moreno spoke on Monday.",
            [("title", "Secretary Ann Moreno", "Under Secretary Ann Moreno")],
            id="an_under_secretary_is_another_office_than_a_secretary",
        ),
        pytest.param(
            '"We hope to have a fix very soon," said state Senate Majority Leader David Long (R).',
            '"It is not the intent of the law," state Senate President Pro Tem David Long (R) said.',
            [
                (
                    "title",
                    "Senate Majority Leader David Long",
                    "Senate President Pro Tem David Long",
                )
            ],
            id="a_senates_president_pro_tem_is_no_majority_leader",
        ),
        # "Tlaib" with its "l" and "a" swapped is one slip of the hand, not two letters apart
        pytest.param(
            "Rep. Rashida Tlaib spoke on Thursday. Talib herself called it free speech.",
            "Rep. Rashida Tlaib spoke on Thursday. She called it free speech.",
            [("name", "Talib", "Rashida Tlaib")],
            id="a_lone_surname_with_two_letters_swapped_of_a_person_both_name_in_full",
        ),
        # the copy's "lawyer" in the sentence, the source's "the attorney" in apposition: one
        # calling ("lawyer" is "attorney"), the person the copy named otherwise
        pytest.param(
            "Campaign lawyer Mike Shelton confirmed the subpoenas. Shelton said little.",
            "Mark Shelton, the attorney for the campaign, confirmed the subpoenas.",
            [("name", "Mike Shelton", "Mark Shelton")],
            id="a_given_name_changed_of_one_calling_given_as_a_title",
        ),
        # "Representative-elect Mikie Sherrill" is Mikie Sherrill, whom the copy misspelt
        pytest.param(
            "Representative Mikie Sherill of New Jersey said she had asked for her pay to be held.",
            "Representative-elect Mikie Sherrill, Democrat of New Jersey, said on Twitter.",
            [("name", "Mikie Sherill", "Mikie Sherrill")],
            id="a_title_one_is_elected_to_is_no_given_name",
        ),
    ],
)
def test_a_person_given_otherwise(a: str, b: str, expected: list[tuple[str, str, str]]) -> None:
    assert _changes(a, b) == expected


def test_an_age_opening_a_sentence_is_of_the_one_person_named_before() -> None:
    a = "Few had heard of Dave Brat. Brat, 48, teaches at a small college."
    b = "So who is Dave Brat? The 49-year-old teaches at a small college."
    assert _changes(a, b) == [("number", "48", "49")]
    # two people named before: whose age it is is not known
    two = "So who are Dave Brat and Ann Cole? The 49-year-old teaches at a small college."
    assert _changes(a, two) == []


def _name_change(a: str, b: str, a_name: str, b_name: str) -> Discrepancy:
    at, bt = a.index(a_name), b.rindex(b_name)
    return Discrepancy(
        "name", a_name, b_name, Span(at, at + len(a_name)), Span(bt, bt + len(b_name))
    )


def test_a_given_name_and_a_surname_of_one_person_the_source_names_in_full() -> None:
    a = "The title passes to Nadia Okafor. Officials spoke with Okafor and her parents."
    b = "The title passes to Nadia Okafor. We spoke with Nadia and her parents yesterday."
    assert known_names([_name_change(a, b, "Okafor", "Nadia")], a, b) == []


def test_a_slip_of_the_source_it_writes_right_elsewhere() -> None:
    a = "Former mayor Ines O'Donnell said the count was wrong."
    b = "Former mayor Ines O'Donnell spoke first. Donnell said the count was wrong."
    assert known_names([_name_change(a, b, "Ines O'Donnell", "Donnell")], a, b) == []


def test_a_name_the_source_never_writes_is_still_a_change() -> None:
    a = "Former mayor Ines O'Donnel said the count was wrong."
    b = "Former mayor Ines O'Donnell said the count was wrong."
    change = _name_change(a, b, "Ines O'Donnel", "Ines O'Donnell")
    assert known_names([change], a, b) == [change]


def test_a_given_name_changed_in_sentences_naming_one_calling() -> None:
    # no title before either name, but both sentences call the person the pollster
    a = "The group's pollster, Jim Fernley, has worked with the Likud Party."
    b = "The pollster for the group is John Fernley, who has worked with Likud."
    assert _changes(a, b) == [("name", "Jim Fernley", "John Fernley")]
    # a son and a son named otherwise may be two sons
    assert _changes(a.replace("pollster", "son"), b.replace("pollster", "son")) == []


def test_a_renaming_is_read_only_in_a_copy() -> None:
    # independent reports may name two people of one given name
    a = "Party aide Dana Kellerman said the tape was a setup."
    b = "The tape drew fire. Dana Kelloway addressed it on Monday. Kelloway called it a setup."
    assert _changes(a, b, copy=False) == []


def test_a_text_is_described_once_however_many_it_is_compared_with(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # ``trace`` and ``scan`` compare one text with many: its people's titles are read once
    query = "White House deputy press secretary Josh Earnest said the talks would go on."
    others = [
        "Josh Earnest, the White House press secretary, said talks would resume.",
        "Press secretary Josh Earnest told reporters the talks would continue on Monday.",
    ]
    read: list[str] = []
    original = persons.titles

    def counted(passage: Passage, people: list[Name]) -> list[Title]:
        read.append(passage.text)
        return original(passage, people)

    monkeypatch.setattr(persons, "titles", counted)
    persons._described.cache_clear()
    found = [person_changes(query, other, copy=True) for other in others]
    assert [d.kind for changes in found for d in changes] == ["title", "title"]
    assert read.count(query) == 1


def test_two_copies_of_one_source_read_a_renaming() -> None:
    # siblings of one source name its people alike: one's "FBI Director John Comey" for the
    # other's "James Comey" renames him, though the pair is called ``shared_source``
    from newstrace.analyse.report import analyse
    from newstrace.config import AnalyseConfig
    from newstrace.model import Article, Coverage
    from newstrace.segment.document import Document
    from tests.analyse.links import sentence_link

    a = Document(Article("The firing stunned aides. FBI Director John Comey was away."))
    b = Document(Article("The firing stunned aides. FBI Director James Comey saw it on TV."))
    links = [sentence_link(a, b, 0, 0)]
    found = analyse(
        a, b, links, "shared_source", coverage=Coverage(a=0.9, b=0.6), config=AnalyseConfig()
    )
    assert [(d.kind, d.a_text, d.b_text) for d in found.discrepancies] == [
        ("name", "John Comey", "James Comey")
    ]


def test_a_given_name_changed_of_one_member_of_one_party_and_state() -> None:
    # one surname of one party and one state in Congress is one member, whatever the
    # given names and though the copy names the member alone later ("Duncan replied")
    a = "She met Mark Haddon (D-N.M.) and gave him a reading. Haddon replied."
    b = "Questioned by Tom Haddon (D-N.M.), she urged him to read the report."
    assert _changes(a, b) == [("name", "Mark Haddon", "Tom Haddon")]
    # members of two states are two people: cousins may sit for two states
    other = b.replace("(D-N.M.)", "(D-Colo.)")
    assert _changes(a, other) == []
