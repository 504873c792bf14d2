"""What ``compare`` derives of each text while the encoder runs (``analyse.ahead``)."""

from __future__ import annotations

import pytest

from newstrace.analyse import additions, clues
from newstrace.analyse.ahead import read_ahead
from newstrace.analyse.facts.framed import text_numbers
from newstrace.analyse.facts.persons import text_names
from newstrace.config import DEFAULT_CONFIG
from newstrace.model import Article
from newstrace.pipeline import compare, compare_documents
from newstrace.segment.document import Document

SOURCE = (
    "Finance Minister Lena Dahl said on Monday that the government would cut fuel taxes "
    "by 12 percent, according to Reuters. "
    "“We will not let families pay for a crisis they did not cause,” Ms. Dahl told "
    "reporters in Oslo. "
    "The opposition leader, Per Holm, called the plan reckless and said it came too late."
)
COPY = (
    "The government will cut fuel taxes by 15 percent, Finance Minister Lena Dahl "
    "announced Monday, Reuters reported. "
    "“We will not let families pay for a crisis they did not cause,” Dahl said. "
    "Opposition leader Per Holm slammed the embattled minister's plan as reckless."
)


def test_what_is_read_ahead_is_not_derived_again(monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = Document(Article(COPY)), Document(Article(SOURCE))
    read_ahead(a, b, DEFAULT_CONFIG.analyse)
    names_read = text_names.cache_info().misses
    phrases_read = additions._phrases_in.cache_info().misses
    numbers_read = text_numbers.cache_info().misses

    def derived_again(text: str) -> None:
        raise AssertionError("a text's hedges derived again")

    monkeypatch.setattr(clues, "QuoteMask", derived_again)  # what ``hedges`` reads
    result = compare_documents(a, b)
    assert result.alignments  # B's names are read when anything is aligned
    # and A's only when the texts are related (``person_changes``): not read ahead
    assert result.verdict.relation != "unrelated"
    assert text_names.cache_info().misses == names_read + 1
    assert additions._phrases_in.cache_info().misses == phrases_read
    # the changed figure ("15 percent" for "12 percent") has both texts' numbers read
    assert [d.kind for d in result.analysis.discrepancies] == ["number"]
    assert text_numbers.cache_info().hits >= 2
    assert text_numbers.cache_info().misses == numbers_read


def test_reading_ahead_moves_no_result() -> None:
    ahead = compare(Article(COPY), Article(SOURCE))
    plain = compare_documents(Document(Article(COPY)), Document(Article(SOURCE)))
    assert ahead.to_dict() == plain.to_dict()
