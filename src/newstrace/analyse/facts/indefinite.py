"""A count one sentence gives with a figure and the other with "a": one changed.

"which two committee members passed along" / "which was provided ... by a committee member":
an indefinite article counts one of what follows it, so a copy that puts a figure for it
changes the count, though no figure stands on the source's side for ``counts.py`` to pair.
Read narrowly: the figure (more than one) and the article followed by the same words up
to the noun counted, plural after the figure and singular after the article ("committee
members" / "committee member", "years ago" / "year ago"), neither sentence giving the
other's form too, and only between a copy and its source.
"""

from __future__ import annotations

import re

from newstrace.analyse.facts.counts import looks_plural, magnitude, read_number
from newstrace.analyse.facts.mentions import Mention, Passage, discrepancy
from newstrace.analyse.facts.words import ROUGH_WORDS
from newstrace.analyse.resources import NUMBER_WORDS
from newstrace.model import Discrepancy

_NUMBER_WORDS = list(NUMBER_WORDS)  # the figures written as words that the readers compare
_MAX_WORDS = 2  # words from a figure to the noun it counts ("committee members")
# "a"/"an" before what it counts; "one" is a figure ``counts.py`` reads.
_ARTICLE = re.compile(r"\b(?:a|an|A|An)\s+(?=[A-Za-z])")


_NEXT = re.compile(r"\s*([A-Za-z][\w'-]*)")
# "one of" before a figure, a few words of the same phrase between ("one of ex-Vice
# President Dick Cheney's two daughters"): the sentence speaks of one of those counted,
# which the other's "a daughter" states too.
_ONE_OF = re.compile(r"\b[Oo]ne\s+of\s+(?:[\w.'\u2019-]+\s+){0,5}$")


def _words_after(text: str, start: int) -> list[tuple[str, int]]:
    """The words right after ``start`` (lower case) with where each ends, up to a
    punctuation mark or ``_MAX_WORDS``."""
    found: list[tuple[str, int]] = []
    while len(found) < _MAX_WORDS:
        match = _NEXT.match(text, found[-1][1] if found else start)
        if match is None:
            break
        found.append((match.group(1).lower(), match.end()))
    return found


def _counts(passage: Passage, numbers: list[Mention]) -> list[tuple[Mention, tuple[str, ...]]]:
    """Figures above one of a passage, whole ("two committee members"), with the words
    up to the noun counted, in the singular ("committee member")."""
    found = []
    for number in numbers:
        read = read_number(number.text)
        size = magnitude(number.value)
        if read is None or read[1] or size is None or size <= 1:
            continue  # a rank, a figure with a scale or a share: no count of things
        if _ONE_OF.search(passage.text, 0, number.span.start - passage.offset):
            continue  # "one of his two daughters" speaks of one: "a daughter" agrees
        words = _words_after(passage.text, number.span.end - passage.offset)
        plural = next((n for n, (word, _) in enumerate(words) if looks_plural(word)), None)
        if plural is None:
            continue  # "two men", "two of them": no plural noun to set against one
        counted = (*(w for w, _ in words[:plural]), words[plural][0][:-1])
        start = number.span.start - passage.offset
        found.append((passage.mention(start, words[plural][1], number.value, "count"), counted))
    return found


# The end of a figure and its unit: an article after them makes a rate ("$14.25 an hour",
# "six days a week"), which counts nothing.
_RATE = re.compile(
    r"(?:\d[\w.,%-]*|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b)(?:\s+[A-Za-z]+)?\s+$", re.I
)


def _ones(passage: Passage) -> list[tuple[int, list[tuple[str, int]]]]:
    """Where a passage writes "a" or "an", with the words after it; not in a rate."""
    return [
        (match.start(), _words_after(passage.text, match.end()))
        for match in _ARTICLE.finditer(passage.text)
        if not _RATE.search(passage.text, max(0, match.start() - 40), match.start())
    ]


def _one(
    passage: Passage, at: int, words: list[tuple[str, int]], counted: tuple[str, ...]
) -> Mention | None:
    """The article at ``at`` with the words of ``counted``, if they follow it."""
    if tuple(w for w, _ in words[: len(counted)]) != counted:
        return None
    return passage.mention(at, words[len(counted) - 1][1], "1", "count")


