"""The one state of two aligned sentences of a copy, given otherwise."""

from __future__ import annotations

from newstrace.analyse.facts.lone_states import lone_states
from newstrace.model import Alignment, Span


def _changes(a: list[str], b: list[str]) -> list[tuple[str, str]]:
    """The states changed between the first sentences of ``a`` and ``b``, aligned."""
    a_text, b_text = " ".join(a), " ".join(b)
    pair = Alignment("paraphrase", 0.6, Span(0, len(a[0])), Span(0, len(b[0])), a[0], b[0])
    return [(d.a_text, d.b_text) for d in lone_states([pair], a_text, b_text, min_score=0.4)]


PERRY = "Most of Perry's TV money has gone to New Hampshire, where many voters are evangelicals."
PERRY_SOURCE = (
    "The focus of Mr. Perry's television budget has been in Iowa, where large numbers of "
    "caucusgoers describe themselves as evangelicals."
)


def test_the_one_state_of_each_aligned_sentence_given_otherwise() -> None:
    assert _changes([PERRY], [PERRY_SOURCE]) == [("New Hampshire", "Iowa")]


def test_a_copy_naming_the_sources_state_elsewhere_told_of_both() -> None:
    a = [PERRY, "His ads in Iowa began last week."]
    assert _changes(a, [PERRY_SOURCE]) == []


def test_a_state_starting_a_longer_name_or_beside_another_is_not_read() -> None:
    # "in Iowa City" is the city; a sentence naming two states tells of two
    assert _changes(["Perry's money has gone to Iowa City, aides said."], [PERRY_SOURCE]) == []
    a = ["Perry, a Texas governor, spent his money in New Hampshire, aides said."]
    assert _changes(a, [PERRY_SOURCE]) == []


def test_the_parts_of_a_state_are_placed_in_it() -> None:
    # "parts of Ohio" / "areas of Florida": where the ad runs, moved
    a = ["A new ad aimed at Jewish parts of Ohio uses a clip of the prime minister."]
    b = ["A new ad that will run in areas of Florida with large Jewish populations uses a clip."]
    assert _changes(a, b) == [("Ohio", "Florida")]
    # a member's "of Ohio" places nothing
    a = ["A new ad of Sen. Ann Roe of Ohio uses a clip of the prime minister."]
    assert _changes(a, b) == []
