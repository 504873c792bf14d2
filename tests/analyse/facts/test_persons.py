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


def test_an_age_given_in_another_sentence() -> None:
    a = "Lieberman, 73, met with him Wednesday. Reviews were mixed."
    b = "The talks went on. Lieberman, 75, who served in the Senate, met with Trump."
    assert _changes(a, b) == [("number", "73", "75")]


def test_an_age_opening_a_sentence_is_of_the_one_person_named_before() -> None:
    a = "Few had heard of Dave Brat. Brat, 48, teaches at a small college."
    b = "So who is Dave Brat? The 49-year-old teaches at a small college."
    assert _changes(a, b) == [("number", "48", "49")]
    # two people named before: whose age it is is not known
    two = "So who are Dave Brat and Ann Cole? The 49-year-old teaches at a small college."
    assert _changes(a, two) == []


def test_a_name_spelt_differently_anywhere() -> None:
    a = "Bernie Saunders asked for a meeting with the president."
    b = "The race is ending. Obama will meet Bernie Sanders on Thursday."
    assert _changes(a, b) == [("name", "Bernie Saunders", "Bernie Sanders")]


def test_an_owner_before_a_name_is_not_its_given_name() -> None:
    a = "HuffPost cited a report by Julie Ioffe of The Atlantic."
    b = "According to messages obtained by The Atlantic's Julia Ioffe, they talked."
    assert _changes(a, b) == [("name", "Julie Ioffe", "Julia Ioffe")]


def test_a_title_in_apposition_opened_by_a_body() -> None:
    a = "On Wednesday, White House deputy press secretary Josh Earnest said so."
    b = "Her comments, said Josh Earnest, the White House press secretary, are consistent."
    assert _changes(a, b) == [
        (
            "title",
            "White House deputy press secretary Josh Earnest",
            "Josh Earnest, the White House press secretary",
        )
    ]


def test_the_body_a_person_is_a_member_of() -> None:
    a = "Senator Bob Corker of Tennessee, a member of the Budget Committee, spoke."
    b = "Mr. Corker, a member of the Banking Committee who had a plan, said so."
    assert _changes(a, b) == [("organisation", "Budget Committee", "Banking Committee")]


def test_harmless_variants_are_no_change() -> None:
    a = "Spokeswoman Alyssa Farah said Mr. Corker, 66, agreed. Sen. Bob Corker left."
    b = "Pence press secretary Alyssa Farah said Bob Corker, 66, agreed."
    assert _changes(a, b) == []


def test_two_offices_held_in_turn_are_no_change_across_the_texts() -> None:
    a = "It began early. Terry O'Neill, the president of the group, spoke later."
    b = "Lawyer Terry O'Neill, who once chaired the panel, spoke."
    assert _changes(a, b) == []


def test_a_full_name_spelt_differently_though_its_surname_also_stands_alone() -> None:
    a = "The letter was sent to Marisa Delgado, a teacher in Tulsa."
    b = "It reached a Tulsa teacher, Marissa Delgado. Delgado did not reply."
    assert _changes(a, b) == [("name", "Marisa Delgado", "Marissa Delgado")]


def test_another_office_of_one_body_named_alike() -> None:
    a = "It was wrong, NAACP chairman Lena Okafor said in a statement."
    b = "Our members are united, the NAACP president Lena Okafor wrote to the board."
    assert _changes(a, b) == [
        ("title", "NAACP chairman Lena Okafor", "NAACP president Lena Okafor")
    ]


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


def test_a_word_opening_the_sentence_is_not_a_given_name() -> None:
    a = "Some disagreed. Maria Lopez of the Hudson Foundation said the plan was overdue."
    b = "But Maria Lopez of the Baker Institute said the plan came late."
    assert _changes(a, b) == [("organisation", "the Hudson Foundation", "the Baker Institute")]


def test_a_seat_in_the_other_chamber() -> None:
    a = "\u201cIt was chaos,\u201d Rep. Dana Holt said in an interview."
    b = "The hearing ran late. \u201cWe had no warning,\u201d Sen. Dana Holt said on radio."
    assert _changes(a, b) == [("title", "Rep. Dana Holt", "Sen. Dana Holt")]


def test_the_same_rank_of_another_committee() -> None:
    a = "Few objected. Senate Finance Chairman Tom Reed promised a review."
    b = "Senate Judiciary Chairman Tom Reed said he would review the order."
    assert _changes(a, b) == [
        ("title", "Senate Finance Chairman Tom Reed", "Senate Judiciary Chairman Tom Reed")
    ]


def test_a_part_of_the_body_dropped_is_no_other_committee() -> None:
    a = "Few objected. Judiciary Chairman Tom Reed promised a review."
    b = "Senate Judiciary Chairman Tom Reed said he would review the order."
    assert _changes(a, b) == []


