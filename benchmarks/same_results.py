"""Did a change move any result?  ``compare``'s JSON on the development set's tune pairs and
on BASIL's same-event pairs of the tune events, written by one checkout and diffed.

    PYTHONPATH=OLD/src python benchmarks/same_results.py dump before.jsonl
    PYTHONPATH=NEW/src python benchmarks/same_results.py dump after.jsonl
    python benchmarks/same_results.py diff before.jsonl after.jsonl

Only the tune pairs: the held-out ones are read by their benchmarks alone.  Every field of
every comparison is compared (relations, alignments, confidences, quotes, facts, ...).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterator
from itertools import permutations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # eval/

from eval.devset import load, split_of

import newstrace

BASIL = Path(__file__).resolve().parents[2] / "shared" / "data" / "basil" / "articles.jsonl"


def _comparisons(basil: Path) -> Iterator[dict[str, object]]:
    for pair in load("tune"):
        yield {"id": pair.id, **newstrace.compare(pair.a, pair.b).to_dict()}
    events: dict[str, list[dict[str, str]]] = defaultdict(list)
    with basil.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            events[record["event"]].append(record)
    for event, records in events.items():
        if split_of(event) != "tune":
            continue
        for x, y in permutations(records, 2):
            a, b = (
                newstrace.Article(r["text"], id=r["id"], outlet=r["outlet"], published=r["date"])
                for r in (x, y)
            )
            yield {"id": f"{x['id']}|{y['id']}", **newstrace.compare(a, b).to_dict()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dump = commands.add_parser("dump")
    dump.add_argument("out", type=Path)
    dump.add_argument("--basil", type=Path, default=BASIL)
    diff = commands.add_parser("diff")
    diff.add_argument("before", type=Path)
    diff.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        with args.out.open("w", encoding="utf-8") as out:
            count = 0
            for record in _comparisons(args.basil):
                out.write(json.dumps(record, sort_keys=True, ensure_ascii=False) + "\n")
                count += 1
        print(f"{count} comparisons -> {args.out}")
        return
    before = [json.loads(line) for line in args.before.open(encoding="utf-8")]
    after = [json.loads(line) for line in args.after.open(encoding="utf-8")]
    if [r["id"] for r in before] != [r["id"] for r in after]:
        sys.exit("the two files hold different pairs")
    moved = [b["id"] for b, a in zip(before, after, strict=True) if b != a]
    print(f"{len(before)} comparisons, {len(moved)} differ")
    for pair_id in moved[:20]:
        print(f"  {pair_id}")
    sys.exit(1 if moved else 0)


if __name__ == "__main__":
    main()
