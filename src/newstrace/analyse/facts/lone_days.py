"""The one weekday of two aligned sentences of a copy, given otherwise.

"Arizona Gov. Jan Brewer said Tuesday as she announced she would veto SB 1062" /
"Arizona Gov. Jan Brewer (R) announced her decision to veto legislation on Wednesday",
"The trouble began on Saturday, when Akin was asked about abortion" / "On Sunday, Akin
prompted outrage with his response to a question about ... abortion": a copy that recasts
a sentence keeps what it tells and the day it tells it of, so when each of two aligned
sentences names one weekday and the days differ, the copy moved the day, though no word
around the two days is the same (``typed.changed_weekdays`` needs one).

Narrow on purpose: one weekday in each sentence, dating what it tells ("said Tuesday",
"on Sunday"; not "by Saturday", "the message from Tuesday", "the Thursday night speech",
"Monday's meeting"), no day reckoned from another in either ("a day later", "two days
after": ``typed.RELATIVE_DAY``), the source sentence the best aligned of those naming a
weekday, and the source's day named nowhere in the copy. A copy that names the source's
day elsewhere kept it for what the source tells of that day; its sentence then tells of
another day's event, aligned for its words ("conceded Monday ... in a Fox News interview
airing Tuesday" / "said on Monday").
Read only for a copy and its source (``report.py``). Read for pairs called
`shared_source` too, it reports five weekdays more on BASIL's same-event pairs, all
false: independent reports date one event by the days each learnt of it ("A Republican
staffer on Friday apologized" / "had to apologize Saturday").
"""

from __future__ import annotations

import re

from newstrace.analyse.facts.dates import compared_with, dates, same_date
from newstrace.analyse.facts.mentions import Mention, Passage, discrepancy
from newstrace.analyse.facts.typed import RELATIVE_DAY, owns
from newstrace.analyse.facts.words import FUNCTION_WORDS
from newstrace.model import Alignment, Discrepancy, Span

# Days reckoned from another ("two days after Boehner chided Obama", "days later"): the
# sentence tells of two days, whichever one it names.
_DAYS_APART = re.compile(r"\bdays?\s+(?:after|before|later|earlier|ago)\b", re.IGNORECASE)

# Words before a weekday that make it a bound, a source or the name of a thing.
_FRAMING = FUNCTION_WORDS | frozenset("since until till before after through every each".split())


def two_days(passage: Passage) -> bool:
    return bool(RELATIVE_DAY.search(passage.text) or _DAYS_APART.search(passage.text))


def weekdays(passage: Passage) -> list[Mention]:
    """The weekdays a passage names, each alone (not "Monday or Tuesday")."""
    return [m for m in dates(passage) if m.value.startswith("weekday=") and " " not in m.value]


def dates_the_event(mention: Mention) -> bool:
    """A weekday that dates what its sentence tells ("said Tuesday", "On Sunday, Akin"),
    not a bound or a source ("by Saturday", "the message from Tuesday") nor a thing it
    names ("the Thursday night speech", "her Friday launch")."""
    before = mention.context.before[:1]
    return not before or before[0] == "on" or before[0] not in _FRAMING


# A weekday after someone's thing ("David Axelrod's comment on Sunday"): the day of that
# thing, read for whose it is.
_SOMEONES_THING = re.compile(r"(?P<owner>[A-Z][\w-]*)(?:'|\u2019)s\s+(?:[a-z][\w-]*\s+){1,3}on\s+$")


def _owner(passage: Passage, mention: Mention) -> str | None:
    """Whose thing a weekday dates ("Axelrod" of "David Axelrod's comment on Sunday")."""
    at = mention.span.start - passage.offset
    thing = _SOMEONES_THING.search(passage.text, max(0, at - 80), at)
    return thing["owner"] if thing else None


def of_another_deed(passage: Passage, day: Mention, other: Passage, other_day: Mention) -> bool:
    """A weekday of someone's thing that the other sentence names undated, its own day
    another's: "Boehner dismissed Axelrod's comment on Sunday" / "So said Boehner on
    Tuesday, swatting away Axelrod's claim" -- Sunday is Axelrod's, Tuesday Boehner's."""
    owner = _owner(passage, day)
    if owner is None or _owner(other, other_day) == owner:
        return False
    return re.search(rf"\b{re.escape(owner)}(?:'|\u2019)s\b", other.text) is not None


def _best_aligned(alignments: list[Alignment], min_score: float) -> dict[Span, Alignment]:
    """Each weekday of A with the alignment of its sentence to one naming a weekday that
    scores highest: of the source's sentences that date something, the one A's was most
    likely written from ("scrambled on Monday to explain his charge" / "on Sunday tried to
    clarify his comment", not "during a campaign stop in Ohio on Saturday")."""
    best: dict[Span, Alignment] = {}
    for x in alignments:
        if x.kind == "paraphrase" and x.score < min_score:
            continue
        if not weekdays(Passage.of(x.b_text, x.b_span.start)):
            continue
        for day in weekdays(Passage.of(x.a_text, x.a_span.start)):
            if day.span not in best or x.score > best[day.span].score:
                best[day.span] = x
    return best


def lone_weekdays(
    alignments: list[Alignment], a_text: str, *, min_score: float = 0.0
) -> list[Discrepancy]:
    """The weekday of A's aligned sentence against the weekday of B's, each the one day
    its sentence names and dating what it tells, where A names B's day nowhere
    (``alignments``: widened to whole sentences, ``reach.widened``; paraphrases under
    ``min_score`` skipped)."""
    a_days = {m.value for m in weekdays(Passage.of(a_text, 0))}
    found = []
    for x in _best_aligned(alignments, min_score).values():
        a, b = Passage.of(x.a_text, x.a_span.start), Passage.of(x.b_text, x.b_span.start)
        a_day, b_day = weekdays(a), weekdays(b)
        if len(a_day) != 1 or len(b_day) != 1 or same_date(a_day[0], b_day[0]):
            continue
        if two_days(a) or two_days(b) or b_day[0].value in a_days:
            continue
        if not all(dates_the_event(m) for m in (a_day[0], b_day[0])):
            continue
        if owns(a, a_day[0]) or owns(b, b_day[0]):
            continue  # "Monday's meeting": the day of a thing, not of what is told
        if of_another_deed(a, a_day[0], b, b_day[0]) or of_another_deed(b, b_day[0], a, a_day[0]):
            continue  # "Axelrod's comment on Sunday": the day of his comment
        if compared_with(a, a_day[0].span) or compared_with(b, b_day[0].span):
            continue  # "than he had on Wednesday": the time of a comparison
        found.append(discrepancy("date", a_day[0], b_day[0]))
    return found
