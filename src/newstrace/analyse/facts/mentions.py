"""A fact as written in a passage, and the pairing of the facts of two aligned passages."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from newstrace.analyse.facts.context import Context, context_of, shared_words
from newstrace.analyse.prose import sentence_end, sentence_start
from newstrace.model import Discrepancy, DiscrepancyKind, Span


def _plain_letter(code: int) -> str:
    return unicodedata.normalize("NFKD", chr(code))[0]


# What the rules read: curly apostrophes straight and accents dropped ("Calderón" is
# "Calderon"), one character for one, so offsets still hold.
_PLAIN = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u02bc": "'"}
    | {chr(code): _plain_letter(code) for code in range(0xC0, 0x180) if code not in (0xD7, 0xF7)}
)
# A possessive, or the closing quote of a name in quotation marks ('Deep State').
_POSSESSIVE = re.compile(r"'s$|'$", re.I)


def plain(text: str) -> str:
    """``text`` as the rules read it (``_PLAIN``), one character for one."""
    return text.translate(_PLAIN)


@dataclass(frozen=True, slots=True)
class Passage:
    """One side of an alignment: its text, the same made plain for the rules (``_PLAIN``),
    and where it starts in its article."""

    original: str
    text: str
    offset: int

    @classmethod
    def of(cls, text: str, offset: int) -> Passage:
        return cls(text, text.translate(_PLAIN), offset)

    def span(self, start: int, end: int) -> Span:
        return Span(self.offset + start, self.offset + end)

    def mention(self, start: int, end: int, value: str, role: str = "") -> Mention:
        """The mention of ``text[start:end]``, shown as the article writes it."""
        around = context_of(self.text, start, end)
        return Mention(self.original[start:end], self.span(start, end), value, role, around)


@dataclass(frozen=True, slots=True)
class Mention:
    """A fact in a passage: its words as written, where they stand, and what they say.

    ``value`` is what two mentions are compared on ("23", "month=3 day=14"); ``role`` is
    what the value is of ("state", "#day", "weekday"): only mentions of one role are
    paired, so "seven months" is never set against "the two".
    """

    text: str
    span: Span
    value: str
    role: str
    context: Context


def strip_possessive(word: str) -> str:
    """The word without its possessive: "Mueller's" -> "Mueller", "Collins'" -> "Collins"."""
    return _POSSESSIVE.sub("", word)


def discrepancy(kind: DiscrepancyKind, a: Mention, b: Mention) -> Discrepancy:
    return Discrepancy(kind=kind, a_text=a.text, b_text=b.text, a_span=a.span, b_span=b.span)


def paired_changes(
    kind: DiscrepancyKind,
    a_found: list[Mention],
    b_found: list[Mention],
    *,
    same: Callable[[Mention, Mention], bool],
    comparable: Callable[[Mention, Mention], bool],
    kept: Callable[[Mention, Mention], int] | None = None,
) -> list[Discrepancy]:
    """Mentions of A said nowhere in B paired with comparable mentions of B said nowhere in
    A ("9 people" with "7 people"), the pairs with most words around them in common first:
    "paid nearly $44 million" goes with "paid $43 million", not "earned $141 million".
    ``kept``: how much of the fact itself the two keep, which goes before the words around
    it ("Oct. 15" / "Oct. 25" keep the month)."""
    a_free = [a for a in a_found if not any(same(a, b) for b in b_found)]
    b_free = [b for b in b_found if not any(same(a, b) for a in a_found)]
    candidates = [(a, b) for a in a_free for b in b_free if comparable(a, b)]

    def closeness(pair: tuple[Mention, Mention]) -> tuple[int, int]:
        around = len(shared_words(pair[0].context, pair[1].context, 5))
        return (kept(*pair) if kept is not None else 0), around

    candidates.sort(key=closeness, reverse=True)
    found = []
    for a, b in candidates:
        if a in a_free and b in b_free:
            a_free.remove(a)
            b_free.remove(b)
            found.append(discrepancy(kind, a, b))
    return sorted(found, key=lambda d: d.a_span.start)


def sentence_of(text: str, mention: Mention) -> Passage:
    """The sentence of ``text`` holding ``mention``."""
    start = sentence_start(text, mention.span.start)
    return Passage.of(text[start : sentence_end(text, mention.span.end)], start)
