"""Normalise an article's text while keeping a map back to the original characters.

Normalisation folds typographic quotes and dashes to ASCII, joins the line breaks that web
extraction leaves inside sentences (``The\\npresident``), removes the stray spaces before
punctuation (``Syria ,``, ``Russia ’s``) and keeps blank lines as paragraph breaks (``\\n``).
Every later stage works on the normalised text and maps its spans back with
:meth:`NormalisedText.to_original`, so every reported span points into the original text.
"""

from __future__ import annotations

from dataclasses import dataclass

from newstrace.model import Span
from newstrace.normalise.resources import (
    APOSTROPHE,
    CHAR_MAP,
    CLOSING_PUNCTUATION,
    CONTRACTION_SUFFIXES,
    ZERO_WIDTH,
)

__all__ = ["NormalisedText", "normalise"]


@dataclass(frozen=True, slots=True)
class NormalisedText:
    """Normalised text plus, for each of its characters, the original character it came from.

    ``origin`` has one entry per normalised character and a final sentinel equal to the
    length of the original text.
    """

    original: str
    text: str
    origin: tuple[int, ...]

    def to_original(self, start: int, end: int) -> Span:
        """Map a half-open span of the normalised text to the original text."""
        if end <= start:
            position = self.origin[start]
            return Span(position, position)
        return Span(self.origin[start], self.origin[end - 1] + 1)


def _hugs_left(text: str, index: int) -> bool:
    """True when the character at ``index`` belongs to the word before a stray space."""
    char = text[index]
    if char in CLOSING_PUNCTUATION:
        return True
    if char != APOSTROPHE:
        return False
    for suffix in CONTRACTION_SUFFIXES:
        end = index + 1 + len(suffix)
        if text[index + 1 : end].lower() == suffix and not text[end : end + 1].isalpha():
            return True
    return False


def normalise(text: str) -> NormalisedText:
    """Normalise ``text``; see the module docstring for what changes.

    Hand-written rather than built on a library because none keeps a per-character offset
    map, which every span the program reports depends on.
    """
    chars: list[str] = []
    origin: list[int] = []
    space_at: int | None = None  # original index where the pending whitespace run began
    newlines = 0
    for index, char in enumerate(text):
        if char in ZERO_WIDTH:
            continue
        if char.isspace() or char == "\u00a0":
            if space_at is None:
                space_at, newlines = index, 0
            newlines += char == "\n"
            continue
        if space_at is not None:
            paragraph = newlines >= 2
            if chars and (paragraph or not _hugs_left(text, index)):
                chars.append("\n" if paragraph else " ")
                origin.append(space_at)
            space_at = None
        for mapped in CHAR_MAP.get(char, char):
            chars.append(mapped)
            origin.append(index)
    origin.append(len(text))
    return NormalisedText(original=text, text="".join(chars), origin=tuple(origin))
