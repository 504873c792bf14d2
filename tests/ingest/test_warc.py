"""Tests of newstrace.ingest.warc: the articles of web archives written by the tests."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newstrace.errors import ConfigError
from newstrace.ingest import iter_corpus
from newstrace.ingest.corpus import CorpusRecord, SkippedRecord
from newstrace.ingest.warc import iter_warc
from tests.ingest.texts import BRIDGE

CAFE = [
    "The old café on the market square reopened on Saturday after a year of repairs, and "
    "its owner, René Lefèvre, served the first crème brûlée to a queue of regulars.",
    "The building, which dates from the eighteenth century, had been damaged by a fire in "
    "the kitchen that spread to the roof during a storm last winter.",
    "Mr Lefèvre said the town's support had kept the business alive, and that the café "
    "would stay open late on market days throughout the summer season.",
]
BRIDGE_URI = "https://www.harbour-gazette.example/news/bridge"
CAFE_URI = "http://valley-courier.example/town/cafe-reopens"
EMPTY_URI = "https://www.harbour-gazette.example/"
CAPTURED = "2024-03-05T10:00:00Z"


def page(title: str, paragraphs: list[str], *, head: str = "") -> str:
    body = "\n".join(f"<p>{text}</p>" for text in paragraphs)
    return (
        f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head><body>"
        f'<nav><a href="/">Home</a></nav><article><h1>{title}</h1>{body}</article>'
        "</body></html>"
    )


BRIDGE_HTML = page(
    "Council approves harbour bridge",
    BRIDGE,
    head='<meta charset="utf-8"><meta property="article:published_time" content="2024-03-01">',
).encode("utf-8")
CAFE_HTML = page("Café reopens", CAFE, head='<meta charset="iso-8859-1">').encode("iso-8859-1")
EMPTY_HTML = (
    b'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Home</title>'
    b"<script>var tracker = 1;</script></head><body></body></html>"
)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


@dataclass
class Archive:
    """A WARC file being written by a test, record by record."""

    writer: WARCWriter

    def response(
        self,
        uri: str,
        body: bytes,
        content_type: str = "text/html",
        status: str = "200 OK",
    ) -> None:
        http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        self.write(uri, "response", body, http)

    def request(self, uri: str) -> None:
        http = StatusAndHeaders(
            "GET / HTTP/1.1", [("Host", "example")], protocol="HTTP/1.1", is_http_request=True
        )
        self.write(uri, "request", b"", http)

    def resource(self, uri: str, body: bytes, content_type: str) -> None:
        headers = {"WARC-Date": CAPTURED, "Content-Type": content_type}
        record = self.writer.create_warc_record(
            uri, "resource", payload=io.BytesIO(body), warc_headers_dict=headers
        )
        self.writer.write_record(record)

    def write(self, uri: str, kind: str, body: bytes, http: StatusAndHeaders) -> None:
        record = self.writer.create_warc_record(
            uri,
            kind,
            payload=io.BytesIO(body),
            http_headers=http,
            warc_headers_dict={"WARC-Date": CAPTURED},
        )
        self.writer.write_record(record)


def write_warc(path: Path, *, gzip: bool = True) -> tuple[Archive, io.BufferedWriter]:
    handle = path.open("wb")
    return Archive(WARCWriter(handle, gzip=gzip)), handle


def read(path: Path, **options: int) -> tuple[list[CorpusRecord], list[SkippedRecord]]:
    skipped: list[SkippedRecord] = []
    found = list(iter_warc(path, on_skip=skipped.append, **options))
    return found, skipped


def offsets(path: Path) -> list[int]:
    """The offset of each record of a complete archive, as warcio counts them."""
    with path.open("rb") as handle:
        iterator = ArchiveIterator(handle)
        return [iterator.get_record_offset() for _ in iterator]


@pytest.fixture
def crawl(tmp_path: Path) -> Path:
    """A gzip WARC with two articles among the other records a crawler writes."""
    path = tmp_path / "crawl.warc.gz"
    archive, handle = write_warc(path)
    with handle:
        archive.request(BRIDGE_URI)
        archive.response(BRIDGE_URI, BRIDGE_HTML, "text/html; charset=utf-8")
        archive.response("https://www.harbour-gazette.example/logo.png", PNG, "image/png")
        archive.response(
            "https://www.harbour-gazette.example/gone", BRIDGE_HTML, status="404 Not Found"
        )
        archive.response(EMPTY_URI, EMPTY_HTML)
        archive.response(CAFE_URI, CAFE_HTML)
    return path


def test_articles_of_a_crawl(crawl: Path) -> None:
    found, skipped = read(crawl)
    assert [record.article.id for record in found] == [BRIDGE_URI, CAFE_URI]
    assert len(skipped) == 1  # the page with no article text (see the next test)
    bridge, cafe = (record.article for record in found)
    assert bridge.url == BRIDGE_URI
    assert bridge.outlet == "harbour-gazette.example"
    assert bridge.title == "Council approves harbour bridge"
    assert all(paragraph in bridge.text for paragraph in BRIDGE)
    assert "Home" not in bridge.text
    assert bridge.published == "2024-03-01"
    assert cafe.url == CAFE_URI
    assert cafe.outlet == "valley-courier.example"
    assert cafe.title == "Café reopens"
    assert all(paragraph in cafe.text for paragraph in CAFE)
    # No date in the page: the day it was captured.
    assert cafe.published == "2024-03-05"


def test_locators_are_record_offsets(crawl: Path) -> None:
    found, skipped = read(crawl)
    starts = offsets(crawl)
    assert [record.locator for record in found] == [f"offset {starts[1]}", f"offset {starts[5]}"]
    assert {record.source for record in found} == {str(crawl)}
    assert skipped == [
        SkippedRecord(str(crawl), f"offset {starts[4]}", skipped[0].reason),
    ]
    assert "no article text" in skipped[0].reason


def test_uncompressed_warc(tmp_path: Path) -> None:
    path = tmp_path / "plain.warc"
    archive, handle = write_warc(path, gzip=False)
    with handle:
        archive.response(BRIDGE_URI, BRIDGE_HTML)
        archive.response(CAFE_URI, CAFE_HTML)
    found, skipped = read(path)
    assert [record.article.id for record in found] == [BRIDGE_URI, CAFE_URI]
    assert skipped == []


def test_second_capture_of_a_uri_gets_a_suffix(tmp_path: Path) -> None:
    path = tmp_path / "recrawl.warc.gz"
    archive, handle = write_warc(path)
    with handle:
        archive.response(BRIDGE_URI, BRIDGE_HTML)
        archive.response(BRIDGE_URI, BRIDGE_HTML)
        archive.response(BRIDGE_URI, BRIDGE_HTML)
    found, _ = read(path)
    assert [record.article.id for record in found] == [
        BRIDGE_URI,
        f"{BRIDGE_URI}#2",
        f"{BRIDGE_URI}#3",
    ]
    assert {record.article.url for record in found} == {BRIDGE_URI}


def test_charset_of_the_content_type_header(tmp_path: Path) -> None:
    path = tmp_path / "latin.warc.gz"
    body = page("Café reopens", CAFE).encode("cp1252")  # no <meta charset> in the page
    archive, handle = write_warc(path)
    with handle:
        archive.response(CAFE_URI, body, "text/html; charset=windows-1252")
        archive.response(CAFE_URI, body, "text/html")  # undeclared and not UTF-8
    found, skipped = read(path)
    assert [record.article.id for record in found] == [CAFE_URI]
    assert CAFE[0] in found[0].article.text
    assert len(skipped) == 1
    assert "UTF-8" in skipped[0].reason


def test_resource_records_are_read(tmp_path: Path) -> None:
    path = tmp_path / "resource.warc.gz"
    archive, handle = write_warc(path)
    with handle:
        archive.resource(CAFE_URI, CAFE_HTML, "text/html")
        archive.resource("urn:x-test:notes", b"plain notes", "text/plain")
    found, skipped = read(path)
    assert [record.article.id for record in found] == [CAFE_URI]
    assert skipped == []


def test_oversize_page_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "big.warc.gz"
    archive, handle = write_warc(path)
    with handle:
        archive.response(BRIDGE_URI, BRIDGE_HTML + b" " * 2_000)
        archive.response(CAFE_URI, CAFE_HTML)
    found, skipped = read(path, max_bytes=len(BRIDGE_HTML) + 1_000)
    assert [record.article.id for record in found] == [CAFE_URI]
    assert len(skipped) == 1
    assert "byte limit" in skipped[0].reason


@pytest.mark.parametrize("gzip", [True, False], ids=["gzip", "plain"])
def test_truncated_warc(tmp_path: Path, gzip: bool) -> None:
    full = tmp_path / "full.warc"
    archive, handle = write_warc(full, gzip=gzip)
    with handle:
        archive.response(BRIDGE_URI, BRIDGE_HTML)
        archive.response(CAFE_URI, CAFE_HTML)
        archive.response("https://other.example/third", BRIDGE_HTML.replace(b"harbour", b"river"))
    data = full.read_bytes()
    starts = offsets(full)
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: (starts[2] + len(data)) // 2])  # the middle of the third record

    found, skipped = read(cut)
    assert [record.article.id for record in found] == [BRIDGE_URI, CAFE_URI]
    assert len(skipped) == 1
    assert skipped[0].locator == f"offset {starts[2]}"
    assert "truncated or corrupt" in skipped[0].reason
    assert "\n" not in skipped[0].reason


@pytest.mark.parametrize(
    "data",
    [
        b"this is not an archive\n" * 20,
        b"\x1f\x8b\x08\x00" + b"\x00" * 64,
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: nonsense\r\n\r\n<html>",
        b"",
    ],
    ids=["text", "bad-gzip", "bad-header", "empty"],
)
def test_corrupt_archives_do_not_raise(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "corrupt.warc"
    path.write_bytes(data)
    found, skipped = read(path)
    assert found == []
    assert len(skipped) <= 1
    assert all("\n" not in record.reason for record in skipped)
    if data:
        assert len(skipped) == 1


def test_missing_archive_is_one_skipped_record(tmp_path: Path) -> None:
    found, skipped = read(tmp_path / "gone.warc")
    assert found == []
    assert [(record.locator, "cannot read" in record.reason) for record in skipped] == [("", True)]


def test_bad_max_bytes() -> None:
    with pytest.raises(ConfigError):
        iter_warc("any.warc", max_bytes=0)


def test_corpus_reads_archives(tmp_path: Path, crawl: Path) -> None:
    (tmp_path / "note.txt").write_text("A short note about the harbour bridge.", encoding="utf-8")
    skipped: list[SkippedRecord] = []
    found = list(iter_corpus([tmp_path], on_skip=skipped.append))
    assert [(record.article.id, Path(record.source).name) for record in found] == [
        (BRIDGE_URI, "crawl.warc.gz"),
        (CAFE_URI, "crawl.warc.gz"),
        ("note", "note.txt"),
    ]
    assert [Path(record.source).name for record in skipped] == ["crawl.warc.gz"]


def test_arc_file(tmp_path: Path) -> None:
    def arc_record(uri: str, content_type: str, payload: bytes) -> bytes:
        header = f"{uri} 127.0.0.1 20240305100000 {content_type} {len(payload)}\n"
        return header.encode() + payload + b"\n\n"

    version = b"1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n"
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + CAFE_HTML
    path = tmp_path / "old.arc"
    path.write_bytes(
        arc_record("filedesc://old.arc", "text/plain", version)
        + arc_record(CAFE_URI, "text/html", http)
    )
    found, skipped = read(path)
    assert [(r.article.id, r.article.published, r.article.outlet) for r in found] == [
        (CAFE_URI, "2024-03-05", "valley-courier.example")
    ]
    assert skipped == []
