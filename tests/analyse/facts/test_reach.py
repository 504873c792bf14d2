"""A fact changed at the edge of a copied sentence, outside the verbatim passage."""

from __future__ import annotations

import newstrace
from newstrace.analyse.entities import find_discrepancies
from newstrace.analyse.facts.reach import widened
from newstrace.model import Alignment, Article, Span
from newstrace.pipeline import prepare


def _changes(a: str, b: str) -> list[tuple[str, str, str]]:
    result = newstrace.compare(a, b)
    return [(d.kind, d.a_text, d.b_text) for d in result.analysis.discrepancies]


def test_a_title_changed_before_the_copied_words_is_found() -> None:
    tail = " Chuck Schumer said the bill would not pass the chamber this week without changes."
    a = "Senate Majority Leader" + tail
    b = "Senate Minority Leader" + tail
    assert _changes(a, b) == [
        ("title", "Senate Majority Leader Chuck Schumer", "Senate Minority Leader Chuck Schumer")
    ]


def test_a_sentence_only_partly_shared_is_not_widened() -> None:
    # the same quotation inside two reporters' own sentences: their own days are theirs
    quote = '"We will not back down from this fight, whatever it costs us in the end,"'
    a = f"On Monday the mayor told a crowd in the square {quote} before leaving."
    b = f"Speaking to reporters on Tuesday, she repeated {quote} and left."
    assert _changes(a, b) == []


def _aligned_to(a: str, b: str, a_end: str, b_end: str) -> Alignment:
    """The near-verbatim run of a copy's sentence and its source's, up to ``a_end`` and
    ``b_end`` (as an aligner stops at the first word that differs)."""
    a_span = Span(a.index("the same day"), a.index(a_end) + len(a_end))
    b_span = Span(b.index("the same day"), b.index(b_end) + len(b_end))
    return Alignment(
        "near_verbatim",
        0.8,
        a_span,
        b_span,
        a[a_span.start : a_span.end],
        b[b_span.start : b_span.end],
        (0,),
        (0,),
    )


def test_a_name_going_on_past_a_copied_run_is_read_in_a_copy() -> None:
    # the shared run stops inside the name: the copy put another board for the source's
    a = "It came the same day Ann Roe of Dover, the top Republican on the State Water Commission, asked the county to hold off until the state ends its review."
    b = "Nobody said why the board moved so fast, but it came the same day the top Republican on the State Roads Commission asked officials to wait."
    alignment = _aligned_to(a, b, "on the State", "on the State")
    a_doc, b_doc = prepare(Article(a)), prepare(Article(b))
    stretched = widened(alignment, a_doc, b_doc, copy=True)
    assert stretched.a_text.endswith("on the State Water Commission")
    assert stretched.b_text.endswith("on the State Roads Commission")
    found = find_discrepancies([stretched], copy=True)
    assert [(d.kind, d.a_text, d.b_text) for d in found] == [
        ("organisation", "State Water Commission", "State Roads Commission")
    ]
    # two independent reports' words past a shared run are their own
    assert widened(alignment, a_doc, b_doc) == alignment


def test_names_moved_past_a_copied_run_are_not_stretched_over() -> None:
    # the copy lists the same two places in another order: nothing changed
    a = "He left the same day for Peru and Chile with his staff, aides said on Monday."
    b = "Aides said he left the same day for Chile and Peru, taking his staff with him."
    alignment = _aligned_to(a, b, "day for", "day for")
    a_doc, b_doc = prepare(Article(a)), prepare(Article(b))
    assert widened(alignment, a_doc, b_doc, copy=True) == alignment
