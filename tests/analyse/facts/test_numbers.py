"""Counts changed, in digits or words; the same count written two ways is not a change."""

from __future__ import annotations

import pytest

from newstrace.analyse.facts.counts import counts_a_list, counts_the_rest, numbers
from newstrace.analyse.facts.mentions import Passage
from newstrace.model import Span
from tests.analyse.facts.aligned import Change, assert_changes


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (
            "The gunman injured twelve people.",
            "The gunman injured eleven people.",
            [("number", "twelve", "eleven")],
        ),
        ("It drew eight percent.", "It drew 6% of the vote.", [("number", "eight", "6%")]),
        # compound number words
        (
            "Twenty-three states agree.",
            "Twenty-two states agree.",
            [("number", "Twenty-three", "Twenty-two")],
        ),
        # ordinals, in digits and in words
        (
            "The talks came on the 13th day of the shutdown.",
            "The talks came on the 14th day of the shutdown.",
            [("number", "13th", "14th")],
        ),
        (
            "Trump was sworn in as the forty-sixth president on Friday.",
            "Trump was sworn in as the 45th president on Friday.",
            [("number", "forty-sixth", "45th")],
        ),
        # a vote is one fact
        ("It passed 234-197.", "It passed 234-193.", [("number", "234-197", "234-193")]),
        # another scale, the same figure
        (
            "The plan sets aside $3 million to train more nurses.",
            "The plan sets aside $3 billion to train more nurses.",
            [("number", "3 million", "3 billion")],
        ),
        # two bounds
        (
            "The account, with more than 41,000 followers, was shut.",
            "The account, with more than 14,000 followers, was shut.",
            [("number", "41,000", "14,000")],
        ),
        # a figure outside the other's bound
        (
            "Officials said fewer than 300 homes lost power overnight.",
            "Officials said 340 homes lost power overnight.",
            [("number", "300", "340")],
        ),
        # a tally written with "to"
        (
            "In the closed vote she beat Ortiz 61 to 40, aides said.",
            "In the closed vote she beat Ortiz by a 61-to-44 margin, aides said.",
            [("number", "61 to 40", "61-to-44")],
        ),
        # a figure given to one unit is not a rounding of another
        (
            "Perry bought $1.5 million in broadcast time.",
            "Perry bought $1 million in broadcast time.",
            [("number", "1.5 million", "1 million")],
        ),
        # an age, however it is written
        (
            "His son, a 33-year-old union organizer, spoke.",
            "His son Seth Hutchinson, 31, an organizer, spoke.",
            [("number", "33", "31")],
        ),
        # what a hyphenated number counts
        (
            "Strzok, a 22-year veteran, left.",
            "Strzok, a 21-year veteran, left.",
            [("number", "22", "21")],
        ),
    ],
)
def test_a_changed_count(a: str, b: str, expected: list[Change]) -> None:
    assert_changes(a, b, expected)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Twenty-three states and four cities agree.", "23 states agree."),
        ("Nine people died.", "9 people died."),
        ("It was the first time.", "It was the 1st time."),
        # a number rounded is the same number, whatever it counts in the other passage
        ("The tax rate was 35.7 percent.", "Her tax rate was 35.72, a record."),
        ("The tax rate was 36 percent.", "The tax rate was 35.7 percent."),
        # numbers that count different things
        ("Seven months ago the two met.", "The two men met seven months ago."),
        # the same thing counted among other words: another fact, not a change
        ("It polled 21 percent of Republican voters.", "Trump finished first (at 20 percent)."),
        # an ordinal after another word
        (
            "He will become the second black senator.",
            "He will become Massachusetts' first black senator.",
        ),
        ("One of the 12 men fled.", "Two officers said 12 men fled."),
        # a figure within the other's bound
        (
            "The agency sent more than 4,000 extra nurses to the north.",
            "The agency sent 4,300 extra nurses to the north on Monday.",
        ),
        (
            "Officials said fewer than 300 homes lost power overnight.",
            "Officials said 260 homes lost power overnight.",
        ),
        # one amount written two ways
        ("He spent $1.5 million in all.", "All told, aides said, he had spent $1,500,000 in all."),
        # "$1 million": the scale word is not a second number
        ("He spent $1 million in all.", "He spent $1 million, they said."),
    ],
)
def test_the_same_count(a: str, b: str) -> None:
    assert_changes(a, b, [])


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "The Clintons earned roughly $141 million and paid nearly $44 million in federal taxes.",
            "The documents show the Clintons have paid $43 million in federal taxes.",
            [("number", "44 million", "43 million")],
            id="each_number_goes_with_the_one_among_the_same_words",
        ),
        # the copy's sentence merges two of the source's: too long for a word diff
        pytest.param(
            "On Monday the agency released some 2,000 of its staff files, found in a locked "
            "cabinet in the basement of its old office in Dover.",
            "On Monday, the agency released about 3,000 of Mr. Grant's staff files.",
            [("number", "2,000", "3,000")],
            id="a_figure_with_a_thousands_comma_is_no_year",
        ),
        pytest.param(
            "The bakery, Crumbs on Main Street, was told to pay $45,000 for skipping the checks.",
            "The city's Health Board told Crumbs to pay $65,000 for not making the checks.",
            [("number", "45,000", "65,000")],
            id="a_sum_after_the_same_deed_is_one_sum",
        ),
        pytest.param(
            "He was accused of spending $705,000 of campaign money on trips.",
            "Records show the campaign paid $4,272.78 on one of the trips.",
            [],
            id="sums_after_other_deeds_are_two_sums",
        ),
        # "released" alone in common: two releases may be of two things
        pytest.param(
            "The city released 2,000 of the files.",
            "Lawyers released 3,000 of their own.",
            [],
            id="figures_led_by_one_word_only_are_not_paired",
        ),
        # "Ordinance 24-117" names the ordinance; "5-4" is the council's vote
        pytest.param(
            "The ordinance, which the council approved 5-4 on Monday, trims library hours.",
            "I vetoed Ordinance 24-117, which trims library hours.",
            [],
            id="a_labels_number_is_no_tally",
        ),
        # "F.B.I. agents" counts what "FBI agents" does, not "f"
        pytest.param(
            "Some 90 FBI agents are in the town, checking every claim.",
            "About 70 F.B.I. agents have been sent to the town.",
            [("number", "90", "70")],
            id="initials_with_full_stops_count_what_the_acronym_counts",
        ),
        # "over 60" is "more than 60": set against "more than 40" it is another bound, and
        # "more than 40" does not hold it as it holds a bare 60
        pytest.param(
            "Over 60 state troopers are in the town, checking every claim.",
            "More than 40 state troopers have been sent to the town.",
            [("number", "60", "40")],
            id="over_is_a_bound_of_its_own",
        ),
        pytest.param(
            "Over 60 troopers came.",
            "Some 75 troopers came.",
            [],
            id="over_a_figure_holds_a_figure_above_it",
        ),
        pytest.param(
            "His campaign raised just over $100,000, while the incumbent spent far more.",
            "He raised just over $200,000 for his campaign, while the incumbent spent far more.",
            [("number", "100,000", "200,000")],
            id="a_sum_after_just_and_a_bound_keeps_its_deed",
        ),
    ],
)
def test_a_count_paired_by_what_it_counts(a: str, b: str, expected: list[Change]) -> None:
    assert_changes(a, b, expected)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # "$160,000 after an audit" is a sum of what no word says, as "$160,000." is
        pytest.param(
            "The board says the treasurer diverted $140,000.",
            "The board charged the treasurer, who it says diverted $160,000 after a long audit.",
            [("number", "140,000", "160,000")],
            id="a_preposition_after_a_sum_says_nothing_of_what_it_counts",
        ),
        # "more than" stands between the sum and its deed on both sides
        pytest.param(
            "The board says the treasurer diverted more than $140,000.",
            "The board charged the treasurer, who it says diverted more than $160,000.",
            [("number", "140,000", "160,000")],
            id="a_sum_after_the_same_bound_and_deed_is_one_sum",
        ),
        pytest.param(
            "The board says the treasurer diverted more than $140,000.",
            "The board charged the treasurer, who it says diverted $160,000.",
            [],
            id="a_sum_within_the_others_bound",
        ),
        # "climbed past 6,000" is "more than 6,000": against "more than 5,000" another bound;
        # "the past 6 years" opens a span of time, no bound
        pytest.param(
            "By Friday the petition had climbed past 6,000 signatures, organizers said.",
            "Organizers said the petition had gathered more than 5,000 signatures by Friday.",
            [("number", "6,000", "5,000")],
            id="past_a_figure_is_a_bound_of_its_own",
        ),
        pytest.param(
            "In the past 6 years, the town has lost its mill and two schools.",
            "In the past 8 years, the town has lost its mill and two schools.",
            [("number", "6", "8")],
            id="the_past_years_are_no_bound",
        ),
        # "upward of $9 million" is "more than $9 million": against "more than $7 million" a
        # bound changed, not a value within the other
        pytest.param(
            "Since the fair opened in May, the town has taken in upward of $9 million from fees.",
            "The town has raised more than $7 million in fees from the fair, which opened in May.",
            [("number", "9 million", "7 million")],
            id="upward_of_is_a_bound_of_its_own",
        ),
        pytest.param(
            "More than two dozen special agents in tactical gear stormed the house on Friday.",
            "More than a dozen special agents clad in tactical gear raided the house on Friday.",
            [("number", "two dozen", "a dozen")],
            id="a_count_in_dozens",
        ),
        # "a half-dozen" is six, not the "a dozen" of "half-dozen"
        pytest.param(
            "More than a dozen former aides have told investigators about the meetings.",
            "More than a half-dozen former aides have told investigators about the meetings.",
            [("number", "a dozen", "a half-dozen")],
            id="a_half_dozen_against_a_dozen_is_a_change",
        ),
        pytest.param(
            "The charges accuse 13 Russian intelligence officers of hacking the emails.",
            "The charges accuse a dozen Russian intelligence officers of hacking the emails.",
            [],
            id="a_count_in_dozens_rounds_the_exact_count",
        ),
        # "$43.9 million" is "$43,885,310" to a tenth of a million; "$44.9 million" is not
        pytest.param(
            "From 2007 through 2014 the couple paid $43.9 million in federal taxes and gave to charity.",
            "The new returns show that the couple paid $43,885,310 in federal taxes, a rate of 31.55 percent.",
            [],
            id="a_figure_with_a_scale_rounding_the_exact_one_is_no_change",
        ),
        pytest.param(
            "From 2007 through 2014 the couple paid $44.9 million in federal taxes and gave to charity.",
            "The new returns show that the couple paid $43,885,310 in federal taxes, a rate of 31.55 percent.",
            [("number", "44.9 million", "43,885,310")],
            id="a_figure_with_a_scale_not_rounding_the_exact_one",
        ),
    ],
)
def test_a_count_in_a_copy(a: str, b: str, expected: list[Change]) -> None:
    """A is taken from B."""
    assert_changes(a, b, expected, copy=True)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # an approximation between the number and what it counts
        (
            "The 50 or so rebels met in the basement.",
            "The 40 or so rebels met in the basement.",
            [("number", "50", "40")],
        ),
        # an increment, said two ways
        (
            "He sent 40,000 additional troops to the valley.",
            "He sent 30,000 more troops to the valley.",
            [("number", "40,000", "30,000")],
        ),
        # an age after a name with a suffix
        (
            "Police arrested Cesar Sayoc Jr., 57, of Aventura.",
            "Police arrested Cesar Sayoc Jr., 56, of Aventura.",
            [("number", "57", "56")],
        ),
    ],
)
def test_a_count_with_words_between_it_and_what_it_counts(
    a: str, b: str, expected: list[Change]
) -> None:
    assert_changes(a, b, expected)


