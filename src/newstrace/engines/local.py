"""The local engine: index a corpus into the SQLite store, trace one article, scan them all.

Every stage is a library function (``pipeline.prepare``, ``candidates.article_features``,
``pipeline.compare``); this module only schedules them and keeps the store consistent:
articles are committed in batches, so a killed ``index`` leaves every finished batch, and
indexing again skips the articles and files already stored.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import islice
from pathlib import Path

import numpy as np

from newstrace.candidates import Features, article_features
from newstrace.candidates.neighbours import (
    keys_of,
    near_hits,
    semantic_pairs,
    split_key,
)
from newstrace.candidates.semantic import is_candidate
from newstrace.config import DEFAULT_CONFIG, CandidateConfig, Config
from newstrace.embed.encoder import get_encoder
from newstrace.engines.local_workers import (
    Workers,
    align_pairs,
    common_ngrams,
    encode_articles,
    featurise,
    wording,
)
from newstrace.ingest.corpus import CorpusRecord, SkippedRecord, iter_corpus, list_sources
from newstrace.model import Article, Comparison
from newstrace.pipeline import compare_documents, prepare
from newstrace.store import Store
from newstrace.store.sqlite import same_outlet
from newstrace.store.unit_vectors import UnitVectors
from newstrace.store.vectors import neighbour_index

Progress = Callable[[int], None]
# The traced article is not in the store: its sentences get keys of a row no article has.
_QUERY_ROW = 0


@dataclass(slots=True)
class IndexReport:
    """What an ``index`` run did."""

    added: int = 0
    known: int = 0
    duplicates: int = 0
    skipped_sources: int = 0
    bad_records: list[SkippedRecord] = field(default_factory=list)


def _prepared(
    records: Iterable[CorpusRecord], config: Config, report: IndexReport, jobs: int
) -> Iterator[tuple[Article, Features, str, str]]:
    for record, features in featurise(records, config=config, jobs=jobs):
        if isinstance(features, str):
            report.bad_records.append(SkippedRecord(record.source, record.locator, features))
            continue
        yield record.article, features, record.source, record.locator


def index_corpus(
    store: Store,
    paths: Iterable[str | Path],
    *,
    config: Config = DEFAULT_CONFIG,
    batch: int = 200,
    progress: Progress | None = None,
    jobs: int = 1,
) -> IndexReport:
    """Add the articles of ``paths`` (files and folders) to ``store``; resumable.
    ``jobs``: processes that normalise, segment and featurise (this one writes)."""
    report = IndexReport()
    with store.filling():
        for source in list_sources(paths):
            if store.source_done(source):
                report.skipped_sources += 1
                continue
            records = iter_corpus([source], on_skip=report.bad_records.append)
            prepared = _prepared(_fresh(records, store, report), config, report, jobs)
            # The file's articles: those stored before (a resumed run skips them) and now.
            before = report.added + report.known + report.duplicates
            _store_batches(store, prepared, report, batch, progress)
            store.mark_source(source, report.added + report.known + report.duplicates - before)
    return report


def index_articles(
    store: Store,
    articles: Iterable[Article],
    *,
    config: Config = DEFAULT_CONFIG,
    batch: int = 200,
    progress: Progress | None = None,
    jobs: int = 1,
) -> IndexReport:
    """Add ``articles`` (records, not files) to ``store`` as :func:`index_corpus` adds a
    file's; an article without an id is given ``py-`` and the start of its text's SHA-256.
    Its source in the index is ``python``, its locator its place in ``articles``."""
    report = IndexReport()
    records = (
        CorpusRecord(_with_id(article), "python", f"article {number}")
        for number, article in enumerate(articles, 1)
    )
    prepared = _prepared(_fresh(records, store, report), config, report, jobs)
    with store.filling():
        _store_batches(store, prepared, report, batch, progress)
    return report


def _with_id(article: Article) -> Article:
    if article.id is not None:
        return article
    digest = hashlib.sha256(article.text.encode("utf-8")).hexdigest()[:16]
    return replace(article, id=f"py-{digest}")


def _store_batches(
    store: Store,
    prepared: Iterator[tuple[Article, Features, str, str]],
    report: IndexReport,
    batch: int,
    progress: Progress | None,
) -> None:
    """Store ``prepared`` articles ``batch`` at a time, one transaction each."""
    while chunk := list(islice(prepared, batch)):
        result = store.add(chunk)
        report.added += result.added
        report.known += result.known_ids
        report.duplicates += result.duplicates
        if progress:
            progress(len(chunk))


def _fresh(
    records: Iterable[CorpusRecord], store: Store, report: IndexReport
) -> Iterator[CorpusRecord]:
    """The records whose ids are not in the store yet (a resumed run skips the rest fast)."""
    for record in records:
        if record.article.id is not None and store.has(record.article.id):
            report.known += 1
            continue
        yield record


@dataclass(frozen=True, slots=True)
class Source:
    """A likely source of a traced article: the comparison and the candidate score."""

    article: Article
    comparison: Comparison
    candidate_score: float


_RANK = {"a_from_b": 0, "shared_source": 1, "b_from_a": 2, "unrelated": 3}


def trace(store: Store, article: Article, *, config: Config = DEFAULT_CONFIG) -> list[Source]:
    """The indexed articles ``article`` was likely written from, most likely first.

    Candidates come from shared features and from sentences that are near neighbours in
    embedding space; each is aligned with the full compare pipeline and ranked by how much
    of the traced article's own writing it accounts for (:func:`written_from`), then by
    relation (``a_from_b`` first).  Not by the verdict's confidence: a candidate that
    shares more but whose direction is less clear must not sink below weaker ones.
    """
    document = prepare(article, config)
    features = article_features(document, config=config.candidates)
    candidates = dict(store.candidates(features, config=config.candidates, exclude=article.id))
    for candidate_id in _semantic_candidates(store, features, config.candidates):
        if candidate_id != article.id:
            candidates.setdefault(candidate_id, 0.0)
    found = []
    # The traced article is not in the index (or is, when traced by id): it counts itself.
    indexed = store.has(article.id or "")

    # The article's own common wording, with its outlet's boilerplate (for a candidate of
    # the same outlet) or without it (any other): each looked up once, and only if needed.
    @cache
    def mine(same: bool) -> frozenset[int]:
        return common_ngrams(store, document, config, indexed=indexed, boilerplate=same)

    # Candidates a scan (or an earlier trace) encoded are read back, not encoded again.
    with get_encoder().backed_by(UnitVectors(store, writable=False)):
        for candidate_id, score in candidates.items():
            candidate = store.article(candidate_id)
            if candidate is None or candidate.text == article.text:
                continue
            candidate_document = prepare(candidate, config)
            same = same_outlet(article.outlet, candidate.outlet)
            common = mine(same) | common_ngrams(store, candidate_document, config, boilerplate=same)
            comparison = compare_documents(
                document, candidate_document, config=config, common=wording(common, config)
            )
            if comparison.verdict.relation != "unrelated":
                found.append(Source(candidate, comparison, score))
    found.sort(key=lambda s: written_from(s.comparison))
    return found


def written_from(comparison: Comparison) -> tuple[float, int, float]:
    """The sort key of a source: the share of A's own sentences (those not mostly
    quotation) traced to B, in tenths so that the relation decides between near-equal
    candidates, then the relation, then the share of A's text outside quotations traced."""
    side = comparison.evidence.a
    return (-round(side.own_share, 1), _RANK[comparison.verdict.relation], -side.outside_quotes)


