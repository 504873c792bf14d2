"""Numbers and dates a copy gives otherwise in the same frame, wherever they stand.

A rewrite recasts a sentence past what the aligner links ("became an independent five
years later" / "leaving the party to become an independent six years later", "$4 million
to hire more police officers" / "commit $4 billion to hiring more police officers"), yet
the fact keeps its frame: what it counts and the words around it.  So, as ``persons.py``
does for people, these are compared across the whole texts, and only one to one: a
figure or date of A that B never states, against the one figure or date of B, never
stated in A, that counts the same thing among a word in common (``counts.same_count``)
or is a date of the same event (``dates.comparable_dates``, a word in common).
A figure of a thing each text counts once ("some 1.6 million women" / "covers 1.5 million
women", "the nation's 46th president" / "the 45th president") is one count changed
however the sentence is recast: no other count of that thing in either text to confuse
it with, and the two near each other.
So is the one sum or scaled figure each text gives in a currency and a scale ("the
wall's roughly $10 billion cost" / "a price tag at around $8 billion"), whatever it is
said to count.
A figure whose digits the copy transposed ("$35.8 million" / "$38.5 million", "$604
million" / "$640 million") is a change wherever it stands, whatever the words around it:
the same digits in another order are one figure mistyped, not two figures.
Read only for a copy and its source (``report.py``): independent reports give figures
of their own for many things.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from newstrace.analyse.facts.clock import lone_times
from newstrace.analyse.facts.counts import (
    currency_of,
    low_high,
    magnitude,
    near_figures,
    numbers,
    same_count,
    same_number,
    same_value,
)
from newstrace.analyse.facts.dates import comparable_dates, dates, same_date
from newstrace.analyse.facts.indefinite import reckoned_spans
from newstrace.analyse.facts.mentions import Mention, Passage, discrepancy
from newstrace.analyse.facts.own_days import own_weekdays, parted_weekdays
from newstrace.analyse.facts.typed import weekday_anchors, weekday_event
from newstrace.analyse.facts.words import EMPTY_WORDS
from newstrace.analyse.lexicon import stem
from newstrace.analyse.prose import crosses_sentence
from newstrace.model import Discrepancy, DiscrepancyKind, Span

_Test = Callable[[Mention, Mention], bool]
_AROUND = 5  # words on each side of a date looked at for one in common
_WEEKDAY_ANCHOR = 3  # words before a weekday looked at for one in common
# How near the figure it is set against the source may state the copy's figure for it to
# be the one the copy took (the sentence before or after: "only 77 percent ... By 2085,
# 74 percent").
_NEARBY = 300
# Digits a transposed figure needs (its scale word counts as one): "58"/"85" may well be
# two figures, "35.8 million"/"38.5 million" hardly.
_MIN_TRANSPOSED = 3
# Years by which a copy's age of one person may differ from its source's (66/68, 53/58).
_MAX_AGE_CHANGE = 5


def _stems(mention: Mention) -> set[str]:
    return {stem(word) for word in mention.context.near_inside(_AROUND)}


def _weekday(mention: Mention) -> bool:
    return mention.value.startswith("weekday=") and " " not in mention.value


def _dated_alike(a: Mention, b: Mention) -> bool:
    """Dates of one event: comparable, and a word in common around them, in any of its
    forms ("will be sentenced on May 14" / "Sentencing was set for May 4"); two weekdays
    after a word in common ("Mayor Ruiz said Tuesday" / "Mayor Ruiz announced Monday")."""
    if _weekday(a) and _weekday(b):
        return bool(weekday_anchors(a, _WEEKDAY_ANCHOR) & weekday_anchors(b, _WEEKDAY_ANCHOR))
    return comparable_dates(a, b) and bool(_stems(a) & _stems(b))


def _one_to_one(
    kind: DiscrepancyKind,
    a: list[Mention],
    b: list[Mention],
    same: _Test,
    alike: _Test,
    stated: _Test | None = None,
) -> list[Discrepancy]:
    """Mentions of A stated nowhere in B, each against the only mention of B alike to it,
    stated nowhere in A and alike to no other mention of A (``stated``: whether the first
    mention is stated by the second; ``same`` when not given)."""
    says = stated or same
    a_own = [x for x in a if not any(says(x, y) for y in b)]
    b_own = [y for y in b if not any(says(y, x) for x in a)]
    found = []
    for x in a_own:
        partners = [y for y in b_own if alike(x, y)]
        # one date stated three times ("the Aug. 16 cable") is still the one date of B
        if not partners or not all(same(y, partners[0]) for y in partners):
            continue
        rivals = [z for z in a_own if alike(z, partners[0])]
        if rivals == [x] and not _of_another_event(x, partners[0], b):
            found.append(discrepancy(kind, x, partners[0]))
    return found


def _of_another_event(x: Mention, partner: Mention, b: list[Mention]) -> bool:
    """A weekday of A whose event B dates with another weekday than ``partner``: "ahead of
    Sunday's Ames Straw Poll" is the source's "Saturday's Ames Straw Poll", not its "ahead
    of Thursday's debate"."""
    if not _weekday(x):
        return False
    event = weekday_event(x)
    return any(event & weekday_event(y) for y in b if _weekday(y) and y.value != partner.value)