def test_a_party_written_otherwise_is_no_other_body() -> None:
    a = "Few objected. Ohio Republican Party Chairman Tom Reed promised a review."
    b = "Ohio GOP Chairman Tom Reed said he would review the order."
    assert _changes(a, b) == []


def test_another_office_of_one_unnamed_body() -> None:
    # "campaign" before both ranks: two offices of one campaign, not two held in turn
    a = "The claims are false, said campaign manager Ray Dorsey."
    b = "It is a smear, the Hale campaign chairman Ray Dorsey told reporters on Friday."
    assert _changes(a, b) == [
        ("title", "campaign manager Ray Dorsey", "Hale campaign chairman Ray Dorsey")
    ]


def test_other_words_before_two_ranks_are_two_offices() -> None:
    a = "The claims are false, said press aide Ray Dorsey."
    b = "It is a smear, the Hale campaign chairman Ray Dorsey told reporters on Friday."
    assert _changes(a, b) == []


def test_a_lone_surname_misspelt_of_a_person_both_name_in_full() -> None:
    a = "The mayor named Deputy Chief Laura Brennick to lead the force. He praised Brenick's record."
    b = "The mayor named Deputy Chief Laura Brennick to run the force. Brennick joined in 2001."
    assert _changes(a, b) == [("name", "Brenick's", "Laura Brennick")]


def test_a_lone_surname_near_a_full_name_only_the_source_writes_is_not_compared() -> None:
    # no full name in common says who the lone word is: it may be another person
    a = "The mayor named a new chief to lead the force. He praised Brenick's record."
    b = "The mayor named Deputy Chief Laura Brennick to run the force. Brennick joined in 2001."
    assert _changes(a, b) == []


def test_a_lone_word_is_no_misspelt_last_word_of_a_body() -> None:
    # "Renters" is a letter or two from "Center", but a body's last word is no surname
    a = "A firefighter went to St. Columba Medical Center. Renters should call the firm."
    b = "A firefighter was taken to St. Columba Medical Center as a precaution."
    assert _changes(a, b) == []


def test_a_short_lone_word_is_no_misspelt_surname() -> None:
    a = "The group Keep Ohio Now began its ads in May. By Nov. 2 the ads had run for weeks."
    b = "The group Keep Ohio Now began its ads in May. The ads ran for weeks."
    assert _changes(a, b) == []


def test_a_quantifier_opening_a_sentence_is_no_misspelt_surname() -> None:
    # "Neither" is a letter or two from "Geithner", but it counts sides, it names no one
    a = "Labor Secretary Dana Geithner met the union. Neither side has moved since."
    b = "Dana Geithner, the labor secretary, met the union on Friday."
    assert _changes(a, b) == []


def test_a_surname_changed_past_its_first_letters() -> None:
    # "Kellerman" for "Kelloway": the given name kept, the surname's end changed
    a = "Party aide Dana Kellerman said the tape was a setup."
    b = "The tape drew fire. Dana Kelloway addressed it on Monday. Kelloway called it a setup."
    assert _changes(a, b) == [("name", "Dana Kellerman", "Dana Kelloway")]


def test_a_surname_lengthened_into_another() -> None:
    # "Lewis" for "Lew": the whole surname kept and two letters added, no plural
    a = "He assigned Treasury Secretary Tim Geithner and budget director Jacob Lewis to it."
    b = "Tim Geithner and budget director Jacob Lew were assigned to represent the White House."
    assert _changes(a, b) == [("name", "Jacob Lewis", "Jacob Lew")]


def test_a_place_s_adjective_is_no_lengthened_surname() -> None:
    # "-ian" makes a place's people of a word, no other person's name
    a = "The speech was given by Queen Rania Jordanian officials said."
    b = "The speech was given by Queen Rania Jordan, aides said."
    assert _changes(a, b) == []


def test_a_place_s_people_is_no_lengthened_surname() -> None:
    # "New York" reads as a name; "New Yorker" is its people (fresh4 rw-96b)
    a = "The ad ran in the New Yorker last week, the group said."
    b = "The group said the ad ran in New York last week."
    assert _changes(a, b) == []


def test_a_given_name_changed_in_the_same_office() -> None:
    # the same office and surname: the copy named the source's spokesman otherwise
    a = "Party spokesman Mark Delaney cried foul on Monday."
    b = "Party spokesman Mike Delaney addressed the video in a statement."
    assert _changes(a, b) == [("name", "Mark Delaney", "Mike Delaney")]


def test_a_given_name_changed_in_sentences_naming_one_calling() -> None:
    # no title before either name, but both sentences call the person the pollster
    a = "The group's pollster, Jim Fernley, has worked with the Likud Party."
    b = "The pollster for the group is John Fernley, who has worked with Likud."
    assert _changes(a, b) == [("name", "Jim Fernley", "John Fernley")]
    # a son and a son named otherwise may be two sons
    assert _changes(a.replace("pollster", "son"), b.replace("pollster", "son")) == []


