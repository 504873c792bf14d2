"""Independent reports of one event (a BASIL triplet) share quotes: exact, and not a copy."""

from __future__ import annotations

import json
from itertools import permutations
from pathlib import Path

import pytest

import newstrace

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "basil_event_sample.jsonl"


def _articles() -> list[newstrace.Article]:
    records = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    return [
        newstrace.Article(r["text"], id=r["id"], outlet=r["outlet"], published=r["date"])
        for r in records
    ]


@pytest.mark.parametrize(("a", "b"), list(permutations(range(3), 2)))
def test_shared_quotes_do_not_make_a_copy(a: int, b: int) -> None:
    articles = _articles()
    result = newstrace.compare(articles[a], articles[b])
    assert result.verdict.relation in ("shared_source", "unrelated")


def test_a_quote_both_outlets_reproduce_word_for_word_is_exact() -> None:
    fox, _, nyt = _articles()
    result = newstrace.compare(nyt, fox)
    stop_lying = [q for q in result.analysis.quotes if q.text.startswith("Stop lying")]
    assert [q.status for q in stop_lying] == ["exact"]
    assert result.verdict.relation == "shared_source"
