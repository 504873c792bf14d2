"""A network or station a copy names in place of its source's, wherever they stand."""

from __future__ import annotations

import pytest

from newstrace.analyse.facts.broadcasters import (
    changed_broadcasters,
    posted_elsewhere,
    redescribed_stations,
)
from newstrace.model import QuoteCheck, Span


def _changes(a: str, b: str, credited: list[Span] | None = None) -> list[tuple[str, str, str]]:
    return [(d.kind, d.a_text, d.b_text) for d in changed_broadcasters(a, b, credited=credited)]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            "Ms. Rice said so on Tuesday. She made the remarks in an interview with Charlie Rose on CBS.",
            'Ms. Rice said so in an interview on the PBS television program "Charlie Rose."',
            [("organisation", "CBS", "PBS")],
            id="a_network_named_in_another_sentence",
        ),
        pytest.param(
            "On Tuesday, he told Denver's KMGH-TV that he also opposes civil unions.",
            "He opposes civil unions, Romney told Denver Fox affiliate KDVR-TV.",
            [("organisation", "KMGH-TV", "KDVR-TV")],
            id="a_station_and_not_the_network_it_is_an_affiliate_of",
        ),
        pytest.param(
            "He said so in an interview with NBC.",
            "He said so on ABC, and again on CNN that night.",
            [],
            id="two_networks_on_one_side_may_be_two_interviews",
        ),
        pytest.param(
            "HAROLD WARD: I thought it was a piece of old clay.",
            "HAROLD WEBB: I thought it was a piece of old clay.",
            [],
            id="a_transcripts_speaker_in_capitals_is_no_station",
        ),
        pytest.param(
            "The mayor's sister called her plan wrong in a Twitter post on Saturday.",
            "Posting on Facebook on Friday evening, the mayor's sister called the plan wrong.",
            [("organisation", "Twitter", "Facebook")],
            id="a_social_network_put_for_another",
        ),
        pytest.param(
            "A clip he posted on Vimeo briefly vanished on Saturday.",
            "He shared a link to a YouTube video called Behind the Scenes on Saturday.",
            [("organisation", "Vimeo", "YouTube")],
            id="a_video_site_put_for_another",
        ),
        pytest.param(
            "The shutdown cost at least $8 billion, according to the ratings agency Moody's.",
            "According to an analysis from Standard & Poor\u2019s, the economy lost $6 billion.",
            [("organisation", "Moody's", "Standard & Poor\u2019s")],
            id="a_rating_agency_put_for_another",
        ),
    ],
)
def test_a_network_or_station_named_in_place_of_another(
    a: str, b: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _changes(a, b) == expected


def test_the_copys_credit_of_its_source_is_no_broadcaster() -> None:
    a = "The senator spoke on Sunday, according to CNN."
    b = "The senator told ABC on Sunday that he would run."
    credit = a.index("according")
    assert _changes(a, b, [Span(credit, len(a) - 1)]) == []
    assert _changes(a, b) == [("organisation", "CNN", "ABC")]


def test_a_news_agency_put_for_another_and_one_under_two_names() -> None:
    a = "He lashed out at the plan, citing a Reuters report."
    b = '"Just when you thought it could not get worse, AP reports the plan," he said.'
    assert _changes(a, b) == [("organisation", "Reuters", "AP")]
    assert _changes(a.replace("Reuters", "Associated Press"), b) == []


def test_one_rating_agency_under_two_names_and_an_index_of_shares() -> None:
    a = "The economy lost $6 billion, according to S&P."
    assert _changes(a, "According to Standard and Poor's, it lost $6 billion.") == []
    assert _changes(a, "Moody\u2019s said so, and the S&P 500 fell.") == [
        ("organisation", "S&P", "Moody\u2019s")
    ]
    assert _changes("Moody's said so.", "Moody\u2019s said so, and the S&P 500 fell.") == []


def _quoted(a: str, b: str, words: str, theirs: str | None = None) -> QuoteCheck:
    """The quotation ``words``, given word for word by both texts, or as ``theirs`` by B."""
    theirs = theirs or words
    at, b_at = a.index(words), b.index(theirs)
    status = "exact" if theirs == words else "altered"
    return QuoteCheck(
        words, None, (Span(at, at + len(words)),), status, Span(b_at, b_at + len(theirs)), theirs
    )


def test_a_quotation_both_give_posted_on_another_network() -> None:
    words = "It is not something to be decided by a show of hands."
    a = f"Her sister answered in a post on her Instagram page: “{words}” The two have not spoken."
    b = f"The senator spoke first. “{words}” her sister wrote on her Facebook page."
    assert [(d.a_text, d.b_text) for d in posted_elsewhere(a, b, [_quoted(a, b, words)])] == [
        ("Instagram", "Facebook")
    ]
    # the copy's network named by the source too: the quotation may be of another post
    b2 = b + " She has since left Instagram."
    assert posted_elsewhere(a, b2, [_quoted(a, b2, words)]) == []
    # a word of the quotation changed: still the one post (rw-690)
    theirs = words.replace("show of hands", "vote of hands")
    b3 = f"The senator spoke first. “{theirs}” her sister wrote on her Facebook page."
    assert [
        (d.a_text, d.b_text) for d in posted_elsewhere(a, b3, [_quoted(a, b3, words, theirs)])
    ] == [("Instagram", "Facebook")]


def test_a_stations_city_or_network_put_for_another() -> None:
    """The same call sign, described otherwise word for word: the city a name changed, the
    network an organisation (rw-697); the same description, or one of another shape, is
    none."""
    source = "The mayor told Tulsa CBS affiliate KTUL-TV that the vote would wait."

    def changes(copy: str) -> list[tuple[str, str, str]]:
        return [(d.kind, d.a_text, d.b_text) for d in redescribed_stations(copy, source)]

    assert changes("Speaking to Omaha ABC affiliate KTUL-TV, the mayor said so.") == [
        ("name", "Omaha", "Tulsa"),
        ("organisation", "ABC", "CBS"),
    ]
    assert changes("Speaking to Tulsa CBS affiliate KTUL-TV, the mayor said so.") == []
    assert changes("Speaking to CBS affiliate KTUL-TV, the mayor said so.") == []
    assert changes("Speaking to Tulsa CBS affiliate KOTV, the mayor said so.") == []
