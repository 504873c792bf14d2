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
When that pairs none and each text names one such year, the two are read more widely
(``_lone_years``): a short sentence with the one before it, which it may only date ("...
in the state's Republican primary. The election is slated for 2014." / "... in the 2016
primary"), and a month or a day beside either year no bar.  Not every sentence with the
one before: two rewrites of one source, one condensed, would set one's "in the 2014
primary" against the other's "married Heather Poe in 2012" (sib-80).
Read only for a copy and its source (``report.py``): independent reports tell of
different years of one person's life.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from newstrace.analyse.facts.dates import dates
from newstrace.analyse.facts.mentions import Mention, Passage, discrepancy, sentence_of
from newstrace.analyse.facts.own_days import telling_words
from newstrace.analyse.prose import sentence_start
from newstrace.model import Discrepancy

_MIN_SHARED = 3  # words that say something both sentences give
_MIN_SHARED_ALONE = 1  # as many, when each text has one year the other never names
_MAX_APART = 5  # years by which a copy's year may differ from its source's

# Whether a copy's date (its one part, as a number) may be its source's moved.
Near = Callable[[int, int], bool]
# Whether a date of a sentence may be read at all.
Kept = Callable[[Passage, Mention], bool]


@lru_cache(maxsize=4)
def _dates_of(text: str) -> tuple[Mention, ...]:
    """Every date of a whole text, read once for the years and the months of one
    comparison (``own_years`` and ``own_months`` both ask for both texts')."""
    return tuple(dates(Passage.of(text, 0)))


def _any(sentence: Passage, mention: Mention) -> bool:
    return True


def _alone(mention: Mention, part: str) -> int | None:
    """The date's ``part`` ("year", "month") as a number, if the date states it alone."""
    parts = dict(item.split("=") for item in mention.value.split())
    return int(parts[part]) if parts.keys() == {part} else None


def _own(
    text: str, every: Sequence[Mention], other: set[str], part: str, keep: Kept
) -> list[tuple[Mention, int, Passage]]:
    """The dates of ``text`` (its dates ``every``) stating ``part`` alone that the other
    text (its parts ``other``) never names, each with its sentence, named once and in a
    sentence whose other dates the other text names too ("from 2010 to 2016" / "between
    2009 and 2016")."""
    found = []
    for mention in every:
        value = _alone(mention, part)
        if value is None or mention.value in other:
            continue
        if sum(m.value == mention.value for m in every) != 1:
            continue  # a date named twice may date two things
        sentence = sentence_of(text, mention)
        besides = [m for m in dates(sentence) if m.span != mention.span]
        if all(m.value in other for m in besides) and keep(sentence, mention):
            found.append((mention, value, sentence))
    return found


def _named(every: Sequence[Mention], part: str) -> set[str]:
    """The ``part`` of dates ``every``, alone or in a date ("June 2004"), as "year=2004"."""
    return {p for m in every for p in m.value.split() if p.startswith(f"{part}=")}


def own_dates(
    a_text: str, b_text: str, part: str, near: Near, keep: Kept = _any
) -> list[Discrepancy]:
    """A's dates of ``part`` alone the source never names against the one of the source
    sentence, naming one A never names, that shares the most words with A's sentence (one
    word is enough when each text has one such date alone: a copy that dates a thing by a
    year its source never names, where its source dates one by a year the copy never
    names, moved it); ``near``: whether two may be one date moved; ``keep``: whether a
    date of a sentence is read."""
    a_dates, b_dates = _dates_of(a_text), _dates_of(b_text)
    a_own = _own(a_text, a_dates, _named(b_dates, part), part, keep)
    b_own = _own(b_text, b_dates, _named(a_dates, part), part, keep)
    needed = _MIN_SHARED_ALONE if len(a_own) == len(b_own) == 1 else _MIN_SHARED
    found = []
    for mention, value, sentence in a_own:
        words = telling_words(sentence)
        scored = sorted(
            ((len(words & telling_words(s)), m, v) for m, v, s in b_own), key=lambda x: -x[0]
        )
        if not scored or scored[0][0] < needed:
            continue
        if len(scored) > 1 and scored[1][0] == scored[0][0]:
            continue  # two of the source's sentences as like it: which one is not known
        _, partner, partner_value = scored[0]
        if near(value, partner_value):
            found.append(discrepancy("date", mention, partner))
    return found


def _near_years(x: int, y: int) -> bool:
    return abs(x - y) <= _MAX_APART


def own_years(a_text: str, b_text: str) -> list[Discrepancy]:
    """A's years the source never names against the source's it moved (``own_dates``), the
    two near each other; else the one year each names alone, read more widely
    (``_lone_years``)."""
    return own_dates(a_text, b_text, "year", _near_years) or _lone_years(a_text, b_text)


def _years_alone(text: str, every: Sequence[Mention], other: set[str]) -> list[Mention]:
    """The years of ``text`` (its dates ``every``) stating a year alone that the other text
    (its years ``other``) never names, named once and in a sentence whose other years the
    other text names too: a month or a day beside it dates another thing the sentence
    tells ("said in June she would challenge Sen. Mike Enzy in the 2016 primary")."""
    found = []
    for mention in every:
        if _alone(mention, "year") is None or mention.value in other:
            continue
        if sum(m.value == mention.value for m in every) != 1:
            continue
        sentence = sentence_of(text, mention)
        years = [m for m in dates(sentence) if m.span != mention.span and "year=" in m.value]
        if all(p in other for m in years for p in m.value.split() if p.startswith("year=")):
            found.append(mention)
    return found


# The most words of a sentence read with the one before it: a sentence that only dates
# what the one before tells ("The election is slated for 2014.").
_MAX_DATING_WORDS = 8


def _with_the_one_before(text: str, sentence: Passage) -> Passage:
    """``sentence`` read with the sentence before it when it is short enough only to date
    what that one tells ("The election is slated for 2014." after "... plans to challenge
    incumbent Senator Mike Enzi ... in the state's Republican primary.")."""
    if sentence.offset == 0 or len(sentence.text.split()) > _MAX_DATING_WORDS:
        return sentence
    start = sentence_start(text, sentence.offset - 1)
    return Passage.of(text[start : sentence.offset + len(sentence.original)], start)


def _lone_years(a_text: str, b_text: str) -> list[Discrepancy]:
    """The one year A names alone that the source never names against the one the source
    names alone that A never names, near each other, when ``own_dates`` paired none: each
    year's sentence, read with the one before it when short, sharing a word that says
    something, and a month or a day beside either year no bar.  A copy that merges its
    source's "Elizabeth Cheney declared in July she plans to challenge incumbent Senator
    Mike Enzi ... in the state's Republican primary. The election is slated for 2014." into
    "Liz said in June she would challenge Republican Sen. Mike Enzy in the 2016 primary"
    (rw-705) moved the year; the second sentence alone shares no word with the copy's, and
    the copy's names a month.  Only the one year of each text: with more, which one was
    moved is not known."""
    a_dates, b_dates = _dates_of(a_text), _dates_of(b_text)
    a_own = _years_alone(a_text, a_dates, _named(b_dates, "year"))
    b_own = _years_alone(b_text, b_dates, _named(a_dates, "year"))
    if len(a_own) != 1 or len(b_own) != 1:
        return []
    (x,), (y,) = a_own, b_own
    a_value, b_value = _alone(x, "year"), _alone(y, "year")
    if a_value is None or b_value is None or not _near_years(a_value, b_value):
        return []
    a_words = telling_words(_with_the_one_before(a_text, sentence_of(a_text, x)))
    b_words = telling_words(_with_the_one_before(b_text, sentence_of(b_text, y)))
    return [discrepancy("date", x, y)] if len(a_words & b_words) >= _MIN_SHARED_ALONE else []
