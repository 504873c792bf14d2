"""Score the files of a finished scan against the planted truth of its corpus.

    python benchmarks/score_scan.py TRUTH.jsonl OUT/pairs.jsonl [--before OLD/pairs.jsonl]

``benchmarks/scan.py`` generates a corpus, indexes and scans it and scores it; this scores a
scan already made (``newstrace scan --db DB -o OUT``) of a corpus kept with its truth (e.g.
``/work/bench20k``), with the same measures: recall per operation of the planted copies
found as copies in the right direction, and precision of the copy calls (planted or known
copies among all pairs called copies).  The copy calls that are not planted are counted by
kind: between two plants of the same source article, between a plant and another article,
or between two unplanted articles.  With ``--before``, the pairs whose relation differs
from an earlier scan's are listed, each marked wrong when it turned a planted copy into
anything else (or made a copy that is not planted).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

OPERATIONS = ("verbatim", "light", "paraphrase", "rewrite")
# As in benchmarks/scan.py: a real copy among the BASIL articles, no error when found.
KNOWN_COPIES = {("c356e514-a20d-45e3-b1ad-159636013822", "25af626f-79cd-464b-8efd-c36b5a96cb8b")}


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def score(truth: list[dict[str, Any]], pairs: list[dict[str, Any]]) -> dict[str, Any]:
    """Recall per operation, precision, and the unplanted copy calls by kind."""
    copies = {(p["source"], p["copy"]) for p in pairs if p["copy"]}
    planted = {(t["source"], t["copy"]) for t in truth}
    result: dict[str, Any] = {
        op: len({(t["source"], t["copy"]) for t in truth if t["operation"] == op} & copies)
        / max(1, sum(t["operation"] == op for t in truth))
        for op in OPERATIONS
    }
    right = copies & (planted | KNOWN_COPIES)
    result["precision"] = len(right) / max(1, len(copies))
    result["copies"] = len(copies)
    source_of = {t["copy"]: t["source"] for t in truth}
    kinds: Counter[str] = Counter()
    for source, copy in copies - planted - KNOWN_COPIES:
        if source in source_of and copy in source_of:
            same = source_of[source] == source_of[copy]
            kinds["plant-plant, same source" if same else "plant-plant, other sources"] += 1
        elif source in source_of or copy in source_of:
            kinds["plant-other"] += 1
        else:
            kinds["other-other"] += 1
    result["wrong copies"] = dict(kinds)
    return result


def changes(
    truth: list[dict[str, Any]], before: list[dict[str, Any]], after: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The pairs whose relation changed, each with whether the change was wrong."""
    planted = {(t["source"], t["copy"]) for t in truth} | KNOWN_COPIES
    old = {frozenset((p["a"], p["b"])): p for p in before}
    found = []
    for pair in after:
        earlier = old.get(frozenset((pair["a"], pair["b"])))
        if earlier is None or earlier["relation"] == pair["relation"]:
            continue
        was = (earlier["source"], earlier["copy"]) in planted
        now = (pair["source"], pair["copy"]) in planted
        found.append(
            {
                "a": pair["a"],
                "b": pair["b"],
                "before": f"{earlier['relation']} {earlier['confidence']:.2f}",
                "after": f"{pair['relation']} {pair['confidence']:.2f}",
                "wrong": not now and (was or bool(pair["copy"])),
                "why": pair["reasons"][0],
            }
        )
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("truth", type=Path)
    parser.add_argument("pairs", type=Path)
    parser.add_argument("--before", type=Path, help="pairs.jsonl of an earlier scan")
    args = parser.parse_args()
    truth, pairs = _lines(args.truth), _lines(args.pairs)
    print(json.dumps(score(truth, pairs)))
    if args.before:
        changed = changes(truth, _lines(args.before), pairs)
        for change in changed:
            print(json.dumps(change))
        wrong = sum(c["wrong"] for c in changed)
        print(f"{len(changed)} pairs changed, {wrong} of them wrongly")


if __name__ == "__main__":
    main()
