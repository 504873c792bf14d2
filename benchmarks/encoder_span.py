"""Where a first-sight ``compare``'s wall time goes: before the encoder's first run, while it
runs, after its last run.

    python benchmarks/encoder_span.py [--limit 40] [--rounds 1]

For each of BASIL's first ``--limit`` ordered pairs (as ``compare_ab.py``), with the vectors
cleared (first sight), the wall time of ``newstrace.compare`` cut at the encoder's runs
(``OnnxEncoder._run``: one batch through ONNX Runtime, pooled): from the call to the
prefetch (preparing both texts, their units), from there to the encoder's own start
(``_encode_sentences``, on the prefetch thread), to its first run (tokenizing, planning the
batches), the span from the first run's start to the last run's end, and after it (the
scores, links, quotations, facts, verdict: the calling thread alone); the runs' own times
summed over the worker threads (wall, and CPU), and the process's CPU time.  Medians over the pairs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # eval/

from eval.devset import BASIL, basil_pairs

import newstrace
from newstrace.embed.encoder import get_encoder
from newstrace.embed.onnx_encoder import OnnxEncoder

COLUMNS = (
    "wall",
    "to the prefetch",
    "to the encoder",
    "to its first run",
    "encoder span",
    "after its last run",
    "runs summed",
    "runs' CPU",
    "process CPU",
)


class Clock:
    """Times of the encoder's events in one comparison (patched into ``OnnxEncoder``)."""

    def __init__(self) -> None:
        self.runs: list[tuple[float, float, float]] = []
        self.marks: dict[str, float] = {}
        self._lock = threading.Lock()
        run, encode, prefetch = (
            OnnxEncoder._run,
            OnnxEncoder._encode_sentences,
            OnnxEncoder.prefetch,
        )

        def timed_run(encoder: OnnxEncoder, batch: list[list[int]]) -> np.ndarray:
            start, cpu = time.perf_counter(), time.thread_time()
            vectors = run(encoder, batch)
            with self._lock:
                self.runs.append((start, time.perf_counter(), time.thread_time() - cpu))
            return vectors

        def marked_encode(encoder: OnnxEncoder, sentences: list[str]) -> list[np.ndarray]:
            self.marks.setdefault("encoder", time.perf_counter())
            return encode(encoder, sentences)

        def marked_prefetch(encoder: OnnxEncoder, sentences: Any) -> None:
            self.marks.setdefault("prefetch", time.perf_counter())
            prefetch(encoder, sentences)

        OnnxEncoder._run = timed_run  # type: ignore[method-assign]
        OnnxEncoder._encode_sentences = marked_encode  # type: ignore[method-assign]
        OnnxEncoder.prefetch = marked_prefetch  # type: ignore[method-assign]

    def compare(self, a: newstrace.Article, b: newstrace.Article) -> list[float]:
        """One first-sight comparison's times (ms), in the order of ``COLUMNS``."""
        get_encoder().clear_cache()
        self.runs.clear()
        self.marks.clear()
        start, cpu = time.perf_counter(), time.process_time()
        newstrace.compare(a, b)
        end, cpu_end = time.perf_counter(), time.process_time()
        first, last = min(r[0] for r in self.runs), max(r[1] for r in self.runs)
        points = [start, self.marks["prefetch"], self.marks["encoder"], first, last, end]
        steps = [later - earlier for earlier, later in pairwise(points)]
        summed = sum(e - s for s, e, _ in self.runs)
        run_cpu = sum(c for _, _, c in self.runs)
        return [1000 * x for x in (end - start, *steps, summed, run_cpu, cpu_end - cpu)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    articles = [
        (newstrace.Article(p.a["text"], id=p.a["id"]), newstrace.Article(p.b["text"], id=p.b["id"]))
        for p in basil_pairs(BASIL)[: args.limit]
    ]
    clock = Clock()
    newstrace.compare(*articles[0])  # the model loaded, the caches of code warm
    rows = [clock.compare(a, b) for _ in range(args.rounds) for a, b in articles]
    print("| " + " | ".join(COLUMNS) + " |")
    print("|" + "---:|" * len(COLUMNS))
    medians = [statistics.median(row[k] for row in rows) for k in range(len(COLUMNS))]
    print("| " + " | ".join(f"{m:.1f}" for m in medians) + " |")
    shares = [statistics.median(row[k] / row[0] for row in rows) for k in range(1, 6)]
    print("shares of the wall (medians of the pairs): " + ", ".join(f"{s:.3f}" for s in shares))


if __name__ == "__main__":
    main()
