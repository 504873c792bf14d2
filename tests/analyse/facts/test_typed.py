"""Facts alone of their type in two reworded sentences (``facts/typed.py``)."""

from __future__ import annotations

import pytest

from newstrace.analyse.facts.dates import dates
from newstrace.analyse.facts.mentions import Passage
from newstrace.analyse.facts.typed import changed_bodies, changed_weekdays
from tests.analyse.facts.aligned import Change, assert_changes

_WEEKDAYS = (
    "The Ledger disclosed on Monday that the council had sold the depot.",
    "The Ledger reported Tuesday that the city council had quietly sold its old bus depot,"
    " while the Courier reported Wednesday on the buyer.",
)

# A year after the same preposition, the sentences otherwise reworded: one word in common.
_SINCE = (
    "In office since 1994, she is still favoured to beat the teacher.",
    "Ms. Ortiz, who has chaired the county's school board since 1996, faces a teacher in May.",
)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # an amount of one unit, the words around it reworded
        (
            "This year's spending plan handed the ministry $750 billion.",
            "The budget law earmarked $700 billion for the Defense Department this year.",
            [("number", "750 billion", "700 billion")],
        ),
        # a year after the same preposition, in sentences with words in common
        (
            "The senator later apologized and dropped that position in 1997.",
            "The senator later apologized for his stance and reversed it in 1999.",
            [("date", "1997", "1999")],
        ),
        # a body of one type, another modifier
        (
            '"We mishandled it," the manager told the Senate Judiciary Committee.',
            '"We mishandled it," the manager said at a House Judiciary Committee hearing.',
            [("organisation", "Senate Judiciary Committee", "House Judiciary Committee")],
        ),
        # a place read as a person, named again inside a longer name
        (
            "By dawn 31 volunteers from Glen Morrow, with two trucks, had cleared the road.",
            "In all, 34 volunteers and two trucks from Glen Morrow Fire Rescue were sent.",
            [("number", "31", "34")],
        ),
    ],
)
def test_a_fact_alone_of_its_type_that_differs_is_changed(
    a: str, b: str, expected: list[Change]
) -> None:
    assert_changes(a, b, expected)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two figures of one unit on one side: which one changed is not known
        (
            "The fund got $5 billion and the agency $2 billion.",
            "The budget law earmarked $3 billion.",
        ),
        # a figure the other sentence states of another thing
        (
            "Sato was released after posting $50,000 bail.",
            "They are held on $250,000 bail; Sato was released after posting bail of $50,000.",
        ),
        # a weekday with nothing in common before it: the days things were said
        (
            "The governor spoke to reporters on Monday about the budget.",
            "The budget was announced on Tuesday by the governor.",
        ),
        # figures far apart are of two things
        (
            "Clinton earned $139 million in income.",
            "The returns show she paid $43 million in taxes.",
        ),
        # one body's name written two ways
        (
            "Two states asked the U.S. Supreme Court to act.",
            "Two states asked the United States Supreme Court to strike it down.",
        ),
        # a body named after its type is one of its type: "Defense Department" is not alone
        (
            "About $2 billion will come out of Defense Department building projects.",
            "About $1 billion comes from the Department of Homeland Security and $2 billion"
            " from the Treasury Department's forfeiture fund.",
        ),
        # one body part of the other's name
        (
            "He told the Judiciary Committee the plan was dead.",
            "He told the House Judiciary Committee the plan was dead.",
        ),
        pytest.param(*_WEEKDAYS, id="weekdays_of_independent_reports_are_not_compared"),
        pytest.param(
            "Nunes, chairman of the House Intelligence Committee, said so.",
            "Nunes, chairman of the House Permanent Select Committee on Intelligence, said so.",
            id="a_committee_named_on_after_its_type_is_not_another",
        ),
        pytest.param(
            *_SINCE, id="a_date_after_the_same_preposition_needs_more_in_independent_reports"
        ),
    ],
)
def test_other_facts_are_not_changes(a: str, b: str) -> None:
    assert_changes(a, b, [])


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            *_WEEKDAYS,
            [("date", "Monday", "Tuesday")],
            id="a_weekday_after_a_word_in_common_is_changed_in_a_copy",
        ),
        pytest.param(
            *_SINCE,
            [("date", "1994", "1996")],
            id="a_date_after_the_same_preposition_is_changed_in_a_copy",
        ),
        pytest.param(
            "The mayor, who told the Herald she will settle on a budget by March, hopes to win.",
            "The mayor told the Herald in an interview she plans to decide by April.",
            [("date", "March", "April")],
            id="a_month_alone_after_the_same_preposition_is_changed_in_a_copy",
        ),
        # each sentence dates one thing: the verb both share may stand five words back
        pytest.param(
            "Council members have praised the plan since she approved it Tuesday.",
            "Council members have been praising the plan ever since the mayor approved it into law on Monday.",
            [("date", "Tuesday", "Monday")],
            id="the_lone_weekdays_of_a_copy_share_a_verb_further_back",
        ),
        # a second weekday in the source's sentence: which one the verb dates is not known
        pytest.param(
            "Council members have praised the plan since she approved it Tuesday.",
            "On Friday council members praised the plan the mayor approved it into law on Monday.",
            [],
            id="a_weekday_five_words_after_the_verb_needs_to_be_alone",
        ),
        pytest.param(
            "On Tuesday, he told Denver's KMGH-TV that he also opposes civil unions.",
            "Romney told a local Denver TV station earlier on Wednesday that he opposes both.",
            [("date", "Tuesday", "Wednesday")],
            id="a_weekday_opening_its_sentence_dates_what_follows_it",
        ),
        pytest.param(
            "With the vote coming on Tuesday, Labrador has little time to build momentum.",
            "The election is Thursday -- leaving little time for Labrador to peel off votes.",
            [("date", "Tuesday", "Thursday")],
            id="the_one_weekday_of_each_with_what_follows_it_in_common",
        ),
        pytest.param(
            "The governor spoke on Monday about the budget.",
            "The plan was announced on Tuesday with the budget figures.",
            [],
            id="weekdays_with_one_word_in_common_after_them_are_two_days",
        ),
        pytest.param(
            "Trump said Friday he would back the bill, only a day after insisting that Republicans would not cave.",
            "On Thursday, Trump had promised that Republicans will not cave on the wall.",
            [],
            id="a_sentence_naming_a_day_after_another_tells_of_two_days",
        ),
        # "$1 million" in both is kept: the plan's sum is the one left on each side
        pytest.param(
            "Republicans object to his $467 billion plan, paid for by taxes on incomes above $1 million.",
            "Republicans oppose the $447 billion job-creation plan, paid for by taxes over $1 million.",
            [("number", "467 billion", "447 billion")],
            id="a_sum_both_sentences_give_leaves_the_one_sum_of_a_thing",
        ),
        # a decade is written with its article: the preposition before "the" places it
        pytest.param(
            "In the 1980s she ran the election agency's enforcement arm and lost a big lawsuit.",
            "In the 1990's, Ortiz also served as chief of enforcement at the election agency.",
            [("date", "1980s", "1990's")],
            id="the_one_decade_of_each_sentence_after_the_same_preposition_in_a_copy",
        ),
    ],
)
def test_a_fact_alone_of_its_type_in_a_copy(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    assert_changes(a, b, expected, copy=True)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Touring Ohio on Monday ahead of Sunday's county fair, the senator met farmers.",
            "She toured Ohio on Monday ahead of Thursday's televised debate and Saturday's"
            " county fair, meeting farmers.",
            id="a_weekday_of_another_event_is_no_change",
        ),
        # "Monday's vote" dates the vote; "met Friday" dates the meeting
        pytest.param(
            "Councillors, angry at the delay, wanted Monday's vote on the budget postponed.",
            "Angry councillors met Friday to demand that the budget vote be postponed.",
            id="the_day_of_an_event_and_the_day_of_a_verb_are_two_days",
        ),
        pytest.param(
            "The files were restored by noon Saturday, and staff were paid by Tuesday morning.",
            "Engineers found the fault on Thursday night and restored the files by noon Saturday.",
            id="another_day_on_the_other_side_of_the_day_in_common_is_another_day",
        ),
    ],
)
def test_weekdays_that_are_no_change(a: str, b: str) -> None:
    x, y = Passage.of(a, 0), Passage.of(b, 0)
    assert changed_weekdays(x, dates(x), y, dates(y)) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The audit was run by the FAA and Transport Department last spring.",
            "The audit was run by the U.S. Department of Transport last spring.",
            id="a_body_named_after_its_type_is_not_compared",
        ),
        pytest.param(
            "Fees were waived by the Orme County Water Billing Collections Office.",
            "The Orme County Water Billing Collections Office waived the fees.",
            id="a_body_named_past_the_words_read_is_not_compared",
        ),
        pytest.param(
            "Fees were waived by the Orme County Water Assessor-Billing Office.",
            "The Orme County Water Assessor-Billing Office waived the fees.",
            id="a_body_named_past_the_words_read_with_a_hyphen_is_not_compared",
        ),
    ],
)
def test_bodies_that_are_not_compared(a: str, b: str) -> None:
    assert changed_bodies(Passage.of(a, 0), Passage.of(b, 0)) == []


