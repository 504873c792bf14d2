"""A scan as a checkpoint in the index: its pairs saved as they are found, and how far it got.

``scan`` aligns its candidate pairs chunk by chunk; each chunk's pairs with reuse and the
count of candidate pairs done are committed in ONE transaction (:func:`save_chunk`), so a
killed scan leaves every finished chunk and nothing of the next.  A scan is known by its
key (:func:`scan_key`: the configuration's fingerprint and a hash of its candidate pairs),
so ``scan --resume`` continues only the same scan of the same index; any other scan, or a
scan without ``--resume``, starts afresh (:func:`start_scan`).

Beside each pair, ``scan_spans`` keeps the character spans of its alignments (the pair's
record keeps only three passages' texts), so that the scan-level rule of common sources
(``analyse.common_source``) can run once the scan is complete, resumed or not
(:func:`scanned_spans`); the pairs it changes are rewritten in place (:func:`revise`).

The pairs stay in ``scan_pairs`` until the scan is complete; only then does
:func:`publish` copy them into ``pairs`` (``store/pairs.py``) in one transaction, so the
service's readers see the last complete scan or the new one, never part of one.  Every
function takes the store's ``sqlite3`` connection (``Store.db``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import replace

import xxhash

from newstrace.model import Coverage, PairSpans, ReusePair, pair_spans_from_list
from newstrace.store.pairs import save_pairs

__all__ = [
    "publish",
    "revise",
    "save_chunk",
    "scan_key",
    "scanned_pairs",
    "scanned_spans",
    "start_scan",
]


def scan_key(fingerprint: str, candidates: Iterable[tuple[str, str, float]]) -> str:
    """The key of a scan: the configuration's fingerprint and a hash of its candidate
    pairs, in order (a different index, or other settings, make another scan)."""
    digest = xxhash.xxh3_128()
    for a, b, score in candidates:
        digest.update(json.dumps([a, b, score]).encode("utf-8"))
        digest.update(b"\n")
    return f"{fingerprint}:{digest.hexdigest()}"


def start_scan(db: sqlite3.Connection, key: str, candidates: int, *, resume: bool) -> int:
    """Begin the scan ``key`` of ``candidates`` pairs; the count of its pairs already done.

    With ``resume`` and a checkpoint of this very scan, that checkpoint's count; otherwise
    the scan starts afresh: the pairs and progress of any earlier one are cleared (the
    published pairs stay until this one completes)."""
    if resume:
        row = db.execute("SELECT done FROM scan_progress WHERE scan = ?", (key,)).fetchone()
        if row is not None:
            return int(row[0])
    with _transaction(db):
        db.execute("DELETE FROM scan_pairs")
        db.execute("DELETE FROM scan_spans")
        db.execute("DELETE FROM scan_progress")
        db.execute("INSERT INTO scan_progress VALUES (?, ?, 0)", (key, candidates))
    return 0


def save_chunk(
    db: sqlite3.Connection,
    key: str,
    found: Sequence[tuple[int, ReusePair, PairSpans]],
    done: int,
) -> None:
    """Keep the pairs with reuse of one chunk (each with its candidate position and the
    spans of its alignments) and mark the first ``done`` candidate pairs of scan ``key`` as
    done, in one transaction."""
    rows = [
        (position, json.dumps(pair.to_dict(), ensure_ascii=False), *_coverage(pair))
        for position, pair, _ in found
    ]
    spans = [(position, json.dumps(found_spans)) for position, _, found_spans in found]
    with _transaction(db):
        db.executemany("INSERT OR REPLACE INTO scan_pairs VALUES (?, ?, ?, ?)", rows)
        db.executemany("INSERT OR REPLACE INTO scan_spans VALUES (?, ?)", spans)
        db.execute("UPDATE scan_progress SET done = ? WHERE scan = ?", (done, key))


def _coverage(pair: ReusePair) -> tuple[float, float]:
    return pair.coverage.a, pair.coverage.b


def scanned_pairs(db: sqlite3.Connection, *, before: int | None = None) -> list[ReusePair]:
    """The pairs with reuse the current scan has saved, in the order of its candidate
    pairs (only those at positions below ``before`` when given), exact coverages restored."""
    sql = "SELECT record, coverage_a, coverage_b FROM scan_pairs"
    values: list[int] = []
    if before is not None:
        sql += " WHERE position < ?"
        values.append(before)
    rows = db.execute(sql + " ORDER BY position", values)
    return [
        replace(ReusePair.from_dict(json.loads(record)), coverage=Coverage(a, b))
        for record, a, b in rows
    ]


def scanned_spans(db: sqlite3.Connection) -> list[PairSpans | None]:
    """The alignment spans of each pair of :func:`scanned_pairs`, in its order; None for a
    pair saved without them (by a version of newstrace before they were kept)."""
    rows = db.execute(
        "SELECT spans FROM scan_pairs LEFT JOIN scan_spans USING (position) ORDER BY position"
    )
    return [None if found is None else pair_spans_from_list(json.loads(found)) for (found,) in rows]


def revise(db: sqlite3.Connection, saved: Sequence[ReusePair], revised: Sequence[ReusePair]) -> int:
    """Rewrite the saved pairs a scan-level rule changed, in one transaction: ``saved`` is
    :func:`scanned_pairs`, ``revised`` the rule's result in the same order, the same object
    where it changed nothing.  How many it changed."""
    positions = [row[0] for row in db.execute("SELECT position FROM scan_pairs ORDER BY position")]
    if not len(positions) == len(saved) == len(revised):
        raise ValueError(f"{len(revised)} pairs given for the {len(positions)} the scan saved")
    changed = [
        (json.dumps(new.to_dict(), ensure_ascii=False), position)
        for position, old, new in zip(positions, saved, revised, strict=True)
        if new is not old
    ]
    with _transaction(db):
        db.executemany("UPDATE scan_pairs SET record = ? WHERE position = ?", changed)
    return len(changed)


def publish(db: sqlite3.Connection) -> list[ReusePair]:
    """Make the current scan's pairs the index's pairs (``store/pairs.py``), atomically;
    those pairs, in the order of the candidate pairs."""
    found = scanned_pairs(db)
    save_pairs(db, found)
    return found


class _transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")
