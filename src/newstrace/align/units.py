"""Comparison units for the semantic layer: sentences, clauses of long ones, and two joined.

A rewrite often splits one long source sentence into two, so each half of a long sentence
is compared on its own as well as the whole; and it often merges two source sentences into
one, so each two adjacent sentences are compared as one unit too (``joined_units``).  A
long sentence carrying two quotations or more is also cut after each of them, since a
rewrite tends to give each quotation a sentence of its own ("X described the talks as
"constructive" and said they had "talked about ...""); such a piece is compared only with
units that quote one of its quoted words (``Unit.piece``, ``Unit.quoted``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from newstrace.segment.document import Document, per_document
from newstrace.segment.quoted import QuoteMask

_CLAUSE_BREAK = re.compile(r"[,;:] ")
_LONG_SENTENCE_WORDS = 24  # shorter sentences are compared whole only
_MIN_CLAUSE_WORDS = 8
# A piece ending with a quotation holds a statement and its speaker in fewer words
# ("Mr. Cook described the discussion as "constructive"": 7).
_MIN_QUOTATION_PIECE_WORDS = 6


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence or a clause of one: its sentence index, text and content-word stems."""

    sentence: int
    text: str
    stems: frozenset[str]
    clause: bool = False  # a part of the sentence, not all of it
    piece: bool = False  # a clause cut off at a quotation's end
    quoted: frozenset[str] = frozenset()  # the stems of its words inside quotation marks


def stem(word: str) -> str:
    """A crude stem (the first five letters) so that "talks"/"talk" and "spoke"/"spoken" meet.

    Numbers are kept whole: a changed figure must not look the same.
    """
    return word if word.isdigit() else word[:5]


def _stems(
    doc: Document, starts: list[int], start: int, end: int
) -> tuple[frozenset[str], frozenset[str]]:
    """Stems of the content words starting in ``[start, end)`` (``starts``: token starts),
    and those of them inside quotation marks."""
    tokens = doc.tokens[bisect_left(starts, start) : bisect_left(starts, end)]
    content = [t for t in tokens if t.is_content]
    mask = quote_mask(doc)
    return (
        frozenset(stem(t.text) for t in content),
        frozenset(stem(t.text) for t in content if mask.inside(t.start)),
    )


@per_document
def quote_mask(doc: Document) -> QuoteMask:
    return QuoteMask(doc.normalised.text)


def _quotation_ends(doc: Document, start: int, end: int) -> list[int]:
    """Offsets, within the sentence ``[start, end)``, just after each of its quotations
    followed by more text, when it holds two quotations or more."""
    inside = [(s, e) for s, e in doc.quoted_regions if start <= s and e <= end]
    if len(inside) < 2:
        return []
    text = doc.normalised.text
    cuts = []
    for _, e in inside:
        cut = e
        while cut < end and text[cut].isspace():
            cut += 1
        if cut < end:
            cuts.append(cut - start)
    return cuts


def _clause_bounds(text: str, quotation_ends: Sequence[int] = ()) -> list[tuple[int, int]]:
    """Split at clause punctuation into pieces of at least _MIN_CLAUSE_WORDS words, and
    after the given quotation ends into pieces of at least _MIN_QUOTATION_PIECE_WORDS."""
    cuts = {m.end(): _MIN_CLAUSE_WORDS for m in _CLAUSE_BREAK.finditer(text)}
    for cut in quotation_ends:
        cuts[cut] = _MIN_QUOTATION_PIECE_WORDS
    cuts[len(text)] = _MIN_CLAUSE_WORDS
    pieces: list[tuple[int, int]] = []
    start = 0
    for cut in sorted(cuts):
        if len(text[start:cut].split()) >= cuts[cut]:
            pieces.append((start, cut))
            start = cut
    if pieces and start < len(text):
        pieces[-1] = (pieces[-1][0], len(text))
    return pieces


@per_document
def sentence_units(doc: Document) -> tuple[Unit, ...]:
    """One unit per sentence, followed by one per clause of the sentence when it is long."""
    units: list[Unit] = []
    starts = [token.start for token in doc.tokens]
    for index, sentence_range in enumerate(doc.ranges):
        text = doc.sentences[index].text
        start = sentence_range.start
        stems, quoted = _stems(doc, starts, start, sentence_range.end)
        units.append(Unit(index, text, stems, quoted=quoted))
        if len(text.split()) < _LONG_SENTENCE_WORDS:
            continue
        quotation_ends = _quotation_ends(doc, start, sentence_range.end)
        clauses = _clause_bounds(text, quotation_ends)
        if len(clauses) < 2:
            continue
        for a, b in clauses:
            stems, quoted = _stems(doc, starts, start + a, start + b)
            piece = a in quotation_ends or b in quotation_ends
            units.append(Unit(index, text[a:b], stems, clause=True, piece=piece, quoted=quoted))
    return tuple(units)


@per_document
def joined_units(doc: Document) -> tuple[Unit, ...]:
    """Each two adjacent sentences as one unit (``Unit.sentence``: the first of them): a
    condensed rewrite often writes two source sentences as one ("X enters the race today,
    with an announcement in his hometown"), which matches neither half well."""
    whole = [u for u in sentence_units(doc) if not u.clause]
    return tuple(
        Unit(x.sentence, f"{x.text} {y.text}", x.stems | y.stems, quoted=x.quoted | y.quoted)
        for x, y in pairwise(whole)
    )
