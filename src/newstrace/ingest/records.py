"""The records of corpus ingestion, shared by its readers (``corpus``, ``warc``).

An article read from a corpus comes as a :class:`CorpusRecord`; a record that cannot be
read is reported as a :class:`SkippedRecord` through a :data:`SkipHandler`, its reason in
one line (:func:`one_line_reason`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from newstrace.errors import NewstraceError
from newstrace.model import Article

__all__ = ["CorpusRecord", "SkipHandler", "SkippedRecord", "one_line_reason"]

_REASON_CHARS = 300


@dataclass(frozen=True, slots=True)
class CorpusRecord:
    """An article of a corpus, the file it came from and where in that file.

    ``locator`` is ``""`` for a one-article file, ``"line 12"`` for a JSON Lines record,
    ``"record 3"`` for an element of a JSON array and ``"offset 12345"`` for a WARC record
    (the byte offset of the record, compressed, as WARC tools count it).
    """

    article: Article
    source: str
    locator: str


@dataclass(frozen=True, slots=True)
class SkippedRecord:
    """A record, or a whole file (``locator`` ``""``), that was not read, and why."""

    source: str
    locator: str
    reason: str


SkipHandler = Callable[[SkippedRecord], None]


def one_line_reason(error: BaseException) -> str:
    """The message of ``error`` as one line, without the file name (the record says it)."""
    if isinstance(error, NewstraceError):
        message = Exception.__str__(error)
    elif isinstance(error, OSError) and error.strerror:
        message = f"cannot read the file ({error.strerror})"
    else:
        message = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    line = " ".join(message.split())
    # Parsers quote the offending input; a reason stays short enough to read in a log.
    return line if len(line) <= _REASON_CHARS else line[: _REASON_CHARS - 1] + "…"
