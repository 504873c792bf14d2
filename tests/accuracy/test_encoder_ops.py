"""benchmarks/encoder_ops.py runs the shipped graph as the encoder does: with the shipped batch
plan its vectors are the encoder's own to the bit, and another plan moves none (what its
"rows moved" column counts)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import numpy as np

from newstrace.embed.encoder import get_encoder
from newstrace.embed.onnx_encoder import OnnxEncoder

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
encoder_ops = importlib.import_module("encoder_ops")

SENTENCES = [
    "The council voted on Tuesday.",
    "The council voted on Tuesday to close the old bridge over the river for repairs.",
    "Mayor Lena Ortiz said the repairs would take two years and cost $4 million.",
    "Residents objected.",
]


def test_the_benchmarks_runs_give_the_encoders_vectors() -> None:
    encoder = get_encoder()
    assert isinstance(encoder, OnnxEncoder)
    encoder.clear_cache()
    expected = encoder.encode(SENTENCES)
    tokens = [e.ids for e in encoder._tokenizer.encode_batch_fast(SENTENCES)]
    session = encoder_ops._session()
    shipped, _, runs = encoder_ops._encode(session, tokens, encoder_ops.SHIPPED)
    assert np.array_equal(shipped, expected)
    one_each, _, single_runs = encoder_ops._encode(session, tokens, (1_000, 1, 512))
    assert single_runs == len(SENTENCES) > runs
    assert np.array_equal(one_each, expected)
