"""``Span.within``: a span lies within another exactly when all of it overlaps that one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newstrace import Span

_spans = st.tuples(st.integers(0, 60), st.integers(0, 60)).map(lambda p: Span(min(p), max(p)))


@given(_spans, _spans)
def test_within_is_overlapping_all_of_it(inner: Span, outer: Span) -> None:
    expected = outer.start <= inner.start and inner.end <= outer.end
    assert inner.within(outer) is expected
    if len(inner):
        assert inner.within(outer) == (inner.overlap(outer) == len(inner))


def test_a_span_lies_within_itself_and_not_within_a_shorter_one() -> None:
    assert Span(3, 8).within(Span(3, 8))
    assert not Span(3, 8).within(Span(3, 7))
    assert not Span(3, 8).within(Span(4, 8))
