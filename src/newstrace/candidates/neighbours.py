"""Nearest sentence vectors by cosine, for paraphrase candidates (faiss).

faiss rather than an HNSW graph of the vectors (usearch, hnswlib): measured on 200k
128-dimensional vectors on the two cores here, HNSW graphs were built at 1,000-5,500
vectors/s, an IVF index (k-means cells, 8-bit scalar-quantised vectors) at ~70,000/s --
indexing a corpus's millions of sentences is what costs.  Small collections use an exact
(flat) index: no training, exact neighbours.

The cells hold ~``VECTORS_PER_CELL`` vectors each, so a query scans the same number of
vectors (``NPROBE`` cells) at any corpus size; the cell centroids are found through an HNSW
graph of them (a small one: a centroid per 128 vectors).  With a flat list of ~4 sqrt(n)
centroids instead, as faiss suggests for one-off indexes, every query compared itself with
all of them: a corpus scan, n queries, cost n^1.5 (measured on the 1M-article benchmark's
5.4M vectors: 358 us a query, against 165 us with these cells, at a recall of 0.97 of the
exact neighbours at cosine >= 0.7; ``BENCHMARKS.md``).

A key packs an article's store row and a sentence index: ``row << 12 | sentence``.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any

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

# --- the Spark engine's cells (engines/spark/semantic.py compares cell parts pairwise) ---
# k-means wants ~39 vectors a cell to place its cells (faiss warns below that).
_VECTORS_PER_CELL = 39
_MIN_TRAIN = 100_000


def cell_count(count: int) -> int:
    """How many cells the Spark engine makes of ``count`` vectors: ~4 sqrt(n)."""
    return min(16_384, max(64, int(4 * math.sqrt(count))))


def training_size(count: int) -> int:
    """How many of ``count`` vectors the Spark engine samples to place its cells."""
    return min(count, max(_MIN_TRAIN, _VECTORS_PER_CELL * cell_count(count)))


# --- this index's cells --------------------------------------------------------------------
VECTORS_PER_CELL = 128
_TRAIN_PER_CELL = 8  # sampled vectors a cell: enough to place cells that only split work
_TWO_LEVEL = 4_096  # from this many cells on, k-means in two levels (faiss.contrib)
_SQ_TRAIN = 100_000  # vectors that set the 8-bit quantiser's ranges
_EF_ADD, _EF_SEARCH = 16, 32  # HNSW beam when placing a vector (1 cell) / a query (NPROBE)
INDEX_KIND = f"ivf-hnsw-{VECTORS_PER_CELL}-sq8"  # in the cache's metadata


def ivf_cells(count: int) -> int:
    """How many cells an index of ``count`` vectors has: one per ``VECTORS_PER_CELL``."""
    return max(1, min(count // _TRAIN_PER_CELL, max(64, count // VECTORS_PER_CELL)))


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
            cells = ivf_cells(count)
            size = min(count, _TRAIN_PER_CELL * cells)
            sample = _floats(vectors[np.sort(np.random.default_rng(0).choice(count, size, False))])
            quantiser = faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)  # type: ignore[attr-defined]
            quantiser.hnsw.efConstruction = 40
            quantiser.add(_centroids(faiss, sample, cells))
            index = faiss.IndexIVFScalarQuantizer(  # type: ignore[attr-defined]
                quantiser,
                dim,
                cells,
                faiss.ScalarQuantizer.QT_8bit,  # type: ignore[attr-defined]
                faiss.METRIC_INNER_PRODUCT,  # type: ignore[attr-defined]
            )
            index.train(sample[:_SQ_TRAIN])  # the cells are placed: this sets the 8-bit ranges
            index.nprobe = NPROBE
        built = cls(index)
        built.add(keys, vectors)
        return built

    def add(self, keys: np.ndarray, vectors: np.ndarray) -> None:
        hnsw = _hnsw_of(self._index)
        if hnsw is not None:
            hnsw.efSearch = _EF_ADD  # a vector goes to one cell: a narrow beam finds it
        try:
            for start in range(0, len(keys), _CHUNK):
                chunk = slice(start, start + _CHUNK)
                self._index.add_with_ids(  # type: ignore[attr-defined]
                    _floats(vectors[chunk]), keys[chunk].astype(np.int64)
                )
        finally:
            if hnsw is not None:
                hnsw.efSearch = _EF_SEARCH

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


def _centroids(faiss: object, sample: np.ndarray, cells: int) -> np.ndarray:
    """``cells`` spherical k-means centroids of ``sample`` (unit float32 rows)."""
    args = {"spherical": True, "min_points_per_centroid": 1}
    if cells >= _TWO_LEVEL:
        # One level costs sample x cells; two levels of sqrt(cells) cost sample x sqrt(cells).
        from faiss.contrib.clustering import two_level_clustering

        centroids, _ = two_level_clustering(  # type: ignore[no-untyped-call]
            sample, int(math.sqrt(cells)), cells, **args
        )
    else:
        kmeans = faiss.Kmeans(sample.shape[1], cells, seed=1, **args)  # type: ignore[attr-defined]
        kmeans.train(sample)
        centroids = kmeans.centroids
    return _floats(np.asarray(centroids))


def _hnsw_of(index: object) -> Any:
    """The HNSW graph of an IVF index's centroids, if it has one."""
    faiss: object = _faiss()
    quantiser = getattr(index, "quantizer", None)
    if quantiser is None:
        return None
    quantiser = faiss.downcast_index(quantiser)  # type: ignore[attr-defined]
    return getattr(quantiser, "hnsw", None)


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
