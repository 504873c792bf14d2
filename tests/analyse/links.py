"""Alignments of whole sentences, for the analyses' tests."""

from __future__ import annotations

from newstrace.model import Alignment
from newstrace.segment.document import Document


def sentence_link(a: Document, b: Document, i: int, j: int, score: float = 0.7) -> Alignment:
    """A paraphrase link of sentence ``i`` of ``a`` with sentence ``j`` of ``b``."""
    x, y = a.sentences[i], b.sentences[j]
    return Alignment("paraphrase", score, x.span, y.span, x.text, y.text, (i,), (j,))
