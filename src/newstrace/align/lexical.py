"""Lexical layer: verbatim and near-verbatim passages by seed-and-extend over word n-grams.

Shared word n-grams ("seeds") are chained into passages when they follow each other in both
texts with small gaps, which tolerates an inserted attribution ("..., Mr. Kerry said, ...")
or a changed word.  Written here because no maintained Python library does local alignment
of word sequences from n-gram seeds (passim does it in Scala inside Spark); rapidfuzz scores
the resulting passages.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from newstrace.config import AlignConfig
from newstrace.segment.document import Document


@dataclass(slots=True)
class TokenMatch:
    """A passage as token ranges ``[a_first, a_last)`` and ``[b_first, b_last)``."""

    a_first: int
    a_last: int
    b_first: int
    b_last: int
    a_matched: set[int] = field(default_factory=set)
    b_matched: set[int] = field(default_factory=set)

    @property
    def matched(self) -> int:
        return len(self.a_matched)

    def overlaps(self, other: TokenMatch) -> bool:
        """Whether this passage takes more than half of itself, on either side, from ``other``."""
        a_overlap = min(self.a_last, other.a_last) - max(self.a_first, other.a_first)
        b_overlap = min(self.b_last, other.b_last) - max(self.b_first, other.b_first)
        return (
            a_overlap > (self.a_last - self.a_first) // 2
            or b_overlap > (self.b_last - self.b_first) // 2
        )


def _seeds(a: Document, b: Document, config: AlignConfig) -> list[tuple[int, int]]:
    """Positions ``(i, j)`` where the same n-gram starts in A and in B."""
    n = config.seed_words
    a_words = [t.text for t in a.tokens]
    b_words = [t.text for t in b.tokens]
    b_index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for j in range(len(b_words) - n + 1):
        b_index[tuple(b_words[j : j + n])].append(j)
    a_counts: dict[tuple[str, ...], int] = defaultdict(int)
    for i in range(len(a_words) - n + 1):
        a_counts[tuple(a_words[i : i + n])] += 1
    seeds: list[tuple[int, int]] = []
    for i in range(len(a_words) - n + 1):
        gram = tuple(a_words[i : i + n])
        positions = b_index.get(gram)
        if not positions or len(positions) > config.max_seed_occurrences:
            continue
        if a_counts[gram] > config.max_seed_occurrences:
            continue
        seeds.extend((i, j) for j in positions)
    return seeds


def _chain(seeds: list[tuple[int, int]], config: AlignConfig) -> list[TokenMatch]:
    """Chain seeds that follow each other in both texts into passages."""
    n, gap = config.seed_words, config.max_gap
    chains: list[TokenMatch] = []
    active: list[TokenMatch] = []
    for i, j in sorted(seeds):
        active = [c for c in active if i - (c.a_last - n) <= gap]
        best: TokenMatch | None = None
        best_skew = gap + 1
        for chain in active:
            step_a, step_b = i - (chain.a_last - n), j - (chain.b_last - n)
            if 0 < step_a <= gap and 0 < step_b <= gap and abs(step_a - step_b) < best_skew:
                best, best_skew = chain, abs(step_a - step_b)
        if best is None:
            best = TokenMatch(i, i + n, j, j + n)
            chains.append(best)
            active.append(best)
        best.a_last, best.b_last = i + n, max(best.b_last, j + n)
        best.a_matched.update(range(i, i + n))
        best.b_matched.update(range(j, j + n))
    return chains


def _order_support(match: TokenMatch, others: list[TokenMatch]) -> int:
    """How many other passages lie in the same order relative to ``match`` in both texts."""
    return sum(
        (other.a_first < match.a_first) == (other.b_first < match.b_first)
        for other in others
        if other is not match
    )


def _select(matches: list[TokenMatch]) -> list[TokenMatch]:
    """Keep the best passage for each stretch of either text.

    A passage can match several places of the other text (a caption that repeats the body, a
    quotation a source gives twice); the one kept is the longest, then the one that agrees
    with the order of the others.  Both texts are asked alike, and the ranking counts both
    sides' words, so comparing B with A finds the passages of comparing A with B: asking it
    of A's stretches alone made the two orders differ on one development pair in twenty (a
    quotation the source gives twice was traced twice one way round and once the other).
    """
    ranked = sorted(
        matches,
        key=lambda m: (
            -(len(m.a_matched) + len(m.b_matched)),
            -_order_support(m, matches),
            m.a_first + m.b_first,
        ),
    )
    chosen: list[TokenMatch] = []
    for match in ranked:
        if not any(match.overlaps(c) for c in chosen):
            chosen.append(match)
    return sorted(chosen, key=lambda m: m.a_first)


def lexical_matches(a: Document, b: Document, *, config: AlignConfig) -> list[TokenMatch]:
    """Verbatim and near-verbatim passages of A found in B, in A's order.

    Chaining reads the seeds in the first text's order, so where a passage's pieces stand in
    another order in the two texts ("below the waterline on the port side" against "on the
    port side below the waterline") it can chain them differently either way round.  The
    texts are therefore always chained in one order of their own (the shorter first, then
    by their words), and the passages mirrored back: the same pair gives the same passages
    whichever text the caller puts first.
    """
    if _chained_first(b, a):
        return sorted((_mirrored(m) for m in lexical_matches(b, a, config=config)), key=_in_a)
    chains = _chain(_seeds(a, b, config), config)
    long_enough = [c for c in chains if c.matched >= config.min_words]
    return _select(long_enough)


def _chained_first(a: Document, b: Document) -> bool:
    """Whether ``a`` comes before ``b`` in the order texts are chained in."""
    if len(a.tokens) != len(b.tokens):
        return len(a.tokens) < len(b.tokens)
    return [t.text for t in a.tokens] < [t.text for t in b.tokens]


def _mirrored(match: TokenMatch) -> TokenMatch:
    return TokenMatch(
        match.b_first, match.b_last, match.a_first, match.a_last, match.b_matched, match.a_matched
    )


def _in_a(match: TokenMatch) -> int:
    return match.a_first
