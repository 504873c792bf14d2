"""A year a copy gives a thing its source dates by another, in sentences the aligner may not link.

"In 2004 he wanted the Cuba embargo lifted; now he opposes Obama's thaw" / "As governor
of Arkansas in 2002, he called for lifting the economic embargo of Cuba": a copy that
recasts a sentence keeps what it tells, and the year it tells it of, so a year the source
never names, in a sentence telling what a sentence of the source tells in a year the copy
never names, is that year changed.

Narrow on purpose, as ``own_days.py``: a year the copy names once, in a sentence naming no
other date but years both texts name ("from 2010 to 2016" / "between 2009 and 2016"); of
the source's sentences naming so a year the copy does not, the one sharing the most words
that say something with the copy's, at least ``_MIN_SHARED`` and more than any other (one
word when each text has one such year: "Palin in jogging shorts in 2010" / "In 2009, the
editors selected a photo of Sarah Palin in running shorts"); the two years near each other
(a copy retypes a digit or moves a year by a few, it does not date one thing by two
decades).
Read only for a copy and its source (``report.py``): independent reports tell of
different years of one person's life.
"""

from __future__ import annotations

from newstrace.analyse.facts.dates import dates
from newstrace.analyse.facts.mentions import Mention, Passage, discrepancy, sentence_of
from newstrace.analyse.facts.own_days import telling_words
from newstrace.model import Discrepancy

_MIN_SHARED = 3  # words that say something both sentences give
_MIN_SHARED_ALONE = 1  # as many, when each text has one year the other never names
_MAX_APART = 5  # years by which a copy's year may differ from its source's


def _year(mention: Mention) -> int | None:
    parts = dict(part.split("=") for part in mention.value.split())
    return int(parts["year"]) if parts.keys() == {"year"} else None


def _own_years(
    text: str, every: list[Mention], other: set[str]
) -> list[tuple[Mention, int, Passage]]:
    """The years of ``text`` (its dates ``every``) that the other text (its years ``other``)
    never names, each with its sentence, named once and in a sentence whose other dates are
    years the other text names too ("from 2010 to 2016" / "between 2009 and 2016")."""
    found = []
    for mention in every:
        year = _year(mention)
        if year is None or mention.value in other:
            continue
        if sum(m.value == mention.value for m in every) != 1:
            continue  # a year named twice may date two things
        sentence = sentence_of(text, mention)
        besides = [m for m in dates(sentence) if m.span != mention.span]
        if all(m.value in other for m in besides):
            found.append((mention, year, sentence))
    return found


def _years_named(every: list[Mention]) -> set[str]:
    """The years of dates ``every``, alone or in a date ("June 2004"), as "year=2004"."""
    return {p for m in every for p in m.value.split() if p[:5] == "year="}


def own_years(a_text: str, b_text: str) -> list[Discrepancy]:
    """A's years the source never names against the year of the source sentence, naming a
    year A never names, that shares the most words with A's sentence (one word is enough
    when each text has one such year alone: a copy that dates a thing by a year its source
    never names, where its source dates one by a year the copy never names, moved it)."""
    a_dates, b_dates = dates(Passage.of(a_text, 0)), dates(Passage.of(b_text, 0))
    a_own = _own_years(a_text, a_dates, _years_named(b_dates))
    b_own = _own_years(b_text, b_dates, _years_named(a_dates))
    needed = _MIN_SHARED_ALONE if len(a_own) == len(b_own) == 1 else _MIN_SHARED
    found = []
    for mention, year, sentence in a_own:
        words = telling_words(sentence)
        scored = sorted(
            ((len(words & telling_words(s)), m, y) for m, y, s in b_own), key=lambda x: -x[0]
        )
        if not scored or scored[0][0] < needed:
            continue
        if len(scored) > 1 and scored[1][0] == scored[0][0]:
            continue  # two of the source's sentences as like it: which one is not known
        _, partner, partner_year = scored[0]
        if abs(partner_year - year) <= _MAX_APART:
            found.append(discrepancy("date", mention, partner))
    return found
