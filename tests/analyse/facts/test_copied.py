"""Facts of a narrow type a copy changed in a sentence it reworded (``facts/copied.py``)."""

from __future__ import annotations

import pytest

from newstrace.analyse.facts.copied import bodies_kept
from newstrace.model import Discrepancy, DiscrepancyKind, Span
from tests.analyse.facts.aligned import Change, assert_changes


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # an age bound, the words around it reworded
        (
            "The report faults the county for letting visitors 16 or older fish without a permit.",
            "Under county rules, anyone 18 or older can legally fish there with no permit.",
            [("number", "16 or older", "18 or older")],
        ),
        # the other side of the chamber before the same office
        (
            "House minority leader Ada Brook has called the bill a stunt and vowed to block it.",
            "Representative Ada Brook of Ohio, the majority leader, has said she will stop it.",
            [("title", "minority leader", "majority leader")],
        ),
        # another grade of the same rank
        (
            "It was the governor who made Ruiz a rear admiral, and Ruiz later ran his campaign.",
            "As governor, he promoted Ruiz to vice admiral and made him his adviser.",
            [("title", "rear admiral", "vice admiral")],
        ),
        # a span placed in time by the same word, another span
        (
            "Last week the mayor sided with residents who oppose the new depot.",
            "Last month, the mayor joined with neighbors fighting plans for a bus depot.",
            [("date", "Last week", "Last month")],
        ),
        # a stretch back from now, in another unit
        (
            "Several clubs have banned the coach in recent months, fans said.",
            "A host of them have in recent weeks banned the coach and his assistant.",
            [("date", "recent months", "recent weeks")],
        ),
        # the one county of each sentence, another county
        (
            "The Alder County Sheriff's Office said it was helping state agents at the mill.",
            "The Brandt County Police Department confirmed it was assisting agents there.",
            [("name", "Alder County", "Brandt County")],
        ),
        # a body named after its type, the same type and name after it, another name
        (
            "Ann Roe, who teaches at the North Plains College of Law, went further.",
            "Ann Roe, a Westfield College of Law professor, wrote that it should be dropped.",
            [("organisation", "North Plains College of Law", "Westfield College of Law")],
        ),
        # the other chamber of Congress in the same frame
        (
            "Farm groups wrote to the heads of five panels in the U.S. Senate on Monday.",
            "On Monday the heads of five panels in the U.S. House of Representatives got a letter.",
            [("organisation", "U.S. Senate", "U.S. House of Representatives")],
        ),
        # a state's member of the other chamber, no name after it
        (
            "The mayor will host Ann Roe, the dogged Vermont congressman, on Friday.",
            "The mayor meets Roe on Friday, the day the Vermont senator holds a rally.",
            [("title", "Vermont congressman", "Vermont senator")],
        ),
        # a newspaper named in the slot of another
        (
            "In the tape, obtained by the Coastal Journal, the mayor gives his name and shouts.",
            "In a tape of the call obtained by the Bay Herald, the mayor named himself.",
            [("organisation", "Coastal Journal", "Bay Herald")],
        ),
        # a post moved to another social network, the copy naming the source's elsewhere
        (
            "His rival replied on Facebook, calling it a lie.",
            "His rival's reply came soon after, also on Twitter, calling the claim a lie.",
            [("organisation", "Facebook", "Twitter")],
        ),
        # a magazine put for another, its edition kept
        (
            "The mayor posed for British Vogue more than 20 years ago, the ad says.",
            "The ad shows a photo the mayor posed for years ago for British GQ.",
            [("organisation", "Vogue", "GQ")],
        ),
        # a magazine named before "magazine", another one
        (
            "He sneered at Fortune magazine's estimate of the mayor's wealth.",
            "He doubted the mayor was worth as much as Forbes magazine estimated.",
            [("organisation", "Fortune", "Forbes")],
        ),
        # an armed service put for another
        (
            "Mr. Lee will serve his district as a member of Congress and an Army combat veteran.",
            "Mr. Lee will serve his district as a member of Congress, Marine Corps combat veteran.",
            [("organisation", "Army", "Marine Corps")],
        ),
        # a service's reserve, "Marine" alone before it
        (
            "In 1970 he won a much-sought place in the Army Reserve, far from Vietnam.",
            "In 1970 he landed a coveted spot in the Marine Reserve, and stayed home.",
            [("organisation", "Army", "Marine")],
        ),
        # an armed group put for another
        (
            "Within hours, officials said the man had pledged allegiance to Al Qaeda.",
            "Officials said that the gunman had pledged his allegiance to the Islamic State.",
            [("organisation", "Al Qaeda", "Islamic State")],
        ),
        # a time of day after the same word, another time
        (
            "The mayor was due at the depot around 2:15 p.m. to meet angry neighbors.",
            "Aides said the mayor will go to the site around 3:15 p.m. in a bid to calm residents.",
            [("number", "2:15 p.m.", "3:15 p.m.")],
        ),
        # a weekday placed from now by the same word, another weekday
        (
            "It hinted at how the mayor will handle his rematch with Ann Lee next Thursday.",
            "It showed how the mayor will approach next Tuesday's debate with Lee, aides said.",
            [("date", "next Thursday", "next Tuesday")],
        ),
        # a country's envoy, another post
        (
            "Lee spoke first, on the killing of the U.S. consul in Libya a month ago.",
            "Lee, asked about the death of the U.S. ambassador to Libya, answered first.",
            [("title", "U.S. consul", "U.S. ambassador")],
        ),
        # a network put for another in the same sentence
        (
            "Lee started the fight on MSNBC, faulting the mayor for the invitation.",
            "Lee, a critic of the mayor, started the fight when he said on CNN that he disagreed.",
            [("organisation", "MSNBC", "CNN")],
        ),
        # an international lender put for another, the title around it reworded
        (
            "His lawyer got every charge against ex-World Bank chief Ann Lee thrown out.",
            "His lawyer won a dismissal of all charges against former IMF director Ann Lee.",
            [("organisation", "World Bank", "IMF")],
        ),
        # Congress put for one of its chambers, the verb reworded
        (
            "The White House asked the Senate to act on an older proposal to hire police.",
            "The White House called on Congress to act on an old proposal to hire police.",
            [("organisation", "Senate", "Congress")],
        ),
        # a law school put for another's, its name written otherwise
        (
            "Ann Lee, a law professor at Columbia Law School, said the party was right.",
            "Ann Lee, a law professor at Fordham University School of Law, said the party was right.",
            [("organisation", "Columbia Law School", "Fordham University School of Law")],
        ),
        # the same side's other office: the whip put for the leader
        (
            "The House Majority Leader, long hounded by activists, on Monday backed the plan.",
            "House Majority Whip Ada Brook, a longtime target of activists, said she backs it.",
            [("title", "Majority Leader", "Majority Whip")],
        ),
        # a party's leader put for its whip
        (
            "Ada Brook, the Democratic whip, backs the override but denied a split.",
            "Ada Brook of Ohio, the Democratic leader who backs the override, denied a split.",
            [("title", "Democratic whip", "Democratic leader")],
        ),
        # the office under a body's office, the body named alike
        (
            "Ann Roe holds a doctorate and has served as vice president of the Ohio Bar Association.",
            "Besides teaching, she has served on the state Joint Advisory Board and as the "
            "president of the Ohio Bar Association.",
            [
                (
                    "title",
                    "vice president of the Ohio Bar Association",
                    "president of the Ohio Bar Association",
                )
            ],
        ),
        # another part of the day after a weekday (the day moved too)
        (
            "The mayor spent Sunday night on Facebook raging at the council.",
            "The mayor used Twitter to tear into the council Sunday morning.",
            [("date", "night", "morning"), ("organisation", "Facebook", "Twitter")],
        ),
        # one place of a city named after its type put for another
        (
            "Ann Roe stayed quiet on trade at her Randall's Island campaign launch Saturday.",
            "Ann Roe did not mention trade in her kickoff speech at New York City's Roosevelt "
            "Island on Saturday.",
            [("name", "Randall's Island", "Roosevelt Island")],
        ),
        # a death toll, the verb that counts it reworded
        (
            "Trump faulted his reaction to the nightclub attack that killed 53.",
            "Trump assailed his response to a shooting at a night club that left 50 people dead.",
            [("number", "killed 53", "left 50 people dead")],
        ),
        # a campaign group put for another, the phrase around it reworded
        (
            "Ann Roe told a raucous crowd at an Indivisible event Thursday that she would win.",
            "Roe spoke to a crowd of supporters at an event hosted by the progressive group MoveOn.",
            [("organisation", "Indivisible", "MoveOn")],
        ),
    ],
)
def test_a_fact_of_a_narrow_type_changed_in_a_reworded_copy(
    a: str, b: str, expected: list[Change]
) -> None:
    assert_changes(a, b, expected, copy=True)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # independent reports: the same sentences say nothing changed
        (
            "The report faults the county for letting visitors 16 or older fish without a permit.",
            "Under county rules, anyone 18 or older can legally fish there with no permit.",
        ),
        (
            "Last week the mayor sided with residents who oppose the new depot.",
            "Last month, the mayor joined with neighbors fighting plans for a bus depot.",
        ),
        (
            "His rival replied on Facebook, calling it a lie.",
            "His rival's reply came soon after, also on Twitter, calling the claim a lie.",
        ),
    ],
)
def test_read_only_for_a_copy(a: str, b: str) -> None:
    assert_changes(a, b, [])


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two bounds of one side: which was changed is not known
        (
            "Anyone 16 or older may fish, and anyone 65 or older fishes free.",
            "The county lets anyone 18 or older fish with no permit.",
        ),
        # another frame: a lowest and a highest age are two bounds
        (
            "The county lets anyone 16 or older fish with no permit.",
            "The county lets children 12 or younger fish with no permit.",
        ),
        # the leader and the whip of two sides: two offices and two sides, not one changed
        (
            "The House Majority Leader on Monday backed the plan.",
            "House Minority Whip Ada Brook said on Monday she backs the plan.",
        ),
        # a body's vice president and its president, each named: two people
        (
            "Ann Roe has served as vice president of the Ohio Bar Association, she said.",
            "Tom Lee, a lawyer, served as the president of the Ohio Bar Association.",
        ),
        # a sentence telling of two times: its parts of the day are of two things
        (
            "The governor told aides by phone Tuesday morning, then went public that afternoon.",
            "The governor made a public announcement Tuesday afternoon at his old school.",
        ),
        # an evening and a night of one day are one time, named two ways
        (
            "The mayor spent Sunday evening on the phone with the council.",
            "The mayor called council members Sunday night.",
        ),
        # "this week" / "last week": a copy written later may place one event either way
        (
            "This week the mayor sided with residents who oppose the new depot.",
            "Last week, the mayor joined with neighbors fighting plans for a bus depot.",
        ),
        # one county, its name written out
        (
            "Officials in Miami-Dade County said the mill was closed.",
            "The Dade County sheriff confirmed the mill was shut.",
        ),
        # a name shortened: the same university
        (
            "Ann Roe, a professor at the University of Texas, said so.",
            "Ann Roe of the University of Texas at Austin wrote that it should be dropped.",
        ),
        # a chamber as part of a committee's name is the committee's (``chambers.py``)
        (
            "The plan heads to the Senate next week, its backers said.",
            "Its backers said the plan goes to the House Rules Committee next week.",
        ),
        # a newspaper's name shortened: the same paper
        (
            "In the tape, obtained by The Wall Street Journal, the mayor gives his name.",
            "In a tape of the call obtained by the Journal, the mayor named himself.",
        ),
        # one moment in two time zones
        (
            "The council met around 1:30 p.m. PT to hear the residents, aides said.",
            "Aides said members sat down with residents around 4:30 p.m. ET in the old hall.",
        ),
        # a state's legislator is no member of Congress
        (
            "The mayor will host Ann Roe, the Vermont state senator, on Friday.",
            "The mayor meets Roe on Friday, the day the Vermont congresswoman holds a rally.",
        ),
        # one group's two names
        (
            "Ann Roe spoke at a MoveOn.org event, promising to win.",
            "Roe spoke at an event hosted by the progressive group MoveOn.",
        ),
        # "the White House" is no chamber
        (
            "The letter was sent to the Senate on Friday, a spokesman said.",
            "A spokesman said the letter went to the White House on Friday.",
        ),
        # "last Tuesday" / "next Thursday": two days placed two ways, two events
        (
            "Last Tuesday the mayor heard complaints from residents of the east side.",
            "Residents will put their complaints to the mayor next Thursday, aides said.",
        ),
        # the envoys of two countries
        (
            "Lee met the U.S. ambassador in Tripoli a month ago.",
            "Lee met the British consul in Tripoli a month ago.",
        ),
        # a bound and a figure may both be true of one attack
        (
            "The gunman killed at least 49 people at the club, officials said.",
            "Officials said the attack at the club left 50 people dead.",
        ),
        # two social networks on one side: which was changed is not known
        (
            "His rival replied on Facebook and Instagram, calling it a lie.",
            "His rival replied on Twitter, calling the claim a lie.",
        ),
        # one armed group under two names, one armed service under two
        (
            "Officials said the man had pledged allegiance to ISIS.",
            "Officials said that the gunman had pledged his allegiance to the Islamic State.",
        ),
        # "a Marine" is a member, no service named
        (
            "He served in the Army for a decade before he ran.",
            "He spent ten years as a Marine before his first run.",
        ),
        (
            "He served in the Marines for a decade before he ran.",
            "He spent ten years in the Marine Corps before his first run.",
        ),
        # two people's services: sentences about others
        (
            "After the vote, Ada Brook said she served in the Army for a decade.",
            "Ben Cole, the mayor, spent ten years in the Navy, he said after the vote.",
        ),
        # a body named after the service ("the Salvation Army"), a person after a magazine's name
        (
            "He gave the Salvation Army his old car last week.",
            "Last week he gave his old car to the Navy.",
        ),
        (
            "Steve Forbes estimated the mayor's wealth last week.",
            "Last week Fortune magazine estimated the mayor's wealth.",
        ),
        # the publication the copy credits with its story, no fact of it
        (
            "The mayor said her aide should be jailed, HuffPost reported.",
            "The aide's e-mails were found during the campaign, according to Politico.",
        ),
        (
            "Rage never comes up in the profile, the HuffPost report notes.",
            "Rage is a word that does not appear in Newsweek's profile of the mayor.",
        ),
        # the story's publication kept, beside the copy's credit
        (
            "The team slapped down BuzzFeed's report on the mayor, as first reported by HuffPost.",
            "The team disputed BuzzFeed's explosive report on the mayor on Friday.",
        ),
        # "This magazine": which one is not said
        (
            "This magazine estimated the mayor's wealth last week.",
            "Last week Fortune magazine estimated the mayor's wealth.",
        ),
        # one body under its two names, a chamber in a longer name, a state's chamber
        (
            "He once ran the International Monetary Fund, the mayor said.",
            "The mayor said he once ran the IMF.",
        ),
        (
            "The White House asked the Senate Judiciary Committee to act on the plan.",
            "The White House called on Congress to act on the plan.",
        ),
        (
            "The governor asked the state Senate to act on the plan.",
            "The governor called on Congress to act on the plan.",
        ),
        # the network the copy credits with its story, no fact of it
        (
            "Lee said the invitation was a big mistake, Fox News reported.",
            "Lee, a critic of the mayor, said on CNN that the invitation was a mistake.",
        ),
        # a member's seat, not a body asked to act: one seat named two ways
        (
            "Embattled Rep. Ann Lee quit the House on Friday, taking effect at 5 p.m.",
            "Rep. Ann Lee resigned from Congress on Friday, following allegations.",
        ),
        (
            "She teaches at Fordham Law School, the mayor said.",
            "The mayor said she teaches at Fordham University School of Law.",
        ),
        # jobs, not the dead
        (
            "The plant's closure killed 53 jobs in the town, the mayor said.",
            "The mayor said the closure left 50 people dead in their tracks.",
        ),
    ],
)
def test_no_narrow_fact_changed(a: str, b: str) -> None:
    assert_changes(a, b, [], copy=True)


