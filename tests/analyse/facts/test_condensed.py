"""A text condensed from the other, read as a copy though called `shared_source`."""

from __future__ import annotations

import pytest

from newstrace.analyse.facts.condensed import read_as_copy
from newstrace.analyse.report import analyse
from newstrace.config import AnalyseConfig
from newstrace.model import Article, Coverage, Evidence, SideEvidence
from newstrace.segment.document import Document
from tests.analyse.links import sentence_link


def _evidence(own_traced: int) -> Evidence:
    side = SideEvidence(
        sentences=4,
        sentences_traced=4,
        own_sentences=4,
        own_sentences_traced=own_traced,
        outside_quotes=0.9,
        lexical_outside_quotes=0.1,
        longest_passage_outside_quotes=5,
        order=1.0,
        credits_other=False,
    )
    return Evidence(a=side, b=side)


def _changes(coverage: float, own_traced: int) -> list[tuple[str, str, str]]:
    # "On Thursday" / "on Friday" in a reworded sentence: read only for a copy
    # (``typed.changed_weekdays``); the other text names another day too, so the one
    # weekday each (``lone_days.one_day_each``) is not read
    a = Document(Article("Ann Roe signed the bill on Thursday, her aides said."))
    b = Document(Article("On Friday, Gov. Ann Roe put her name to the bill. It passed on Tuesday."))
    found = analyse(
        a,
        b,
        [sentence_link(a, b, 0, 0, score=0.75)],
        "shared_source",
        coverage=Coverage(a=coverage, b=0.5),
        config=AnalyseConfig(),
        evidence=_evidence(own_traced),
    )
    return [(d.kind, d.a_text, d.b_text) for d in found.discrepancies]


def test_a_condensed_copy_called_shared_source_is_read_as_a_copy() -> None:
    assert _changes(0.95, 3) == [("date", "Thursday", "Friday")]


@pytest.mark.parametrize(
    ("coverage", "own_traced"),
    [
        (0.8, 3),  # a tenth of A or more traced to nothing: a report of its own
        (0.95, 1),  # its own sentences mostly traced to nothing
    ],
)
def test_a_report_of_its_own_is_not_read_as_a_copy(coverage: float, own_traced: int) -> None:
    assert _changes(coverage, own_traced) == []


def test_the_verdicts_copies_are_read_as_copies() -> None:
    coverage = Coverage(a=0.3, b=0.3)
    assert read_as_copy("a_from_b", coverage, None)
    assert not read_as_copy("shared_source", coverage, None)


def test_the_one_weekday_of_each_text_is_not_read_for_a_condensed_copy() -> None:
    # each text names one weekday, of two events: two copies of one source may each have
    # moved one (the whole texts' weekdays, ``framed.py``, are read for a copy only)
    a = Document(Article("Ann Roe denied it on Tuesday. The board met."))
    b = Document(Article("Ann Roe denies it. Her lawyer said Thursday the board met."))
    found = analyse(
        a,
        b,
        [sentence_link(a, b, 0, 0, score=0.75)],
        "shared_source",
        coverage=Coverage(a=0.95, b=0.9),
        config=AnalyseConfig(),
        evidence=_evidence(3),
    )
    assert found.discrepancies == ()
