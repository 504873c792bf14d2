"""What a first-sight ``compare`` encodes, by kind of unit, and how close a clause's vector
pooled from its sentence's token vectors is to the clause encoded alone.

    python benchmarks/unit_tokens.py shares [--limit 40] [--split NAME ...]
    python benchmarks/unit_tokens.py cosines [--limit 40]

``shares``: the distinct texts ``paraphrase.unit_texts`` hands the encoder for each pair (the
first ``--limit`` BASIL ordered pairs, or every pair of the named development splits), by
kind: whole sentences, clauses of long sentences, quotation pieces; their share of the word
pieces encoded ([CLS] and [SEP] included, as the encoder runs them).  The joined units are
not encoded (``embed/pooling.py``).

``cosines``: for every clause and quotation piece of the articles of the first ``--limit``
BASIL ordered pairs, the cosine between its vector encoded alone and its vector pooled from
its sentence's run: the mean of the sentence's last-layer token vectors over the clause's
word pieces (``span``), or over those and the sentence's [CLS] and [SEP] (``span+ends``: the
clause encoded alone has its own two), then normalised.  And for each long sentence (one
with clauses), the cosine between its encoded vector and the mean of its clauses' encoded
vectors weighted by their words (``from clauses``: the sentence derived instead of its
clauses, as ``embed/pooling.py`` derives two sentences joined).
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # eval/

from eval.devset import BASIL, SPLITS, basil_pairs, load

import newstrace
from newstrace.align.paraphrase import unit_texts
from newstrace.align.units import Unit, sentence_units
from newstrace.embed.encoder import get_encoder
from newstrace.embed.minilm_graph import OUTPUT
from newstrace.embed.onnx_encoder import OnnxEncoder
from newstrace.pipeline import prepare
from newstrace.segment.document import Document

KINDS = ("sentence", "clause", "piece")


def kind(unit: Unit) -> str:
    return "piece" if unit.piece else "clause" if unit.clause else "sentence"


def prepared_pairs(limit: int, splits: list[str]) -> list[tuple[Document, Document]]:
    """The pairs of the named development splits, else the first ``limit`` BASIL ordered
    pairs (0: all), prepared."""
    if splits:
        texts = [(p.a, p.b) for split in splits for p in load(split)]
        return [
            (prepare(newstrace.Article(text=a)), prepare(newstrace.Article(text=b)))
            for a, b in texts
        ]
    ordered = basil_pairs(BASIL)  # in compare_ab.py's order
    rows = [(pair.a, pair.b) for pair in (ordered[:limit] if limit else ordered)]
    return [
        (
            prepare(newstrace.Article(a["text"], id=a["id"])),
            prepare(newstrace.Article(b["text"], id=b["id"])),
        )
        for a, b in rows
    ]


def shares(pairs: list[tuple[Document, Document]]) -> None:
    encoder = get_encoder()
    assert isinstance(encoder, OnnxEncoder)
    tokenizer = encoder._tokenizer
    units = {"sentence": 0, "clause": 0, "piece": 0}
    tokens = dict.fromkeys(KINDS, 0)
    per_pair: list[int] = []
    for a, b in pairs:
        encoded = set(unit_texts(a, b))
        kinds: dict[str, str] = {}
        for unit in (*sentence_units(a), *sentence_units(b)):
            if unit.text in encoded:
                kinds.setdefault(unit.text, kind(unit))
        texts = sorted(kinds)
        counts = [len(e.ids) for e in tokenizer.encode_batch_fast(texts)] if texts else []
        for text, count in zip(texts, counts, strict=True):
            units[kinds[text]] += 1
            tokens[kinds[text]] += count
        per_pair.append(sum(counts))
    total = sum(tokens.values())
    print(f"{len(pairs)} pairs; word pieces a pair: median {statistics.median(per_pair):.0f}")
    print("| kind | units | word pieces | share |")
    print("|---|---:|---:|---:|")
    for name in KINDS:
        print(f"| {name} | {units[name]:,} | {tokens[name]:,} | {tokens[name] / total:.3f} |")


def _spans(sentence: str, clauses: list[str]) -> list[tuple[int, int]]:
    """Character spans of ``clauses`` (in order, contiguous) in ``sentence``."""
    spans, at = [], 0
    for clause in clauses:
        start = sentence.index(clause, at)
        spans.append((start, start + len(clause)))
        at = start + len(clause)
    return spans


def _token_states(encoder: OnnxEncoder, text: str) -> tuple[np.ndarray, list[tuple[int, int]]]:
    encoding = encoder._tokenizer.encode(text)
    ids = np.array([encoding.ids], dtype=np.int32)
    (hidden,) = encoder._session.run([OUTPUT], {"ids": ids, "mask": np.ones_like(ids)})
    return hidden[0], list(encoding.offsets)


def _normalised(vector: np.ndarray) -> np.ndarray:
    normalised: np.ndarray = vector / max(float(np.linalg.norm(vector)), 1e-12)
    return normalised


def pooled(
    states: np.ndarray, offsets: list[tuple[int, int]], span: tuple[int, int], ends: bool
) -> np.ndarray:
    """The normalised mean of the token vectors inside ``span`` (and [CLS], [SEP])."""
    inside = [
        k
        for k, (s, e) in enumerate(offsets)
        if 0 < k < len(offsets) - 1 and span[0] <= s and e <= span[1] and e > s
    ]
    rows = [0, *inside, len(offsets) - 1] if ends else inside
    return _normalised(states[rows].mean(axis=0))


def cosines(pairs: list[tuple[Document, Document]]) -> None:
    encoder = get_encoder()
    assert isinstance(encoder, OnnxEncoder)
    docs = {id(doc): doc for pair in pairs for doc in pair}.values()
    found: dict[str, dict[str, list[float]]] = {k: {"span": [], "span+ends": []} for k in KINDS[1:]}
    found["sentence"] = {"from clauses": []}
    for doc in docs:
        units = sentence_units(doc)
        for index, sentence in enumerate(doc.sentences):
            parts = [u for u in units if u.sentence == index and u.clause]
            if not parts:
                continue
            states, offsets = _token_states(encoder, sentence.text)
            alone = encoder.encode([u.text for u in parts])
            words = np.array([len(u.text.split()) for u in parts], dtype=np.float32)
            derived = _normalised((words[:, None] * alone).sum(axis=0))
            found["sentence"]["from clauses"].append(
                float(derived @ encoder.encode([sentence.text])[0])
            )
            for unit, vector, span in zip(
                parts, alone, _spans(sentence.text, [u.text for u in parts]), strict=True
            ):
                for name, ends in (("span", False), ("span+ends", True)):
                    value = float(vector @ pooled(states, offsets, span, ends))
                    found[kind(unit)][name].append(value)
    print("| unit | pooled over | count | mean | median | 5th pct | min |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for unit_kind, variants in found.items():
        for name, values in variants.items():
            v = np.array(values)
            print(
                f"| {unit_kind} | {name} | {len(v)} | {v.mean():.3f} | {np.median(v):.3f} "
                f"| {np.percentile(v, 5):.3f} | {v.min():.3f} |"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("shares", "cosines"))
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--split", nargs="*", default=[])
    args = parser.parse_args()
    if SPLITS[-1] in args.split:  # the split written last is held out (eval/devset.py)
        parser.error(f"{SPLITS[-1]} is held out")
    pairs = prepared_pairs(args.limit, args.split)
    (shares if args.what == "shares" else cosines)(pairs)


if __name__ == "__main__":
    main()
