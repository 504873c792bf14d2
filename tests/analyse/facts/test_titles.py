"""Titles of several words changed or dropped; the body or party around them is not."""

from __future__ import annotations

import pytest

from newstrace.analyse.facts.mentions import Passage
from newstrace.analyse.facts.names import names
from newstrace.analyse.facts.titles import Title, different_titles, titles
from tests.analyse.facts.aligned import Change, assert_changes


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (
            "Senate Majority Leader Chuck Schumer left.",
            "Senate Minority Leader Chuck Schumer left.",
            [
                (
                    "title",
                    "Senate Majority Leader Chuck Schumer",
                    "Senate Minority Leader Chuck Schumer",
                )
            ],
        ),
        (
            "His campaign spokeswoman Kellyanne Conway spoke.",
            "His campaign manager Kellyanne Conway spoke.",
            [
                (
                    "title",
                    "campaign spokeswoman Kellyanne Conway",
                    "campaign manager Kellyanne Conway",
                )
            ],
        ),
        # a rank word dropped
        (
            "Detective Superintendent Jane Hale said so.",
            "Detective Chief Superintendent Jane Hale said so.",
            [
                (
                    "title",
                    "Detective Superintendent Jane Hale",
                    "Detective Chief Superintendent Jane Hale",
                )
            ],
        ),
        # the rank itself dropped
        (
            "Detective Jane Hale said so.",
            "Detective Superintendent Jane Hale said so.",
            [("title", "Detective Jane Hale", "Detective Superintendent Jane Hale")],
        ),
        # a title in apposition, lower-case as news style writes it
        (
            "Tom Reyes, the finance director of Acme, resigned.",
            "Tom Reyes, managing director of Acme, resigned.",
            [
                (
                    "title",
                    "Tom Reyes, the finance director of Acme",
                    "Tom Reyes, managing director of Acme",
                )
            ],
        ),
        # "a" before a rank and "for": the post held for someone, an office as with "the"
        (
            "Ann Cole, a spokeswoman for the school board, said classes would resume.",
            "Ann Cole, the attorney for the school board, said classes would resume.",
            [("title", "Ann Cole, a spokeswoman", "Ann Cole, the attorney")],
        ),
        # the holder's name misspelt: still one person
        (
            "A gloating House Majority Whip Dana Kowalsky went to the floor.",
            "House Minority Whip Dana Kowalski spoke on the floor after the vote, cheering.",
            [
                (
                    "title",
                    "House Majority Whip Dana Kowalsky",
                    "House Minority Whip Dana Kowalski",
                ),
                ("name", "Dana Kowalsky", "Dana Kowalski"),
            ],
        ),
        # a chief economist is no body's chief
        (
            "Ann Lee, McCain's chief economist at the time, spoke.",
            "Ann Lee, McCain's policy director at the time, spoke.",
            [("title", "Ann Lee, McCain's chief", "Ann Lee, McCain's policy director")],
        ),
        # a deputy director is no chief
        (
            "FBI chief Ann Lee spoke.",
            "FBI Deputy Director Ann Lee spoke.",
            [("title", "FBI chief Ann Lee", "FBI Deputy Director Ann Lee")],
        ),
        # a rank changer joined by a hyphen ("Co-Chairwoman"), no given name
        (
            "Rivals include former RNC vice-chairwoman Ann Wagner and others.",
            "Rivals came from former RNC Co-Chairwoman Ann Wagner and others.",
            [
                (
                    "title",
                    "former RNC vice-chairwoman Ann Wagner",
                    "former RNC Co-Chairwoman Ann Wagner",
                )
            ],
        ),
    ],
)
def test_a_changed_title(a: str, b: str, expected: list[Change]) -> None:
    assert_changes(a, b, expected)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Wisconsin GOP Rep. Paul Ryan spoke.", "Rep. Paul Ryan spoke."),
        ("Senate Majority Leader Harry Reid (D-Nev.) spoke.", "Majority Leader Harry Reid spoke."),
        ("FBI Deputy Director David Bowdich spoke.", "Deputy Director David Bowdich spoke."),
        (
            "Deputy press secretary Lindsey Walters said so.",
            "Lindsey Walters, the deputy White House press secretary, said so.",
        ),
        # an office inside a body and a seat in it are held together
        ("Senate Majority Leader Mitch McConnell spoke.", "Senator Mitch McConnell spoke."),
        # a rank changer joined by a hyphen is the same rank
        ("Vice-Chairwoman Ann Wagner spoke.", "Vice Chairwoman Ann Wagner spoke."),
        # an agency's chief is its director
        ("FBI chief Ann Lee spoke.", "FBI Director Ann Lee spoke."),
        # two people of one surname
        ("Senator John Smith spoke.", "Governor Jane Smith spoke."),
        # an abbreviation of a rank
        ("AARP CEO Barry Rand spoke.", "AARP chief executive Barry Rand spoke."),
        # an association's executive director is its chief executive
        (
            "NRA CEO Wayne LaPierre spoke.",
            "Wayne LaPierre, the rifle association's executive director, spoke.",
        ),
        # a time written before the title
        ("Ex-Vice President Dick Cheney spoke.", "Former Vice President Dick Cheney spoke."),
        # a generic rank goes with any office
        (
            "Larry Summers, the outgoing chairman of the council, spoke.",
            "Outgoing economic adviser Larry Summers spoke.",
        ),
        # "Democratic Leader" is the minority's leader or the majority's
        ("Democratic Leader Chuck Schumer spoke.", "Senate Minority Leader Chuck Schumer spoke."),
        # "a former minister" describes, it does not name the office
        (
            "Mike Huckabee, a former governor of Arkansas, ran.",
            "Mike Huckabee, a former Baptist minister, ran.",
        ),
        # the post held for a body, with "a" or with the body's name before it
        (
            "Ann Cole, a spokeswoman for the school board, said classes would resume.",
            "Ann Cole, the school board's spokeswoman, said classes would resume.",
        ),
        # lower-case words stay in a title only right before a rank
        (
            "The need for a new FBI director came after Trump fired Comey.",
            "President Trump is close to naming a new FBI director.",
        ),
        # a verb after a name does not start a title
        (
            "Tom Reyes, praising the Leeds detective, said so.",
            "Tom Reyes, the club chairman, said so.",
        ),
        # "under" before a capitalised title is a preposition, not a rank of it
        (
            "The court's rulings under Chief Justice Ann Moreno favoured the state.",
            "The court's decisions made under Moreno's leadership favoured the state.",
        ),
        (
            "The court's rulings under Chief Justice Ann Moreno favoured the state.",
            "The court's rulings by Chief Justice Ann Moreno favoured the state.",
        ),
        # a body's "chief" is its chairman, as news style writes it
        (
            "Senators are pressing party chief Ann Hale to apologise.",
            "Senators kept up pressure on party Chairwoman Ann Hale to apologise.",
        ),
        # an organisation has no title
        (
            "He chairs the Republican National Committee.",
            "He is the head of the Republican National Committee.",
        ),
    ],
)
def test_the_same_title(a: str, b: str) -> None:
    assert_changes(a, b, [])


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "It came from former C.I.A. director James R. Clapper Jr. on Sunday.",
            "It came from James R. Clapper Jr., the former director of national intelligence.",
            [
                (
                    "title",
                    "former C.I.A. director James R. Clapper Jr.",
                    "James R. Clapper Jr., the former director",
                )
            ],
            id="the_same_rank_of_another_body_named_by_its_acronym",
        ),
        pytest.param(
            "Mike Huckabee, the Baptist minister, said so on Sunday.",
            "Former Arkansas Gov. Mike Huckabee said so on Sunday.",
            [],
            id="a_past_office_against_a_present_one_is_no_change",
        ),
        # "her assistant" is the coach's assistant: the assistant coach, no other office
        pytest.param(
            "Coach Dana Pruitt has left, with her assistant Lee Varga in charge.",
            "Coach Dana Pruitt has left. Assistant coach Lee Varga is in charge.",
            [],
            id="a_rank_changer_after_a_possessive_says_whose_second",
        ),
        # "Capt." is a title as "Col." is: the title is read before the name
        pytest.param(
            "After 12 nights, Col. Ann Cole of the state patrol called it a turning point.",
            "Troopers were out, but Capt. Ann M. Cole of the state patrol saw a turning point.",
            [("title", "Col. Ann Cole", "Capt. Ann M. Cole")],
            id="a_rank_abbreviated_with_a_full_stop_ends_no_sentence",
        ),
        pytest.param(
            "Dana Ruhl, the former city governor, said the chain would hire cashiers.",
            "Dana Ruhl, the former city mayor and founder of Ruhl Foods, said so.",
            [("title", "Dana Ruhl, the former city governor", "Dana Ruhl, the former city mayor")],
            id="a_generic_office_held_with_another_vouches_for_no_office",
        ),
        pytest.param(
            "Treasurer Dana Ruhl said the chain would hire cashiers.",
            "Dana Ruhl, president and chief executive officer of Ruhl Foods, said so.",
            [("title", "Treasurer Dana Ruhl", "Dana Ruhl, president")],
            id="two_offices_held_together_are_not_any_office",
        ),
        pytest.param(
            "Ann Hale, the House Majority Leader whose district borders the river, said she would vote.",
            "House Majority Whip Ann Hale, a longtime critic of the project, said she would vote for it.",
            [("title", "Ann Hale, the House Majority Leader", "House Majority Whip Ann Hale")],
            id="a_capitalised_title_in_apposition_closed_by_a_clause",
        ),
        # independent reports may name offices of other times: a senator's seat vacated by
        # the new Secretary of State; two past offices of two bodies, both true of one person
        pytest.param(
            "The governor picked an aide to fill Sen. John Kerry's open seat until June.",
            "The governor named Mo Cowan to the seat vacated by Secretary of State John Kerry.",
            [],
            id="independent_reports_a_seat_vacated_by_a_new_office",
        ),
        pytest.param(
            "Rivals include former RNC Co-Chairwoman Ann Wagner and others.",
            "Rivals include former U.S. ambassador Ann Wagner and others.",
            [],
            id="independent_reports_two_past_offices_of_two_bodies",
        ),
        # independent reports may each write of another day (in a copy: ``test_a_title_in_a_copy``)
        pytest.param(
            "Former Gov. Dana Cole fired the board on Friday, aides said.",
            "Gov. Dana Cole fired the whole board on Friday.",
            [],
            id="independent_reports_an_office_former_and_present",
        ),
        # before "Secretary" the department's one word is the office
        pytest.param(
            "The mayor met party leaders on Friday but sent Labor Secretary Ann Hale to bargain.",
            "The mayor met with leaders of both parties Friday and assigned Energy Secretary Ann Hale.",
            [("title", "Labor Secretary Ann Hale", "Energy Secretary Ann Hale")],
            id="the_secretary_of_another_department",
        ),
        # a state's secretary is no department's: "Ohio Secretary" / "Labor Secretary" is not read
        pytest.param(
            "The mayor met party leaders on Friday but sent Labor Secretary Ann Hale to bargain.",
            "The mayor met with leaders of both parties Friday and assigned Ohio Secretary Ann Hale.",
            [],
            id="a_states_secretary_is_no_departments",
        ),
        # a field of work named before the rank: another office; a word describing the holder
        # ("veteran") or one field written two ways is none
        pytest.param(
            "Dana Cole, the agency's finance director, resigned on Monday.",
            "Dana Cole, the agency's compliance director, resigned on Monday.",
            [
                (
                    "title",
                    "Dana Cole, the agency's finance director",
                    "Dana Cole, the agency's compliance director",
                )
            ],
            id="the_same_rank_in_another_field",
        ),
        pytest.param(
            "Dana Cole, the agency's finance director, resigned on Monday.",
            "Dana Cole, the agency's veteran director, resigned on Monday.",
            [],
            id="a_word_describing_the_holder_is_no_field",
        ),
        pytest.param(
            "Dana Cole, the agency's communication director, resigned on Monday.",
            "Dana Cole, the agency's communications director, resigned on Monday.",
            [],
            id="one_field_written_two_ways",
        ),
        # the state before a member's rank is the seat's; a party beside it is no other seat
        pytest.param(
            "Minnesota Rep. Dana Cole, sworn in on Thursday, said the vote would fail.",
            "The vote will fail, said Michigan Rep. Dana Cole, who took office this week.",
            [("title", "Minnesota Rep. Dana Cole", "Michigan Rep. Dana Cole")],
            id="the_same_seat_of_another_state",
        ),
        pytest.param(
            "Minnesota Rep. Dana Cole, sworn in on Thursday, said the vote would fail.",
            "The vote will fail, said Minnesota Democratic Rep. Dana Cole, who took office this week.",
            [],
            id="a_party_beside_a_seats_state_is_no_other_seat",
        ),
        # a spokeswoman of a named campaign is no press secretary
        pytest.param(
            "Campaign press secretary Liz Smith blasted the new ad as dishonest.",
            "Obama campaign spokeswoman Liz Smith described the new ad as dishonest.",
            [
                (
                    "title",
                    "Campaign press secretary Liz Smith",
                    "Obama campaign spokeswoman Liz Smith",
                )
            ],
            id="a_spokeswoman_of_a_named_campaign_is_no_press_secretary",
        ),
        # a spokeswoman of no one named is whoever's press secretary
        pytest.param(
            "Campaign press secretary Liz Smith blasted the new ad as dishonest.",
            "Spokeswoman Liz Smith described the new ad as dishonest.",
            [],
            id="a_spokeswoman_of_no_one_named_may_be_a_press_secretary",
        ),
        # "his" says whose office; the lower-case title after it is the person's
        pytest.param(
            "The suit was filed by Lauren Greene, his former press secretary, who was fired.",
            "The suit was filed by Lauren Greene, his former communications director, in 2014.",
            [
                (
                    "title",
                    "Lauren Greene, his former press secretary",
                    "Lauren Greene, his former communications director",
                )
            ],
            id="a_title_in_apposition_after_whose_office_it_is",
        ),
        # the Senate's president is its majority party's leader too
        pytest.param(
            "Senate President Michael Thibodeau broke with them.",
            "Michael Thibodeau, the Republican leader, said so.",
            [],
            id="a_partys_office_is_held_with_an_office_of_the_state",
        ),
        # "aide" says what someone does and may go with any office, but not one of the
        # White House's staff when it is a campaign's
        pytest.param(
            "On Sunday, White House press secretary Rob Gibbons called the remark over the line.",
            "On Sunday, Obama campaign aide Rob Gibbons called the remark over the line.",
            [
                (
                    "title",
                    "White House press secretary Rob Gibbons",
                    "Obama campaign aide Rob Gibbons",
                )
            ],
            id="a_campaigns_post_is_no_office_of_the_white_house",
        ),
        pytest.param(
            "On Sunday, White House press secretary Rob Gibbons called the remark over the line.",
            "On Sunday, Obama aide Rob Gibbons called the remark over the line.",
            [],
            id="an_aide_may_hold_any_office",
        ),
        # the same rank of another body, each named by its letters
        pytest.param(
            "He got help from CIA Director James Comey's reopening of the probe.",
            "He got help from FBI Director James Comey's decision to reopen the probe.",
            [("title", "CIA Director James Comey's", "FBI Director James Comey's")],
            id="the_same_rank_of_another_body_each_named_by_its_letters",
        ),
        # a party by its letters, a country's letters: no other body
        pytest.param(
            "GOP Chairman Reince Priebus spoke.",
            "RNC Chairman Reince Priebus spoke.",
            [],
            id="a_party_by_its_letters_is_no_other_body",
        ),
        pytest.param(
            "U.S. Attorney Ann Hale spoke.",
            "NY Attorney Ann Hale spoke.",
            [],
            id="a_countrys_letters_are_no_other_body",
        ),
        # "Obama's U.N. ambassador", "President Barack Obama's national security adviser"
        pytest.param(
            "Susan Rice, Obama's U.N. ambassador, said it was harmful.",
            "Susan Rice, President Barack Obama's national security adviser, said it was harmful.",
            [
                (
                    "title",
                    "Susan Rice, Obama's U.N. ambassador",
                    "Susan Rice, President Barack Obama's national security adviser",
                )
            ],
            id="an_office_in_apposition_after_its_holders_owner_named_in_full",
        ),
        # "Political Director" written in capitals as its rank is: the field is "political"
        pytest.param(
            "Critics include former DNC finance director Dana Cole, who has not decided.",
            "The challengers may include former DNC Political Director Dana Cole, aides said.",
            [
                (
                    "title",
                    "former DNC finance director Dana Cole",
                    "former DNC Political Director Dana Cole",
                )
            ],
            id="a_field_named_by_its_adjective_in_a_capitalised_title",
        ),
        # an adjective in "-ical" names a field in lower case too
        pytest.param(
            "Critics include former DNC finance director Dana Cole, who has not decided.",
            "The challengers may include former DNC political director Dana Cole, aides said.",
            [
                (
                    "title",
                    "former DNC finance director Dana Cole",
                    "former DNC political director Dana Cole",
                )
            ],
            id="a_field_named_by_its_adjective_in_lower_case",
        ),
    ],
)
def test_a_title_changed_or_dropped(a: str, b: str, expected: list[tuple[str, str, str]]) -> None:
    assert_changes(a, b, expected)