def test_amounts_of_another_scale_and_other_digits_are_two_figures() -> None:
    # a copy retypes a figure's digits or its scale, hardly both: two estimates
    a = "The governor said the rival plan would pay for part of itself with $640 billion in school cuts."
    b = "The rival, the governor said, would have slashed $1.2 trillion from health programs to fund tax breaks."
    assert_changes(a, b, [], copy=True)
    retyped = b.replace("$1.2 trillion", "$610 billion")
    assert_changes(a, retyped, [("number", "640 billion", "610 billion")], copy=True)


def test_the_other_day_beside_a_day_in_common_is_changed_in_a_copy() -> None:
    # no word in common before the two other days: the day both give ties them
    a = "A petition went out Monday, just before she arrives on Friday."
    b = "The petition, sent Monday, came in advance of her visit Thursday."
    x, y = Passage.of(a, 0), Passage.of(b, 0)
    found = changed_weekdays(x, dates(x), y, dates(y))
    assert [(d.a_text, d.b_text) for d in found] == [("Friday", "Thursday")]


def test_the_one_year_of_each_sentence_next_to_the_thing_it_dates_in_a_copy() -> None:
    # "a 1998 tape" / "a leaked tape from 1996": the word next to both years is the thing
    # both date, whichever side of the year a rewrite put it
    a = "The senator, after all, was caught on a 1998 tape mocking the farm plan."
    b = "The senator mocked the farm plan in a leaked tape from 1996; he has not apologized."
    assert_changes(a, b, [("date", "1998", "1996")], copy=True)
    assert_changes(a, b, [])


