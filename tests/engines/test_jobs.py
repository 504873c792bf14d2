"""Worker processes (``--jobs``) and vectors kept in the index: the same pairs, each article
encoded once, in any number of processes and across runs."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from newstrace.config import DEFAULT_CONFIG
from newstrace.embed.encoder import get_encoder
from newstrace.engines.local import candidate_pairs, index_corpus, scan, trace
from newstrace.engines.local_workers import encode_articles
from newstrace.model import Article
from newstrace.store import Store
from newstrace.store.unit_vectors import UnitVectors
from tests.conftest import SEED_A_PATH
from tests.engines.test_local import SEED_B, _corpus

CONFIG = DEFAULT_CONFIG


def _index(root: Path, jobs: int) -> Path:
    db = root / f"news-{jobs}.db"
    with Store(db, config=CONFIG.candidates) as store:
        report = index_corpus(store, [_corpus(root / f"corpus-{jobs}")], jobs=jobs)
        assert report.added == 8 and not report.bad_records
    return db


def _postings(db: Path) -> list[tuple[str, int, int]]:
    with sqlite3.connect(db) as connection:
        return sorted(
            connection.execute(
                "SELECT a.id, p.hash, p.kind FROM postings p JOIN articles a ON a.rowid = p.article"
            ).fetchall()
        )


@pytest.fixture(scope="module")
def indexes(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("jobs")
    return _index(root, 1), _index(root, 2)


def test_indexing_in_two_processes_stores_the_same_features(indexes: tuple[Path, Path]) -> None:
    one, two = indexes
    assert _postings(one) == _postings(two)


def _scanned(db: Path, jobs: int, work: Path) -> list[dict[str, object]]:
    """A scan of a copy of ``db`` (the index keeps the vectors a scan encodes)."""
    copy = work / f"scan-{jobs}.db"
    shutil.copy(db, copy)
    with Store(copy, config=CONFIG.candidates) as store:
        return [c.to_dict() for c in scan(store, config=CONFIG, jobs=jobs)]


def test_a_scan_in_two_processes_finds_the_same_pairs_as_in_one(
    indexes: tuple[Path, Path], tmp_path: Path
) -> None:
    one = _scanned(indexes[0], 1, tmp_path)
    two = _scanned(indexes[1], 2, tmp_path)
    assert [(c["a"], c["b"]) for c in one] == [(c["a"], c["b"]) for c in two]
    assert len(one) >= 3
    assert one == two


def test_a_second_scan_and_trace_encode_nothing(indexes: tuple[Path, Path], tmp_path: Path) -> None:
    db = tmp_path / "kept.db"
    shutil.copy(indexes[0], db)
    with Store(db, config=CONFIG.candidates) as store:
        pairs = candidate_pairs(store, config=CONFIG.candidates)
        ids = [x for a, b, _ in pairs for x in (a, b)]
        first = encode_articles(store, ids, config=CONFIG)
        assert first > 100  # every sentence and clause of the articles in pairs
        assert len(UnitVectors(store)) == first
        assert encode_articles(store, ids, config=CONFIG) == 0
        encoder = get_encoder()
        encoder.clear_cache()
        calls: list[int] = []
        original = encoder._encode_sentences

        def counted(batch: list[str]) -> list[np.ndarray]:
            calls.append(len(batch))
            return original(batch)

        encoder._encode_sentences = counted  # type: ignore[method-assign]
        try:
            query = Article(SEED_A_PATH.read_text(encoding="utf-8"), id="query")
            sources = trace(store, query)
        finally:
            del encoder._encode_sentences
    # The memory cache was emptied, and the traced text is an indexed article's: every
    # vector the comparisons need is read back from the index, none is encoded.
    assert calls == []
    assert sources[0].article.id == SEED_B
    assert sources[0].comparison.verdict.relation == "a_from_b"


def test_kept_vectors_equal_fresh_ones_and_another_models_are_dropped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentences = ["The minister resigned on Tuesday.", "Shares fell 3% in early trading."]
    with Store(tmp_path / "v.db", config=CONFIG.candidates) as store:
        kept = UnitVectors(store)
        fresh = get_encoder().encode(sentences)
        kept.save(dict(zip(sentences, fresh, strict=True)))
        loaded = kept.load([*sentences, "never encoded"])
        assert set(loaded) == set(sentences)
        np.testing.assert_array_equal(np.stack([loaded[s] for s in sentences]), fresh)
        monkeypatch.setattr("newstrace.store.unit_vectors.encoder_name", lambda: "another-model-v2")
        assert UnitVectors(store, writable=False).load(sentences) == {}
        assert len(UnitVectors(store)) == 0  # opened for writing: the old vectors are dropped


def test_a_read_only_look_up_of_an_index_without_kept_vectors_finds_none(tmp_path: Path) -> None:
    with Store(tmp_path / "empty.db", config=CONFIG.candidates) as store:
        kept = UnitVectors(store, writable=False)
        assert kept.load(["anything"]) == {}
        kept.save({"anything": np.zeros(384, dtype=np.float32)})  # ignored, not an error
        assert not store.db.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'unit_vectors'"
        ).fetchone()


def test_the_units_encoded_are_counted_alike_in_one_process_and_two(
    indexes: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An article a chunk: the seed pair's shared sentences are in chunks that two workers
    # encode at once, before either's vectors are kept.  Counted as runs, two processes
    # said more units than one (and a different number each time).
    monkeypatch.setattr("newstrace.engines.local_workers._ENCODE_CHUNK", 1)
    counts = []
    for jobs in (1, 2):
        db = tmp_path / f"count-{jobs}.db"
        shutil.copy(indexes[0], db)
        with Store(db, config=CONFIG.candidates) as store:
            get_encoder().clear_cache()
            ids = [
                x for a, b, _ in candidate_pairs(store, config=CONFIG.candidates) for x in (a, b)
            ]
            counts.append(encode_articles(store, ids, config=CONFIG, jobs=jobs))
            assert counts[-1] == len(UnitVectors(store))
    assert counts[0] == counts[1]