# Units of time: a span counted in them plays a role its preposition gives -- "three
# assaults in a month" is the window events fell in, "out for three months" how long one
# lasts -- so an article and a figure before the same unit count one span only in one role.
_TIME_UNITS = frozenset("second minute hour day night week weekend month year decade".split())
_SPAN_ROLES = frozenset("in for within during after before since by across".split())
# Words between a span's preposition and its figure that bound or round it ("for at least
# three months", "in about a year").
_SPAN_BOUNDS = frozenset("at least more less than up to only just".split()) | ROUGH_WORDS
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")


def _span_role(text: str, start: int) -> str:
    """The preposition before the figure or article at ``start``, past bounds, or ""."""
    while (match := _WORD_BEFORE.search(text, max(0, start - 30), start)) is not None:
        word = match.group(1).lower()
        if word not in _SPAN_BOUNDS:
            return word if word in _SPAN_ROLES else ""
        start = match.start()
    return ""


def _same_role(count: Mention, own: Passage, one: Mention, other: Passage, noun: str) -> bool:
    """Whether a figure and an article count a span of time in one role (``_TIME_UNITS``);
    any other noun is counted alike whatever stands before it."""
    if noun not in _TIME_UNITS:
        return True
    own_role = _span_role(own.text, count.span.start - own.offset)
    return own_role == _span_role(other.text, one.span.start - other.offset)


def _one_way(
    counts: list[tuple[Mention, tuple[str, ...]]],
    own: Passage,
    other: Passage,
    other_counts: list[tuple[Mention, tuple[str, ...]]],
) -> list[tuple[Mention, Mention]]:
    """Counts of ``own`` that ``other`` gives with "a" alone."""
    pairs = []
    for count, counted in counts:
        partners = [m for at, words in _ones(other) if (m := _one(other, at, words, counted))]
        # a sentence giving both forms speaks of both ("a member ... two members")
        own_one = any(_one(own, at, words, counted) for at, words in _ones(own))
        other_count = any(c == counted for _, c in other_counts)
        if len(partners) != 1 or not _same_role(count, own, partners[0], other, counted[-1]):
            continue
        if not own_one and not other_count:
            pairs.append((count, partners[0]))
    return pairs


def counted_with_an_article(
    a: Passage, a_numbers: list[Mention], b: Passage, b_numbers: list[Mention]
) -> list[Discrepancy]:
    """Things A counts with a figure and B with "a", or the other way round."""
    a_counts, b_counts = _counts(a, a_numbers), _counts(b, b_numbers)
    found = [discrepancy("number", x, y) for x, y in _one_way(a_counts, a, b, b_counts)]
    found += [discrepancy("number", x, y) for y, x in _one_way(b_counts, b, a, a_counts)]
    return sorted(found, key=lambda d: d.a_span.start)


# A span of time reckoned from another event ("two days after the adviser vowed", "a
# week later"): the word after the unit says which way, and ties the two texts' spans to
# one event.
_RECKONED = re.compile(r"\s+(after|before|later|earlier)\b", re.IGNORECASE)


def _reckoned(passage: Passage, end: int) -> str | None:
    """The word that reckons the span ending at ``end`` from an event, if one does."""
    match = _RECKONED.match(passage.text, end - passage.offset)
    return match.group(1).lower() if match else None


def _reckoned_alike(a: Passage, b: Passage, change: Discrepancy) -> bool:
    """The two spans reckoned the same way from an event ("two days after" / "a day
    after"), or in one role its preposition gives ("for two weeks" / "for a week")."""
    way = _reckoned(a, change.a_span.end)
    if way is not None:
        return way == _reckoned(b, change.b_span.end)
    role = _span_role(a.text, change.a_span.start - a.offset)
    return bool(role) and role == _span_role(b.text, change.b_span.start - b.offset)


def reckoned_spans(
    a: Passage, a_numbers: list[Mention], b: Passage, b_numbers: list[Mention]
) -> list[Discrepancy]:
    """The span of time A gives with a figure where B gives it with "a", or the other way
    round, anywhere in the whole texts: "two days after the ousted adviser vowed to
    stonewall" / "comes a day after Flynn's lawyer notified the committee", "suspended
    him ... for two weeks" / "suspended the two accounts for a week".  A rewrite recasts
    such a sentence past what the aligner links, but keeps the span and the word that
    places it (``_reckoned_alike``); so when each text gives the unit once so
    (``counted_with_an_article``'s one-to-one reading), the copy changed the span.  Read
    only for a copy and its source."""
    found = counted_with_an_article(a, a_numbers, b, b_numbers)
    return [
        change
        for change in found
        if change.a_text.split()[-1].lower().rstrip("s") in _TIME_UNITS
        and _reckoned_alike(a, b, change)
    ]


