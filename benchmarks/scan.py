"""Benchmark `newstrace index` + `scan` on corpora with planted reuse, against datasketch.

    python benchmarks/scan.py --sizes 10000 100000 [--plants 100] [--background wordlist]
    python benchmarks/scan.py --engine spark --sizes 10000 100000   # Spark, local[2]

For each size a corpus is generated (benchmarks/corpus_gen.py: BASIL, planted copies made
by four operations, a quarter of them undated, and background articles: news-like by
default, or the easy word-list texts with ``--background wordlist``), indexed and scanned
in a fresh process, and the table gives: index rate, scan time, peak memory, recall of
the planted pairs per operation (found as a copy in the right direction) and precision
(planted pairs among all pairs called copies), and the same recall/precision for
datasketch's MinHashLSH over word 5-gram sets (threshold 0.5, 128 permutations) -- the
baseline a Python user would write.  Then five planted copies per operation are traced
as new stories (``trace``): seconds each, and whether the true source comes first.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from corpus_gen import BACKGROUNDS, Truth, generate
from datasketch import MinHash, MinHashLSH

from newstrace.config import DEFAULT_CONFIG
from newstrace.engines.local import (
    candidate_pairs,
    index_corpus,
    paraphrase_pairs,
    trace,
)
from newstrace.engines.local_workers import Workers, align_pairs, default_jobs, encode_articles
from newstrace.store import Store

OPERATIONS = ("verbatim", "light", "paraphrase", "rewrite")
# Real copies among the BASIL articles, read and confirmed (BENCHMARKS.md, compare): Fox
# rewrote this New York Times story the next day, crediting it.  Found, they are no error.
KNOWN_COPIES = {("c356e514-a20d-45e3-b1ad-159636013822", "25af626f-79cd-464b-8efd-c36b5a96cb8b")}


def _write_corpus(directory: Path, size: int, plants: int, background: str) -> list[Truth]:
    truth = []
    with (directory / "corpus.jsonl").open("w", encoding="utf-8") as out:
        for article, planted in generate(size, plants, background=background):
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
            if planted:
                truth.append(planted)
    return truth


def _score(found: set[Any], truth: list[Truth], *, directed: bool) -> dict[str, Any]:
    """Recall per operation and precision; undirected pairs are frozensets."""

    def key(t: Truth) -> Any:
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


def _newstrace(
    directory: Path, truth: list[Truth], indexed: float | None = None, jobs: int = 1
) -> dict[str, Any]:
    """Index (unless ``indexed`` gives the seconds of an earlier run that indexed this
    directory's database), find the candidates layer by layer, scan, trace."""
    config = DEFAULT_CONFIG
    with Store(directory / "news.db", config=config.candidates) as store:
        start = time.perf_counter()
        if indexed is None:
            added = index_corpus(
                store, [directory / "corpus.jsonl"], config=config, batch=500, jobs=jobs
            ).added
            indexed = time.perf_counter() - start
        else:
            added = len(store)
        print(f"{len(store)} indexed in {indexed:.0f} s", file=sys.stderr, flush=True)
        start = time.perf_counter()
        lexical = store.candidate_pairs(config=config.candidates)
        lexical_s = time.perf_counter() - start
        start = time.perf_counter()
        paraphrases = paraphrase_pairs(store, config=config.candidates)
        semantic = {frozenset((store.id_of(a), store.id_of(b))) for a, b in paraphrases}
        semantic_s = time.perf_counter() - start
        sentences = store.sentence_vector_count()
        print(
            f"candidates: {len(lexical)} lexical ({lexical_s:.0f} s), {len(semantic)} semantic"
            f" ({semantic_s:.0f} s, {sentences} sentences)",
            file=sys.stderr,
            flush=True,
        )
        layers = {
            "lexical": {frozenset((a, b)) for a, b, _ in lexical},
            "semantic": semantic,
        }
        start = time.perf_counter()
        pairs = candidate_pairs(
            store, config=config.candidates, lexical=lexical, paraphrases=paraphrases
        )
        articles = list(dict.fromkeys(x for a, b, _ in pairs for x in (a, b)))
        candidates = {frozenset((a, b)) for a, b, _ in pairs}
        copies = set()
        relations = {}
        with Workers(store, config, jobs) as workers:  # as scan: the same for both steps
            encoded = encode_articles(store, articles, config=config, workers=workers)
            encode_s = time.perf_counter() - start
            print(
                f"{len(articles)} articles of {len(pairs)} pairs encoded ({encoded} units)"
                f" in {encode_s:.0f} s",
                file=sys.stderr,
                flush=True,
            )
            for c in align_pairs(store, pairs, config=config, workers=workers):
                relations[frozenset((c.a.id, c.b.id))] = c.verdict.relation
                if c.verdict.relation == "a_from_b":
                    copies.add((c.b.id or "", c.a.id or ""))
                elif c.verdict.relation == "b_from_a":
                    copies.add((c.a.id or "", c.b.id or ""))
        align_s = time.perf_counter() - start - encode_s
        scanned = time.perf_counter() - start + lexical_s + semantic_s  # the layers too
        traced = _trace_plants(store, truth)
    undated = [t for t in truth if not t.get("dated", True)]
    return {
        "undated": {
            "plants": len(undated),
            "found": sum((t["source"], t["copy"]) in copies for t in undated),
        },
        "trace": traced,
        "index_s": indexed,
        "rate": added / indexed,
        "scan_s": scanned,
        "encode_s": encode_s,
        "align_s": align_s,
        "units_encoded": encoded,
        "jobs": jobs,
        "lexical_s": lexical_s,
        "semantic_s": semantic_s,
        "sentences": sentences,
        "pairs": len(pairs),
        "candidates": {
            name: {"pairs": len(found), **_score(found, truth, directed=False)}
            for name, found in layers.items()
        },
        **_score(copies, truth, directed=True),
        "misses": [
            {
                **t,
                "relation": relations.get(frozenset((t["source"], t["copy"])), "unrelated"),
                "candidate": frozenset((t["source"], t["copy"])) in candidates,
            }
            for t in truth
            if (t["source"], t["copy"]) not in copies
        ],
        # Every pair with reuse and its relation: two runs on one corpus must give the same.
        "found": sorted([*sorted(pair), relation] for pair, relation in relations.items()),
    }


def _trace_plants(store: Store, truth: list[Truth], per_op: int = 5) -> dict[str, Any]:
    """``trace`` of the first planted copies of each operation, as a user would trace a
    story: seconds each (the first one also loads the nearest-neighbour index), and
    whether the true source comes first, called the copy's source."""
    seconds, first = [], 0
    chosen = [t for op in OPERATIONS for t in [t for t in truth if t["operation"] == op][:per_op]]
    for planted in chosen:
        article = store.article(planted["copy"])
        assert article is not None
        query = replace(article, id=None)  # traced as a new story, not as the indexed one
        start = time.perf_counter()
        sources = trace(store, query)
        seconds.append(time.perf_counter() - start)
        first += bool(
            sources
            and sources[0].article.id == planted["source"]
            and sources[0].comparison.verdict.relation == "a_from_b"
        )
    later = sorted(seconds[1:])
    return {
        "traced": len(chosen),
        "source_first": first,
        "first_s": seconds[0] if seconds else 0.0,
        "median_s": later[len(later) // 2] if later else 0.0,
        "max_s": max(later, default=0.0),
    }


def _datasketch(directory: Path, truth: list[Truth]) -> dict[str, Any]:
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


def run(
    size: int,
    plants: int,
    resume: Path | None = None,
    indexed: float | None = None,
    baseline_from: Path | None = None,
    background: str = "realistic",
    jobs: int = 1,
) -> dict[str, Any]:
    """One size, measured in this process (the caller runs it in a fresh one).

    ``resume``: the directory of an earlier run of this size that was stopped after
    indexing (its ``corpus.jsonl`` and ``news.db``), which took ``indexed`` seconds; the
    rest is measured here, on that database.  ``baseline_from``: a ``--json`` file of an
    earlier run of this size whose MinHashLSH measurement is taken instead of running it
    again (the corpus is the same: the generator is seeded)."""
    with tempfile.TemporaryDirectory() as name:
        directory = resume or Path(name)
        if resume:
            records = generate(size, plants, background=background)
            truth = [planted for _, planted in records if planted]
        else:
            truth = _write_corpus(directory, size, plants, background)
        ours = _newstrace(directory, truth, indexed, jobs)
        # The parent's peak plus, for each worker, the largest worker's: an upper bound of
        # the memory the scan held at once.
        parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        peak = parent + (jobs * worker if jobs > 1 else 0)
        if baseline_from:
            earlier = json.loads(baseline_from.read_text(encoding="utf-8"))
            rows = earlier if isinstance(earlier, list) else [earlier]
            baseline = next(r for r in rows if r["size"] == size)["baseline"]
            baseline["reused_from"] = str(baseline_from)
        else:
            baseline = _datasketch(directory, truth)
    return {
        "size": size,
        "plants": plants,
        "background": background,
        "ours": ours,
        "peak_mb": peak,
        "baseline": baseline,
    }


def _spark(directory: Path, truth: list[Truth]) -> dict[str, Any]:
    """The same corpus scanned by the Spark engine in local mode, two cores (local[2])."""
    from newstrace.engines import spark as spark_engine

    start = time.perf_counter()
    conf = {"spark.ui.showConsoleProgress": "false", "spark.driver.memory": "4g"}
    session = spark_engine.session("local[2]", conf=conf)
    session.sparkContext.setLogLevel("ERROR")
    started = time.perf_counter() - start
    try:
        result = spark_engine.scan(session, [str(directory / "corpus.jsonl")])
    finally:
        session.stop()
    copies = {(p.record["source"], p.record["copy"]) for p in result.pairs if p.record["copy"]}
    total = started + result.timings["read"] + result.timings["scan"]
    return {
        "start_s": started,
        "read_s": result.timings["read"],
        "scan_s": result.timings["scan"],
        "total_s": total,
        "rate": result.articles / total,
        "candidates": result.candidate_pairs,
        **_score(copies, truth, directed=True),
    }


def _main_spark(args: argparse.Namespace) -> None:
    """--engine spark: each size in a fresh process; a row printed as each size ends."""
    if args.one:
        with tempfile.TemporaryDirectory() as name:
            truth = _write_corpus(Path(name), args.one, args.plants, args.background)
            print(json.dumps({"size": args.one, "spark": _spark(Path(name), truth)}))
        return
    ops = " ".join(f"{op[:8]:>8}" for op in OPERATIONS)
    print(
        f"newstrace on Spark, local[2], {args.background} background"
        " (copies found in the right direction)"
    )
    print(
        f"{'articles':>9} {'start s':>8} {'read s':>7} {'scan s':>7} {'total s':>8} "
        f"{'art./s':>7} {'cand.':>7} | {ops} {'prec.':>6}",
        flush=True,
    )
    rows = []
    for size in args.sizes:
        command = [sys.executable, __file__, "--engine", "spark", "--one", str(size)]
        command += ["--plants", str(args.plants), "--background", args.background]
        done = subprocess.run(command, check=True, capture_output=True, text=True)
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        if args.json:
            args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
        o = rows[-1]["spark"]
        found = " ".join(f"{o[op]:>8.2f}" for op in OPERATIONS)
        print(
            f"{size:>9} {o['start_s']:>8.1f} {o['read_s']:>7.1f} {o['scan_s']:>7.1f} "
            f"{o['total_s']:>8.1f} {o['rate']:>7.0f} {o['candidates']:>7} | {found} "
            f"{o['precision']:>6.2f}",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000])
    parser.add_argument("--plants", type=int, default=100, help="planted copies per operation")
    parser.add_argument(
        "--background",
        choices=BACKGROUNDS,
        default="realistic",
        help="background articles: news-like (realistic) or the easy word-list texts",
    )
    parser.add_argument(
        "--jobs", type=int, default=default_jobs(), help="worker processes (default: all cores)"
    )
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: one size, JSON out
    # internal, with --one: go on from the database of a stopped run (see ``run``)
    parser.add_argument("--resume", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--indexed", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--baseline-from", type=Path, help=argparse.SUPPRESS)
    parser.add_argument(
        "--engine", choices=["local", "spark"], default="local", help="spark: local[2], no LSH"
    )
    parser.add_argument("--json", type=Path, help="also write every measurement (and misses) here")
    parser.add_argument("--show", type=Path, help="print the tables of a --json file and stop")
    args = parser.parse_args()
    if args.show:
        _print_tables(json.loads(args.show.read_text(encoding="utf-8")))
        return
    if args.engine == "spark":
        _main_spark(args)
        return
    if args.one:
        measured = run(
            args.one,
            args.plants,
            args.resume,
            args.indexed,
            args.baseline_from,
            args.background,
            args.jobs,
        )
        print(json.dumps(measured))
        return
    rows = []
    for size in args.sizes:
        command = [sys.executable, __file__, "--one", str(size), "--plants", str(args.plants)]
        command += ["--background", args.background, "--jobs", str(args.jobs)]
        done = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True)
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        if args.json:  # written after each size: a long run that is stopped keeps the rest
            args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
        _print_tables(rows[-1:])
    if len(rows) > 1:
        _print_tables(rows)