def test_a_word_in_quotation_marks_qualifies_what_is_counted() -> None:
    from newstrace.analyse.facts.counts import numbers
    from newstrace.analyse.facts.mentions import Passage

    found = numbers(Passage.of("The bill needs 60 \u201cyea\u201d votes to pass.", 0), [])
    assert [(m.text, m.role) for m in found] == [("60", "vote")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a dozen agents", "12"),
        ("two dozen agents", "24"),
        ("half a dozen agents", "6"),
        ("a half-dozen agents", "6"),
        ("a half dozen agents", "6"),
    ],
)
def test_dozens_are_read_as_counts(text: str, value: str) -> None:
    assert [m.value for m in numbers(Passage.of(text, 0), [])] == [value]


def test_dozens_without_a_figure_count_nothing() -> None:
    assert numbers(Passage.of("Dozens of agents and a few dozen officers came.", 0), []) == []


def test_a_number_in_words_with_and_after_its_hundreds_is_one_number() -> None:
    found = numbers(Passage.of("Five hundred and eighty-four days after the launch.", 0), [])
    assert [(m.text, m.value) for m in found] == [("Five hundred and eighty-four", "584")]
    two = numbers(Passage.of("It took two and three days.", 0), [])
    assert [m.value for m in two] == ["2", "3"]