def _parts(mention: Mention) -> dict[str, str]:
    return dict(part.split("=") for part in mention.value.split())


def _dated_by(x: Mention, y: Mention) -> bool:
    """``x`` stated by ``y``: the same date, ``y`` giving every part ``x`` gives.  A vaguer
    date does not vouch for a precise one: "a primary in April" leaves "an April 23
    primary" to be set against "the primary would be held on April 30"."""
    x_parts, y_parts = _parts(x), _parts(y)
    return same_date(x, y) and x_parts.keys() <= y_parts.keys()


def _digits(value: str) -> tuple[str, str] | None:
    """A figure's digits and its scale word ("35.8 million" -> ("358", "million")); None
    for a tally or a figure in words."""
    figure, _, scale = value.partition(" ")
    digits = figure.replace(".", "")
    return (digits, scale) if digits.isdigit() else None


def transposed(a: Mention, b: Mention) -> bool:
    """Two figures of the same digits in another order, at the same scale ("$43,530" /
    "$43,350"): one figure mistyped."""
    x, y = _digits(a.value), _digits(b.value)
    if x is None or y is None or x == y or x[1] != y[1] or a.role.startswith("#"):
        return False
    return sorted(x[0]) == sorted(y[0]) and len(x[0]) + bool(x[1]) >= _MIN_TRANSPOSED


# What a count of one thing needs to be read alone: what it counts, not a tally, an age
# (``persons.py``) or "amount" (any figure with a scale: "$4 million" and "$4 billion" of
# two different things).
_NOT_COUNTED = frozenset({"", "$", "tally", "age", "amount"})


def _counted_once(a: list[Mention], b: list[Mention]) -> _Test:
    """Two figures of what each text counts with one value alone, near each other."""
    values: dict[str, set[str]] = {}
    for mention in (*a, *b):
        values.setdefault(mention.role, set()).add(mention.value)

    def alike(x: Mention, y: Mention) -> bool:
        role = x.role.lstrip("#")
        return (
            x.role == y.role
            and role not in _NOT_COUNTED
            and values[x.role] == {x.value, y.value}
            and near_figures(x, y)
        )

    return alike


# Words after a figure that name what it counts in full: "nearly 80 Georgetown University
# faculty and administrators" / "nearly 90 Georgetown University faculty and ...".
_FOLLOWING = 3


