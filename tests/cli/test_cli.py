"""The CLI: JSON output on the seed pair, and one clear line for every bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED_A_PATH, SEED_B_PATH


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newstrace", *args], input=stdin, capture_output=True, timeout=120
    )


def test_compare_prints_json_with_the_documented_fields() -> None:
    result = _run("compare", str(SEED_A_PATH), str(SEED_B_PATH), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"a", "b", "verdict", "coverage", "alignments"}
    assert set(data["a"]) >= {"id", "title", "outlet", "published", "length"}
    assert data["verdict"]["relation"] == "a_from_b"
    first = data["alignments"][0]
    assert set(first) >= {"kind", "score", "a_span", "b_span", "a_text", "b_text"}


def test_compare_reads_stdin_and_shows_the_text_view() -> None:
    result = _run("compare", "-", str(SEED_B_PATH), stdin=SEED_A_PATH.read_bytes())
    assert result.returncode == 0, result.stderr
    assert b"A was written from B" in result.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", b"empty"),
        (b"   \n\n  ", b"empty"),
        ("caf\u00e9 au lait".encode("latin-1"), b"UTF-8"),
        (b"\x00\x01\x02binary\x00", b"binary"),
    ],
)
def test_bad_input_gives_one_line_and_exit_code_2(
    tmp_path: Path, content: bytes, message: bytes
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = _run("compare", str(bad), str(SEED_B_PATH))
    assert result.returncode == 2
    assert result.stdout == b""
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in lines[0]
    assert message.lower() in lines[0].encode().lower()
    assert str(bad) in lines[0]


def test_missing_file_and_directory_are_clear_errors(tmp_path: Path) -> None:
    for path, message in ((tmp_path / "nope.txt", "no such file"), (tmp_path, "directory")):
        result = _run("compare", str(path), str(SEED_B_PATH))
        assert result.returncode == 2
        line = result.stderr.decode().strip()
        assert "\n" not in line and message in line.lower()


def test_an_out_of_range_threshold_is_a_usage_error() -> None:
    result = _run("compare", str(SEED_A_PATH), str(SEED_B_PATH), "--threshold", "1.5")
    assert result.returncode == 2
    assert "threshold" in result.stderr.decode()


def test_version() -> None:
    result = _run("--version")
    assert result.returncode == 0 and result.stdout.startswith(b"newstrace ")


def test_a_lexicon_file_adds_loaded_words(tmp_path: Path) -> None:
    lexicon = tmp_path / "words.txt"
    # "announcement" is in an aligned sentence of A and in no form in B; "consider" is in
    # both ("committed" is not added either: B has "commit")
    lexicon.write_text("# extra words\nannouncement\nconsider\ncommitted\n\n", encoding="utf-8")
    args = ("compare", str(SEED_A_PATH), str(SEED_B_PATH), "--format", "json")
    plain = {w["word"] for w in json.loads(_run(*args).stdout)["wording"]}
    extended = {
        w["word"] for w in json.loads(_run(*args, "--lexicon", str(lexicon)).stdout)["wording"]
    }
    assert extended - plain == {"announcement"}
    missing = _run(*args, "--lexicon", str(tmp_path / "none.txt"))
    assert missing.returncode == 2 and b"lexicon" in missing.stderr
