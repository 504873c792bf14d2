"""The seed pair: 000 is an aggregator's rewrite of 002, the New York Times original.

The expected partners were read off both texts by hand: each sentence of 000 (after its
first) and the sentence(s) of 002 it was written from, named by a phrase they contain.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

import newstrace
from newstrace.model import Comparison

GOLDEN = Path(__file__).parent / "golden" / "seed_pair.json"

# phrase of a 000 sentence -> phrases of the 002 sentences it may be aligned to
EXPECTED_SOURCES = {
    "The president believes": ["The\npresident believes"],
    "The talks with Vladimir": [
        "[The initial purpose",
        "The\ninitial purpose",
        "would not change its basic goals",
    ],
    "Kerry backtracked": ["President Bashar al-Assad must go"],
    "The Obama administration for years": ["President Bashar al-Assad must go"],
    "Our focus remains": ["focus remains on destroying"],
    # one quotation over two sentences, copied whole: one passage over both
    "But then Kerry added": ["But we’re looking for ways", "Clearly, if you’re going"],
    "Clearly, if you’re going": ["Clearly, if you’re going", "But we’re looking for ways"],
    "Kerry’s announcement was followed": ["Shortly\nafter Mr. Kerry spoke"],
    "It was the first time": ["It was Mr. Carter’s first discussion"],
    "According to the Pentagon": ["The two men agreed to continue"],
    "Pentagon press secretary Peter Cook": ["Cook described the discussion"],
    "Carter and Shoigu “talked": ["Cook described the discussion"],
    "Secretary Kerry was in London": ["Kerry made his remarks in London"],
    "He then plans to meet": ["Kerry also plans to meet"],
    "At the end of the weekend": ["Kerry also plans to meet"],
}

# phrase of a 000 sentence -> phrases of the 002 sentences it must be aligned to, each one:
# the third sentence quotes one 002 sentence and adds, in a clause, the goal stated in the
# next one; Cook's "constructive" is in the sentence after the one with his title.
REQUIRED_SOURCES = {
    "The talks with Vladimir": ["The\ninitial purpose", "would not change its basic goals"],
    "Pentagon press secretary Peter Cook": ["Cook described the discussion"],
}


@pytest.fixture(scope="module")
def result(seed_a: str, seed_b: str) -> Comparison:
    return newstrace.compare(seed_a, seed_b)


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    from newstrace.pipeline import prepare

    return [(s.span.start, s.span.end) for s in prepare(newstrace.Article(text)).sentences]


def _sentence_index(text: str, sentences: list[tuple[int, int]], phrase: str) -> int:
    position = text.index(phrase)
    return next(k for k, (start, end) in enumerate(sentences) if start <= position < end)


def test_000_is_written_from_002(result: Comparison) -> None:
    assert result.verdict.relation == "a_from_b"
    assert result.coverage.a >= 0.85
    assert result.coverage.b < 0.6
    assert any("New York Times" in reason for reason in result.verdict.reasons)


def test_swapped_arguments_give_b_from_a(seed_a: str, seed_b: str) -> None:
    swapped = newstrace.compare(seed_b, seed_a)
    assert swapped.verdict.relation == "b_from_a"
    assert swapped.coverage.b >= 0.85


def _partners(result: Comparison, index: int) -> set[int]:
    """The 002 sentences that 000's sentence ``index`` is aligned to."""
    return {j for x in result.alignments if index in x.a_sentences for j in x.b_sentences}


def test_every_rewritten_sentence_is_aligned_to_its_source_and_nothing_else(
    result: Comparison, seed_a: str, seed_b: str
) -> None:
    a_sentences, b_sentences = _sentence_spans(seed_a), _sentence_spans(seed_b)
    for a_phrase, b_phrases in EXPECTED_SOURCES.items():
        i = _sentence_index(seed_a, a_sentences, a_phrase)
        allowed = {_sentence_index(seed_b, b_sentences, p) for p in b_phrases}
        partners = _partners(result, i)
        assert partners, f"000 sentence {a_phrase!r} is not aligned"
        assert partners <= allowed, (
            f"000 sentence {a_phrase!r} aligned to unrelated {partners - allowed}"
        )


