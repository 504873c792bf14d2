"""How many times a thing happened in a span, counted otherwise by a copy, wherever it stands.

"It was the pair's third sit-down in a week" / "marks the second time in a week the
president and House speaker have met in person": a count of the times something
happened within a span of time is said in an ordinal before the span ("in a week"), and
a rewrite recasts the sentence past what the aligner links, and past what the count is
of ("sit-down" / "time").  What ties the two is the span: when each text counts the
times of one span exactly once, and the ordinals differ, the copy changed the count.
Read only for a copy and its source (``report.py``): independent reports count what
each saw.
"""

from __future__ import annotations

import re

from newstrace.analyse.facts.counts import read_number
from newstrace.model import Discrepancy, Span

# An ordinal, up to two words of what it counts, and the span it counts within: "third
# sit-down in a week", "second time in a month", "fourth shooting in two years".
_REPEAT = re.compile(
    r"\b(?P<nth>(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|\d+(?:st|nd|rd|th)))\s+(?:[a-z][\w-]*\s+){1,2}?in\s+"
    r"(?P<span>(?:a|one|two|three|four|five|six|the past|the last)\s+"
    r"(?:days?|weeks?|months?|years?|decades?))\b",
    re.IGNORECASE,
)


def _repeats(text: str) -> dict[str, list[tuple[str, Span]]]:
    """Each span a text counts times within, with the count and where its ordinal stands."""
    found: dict[str, list[tuple[str, Span]]] = {}
    for match in _REPEAT.finditer(text):
        value = read_number(match.group("nth").lower())
        if value is None:
            continue
        span = " ".join(match.group("span").lower().split())
        where = Span(match.start("nth"), match.end("nth"))
        found.setdefault(span, []).append((value[0], where))
    return found


def changed_repeats(a_text: str, b_text: str) -> list[Discrepancy]:
    """The count of times A gives within a span, against B's of the same span, when each
    text counts within it once and the two differ."""
    found = []
    b_repeats = _repeats(b_text)
    for span, mine in _repeats(a_text).items():
        theirs = b_repeats.get(span, [])
        if len(mine) != 1 or len(theirs) != 1 or mine[0][0] == theirs[0][0]:
            continue
        x, y = mine[0][1], theirs[0][1]
        found.append(Discrepancy("number", a_text[x.start : x.end], b_text[y.start : y.end], x, y))
    return found
