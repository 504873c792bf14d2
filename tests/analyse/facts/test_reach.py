"""A fact changed at the edge of a copied sentence, outside the verbatim passage."""

from __future__ import annotations

import newstrace


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
