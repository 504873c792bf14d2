"""Bad input on the ingest and compare paths: a result or one clear line, never a traceback.

Hand-written messy files go through `newstrace compare` and `newstrace index`; hypothesis
generates messy texts for `read_article` (as text, HTML and JSON files) and `compare`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

import newstrace
from newstrace.errors import InputError
from newstrace.ingest import read_article
from newstrace.ingest.webpage import read_html_article
from newstrace.report.as_html import to_html
from newstrace.report.as_json import to_json
from tests.conftest import SEED_B_PATH
from tests.robustness.texts import CASES, NEWS, messy_text

# What each hand-written case must give: "ok", or a phrase of its one-line error.
EXPECTED = {
    "zero_length.txt": "empty",
    "nul_bytes.txt": "binary",
    "invalid_utf8.txt": "not UTF-8",
    "truncated_utf8.txt": "not UTF-8",
    "random_bytes.bin": "binary",
    "only_quotes.txt": "no words",
    "unbalanced_quotes.txt": "ok",
    "no_sentence_end.txt": "ok",
    "right_to_left.txt": "ok",
    "cjk.txt": "ok",
    "bidi_controls.txt": "ok",
    "scripts.html": "ok",
    "only_scripts.html": "no article text",
    "lone_surrogate.json": "lone surrogate",
    "nul_escape.json": "binary",
    "deep.json": "JSON",
    "utf16.txt": "ok",
}


def _cli(*args: str) -> Result:
    from newstrace.cli import app

    return CliRunner().invoke(app, list(args))


def _check_one_line(result: Result, phrase: str) -> None:
    assert result.exit_code == 2, (result.exit_code, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("newstrace: error:") and phrase in lines[0], lines[0]


def _check_comparison(data: dict[str, object], a: str, b: str) -> None:
    alignments = data["alignments"]
    assert isinstance(alignments, list)
    for x in alignments:
        assert a[x["a_span"][0] : x["a_span"][1]] == x["a_text"]
        assert b[x["b_span"][0] : x["b_span"][1]] == x["b_text"]


def test_the_cases_cover_every_expectation() -> None:
    assert {name for name, _ in CASES} == set(EXPECTED)


@pytest.mark.parametrize(("name", "content"), CASES, ids=[name for name, _ in CASES])
def test_compare_gives_a_result_or_one_clear_line(
    tmp_path: Path, name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = _cli("compare", str(path), str(SEED_B_PATH), "--format", "json")
    if EXPECTED[name] != "ok":
        _check_one_line(result, EXPECTED[name])
        assert str(path) in result.stderr or path.stem in result.stderr
        return
    assert result.exit_code == 0, result.output
    text = read_article(path).text
    _check_comparison(json.loads(result.stdout), text, SEED_B_PATH.read_text(encoding="utf-8"))


def test_a_directory_given_as_a_file_is_one_clear_line(tmp_path: Path) -> None:
    _check_one_line(_cli("compare", str(tmp_path), str(SEED_B_PATH)), "directory")


def test_html_scripts_never_reach_the_article() -> None:
    html = dict(CASES)["scripts.html"].decode()
    article = read_html_article(html.encode())
    assert "SCRIPT-TEXT" not in article.text and "minister" in article.text


def test_index_skips_every_bad_file_and_keeps_the_good_ones(tmp_path: Path) -> None:
    corpus = tmp_path / "crawl"
    corpus.mkdir()
    for name, content in CASES:
        (corpus / name.replace(".bin", ".txt")).write_bytes(content)
    result = _cli("index", str(corpus), "--db", str(tmp_path / "news.db"))
    assert result.exit_code == 0, result.output
    assert result.exception is None
    good = sum(1 for expected in EXPECTED.values() if expected == "ok")
    summary = " ".join(result.stderr.split())
    counts = re.search(
        r"added (\d+) articles .* (\d+) duplicate texts, .* (\d+) bad records", summary
    )
    assert counts is not None, summary
    added, duplicates, bad = map(int, counts.groups())
    assert (added + duplicates, bad) == (good, len(CASES) - good)


FUZZ = settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FUZZ
@given(
    text=messy_text,
    dress=st.sampled_from(["text", "html", "json", "jsonl"]),
    suffix=st.sampled_from(["", ".txt", ".html", ".json"]),
)
def test_read_article_on_messy_files(tmp_path: Path, text: str, dress: str, suffix: str) -> None:
    if dress == "html":
        data = f"<html><body><script>x()</script><p>{text}</p></body></html>"
    elif dress in ("json", "jsonl"):
        data = json.dumps({"id": "x", "text": text, "title": text[:20]})
    else:
        data = text
    path = tmp_path / f"in{suffix}"
    path.write_bytes(data.encode("utf-8", errors="surrogatepass"))
    try:
        article = read_article(path)
    except InputError as error:
        assert "\n" not in str(error)
        return
    assert article.text.strip()
    article.text.encode("utf-8")  # no lone surrogate gets through
    (article.title or "").encode("utf-8")


@pytest.fixture(scope="module")
def warm() -> None:
    """Load the sentence encoder once, outside the timed examples."""
    newstrace.compare("The minister spoke on Friday.", "The minister spoke on Friday.")


@settings(max_examples=25, deadline=None)
@given(a=messy_text, b=messy_text)
def test_compare_on_messy_text(warm: None, a: str, b: str) -> None:
    try:
        result = newstrace.compare(a, b)
    except InputError as error:
        assert "\n" not in str(error)
        return
    assert result.verdict.relation in ("a_from_b", "b_from_a", "shared_source", "unrelated")
    _check_comparison(result.to_dict(), a, b)
    to_json(result).encode("utf-8")
    html = to_html(result, newstrace.Article(a), newstrace.Article(b))
    assert html.startswith("<!doctype html>")


def test_an_output_folder_that_cannot_be_made_is_one_line(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(NEWS, encoding="utf-8")
    db = tmp_path / "news.db"
    assert _cli("index", str(story), "--db", str(db)).exit_code == 0
    blocker = tmp_path / "a_file"
    blocker.write_text("", encoding="utf-8")
    result = _cli("scan", "--db", str(db), "-o", str(blocker / "reuse"))
    assert result.exit_code == 1 and result.exception is not None
    assert isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newstrace: error:") and "reuse" in lines[0]
