"""Where the direct quotations of a normalised text are.

Quote marks are ASCII after normalisation, so opening and closing marks are paired in
order within a paragraph; a quotation left open at a paragraph's end runs to that end, as
in news style where a quote continued in the next paragraph is not closed.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """Half-open ``[start, end)`` ranges of ``text`` inside double quote marks (marks included)."""
    regions: list[tuple[int, int]] = []
    paragraph_start = 0
    for paragraph in text.split("\n"):
        opened: int | None = None
        for offset in _marks(paragraph):
            if opened is None:
                opened = offset
            else:
                regions.append((paragraph_start + opened, paragraph_start + offset + 1))
                opened = None
        if opened is not None:
            regions.append((paragraph_start + opened, paragraph_start + len(paragraph)))
        paragraph_start += len(paragraph) + 1
    return regions


def _marks(paragraph: str) -> Iterator[int]:
    """Where the quote marks of ``paragraph`` are (``str.find``: fast in C)."""
    offset = paragraph.find('"')
    while offset >= 0:
        yield offset
        offset = paragraph.find('"', offset + 1)


class QuoteMask:
    """Answers "is this character inside a quotation?" for one normalised text."""

    def __init__(self, text: str) -> None:
        self.regions = quoted_regions(text)
        self._starts = [start for start, _ in self.regions]

    def inside(self, position: int) -> bool:
        index = bisect_right(self._starts, position) - 1
        return index >= 0 and position < self.regions[index][1]
