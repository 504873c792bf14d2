"""A person's office in a copy put for another, wherever each text states it
(``facts/offices.py``), and the titles set off by a comma before a name it reads."""

from __future__ import annotations

import pytest

from newstrace.analyse.facts.mentions import Passage
from newstrace.analyse.facts.names import names
from newstrace.analyse.facts.offices import swapped_callings, swapped_offices
from newstrace.analyse.facts.titles import title_set_off


def test_an_office_changed_in_a_sentence_linked_to_another() -> None:
    # the copy names her office with her quotation; the source names it two sentences on
    a = (
        "Elizabeth Lauten, press secretary to Rep. Stephen Fincher, said she could now see"
        " how hurtful her words were. She resigned on Monday."
    )
    b = (
        '"I can see more clearly how hurtful my words were," she wrote. The post drew a'
        " backlash. Elizabeth Lauten, the communications director for Rep. Stephen"
        " Fincher, resigned on Monday."
    )
    found = [(d.kind, d.a_text, d.b_text) for d in swapped_offices(a, b)]
    assert found == [
        (
            "title",
            "Elizabeth Lauten, press secretary",
            "Elizabeth Lauten, the communications director",
        )
    ]


def test_an_office_set_off_before_the_name() -> None:
    a = "The suit was filed by Lauren Greene, his former press secretary, in 2015."
    b = "His former communications director, Lauren Greene, had filed the suit in 2014."
    found = [(d.a_text, d.b_text) for d in swapped_offices(a, b)]
    assert found == [
        (
            "Lauren Greene, his former press secretary",
            "former communications director, Lauren Greene",
        )
    ]


_EMANUEL = "Rahm Emanuel, Obama's former press secretary, urged him on Monday to act alone."


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a past office against a present one: both may be true
        pytest.param(
            _EMANUEL,
            "Obama's chief of staff, Rahm Emanuel, urged him on Monday to act alone.",
            id="a_past_office_against_a_present_one",
        ),
        # a generic rank goes with any office
        pytest.param(
            _EMANUEL,
            "Rahm Emanuel, an adviser to Obama, urged him on Monday to act alone.",
            id="a_generic_rank",
        ),
        # the copy's office given elsewhere in the source
        pytest.param(
            _EMANUEL,
            "Rahm Emanuel, the former press secretary, urged him. Former chief of staff Rahm"
            " Emanuel had said so before.",
            id="the_copys_office_given_elsewhere_in_the_source",
        ),
        # "the prosecuting attorney" is the prosecutor
        pytest.param(
            "The case went to the grand jury, said the prosecutor, Robert McCulloch, on Monday.",
            "Robert P. McCulloch, the prosecuting attorney, took the case to the grand jury.",
            id="an_office_described_is_the_office_named",
        ),
        # "the president Blumenthal worked for": a noun and a clause's subject, not a title
        pytest.param(
            "Connecticut Attorney General Richard Blumenthal defended himself on Tuesday.",
            "He quoted the words of the president Blumenthal worked for on a draft deferment.",
            id="a_surname_alone_is_no_person_named_in_full",
        ),
        pytest.param(
            "Senate Majority Leader Chuck Schumer spoke first. Chuck Schumer, the Senate"
            " Minority Leader, had called the vote.",
            "Senate Minority Leader Chuck Schumer called the vote on Tuesday.",
            id="another_title_of_the_copy_agrees",
        ),
        # "ex-communications director" is "former communications director": one field, one office
        pytest.param(
            "His ex-communications director, Michael Rekola, described crude jokes.",
            "Smith's former communications director, Michael Rekola, also described the abuse.",
            id="ex_before_a_field_is_former",
        ),
    ],
)
def test_no_office_changed(a: str, b: str) -> None:
    assert swapped_offices(a, b) == []


