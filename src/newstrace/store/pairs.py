"""Reuse pairs in the index: what ``scan`` found, listed and filtered by the service.

A pair is kept as its record of ``pairs.jsonl`` (:class:`~newstrace.model.ReusePair`: who
copied whom, credited or not, the evidence) plus columns to filter on.  ``save_pairs`` replaces the
pairs of the previous scan in one transaction, so readers see one scan or the other, never
a mix.  Every function takes the store's ``sqlite3`` connection (``Store.db``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from newstrace.model import SCHEMA_VERSION, ReusePair


@dataclass(frozen=True, slots=True)
class PairQuery:
    """Filters of a pair listing; None (or empty) means no filter.

    ``outlet`` matches either article's outlet (ignoring case); ``since``/``until`` are
    ISO dates (inclusive) of the reuse; ``credited`` keeps copies that do (or do not)
    credit their source; ``article``, ``source`` and ``copy`` select pairs by article id.
    """

    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    relations: tuple[str, ...] = ()
    credited: bool | None = None
    article: str | None = None
    source: str | None = None
    copy: str | None = None


@dataclass(frozen=True, slots=True)
class StoryArticle:
    """An article of a story graph, with what is known of it."""

    id: str
    title: str | None
    outlet: str | None
    published: str | None


@dataclass(frozen=True, slots=True)
class Story:
    """The articles joined to one article by reuse pairs, and those pairs."""

    articles: tuple[StoryArticle, ...]
    pairs: tuple[ReusePair, ...]
    truncated: bool


def save_pairs(db: sqlite3.Connection, pairs: Iterable[ReusePair | Mapping[str, Any]]) -> int:
    """Replace the stored pairs with ``pairs`` (one scan's), atomically; a pair given in
    its JSON form must be a valid :class:`ReusePair` (ValueError)."""
    rows = [_row(p if isinstance(p, ReusePair) else ReusePair.from_dict(p)) for p in pairs]
    db.execute("BEGIN IMMEDIATE")
    try:
        db.execute("DELETE FROM pairs")
        db.executemany(
            "INSERT OR REPLACE INTO pairs (a, b, relation, confidence, source, copy, credited,"
            " published, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
    return len(rows)


def _row(pair: ReusePair) -> tuple[Any, ...]:
    return (
        pair.a,
        pair.b,
        pair.relation,
        pair.confidence,
        pair.source,
        pair.copy,
        None if pair.credited is None else int(pair.credited),
        _reuse_date(pair),
        json.dumps(pair.to_dict(), ensure_ascii=False),
    )


def _reuse_date(pair: ReusePair) -> str | None:
    """The copy's date; for a shared source (no copy) the later of the two dates."""
    dates = {pair.a: pair.a_published, pair.b: pair.b_published}
    if pair.copy is not None:
        return dates.get(pair.copy)
    known = [date for date in dates.values() if date]
    return max(known) if known else None


def _pair(record: str) -> ReusePair:
    data = json.loads(record)
    # pairs saved before records carried their version and configuration
    data.setdefault("schema_version", SCHEMA_VERSION)
    data.setdefault("config_fingerprint", "")
    return ReusePair.from_dict(data)


_SELECT = """
    SELECT p.record, x.outlet, x.title, y.outlet, y.title
    FROM pairs p
    LEFT JOIN articles x ON x.id = p.a
    LEFT JOIN articles y ON y.id = p.b
"""


def _where(query: PairQuery) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    values: list[Any] = []
    if query.outlet:
        clauses.append("(x.outlet = ? COLLATE NOCASE OR y.outlet = ? COLLATE NOCASE)")
        values += [query.outlet, query.outlet]
    if query.since:
        clauses.append("substr(p.published, 1, 10) >= ?")
        values.append(query.since)
    if query.until:
        clauses.append("substr(p.published, 1, 10) <= ?")
        values.append(query.until)
    if query.relations:
        clauses.append(f"p.relation IN ({', '.join('?' * len(query.relations))})")
        values += list(query.relations)
    if query.credited is not None:
        clauses.append("p.credited = ?")
        values.append(int(query.credited))
    if query.article:
        clauses.append("(p.a = ? OR p.b = ?)")
        values += [query.article, query.article]
    for column, value in (("source", query.source), ("copy", query.copy)):
        if value:
            clauses.append(f"p.{column} = ?")
            values.append(value)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), values


