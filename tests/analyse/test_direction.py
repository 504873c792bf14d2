"""The verdict: who copied whom from the texts alone, calibrated, with dates and credits on top.

Each test uses short texts written for it; the clues themselves are tested one by one in
``test_clues.py``, and the fitted model file in ``test_direction_model.py``.
"""

from __future__ import annotations

import pytest

import newstrace
from newstrace.analyse.direction import decided_again
from newstrace.analyse.direction_model import DirectionModel
from newstrace.model import Article, Verdict

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
# A story of its own about something else, for a pair that shares one sentence.
OTHER_STORY = [
    "The county library will open on Sundays from next month, after a petition signed by more than two thousand readers.",
    "Volunteers from the friends of the library group will staff the reading room, and the children's section will run a story hour at noon.",
    "The librarian said the cost of heating the building for an extra day would be met from a bequest left by a former teacher.",
    "Opening hours were cut in 2012, when the council closed two branch libraries and moved their books to the central building.",
    "Readers who borrowed more than fifty books last year will be invited to a reception at the town hall in the spring.",
    "The library's café, run by a social enterprise that trains young people, will also open on Sundays.",
    "A survey of users found that most wanted longer evening hours as well, which the board said it would consider in the autumn.",
    "The building, a former corn exchange, is listed, and any change to its entrance needs the approval of the heritage office.",
]
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


def test_a_later_text_holding_all_of_an_earlier_one_is_its_copy_the_dates_decide() -> None:
    # A short report lifted whole into a longer story of the next day: to the texts the
    # short one reads as the excerpt, and only the dates tell an expansion from an excerpt.
    short = "\n\n".join(SOURCE_PARAGRAPHS[:4])
    expansion = "\n\n".join(LOCAL_NEWS[:2] + SOURCE_PARAGRAPHS[:4] + LOCAL_NEWS[2:])
    undated = newstrace.compare(expansion, short).verdict
    dated = newstrace.compare(
        Article(expansion, published="2021-03-03"), Article(short, published="2021-03-02")
    ).verdict
    assert undated.relation == "b_from_a"  # the texts alone: the short one is the excerpt
    assert dated.relation == "a_from_b"
    assert any("the dates decide" in r for r in dated.reasons)


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


def _always_a_copy() -> DirectionModel:
    """A model that calls every pair it is asked about a copy (A the copy)."""
    return DirectionModel.from_dict(
        {
            "copy": {"intercept": 10.0, "weights": {}},
            "direction": {"weights": {}},
            "priors": {"date": {"log_ratio": 0.0}, "credit": {"log_ratio": 0.0}},
        }
    )


def _decided(a: str, b: str, model: DirectionModel | None = None) -> Verdict:
    """The verdict on ``a`` and ``b`` from ``model`` (one that always calls a copy)."""
    return decided_again(newstrace.compare(a, b), model or _always_a_copy())


def test_the_model_is_not_asked_when_little_of_either_text_is_traced() -> None:
    # One sentence of the source in a long story of its own: under 15% of either text.
    story = "\n\n".join([SOURCE_PARAGRAPHS[3], *OTHER_STORY])
    result = newstrace.compare(story, SOURCE)
    assert result.alignments
    assert max(result.evidence.a.outside_quotes, result.evidence.b.outside_quotes) < 0.15
    verdict = _decided(story, SOURCE)
    assert verdict.relation == "shared_source"
    assert verdict.probabilities["shared_source"] == 1.0
    # The same model, asked about a pair with text traced, gives the copy it always gives.
    assert _decided(EXCERPT, SOURCE).probabilities["shared_source"] < 0.01


def _never_a_copy(weights: dict[str, float] | None = None) -> DirectionModel:
    """A model that calls no pair a copy; ``weights``: what it weighs (about a mean of 0)."""
    return DirectionModel.from_dict(
        {
            "copy": {"intercept": -10.0, "weights": weights or {}},
            "direction": {"weights": {}},
            "priors": {"date": {"log_ratio": 0.0}, "credit": {"log_ratio": 0.0}},
        }
    )


FERRY = """The county's only car ferry will stop running for six weeks next month while engineers replace its worn propeller shafts.

Drivers will have to take the coast road instead, a detour of about forty minutes each way.

The operator said it had brought the repairs forward after an inspection found cracks in both shafts.

A passenger launch will still carry people on foot across the estuary every hour."""

FERRY_RETOLD = """Engineers are to fit new propeller shafts to the county's sole vehicle ferry, which will be out of service for a month and a half from next month.

Motorists face a forty-minute detour in each direction along the coastal route.

The repairs were moved up after inspectors discovered that both shafts had cracked, according to the company that runs the service.

Foot passengers can still cross the estuary on an hourly launch."""


def test_an_uncalled_sentence_by_sentence_paraphrase_is_a_shared_source_not_unrelated() -> None:
    result = newstrace.compare(FERRY_RETOLD, FERRY)
    assert not [x for x in result.alignments if x.kind != "paraphrase"]  # no shared wording
    verdict = _decided(FERRY_RETOLD, FERRY, _never_a_copy())
    # One story told sentence by sentence is related, whatever the words (fresh24).
    assert verdict.relation == "shared_source"
    assert verdict.confidence == verdict.probabilities["shared_source"] == 1.0
    assert "A may paraphrase B, or both report one event" in verdict.reasons[0]
    # Texts about different things get no such reason, and stay unrelated.
    unrelated = newstrace.compare("\n\n".join(LOCAL_NEWS), SOURCE).verdict
    assert unrelated.relation == "unrelated"
    assert not any("may paraphrase" in reason for reason in unrelated.reasons)


def test_two_texts_of_one_length_each_with_passages_of_its_own_are_said_to_look_like_rewrites() -> (
    None
):
    # Paragraphs 1-7 against 4-10: as long as each other, four paragraphs in common.
    first = "\n\n".join(SOURCE_PARAGRAPHS[:7])
    second = "\n\n".join(SOURCE_PARAGRAPHS[3:])
    weighing_length = _never_a_copy({"same_length": -1.0})
    verdict = _decided(first, second, weighing_length)
    assert verdict.relation == "shared_source"
    assert any("two rewrites of one text look like this" in r for r in verdict.reasons)
    # A text contained in a longer one gets no such reason.
    contained = _decided(EXCERPT, SOURCE, weighing_length)
    assert not any("two rewrites" in r for r in contained.reasons)
    # Nor does a pair whose model does not weigh the length against a copy: a reason names
    # only what the verdict weighed (issue 15).
    unweighed = _decided(first, second, _never_a_copy())
    assert not any("two rewrites" in r for r in unweighed.reasons)