@pytest.mark.parametrize(
    "b",
    [
        "It came from James Comey, the former director of the Federal Bureau of Investigation.",
        "It came from James Comey, the former director of the bureau, on Sunday.",
    ],
)
def test_the_same_body_by_its_acronym_or_a_short_name(b: str) -> None:
    assert_changes("It came from former FBI director James Comey on Sunday.", b, [])


def test_a_bodys_chief_is_its_chief_executive() -> None:
    found = []
    for text in ("NRA chief Wayne LaPierre said no.", "NRA CEO Wayne LaPierre said no."):
        passage = Passage.of(text, 0)
        found += titles(passage, names(passage))
    assert not different_titles(*found)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the head of the title left off, its modifier kept before the name
        (
            "Deputy Marta Koenig runs the club until spring.",
            "Deputy manager Marta Koenig runs the club until spring.",
        ),
        # "officer" left off the title in apposition
        (
            "The plan was approved by Jon Ruiz, the firm's chief financial.",
            "The plan was approved by Jon Ruiz, chief financial officer of Bexley Mills.",
        ),
    ],
)
def test_a_title_cut_short_is_the_same_office(a: str, b: str) -> None:
    assert_changes(a, b, [])


def test_a_title_in_apposition_ends_with_its_sentence() -> None:
    # "director." closes the sentence: the next one's first words are no part of the title
    text = "The plan was defended by Ann Hale, the council's policy director. Yet Hale said more."
    passage = Passage.of(text, 0)
    found = [t.mention.text for t in titles(passage, names(passage))]
    assert found == ["Ann Hale, the council's policy director"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Chief executive Dana Ruhl said the chain would hire cashiers.",
            '"We listened," said Dana Ruhl, president and chief executive officer of Ruhl Foods.',
        ),
        (
            "Dana Ruhl, the chain's president, said it would hire cashiers.",
            "President and CEO Dana Ruhl said the chain would hire cashiers.",
        ),
    ],
)
def test_one_of_two_offices_held_together_is_no_change(a: str, b: str) -> None:
    assert_changes(a, b, [])


