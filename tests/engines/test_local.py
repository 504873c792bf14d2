"""index / trace / scan on a small corpus with planted reuse, incremental and resumable."""

from __future__ import annotations

import csv
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newstrace.config import DEFAULT_CONFIG
from newstrace.engines.local import index_corpus, scan, trace
from newstrace.model import Article
from newstrace.store import Store
from tests.conftest import DATA, SEED_A_PATH, SEED_B_PATH

SEED_A, SEED_B = SEED_A_PATH.stem, SEED_B_PATH.stem


def _corpus(root: Path) -> Path:
    """Seed pair, a BASIL triplet, two unrelated texts, and a planted copy of the HuffPost article."""
    corpus = root / "corpus"
    (corpus / "seeds").mkdir(parents=True)
    for path in (SEED_A_PATH, SEED_B_PATH):
        (corpus / "seeds" / path.name).write_text(
            path.read_text(encoding="utf-8"), encoding="utf-8"
        )
    (corpus / "basil.jsonl").write_text(
        (DATA / "basil_event_sample.jsonl").read_text(encoding="utf-8"), encoding="utf-8"
    )
    for name in ("recipe.txt", "match_report.txt"):
        (corpus / name).write_text((DATA / name).read_text(encoding="utf-8"), encoding="utf-8")
    hpo = json.loads(
        (DATA / "basil_event_sample.jsonl").read_text(encoding="utf-8").splitlines()[1]
    )
    paragraphs = hpo["text"].split("\n\n")
    planted = {
        "id": "planted-copy",
        "outlet": "aggregator",
        "date": "2016-09-02",
        "text": "A blog post opened with its own words about the visit.\n\n"
        + "\n\n".join(paragraphs[:6]),
    }
    (corpus / "aggregator.jsonl").write_text(json.dumps(planted) + "\n", encoding="utf-8")
    return corpus


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("index")
    corpus = _corpus(root)
    db = root / "news.db"
    with Store(db, config=DEFAULT_CONFIG.candidates) as store:
        report = index_corpus(store, [corpus])
        assert report.added == 8 and not report.bad_records
    return corpus, db


def test_indexing_again_adds_nothing_and_skips_unchanged_files(indexed: tuple[Path, Path]) -> None:
    corpus, db = indexed
    with Store(db, config=DEFAULT_CONFIG.candidates) as store:
        report = index_corpus(store, [corpus])
        assert (report.added, report.skipped_sources) == (0, 6)
        assert len(store) == 8
        extra = corpus / "late.txt"
        extra.write_text(
            "A late article about something else entirely, with its own words.", encoding="utf-8"
        )
        assert index_corpus(store, [corpus]).added == 1
        assert len(store) == 9


def test_trace_finds_the_source_of_the_seed_rewrite_first(indexed: tuple[Path, Path]) -> None:
    _, db = indexed
    with Store(db, config=DEFAULT_CONFIG.candidates) as store:
        sources = trace(store, Article(SEED_A_PATH.read_text(encoding="utf-8"), id=SEED_A))
    assert sources[0].article.id == SEED_B
    assert sources[0].comparison.verdict.relation == "a_from_b"


def test_scan_finds_the_copies_and_calls_the_triplet_shared_source(
    indexed: tuple[Path, Path],
) -> None:
    _, db = indexed
    with Store(db, config=DEFAULT_CONFIG.candidates) as store:
        found = {(c.a.id, c.b.id): c.verdict.relation for c in scan(store)}
    copies = {pair: rel for pair, rel in found.items() if rel in ("a_from_b", "b_from_a")}

    def source_copy(
        pair: tuple[str | None, str | None], relation: str
    ) -> tuple[str | None, str | None]:
        return (pair[1], pair[0]) if relation == "a_from_b" else pair

    edges = {source_copy(pair, rel) for pair, rel in copies.items()}
    assert (SEED_B, SEED_A) in edges
    assert ("8f68dc8f-d6db-45b4-977b-3ba2bd56faf6", "planted-copy") in edges
    assert len(edges) == 2  # the independent reports are not called copies


def _run(*args: str, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newstrace", *args], capture_output=True, timeout=600, **kwargs
    )  # type: ignore[call-overload]


