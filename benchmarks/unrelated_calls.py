"""Who is called ``unrelated``, and what ``analyse.related`` moves to ``shared_source``.

    python benchmarks/unrelated_calls.py [--splits tune..fresh34] [--no-basil] [--markdown]

``unrelated`` says that nothing of one text is in the other.  This counts, over
``benchmarks/every_split.py``'s cached comparisons of the shipped verdict (both orders of
every development pair, BASIL's 600 ordered same-event pairs), the calls of ``unrelated``
by kind and by how much of the more-traced text is traced, and the calls that are
``shared_source`` only by ``analyse.related`` (half of one text traced, no other reading
of an uncalled pair holds): without it they would be ``unrelated``.  On BASIL either call
is right; on a sibling pair only ``shared_source`` is.
"""

from __future__ import annotations

from collections import Counter

import every_split
from every_split import BASIL, bench

from newstrace.analyse.related import related_reason
from newstrace.model import Comparison

BANDS = ((0.0, 0.3), (0.3, 0.4), (0.4, 0.5), (0.5, 1.01))


def _kind(case: str) -> str:
    return case.split(":")[1] if case.startswith("dev:") else "basil " + case.split(":")[1]


def _by_related(result: Comparison) -> bool:
    """Whether the call is ``shared_source`` by ``analyse.related`` alone (its reason first)."""
    reason = tuple(related_reason(result.coverage))
    return bool(reason) and result.verdict.reasons[:1] == reason


def tally(cases: list[bench.Case], results: list[Comparison]) -> Counter[tuple[str, str]]:
    counts: Counter[tuple[str, str]] = Counter()
    for case, result in zip(cases, results, strict=True):
        kind, traced = _kind(case[0]), max(result.coverage.a, result.coverage.b)
        counts[kind, "n"] += 1
        counts[kind, "moved"] += _by_related(result)
        if result.verdict.relation == "unrelated":
            counts[kind, "unrelated"] += 1
            for low, high in BANDS:
                counts[kind, f"{low:.1f}-{min(high, 1.0):.1f}"] += low <= traced < high
    return counts


def main() -> None:
    parser = every_split.reader_arguments(__doc__)
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    cases = [c for s in every_split.split_range(args.splits) for c in bench.development_cases(s)]
    cases += [] if args.no_basil else list(bench.basil_cases(BASIL))
    counts = tally(cases, list(every_split.comparisons(cases, args.jobs)))
    bands = [f"{low:.1f}-{min(high, 1.0):.1f}" for low, high in BANDS]
    header = ["calls", "n", "unrelated", *(f"unrelated, {b} traced" for b in bands), "moved"]
    rows = [
        [kind, *(str(counts[kind, k]) for k in ("n", "unrelated", *bands, "moved"))]
        for kind in sorted({kind for kind, _ in counts})
    ]
    print(bench._table(header, rows, args.markdown))


if __name__ == "__main__":
    main()
