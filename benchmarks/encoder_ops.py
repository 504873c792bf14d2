"""What the ONNX encoder does for a first-sight ``compare``, and what the ways of running it
that move no vector save.

    python benchmarks/encoder_ops.py [--limit 20] [--rounds 2] [--profile 10]

The units ``compare`` hands the encoder for each of BASIL's first ``--limit`` ordered pairs
(``unit_texts``, as ``compare_ab.py``): units, word pieces, distinct token sequences, the
batches ``plan_batches`` cuts and their padding, and the session's options.  Then ONNX
Runtime's own profile of the first ``--profile`` pairs' runs, summed by operator type.  Then
each variant (session options, batch plans) encodes every pair's units in turn, the order
rotating from pair to pair, ``--rounds`` times: the runs' thread CPU time summed (less
sensitive than wall time to the other jobs on the machine), its ratio to the shipped way's,
and the rows whose vector differs from the shipped way's in any bit.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # eval/

from eval.devset import BASIL, basil_pairs

import newstrace
from newstrace.align.paraphrase import unit_texts
from newstrace.embed.batching import plan_batches
from newstrace.embed.disk_cache import cache_dir
from newstrace.embed.encoder import get_encoder
from newstrace.embed.onnx_encoder import OUTPUT, OnnxEncoder, onnx_model_name
from newstrace.pipeline import prepare

Plan = tuple[int, int, int]  # overhead, most units, most slots of a batch
SHIPPED: Plan = (16, 16, 512)
PLANS: dict[str, Plan] = {
    "plan 8/16/512": (8, 16, 512),
    "plan 16/16/256": (16, 16, 256),
    "plan 16/16/1024": (16, 16, 1024),
    "plan 32/32/2048": (32, 32, 2048),
}


def _session(**options: Any) -> Any:
    import onnxruntime

    settings = onnxruntime.SessionOptions()
    settings.intra_op_num_threads = settings.inter_op_num_threads = 1  # as ``OnnxEncoder``
    for name, value in options.items():
        setattr(settings, name, value)
    model = str(cache_dir() / f"{onnx_model_name()}.onnx")
    return onnxruntime.InferenceSession(model, settings, providers=["CPUExecutionProvider"])


def _run(session: Any, batch: list[list[int]]) -> np.ndarray:
    """``OnnxEncoder._run`` on ``session``: the same inputs, pooling and normalising."""
    ids = np.zeros((len(batch), max(map(len, batch))), dtype=np.int32)
    mask = np.zeros_like(ids)
    for row, sentence in enumerate(batch):
        ids[row, : len(sentence)] = sentence
        mask[row, : len(sentence)] = 1
    (hidden,) = session.run([OUTPUT], {"ids": ids, "mask": mask})
    weights = mask[:, :, None].astype(np.float32)
    pooled = (hidden * weights).sum(1) / np.maximum(weights.sum(1), 1e-9)
    norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
    vectors: np.ndarray = (pooled / norms).astype(np.float32)
    return vectors


def _encode(session: Any, tokens: list[list[int]], plan: Plan) -> tuple[np.ndarray, float, int]:
    """Vectors in input order, the runs' thread CPU seconds, and the count of runs."""
    overhead, size, slots = plan
    batches = plan_batches(
        [len(t) for t in tokens], overhead=overhead, max_size=size, max_slots=slots
    )
    vectors: list[np.ndarray] = [np.empty(0)] * len(tokens)
    cpu = 0.0
    for batch in batches:
        start = time.thread_time()
        rows = _run(session, [tokens[i] for i in batch])
        cpu += time.thread_time() - start
        for index, row in zip(batch, rows, strict=True):
            vectors[index] = row
    return np.stack(vectors), cpu, len(batches)


