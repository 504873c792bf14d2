"""A clause's vector pooled from its sentence's run (benchmarks/unit_tokens.py): pooled over
the whole sentence with its [CLS] and [SEP] it is the sentence's own vector, and over a
clause it is nearer the sentence than the clause encoded alone is."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from newstrace import Article
from newstrace.align.units import sentence_units
from newstrace.embed.encoder import get_encoder
from newstrace.embed.onnx_encoder import OnnxEncoder
from newstrace.pipeline import prepare

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
unit_tokens = importlib.import_module("unit_tokens")

SENTENCE = (
    "Ms. Berg described the meeting as “productive” and said the ministers had “found "
    "common ground on the shared river, and on the dams upstream,” though no date was set."
)


def test_pooled_over_the_whole_sentence_is_its_vector() -> None:
    encoder = get_encoder()
    assert isinstance(encoder, OnnxEncoder)
    states, offsets = unit_tokens._token_states(encoder, SENTENCE)
    whole = unit_tokens.pooled(states, offsets, (0, len(SENTENCE)), ends=True)
    assert float(whole @ encoder.encode([SENTENCE])[0]) > 0.9999


def test_a_clause_pooled_from_its_sentence_leans_to_the_sentence() -> None:
    encoder = get_encoder()
    assert isinstance(encoder, OnnxEncoder)
    doc = prepare(Article(SENTENCE))
    text = doc.sentences[0].text  # normalised (straight quotation marks)
    clauses = [u.text for u in sentence_units(doc) if u.clause]
    assert len(clauses) >= 2
    spans = unit_tokens._spans(text, clauses)
    assert [text[a:b] for a, b in spans] == clauses
    states, offsets = unit_tokens._token_states(encoder, text)
    sentence = encoder.encode([text])[0]
    for clause, span in zip(encoder.encode(clauses), spans, strict=True):
        pooled = unit_tokens.pooled(states, offsets, span, ends=False)
        assert float(pooled @ sentence) > float(clause @ sentence)
