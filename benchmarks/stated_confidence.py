"""The stated confidence mapped per kind of call, fitted on earlier read splits and read on later ones.

    python benchmarks/stated_confidence.py CACHE [--fit tune..fresh40] [--read fresh41..fresh51]
                                          [--prior 5] [--block 40] [--folds 5] [--kinds]

Issue 15 asks that in every tenth of confidence with 20 calls or more the calls be right
within 0.1 of what they state.  The confidence a verdict states is the probability that
picked its relation, and the relation must not move; so this measures another reading of
the same calls: the probability mapped, for each *kind* of call, to the share of calls of
that kind right at it.  A kind is the rule that set or held the probability (named by its
reason, as ``confidence_rules.py`` names them: a lifted block, a statement's story, two
retellings of one report, a second retelling, a declared source, the condensed hold or
release), else the model that weighed the pair (``paraphrase`` when the reasons say it
shares no long passage, ``copy`` otherwise; ``unasked`` when no copy was likely at all,
``undirected`` when a copy was but not its direction), with what it calls: ``copy``,
``shared_source`` or ``unrelated``.

The comparisons ``every_split.py`` cached for some code (``CACHE``:
``eval/.cache/comparisons/<code version>``) are decided again with this code's ``decide``
(``direction.decided_again``, the shipped model).  For each kind with at least
``--min-calls`` calls among the fitted ones (``--fit`` and BASIL's tune events, both
orders), the share right is fitted against the probability by isotonic regression (pool
adjacent violators), blocks of fewer than ``--block`` calls pooled with the neighbour
nearest in share, each block's share pulled toward its calls' probability as if ``--prior``
more calls were right that often, then made non-decreasing again; breakpoints at each
block's ends, interpolated between and held flat beyond.  A kind with too few calls takes
its call class's map, fitted on all its calls.  Printed: the tenths as ``every_split.py``
prints them (calls, stated, right, and the gap; ``OUT`` when 20 calls or more are off by
more than 0.1), unmapped and mapped, on the fitted calls, on the later ones (``--read``
and BASIL's test events: out of sample) and on all; then the same map fitted ``--folds``
times, each time without one fold of the read splits (every fifth split, BASIL's tune and
test events in two folds), every call stated by the map that did not see its split; and,
with ``--kinds``, each kind's calls, probability, share right and mapped confidence.
"""

from __future__ import annotations

import pickle
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import direction as bench  # noqa: E402
from confidence_rules import rule  # noqa: E402
from devset import BASIL  # noqa: E402
from every_split import case_key, reader_arguments, split_range  # noqa: E402

from newstrace.analyse import direction  # noqa: E402
from newstrace.analyse.direction_model import load_model  # noqa: E402
from newstrace.model import Verdict  # noqa: E402

# The words of the paraphrase model's reason (``direction._odds``).
PARAPHRASE = "(they share no passage of"
# A rule's name (``confidence_rules.RULES``) as a kind's maker; the condensed ones are one.
MAKERS = {
    "declared": "declared",
    "second-retelling": "retelling",
    "condensed-kept": "condensed",
    "condensed-retold": "condensed",
    "condensed-credited": "condensed",
    "condensed-hold": "condensed",
    "retold": "retold",
    "lifted": "lifted",
    "statement": "statement",
}
# The makers in the order ``direction.decide`` lets them set the probability.
ORDER = ("lifted", "statement", "retold", "retelling", "declared", "condensed")
# The call line (``direction._CALL``); a tenth off by more than ``GAP`` with ``COUNTED`` calls.
CALL = 0.5
GAP = 0.1
COUNTED = 20


@dataclass(frozen=True)
class RawCall:
    case: str
    split: str  # a development split, or "basil:tune" / "basil:test"
    kind: str
    probability: float
    right: bool


def kind(verdict: Verdict) -> str:
    """The kind of a call (module docstring), from its reasons and probabilities."""
    called = "copy" if verdict.relation in bench.COPIES else verdict.relation
    p_copy = sum(verdict.probabilities.get(r, 0.0) for r in bench.COPIES)
    named = {MAKERS[name] for name in rule(verdict).split("+") if name in MAKERS}
    rules = [maker for maker in ORDER if maker in named]
    if called != "copy" and p_copy >= CALL:
        maker = "undirected"
    elif rules:
        maker = rules[0]
    elif any(PARAPHRASE in reason for reason in verdict.reasons):
        maker = "paraphrase"
    elif p_copy == 0:
        maker = "unasked"
    else:
        maker = "copy"
    return f"{maker} {called}"


def raw_calls(cache: Path, splits: list[str]) -> list[RawCall]:
    model = load_model()
    cases = [(split, case) for split in splits for case in bench.development_cases(split)]
    cases += [("basil:" + case[0].split(":")[1], case) for case in bench.basil_cases(BASIL)]
    calls = []
    for split, case in cases:
        path = cache / f"{case_key(case)}.pkl"
        if not path.exists():
            raise SystemExit(f"{path} is not cached: run every_split.py with that code first")
        verdict = direction.decided_again(pickle.loads(path.read_bytes()), model)
        right = bench.Call(case[0], verdict.relation, case[3], verdict.confidence).right
        calls.append(RawCall(case[0], split, kind(verdict), verdict.confidence, right))
    return calls


Map = list[tuple[float, float]]


