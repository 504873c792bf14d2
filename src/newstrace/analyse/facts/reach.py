"""The passages a changed fact is looked for in: an alignment widened to its sentences.

A rewrite that changes one word breaks the verbatim run at it, so a word changed at the
edge of a copied sentence ("Senate Majority Leader ..." / "Senate Minority Leader ...",
"The 50 or so ..." / "The 40 or so ...") falls outside both aligned passages and would
never be compared.  A reader compares the sentences; so do we, when the alignment is most
of them on both sides: a quotation two independent reports share inside sentences of their
own is not widened, and their own words are not set against each other.
"""

from __future__ import annotations

import re
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


# Capitalised words right after a passage's last word, on its line: a name going on.
_NAME_GOING_ON = re.compile(r"(?: [A-Z][\w'&-]*){1,4}")


def _name_after(text: str, end: int) -> int | None:
    """Where a name that goes on at ``end`` ends: after a word ("on the House" + " Armed
    Services Committee"), not after a sentence's full stop."""
    if not end or not text[end - 1].isalnum():
        return None
    match = _NAME_GOING_ON.match(text, end)
    return None if match is None else match.end()


# How far past a name the other side is looked at for its words ("in Iraq and
# Afghanistan" / "in Afghanistan and Iraq": the names moved, none changed).
_NEARBY = 200
_WORD = re.compile(r"[\w'&-]+")


def _one_slot(a_text: str, a_at: int, a_end: int, b_text: str, b_at: int, b_end: int) -> bool:
    """Two names in one slot: the texts go on alike after them (the same last word, "...
    Committee", or the same word next, "..., the governor"), and neither name's own words
    stand near the other's ("Intelligence Committee" / "Permanent Select Committee on
    Intelligence"): texts that part ways at a name name two things, not one changed."""
    a_words = [w.lower() for w in _WORD.findall(a_text[a_at:a_end])]
    b_words = [w.lower() for w in _WORD.findall(b_text[b_at:b_end])]
    a_next = [w.lower() for w in _WORD.findall(a_text[a_end : a_end + 30])[:1]]
    b_next = [w.lower() for w in _WORD.findall(b_text[b_end : b_end + 30])[:1]]
    if a_words[-1] != b_words[-1] and (not a_next or a_next != b_next):
        return False
    a_near = {w.lower() for w in _WORD.findall(a_text[a_at : a_end + _NEARBY])}
    b_near = {w.lower() for w in _WORD.findall(b_text[b_at : b_end + _NEARBY])}
    return not (set(a_words) - set(b_words)) & b_near and not (set(b_words) - set(a_words)) & a_near


def _with_names_after(alignment: Alignment, a: Document, b: Document) -> Alignment:
    """``alignment`` stretched over the name each side goes on with: an aligner's shared
    run stops at the first word that differs, so a copy's name put for the source's ("the
    top Republican on the House" + "Armed Services" / "Foreign Affairs" "Committee") falls
    just outside both passages.  Only when both sides go on with a name: a reader sets the
    two against each other."""
    a_end = _name_after(a.text, alignment.a_span.end)
    b_end = _name_after(b.text, alignment.b_span.end)
    if a_end is None or b_end is None:
        return alignment
    if not _one_slot(a.text, alignment.a_span.end, a_end, b.text, alignment.b_span.end, b_end):
        return alignment
    return _spanning(
        alignment, a, b, Span(alignment.a_span.start, a_end), Span(alignment.b_span.start, b_end)
    )


def _spanning(
    alignment: Alignment, a: Document, b: Document, a_span: Span, b_span: Span
) -> Alignment:
    """``alignment`` over other spans, with their texts."""
    return replace(
        alignment,
        a_span=a_span,
        b_span=b_span,
        a_text=a.text[a_span.start : a_span.end],
        b_text=b.text[b_span.start : b_span.end],
    )


def widened(alignment: Alignment, a: Document, b: Document, *, copy: bool = False) -> Alignment:
    """``alignment`` with its passages stretched to whole sentences when it is most of them;
    otherwise, in a copy (``copy``), over a name both sides go on with past its end."""
    a_whole = _sentences(a, alignment.a_sentences)
    b_whole = _sentences(b, alignment.b_sentences)
    if (
        a_whole is not None
        and b_whole is not None
        and len(alignment.a_span) / max(1, len(a_whole)) >= MIN_SENTENCE_SHARE
        and len(alignment.b_span) / max(1, len(b_whole)) >= MIN_SENTENCE_SHARE
    ):
        return _spanning(alignment, a, b, a_whole, b_whole)
    return _with_names_after(alignment, a, b) if copy else alignment
