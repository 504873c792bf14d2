"""How benchmarks/fact_misses.py tallies the misses of a faithfulness listing."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
fact_misses = importlib.import_module("fact_misses")


def test_misses_are_tallied_by_kind_and_by_the_form_both_sides_take() -> None:
    listing = [
        "== rw-459 (a_from_b)",
        "    fact missed (date): 'two years ago' <- 'last year'",
        "    fact missed (date): 'In January' <- 'in February'",
        "    fact missed (date): 'May 15' <- 'May 1'",
        "    fact missed (title): 'a state judge' <- 'a federal judge'",
        "    fact false (number): '37.5' <- '36'",
        "    loaded missed: 'whopping'",
    ]
    assert fact_misses.tally(listing) == {
        ("date", "time back from today"): 1,
        ("date", "month alone"): 1,
        ("date", "other"): 1,
        ("title", "court level"): 1,
    }