def test_the_cli_indexes_traces_and_writes_the_provenance_graph(tmp_path: Path) -> None:
    corpus, db, out = _corpus(tmp_path), tmp_path / "cli.db", tmp_path / "reuse"
    assert _run("index", str(corpus), "--db", str(db)).returncode == 0
    cache = db.with_name(db.name + ".ann.json")  # made by index, so trace need not wait
    assert json.loads(cache.read_text(encoding="utf-8"))["max_row"] == _count(db)
    result = _run("trace", str(SEED_A_PATH), "--db", str(db), "--format", "json")
    assert result.returncode == 0, result.stderr
    first = json.loads(result.stdout)["sources"][0]
    assert (first["b"]["id"], first["verdict"]["relation"]) == (SEED_B, "a_from_b")
    assert _run("scan", "--db", str(db), "-o", str(out)).returncode == 0
    with (out / "graph.csv").open(encoding="utf-8") as handle:
        edges = {(row["source"], row["copy"]): row for row in csv.DictReader(handle)}
    assert edges[(SEED_B, SEED_A)]["best_source"] == "True"
    pairs = [
        json.loads(line) for line in (out / "pairs.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert any(p["copy"] == SEED_A and p["source"] == SEED_B for p in pairs)
    assert (out / "graph.graphml").read_text(encoding="utf-8").count("<edge ") == len(edges)


def test_trace_on_a_missing_index_is_a_clear_error(tmp_path: Path) -> None:
    result = _run("trace", str(SEED_A_PATH), "--db", str(tmp_path / "none.db"))
    assert result.returncode == 3
    assert b"no index here" in result.stderr and b"Traceback" not in result.stderr


def _synthetic_corpus(path: Path, count: int) -> None:
    words = (DATA / "recipe.txt").read_text(encoding="utf-8").split() + SEED_B_PATH.read_text(
        encoding="utf-8"
    ).split()
    rng = random.Random(7)
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            text = " ".join(rng.choice(words) for _ in range(120)) + "."
            handle.write(json.dumps({"id": f"doc{number}", "text": text}) + "\n")


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(db) as connection:
            return int(connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def _content(db: Path) -> tuple[list[str], int]:
    with sqlite3.connect(db) as connection:
        ids = [row[0] for row in connection.execute("SELECT id FROM articles ORDER BY id")]
        postings = connection.execute("SELECT COUNT(*) FROM postings").fetchone()[0]
    return ids, int(postings)


def test_a_killed_index_resumes_to_the_same_content(tmp_path: Path) -> None:
    corpus = tmp_path / "big.jsonl"
    _synthetic_corpus(corpus, 1500)  # about 2 s of indexing: time to kill it mid-way
    killed, clean = tmp_path / "killed.db", tmp_path / "clean.db"
    command = [
        sys.executable,
        "-m",
        "newstrace",
        "index",
        str(corpus),
        "--db",
        str(killed),
        "--batch",
        "10",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _count(killed) < 30 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    partial = _count(killed)
    assert 0 < partial < 1500, "the index was not interrupted mid-way"
    assert _run("index", str(corpus), "--db", str(killed)).returncode == 0
    assert _run("index", str(corpus), "--db", str(clean)).returncode == 0
    assert _content(killed) == _content(clean)
    assert _count(killed) == 1500


QUOTE = '"we will not accept any cuts this year"'  # 8 words: one kept 5-gram at least
ONE_PASSAGE = {
    "names": "Senator Mary Okafor met Governor Tom Lindqvist in Dayton on Monday. "
    f"Okafor said {QUOTE}, and Lindqvist nodded.",
    "same names": "In Dayton, Governor Tom Lindqvist hosted Senator Mary Okafor for an hour. "
    f"Lindqvist later told reporters {QUOTE}, according to aides.",
    "no names": "the garden opens early and the bakery closes late on the quiet street. "
    f"a neighbour wrote {QUOTE} on a card in the window.",
}


def test_one_shared_passage_is_a_scan_candidate_between_articles_naming_the_same_people(
    tmp_path: Path,
) -> None:
    from newstrace.candidates.features import shingle_hashes
    from newstrace.pipeline import prepare

    config = DEFAULT_CONFIG.candidates
    kept = {
        key: set(shingle_hashes(prepare(Article(text)), config))
        for key, text in ONE_PASSAGE.items()
    }
    # The precondition: each pair shares exactly one kept n-gram (the quotation's).
    assert len(kept["names"] & kept["same names"]) == 1
    assert len(kept["names"] & kept["no names"]) == 1
    assert len(kept["same names"] & kept["no names"]) == 1
    corpus = tmp_path / "corpus.jsonl"
    records = [{"id": key, "text": text} for key, text in ONE_PASSAGE.items()]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    with Store(tmp_path / "news.db", config=config) as store:
        index_corpus(store, [corpus])
        pairs = {frozenset((a, b)) for a, b, _ in store.candidate_pairs(config=config)}
    assert pairs == {frozenset(("names", "same names"))}
