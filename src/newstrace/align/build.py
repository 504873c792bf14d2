"""Turn token matches and sentence links into :class:`Alignment` records with original spans."""

from __future__ import annotations

from rapidfuzz import fuzz

from newstrace.align.lexical import TokenMatch
from newstrace.model import Alignment, Span
from newstrace.segment.document import Document


def _sentences_of(doc: Document, first: int, last: int) -> tuple[int, ...]:
    owners = {doc.token_sentence[k] for k in range(first, last)}
    return tuple(sorted(owner for owner in owners if owner >= 0))


def _slice(doc: Document, span: Span) -> str:
    return doc.text[span.start : span.end]


def lexical_alignment(match: TokenMatch, a: Document, b: Document) -> Alignment:
    """A verbatim or near-verbatim alignment from a lexical token match."""
    a_words = [t.text for t in a.tokens[match.a_first : match.a_last]]
    b_words = [t.text for t in b.tokens[match.b_first : match.b_last]]
    a_span = a.token_span(match.a_first, match.a_last)
    b_span = b.token_span(match.b_first, match.b_last)
    return Alignment(
        kind="verbatim" if a_words == b_words else "near_verbatim",
        score=fuzz.ratio(" ".join(a_words), " ".join(b_words)) / 100,
        a_span=a_span,
        b_span=b_span,
        a_text=_slice(a, a_span),
        b_text=_slice(b, b_span),
        a_sentences=_sentences_of(a, match.a_first, match.a_last),
        b_sentences=_sentences_of(b, match.b_first, match.b_last),
    )


def paraphrase_alignment(i: int, j: int, score: float, a: Document, b: Document) -> Alignment:
    """A paraphrase alignment of A's sentence ``i`` with B's sentence ``j``."""
    a_span, b_span = a.sentences[i].span, b.sentences[j].span
    return Alignment(
        kind="paraphrase",
        score=score,
        a_span=a_span,
        b_span=b_span,
        a_text=_slice(a, a_span),
        b_text=_slice(b, b_span),
        a_sentences=(i,),
        b_sentences=(j,),
    )
