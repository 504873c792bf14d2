"""A month a copy gives a thing its source dates by another (``facts/own_months.py``)."""

from __future__ import annotations

from newstrace.analyse.facts.own_months import own_months

COPY = (
    "The depot plan drew angry letters. The county ethics board opened its own inquiry in"
    " October but deferred to the state."
)
SOURCE = (
    "Residents sent angry letters about the depot plan. The county ethics board announced in"
    " November that the mayor was under investigation."
)


def _changes(a: str, b: str) -> list[tuple[str, str]]:
    return [(d.a_text, d.b_text) for d in own_months(a, b)]


def test_a_month_the_source_never_names_for_the_month_of_the_sentence_told() -> None:
    assert _changes(COPY, SOURCE) == [("October", "November")]


def test_a_month_the_source_names_is_kept() -> None:
    source = SOURCE + " The board meets again in October."
    assert _changes(COPY, source) == []


def test_months_far_apart_date_two_things() -> None:
    assert _changes(COPY.replace("October", "April"), SOURCE) == []


def test_a_month_reckoned_from_another_or_a_bound_is_not_read() -> None:
    # "two months later": the sentence tells of two months
    a = COPY.replace("in October", "in October, two months later,")
    assert _changes(a, SOURCE) == []
    # "by October": a bound, not the month of what the sentence tells
    assert _changes(COPY.replace("in October", "by October"), SOURCE) == []


def test_a_copys_moved_month_is_reported_for_a_copy_only() -> None:
    from newstrace.analyse.report import analyse
    from newstrace.config import AnalyseConfig
    from newstrace.model import Article, Coverage
    from newstrace.segment.document import Document
    from tests.analyse.links import sentence_link

    a, b = Document(Article(COPY)), Document(Article(SOURCE))
    links = [sentence_link(a, b, 0, 0)]
    found = analyse(
        a, b, links, "a_from_b", coverage=Coverage(a=0.9, b=0.6), config=AnalyseConfig()
    )
    changes = [(d.kind, d.a_text, d.b_text) for d in found.discrepancies]
    assert ("date", "October", "November") in changes
    # independent reports tell of different months
    found = analyse(
        a, b, links, "shared_source", coverage=Coverage(a=0.3, b=0.3), config=AnalyseConfig()
    )
    assert not [d for d in found.discrepancies if d.kind == "date"]


def test_a_month_before_the_thing_it_dates_is_read() -> None:
    a = "The mayor will not meet the governor before the April address, calling it unwise."
    b = "The mayor said he will not meet the governor ahead of his speech in March."
    assert _changes(a, b) == [("April", "March")]
