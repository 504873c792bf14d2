"""Benchmark `newstrace index` + `scan` on corpora with planted reuse, against datasketch.

    python benchmarks/scan.py --sizes 10000 100000 [--plants 100]

For each size a corpus is generated (benchmarks/corpus_gen.py: BASIL, planted copies made
by three operations, background texts), indexed and scanned in a fresh process, and the
table gives: index rate, scan time, peak memory, recall of the planted pairs per operation
(found as a copy in the right direction) and precision (planted pairs among all pairs
called copies), and the same recall/precision for datasketch's MinHashLSH over word
5-gram sets (threshold 0.5, 128 permutations) -- the baseline a Python user would write.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from corpus_gen import generate

from newstrace.config import DEFAULT_CONFIG
from newstrace.engines.local import index_corpus, scan
from newstrace.store import Store

OPERATIONS = ("verbatim", "light", "paraphrase")
# Real copies among the BASIL articles, read and confirmed (BENCHMARKS.md, compare): Fox
# rewrote this New York Times story the next day, crediting it.  Found, they are no error.
KNOWN_COPIES = {("c356e514-a20d-45e3-b1ad-159636013822", "25af626f-79cd-464b-8efd-c36b5a96cb8b")}


def _write_corpus(directory: Path, size: int, plants: int) -> list[dict[str, str]]:
    truth = []
    with (directory / "corpus.jsonl").open("w", encoding="utf-8") as out:
        for article, planted in generate(size, plants):
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
            if planted:
                truth.append(planted)
    return truth


def _score(found: set[Any], truth: list[dict[str, str]], *, directed: bool) -> dict[str, Any]:
    """Recall per operation and precision; undirected pairs are frozensets."""

    def key(t: dict[str, str]) -> Any:
        return (t["source"], t["copy"]) if directed else frozenset((t["source"], t["copy"]))

    planted = {key(t) for t in truth}
    known = {key({"source": s, "copy": c}) for s, c in KNOWN_COPIES}
    result: dict[str, Any] = {}
    for operation in OPERATIONS:
        wanted = {key(t) for t in truth if t["operation"] == operation}
        result[operation] = len(wanted & found) / max(1, len(wanted))
    result["precision"] = len(found & (planted | known)) / max(1, len(found))
    result["reported"] = len(found)
    return result


def _newstrace(directory: Path, truth: list[dict[str, str]]) -> dict[str, Any]:
    config = DEFAULT_CONFIG
    with Store(directory / "news.db", config=config.candidates) as store:
        start = time.perf_counter()
        report = index_corpus(store, [directory / "corpus.jsonl"], config=config, batch=500)
        indexed = time.perf_counter() - start
        start = time.perf_counter()
        copies = set()
        for c in scan(store, config=config):
            if c.verdict.relation == "a_from_b":
                copies.add((c.b.id or "", c.a.id or ""))
            elif c.verdict.relation == "b_from_a":
                copies.add((c.a.id or "", c.b.id or ""))
        scanned = time.perf_counter() - start
    return {
        "index_s": indexed,
        "rate": report.added / indexed,
        "scan_s": scanned,
        **_score(copies, truth, directed=True),
    }


def _datasketch(directory: Path, truth: list[dict[str, str]]) -> dict[str, Any]:
    from datasketch import MinHash, MinHashLSH

    start = time.perf_counter()
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    signatures = {}
    with (directory / "corpus.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["id"] in signatures:
                continue  # BASIL repeats a few ids; newstrace skips them too
            words = record["text"].lower().split()
            signature = MinHash(num_perm=128)
            for k in range(len(words) - 4):
                signature.update(" ".join(words[k : k + 5]).encode())
            lsh.insert(record["id"], signature)
            signatures[record["id"]] = signature
    pairs = set()
    for article_id, signature in signatures.items():
        for other in lsh.query(signature):
            if other != article_id:
                pairs.add(frozenset((other, article_id)))  # LSH gives no direction
    elapsed = time.perf_counter() - start
    return {"time_s": elapsed, **_score(pairs, truth, directed=False)}


def run(size: int, plants: int) -> dict[str, Any]:
    """One size, measured in this process (the caller runs it in a fresh one)."""
    with tempfile.TemporaryDirectory() as name:
        directory = Path(name)
        truth = _write_corpus(directory, size, plants)
        ours = _newstrace(directory, truth)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        baseline = _datasketch(directory, truth)
    return {"size": size, "ours": ours, "peak_mb": peak, "baseline": baseline}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000])
    parser.add_argument("--plants", type=int, default=100, help="planted copies per operation")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: one size, JSON out
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run(args.one, args.plants)))
        return
    rows = []
    for size in args.sizes:
        command = [sys.executable, __file__, "--one", str(size), "--plants", str(args.plants)]
        done = subprocess.run(command, check=True, capture_output=True, text=True)
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(
        f"{'articles':>9} {'index/s':>8} {'index s':>8} {'scan s':>7} {'peak MB':>8} | "
        f"{'verbatim':>8} {'light':>6} {'paraph.':>7} {'prec.':>6} | "
        f"{'LSH s':>6} {'verbatim':>8} {'light':>6} {'paraph.':>7} {'prec.':>6}"
    )
    for row in rows:
        o, b = row["ours"], row["baseline"]
        print(
            f"{row['size']:>9} {o['rate']:>8.0f} {o['index_s']:>8.1f} {o['scan_s']:>7.1f} {row['peak_mb']:>8.0f} | "
            f"{o['verbatim']:>8.2f} {o['light']:>6.2f} {o['paraphrase']:>7.2f} {o['precision']:>6.2f} | "
            f"{b['time_s']:>6.1f} {b['verbatim']:>8.2f} {b['light']:>6.2f} {b['paraphrase']:>7.2f} {b['precision']:>6.2f}"
        )


if __name__ == "__main__":
    main()
