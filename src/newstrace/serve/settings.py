"""What a service is started with, and the documented limits of its requests."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from newstrace.errors import ConfigError
from newstrace.ingest.source import DEFAULT_MAX_BYTES

MAX_BODY_BYTES = DEFAULT_MAX_BYTES
"""Largest request body, in bytes (5 MB, the CLI's limit for one input file).

Two texts at :data:`MAX_TEXT_CHARS` fit even when JSON escapes every character."""

MAX_TEXT_CHARS = 200_000
"""Longest article text, in characters (about 30,000 words: ten long features).

Comparison time grows with the sentences of both texts, so this bounds one request's work."""

MAX_PAGE = 500
"""Most records one listing (``GET /pairs``, ``GET /articles``) returns."""

MAX_CONNECTIONS = 256
"""Open connections the service accepts before answering 503: each waiting request may hold
a body of up to :data:`MAX_BODY_BYTES`, so this bounds the memory they take."""

MAX_STORY_ARTICLES = 60
"""Most articles drawn in one provenance graph; the nearest to the chosen article are kept."""


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@dataclass(frozen=True, slots=True)
class Settings:
    """The index served, the worker processes and the limits of the service."""

    db: Path
    max_body_bytes: int = MAX_BODY_BYTES
    max_text_chars: int = MAX_TEXT_CHARS
    # Processes that compare, trace and index (serve/workers.py): one per core.
    workers: int = 1
    # Encoder threads per worker (the name is from when torch ran it); None: the cores shared
    # out among the workers.
    torch_threads: int | None = None
    preload_encoder: bool = True

    def __post_init__(self) -> None:
        for name in ("max_body_bytes", "max_text_chars", "workers", "torch_threads"):
            value = getattr(self, name)
            if value is None and name == "torch_threads":
                continue
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ConfigError(f"{name} must be a positive whole number, not {value!r}")

    @property
    def threads_per_worker(self) -> int:
        return self.torch_threads or max(1, _cores() // self.workers)
