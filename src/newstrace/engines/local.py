"""The local engine: index a corpus into the SQLite store, trace one article, scan them all.

Every stage is a library function (``pipeline.prepare``, ``candidates.article_features``,
``pipeline.compare``); this module only schedules them and keeps the store consistent:
articles are committed in batches, so a killed ``index`` leaves every finished batch, and
indexing again skips the articles and files already stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from newstrace.candidates import Features, article_features
from newstrace.config import DEFAULT_CONFIG, Config
from newstrace.errors import InputError
from newstrace.ingest.corpus import CorpusRecord, SkippedRecord, iter_corpus, list_sources
from newstrace.model import Article, Comparison
from newstrace.pipeline import compare, compare_documents, prepare
from newstrace.store import Store

Progress = Callable[[int], None]


@dataclass(slots=True)
class IndexReport:
    """What an ``index`` run did."""

    added: int = 0
    known: int = 0
    duplicates: int = 0
    skipped_sources: int = 0
    bad_records: list[SkippedRecord] = field(default_factory=list)


def _prepared(
    records: Iterable[CorpusRecord], config: Config, report: IndexReport
) -> Iterator[tuple[Article, Features, str, str]]:
    for record in records:
        try:
            document = prepare(record.article)
        except InputError as error:
            report.bad_records.append(SkippedRecord(record.source, record.locator, str(error)))
            continue
        yield (
            record.article,
            article_features(document, config=config.candidates),
            record.source,
            record.locator,
        )


def index_corpus(
    store: Store,
    paths: Iterable[str | Path],
    *,
    config: Config = DEFAULT_CONFIG,
    batch: int = 200,
    progress: Progress | None = None,
) -> IndexReport:
    """Add the articles of ``paths`` (files and folders) to ``store``; resumable."""
    report = IndexReport()
    for source in list_sources(paths):
        if store.source_done(source):
            report.skipped_sources += 1
            continue
        records = iter_corpus([source], on_skip=report.bad_records.append)
        prepared = _prepared(_fresh(records, store, report), config, report)
        count = 0
        while chunk := list(islice(prepared, batch)):
            result = store.add(chunk)
            report.added += result.added
            report.known += result.known_ids
            report.duplicates += result.duplicates
            count += len(chunk)
            if progress:
                progress(len(chunk))
        store.mark_source(source, count)
    return report


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

    Candidates come from shared features; each is aligned with the full compare pipeline and
    ranked by relation (``a_from_b`` first), then confidence and coverage.
    """
    document = prepare(article)
    features = article_features(document, config=config.candidates)
    found = []
    for candidate_id, score in store.candidates(
        features, config=config.candidates, exclude=article.id
    ):
        candidate = store.article(candidate_id)
        if candidate is None or candidate.text == article.text:
            continue
        comparison = compare_documents(document, prepare(candidate), config=config)
        if comparison.verdict.relation != "unrelated":
            found.append(Source(candidate, comparison, score))
    found.sort(
        key=lambda s: (
            _RANK[s.comparison.verdict.relation],
            -s.comparison.verdict.confidence,
            -s.comparison.coverage.a,
        )
    )
    return found


def scan(
    store: Store, *, config: Config = DEFAULT_CONFIG, progress: Progress | None = None
) -> Iterator[Comparison]:
    """Every pair of indexed articles with reuse (relation other than ``unrelated``)."""
    for a_id, b_id, _score in store.candidate_pairs(config=config.candidates):
        a, b = store.article(a_id), store.article(b_id)
        if progress:
            progress(1)
        if a is None or b is None:
            continue
        comparison = compare(a, b, config=config)
        if comparison.verdict.relation != "unrelated":
            yield comparison
