"""A scan's rule of common sources: two copies of one article did not copy each other.

``compare`` sees two articles and nothing else.  When a scan finds A written from C and B
written from C, the text A and B share may be all C's, and compared alone they look like
one copied the other (two aggregators rewriting one New York Times story; two planted
copies of one BASIL article).  Once every pair of a scan is compared, :func:`common_sources`
turns such a copy call into ``shared_source``: A and B are each called copies of a third
article C, and the characters A shares with B lie, on A's side and on B's side, within
those it shares with C (at least :data:`CONTAINED` of them).

A chain stays a copy: when B copied A, who copied C, B also carries A's own words, which are
not in C, so the part of A's text shared with B that lies outside A–C's passages fails the
test.  The threshold leaves room for passages cut at slightly different places by the two
alignments (a sentence's closing quote, the space between two aligned sentences): 0.9 of the
characters, not all.

The rule reads the scan's calls as ``compare`` made them, never its own results, so one pass
gives the same pairs in any order, and a second pass changes nothing (a resumed scan may run
it again).  Both engines call it with the spans each pair's alignments had
(``report.provenance.pair_spans``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from newstrace.model import PairSpans, ReusePair

__all__ = ["CONTAINED", "common_sources"]

# The share of the characters A shares with B that must lie in what A shares with C (and
# likewise on B's side).
CONTAINED = 0.9

_COPIES = ("a_from_b", "b_from_a")
Ranges = list[tuple[int, int]]


@dataclass(frozen=True, slots=True)
class _Call:
    """One copy call of the scan: the pair's position and the copy's passages in it."""

    position: int
    confidence: float
    copy_ranges: Ranges


def common_sources(
    pairs: Sequence[ReusePair], spans: Sequence[PairSpans | None]
) -> list[ReusePair]:
    """``pairs`` (one scan's, with ``spans[i]`` the alignment spans of ``pairs[i]``, None
    when unknown) with every copy between two copies of one article turned ``shared_source``;
    the other pairs are returned as they are (the same objects)."""
    calls: dict[str, dict[str, _Call]] = {}  # copy -> source -> its call
    for position, (pair, found) in enumerate(zip(pairs, spans, strict=True)):
        if pair.relation in _COPIES and pair.copy and pair.source and found is not None:
            ranges = _side(found, pair.copy == pair.a)
            calls.setdefault(pair.copy, {})[pair.source] = _Call(position, pair.confidence, ranges)
    result = list(pairs)
    for position, (pair, found) in enumerate(zip(pairs, spans, strict=True)):
        if pair.relation not in _COPIES or found is None:
            continue
        source = _common_source(pair, found, calls)
        if source is not None:
            result[position] = _demoted(pair, *source)
    return result


def _common_source(
    pair: ReusePair, found: PairSpans, calls: dict[str, dict[str, _Call]]
) -> tuple[str, float] | None:
    """The article both of ``pair`` were written from, holding all they share, and the
    probability that both those calls are right; None when there is none."""
    of_a, of_b = calls.get(pair.a, {}), calls.get(pair.b, {})
    best: tuple[float, str] | None = None
    for source in sorted(of_a.keys() & of_b.keys() - {pair.a, pair.b}):
        a_call, b_call = of_a[source], of_b[source]
        if (
            _inside(_side(found, True), a_call.copy_ranges) >= CONTAINED
            and _inside(_side(found, False), b_call.copy_ranges) >= CONTAINED
        ):
            # Both calls must be right for the rule to hold; taken as independent.
            both = a_call.confidence * b_call.confidence
            if best is None or both > best[0]:
                best = (both, source)
    return None if best is None else (best[1], best[0])


def _demoted(pair: ReusePair, source: str, confidence: float) -> ReusePair:
    called = (
        f"compared alone, the pair was called {pair.relation} "
        f"(confidence {pair.confidence:.0%}); those reasons follow"
    )
    return replace(
        pair,
        relation="shared_source",
        confidence=confidence,
        source=None,
        copy=None,
        credited=None,
        reasons=(
            f"both were written from {source}: the text they share is all in {source}",
            called,
            *pair.reasons,
        ),
    )


def _side(spans: PairSpans, a_side: bool) -> Ranges:
    """The merged character ranges of one side's passages."""
    ranges = sorted((s[0], s[1]) if a_side else (s[2], s[3]) for s in spans)
    merged: Ranges = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        elif end > start:
            merged.append((start, end))
    return merged


def _inside(part: Ranges, whole: Ranges) -> float:
    """The share of the characters of ``part`` that lie in ``whole`` (both merged, sorted);
    0 for an empty ``part``."""
    total = sum(end - start for start, end in part)
    if not total:
        return 0.0
    inside, j = 0, 0
    for start, end in part:
        while j < len(whole) and whole[j][1] <= start:
            j += 1
        k = j
        while k < len(whole) and whole[k][0] < end:
            inside += min(end, whole[k][1]) - max(start, whole[k][0])
            k += 1
    return inside / total