def test_each_sentence_is_linked_to_every_sentence_it_was_written_from(
    result: Comparison, seed_a: str, seed_b: str
) -> None:
    a_sentences, b_sentences = _sentence_spans(seed_a), _sentence_spans(seed_b)
    for a_phrase, b_phrases in REQUIRED_SOURCES.items():
        i = _sentence_index(seed_a, a_sentences, a_phrase)
        required = {_sentence_index(seed_b, b_sentences, p) for p in b_phrases}
        partners = _partners(result, i)
        assert required <= partners, (
            f"000 sentence {a_phrase!r} not aligned to {required - partners}"
        )
    cook = _sentence_index(seed_a, a_sentences, "Pentagon press secretary Peter Cook")
    title = _sentence_index(seed_b, b_sentences, "The two men agreed to continue")
    assert not any(cook in x.a_sentences and title in x.b_sentences for x in result.alignments)


def test_spans_point_at_the_texts_they_quote(result: Comparison, seed_a: str, seed_b: str) -> None:
    for alignment in result.alignments:
        assert seed_a[alignment.a_span.start : alignment.a_span.end] == alignment.a_text
        assert seed_b[alignment.b_span.start : alignment.b_span.end] == alignment.b_text


def test_result_matches_the_golden_file(result: Comparison) -> None:
    """Set NEWSTRACE_UPDATE_GOLDEN=1 to rewrite the golden file, then review its diff."""
    actual = result.to_dict()
    if os.environ.get("NEWSTRACE_UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert actual["verdict"]["relation"] == expected["verdict"]["relation"]
    assert actual["coverage"] == pytest.approx(expected["coverage"], abs=0.02)

    def spans(d: dict[str, Any]) -> list[tuple[Any, ...]]:
        return [(x["kind"], x["a_span"], x["b_span"]) for x in d["alignments"]]

    def quotes(d: dict[str, Any]) -> list[tuple[Any, ...]]:
        return [(q["status"], q["speaker"], q["a_pieces"], q["b_span"]) for q in d["quotes"]]

    assert spans(actual) == spans(expected)
    assert quotes(actual) == quotes(expected)
    for field in ("attributions", "discrepancies", "added", "omitted", "wording"):
        assert actual[field] == expected[field], field


def test_all_seven_quotations_are_found_and_faithful(result: Comparison) -> None:
    quotes = result.analysis.quotes
    assert len(quotes) == 7
    assert quotes[0].status == "joined"  # one quote in A, two pieces around "Mr. Kerry said" in B
    assert all(q.status in ("exact", "joined", "truncated") for q in quotes)
    speakers = [q.speaker for q in quotes]
    assert speakers == ["John Kerry"] * 4 + ["Peter Cook"] * 3


def test_the_misspelt_name_is_the_only_name_change(result: Comparison) -> None:
    names = [(d.a_text, d.b_text) for d in result.analysis.discrepancies if d.kind == "name"]
    assert names == [("Phillip Hammond", "Philip Hammond")]


def test_the_credit_to_the_new_york_times_is_found(result: Comparison, seed_a: str) -> None:
    credits = result.analysis.attributions
    assert credits[0].text == "according to the New York Times"
    assert {c.outlet for c in credits} == {"The New York Times"}
    assert all(seed_a[c.a_span.start : c.a_span.end] == c.text for c in credits)


def test_the_omitted_half_of_002_is_reported(result: Comparison) -> None:
    omitted = " ".join(" ".join(p.text.split()) for p in result.analysis.omitted)
    for name in ("Lavrov", "Bulgaria", "Zakharova", "Konashenkov", "Moallem", "Peskov", "Tabler"):
        assert name in omitted, name
    assert all(p.side == "b" for p in result.analysis.omitted)


def test_the_loaded_words_the_rewrite_added_are_flagged(result: Comparison) -> None:
    words = {w.word.lower() for w in result.analysis.wording}
    assert {"dictator", "backtracked"} <= words
