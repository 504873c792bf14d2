"""A block of another outlet's reporting lifted into a story of one's own is a copy, though
the story has quotations and details of its own (``long_passage`` in direction_model.py),
and so is a lightly edited one, cut into passages (``_lifted_block`` in direction.py); one
shared sentence is not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newstrace
from newstrace.analyse.direction import LIFTED_BLOCK_WORDS, _lifted_block
from newstrace.analyse.direction_model import LONG_PASSAGE_WORDS, side_values
from newstrace.analyse.evidence import longest_block
from newstrace.model import Alignment, Coverage, Evidence, SideEvidence, Span

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "basil_event_sample.jsonl"


def _sample() -> dict[str, str]:
    records = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    return {r["outlet"]: r["text"] for r in records}


def _lifted(block_of_nyt: slice | None) -> newstrace.Article:
    """Fox's own report of the event, with NYT paragraphs 5-6 (83 words of the reporter's
    own) or the first sentence of paragraph 5 set in after its second paragraph."""
    texts = _sample()
    fox, nyt = texts["fox"].split("\n\n"), texts["nyt"].split("\n\n")
    block = nyt[5:7] if block_of_nyt is None else [nyt[5].split(". ")[0] + "."]
    return newstrace.Article("\n\n".join([*fox[:2], *block, *fox[2:]]))


@pytest.mark.parametrize("dated", [True, False])
def test_a_lifted_block_is_a_copy_in_the_right_direction(dated: bool) -> None:
    nyt = _sample()["nyt"]
    copy = _lifted(None)
    if dated:
        copy = newstrace.Article(copy.text, published="2016-09-01")
    source = newstrace.Article(nyt, published="2016-08-31" if dated else None)
    result = newstrace.compare(copy, source)
    assert result.evidence.a.longest_passage_outside_quotes > LONG_PASSAGE_WORDS
    assert result.verdict.relation == "a_from_b"
    # Before the long-passage measure and the hosted training blocks: 0.67 and 0.60.
    assert result.verdict.confidence >= 0.8


def test_one_lifted_sentence_is_not_a_copy() -> None:
    result = newstrace.compare(_lifted(slice(0, 1)), newstrace.Article(_sample()["nyt"]))
    assert result.verdict.relation == "shared_source"


def test_the_long_passage_measure_counts_only_words_past_the_bound() -> None:
    def side(words: int) -> SideEvidence:
        return SideEvidence(
            sentences=10,
            sentences_traced=3,
            own_sentences=8,
            own_sentences_traced=2,
            outside_quotes=0.3,
            lexical_outside_quotes=0.3,
            longest_passage_outside_quotes=words,
            order=1.0,
            credits_other=False,
        )

    assert side_values(side(LONG_PASSAGE_WORDS), 0.3)["long_passage"] == 0.0
    assert side_values(side(20), 0.3)["long_passage"] == 0.0
    assert side_values(side(2 * LONG_PASSAGE_WORDS), 0.3)["long_passage"] > 0.6


def _edited_block() -> list[str]:
    """NYT paragraphs 5-6 as a lightly edited copy has them: a verb changed, the second
    sentence of paragraph 6 reworded, which cuts the block into passages of fewer than
    ``LONG_PASSAGE_WORDS`` words of the reporter's own."""
    nyt = _sample()["nyt"].split("\n\n")
    first = nyt[5].replace("vowed in February", "said in February")
    second = (
        nyt[6].split(". ")[0] + ". He suggested that Mr. Trump was coming as part of a "
        "“desperate” strategy to improve his poll numbers and in explicit terms he urged "
        "Americans not to vote for him."
    )
    return [first, second]


@pytest.mark.parametrize("dated", [True, False])
def test_a_lightly_edited_block_is_a_copy_in_the_right_direction(dated: bool) -> None:
    fox = _sample()["fox"].split("\n\n")
    copy = newstrace.Article(
        "\n\n".join([*fox[:2], *_edited_block(), *fox[2:]]),
        published="2016-09-01" if dated else None,
    )
    source = newstrace.Article(_sample()["nyt"], published="2016-08-31" if dated else None)
    result = newstrace.compare(copy, source)
    side = result.evidence.a
    assert side.longest_passage_outside_quotes < LONG_PASSAGE_WORDS
    assert side.longest_block_outside_quotes > LIFTED_BLOCK_WORDS
    # Without the rule of lifted blocks: shared_source at 0.77.
    assert result.verdict.relation == "a_from_b"
    assert any("block of" in reason for reason in result.verdict.reasons)


def _passage(a: tuple[int, ...], b: tuple[int, ...]) -> Alignment:
    return Alignment(
        "near_verbatim",
        0.95,
        Span(100 * a[0], 100 * a[-1] + 90),
        Span(100 * b[0], 100 * b[-1] + 90),
        "",
        "",
        a,
        b,
    )


def test_passages_that_follow_each_other_in_both_texts_are_one_block() -> None:
    def sentences(x: Alignment) -> int:
        return len(x.a_sentences)

    two_dropped = [_passage((3, 4), (1, 2)), _passage((7,), (3,))]
    assert len(longest_block(two_dropped, sentences)) == 2
    three_dropped = [_passage((3, 4), (1, 2)), _passage((8,), (3,))]
    assert len(longest_block(three_dropped, sentences)) == 1
    out_of_order = [_passage((3, 4), (5, 6)), _passage((6,), (1,))]
    assert len(longest_block(out_of_order, sentences)) == 1
    # A passage out of place between two that follow each other does not cut the block.
    moved = [_passage((3, 4), (1, 2)), _passage((5,), (9,)), _passage((6,), (3,))]
    assert longest_block(moved, sentences) == [moved[0], moved[2]]
    swapped = [x.swapped() for x in moved]
    assert longest_block(swapped, sentences) == [swapped[0], swapped[2]]


def test_a_block_is_called_only_when_lifted_into_a_story_of_its_own_and_directed() -> None:
    def evidence(block: int) -> Evidence:
        side = SideEvidence(
            10, 3, 8, 2, 0.3, 0.3, 40, 1.0, False, longest_block_outside_quotes=block
        )
        return Evidence(a=side, b=side)

    lifted, story = evidence(LIFTED_BLOCK_WORDS + 1), Coverage(a=0.45, b=0.2)
    assert _lifted_block(lifted, story, 0.2, 0.98) > 0.5
    assert _lifted_block(lifted, story, 0.2, 0.02) > 0.5
    # Which of the two stories the block was lifted into, the texts cannot tell.
    assert _lifted_block(lifted, story, 0.2, 0.6) == 0.0
    assert _lifted_block(lifted, story, 0.2, 0.92) == 0.0
    # Two rewrites of one article: each mostly traced to the other.
    assert _lifted_block(lifted, Coverage(a=0.8, b=0.7), 0.2, 0.98) == 0.0
    assert _lifted_block(evidence(LIFTED_BLOCK_WORDS), story, 0.2, 0.98) == 0.0
