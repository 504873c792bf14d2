"""A real ``newstrace index`` + ``newstrace scan``: two copies of one article are called
copies of it, and of each other only a shared source (analyse/common_source.py)."""

from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.analyse.test_common_source import B_FROM_C, A, C

COPIES = {("C", "A"), ("C", "B")}


def write_two_copies(folder: Path) -> Path:
    """C and two articles written from it, A and B, as JSON Lines."""
    path = folder / "copies.jsonl"
    lines = [
        json.dumps({"id": x.id, "date": x.published, "text": x.text}) + "\n"
        for x in (C, A, B_FROM_C)
    ]
    path.write_text("".join(lines), encoding="utf-8")
    return path


def check_two_copies(pairs: list[dict[str, Any]]) -> None:
    """The pairs of a scan of :func:`write_two_copies`: C -> A, C -> B, A ~ B."""
    by_ids = {frozenset((p["a"], p["b"])): p for p in pairs}
    assert {(p["source"], p["copy"]) for p in pairs if p["copy"]} == COPIES
    shared = by_ids[frozenset("AB")]
    assert shared["relation"] == "shared_source" and shared["source"] is None
    assert shared["reasons"][0] == "both were written from C: the text they share is all in C"
    assert shared["reasons"][1].startswith("compared alone, the pair was called b_from_a")


def _run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newstrace", *args], capture_output=True, timeout=600
    )


def _pairs(folder: Path) -> list[dict[str, Any]]:
    text = (folder / "pairs.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def test_a_scan_calls_two_copies_of_one_article_a_shared_source(tmp_path: Path) -> None:
    corpus, db, out = write_two_copies(tmp_path), tmp_path / "news.db", tmp_path / "reuse"
    indexed = _run("index", str(corpus), "--db", str(db))
    assert indexed.returncode == 0, indexed.stderr
    scanned = _run("scan", "--db", str(db), "-o", str(out), "--jobs", "1")
    assert scanned.returncode == 0, scanned.stderr
    assert "shared_source 1" in scanned.stderr.decode() + scanned.stdout.decode()
    check_two_copies(_pairs(out))
    with (out / "graph.csv").open(encoding="utf-8") as handle:
        assert {(row["source"], row["copy"]) for row in csv.DictReader(handle)} == COPIES
    with sqlite3.connect(db) as connection:  # the service lists what the files hold
        stored = {
            r
            for (r,) in connection.execute(
                "SELECT relation FROM pairs WHERE a || b IN ('AB', 'BA')"
            )
        }
    assert stored == {"shared_source"}
    # A resumed scan that finds every pair done runs the rule again over the pairs it
    # changed already: the same files, byte for byte.
    again = tmp_path / "again"
    resumed = _run("scan", "--db", str(db), "-o", str(again), "--jobs", "1", "--resume")
    assert resumed.returncode == 0, resumed.stderr
    for name in ("pairs.jsonl", "graph.csv", "graph.graphml", "clusters.jsonl"):
        assert (again / name).read_bytes() == (out / name).read_bytes(), name