def _two_titles(a: str, b: str) -> list[Title]:
    found = []
    for text in (a, b):
        passage = Passage.of(text, 0)
        found += titles(passage, names(passage))
    return found


def test_an_office_stacked_before_a_members_seat_is_read_alone() -> None:
    # "committee chairman Sen. Ann Hale" is a chairman and a senator: the vice chairman
    # holds another office in the committee, whatever the seat
    stacked = "Budget committee chairman Sen. Ann Hale floated a delay."
    vice = _two_titles("Vice chairman Ann Hale floated a delay.", stacked)
    assert len(vice) == 2 and different_titles(*vice)
    same = _two_titles("Chairman Ann Hale floated a delay.", stacked)
    assert len(same) == 2 and not different_titles(*same)
    # the seat alone goes with any office in the body
    seat = _two_titles("Vice chairman Ann Hale floated a delay.", "Sen. Ann Hale floated a delay.")
    assert len(seat) == 2 and not different_titles(*seat)


def test_a_capitalised_title_before_another_name_is_not_the_first_persons() -> None:
    passage = Passage.of("Ann Hale, the House Majority Leader Bo Dee named, spoke.", 0)
    people = [t.person.mention.text for t in titles(passage, names(passage))]
    assert "Ann Hale" not in people


def test_a_bodys_bare_leader_is_the_office_heading_it() -> None:
    # "Senate leader" describes whoever heads the Senate, here its president
    a = "Senate leader Kevin Dorado called it a bargain on Monday."
    b = "Kevin Dorado, the president of the California State Senate, called it a bargain."
    found = []
    for text in (a, b):
        passage = Passage.of(text, 0)
        found += titles(passage, names(passage))
    assert len(found) == 2 and not different_titles(*found)
    # a ranked leader is read on its ranks: the majority leader is no president
    ranked = Passage.of("Senate Majority Leader Kevin Dorado called it a bargain.", 0)
    assert different_titles(titles(ranked, names(ranked))[0], found[1])


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # the title of the person ending a run after an office's body ("Secretary of State
        # Colin Powell"); a national security adviser holds an office, no generic rank
        pytest.param(
            "Former national security adviser Colin Powell has said so.",
            "Former Secretary of State Colin Powell said he used it too.",
            [
                (
                    "title",
                    "Former national security adviser Colin Powell",
                    "Former Secretary of State Colin Powell",
                )
            ],
            id="a_copys_title_of_a_person_after_an_offices_body",
        ),
        # two past offices of two bodies, both true of one person in two reports, not in a copy
        pytest.param(
            "Rivals include former RNC Co-Chairwoman Ann Wagner and others.",
            "Rivals include former U.S. ambassador Ann Wagner and others.",
            [("title", "former RNC Co-Chairwoman Ann Wagner", "former U.S. ambassador Ann Wagner")],
            id="two_past_offices_of_two_bodies",
        ),
        # a copy calling a present office past, written when its source was
        pytest.param(
            "Former Gov. Dana Cole fired the board on Friday, aides said.",
            "Gov. Dana Cole fired the whole board on Friday.",
            [("title", "Former Gov. Dana Cole", "Gov. Dana Cole")],
            id="calling_a_present_office_former",
        ),
        pytest.param(
            "Ex-Gov. Dana Cole fired the board on Friday, aides said.",
            "Gov. Dana Cole fired the whole board on Friday.",
            [("title", "Ex-Gov. Dana Cole", "Gov. Dana Cole")],
            id="calling_a_present_office_ex",
        ),
        # "then" dates the office to the story
        pytest.param(
            "Then-Gov. Dana Cole fired the board on Friday, aides said.",
            "Gov. Dana Cole fired the whole board on Friday.",
            [],
            id="an_office_then",
        ),
        # a word before the title that ends the office says "former" too
        pytest.param(
            "They named a successor to ousted Gov. Dana Cole on Friday.",
            "They named a successor to former Gov. Dana Cole on Friday.",
            [],
            id="an_office_ended_by_a_word_before_it",
        ),
        # the title of the time of an act dated before the story's own time
        pytest.param(
            "The war was launched by Gov. Dana Cole after the Sept. 11 attacks.",
            "The war was started by former Gov. Dana Cole after the attacks on Sept. 11, 2001.",
            [],
            id="the_title_of_an_acts_own_time",
        ),
        # a month is its whole word: "Mayor" dates nothing ("May" began it, read as a month)
        pytest.param(
            "Former Mayor Dana Cole fired the board on Friday, aides said.",
            "Mayor Dana Cole fired the whole board on Friday.",
            [("title", "Former Mayor Dana Cole", "Mayor Dana Cole")],
            id="calling_a_mayor_former",
        ),
        # a past office of another rank is another office, read as before
        pytest.param(
            "Former Gov. Dana Cole fired the board on Friday, aides said.",
            "Former Sen. Dana Cole fired the whole board on Friday.",
            [("title", "Former Gov. Dana Cole", "Former Sen. Dana Cole")],
            id="a_past_office_of_another_rank",
        ),
        # "the field agent in charge of ... branch" heads the branch: its chief
        pytest.param(
            "Memphis branch chief Dana Ruiz was interviewed on Monday, officials said.",
            "Dana Ruiz, the veteran field agent in charge of the Memphis branch, was interviewed.",
            [],
            id="a_rank_in_charge_of_a_body_is_its_chief",
        ),
        # the county's prosecutor in the words of the office's statutes: one office
        pytest.param(
            "The grand jury meets Wednesday, a spokesman for county prosecutor Robert Lang said.",
            "The grand jury meets Wednesday, said a spokesman for Robert Lang, the prosecuting attorney for the county.",
            [],
            id="a_prosecuting_attorney_is_a_prosecutor",
        ),
        pytest.param(
            "The grand jury meets Wednesday, a spokesman for county sheriff Robert Lang said.",
            "The grand jury meets Wednesday, said a spokesman for Robert Lang, the prosecuting attorney for the county.",
            [("title", "county sheriff Robert Lang", "Robert Lang, the prosecuting attorney")],
            id="a_sheriff_is_no_prosecuting_attorney",
        ),
    ],
)
def test_a_title_in_a_copy(a: str, b: str, expected: list[Change]) -> None:
    """A is taken from B: an office called past on one side only is changed too."""
    assert_changes(a, b, expected, copy=True)


def test_the_title_after_a_possessive_name_is_the_persons() -> None:
    # "Reid's" says whose office; the lower-case title after it is the person's
    passage = Passage.of("Jim Manley, Reid's chief of staff, said so.", 0)
    assert [t.ranks for t in titles(passage, names(passage))] == [("chief", "staff")]
