"""A figure someone is quoted saying is that person's claim, not the reporter's fact.

Two reports of one event often quote different people giving different figures: an ad's
"Obama has cut $716 billion from Medicare" beside a rival's "He stole $700 billion", or a
quoted figure beside the reporter's own.  Those are two statements, and setting one against
the other as a changed fact would be a false accusation.  So a changed number or date is
kept only when both mentions stand outside quotations, or both inside one quotation that
the quote check matched between the texts (then the copy altered the quote itself).
"""

from __future__ import annotations

from collections.abc import Sequence

from newstrace.model import Discrepancy, QuoteCheck, Span
from newstrace.segment.document import Document

_FIGURES = ("number", "date")


def quoted_spans(doc: Document) -> list[Span]:
    """The quotations of ``doc``, as spans of its original text."""
    return [doc.normalised.to_original(start, end) for start, end in doc.quoted_regions]


def _inside(span: Span, regions: Sequence[Span]) -> bool:
    return any(span.within(r) for r in regions)


def _same_quotation(change: Discrepancy, quotes: Sequence[QuoteCheck]) -> bool:
    """A quote of A holding A's mention was matched to a quote of B holding B's."""
    for quote in quotes:
        if quote.b_span is None or quote.status in ("unmatched", "misattributed"):
            continue
        in_a = any(p.start <= change.a_span.start < p.end for p in quote.a_spans)
        if in_a and quote.b_span.start <= change.b_span.start < quote.b_span.end:
            return True
    return False


def one_statement(
    change: Discrepancy,
    a_quoted: Sequence[Span],
    b_quoted: Sequence[Span],
    quotes: Sequence[QuoteCheck],
    *,
    copy: bool = False,
) -> bool:
    """True unless ``change`` sets figures of two different statements against each other.
    ``copy``: A is taken from B, so A's own words for a figure B quotes ("Warren noted the
    House had voted 410-0" from her quoted "the House voted 420-0") report that statement."""
    in_a, in_b = _inside(change.a_span, a_quoted), _inside(change.b_span, b_quoted)
    if change.kind not in _FIGURES:
        # a name or office changed inside a quotation on both sides is a word of the
        # quote altered, which the quote check reports: the speaker's words, not the
        # reporter's fact
        return not (in_a and in_b)
    if not in_a and (not in_b or copy):
        return True
    return in_a and in_b and _same_quotation(change, quotes)
