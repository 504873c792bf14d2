"""What ``newstrace serve`` does once its options are parsed (imported lazily)."""

from __future__ import annotations

import ipaddress
from pathlib import Path

from rich.console import Console

from newstrace.config import DEFAULT_CONFIG, Config
from newstrace.errors import MissingExtraError
from newstrace.store import Store

_stderr = Console(stderr=True)


def require_serve_extra() -> None:
    try:
        import fastapi  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as error:
        raise MissingExtraError(
            f"newstrace serve needs the serve extra ({error.name} is missing): "
            "pip install 'newstrace[serve]'"
        ) from error


def run_serve(
    db: Path,
    *,
    host: str,
    port: int,
    workers: int,
    max_body_bytes: int | None = None,
    max_text_chars: int | None = None,
    config: Config = DEFAULT_CONFIG,
) -> None:
    require_serve_extra()
    import uvicorn

    from newstrace.serve.app import create_app
    from newstrace.serve.settings import Settings

    created = not db.exists()
    # Opened once here, before any worker starts: a new index gets its tables and settings
    # from one process, not from several racing to create them.
    with Store(db, config=config.candidates) as store:
        articles = len(store)
    settings = Settings(
        db=db.resolve(),
        max_body_bytes=max_body_bytes or config.serve.max_body_bytes,
        max_text_chars=max_text_chars or config.serve.max_text_chars,
        workers=workers,
        config=config,
    )
    _announce(db, articles, created, host, port, workers)
    # One web process (cheap work); the CPU-bound work goes to `workers` processes that
    # share one queue (serve/workers.py says why not uvicorn's own --workers).
    uvicorn.run(
        create_app(settings),
        host=host,
        port=port,
        limit_concurrency=config.serve.max_connections,
        log_level="info",
    )


def _announce(db: Path, articles: int, created: bool, host: str, port: int, workers: int) -> None:
    state = "a new, empty index" if created else f"{articles:,} articles"
    shown = f"[{host}]" if ":" in host else host
    _stderr.print(
        f"newstrace: serving {db} ({state}) on http://{shown}:{port}/ "
        f"with {workers} worker{'s' if workers > 1 else ''}",
        markup=False,
        highlight=False,
    )
    if not _is_loopback(host):
        _stderr.print(
            "newstrace: warning: listening beyond this machine; anyone who can reach it can "
            "read the index and add articles",
            markup=False,
            highlight=False,
        )


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"
