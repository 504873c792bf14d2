"""Every call by the rule that set or held its confidence, on some code's cached comparisons.

    python benchmarks/confidence_rules.py CACHE [--splits tune..] [--no-basil]
                                          [--batch fresh47 ...] [--undirected]

A call's confidence is the model's probability unless a rule of ``direction.decide`` set or
held it: the condensed hold (``shared_source`` no surer than 0.7), the condensed releases
(a copy at ``RETOLD_DOUBT`` or ``KEPT_DOUBT``), a declared source (``DECLARED_COPY``), two
retellings of one report (``_RETOLD_COPY``), a lifted block, a statement's story, a copy
whose direction is unknown.  The reasons name the rule, so this decides the comparisons
``every_split.py`` cached (``CACHE``: ``eval/.cache/comparisons/<code version>``) again
with this code's ``decide`` (``direction.decided_again``, the shipped model) and counts
the calls of each rule, by the relation called and the kind of pair (rewrites and primary
pairs, which must be copies; siblings and BASIL, which must not): how many, their mean
confidence, the share right.  A rule whose calls are right far more often than they say
holds them too low; one right less often, too high.  Then every call in tenths of
confidence, over all the cases and, for each ``--batch``, over that split with BASIL (as a
held-out reading counts them).  ``--undirected``: every pair with a copy likelier than not
but no call (no direction likely enough), with the share of that likelihood on its likelier
side (fresh47's rw-608: P(copy) 0.515, 0.91 on one side).
"""

from __future__ import annotations

import pickle
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import direction as bench  # noqa: E402
from devset import BASIL  # noqa: E402
from every_split import case_key, reader_arguments, split_range  # noqa: E402
from sibling_calls import other_order, seeded  # noqa: E402

from newstrace.analyse import direction  # noqa: E402
from newstrace.analyse.direction_model import load_model  # noqa: E402
from newstrace.model import Verdict  # noqa: E402

# Words of each rule's reason (``direction.decide`` and the modules it calls), in the order
# tried; a call none of them names is the model's.
RULES = (
    ("declared", "which the two texts cannot tell apart; no surer than"),
    ("second-retelling", "a copy gets no more of a quotation than its source gives"),
    ("condensed-kept", "a passage kept word for word: a condensed rewrite"),
    ("condensed-retold", "in words of its own: a condensed rewrite of"),
    ("condensed-credited", "names its source by its outlet, as a condensed rewrite"),
    ("condensed-hold", "that neither was written from the other"),
    ("retold", "both tell their story as a report of"),
    ("lifted", "they share a block of"),
    ("statement", "reads as the statement itself"),
    ("undirected", "does not say which way"),
    ("undirected", "nothing in them says which came first"),
)


def rule(verdict: Verdict) -> str:
    """The rules the verdict's reasons name, joined by "+"; "model" when none."""
    text = " | ".join(verdict.reasons)
    names = dict.fromkeys(name for name, words in RULES if words in text)
    return "+".join(names) or "model"


def _row(calls: list[bench.Call]) -> str:
    n = len(calls)
    stated = sum(c.confidence for c in calls) / n
    right = sum(c.right for c in calls) / n
    return f"{n:5} calls, stated {stated:.3f}, right {right:.3f}"


def _tenths(title: str, calls: list[bench.Call]) -> None:
    print(title)
    for low, items in bench.tenths(calls):
        print(f"  {low:.1f}-{low + 0.1:.1f}: {_row(items)}")


def main() -> None:
    parser = reader_arguments(__doc__, cache=True)
    parser.add_argument("--batch", action="append", default=[], help="a split read with BASIL")
    parser.add_argument("--undirected", action="store_true", help="copies likely, no call")
    parser.add_argument(
        "--tenth", action="append", type=float, default=[], help="its calls by rule (0.5 ...)"
    )
    args = parser.parse_args()
    cases = [
        (split, case)
        for split in split_range(args.splits)
        for case in bench.development_cases(split)
    ]
    if not args.no_basil:
        cases += [("basil", case) for case in bench.basil_cases(BASIL)]
    model = load_model()
    groups: dict[tuple[str, str, str], list[bench.Call]] = defaultdict(list)
    by_split: dict[str, list[bench.Call]] = defaultdict(list)
    undirected = []
    ruled: list[tuple[str, str, str, bench.Call]] = []
    cached = {
        case[0]: pickle.loads((args.cache / f"{case_key(case)}.pkl").read_bytes())
        for _, case in cases
    }
    for split, case in cases:
        # the evidence this code measures, read from the cached checks (``sibling_calls``)
        comparison = seeded(cached[case[0]], cached[other_order(case[0])])
        verdict = direction.decided_again(comparison, model)
        call = bench.Call(case[0], verdict.relation, case[3], verdict.confidence)
        kind = case[0].split(":")[1] if split != "basil" else "basil"
        pairs = "rewrite/primary" if kind in ("rewrite", "primary") else "sibling/BASIL"
        called = "copy" if call.relation in bench.COPIES else call.relation
        groups[rule(verdict), called, pairs].append(call)
        ruled.append((rule(verdict), called, pairs, call))
        by_split[split].append(call)
        p_ab, p_ba = (verdict.probabilities[r] for r in bench.COPIES)
        if called != "copy" and p_ab + p_ba > 0.5:
            undirected.append((max(p_ab, p_ba) / (p_ab + p_ba), p_ab + p_ba, split, call))
    print("the rule that set or held the confidence, the relation called, the pairs:")
    for key in sorted(groups):
        print(f"  {key[0]:22} {key[1]:14} {key[2]:16} {_row(groups[key])}")
    _tenths("every call:", [c for calls in by_split.values() for c in calls])
    for low in args.tenth:
        print(f"{low:.1f}-{low + 0.1:.1f} by rule:")
        tenth = dict(bench.tenths([r[3] for r in ruled])).get(round(low * 10) / 10, [])
        inside = [r for r in ruled if r[3] in tenth]
        for key in sorted({r[:3] for r in inside}):
            items = [r[3] for r in inside if r[:3] == key]
            print(f"  {key[0]:22} {key[1]:14} {key[2]:16} {_row(items)}")
    for split in args.batch:
        _tenths(f"{split} with BASIL:", by_split[split] + by_split["basil"])
    if args.undirected:
        print("a copy likelier than not, no call (share on the likelier side, P(copy)):")
        for side, p_copy, split, call in sorted(undirected, key=lambda x: x[:2], reverse=True):
            print(f"  {side:.3f} {p_copy:.3f} {split} {call.case} (truth {call.truth})")


if __name__ == "__main__":
    main()
