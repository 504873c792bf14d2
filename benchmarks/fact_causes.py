"""The changed facts a faithfulness listing misses, tallied by where the analysis lost them.

    python benchmarks/faithfulness.py --splits tune.. --list > listing.txt
    python benchmarks/fact_causes.py listing.txt [--kinds organisation,title]

Reads the "== pair (relation)" and "fact missed (kind): 'copy' <- 'source'" lines of
``faithfulness.py --list``, compares each pair with a miss of the chosen kinds again and
says where the fact was lost: the pair is called something other than a copy (the
copy-only rules do not run), or the copy's sentence stating it is aligned with the
source's (a rule reads no such fact there, or a guard dropped it), or each sentence is
aligned only with others, or one of them with none (only the whole-text rules can see
it).  A cause that many misses share says what kind of rule may read them.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from devset import copy_text, read_records  # noqa: E402

import newstrace  # noqa: E402
from newstrace.model import Comparison  # noqa: E402

_PAIR = re.compile(r"^== (?P<pair>\S+) \(")
_MISSED = re.compile(r"fact missed \((?P<kind>\w+)\): (?P<copy>.*) <- (?P<source>.*)$")


def _places(text: str, fact: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(fact), text)]


def cause(result: Comparison, a: str, b: str, copy: str, source: str) -> str:
    """Where the fact ``copy`` <- ``source`` was lost in ``result``."""
    if result.verdict.relation != "a_from_b":
        return f"called {result.verdict.relation}"
    a_at, b_at = _places(a, copy), _places(b, source)
    spans = [(x.a_span, x.b_span) for x in result.alignments]
    a_held = [n for n, (x, _) in enumerate(spans) if any(x.start <= i < x.end for i in a_at)]
    b_held = [n for n, (_, y) in enumerate(spans) if any(y.start <= i < y.end for i in b_at)]
    if set(a_held) & set(b_held):
        return "sentences aligned"
    if a_held and b_held:
        return "aligned, not with each other"
    return "not aligned"


def misses(lines: list[str], kinds: set[str]) -> list[tuple[str, str, str, str]]:
    """(pair, kind, copy, source) of each missed fact of ``kinds``."""
    found, pair = [], ""
    for line in lines:
        if (head := _PAIR.match(line)) is not None:
            pair = head["pair"]
        elif (missed := _MISSED.search(line)) is not None and missed["kind"] in kinds:
            copy, source = (ast.literal_eval(missed[side]) for side in ("copy", "source"))
            found.append((pair, missed["kind"], copy, source))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("listing", type=Path, help="the output of faithfulness.py --list")
    parser.add_argument("--kinds", default="organisation", help="kinds of fact, comma-separated")
    args = parser.parse_args()
    records = read_records()
    lines = args.listing.read_text(encoding="utf-8").splitlines()
    counts: Counter[str] = Counter()
    results: dict[str, Comparison] = {}
    for pair, kind, copy, source in misses(lines, set(args.kinds.split(","))):
        a, b = copy_text(records[pair]), records[pair]["source"]["text"]
        if pair not in results:
            results[pair] = newstrace.compare(a, b)
        found = cause(results[pair], a, b, copy, source)
        counts[found] += 1
        print(f"{pair:<9} {kind:<13} {found:<29} {copy!r} <- {source!r}")
    for found, count in counts.most_common():
        print(f"{found:<52} {count:>4}")
    print(f"{'missed':<52} {sum(counts.values()):>4}")


if __name__ == "__main__":
    main()