def _followed_alike(x: Mention, y: Mention) -> bool:
    """Two figures of one thing (``same_count``) followed by the same words, two of them or
    more saying something, in their sentences: what is counted named alike in full.  A
    text may count a thing of one word ("Georgetown") twice ("nearly 90 Georgetown
    University faculty", "over a dozen Georgetown Jesuit priests"); the words after the
    figure tell which of the two the copy's figure is."""
    following = x.context.after[:_FOLLOWING]
    return (
        min(x.context.inside[1], y.context.inside[1]) >= _FOLLOWING
        and following == y.context.after[:_FOLLOWING]
        and len(set(following) - EMPTY_WORDS) >= 2
        and same_count(x, y)
        and near_figures(x, y)
    )


def _stated_followed(x: Mention, y: Mention) -> bool:
    """``x`` stated by ``y``: the figure itself, or within a bound of the thing named alike
    in full; "over a dozen Georgetown Jesuit priests" bounds no count of faculty."""
    following = x.context.after[:_FOLLOWING] == y.context.after[:_FOLLOWING]
    return same_value(x.value, y.value) or (following and same_number(x, y))


# The bounds a figure is hedged with, by the way each bounds it: "nearly 80" and "almost
# 80" are just under, "more than 20" and "over a dozen" above, "about 50" near it.
_HEDGES = {
    "nearly": "under",
    "almost": "under",
    "over": "above",
    "than": "above",  # "more than"
    "about": "near",
    "around": "near",
    "roughly": "near",
    "approximately": "near",
}
# Words after a hedged figure read for what it counts: "more than 200 cases of violence in
# Libya" counts what "more than 300 violent incidents in Libya" does.
_HEDGED_REACH = 6
_MAX_HEDGED_RATIO = 2.0  # a figure changed, not another thing counted (``near_figures``)


def _hedge(mention: Mention) -> str | None:
    before = mention.context.before
    if not before or not mention.context.inside[0]:
        return None
    if before[0] == "than" and before[1:2] != ("more",):
        return None  # "fewer than", "less than": another bound
    return _HEDGES.get(before[0])


def _hedged_once(a: list[Mention], b: list[Mention]) -> _Test:
    """Two figures, each the one figure of its text hedged the same way ("nearly 80
    Georgetown professors and priests" / "nearly 90 faculty members and priests", "More
    than 20 Jesuits" / "over a dozen Georgetown Jesuit priests"), a word of what they
    count in common (in any of its forms) and less than double each other: a rewrite
    keeps the hedge of the figure it changes, and recasts what is counted.  Two figures
    so hedged in either text leave which one unknown.  Written in digits or in words
    alike: a hedged count is rounded, and a copy rounds it its own way ("a dozen")."""
    values: dict[tuple[str, str], set[str]] = {}
    for side, mentions in (("a", a), ("b", b)):
        for m in mentions:
            if (way := _hedge(m)) is not None:
                values.setdefault((side, way), set()).add(m.value)

    def counted(m: Mention) -> set[str]:
        after = m.context.after[: min(_HEDGED_REACH, m.context.inside[1])]
        return {stem(w) for w in after if w not in EMPTY_WORDS}

    def alike(x: Mention, y: Mention) -> bool:
        way = _hedge(x)
        if way is None or way != _hedge(y) or not counted(x) & counted(y):
            return False
        spread = low_high(x, y)
        return (
            values.get(("a", way)) == {x.value}
            and values.get(("b", way)) == {y.value}
            and spread is not None
            and spread[0] > 0
            and spread[1] < _MAX_HEDGED_RATIO * spread[0]
        )

    return alike


# What no figure of a sum or a scale is: a tally, an age, a share or a rank.
_NOT_SUMS = frozenset({"tally", "age", "percent"})


def _sum_key(passage: Passage, mention: Mention) -> tuple[str, str] | None:
    """A figure's currency and scale ("$", "billion"), if it has either; else None."""
    if mention.role in _NOT_SUMS or mention.role.startswith("#"):
        return None
    currency, scale = currency_of(passage, mention), mention.value.partition(" ")[2]
    return (currency, scale) if currency or scale else None


