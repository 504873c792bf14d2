"""store/sqlite.py: an index keeps the settings its content depends on, and refuses others."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from newstrace import StaleIndexError
from newstrace.config import DEFAULT_CONFIG
from newstrace.store import Store


def test_only_settings_that_change_what_is_stored_make_an_index_stale(tmp_path: Path) -> None:
    db, candidates = tmp_path / "news.db", DEFAULT_CONFIG.candidates
    Store(db, config=candidates).close()
    # read at query time: the index still serves
    Store(db, config=replace(candidates, max_df=5, top_k=3, semantic_min_cosine=0.8)).close()
    with pytest.raises(StaleIndexError) as raised:
        Store(db, config=replace(candidates, winnow_window=5, semantic_min_words=6))
    assert raised.value.differences == {
        "candidates.winnow_window": (4, 5),
        "candidates.semantic_min_words": (8, 6),
    }
    assert "candidates.winnow_window 4 (now 5)" in str(raised.value)
    assert "index again into a new file" in str(raised.value)
    assert raised.value.exit_code == 3


def test_an_index_from_before_settings_were_stored_is_upgraded(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    with Store(db, config=DEFAULT_CONFIG.candidates) as store:
        features = store.vector_settings()
        store.db.execute("DELETE FROM meta WHERE key IN ('settings', 'fingerprint')")
        store.db.execute("INSERT INTO meta VALUES ('features', ?)", (features,))
    Store(db, config=DEFAULT_CONFIG.candidates).close()
    with pytest.raises(StaleIndexError):
        Store(db, config=replace(DEFAULT_CONFIG.candidates, shingle_words=6))
