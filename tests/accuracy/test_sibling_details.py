"""The details the called copy gives that its called source lacks
(benchmarks/sibling_details.py): a value changed has a counterpart, a first name added
before the source's name is read as one, and the writers' records say which is which."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from tests.accuracy.test_sibling_clues import _whole

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
sibling_details = importlib.import_module("sibling_details")

SOURCE = "Attorney General Pruitt and 25 states sued on Thursday, Mayor Smyth said."
COPY = "Attorney General Scott Pruitt and 23 states sued on Thursday, Mayor Smith said."


def _extras(copy: str, source: str) -> dict[str, tuple[bool, str]]:
    found = sibling_details.copy_extras(_whole(copy, source), "a", copy, source)
    return {x.detail: (x.counterpart, x.form) for x in found}


def test_a_changed_value_has_a_counterpart_and_a_first_name_is_added() -> None:
    assert _extras(COPY, SOURCE) == {
        "smith": (True, "other name"),  # "Smyth" in the source: one name spelt two ways
        "23": (True, "figure"),  # "25" in the source
        "scott": (False, "first name"),  # before a name the source gives
    }


def test_the_source_side_reads_its_own_extras() -> None:
    found = sibling_details.copy_extras(_whole(COPY, SOURCE), "b", SOURCE, COPY)
    assert {x.detail for x in found} == {"smyth", "25"}


def test_the_records_tell_a_changed_fact_from_the_article_and_the_writers_own() -> None:
    record = {"changed_facts": [{"source": "25 states", "copy": "23 states"}]}
    article = "Attorney General Scott Pruitt and 25 states joined the suit."
    assert sibling_details.truth_of("23", record, article) == "changed"
    assert sibling_details.truth_of("scott", record, article) == "article"
    assert sibling_details.truth_of("thursday", record, article) == "own"