def test_the_one_sum_of_a_thing_named_past_a_word_describing_it_in_a_copy() -> None:
    # "package" / "jobs package": the word right after the figures differs, the thing not
    a = "The council will vote on the roads part of the plan after the full $467 million package failed."
    b = "The council will vote on the roads part of the plan after the $447 million jobs package failed."
    assert_changes(a, b, [("number", "467 million", "447 million")], copy=True)
    assert_changes(a, b, [])


def test_independent_reports_far_apart_count_two_things() -> None:
    # the votes to end a filibuster and the votes to hold one: each report gives the count
    # its sentence is about, no estimate of one count
    a = "The Senate's cloture rule requires a supermajority of 60 votes to overcome such a delay."
    b = "Schumer added that he believed he had the 41 votes necessary to filibuster the nomination."
    assert_changes(a, b, [])
    near = b.replace("41 votes", "55 votes")
    assert_changes(a, near, [("number", "60", "55")])
    assert_changes(a, b, [("number", "60", "41")], copy=True)


def test_a_sum_with_one_digit_retyped_is_changed_however_far_apart() -> None:
    """ "$2 million" / "$1 million": double the other, yet one digit retyped."""
    a = (
        "The nonprofit Safe Harbor Now is paying $2 million to air it in Tampa, Ocala and "
        "Fort Myers, betting on older voters in a toss-up state."
    )
    b = (
        "The ad, reportedly to air in Tampa, Ocala and Fort Myers, is costing Safe Harbor "
        "$1 million, the organization confirmed to reporters."
    )
    assert_changes(a, b, [("number", "2 million", "1 million")], copy=True)
    # no scale word: "3 seats" / "8 seats" may count two things
    assert_changes(a.replace("$2 million", "3 seats"), b.replace("$1 million", "8 seats"), [])


def test_two_bodies_both_named_after_their_type_are_compared() -> None:
    # "the Office of X" / "the Office of Y": one order, one type, two offices
    a = Passage.of("Neither the police nor the Office of Water Safety has opened an inquiry.", 0)
    b = Passage.of("Neither the police nor the Office of Public Works is investigating.", 0)
    found = [(d.kind, d.a_text, d.b_text) for d in changed_bodies(a, b)]
    assert found == [("organisation", "Office of Water Safety", "Office of Public Works")]
