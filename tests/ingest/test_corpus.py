"""Tests of newstrace.ingest.corpus: listing and reading the files of a corpus."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newstrace.errors import ConfigError, InputError
from newstrace.ingest import (
    CorpusRecord,
    SkippedRecord,
    iter_corpus,
    list_sources,
)
from tests.ingest.texts import BRIDGE as PARAGRAPHS

ARTICLE_HTML = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Council approves bridge</title>'
    '</head><body><nav><a href="/">Home</a></nav><article><h1>Council approves bridge</h1>'
    + "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    + "</article></body></html>"
)
EMPTY_HTML = (
    "<html><head><title>Empty</title><script>var x = 1;</script></head><body></body></html>"
)


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8", newline="")
    else:
        path.write_bytes(data)
    return path


def json_lines(*records: object) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


def read(*paths: Path, **options: int) -> tuple[list[CorpusRecord], list[SkippedRecord]]:
    skipped: list[SkippedRecord] = []
    found = list(iter_corpus(paths, on_skip=skipped.append, **options))
    return found, skipped


def ids(records: list[CorpusRecord]) -> list[str | None]:
    return [record.article.id for record in records]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of articles in every format, with the files a real folder also holds."""
    root = tmp_path / "corpus"
    write(root / "a_story.txt", "Text of the story.\n")
    write(root / "b_page.html", ARTICLE_HTML)
    write(
        root / "c_feed.jsonl",
        json.dumps({"id": "x1", "text": "First record.", "outlet": "Wire"})
        + '\n{"id": "x2", "text": \n'
        + json.dumps({"text": "Third record, no id."})
        + "\n",
    )
    write(
        root / "d_more.jsonl.gz",
        gzip.compress(
            json_lines({"id": "d1", "text": "One."}, {"id": "d2", "text": "Two."}).encode()
        ),
    )
    write(root / "sub" / "e_nested.md", "Nested *markdown* story.")
    write(root / ".hidden.txt", "A hidden file.")
    write(root / ".git" / "notes.txt", "Inside a hidden folder.")
    write(root / "notes.xyz", "Unknown extension.")
    write(root / "image.png", b"\x89PNG\r\n\x1a\n")
    return root


def test_folder_of_articles(corpus: Path) -> None:
    found, skipped = read(corpus)
    assert ids(found) == ["a_story", "b_page", "x1", "c_feed:3", "d1", "d2", "e_nested"]
    assert [(Path(r.source).name, r.locator) for r in found] == [
        ("a_story.txt", ""),
        ("b_page.html", ""),
        ("c_feed.jsonl", "line 1"),
        ("c_feed.jsonl", "line 3"),
        ("d_more.jsonl.gz", "line 1"),
        ("d_more.jsonl.gz", "line 2"),
        ("e_nested.md", ""),
    ]
    assert skipped == [SkippedRecord(str(corpus / "c_feed.jsonl"), "line 2", skipped[0].reason)]
    assert "malformed JSON" in skipped[0].reason
    assert "\n" not in skipped[0].reason


def test_articles_keep_their_content(corpus: Path) -> None:
    found, _ = read(corpus)
    by_id = {record.article.id: record.article for record in found}
    assert by_id["a_story"].text == "Text of the story.\n"
    assert by_id["x1"].outlet == "Wire"
    assert by_id["c_feed:3"].text == "Third record, no id."
    page = by_id["b_page"]
    assert page.title == "Council approves bridge"
    assert all(paragraph in page.text for paragraph in PARAGRAPHS)
    assert "Home" not in page.text


def test_list_sources_order_and_filters(corpus: Path) -> None:
    assert [path.relative_to(corpus).as_posix() for path in list_sources([corpus])] == [
        "a_story.txt",
        "b_page.html",
        "c_feed.jsonl",
        "d_more.jsonl.gz",
        "sub/e_nested.md",
    ]


def test_explicit_files_are_kept_whatever_their_name(corpus: Path) -> None:
    hidden, unknown = corpus / ".hidden.txt", corpus / "notes.xyz"
    assert list_sources([unknown, hidden, corpus / "a_story.txt"]) == [
        unknown,
        hidden,
        corpus / "a_story.txt",
    ]
    found, skipped = read(unknown, hidden)
    assert ids(found) == ["notes", ".hidden"]
    assert skipped == []


def test_a_lone_path_is_one_path(corpus: Path) -> None:
    assert list_sources(str(corpus / "a_story.txt")) == [corpus / "a_story.txt"]
    assert ids(read(corpus / "a_story.txt")[0]) == ["a_story"]


def test_explicit_compressed_article(tmp_path: Path) -> None:
    path = write(tmp_path / "wire.txt.gz", gzip.compress(b"A compressed story."))
    assert list_sources([tmp_path]) == []  # not a known kind inside a folder
    found, skipped = read(path)
    assert [(r.article.id, r.article.text) for r in found] == [("wire", "A compressed story.")]
    assert skipped == []


def test_a_file_listed_twice_is_read_once(corpus: Path) -> None:
    story = corpus / "a_story.txt"
    assert list_sources([story, corpus, story])[:2] == [story, corpus / "b_page.html"]