def _time_change(a: str, b: str, x: str, y: str, kind: DiscrepancyKind = "number") -> Discrepancy:
    at, bt = a.index(x), b.index(y)
    return Discrepancy(kind, x, y, Span(at, at + len(x)), Span(bt, bt + len(y)))


_BODIES = (
    "The Energy Department will review the plan, consulting the F.A.A. and the Interior "
    "Department.",
    "The plan goes to the Energy Department for review. Other agencies, like the F.A.A. and "
    "the Interior Department, may be consulted.",
)


def test_a_body_taken_from_another_sentence_of_the_source_is_not_renamed() -> None:
    # the copy's body among the source's words elsewhere, the source's body named too
    a, b = _BODIES
    change = _time_change(a, b, "Interior Department", "Energy Department", "organisation")
    assert bodies_kept([change], a, b) == []


def test_a_body_put_in_the_sources_words_is_renamed() -> None:
    # both texts name both bodies, but the copy put one in the words of the other
    a = "The Energy Department was faulted. Emails released by the Interior Department drew fire."
    b = "The Energy Department was faulted. Emails released by the Energy Department drew fire."
    b += " The Interior Department declined to comment."
    change = _time_change(a, b, "Interior Department", "Energy Department", "organisation")
    assert bodies_kept([change], a, b) == [change]


def test_a_whole_counted_otherwise_in_a_copy() -> None:
    # "all" counts every member of a group, however the group is named
    a = "That collides with the ultimatum from all 41 GOP senators, who wrote they would block it."
    b = "Reid received a letter signed by all 42 Senate Republicans, which said they would block it."
    assert_changes(a, b, [("number", "41", "42")], copy=True)
    assert_changes(a, b, [])
