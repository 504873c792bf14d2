"""A year a copy gives a thing its source dates by another, in sentences the aligner may not link.

"In 2004 he wanted the Cuba embargo lifted; now he opposes Obama's thaw" / "As governor
of Arkansas in 2002, he called for lifting the economic embargo of Cuba": a copy that
recasts a sentence keeps what it tells, and the year it tells it of, so a year the source
never names, in a sentence telling what a sentence of the source tells in a year the copy
never names, is that year changed.

Narrow on purpose, as ``own_days.py``: a year the copy names once, in a sentence naming no
other date; of the source's sentences naming one year the copy does not, the one sharing
the most words that say something with the copy's, at least ``_MIN_SHARED`` and more than
any other; the two years near each other (a copy retypes a digit or moves a year by a
few, it does not date one thing by two decades).
Read only for a copy and its source (``report.py``): independent reports tell of
different years of one person's life.
"""

from __future__ import annotations

import re

from newstrace.analyse.facts.dates import dates
from newstrace.analyse.facts.mentions import Mention, Passage, discrepancy
from newstrace.analyse.facts.words import EMPTY_WORDS
from newstrace.analyse.lexicon import stem
from newstrace.analyse.prose import sentence_end, sentence_start
from newstrace.model import Discrepancy

_WORD = re.compile(r"[a-z][a-z'-]+")
_MIN_SHARED = 3  # words that say something both sentences give
_MAX_APART = 5  # years by which a copy's year may differ from its source's


def _sentence(text: str, mention: Mention) -> Passage:
    start = sentence_start(text, mention.span.start)
    return Passage.of(text[start : sentence_end(text, mention.span.end)], start)


def _words(passage: Passage) -> set[str]:
    found = _WORD.findall(passage.text.lower())
    return {stem(w) for w in found if w not in EMPTY_WORDS and len(w) > 2}


def _year(mention: Mention) -> int | None:
    parts = dict(part.split("=") for part in mention.value.split())
    return int(parts["year"]) if parts.keys() == {"year"} else None


def _lone_years(text: str) -> list[tuple[Mention, int, Passage]]:
    """The years of ``text`` alone of their sentence's dates, with their sentence."""
    found = []
    for mention in dates(Passage.of(text, 0)):
        year = _year(mention)
        sentence = _sentence(text, mention)
        if year is not None and len(dates(sentence)) == 1:
            found.append((mention, year, sentence))
    return found


def _years_named(text: str) -> list[str]:
    """The years ``text`` names, as "year=2004", once for each time named."""
    return [p for m in dates(Passage.of(text, 0)) for p in m.value.split() if p[:5] == "year="]


def own_years(a_text: str, b_text: str) -> list[Discrepancy]:
    """A's years the source never names against the year of the source sentence, naming a
    year A never names, that shares the most words with A's sentence."""
    a_named, b_named = _years_named(a_text), set(_years_named(b_text))
    b_own = [(m, y, s) for m, y, s in _lone_years(b_text) if f"year={y}" not in a_named]
    found = []
    for mention, year, sentence in _lone_years(a_text):
        if f"year={year}" in b_named or a_named.count(f"year={year}") != 1:
            continue  # the source's year, or one named twice, which may date two things
        words = _words(sentence)
        scored = sorted(((len(words & _words(s)), m, y) for m, y, s in b_own), key=lambda x: -x[0])
        if not scored or scored[0][0] < _MIN_SHARED:
            continue
        if len(scored) > 1 and scored[1][0] == scored[0][0]:
            continue  # two of the source's sentences as like it: which one is not known
        _, partner, partner_year = scored[0]
        if abs(partner_year - year) <= _MAX_APART:
            found.append(discrepancy("date", mention, partner))
    return found
