"""Corpus ingestion: the articles of many files and folders, for indexing.

:func:`iter_corpus` streams every article of the files and folders it is given, in a
deterministic order.  A record that cannot be read does not stop the corpus: it is reported
as a :class:`SkippedRecord` through ``on_skip`` and reading goes on with the next record,
because one bad line in a crawl of millions must not cost the rest of it.
"""

from __future__ import annotations

import gzip
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newstrace.errors import InputError, TooLargeError
from newstrace.ingest.jsonl import (
    BinaryFile,
    RawRecord,
    _decode_line,
    _parse_line,
    record_to_article,
)
from newstrace.ingest.plaintext import decode_text, read_text_article
from newstrace.ingest.records import CorpusRecord, SkipHandler, SkippedRecord, one_line_reason
from newstrace.ingest.sniff import sniff_format
from newstrace.ingest.source import DEFAULT_MAX_BYTES, check_max_bytes
from newstrace.ingest.webpage import read_html_article

__all__ = [
    "DEFAULT_MAX_BYTES",
    "CorpusRecord",
    "SkipHandler",
    "SkippedRecord",
    "iter_corpus",
    "list_sources",
]


# How each known file name ending is read.  Longest endings are tried first, so that
# ".warc" is not taken for ".arc" and the stem of "a.jsonl.gz" is "a".
_KINDS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".json.gz": "json",
    ".jsonl": "jsonl",
    ".jsonl.gz": "jsonl",
    ".ndjson": "jsonl",
    ".ndjson.gz": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
    ".arc": "warc",
    ".arc.gz": "warc",
}
_ENDINGS = sorted(_KINDS, key=len, reverse=True)
# Decompression failures: gzip raises BadGzipFile (an OSError), EOFError or zlib.error.
_READ_ERRORS = (OSError, EOFError, zlib.error)
_JSON_LINES = object()


@dataclass(frozen=True, slots=True)
class _Source:
    """A corpus file: its path, its name as reported, how to read it, its default id."""

    path: Path
    name: str
    kind: str
    stem: str


