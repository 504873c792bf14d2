"""Assemble the analysis of an aligned pair: quotes, credits, changes, additions, wording."""

from __future__ import annotations

from newstrace.analyse.additions import loaded_words, untraced
from newstrace.analyse.credits import credits_of_source
from newstrace.analyse.entities import find_discrepancies
from newstrace.analyse.quotes import check_quotes
from newstrace.config import AnalyseConfig
from newstrace.model import Alignment, Analysis, Attribution, QuoteCheck, Relation
from newstrace.segment.document import Document


def _attributions(
    doc: Document, other: Document, alignments: list[Alignment]
) -> tuple[Attribution, ...]:
    """``doc``'s credits of the outlet or organisation its story came from (not its own
    outlet, nor the citations it carries over from ``other``)."""
    found = []
    for credit in credits_of_source(doc, other, alignments):
        span = doc.normalised.to_original(credit.start, credit.end)
        found.append(Attribution(doc.text[span.start : span.end], credit.outlet, span))
    return tuple(found)


def analyse(
    a: Document,
    b: Document,
    alignments: list[Alignment],
    relation: Relation,
    *,
    config: AnalyseConfig,
    quotes: list[QuoteCheck] | None = None,
) -> Analysis:
    """How faithfully A reproduces B (quotes, facts, wording are checked from A's side).

    ``added``/``omitted`` follow the verdict: the copy's additions and what it left out of
    its source (A is taken as the copy unless the relation is ``b_from_a``).  ``quotes``:
    A's quotations already checked against B, if the caller has them.
    """
    a_spans = [x.a_span for x in alignments]
    b_spans = [x.b_span for x in alignments]
    a_untraced, b_untraced = untraced(a, a_spans, "a"), untraced(b, b_spans, "b")
    added, omitted = (
        (b_untraced, a_untraced) if relation == "b_from_a" else (a_untraced, b_untraced)
    )
    return Analysis(
        quotes=tuple(check_quotes(a, b, alignments) if quotes is None else quotes),
        attributions=_attributions(a, b, alignments),
        discrepancies=tuple(find_discrepancies(alignments, min_score=config.min_change_score)),
        added=tuple(added),
        omitted=tuple(omitted),
        wording=tuple(
            loaded_words(a, b, alignments, config.loaded_words, min_rating=config.min_loaded_rating)
        ),
    )
