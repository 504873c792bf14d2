"""The loaded words each text adds over the other in the sentences they share
(benchmarks/sibling_clues.py): read both ways from one set of alignments."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from newstrace.model import Alignment, Span

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
sibling_clues = importlib.import_module("sibling_clues")

PLAIN = "The mayor criticized the council's budget plan on Monday."
COLOURED = "The mayor slammed the council's disastrous budget plan on Monday."


def _whole(a: str, b: str) -> list[Alignment]:
    return [Alignment("paraphrase", 0.9, Span(0, len(a)), Span(0, len(b)), a, b, (0,), (0,))]


def test_the_coloured_text_adds_its_loaded_words_and_the_plain_one_none() -> None:
    assert sibling_clues.added_colour(COLOURED, PLAIN, _whole(COLOURED, PLAIN)) == (2, 0)
    assert sibling_clues.added_colour(PLAIN, COLOURED, _whole(PLAIN, COLOURED)) == (0, 2)
