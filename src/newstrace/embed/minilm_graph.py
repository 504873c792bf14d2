"""MiniLM's forward pass as an ONNX graph, built from the shipped weights with ONNX Runtime's
fused transformer operators (``EmbedLayerNormalization``, ``Attention``, ``BiasGelu``,
``SkipLayerNormalization``).

Built node by node rather than traced with ``torch.onnx.export``: no exporter and its
dependencies (onnxscript) at run time, torch not even imported, about a second to build
instead of twenty, and fused operators that ONNX Runtime's optimiser does not recover from the
traced graph (8% faster).  The graph's output is the last layer's token vectors;
``onnx_encoder.py`` pools them.

For int8 experiments (``benchmarks/quantise.py``) each matrix product that may be quantised
can take ``scales`` (SmoothQuant): its input is divided by them channel by channel and its
weight rows multiplied by them, which leaves the product unchanged but moves the outlier
channels of the input, which int8 handles badly, into the weights, which int8 handles per
column.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

__all__ = ["HIDDEN", "LAYERS", "OUTPUT", "MinilmGraph", "smoothed_inputs"]

HIDDEN = 384
LAYERS = 6
OUTPUT = f"hidden{LAYERS}"  # the last layer's token vectors
_HEADS = 12
_EPS = 1e-12
_MICROSOFT = "com.microsoft"


def smoothed_inputs(layer: int) -> dict[str, str]:
    """The quantisable products of ``layer``: node name -> name of the tensor it multiplies."""
    return {
        f"qkv{layer}": f"hidden{layer}",
        f"attention_out{layer}": f"context{layer}",
        f"ffn_in{layer}": f"attended{layer}",
        f"ffn_out{layer}": f"gelu{layer}",
    }


class MinilmGraph:
    """Builds the graph; ``scales`` maps a product's node name to its smoothing factors."""

    def __init__(
        self, weights: Mapping[str, np.ndarray], scales: Mapping[str, np.ndarray] | None = None
    ) -> None:
        from onnx import helper

        self._helper = helper
        self._weights = weights
        self._scales = scales or {}
        self._nodes: list[object] = []
        self._initialisers: list[object] = []

    def build(self, extra_outputs: tuple[str, ...] = ()) -> bytes:
        """The serialised model; ``extra_outputs`` names inner tensors to output too."""
        from onnx import TensorProto

        helper = self._helper
        hidden = self._embeddings()
        for layer in range(LAYERS):
            hidden = self._layer(layer, hidden)
        inputs = [
            helper.make_tensor_value_info(name, TensorProto.INT32, ["batch", "length"])
            for name in ("ids", "mask")
        ]
        outputs = [
            helper.make_tensor_value_info(name, TensorProto.FLOAT, None)
            for name in (hidden, *extra_outputs)
        ]
        graph = helper.make_graph(self._nodes, "minilm", inputs, outputs, self._initialisers)
        opsets = [helper.make_opsetid("", 17), helper.make_opsetid(_MICROSOFT, 1)]
        model = helper.make_model(graph, opset_imports=opsets)
        serialised: bytes = model.SerializeToString()
        return serialised

    def _embeddings(self) -> str:
        w = self._weights
        # Sentences are one segment: token type 0's vector is folded into the word vectors.
        words = (
            w["embeddings.word_embeddings.weight"] + w["embeddings.token_type_embeddings.weight"][0]
        )
        self._node(
            "EmbedLayerNormalization",
            "embeddings",
            [
                "ids",
                "",
                self._constant("words", words),
                self._constant("positions", w["embeddings.position_embeddings.weight"]),
                "",
                self._constant("embeddings_gamma", w["embeddings.LayerNorm.weight"]),
                self._constant("embeddings_beta", w["embeddings.LayerNorm.bias"]),
                "mask",
            ],
            ["hidden0", "token_counts"],
            epsilon=_EPS,
        )
        return "hidden0"

    def _layer(self, layer: int, hidden: str) -> str:
        """One self-attention + feed-forward block, as ``Encoder._forward`` computes it."""
        prefix = f"encoder.layer.{layer}."
        w = self._weights
        attention = prefix + "attention."
        qkv_weight = np.concatenate(
            [w[f"{attention}self.{part}.weight"].T for part in ("query", "key", "value")], axis=1
        )
        qkv_bias = np.concatenate(
            [w[f"{attention}self.{part}.bias"] for part in ("query", "key", "value")]
        )
        out_weight = w[attention + "output.dense.weight"].T
        out_scales = self._scales.get(f"attention_out{layer}")
        if out_scales is not None:
            # The context is a mix of value vectors: dividing the value projection's columns
            # divides the context's channels, with no node added.
            qkv_weight = np.concatenate(
                [qkv_weight[:, : 2 * HIDDEN], qkv_weight[:, 2 * HIDDEN :] / out_scales], axis=1
            )
            qkv_bias = np.concatenate([qkv_bias[: 2 * HIDDEN], qkv_bias[2 * HIDDEN :] / out_scales])
            out_weight = out_weight * out_scales[:, None]
        source, qkv_weight = self._smoothed(f"qkv{layer}", hidden, qkv_weight)
        self._node(
            "Attention",
            f"qkv{layer}",
            [
                source,
                self._constant(f"qkv{layer}_weight", qkv_weight),
                self._constant(f"qkv{layer}_bias", qkv_bias),
                "token_counts",
            ],
            [f"context{layer}"],
            num_heads=_HEADS,
        )
        self._matmul(f"attention_out{layer}", f"context{layer}", out_weight)
        attended = self._add_norm(
            f"attention_out{layer}", hidden, attention + "output", f"attended{layer}"
        )
        source, inner = self._smoothed(
            f"ffn_in{layer}", attended, w[prefix + "intermediate.dense.weight"].T
        )
        self._matmul(f"ffn_in{layer}", source, inner)
        bias = self._constant(f"ffn_in{layer}_bias", w[prefix + "intermediate.dense.bias"])
        self._node("BiasGelu", f"gelu{layer}", [f"ffn_in{layer}_output", bias], [f"gelu{layer}"])
        source, outer = self._smoothed(
            f"ffn_out{layer}", f"gelu{layer}", w[prefix + "output.dense.weight"].T
        )
        self._matmul(f"ffn_out{layer}", source, outer)
        return self._add_norm(f"ffn_out{layer}", attended, prefix + "output", f"hidden{layer + 1}")

    def _smoothed(self, name: str, source: str, weight: np.ndarray) -> tuple[str, np.ndarray]:
        """``source`` divided by ``name``'s scales, and ``weight``'s rows multiplied by them."""
        scales = self._scales.get(name)
        if scales is None:
            return source, weight
        divisor = self._constant(f"{name}_inverse_scales", 1.0 / scales)
        self._node("Mul", f"{name}_smooth", [source, divisor], [f"{name}_input"], domain="")
        return f"{name}_input", weight * scales[:, None]

    def _matmul(self, name: str, source: str, weight: np.ndarray) -> None:
        weight_name = self._constant(f"{name}_weight", weight)
        self._node("MatMul", name, [source, weight_name], [f"{name}_output"], domain="")

    def _add_norm(self, product: str, residual: str, dense: str, output: str) -> str:
        """LayerNorm(product + bias + residual), one fused node."""
        w = self._weights
        self._node(
            "SkipLayerNormalization",
            f"{output}_norm",
            [
                f"{product}_output",
                residual,
                self._constant(f"{output}_gamma", w[dense + ".LayerNorm.weight"]),
                self._constant(f"{output}_beta", w[dense + ".LayerNorm.bias"]),
                self._constant(f"{output}_bias", w[dense + ".dense.bias"]),
            ],
            [output],
            epsilon=_EPS,
        )
        return output

    def _node(
        self,
        op: str,
        name: str,
        inputs: list[str],
        outputs: list[str],
        domain: str = _MICROSOFT,
        **attributes: Any,
    ) -> None:
        node = self._helper.make_node(op, inputs, outputs, name=name, domain=domain, **attributes)
        self._nodes.append(node)

    def _constant(self, name: str, array: np.ndarray) -> str:
        from onnx import numpy_helper

        values = np.ascontiguousarray(array, dtype=np.float32)
        self._initialisers.append(numpy_helper.from_array(values, name))
        return name