def list_sources(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The files of ``paths``, folders expanded recursively, in a deterministic order.

    Inside folders, hidden files and folders and files of unknown type are left out;
    a file named explicitly is kept whatever its name.  A file reached twice is listed
    once.  A path that does not exist raises :class:`InputError`.
    """
    if isinstance(paths, str | os.PathLike):
        # A lone path is a common slip: iterating over it would list its characters.
        paths = [paths]
    found: list[Path] = []
    seen: set[str] = set()
    for given in paths:
        name = os.fspath(given)
        path = Path(name)
        _check_exists(path, name)
        for file in _walk(path) if path.is_dir() else [path]:
            # realpath never raises (a symlink loop included), unlike Path.resolve.
            key = os.path.realpath(file)
            if key not in seen:
                seen.add(key)
                found.append(file)
    return found


def iter_corpus(
    paths: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_skip: SkipHandler | None = None,
) -> Iterator[CorpusRecord]:
    """Stream the articles of ``paths`` (files and folders), source by source, in file order.

    ``max_bytes`` bounds one article file, one JSON file, one JSON Lines line and one WARC
    record.  Records that cannot be read are passed to ``on_skip`` (dropped if it is None)
    and reading continues.  Articles without an id get ``STEM`` (one-article files),
    ``STEM:LINE`` (JSON Lines) or the page's URI (WARC).  The paths are checked before
    this returns: a missing one raises :class:`InputError`.
    """
    check_max_bytes(max_bytes)
    sources = list_sources(paths)
    return _iter_sources(sources, max_bytes, on_skip or _ignore)


def _check_exists(path: Path, name: str) -> None:
    try:
        path.stat()
    except FileNotFoundError as exc:
        raise InputError("no such file or folder; check the path", path=name) from exc
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise InputError(
            f"cannot be read ({reason}); check its permissions", path=str(path)
        ) from exc


def _walk(folder: Path) -> Iterator[Path]:
    """Known files under ``folder``: each folder's files by name, then its sub-folders."""
    for root, dirs, files in os.walk(folder):
        # Pruning in place stops os.walk from entering hidden folders (.git, .cache).
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in sorted(files):
            path = Path(root, name)
            if not name.startswith(".") and _ending(name) and path.is_file():
                yield path


def _ending(name: str) -> str | None:
    lowered = name.lower()
    return next((ending for ending in _ENDINGS if lowered.endswith(ending)), None)


def _describe(path: Path) -> _Source:
    name = os.fspath(path)
    ending = _ending(path.name)
    if ending is None or len(ending) == len(path.name):
        # A file named explicitly whatever its type: read it as `newstrace compare` would
        # (after decompressing it, for a name ending in .gz).
        inner = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
        return _Source(path, name, "auto", Path(inner).stem)
    return _Source(path, name, _KINDS[ending], path.name[: -len(ending)])


def _ignore(skipped: SkippedRecord) -> None:
    """The default ``on_skip``: skipped records are dropped."""


def _iter_sources(sources: list[Path], max_bytes: int, skip: SkipHandler) -> Iterator[CorpusRecord]:
    for path in sources:
        source = _describe(path)
        try:
            yield from _read_source(source, max_bytes, skip)
        except (InputError, *_READ_ERRORS) as exc:
            # The file as a whole cannot be read: opened, decompressed or decoded.
            skip(SkippedRecord(source.name, "", one_line_reason(exc)))


def _read_source(source: _Source, max_bytes: int, skip: SkipHandler) -> Iterator[CorpusRecord]:
    if source.kind == "jsonl":
        return _read_json_lines(source, max_bytes, skip)
    if source.kind == "warc":
        # Imported here: warcio (and its imports) is only loaded when an archive is read.
        from newstrace.ingest.warc import iter_warc

        return iter_warc(source.path, max_bytes=max_bytes, on_skip=skip)
    return _read_whole_file(source, max_bytes, skip)


def _read_whole_file(source: _Source, max_bytes: int, skip: SkipHandler) -> Iterator[CorpusRecord]:
    """A text, HTML or JSON file, read whole (errors propagate: they concern the file)."""
    data = _read_bytes(source, max_bytes)
    kind = sniff_format(data, source.path) if source.kind == "auto" else source.kind
    if kind == "json":
        yield from _json_document(source, data, skip)
        return
    read = read_html_article if kind == "html" else read_text_article
    yield CorpusRecord(read(data, article_id=source.stem), source.name, "")


def _read_bytes(source: _Source, max_bytes: int) -> bytes:
    with _open(source) as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLargeError(
            f"is over the {max_bytes:,}-byte limit for one file; split it or raise --max-bytes",
            limit=max_bytes,
        )
    return data


def _open(source: _Source) -> BinaryFile:
    if source.name.lower().endswith(".gz"):
        return gzip.open(source.path, "rb")
    return source.path.open("rb")


def _json_document(source: _Source, data: bytes, skip: SkipHandler) -> Iterator[CorpusRecord]:
    """A JSON object (one article), a JSON array of records, or JSON Lines."""
    text = decode_text(data)
    value = _load_json(text)
    found: Iterator[CorpusRecord | None]
    if value is _JSON_LINES:
        lines = enumerate(text.split("\n"), 1)
        found = (_text_line_record(source, n, line, skip) for n, line in lines)
    elif isinstance(value, list):
        found = (
            _to_record(source, RawRecord(f"record {n}", n, item), f"{source.stem}:{n}", skip)
            for n, item in enumerate(value, 1)
        )
    else:
        # One object is a one-article file, named like a text file: by its stem.
        found = iter([_to_record(source, RawRecord("", 1, value), source.stem, skip)])
    return (record for record in found if record is not None)


def _load_json(text: str) -> object:
    """The JSON value of ``text``, or :data:`_JSON_LINES` when it holds one value a line."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        # "Extra data" after a complete value means one value per line: JSON Lines.
        if exc.msg.startswith("Extra data"):
            return _JSON_LINES
        raise InputError(
            f"malformed JSON on line {exc.lineno}, column {exc.colno} ({exc.msg})"
        ) from exc
    except (ValueError, RecursionError) as exc:
        raise InputError(f"holds JSON that cannot be read ({exc})") from exc


def _read_json_lines(source: _Source, max_bytes: int, skip: SkipHandler) -> Iterator[CorpusRecord]:
    """Stream a JSON Lines file, skipping bad lines instead of stopping at the first."""
    with _open(source) as handle:
        number = 0
        while True:
            number += 1
            try:
                line, whole = _next_line(handle, max_bytes)
            except _READ_ERRORS as exc:
                # A damaged gzip stream cannot be resynchronised: the rest of the file is lost.
                reason = f"the rest of the file cannot be read: {one_line_reason(exc)}"
                skip(SkippedRecord(source.name, f"line {number}", reason))
                return
            if not line:
                return
            if not whole:
                reason = f"the line is over the {max_bytes:,}-byte limit; split the record"
                skip(SkippedRecord(source.name, f"line {number}", reason))
                continue
            found = _line_record(source, number, line, skip)
            if found is not None:
                yield found


def _next_line(handle: BinaryFile, max_bytes: int) -> tuple[bytes, bool]:
    """The next line and whether it is within ``max_bytes`` (a longer one is read past)."""
    # readline is bounded so that one runaway line cannot exhaust memory.
    line = handle.readline(max_bytes + 1)
    if len(line) <= max_bytes:
        return line, True
    rest = line
    while rest and not rest.endswith(b"\n"):
        rest = handle.readline(max_bytes + 1)
    return line, False


def _line_record(
    source: _Source, number: int, line: bytes, skip: SkipHandler
) -> CorpusRecord | None:
    try:
        text = _decode_line(line, number, source.name)
    except InputError as exc:
        skip(SkippedRecord(source.name, f"line {number}", one_line_reason(exc)))
        return None
    return _text_line_record(source, number, text, skip)


def _text_line_record(
    source: _Source, number: int, text: str, skip: SkipHandler
) -> CorpusRecord | None:
    """The article of one JSON Lines line; None for a blank or skipped line."""
    if not text.strip():
        return None
    where = f"line {number}"
    try:
        value = _parse_line(text, number, source.name)
    except InputError as exc:
        skip(SkippedRecord(source.name, where, one_line_reason(exc)))
        return None
    return _to_record(source, RawRecord(where, number, value), f"{source.stem}:{number}", skip)


def _to_record(
    source: _Source, record: RawRecord, default_id: str, skip: SkipHandler
) -> CorpusRecord | None:
    """The article of a parsed JSON record, located by ``record.where``."""
    try:
        article = record_to_article(record, default_id=default_id)
    except InputError as exc:
        skip(SkippedRecord(source.name, record.where, one_line_reason(exc)))
        return None
    return CorpusRecord(article, source.name, record.where)
