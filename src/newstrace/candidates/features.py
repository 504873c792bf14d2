"""The hashed features of an article that candidate search looks up."""

from __future__ import annotations

import re
from dataclasses import dataclass

import xxhash

from newstrace.candidates.semantic import SentenceVectors, sentence_vectors
from newstrace.config import CandidateConfig
from newstrace.segment.document import Document

_NAME_OR_NUMBER = re.compile(r"(?<![.!?\"]\s)(?<!^)\b(?:[A-Z][a-z]{2,}|\d[\d,.]*\d|\d)\b")
_SIGNED = 1 << 63


def _hash(text: str, seed: int) -> int:
    """A 64-bit hash as a signed integer (SQLite's INTEGER)."""
    value = xxhash.xxh3_64_intdigest(text.encode("utf-8"), seed=seed)
    return value - (1 << 64) if value >= _SIGNED else value


@dataclass(frozen=True, slots=True)
class Features:
    """Sampled word n-gram hashes (``shingles``), name/number hashes (``names``) and the
    vectors of the sentences embedded for paraphrase candidates (``vectors``)."""

    shingles: tuple[int, ...]
    names: tuple[int, ...]
    vectors: SentenceVectors | None = None


def shingle_hashes(doc: Document, config: CandidateConfig) -> list[int]:
    """Hashes of the word n-grams of ``doc`` kept by the sample (hash modulo ``sample``).

    Sampling by hash value keeps the same n-grams in every article, so two articles that
    share a passage share its sampled n-grams (the idea of winnowing, without positions).
    """
    words = [token.text for token in doc.tokens]
    size = config.shingle_words
    hashes = {_hash(" ".join(words[k : k + size]), 0) for k in range(len(words) - size + 1)}
    return sorted(h for h in hashes if h % config.sample == 0)


def name_hashes(doc: Document) -> list[int]:
    """Hashes of the capitalised words (not at a sentence start) and numbers of ``doc``."""
    found = {match.group().lower() for match in _NAME_OR_NUMBER.finditer(doc.normalised.text)}
    return sorted(_hash(name, 1) for name in found)


def article_features(doc: Document, *, config: CandidateConfig) -> Features:
    """The features of one prepared article."""
    return Features(
        tuple(shingle_hashes(doc, config)),
        tuple(name_hashes(doc)),
        sentence_vectors(doc, config),
    )
