"""The development set of eval/ is whole, annotated and dateless (eval/README.md)."""

from __future__ import annotations

import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parent.parent / "eval"
sys.path.insert(0, str(EVAL))

import check  # noqa: E402
from devset import load, read_records  # noqa: E402


def test_every_pair_is_written_and_its_annotation_is_found_in_the_texts() -> None:
    for pair_id, record in read_records().items():
        assert check.is_written(record), pair_id
        assert check.problems(record) == [], pair_id


def test_the_set_has_the_kinds_and_sizes_the_issue_asks_for() -> None:
    pairs = load()
    rewrites = [p for p in pairs if p.kind == "rewrite"]
    first = {p.record["source"]["id"] for p in rewrites if not p.id.endswith("b")}
    assert len(first) >= 40  # each of a different BASIL article
    assert sum(p.kind == "primary" for p in pairs) >= 10
    assert sum(p.kind == "sibling" for p in pairs) >= 10
    assert {p.split for p in pairs} == {"tune", "test"}


def test_no_pair_carries_a_date() -> None:
    for record in read_records().values():
        assert "date" not in record["source"] and "published" not in record["source"]
        assert "date" not in record["copy"] and "published" not in record["copy"]
