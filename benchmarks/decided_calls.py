"""Every gate call, one line each, decided again from another code's cached comparisons.

    python benchmarks/decided_calls.py CACHE [--splits tune..] [--no-basil] > calls.txt

``every_split.py --list`` prints the wrong calls only, to two places: a rule that makes a
right call surer, or a wrong one surer, moves no line of it.  This decides every comparison
``every_split.py`` cached for some code (``CACHE``: ``eval/.cache/comparisons/<code
version>``) again with this code's ``decide`` (``direction.decided_again``, the shipped
model) and prints each ordered call, in the gate's order, as ``case relation confidence``
(four places).  Run it with two versions of the package (``PYTHONPATH=OTHER/src``) and
diff the outputs: every call a change to the verdict's rules moves, right or wrong, to the
ten-thousandth (BENCHMARKS.md "Copies left at shared_source after fresh52").  The cache
must hold every case: this compares nothing.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))

from devset import BASIL  # noqa: E402
from every_split import case_key, gate_cases, reader_arguments  # noqa: E402

from newstrace.analyse.direction import decided_again  # noqa: E402
from newstrace.analyse.direction_model import load_model  # noqa: E402
from newstrace.model import Comparison  # noqa: E402


def main() -> None:
    args = reader_arguments(__doc__, cache=True).parse_args()
    model = load_model()
    for case in gate_cases(args.splits, None if args.no_basil else BASIL):
        path = args.cache / f"{case_key(case)}.pkl"
        if not path.exists():
            raise SystemExit(f"{path} is not cached: run every_split.py with that code first")
        comparison: Comparison = pickle.loads(path.read_bytes())
        verdict = decided_again(comparison, model)
        print(f"{case[0]} {verdict.relation} {verdict.confidence:.4f}")


if __name__ == "__main__":
    main()
