"""Rewrites called copies of their source, by the source's length (issue 15).

    python benchmarks/direction_by_length.py [--split S ...]

Each rewrite of the read splits (every split but the last, which is held out) is compared
with its source, the rewrite as A, and counted right when the verdict is ``a_from_b``.
The fifteenth session's reading of fresh19 missed only rewrites of the shortest sources;
this table says whether that holds over every read split.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from devset import SPLITS, load  # noqa: E402

import newstrace  # noqa: E402

# Source lengths in words: the usual draw was 250 to 1,100 words (eval/make_briefs.py).
BUCKETS = ((0, 250), (250, 500), (500, 1100), (1100, 10**6))


def _bucket(words: int) -> tuple[int, int]:
    return next(b for b in BUCKETS if b[0] <= words < b[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", nargs="*", default=list(SPLITS[:-1]))
    args = parser.parse_args()
    right: Counter[tuple[int, int]] = Counter()
    total: Counter[tuple[int, int]] = Counter()
    for split in args.split:
        for pair in load(split, kinds=("rewrite",)):
            bucket = _bucket(len(pair.b.split()))
            total[bucket] += 1
            right[bucket] += newstrace.compare(pair.a, pair.b).verdict.relation == "a_from_b"
    print(f"{'source words':>14} {'rewrites':>9} {'a_from_b':>9} {'right':>6}")
    for bucket in BUCKETS:
        if total[bucket]:
            low, high = bucket
            label = f"{low}-{high}" if high < 10**6 else f"{low}+"
            share = right[bucket] / total[bucket]
            print(f"{label:>14} {total[bucket]:>9} {right[bucket]:>9} {share:>6.3f}")


if __name__ == "__main__":
    main()
