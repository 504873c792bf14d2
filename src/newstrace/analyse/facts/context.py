"""The words around a fact, to tell whether two facts play the same role.

Independent reports of one event, aligned as paraphrases, give different days and figures
for different things ("the video circulated on Friday" / "the remarks he made Thursday
night"); a rewrite keeps the words around the fact it changes ("in a written statement
Tuesday afternoon" / "on Wednesday afternoon").  So a changed number or date is reported
only when the words around it agree (``counts.py``, ``dates.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newstrace.analyse.facts.words import EMPTY_WORDS
from newstrace.analyse.prose import sentence_end, sentence_start

_TOKEN = re.compile(r"[A-Za-z0-9][\w'.-]*")
_WIDTH = 5  # words kept on each side
_REACH = 80  # characters read on each side, enough for five words


@dataclass(frozen=True, slots=True)
class Context:
    """The words before a fact (nearest first) and after it, lower-case."""

    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    # how many of ``before`` and of ``after`` stand in the fact's own sentence
    inside: tuple[int, int] = (_WIDTH, _WIDTH)

    def near(self, width: int) -> set[str]:
        """The words that say something within ``width`` words of the fact."""
        return {w for w in (*self.before[:width], *self.after[:width]) if w not in EMPTY_WORDS}

    def near_inside(self, width: int) -> set[str]:
        """``near``, in the fact's sentence only: read across a whole text, the next
        sentence's first words are of another fact ("dates back to 1947, with the pardon
        instituted in 1989. Lauten later" shares "Lauten later" with "dating to 1957.
        Lauten later", though 1989 is not the custom's year)."""
        before, after = (min(width, n) for n in self.inside)
        return {w for w in (*self.before[:before], *self.after[:after]) if w not in EMPTY_WORDS}


def _words(text: str) -> list[str]:
    return [w.lower().rstrip(".") for w in _TOKEN.findall(text)]


def context_of(text: str, start: int, end: int) -> Context:
    first = max(0, start - _REACH)
    before = _words(text[first:start])[::-1][:_WIDTH]
    after = _words(text[end : end + _REACH])[:_WIDTH]
    # counted no further than the words kept on each side reach (``_REACH``)
    opened = max(first, sentence_start(text, start))
    closed = min(max(end, sentence_end(text, end)), end + _REACH)
    inside = (len(_words(text[opened:start])), len(_words(text[end:closed])))
    return Context(tuple(before), tuple(after), inside)


def next_to_the_same_word(a: Context, b: Context) -> bool:
    """The word right before, or right after, both facts is the same and says something
    ("Tuesday afternoon" / "Wednesday afternoon")."""
    pairs = ((a.before[:1], b.before[:1]), (a.after[:1], b.after[:1]))
    return any(x and x == y and x[0] not in EMPTY_WORDS for x, y in pairs)


def shared_words(a: Context, b: Context, width: int) -> set[str]:
    return a.near(width) & b.near(width)
