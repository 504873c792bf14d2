"""The local engine's two kinds of work, in this process or in worker processes (``--jobs``).

``scan`` first encodes every article of its candidate pairs that the index has no vectors
of yet (:func:`encode_articles`: each article's sentences and clauses once, kept in the
index by ``store.unit_vectors``), then aligns the pairs (:func:`align_pairs`), reading the
vectors back.  Both spread their work over ``jobs`` processes that each open the index
themselves; results come back in the order of the work, so a scan gives the same pairs
with any number of jobs.  Processes, not threads: aligning is pure Python (the encoder
alone runs a batch per core, ``onnx_encoder.py``; in a worker, one).  They are forked where
the system can (``spawn`` elsewhere): a spawned child re-runs the caller's script, which
hangs the pool when the script has no ``if __name__ == "__main__"`` guard.  A forked child opens
its own connection to the index and loads its own encoders (``_fresh_process``), since the
parent's connection and thread pools do not survive a fork.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import nullcontext
from functools import lru_cache, partial
from itertools import islice
from typing import Any, TypeVar

import numpy as np

from newstrace.align.units import sentence_units
from newstrace.analyse.stock import CommonWording
from newstrace.candidates import Features, article_features
from newstrace.candidates.features import shingle_hashes
from newstrace.config import Config
from newstrace.embed.encoder import get_encoder, get_torch_encoder, limit_threads
from newstrace.embed.static_encoder import get_static_encoder
from newstrace.errors import InputError
from newstrace.ingest.records import CorpusRecord
from newstrace.model import Article, Comparison
from newstrace.pipeline import compare_documents, prepare
from newstrace.segment.document import Document
from newstrace.store import Store
from newstrace.store.sqlite import same_outlet
from newstrace.store.unit_vectors import UnitVectors

__all__ = [
    "align_chunks",
    "align_pairs",
    "common_ngrams",
    "default_jobs",
    "encode_articles",
    "featurise",
]

Progress = Callable[[int], None]
Pair = tuple[str, str, float]
_T = TypeVar("_T")
_R = TypeVar("_R")
_ENCODE_CHUNK = 8  # articles a task: a few seconds of encoding
_ALIGN_CHUNK = 16  # pairs a task
_FEATURE_CHUNK = 32  # records a task


def default_jobs() -> int:
    """All the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def common_ngrams(
    store: Store,
    document: Document,
    config: Config,
    *,
    indexed: bool = True,
    boilerplate: bool = True,
) -> frozenset[int]:
    """The kept n-grams of an article that the index finds in ``common_df`` articles or in
    ``boilerplate_df`` of its outlet's (``VerdictConfig``): common wording, which is no
    evidence of a shared text (``analyse.stock``).  An article not in the index (``indexed``
    False) counts itself.  ``boilerplate`` False: the first kind alone, for a pair of two
    outlets' articles (``store.sqlite.same_outlet``)."""
    itself = 0 if indexed else 1
    return store.common_shingles(
        shingle_hashes(document, config.candidates),
        outlet=document.article.outlet if boilerplate else None,
        min_df=config.verdict.common_df - itself,
        min_outlet_df=config.verdict.boilerplate_df - itself,
    )


def wording(ngrams: frozenset[int], config: Config) -> CommonWording:
    return CommonWording(ngrams, shingle_words=config.candidates.shingle_words)


