"""Measure what the alignments show: coverage, traced sentences, order, quotes, credits."""

from __future__ import annotations

from itertools import pairwise

from newstrace.analyse.credits import canonical_outlet, credited_outlets
from newstrace.analyse.quoted import quoted_regions
from newstrace.model import Alignment, Coverage, Evidence, Sentence, SideEvidence, Span
from newstrace.segment.document import Document


def _mask(length: int, spans: list[Span]) -> bytearray:
    mask = bytearray(length)
    for span in spans:
        mask[span.start : span.end] = b"\x01" * len(span)
    return mask


def _share(text: str, covered: bytearray, within: bytearray | None = None) -> float:
    """Share of the letters and digits of ``text`` (inside ``within``) that are covered.

    Punctuation and spacing are left out: a passage that ends before a full stop still
    covers its whole sentence.
    """
    total = hit = 0
    for index, char in enumerate(text):
        if not char.isalnum() or (within is not None and not within[index]):
            continue
        total += 1
        hit += covered[index]
    return hit / total if total else 0.0


def _quote_spans(doc: Document) -> list[Span]:
    return [doc.normalised.to_original(s, e) for s, e in quoted_regions(doc.normalised.text)]


def _traced(doc: Document, covered: bytearray, sentences: list[Sentence]) -> int:
    return sum(
        _share(doc.text[s.span.start : s.span.end], covered[s.span.start : s.span.end]) >= 0.5
        for s in sentences
    )


def _own_sentences(doc: Document, inside_quotes: bytearray) -> list[Sentence]:
    """Sentences mostly outside quotations: the reporter's own words."""
    return [
        s
        for s in doc.sentences
        if _share(doc.text[s.span.start : s.span.end], inside_quotes[s.span.start : s.span.end])
        < 0.5
    ]


def order_kept(alignments: list[Alignment], *, side: str = "a", max_step: int = 3) -> float:
    """Share of consecutive traced sentences of one side whose partners also follow each other.

    A step counts as kept when the next sentence's partner lies 0 to ``max_step``
    sentences further on in B.  A rewrite that moves a whole block loses one step at each
    end of the block, while independent reports, whose best partners are scattered, lose
    most steps.  Returns 1.0 with fewer than three traced sentences.
    """
    partner: dict[int, int] = {}
    for alignment in alignments:
        own, other = (
            (alignment.a_sentences, alignment.b_sentences)
            if side == "a"
            else (alignment.b_sentences, alignment.a_sentences)
        )
        for i in own:
            partner[i] = min(partner.get(i, other[0]), *other)
    if len(partner) < 3:
        return 1.0
    sequence = [partner[i] for i in sorted(partner)]
    kept = sum(0 <= after - before <= max_step for before, after in pairwise(sequence))
    return kept / (len(sequence) - 1)


def _credits(text: str, outlet: str | None) -> bool:
    target = canonical_outlet(outlet)
    return target is not None and target in credited_outlets(text)


def _side(
    doc: Document,
    other: Document,
    alignments: list[Alignment],
    side: str,
    firm_score: float,
) -> SideEvidence:
    spans = [x.a_span if side == "a" else x.b_span for x in alignments]
    lexical = [x.a_span if side == "a" else x.b_span for x in alignments if x.kind != "paraphrase"]
    firm = [
        x.a_span if side == "a" else x.b_span
        for x in alignments
        if x.kind != "paraphrase" or x.score >= firm_score
    ]
    covered = _mask(len(doc.text), spans)
    inside = _mask(len(doc.text), _quote_spans(doc))
    outside = bytearray(1 - flag for flag in inside)
    own = _own_sentences(doc, inside)
    return SideEvidence(
        sentences=len(doc.sentences),
        sentences_traced=_traced(doc, covered, doc.sentences),
        own_sentences=len(own),
        own_sentences_traced=_traced(doc, _mask(len(doc.text), firm), own),
        outside_quotes=_share(doc.text, covered, outside),
        lexical_outside_quotes=_share(doc.text, _mask(len(doc.text), lexical), outside),
        order=order_kept(alignments, side=side),
        credits_other=_credits(doc.normalised.text, other.article.outlet),
        outlets_credited=tuple(credited_outlets(doc.normalised.text)),
    )


def measure(
    a: Document, b: Document, alignments: list[Alignment], *, firm_score: float
) -> tuple[Coverage, Evidence]:
    """Coverage of each text by the other, and the evidence a verdict is decided from.

    ``firm_score`` is the paraphrase score from which a link counts towards the own
    sentences traced (weaker links only fill gaps between firmer ones).
    """
    a_covered = _mask(len(a.text), [x.a_span for x in alignments])
    b_covered = _mask(len(b.text), [x.b_span for x in alignments])
    coverage = Coverage(a=_share(a.text, a_covered), b=_share(b.text, b_covered))
    evidence = Evidence(
        a=_side(a, b, alignments, "a", firm_score),
        b=_side(b, a, alignments, "b", firm_score),
    )
    return coverage, evidence