def _scaled_once(
    a: Passage, a_numbers: list[Mention], b: Passage, b_numbers: list[Mention]
) -> _Test:
    """Two figures, each the one figure of its text in a currency and a scale ("$10
    billion" / "$8 billion", "deport 12 million people" / "deport 11 million undocumented
    immigrants", "$600,000 of airtime" / "$500,000 of airtime"), written alike and near
    each other.  What they count may be worded otherwise ("people" / "undocumented"), or
    not at all; a copy that gives one sum in billions where its source gives one other
    changed it, and a second figure so scaled on either side leaves which one unknown."""
    a_keys = {m.span: _sum_key(a, m) for m in a_numbers}
    b_keys = {m.span: _sum_key(b, m) for m in b_numbers}
    a_values, b_values = _values_by_key(a_numbers, a_keys), _values_by_key(b_numbers, b_keys)
    # a sum both texts give is told apart already: "$1.5 million" and "$5 million" /
    # "$1 million" and "$5 million" leave one sum of each changed
    for key in a_values.keys() & b_values.keys():
        both = a_values[key] & b_values[key]
        a_values[key], b_values[key] = a_values[key] - both, b_values[key] - both

    def alike(x: Mention, y: Mention) -> bool:
        key = a_keys.get(x.span)
        return (
            key is not None
            and key == b_keys.get(y.span)
            and a_values[key] == {x.value}
            and b_values[key] == {y.value}
            and near_figures(x, y)
        )

    return alike


def _values_by_key(
    numbers: list[Mention], keys: dict[Span, tuple[str, str] | None]
) -> dict[tuple[str, str], set[str]]:
    """The values a text gives in each currency and scale (``_sum_key``)."""
    values: dict[tuple[str, str], set[str]] = {}
    for m in numbers:
        key = keys[m.span]
        if key is not None:
            values.setdefault(key, set()).add(m.value)
    return values


def _stated_alike(a: Mention, b: Mention) -> bool:
    """``a`` stated by ``b``: one number (``same_number``), unless each counts a thing of
    its own ("The move caps a three-year FBI probe" is not stated by the source's "Three
    days later"): a small figure recurs in any story, for other things."""
    if not same_number(a, b):
        return False
    counted = all(m.role not in _NOT_COUNTED and not m.role.startswith("#") for m in (a, b))
    return not counted or a.role == b.role


def _stated_counted(a: Mention, b: Mention) -> bool:
    """``a`` stated by ``b``: the figure itself, or within a bound of the same thing ("more
    than 200 pages" holds "250 pages"); a bound of another ("at least one" officer) says
    nothing of "the 250-page report"."""
    return same_value(a.value, b.value) or (a.role == b.role and same_number(a, b))


def _stated(a: Mention, b: Mention) -> bool:
    return same_value(a.value, b.value)


# Days a text names without a weekday ("said over the weekend", "yesterday", "last week"):
# a text that names one the other does not dates more than one day, and the other's one
# weekday may be that day ("Akin said over the weekend ... on Tuesday refused to step
# down" / "The remarks, made on Friday"), not its one weekday.
_OTHER_DAYS = re.compile(
    r"\b(?:weekend|yesterday|tomorrow|last\s+(?:night|week)|earlier\s+this\s+week)\b", re.I
)


def _other_days(text: str) -> set[str]:
    return {" ".join(m.group().lower().split()) for m in _OTHER_DAYS.finditer(text)}


