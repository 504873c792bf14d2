"""A time reckoned back from today: "two years ago", "last year", "a decade ago".

A copy that recasts "last year" as "two years ago", "a decade ago" as "eight years ago" or
"last week" as "two weeks ago" moves its event, though the two forms share no word: the
placing word that ties "last week" to "last month" (``copied._placed_spans``) is gone.  So
each is read as how many of its unit it lies back from today, the unit its frame (a decade
is ten years): "last year" and "a year ago" are one year back, alike; "two years ago" is
another time.  "the last year" and "the past year" are a stretch up to today, not a time
back, and are not read; nor is a count no figure gives ("years ago", "a few weeks ago").

Read for a copy only, one such time in each of two aligned sentences
(``copied.reworded_facts``): independent reports reckon back from their own days.
"""

from __future__ import annotations

import re

from newstrace.analyse.facts.counts import TEENS, TENS, UNITS, read_number
from newstrace.analyse.facts.mentions import Mention, Passage

_COUNT = rf"\d{{1,3}}|an?|(?:{TENS}-)?(?:{UNITS})|ten|eleven|twelve|{TEENS}|{TENS}"
_UNIT = r"(?P<{0}>day|week|month|year|decade)s?"
_BACK = re.compile(
    rf"\b(?P<count>{_COUNT})\s+{_UNIT.format('unit')}\s+ago\b"
    # "last year", not "the last year" (a stretch up to today)
    rf"|(?<!\bthe\s)\blast\s+{_UNIT.format('last')}\b(?!\s+ago\b)",
    re.IGNORECASE,
)
# How many of its frame's unit a unit is.
_IN_UNITS = {"decade": ("year", 10)}


def times_back(passage: Passage) -> list[Mention]:
    """The times of a passage reckoned back from today, each valued as a count of its unit,
    the unit its role ("two years ago": "2", "year"; "a decade ago": "10", "year")."""
    found = []
    for match in _BACK.finditer(passage.text):
        unit = (match.group("unit") or match.group("last")).lower()
        count = match.group("count")
        value = ("1", False) if count is None or count.lower() in ("a", "an") else None
        value = value or read_number(count)
        if value is None or value[1] or "." in value[0]:
            continue
        role, scale = _IN_UNITS.get(unit, (unit, 1))
        back = str(int(value[0]) * scale)
        found.append(passage.mention(match.start(), match.end(), back, role))
    return found
