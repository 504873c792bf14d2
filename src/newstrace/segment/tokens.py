"""Word tokens with offsets into the normalised text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newstrace.segment.resources import STOPWORDS

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Token:
    """A lower-cased word and its half-open span in the normalised text."""

    text: str
    start: int
    end: int

    @property
    def is_content(self) -> bool:
        return self.text not in STOPWORDS


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Word tokens of ``text`` (spans shifted by ``offset``)."""
    return [
        Token(match.group().lower(), match.start() + offset, match.end() + offset)
        for match in _WORD.finditer(text)
    ]
