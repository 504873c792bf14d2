"""Whether comparing B with A finds what comparing A with B finds, mirrored.

    python benchmarks/order_symmetry.py [--split NAME ...]

For each written pair of the named splits (default: every split but the held-out last
one), the lexical layer's passages and the whole alignment are computed both ways round
and compared, mirrored; a user who pastes the two texts the other way round must get the
same evidence.  Prints the pairs that differ and a count.  No encoding for the passages;
the alignments encode each pair's units once (the encoder caches them).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from devset import SPLITS, load  # noqa: E402

from newstrace import Article  # noqa: E402
from newstrace.align import align  # noqa: E402
from newstrace.align.lexical import lexical_matches  # noqa: E402
from newstrace.config import DEFAULT_CONFIG  # noqa: E402
from newstrace.pipeline import prepare  # noqa: E402

Passage = tuple[int, int, int, int]


def passages(a: Article, b: Article) -> tuple[set[Passage], set[Passage]]:
    """The passages of A against B, and of B against A mirrored, as token ranges."""
    doc_a, doc_b = prepare(a), prepare(b)
    config = DEFAULT_CONFIG.align
    one = {
        (m.a_first, m.a_last, m.b_first, m.b_last)
        for m in lexical_matches(doc_a, doc_b, config=config)
    }
    other = {
        (m.b_first, m.b_last, m.a_first, m.a_last)
        for m in lexical_matches(doc_b, doc_a, config=config)
    }
    return one, other


def alignments(
    a: Article, b: Article
) -> tuple[set[tuple[str, int, int]], set[tuple[str, int, int]]]:
    """The alignments (kind, A's start, B's start) both ways round, the second mirrored."""
    doc_a, doc_b = prepare(a), prepare(b)
    config = DEFAULT_CONFIG.align
    one = {(x.kind, x.a_span.start, x.b_span.start) for x in align(doc_a, doc_b, config=config)}
    other = {(x.kind, x.b_span.start, x.a_span.start) for x in align(doc_b, doc_a, config=config)}
    return one, other


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--split", action="append", choices=SPLITS, help="default: all but the held-out one"
    )
    args = parser.parse_args()
    splits = args.split or list(SPLITS[:-1])
    pairs = lexical = aligned = 0
    for split in splits:
        for pair in load(split):
            a, b = Article(pair.a), Article(pair.b)
            pairs += 1
            one, other = passages(a, b)
            first, second = alignments(a, b)
            lexical += one != other
            aligned += first != second
            if one != other or first != second:
                what = ", ".join(
                    w
                    for w, bad in (("passages", one != other), ("alignments", first != second))
                    if bad
                )
                print(f"{split} {pair.id}: {what} differ")
    print(f"{pairs} pairs: passages differ in {lexical}, alignments differ in {aligned}")


if __name__ == "__main__":
    main()
