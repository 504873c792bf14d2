"""First-sight ``compare`` of checkouts, pair by pair in turn, under the same load.

    python benchmarks/compare_ab.py OLD/src NEW/src [MORE/src ...] [--limit 40] [--rounds 2]

Starts one worker process per checkout (its ``src`` first on the path) and one that encodes
with sentence-transformers, then, for every BASIL same-event ordered pair of the first
``--limit``, asks each in turn (the order alternating from pair to pair): the checkouts time
``newstrace.compare`` with the sentence-vector cache cleared before it ("first sight"), the
third times ``SentenceTransformer.encode`` of the units ``compare`` encodes (sentences and
clauses, ``sentence_units``) and nothing else.  Other jobs share the machine, so absolute
times drift; the workers run one at a time, so each pair's times are taken under the same
load.  Prints each worker's median ms and the median of its per-pair ratios to OLD's.

``--encoder``: one more worker, on the last checkout, times its own encoder alone on the
units ``compare`` hands it (``unit_texts``), first sight: the floor of a comparison that
moves no vector, however little the rest of ``compare`` costs.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from devset import BASIL, basil_pairs  # noqa: E402

SENTENCE_TRANSFORMERS = "sentence-transformers"
ENCODER = "encoder alone"


def _articles(basil: Path, limit: int) -> list[tuple[dict[str, str], dict[str, str]]]:
    return [(pair.a, pair.b) for pair in basil_pairs(basil)[:limit]]


def _worker(kind: str, basil: Path, limit: int) -> None:
    """Answers each index read from stdin with the ms its pair took."""
    import newstrace
    from newstrace.align.paraphrase import unit_texts
    from newstrace.align.units import sentence_units
    from newstrace.embed.encoder import get_encoder, model_dir
    from newstrace.pipeline import prepare

    pairs = [
        tuple(newstrace.Article(row["text"], id=row["id"]) for row in pair)
        for pair in _articles(basil, limit)
    ]
    if kind == SENTENCE_TRANSFORMERS:
        from sentence_transformers import SentenceTransformer

        model = SentenceTransformer(str(model_dir()), device="cpu")

        def run(a: newstrace.Article, b: newstrace.Article) -> float:
            units = {u.text for doc in (prepare(a), prepare(b)) for u in sentence_units(doc)}
            start = time.perf_counter()
            model.encode(sorted(units), normalize_embeddings=True)
            return time.perf_counter() - start

    elif kind == ENCODER:
        encoder = get_encoder()

        def run(a: newstrace.Article, b: newstrace.Article) -> float:
            units = unit_texts(prepare(a), prepare(b))
            encoder.clear_cache()
            start = time.perf_counter()
            encoder.encode(units)
            return time.perf_counter() - start

    else:
        encoder = get_encoder()

        def run(a: newstrace.Article, b: newstrace.Article) -> float:
            encoder.clear_cache()
            start = time.perf_counter()
            newstrace.compare(a, b)
            return time.perf_counter() - start

    run(*pairs[0])  # warm up: first calls load lazily
    print("ready", flush=True)
    for line in sys.stdin:
        print(f"{run(*pairs[int(line)]) * 1000:.3f}", flush=True)


class Worker:
    def __init__(self, kind: str, src: str, basil: Path, limit: int) -> None:
        self.kind = kind
        environment = {**os.environ, "PYTHONPATH": src}
        command = [sys.executable, __file__, "--worker", kind, "--basil", str(basil)]
        self._process = subprocess.Popen(
            [*command, "--limit", str(limit)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=environment,
        )
        assert self._process.stdout is not None and self._process.stdin is not None
        self._in: IO[str] = self._process.stdin
        self._out: IO[str] = self._process.stdout
        self._out.readline()
        self.times: list[float] = []

    def time(self, index: int) -> None:
        self._in.write(f"{index}\n")
        self._in.flush()
        self.times.append(float(self._out.readline()))

    def close(self) -> None:
        self._in.close()
        self._process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="*", help="the src directories, the reference first")
    parser.add_argument("--basil", type=Path, default=BASIL)
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=2, help="times each pair is timed")
    parser.add_argument("--encoder", action="store_true", help="time the encoder alone too")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        _worker(args.worker, args.basil, args.limit)
        return
    workers = [Worker(source, source, args.basil, args.limit) for source in args.sources]
    workers.append(Worker(SENTENCE_TRANSFORMERS, args.sources[-1], args.basil, args.limit))
    if args.encoder:
        workers.append(Worker(ENCODER, args.sources[-1], args.basil, args.limit))
    count = min(args.limit, len(basil_pairs(args.basil)))
    for turn, index in enumerate(i for _ in range(args.rounds) for i in range(count)):
        shift = turn % len(workers)
        for worker in workers[shift:] + workers[:shift]:
            worker.time(index)
    for worker in workers:
        worker.close()
    old = workers[0].times
    summary = {
        worker.kind: {
            "median ms": round(statistics.median(worker.times), 1),
            "median ratio to old": round(
                statistics.median(t / o for t, o in zip(worker.times, old, strict=True)), 3
            ),
        }
        for worker in workers
    }
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
