"""MiniLM vectors of sentences and clauses, kept in the index: no article is encoded twice.

Encoding is most of what aligning costs (about 50 long news sentences a second on two
cores), and an article takes part in several candidate pairs, in ``scan`` after ``scan``
and in every ``trace`` that finds it.  So the first use encodes it and the index keeps the
vectors (float32, 1.5 KB a unit), keyed by a hash of the unit's exact text, under the name
of the encoder that made them (``embed.encoder.encoder_name``): vectors of another model are
dropped, never mixed in.  ``UnitVectors`` is the encoder's ``VectorBacking``
(``CachingEncoder.backed_by``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np

from newstrace.candidates.features import signed_hash
from newstrace.embed.encoder import encoder_name
from newstrace.store.sqlite import Store

__all__ = ["UnitVectors"]

_DIM = 384
_CHUNK = 500  # hashes per look-up (SQLite's default limit is 32,766 parameters)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS unit_vectors (
    hash INTEGER PRIMARY KEY,
    vector BLOB NOT NULL
)
"""


class UnitVectors:
    """The index's kept vectors.  ``writable`` False: look-ups only (``trace`` from a
    service or a read-only file); what is encoded then stays in memory."""

    def __init__(self, store: Store, *, writable: bool = True) -> None:
        self.db = store.db
        self._store = store
        self.writable = writable
        name = encoder_name()
        if writable:
            self.db.execute(_SCHEMA)
        elif not self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'unit_vectors'"
        ).fetchone():
            self.usable = False
            return
        row = self.db.execute("SELECT value FROM meta WHERE key = 'unit_encoder'").fetchone()
        self.usable = row is not None and row[0] == name
        if not self.usable and writable:
            with store._transaction():  # vectors of another model: dropped, not mixed in
                self.db.execute("DELETE FROM unit_vectors")
                self.db.execute("INSERT OR REPLACE INTO meta VALUES ('unit_encoder', ?)", (name,))
            self.usable = True

    def load(self, sentences: list[str]) -> dict[str, np.ndarray]:
        return {
            sentence: np.frombuffer(blob, dtype=np.float32).copy()
            for sentence, blob in self._rows(sentences, "vector")
        }

    def kept(self, sentences: list[str]) -> set[str]:
        """Those of ``sentences`` that have a vector here (their vectors are not read)."""
        return {sentence for sentence, _ in self._rows(sentences, "NULL")}

    def _rows(self, sentences: list[str], column: str) -> Iterator[tuple[str, Any]]:
        if not self.usable or not sentences:
            return
        by_hash = {signed_hash(s): s for s in sentences}
        hashes = list(by_hash)
        for start in range(0, len(hashes), _CHUNK):
            chunk = hashes[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT hash, {column} FROM unit_vectors WHERE hash IN ({marks})"
            for key, value in self.db.execute(query, chunk):
                yield by_hash[key], value

    def save(self, vectors: dict[str, np.ndarray]) -> None:
        self.add(vectors)

    def add(self, vectors: dict[str, np.ndarray]) -> int:
        """Keep ``vectors``; how many were not kept yet.  Two scan workers may both encode
        a unit before either's vectors are kept: counted here, it is counted once."""
        if not self.writable or not self.usable or not vectors:
            return 0
        rows = [
            (signed_hash(s), np.asarray(v, dtype=np.float32).reshape(_DIM).tobytes())
            for s, v in vectors.items()
        ]
        before = self.db.total_changes
        with self._store._transaction():
            self.db.executemany("INSERT OR IGNORE INTO unit_vectors VALUES (?, ?)", rows)
        return self.db.total_changes - before

    def __len__(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM unit_vectors").fetchone()[0])
