"""Level 2 of the API: an index opened once and used for ``add``, ``trace``, ``scan``.

:func:`open_index` opens (or creates) the SQLite index of a corpus; the :class:`Index` it
returns schedules the library's stages over it with the local engine, as ``newstrace
index``, ``trace`` and ``scan`` do (the CLI and the service call it).  Use it as a context
manager, or call :meth:`Index.close`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType

from newstrace.config import DEFAULT_CONFIG, Config
from newstrace.engines.local import (
    IndexReport,
    Progress,
    Source,
    index_articles,
    index_corpus,
)
from newstrace.engines.local import (
    trace as trace_in,
)
from newstrace.engines.local_scan import Reporting, scan_pairs
from newstrace.engines.local_workers import default_jobs
from newstrace.model import Article, ReusePair
from newstrace.store import Store
from newstrace.store.pairs import PairQuery, list_pairs

__all__ = ["Index", "open_index", "scan", "trace"]

PathLike = str | Path


class Index:
    """An open index of articles (``open_index``): add to it, trace an article through it,
    scan it for every pair with reuse, list the pairs of the last scan.

    ``store`` is the open :class:`~newstrace.store.Store` (internal, may change)."""

    def __init__(self, store: Store, *, config: Config = DEFAULT_CONFIG) -> None:
        self.store = store
        self.config = config

    @property
    def path(self) -> Path:
        return self.store.path

    def __len__(self) -> int:
        return len(self.store)

    def __repr__(self) -> str:
        return f"<newstrace.Index {str(self.path)!r}>"

    def add(
        self,
        items: PathLike | Article | Iterable[PathLike | Article],
        *,
        jobs: int = 1,
        batch: int = 200,
        progress: Progress | None = None,
    ) -> IndexReport:
        """Index articles: paths of files and folders (read as ``newstrace index`` reads
        them: text, HTML, JSON Lines, WARC) and/or :class:`Article` records.  Resumable and
        incremental: articles and unchanged files already indexed are skipped.  What was
        added, known already, duplicated, skipped, and the bad records.  ``jobs``:
        processes that prepare the articles."""
        paths, articles = _split(items)
        report = IndexReport()
        if paths:
            report = index_corpus(
                self.store, paths, config=self.config, batch=batch, progress=progress, jobs=jobs
            )
        if articles:
            more = index_articles(
                self.store, articles, config=self.config, batch=batch, progress=progress, jobs=jobs
            )
            report.added += more.added
            report.known += more.known
            report.duplicates += more.duplicates
            report.bad_records += more.bad_records
        return report

    def trace(self, article: str | Article) -> list[Source]:
        """The indexed articles ``article`` (text, or an :class:`Article`) was likely
        written from, most likely first."""
        if isinstance(article, str):
            article = Article(article)
        return trace_in(self.store, article, config=self.config)

    def scan(self, *, jobs: int | None = None, resume: bool = False) -> Iterator[ReusePair]:
        """Every pair of indexed articles with reuse, in candidate order, once all are found.

        The pairs are saved in the index as they are found; when every candidate pair is
        compared, a copy between two copies of a third article becomes ``shared_source``
        (``analyse.common_source``), and the pairs, yielded then, become those
        :meth:`pairs` lists.  ``resume`` continues a scan of the
        same index and configuration that was stopped (killed, or not iterated to the end)
        after its last saved chunk.  ``jobs``: worker processes [default: all cores]."""
        jobs = default_jobs() if jobs is None else jobs
        return scan_pairs(
            self.store, config=self.config, jobs=jobs, resume=resume, reporting=Reporting()
        )

    def pairs(
        self,
        *,
        relation: str | Iterable[str] | None = None,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        credited: bool | None = None,
        article: str | None = None,
        source: str | None = None,
        copy: str | None = None,
    ) -> list[ReusePair]:
        """The pairs of the last complete scan, in the order it found them, filtered:
        ``relation`` (one or several of ``a_from_b``, ``b_from_a``, ``shared_source``),
        ``outlet`` (either article's, ignoring case), ``since``/``until`` (ISO dates of the
        reuse, inclusive), ``credited``, ``article`` (either side), ``source``, ``copy``.
        As in ``pairs.jsonl``, their coverages are rounded."""
        relations = (relation,) if isinstance(relation, str) else tuple(relation or ())
        query = PairQuery(outlet, since, until, relations, credited, article, source, copy)
        return list_pairs(self.store.db, query)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def _split(
    items: PathLike | Article | Iterable[PathLike | Article],
) -> tuple[list[PathLike], list[Article]]:
    if isinstance(items, str | Path | Article):
        items = [items]
    paths: list[PathLike] = []
    articles: list[Article] = []
    for item in items:
        if isinstance(item, Article):
            articles.append(item)
        else:
            paths.append(item)
    return paths, articles


def open_index(path: PathLike, *, config: Config | None = None, create: bool = True) -> Index:
    """Open the index at ``path``, creating it unless ``create`` is False
    (:class:`~newstrace.StoreError` then when there is none).  ``config``: the settings to
    index, trace and scan with [default: the defaults]; an index built with other feature
    settings raises :class:`~newstrace.StaleIndexError`."""
    config = DEFAULT_CONFIG if config is None else config
    return Index(Store(path, config=config.candidates, create=create), config=config)


def trace(article: str | Article, index: PathLike, *, config: Config | None = None) -> list[Source]:
    """:meth:`Index.trace` of ``article`` in the index at ``index`` (which must exist)."""
    with open_index(index, config=config, create=False) as opened:
        return opened.trace(article)


def scan(
    index: PathLike, *, jobs: int | None = None, resume: bool = False, config: Config | None = None
) -> Iterator[ReusePair]:
    """:meth:`Index.scan` of the index at ``index`` (which must exist); the index is closed
    when the iterator is exhausted or closed."""
    with open_index(index, config=config, create=False) as opened:
        yield from opened.scan(jobs=jobs, resume=resume)
