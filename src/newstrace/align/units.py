"""Comparison units for the semantic layer: sentences, and the clauses of long sentences.

A rewrite often splits one long source sentence into two, so each half of a long sentence
is compared on its own as well as the whole.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from newstrace.segment.document import Document, per_document

_CLAUSE_BREAK = re.compile(r"[,;:] ")
_LONG_SENTENCE_WORDS = 24  # shorter sentences are compared whole only
_MIN_CLAUSE_WORDS = 8


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence or a clause of one: its sentence index, text and content-word stems."""

    sentence: int
    text: str
    stems: frozenset[str]


def stem(word: str) -> str:
    """A crude stem (the first five letters) so that "talks"/"talk" and "spoke"/"spoken" meet.

    Numbers are kept whole: a changed figure must not look the same.
    """
    return word if word.isdigit() else word[:5]


def _stems(doc: Document, starts: list[int], start: int, end: int) -> frozenset[str]:
    """Stems of the content words starting in ``[start, end)`` (``starts``: token starts)."""
    tokens = doc.tokens[bisect_left(starts, start) : bisect_left(starts, end)]
    return frozenset(stem(t.text) for t in tokens if t.is_content)


def _clause_bounds(text: str) -> list[tuple[int, int]]:
    """Split at clause punctuation into pieces of at least _MIN_CLAUSE_WORDS words."""
    cuts = [m.end() for m in _CLAUSE_BREAK.finditer(text)]
    pieces: list[tuple[int, int]] = []
    start = 0
    for cut in [*cuts, len(text)]:
        if len(text[start:cut].split()) >= _MIN_CLAUSE_WORDS:
            pieces.append((start, cut))
            start = cut
    if pieces and start < len(text):
        pieces[-1] = (pieces[-1][0], len(text))
    return pieces


@per_document
def sentence_units(doc: Document) -> tuple[Unit, ...]:
    """One unit per sentence, plus one per clause of every long sentence."""
    units: list[Unit] = []
    starts = [token.start for token in doc.tokens]
    for index, sentence_range in enumerate(doc.ranges):
        text = doc.sentences[index].text
        start = sentence_range.start
        units.append(Unit(index, text, _stems(doc, starts, start, sentence_range.end)))
        if len(text.split()) < _LONG_SENTENCE_WORDS:
            continue
        clauses = _clause_bounds(text)
        if len(clauses) > 1:
            units.extend(
                Unit(index, text[a:b], _stems(doc, starts, start + a, start + b))
                for a, b in clauses
            )
    return tuple(units)
