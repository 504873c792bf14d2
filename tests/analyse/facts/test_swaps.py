"""Facts swapped inside a run two aligned passages share (``facts/swaps.py``)."""

from __future__ import annotations

import pytest

from newstrace.analyse.facts.mentions import Passage
from newstrace.analyse.facts.names import names
from newstrace.analyse.facts.swaps import held_swaps
from tests.analyse.facts.aligned import Change, assert_changes


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # a title no title rule reads: the office without a person after it
        (
            "By Monday, Lauten had resigned as chief of staff to Representative Fincher.",
            "By Monday, Lauten had resigned as communications director to Representative Fincher.",
            [("title", "chief of staff", "communications director")],
        ),
        # a word that makes another rank of the one after it
        (
            "It was Clinton who promoted Sestak to rear admiral in 1999.",
            "It was Clinton who promoted Sestak to vice admiral in 1999.",
            [("title", "rear", "vice")],
        ),
        # a body's name, one word of it swapped, and an acronym of an outlet
        (
            "The U.S. Park Police have not opened an investigation.",
            "The U.S. Capitol Police have not opened an investigation.",
            [("organisation", "Park", "Capitol")],
        ),
        (
            "Cowan went to Duke University and then Northwestern University School of Law.",
            "Cowan went to Duke University and then Northeastern University School of Law.",
            [("organisation", "Northwestern", "Northeastern")],
        ),
        # the swapped word alone, the type of body after it unchanged
        (
            "He answered emails released by the Justice Department on Friday, aides said.",
            "He answered emails released by the State Department on Friday, aides said.",
            [("organisation", "Justice", "State")],
        ),
        (
            "He was going back to the Justice Department to report.",
            "He was going back to the White House to report.",
            [("organisation", "Justice Department", "White House")],
        ),
        # the last words of both sentences: their end bounds the swap
        (
            "The mayor said so in an interview with Telemundo.",
            "The mayor said so in an interview with Univision.",
            [("name", "Telemundo", "Univision")],
        ),
        # an acronym before the sentence's full stop
        (
            "It was a grave mistake, the mayor said in an interview with CNN.",
            "It was a grave mistake, the mayor said in an interview with NBC.",
            [("organisation", "CNN", "NBC")],
        ),
        # a weekday at the end of the run, the rest of the other sentence reworded
        (
            "Trump also said he would name his running mate by Thursday.",
            "Trump also said he would name his running mate by Friday, winding down a process.",
            [("date", "Thursday", "Friday")],
        ),
        # a figure at the start of a reworded run
        (
            "She spent campaign money on an $800 plane ticket for a rabbit.",
            "She spent campaign money on a $600 airline ticket for a rabbit.",
            [("number", "$800", "$600")],
        ),
        # a name before a columnist is an outlet
        pytest.param(
            "The row broke out on air between Jones and Boston Globe columnist Mary Fisk, who "
            "accused him of lying.",
            "The row broke out on air between the mayor's aide Tom Jones and Boston Herald "
            "columnist Mary Fisk, who accused him of lying.",
            [("organisation", "Globe", "Herald")],
            id="a_name_before_a_columnist_is_an_outlet",
        ),
    ],
)
def test_a_swapped_fact(a: str, b: str, expected: list[Change]) -> None:
    assert_changes(a, b, expected)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the neighbours say nothing: two reports' own days
        ("He said on Thursday.", "He said on Friday."),
        # a time is not a figure
        ("It was under control at 4:35 a.m. today.", "It was under control at 12:20 a.m. today."),
        # one name written two ways
        (
            "He spoke in Bakersfield, Calif. on Monday.",
            "He spoke in Bakersfield, California on Monday.",
        ),
        ("It will cost American jobs, unions say.", "It will cost U.S. jobs, unions say."),
        (
            "Lerner, the I.R.S. official, spoke.",
            "Lerner, the Internal Revenue Service official, spoke.",
        ),
        (
            "Clinton lied many times to the F.B.I. today.",
            "Clinton lied many times to the FBI today.",
        ),
        # two sentences of their own, alike only around the swap
        (
            "The president has said he plans to meet with the Russian leader alone.",
            "For the president to break with practice and meet with the Russian president "
            "alone, I would not trust what he says there.",
        ),
        # a count against a rank
        ("Issa made one more attempt.", "Issa made a second attempt."),
        # two words for one office
        (
            "She became a Supreme Court justice in 1993.",
            "She became a Supreme Court judge in 1993.",
        ),
        # an office last in its sentence describes someone named before it
        (
            "Obama has had frosty ties with the Israeli leader.",
            "Obama has had frosty ties with the Israeli prime minister.",
        ),
        # another speaker is a misattribution, not a changed fact
        (
            "The plan is dead, Chuck Schumer said today.",
            "The plan is dead, Nancy Pelosi said today.",
        ),
        # a body against a place in one slot: two things, not one fact changed
        (
            "She made the speech at her old school, Marlow High School. The crowd cheered.",
            "She made the speech at Marlow High School, her old school, in Marlow, North"
            " Dakota. The crowd cheered.",
        ),
    ],
)
def test_no_swapped_fact(a: str, b: str) -> None:
    assert_changes(a, b, [])


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (
            "As lieutenant governor of Ohio in 1998, she backed the new school tax.",
            "As governor of Ohio in 1998, she backed the new school tax.",
            [("title", "lieutenant governor", "governor")],
        ),
        (
            "The plan was drafted by the attorney for the northern district, officials said.",
            "The plan was drafted by the assistant attorney for the northern district, officials said.",
            [("title", "attorney", "assistant attorney")],
        ),
        # "acting" keeps the office: held for now
        (
            "The plan was drafted by the acting director of the agency, officials said.",
            "The plan was drafted by the director of the agency, officials said.",
            [],
        ),
    ],
)
def test_a_word_that_makes_another_office(a: str, b: str, expected: list[Change]) -> None:
    assert_changes(a, b, expected)


