"""Which lines of an article read as headlines: a property of the text, read once per article.

A headline is a line of its own that ends with no sentence's mark ("Kerry Says talks are
next"), or one in title case ("Kerry Signals Talks Are Next.").  A headline capitalises its
verb, so two of its capitalised words are no name: the analysis asks whether a name stands
in one (``analyse/facts/kin.py``).  The lines are the original text's, split at every line
break, with the offsets of the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from newstrace.model import Span

# What ends a line of prose: a sentence's mark, or a quotation's or a bracket's closing one.
_LINE_ENDS = tuple(".!?\"'\u201d\u2019)")
# Title case: most of a line's longer words capitalised ("Kerry Signals Talks Are Next").
_LONGER_WORD = re.compile(r"[A-Za-z][\w'\u2019-]{3,}")
_TITLE_CASE_SHARE = 0.6
_TITLE_CASE_WORDS = 3


def reads_as_headline(line: str) -> bool:
    """Whether ``line`` (one line, or lines that one name runs across) reads as a headline:
    it ends with no sentence's mark, or most of its longer words are capitalised."""
    line = line.strip()
    if not line.endswith(_LINE_ENDS):
        return True
    longer: list[str] = _LONGER_WORD.findall(line)[1:]  # the first is capitalised anyway
    capitalised = sum(word[0].isupper() for word in longer)
    return capitalised >= _TITLE_CASE_WORDS and capitalised >= _TITLE_CASE_SHARE * len(longer)


class Headlines:
    """The lines of a text that read as headlines, each line read once.  Internal: may
    change without notice."""

    def __init__(self, text: str) -> None:
        self._text = text
        # where each line begins, and whether it reads as a headline
        self._starts = [0, *(match.end() for match in re.finditer("\n", text))]
        self._headline = [reads_as_headline(line) for line in text.split("\n")]

    def holds(self, span: Span) -> bool:
        """Whether ``span`` stands in a headline: the line holding it reads as one.  A span
        across a line break (a run of capitalised words may go on into the next line) is
        read on the lines it runs across, taken together."""
        first = bisect_right(self._starts, span.start) - 1
        last = bisect_right(self._starts, span.end) - 1
        if first == last:
            return self._headline[first]
        end = self._starts[last + 1] - 1 if last + 1 < len(self._starts) else len(self._text)
        return reads_as_headline(self._text[self._starts[first] : end])
