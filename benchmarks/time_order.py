"""The verdict's model tested in time order: fitted on the splits up to one, read on later ones.

    python benchmarks/time_order.py --fit-until fresh17 [--basil-weight 12] [--plant-weight 1]
                                    [--read fresh18,fresh19] [--markdown] [--list]

A new batch of the development set meets a model fitted on the batches before it.  This
fits the model the way ``scripts/fit_direction.py --calibrate`` does, as it was shipped
before the paraphrase model (the splits, BASIL's weight and the planted copies' weight of
that script, no paraphrase model), as it is shipped but with the paraphrase model fitted on
``tune`` … ``--fit-until`` only, and once on ``tune`` … ``--fit-until`` with the weights
given (no paraphrase model), and reads the later splits (by default
every read split after ``--fit-until``, not the held-out last one) and BASIL's 600 ordered
same-event pairs with each, the way ``direction.py`` calls them (``newstrace.compare``,
both orders, one comparison per pair: each model decides from its evidence).  Neither
model has seen the splits read.  It prints one summary row per model; ``--list`` adds each
model's whole ``direction.py`` report.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import direction as bench  # noqa: E402
import fit_direction as fit  # noqa: E402
from devset import BASIL, SPLITS  # noqa: E402

import newstrace  # noqa: E402
from newstrace.analyse.direction import decided_again  # noqa: E402
from newstrace.analyse.direction_model import DirectionModel  # noqa: E402


def calls_of(models: list[DirectionModel], cases: list[bench.Case]) -> list[list[bench.Call]]:
    """Each model's calls on ``cases``: one ``compare`` per case, its verdict decided again
    with each model (``analyse.direction.decided_again``)."""
    calls: list[list[bench.Call]] = [[] for _ in models]
    for case, a, b, truth in cases:
        result = newstrace.compare(a, b)
        for mine, model in zip(calls, models, strict=True):
            verdict = decided_again(result, model)
            mine.append(bench.Call(case, verdict.relation, truth, verdict.confidence))
    return calls


def fitted_on(
    splits: tuple[str, ...],
    basil: Path,
    basil_weight: float,
    plant_weight: float,
    *,
    paraphrase: tuple[str, ...] = (),
) -> DirectionModel:
    """The model ``scripts/fit_direction.py --calibrate`` fits, on ``splits``, with BASIL's
    pairs and the planted and hosted copies weighted as given; with a paraphrase model
    fitted on the splits ``paraphrase`` (BASIL weighted as the script weighs it) when
    given, else none (the copy model decides every pair)."""
    cache = fit.EvidenceCache(refresh=False)
    rows = fit.training_rows(
        basil, cache, splits=splits, basil_weight=basil_weight, plant_weight=plant_weight
    )
    every = (
        fit.training_rows(basil, cache, splits=paraphrase, basil_weight=fit.PARAPHRASE_BASIL_WEIGHT)
        if paraphrase
        else []
    )
    cache.save()
    spec = fit.fit(rows, calibrate=True)
    if every:
        extra = fit.fit_paraphrase(every, calibrate=True)
        spec["paraphrase"] = extra["model"]
        spec["calibration"]["paraphrase"] = extra["calibration"]
    return DirectionModel.from_dict(spec)


# How the shipped model is fitted (``scripts/fit_direction.py``).
SHIPPED = (fit.TRAIN_SPLITS, fit.BASIL_WEIGHT, fit.PLANT_WEIGHT)


def summary(calls: list[bench.Call]) -> list[str]:
    """Rewrite and primary calls right, sibling calls, BASIL's false copy calls, tenths off."""
    copies = [c for c in calls if c.case.startswith(("dev:rewrite", "dev:primary"))]
    siblings = [c for c in calls if c.case.startswith("dev:sibling")]
    false_basil = [c for c in calls if c.case.startswith("basil") and not c.right]
    off = []
    for low, items in bench.tenths(calls):
        gap = (sum(c.right for c in items) - sum(c.confidence for c in items)) / len(items)
        if len(items) >= 20 and abs(gap) > 0.1:
            off.append(f"{low:.1f}-{low + 0.1:.1f} {gap:+.2f}")
    right = sum(c.right for c in copies)
    return [
        f"{right} of {len(copies)} ({right / max(1, len(copies)):.3f})",
        str(sum(c.relation in bench.COPIES for c in siblings)),
        str(sum(c.right for c in siblings)),
        str(len(siblings)),
        str(len(false_basil)),
        ", ".join(off) or "none",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--fit-until", choices=SPLITS[:-1], default="fresh17")
    parser.add_argument("--read", help="splits to read, comma-separated (default: the later ones)")
    parser.add_argument("--basil", type=Path, default=BASIL)
    parser.add_argument("--basil-weight", type=float, default=fit.BASIL_WEIGHT)
    parser.add_argument(
        "--plant-weight", type=float, default=fit.PLANT_WEIGHT, help="planted and hosted copies"
    )
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--list", action="store_true", help="each model's whole report too")
    args = parser.parse_args()
    read = (
        args.read.split(",") if args.read else list(SPLITS[SPLITS.index(args.fit_until) + 1 : -1])
    )
    unknown = [s for s in read if s not in SPLITS]
    if unknown or not read:
        parser.error(f"no such split to read: {', '.join(unknown) or '(none left)'}")
    until = SPLITS[: SPLITS.index(args.fit_until) + 1]
    if set(until) <= set(SHIPPED[0]):
        parser.error(f"the shipped model is fitted on {', '.join(SHIPPED[0])} already")
    splits, basil_weight, plant_weight = SHIPPED
    models = {
        f"fitted as shipped before the paraphrase model (tune … {splits[-1]}, BASIL weight "
        f"{basil_weight:g}, plants {plant_weight:g})": fitted_on(
            splits, args.basil, basil_weight, plant_weight
        ),
        f"fitted as shipped, the paraphrase model on tune … {args.fit_until}": fitted_on(
            splits, args.basil, basil_weight, plant_weight, paraphrase=until
        ),
        f"fitted on tune … {args.fit_until}, BASIL weight {args.basil_weight:g}, plants "
        f"{args.plant_weight:g}": fitted_on(
            until, args.basil, args.basil_weight, args.plant_weight
        ),
    }
    cases = [case for split in read for case in bench.development_cases(split)]
    cases += bench.basil_cases(args.basil)
    rows, reports = [], []
    for name, calls in zip(models, calls_of(list(models.values()), cases), strict=True):
        rows.append([name, *summary(calls)])
        reports.append(f"\n## {name}\n\n{bench.report(calls, args.markdown)}")
    print(f"read: {', '.join(read)}; both orders\n")
    header = [
        "model",
        "rewrites and primary pairs right",
        "siblings called copies",
        "siblings right",
        "sibling calls",
        "BASIL false copy calls",
        "tenths (≥ 20 calls) off by > 0.1",
    ]
    print(bench._table(header, rows, args.markdown))
    if args.list:
        print("\n".join(reports))


if __name__ == "__main__":
    main()
