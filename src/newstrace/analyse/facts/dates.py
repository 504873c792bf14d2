"""Dates of a passage, in every common English form, read into their parts.

"14 March", "the 14th of March", "March 14, 2019", "Tuesday", "Jan. 3", "June 2004" and
"2004" each become the parts they state (weekday, day, month, year).  Two dates are the same
when the parts both state agree, and comparable when they state a part in common.

``dateparser.search.search_dates`` was tried and not used: it takes about 25 ms a sentence
(three times the whole comparison of a short pair), its matches swallow the words around
a date ("on 9 June 2004 in"), it reads "may" and "the 13th day" as dates, and it fills the
parts a text leaves out with today's, so "March 14" and "March 14, 2017" would differ.
"""

from __future__ import annotations

import re

from newstrace.analyse.facts.context import next_to_the_same_word, shared_words
from newstrace.analyse.facts.mentions import Mention, Passage
from newstrace.analyse.lexicon import stem
from newstrace.model import Span

_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sept sep",
            "october oct",
            "november nov",
            "december dec",
        ),
        start=1,
    )
    for name in names.split()
}
_WEEKDAY_NAMES = {
    name: day.split()[0]
    for day in (
        "monday mon",
        "tuesday tue tues",
        "wednesday wed",
        "thursday thu thur thurs",
        "friday fri",
        "saturday sat",
        "sunday sun",
    )
    for name in day.split()
}
# Capitalised only: "may" is a verb, "May" a month; abbreviations need their full stop.
_MONTH = (
    r"(?P<{0}>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)"
)
_WEEKDAY = (
    r"(?P<weekday>(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.)"
)
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{0}>(?:19|20)\d\d)"
_DATE = re.compile(
    rf"(?:{_WEEKDAY},?\s+)?(?:"
    # day-month, the British way: "14 March", "the 14th of March 2019"; not before a
    # day of the month's own ("the 19 Sept. 11 hijackers" counts 19 of the Sept. 11 ones)
    rf"\b{_DAY.format('day1')}\s+(?:of\s+)?{_MONTH.format('month1')}(?!\s+[0-3]?\d(?:st|nd|rd|th)?\b)"
    rf"(?:,?\s+{_YEAR.format('year1')})?"
    # month-day: "March 14", "Jan. 3, 2019"
    rf"|{_MONTH.format('month2')}\s+{_DAY.format('day2')}\b(?:,?\s+{_YEAR.format('year2')})?"
    # month and year, or a month alone: "June 2004", "in March"
    rf"|{_MONTH.format('month3')}(?:\s+(?:of\s+)?{_YEAR.format('year3')})?"
    r")"
    rf"|{_WEEKDAY.replace('weekday', 'weekday2')}"
    # a decade, with or without an apostrophe ("the 1980s", "the 1990's"): the whole ten
    # years, not the year it starts with, so "1980s" for "1970s" is one decade for another
    # and "1990's" is no "1990"
    r"|(?<![\w$£€.,])\b(?P<decade>(?:19|20)\d0)'?s\b"
    rf"|(?<![\w$£€.,])\b{_YEAR.format('year4')}\b(?![.,]?\d)"
)


def _first(match: re.Match[str], *names: str) -> str | None:
    return next((match.group(n) for n in names if match.group(n)), None)


def _parts(match: re.Match[str]) -> dict[str, str]:
    parts = {}
    weekday = _first(match, "weekday", "weekday2")
    if weekday:
        parts["weekday"] = _WEEKDAY_NAMES[weekday.rstrip(".").lower()]
    day = _first(match, "day1", "day2")
    if day:
        parts["day"] = str(int(day))
    month = _first(match, "month1", "month2", "month3")
    if month:
        parts["month"] = str(_MONTH_NUMBERS[month.rstrip(".").lower()])
    if match.group("decade"):
        parts["decade"] = match.group("decade")
    year = _first(match, "year1", "year2", "year3", "year4")
    if year:
        parts["year"] = year
    return parts


_FULL_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{5,8}\b")


def _swapped_letters(word: str, right: str) -> bool:
    """``word`` is ``right`` with two letters next to each other swapped ("wednedsay")."""
    wrong = [n for n, (x, y) in enumerate(zip(word, right, strict=True)) if x != y]
    return (
        len(wrong) == 2
        and wrong[1] == wrong[0] + 1
        and word[wrong[0]] == right[wrong[1]]
        and word[wrong[1]] == right[wrong[0]]
    )


def _respelt(text: str) -> str:
    """``text`` with a weekday typed with two letters swapped spelt right ("Mitt Romney
    said Wednedsay", the source's own typo), the length kept so offsets hold: a reader
    reads the day it nearly spells."""

    def right(match: re.Match[str]) -> str:
        word = match.group().lower()
        for day in _FULL_WEEKDAYS:
            if len(day) == len(word) and word[0] == day[0] and _swapped_letters(word, day):
                return day.capitalize()
        return match.group()

    return _CAPITALISED.sub(right, text)