def test_a_familiar_form_keeping_the_start_is_the_same_given_name() -> None:
    a = "Economics professor Dave Brat, the Tea Party candidate, attacked the congressman."
    b = "Some grumbled that the campaign by the college professor David Brat had won."
    assert _changes(a, b) == []


def test_two_people_both_texts_name_are_no_renaming() -> None:
    # each text names both: two people, not one renamed
    a = "Dana Kellerman and Dana Kelloway met on Monday. Kellerman spoke first."
    b = "Dana Kelloway met Dana Kellerman on Monday."
    assert _changes(a, b) == []


def test_another_given_name_in_another_office_is_another_person() -> None:
    # the same surname, offices apart: two members of one family, say
    a = "Party chairman Mark Delaney cried foul on Monday."
    b = "Party spokesman Mike Delaney addressed the video in a statement."
    assert _changes(a, b) == []


def test_a_familiar_given_name_in_the_same_office_is_the_same_person() -> None:
    a = "Party spokesman Jim Delaney cried foul on Monday."
    b = "Party spokesman James Delaney addressed the video in a statement."
    assert _changes(a, b) == []


def test_a_renaming_is_read_only_in_a_copy() -> None:
    # independent reports may name two people of one given name
    a = "Party aide Dana Kellerman said the tape was a setup."
    b = "The tape drew fire. Dana Kelloway addressed it on Monday. Kelloway called it a setup."
    assert _changes(a, b, copy=False) == []


def test_a_place_s_adjective_is_no_renamed_surname() -> None:
    a = "Ruiz, a Puerto Rican-born engineer, will run the new plant."
    b = "Born in Puerto Rico, Ruiz moved north at 12 and now runs the plant."
    assert _changes(a, b) == []


def test_under_opening_a_sentence_before_a_president_is_a_preposition() -> None:
    a = "The review began under President Ann Moreno. It took a year."
    b = "It took a year. Under President Ann Moreno, the review began."
    assert _changes(a, b) == []


def test_an_under_secretary_is_another_office_than_a_secretary() -> None:
    a = "Secretary Ann Moreno spoke on Monday."
    b = "Under Secretary Ann Moreno spoke on Monday."
    assert _changes(a, b) == [("title", "Secretary Ann Moreno", "Under Secretary Ann Moreno")]


def test_a_senates_president_pro_tem_is_no_majority_leader() -> None:
    a = '"We hope to have a fix very soon," said state Senate Majority Leader David Long (R).'
    b = '"It is not the intent of the law," state Senate President Pro Tem David Long (R) said.'
    assert _changes(a, b) == [
        (
            "title",
            "Senate Majority Leader David Long",
            "Senate President Pro Tem David Long",
        )
    ]


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


def test_a_lone_surname_with_two_letters_swapped_of_a_person_both_name_in_full() -> None:
    # "Tlaib" with its "l" and "a" swapped is one slip of the hand, not two letters apart
    a = "Rep. Rashida Tlaib spoke on Thursday. Talib herself called it free speech."
    b = "Rep. Rashida Tlaib spoke on Thursday. She called it free speech."
    assert _changes(a, b) == [("name", "Talib", "Rashida Tlaib")]


def test_a_given_name_changed_of_one_member_of_one_party_and_state() -> None:
    # one surname of one party and one state in Congress is one member, whatever the
    # given names and though the copy names the member alone later ("Duncan replied")
    a = "She met Mark Haddon (D-N.M.) and gave him a reading. Haddon replied."
    b = "Questioned by Tom Haddon (D-N.M.), she urged him to read the report."
    assert _changes(a, b) == [("name", "Mark Haddon", "Tom Haddon")]
    # members of two states are two people: cousins may sit for two states
    other = b.replace("(D-N.M.)", "(D-Colo.)")
    assert _changes(a, other) == []


def test_a_given_name_changed_of_one_calling_given_as_a_title() -> None:
    # the copy's "lawyer" in the sentence, the source's "the attorney" in apposition: one
    # calling ("lawyer" is "attorney"), the person the copy named otherwise
    a = "Campaign lawyer Mike Shelton confirmed the subpoenas. Shelton said little."
    b = "Mark Shelton, the attorney for the campaign, confirmed the subpoenas."
    assert _changes(a, b) == [("name", "Mike Shelton", "Mark Shelton")]


def test_a_title_one_is_elected_to_is_no_given_name() -> None:
    # "Representative-elect Mikie Sherrill" is Mikie Sherrill, whom the copy misspelt
    a = "Representative Mikie Sherill of New Jersey said she had asked for her pay to be held."
    b = "Representative-elect Mikie Sherrill, Democrat of New Jersey, said on Twitter."
    assert _changes(a, b) == [("name", "Mikie Sherill", "Mikie Sherrill")]
