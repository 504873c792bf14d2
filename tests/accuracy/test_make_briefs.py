"""The development set's briefs (eval/make_briefs.py): two sibling writers told to make
their changes in different halves of the article."""

from __future__ import annotations

import importlib
import json
import random
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "eval"))
make_briefs = importlib.import_module("make_briefs")

ARTICLE = {"id": "a", "event": "e", "outlet": "nyt", "title": "T", "text": "One two three."}


def _briefs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, apart: bool
) -> dict[str, dict[str, object]]:
    (tmp_path / "pairs").mkdir()
    monkeypatch.setattr(make_briefs, "HERE", tmp_path)
    articles = {f"e{n}": [ARTICLE | {"id": f"a{n}", "event": f"e{n}"}] for n in range(4)}
    make_briefs._batch(random.Random(1), articles, "fresh99", 900, 990, apart)
    return {
        path.stem: json.loads(path.read_text())["brief"]
        for path in (tmp_path / "pairs").glob("rw-*.json")
    }


def test_sibling_writers_told_apart_change_different_halves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    briefs = _briefs(tmp_path, monkeypatch, apart=True)
    assert len(briefs) == 8
    for number in range(900, 904):
        first, second = briefs[f"rw-{number}"], briefs[f"rw-{number}b"]
        assert {first["changes_in"], second["changes_in"]} == {"first half", "second half"}


def test_briefs_of_earlier_rounds_say_nothing_of_halves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not any("changes_in" in b for b in _briefs(tmp_path, monkeypatch, apart=False).values())
