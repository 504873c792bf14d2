"""The marks a copy of A cannot carry, read from the writers' records
(benchmarks/sibling_marks.py): only a change of the called source that the called copy
does not share counts."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
sibling_marks = importlib.import_module("sibling_marks")

QUOTE = "This isn't funny anymore"


def _record(facts: list[tuple[str, str]], status: str, speaker: str) -> dict[str, Any]:
    return {
        "changed_facts": [{"source": s, "copy": c} for s, c in facts],
        "quotes": [{"text": QUOTE, "source_text": QUOTE, "status": status, "speaker": speaker}],
    }


def test_a_fact_the_source_changed_and_the_copy_gives_as_the_article_did_is_a_mark() -> None:
    source = _record([("Ethics Center", "Ethics Institute")], "exact", "Josh Blackman")
    copy = _record([], "exact", "Josh Blackman")
    text = "Ed Whelan, president of the Ethics Center, said so."
    assert sibling_marks.true_marks(copy, source, text) == {"fact"}
    # the copy carrying the source's changed form holds no mark
    carried = "Ed Whelan, president of the Ethics Institute, said so."
    assert sibling_marks.true_marks(copy, source, carried) == set()


def test_a_misattribution_the_copy_does_not_carry_is_a_mark() -> None:
    source = _record([], "misattributed", "Rick Hasen")
    assert sibling_marks.true_marks(_record([], "exact", "Josh Blackman"), source, "") == {
        "speaker"
    }
    carried = _record([], "misattributed", "Rick Hasen")
    assert sibling_marks.true_marks(carried, source, "") == set()


def test_two_writers_making_one_change_alike_is_read_from_either_record() -> None:
    first = _record([("180 cases", "108 cases")], "exact", "Josh Blackman")
    alike = _record([("180 cases", "108 cases")], "exact", "Josh Blackman")
    apart = _record([("180 cases", "118 cases")], "exact", "Josh Blackman")
    assert sibling_marks.shared_changes(first, alike)
    assert not sibling_marks.shared_changes(first, apart)
