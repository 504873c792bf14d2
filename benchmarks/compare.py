"""Benchmark `newstrace compare`: false copy calls on BASIL, and time per pair.

    python benchmarks/compare.py [--basil PATH] [--limit N] [--list] [--markdown]

Prints one table: for the seed pair and for every ordered pair of BASIL articles about the
same event, the relations called, and the median time per pair in-process (model loaded;
with the sentence-vector cache cleared before each pair, and with it warm), plus the cold
CLI time of `newstrace compare` on the seed pair. ``--markdown`` prints the table as
Markdown, as pasted into BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from itertools import permutations
from pathlib import Path
from typing import Any

import newstrace
from newstrace.embed.encoder import get_encoder

ROOT = Path(__file__).resolve().parent.parent
SEED_A = ROOT / "examples" / "000_e6fbe74bf2e26b00.txt"
SEED_B = ROOT / "examples" / "002_e02db9c07778dfbb.txt"
DEFAULT_BASIL = ROOT.parent / "shared" / "data" / "basil" / "articles.jsonl"


def basil_pairs(path: Path, limit: int | None) -> list[tuple[newstrace.Article, newstrace.Article]]:
    events: dict[str, list[newstrace.Article]] = defaultdict(list)
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            events[record["event"]].append(
                newstrace.Article(
                    text=record["text"],
                    id=record["id"],
                    title=record["title"],
                    outlet=record["outlet"],
                    published=record["date"],
                    url=record["url"],
                )
            )
    pairs = [pair for group in events.values() for pair in permutations(group, 2)]
    return pairs[:limit] if limit else pairs


def timed_compare(
    a: newstrace.Article, b: newstrace.Article, *, cold: bool
) -> tuple[float, newstrace.Comparison]:
    if cold:
        get_encoder().clear_cache()
    start = time.perf_counter()
    result = newstrace.compare(a, b)
    return time.perf_counter() - start, result


def cold_cli_seconds() -> float:
    command = [
        sys.executable,
        "-m",
        "newstrace",
        "compare",
        str(SEED_A),
        str(SEED_B),
        "--format",
        "json",
    ]
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


RELATIONS = ("a_from_b", "b_from_a", "shared_source", "unrelated")
HEADER = [
    "case",
    "pairs",
    *RELATIONS,
    "median ms, vectors not cached",
    "median ms, vectors cached",
]


def _relations(counts: Counter[str]) -> list[int]:
    return [counts[relation] for relation in RELATIONS]


def _table(rows: list[list[Any]], *, markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(HEADER) + " |", "|---|" + "---:|" * (len(HEADER) - 1)]
        return "\n".join([*lines, *("| " + " | ".join(map(str, r)) + " |" for r in rows)])
    widths = [34, *(max(9, len(h)) for h in HEADER[1:])]
    lines = []
    header: list[Any] = list(HEADER)
    for row in [header, *rows]:
        cells = [f"{row[0]!s:<{widths[0]}}"]
        cells += [f"{cell!s:>{width}}" for cell, width in zip(row[1:], widths[1:], strict=True)]
        lines.append(" ".join(cells))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--basil", type=Path, default=DEFAULT_BASIL)
    parser.add_argument("--limit", type=int, default=None, help="only the first N ordered pairs")
    parser.add_argument("--list", action="store_true", help="list every pair called a copy")
    parser.add_argument("--cold-sample", type=int, default=60, help="pairs timed with cold vectors")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = parser.parse_args()

    get_encoder()
    seed_cold, seed = timed_compare(
        newstrace.Article(SEED_A.read_text()), newstrace.Article(SEED_B.read_text()), cold=True
    )
    seed_warm, _ = timed_compare(
        newstrace.Article(SEED_A.read_text()), newstrace.Article(SEED_B.read_text()), cold=False
    )
    pairs = basil_pairs(args.basil, args.limit)
    relations: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    changes: Counter[str] = Counter()
    cold_times: list[float] = []
    warm_times: list[float] = []
    copies = []
    for index, (a, b) in enumerate(pairs):
        if index < args.cold_sample:
            cold, _ = timed_compare(a, b, cold=True)
            cold_times.append(cold)
        warm, result = timed_compare(a, b, cold=False)
        warm_times.append(warm)
        relations[result.verdict.relation] += 1
        statuses.update(q.status for q in result.analysis.quotes)
        changes.update(d.kind for d in result.analysis.discrepancies)
        if result.verdict.relation in ("a_from_b", "b_from_a"):
            copies.append((a, b, result))
    cli = cold_cli_seconds()

    cells = [
        ["seed pair (000 vs 002)", 1, *_relations(Counter([seed.verdict.relation]))],
        ["BASIL same-event ordered pairs", len(pairs), *_relations(relations)],
    ]
    cells[0] += [f"{seed_cold * 1000:.0f}", f"{seed_warm * 1000:.0f}"]
    cells[1] += [f"{statistics.median(t) * 1000:.0f}" for t in (cold_times, warm_times)]
    print(_table(cells, markdown=args.markdown))
    print(f"\ncold CLI, seed pair, JSON output: {cli:.2f} s")
    kinds = ["exact", "joined", "truncated", "altered", "misattributed", "unmatched"]
    print("\nquotes of A checked against B, all BASIL ordered pairs:")
    print("  " + "  ".join(f"{kind} {statuses[kind]}" for kind in kinds))
    print(
        "changed facts reported: "
        + "  ".join(
            f"{k} {changes[k]}" for k in sorted({"name", "number", "date", "title", *changes})
        )
    )
    if args.list:
        for a, b, result in copies:
            print(
                f"\n{result.verdict.relation} {result.verdict.confidence:.2f} A={a.outlet}:{a.id} B={b.outlet}:{b.id}"
            )
            print("  " + "\n  ".join(result.verdict.reasons))


if __name__ == "__main__":
    main()
