"""The candidate readings of benchmarks/condensed_rewrites.py: a changed detail (another
weekday, another figure, a name spelt within two letters) and the share of a text's
details and quotations the other gives."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
condensed_rewrites = importlib.import_module("condensed_rewrites")

SOURCE = "Chairman Michael Steele emailed members Saturday night about the 63 seats."
COPY = "Chairman Michael Steel emailed members Sunday night about the 36 seats."


def test_a_changed_detail_stands_for_the_others() -> None:
    changed = condensed_rewrites.changed
    assert changed("steel", frozenset({"steele"}))
    assert changed("sunday", frozenset({"saturday"}))
    assert changed("36", frozenset({"63"}))
    assert not changed("priebus", frozenset({"steele", "saturday"}))
    assert not changed("sunday", frozenset({"steele"}))


def test_the_share_held_counts_changed_details_only_when_asked() -> None:
    held = condensed_rewrites.held
    plain = held(COPY, SOURCE)
    assert plain < 0.5  # the title and Michael only: Steel, Sunday and 36 are "new"
    assert held(COPY, SOURCE, with_changed=True) == 1.0
    assert held(COPY, SOURCE, quoted=2, quoted_new=1, with_changed=True) == 6 / 7
