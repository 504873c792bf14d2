"""Faster MiniLM encoders on CPU against the torch one: speed, agreement, and `compare` time.

    python benchmarks/encoder.py [--sentences 2000] [--rounds 3] [--pairs 20] [--basil PATH]
        [--families float int8 bf16]

Encodes the sentences and clauses that ``compare`` encodes (``sentence_units`` of BASIL
articles, split by newstrace's own segmenter) with each candidate, timed in turn within each
round so that every ratio to the torch encoder is measured under the same load, and prints:

* per candidate: sentences/s, speed over torch (median of the rounds' ratios), the min and
  mean cosine of its vectors to torch's, how many sentences fall below 0.99, build time;
* the first-sight ``newstrace.compare`` (vector cache cleared before each) of same-event
  BASIL pairs and of the development set's pairs: median ms per encoder, and its agreement
  with torch's results: relations that differ, the share of alignments found the same (kind
  and sentences of both sides), the mean difference of coverage.

torch fp32 and the shipped graph always run; ``--families`` chooses the others (default
all).  The int8 candidates come from ``quantise.py`` here, the bfloat16 ones (torch on
oneDNN, in the shipped encoder's batching and threads) from ``bfloat16.py``.  ONNX Runtime
fp32 "traced" (``torch.onnx.export`` of the torch forward) needs onnxscript, which newstrace
does not depend on: it is skipped when onnxscript is missing.  BENCHMARKS.md has the tables.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import torch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from bfloat16 import PRECISIONS, Bf16Encoder  # noqa: E402
from devset import BASIL, basil_pairs  # noqa: E402
from devset import load as load_development  # noqa: E402
from quantise import QUANTISED, SMOOTHING, int8_model  # noqa: E402
from safetensors.numpy import load_file  # noqa: E402

import newstrace  # noqa: E402
from newstrace import pipeline  # noqa: E402
from newstrace.align import paraphrase  # noqa: E402
from newstrace.align.units import sentence_units  # noqa: E402
from newstrace.embed.encoder import CachingEncoder, Encoder, load_tokenizer, model_dir  # noqa: E402
from newstrace.embed.minilm_graph import MinilmGraph  # noqa: E402
from newstrace.embed.onnx_encoder import OnnxEncoder  # noqa: E402
from newstrace.pipeline import prepare  # noqa: E402

if TYPE_CHECKING:
    from tokenizers import Tokenizer

ALL_PRODUCTS = (*QUANTISED, "ffn_out")
FAMILIES = ("float", "int8", "bf16")
TORCH_THREADS = torch.get_num_threads()  # one per core already: no set_num_threads needed


@dataclass
class Candidate:
    name: str
    encoder: CachingEncoder
    build_seconds: float
    batch: int = 32
    seconds: list[float] = field(default_factory=list)
    ratios: list[float] = field(default_factory=list)
    cosines: np.ndarray | None = None

    def encode(self, sentences: list[str]) -> np.ndarray:
        """Encode as ``get_encoder()`` would for unseen text, with this candidate's settings."""
        self.encoder.batch_size = self.batch
        self.encoder.clear_cache()
        return self.encoder.encode(sentences)


def timed(build: Callable[[], CachingEncoder]) -> tuple[CachingEncoder, float]:
    start = time.perf_counter()
    built = build()
    return built, time.perf_counter() - start


def candidates(families: Collection[str] = FAMILIES) -> list[Candidate]:
    """torch fp32 (the reference) and the shipped graph, then the ``families`` asked for."""
    directory = model_dir()
    weights = load_file(str(directory / "model.safetensors"))
    tokenizer = load_tokenizer(directory, pad=False)
    torch_encoder, seconds = timed(Encoder)
    found = [
        Candidate(f"torch fp32 ({TORCH_THREADS} threads, the default)", torch_encoder, seconds)
    ]
    if "float" in families:
        found += float_variants(torch_encoder)
    if "int8" in families:
        found.append(Candidate("torch int8 dynamic (per channel)", *timed(torch_int8)))
    start = time.perf_counter()
    model = MinilmGraph(weights).build()
    kept = OnnxEncoder(model, tokenizer)
    found.append(
        Candidate(
            "ORT fp32, fused graph (kept)",
            kept,
            time.perf_counter() - start,
            batch=kept.batch_size,  # the shipped encoder's, at most, in token-count batches
        )
    )
    if "float" in families:
        found += [Candidate(f"  the same, batch {size}", kept, 0.0, batch=size) for size in (1, 32)]
    if "int8" in families:
        found += int8_candidates(weights, tokenizer)
    if "bf16" in families:
        found += bf16_candidates(model, tokenizer)
    return found


def float_variants(torch_encoder: CachingEncoder) -> list[Candidate]:
    """torch in batches of 8, and ONNX Runtime on the traced graph (when onnxscript is here)."""
    found = [Candidate("  the same, batch 8", torch_encoder, 0.0, batch=8)]
    start = time.perf_counter()
    traced = traced_float_model()
    if traced is not None:
        tokenizer = load_tokenizer(model_dir(), pad=False)
        found.append(
            Candidate(
                "ORT fp32, torch.onnx.export",
                OnnxEncoder(traced, tokenizer),
                time.perf_counter() - start,
                batch=8,
            )
        )
    return found


