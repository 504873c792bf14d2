"""What a service is started with, and the documented limits of its requests."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from newstrace.config import DEFAULT_CONFIG, Config
from newstrace.errors import ConfigError

# The default limits of the service's requests; how each was set: ServeConfig (config.py).
_LIMITS = DEFAULT_CONFIG.serve
MAX_BODY_BYTES = _LIMITS.max_body_bytes
MAX_TEXT_CHARS = _LIMITS.max_text_chars
MAX_PAGE = _LIMITS.max_page
MAX_CONNECTIONS = _LIMITS.max_connections
MAX_STORY_ARTICLES = _LIMITS.max_story_articles


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
    # What every process of the service compares, traces and indexes with (--config).
    config: Config = DEFAULT_CONFIG

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
