"""A network or station a copy names in place of its source's, wherever they stand."""

from __future__ import annotations

from newstrace.analyse.facts.broadcasters import changed_broadcasters, posted_elsewhere
from newstrace.model import QuoteCheck, Span


def _changes(a: str, b: str, credited: list[Span] | None = None) -> list[tuple[str, str, str]]:
    return [(d.kind, d.a_text, d.b_text) for d in changed_broadcasters(a, b, credited=credited)]


def test_a_network_named_in_another_sentence() -> None:
    a = "Ms. Rice said so on Tuesday. She made the remarks in an interview with Charlie Rose on CBS."
    b = 'Ms. Rice said so in an interview on the PBS television program "Charlie Rose."'
    assert _changes(a, b) == [("organisation", "CBS", "PBS")]


def test_a_station_and_not_the_network_it_is_an_affiliate_of() -> None:
    a = "On Tuesday, he told Denver's KMGH-TV that he also opposes civil unions."
    b = "He opposes civil unions, Romney told Denver Fox affiliate KDVR-TV."
    assert _changes(a, b) == [("organisation", "KMGH-TV", "KDVR-TV")]


def test_the_copys_credit_of_its_source_is_no_broadcaster() -> None:
    a = "The senator spoke on Sunday, according to CNN."
    b = "The senator told ABC on Sunday that he would run."
    credit = a.index("according")
    assert _changes(a, b, [Span(credit, len(a) - 1)]) == []
    assert _changes(a, b) == [("organisation", "CNN", "ABC")]


def test_two_networks_on_one_side_may_be_two_interviews() -> None:
    a = "He said so in an interview with NBC."
    b = "He said so on ABC, and again on CNN that night."
    assert _changes(a, b) == []


def test_a_transcripts_speaker_in_capitals_is_no_station() -> None:
    a = "HAROLD WARD: I thought it was a piece of old clay."
    b = "HAROLD WEBB: I thought it was a piece of old clay."
    assert _changes(a, b) == []


def test_a_social_network_put_for_another() -> None:
    a = "The mayor's sister called her plan wrong in a Twitter post on Saturday."
    b = "Posting on Facebook on Friday evening, the mayor's sister called the plan wrong."
    assert _changes(a, b) == [("organisation", "Twitter", "Facebook")]


def test_a_video_site_put_for_another() -> None:
    a = "A clip he posted on Vimeo briefly vanished on Saturday."
    b = "He shared a link to a YouTube video called Behind the Scenes on Saturday."
    assert _changes(a, b) == [("organisation", "Vimeo", "YouTube")]


def test_a_news_agency_put_for_another_and_one_under_two_names() -> None:
    a = "He lashed out at the plan, citing a Reuters report."
    b = '"Just when you thought it could not get worse, AP reports the plan," he said.'
    assert _changes(a, b) == [("organisation", "Reuters", "AP")]
    assert _changes(a.replace("Reuters", "Associated Press"), b) == []


def test_a_rating_agency_put_for_another() -> None:
    a = "The shutdown cost at least $8 billion, according to the ratings agency Moody's."
    b = "According to an analysis from Standard & Poor\u2019s, the economy lost $6 billion."
    assert _changes(a, b) == [("organisation", "Moody's", "Standard & Poor\u2019s")]


def test_one_rating_agency_under_two_names_and_an_index_of_shares() -> None:
    a = "The economy lost $6 billion, according to S&P."
    assert _changes(a, "According to Standard and Poor's, it lost $6 billion.") == []
    assert _changes(a, "Moody\u2019s said so, and the S&P 500 fell.") == [
        ("organisation", "S&P", "Moody\u2019s")
    ]
    assert _changes("Moody's said so.", "Moody\u2019s said so, and the S&P 500 fell.") == []


def _quoted(a: str, b: str, words: str) -> QuoteCheck:
    """The quotation ``words``, given word for word by both texts."""
    at, b_at = a.index(words), b.index(words)
    return QuoteCheck(
        words, None, (Span(at, at + len(words)),), "exact", Span(b_at, b_at + len(words)), words
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
