"""JSON and JSON Lines articles: records with a ``text`` field and optional metadata."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import zlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

from newstrace.errors import (
    EmptyTextError,
    EncodingError,
    InputError,
    NotAnArticleError,
    TooLargeError,
)
from newstrace.ingest.plaintext import check_characters, check_text, decode_text
from newstrace.ingest.source import DEFAULT_MAX_BYTES, STDIN_NAME
from newstrace.model import Article

# Each metadata field of an Article and the record keys it is read from, first key first.
FIELD_KEYS: Mapping[str, tuple[str, ...]] = {
    "id": ("id",),
    "title": ("title",),
    "outlet": ("outlet", "source", "sitename"),
    "published": ("published", "date"),
    "url": ("url",),
}
BinaryFile = gzip.GzipFile | io.BufferedReader
_FIX_JSON = "fix the JSON or pass --input-format text to read the file as plain text"


class RawRecord(NamedTuple):
    """A parsed JSON value, where it was found (``"line 3"``) and its position number."""

    where: str
    number: int
    value: object


def read_json_article(
    data: bytes,
    *,
    path: str | None = None,
    selector: str | None = None,
    article_id: str | None = None,
) -> Article:
    """Read the one article of a JSON object, or the record ``selector`` names in JSON Lines."""
    records = parse_records(decode_text(data, path=path), path=path)
    if not records:
        raise EmptyTextError(
            "holds no JSON records; pass a file with at least one article", path=path
        )
    if selector is not None:
        record = select_record(records, selector, path=path)
    elif len(records) > 1:
        # A record that is not an object is the more basic mistake: report it first.
        for record in records:
            if not isinstance(record.value, dict):
                raise _not_an_object(record, path)
        raise _several_records(records, path)
    else:
        record = records[0]
    return record_to_article(record, path=path, default_id=article_id)


def parse_records(text: str, *, path: str | None = None) -> list[RawRecord]:
    """Parse a JSON object, a JSON array of objects, or JSON Lines."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        # "Extra data" after a complete value means one value per line: JSON Lines.
        if not exc.msg.startswith("Extra data"):
            raise _malformed(exc.msg, exc.lineno, exc.colno, path) from exc
        return _parse_lines(text, path)
    except (ValueError, RecursionError) as exc:
        raise InputError(f"holds JSON that cannot be read ({exc}); {_FIX_JSON}", path=path) from exc
    if isinstance(value, list):
        return [RawRecord(f"record {n}", n, item) for n, item in enumerate(value, 1)]
    return [RawRecord("line 1", 1, value)]


def select_record(records: list[RawRecord], selector: str, *, path: str | None = None) -> RawRecord:
    """Return the one record whose ``id`` equals ``selector``."""
    matches = [record for record in records if _record_id(record.value) == selector]
    if len(matches) == 1:
        return matches[0]
    if matches:
        places = ", ".join(record.where for record in matches)
        raise InputError(
            f"has {len(matches)} records with id {selector!r} ({places}); make the ids unique",
            path=path,
        )
    known = [
        found for found in (_record_id(record.value) for record in records) if found is not None
    ]
    hint = (
        f"known ids: {', '.join(known[:5])}{', ...' if len(known) > 5 else ''}"
        if known
        else "no record has an id"
    )
    raise InputError(
        f"has no record with id {selector!r} ({hint}); check the id after '#'",
        path=path,
    )


def record_to_article(
    record: RawRecord, *, path: str | None = None, default_id: str | None = None
) -> Article:
    """Make an :class:`Article` from one JSON record, checking its ``text`` field."""
    value, where = record.value, record.where
    if not isinstance(value, dict):
        raise _not_an_object(record, path)
    text = value.get("text")
    if not isinstance(text, str):
        found = "no" if text is None else f"a non-string ({_kind(text)})"
        raise InputError(
            f'{where} has {found} "text" field; give each record its article text as a string',
            path=path,
        )
    if not text.strip():
        raise EmptyTextError(
            f'{where} has an empty "text" field; give the record its article text',
            path=path,
        )
    check_text(text, path=path)
    fields = {name: _metadata(value, keys, where, path) for name, keys in FIELD_KEYS.items()}
    fields["id"] = fields["id"] or default_id
    return Article(text=text, **fields)


def iter_records(
    path: str | os.PathLike[str], *, max_record_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article]:
    """Stream the articles of a JSON Lines file (gzip-compressed if it ends in ``.gz``).

    A record without an ``id`` gets ``STEM:N``, N being its line (or array position).
    A bad record stops the iteration with an InputError naming its line.
    A ``.json`` file is read whole, as a JSON object, array of objects or JSON Lines.
    """
    name = os.fspath(path)
    file = Path(name)
    inner = file.with_suffix("") if file.suffix.lower() == ".gz" else file
    if inner.suffix.lower() == ".json":
        records: Iterator[RawRecord] = iter(_read_json_file(file, name, max_record_bytes))
    else:
        records = _stream_lines(file, name, max_record_bytes)
    for record in records:
        yield record_to_article(record, path=name, default_id=f"{inner.stem}:{record.number}")


