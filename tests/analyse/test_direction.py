"""The verdict: passages copied into an article of its own are reuse; dates give direction."""

from __future__ import annotations

import newstrace
from newstrace.model import Article

SOURCE_PARAGRAPHS = [
    "The harbour authority approved a plan on Tuesday to dredge the northern channel, which has silted up since the storms of last winter.",
    "Engineers estimate that the work will take eleven weeks and will remove about forty thousand cubic metres of sand from the approach.",
    "Fishing crews have complained for months that boats can only leave the harbour at high tide, costing them a day of work each week.",
    "The authority said the sand would be pumped onto the beach south of the pier, where erosion has narrowed the promenade.",
    "Local councillors welcomed the decision but asked for the work to pause during the summer festival in the first week of August.",
    "A contract is expected to be signed next month after a tender that drew bids from three dredging companies.",
]
SOURCE = "\n\n".join(SOURCE_PARAGRAPHS)
OWN = [
    "Our town has long argued about what to do with its ageing waterfront and the families who depend on it.",
    "Readers can send their views on the dredging plan to the letters page before the end of the month.",
]
COPY = "\n\n".join([OWN[0], *SOURCE_PARAGRAPHS[1:4], OWN[1]])


def test_copied_paragraphs_in_an_article_of_its_own_are_reuse() -> None:
    result = newstrace.compare(
        Article(COPY, published="2021-03-03"), Article(SOURCE, published="2021-03-02")
    )
    assert result.verdict.relation == "a_from_b"
    assert "passages" in result.verdict.reasons[0]


def test_the_earlier_article_is_the_source_whichever_way_round() -> None:
    result = newstrace.compare(
        Article(SOURCE, published="2021-03-02"), Article(COPY, published="2021-03-03")
    )
    assert result.verdict.relation == "b_from_a"


def test_without_a_date_or_credit_identical_texts_are_not_an_accusation() -> None:
    assert newstrace.compare(SOURCE, SOURCE).verdict.relation == "shared_source"
