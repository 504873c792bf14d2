"""benchmarks/bfloat16.py runs MiniLM's torch forward in bfloat16 inside the shipped encoder's
batching and threads: each precision moves the shipped vectors a little and no further,
its workers run torch on one thread each, and what it sets process-wide is set back."""

from __future__ import annotations

import importlib
import json
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest
import torch

from newstrace import Article
from newstrace.align.units import sentence_units
from newstrace.embed.encoder import get_encoder, load_tokenizer, model_dir
from newstrace.embed.onnx_encoder import OnnxEncoder
from newstrace.pipeline import prepare

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
bfloat16 = importlib.import_module("bfloat16")


@pytest.fixture(scope="module")
def basil_article() -> list[str]:
    """What ``compare`` encodes (sentences and clauses) of one real BASIL article."""
    line = (ROOT / "tests" / "data" / "basil_event_sample.jsonl").read_text(encoding="utf-8")
    document = prepare(Article(text=json.loads(line.splitlines()[0])["text"]))
    return [unit.text for unit in sentence_units(document)]


@pytest.fixture(scope="module")
def shipped(basil_article: list[str]) -> tuple[OnnxEncoder, np.ndarray]:
    encoder = get_encoder()
    assert isinstance(encoder, OnnxEncoder)
    encoder.clear_cache()
    return encoder, encoder.encode(basil_article)


@pytest.mark.parametrize("precision", bfloat16.PRECISIONS)
def test_each_precision_moves_the_shipped_vectors_a_little(
    precision: str, basil_article: list[str], shipped: tuple[OnnxEncoder, np.ndarray]
) -> None:
    _, expected = shipped
    assert len(basil_article) > 15
    tokenizer = load_tokenizer(model_dir(), pad=False)
    bf16 = bfloat16.Bf16Encoder(_shipped_model(), tokenizer, precision)
    before = torch.backends.mkldnn.matmul.fp32_precision
    vectors = bf16.encode(basil_article)
    assert torch.backends.mkldnn.matmul.fp32_precision == before
    cosines = np.sum(vectors * expected, axis=1)
    assert cosines.min() > 0.999
    assert not np.array_equal(vectors, expected)  # bf16 arithmetic, not the float graph


def test_workers_run_torch_on_one_thread_and_the_caller_keeps_its_count() -> None:
    before = torch.get_num_threads()
    torch.set_num_threads(2)
    try:
        pool = bfloat16._one_thread_workers(2)
        counts = list(pool.map(lambda _: torch.get_num_threads(), range(8)))
        assert counts == [1] * 8
        assert torch.get_num_threads() == 2
        later = ThreadPoolExecutor(1).submit(torch.get_num_threads).result()
        assert later == 2  # a thread made afterwards takes the usual count
    finally:
        torch.set_num_threads(before)


def test_an_unknown_precision_is_refused() -> None:
    with pytest.raises(ValueError, match="precision"):
        bfloat16.TorchSession("fp16")


def _shipped_model() -> bytes:
    """The shipped graph as cached by ``get_encoder`` (the bf16 encoder loads it only to
    replace its session)."""
    from newstrace.embed.disk_cache import cache_dir
    from newstrace.embed.onnx_encoder import onnx_model_name

    return (cache_dir() / f"{onnx_model_name()}.onnx").read_bytes()