def int8_candidates(weights: dict[str, np.ndarray], tokenizer: Tokenizer) -> list[Candidate]:
    """The int8 recipes of ``quantise.py``, one sentence a run (in a batch, int8's vectors
    depend on the batch: ``quantise.py``), and the last one in batches of 8 as well."""
    int8 = {
        "ORT int8 dynamic, per tensor, all": dict(
            quantised=ALL_PRODUCTS, smoothing=None, per_channel=False
        ),
        "ORT int8 dynamic, per channel, all": dict(quantised=ALL_PRODUCTS, smoothing=None),
        f"ORT int8 smoothed a={SMOOTHING}, all": dict(quantised=ALL_PRODUCTS),
        f"ORT int8 smoothed a={SMOOTHING}, FFN out fp32": {},
    }
    found = []
    for name, settings in int8.items():
        start = time.perf_counter()
        built = OnnxEncoder(int8_model(weights, **settings), tokenizer)  # type: ignore[arg-type]
        found.append(Candidate(name, built, time.perf_counter() - start, batch=1))
    found.append(Candidate("  the same, batch 8", found[-1].encoder, 0.0, batch=8))
    return found


def bf16_candidates(model: bytes, tokenizer: Tokenizer) -> list[Candidate]:
    """The torch forward in bfloat16 (``bfloat16.py``), batched and threaded as shipped."""
    found = []
    for precision in PRECISIONS:
        start = time.perf_counter()
        built = Bf16Encoder(model, tokenizer, precision)
        found.append(
            Candidate(
                f"torch bf16 {precision}, shipped batching",
                built,
                time.perf_counter() - start,
                batch=built.batch_size,
            )
        )
    return found


def torch_int8() -> CachingEncoder:
    """The torch encoder with its linear layers quantised by ``torch.ao`` (fbgemm, int8)."""
    reference = Encoder()
    layers = {}
    for key, value in list(reference._weights.items()):
        if value.dim() != 2 or key.startswith("embeddings."):
            continue
        name = key.removesuffix(".weight")
        weight, bias = reference._weights[key], reference._weights[name + ".bias"]
        linear = torch.nn.Linear(weight.shape[1], weight.shape[0])
        linear.weight.data, linear.bias.data = weight, bias
        layers[name] = torch.ao.quantization.quantize_dynamic(
            torch.nn.Sequential(linear),
            {torch.nn.Linear: torch.ao.quantization.per_channel_dynamic_qconfig},
        )
    reference._linear = lambda x, name: layers[name](x)  # type: ignore[method-assign]
    return reference


def traced_float_model() -> bytes | None:
    """The torch forward exported by torch.onnx (dynamo), or None without onnxscript."""
    try:
        import onnxscript  # noqa: F401
    except ImportError:
        return None
    import tempfile

    reference = Encoder()

    class Hidden(torch.nn.Module):
        def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
            return reference.hidden_states(ids.long(), mask.bool())

    ids = torch.tensor([[101, 2000, 2001, 102], [101, 2003, 102, 0]], dtype=torch.int32)
    batch, length = torch.export.Dim("batch"), torch.export.Dim("length", max=256)
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "traced.onnx"
        torch.onnx.export(
            Hidden(),
            (ids, (ids != 0).int()),
            path,
            input_names=["ids", "mask"],
            output_names=["hidden6"],
            dynamic_shapes={"ids": {0: batch, 1: length}, "mask": {0: batch, 1: length}},
            dynamo=True,
            external_data=False,
            verbose=False,
        )
        return path.read_bytes()


def basil_sentences(path: Path, count: int) -> list[str]:
    sentences: dict[str, None] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            document = prepare(newstrace.Article(text=json.loads(line)["text"]))
            sentences.update(dict.fromkeys(unit.text for unit in sentence_units(document)))
            if len(sentences) >= count:
                break
    return list(sentences)[:count]


def measure_encoding(found: list[Candidate], sentences: list[str], rounds: int) -> None:
    reference = found[0].encode(sentences)
    for _ in range(rounds):
        for candidate in found:
            start = time.perf_counter()
            vectors = candidate.encode(sentences)
            candidate.seconds.append(time.perf_counter() - start)
            candidate.cosines = np.sum(vectors * reference, axis=1)
        for candidate in found:
            candidate.ratios.append(found[0].seconds[-1] / candidate.seconds[-1])


