"""The gate over every read split (benchmarks/every_split.py): what it counts as a wrong
way, a sibling copy call and a BASIL error, and which splits it reads."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "eval"))
every_split = importlib.import_module("every_split")
bench = importlib.import_module("direction")
SPLITS = importlib.import_module("devset").SPLITS


def test_a_copy_called_the_other_way_is_a_wrong_way_and_a_missed_copy_is_not() -> None:
    tally = every_split.Tally.of(
        [
            bench.Call("dev:rewrite:rw-1", "a_from_b", "a_from_b", 0.9),
            bench.Call("dev:rewrite:rw-1~", "a_from_b", "b_from_a", 0.6),
            bench.Call("dev:primary:pr-1", "shared_source", "a_from_b", 0.7),
        ]
    )
    assert tally.counts["rewrite", "right"] == 1
    assert tally.counts["rewrite", "wrong way"] == 1
    assert tally.counts["primary", "wrong way"] == 0
    assert "rewrites + primary right 1/3, wrong-way copy calls 1" in tally.summary()


def test_siblings_called_copies_and_basil_errors_are_counted_apart() -> None:
    tally = every_split.Tally.of(
        [
            bench.Call("dev:sibling:sib-1", "b_from_a", "shared_source", 0.8),
            bench.Call("dev:sibling:sib-1~", "unrelated", "shared_source", 0.9),
            bench.Call("basil:tune:x:y", "a_from_b", "none", 0.6),
            bench.Call("basil:tune:y:x", "shared_source", "none", 0.9),
        ]
    )
    summary = tally.summary()
    assert "sibling calls that are copies 1/2" in summary
    assert "BASIL copy calls 1 (1 wrong" in summary


def test_the_splits_read_never_include_the_held_out_last() -> None:
    assert every_split.split_range("..") == list(SPLITS[:-1])
    assert every_split.split_range("tune..fresh") == ["tune", "test", "fresh"]
    assert every_split.split_range("fresh2") == ["fresh2"]
    with pytest.raises(SystemExit):
        every_split.split_range(f"tune..{SPLITS[-1]}")
