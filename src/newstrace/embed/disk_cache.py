"""Files derived from the model once and kept across runs, in ``NEWSTRACE_CACHE_DIR``.

Without that variable they go to ``~/.cache/newstrace``.  Each file's name carries the
versions it was built from, so an upgrade builds a new one instead of reading a stale one.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

__all__ = ["cache_dir", "write_atomically"]


def cache_dir() -> Path:
    configured = os.environ.get("NEWSTRACE_CACHE_DIR")
    return Path(configured) if configured else Path.home() / ".cache" / "newstrace"


def write_atomically(path: Path, write: Callable[[Path], object]) -> bool:
    """Have ``write`` fill a temporary file beside ``path``, then rename it to ``path``.

    A process killed half-way leaves only the temporary file, never a truncated ``path``.
    False when the directory cannot be written (a read-only home): the caller builds the
    file again next time, which is slower but still correct.
    """
    temporary = path.with_name(f".{path.stem}.{os.getpid()}.tmp{path.suffix}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write(temporary)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()
        return False
    return True
