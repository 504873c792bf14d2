"""The longest passage two texts share word for word in their own words
(benchmarks/own_passage.py): quotations and names neither count nor break the run."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from newstrace import Article
from newstrace.analyse.quotations import extract_quotes
from newstrace.analyse.stock import shared_own_words
from newstrace.config import DEFAULT_CONFIG
from newstrace.model import Alignment, Span
from newstrace.pipeline import prepare

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
own_passage = importlib.import_module("own_passage")

PARAGRAPH = (
    "Rescue crews worked through the night to reach the stranded hikers on the north "
    'ridge. "We were lucky the weather held for us," said Fire Chief Maria Lopez.'
)
# Lightly edited: "the" dropped before "stranded", which breaks the identical run.
EDITED = PARAGRAPH.replace("reach the stranded", "reach stranded")


def _passage(a_text: str, b_text: str) -> tuple[int, int, str]:
    doc_a = prepare(Article(a_text), DEFAULT_CONFIG)
    doc_b = prepare(Article(b_text), DEFAULT_CONFIG)
    for doc in (doc_a, doc_b):
        extract_quotes(doc)
    whole = Alignment("verbatim", 1.0, Span(0, len(a_text)), Span(0, len(b_text)), a_text, b_text)
    return own_passage.own_passage(doc_a, doc_b, [whole])


def test_a_shared_quotation_and_name_are_not_the_writers_own_words() -> None:
    longest, with_edits, _ = _passage(PARAGRAPH, PARAGRAPH)
    # The reporter's sentence (15 words) and "said"; not the 8 quoted words, which the
    # same words counted plainly include, nor the chief's title and name.
    assert longest == with_edits == 16
    assert shared_own_words(PARAGRAPH, PARAGRAPH) == 24


def test_an_edit_breaks_the_identical_run_but_not_the_passage() -> None:
    longest, with_edits, _ = _passage(PARAGRAPH, EDITED)
    assert longest == 8  # "rescue crews ... to reach", before the dropped word
    assert with_edits == 15  # the edited side's own words in the passage
