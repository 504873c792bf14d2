"""Align two prepared articles: lexical passages first, then paraphrased sentences."""

from __future__ import annotations

from newstrace.align.build import lexical_alignment, paraphrase_alignment
from newstrace.align.lexical import lexical_matches
from newstrace.align.paraphrase import paraphrase_links, sentence_scores
from newstrace.config import AlignConfig
from newstrace.model import Alignment, Span
from newstrace.segment.document import Document

__all__ = ["align"]


def _covered_share(span: Span, spans: list[Span]) -> float:
    if not len(span):
        return 1.0
    return sum(span.overlap(other) for other in spans) / len(span)


def align(a: Document, b: Document, *, config: AlignConfig) -> list[Alignment]:
    """All alignments of A with B, ordered by their position in A.

    A paraphrase link is dropped when lexical passages already cover most of either of its
    sentences: the passage is the better evidence and points at the exact words.
    """
    lexical = [lexical_alignment(m, a, b) for m in lexical_matches(a, b, config=config)]
    a_spans = [x.a_span for x in lexical]
    b_spans = [x.b_span for x in lexical]
    anchors = frozenset((i, j) for x in lexical for i in x.a_sentences for j in x.b_sentences)
    links = paraphrase_links(sentence_scores(a, b, config), config=config, anchors=anchors)
    paraphrases = []
    for (i, j), score in links.items():
        linked = any(i in x.a_sentences and j in x.b_sentences for x in lexical)
        a_done = _covered_share(a.sentences[i].span, a_spans) >= config.lexical_cover
        b_done = _covered_share(b.sentences[j].span, b_spans) >= config.lexical_cover
        if not (linked and (a_done or b_done)):
            paraphrases.append(paraphrase_alignment(i, j, score, a, b))
    return sorted([*lexical, *paraphrases], key=lambda x: (x.a_span.start, x.b_span.start))
