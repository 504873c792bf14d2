"""`newstrace compare A B --format html`: to a file with -o, else to stdout."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from newstrace.cli import app
from tests.conftest import SEED_A_PATH, SEED_B_PATH


def _compare(*options: str) -> tuple[int, str]:
    result = CliRunner().invoke(
        app, ["compare", str(SEED_A_PATH), str(SEED_B_PATH), "--format", "html", *options]
    )
    return result.exit_code, result.stdout


def test_html_goes_to_the_output_file(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    code, stdout = _compare("-o", str(out))
    assert code == 0 and stdout == ""
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and html.rstrip().endswith("</html>")
    assert "A was written from B" in html
    assert SEED_A_PATH.stem in html and SEED_B_PATH.stem in html


def test_html_goes_to_stdout_without_output_file() -> None:
    code, stdout = _compare()
    assert code == 0
    assert stdout.startswith("<!doctype html>") and "A was written from B" in stdout