def test_a_rank_both_name_is_no_description_of_the_others() -> None:
    # two leaders of one chamber
    a = "Senate Minority Leader Harry Reid came out against the plan on Monday."
    b = "A statement from Senate Majority Leader Harry Reid's office backed the plan."
    assert [d.a_text for d in swapped_offices(a, b)] == ["Senate Minority Leader Harry Reid"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BuzzFeed's executive editor, Ben Smith, answered on Twitter.", ("executive", "editor")),
        ("Its chairman, Doug McMillan, urged a veto.", ("chairman",)),
        # "editor in chief": the title is cut by "in", and its "chief" is no office
        ("BuzzFeed's editor in chief, Ben Smith, answered on Twitter.", None),
        # not after a possessive, "the" or the sentence's start: a list, no apposition
        ("He met voters, workers, aides, Ben Smith and others.", None),
        # the name goes on a clause of its own: no apposition closes it
        ("The chairman, Doug McMillan and his deputy met.", None),
    ],
)
def test_title_set_off(text: str, expected: tuple[str, ...] | None) -> None:
    passage = Passage.of(text, 0)
    person = next(n for n in names(passage) if len(n.words) > 1)
    title = title_set_off(passage, person)
    assert (title.ranks if title else None) == expected


_ROMANO = "The word is not in the profile, though author Lois Romano does criticize the party."
_EDITOR = "The cover is odd. Newsweek editor Lois Romano never uses the word in her profile."


def test_the_calling_before_a_name_put_for_another() -> None:
    # a calling, ranked or not, is what the person does; the copy made the author an editor
    assert [(d.a_text, d.b_text) for d in swapped_callings(_EDITOR, _ROMANO)] == [
        ("editor", "author")
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one of the source's callings given anywhere, or one calling in two words, is none
        pytest.param(
            _EDITOR + " Author Lois Romano spoke to voters.",
            _ROMANO,
            id="the_sources_calling_given_elsewhere",
        ),
        pytest.param(
            _EDITOR.replace("editor", "attorney"),
            _ROMANO.replace("author", "lawyer"),
            id="an_attorney_is_a_lawyer",
        ),
        pytest.param(_EDITOR.replace("editor", "writer"), _ROMANO, id="an_author_is_a_writer"),
        # a person of two callings, each text naming both
        pytest.param(
            "Law professor Zephyr Teachout, a House candidate in 2016, spoke on a podcast.",
            "House candidate Zephyr Teachout, a law professor at Fordham, spoke on a podcast.",
            id="a_person_of_two_callings_each_text_naming_both",
        ),
        # two ranks are left to the titles
        pytest.param(
            "Senator Harry Reid spoke.", "Leader Harry Reid spoke.", id="two_ranks_are_titles"
        ),
    ],
)
def test_no_calling_changed(a: str, b: str) -> None:
    assert swapped_callings(a, b) == []


def test_the_sentences_naming_people_are_read_once_per_text() -> None:
    # a copy's callings are each checked against both texts' sentences naming the person:
    # those are read once per text, not once per calling
    from newstrace.analyse.facts import offices

    a = "Law professor Zephyr Teachout spoke. Editor Ann Hale spoke. Author Dan Poe spoke."
    b = "House candidate Zephyr Teachout spoke. Writer Ann Hale spoke. Editor Dan Poe spoke."
    offices._sentence_callings.cache_clear()
    assert [(d.a_text, d.b_text) for d in swapped_callings(a, b)] == [
        ("professor", "candidate"),
        ("Editor", "Writer"),
        ("Author", "Editor"),
    ]
    assert offices._sentence_callings.cache_info().misses == 2


def test_an_office_changed_around_a_misspelt_name_is_reported_with_it() -> None:
    """ "The Kestrel Society's chairman, Brian Browne" / "Brian Brown, president of the
    Kestrel Society" (rw-671): the name misspelt and the office changed are two facts; the
    name's change, inside the title's words, does not stand for the office's."""
    from newstrace.analyse.report import analyse
    from newstrace.config import AnalyseConfig
    from newstrace.model import Article, Coverage
    from newstrace.segment.document import Document
    from tests.analyse.links import sentence_link

    copy = "The Kestrel Society's chairman, Brian Browne, fumed at the ruling on Friday."
    source = "Brian Brown, president of the Kestrel Society, criticised the ruling on Friday."
    a, b = Document(Article(copy)), Document(Article(source))
    found = analyse(
        a,
        b,
        [sentence_link(a, b, 0, 0)],
        "a_from_b",
        coverage=Coverage(a=0.9, b=0.9),
        config=AnalyseConfig(),
    )
    assert sorted((d.kind, d.b_text) for d in found.discrepancies) == [
        ("name", "Brian Brown"),
        ("title", "Brian Brown, president of the Kestrel Society"),
    ]
