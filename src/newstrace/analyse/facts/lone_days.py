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
staffer on Friday apologized" / "had to apologize Saturday").  For those pairs
``one_day_each`` reads it where each whole text names one weekday alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newstrace.analyse.facts.dates import compared_with, dates, same_date
from newstrace.analyse.facts.mentions import Mention, Passage, discrepancy
from newstrace.analyse.facts.typed import RELATIVE_DAY, owns
from newstrace.analyse.facts.words import EMPTY_WORDS, FUNCTION_WORDS
from newstrace.analyse.lexicon import stem
from newstrace.analyse.prose import sentence_end, sentence_start
from newstrace.analyse.resources import WEEKDAYS
from newstrace.model import Alignment, Discrepancy, Span

# Days reckoned from another ("two days after Boehner chided Obama", "days later"): the
# sentence tells of two days, whichever one it names.
_DAYS_APART = re.compile(r"\bdays?\s+(?:after|before|later|earlier|ago)\b", re.IGNORECASE)

# Words before a weekday that make it a bound, a source or the name of a thing.
_FRAMING = FUNCTION_WORDS | frozenset("since until till before after through every each".split())


def two_days(passage: Passage) -> bool:
    return bool(RELATIVE_DAY.search(passage.text) or _DAYS_APART.search(passage.text))


# Months reckoned from another ("two months after", "the following month", "last month"):
# the sentence tells of two months, whichever one it names.
_MONTHS_APART = re.compile(
    r"\bmonths?\s+(?:after|before|later|earlier|ago)\b"
    r"|\b(?:the\s+(?:next|following|previous)|last|this|next)\s+month\b",
    re.IGNORECASE,
)


def two_months(passage: Passage) -> bool:
    return _MONTHS_APART.search(passage.text) is not None


def weekdays(passage: Passage) -> list[Mention]:
    """The weekdays a passage names, each alone (not "Monday or Tuesday")."""
    return [m for m in dates(passage) if m.value.startswith("weekday=") and " " not in m.value]


def months(passage: Passage) -> list[Mention]:
    """The months a passage names alone, with no day or year ("in October", "that March")."""
    return [m for m in dates(passage) if m.value.startswith("month=") and " " not in m.value]


def dates_the_event(mention: Mention) -> bool:
    """A weekday that dates what its sentence tells ("said Tuesday", "On Sunday, Akin"),
    not a bound or a source ("by Saturday", "the message from Tuesday") nor a thing it
    names ("the Thursday night speech", "her Friday launch")."""
    before = mention.context.before[:1]
    return not before or before[0] in _DATING or before[0] not in _FRAMING


# Words before a weekday that make it the day of what the sentence tells: "on Sunday", and
# "a" before a thing the sentence tells of first, its day given with it ("in a Monday
# Twitter tirade", "a Thursday State Department release"); "the Thursday night speech"
# and "her Friday launch" name a thing told of before, whose day it recalls.
_DATING = frozenset("on a".split())


# Words before a month that date what the sentence tells in it: "in October", "that March".
_IN_MONTH = frozenset("in that".split())


def dates_in_month(mention: Mention) -> bool:
    """A month that dates what its sentence tells ("opened its inquiry in October",
    "dropped out that February", "his February threat"), not a bound ("by June")."""
    before = mention.context.before[:1]
    return not before or before[0] in _IN_MONTH or before[0] not in _FRAMING


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


_Read = Callable[[Passage], list[Mention]]


def best_aligned(
    alignments: list[Alignment], min_score: float, read: _Read = weekdays
) -> dict[Span, Alignment]:
    """Each weekday of A with the alignment of its sentence to one naming a weekday that
    scores highest: of the source's sentences that date something, the one A's was most
    likely written from ("scrambled on Monday to explain his charge" / "on Sunday tried to
    clarify his comment", not "during a campaign stop in Ohio on Saturday").  ``read``:
    the dates compared, weekdays or months."""
    best: dict[Span, Alignment] = {}
    for x in alignments:
        if x.kind == "paraphrase" and x.score < min_score:
            continue
        if not read(Passage.of(x.b_text, x.b_span.start)):
            continue
        for day in read(Passage.of(x.a_text, x.a_span.start)):
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
    for x in best_aligned(alignments, min_score).values():
        a, b = Passage.of(x.a_text, x.a_span.start), Passage.of(x.b_text, x.b_span.start)
        a_day, b_day = weekdays(a), weekdays(b)
        if len(a_day) != 1 or len(b_day) != 1 or same_date(a_day[0], b_day[0]):
            continue
        if two_days(a) or two_days(b) or b_day[0].value in a_days:
            continue
        if not all(dates_the_event(m) for m in (a_day[0], b_day[0])):
            continue
        if of_another_deed(a, a_day[0], b, b_day[0]) or of_another_deed(b, b_day[0], a, a_day[0]):
            continue  # "Axelrod's comment on Sunday": the day of his comment
        if _of_a_thing(a, a_day[0], b, b_day[0]):
            continue
        found.append(discrepancy("date", a_day[0], b_day[0]))
    return found


