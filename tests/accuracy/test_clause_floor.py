"""The clause floor's measurement (benchmarks/clause_floor.py): a clause that beats its
sentence against the other text is found with the floor it needs, and leaving it out, as a
floor above that would, lowers the sentence pair's score."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import numpy as np

from newstrace import Article
from newstrace.align.paraphrase import sentence_scores, unit_texts
from newstrace.align.units import sentence_units
from newstrace.pipeline import prepare

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
clause_floor = importlib.import_module("clause_floor")

LONG = (
    "The ministers met in Geneva on Tuesday to discuss the treaty on the shared river, "
    "and the prime minister later announced a new tax on imported steel that will take "
    "effect next year."
)
SHORT = "A new tax on imported steel will take effect next year, the prime minister announced."


def test_a_clause_best_against_the_other_text_needs_its_sentences_best_as_floor() -> None:
    a, b = prepare(Article(LONG)), prepare(Article(SHORT))
    pair = clause_floor.Pair(sentence_units(a), sentence_units(b), set(unit_texts(a, b)))
    assert [u.clause for u in pair.a] == [False, True, True]
    [(score, floor, _)] = pair.needed()
    assert score >= 0.40 and floor == pair.best[0][0] < score
    assert pair.floored(floor)[0].all()  # at the floor needed, the clause is kept
    above = pair.floored(floor + 0.01)
    assert not above[0][1:].any()
    pieces = clause_floor.Pieces()
    assert pieces.spared(pair, above) > 0 == pieces.spared(pair, pair.floored(floor))
    kept = sentence_scores(a, b).sentences[0, 0]
    with clause_floor.left_out(a, b, above):
        assert unit_texts(a, b) == [LONG, SHORT]
        assert np.isclose(sentence_scores(a, b).sentences[0, 0], pair.best[0][0])
        assert sentence_scores(a, b).sentences[0, 0] < kept
    assert sentence_scores(a, b).sentences[0, 0] == kept  # put back after the block
