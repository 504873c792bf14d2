"""Times of day a copy changed: "around 4:30 p.m." / "around 5:30 p.m.", "with a 10am
announcement" / "the announcement today at 11am".

A time is compared only with one placing the same event: after the same word ("at",
"around", ``clock_times``, read in aligned sentences by ``copied.reworded_facts``), or the
one time each whole text gives (``lone_times``, read by ``framed.py``).  A text giving
several tells a timeline, whose times are of several events (``timeline_times``).  Read
only for a copy and its source.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newstrace.analyse.facts.mentions import Mention, Passage, discrepancy, sentence_of
from newstrace.analyse.resources import MONTH_ABBREVIATIONS, MONTH_NAMES
from newstrace.model import Discrepancy

# A clock time after the word that places an event at it ("at", "around", "by"): the same
# word before another time moves the event.  A time zone after it is part of the frame:
# "1:30 p.m. PT" and "4:30 p.m. ET" are one moment.
_TIME = r"(?P<hour>1[0-2]|0?[1-9])(?::(?P<minutes>[0-5]\d))?\s*(?P<half>[ap])\.?m\b\.?"
_CLOCK = re.compile(
    r"\b(?P<frame>at|around|about|by|until|till|before|after|from|since)\s+"
    rf"(?P<time>{_TIME})"
    r"(?:\s+(?P<zone>(?-i:[A-Z]{1,3}T|Eastern|Central|Mountain|Pacific|local)))?(?!\w)",
    re.IGNORECASE,
)
_ANY_TIME = re.compile(rf"\b{_TIME}", re.IGNORECASE)
# A time written after its day's date places what the sentence tells at it, as "at" does:
# an update's stamp, "UPDATE - May 30, 5:20 p.m.: ... has issued a statement", times the
# statement, and a copy's "posted its response at 3:20 p.m." moved it.  The month is
# capitalised ("may" is a verb) and an abbreviation has its full stop; a time opening a
# range ("June 3, 1 p.m. to 4 p.m.") times no one moment.
_STAMPED = re.compile(
    r"\b(?-i:"
    + "|".join(month.capitalize() for month in MONTH_NAMES)
    + r"|(?:"
    + "|".join(sorted((m.capitalize() for m in MONTH_ABBREVIATIONS), key=len, reverse=True))
    + r")\.)\s+[0-3]?\d"
    rf"(?:,\s*(?:19|20)\d\d)?,\s+(?P<time>{_TIME})"
    r"(?:\s+(?P<zone>(?-i:[A-Z]{1,3}T|Eastern|Central|Mountain|Pacific|local)))?(?!\w)"
    r"(?![.\s]*(?:(?:to|until|till|through)\b|[-–—]))",
    re.IGNORECASE,
)


def _time_value(match: re.Match[str]) -> str:
    minutes = match.group("minutes") or "00"
    return f"{int(match.group('hour'))}:{minutes} {match.group('half').lower()}m"


@lru_cache(maxsize=64)
def _stated_times(text: str) -> frozenset[str]:
    """Every time of day ``text`` states: read once per text for ``lone_times`` and
    ``timeline_times``, which both ask."""
    return frozenset(_time_value(m) for m in _ANY_TIME.finditer(text))


def clock_times(passage: Passage) -> list[Mention]:
    found = []
    for m in _CLOCK.finditer(passage.text):
        role = f"{m.group('frame').lower()} {(m.group('zone') or '').lower()}"
        found.append(passage.mention(m.start("time"), m.end("time"), _time_value(m), role))
    for m in _STAMPED.finditer(passage.text):
        role = f"at {(m.group('zone') or '').lower()}"
        found.append(passage.mention(m.start("time"), m.end("time"), _time_value(m), role))
    return found


def lone_times(a_text: str, b_text: str) -> list[Discrepancy]:
    """The one time of day each text states, another in each, after the same word placing
    an event at it ("enter the race at 1pm today" / "make the announcement today at
    11am"): a source that times one thing, and a copy that times one thing otherwise,
    moved that time, however the sentences were recast.  Read only for a copy and its
    source (``framed.py``); a text giving two times tells a timeline (``timeline_times``)."""
    a, b = Passage.of(a_text, 0), Passage.of(b_text, 0)
    a_times, b_times = _stated_times(a_text), _stated_times(b_text)
    if len(a_times) != 1 or len(b_times) != 1 or a_times == b_times:
        return []
    x, y = clock_times(a), clock_times(b)
    if len(x) == 1 and len(y) == 1 and x[0].role == y[0].role:
        return [discrepancy("number", x[0], y[0])]
    # or the time of an event named on one side ("with a 10am announcement") and the
    # other's time in a sentence naming that event ("the announcement today at 11am")
    if (pair := _timed_alike(_timed_events(a), y, b_text)) is not None:
        return [discrepancy("number", *pair)]
    if (pair := _timed_alike(_timed_events(b), x, a_text)) is not None:
        return [discrepancy("number", pair[1], pair[0])]
    return []


# A time of day written before the event it times: "a 10am announcement", "his 2 p.m.
# speech"; the event is the role.
_TIMED = re.compile(
    rf"\b(?:a|an|the|his|her|its|their)\s+(?P<time>{_TIME})\s+(?P<event>[a-z]{{4,}})\b",
    re.IGNORECASE,
)


def _timed_events(passage: Passage) -> list[Mention]:
    return [
        passage.mention(m.start("time"), m.end("time"), _time_value(m), m.group("event").lower())
        for m in _TIMED.finditer(passage.text)
    ]


def _timed_alike(
    events: list[Mention], clocks: list[Mention], clocks_text: str
) -> tuple[Mention, Mention] | None:
    """The one event timed on one side and the one clock time of the other, whose sentence
    names that event: one event, timed two ways."""
    if len(events) != 1 or len(clocks) != 1:
        return None
    event, clock = events[0], clocks[0]
    sentence = sentence_of(clocks_text, clock).text.lower()
    return (event, clock) if event.role in _WORDS.findall(sentence) else None


_WORDS = re.compile(r"[a-z]+")


def _time_at(text: str, start: int) -> str | None:
    """The time of day that starts at ``start`` of ``text``: a change's figure may be the
    hour alone, read by ``counts.py`` ("4" of "just after 4 a.m.")."""
    match = _ANY_TIME.match(text, start)
    return _time_value(match) if match is not None else None


def _rounded(time: str, others: frozenset[str]) -> bool:
    """A time given to the hour that the other text states to the minute ("just after 4
    a.m." / "at 4:05 a.m."): the same moment, rounded."""
    hour, _, rest = time.partition(":")
    minutes, _, half = rest.partition(" ")
    return minutes == "00" and any(
        t.partition(":")[0] == hour and t.endswith(half) and t != time for t in others
    )


def timeline_times(changes: list[Discrepancy], a_text: str, b_text: str) -> list[Discrepancy]:
    """``changes`` but the times of day changed into one the other text states elsewhere: a
    story that tells a timeline ("called at 11:52 p.m.", "a third alarm at 12:20 a.m.")
    gives several, and a time of the copy its source gives too is of another event of it,
    kept, not changed; so is one the other gives to the minute in the same hour, rounded
    ("under control by just after 4 a.m." / "at 4:05 a.m.", not the source's "advisory
    was lifted at 9 a.m.")."""
    a_times, b_times = _stated_times(a_text), _stated_times(b_text)

    def kept(change: Discrepancy) -> bool:
        x, y = _time_at(a_text, change.a_span.start), _time_at(b_text, change.b_span.start)
        if x is None or y is None:
            return False
        return x in b_times or y in a_times or _rounded(x, b_times) or _rounded(y, a_times)

    return [change for change in changes if not kept(change)]
