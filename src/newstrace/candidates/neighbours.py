"""Nearest sentence vectors by cosine, for paraphrase candidates (faiss).

faiss rather than an HNSW graph (usearch, hnswlib): measured on 200k 128-dimensional
vectors on the two cores here, HNSW graphs were built at 1,000-5,500 vectors/s, an IVF
index (k-means cells, 8-bit scalar-quantised vectors) at ~70,000/s and searched at
~16,000 queries/s -- indexing a corpus's millions of sentences is what costs.  Small
collections use an exact (flat) index: no training, exact neighbours.

A key packs an article's store row and a sentence index: ``row << 12 | sentence``.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

import numpy as np

from newstrace.candidates.semantic import dequantise
from newstrace.config import CandidateConfig

__all__ = [
    "MAX_SENTENCES",
    "NeighbourIndex",
    "article_of",
    "hits",
    "key_of",
    "keys_of",
    "near_hits",
    "semantic_pairs",
    "split_key",
]

_SENTENCE_BITS = 12
MAX_SENTENCES = 1 << _SENTENCE_BITS  # sentences of an article beyond this are not embedded
EXACT_LIMIT = 50_000  # vectors; below it the exact index is fast enough
_CHUNK = 100_000
NPROBE = 16  # cells searched per query
# k-means wants ~39 vectors a cell to place its cells (faiss warns below that).
_VECTORS_PER_CELL = 39
_MIN_TRAIN = 100_000


def cell_count(count: int) -> int:
    """How many cells an index of ``count`` vectors has: ~4 sqrt(n), as faiss advises."""
    return min(16_384, max(64, int(4 * math.sqrt(count))))


def training_size(count: int) -> int:
    """How many of ``count`` vectors are sampled to place the cells."""
    return min(count, max(_MIN_TRAIN, _VECTORS_PER_CELL * cell_count(count)))


def key_of(row: int, sentence: int) -> int:
    return (row << _SENTENCE_BITS) | sentence


def keys_of(row: int, sentences: np.ndarray) -> np.ndarray:
    return (np.int64(row) << _SENTENCE_BITS) | sentences.astype(np.int64)


def article_of(keys: np.ndarray) -> np.ndarray:
    return keys >> _SENTENCE_BITS


def split_key(key: int) -> tuple[int, int]:
    """``(article row, sentence index)`` of a key."""
    return key >> _SENTENCE_BITS, key & (MAX_SENTENCES - 1)


def _faiss() -> object:
    import faiss

    faiss.omp_set_num_threads(os.cpu_count() or 1)
    return faiss


class NeighbourIndex:
    """A faiss index of unit vectors with int64 keys."""

    def __init__(self, index: object) -> None:
        self._index = index

    @classmethod
    def build(cls, keys: np.ndarray, vectors: np.ndarray) -> NeighbourIndex:
        """Index int8 ``vectors`` (see ``semantic.quantise``) under ``keys``."""
        faiss: object = _faiss()
        count, dim = vectors.shape
        if count <= EXACT_LIMIT:
            index = faiss.IndexIDMap2(faiss.IndexFlatIP(dim))  # type: ignore[attr-defined]
        else:
            cells = cell_count(count)
            quantiser = faiss.IndexFlatIP(dim)  # type: ignore[attr-defined]
            index = faiss.IndexIVFScalarQuantizer(  # type: ignore[attr-defined]
                quantiser,
                dim,
                cells,
                faiss.ScalarQuantizer.QT_8bit,  # type: ignore[attr-defined]
                faiss.METRIC_INNER_PRODUCT,  # type: ignore[attr-defined]
            )
            sample = np.random.default_rng(0).choice(count, training_size(count), replace=False)
            index.train(_floats(vectors[np.sort(sample)]))
            index.nprobe = NPROBE
        built = cls(index)
        built.add(keys, vectors)
        return built

    def add(self, keys: np.ndarray, vectors: np.ndarray) -> None:
        for start in range(0, len(keys), _CHUNK):
            chunk = slice(start, start + _CHUNK)
            self._index.add_with_ids(  # type: ignore[attr-defined]
                _floats(vectors[chunk]), keys[chunk].astype(np.int64)
            )

    def __len__(self) -> int:
        return int(self._index.ntotal)  # type: ignore[attr-defined]

    def search(self, vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Keys and cosines of the ``k`` nearest of each row (key -1: none)."""
        if len(self) == 0 or len(vectors) == 0:
            shape = (len(vectors), k)
            return np.full(shape, -1, dtype=np.int64), np.zeros(shape, dtype=np.float32)
        cosines, keys = self._index.search(_floats(vectors), k)  # type: ignore[attr-defined]
        return keys, cosines

    def save(self, path: Path) -> None:
        faiss: object = _faiss()
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        faiss.write_index(self._index, str(temporary))  # type: ignore[attr-defined]
        os.replace(temporary, path)

    @classmethod
    def load(cls, path: Path) -> NeighbourIndex:
        faiss: object = _faiss()
        return cls(faiss.read_index(str(path)))  # type: ignore[attr-defined]


