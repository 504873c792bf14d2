"""The changed facts found between two short passages aligned whole."""

from __future__ import annotations

from newstrace.analyse.entities import find_discrepancies
from newstrace.model import Alignment, Span

Change = tuple[str, str, str]


def changes(a: str, b: str, *, score: float = 0.8, copy: bool = False) -> list[Change]:
    pair = Alignment("paraphrase", score, Span(0, len(a)), Span(0, len(b)), a, b)
    found = find_discrepancies([pair], min_score=0.55, copy=copy)
    return [(d.kind, d.a_text, d.b_text) for d in found]


def assert_changes(
    a: str, b: str, expected: list[Change], *, score: float = 0.8, copy: bool = False
) -> None:
    """Assert that :func:`changes` of ``a`` and ``b`` is ``expected``, the shape of most tests
    of this folder; a failure names both passages, which a parametrised case's id does not."""
    found = changes(a, b, score=score, copy=copy)
    assert found == expected, f"\nA: {a}\nB: {b}\nfound:    {found}\nexpected: {expected}"
