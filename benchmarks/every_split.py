"""The verdict on every read split at once: the gate a model or rule change must pass.

    python benchmarks/every_split.py [--splits tune..fresh31] [--model candidate.json ...]
                                     [--no-basil] [--jobs 2] [--list]

``benchmarks/direction.py`` reads one split; a change to the evidence or the model is
judged on all of them, since a rule that turns a held-out batch's call may turn a call of
an earlier batch the other way.  This compares every pair of the development splits
(``eval/``, both orders: rewrites and primary pairs must come out as copies in the right
direction, siblings must not) and BASIL's 600 ordered same-event pairs once each with
``newstrace.compare``, keeps each comparison on disk (``eval/.cache/comparisons/``, one
folder per version of the package's code, so a rule change starts a new one), and decides
them with the shipped model and with each ``--model`` file (``decided_again``: the same
alignments and evidence, another model).  For each model it prints the rewrite and
primary calls right, the wrong-way copy calls, the sibling calls that are copies, BASIL's
copy calls and false ones, and every call by stated confidence in tenths; ``--list`` adds
every wrong call.  A cold run is about 3,400 comparisons (some 15 minutes on two cores);
a warm one, a few seconds.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))

import devset  # noqa: E402
import direction as bench  # noqa: E402
import fit_direction as fit  # noqa: E402
from devset import BASIL, SPLITS  # noqa: E402

import newstrace  # noqa: E402
from newstrace import Article  # noqa: E402
from newstrace.analyse.direction import decided_again  # noqa: E402
from newstrace.analyse.direction_model import DirectionModel  # noqa: E402
from newstrace.model import Comparison  # noqa: E402

CACHE = ROOT / "eval" / ".cache" / "comparisons"


def case_key(case: bench.Case) -> str:
    """The key of a comparison: both texts and their outlets, as the fit's evidence cache
    keys it (``scripts/fit_direction.py``), so one can seed the other."""
    a, b = (x if isinstance(x, Article) else Article(x) for x in case[1:3])
    return fit.pair_key(a, b)


def split_range(span: str) -> list[str]:
    """``devset.split_range`` but never the held-out split: this is the gate that is run
    again and again while a change is made."""
    splits = devset.split_range(span)
    if SPLITS[-1] in splits:
        raise SystemExit(f"--splits {span}: {SPLITS[-1]} is held out, no read split")
    return splits


def _compare(job: tuple[bench.Case, Path]) -> None:
    case, path = job
    result = newstrace.compare(case[1], case[2])
    partial = path.with_suffix(".part")
    partial.write_bytes(pickle.dumps(result))
    partial.replace(path)  # a killed run leaves no half-written comparison behind


def comparisons(cases: list[bench.Case], jobs: int) -> Iterator[Comparison]:
    """Each case's comparison, from the cache or computed (in ``jobs`` processes)."""
    folder = CACHE / fit.code_version()
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"{case_key(case)}.pkl" for case in cases]
    todo = [(case, path) for case, path in zip(cases, paths, strict=True) if not path.exists()]
    if todo:
        print(f"comparing {len(todo)} of {len(cases)} pairs ({folder})", file=sys.stderr)
        with Pool(jobs) as pool:
            for done, _ in enumerate(pool.imap_unordered(_compare, todo, chunksize=4), 1):
                if done % 200 == 0 or done == len(todo):
                    print(f"  {done}/{len(todo)}", file=sys.stderr, flush=True)
    for path in paths:
        yield pickle.loads(path.read_bytes())


