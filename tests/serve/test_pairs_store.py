"""store/pairs.py: scan results saved in the index, filtered, paged, and joined into stories."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from newstrace.config import DEFAULT_CONFIG
from newstrace.model import SCHEMA_VERSION
from newstrace.store import Store
from newstrace.store.pairs import PairQuery, count_pairs, find_pairs, save_pairs, story


def _record(a: str, b: str, relation: str, **fields: Any) -> dict[str, Any]:
    copy_is_a = relation == "a_from_b"
    directed = relation in ("a_from_b", "b_from_a")
    return {
        "a": a,
        "b": b,
        "relation": relation,
        "confidence": fields.get("confidence", 0.7),
        "source": (b if copy_is_a else a) if directed else None,
        "copy": (a if copy_is_a else b) if directed else None,
        "credited": fields.get("credited") if directed else None,
        "a_published": fields.get("a_published"),
        "b_published": fields.get("b_published"),
        "coverage": {"a": 0.5, "b": 0.2},
        "reasons": ["because"],
        "passages": [],
        "schema_version": SCHEMA_VERSION,
        "config_fingerprint": DEFAULT_CONFIG.fingerprint(),
    }


RECORDS = [
    _record(
        "copy1",
        "wire",
        "a_from_b",
        credited=True,
        a_published="2020-01-02",
        b_published="2020-01-01",
    ),
    _record(
        "wire",
        "copy2",
        "b_from_a",
        credited=False,
        a_published="2020-01-01",
        b_published="2020-01-05T10:00",
    ),
    _record(
        "copy1", "copy2", "shared_source", a_published="2020-01-02", b_published="2020-01-05T10:00"
    ),
    _record("other1", "other2", "shared_source", confidence=0.4),
]


@pytest.fixture
def db(tmp_path: Path) -> sqlite3.Connection:
    store = Store(tmp_path / "news.db", config=DEFAULT_CONFIG.candidates)
    store.db.executemany(
        "INSERT INTO articles (id, content_hash, outlet, title, text) VALUES (?, ?, ?, ?, ?)",
        [("wire", 1, "Wire Agency", "The original", "text"), ("copy1", 2, "Blog", None, "text")],
    )
    assert save_pairs(store.db, RECORDS) == 4
    return store.db


def _ids(db: sqlite3.Connection, **filters: Any) -> list[tuple[str, str]]:
    return [(p["a"], p["b"]) for p in find_pairs(db, PairQuery(**filters), limit=50)]


def test_pairs_come_back_latest_first_with_outlets(db: sqlite3.Connection) -> None:
    assert _ids(db) == [
        ("copy1", "copy2"),
        ("wire", "copy2"),
        ("copy1", "wire"),
        ("other1", "other2"),
    ]
    first = find_pairs(db, PairQuery(source="wire", copy="copy1"))[0]
    assert (first["a_outlet"], first["b_outlet"], first["b_title"]) == (
        "Blog",
        "Wire Agency",
        "The original",
    )
    assert first["reasons"] == ["because"] and first["credited"] is True


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"outlet": "wire agency"}, [("wire", "copy2"), ("copy1", "wire")]),
        ({"credited": True}, [("copy1", "wire")]),
        ({"credited": False}, [("wire", "copy2")]),
        ({"relations": ("shared_source",)}, [("copy1", "copy2"), ("other1", "other2")]),
        ({"since": "2020-01-05"}, [("copy1", "copy2"), ("wire", "copy2")]),
        ({"until": "2020-01-05"}, [("copy1", "copy2"), ("wire", "copy2"), ("copy1", "wire")]),
        ({"until": "2020-01-04"}, [("copy1", "wire")]),
        ({"article": "copy2"}, [("copy1", "copy2"), ("wire", "copy2")]),
        ({"source": "wire"}, [("wire", "copy2"), ("copy1", "wire")]),
        ({"outlet": "Blog", "credited": True}, [("copy1", "wire")]),
    ],
)
def test_filters(
    db: sqlite3.Connection, filters: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    assert _ids(db, **filters) == expected
    assert count_pairs(db, PairQuery(**filters)) == len(expected)


def test_paging(db: sqlite3.Connection) -> None:
    pages = [find_pairs(db, limit=2, offset=k) for k in (0, 2, 4)]
    assert [len(page) for page in pages] == [2, 2, 0]
    assert [p["a"] for page in pages for p in page] == ["copy1", "wire", "copy1", "other1"]


def test_a_new_scan_replaces_the_old_pairs(db: sqlite3.Connection) -> None:
    save_pairs(db, RECORDS[:1])
    assert _ids(db) == [("copy1", "wire")]
    with pytest.raises(ValueError, match="missing keys"):
        save_pairs(db, [{"a": "x"}])  # a bad record: nothing changes
    assert _ids(db) == [("copy1", "wire")]


def test_a_story_is_everything_joined_by_reuse(db: sqlite3.Connection) -> None:
    found = story(db, "copy2")
    assert {a.id for a in found.articles} == {"copy1", "copy2", "wire"}
    assert len(found.pairs) == 3 and not found.truncated
    wire = next(a for a in found.articles if a.id == "wire")
    assert (wire.outlet, wire.title) == ("Wire Agency", "The original")
    copy2 = next(a for a in found.articles if a.id == "copy2")  # not indexed: dated by the pair
    assert copy2.published == "2020-01-05T10:00"
    small = story(db, "copy2", max_articles=2)
    assert len(small.articles) == 2 and small.truncated
    alone = story(db, "nobody")
    assert [a.id for a in alone.articles] == ["nobody"] and alone.pairs == ()
