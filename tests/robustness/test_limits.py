"""Huge inputs are refused early, with bounded memory and time (README, "Limits")."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

import newstrace
from newstrace.errors import TooLargeError
from newstrace.pipeline import prepare
from newstrace.segment.document import MAX_ARTICLE_CHARS, MAX_SENTENCES
from tests.conftest import SEED_B_PATH

# Runs a command and prints its exit code and peak memory (kB): a fresh parent process has
# no other children, so RUSAGE_CHILDREN is the command's own peak.
_MEASURE = (
    "import resource, subprocess, sys; code = subprocess.run(sys.argv[1:]).returncode; "
    "print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)
_PEAK_MB = 700


def _measured(*args: str) -> tuple[int, int, str, float]:
    """Exit code, peak memory in MB, stderr and seconds of `newstrace ARGS`."""
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, sys.executable, "-m", "newstrace", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )
    code, peak_kb = map(int, done.stdout.split()[-2:])
    return code, peak_kb // 1024, done.stderr, time.monotonic() - start


@pytest.fixture(scope="module")
def ten_mb_line(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("huge") / "one_line.txt"
    sentence = "the minister said that the government would act on the report "
    path.write_text(sentence * (10_000_000 // len(sentence)), encoding="utf-8")
    return path


def test_a_10_mb_single_line_is_refused_by_the_byte_limit(ten_mb_line: Path) -> None:
    code, peak, stderr, _ = _measured("compare", str(ten_mb_line), str(SEED_B_PATH))
    assert code == 2 and "Traceback" not in stderr
    assert "5,000,000-byte limit" in stderr
    assert peak < _PEAK_MB


def test_a_10_mb_line_allowed_in_is_refused_by_the_character_limit(ten_mb_line: Path) -> None:
    code, peak, stderr, seconds = _measured(
        "compare", str(ten_mb_line), str(SEED_B_PATH), "--max-bytes", "20000000"
    )
    assert code == 2 and "Traceback" not in stderr
    assert f"{MAX_ARTICLE_CHARS:,}-character limit" in stderr
    assert peak < _PEAK_MB
    assert seconds < 120  # reading and refusing; generous for a loaded CI machine


def test_an_article_at_the_character_limit_is_compared_and_one_over_it_is_not() -> None:
    sentence = "The minister said on Friday that the government would act on the report. "
    at_limit = (sentence * (MAX_ARTICLE_CHARS // len(sentence) + 1))[:MAX_ARTICLE_CHARS]
    source = SEED_B_PATH.read_text(encoding="utf-8")
    assert newstrace.compare(at_limit, source).verdict.relation == "unrelated"
    with pytest.raises(TooLargeError, match="character limit") as raised:
        newstrace.compare(at_limit + "x", source)
    assert raised.value.limit == MAX_ARTICLE_CHARS


def test_an_article_of_too_many_sentences_is_refused_before_it_is_aligned() -> None:
    # Far under the character limit, but 12,000 sentence pairs a side did not end in hours.
    def sentences(count: int) -> str:
        return " ".join(f"Item {n} is here." for n in range(count))

    assert len(prepare(newstrace.Article(sentences(MAX_SENTENCES))).sentences) == MAX_SENTENCES
    with pytest.raises(TooLargeError, match=f"{MAX_SENTENCES:,}-sentence limit"):
        newstrace.compare(sentences(MAX_SENTENCES + 1), "Go. Stop.")
