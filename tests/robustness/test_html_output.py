"""Every HTML output escapes article text: real comparisons of hostile articles, and
`newstrace trace --format html` on an index of them (tests/report checks the report's
template on hand-made comparisons; these go through the whole pipeline)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import newstrace
from newstrace.cli import app
from newstrace.report.as_html import to_html
from tests.conftest import SEED_A_PATH, SEED_B_PATH
from tests.report.build import XSS, XSS_TEXT
from tests.report.parse import Report

_INJECTED = {"img", "svg", "iframe", "textarea", "a", "blink"}


def _hostile(path: Path) -> str:
    """The article at ``path`` with markup in its first paragraph and in a quotation."""
    return f"{XSS_TEXT}\n\n“{XSS[0]}” he said.\n\n" + path.read_text(encoding="utf-8")


def _assert_escaped(html: str, *texts: str) -> None:
    report = Report(html)
    names = [tag for tag, _ in report.tags]
    assert names.count("script") == 1, "only the report's own script"
    assert not _INJECTED & set(names)
    assert not any(name.startswith("on") for _, attrs in report.tags for name in attrs)
    for payload in XSS:
        assert payload not in html
    columns = (report.columns["a"].text, report.columns["b"].text)
    assert columns == texts


def test_a_real_comparison_of_hostile_articles_is_escaped() -> None:
    a = newstrace.Article(_hostile(SEED_A_PATH), id=XSS[1], title=XSS[0], outlet=XSS[2])
    b = newstrace.Article(_hostile(SEED_B_PATH), id=XSS[3], title=XSS[4], outlet=XSS[5])
    result = newstrace.compare(a, b)
    assert any(XSS[0] in x.a_text for x in result.alignments)  # the markup is aligned too
    _assert_escaped(to_html(result, a, b), a.text, b.text)


def test_trace_html_escapes_the_indexed_articles(tmp_path: Path) -> None:
    source = {"id": XSS[1], "title": XSS[0], "outlet": XSS[2], "text": _hostile(SEED_B_PATH)}
    (tmp_path / "crawl.jsonl").write_text(json.dumps(source) + "\n", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(_hostile(SEED_A_PATH), encoding="utf-8")
    db, out = tmp_path / "news.db", tmp_path / "trace.html"
    runner = CliRunner()
    assert (
        runner.invoke(app, ["index", str(tmp_path / "crawl.jsonl"), "--db", str(db)]).exit_code == 0
    )
    result = runner.invoke(
        app, ["trace", str(story), "--db", str(db), "-f", "html", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    _assert_escaped(
        out.read_text(encoding="utf-8"), story.read_text(encoding="utf-8"), source["text"]
    )
