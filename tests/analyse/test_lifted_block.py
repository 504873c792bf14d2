"""A block of another outlet's reporting lifted into a story of one's own is a copy, though
the story has quotations and details of its own (``long_passage`` in direction_model.py);
one shared sentence is not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newstrace
from newstrace.analyse.direction_model import LONG_PASSAGE_WORDS, side_values
from newstrace.model import SideEvidence

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
