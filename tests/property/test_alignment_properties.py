"""Alignment invariants on generated texts (hypothesis).

Texts are drawn from pools of real sentences (the seed pair, and two unrelated texts written
for the tests) and edited at random, so that every example exercises both layers.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newstrace
from newstrace.align import align
from newstrace.align.lexical import lexical_matches
from newstrace.config import DEFAULT_CONFIG
from newstrace.pipeline import prepare

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parents[1] / "data"


def _pool(path: Path) -> list[str]:
    article = prepare(newstrace.Article(path.read_text(encoding="utf-8")))
    return [s.text for s in article.sentences if len(s.text.split()) >= 4]


NEWS = _pool(ROOT / "examples" / "000_e6fbe74bf2e26b00.txt") + _pool(
    ROOT / "examples" / "002_e02db9c07778dfbb.txt"
)
OTHER = _pool(DATA / "recipe.txt") + _pool(DATA / "match_report.txt")
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def edited(draw: st.DrawFn, sentences: list[str]) -> str:
    """Sentences from ``sentences``, some with a word dropped or a line break inserted."""
    chosen = draw(st.lists(st.sampled_from(sentences), min_size=1, max_size=6))
    out = []
    for sentence in chosen:
        words = sentence.split()
        if draw(st.booleans()) and len(words) > 5:
            del words[draw(st.integers(0, len(words) - 1))]
        joiner = draw(st.sampled_from([" ", " ", "\n"]))
        out.append(joiner.join(words))
    return draw(st.sampled_from([" ", "\n", "\n\n"])).join(out)


@SETTINGS
@given(edited(NEWS), edited(NEWS + OTHER))
def test_every_span_lies_inside_its_text_and_quotes_it(a: str, b: str) -> None:
    result = newstrace.compare(a, b)
    assert 0.0 <= result.coverage.a <= 1.0 and 0.0 <= result.coverage.b <= 1.0
    assert 0.0 <= result.verdict.confidence <= 1.0
    for x in result.alignments:
        assert 0 <= x.a_span.start < x.a_span.end <= len(a)
        assert 0 <= x.b_span.start < x.b_span.end <= len(b)
        assert a[x.a_span.start : x.a_span.end] == x.a_text
        assert b[x.b_span.start : x.b_span.end] == x.b_text
        assert 0.0 <= x.score <= 1.0 + 1e-6


@SETTINGS
@given(edited(NEWS), edited(NEWS))
def test_the_alignments_found_do_not_depend_on_which_text_comes_first(a: str, b: str) -> None:
    doc_a, doc_b = prepare(newstrace.Article(a)), prepare(newstrace.Article(b))
    one_way = {
        (m.a_first, m.a_last, m.b_first, m.b_last)
        for m in lexical_matches(doc_a, doc_b, config=DEFAULT_CONFIG.align)
    }
    other_way = {
        (m.b_first, m.b_last, m.a_first, m.a_last)
        for m in lexical_matches(doc_b, doc_a, config=DEFAULT_CONFIG.align)
    }
    assert one_way == other_way
    aligned_one_way = {
        (x.kind, x.a_span, x.b_span, round(x.score, 6))
        for x in align(doc_a, doc_b, config=DEFAULT_CONFIG.align)
    }
    aligned_other_way = {
        (x.kind, x.b_span, x.a_span, round(x.score, 6))
        for x in align(doc_b, doc_a, config=DEFAULT_CONFIG.align)
    }
    assert aligned_one_way == aligned_other_way


@SETTINGS
@given(edited(NEWS + OTHER))
def test_a_text_compared_with_itself_is_fully_covered(text: str) -> None:
    result = newstrace.compare(text, text)
    assert result.coverage.a == pytest.approx(1.0)
    assert result.coverage.b == pytest.approx(1.0)


@SETTINGS
@given(edited(NEWS), edited(OTHER))
def test_a_text_against_an_unrelated_one_is_unrelated(news: str, other: str) -> None:
    assert newstrace.compare(news, other).verdict.relation == "unrelated"
    assert newstrace.compare(other, news).verdict.relation == "unrelated"


QUOTED = [
    "“We will not back down,” the mayor said, “not now and not ever.”",
    "He called it “a disaster” and said “we will fight this in court.”",
    "“Unbalanced quote marks, he said.",
    "The spokesman said: “No comment.” Then he left “the building.",
]


@SETTINGS
@given(edited(NEWS + QUOTED), edited(NEWS + QUOTED))
def test_every_quote_check_points_inside_both_texts(a: str, b: str) -> None:
    result = newstrace.compare(a, b)
    for quote in result.analysis.quotes:
        for piece in quote.a_spans:
            assert 0 <= piece.start <= piece.end <= len(a)
        if quote.b_span is not None:
            assert b[quote.b_span.start : quote.b_span.end] == quote.b_text
    for change in result.analysis.discrepancies:
        assert a[change.a_span.start : change.a_span.end] == change.a_text
        assert b[change.b_span.start : change.b_span.end] == change.b_text