def _of_a_thing(a: Passage, x: Mention, b: Passage, y: Mention) -> bool:
    """Either date the day of a thing ("Monday's meeting") or the time of a comparison
    ("than he had on Wednesday"), not of what its sentence tells."""
    return owns(a, x) or owns(b, y) or compared_with(a, x.span) or compared_with(b, y.span)


def lone_months(
    alignments: list[Alignment], a_text: str, b_text: str, *, min_score: float = 0.0
) -> list[Discrepancy]:
    """The month of A's aligned sentence against the month of B's, as ``lone_weekdays``
    reads weekdays ("his infamous February threat to a reporter" / "made headlines in
    January after confronting a reporter"), each month named alone, with no day; neither
    month named in the other text: a month is named again for other things of the story
    more often than a weekday, and each text's own month is then the one moved."""
    a_months = {m.value for m in months(Passage.of(a_text, 0))}
    b_months = {m.value for m in months(Passage.of(b_text, 0))}
    found = []
    for x in best_aligned(alignments, min_score, months).values():
        a, b = Passage.of(x.a_text, x.a_span.start), Passage.of(x.b_text, x.b_span.start)
        a_month, b_month = months(a), months(b)
        if len(a_month) != 1 or len(b_month) != 1 or _other_dates(a) or _other_dates(b):
            continue  # another day or month in either sentence may be the one moved
        if a_month[0].value in b_months or b_month[0].value in a_months:
            continue
        if (
            two_months(a)
            or two_months(b)
            or not all(dates_in_month(m) for m in (*a_month, *b_month))
        ):
            continue
        if _of_a_thing(a, a_month[0], b, b_month[0]):
            continue
        found.append(discrepancy("date", a_month[0], b_month[0]))
    return found


def _other_dates(passage: Passage) -> bool:
    """A date in the passage besides its one month and its years ("In 2008 ... that
    February" tells one time)."""
    return sum(not m.value.startswith("year=") for m in dates(passage)) > 1


def one_day_each(
    alignments: list[Alignment], a_text: str, b_text: str, *, min_score: float = 0.0
) -> list[Discrepancy]:
    """``lone_weekdays`` for two texts that each name one weekday and no other, in the
    whole text: "Donald Trump took to Facebook on Sunday to accuse social media firms" /
    "President Donald Trump used Twitter to tear into social media companies Saturday
    morning" (rw-712), "tweeted a photo of herself there on Thursday" / "showed her support
    for Chick-fil-A Wednesday when she tweeted a photo" (rw-608).

    For a pair called `shared_source`, which may be two reports of one event: a report
    dates the event by the day it learnt of it, and another report by another day, each
    naming other days too ("said Tuesday ... discussed as recently as Wednesday").  A text
    that dates all it tells by one day, set against one that dates all it tells by another
    in the sentence aligned with it, moved that day -- unless the two sentences share
    nothing but a quotation (``_said_outside_quotes``).  Over every development split it
    reads six rewrites the verdict called `shared_source` (and siblings that moved their
    source's day, true differences), none of BASIL's 360 ordered same-event pairs so
    called; the days of the whole texts alone, unaligned (``framed._lone_weekdays``),
    would read three BASIL pairs, one of two events."""
    a_days = {m.value for m in weekdays(Passage.of(a_text, 0))}
    b_days = {m.value for m in weekdays(Passage.of(b_text, 0))}
    if len(a_days) != 1 or len(b_days) != 1 or a_days == b_days:
        return []
    found = lone_weekdays(alignments, a_text, min_score=min_score)
    return [
        d
        for d in found
        if _said_outside_quotes(a_text, d.a_span.start)
        & _said_outside_quotes(b_text, d.b_span.start)
    ]


# A quotation, in straight or curly marks.
_QUOTED = re.compile(r"[\u201c\"][^\u201c\u201d\"]*[\u201d\"]")
_WORD = re.compile(r"[a-z][a-z'-]+")


def _said_outside_quotes(text: str, at: int) -> set[str]:
    """The words that say something of the sentence of ``text`` at ``at``, outside its
    quotations, stemmed, its days left out: two reports giving one quotation on two days
    ("On Monday the mayor told a crowd ..." / "Speaking to reporters on Tuesday, she
    repeated ...") share only the quotation, and may date two sayings of it."""
    start, end = sentence_start(text, at), sentence_end(text, at)
    plain = _QUOTED.sub(" ", text[start:end]).lower()
    return {
        stem(w)
        for w in _WORD.findall(plain)
        if w not in EMPTY_WORDS and w not in WEEKDAYS and len(w) > 2
    }
