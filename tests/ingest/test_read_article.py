"""Tests of the ingest stage: newstrace.ingest.read_article and iter_records."""

from __future__ import annotations

import gzip
import io
import json
import sys
import unicodedata
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newstrace.errors import (
    ConfigError,
    EmptyTextError,
    EncodingError,
    InputError,
    NotAnArticleError,
    TooLargeError,
)
from newstrace.ingest import DEFAULT_MAX_BYTES, iter_records, plaintext, read_article
from newstrace.model import Article

PARAGRAPHS = [
    (
        "The city council voted on Tuesday to approve the new harbour bridge, ending a "
        "decade of debate about the crossing and its cost to local taxpayers."
    ),
    (
        "Officials said construction would begin next spring and take four years, with "
        "traffic diverted through the old tunnel while the work is under way."
    ),
    (
        "Residents of the waterfront district welcomed the decision but warned that the "
        "noise and dust of the building site would disrupt their lives for years."
    ),
]

ARTICLE_HTML = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Council approves harbour bridge</title>
  <meta property="og:site_name" content="Harbour Gazette">
  <script>var tracker = "SECRET_SCRIPT_TOKEN";</script>
</head>
<body>
  <nav><a href="/">Home</a> | <a href="/news">News</a></nav>
  <article>
    <h1>Council approves harbour bridge</h1>
    <p>{PARAGRAPHS[0]}</p>
    <p>{PARAGRAPHS[1]}</p>
    <p>{PARAGRAPHS[2]}</p>
  </article>
  <script>document.write("SECRET_SCRIPT_TOKEN");</script>