def reader_arguments(doc: str | None, *, cache: bool = False) -> argparse.ArgumentParser:
    """The options of a benchmark that reads this gate's cached comparisons (the splits,
    BASIL or not, the processes comparing what is missing; with ``cache``, the folder it
    reads); it adds its own."""
    parser = argparse.ArgumentParser(
        description=doc, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    if cache:
        parser.add_argument("cache", type=Path, help="a folder of every_split.py's comparisons")
    parser.add_argument("--splits", default="..", metavar="FIRST..LAST")
    parser.add_argument("--no-basil", action="store_true")
    parser.add_argument("--jobs", type=int, default=2)
    return parser


@dataclass
class Tally:
    """One model's calls over the cases, by kind (``rewrite``, ``primary``, ``sibling``,
    ``basil``)."""

    counts: Counter[tuple[str, str]]
    calls: list[bench.Call]

    @classmethod
    def of(cls, calls: list[bench.Call]) -> Tally:
        counts: Counter[tuple[str, str]] = Counter()
        for call in calls:
            kind = call.case.split(":")[1] if call.case.startswith("dev:") else "basil"
            copy = call.relation in bench.COPIES
            counts[kind, "n"] += 1
            counts[kind, "right"] += call.right
            counts[kind, "copy"] += copy
            counts[kind, "wrong way"] += copy and call.truth in bench.COPIES and not call.right
        return cls(counts, calls)

    def summary(self) -> str:
        c = self.counts
        right = c["rewrite", "right"] + c["primary", "right"]
        total = c["rewrite", "n"] + c["primary", "n"]
        wrong_way = c["rewrite", "wrong way"] + c["primary", "wrong way"]
        basil_wrong = c["basil", "n"] - c["basil", "right"]
        return (
            f"rewrites + primary right {right}/{total}, wrong-way copy calls {wrong_way}, "
            f"sibling calls that are copies {c['sibling', 'copy']}/{c['sibling', 'n']}, "
            f"BASIL copy calls {c['basil', 'copy']} ({basil_wrong} wrong: a false copy call, or the real copy missed)"
        )

    def reliability(self) -> list[str]:
        return [
            f"  {low:.1f}-{low + 0.1:.1f}: {len(items):5} calls, stated "
            f"{sum(x.confidence for x in items) / len(items):.3f}, right "
            f"{sum(x.right for x in items) / len(items):.3f}"
            for low, items in bench.tenths(self.calls)
        ]

    def lines(self, name: str, *, wrong: bool = False) -> list[str]:
        """The summary under ``name``, the tenths, and with ``wrong`` every wrong call: the
        form every reader of the gate prints, so that their outputs diff line by line."""
        lines = [f"{name}: {self.summary()}", *self.reliability()]
        if wrong:
            lines += [
                f"    {call.case}: {call.relation} ({call.confidence:.2f}), truth {call.truth}"
                for call in self.calls
                if not call.right
            ]
        return lines


def gate_cases(splits: str, basil: Path | None) -> list[bench.Case]:
    """The gate's cases: every pair of the splits in both orders, then BASIL's ordered
    same-event pairs from ``basil`` (none when it is None)."""
    cases = [c for split in split_range(splits) for c in bench.development_cases(split)]
    return cases + (list(bench.basil_cases(basil)) if basil is not None else [])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--splits", default="..", metavar="FIRST..LAST")
    parser.add_argument("--model", action="append", default=[], type=Path, help="a model file")
    parser.add_argument("--basil", type=Path, default=BASIL)
    parser.add_argument("--no-basil", action="store_true", help="skip BASIL's 600 pairs")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--list", action="store_true", help="every wrong call too")
    args = parser.parse_args()
    cases = gate_cases(args.splits, None if args.no_basil else args.basil)
    models: list[tuple[str, DirectionModel | None]] = [("shipped", None)]
    models += [(str(p), DirectionModel.from_dict(json.loads(p.read_text()))) for p in args.model]
    calls: list[list[bench.Call]] = [[] for _ in models]
    for case, result in zip(cases, comparisons(cases, args.jobs), strict=True):
        for mine, (_, model) in zip(calls, models, strict=True):
            verdict = result.verdict if model is None else decided_again(result, model)
            mine.append(bench.Call(case[0], verdict.relation, case[3], verdict.confidence))
    for (name, _), mine in zip(models, calls, strict=True):
        print("\n".join(Tally.of(mine).lines(name, wrong=args.list)))


if __name__ == "__main__":
    main()
