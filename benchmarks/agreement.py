"""Does `scan` give, for every pair of BASIL articles about one event, the relation that
`compare` gives that pair on its own?

    python benchmarks/agreement.py [--basil PATH]

Indexes BASIL and the seed pair into a temporary index, scans it, then compares every
unordered same-event pair (300) with `newstrace.compare`; a pair `scan` does not list is
`unrelated` for it (scan lists only reuse). Prints the count of agreements per relation and
every pair where the two differ, with compare's first reason. ~6 minutes on two cores.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

import newstrace
from newstrace.engines.local import index_corpus, scan
from newstrace.store.sqlite import Store

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BASIL = ROOT.parent / "shared" / "data" / "basil" / "articles.jsonl"
SEEDS = [
    ROOT / "examples" / "000_e6fbe74bf2e26b00.txt",
    ROOT / "examples" / "002_e02db9c07778dfbb.txt",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--basil", type=Path, default=DEFAULT_BASIL)
    args = parser.parse_args()
    records = [json.loads(line) for line in args.basil.read_text(encoding="utf-8").splitlines()]
    events: dict[str, list[dict[str, str]]] = defaultdict(list)
    seen: Counter[str] = Counter()
    for record in records:
        # BASIL has four articles with the id "empty": `index` keeps one article an id.
        seen[record["id"]] += 1
        if seen[record["id"]] > 1:
            record["id"] = f"{record['id']}-{seen[record['id']]}"
        events[record["event"]].append(record)
    with (
        tempfile.TemporaryDirectory() as folder,
        Store(Path(folder) / "news.db", config=newstrace.Config().candidates) as store,
    ):
        corpus = Path(folder) / "basil.jsonl"
        corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        index_corpus(store, [corpus, *SEEDS])
        scanned = {frozenset((c.a.id, c.b.id)): c.verdict.relation for c in scan(store)}
    agree: Counter[str] = Counter()
    differ = []
    for group in events.values():
        for a, b in combinations(group, 2):
            alone = newstrace.compare(_article(a), _article(b))
            relation = alone.verdict.relation
            found = scanned.get(frozenset((a["id"], b["id"])), "unrelated")
            # scan may list the pair the other way round: a copy's direction then flips
            if found != relation and {found, relation} != {"a_from_b", "b_from_a"}:
                differ.append((a["id"], b["id"], relation, found, alone.verdict.reasons[0]))
            else:
                agree[relation] += 1
    seed = scanned.get(frozenset(p.stem for p in SEEDS), "not listed")
    print(f"seed pair in scan: {seed}")
    print(f"same-event pairs: {sum(agree.values()) + len(differ)}, agree: {sum(agree.values())}")
    for relation, count in sorted(agree.items()):
        print(f"  {relation}: {count}")
    for a_id, b_id, relation, found, why in differ:
        print(f"DIFFER {a_id[:8]} {b_id[:8]}: compare {relation}, scan {found} ({why})")


def _article(record: dict[str, str]) -> newstrace.Article:
    return newstrace.Article(
        text=record["text"],
        id=record["id"],
        title=record.get("title"),
        outlet=record.get("outlet"),
        published=record.get("date"),
    )


if __name__ == "__main__":
    main()
