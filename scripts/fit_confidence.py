"""Fit the stated confidence's maps (``src/newstrace/analyse/stated_confidence.json``).

    python scripts/fit_confidence.py CACHE [--fit tune..fresh40] [--read fresh41..fresh51]
                                     [--write] [--kinds]

``CACHE`` is a folder of ``benchmarks/every_split.py``'s cached comparisons
(``eval/.cache/comparisons/<code version>``) holding every read split and BASIL.  Each is
decided again with this code's ``direction.raw_call`` (the shipped model, the confidence
the relation's probability) and read as a call of its kind (``direction._kind``: the rule
or model that made it and whether it calls a copy, ``shared_source`` or ``unrelated``),
right or wrong as ``every_split.py`` counts it (a copy call right when its direction is;
any other call right on a sibling or BASIL pair).

For each kind with at least ``MIN_CALLS`` calls in the fitted splits (``--fit`` and
BASIL's tune events, both orders), the share right is fitted against the probability by
isotonic regression (pool adjacent violators, the calls of one probability pooled first),
blocks of fewer than ``MIN_BLOCK`` calls pooled with a neighbour; each block's share is
pulled toward the probability its calls were made with, as if ``PRIOR_CALLS`` more calls
were right that often, so that no block of a few calls all right states certainty, and the
shares are then made non-decreasing again.
The map's breakpoints are each block's lowest and highest probability at its share,
interpolated between blocks and held flat beyond them.  A kind with fewer calls takes its
call class's map (``* copy``, fitted on every call of that class).  Then every tenth of
the stated confidence is printed as ``every_split.py`` prints it: on the fitted calls, on
the calls of ``--read`` and BASIL's test events (out of sample: the figure that counts),
and on all.  ``--write`` writes the maps with the splits they were fitted on; ``--kinds``
prints each kind's calls, probability, share right and stated confidence, fitted and read.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import direction as bench  # noqa: E402
from devset import BASIL  # noqa: E402
from every_split import case_key, split_range  # noqa: E402

from newstrace.analyse import direction  # noqa: E402
from newstrace.analyse.direction_model import load_model  # noqa: E402
from newstrace.analyse.stated_confidence import CALL_CLASSES, Calibration  # noqa: E402

OUT = ROOT / "src" / "newstrace" / "analyse" / "stated_confidence.json"
# Fewest fitted calls (both orders: 20 pairs) for a kind to have a map of its own: the
# tenths that count have 20 calls, and a kind's map is read in several tenths.
MIN_CALLS = 40
# Fewest calls in one block of a map (smaller blocks are pooled with the neighbour nearest in
# share), and the calls at the block's own probability its share is pulled toward: chosen,
# among 0/5/10/20/40 and 1/10/20/40, by fitting tune … fresh30 (and BASIL's tune events)
# and reading fresh31 … fresh40 (worst tenth 0.094 with the first kinds, 0.127 with these:
# no choice keeps that reading within 0.1; BENCHMARKS.md, calib52).
MIN_BLOCK = 40
PRIOR_CALLS = 5


@dataclass(frozen=True)
class RawCall:
    case: str
    split: str  # a development split, or "basil:tune" / "basil:test"
    kind: str
    probability: float
    right: bool
    relation: str


def raw_calls(cache: Path, splits: list[str]) -> list[RawCall]:
    """Every ordered call of ``splits`` and BASIL, decided again from ``cache`` unmapped."""
    model = load_model()
    cases = [(split, case) for split in splits for case in bench.development_cases(split)]
    cases += [("basil:" + case[0].split(":")[1], case) for case in bench.basil_cases(BASIL)]
    calls = []
    for split, case in cases:
        path = cache / f"{case_key(case)}.pkl"
        if not path.exists():
            raise SystemExit(f"{path} is not cached: run every_split.py with that code first")
        verdict, kind = direction.raw_call(pickle.loads(path.read_bytes()), model)
        call = bench.Call(case[0], verdict.relation, case[3], verdict.confidence)
        calls.append(
            RawCall(case[0], split, kind, verdict.confidence, call.right, verdict.relation)
        )
    return calls


def isotonic(calls: Iterable[RawCall]) -> list[tuple[float, float]]:
    """The map's breakpoints (probability, stated) fitted on ``calls`` (module docstring)."""
    by_x: dict[float, list[float]] = defaultdict(lambda: [0, 0, 0.0])
    for call in calls:
        by_x[call.probability][0] += int(call.right)
        by_x[call.probability][1] += 1
        by_x[call.probability][2] += call.probability
    # blocks: [lowest probability, highest, right, calls, sum of probabilities]
    blocks: list[list[float]] = []
    for x in sorted(by_x):
        blocks.append([x, x, *by_x[x]])
        while len(blocks) > 1 and blocks[-2][2] / blocks[-2][3] >= blocks[-1][2] / blocks[-1][3]:
            _merge(blocks, len(blocks) - 2)
    while len(blocks) > 1 and (small := [i for i, b in enumerate(blocks) if b[3] < MIN_BLOCK]):
        i = min(small, key=lambda i: blocks[i][3])
        share = blocks[i][2] / blocks[i][3]
        left = i > 0 and (
            i == len(blocks) - 1
            or abs(blocks[i - 1][2] / blocks[i - 1][3] - share)
            <= abs(blocks[i + 1][2] / blocks[i + 1][3] - share)
        )
        _merge(blocks, i - 1 if left else i)
    points: list[tuple[float, float]] = []
    floor = 0.0
    for low, high, right, n, total in blocks:
        share = max(floor, (right + PRIOR_CALLS * total / n) / (n + PRIOR_CALLS))
        floor = share
        points.append((round(low, 4), round(share, 4)))
        if high > low:
            points.append((round(high, 4), round(share, 4)))
    return points