def count_pairs(db: sqlite3.Connection, query: PairQuery = PairQuery()) -> int:
    where, values = _where(query)
    sql = "SELECT COUNT(*) FROM pairs p LEFT JOIN articles x ON x.id = p.a"
    sql += " LEFT JOIN articles y ON y.id = p.b" + where
    return int(db.execute(sql, values).fetchone()[0])


def list_pairs(db: sqlite3.Connection, query: PairQuery = PairQuery()) -> list[ReusePair]:
    """Every pair matching ``query``, in the order the scan found them (its candidate order)."""
    where, values = _where(query)
    rows = db.execute(_SELECT + where + " ORDER BY p.rowid", values)
    return [_pair(record) for record, *_ in rows]


def find_pairs(
    db: sqlite3.Connection, query: PairQuery = PairQuery(), *, limit: int = 50, offset: int = 0
) -> list[dict[str, Any]]:
    """Pairs matching ``query`` in their JSON form with the outlets and titles of both
    articles, the latest reuse first (undated last), then most certain."""
    where, values = _where(query)
    order = " ORDER BY p.published IS NULL, p.published DESC, p.confidence DESC, p.a, p.b"
    rows = db.execute(_SELECT + where + order + " LIMIT ? OFFSET ?", [*values, limit, offset])
    return [_with_articles(*row) for row in rows]


def _with_articles(
    record: str,
    a_outlet: str | None,
    a_title: str | None,
    b_outlet: str | None,
    b_title: str | None,
) -> dict[str, Any]:
    pair = _pair(record).to_dict()
    pair.update(a_outlet=a_outlet, a_title=a_title, b_outlet=b_outlet, b_title=b_title)
    return pair


def story(db: sqlite3.Connection, article_id: str, *, max_articles: int = 60) -> Story:
    """The articles reachable from ``article_id`` through reuse pairs (at most
    ``max_articles``, nearest first) and the pairs among them."""
    seen = {article_id: None}
    frontier = [article_id]
    truncated = False
    while frontier and not truncated:
        marks = ", ".join("?" * len(frontier))
        rows = db.execute(
            f"SELECT a, b FROM pairs WHERE a IN ({marks}) OR b IN ({marks}) ORDER BY a, b",
            frontier * 2,
        )
        frontier = []
        for a, b in rows:
            for node in (a, b):
                if node in seen:
                    continue
                if len(seen) >= max_articles:
                    truncated = True
                    break
                seen[node] = None
                frontier.append(node)
    ids = list(seen)
    marks = ", ".join("?" * len(ids))
    records = tuple(
        _pair(record)
        for (record,) in db.execute(
            f"SELECT record FROM pairs WHERE a IN ({marks}) AND b IN ({marks}) ORDER BY a, b",
            ids * 2,
        )
    )
    return Story(_story_articles(db, ids, records), records, truncated)


def _story_articles(
    db: sqlite3.Connection, ids: list[str], records: tuple[ReusePair, ...]
) -> tuple[StoryArticle, ...]:
    marks = ", ".join("?" * len(ids))
    known = {
        row[0]: StoryArticle(*row)
        for row in db.execute(
            f"SELECT id, title, outlet, published FROM articles WHERE id IN ({marks})", ids
        )
    }
    dates = {r.a: r.a_published for r in records}
    dates.update({r.b: r.b_published for r in records})
    return tuple(known.get(i) or StoryArticle(i, None, None, dates.get(i)) for i in ids)
