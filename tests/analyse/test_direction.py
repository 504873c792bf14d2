"""The verdict: who copied whom from the texts alone, calibrated, with dates and credits on top.

Each test uses short texts written for it; the clues themselves are tested one by one in
``test_clues.py``, and the fitted model file in ``test_direction_model.py``.
"""

from __future__ import annotations

import pytest

import newstrace
from newstrace.model import Article

SOURCE_PARAGRAPHS = [
    "The harbour authority approved a plan on Tuesday to dredge the northern channel, which has silted up since the storms of last winter.",
    "Engineers estimate that the work will take eleven weeks and will remove about forty thousand cubic metres of sand from the approach.",
    "Fishing crews have complained for months that boats can only leave the harbour at high tide, costing them a day of work each week.",
    "The authority said the sand would be pumped onto the beach south of the pier, where erosion has narrowed the promenade.",
    "Local councillors welcomed the decision but asked for the work to pause during the summer festival in the first week of August.",
    "A contract is expected to be signed next month after a tender that drew bids from three dredging companies.",
    "The last dredging of the channel, in 2009, was delayed for a year by a dispute over where the sand should go.",
    "Harbour dues are expected to rise by four per cent to pay for the work, the first increase since the pandemic.",
    "The lifeboat station, which shares the northern channel, said its crews had been forced to launch from the beach twice this winter.",
    "Environmental groups said they would watch for any harm to the seagrass beds at the mouth of the estuary.",
]
SOURCE = "\n\n".join(SOURCE_PARAGRAPHS)
# Four paragraphs cut and pasted, nothing else.
EXCERPT = "\n\n".join(SOURCE_PARAGRAPHS[1:5])


def test_a_verbatim_excerpt_is_a_copy_of_the_fuller_text_without_dates() -> None:
    result = newstrace.compare(EXCERPT, SOURCE)
    assert result.verdict.relation == "a_from_b"
    assert "contained" in " ".join(result.verdict.reasons)


def test_the_fuller_text_is_the_source_whichever_way_round() -> None:
    assert newstrace.compare(SOURCE, EXCERPT).verdict.relation == "b_from_a"


def test_swapping_the_texts_swaps_the_probabilities() -> None:
    one = newstrace.compare(EXCERPT, SOURCE).verdict.probabilities
    other = newstrace.compare(SOURCE, EXCERPT).verdict.probabilities
    assert one["a_from_b"] == pytest.approx(other["b_from_a"], abs=0.02)
    assert sum(one.values()) == pytest.approx(1.0, abs=1e-3)


def test_identical_texts_without_dates_are_not_an_accusation() -> None:
    result = newstrace.compare(SOURCE, SOURCE)
    assert result.verdict.relation == "shared_source"
    assert "nearly the same" in result.verdict.reasons[0]


def test_the_confidence_is_the_probability_of_the_relation_called() -> None:
    verdict = newstrace.compare(EXCERPT, SOURCE).verdict
    assert verdict.confidence == pytest.approx(verdict.probabilities[verdict.relation], abs=1e-4)


def test_dates_that_agree_keep_the_call_and_dates_that_disagree_weaken_or_flip_it() -> None:
    later = newstrace.compare(
        Article(EXCERPT, published="2021-03-03"), Article(SOURCE, published="2021-03-02")
    ).verdict
    earlier = newstrace.compare(
        Article(EXCERPT, published="2021-03-01"), Article(SOURCE, published="2021-03-02")
    ).verdict
    assert later.relation == "a_from_b"
    assert earlier.probabilities["a_from_b"] < later.probabilities["a_from_b"]
    assert any("published first" in r for r in earlier.reasons) or earlier.relation != "a_from_b"


def test_identical_texts_are_ordered_by_their_dates() -> None:
    result = newstrace.compare(
        Article(SOURCE, published="2021-03-03"), Article(SOURCE, published="2021-03-02")
    )
    assert result.verdict.relation == "a_from_b"


# The town's own news, unrelated to the dredging.
LOCAL_NEWS = [
    "The library on Market Street will open on Sundays from next month, after volunteers offered to staff the reading room.",
    "A new bakery has taken over the old post office building, and its owners plan to keep the brass letterboxes in the wall.",
    "The under-twelves football team won its league for the first time in a decade, with a late goal in the final match.",
    "Bus timetables change on the first of the month, with an extra evening service to the hospital and the railway station.",
]


def test_unrelated_texts_are_unrelated_with_high_confidence() -> None:
    result = newstrace.compare("\n\n".join(LOCAL_NEWS), SOURCE)
    assert result.verdict.relation == "unrelated"
    assert result.verdict.confidence >= 0.9


RELEASE = """The Harlow Hospitals Trust today announced that it will close the maternity unit at Harlow General Hospital at the end of March and move all births to St Anne's Hospital in Chelmsford, about forty miles away.

The unit delivered 412 babies last year, fewer than half the number the Trust's clinical review says a unit needs to keep its specialist staff and its skills. Mothers who need care during pregnancy will still be seen at Harlow General's antenatal clinic.

I know how much this unit means to families in Harlow, and this was not an easy decision. The safety of mothers and babies has to come first, and a unit this size cannot give them the care they deserve, said Dr Helen Okafor, the Trust's medical director.

The Trust will run a free shuttle bus between Harlow and Chelmsford from the first of April. A public meeting will be held at Harlow Town Hall on Thursday evening."""

STORY = """Harlow General Hospital is to close its maternity unit at the end of March, with all births moving to St Anne's Hospital in Chelmsford, about forty miles away.

The unit delivered 412 babies last year, fewer than half the number a clinical review says a unit needs to keep its specialist staff, the Harlow Hospitals Trust said.

"This was not an easy decision. The safety of mothers and babies has to come first," said Dr Helen Okafor, the trust's medical director.

Antenatal care will stay at Harlow General, and a free shuttle bus will run between the two towns from April.

Campaigners have fought the closure for two years."""


def test_a_story_written_from_a_press_release_is_its_copy_the_churnalism_case() -> None:
    result = newstrace.compare(STORY, RELEASE)
    assert result.evidence.a.quotes_from_speech >= 1  # the release's plain words, quoted
    assert result.verdict.relation == "a_from_b"
    assert newstrace.compare(RELEASE, STORY).verdict.relation == "b_from_a"