def _parse_lines(text: str, path: str | None) -> list[RawRecord]:
    records = []
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip():
            records.append(RawRecord(f"line {number}", number, _parse_line(line, number, path)))
    return records


def _parse_line(line: str, number: int, path: str | None) -> object:
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise _malformed(exc.msg, number, exc.colno, path) from exc
    except (ValueError, RecursionError) as exc:
        raise InputError(
            f"line {number} holds JSON that cannot be read ({exc}); {_FIX_JSON}",
            path=path,
        ) from exc


def _read_json_file(file: Path, name: str, max_bytes: int) -> list[RawRecord]:
    with _reading(file, name) as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _too_large("the JSON file", max_bytes, name)
    return parse_records(decode_text(data, path=name), path=name)


def _stream_lines(file: Path, name: str, max_bytes: int) -> Iterator[RawRecord]:
    with _reading(file, name) as handle:
        number = 0
        # readline is bounded so that one runaway line cannot exhaust memory.
        while line := handle.readline(max_bytes + 1):
            number += 1
            if len(line) > max_bytes:
                raise _too_large(f"line {number}", max_bytes, name)
            text = _decode_line(line, number, name)
            if text.strip():
                yield RawRecord(f"line {number}", number, _parse_line(text, number, name))


@contextmanager
def _reading(file: Path, name: str) -> Iterator[BinaryFile]:
    """Open ``file`` (decompressing ``.gz``), turning I/O failures into newstrace errors."""
    if file.is_dir():
        raise NotAnArticleError("is a directory; pass a JSON Lines file", path=name)
    try:
        with _open_binary(file) as handle:
            yield handle
    except FileNotFoundError as exc:
        raise InputError("no such file; check the path", path=name) from exc
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise NotAnArticleError(
            f"is not a valid gzip file ({exc}); check or re-compress it", path=name
        ) from exc
    except OSError as exc:
        raise InputError(
            f"cannot read the file ({exc.strerror or exc}); check its permissions",
            path=name,
        ) from exc


def _open_binary(file: Path) -> BinaryFile:
    if file.suffix.lower() == ".gz":
        return gzip.open(file, "rb")
    return file.open("rb")


def _decode_line(line: bytes, number: int, name: str) -> str:
    if number == 1:
        line = line.removeprefix(codecs.BOM_UTF8)
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"line {number} is not UTF-8 text (byte offset {exc.start} in the line); "
            "convert it to UTF-8, e.g. iconv -f latin1 -t utf-8",
            path=name,
        ) from exc


def _metadata(
    record: dict[str, object], keys: tuple[str, ...], where: str, path: str | None
) -> str | None:
    for key in keys:
        value = record.get(key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise InputError(
                f'{where}: "{key}" must be a string, not {_kind(value)}; fix the record',
                path=path,
            )
        text = str(value).strip()
        check_characters(text, path=path, what=f'{where}: "{key}"')
        if text:
            return text
    return None


def _record_id(value: object) -> str | None:
    if not isinstance(value, dict):
        return None
    found = value.get("id")
    if isinstance(found, bool) or not isinstance(found, str | int | float):
        return None
    return str(found).strip() or None


def _several_records(records: list[RawRecord], path: str | None) -> InputError:
    first = next((found for found in (_record_id(r.value) for r in records) if found), None)
    count = len(records)
    if first is None:
        return InputError(
            f'holds {count} articles without an "id"; give each an "id" and pick one with FILE#ID',
            path=path,
        )
    example = f"{path}#{first}" if path and path != STDIN_NAME else f"FILE#{first}"
    return InputError(f"holds {count} articles; pick one with FILE#ID, e.g. {example}", path=path)


def _not_an_object(record: RawRecord, path: str | None) -> InputError:
    return InputError(
        f'{record.where} holds {_kind(record.value)}, not an object with a "text" field; '
        f"{_FIX_JSON}",
        path=path,
    )


def _malformed(message: str, line: int, column: int, path: str | None) -> InputError:
    return InputError(
        f"malformed JSON on line {line}, column {column} ({message}); {_FIX_JSON}",
        path=path,
    )


def _too_large(what: str, limit: int, name: str) -> TooLargeError:
    return TooLargeError(
        f"{what} is over the {limit:,}-byte limit; trim or split it",
        path=name,
        limit=limit,
    )


def _kind(value: object) -> str:
    names = {
        dict: "an object",
        list: "an array",
        str: "a string",
        bool: "a boolean",
        type(None): "null",
    }
    return names.get(type(value), "a number")