@pytest.mark.parametrize(
    ("text", "figure", "rest"),
    [
        ("The other two beaches tested lower but were shut.", "two", True),
        ("The two remaining beaches were shut.", "two", True),
        ("The department closed all three beaches.", "three", False),
        # without the article, a count of other people, not of the rest of a set
        ("It killed 50 people and wounded at least 53 others.", "53", False),
    ],
)
def test_a_count_of_the_rest_of_a_set(text: str, figure: str, rest: bool) -> None:
    at = text.index(figure)
    assert counts_the_rest(text, Span(at, at + len(figure))) is rest


_BLOCKS = "Residents of the 300 and 400 blocks of Canal Street were asked to leave overnight."


@pytest.mark.parametrize(
    ("copy", "figure", "listed", "counted"),
    [
        ("Residents of two blocks of Canal Street were told to leave.", "two", "400", True),
        ("Residents of two blocks of Canal Street were told to leave.", "two", "300", True),
        # a list of two counted as three, or a count of other things, is a count of its own
        ("Residents of three blocks of Canal Street were told to leave.", "three", "400", False),
        ("Residents of two streets near Canal Street were told to leave.", "two", "400", False),
    ],
)
def test_a_count_of_the_figures_listed_before_its_noun(
    copy: str, figure: str, listed: str, counted: bool
) -> None:
    at, there = copy.index(figure), _BLOCKS.index(listed)
    assert (
        counts_a_list(copy, Span(at, at + len(figure)), _BLOCKS, Span(there, there + len(listed)))
        is counted
    )


