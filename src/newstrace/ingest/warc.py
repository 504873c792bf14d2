"""Web archives: the articles of the HTML pages in a WARC or ARC file (gzip or not).

Only what the archive holds is read; nothing is ever fetched from the network.  Pages are
``response`` records with HTTP status 200 (or ``resource`` records, which have no HTTP
headers) of an HTML content type; their article is extracted with trafilatura through
:func:`newstrace.ingest.webpage.read_html_article`.
"""

from __future__ import annotations

import codecs
import os
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator

from newstrace.errors import EncodingError, InputError
from newstrace.ingest.records import CorpusRecord, SkipHandler, SkippedRecord, one_line_reason
from newstrace.ingest.source import DEFAULT_MAX_BYTES, check_max_bytes
from newstrace.ingest.webpage import read_html_article
from newstrace.model import Article

__all__ = ["iter_warc"]

_PAGE_RECORDS = frozenset({"response", "resource"})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
# A byte order mark outranks a declared charset, as in browsers.
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_DAY = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")
_CHUNK = 65_536
_DAMAGED = "the archive is truncated or corrupt here"


@dataclass(slots=True)
class _Archive:
    """One archive being read and what reading it has found so far."""

    name: str
    size: int
    max_bytes: int
    skip: SkipHandler
    ids: Counter[str] = field(default_factory=Counter)
    damaged: bool = False

    def skip_at(self, offset: int, reason: str) -> None:
        self.skip(SkippedRecord(self.name, f"offset {offset}", reason))

    def damage(self, offset: int, detail: str) -> None:
        """Report the first damage only: what follows it is usually a consequence."""
        if not self.damaged:
            self.damaged = True
            self.skip_at(offset, f"{_DAMAGED}: {detail}")


@dataclass(frozen=True, slots=True)
class _Page:
    """A record read from the archive: where it starts, its content type and body."""

    offset: int
    content_type: str | None
    body: bytes | None


def iter_warc(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_skip: SkipHandler | None = None,
) -> Iterator[CorpusRecord]:
    """Stream the articles of the HTML pages archived in the WARC (or ARC) file ``path``.

    Each article's ``id`` and ``url`` are the page's WARC-Target-URI (``URI#2`` for the
    second capture of a URI in the same file), its ``outlet`` the URI's host name without
    ``www.``, its ``published`` date the one found in the page, else the day of capture.
    Pages with no article text, records over ``max_bytes`` and damaged parts of the
    archive are passed to ``on_skip`` as :class:`SkippedRecord`; no error escapes.
    """
    check_max_bytes(max_bytes)
    return _iter_file(os.fspath(path), max_bytes, on_skip or _ignore)


def _ignore(skipped: SkippedRecord) -> None:
    """The default ``on_skip``: skipped records are dropped."""


def _iter_file(name: str, max_bytes: int, skip: SkipHandler) -> Iterator[CorpusRecord]:
    try:
        handle = _open_archive(name)
    except OSError as exc:
        skip(SkippedRecord(name, "", one_line_reason(exc)))
        return
    with handle:
        archive = _Archive(name, os.fstat(handle.fileno()).st_size, max_bytes, skip)
        yield from _iter_records(handle, archive)


def _open_archive(name: str) -> BinaryIO:
    # Opened apart from the reading, so that only a failure to open is reported as such.
    return Path(name).open("rb")


def _iter_records(handle: Any, archive: _Archive) -> Iterator[CorpusRecord]:
    # Creating the iterator reads nothing yet.  It is not given arc2warc: without it warcio
    # holds the file to the format of its first record, and so rejects the garbage after a
    # broken record instead of parsing it as ARC lines.  ARC records therefore keep their
    # own header names (uri, archive-date, length), which the helpers below also read.
    iterator = ArchiveIterator(handle)
    while True:
        try:
            record = next(iterator)
        except StopIteration:
            break
        except Exception as exc:  # warcio raises many types on damaged data; none may escape
            archive.damage(_position(iterator), one_line_reason(exc))
            return
        found = _read_record(iterator, record, archive)
        if found is not None:
            yield found
    _check_end(iterator, archive)


def _read_record(iterator: Any, record: Any, archive: _Archive) -> CorpusRecord | None:
    page = _load(iterator, record, archive)
    if page is None or page.content_type is None:
        return None
    if page.body is None:
        archive.skip_at(page.offset, f"the page is over the {archive.max_bytes:,}-byte limit")
        return None
    try:
        article = _page_article(record, page.body, page.content_type)
    except InputError as exc:
        archive.skip_at(page.offset, one_line_reason(exc))
        return None
    article = replace(article, id=_unique_id(record, page.offset, archive))
    return CorpusRecord(article, archive.name, f"offset {page.offset}")


def _load(iterator: Any, record: Any, archive: _Archive) -> _Page | None:
    """Read a record to its end; None when it is damaged (reported) or unreadable."""
    content_type = _page_type(record)
    warnings = _warnings(iterator)
    try:
        body = _read_body(record, archive.max_bytes) if content_type else None
        short = _drain(record.raw_stream)
        # Also reads the blank lines after the record, where warcio counts a bad length.
        offset = int(iterator.get_record_offset())
    except Exception as exc:  # a damaged compressed or chunked body; none may escape
        archive.damage(_position(iterator), one_line_reason(exc))
        return None
    problem = _damage(record, short, _warnings(iterator) > warnings)
    if problem is not None:
        archive.damage(offset, problem)
        return None
    return _Page(offset, content_type, body)


