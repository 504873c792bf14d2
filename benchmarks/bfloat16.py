"""MiniLM in bfloat16 on torch (for ``encoder.py`` here): AMX's bf16 products, measured.

Not what newstrace runs (``onnx_encoder.py`` runs the float graph; BENCHMARKS.md says why).
ONNX Runtime has no bfloat16 path on x86: 1.32's CPU provider has no bf16 ``MatMul`` (a bf16
graph fails to load, NOT_IMPLEMENTED), and its float-to-bf16 "fastmath" GEMM is built for
arm64 only.  torch's oneDNN runs bf16 products on AMX where the CPU has it, so bf16 is
measured there, in four ways from the most float to the least:

* ``onednn``: float32 tensors, oneDNN told to compute float32 products in bf16
  (``torch.backends.mkldnn.matmul.fp32_precision = "bf16"``, which is what
  ``torch.set_float32_matmul_precision("medium")`` sets on CPU): inputs rounded, sums in float;
* ``products``: the linear layers' weights kept in bf16, their inputs rounded to bf16 and
  their outputs taken back to float32; attention, GELU and the layer norms in float32;
* ``autocast``: ``torch.autocast("cpu", dtype=torch.bfloat16)``, whose CPU lists put the
  products, attention, GELU and the layer norms in bf16 (only the embeddings' sum stays
  float32);
* ``bf16``: weights and activations in bf16 throughout (the pooling in float32).

The forward pass is ``Encoder``'s; the batching and threads are the shipped encoder's
(``OnnxEncoder``: batches cut by token count, one batch per core, each on one thread), so
only the arithmetic differs from the shipped encoder: a stand-in for its ONNX Runtime
session runs the torch forward.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import TYPE_CHECKING

import numpy as np
import torch

from newstrace.embed.encoder import Encoder
from newstrace.embed.minilm_graph import OUTPUT
from newstrace.embed.onnx_encoder import OnnxEncoder

if TYPE_CHECKING:
    from tokenizers import Tokenizer

PRECISIONS = ("onednn", "products", "autocast", "bf16")


class TorchSession:
    """Stands in for an ONNX Runtime session: ``run`` gives the torch forward's token vectors
    in the given precision (one of ``PRECISIONS``)."""

    def __init__(self, precision: str) -> None:
        if precision not in PRECISIONS:
            raise ValueError(f"precision must be one of {PRECISIONS}, not {precision!r}")
        self.precision = precision
        self._model = Encoder()
        if precision == "bf16":
            self._model._weights = {k: v.bfloat16() for k, v in self._model._weights.items()}
        elif precision == "products":
            self._model._linear = self._bf16_linear(self._model._weights)  # type: ignore[method-assign]

    def run(self, outputs: list[str], feeds: dict[str, np.ndarray]) -> list[np.ndarray]:
        assert outputs == [OUTPUT]
        ids = torch.from_numpy(feeds["ids"]).long()
        mask = torch.from_numpy(feeds["mask"]).bool()
        with torch.inference_mode(), self._context():
            hidden = self._model._forward(ids, mask)
        return [hidden.float().numpy()]

    def _context(self) -> AbstractContextManager[object]:
        """autocast's state is the thread's own (``onednn``'s is set by ``Bf16Encoder``)."""
        if self.precision == "autocast":
            return torch.autocast("cpu", dtype=torch.bfloat16)
        return nullcontext()

    @staticmethod
    def _bf16_linear(
        weights: dict[str, torch.Tensor],
    ) -> Callable[[torch.Tensor, str], torch.Tensor]:
        half = {k: v.bfloat16() for k, v in weights.items() if not k.startswith("embeddings.")}

        def linear(x: torch.Tensor, name: str) -> torch.Tensor:
            product = torch.nn.functional.linear(
                x.bfloat16(), half[name + ".weight"], half[name + ".bias"]
            )
            return product.float()

        return linear


@contextmanager
def matmul_precision(precision: str) -> Iterator[None]:
    """oneDNN's internal precision for float32 products within the block.  Process-wide:
    set around a whole encoding (its workers read it), with one encoder running at a time."""
    before = torch.backends.mkldnn.matmul.fp32_precision
    torch.backends.mkldnn.matmul.fp32_precision = precision
    try:
        yield
    finally:
        torch.backends.mkldnn.matmul.fp32_precision = before


class Bf16Encoder(OnnxEncoder):
    """The shipped encoder (batching, threads, pooling) running the torch forward in
    ``precision`` in place of ``model`` (the float graph, loaded only to be replaced)."""

    def __init__(self, model: bytes, tokenizer: Tokenizer, precision: str) -> None:
        super().__init__(model, tokenizer)
        self._session = TorchSession(precision)  # type: ignore[assignment]

    def _encode_sentences(self, sentences: list[str]) -> list[np.ndarray]:
        """oneDNN's precision is process-wide: set once around the workers' runs, not by
        each worker (one would set it back while another runs)."""
        precision = self._session.precision  # type: ignore[attr-defined]
        with matmul_precision("bf16") if precision == "onednn" else nullcontext():
            return super()._encode_sentences(sentences)

    def _threads(self) -> ThreadPoolExecutor:
        """Workers with one torch thread each, as ONNX Runtime's one thread per batch."""
        if self._pool is None or self._pool[0] != os.getpid():
            self._pool = (os.getpid(), _one_thread_workers(self.workers))
        return self._pool[1]


def _one_thread_workers(count: int) -> ThreadPoolExecutor:
    """``count`` started threads whose torch runs on one thread.  torch keeps a count per
    thread (OpenMP's), which a thread takes from the process-wide one on its first call into
    torch: each worker makes that call, then sets its own; the caller's is set back once
    every worker has, so threads made later get the usual count."""
    caller = torch.get_num_threads()
    started = threading.Barrier(count)

    def one_thread(_: int) -> None:
        torch.get_num_threads()  # the first call: takes the process-wide count
        torch.set_num_threads(1)
        started.wait()  # every task on a thread of its own: all ``count`` threads start

    pool = ThreadPoolExecutor(count, thread_name_prefix="bf16")
    list(pool.map(one_thread, range(count)))
    torch.set_num_threads(caller)
    return pool