def isotonic(calls: Iterable[RawCall], prior: float, block: int) -> Map:
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
    while len(blocks) > 1 and (small := [i for i, b in enumerate(blocks) if b[3] < block]):
        i = min(small, key=lambda i: blocks[i][3])
        share = blocks[i][2] / blocks[i][3]
        left = i > 0 and (
            i == len(blocks) - 1
            or abs(blocks[i - 1][2] / blocks[i - 1][3] - share)
            <= abs(blocks[i + 1][2] / blocks[i + 1][3] - share)
        )
        _merge(blocks, i - 1 if left else i)
    points: Map = []
    floor = 0.0
    for low, high, right, n, total in blocks:
        floor = max(floor, (right + prior * total / n) / (n + prior))
        points.append((low, floor))
        if high > low:
            points.append((high, floor))
    return points


def _merge(blocks: list[list[float]], i: int) -> None:
    right = blocks.pop(i + 1)
    blocks[i] = [
        blocks[i][0],
        right[1],
        *(a + b for a, b in zip(blocks[i][2:], right[2:], strict=True)),
    ]


def _at(points: Map, x: float) -> float:
    if x <= points[0][0]:
        return points[0][1]
    for (x0, y0), (x1, y1) in pairwise(points):
        if x <= x1:
            return y0 if x1 == x0 else y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return points[-1][1]


def fitted_map(
    calls: list[RawCall], prior: float, block: int, least: int
) -> Callable[[RawCall], float]:
    """The stated confidence of a call, by the maps fitted on ``calls``."""
    by_kind: dict[str, list[RawCall]] = defaultdict(list)
    by_class: dict[str, list[RawCall]] = defaultdict(list)
    for call in calls:
        by_kind[call.kind].append(call)
        by_class[call.kind.rsplit(" ", 1)[1]].append(call)
    maps = {k: isotonic(v, prior, block) for k, v in by_kind.items() if len(v) >= least}
    classes = {k: isotonic(v, prior, block) for k, v in by_class.items()}

    def stated(call: RawCall) -> float:
        points = maps.get(call.kind) or classes.get(call.kind.rsplit(" ", 1)[1])
        return _at(points, call.probability) if points else call.probability

    return stated


def tenths(title: str, calls: list[RawCall], stated: Callable[[RawCall], float]) -> list[str]:
    lines = [f"{title} ({len(calls)} calls):"]
    said = [(stated(c), c.right) for c in calls]
    for tenth in range(10):
        low, high = tenth / 10, (tenth + 1) / 10
        items = [(s, r) for s, r in said if low <= s < high or (tenth == 9 and s == 1)]
        if not items:
            continue
        mean = sum(s for s, _ in items) / len(items)
        right = sum(r for _, r in items) / len(items)
        out = " OUT" if len(items) >= COUNTED and abs(right - mean) > GAP else ""
        lines.append(
            f"  {low:.1f}-{high:.1f}: {len(items):5} calls, stated {mean:.3f}, right "
            f"{right:.3f} ({right - mean:+.3f}){out}"
        )
    return lines


def kinds(title: str, calls: list[RawCall], stated: Callable[[RawCall], float]) -> list[str]:
    lines = [f"{title}, by kind (calls, probability, right, stated):"]
    by_kind: dict[str, list[RawCall]] = defaultdict(list)
    for call in calls:
        by_kind[call.kind].append(call)
    for name, items in sorted(by_kind.items()):
        n = len(items)
        lines.append(
            f"  {name:26} {n:5} {sum(c.probability for c in items) / n:.3f} "
            f"{sum(c.right for c in items) / n:.3f} {sum(stated(c) for c in items) / n:.3f}"
        )
    return lines


def main() -> None:
    parser = reader_arguments(__doc__, cache=True)
    parser.add_argument("--fit", default="tune..fresh40", metavar="FIRST..LAST")
    parser.add_argument("--read", default="fresh41..fresh51", metavar="FIRST..LAST")
    parser.add_argument("--prior", type=float, default=5.0)
    parser.add_argument("--block", type=int, default=40)
    parser.add_argument("--min-calls", type=int, default=40)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--kinds", action="store_true")
    args = parser.parse_args()
    fitted_splits, read_splits = split_range(args.fit), split_range(args.read)
    every = fitted_splits + read_splits
    calls = raw_calls(args.cache, every)
    fitted = [c for c in calls if c.split in fitted_splits or c.split == "basil:tune"]
    read = [c for c in calls if c.split in read_splits or c.split == "basil:test"]
    stated = fitted_map(fitted, args.prior, args.block, args.min_calls)

    def unmapped(call: RawCall) -> float:
        return call.probability

    def fold(call: RawCall) -> int:
        if call.split.startswith("basil:"):
            return int(call.split == "basil:test")
        return every.index(call.split) % args.folds

    crossed: dict[str, float] = {}
    for k in range(args.folds):
        others = fitted_map(
            [c for c in calls if fold(c) != k], args.prior, args.block, args.min_calls
        )
        crossed.update({c.case: others(c) for c in calls if fold(c) == k})
    report = [
        *tenths("fitted, unmapped", fitted, unmapped),
        *tenths(f"fitted ({args.fit} and BASIL's tune events), mapped", fitted, stated),
        *tenths("read, unmapped", read, unmapped),
        *tenths(f"read ({args.read} and BASIL's test events), mapped: out of sample", read, stated),
        *tenths("all, unmapped", calls, unmapped),
        *tenths("all, mapped", calls, stated),
        *tenths(
            f"all, each mapped by the fit without its fold ({args.folds} folds)",
            calls,
            lambda c: crossed[c.case],
        ),
    ]
    if args.kinds:
        report += kinds("fitted", fitted, stated) + kinds("read", read, stated)
    print("\n".join(report))


if __name__ == "__main__":
    main()