# A span of time reckoned from an event ("a week later", "two months after Comey said"):
# its count (a figure, "a", or "several", which counts more than two), its unit, and which
# way it runs from the event ("after" and "later" forward, "before" and "earlier" back).
# "The day after the primary" is one day after it, as "a day after" is; "the months
# before" counts none (``_THE_PLURAL``), nor does the idiom "a month to the day after"
# (``_TO_THE``), exactly a month after.
_COUNT_WORDS = {"a": 1, "an": 1, "the": 1} | {w: n for w, n in NUMBER_WORDS.items() if n <= 12}
_SEVERAL = 0  # "several": more than two, of no one count
_UNIT_DAYS = {
    "second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7,
    "month": 30, "year": 365, "decade": 3650,
}  # fmt: skip
_WAYS = {"after": 1, "later": 1, "before": -1, "earlier": -1}
_RECKONED_SPAN = re.compile(
    r"\b(" + "|".join(_COUNT_WORDS) + r"|\d{1,3}|several)\s+(" + "|".join(_UNIT_DAYS) + r")s?"
    r"\s+(" + "|".join(_WAYS) + r")\b",
    re.IGNORECASE,
)
# What may stand before the count as part of a larger figure: "eighty-four days after",
# "Five hundred and four days", "1,584 days".
_FIGURE_BEFORE = re.compile(
    r"(?:[\d,.-]|\b(?:and|hundred|thousand|twenty|thirty|forty|fifty|sixty|seventy|eighty"
    r"|ninety)\s+)$",
    re.IGNORECASE,
)
# Two spans in other units are another span only when they differ by more than a month
# does from four weeks: "a month later" / "four weeks later" is one span, rounded.
_ROUNDED = 1.25


_THE_PLURAL = re.compile(r"s\s+\w+$")
_TO_THE = re.compile(r"\bto\s+$", re.IGNORECASE)
_ARTICLES = frozenset({"a", "an", "the"})


def _reckoned_span(passage: Passage) -> tuple[Mention, int, str, int] | None:
    """The one span of time a sentence reckons from an event: its mention, count, unit and
    way; None when it gives none or more than one."""
    text = passage.text
    found = [
        m
        for m in _RECKONED_SPAN.finditer(text)
        # an article continues no figure: "And the day after" is one day after
        if (
            m[1].lower() in _ARTICLES
            or not _FIGURE_BEFORE.search(text, max(0, m.start() - 12), m.start())
        )
        and not (
            m[1].lower() == "the"
            and (_THE_PLURAL.search(m[0]) or _TO_THE.search(text, max(0, m.start() - 4), m.start()))
        )
    ]
    if len(found) != 1:
        return None
    match = found[0]
    word = match[1].lower()
    count = int(word) if word.isdigit() else _COUNT_WORDS.get(word, _SEVERAL)
    mention = passage.mention(match.start(), match.end(), match[0], "count")
    return mention, count, match[2].lower(), _WAYS[match[3].lower()]


def _other_span(x: tuple[int, str], y: tuple[int, str]) -> bool:
    """Whether two counts of units are two spans: "several" is no count but more than two
    ("two months" / "several months"); in other units, apart by more than rounding."""
    (x_count, x_unit), (y_count, y_unit) = x, y
    if _SEVERAL in (x_count, y_count):
        return x_unit == y_unit and max(x_count, y_count) in (1, 2)
    if x_unit == y_unit:
        return x_count != y_count
    x_days, y_days = x_count * _UNIT_DAYS[x_unit], y_count * _UNIT_DAYS[y_unit]
    return max(x_days, y_days) > _ROUNDED * min(x_days, y_days)


def reckoned_again(a: Passage, b: Passage) -> list[Discrepancy]:
    """The one span of time each of two aligned sentences reckons from an event, the same
    way, changed: "sent a day after an earlier exchange" / "In a message a week later",
    "only two months after Comy had announced" / "several months after Comey said".  A
    rewrite keeps the event a span is reckoned from but may recast its words past what the
    readers of figures pair ("a", "several", another unit).  Read only between a copy and
    its source: independent reports may each round a span as they please."""
    x, y = _reckoned_span(a), _reckoned_span(b)
    if x is None or y is None or x[3] != y[3] or not _other_span(x[1:3], y[1:3]):
        return []
    return [discrepancy("number", x[0], y[0])]
