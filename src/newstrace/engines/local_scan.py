"""The local engine's ``scan`` behind :class:`~newstrace.engines.base.Engine`: the pairs of
an index with reuse, kept in the index (``GET /pairs``) and written as provenance files."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path

from newstrace.config import DEFAULT_CONFIG, Config
from newstrace.engines.local import Progress, candidate_pairs
from newstrace.engines.local_workers import align_pairs, encode_articles
from newstrace.report.provenance import reuse_pair, write_provenance
from newstrace.store import Store
from newstrace.store.pairs import save_pairs

__all__ = ["LocalEngine"]


@contextmanager
def _unreported(total: int) -> Iterator[Progress | None]:
    yield None


@dataclass(frozen=True, slots=True)
class LocalEngine:
    """``scan`` of an open index in ``jobs`` processes.  ``listing`` wraps the listing of the
    candidate pairs, ``encoding(n)`` the encoding of their n articles and ``aligning(n)``
    the alignment of the n pairs, giving the callback that counts articles or pairs done:
    the caller's progress display (none by default)."""

    store: Store
    config: Config = DEFAULT_CONFIG
    listing: Callable[[], AbstractContextManager[object]] = nullcontext
    encoding: Callable[[int], AbstractContextManager[Progress | None]] = _unreported
    aligning: Callable[[int], AbstractContextManager[Progress | None]] = _unreported
    jobs: int = 1

    def scan(self, output: str) -> list[str]:
        directory = Path(output)
        # Made before the work, so that a folder that cannot be made fails in a second, not
        # after an hour of aligning (the error is the same one line either way).
        directory.mkdir(parents=True, exist_ok=True)
        with self.listing():
            pairs = candidate_pairs(self.store, config=self.config.candidates)
        articles = list(dict.fromkeys(article for a, b, _ in pairs for article in (a, b)))
        with self.encoding(len(articles)) as encoded:
            encode_articles(
                self.store, articles, config=self.config, jobs=self.jobs, progress=encoded
            )
        with self.aligning(len(pairs)) as aligned:
            found = list(
                align_pairs(self.store, pairs, config=self.config, jobs=self.jobs, progress=aligned)
            )
        # Kept in the index too, for `newstrace serve` to list and filter (GET /pairs).
        save_pairs(self.store.db, [reuse_pair(c, self.config) for c in found])
        counts = write_provenance(found, directory, config=self.config)
        relations: dict[str, int] = {}
        for c in found:
            relations[c.verdict.relation] = relations.get(c.verdict.relation, 0) + 1
        return [
            f"{len(pairs)} candidate pairs aligned; {counts['pairs']} with reuse "
            f"({', '.join(f'{k} {v}' for k, v in sorted(relations.items()))}); "
            f"{counts['edges']} provenance edges, {counts['clusters']} clusters -> {directory}/"
        ]