def _counts(encoder: OnnxEncoder, tokens: list[list[list[int]]]) -> None:
    units = [len(t) for t in tokens]
    pieces = [sum(map(len, t)) for t in tokens]
    repeats = sum(len(t) - len({tuple(ids) for ids in t}) for t in tokens)
    plans = [
        plan_batches([len(x) for x in t], overhead=16, max_size=16, max_slots=512) for t in tokens
    ]
    sizes = [len(b) for p in plans for b in p]
    slots = sum(
        len(b) * max(len(t[i]) for i in b) for t, p in zip(tokens, plans, strict=True) for b in p
    )
    options = encoder._session.get_session_options()
    print(
        f"pairs {len(tokens)}: units a pair median {statistics.median(units)}, word pieces "
        f"median {statistics.median(pieces)} (total {sum(pieces)}); units whose token ids "
        f"repeat another's in the pair {repeats}; longest unit {max(len(x) for t in tokens for x in t)}"
    )
    print(
        f"runs {len(sizes)} ({len(sizes) / len(tokens):.1f} a pair), batch sizes "
        f"{dict(sorted(Counter(sizes).items()))}, padding {1 - sum(pieces) / slots:.4f} of the slots"
    )
    print(
        f"session: workers {encoder.workers}, intra-op {options.intra_op_num_threads}, "
        f"inter-op {options.inter_op_num_threads}, {options.graph_optimization_level}, "
        f"{options.execution_mode}, memory pattern {options.enable_mem_pattern}, "
        f"arena {options.enable_cpu_mem_arena}"
    )


def _operators(tokens: list[list[list[int]]], directory: Path) -> None:
    session = _session(enable_profiling=True, profile_file_prefix=str(directory / "ort"))
    for pair in tokens:
        _encode(session, pair, SHIPPED)
    events = json.loads(Path(session.end_profiling()).read_text())
    by_type: Counter[str] = Counter()
    for event in events:
        if event.get("cat") == "Node" and event["name"].endswith("_kernel_time"):
            by_type[event["args"]["op_name"]] += event["dur"]
    total = sum(by_type.values())
    print("operator | share of the kernels' time")
    for name, micros in by_type.most_common():
        print(f"{name} | {micros / total:.3f}")


def _variants(tokens: list[list[list[int]]], rounds: int) -> None:
    import onnxruntime

    levels = onnxruntime.GraphOptimizationLevel
    shipped = _session()
    ways: dict[str, Callable[[list[list[int]]], tuple[np.ndarray, float, int]]] = {
        "shipped": lambda t: _encode(shipped, t, SHIPPED)
    }
    for name, options in {
        "ORT_ENABLE_BASIC": {"graph_optimization_level": levels.ORT_ENABLE_BASIC},
        "no memory pattern": {"enable_mem_pattern": False},
        "no arena": {"enable_cpu_mem_arena": False},
    }.items():
        session = _session(**options)
        ways[name] = lambda t, s=session: _encode(s, t, SHIPPED)
    for name, plan in PLANS.items():
        ways[name] = lambda t, p=plan: _encode(shipped, t, p)
    reference = [ways["shipped"](t)[0] for t in tokens]
    names = list(ways)
    cpu: dict[str, list[float]] = {name: [] for name in names}
    runs = Counter[str]()
    moved = Counter[str]()
    for turn in range(rounds):
        for index, pair in enumerate(tokens):
            shift = (index + turn) % len(names)
            for name in names[shift:] + names[:shift]:
                vectors, seconds, count = ways[name](pair)
                cpu[name].append(seconds)
                runs[name] += count
                moved[name] += int((vectors != reference[index]).any(axis=1).sum())
    print("way | runs' CPU s | sum / shipped | median pair ratio | runs a round | rows moved")
    for name in names:
        ratios = [c / s for c, s in zip(cpu[name], cpu["shipped"], strict=True)]
        print(
            f"{name} | {sum(cpu[name]):.2f} | {sum(cpu[name]) / sum(cpu['shipped']):.3f} | "
            f"{statistics.median(ratios):.3f} | {runs[name] // rounds} | {moved[name]}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--basil", type=Path, default=BASIL)
    parser.add_argument("--limit", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--profile", type=int, default=10, help="pairs in ORT's own profile")
    args = parser.parse_args()
    encoder = get_encoder()
    if not isinstance(encoder, OnnxEncoder):
        sys.exit("encoder_ops.py measures the ONNX encoder: install onnxruntime")
    tokenizer = encoder._tokenizer
    tokens = []
    for pair in basil_pairs(args.basil)[: args.limit]:
        a, b = (prepare(newstrace.Article(row["text"], id=row["id"])) for row in (pair.a, pair.b))
        units = sorted(set(unit_texts(a, b)), key=len)  # what ``encode`` hands the encoder
        tokens.append([e.ids for e in tokenizer.encode_batch_fast(units)])
    _counts(encoder, tokens)
    import tempfile

    with tempfile.TemporaryDirectory() as directory:
        _operators(tokens[: args.profile], Path(directory))
    _variants(tokens, args.rounds)


if __name__ == "__main__":
    main()
