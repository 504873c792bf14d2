"""The nearest-neighbour index of an index's sentence vectors, cached beside the database.

The vectors themselves live in SQLite (committed with their article, so a killed ``index``
never leaves vectors without an article or the reverse); the faiss index is derived data.
It is saved as ``DB.ann`` with ``DB.ann.json`` saying which database and which articles it
covers, so ``trace`` loads it and adds only the articles indexed since, and a stale or
damaged cache is rebuilt, never trusted.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

from newstrace.candidates.neighbours import INDEX_KIND, NeighbourIndex, article_of
from newstrace.store.sqlite import Store

# Re-save the cache when this share of its vectors was added after loading it.
_RESAVE_SHARE = 0.1
# Rebuild instead of adding when the cache holds under this share of the vectors: its
# cells were placed (or the exact index chosen) for a much smaller corpus.
_REBUILD_SHARE = 0.5

# The index last loaded for a database, while it covers every article: a process that
# traces article after article (a server worker, a script) loads the ~1 GB file once.
_loaded: dict[str, tuple[tuple[int, ...], int, NeighbourIndex]] = {}


def _paths(store: Store) -> tuple[Path, Path]:
    index = store.path.with_name(store.path.name + ".ann")
    return index, index.with_name(index.name + ".json")


def neighbour_index(
    store: Store, *, cache: bool = True, stored: tuple[np.ndarray, np.ndarray] | None = None
) -> NeighbourIndex:
    """An index of every stored sentence vector, from the cache when it is still valid.

    ``stored``: every stored vector (``store.sentence_vectors()``) when the caller has read
    them already; the index then covers those, and nothing is read twice."""
    index_path, meta_path = _paths(store)
    memo_key = str(store.path.resolve())
    memo = _loaded.get(memo_key)
    if cache and stored is None and memo is not None:
        stamp, memo_top, memo_index = memo
        if stamp == _stamp(index_path, meta_path) and memo_top == store.max_row():
            return memo_index
    wanted = {"store": store.identity(), "vectors": store.vector_settings(), "kind": INDEX_KIND}
    covered = 0
    index: NeighbourIndex | None = None
    if cache and index_path.exists() and meta_path.exists():
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            if {k: meta.get(k) for k in wanted} == wanted:
                index = NeighbourIndex.load(index_path)
                covered = int(meta["max_row"])
        except (OSError, ValueError, KeyError, RuntimeError):
            index, covered = None, 0  # damaged: rebuilt below
    if index is not None:  # counting the stored vectors is a full scan: only to judge a cache
        total = store.sentence_vector_count() if stored is None else len(stored[0])
        if len(index) < _REBUILD_SHARE * total:
            index, covered = None, 0
    if stored is None:
        top = store.max_row()  # an indexer may add articles meanwhile: cover only up to here
        keys, vectors = store.sentence_vectors(after_row=covered, upto_row=top)
    else:
        rows = article_of(stored[0])
        top = int(rows[-1]) if len(rows) else covered
        start = int(np.searchsorted(rows, covered, side="right"))  # rows ascend
        keys, vectors = stored[0][start:], stored[1][start:]
    if index is None:
        index = NeighbourIndex.build(keys, vectors)
        added_share = 1.0
    else:
        index.add(keys, vectors)
        added_share = len(keys) / max(1, len(index))
    if cache and added_share >= _RESAVE_SHARE and len(index):
        try:
            index.save(index_path)
            temporary = meta_path.with_name(f"{meta_path.name}.{os.getpid()}.tmp")
            temporary.write_text(json.dumps({**wanted, "max_row": top}), encoding="utf-8")
            os.replace(temporary, meta_path)
        except OSError:
            pass  # a read-only folder: the index still works, only uncached
    if cache and stored is None and index_path.exists():
        _loaded.clear()  # one database's index at a time: they are big
        _loaded[memo_key] = (_stamp(index_path, meta_path), top, index)
    return index


def _stamp(*paths: Path) -> tuple[int, ...]:
    """When the files were written and how long they are: a rewritten cache differs."""
    stamp: list[int] = []
    for path in paths:
        try:
            status = path.stat()
        except OSError:
            stamp += (-1, -1)
            continue
        stamp += (status.st_mtime_ns, status.st_size)
    return tuple(stamp)
