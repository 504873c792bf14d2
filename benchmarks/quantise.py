"""MiniLM in int8 for ONNX Runtime: calibrate, smooth, quantise (for ``encoder.py`` here).

Not what newstrace runs (``onnx_encoder.py`` runs the float graph; BENCHMARKS.md says why),
kept as the measured way to int8.  Plain dynamic int8 quantisation (``quantize_dynamic``) of
every matrix product moves some BASIL sentences' vectors to cosine 0.88 (0.97 per channel) of
the float ones: a few channels of each product's input carry values far larger than the rest,
and one int8 scale per input tensor flattens the others.  SmoothQuant divides those channels
down before quantising (``newstrace.embed.minilm_graph``); the factors come from the largest value
each channel takes on calibration input, random word pieces (no text shipped, and on BASIL
they do about as well as real news sentences).  The feed-forward output product stays in
float: its input is GELU's, whose tail no smoothing tamed.  With it, cosine stays above 0.996
on BASIL sentences.  Dynamic quantisation takes one scale per input tensor, so a sentence's
vector depends on the batch it is encoded in; one sentence per run avoids that.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from newstrace.embed.minilm_graph import LAYERS, MinilmGraph, smoothed_inputs

QUANTISED = ("qkv", "attention_out", "ffn_in")
SMOOTHING = 0.5  # SmoothQuant's alpha: the share of an outlier moved into the weights
_CALIBRATION_SENTENCES = 512
_FIRST_WORD_PIECE = 1996  # ids below are padding, [unused] slots, marks and single characters
_CLS, _SEP = 101, 102


def int8_model(
    weights: Mapping[str, np.ndarray],
    *,
    quantised: tuple[str, ...] = QUANTISED,
    smoothing: float | None = SMOOTHING,
    per_channel: bool = True,
) -> bytes:
    """The graph with ``quantised`` products in int8 (smoothed unless ``smoothing`` is None)."""
    products = [(kind, layer) for layer in range(LAYERS) for kind in quantised]
    scales = None if smoothing is None else smoothing_scales(weights, products, smoothing)
    model = MinilmGraph(weights, scales).build()
    return _quantise(model, [f"{kind}{layer}" for kind, layer in products], per_channel)


def smoothing_scales(
    weights: Mapping[str, np.ndarray], products: list[tuple[str, int]], alpha: float
) -> dict[str, np.ndarray]:
    """SmoothQuant's factors ``max|x|^alpha / max|w|^(1-alpha)`` per input channel."""
    largest_inputs = _largest_inputs(weights)
    scales = {}
    for kind, layer in products:
        # torch keeps a weight as [out, in]: the largest of each input channel's column.
        largest_weights = np.max(
            [np.abs(weights[key]).max(0) for key in _weight_keys(kind, layer)], axis=0
        )
        largest_input = np.maximum(largest_inputs[f"{kind}{layer}"], 1e-5)
        scale = largest_input**alpha / np.maximum(largest_weights, 1e-5) ** (1 - alpha)
        scales[f"{kind}{layer}"] = scale.astype(np.float32)
    return scales


def _largest_inputs(weights: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The largest magnitude each product's input channels take on the calibration input."""
    import onnxruntime

    inputs = {
        name: source for layer in range(LAYERS) for name, source in smoothed_inputs(layer).items()
    }
    model = MinilmGraph(weights).build(extra_outputs=tuple(inputs.values()))
    session = onnxruntime.InferenceSession(model, providers=["CPUExecutionProvider"])
    largest: dict[str, np.ndarray] = {}
    for ids, mask in _calibration_batches():
        values = session.run(list(inputs.values()), {"ids": ids, "mask": mask})
        for name, value in zip(inputs, values, strict=True):
            channels = np.abs(value).reshape(-1, value.shape[-1]).max(0)
            largest[name] = np.maximum(largest[name], channels) if name in largest else channels
    return largest


def _calibration_batches(batch: int = 32) -> list[tuple[np.ndarray, np.ndarray]]:
    """Random word-piece sentences of 3 to 60 pieces, the same on every machine."""
    generator = np.random.default_rng(0)
    batches = []
    for _ in range(_CALIBRATION_SENTENCES // batch):
        lengths = generator.integers(3, 61, size=batch)
        ids = np.zeros((batch, int(lengths.max()) + 2), dtype=np.int32)
        for row, length in enumerate(lengths):
            pieces = generator.integers(_FIRST_WORD_PIECE, 30522, size=length)
            ids[row, : length + 2] = [_CLS, *pieces, _SEP]
        batches.append((ids, (ids != 0).astype(np.int32)))
    return batches


def _weight_keys(kind: str, layer: int) -> list[str]:
    """The safetensors keys of a product's weights."""
    prefix = f"encoder.layer.{layer}."
    return {
        "qkv": [f"{prefix}attention.self.{part}.weight" for part in ("query", "key", "value")],
        "attention_out": [f"{prefix}attention.output.dense.weight"],
        "ffn_in": [f"{prefix}intermediate.dense.weight"],
        "ffn_out": [f"{prefix}output.dense.weight"],
    }[kind]


def _quantise(model: bytes, names: list[str], per_channel: bool) -> bytes:
    from onnx import TensorProto
    from onnxruntime.quantization import QuantType, quantize_dynamic

    with _quiet_quantiser(), tempfile.TemporaryDirectory(prefix="newstrace-") as directory:
        source, target = Path(directory) / "float.onnx", Path(directory) / "int8.onnx"
        source.write_bytes(model)
        quantize_dynamic(
            source,
            target,
            weight_type=QuantType.QInt8,
            per_channel=per_channel,
            nodes_to_quantize=names,
            # The contrib operators' outputs have no inferred type; they are all float.
            extra_options={"DefaultTensorType": TensorProto.FLOAT},
        )
        return target.read_bytes()


@contextmanager
def _quiet_quantiser() -> Iterator[None]:
    """Drop the quantiser's advice, which it logs on the root logger, to a user's terminal."""

    def not_onnxruntime(record: logging.LogRecord) -> bool:
        return "onnxruntime" not in record.pathname

    root = logging.getLogger()
    root.addFilter(not_onnxruntime)
    try:
        yield
    finally:
        root.removeFilter(not_onnxruntime)