def _lone_weekdays(
    a: list[Mention], b: list[Mention], a_text: str, b_text: str
) -> list[Discrepancy]:
    """The one day of the week each text names, another in each ("said Thursday, posting
    her returns" / "according to returns released Friday"): a source that dates all it
    tells by one day, and a copy that dates all it tells by another, moved that day,
    however the sentences were recast.  Two days named on either side may be two events."""
    if _other_days(a_text) != _other_days(b_text):
        return []
    a_days = [x for x in a if "weekday" in _parts(x)]
    b_days = [y for y in b if "weekday" in _parts(y)]
    a_set = {_parts(x)["weekday"] for x in a_days}
    b_set = {_parts(y)["weekday"] for y in b_days}
    if len(a_set) == len(b_set) == 1 and a_set != b_set:
        return [discrepancy("date", a_days[0], b_days[0])]
    return []


def _lone_ages(a: list[Mention], b: list[Mention]) -> list[Discrepancy]:
    """The one age each text gives, another in each ("The 66-year-old, who has held his
    seat" / "the 68-year-old congressman will likely hold on to his seat"): a source that
    ages one person, and a copy that ages one otherwise, changed that age, however the
    sentences were recast.  Two ages on either side may be two people's, and so may two
    ages years apart ("a 32-year-old assistant district attorney" / "between 12 and 16
    years old"): a copy retypes a digit or a birthday, and changes an age by a few years."""
    a_ages = [x for x in a if x.role == "age"]
    b_ages = [y for y in b if y.role == "age"]
    a_values, b_values = {x.value for x in a_ages}, {y.value for y in b_ages}
    if len(a_values) != 1 or len(b_values) != 1 or a_values == b_values:
        return []
    x, y = magnitude(a_ages[0].value), magnitude(b_ages[0].value)
    if x is None or y is None or abs(x - y) > _MAX_AGE_CHANGE:
        return []
    return [discrepancy("number", a_ages[0], b_ages[0])]


def framed_changes(a_text: str, b_text: str, *, weekdays: bool = True) -> list[Discrepancy]:
    """The figures and dates A gives otherwise than B in the same frame, anywhere in
    either text.  ``weekdays``: the one weekday each text names is read too; not for two
    texts that may each have moved a day of their own (``condensed.py``)."""
    a, b = Passage.of(a_text, 0), Passage.of(b_text, 0)
    a_dates, b_dates = dates(a), dates(b)
    a_numbers = numbers(a, [m.span for m in a_dates])
    b_numbers = numbers(b, [m.span for m in b_dates])
    scaled = _scaled_once(a, a_numbers, b, b_numbers)
    found = [
        *_one_to_one("number", a_numbers, b_numbers, same_number, same_count, _stated_alike),
        *_one_to_one(
            "number",
            a_numbers,
            b_numbers,
            same_number,
            _counted_once(a_numbers, b_numbers),
            _stated_counted,
        ),
        # a figure of a thing named alike in full (``_followed_alike``)
        *_one_to_one(
            "number", a_numbers, b_numbers, same_number, _followed_alike, _stated_followed
        ),
        # the one figure each text hedges one way (``_hedged_once``)
        *_one_to_one("number", a_numbers, b_numbers, _stated, _hedged_once(a_numbers, b_numbers)),
        # a bound ("more than $500,000") holds the mistyped figure too: only the figure
        # itself, stated in the other text, is not a change
        *_one_to_one("number", a_numbers, b_numbers, _stated, transposed),
        # a span reckoned from an event with a figure and with "a" (``indefinite.py``)
        *reckoned_spans(a, a_numbers, b, b_numbers),
        # the one sum or scaled figure of each text (``_scaled_once``), told by its value
        # alone: "over ten years" bounds no sum
        *_one_to_one("number", a_numbers, b_numbers, same_number, scaled, _stated),
        *_one_to_one("date", a_dates, b_dates, same_date, _dated_alike, _dated_by),
        # the one day each text names (``_lone_weekdays``)
        *(_lone_weekdays(a_dates, b_dates, a_text, b_text) if weekdays else []),
        # the one day each names that the other does not (``own_days.py``)
        *(own_weekdays(a_text, b_text) if weekdays else []),
        # a weekday's evening or night put on another day (``own_days.parted_weekdays``)
        *(parted_weekdays(a_text, b_text) if weekdays else []),
        # the one age each text gives (``_lone_ages``)
        *_lone_ages(a_numbers, b_numbers),
        # the one time of day each text gives (``clock.lone_times``)
        *lone_times(a_text, b_text),
    ]
    # a figure two of the tests pair with the same one is one change
    unique = {(d.a_span, d.b_span): d for d in reversed(found)}
    return sorted(unique.values(), key=lambda d: (d.a_span.start, d.b_span.start))