def test_an_office_made_another_in_a_reworded_copy() -> None:
    a = (
        "Then came the scandal, the plot by members of his administration, his chief of "
        "staff among them, to close the bridge."
    )
    b = (
        "His image suffered a blow in 2014, when it was revealed members of his "
        "administration, including his deputy chief of staff, were involved in a plot to "
        "shut a bridge."
    )
    assert_changes(a, b, [("title", "chief", "deputy chief")], copy=True)
    # independent reports' sentences this far apart are read no further
    assert_changes(a, b, [])
    # a lone rank kept is too little to tie the two offices
    assert_changes(
        "Then came the scandal, the plot by members of his staff, his director.",
        "It was revealed in 2014 that members of his staff, including his deputy director, "
        "were involved in a plot to shut a bridge.",
        [],
        copy=True,
    )


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # "last week" / "last month" after the same words: one event dated two ways
        pytest.param(
            "The audit went to the council last week, and its findings surprised no one.",
            "The audit went to the council last month, and its findings surprised no one.",
            [("date", "week", "month")],
            id="a_span_of_time_placed_the_same_way_is_a_date",
        ),
        # "the Senate budget committee" / "the Senate finance committee": two committees
        pytest.param(
            "Figures released by the Senate budget committee on Monday showed a larger gap.",
            "Figures released by the Senate finance committee on Monday showed a larger gap.",
            [("organisation", "budget", "finance")],
            id="the_subject_of_a_body_named_in_lower_case_is_which_body",
        ),
        pytest.param(
            "Local budget committee members met on Monday to discuss the gap.",
            "Local finance committee members met on Monday to discuss the gap.",
            [],
            id="a_lower_case_word_after_a_sentence_opener_names_no_body",
        ),
        # "House" capitalised is a chamber's name, not the type of body the word before names
        pytest.param(
            "The trade fight that has pitted Obama against House leaders went on for weeks.",
            "The trade fight that has pitted Obama beside House leaders went on for weeks.",
            [],
            id="a_word_before_a_capitalised_body_names_no_body",
        ),
        # "CEO" is the chief executive: "union chief" names the same head
        pytest.param(
            "Or, as union chief Dana Whitfield put it, the strike is not over yet.",
            "Or, as union CEO Dana Whitfield put it, the strike is not over yet.",
            [],
            id="a_title_shortened_to_its_chief_is_the_same_office",
        ),
        # the copy gives the price of one item where the source counted the items
        pytest.param(
            "The auction also sold a rare stamp album and a $3,200 clock owned by the mayor.",
            "The auction also sold a rare stamp album and three watches owned by the mayor.",
            [],
            id="a_sum_and_a_count_in_one_slot_are_two_things",
        ),
        # whoever is credited with the quotation is the quote check's to judge
        pytest.param(
            "\u201cIt will not pass,\u201d summarized Wetherby, before the vote on the levy.",
            "\u201cIt will not pass,\u201d summarized Castellan, before the vote on the levy.",
            [],
            id="a_speaker_after_a_quotation_is_no_changed_name",
        ),
        # "in" alone says nothing before a swap; "in May 2019" after it holds the slot
        pytest.param(
            "\u201cWe have work to do,\u201d Dana Ruiz told a crowd in Dunmore in May 2019.",
            "\u201cWe have work to do,\u201d Ms. Ruiz said to people gathered in Danbury in May 2019.",
            [("name", "Dunmore", "Danbury")],
            id="a_place_after_in_held_by_the_words_after_it_in_a_copy",
        ),
        # "Labour County Committee" / "a county Labour Party committee": one body, "county"
        # moved before its name, though words that say something hold the swap
        pytest.param(
            "Police have questioned Mayor Ann Dale's aides and Essex's Labour County Committee.",
            "Police have questioned Mayor Ann Dale's aides and a county Labour Party committee.",
            [],
            id="a_body_type_put_for_a_word_of_its_name_between_kept_words",
        ),
        pytest.param(
            "Cole, whom the mayor fired in March for lying to the deputy mayor, has said he regrets it.",
            "Speaking on Monday, the mayor said he regretted it all for Mr. Cole, whom he fired in "
            "March for lying to the sheriff about the contracts.",
            [("title", "deputy mayor", "sheriff")],
            id="an_office_after_a_long_run_kept_in_a_reworded_copy",
        ),
        pytest.param(
            "Cole, whom the mayor fired in March for lying to the major donors, has said he regrets it.",
            "Speaking on Monday, the mayor said he regretted it all for Mr. Cole, whom he fired in "
            "March for lying to the executive producers who funded it.",
            [],
            id="rank_words_describing_a_noun_after_a_long_run_are_no_office",
        ),
        # the copy reworded the sentence around "Senate nominee" and nicknamed the party: the
        # year it changed is a fact changed, the party's name is not
        pytest.param(
            "Ohio's Republican Senate nominee is accused of defrauding a 70-year-old in 1987.",
            "Allegations that Ohio GOP Senate nominee Dale Reed defrauded a 70-year-old widow in 1989.",
            [("date", "1987", "1989")],
            id="a_party_named_by_its_nickname_in_a_reworded_copy",
        ),
        # "Southern District" / "Eastern District" name two territories, not two people
        pytest.param(
            "The U.S. attorney for the Southern District of New York brought the charges.",
            "The U.S. attorney for the Eastern District of New York brought the charges.",
            [("organisation", "Southern", "Eastern")],
            id="a_district_put_for_another_is_no_other_person",
        ),
        # "Kremlin" is Russia's government: the same side named otherwise
        pytest.param(
            "Prosecutors charged nine Russian military officers with breaking into the servers.",
            "Prosecutors charged nine Kremlin military officers with breaking into the servers.",
            [],
            id="a_government_named_by_its_seat_is_no_other_name",
        ),
        # two countries are two sides
        pytest.param(
            "Prosecutors charged nine Russian military officers with breaking into the servers.",
            "Prosecutors charged nine Iranian military officers with breaking into the servers.",
            [("name", "Russian", "Iranian")],
            id="two_countries_are_two_sides",
        ),
        # "Harlow Political Report" is an outlet, so its first word put for another's is no
        # second person the sentence is about
        pytest.param(
            "Last spring, the Harlow Political Report forecast gains of four to nine seats.",
            "Last spring, the Benton Political Report forecast gains of four to nine seats.",
            [("organisation", "Harlow", "Benton")],
            id="a_newsletter_named_a_report_is_no_person",
        ),
        # the Speaker is a Representative: either names one person, no office changed
        pytest.param(
            "After the vote, Speaker Ann Hale read the rules to the chamber.",
            "After the vote, Rep. Ann Hale read the rules to the chamber.",
            [],
            id="a_seat_and_an_office_in_its_body_are_held_together",
        ),
        pytest.param(
            "After the vote, Speaker Ann Hale read the rules to the chamber.",
            "After the vote, Majority Leader Ann Hale read the rules to the chamber.",
            [("title", "Speaker Ann Hale", "Majority Leader Ann Hale")],
            id="another_office_of_the_body_is_a_change",
        ),
        # two names of one office: a copy that writes "president" changed nothing
        pytest.param(
            "Critics warn that a future Democratic president could use the same tool on guns.",
            "Critics warn that a future Democratic commander in chief could use the same tool on"
            " guns.",
            [],
            id="the_commander_in_chief_is_the_president",
        ),
        # another office in the same slot still is a change
        pytest.param(
            "Critics warn that a future Democratic governor could use the same tool on guns.",
            "Critics warn that a future Democratic president could use the same tool on guns.",
            [("title", "governor", "president")],
            id="another_office_in_the_presidents_slot_is_a_change",
        ),
        # "GOP" is the Republicans' nickname, "Dem" the Democrats' short form: the same party
        pytest.param(
            "Voters in the district backed the Republican Senate nominee by nine points on"
            " Tuesday.",
            "Voters in the district backed the GOP Senate nominee by nine points on Tuesday.",
            [],
            id="a_party_named_by_its_nickname_is_no_other_party",
        ),
        pytest.param(
            "Voters in the district backed the Democratic Senate nominee by nine points on"
            " Tuesday.",
            "Voters in the district backed the Dem Senate nominee by nine points on Tuesday.",
            [],
            id="a_party_named_by_its_short_form_is_no_other_party",
        ),
        # two parties are two sides
        pytest.param(
            "Voters in the district backed the Democratic Senate nominee by nine points on"
            " Tuesday.",
            "Voters in the district backed the GOP Senate nominee by nine points on Tuesday.",
            [("organisation", "Democratic", "GOP")],
            id="two_parties_are_two_sides",
        ),
    ],
)
def test_a_fact_swapped_in_a_run_a_copy_shares(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    assert_changes(a, b, expected, copy=True)


def _held(a: str, b: str) -> list[Change]:
    x, y = Passage.of(a, 0), Passage.of(b, 0)
    return [(d.kind, d.a_text, d.b_text) for d in held_swaps(x, y, names(x), names(y))]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # the copy reworded all but "on" ... "Morning Edition" around the network it changed
        pytest.param(
            "\u201cWe will not back down,\u201d said Ms. Ortiz, who left the FBI in May, on"
            " CNN's Morning Edition.",
            "Ortiz, an FBI veteran, appeared on CBS' Morning Edition.",
            [("organisation", "CNN's", "CBS'")],
            id="a_swap_held_by_kept_words_in_a_reworded_copy",
        ),
        # "to the" ... "border": one border seen from either side, not a place changed
        pytest.param(
            "The governor sent troops to the Mexican border last spring, aides said.",
            "He ordered state police and guardsmen to the Texas border with Mexico.",
            [],
            id="a_reworded_swap_needs_kept_words_that_say_something",
        ),
        # "Democratic Party" / "Democratic State Committee": the kept "Democratic" names it
        pytest.param(
            "Prosecutors have subpoenaed the Ohio Democratic Party as part of an inquiry, aides"
            " said.",
            "Agents sought papers from the Democratic State Committee as part of their inquiry.",
            [],
            id="a_body_named_by_its_type_is_no_body_renamed",
        ),
        # "Lowry" is in both: the copy moved its subject, it did not put a place for it
        pytest.param(
            "Also on Saturday, in Dayton, Lowry called the plan \u201cdead,\u201d aides said.",
            "Ms. Lowry, who spoke to farmers at another stop on Saturday, in Dayton, Ohio, called"
            " the state's plan for rural schools a relic of another age.",
            [],
            id="a_name_the_other_passage_states_elsewhere_moved",
        ),
    ],
)
def test_a_swap_held_in_a_reworded_copy(a: str, b: str, expected: list[Change]) -> None:
    assert _held(a, b) == expected
