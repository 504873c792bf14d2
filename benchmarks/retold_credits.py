"""How often two texts each tell their story as one outlet's report, by kind of pair.

    python benchmarks/retold_credits.py [--splits tune..fresh32] [--no-basil]

Counts, over every read split (one order per pair) and BASIL's 600 ordered same-event
pairs, the pairs in which both texts credit one outlet with their whole story
(``SideEvidence.story_credits``: "as first reported by X", "X said, citing", "..., X
reports.", "..., according to X."), those where each does so in a form the other does not
use (``analyse.retold.retold_alike``, the clue ``analyse.direction._retold`` weighs), and
how the shipped verdict calls the latter.  Siblings (two rewrites of one article) should
carry the clue, copies and their sources (rewrites, primary-source pairs) not: a copy of a
story that credits X carries X's credit over, mostly in its words.  The comparisons are
``benchmarks/every_split.py``'s, from its cache (computed when missing).
"""

from __future__ import annotations

from collections import Counter

import every_split
from every_split import BASIL, bench

from newstrace.analyse.retold import retold_alike


def main() -> None:
    args = every_split.reader_arguments(__doc__).parse_args()
    cases = [
        case
        for split in every_split.split_range(args.splits)
        for case in bench.development_cases(split)
        if not case[0].endswith("~")  # the swapped order carries the same credits
    ]
    cases += [] if args.no_basil else list(bench.basil_cases(BASIL))
    counts: Counter[tuple[str, str]] = Counter()
    for case, result in zip(cases, every_split.comparisons(cases, args.jobs), strict=True):
        kind = case[0].split(":")[1] if case[0].startswith("dev:") else "basil"
        a, b = result.evidence.a.story_credits, result.evidence.b.story_credits
        counts[kind, "pairs"] += 1
        counts[kind, "one outlet"] += bool({o for o, _ in a} & {o for o, _ in b})
        if retold_alike(a, b):
            counts[kind, "in words of its own"] += 1
            counts[kind, f"called {result.verdict.relation}"] += 1
    for kind in ("rewrite", "primary", "sibling", "basil"):
        found = {name: n for (k, name), n in sorted(counts.items()) if k == kind}
        print(kind, ", ".join(f"{name} {n}" for name, n in found.items()))


if __name__ == "__main__":
    main()