def _damage(record: Any, short: bool, unterminated: bool) -> str | None:
    """What is wrong with a record that was read to its end, if anything."""
    length = _header(record.rec_headers, "Content-Length") or _header(record.rec_headers, "length")
    if length is None or not (length.isascii() and length.isdigit()):
        return f"the record's length is {length!r}, not a number of bytes"
    if short:
        return "the record ends before its declared length"
    if unterminated:
        return "the record does not end where its declared length says"
    return None


def _warnings(iterator: Any) -> int:
    """How many records warcio found not followed by a blank line (a wrong length)."""
    count = getattr(iterator, "err_count", 0)
    return count if isinstance(count, int) else 0


def _page_type(record: Any) -> str | None:
    """The Content-Type of a successfully archived HTML page, else None."""
    if record.rec_type not in _PAGE_RECORDS:
        return None
    http = record.http_headers
    if http is not None:
        if http.get_statuscode() != "200":
            return None
        content_type = _header(http, "Content-Type")
    else:
        content_type = _header(record.rec_headers, "Content-Type")
    if content_type is None:
        return None
    media = content_type.split(";", 1)[0].strip().lower()
    return content_type if media in _HTML_TYPES else None


def _read_body(record: Any, max_bytes: int) -> bytes | None:
    """The payload (after HTTP content decoding), or None when over ``max_bytes``."""
    data = record.content_stream().read(max_bytes + 1)
    body = bytes(data)
    return None if len(body) > max_bytes else body


def _drain(stream: Any) -> bool:
    """Read ``stream`` to its end; True when it ended before its declared length."""
    while stream.read(_CHUNK):
        pass
    missing = getattr(stream, "limit", 0)
    return isinstance(missing, int) and missing > 0


def _page_article(record: Any, body: bytes, content_type: str) -> Article:
    article = read_html_article(_as_utf8(body, content_type))
    uri = _target_uri(record)
    return replace(
        article,
        url=uri or article.url,
        outlet=_host(uri) or article.outlet,
        published=article.published or _capture_day(record),
    )


def _as_utf8(body: bytes, content_type: str) -> bytes:
    """The page re-encoded as UTF-8 when its Content-Type header declares a charset.

    Without one, the bytes go as they are: read_html_article reads UTF-8, or the encoding
    the page's own ``<meta charset>`` declares, and rejects anything else.
    """
    match = _CHARSET.search(content_type)
    encoding = _text_encoding(match.group(1)) if match else None
    if encoding is None or body.startswith(_BOMS):
        return body
    try:
        return body.decode(encoding).encode("utf-8")
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"is not valid {encoding} text as its Content-Type header declares (offset {exc.start})"
        ) from exc


def _text_encoding(label: str) -> str | None:
    try:
        encoding = codecs.lookup(label).name
        # Decoding nothing rejects codecs that are not text encodings, such as base64.
        b"".decode(encoding)
    except LookupError:
        return None
    return encoding


def _unique_id(record: Any, offset: int, archive: _Archive) -> str:
    """The page's URI, stable across re-crawls; ``URI#2`` for its second capture here."""
    uri = _target_uri(record)
    record_id = _header(record.rec_headers, "WARC-Record-ID")
    base = uri or (record_id.strip("<>") if record_id else f"{archive.name}@{offset}")
    archive.ids[base] += 1
    count = archive.ids[base]
    return base if count == 1 else f"{base}#{count}"


def _host(uri: str | None) -> str | None:
    if not uri:
        return None
    try:
        host = urlsplit(uri).hostname
    except ValueError:  # a malformed URI, such as an unclosed IPv6 bracket
        return None
    if not host:
        return None
    return host.removeprefix("www.") or None


def _target_uri(record: Any) -> str | None:
    # ARC files name the header "uri".
    headers = record.rec_headers
    return _header(headers, "WARC-Target-URI") or _header(headers, "uri")


def _capture_day(record: Any) -> str | None:
    """The day of capture: WARC-Date (ISO 8601) or an ARC archive-date (YYYYMMDDhhmmss)."""
    headers = record.rec_headers
    date = _header(headers, "WARC-Date") or _header(headers, "archive-date") or ""
    match = _DAY.match(date)
    return "-".join(match.groups()) if match else None


def _header(headers: Any, name: str) -> str | None:
    value = headers.get_header(name) if headers is not None else None
    if not isinstance(value, str):
        return None
    return value.strip() or None


def _position(iterator: Any) -> int:
    """Where the iterator stands: the start of the record it was reading."""
    offset = getattr(iterator, "offset", 0)
    return offset if isinstance(offset, int) else 0


def _check_end(iterator: Any, archive: _Archive) -> None:
    """Report bytes left unread at the end, as a gzip member cut in its middle leaves them."""
    end = _position(iterator)
    if end < archive.size:
        left = archive.size - end
        archive.damage(end, f"its last {left:,} byte{'s' * (left != 1)} hold no readable record")
