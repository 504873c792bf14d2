"""The local engine's ``scan``: the pairs of an index with reuse, saved in the index as they
are found (a checkpoint ``--resume`` continues, ``store/scan_progress.py``), published for
``GET /pairs`` and written as provenance files by :class:`LocalEngine`, behind
:class:`~newstrace.engines.base.Engine`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from newstrace.analyse.common_source import common_sources
from newstrace.config import DEFAULT_CONFIG, Config
from newstrace.engines.local import Progress, candidate_pairs
from newstrace.engines.local_workers import Workers, align_chunks, encode_articles
from newstrace.model import ReusePair
from newstrace.report.provenance import pair_spans, reuse_pair, write_pair_files
from newstrace.store import Store
from newstrace.store.scan_progress import (
    publish,
    revise,
    save_chunk,
    scan_key,
    scanned_pairs,
    scanned_spans,
    start_scan,
)

__all__ = ["LocalEngine", "ScanProgress", "scan_pairs"]


@contextmanager
def _unreported(total: int) -> Iterator[Progress | None]:
    yield None


@dataclass(slots=True)
class ScanProgress:
    """What a scan has done: its candidate pairs, those a resumed scan found done already,
    and whether it ran to the end (and published its pairs)."""

    candidates: int = 0
    resumed: int = 0
    complete: bool = False


@dataclass(frozen=True, slots=True)
class Reporting:
    """The caller's progress display (none by default): ``listing`` wraps the listing of
    the candidate pairs, ``encoding(n)`` the encoding of their n articles and
    ``aligning(n)`` the alignment of the n pairs, giving the callback that counts articles
    or pairs done."""

    listing: Callable[[], AbstractContextManager[object]] = nullcontext
    encoding: Callable[[int], AbstractContextManager[Progress | None]] = _unreported
    aligning: Callable[[int], AbstractContextManager[Progress | None]] = _unreported


def scan_pairs(
    store: Store,
    *,
    config: Config = DEFAULT_CONFIG,
    jobs: int = 1,
    resume: bool = False,
    reporting: Reporting = Reporting(),
    progress: ScanProgress | None = None,
) -> Iterator[ReusePair]:
    """Every pair of indexed articles with reuse, in the order of the candidate pairs,
    yielded once the scan is complete.

    The pairs are saved in the index chunk by chunk as they are found; run to the end, the
    rule of common sources (``analyse.common_source``) is applied to them all (it needs
    every pair: a copy between two copies of a third article becomes ``shared_source``),
    and they become the index's pairs (``GET /pairs``).  With ``resume``, a scan of the same
    candidate pairs and configuration that was stopped continues after its last saved
    chunk (its earlier pairs are read back, not aligned again); without, it starts afresh.
    The articles are encoded first, each once, their vectors kept in the index (a resumed
    scan reads them back).  ``jobs``: worker processes; the pairs are the same with any."""
    progress = ScanProgress() if progress is None else progress
    with reporting.listing():
        pairs = candidate_pairs(store, config=config.candidates)
    key = scan_key(config.fingerprint(), pairs)
    done = start_scan(store.db, key, len(pairs), resume=resume)
    progress.candidates, progress.resumed = len(pairs), done
    # Every article, as an uninterrupted scan encodes them: the same texts in the same
    # batches, so the vectors (and the pairs) are the same; those kept are not encoded again.
    articles = list(dict.fromkeys(article for a, b, _ in pairs for article in (a, b)))
    with Workers(store, config, jobs) as workers:
        with reporting.encoding(len(articles)) as encoded:
            encode_articles(store, articles, config=config, progress=encoded, workers=workers)
        with reporting.aligning(len(pairs)) as aligned:
            if aligned and done:
                aligned(done)
            rest = pairs[done:]
            chunks = align_chunks(store, rest, config=config, progress=aligned, workers=workers)
            for chunk, found in chunks:
                kept = [
                    (done + offset, reuse_pair(c, config), pair_spans(c))
                    for offset, c in enumerate(found)
                    if c is not None
                ]
                done += len(chunk)
                save_chunk(store.db, key, kept, done)
    # Read back from the index, as a resumed scan has them: the same pairs either way.  The
    # rule changes nothing it has changed already, so a scan killed after ``revise`` and
    # resumed gives the same pairs.
    saved = scanned_pairs(store.db)
    revise(store.db, saved, common_sources(saved, scanned_spans(store.db)))
    yield from publish(store.db)
    progress.complete = True


@dataclass(frozen=True, slots=True)
class LocalEngine:
    """``scan`` of an open index in ``jobs`` processes, resuming a stopped scan of the same
    candidate pairs when ``resume``; ``reporting`` is the caller's progress display."""

    store: Store
    config: Config = DEFAULT_CONFIG
    reporting: Reporting = field(default_factory=Reporting)
    jobs: int = 1
    resume: bool = False

    def scan(self, output: str) -> list[str]:
        directory = Path(output)
        # Made before the work, so that a folder that cannot be made fails in a second, not
        # after an hour of aligning (the error is the same one line either way).
        directory.mkdir(parents=True, exist_ok=True)
        progress = ScanProgress()
        for _pair in scan_pairs(
            self.store,
            config=self.config,
            jobs=self.jobs,
            resume=self.resume,
            reporting=self.reporting,
            progress=progress,
        ):
            pass
        # The files come from the pairs stored, as a resumed scan has them: the same bytes
        # whether or not the scan was stopped on the way.
        found = scanned_pairs(self.store.db)
        counts = write_pair_files(found, directory, self.config.fingerprint()).counts()
        relations: dict[str, int] = {}
        for pair in found:
            relations[pair.relation] = relations.get(pair.relation, 0) + 1
        resumed = f" (resumed after {progress.resumed})" if progress.resumed else ""
        return [
            f"{progress.candidates} candidate pairs aligned{resumed}; {counts['pairs']} with "
            f"reuse ({', '.join(f'{k} {v}' for k, v in sorted(relations.items()))}); "
            f"{counts['edges']} provenance edges, {counts['clusters']} clusters -> {directory}/"
        ]
