"""The index: articles and their features in one SQLite file.

SQLite rather than DuckDB: indexing is many small transactions that must survive a
``kill -9`` (SQLite's write-ahead log commits atomically and a killed writer leaves the last
committed state), ``trace`` is point look-ups by hash (a B-tree index), and the service reads
while an indexer writes (WAL readers do not block).  DuckDB is faster for whole-table scans
but is built for bulk analytics, not many small durable writes.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from newstrace.candidates.features import Features, signed_hash
from newstrace.candidates.neighbours import MAX_SENTENCES, keys_of
from newstrace.candidates.semantic import quantise
from newstrace.config import CandidateConfig, Config, fingerprint_of
from newstrace.embed.static_encoder import DIM, static_encoder_name
from newstrace.errors import StaleIndexError, StoreError
from newstrace.model import Article

SCHEMA_VERSION = "2"
_SHINGLE, _NAME = 0, 1


@dataclass(frozen=True, slots=True)
class AddResult:
    """What one ``add`` did: articles added, skipped as known ids, skipped as same text."""

    added: int = 0
    known_ids: int = 0
    duplicates: int = 0


# What to do about each kind of SQLite failure (by its result code name).
_ADVICE = {
    "SQLITE_READONLY": "the index cannot be written; check the permissions of the file and "
    "its folder, or index into another --db",
    "SQLITE_FULL": "the disk is full; free some space and run the command again (indexing "
    "resumes where it stopped)",
    "SQLITE_IOERR": "the disk could not be written or read (is it full?); free some space "
    "and run the command again",
    "SQLITE_CANTOPEN": "the index cannot be opened; check the path and its permissions",
    "SQLITE_NOTADB": "the file is not a newstrace index; pass another --db",
    "SQLITE_CORRUPT": "the index is damaged; build a new one with another --db",
    "SQLITE_BUSY": "another process is writing the index; wait for it to finish",
}


def store_error(error: sqlite3.Error, path: str) -> StoreError:
    """A :class:`StoreError` saying what went wrong with the index and what to do."""
    name = getattr(error, "sqlite_errorname", "")
    advice = next((text for code, text in _ADVICE.items() if name.startswith(code)), None)
    return StoreError(f"{advice or 'the index failed'} ({error})", path=path)


class _Connection(sqlite3.Connection):
    """A connection that raises a :class:`StoreError` for every SQLite failure."""

    path = ""

    def execute(self, *args: Any) -> sqlite3.Cursor:
        try:
            return super().execute(*args)
        except sqlite3.Error as error:
            raise store_error(error, self.path) from error

    def executemany(self, *args: Any) -> sqlite3.Cursor:
        try:
            return super().executemany(*args)
        except sqlite3.Error as error:
            raise store_error(error, self.path) from error

    def executescript(self, *args: Any) -> sqlite3.Cursor:
        try:
            return super().executescript(*args)
        except sqlite3.Error as error:
            raise store_error(error, self.path) from error


def outlet_key(outlet: str | None) -> str | None:
    """An outlet's name as articles of one outlet are grouped: case and surrounding spaces
    aside (the Spark engine: ``lower(trim(outlet))``); None for no name."""
    key = (outlet or "").strip(" ").lower()
    return key or None


def same_outlet(a: str | None, b: str | None) -> bool:
    """Whether two articles of outlets ``a`` and ``b`` are one outlet's (:func:`outlet_key`).

    Only then is the outlet's boilerplate (``Store.common_shingles``'s ``min_outlet_df``)
    set aside between them.  What an outlet repeats in several of its articles is its own
    stock wording when two of its articles share it; an article of another outlet carrying
    it word for word shares a text with them, most often its own text that the outlet
    lifted again and again: an aggregator's three posts from one New York Times story make
    the Times's paragraph "the aggregator's boilerplate", and the story and each post would
    share nothing.  Wording that many outlets use is left to ``min_df``."""
    key = outlet_key(a)
    return key is not None and key == outlet_key(b)


def content_hash(text: str) -> int:
    """The hash of a text that tells duplicates apart: spacing aside."""
    return signed_hash(" ".join(text.split()))


class Store:
    """An open index.  Use as a context manager; one writer, any number of readers."""

    def __init__(self, path: str | Path, *, config: CandidateConfig, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreError(
                f"no index here; create it with: newstrace index FILES --db {path}", path=str(path)
            )
        try:
            self.db = sqlite3.connect(
                self.path, timeout=30, isolation_level=None, factory=_Connection
            )
            self.db.path = str(path)
            self.db.create_function("outlet_key", 1, outlet_key, deterministic=True)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(resources.files(__package__).joinpath("schema.sql").read_text())
        except sqlite3.Error as error:
            raise StoreError(f"cannot open the index: {error}", path=str(path)) from error
        self.config = config
        self._check_meta(config)

    def _check_meta(self, config: CandidateConfig) -> None:
        """The features depend on some settings (:func:`index_settings`): an index opened
        with others would find nothing, so that is a :class:`StaleIndexError`."""
        wanted = index_settings(config)
        stored = dict(self.db.execute("SELECT key, value FROM meta").fetchall())
        if not stored:
            with self._transaction():
                self.db.executemany(
                    "INSERT INTO meta VALUES (?, ?)",
                    [*_meta_rows(wanted), ("identity", uuid.uuid4().hex)],
                )
            return
        legacy = stored.get("features") == _feature_settings(config)
        if "settings" not in stored and legacy and stored.get("schema_version") == SCHEMA_VERSION:
            with self._transaction():  # an index from before its settings were stored
                self.db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", _meta_rows(wanted))
            return
        if stored.get("fingerprint") != fingerprint_of(wanted):
            raise self._stale(json.loads(stored.get("settings", "{}")), wanted)

    def _stale(self, built: dict[str, Any], wanted: dict[str, Any]) -> StaleIndexError:
        differences = {
            key: (built.get(key), value) for key, value in wanted.items() if built.get(key) != value
        }
        listed = ", ".join(f"{key} {old} (now {new})" for key, (old, new) in differences.items())
        return StaleIndexError(
            f"the index was built with other settings: {listed or 'unknown ones'}; index again "
            "into a new file (newstrace index FILES --db NEW.db), or open it with the "
            "configuration it was built with",
            path=str(self.path),
            differences=differences,
        )

    def identity(self) -> str:
        """A random name given to this index when it was created (tells caches apart)."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'identity'").fetchone()
        return str(row[0]) if row else ""

    def vector_settings(self) -> str:
        return _feature_settings(self.config)

    def _transaction(self) -> _Commit:
        self.db.execute("BEGIN IMMEDIATE")
        return _Commit(self.db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def source_done(self, path: Path) -> bool:
        """True when ``path`` was indexed completely and has not changed since."""
        stat = path.stat()
        row = self.db.execute(
            "SELECT size, mtime_ns FROM sources WHERE path = ?", (str(path.resolve()),)
        ).fetchone()
        return row is not None and tuple(row) == (stat.st_size, stat.st_mtime_ns)

    def mark_source(self, path: Path, articles: int) -> None:
        stat = path.stat()
        with self._transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?)",
                (str(path.resolve()), stat.st_size, stat.st_mtime_ns, articles),
            )

    @contextlib.contextmanager
    def filling(self) -> Iterator[None]:
        """Add many articles to an empty index with its postings' lookup index built at the
        end, in one sort, not updated posting by posting.

        Each article's n-gram hashes land on random pages of the ``(hash, kind)`` B-tree:
        at 20,000 articles (6 million postings) the updates outgrew SQLite's page cache and
        cost more than the writes of everything else (BENCHMARKS.md, "The index stage after
        the thirty-sixth session").  Nothing reads the postings while an index is filled
        (``add`` looks up ids and content hashes), and a run killed midway gets the lookup
        index back when the store is opened again (``schema.sql``'s IF NOT EXISTS).  An
        index that holds articles keeps it: readers may be using it.
        """
        # The index is made again from the statement SQLite kept for it (``schema.sql``'s),
        # not from a second copy of it here.
        found = self.db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'postings_by_hash'"
        ).fetchone()
        lookup = found[0] if found and len(self) == 0 else None
        if lookup:
            self.db.execute("DROP INDEX postings_by_hash")
        try:
            yield
        finally:
            if lookup:
                self.db.execute(lookup)

    def add(self, items: Iterable[tuple[Article, Features, str, str]]) -> AddResult:
        """Add articles with their features in ONE transaction (all or nothing)."""
        added = known = duplicates = 0
        with self._transaction():
            for article, features, source, locator in items:
                if article.id is None or self._has_id(article.id):
                    known += 1
                    continue
                digest = content_hash(article.text)
                if self.db.execute(
                    "SELECT 1 FROM articles WHERE content_hash = ?", (digest,)
                ).fetchone():
                    duplicates += 1
                    continue
                self._insert(article, features, digest, source, locator)
                added += 1
        return AddResult(added, known, duplicates)

    def _has_id(self, article_id: str) -> bool:
        return (
            self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
            is not None
        )

    def _insert(
        self, article: Article, features: Features, digest: int, source: str, locator: str
    ) -> None:
        cursor = self.db.execute(
            "INSERT INTO articles (id, content_hash, title, outlet, published, url, text,"
            " source, locator) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                digest,
                article.title,
                article.outlet,
                article.published,
                article.url,
                article.text,
                source,
                locator,
            ),
        )
        rowid = cursor.lastrowid
        self.db.executemany(
            "INSERT INTO postings VALUES (?, ?, ?)",
            [(h, _SHINGLE, rowid) for h in features.shingles]
            + [(h, _NAME, rowid) for h in features.names],
        )
        vectors = features.vectors
        if vectors is not None and len(vectors):
            kept = [k for k, s in enumerate(vectors.indices) if s < MAX_SENTENCES]
            self.db.execute(
                "INSERT INTO article_vectors VALUES (?, ?, ?)",
                (
                    rowid,
                    np.asarray([vectors.indices[k] for k in kept], dtype=np.int32).tobytes(),
                    quantise(vectors.vectors[kept]),
                ),
            )

    def has(self, article_id: str) -> bool:
        return self._has_id(article_id)

    def article(self, article_id: str) -> Article | None:
        row = self.db.execute(
            "SELECT text, id, title, outlet, published, url FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        return Article(*row) if row else None

    def articles(self) -> Iterator[Article]:
        for row in self.db.execute(
            "SELECT text, id, title, outlet, published, url FROM articles ORDER BY rowid"
        ):
            yield Article(*row)

    def candidates(
        self, features: Features, *, config: CandidateConfig, exclude: str | None = None
    ) -> list[tuple[str, float]]:
        """Indexed articles sharing features with ``features``: ``(id, score)``, best first.

        A shared n-gram counts 2, a shared name or number 1; features in more than
        ``max_df`` articles are ignored.
        """
        wanted = [(h, _SHINGLE) for h in features.shingles] + [(h, _NAME) for h in features.names]
        if not wanted:
            return []
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS query (hash INTEGER, kind INTEGER)")
        self.db.execute("DELETE FROM query")
        self.db.executemany("INSERT INTO query VALUES (?, ?)", wanted)
        rows = self.db.execute(
            """
            WITH usable AS (
                SELECT q.hash, q.kind FROM query q
                JOIN postings p ON p.hash = q.hash AND p.kind = q.kind
                GROUP BY q.hash, q.kind HAVING COUNT(*) <= ?
            )
            SELECT a.id, SUM(CASE p.kind WHEN 0 THEN 2 ELSE 1 END) AS score
            FROM usable u JOIN postings p ON p.hash = u.hash AND p.kind = u.kind
            JOIN articles a ON a.rowid = p.article
            WHERE a.id IS NOT ?
            GROUP BY a.id HAVING score >= ? ORDER BY score DESC, a.id LIMIT ?
            """,
            (config.max_df, exclude, config.min_shared, config.top_k),
        ).fetchall()
        return [(article_id, float(score)) for article_id, score in rows]

    def common_shingles(
        self,
        hashes: Iterable[int],
        *,
        outlet: str | None,
        min_df: int,
        min_outlet_df: int,
    ) -> frozenset[int]:
        """The n-gram hashes among ``hashes`` that at least ``min_df`` indexed articles
        keep, or at least ``min_outlet_df`` articles of ``outlet`` (:func:`outlet_key`):
        common wording and the outlet's boilerplate (``analyse.stock.CommonWording``).
        Counting stops at the threshold, so a very common n-gram costs no more than a rare one.
        """
        wanted = [(h,) for h in set(hashes)]
        if not wanted:
            return frozenset()
        key = outlet_key(outlet)
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS common_query (hash INTEGER)")
        self.db.execute("DELETE FROM common_query")
        self.db.executemany("INSERT INTO common_query VALUES (?)", wanted)
        rows = self.db.execute(
            """
            SELECT c.hash FROM common_query c
            WHERE EXISTS (
                SELECT 1 FROM postings p WHERE p.hash = c.hash AND p.kind = 0
                LIMIT 1 OFFSET ?
            ) OR (? IS NOT NULL AND EXISTS (
                SELECT 1 FROM postings p JOIN articles a ON a.rowid = p.article
                WHERE p.hash = c.hash AND p.kind = 0 AND outlet_key(a.outlet) = ?
                LIMIT 1 OFFSET ?
            ))
            """,
            (max(0, min_df - 1), key, key, max(0, min_outlet_df - 1)),
        ).fetchall()
        return frozenset(int(row[0]) for row in rows)

    def id_of(self, row: int) -> str | None:
        found = self.db.execute("SELECT id FROM articles WHERE rowid = ?", (row,)).fetchone()
        return str(found[0]) if found else None

    def max_row(self) -> int:
        return int(self.db.execute("SELECT COALESCE(MAX(rowid), 0) FROM articles").fetchone()[0])

    def sentence_vector_count(self) -> int:
        """How many sentence vectors are stored (4 bytes of sentence index each)."""
        row = self.db.execute("SELECT SUM(LENGTH(sentences)) FROM article_vectors").fetchone()
        return int(row[0] or 0) // 4

    def sentence_vectors(
        self, *, after_row: int = 0, upto_row: int | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Keys (``neighbours.keys_of``) and int8 vectors of the articles with a store row
        in ``(after_row, upto_row]``."""
        keys: list[np.ndarray] = []
        vectors: list[np.ndarray] = []
        for row, sentences, blob in self.db.execute(
            "SELECT article, sentences, vectors FROM article_vectors"
            " WHERE article > ? AND article <= ? ORDER BY article",
            (after_row, self.max_row() if upto_row is None else upto_row),
        ):
            indices = np.frombuffer(sentences, dtype=np.int32)
            keys.append(keys_of(row, indices))
            vectors.append(np.frombuffer(blob, dtype=np.int8).reshape(len(indices), -1))
        if not keys:
            return np.zeros(0, dtype=np.int64), np.zeros((0, DIM), dtype=np.int8)
        return np.concatenate(keys), np.concatenate(vectors)

    def candidate_pairs(self, *, config: CandidateConfig) -> list[tuple[str, str, float]]:
        """Every pair of indexed articles sharing ``scan_min_shingles`` winnowed n-grams, or
        one and ``scan_min_names`` names (shared wording), best first; the score is 2 per
        shared n-gram and 1 per shared name."""
        rows = self.db.execute(
            """
            WITH usable AS (
                SELECT hash, kind FROM postings GROUP BY hash, kind HAVING COUNT(*) BETWEEN 2 AND ?
            )
            SELECT a.id, b.id, SUM(CASE x.kind WHEN 0 THEN 2 ELSE 1 END) AS score
            FROM usable u
            JOIN postings x ON x.hash = u.hash AND x.kind = u.kind
            JOIN postings y ON y.hash = u.hash AND y.kind = u.kind AND y.article > x.article
            JOIN articles a ON a.rowid = x.article JOIN articles b ON b.rowid = y.article
            GROUP BY x.article, y.article
            HAVING SUM(x.kind = 0) >= ? OR (SUM(x.kind = 0) >= 1 AND SUM(x.kind = 1) >= ?)
            ORDER BY score DESC, a.id, b.id
            """,
            (config.max_df, config.scan_min_shingles, config.scan_min_names),
        ).fetchall()
        return [(a, b, float(score)) for a, b, score in rows]


def index_settings(config: CandidateConfig) -> dict[str, Any]:
    """What decides the content of an index: the schema, the settings of
    :data:`~newstrace.config.INDEX_SETTINGS` and the sentence encoder."""
    stored = Config(candidates=config).index_settings()
    return {"schema_version": SCHEMA_VERSION, **stored, "vectors": static_encoder_name()}


def _meta_rows(settings: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        ("schema_version", SCHEMA_VERSION),
        ("settings", json.dumps(settings, sort_keys=True)),
        ("fingerprint", fingerprint_of(settings)),
    ]


def _feature_settings(config: CandidateConfig) -> str:
    return (
        f"shingle_words={config.shingle_words} winnow_window={config.winnow_window} "
        f"vectors={static_encoder_name()} min_words={config.semantic_min_words}"
    )


class _Commit:
    """Commits on success, rolls back on any exception (including KeyboardInterrupt)."""

    def __init__(self, db: _Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        return self.db

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        if kind is None:
            self.db.execute("COMMIT")
            return
        # SQLite may have rolled back already (a full disk does): the first error tells why.
        with contextlib.suppress(StoreError):
            self.db.execute("ROLLBACK")