def dates(passage: Passage) -> list[Mention]:
    """Every date of a passage; its value lists its parts ("day=14 month=3"), a weekday
    typed with two letters swapped read as the day it nearly spells (``_respelt``)."""
    found = []
    for match in _DATE.finditer(_respelt(passage.text)):
        parts = _parts(match)
        if "day" in parts and not 1 <= int(parts["day"]) <= 31:
            continue
        value = " ".join(f"{key}={value}" for key, value in sorted(parts.items()))
        found.append(passage.mention(match.start(), match.end(), value))
    return found


# A date in a clause of "than" with its subject ("less defiant than he had been on
# Wednesday") is the time the sentence compares its subject with, at another moment, not
# the time of its event: a copy that sets another day beside the source's redates
# nothing.  Without a subject ("quieter than in 2014, when ...") the date may be that of
# an event both texts tell, and is read.
_COMPARED = re.compile(
    r"\bthan\s+(?:he|she|they|it|we|I|you)\b(?:\s+[\w']+){0,3}\s+$", re.IGNORECASE
)
_COMPARED_REACH = 60  # characters before a date looked at for its "than"


def compared_with(passage: Passage, span: Span) -> bool:
    """Whether the date at ``span`` of ``passage`` is the time of a comparison."""
    start = span.start - passage.offset
    return _COMPARED.search(passage.text, max(0, start - _COMPARED_REACH), start) is not None


def _parts_of(mention: Mention) -> dict[str, str]:
    return dict(part.split("=") for part in mention.value.split())


def same_date(a: Mention, b: Mention) -> bool:
    """The parts both dates state agree ("March 14" and "Tuesday, March 14, 2017")."""
    a_parts, b_parts = _parts_of(a), _parts_of(b)
    shared = a_parts.keys() & b_parts.keys()
    return bool(shared) and all(a_parts[key] == b_parts[key] for key in shared)


def kept_parts(a: Mention, b: Mention) -> int:
    """The parts two dates agree on: a copy that changes a date's day keeps its month, so
    of two dates of a source sentence ("for the Sept. 11 attack in an Oct. 15 interview")
    the one a copy's "Oct. 25" redates is the one of October, not the other the copy left
    out, whichever has more words around it the copy kept (``paired_changes``)."""
    a_parts, b_parts = _parts_of(a), _parts_of(b)
    return sum(a_parts[key] == b_parts[key] for key in a_parts.keys() & b_parts.keys())


# Prepositions that place a date in its phrase ("since April", "the summer of 2011"); an
# article before two dates says nothing ("a March 16 request" / "a May 1 deadline").  "to"
# ends a span ("from 2000 to 2008" / "from 2000 to 2006"): after the same start, a
# different end is the span changed.
_TIME_PREPOSITIONS = frozenset("since in of on until till before after by from through to".split())


def comparable_dates(a: Mention, b: Mention) -> bool:
    """Two dates of one event written alike: they state a part in common and either agree on
    another part ("14 March" / "15 March"), stand next to the same word ("on Wednesday
    afternoon" / "Tuesday afternoon") or, for a date more than a weekday, among the same
    words ("the Bush administration in 2006, when she was a senator" / "a senator ... in
    2007, Clinton criticized the Bush administration").  Weekdays need the neighbour: in
    independent reports they are the days things were said."""
    a_parts, b_parts = _parts_of(a), _parts_of(b)
    shared = a_parts.keys() & b_parts.keys()
    if not shared:
        return False
    if any(a_parts[key] == b_parts[key] for key in shared):
        return True
    if next_to_the_same_word(a.context, b.context):
        return True
    weekdays = {"weekday"} in (a_parts.keys(), b_parts.keys())
    if weekdays:
        return False
    around = len(shared_words(a.context, b.context, 5))
    # "since the summer of 2010, when ..." / "since the summer of 2011, when ...": the same
    # preposition just before, though it says little alone ("since", "of"), and one more
    # around them in common, place a month or a year in the same phrase.
    same_before = bool(a.context.before[:1]) and a.context.before[:1] == b.context.before[:1]
    same_before = same_before and a.context.before[0] in _TIME_PREPOSITIONS
    return around >= 2 or (same_before and _stems_shared(a, b))


def _stems_shared(a: Mention, b: Mention) -> bool:
    """A word in common near both in any of its forms: "a custom dating to 1957" / "dates
    back to 1947" (after the same preposition, one verb is the same phrase)."""
    a_stems, b_stems = ({stem(w) for w in m.context.near(5)} for m in (a, b))
    return bool(a_stems & b_stems)
