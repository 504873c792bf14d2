"""The one weekday each text names that the other does not, in sentences about one thing.

"Sarah Palin lashed out on Sunday, urging the Obamas to rebuke the NAACP" / "Sarah Palin
... weighed in to defend the Tea Party movement on Monday", "Jan Brewer's veto of SB 1062
on Thursday" / "Jan Brewer (R) announced her decision to veto legislation on Wednesday":
a copy that keeps its source's other days and moves one puts, in a sentence the aligner
may not link, a day its source never names for the one day its source names alone.
``framed._lone_weekdays`` reads texts that name one weekday each; these name others too,
the same in both, so the sentences of the two days must share a word that says something
("Palin", "veto") to be of one thing.

Narrow on purpose, as ``lone_days.py``: each day dating what its sentence tells ("on
Sunday", "said Tuesday"; not "a request for comment on Thursday" beside "sent children
home at noon on Wednesday": no word in common), not a day's thing ("Monday's meeting"),
nor the time of a comparison; no day reckoned from another in either sentence ("then
backpedaled a day later", "one day after refusing"); the copy's day named once.
Read only for a copy and its source (``report.py``): independent reports date one event
by the days each learnt of it.
"""

from __future__ import annotations

import re

from newstrace.analyse.facts.dates import compared_with
from newstrace.analyse.facts.lone_days import dates_the_event, two_days, weekdays
from newstrace.analyse.facts.mentions import Mention, Passage, discrepancy, sentence_of
from newstrace.analyse.facts.typed import owns
from newstrace.analyse.facts.words import EMPTY_WORDS
from newstrace.analyse.lexicon import stem
from newstrace.analyse.resources import WEEKDAYS
from newstrace.model import Discrepancy

_WORD = re.compile(r"[a-z][a-z'-]+")


def telling_words(passage: Passage) -> set[str]:
    """The words of a sentence that say something, stemmed; its days left out."""
    found = _WORD.findall(passage.text.lower())
    return {stem(w) for w in found if w not in EMPTY_WORDS and w not in WEEKDAYS and len(w) > 2}


def _lone_day(passage: Passage, day: Mention) -> bool:
    """A day that dates what its sentence tells, the sentence telling of that day only."""
    return (
        dates_the_event(day)
        and not owns(passage, day)
        and not compared_with(passage, day.span)
        and not two_days(passage)
    )


def own_weekdays(a_text: str, b_text: str) -> list[Discrepancy]:
    """A's one weekday that B never names against B's one weekday that A never names, both
    texts' other weekdays alike, when the two days' sentences share a word that says
    something (of B's mentions of its day, the sentence sharing most)."""
    a_days, b_days = weekdays(Passage.of(a_text, 0)), weekdays(Passage.of(b_text, 0))
    a_own = {m.value for m in a_days} - {m.value for m in b_days}
    b_own = {m.value for m in b_days} - {m.value for m in a_days}
    if len(a_own) != 1 or len(b_own) != 1:
        return []
    mine = [m for m in a_days if m.value in a_own]
    if len(mine) != 1:
        return []  # a day named twice may date two things
    day, sentence = mine[0], sentence_of(a_text, mine[0])
    words = telling_words(sentence)
    theirs = [
        (len(words & telling_words(sentence_of(b_text, m))), m) for m in b_days if m.value in b_own
    ]
    shared, partner = max(theirs, key=lambda x: x[0])
    if not shared or not _lone_day(sentence, day):
        return []
    if not _lone_day(sentence_of(b_text, partner), partner):
        return []
    return [discrepancy("date", day, partner)]


# The part of a day said right after a weekday ("Saturday night", "Friday-night e-mail").
_PART_OF_DAY = re.compile(r"[\s-]+(morning|afternoon|evening|night)\b", re.IGNORECASE)


def _parts_of_days(text: str, days: list[Mention]) -> dict[str, list[Mention]]:
    """Each part of a day the text names after one of its weekdays ``days``, with those
    weekdays."""
    found: dict[str, list[Mention]] = {}
    for day in days:
        part = _PART_OF_DAY.match(text, day.span.end)
        if part is not None:
            found.setdefault(part[1].lower(), []).append(day)
    return found


def parted_weekdays(a_text: str, b_text: str) -> list[Discrepancy]:
    """The one weekday A gives a part of the day that B gives another day, of each the one
    such day the other does not give that part and never names: "His Friday-night e-mail
    gave little away" / "Steele sent an e-mail to committee members Saturday night", "on a
    Tuesday evening call" / "will speak with RNC members Monday evening".  A copy that
    names its source's other days alike and puts the evening or night of one on another
    day moved that day, however it recast the sentence (each day one text alone names
    given a part of the day): it often names the day as a thing's ("the Thursday night
    speech"), which ``own_weekdays`` leaves, and both texts name other days, so
    ``framed._lone_weekdays`` does not read them.  Read only for a copy and its source, as
    the other weekdays are."""
    a_said, b_said = weekdays(Passage.of(a_text, 0)), weekdays(Passage.of(b_text, 0))
    a_named, b_named = {m.value for m in a_said}, {m.value for m in b_said}
    a_parts, b_parts = _parts_of_days(a_text, a_said), _parts_of_days(b_text, b_said)
    a_parted = {m.value for days in a_parts.values() for m in days}
    b_parted = {m.value for days in b_parts.values() for m in days}
    if not (a_named - b_named <= a_parted and b_named - a_named <= b_parted):
        # a day one text alone names with no part of the day may be the one moved: "the
        # story the Ledger ran on Monday night" / "issued Wednesday night ... the Ledger's
        # report Tuesday" moved the story's day, not the statement's
        return []
    found = []
    for part, mine in a_parts.items():
        a_days, b_days = {m.value for m in mine}, {m.value for m in b_parts.get(part, [])}
        a_own, b_own = a_days - b_days, b_days - a_days
        # one day's night each: of two, which the copy moved is unsaid
        if len(a_own) != 1 or len(b_own) != 1 or a_own & b_named or b_own & a_named:
            continue
        x = next(m for m in mine if m.value in a_own)
        y = next(m for m in b_parts[part] if m.value in b_own)
        found.append(discrepancy("date", x, y))
    return found
