"""A month a copy gives a thing its source dates by another, in sentences the aligner may not link.

"The House Ethics Committee opened its own inquiry in October" / "The House Ethics
Committee announced in November that Grimm was under investigation", "declined to meet
Netanyahu before the April address" / "will not meet with Netanyahu ahead of his speech
in March": as ``own_years.py`` reads years, a month named alone (no day, no year) that the
source never names, in a sentence telling what a sentence of the source tells in a month
the copy never names, is that month moved.

Narrow as ``own_years.py`` is, and as ``lone_days.lone_months`` reads months: each month
dating what its sentence tells ("in October", "his February threat", "the April
address"; not a bound, "by June"), no month reckoned from another in either sentence
("two months later", "last month"), not the time of a comparison; the two months next to
each other (a copy moves a month by one, it does not date one thing by a season's
distance).

Read only for a copy and its source (``report.py``).
"""

from __future__ import annotations

from newstrace.analyse.facts.dates import compared_with
from newstrace.analyse.facts.lone_days import dates_in_month, two_months
from newstrace.analyse.facts.mentions import Mention, Passage
from newstrace.analyse.facts.own_years import own_dates
from newstrace.analyse.facts.typed import owns
from newstrace.model import Discrepancy

_MAX_APART = 1  # months by which a copy's month may differ from its source's


def _next_to(x: int, y: int) -> bool:
    apart = abs(x - y) % 12
    return min(apart, 12 - apart) <= _MAX_APART


def _dates_a_thing(month: Mention) -> bool:
    """A month before the thing it dates, after "the" ("before the April address", "on
    the November election"): the thing is the sentence's, told in that month."""
    return month.context.before[:1] == ("the",) and month.context.after[:1] != ()


def _dates_its_sentence(sentence: Passage, month: Mention) -> bool:
    return (
        (dates_in_month(month) or _dates_a_thing(month))
        and not two_months(sentence)
        and not owns(sentence, month)
        and not compared_with(sentence, month.span)
    )


def own_months(a_text: str, b_text: str) -> list[Discrepancy]:
    """A's months the source never names against the source's it moved (``own_dates``),
    each dating what its sentence tells, the two next to each other."""
    return own_dates(a_text, b_text, "month", _next_to, _dates_its_sentence)