def print_encoding(found: list[Candidate], sentences: list[str]) -> None:
    print(
        f"{len(sentences)} BASIL sentences and clauses, mean {np.mean([len(s) for s in sentences]):.0f} characters\n"
    )
    print(
        f"{'encoder':<44} {'batch':>5} {'sent/s':>7} {'x torch':>8} {'min cos':>8} {'mean cos':>9} {'< 0.99':>7} {'build s':>8}"
    )
    for c in found:
        assert c.cosines is not None
        rate = len(sentences) / statistics.median(c.seconds)
        print(
            f"{c.name:<44} {c.batch:>5} {rate:>7.0f} {statistics.median(c.ratios):>8.2f} {c.cosines.min():>8.4f} {c.cosines.mean():>9.5f} {int((c.cosines < 0.99).sum()):>7} {c.build_seconds:>8.1f}"
        )


def run_compares(
    found: list[Candidate], pairs: list[tuple[newstrace.Article, newstrace.Article]]
) -> tuple[dict[str, list[float]], dict[str, list[newstrace.Comparison]]]:
    """First-sight ``compare`` of each pair with each encoder in turn (vector cache cleared).

    The candidate stands in for ``get_encoder`` where ``compare`` prefetches (``pipeline``)
    as well as where it encodes (``paraphrase``): its encoding overlaps the vector-free work
    as the shipped encoder's does, and no other encoder runs beside it."""
    times: dict[str, list[float]] = {c.name: [] for c in found}
    results: dict[str, list[newstrace.Comparison]] = {c.name: [] for c in found}
    for a, b in pairs:
        for candidate in found:
            candidate.encoder.batch_size = candidate.batch
            candidate.encoder.clear_cache()
            paraphrase.get_encoder = pipeline.get_encoder = lambda c=candidate: c.encoder  # type: ignore[misc]
            start = time.perf_counter()
            results[candidate.name].append(newstrace.compare(a, b))
            times[candidate.name].append(time.perf_counter() - start)
    return times, results


def agreement(
    results: list[newstrace.Comparison], reference: list[newstrace.Comparison]
) -> tuple[int, float, float]:
    """Relations differing; alignments (kind and sentences of both sides) shared over all
    alignments of either, pooled over the pairs; mean |coverage difference| of A and B."""
    relations = sum(
        r.verdict.relation != t.verdict.relation for r, t in zip(results, reference, strict=True)
    )
    shared = either = 0
    for result, truth in zip(results, reference, strict=True):
        ours = {(x.kind, x.a_sentences, x.b_sentences) for x in result.alignments}
        theirs = {(x.kind, x.a_sentences, x.b_sentences) for x in truth.alignments}
        shared, either = shared + len(ours & theirs), either + len(ours | theirs)
    coverage = statistics.mean(
        abs(r.coverage.a - t.coverage.a) / 2 + abs(r.coverage.b - t.coverage.b) / 2
        for r, t in zip(results, reference, strict=True)
    )
    return relations, shared / max(either, 1), coverage


def print_compares(
    title: str, found: list[Candidate], pairs: list[tuple[newstrace.Article, newstrace.Article]]
) -> None:
    times, results = run_compares(found, pairs)
    reference = results[found[0].name]
    base = statistics.median(times[found[0].name])
    print(f"\n{title}: {len(pairs)} pairs, first sight (vector cache cleared before each)\n")
    print(
        f"{'encoder':<44} {'median ms':>10} {'x torch':>8} {'relations differing':>20} {'alignments same':>16} {'coverage diff':>14}"
    )
    for candidate in found:
        median = statistics.median(times[candidate.name])
        relations, same, coverage = agreement(results[candidate.name], reference)
        print(
            f"{candidate.name:<44} {median * 1000:>10.0f} {base / median:>8.2f} {relations:>20} {same:>16.3f} {coverage:>14.4f}"
        )


def basil_articles(count: int) -> list[tuple[newstrace.Article, newstrace.Article]]:
    """``count`` same-event BASIL pairs spread over the file, with outlets and dates."""
    every = basil_pairs(BASIL, ordered=False)
    return [
        tuple(  # type: ignore[misc]
            newstrace.Article(text=r["text"], id=r["id"], outlet=r["outlet"], published=r["date"])
            for r in (pair.a, pair.b)
        )
        for pair in every[:: max(1, len(every) // count)][:count]
    ]


def development_articles() -> list[tuple[newstrace.Article, newstrace.Article]]:
    """Every pair of the development set (both splits), bare texts as direction.py reads them."""
    return [(newstrace.Article(text=p.a), newstrace.Article(text=p.b)) for p in load_development()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--basil", type=Path, default=BASIL)
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pairs", type=int, default=20)
    parser.add_argument(
        "--families",
        nargs="+",
        choices=FAMILIES,
        default=FAMILIES,
        help="which candidates beside torch fp32 and the shipped graph (default: all)",
    )
    args = parser.parse_args()
    sentences = basil_sentences(args.basil, args.sentences)
    found = candidates(args.families)
    measure_encoding(found, sentences, args.rounds)
    print_encoding(found, sentences)
    compared = [c for c in found if not c.name.startswith(" ")]
    print_compares("same-event BASIL pairs", compared, basil_articles(args.pairs))
    print_compares("development set", compared, development_articles())


if __name__ == "__main__":
    main()