def _semantic_candidates(store: Store, features: Features, config: CandidateConfig) -> list[str]:
    """Indexed articles with several sentences near those of the query (paraphrases)."""
    vectors = features.vectors
    if vectors is None or not len(vectors):
        return []
    mine = keys_of(_QUERY_ROW, np.asarray(vectors.indices))
    found, cosines = neighbour_index(store).search(vectors.vectors, config.semantic_neighbours)
    usable = near_hits(mine, found, cosines, config)
    by_article: dict[int, list[tuple[int, int, float]]] = {}
    for position, column in zip(*np.nonzero(usable), strict=True):
        row, theirs = split_key(int(found[position, column]))
        hit = (vectors.indices[position], theirs, float(cosines[position, column]))
        by_article.setdefault(row, []).append(hit)
    sources = []
    for row, hits in sorted(by_article.items()):
        if is_candidate(hits, config) and (article_id := store.id_of(row)) is not None:
            sources.append(article_id)
    return sources


def paraphrase_pairs(store: Store, *, config: CandidateConfig) -> list[tuple[int, int]]:
    """Store row pairs ``(a, b)``, ``a < b``, with enough near-neighbour sentences
    (``semantic.is_candidate``); the index comes from ``DB.ann`` when ``index`` saved it."""
    keys, vectors = store.sentence_vectors()  # read once: indexed (if need be) and searched
    return semantic_pairs(neighbour_index(store, stored=(keys, vectors)), keys, vectors, config)


def candidate_pairs(
    store: Store,
    *,
    config: CandidateConfig,
    lexical: list[tuple[str, str, float]] | None = None,
    paraphrases: list[tuple[int, int]] | None = None,
) -> list[tuple[str, str, float]]:
    """The pairs ``scan`` aligns: pairs sharing wording (scored by shared features, best
    first), then pairs found only by near-neighbour sentences (score 0); ``a`` is the one
    indexed first.  ``lexical`` and ``paraphrases`` are the two layers when already found
    (``store.candidate_pairs``, ``paraphrase_pairs``)."""
    pairs = store.candidate_pairs(config=config) if lexical is None else list(lexical)
    seen = {(a, b) for a, b, _ in pairs}
    if paraphrases is None:
        paraphrases = paraphrase_pairs(store, config=config)
    for row_a, row_b in paraphrases:
        a_id, b_id = store.id_of(row_a), store.id_of(row_b)
        if a_id is not None and b_id is not None and (a_id, b_id) not in seen:
            pairs.append((a_id, b_id, 0.0))
    return pairs


def scan(
    store: Store,
    *,
    config: Config = DEFAULT_CONFIG,
    progress: Progress | None = None,
    pairs: list[tuple[str, str, float]] | None = None,
    jobs: int = 1,
    encoding: Progress | None = None,
) -> Iterator[Comparison]:
    """Every pair of indexed articles with reuse (relation other than ``unrelated``), in the
    order of the candidate pairs; ``pairs`` are those when already listed
    (``candidate_pairs``).  The articles of the pairs are encoded first, each once, and the
    vectors kept in the index (``encoding`` counts articles); then the pairs are aligned
    (``progress`` counts pairs).  ``jobs``: worker processes; the pairs are the same with any
    number."""
    if pairs is None:
        pairs = candidate_pairs(store, config=config.candidates)
    ids = [article_id for a_id, b_id, _ in pairs for article_id in (a_id, b_id)]
    with Workers(store, config, jobs) as workers:
        encode_articles(store, ids, config=config, progress=encoding, workers=workers)
        yield from align_pairs(store, pairs, config=config, progress=progress, workers=workers)