def _merge(blocks: list[list[float]], i: int) -> None:
    """Blocks ``i`` and ``i + 1`` made one."""
    right = blocks.pop(i + 1)
    blocks[i] = [
        blocks[i][0],
        right[1],
        *(a + b for a, b in zip(blocks[i][2:], right[2:], strict=True)),
    ]


def fit(calls: list[RawCall]) -> dict[str, list[tuple[float, float]]]:
    by_kind: dict[str, list[RawCall]] = defaultdict(list)
    for call in calls:
        by_kind[call.kind].append(call)
    maps = {kind: isotonic(items) for kind, items in by_kind.items() if len(items) >= MIN_CALLS}
    for called in CALL_CLASSES:
        items = [c for c in calls if c.kind.endswith(" " + called)]
        if items:
            maps["* " + called] = isotonic(items)
    return dict(sorted(maps.items()))


def tenths(title: str, calls: list[RawCall], calibration: Calibration) -> list[str]:
    lines = [f"{title} ({len(calls)} calls):"]
    stated = [(calibration.stated(c.kind, c.probability), c.right) for c in calls]
    for tenth in range(10):
        low, high = tenth / 10, (tenth + 1) / 10
        items = [(s, r) for s, r in stated if low <= s < high or (tenth == 9 and s == 1)]
        if not items:
            continue
        mean = sum(s for s, _ in items) / len(items)
        right = sum(r for _, r in items) / len(items)
        flag = " OUT" if len(items) >= 20 and abs(right - mean) > 0.1 else ""
        lines.append(
            f"  {low:.1f}-{high:.1f}: {len(items):5} calls, stated {mean:.3f}, right "
            f"{right:.3f} ({right - mean:+.3f}){flag}"
        )
    return lines


def kinds(title: str, calls: list[RawCall], calibration: Calibration) -> list[str]:
    lines = [f"{title}, by kind (calls, probability, right, stated):"]
    by_kind: dict[str, list[RawCall]] = defaultdict(list)
    for call in calls:
        by_kind[call.kind].append(call)
    for kind, items in sorted(by_kind.items()):
        n = len(items)
        p = sum(c.probability for c in items) / n
        right = sum(c.right for c in items) / n
        stated = sum(calibration.stated(c.kind, c.probability) for c in items) / n
        lines.append(f"  {kind:28} {n:5} {p:.3f} {right:.3f} {stated:.3f}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("cache", type=Path)
    parser.add_argument("--fit", default="tune..fresh40", metavar="FIRST..LAST")
    parser.add_argument("--read", default="fresh41..fresh51", metavar="FIRST..LAST")
    parser.add_argument("--write", action="store_true", help="write stated_confidence.json")
    parser.add_argument("--kinds", action="store_true", help="each kind, fitted and read")
    args = parser.parse_args()
    fitted_splits, read_splits = split_range(args.fit), split_range(args.read)
    calls = raw_calls(args.cache, fitted_splits + read_splits)
    fitted = [c for c in calls if c.split in fitted_splits or c.split == "basil:tune"]
    read = [c for c in calls if c.split in read_splits or c.split == "basil:test"]
    fitted_on = (
        f"development splits {fitted_splits[0]} to {fitted_splits[-1]} and BASIL's tune events"
    )
    calibration = Calibration(maps={k: tuple(v) for k, v in fit(fitted).items()})
    raw = Calibration(maps={})
    report = [
        *tenths("fitted, unmapped", fitted, raw),
        *tenths("fitted, stated", fitted, calibration),
        *tenths("read, unmapped", read, raw),
        *tenths(f"read ({args.read} and BASIL's test events), stated", read, calibration),
        *tenths("all, unmapped", calls, raw),
        *tenths("all, stated", calls, calibration),
    ]
    if args.kinds:
        report += kinds("fitted", fitted, calibration) + kinds("read", read, calibration)
    print("\n".join(report))
    if args.write:
        data = {
            "fitted_on": fitted_on,
            "fit": {
                "script": "scripts/fit_confidence.py",
                "splits": f"{args.fit} and BASIL's tune events (both orders)",
                "cache": args.cache.name,
                "calls": len(fitted),
                "min_calls": MIN_CALLS,
            },
            "maps": {kind: [list(p) for p in points] for kind, points in calibration.maps.items()},
        }
        OUT.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
