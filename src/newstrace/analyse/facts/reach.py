"""The passages a changed fact is looked for in: an alignment widened to its sentences.

A rewrite that changes one word breaks the verbatim run at it, so a word changed at the
edge of a copied sentence ("Senate Majority Leader ..." / "Senate Minority Leader ...",
"The 50 or so ..." / "The 40 or so ...") falls outside both aligned passages and would
never be compared.  A reader compares the sentences; so do we, when the alignment is most
of them on both sides: a quotation two independent reports share inside sentences of their
own is not widened, and their own words are not set against each other.
"""

from __future__ import annotations

from dataclasses import replace

from newstrace.model import Alignment, Span
from newstrace.segment.document import Document

# The share of its sentences' characters an alignment must cover, on each side, to stand
# for them.
MIN_SENTENCE_SHARE = 0.5


def _sentences(doc: Document, indices: tuple[int, ...]) -> Span | None:
    if not indices:
        return None
    return Span(doc.sentences[indices[0]].span.start, doc.sentences[indices[-1]].span.end)


def widened(alignment: Alignment, a: Document, b: Document) -> Alignment:
    """``alignment`` with its passages stretched to whole sentences when it is most of them."""
    a_whole = _sentences(a, alignment.a_sentences)
    b_whole = _sentences(b, alignment.b_sentences)
    if a_whole is None or b_whole is None:
        return alignment
    shares = (
        len(alignment.a_span) / max(1, len(a_whole)),
        len(alignment.b_span) / max(1, len(b_whole)),
    )
    if min(shares) < MIN_SENTENCE_SHARE:
        return alignment
    return replace(
        alignment,
        a_span=a_whole,
        b_span=b_whole,
        a_text=a.text[a_whole.start : a_whole.end],
        b_text=b.text[b_whole.start : b_whole.end],
    )
