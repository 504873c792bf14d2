"""The times a thing happened in a span, counted otherwise by a copy (``facts/repeats.py``)."""

from __future__ import annotations

import pytest

from newstrace.analyse.facts.repeats import changed_repeats


def _changes(a: str, b: str) -> list[tuple[str, str, str]]:
    return [(d.kind, d.a_text, d.b_text) for d in changed_repeats(a, b)]


def test_another_count_of_times_in_the_same_span() -> None:
    a = "The mayor and the council met again. It was their third sit-down in a week."
    b = "The meeting marks the second time in a week the mayor and the council have met."
    assert _changes(a, b) == [("number", "third", "second")]


@pytest.mark.parametrize(
    "b",
    [
        # the same count
        "The meeting marks the third time in a week the mayor and the council have met.",
        # another span: another count
        "The meeting marks the second time in a month the mayor and the council have met.",
        # two counts of one span in the source: which the copy's is, is not known
        "It is the second meeting in a week, and the fourth vote in a week.",
    ],
)
def test_no_count_changed(b: str) -> None:
    a = "The mayor and the council met again. It was their third sit-down in a week."
    assert _changes(a, b) == []