def _floats(vectors: np.ndarray) -> np.ndarray:
    if vectors.dtype == np.int8:
        return dequantise(vectors.tobytes(), vectors.shape[1])
    return np.ascontiguousarray(vectors, dtype=np.float32)


def hits(
    index: NeighbourIndex, keys: np.ndarray, vectors: np.ndarray, config: CandidateConfig
) -> np.ndarray:
    """The hits of the stored sentences: unique ``(key_a, key_b)`` rows, ``key_a < key_b``
    (a hit found from both sides is kept once), of different articles.

    A sentence whose ``semantic_neighbours`` nearest are ALL near is too common to tell
    anything (boilerplate, stock phrases, a story told by everyone) and gives no hits, as
    an n-gram found in more than ``max_df`` articles is not looked up.
    """
    found_pairs = []
    for start in range(0, len(keys), _CHUNK):
        mine = keys[start : start + _CHUNK]
        found, cosines = index.search(
            vectors[start : start + _CHUNK], config.semantic_neighbours + 1
        )
        usable = near_hits(mine, found, cosines, config)
        rows, columns = np.nonzero(usable)
        theirs = found[rows, columns]
        found_pairs.append(
            np.stack([np.minimum(mine[rows], theirs), np.maximum(mine[rows], theirs)], axis=1)
        )
    if not found_pairs:
        return np.zeros((0, 2), dtype=np.int64)
    unique: np.ndarray = np.unique(np.concatenate(found_pairs), axis=0)
    return unique


def near_hits(
    mine: np.ndarray, found: np.ndarray, cosines: np.ndarray, config: CandidateConfig
) -> np.ndarray:
    """Mask of the search results (``found``/``cosines``, one row per key of ``mine``) that
    are hits: near, in another article, from a sentence that is not too common."""
    near = (found >= 0) & (found != mine[:, None]) & (cosines >= config.semantic_min_cosine)
    common = near.sum(axis=1) >= config.semantic_neighbours
    usable: np.ndarray = near & (article_of(found) != article_of(mine)[:, None])
    usable &= ~common[:, None]
    return usable


def semantic_pairs(
    index: NeighbourIndex, keys: np.ndarray, vectors: np.ndarray, config: CandidateConfig
) -> list[tuple[int, int]]:
    """Article row pairs ``(a, b)``, ``a < b``, whose hits ``semantic.is_candidate`` accepts.

    The rule is counted with numpy over all hits at once (a corpus has tens of millions);
    ``tests/candidates`` checks it agrees with ``is_candidate`` pair by pair.
    """
    found = hits(index, keys, vectors, config)
    if not len(found):
        return []
    row_a, row_b = article_of(found[:, 0]), article_of(found[:, 1])
    pair = (row_a << 32) | row_b  # store rows stay far below 2**31
    pairs, left = _distinct_per_pair(pair, found[:, 0])
    _, right = _distinct_per_pair(pair, found[:, 1])
    chosen = pairs[np.minimum(left, right) >= config.semantic_min_sentences]
    return [(int(p) >> 32, int(p) & 0xFFFFFFFF) for p in chosen]


def _distinct_per_pair(pair: np.ndarray, sentence: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The pairs (sorted) and how many distinct ``sentence`` keys each has."""
    distinct = np.unique(np.stack([pair, sentence], axis=1), axis=0)
    return np.unique(distinct[:, 0], return_counts=True)