def test_missing_path_raises(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file") as error:
        iter_corpus([tmp_path, tmp_path / "gone"])
    assert str(tmp_path / "gone") in str(error.value)


def test_folder_without_known_files_yields_nothing(tmp_path: Path) -> None:
    write(tmp_path / "notes.xyz", "Unknown extension.")
    write(tmp_path / ".hidden.txt", "Hidden.")
    (tmp_path / "empty").mkdir()
    assert read(tmp_path) == ([], [])


def test_bad_max_bytes() -> None:
    with pytest.raises(ConfigError):
        iter_corpus([], max_bytes=0)


def test_bad_lines_are_skipped_and_reading_goes_on(tmp_path: Path) -> None:
    path = write(
        tmp_path / "feed.ndjson",
        b"\xef\xbb\xbf"  # a UTF-8 BOM on the first line is accepted
        + json_lines({"id": "ok1", "text": "Fine."}).encode()
        + b'{"id": "latin", "text": "caf\xe9"}\n'
        + b"\n"  # blank lines are not records
        + json_lines(
            {"id": "empty", "text": "   "},
            {"id": "no-text"},
            [1, 2],
            {"id": "big", "text": "x" * 200},
            {"id": "ok2", "text": "Also fine."},
        ).encode(),
    )
    found, skipped = read(path, max_bytes=150)
    assert ids(found) == ["ok1", "ok2"]
    assert [record.locator for record in found] == ["line 1", "line 8"]
    assert [record.locator for record in skipped] == [
        "line 2",
        "line 4",
        "line 5",
        "line 6",
        "line 7",
    ]
    reasons = [record.reason for record in skipped]
    assert "UTF-8" in reasons[0]
    assert "empty" in reasons[1]
    assert '"text"' in reasons[2]
    assert "an array" in reasons[3]
    assert "150-byte limit" in reasons[4]


def test_bad_files_are_skipped_and_reading_goes_on(tmp_path: Path) -> None:
    write(tmp_path / "a_latin.txt", "caf\xe9".encode("latin-1"))
    write(tmp_path / "b_empty.txt", "  \n")
    write(tmp_path / "c_nav.html", EMPTY_HTML)
    write(tmp_path / "d_big.txt", "word " * 100)
    write(tmp_path / "e_bad.json", '{"text": "unclosed"')
    write(tmp_path / "f_fake.jsonl.gz", b"not gzip at all\n")
    write(tmp_path / "g_good.txt", "The one good article.")
    found, skipped = read(tmp_path, max_bytes=200)
    assert ids(found) == ["g_good"]
    assert [(Path(record.source).name, record.locator) for record in skipped] == [
        ("a_latin.txt", ""),
        ("b_empty.txt", ""),
        ("c_nav.html", ""),
        ("d_big.txt", ""),
        ("e_bad.json", ""),
        ("f_fake.jsonl.gz", "line 1"),
    ]
    reasons = [record.reason for record in skipped]
    assert "not UTF-8" in reasons[0]
    assert "no text" in reasons[1]
    assert "no article text" in reasons[2]
    assert "200-byte limit" in reasons[3]
    assert "malformed JSON" in reasons[4]
    assert all("\n" not in reason and str(tmp_path) not in reason for reason in reasons)


def test_truncated_gzip_keeps_the_lines_before_the_cut(tmp_path: Path) -> None:
    lines = json_lines(*({"id": f"r{n}", "text": f"Record number {n}. " * 50} for n in range(200)))
    data = gzip.compress(lines.encode())
    path = write(tmp_path / "cut.jsonl.gz", data[: len(data) // 2])
    found, skipped = read(path)
    assert 0 < len(found) < 200
    assert ids(found) == [f"r{n}" for n in range(len(found))]
    assert len(skipped) == 1
    assert skipped[0].locator.startswith("line ")
    assert int(skipped[0].locator.split()[1]) >= len(found)


def test_json_files(tmp_path: Path) -> None:
    write(tmp_path / "a_one.json", json.dumps({"text": "A single article."}))
    write(
        tmp_path / "b_many.json",
        json.dumps([{"text": "First."}, {"id": 7, "text": "Second."}, "oops"]),
    )
    write(tmp_path / "c_lines.json", json_lines({"text": "Line one."}, {"text": "Line two."}))
    write(
        tmp_path / "d_gz.json.gz",
        gzip.compress(json.dumps({"id": "g", "text": "Zipped."}).encode()),
    )
    found, skipped = read(tmp_path)
    assert [(r.article.id, r.locator) for r in found] == [
        ("a_one", ""),
        ("b_many:1", "record 1"),
        ("7", "record 2"),
        ("c_lines:1", "line 1"),
        ("c_lines:2", "line 2"),
        ("g", ""),
    ]
    assert [(Path(r.source).name, r.locator) for r in skipped] == [("b_many.json", "record 3")]


def test_unreadable_file_is_one_skipped_record(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "First.")
    vanishing = write(tmp_path / "b.jsonl", json_lines({"text": "Gone."}))
    write(tmp_path / "c.txt", "Third.")
    skipped: list[SkippedRecord] = []
    records = iter_corpus([tmp_path], on_skip=skipped.append)
    vanishing.unlink()  # removed after the folder was listed, as in a live folder
    assert ids(list(records)) == ["a", "c"]
    assert [(Path(r.source).name, r.locator) for r in skipped] == [("b.jsonl", "")]
    assert "cannot read" in skipped[0].reason


def test_without_on_skip_bad_records_are_dropped(corpus: Path) -> None:
    assert len(list(iter_corpus([corpus]))) == 7
