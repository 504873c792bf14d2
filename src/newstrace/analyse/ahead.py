"""What the analyses of a pair read of each text alone, derived while the encoder runs.

``compare`` hands the units of both texts to the encoder's threads and has this thread
wait for their vectors; everything after them (the alignment, then the quotes, evidence,
verdict and analysis) ran on one core while the other stood idle.  The parts of that work
that read one text alone, or both texts without their alignment, and that every
comparison reads, are derived here first, while the encoder's threads run, and kept where
their readers look (per document, or in their function's cache): the same calls on the
same texts, so the same values.
"""

from __future__ import annotations

from newstrace.analyse import additions, clues, evidence
from newstrace.analyse.facts.framed import text_numbers
from newstrace.analyse.facts.persons import text_names
from newstrace.config import AnalyseConfig
from newstrace.segment.document import Document

__all__ = ["read_ahead"]


def read_ahead(a: Document, b: Document, config: AnalyseConfig) -> None:
    """Derive and keep what :func:`evidence.measure` reads of each text and what
    :func:`report.analyse` reads of each text when anything is aligned (B's names, for
    ``known_names``; the loaded words' phrases and source words) or, nearly always then, a
    changed figure is found (both texts' numbers, for ``taken_figures``: 38 of the first
    40 BASIL pairs).  Not read ahead: what only related texts need (``person_changes``,
    60% of those pairs), as derived for nothing it would take the encoder's core in vain."""
    for doc in (a, b):
        evidence.read_ahead(doc)
        clues.read_ahead(doc)
        text_numbers(doc.text)
    additions.read_ahead(a, b, config.loaded_words)
    text_names(b.text)
