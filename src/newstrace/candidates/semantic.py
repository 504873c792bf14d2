"""Paraphrase candidates: articles whose sentences are near neighbours in embedding space.

A rewrite like the seed pair changes most of the wording, so it may share too few word
n-grams to be found lexically.  Its sentences still mean the same: each embedded sentence
is looked up among its nearest neighbours in other articles, and two articles are
candidates when several sentences of each have a close neighbour in the other.

Vectors come from the static encoder (``embed/static_encoder.py``, ~8,000 sentences/s), not
MiniLM (~116/s): candidates only need to bring the pair together; ``compare`` decides.

Engine contract (local and Spark engines both follow it):

1. ``sentence_vectors(doc, config)`` gives the embedded sentences of an article (their
   indices in ``doc.sentences``) and unit vectors; only sentences of at least
   ``semantic_min_words`` words, mostly outside quotations, are embedded (quotations are
   what independent reports share; they are found lexically).
2. For every embedded sentence, the engine finds its ``semantic_neighbours`` nearest
   other embedded sentences of the corpus by cosine (exact or approximate; sentences of
   the same article count and take places), and keeps those in OTHER articles at
   ``semantic_min_cosine`` or more: the hits.
3. ``is_candidate(hits, config)`` decides, from the hits between one pair of articles
   (``(sentence_a, sentence_b, cosine)``), whether the pair is a candidate.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from newstrace.config import CandidateConfig
from newstrace.segment.document import Document

__all__ = [
    "SentenceVectors",
    "dequantise",
    "embedded_sentences",
    "is_candidate",
    "quantise",
    "sentence_vectors",
]

# Vectors are stored as int8 (a quarter of float32); unit vectors lose < 0.01 of cosine.
_SCALE = 127.0


@dataclass(frozen=True, slots=True)
class SentenceVectors:
    """The embedded sentences of one article: indices into its sentences, unit vectors."""

    indices: tuple[int, ...]
    vectors: np.ndarray  # float32, shape (len(indices), DIM)

    def __len__(self) -> int:
        return len(self.indices)


def embedded_sentences(doc: Document, config: CandidateConfig) -> list[int]:
    """Indices of the sentences worth embedding: long enough, mostly the reporter's words."""
    regions = doc.quoted_regions
    # The regions come in order and apart (``segment.quoted``): those ending after a
    # sentence's start and starting before its end are the ones that overlap it.
    starts, ends = [start for start, _ in regions], [end for _, end in regions]
    chosen = []
    for index, (sentence, span) in enumerate(zip(doc.sentences, doc.ranges, strict=True)):
        if span.last_token - span.first_token < config.semantic_min_words:
            continue
        length = max(1, span.end - span.start)
        near = regions[bisect_right(ends, span.start) : bisect_left(starts, span.end)]
        inside = sum(min(end, span.end) - max(start, span.start) for start, end in near)
        if inside / length < 0.5 and sentence.text.strip():
            chosen.append(index)
    return chosen


def sentence_vectors(doc: Document, config: CandidateConfig) -> SentenceVectors:
    """Static-encoder vectors of the embedded sentences of ``doc``."""
    from newstrace.embed.static_encoder import DIM, get_static_encoder

    indices = embedded_sentences(doc, config)
    if not indices:
        return SentenceVectors((), np.zeros((0, DIM), dtype=np.float32))
    vectors = get_static_encoder().encode([doc.sentences[i].text for i in indices])
    keep = np.flatnonzero(np.abs(vectors).sum(1) > 0)  # a sentence of function words only
    return SentenceVectors(tuple(indices[i] for i in keep), vectors[keep])


def quantise(vectors: np.ndarray) -> bytes:
    """Unit vectors as int8 bytes (row-major) for the store."""
    return np.clip(np.rint(vectors * _SCALE), -127, 127).astype(np.int8).tobytes()


def dequantise(blob: bytes, dim: int) -> np.ndarray:
    """Stored bytes back to unit float32 vectors, shape ``(n, dim)``."""
    vectors = np.frombuffer(blob, dtype=np.int8).reshape(-1, dim).astype(np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    unit: np.ndarray = vectors / np.maximum(norms, 1e-9)
    return unit


def is_candidate(hits: Iterable[tuple[int, int, float]], config: CandidateConfig) -> bool:
    """Whether the hits between two articles make them a candidate pair.

    Several DIFFERENT sentences on each side must have a close neighbour in the other: one
    sentence echoing one other is what stories on the same event do, a rewrite does it
    sentence after sentence.
    """
    left, right = set(), set()
    for sentence_a, sentence_b, cosine in hits:
        if cosine >= config.semantic_min_cosine:
            left.add(sentence_a)
            right.add(sentence_b)
    return min(len(left), len(right)) >= config.semantic_min_sentences
