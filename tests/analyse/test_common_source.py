"""The scan's rule of common sources (analyse/common_source.py) on pairs the real compare
made of short texts written for the tests: two copies of one article share a source; a copy
of a copy stays a copy."""

from __future__ import annotations

import pytest

import newstrace
from newstrace.analyse.common_source import CONTAINED, common_sources
from newstrace.model import Article, PairSpans, ReusePair
from newstrace.report.provenance import pair_spans, reuse_pair

# The original report, C.
ORIGINAL = [
    "The city council voted on Tuesday to close the old bridge over the river for repairs that will last two years.",
    "Engineers found deep cracks in three of the steel supports during an inspection in the spring.",
    "Mayor Ellen Park said the closure would add twenty minutes to the commute of many residents in the northern suburbs.",
    "The repairs are expected to cost forty million dollars, most of it paid by the state transport fund.",
    "A temporary ferry service will run every half hour between the two banks while the work goes on.",
    "Work on the bridge will begin in March, and the council hopes to reopen it before the winter of next year.",
]
# Sentences of the copies' own.
SHOPS = "Local shop owners on Main Street fear that fewer customers will find their way across the water."
PARKING = "The car park beside the ferry landing will be free of charge for the first six months."
CYCLISTS = "Cyclists will still be allowed to use a narrow lane on the eastern side of the bridge."

C = Article(" ".join(ORIGINAL), id="C", published="2021-03-01")
# A copies C and adds its own words.
A = Article(" ".join([*ORIGINAL[:5], SHOPS, PARKING]), id="A", published="2021-03-02")
# B copies C too, independently: what it shares with A is all C's.
B_FROM_C = Article(
    " ".join([*ORIGINAL[:3], *ORIGINAL[4:], CYCLISTS]), id="B", published="2021-03-03"
)
# B copies A, own words and all: a chain, C -> A -> B.
B_FROM_A = Article(
    " ".join([*ORIGINAL[:5], SHOPS, PARKING, CYCLISTS]), id="B", published="2021-03-03"
)


def _scan(articles: list[Article]) -> tuple[list[ReusePair], list[PairSpans | None]]:
    """The pairs with reuse among ``articles`` and their spans, as a scan keeps them."""
    pairs: list[ReusePair] = []
    spans: list[PairSpans | None] = []
    for i, first in enumerate(articles):
        for second in articles[i + 1 :]:
            comparison = newstrace.compare(first, second)
            if comparison.verdict.relation != "unrelated":
                pairs.append(reuse_pair(comparison))
                spans.append(pair_spans(comparison))
    return pairs, spans


def _calls(pairs: list[ReusePair]) -> dict[frozenset[str], tuple[str, str | None]]:
    return {frozenset((p.a, p.b)): (p.relation, p.copy) for p in pairs}


@pytest.fixture(scope="module")
def two_copies() -> tuple[list[ReusePair], list[PairSpans | None]]:
    return _scan([C, A, B_FROM_C])


def test_two_copies_of_one_article_share_a_source(
    two_copies: tuple[list[ReusePair], list[PairSpans | None]],
) -> None:
    pairs, spans = two_copies
    # compare alone calls all three pairs copies, the copies' pair too
    assert _calls(pairs) == {
        frozenset("AC"): ("b_from_a", "A"),
        frozenset("BC"): ("b_from_a", "B"),
        frozenset("AB"): ("b_from_a", "B"),
    }
    revised = common_sources(pairs, spans)
    assert _calls(revised)[frozenset("AB")] == ("shared_source", None)
    [demoted] = [p for p in revised if p.relation == "shared_source"]
    from_c = {p.copy: p.confidence for p in pairs if p.source == "C"}
    assert demoted.confidence == pytest.approx(from_c["A"] * from_c["B"])
    assert demoted.reasons[0] == "both were written from C: the text they share is all in C"
    assert demoted.source is demoted.copy is demoted.credited is None
    # the calls the rule stands on are untouched: the very same records
    assert [x for x, y in zip(pairs, revised, strict=True) if x is y] == [
        p for p in pairs if frozenset((p.a, p.b)) != frozenset("AB")
    ]
    # the rule reads compare's calls, not its own: a second pass changes nothing
    assert common_sources(revised, spans) == revised


def test_a_copy_of_a_copy_stays_a_copy() -> None:
    pairs, spans = _scan([C, A, B_FROM_A])
    # B is called a copy of C and of A, A a copy of C: the rule's premises hold ...
    assert _calls(pairs) == {
        frozenset("AC"): ("b_from_a", "A"),
        frozenset("BC"): ("b_from_a", "B"),
        frozenset("AB"): ("b_from_a", "B"),
    }
    # ... but B shares with A the words A added to C, which are not in C
    assert common_sources(pairs, spans) == pairs


def test_a_pair_without_spans_is_left_as_it_is(
    two_copies: tuple[list[ReusePair], list[PairSpans | None]],
) -> None:
    pairs, spans = two_copies
    ab = next(i for i, p in enumerate(pairs) if {p.a, p.b} == {"A", "B"})
    assert common_sources(pairs, [None if i == ab else s for i, s in enumerate(spans)]) == pairs


def test_the_shared_text_must_lie_within_the_source_on_both_sides(
    two_copies: tuple[list[ReusePair], list[PairSpans | None]],
) -> None:
    pairs, spans = two_copies
    ab = next(i for i, p in enumerate(pairs) if {p.a, p.b} == {"A", "B"})
    a_is_a = pairs[ab].a == "A"
    # Stretch the last passage of A-B on B's side over B's own sentence, past the share.
    first, *rest, (a0, a1, b0, b1) = spans[ab] or ()
    length = len(B_FROM_C.text)
    stretched = (a0, a1, b0, length) if a_is_a else (a0, length, b0, b1)
    assert stretched != (a0, a1, b0, b1) and CONTAINED > 0.5
    changed = [*spans[:ab], (first, *rest, stretched), *spans[ab + 1 :]]
    assert common_sources(pairs, changed) == pairs
