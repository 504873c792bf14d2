"""What ``index``, ``trace`` and ``scan`` do once their options are parsed (imported lazily)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newstrace.cli.commands import write_output as _write
from newstrace.cli.progress import Advance, Reporter, stage
from newstrace.config import DEFAULT_CONFIG, Config
from newstrace.engines.index import open_index
from newstrace.engines.local import Source
from newstrace.engines.local_scan import LocalEngine, Reporting
from newstrace.ingest import read_article
from newstrace.report.as_html import to_html
from newstrace.store.vectors import neighbour_index

_stderr = Console(stderr=True)


def run_index(
    paths: list[str], db: Path, batch: int, jobs: int = 1, config: Config = DEFAULT_CONFIG
) -> None:
    with open_index(db, config=config) as index:
        with Reporter(_stderr) as progress:
            step = progress.task("indexing articles")
            report = index.add(paths, batch=batch, progress=step, jobs=jobs)
        total = len(index)
        if report.added:
            # Derived data, refreshed now so that the first trace does not wait for it
            # (~20 s for 100k articles; a killed refresh only leaves the old cache).
            with stage(_stderr, "updating the sentence index for trace"):
                neighbour_index(index.store)
    _stderr.print(
        f"added {report.added} articles ({report.known} already indexed, "
        f"{report.duplicates} duplicate texts, {report.skipped_sources} unchanged files skipped, "
        f"{len(report.bad_records)} bad records); the index holds {total}"
    )
    for bad in report.bad_records[:20]:
        _stderr.print(f"  skipped {bad.source} {bad.locator}: {bad.reason}", markup=False)
    if len(report.bad_records) > 20:
        _stderr.print(f"  ... and {len(report.bad_records) - 20} more")


def run_trace(
    article_path: str,
    db: Path,
    output_format: str,
    output: Path | None,
    config: Config = DEFAULT_CONFIG,
) -> None:
    article = read_article(article_path)
    with open_index(db, config=config, create=False) as index:
        sources = index.trace(article)
    if output_format == "json":
        data = {
            "article": article.info().to_dict(),
            "sources": [
                {"candidate_score": s.candidate_score, **s.comparison.to_dict()} for s in sources
            ],
        }
        _write(json.dumps(data, ensure_ascii=False, indent=2) + "\n", output)
    elif output_format == "html":
        if not sources:
            _write("<!doctype html><title>newstrace</title><p>No source found.</p>\n", output)
        else:
            _write(to_html(sources[0].comparison, article, sources[0].article), output)
    else:
        _print_sources(article.id, sources)


def _print_sources(article_id: str | None, sources: list[Source]) -> None:
    console = Console()
    if not sources:
        console.print(f"no likely source of {article_id or 'the article'} in the index")
        return
    table = Table(title=f"likely sources of {article_id or 'the article'}, most likely first")
    for column in (
        "#",
        "source",
        "outlet",
        "published",
        "relation",
        "confidence",
        "coverage",
        "best passage",
    ):
        table.add_column(column, overflow="fold")
    for rank, source in enumerate(sources, 1):
        c = source.comparison
        best = max(c.alignments, key=lambda x: len(x.a_text), default=None)
        table.add_row(
            str(rank),
            c.b.id or "",
            c.b.outlet or "",
            c.b.published or "",
            c.verdict.relation,
            f"{c.verdict.confidence:.2f}",
            f"{c.coverage.a:.0%}",
            _shorten(best.b_text) if best else "",
        )
    console.print(table)


def _shorten(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def run_scan(
    db: Path, out: Path, jobs: int = 1, config: Config = DEFAULT_CONFIG, *, resume: bool = False
) -> None:
    @contextmanager
    def encoding(total: int) -> Iterator[Advance]:
        with Reporter(_stderr) as progress:
            yield progress.task("encoding their articles (once, kept in the index)", total=total)

    @contextmanager
    def aligning(total: int) -> Iterator[Advance]:
        with Reporter(_stderr) as progress:
            yield progress.task("aligning candidate pairs", total=total)

    def listing() -> AbstractContextManager[None]:
        return stage(_stderr, "finding candidate pairs (shared wording, near sentences)")

    reporting = Reporting(listing=listing, encoding=encoding, aligning=aligning)
    with open_index(db, config=config, create=False) as index:
        engine = LocalEngine(index.store, config, reporting, jobs=jobs, resume=resume)
        lines = engine.scan(str(out))
    for line in lines:
        _stderr.print(line)
