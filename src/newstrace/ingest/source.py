"""Reading the raw bytes of an input: a file, a ``FILE#ID`` selector, or standard input."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from newstrace.errors import ConfigError, InputError, NotAnArticleError, TooLargeError

DEFAULT_MAX_BYTES = 5_000_000
"""Largest input :func:`newstrace.ingest.read_article` accepts, in bytes (5 MB).

News articles are a few kilobytes and even heavy web pages stay well under this, so a
bigger input is almost certainly the wrong file; the limit also bounds memory use.
"""

STDIN = "-"
STDIN_NAME = "<stdin>"


@dataclass(frozen=True, slots=True)
class Source:
    """Where an input came from and what it holds."""

    name: str
    data: bytes
    path: Path | None = None
    selector: str | None = None

    @property
    def article_id(self) -> str | None:
        """The id an article read from here gets by default: the file stem."""
        return self.path.stem if self.path is not None else None


def check_max_bytes(max_bytes: int) -> None:
    """Reject a size limit that could never admit an article."""
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1:
        raise ConfigError(f"max_bytes must be a positive whole number of bytes, not {max_bytes!r}")


def split_selector(source: str) -> tuple[str, str | None]:
    """Split ``FILE#ID`` into the file and the id, when ``FILE`` exists and ``FILE#ID`` does not."""
    head, sep, tail = source.rpartition("#")
    # A '#' may be part of a real file name, so the selector reading only applies when
    # the whole name does not exist but the part before the '#' does.
    if sep and head and tail and not os.path.lexists(source) and os.path.isfile(head):
        return head, tail
    return source, None


def read_source(source: str | os.PathLike[str], max_bytes: int) -> Source:
    """Read the bytes of ``source`` (a path, ``FILE#ID`` or ``"-"``), at most ``max_bytes``."""
    name = os.fspath(source)
    if not isinstance(name, str):
        raise ConfigError(f"source must be a str path or '-', not {type(name).__name__}")
    if name == STDIN:
        return Source(STDIN_NAME, _read_stdin(max_bytes))
    file_name, selector = split_selector(name)
    path = Path(file_name)
    data = _read_file(path, file_name, max_bytes)
    return Source(file_name, data, path=path, selector=selector)


def _read_stdin(max_bytes: int) -> bytes:
    try:
        data = sys.stdin.buffer.read(max_bytes + 1)
    except (OSError, ValueError, AttributeError) as exc:
        raise InputError(
            f"cannot read standard input ({exc}); pass the article as a file instead",
            path=STDIN_NAME,
        ) from exc
    if len(data) > max_bytes:
        raise _too_large(STDIN_NAME, max_bytes)
    return data


def _read_file(path: Path, name: str, max_bytes: int) -> bytes:
    try:
        if path.is_dir():
            raise NotAnArticleError(
                "is a directory, not an article; pass one article file", path=name
            )
        size = path.stat().st_size
        # Regular files are measured before reading so a huge file is never loaded;
        # pipes and devices report no useful size, so the read below is bounded too.
        if path.is_file() and size > max_bytes:
            raise _too_large(name, max_bytes, size)
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise InputError("no such file; check the path", path=name) from exc
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise InputError(
            f"cannot read the file ({reason}); check the path and its permissions",
            path=name,
        ) from exc
    if len(data) > max_bytes:
        raise _too_large(name, max_bytes)
    return data


def _too_large(name: str, max_bytes: int, size: int | None = None) -> TooLargeError:
    measured = f"is {size:,} bytes, over" if size is not None else "is over"
    return TooLargeError(
        f"{measured} the {max_bytes:,}-byte limit for one article; "
        "trim or split it, or raise --max-bytes",
        path=name,
        limit=max_bytes,
    )
