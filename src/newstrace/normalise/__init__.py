"""Normalise an article's text while keeping a map back to the original characters.

Normalisation folds typographic quotes and dashes to ASCII, joins the line breaks that web
extraction leaves inside sentences (``The\\npresident``), removes the stray spaces before
punctuation (``Syria ,``, ``Russia ’s``) and keeps blank lines as paragraph breaks (``\\n``).
Every later stage works on the normalised text and maps its spans back with
:meth:`NormalisedText.to_original`, so every reported span points into the original text.
"""

from __future__ import annotations

import re
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

# Every character str.isspace() accepts, as a regular expression's class (tests/normalise
# checks it against str.isspace()).
WHITESPACE = r"\t-\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# The characters normalise changes or drops, whitespace included.  A run of others (group
# 1), with the single spaces inside it that it keeps (one before a word, not before closing
# punctuation), is copied as it is; the rest come one character at a time.
_CHANGED = WHITESPACE + "".join(re.escape(char) for char in sorted({*CHAR_MAP, *ZERO_WIDTH}))
_KEPT = f"[^{_CHANGED}]"
_BEFORE_WORD = f" (?=[^{_CHANGED}{re.escape(''.join(sorted(CLOSING_PUNCTUATION)))}])"
_RUN = re.compile(f"({_KEPT}(?:{_KEPT}|{_BEFORE_WORD})*)|[{_CHANGED}]")


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
    map, which every span the program reports depends on.  Runs of characters that stay as
    they are (most of a text) are copied whole; the others are handled one by one.
    """
    pieces: list[str] = []
    origin: list[int] = []
    space_at: int | None = None  # original index where the pending whitespace run began
    newlines = 0
    for match in _RUN.finditer(text):
        index, piece = match.start(), match.group()
        special = match.group(1) is None
        char = piece[0]
        if special and char in ZERO_WIDTH:
            continue
        if special and (char.isspace() or char == "\u00a0"):
            if space_at is None:
                space_at, newlines = index, 0
            newlines += char == "\n"
            continue
        if space_at is not None:
            paragraph = newlines >= 2
            if pieces and (paragraph or not _hugs_left(text, index)):
                pieces.append("\n" if paragraph else " ")
                origin.append(space_at)
            space_at = None
        if special:
            mapped = CHAR_MAP[char]
            pieces.append(mapped)
            origin.extend([index] * len(mapped))
        else:
            pieces.append(piece)
            origin.extend(range(index, match.end()))
    origin.append(len(text))
    return NormalisedText(original=text, text="".join(pieces), origin=tuple(origin))