@lru_cache(maxsize=64)  # read ahead while the encoder runs (``analyse.ahead``)
def text_numbers(text: str) -> tuple[Mention, ...]:
    """Every number of a whole text (``counts.numbers``), none taken."""
    return tuple(numbers(Passage.of(text, 0), []))


# Words on each side of a figure read for what it is of, wherever the source states it.
_OF_WIDTH = 3


def _stated_of(x: Mention, y: Mention) -> bool:
    """The figure itself after a word in common that says something ("kiosks out of 22 of
    its Ohio stores" / "remove the self-checkout kiosks from the 22 stores"), or with one
    in common past the word after it ("$1.3 billion for border security" / "$1.3 billion
    to border security"), each side read on its own: "three-term House member" is not
    "the White House for three months", nor "47 percent to 45" the "47 percent" of
    Americans."""
    if not same_value(x.value, y.value):
        return False
    before = set(x.context.before[:_OF_WIDTH]) & set(y.context.before[:_OF_WIDTH])
    after = set(x.context.after[1 : _OF_WIDTH + 1]) & set(y.context.after[1 : _OF_WIDTH + 1])
    return bool((before | after) - EMPTY_WORDS)


def _beside(x: Mention, y: Mention, partner: Span, b_text: str) -> bool:
    """The figure itself in the very sentence of the source's figure it was set against:
    "Forty-three residents left the building, and seven were helped down the stairways" /
    "Seven residents needed help getting down the stairs".  A sentence of the source giving
    two figures, the copy that gives one of them took that one when the source's counts
    what the copy's does or names nothing ("seven were" counts residents without naming
    them); "six months ... and eight years" leaves the copy's "six years" a change, and
    "the second time" is no "two phone calls"."""
    if y.span == partner or not same_value(x.value, y.value):
        return False
    if x.role.startswith("#") or y.role.startswith("#"):
        return False
    if y.role and y.role != x.role and y.role not in EMPTY_WORDS:
        return False
    start, end = min(y.span.start, partner.start), max(y.span.end, partner.end)
    return not crosses_sentence(b_text, start, end)


def taken_figures(changes: list[Discrepancy], a_text: str, b_text: str) -> list[Discrepancy]:
    """``changes`` without the changed figures whose figure of A the source states, of the
    same thing, near the one they were set against: the copy took that one ("after which
    it can cover only 77 percent" from "... pay 77 percent. By 2085, ... 74 percent").
    Or anywhere, the figure itself among a word in common (``_stated_of``): a sentence
    aligned with two of the source's, or set against a figure of another, took its figure
    from the one that states it ("22 of its Ohio stores" from "the 22 stores", not from
    "the chain with 38 stores")."""
    if not any(c.kind == "number" for c in changes):
        return changes  # nothing to look up: spare reading both texts' figures
    a_numbers = {m.span: m for m in text_numbers(a_text)}
    b_numbers = text_numbers(b_text)

    def taken(change: Discrepancy) -> bool:
        x = a_numbers.get(change.a_span)
        return x is not None and any(
            (
                abs(y.span.start - change.b_span.start) <= _NEARBY
                and same_number(x, y)
                and same_count(x, y)
            )
            or _stated_of(x, y)
            or _beside(x, y, change.b_span, b_text)
            for y in b_numbers
        )

    return [c for c in changes if c.kind != "number" or not taken(c)]
