"""The hashed features of an article that candidate search looks up."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import xxhash
from numpy.lib.stride_tricks import sliding_window_view

from newstrace.candidates.semantic import SentenceVectors, sentence_vectors
from newstrace.config import CandidateConfig
from newstrace.segment.document import Document

_NAME_OR_NUMBER = re.compile(r"(?<![.!?\"]\s)(?<!^)\b(?:[A-Z][a-z]{2,}|\d[\d,.]*\d|\d)\b")
_SIGNED = 1 << 63


def signed_hash(text: str, seed: int = 0) -> int:
    """A 64-bit hash (xxh3) of ``text`` as a signed integer (SQLite's INTEGER)."""
    value = xxhash.xxh3_64_intdigest(text.encode("utf-8"), seed=seed)
    return value - (1 << 64) if value >= _SIGNED else value


@dataclass(frozen=True, slots=True)
class Features:
    """Sampled word n-gram hashes (``shingles``), name/number hashes (``names``) and the
    vectors of the sentences embedded for paraphrase candidates (``vectors``)."""

    shingles: tuple[int, ...]
    names: tuple[int, ...]
    vectors: SentenceVectors | None = None


def ngram_hashes(words: Sequence[str], size: int) -> np.ndarray:
    """The hashes of the word n-grams of ``words`` (lower-cased tokens), in order: those of
    :func:`signed_hash` (seed 0), made signed by numpy for the whole article at once rather
    than one call per n-gram (an article has hundreds, a corpus of 20,000 six million)."""
    digest = xxhash.xxh3_64_intdigest
    grams = (" ".join(words[k : k + size]) for k in range(len(words) - size + 1))
    unsigned = np.array([digest(gram.encode("utf-8")) for gram in grams], dtype=np.uint64)
    return unsigned.view(np.int64)


def shingle_hashes(doc: Document, config: CandidateConfig) -> list[int]:
    """The winnowed hashes of the word n-grams of ``doc``: the smallest of every window of
    ``winnow_window`` consecutive n-gram hashes (Schleimer, Wilkerson and Aiken, SIGMOD
    2003, as MOSS does).

    Unlike keeping the hashes divisible by a number, winnowing guarantees that two articles
    sharing a run of ``shingle_words + winnow_window - 1`` words share a kept hash: the
    windows inside the run are the same in both, and so are their minima.  Ten lines of
    numpy; datasketch and friends sketch whole sets (MinHash), which loses that guarantee.
    """
    hashes = ngram_hashes([token.text for token in doc.tokens], config.shingle_words)
    if len(hashes) == 0:
        return []
    window = min(config.winnow_window, len(hashes))
    minima = sliding_window_view(hashes, window).min(axis=1)
    return sorted(set(minima.tolist()))


def name_hashes(doc: Document) -> list[int]:
    """Hashes of the capitalised words (not at a sentence start) and numbers of ``doc``."""
    found = {match.group().lower() for match in _NAME_OR_NUMBER.finditer(doc.normalised.text)}
    return sorted(signed_hash(name, 1) for name in found)


def article_features(doc: Document, *, config: CandidateConfig) -> Features:
    """The features of one prepared article."""
    return Features(
        tuple(shingle_hashes(doc, config)),
        tuple(name_hashes(doc)),
        sentence_vectors(doc, config),
    )
