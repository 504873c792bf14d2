"""Crash safety of `newstrace index`: SIGKILLed and resumed, a full disk, a read-only index.

"The same content" means every row of every table, with an article's rowid replaced by its
id wherever a table points at one (rowids are an internal numbering), and without the
index's random identity (``meta.identity``, new for every index file).  One column differs
today and is checked apart: ``sources.articles``, the number of articles of a file, counts
only the articles added by the run that finished the file (``engines/local.py``).
"""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DATA, SEED_B_PATH

ARTICLES = 300
Content = dict[str, list[tuple[Any, ...]]]


def _corpus(path: Path) -> Path:
    """ARTICLES synthetic articles of news words (seeded), some with metadata."""
    words = (DATA / "recipe.txt").read_text(encoding="utf-8").split()
    words += SEED_B_PATH.read_text(encoding="utf-8").split()
    rng = random.Random(5)
    with path.open("w", encoding="utf-8") as handle:
        for number in range(ARTICLES):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(60, 160))) + "."
            record = {"id": f"doc{number}", "text": text, "outlet": f"outlet{number % 7}"}
            handle.write(json.dumps(record) + "\n")
    return path


def _index(
    corpus: Path,
    db: Path,
    *,
    preexec: Callable[[], None] | None = None,
    prefix: list[str] | None = None,
) -> subprocess.CompletedProcess[str]:
    command = [*(prefix or []), sys.executable, "-m", "newstrace", "index", str(corpus)]
    return subprocess.run(
        [*command, "--db", str(db), "--batch", "10"],
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=preexec,
    )


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as connection:
            return int(connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def _content(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, sorted, article rowids replaced by article ids."""
    with sqlite3.connect(db) as connection:
        tables = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        ids = dict(connection.execute("SELECT rowid, id FROM articles"))
        content: dict[str, list[tuple[Any, ...]]] = {}
        for table in tables:
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            rows = connection.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            content[table] = sorted(
                (_without_rowids(table, columns, row, ids) for row in rows), key=repr
            )
        content["meta"] = [row for row in content["meta"] if row[0] != "identity"]
    return content


def _without_rowids(
    table: str, columns: list[str], row: tuple[Any, ...], ids: dict[int, str]
) -> tuple[Any, ...]:
    out = []
    for column, value in zip(columns, row, strict=True):
        if table == "articles" and column == "rowid":
            continue
        out.append(ids.get(value, value) if column == "article" else value)
    return tuple(out)


def _kill_at(corpus: Path, db: Path, *, articles: int | None, seconds: float) -> None:
    """Start an indexer and SIGKILL it once the index holds ``articles`` (or after
    ``seconds`` when ``articles`` is None: maybe before the index file even exists)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "newstrace", "index", str(corpus), "--db", str(db), "--batch", "10"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + (seconds if articles is None else 120)
    while process.poll() is None and time.monotonic() < deadline:
        if articles is not None and _count(db) >= articles:
            break
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()


@pytest.fixture(scope="module")
def clean(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, Content]:
    root = tmp_path_factory.mktemp("crash")
    corpus = _corpus(root / "corpus.jsonl")
    db = root / "clean.db"
    assert _index(corpus, db).returncode == 0
    return corpus, _content(db)


@pytest.fixture(scope="module")
def resumed(clean: tuple[Path, Content], tmp_path_factory: pytest.TempPathFactory) -> Content:
    """An index killed at random points (seeded) four times, then run to the end."""
    corpus, _ = clean
    db = tmp_path_factory.mktemp("killed") / "killed.db"
    rng = random.Random(2026)
    # One kill at a random moment of start-up (before or while the file is created), then
    # three at random points of the indexing, each after a different number of articles.
    kills: list[tuple[int | None, float]] = [(None, rng.uniform(0.2, 1.5))]
    kills += [(n, 0.0) for n in sorted(rng.sample(range(20, ARTICLES - 50), 3))]
    counts = []
    for articles, seconds in kills:
        _kill_at(corpus, db, articles=articles, seconds=seconds)
        counts.append(_count(db))
    assert any(0 < count < ARTICLES for count in counts), f"never killed mid-way: {counts}"
    result = _index(corpus, db)
    assert result.returncode == 0, result.stderr
    return _content(db)


def test_killed_any_number_of_times_and_resumed_gives_the_same_index(
    clean: tuple[Path, Content], resumed: Content
) -> None:
    _, expected = clean
    assert resumed == expected
    assert len(resumed["articles"]) == ARTICLES


def test_a_full_disk_is_a_clear_error_and_indexing_resumes_after(
    clean: tuple[Path, Content], tmp_path: Path
) -> None:
    corpus, expected = clean
    db = tmp_path / "full.db"

    def small_disk() -> None:
        # Files may not grow past 300 kB: writes past it fail as on a full disk (Python
        # ignores SIGXFSZ, so the write returns an error instead of killing the process).
        resource.setrlimit(resource.RLIMIT_FSIZE, (300_000, 300_000))

    result = _index(corpus, db, preexec=small_disk)
    assert result.returncode == 3
    _assert_one_line(result.stderr, "disk")
    assert 0 < _count(db) < ARTICLES
    assert _index(corpus, db).returncode == 0
    assert _content(db) == expected


def test_a_read_only_index_is_a_clear_error(clean: tuple[Path, Content], tmp_path: Path) -> None:
    corpus, _ = clean
    db = tmp_path / "ro.db"
    assert _index(corpus, db).returncode == 0
    more = tmp_path / "more.jsonl"
    more.write_text(json.dumps({"id": "late", "text": "A late article with its own words."}) + "\n")
    db.chmod(0o444)
    prefix = []
    if os.geteuid() == 0:
        # root writes through file permissions; without CAP_DAC_OVERRIDE it cannot.
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root and setpriv (util-linux) is not installed")
        prefix = [setpriv, "--bounding-set=-dac_override,-dac_read_search"]
    result = _index(more, db, prefix=prefix)
    assert result.returncode == 3
    _assert_one_line(result.stderr, "cannot be written")
    assert _count(db) == ARTICLES


def _assert_one_line(stderr: str, phrase: str) -> None:
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if line.startswith("newstrace: error:")]
    assert len(lines) == 1 and phrase in lines[0], stderr
