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


# The town's own news, unrelated to the dredging: about 150 words.
LOCAL_NEWS = [
    "The library on Market Street will open on Sundays from next month, after volunteers offered to staff the reading room.",
    "A new bakery has taken over the old post office building, and its owners plan to keep the brass letterboxes in the wall.",
    "The under-twelves football team won its league for the first time in a decade, with a late goal in the final match.",
    "Bus timetables change on the first of the month, with an extra evening service to the hospital and the railway station.",
    "The council is looking for volunteers to plant trees along the ring road on two Saturday mornings in the spring.",
    "Tickets for the choir's autumn concert go on sale at the town hall on Friday, and last year they sold out within a week.",
]


# The source at greater length, so that the passage is a small part of it.
LONG_SOURCE = "\n\n".join(
    [
        *SOURCE_PARAGRAPHS,
        "The last dredging of the channel, in 2009, was delayed for a year by a dispute over where the sand should go.",
        "Harbour dues are expected to rise by four per cent to pay for the work, the first increase since the pandemic.",
        "The lifeboat station, which shares the northern channel, said its crews had been forced to launch from the beach twice this winter.",
        "A public meeting about the plan will be held in the harbour office on the evening of the twelfth.",
        "Environmental groups said they would watch for any harm to the seagrass beds at the mouth of the estuary.",
        "The harbour master said a temporary speed limit would apply in the channel while the dredger works.",
        "Yacht owners on the western pontoons will be moved to the inner basin for the eleven weeks of the work.",
    ]
)


def _with_passage(paragraphs: list[str], own: list[str]) -> newstrace.Comparison:
    copy = "\n\n".join([*own[:3], *paragraphs, *own[3:]])
    return newstrace.compare(
        Article(copy, published="2021-03-03"), Article(LONG_SOURCE, published="2021-03-02")
    )


def test_a_long_passage_of_own_words_with_a_fifth_of_the_text_is_reuse() -> None:
    result = _with_passage(SOURCE_PARAGRAPHS[1:3], LOCAL_NEWS)
    side = result.evidence.a
    assert 0.2 <= side.lexical_outside_quotes < 0.3  # under the 30% of the first rule
    assert side.longest_passage_outside_quotes >= 40
    assert result.evidence.b.lexical_outside_quotes < 0.2  # the source is not derived
    assert result.verdict.relation == "a_from_b"
    assert "own words in one passage" in result.verdict.reasons[0]


def test_a_short_passage_with_the_same_share_is_not_an_accusation() -> None:
    result = _with_passage(SOURCE_PARAGRAPHS[2:3], LOCAL_NEWS[:3])
    side = result.evidence.a
    assert 0.2 <= side.lexical_outside_quotes < 0.3
    assert side.longest_passage_outside_quotes < 40
    assert result.verdict.relation == "shared_source"