def _print_tables(rows: list[dict[str, Any]]) -> None:
    ops = " ".join(f"{op[:8]:>8}" for op in OPERATIONS)
    background = rows[0].get("background", "wordlist")  # runs before issue 17: word list
    print(
        f"newstrace (copies found in the right direction) and datasketch MinHashLSH (pairs),"
        f" {background} background"
    )
    print(
        f"{'articles':>9} {'index/s':>8} {'index s':>8} {'scan s':>7} {'peak MB':>8} | "
        f"{ops} {'prec.':>6} | {'LSH s':>6} {ops} {'prec.':>6}"
    )
    for row in rows:
        o, b = row["ours"], row["baseline"]
        mine = " ".join(f"{o[op]:>8.2f}" for op in OPERATIONS)
        theirs = " ".join(f"{b[op]:>8.2f}" for op in OPERATIONS)
        print(
            f"{row['size']:>9} {o['rate']:>8.0f} {o['index_s']:>8.1f} {o['scan_s']:>7.1f} "
            f"{row['peak_mb']:>8.0f} | {mine} {o['precision']:>6.2f} | "
            f"{b['time_s']:>6.1f} {theirs} {b['precision']:>6.2f}"
        )
    for row in rows:
        undated = row["ours"].get("undated")
        if undated and undated["plants"]:
            print(
                f"{row['size']:>9}: of the {undated['plants']} planted copies without a date,"
                f" {undated['found']} found in the right direction"
            )
    print()
    print("reuse found (any relation but unrelated: a copy, or shared_source when the")
    print("evidence does not say who copied whom), planted pairs per operation")
    print(f"{'articles':>9} {ops}")
    for row in rows:
        o, plants = row["ours"], row.get("plants", 100)
        missed = {op: 0 for op in OPERATIONS}
        for miss in o["misses"]:
            missed[miss["operation"]] += miss["relation"] == "unrelated"
        found = " ".join(f"{1 - missed[op] / plants:>8.2f}" for op in OPERATIONS)
        print(f"{row['size']:>9} {found}")
    staged = [row for row in rows if "encode_s" in row["ours"]]
    if staged:
        print()
        print("scan stages, seconds (jobs: worker processes)")
        print(
            f"{'articles':>9} {'jobs':>5} {'lexical':>8} {'semantic':>9} {'encode':>7}"
            f" {'units':>8} {'align':>7} {'pairs':>7} {'index+scan':>11}"
        )
        for row in staged:
            o = row["ours"]
            print(
                f"{row['size']:>9} {o['jobs']:>5} {o['lexical_s']:>8.1f} {o['semantic_s']:>9.1f}"
                f" {o['encode_s']:>7.1f} {o['units_encoded']:>8} {o['align_s']:>7.1f}"
                f" {o['pairs']:>7} {o['index_s'] + o['scan_s']:>11.1f}"
            )
    print()
    print("candidate search: planted pairs among the candidates of each layer")
    print(f"{'articles':>9} {'layer':>9} {'seconds':>8} {'pairs':>9} {ops}")
    for row in rows:
        o = row["ours"]
        for layer in ("lexical", "semantic"):
            found = o["candidates"][layer]
            recall = " ".join(f"{found[op]:>8.2f}" for op in OPERATIONS)
            seconds = o[f"{layer}_s"]
            print(f"{row['size']:>9} {layer:>9} {seconds:>8.1f} {found['pairs']:>9} {recall}")
    traced = [row for row in rows if "trace" in row["ours"]]
    if traced:
        print()
        print("trace of planted copies as new stories (true source first, called a_from_b)")
        print(
            f"{'articles':>9} {'traced':>7} {'first':>6} {'1st s':>7} {'median s':>9} {'max s':>7}"
        )
        for row in traced:
            t = row["ours"]["trace"]
            print(
                f"{row['size']:>9} {t['traced']:>7} {t['source_first']:>6} {t['first_s']:>7.2f} "
                f"{t['median_s']:>9.2f} {t['max_s']:>7.2f}"
            )
    if len(rows) > 1:
        print()
        print("growth from the smallest size (time ratio / size ratio; 1.0 is linear)")
        first = rows[0]
        for row in rows[1:]:
            scale = row["size"] / first["size"]
            index = row["ours"]["index_s"] / first["ours"]["index_s"] / scale
            scan_ = row["ours"]["scan_s"] / first["ours"]["scan_s"] / scale
            print(f"{row['size']:>9} index {index:.2f} scan {scan_:.2f}")


if __name__ == "__main__":
    main()
