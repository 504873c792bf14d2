"""The worker processes that compare, trace and index, fed from one queue.

Comparing is CPU-bound Python, so it runs in ``--workers`` processes (one per core), not in
threads of the web server.  They take requests from one shared queue: each request goes to
the next free worker, whichever connection it came on.  (With uvicorn's own ``--workers``
each process serves the connections the kernel hands it, and the kernel hands them out
unevenly: 43 of 50 keep-alive connections to one of two workers was measured here, so the
clients of the busy one waited six times longer.)  Each worker loads the sentence encoder
once, keeps its own caches, and opens its own connection to the index file.

The tasks are module functions (pickled by name) that return ready JSON bytes or HTML, so
the web server only passes bytes along.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from typing import Any, TypeVar

from newstrace.engines.local import Source
from newstrace.model import Article
from newstrace.report.as_html import to_html
from newstrace.serve.schemas import ArticleIn, CompareRequest
from newstrace.serve.service import Service
from newstrace.serve.settings import Settings

T = TypeVar("T")

_service: Service | None = None  # the worker process's own


class WorkerCrashed(RuntimeError):
    """A worker process died during the request (HTTP 503); the pool was restarted."""


def _initialise(settings: Settings) -> None:
    global _service
    _service = Service(settings)
    if settings.preload_encoder:
        from newstrace.embed.encoder import get_encoder, limit_threads

        # The workers share the cores: each takes its part instead of all of them.
        limit_threads(settings.threads_per_worker)
        get_encoder()


def _own() -> Service:
    if _service is None:  # pragma: no cover - only run inside a pool worker
        raise RuntimeError("not a worker process")
    return _service


def _json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def _trace_json(article: Article, sources: list[Source]) -> bytes:
    return _json(
        {
            "article": article.info().to_dict(),
            "sources": [
                {"candidate_score": s.candidate_score, **s.comparison.to_dict()} for s in sources
            ],
        }
    )


# --- the tasks ---------------------------------------------------------------------------


def compare_json(request: CompareRequest) -> bytes:
    comparison, _, _ = _own().compare(request)
    return _json(comparison.to_dict())


def compare_report(request: CompareRequest) -> str:
    comparison, a, b = _own().compare(request)
    return to_html(comparison, a, b)


def trace_json(request: ArticleIn) -> bytes:
    return _trace_json(*_own().trace(request))


def sources_json(article_id: str) -> bytes:
    return _trace_json(*_own().sources(article_id))


def add_article(request: ArticleIn) -> tuple[str, int]:
    return _own().add(request)


def _ready() -> int:
    time.sleep(0.2)  # long enough for the other start-up tasks to go to other workers
    return os.getpid()


# --- the pool ----------------------------------------------------------------------------


class Workers:
    """``settings.workers`` processes, started again if one dies."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        # spawn, not fork: the web server has threads, and forking a threaded process
        # (or one that loaded torch) can deadlock the child.
        return ProcessPoolExecutor(
            max_workers=self.settings.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_initialise,
            initargs=(self.settings,),
        )

    async def ready(self) -> None:
        """Start every worker and wait until each has loaded the encoder."""
        await asyncio.gather(*(self.run(_ready) for _ in range(self.settings.workers)))

    async def run(self, task: Callable[..., T], *args: Any) -> T:
        pool = self._pool
        try:
            return await asyncio.get_running_loop().run_in_executor(pool, partial(task, *args))
        except BrokenProcessPool as error:
            if self._pool is pool:
                self._pool = self._start()
                pool.shutdown(wait=False, cancel_futures=True)
            raise WorkerCrashed(
                "a worker process stopped during the request (out of memory?); "
                "it was restarted: send the request again"
            ) from error

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