class _Worker:
    """What one process needs: the open index, the configuration, its caches."""

    def __init__(self, store: Store, config: Config) -> None:
        self.store = store
        self.config = config
        self.kept = UnitVectors(store, writable=False)
        # An article is in several pairs: normalised and segmented once while it is in
        # use, and its common n-grams looked up once.
        self.prepared = lru_cache(maxsize=1_024)(partial(prepare, config=config))
        self.common = lru_cache(maxsize=1_024)(self._common)

    def _common(self, article: Article, boilerplate: bool) -> frozenset[int]:
        return common_ngrams(
            self.store, self.prepared(article), self.config, boilerplate=boilerplate
        )

    def encode(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """The vectors of the articles' units that the index lacks (from memory, or
        encoded now), for the one writer to keep."""
        texts: dict[str, None] = {}
        for article_id in ids:
            article = self.store.article(article_id)
            if article is None:
                continue
            try:
                document = self.prepared(article)
            except InputError:
                continue  # aligning skips it too
            texts.update(dict.fromkeys(u.text for u in sentence_units(document)))
        kept = self.kept.kept(list(texts))
        needed = [text for text in texts if text not in kept]
        return dict(zip(needed, get_encoder().encode(needed), strict=True))

    def align(self, pairs: Sequence[Pair]) -> list[Comparison | None]:
        """The comparison of each pair with reuse, None for the others."""
        found: list[Comparison | None] = []
        with get_encoder().backed_by(self.kept):
            for a_id, b_id, _score in pairs:
                a, b = self.store.article(a_id), self.store.article(b_id)
                if a is None or b is None:
                    found.append(None)
                    continue
                mine = same_outlet(a.outlet, b.outlet)
                common = wording(self.common(a, mine) | self.common(b, mine), self.config)
                comparison = compare_documents(
                    self.prepared(a), self.prepared(b), config=self.config, common=common
                )
                found.append(comparison if comparison.verdict.relation != "unrelated" else None)
        return found


_worker: _Worker | None = None  # the worker process's own (set by _start)


def _start(path: str, config: Config) -> None:
    global _worker
    _fresh_process()
    _worker = _Worker(Store(path, config=config.candidates, create=False), config)


def _encode_task(ids: Sequence[str]) -> dict[str, np.ndarray]:
    assert _worker is not None
    return _worker.encode(ids)


def _align_task(pairs: Sequence[Pair]) -> list[Comparison | None]:
    assert _worker is not None
    return _worker.align(pairs)


def _chunks(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _pool(jobs: int, initializer: Callable[..., None], initargs: tuple[object, ...]) -> Any:
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    # Else Hugging Face's tokenizers warns in every child that it turns parallelism off.
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    return context.Pool(jobs, initializer=initializer, initargs=initargs)


_inherited: list[object] = []  # a forked worker's copies of the parent's encoders


def _fresh_process() -> None:
    """In a new worker: one thread a process, encoders of its own (not the parent's).

    The parent's encoders are kept, never freed: freeing an ONNX Runtime session whose
    threads did not survive the fork waits for them forever."""
    for loader in (get_encoder, get_torch_encoder, get_static_encoder):
        if loader.cache_info().currsize:
            _inherited.append(loader())
        loader.cache_clear()
    limit_threads(1)


class Workers:
    """Where one scan's work runs: in this process (one job, or a single chunk of work) or
    in a pool of ``jobs`` processes, both made on first use and kept for every step, so
    the articles prepared to be encoded are still prepared when their pairs are aligned."""

    def __init__(self, store: Store, config: Config, jobs: int = 1) -> None:
        self.store, self.config, self.jobs = store, config, jobs
        self._local: _Worker | None = None
        self._pool: Any = None

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.terminate() if any(exc) else self._pool.close()
            self._pool.join()
            self._pool = None

    def run(
        self,
        task: Callable[[list[_T]], _R],
        local: Callable[[_Worker, list[_T]], _R],
        chunks: list[list[_T]],
    ) -> Iterator[tuple[list[_T], _R]]:
        """Each chunk with its result, in order."""
        if self.jobs <= 1 or len(chunks) <= 1:
            if self._local is None:
                self._local = _Worker(self.store, self.config)
            for chunk in chunks:
                yield chunk, local(self._local, chunk)
            return
        if self._pool is None:
            self._pool = _pool(self.jobs, _start, (str(self.store.path), self.config))
        yield from zip(chunks, self._pool.imap(task, chunks), strict=True)


_featuring: Config | None = None  # the configuration of an index worker (_start_featuring)


def _start_featuring(config: Config) -> None:
    global _featuring
    _fresh_process()
    _featuring = config


def _features(records: list[CorpusRecord], config: Config) -> list[Features | str]:
    found: list[Features | str] = []
    for record in records:
        try:
            found.append(
                article_features(prepare(record.article, config), config=config.candidates)
            )
        except InputError as error:
            found.append(str(error))
    return found


def _features_task(records: list[CorpusRecord]) -> list[Features | str]:
    assert _featuring is not None
    return _features(records, _featuring)


def featurise(
    records: Iterable[CorpusRecord], *, config: Config, jobs: int = 1
) -> Iterator[tuple[CorpusRecord, Features | str]]:
    """Each record with its candidate features, or the reason it cannot be indexed, in the
    order of ``records``; read a few chunks ahead of the workers, never the whole corpus."""
    chunks = _chunks(records, _FEATURE_CHUNK)
    if jobs <= 1:
        for chunk in chunks:
            yield from zip(chunk, _features(chunk, config), strict=True)
        return
    with _pool(jobs, _start_featuring, (config,)) as pool:
        while window := list(islice(chunks, 4 * jobs)):
            for chunk, found in zip(window, pool.map(_features_task, window), strict=True):
                yield from zip(chunk, found, strict=True)


def encode_articles(
    store: Store,
    ids: Iterable[str],
    *,
    config: Config,
    jobs: int = 1,
    progress: Progress | None = None,
    workers: Workers | None = None,
) -> int:
    """Encode every sentence and clause of the articles ``ids`` that the index has no vector
    of, and keep the vectors in the index; the count of units newly kept (the same with
    any ``jobs``).  Each article's vectors are saved as its chunk finishes, so a killed run
    keeps them.  ``workers``: those of the scan, kept for its aligning (else made for this
    step)."""
    kept = UnitVectors(store)
    encoded = 0
    chunks = list(_chunks(dict.fromkeys(ids), _ENCODE_CHUNK))
    with Workers(store, config, jobs) if workers is None else nullcontext(workers) as run:
        for chunk, fresh in run.run(_encode_task, _Worker.encode, chunks):
            # What is new to the index, not len(fresh): workers running at once may
            # encode a unit that two chunks share, and a count of runs varies with timing.
            encoded += kept.add(fresh)
            if progress:
                progress(len(chunk))
    return encoded


def align_chunks(
    store: Store,
    pairs: list[Pair],
    *,
    config: Config,
    jobs: int = 1,
    progress: Progress | None = None,
    workers: Workers | None = None,
) -> Iterator[tuple[list[Pair], list[Comparison | None]]]:
    """``pairs`` in chunks, in order, each with the comparison of each of its pairs (None
    for a pair without reuse): the unit a scan commits (``store.scan_progress``).
    ``workers``: those that encoded the pairs' articles (else made for this step)."""
    chunks = list(_chunks(pairs, _ALIGN_CHUNK))
    with Workers(store, config, jobs) if workers is None else nullcontext(workers) as run:
        for chunk, found in run.run(_align_task, _Worker.align, chunks):
            if progress:
                progress(len(chunk))
            yield chunk, found


def align_pairs(
    store: Store,
    pairs: list[Pair],
    *,
    config: Config,
    jobs: int = 1,
    progress: Progress | None = None,
    workers: Workers | None = None,
) -> Iterator[Comparison]:
    """The comparisons of ``pairs`` with reuse, in the order of ``pairs``."""
    aligned = align_chunks(
        store, pairs, config=config, jobs=jobs, progress=progress, workers=workers
    )
    for _chunk, found in aligned:
        yield from (c for c in found if c is not None)