def test_a_count_of_a_list_is_no_changed_figure_in_the_analysis() -> None:
    """ "two blocks of Canal Street" for "the 300 and 400 blocks" (pr-322): a rule pairs
    "two" with "400", but the two blocks are the two the source lists."""
    from newstrace.analyse.report import analyse
    from newstrace.config import AnalyseConfig
    from newstrace.model import Article, Coverage
    from newstrace.segment.document import Document
    from tests.analyse.links import sentence_link

    def found(copy: str) -> list[Change]:
        a, b = Document(Article(copy)), Document(Article(_BLOCKS))
        links = [sentence_link(a, b, 0, 0)]
        result = analyse(
            a, b, links, "a_from_b", coverage=Coverage(a=0.9, b=0.9), config=AnalyseConfig()
        )
        return [(d.kind, d.a_text, d.b_text) for d in result.discrepancies]

    copy = "Residents of Mill Lane and two blocks of Canal Street were told to leave overnight."
    assert found(copy) == []
    assert found(copy.replace("two", "three")) == [("number", "three", "400")]


def test_a_day_numbered_after_its_name_is_an_ordinal() -> None:
    """ "on day 36 of the shutdown" is its 36th day (rw-672): set against "the 35th day",
    a day changed; "day 35" is the same day; a count after the figure is no day's number."""
    b = "The deal came on the 35th day of the longest shutdown in history, aides said."
    a = "The deal came on day 36 of the longest shutdown on record, aides said."
    assert_changes(a, b, [("number", "36", "35th")], copy=True)
    assert_changes(a.replace("36", "35"), b, [], copy=True)
    found = numbers(Passage.of("Over the day 36 people were hurt.", 0), [])
    assert [(m.value, m.role) for m in found] == [("36", "people")]
