"""A story's opening, dateline and all, set inside another text (``analyse.opening``)."""

from __future__ import annotations

import newstrace
from newstrace.analyse.opening import dateline, set_inside
from newstrace.model import Alignment, ArticleInfo, Span

# A short wire story, its dateline first.
STORY = "\n\n".join(
    [
        "PORTSMOUTH, N.H. -- The harbour authority approved a plan on Tuesday to dredge the "
        "northern channel, which has silted up since the storms of last winter.",
        "Engineers estimate that the work will take eleven weeks and will remove about forty "
        "thousand cubic metres of sand from the approach to the harbour.",
        "Fishing crews have complained for months that boats can only leave the harbour at "
        "high tide, costing them a day of work each week.",
        "The authority said the sand would be pumped onto the beach south of the pier, where "
        "erosion has narrowed the promenade.",
    ]
)
# A longer text that sets the whole story after a paragraph of its own and adds more, with
# quotations of its own: to the texts' clues, the shape of a source and its excerpt.
HOST = "\n\n".join(
    [
        "Coastal towns up and down the state are counting the cost of a winter of storms, and "
        "several are turning to dredging as the cheapest way to keep their harbours open.",
        STORY,
        '"We cannot wait another season," said Ruth Calloway, who chairs the fishermen\'s '
        'association in nearby Rye. "Every tide we miss is money we do not get back."',
        "In Kittery, the town meeting voted in March to borrow for a new breakwater, and "
        "Hampton's selectmen will take up a similar plan in the autumn.",
        '"The state should help," said Calloway, who has fished the coast for thirty years.',
    ]
)


def _passage(a_start: int, b_start: int, text: str) -> Alignment:
    end = len(text)
    return Alignment(
        "verbatim", 1.0, Span(a_start, a_start + end), Span(b_start, b_start + end), text, text
    )


def test_a_dateline_opens_a_story_and_a_label_does_not() -> None:
    assert dateline("WASHINGTON -- The Senate voted.") == "WASHINGTON --"
    assert dateline("NEW YORK (AP) — Stocks fell.") == "NEW YORK (AP) —"
    assert dateline("BERKELEY HEIGHTS, N.J. — The president said.") == "BERKELEY HEIGHTS, N.J. —"
    assert dateline("UPDATE - May 30: she apologised.") is None
    assert dateline("The Senate voted in WASHINGTON -- again.") is None


def _info(title: str | None = None) -> ArticleInfo:
    return ArticleInfo(id=None, title=title, outlet=None, published=None, length=2_000)


def test_the_text_holding_the_opening_after_its_own_words_set_the_story_inside_its_own() -> None:
    opening = "WASHINGTON -- The Senate voted on Tuesday."
    bare = _info()
    assert set_inside([_passage(400, 0, opening)], bare, bare) == (1, "WASHINGTON --")
    assert set_inside([_passage(0, 400, opening)], bare, bare) == (-1, "WASHINGTON --")
    # A few words before the dateline in one text are no paragraph of its own.
    assert set_inside([_passage(60, 0, opening)], bare, bare) is None
    # The story opens B after its title, which B's text carries first.
    titled = _info("Senate Republicans vow to block every bill until the tax cuts pass")
    assert set_inside([_passage(400, 70, opening)], bare, titled) == (1, "WASHINGTON --")
    # Both set it after words of their own (two copies of one story): the opening cannot
    # say which copied the other.
    assert set_inside([_passage(500, 180, opening)], bare, bare) is None


def test_a_text_that_sets_a_whole_story_after_a_paragraph_of_its_own_is_its_copy() -> None:
    result = newstrace.compare(HOST, STORY)
    assert result.verdict.relation == "a_from_b"
    assert "set B's story inside its own" in " ".join(result.verdict.reasons)
    assert newstrace.compare(STORY, HOST).verdict.relation == "b_from_a"