</body>
</html>
"""


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8", newline="")
    else:
        path.write_bytes(data)
    return path


def assert_one_line(error: pytest.ExceptionInfo[Exception]) -> None:
    assert "\n" not in str(error.value)


# --- plain text -------------------------------------------------------------------


def test_plain_text_round_trip(tmp_path: Path) -> None:
    text = "Première ligne — “quoted”.\r\n\nSecond paragraph.\n"
    path = write(tmp_path, "story.txt", text)
    article = read_article(path)
    assert article == Article(text=text, id="story")


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    path = write(tmp_path, "bom.txt", b"\xef\xbb\xbfHello world.")
    assert read_article(path).text == "Hello world."


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    path = write(tmp_path, "wide.txt", "Hello wide world.".encode("utf-16"))
    assert read_article(path).text == "Hello wide world."


def test_latin1_is_an_encoding_error_with_offset(tmp_path: Path) -> None:
    path = write(tmp_path, "latin.txt", "Café au lait.".encode("latin-1"))
    with pytest.raises(EncodingError) as error:
        read_article(path)
    message = str(error.value)
    assert "offset 3" in message
    assert "iconv" in message
    assert error.value.path == str(path)
    assert_one_line(error)


def test_nul_bytes_are_not_an_article(tmp_path: Path) -> None:
    path = write(tmp_path, "blob.txt", b"some\x00binary\x00data")
    with pytest.raises(NotAnArticleError, match="binary data"):
        read_article(path)


def test_control_characters_are_not_an_article(tmp_path: Path) -> None:
    path = write(tmp_path, "controls.txt", bytes(range(1, 9)) * 20)
    with pytest.raises(NotAnArticleError, match="binary data"):
        read_article(path)


def test_gzip_file_is_not_an_article(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt.gz", gzip.compress(b"hello " * 100))
    with pytest.raises(NotAnArticleError, match="gunzip"):
        read_article(path)


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  "])
def test_empty_and_whitespace_only(tmp_path: Path, content: bytes) -> None:
    path = write(tmp_path, "empty.txt", content)
    with pytest.raises(EmptyTextError) as error:
        read_article(path)
    assert error.value.path == str(path)


# --- files and limits -------------------------------------------------------------


def test_directory_is_not_an_article(tmp_path: Path) -> None:
    with pytest.raises(NotAnArticleError, match="is a directory"):
        read_article(tmp_path)


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.txt"
    with pytest.raises(InputError, match="no such file") as error:
        read_article(path)
    assert str(path) in str(error.value)


def test_too_large(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", b"word " * 100)
    with pytest.raises(TooLargeError) as error:
        read_article(path, max_bytes=100)
    assert error.value.limit == 100
    assert "500 bytes" in str(error.value)
    assert_one_line(error)
    assert read_article(path, max_bytes=500).text.startswith("word")


def test_default_limit_is_documented_value() -> None:
    assert DEFAULT_MAX_BYTES == 5_000_000


@pytest.mark.parametrize("max_bytes", [0, -1, True])
def test_bad_max_bytes(tmp_path: Path, max_bytes: int) -> None:
    path = write(tmp_path, "a.txt", "text")
    with pytest.raises(ConfigError):
        read_article(path, max_bytes=max_bytes)


def test_unknown_format(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "text")
    with pytest.raises(ConfigError, match="pdf"):
        read_article(path, input_format="pdf")


# --- stdin ------------------------------------------------------------------------


def fake_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=io.BytesIO(data)))


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_stdin(monkeypatch, b"From standard input.\n")
    assert read_article("-") == Article(text="From standard input.\n", id=None)


def test_stdin_json_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_stdin(monkeypatch, b'{"text": "Piped JSON.", "title": "T"}')
    article = read_article("-")
    assert (article.text, article.title, article.id) == ("Piped JSON.", "T", None)


def test_stdin_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_stdin(monkeypatch, b"x" * 50)
    with pytest.raises(TooLargeError) as error:
        read_article("-", max_bytes=10)
    assert error.value.path == "<stdin>"


# --- HTML -------------------------------------------------------------------------


def test_html_article_is_extracted(tmp_path: Path) -> None:
    path = write(tmp_path, "page.html", ARTICLE_HTML)
    article = read_article(path)
    assert "SECRET_SCRIPT_TOKEN" not in article.text
    assert "Home" not in article.text
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text
    assert f"{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}" in article.text
    assert article.title == "Council approves harbour bridge"
    assert article.outlet == "Harbour Gazette"
    assert article.id == "page"


def test_html_is_sniffed_without_extension(tmp_path: Path) -> None:
    path = write(tmp_path, "page", ARTICLE_HTML)
    assert PARAGRAPHS[1] in read_article(path).text


def test_html_as_text_keeps_markup(tmp_path: Path) -> None:
    path = write(tmp_path, "page.html", ARTICLE_HTML)
    assert read_article(path, input_format="text").text == ARTICLE_HTML


def test_html_in_declared_legacy_charset(tmp_path: Path) -> None:
    html = ARTICLE_HTML.replace('charset="utf-8"', 'charset="iso-8859-1"')
    html = html.replace("The city council", "Le café du conseil")
    path = write(tmp_path, "page.html", html.encode("latin-1"))
    assert "Le café du conseil" in read_article(path).text


def test_html_without_article(tmp_path: Path) -> None:
    html = "<html><head><title>Empty</title><script>var x = 1;</script></head><body></body></html>"
    path = write(tmp_path, "empty.html", html)
    with pytest.raises(NotAnArticleError, match="no article text found") as error:
        read_article(path)
    assert "--input-format text" in str(error.value)
    assert_one_line(error)


# --- JSON and JSON Lines ----------------------------------------------------------


def test_json_object(tmp_path: Path) -> None:
    record = {
        "id": 42,
        "text": "Body of the story.",
        "title": "A title",
        "source": "Wire",
        "date": "2015-09-18",
        "url": "https://example.com/a",
    }
    path = write(tmp_path, "one.json", json.dumps(record, indent=2))
    assert read_article(path) == Article(
        text="Body of the story.",
        id="42",
        title="A title",
        outlet="Wire",
        published="2015-09-18",
        url="https://example.com/a",
    )


def test_json_object_without_id_uses_file_stem(tmp_path: Path) -> None:
    path = write(tmp_path, "one.json", '{"text": "Body."}')
    assert read_article(path).id == "one"


def jsonl(*records: dict[str, object]) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


def test_jsonl_selector(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "many.jsonl",
        jsonl({"id": "a", "text": "First."}, {"id": "b", "text": "Second.", "outlet": "X"}),
    )
    article = read_article(f"{path}#b")
    assert (article.id, article.text, article.outlet) == ("b", "Second.", "X")


def test_hash_in_a_real_file_name_is_not_a_selector(tmp_path: Path) -> None:
    write(tmp_path, "notes", "Plain notes.")
    path = write(tmp_path, "notes#2", "The second notes.")
    assert read_article(path).text == "The second notes."


def test_selector_needs_json(tmp_path: Path) -> None:
    path = write(tmp_path, "many.jsonl", jsonl({"id": "a", "text": "A."}))
    assert read_article(f"{path}#a").text == "A."
    with pytest.raises(InputError, match="input-format json"):
        read_article(f"{path}#a", input_format="text")


def test_jsonl_selector_unknown_id(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "many.jsonl",
        jsonl({"id": "a", "text": "A."}, {"id": "b", "text": "B."}),
    )
    with pytest.raises(InputError, match="no record with id 'zz'"):
        read_article(f"{path}#zz")


def test_jsonl_with_several_records_needs_selector(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "many.jsonl",
        jsonl({"id": "a", "text": "A."}, {"id": "b", "text": "B."}),
    )
    with pytest.raises(InputError) as error:
        read_article(path)
    assert "#" in str(error.value)
    assert "2 articles" in str(error.value)
    assert_one_line(error)


def test_malformed_json_names_line(tmp_path: Path) -> None:
    content = jsonl({"id": "a", "text": "A."}, {"id": "b", "text": "B."}) + '{"id": "c", "text": \n'
    path = write(tmp_path, "bad.jsonl", content)
    with pytest.raises(InputError, match="line 3") as error:
        read_article(path)
    assert_one_line(error)


def test_malformed_json_object_names_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.json", '{\n  "text": "A",\n  "title": oops\n}')
    with pytest.raises(InputError, match="line 3"):
        read_article(path)


@pytest.mark.parametrize(
    ("record", "error"),
    [
        ({"title": "no text"}, InputError),
        ({"text": 5}, InputError),
        ({"text": "  "}, EmptyTextError),
        ({"text": "ok", "title": ["a"]}, InputError),
    ],
)
def test_bad_records(tmp_path: Path, record: dict[str, object], error: type[Exception]) -> None:
    path = write(tmp_path, "bad.json", json.dumps(record))
    with pytest.raises(error):
        read_article(path)


def test_iter_records_streams_gzip(tmp_path: Path) -> None:
    content = jsonl({"id": 1, "text": "One."}, {"text": "Two.", "sitename": "S"})
    path = write(tmp_path, "corpus.jsonl.gz", gzip.compress(("\n" + content).encode()))
    articles = list(iter_records(path))
    assert [(a.id, a.text, a.outlet) for a in articles] == [
        ("1", "One.", None),
        ("corpus:3", "Two.", "S"),
    ]


def test_iter_records_json_array(tmp_path: Path) -> None:
    path = write(tmp_path, "set.json", json.dumps([{"text": "A."}, {"text": "B."}]))
    assert [a.id for a in iter_records(path)] == ["set:1", "set:2"]


def test_iter_records_malformed_line(tmp_path: Path) -> None:
    path = write(tmp_path, "corpus.jsonl", jsonl({"text": "One."}) + "not json\n")
    records = iter_records(path)
    assert next(records).text == "One."
    with pytest.raises(InputError, match="line 2"):
        next(records)


def test_iter_records_bad_gzip(tmp_path: Path) -> None:
    path = write(tmp_path, "corpus.jsonl.gz", b"not gzip at all")
    with pytest.raises(NotAnArticleError, match="gzip"):
        list(iter_records(path))


# --- anything at all --------------------------------------------------------------


# Raw bytes, text, and text dressed up as HTML or JSON, so that every reader is reached.
ANY_INPUT = st.one_of(
    st.binary(max_size=2048),
    st.text(max_size=512).map(str.encode),
    st.tuples(
        st.sampled_from(["<html><body><p>", "<p>", "{", '{"text": ', "\ufeff", "\x00"]),
        st.text(max_size=512),
    ).map(lambda parts: "".join(parts).encode("utf-8", errors="surrogatepass")),
)


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=ANY_INPUT, name=st.sampled_from(["in.txt", "in", "in.html", "in.jsonl"]))
def test_arbitrary_bytes_never_escape(tmp_path: Path, data: bytes, name: str) -> None:
    path = write(tmp_path, name, data)
    try:
        article = read_article(path)
    except InputError as error:
        assert "\n" not in str(error)
    else:
        assert article.text.strip()


def test_the_binary_characters_counted_are_the_controls_but_whitespace() -> None:
    controls = [chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cc"]
    counted = [c for c in controls if plaintext._BINARY_CHAR.fullmatch(c)]
    assert counted == [c for c in controls if c not in "\t\n\r\f\v"]
    assert not any(plaintext._BINARY_CHAR.match(chr(c)) for c in range(0xA0, 0x3000))
