"""How benchmarks/faithfulness.py finds an annotated quotation in the copy."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
faithfulness = importlib.import_module("faithfulness")


def test_a_short_quotation_is_found_where_it_is_quoted_not_in_an_earlier_sentence() -> None:
    copy = (
        "Hale misstated his service in Vietnam. A video shows him saying he served "
        '"in Vietnam," an "outrageous distortion," his campaign said.'
    )
    where = faithfulness._find_quote(copy, "in Vietnam", 0)
    assert where is not None and copy[where.start - 1] == '"'


def test_a_quotation_never_quoted_there_is_still_found_by_its_words() -> None:
    copy = "He said the plan was reckless and far too expensive."
    where = faithfulness._find_quote(copy, "far too expensive", 0)
    assert where is not None and copy[where.start : where.end] == "far too expensive"


def test_a_run_of_splits_leaves_the_held_out_one_out_unless_named() -> None:
    splits = faithfulness.split_range("tune..")
    assert splits[0] == "tune" and splits[-1] == faithfulness.SPLITS[-2]
    assert faithfulness.split_range("fresh30..fresh31") == ["fresh30", "fresh31"]
    assert faithfulness.split_range("test") == ["test"]
