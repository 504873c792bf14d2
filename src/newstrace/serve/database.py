"""The index as the service uses it: one SQLite connection per thread, and a few queries.

An ``sqlite3`` connection belongs to the thread that opened it, so each thread opens its
own (threads are pooled, so a connection lives as long as its thread).  Across threads and
processes SQLite does the rest: in WAL mode readers never block and are never blocked, and
writers queue on the write lock for up to the store's busy timeout (30 s) instead of
failing.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from newstrace.config import DEFAULT_CONFIG, Config
from newstrace.store import Store
from newstrace.store.sqlite import content_hash


class Database:
    """Per-thread :class:`Store` s of one index file."""

    def __init__(self, path: Path, *, config: Config = DEFAULT_CONFIG) -> None:
        self.path = path
        self.config = config
        self._local = threading.local()

    def store(self) -> Store:
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = Store(self.path, config=self.config.candidates, create=False)
            self._local.store = store
        return store


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    length: int


def _like(text: str) -> str:
    """``text`` as a LIKE pattern matching it anywhere, its wildcards taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_articles(
    db: sqlite3.Connection, *, words: str | None, outlet: str | None, limit: int, offset: int
) -> tuple[int, list[ArticleSummary]]:
    """Articles whose id, title or text contains ``words`` (ignoring case), of ``outlet``;
    the total count and one page, the latest first."""
    clauses, values = [], []
    if words:
        pattern = _like(words)
        clauses.append(
            "(id LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\' OR text LIKE ? ESCAPE '\\')"
        )
        values += [pattern] * 3
    if outlet:
        clauses.append("outlet = ? COLLATE NOCASE")
        values.append(outlet)
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    total = int(db.execute("SELECT COUNT(*) FROM articles" + where, values).fetchone()[0])
    rows = db.execute(
        "SELECT id, title, outlet, published, url, length(text) FROM articles"
        + where
        + " ORDER BY published IS NULL, published DESC, id LIMIT ? OFFSET ?",
        [*values, limit, offset],
    )
    return total, [ArticleSummary(*row) for row in rows]


def id_of_text(db: sqlite3.Connection, text: str) -> str | None:
    """The id of an indexed article with the same text (ignoring spacing), if any."""
    row = db.execute(
        "SELECT id FROM articles WHERE content_hash = ? LIMIT 1", (content_hash(text),)
    ).fetchone()
    return str(row[0]) if row else None
