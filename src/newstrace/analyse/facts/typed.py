"""Facts of one type, alone of their type in two aligned sentences, that differ.

A paraphrase rewords the words around a fact, so neither the word runs of ``swaps.py`` nor
the shared neighbours of ``counts.py`` and ``dates.py`` hold: "this year's budget bill
handed the department $750 billion" / "The budget bill ... earmarked $700 billion for the
Defense Department", "told the Senate Judiciary Committee" / "said at a House Judiciary
Committee hearing".  What still ties the two facts is their type: an amount of the same
unit, a date in the same phrase, a body of the same kind.  When each sentence states
exactly one fact of that type and the two differ, the copy changed it.

Each type is narrow on purpose, because independent reports' sentences aligned as
paraphrases give different figures for different things:

* **amounts**: a number with the same currency and the same word after it ("$750
  billion" / "$700 billion", "48 firefighters" / "46 firefighters"); ages, percentages,
  ranks and tallies are left to ``counts.py``, an approximate figure ("about 50") is not
  contradicted by one within a tenth of it.
* **dates**: a weekday, a month's day, a month alone or a year, after the same preposition
  ("in 1997" / "in 1999") or with a word that says something in common among the few
  before it ("published Wednesday" / "published the story on Thursday"); a weekday needs
  that word.  Between a copy and its source the same preposition is enough ("since 1999"
  / "since 1997"); between independent reports the sentences must say more alike.
* **bodies**: capitalised names ending in the same type of body ("Committee",
  "Department", "College") whose other words differ ("Senate"/"House Judiciary
  Committee", "Justice"/"State Department"), neither a part, an alias or the initials of
  the other.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable

from newstrace.analyse.facts.counts import (
    currency_of,
    low_high,
    magnitude,
    retyped_digit,
    same_count,
    same_number,
    same_value,
)
from newstrace.analyse.facts.dates import same_date
from newstrace.analyse.facts.mentions import Mention, Passage, discrepancy, strip_possessive
from newstrace.analyse.facts.names import aliases
from newstrace.analyse.facts.words import (
    EMPTY_WORDS,
    FUNCTION_WORDS,
    ORGANISATION_TYPES,
    ROUGH_WORDS,
)
from newstrace.analyse.lexicon import stem
from newstrace.model import Discrepancy

# What a number counts that is no amount of one thing: left to counts.py.
_NOT_AMOUNTS = frozenset({"", "$", "tally", "age", "percent"})
# A changed figure is near the one it replaced; two figures further apart are of two things.
_MAX_RATIO = 2.0
_TIME_PREPOSITIONS = frozenset("since in of on until till before after by from through".split())
# Words before a date that say nothing of what happened then.
_EMPTY = EMPTY_WORDS | frozenset("told early late until by".split())
_ANCHOR = 4  # words before a date looked at for one in common
_MIN_SAID = 2  # words in common that a year after the same preposition needs
# Types of body, less a chamber: "Senate" ends "the Republican Senate candidate" too.
_HEADS = frozenset(h for h, kind in ORGANISATION_TYPES.items() if kind != "parliament")
# A body: capitalised words (initials, "&", "of" between them) ending in a type of body.
_BODY = re.compile(
    r"(?<![\w.])(?:[A-Z][\w.&'-]*\s+(?:(?:of|for|and|&)\s+)?){1,4}(?P<head>[A-Z][a-z]+)\b"
)


def _single(
    a_items: list[Mention],
    b_items: list[Mention],
    key: Callable[[Mention], Hashable | None],
    b_key: Callable[[Mention], Hashable | None] | None = None,
) -> list[tuple[Mention, Mention]]:
    """The pairs of a mention of A and one of B of a type (``key``; ``b_key`` for B's if
    another) each side has one value of, and no other."""
    pairs = []
    a_keys: dict[Hashable, list[Mention]] = {}
    b_keys: dict[Hashable, list[Mention]] = {}
    for items, keys, read in ((a_items, a_keys, key), (b_items, b_keys, b_key or key)):
        for item in items:
            k = read(item)
            if k is not None:
                keys.setdefault(k, []).append(item)
    for k, mine in a_keys.items():
        theirs = b_keys.get(k, [])
        if len({m.value for m in mine}) == 1 and len({m.value for m in theirs}) == 1:
            pairs.append((mine[0], theirs[0]))
    return pairs


# --- amounts ---


def _amount_key(passage: Passage, mention: Mention) -> tuple[str, str] | None:
    if mention.role in _NOT_AMOUNTS or mention.role.startswith("#"):
        return None
    return (currency_of(passage, mention), mention.role)


# Words giving a figure's scale: "$882 billion" / "$1.3 trillion" is no figure retyped.
_SCALE = re.compile(r"\b(thousand|million|billion|trillion)\b")


def _rescaled(a: Mention, b: Mention) -> bool:
    """Two figures of another scale and other digits: a copy retypes a figure's digits
    ("$4 million" / "$4 billion") or its scale, hardly both, so these are two estimates
    ("$882 billion in Medicare cuts" / "$1.3 trillion from health programs")."""
    x, y = _SCALE.search(a.text.lower()), _SCALE.search(b.text.lower())
    if x is None or y is None or x.group() == y.group():
        return False
    return a.text[: x.start()].strip() != b.text[: y.start()].strip()


def _amounts_differ(a: Mention, b: Mention) -> bool:
    if same_number(a, b) or _rescaled(a, b):
        return False
    x, y = magnitude(a.value), magnitude(b.value)
    if x is None or y is None:
        return False
    low, high = sorted((x, y))
    if not (a.text[:1].isdigit() and b.text[:1].isdigit()):
        return False  # "52 members" / "one member"
    if high >= _MAX_RATIO * low and not retyped_digit(a, b):
        return False  # "earned $139 million" / "paid $43 million"
    rough = any(m.context.before[:1] and m.context.before[0] in ROUGH_WORDS for m in (a, b))
    return not (rough and high - low <= 0.1 * high)


# How far apart two independent reports' figures of one thing may be, as a ratio: BASIL's
# true differences are within 1.14 ($5 / $5.7 billion), its one error 1.46 (60 / 41 votes).
_MAX_ESTIMATE_RATIO = 1.25


def _near_estimates(a: Mention, b: Mention) -> bool:
    spread = low_high(a, b)
    return spread is not None and spread[1] <= _MAX_ESTIMATE_RATIO * spread[0]


def changed_amounts(
    a: Passage,
    a_numbers: list[Mention],
    b: Passage,
    b_numbers: list[Mention],
    *,
    copy: bool = False,
) -> list[Discrepancy]:
    """Amounts of one unit, one a sentence, that differ ("$750 billion" / "$700 billion").
    Independent reports (not ``copy``) give figures of their own for one thing, near each
    other (an estimate, a count updated, rounded otherwise); two far apart are two things
    unless a word in common around them says they count one (``counts.same_count``): "a
    supermajority of 60 votes to overcome such a filibuster" / "he had the 41 votes
    necessary to filibuster" are the votes to end a filibuster and those to hold one."""
    pairs = _single(a_numbers, b_numbers, lambda m: _amount_key(a, m), lambda m: _amount_key(b, m))
    return [
        discrepancy("number", x, y)
        for x, y in pairs
        if _amounts_differ(x, y)
        and (copy or _near_estimates(x, y) or same_count(x, y))
        # a figure the other sentence states, of whatever, is not changed: "$50,000 bail" /
        # "$250,000 bail; Sato was released after posting bail of $50,000"
        and not any(same_value(x.value, m.value) for m in b_numbers)
        and not any(same_value(y.value, m.value) for m in a_numbers)
    ]


# Words after a sum read for the thing it is the sum of, past a word describing it ("the
# $447 billion jobs package" / "the full $467 billion package").
_SUM_OF = 2


def _sums(passage: Passage, numbers: list[Mention]) -> list[Mention]:
    return [m for m in numbers if currency_of(passage, m) and m.role not in _NOT_AMOUNTS - {"$"}]


def changed_sums(
    a: Passage, a_numbers: list[Mention], b: Passage, b_numbers: list[Mention]
) -> list[Discrepancy]:
    """In a copy, the one sum of money of each sentence, of one thing named within two words
    after both, that differ ("$467 billion package" / "$447 billion jobs package"):
    ``changed_amounts`` keys a figure by the word right after it, here "package" / "jobs".
    Read only for a copy and its source: independent reports price different things."""
    a_sums, b_sums = _sums(a, a_numbers), _sums(b, b_numbers)
    # a sum both sentences give is kept, and tells nothing of the other ("his $467 billion
    # plan ... taxable income above $1 million" / "$447 billion job-creation plan ...
    # taxable income of more than $1 million")
    a_sums, b_sums = (
        [x for x in a_sums if not any(same_value(x.value, y.value) for y in b_sums)],
        [y for y in b_sums if not any(same_value(y.value, x.value) for x in a_sums)],
    )
    if len(a_sums) != 1 or len(b_sums) != 1:
        return []
    x, y = a_sums[0], b_sums[0]
    things = set(x.context.after[:_SUM_OF]) & set(y.context.after[:_SUM_OF])
    if currency_of(a, x) != currency_of(b, y) or not things - EMPTY_WORDS:
        return []
    if not _amounts_differ(x, y):
        return []
    # a figure the other sentence states too was kept, not changed (``changed_amounts``)
    if any(same_value(x.value, m.value) for m in b_numbers) or any(
        same_value(y.value, m.value) for m in a_numbers
    ):
        return []
    return [discrepancy("number", x, y)]


# --- dates ---


def _parts(mention: Mention) -> dict[str, str]:
    return dict(part.split("=") for part in mention.value.split())


def _date_type(mention: Mention) -> str | None:
    """ "day" (a month's day, with or without its year), "month" (alone) or "year"."""
    parts = _parts(mention)
    if "day" in parts and "month" in parts:
        return "day"
    if parts.keys() == {"year"}:
        return "year"
    if parts.keys() == {"month"}:
        return "month"  # "decide by June" / "make up his mind by July"
    if parts.keys() == {"decade"}:
        return "decade"  # "in the 1980s" / "in the 1990's"
    return None


_WORD = re.compile(r"[A-Za-z][\w'-]*")


def _anchors(passage: Passage, mention: Mention) -> set[str]:
    """The words that say something among the few before a date, names left out ("grew
    Sunday" / "turned on Michael Steele on Friday" share no word)."""
    start = mention.span.start - passage.offset
    words = _WORD.findall(passage.text[max(0, start - 60) : start])[-_ANCHOR:]
    return {stem(w) for w in words if w.islower() and w not in _EMPTY}


def _same_phrase(
    a: tuple[Passage, Mention], b: tuple[Passage, Mention], kind: str, *, copy: bool = False
) -> bool:
    if _anchors(*a) & _anchors(*b):
        return True
    if copy and _dated_alike(a[1], b[1]):
        return True
    before, b_before = _placing(a[1], kind), _placing(b[1], kind)
    same = bool(before) and before == b_before
    if kind == "weekday" or not same or before[0] not in _TIME_PREPOSITIONS:
        return False
    if copy:
        # a copy's sentence aligned with its source's says what the source's says: the one
        # date of its type after the same preposition ("In the House since 1999" /
        # "has represented the district since 1997") is the one date, changed
        return True
    # in independent reports the preposition says little alone ("since 2010 by order of the
    # state" / "risen steadily since 2011"): the sentences must also say something alike
    return len(_said(a[0].text) & _said(b[0].text)) >= _MIN_SAID


def _placing(mention: Mention, kind: str) -> tuple[str, ...]:
    """The word before a date that may place it in its phrase; a decade is written with its
    article ("in the 1980s", "since the 1970s"), so the word before that."""
    before = mention.context.before
    if kind == "decade" and before[:1] == ("the",):
        before = before[1:]
    return before[:1]


_NEXT_TO = 2  # words on each side of a date that may name what it dates


def _dated_alike(a: Mention, b: Mention) -> bool:
    """A word that says something right next to both dates, before or after: the thing
    both date, as a copy reorders it ("a 2006 tape" / "a leaked tape from 2005").  Read
    for a copy only, and for the one date of its type in each sentence (``_single``)."""
    return bool(
        {stem(w) for w in a.context.near(_NEXT_TO)} & {stem(w) for w in b.context.near(_NEXT_TO)}
    )


def _said(text: str) -> set[str]:
    return {stem(w) for w in _WORD.findall(text) if w.islower() and w not in _EMPTY}


def changed_dates(
    a: Passage, a_dates: list[Mention], b: Passage, b_dates: list[Mention], *, copy: bool = False
) -> list[Discrepancy]:
    """Dates of one type, one a sentence, in the same phrase, that differ ("in 1997" / "in
    1999", "published Wednesday" / "published the story on Thursday").  ``copy``: one
    passage is taken from the other, so the same preposition places the dates alike."""
    found = []
    for x, y in _single(a_dates, b_dates, _date_type):
        kind = _date_type(x) or ""
        if not same_date(x, y) and _same_phrase((a, x), (b, y), kind, copy=copy):
            found.append(discrepancy("date", x, y))
    return found


# Words before a weekday that say nothing of what happened that day.
WEEKDAY_EMPTY = _EMPTY | frozenset("reported says told announced".split())


def weekday_anchors(mention: Mention, width: int) -> set[str]:
    """The words that say something among the ``width`` before a weekday, names kept: "The
    Guardian revealed on Tuesday" / "The Guardian reported Wednesday" share "Guardian"."""
    # an owner is its name: "BuzzFeed's report Thursday" / "the story BuzzFeed published"
    words = (strip_possessive(w) for w in mention.context.before[:width])
    return {stem(w) for w in words if w not in WEEKDAY_EMPTY}


# Parts of a day: "Wednesday night" and "Friday night" are two days, not one event.
_DAY_PARTS = frozenset("morning afternoon evening night".split())


def weekday_event(mention: Mention) -> set[str]:
    """The words that say something among the few after a weekday ("Sunday's Ames Straw
    Poll"): the event it is the day of."""
    after = mention.context.after[:_EVENT_WORDS]
    return {stem(w) for w in after if len(w) > 1 and w not in WEEKDAY_EMPTY | _DAY_PARTS}


_EVENT_WORDS = 3  # words after a weekday that name its event
_LONE_ANCHOR = 5  # words before the one weekday of each sentence looked at


def changed_weekdays(
    a: Passage, a_dates: list[Mention], b: Passage, b_dates: list[Mention]
) -> list[Discrepancy]:
    """Weekdays of A against the one weekday of B after a word in common ("name his
    running mate by Thursday" / "announce his running mate by Friday").  Read only for a
    copy and its source: in independent reports weekdays are the days each was told things."""
    found = []
    a_days = [x for x in a_dates if set(_parts(x)) == {"weekday"}]
    b_days = [y for y in b_dates if set(_parts(y)) == {"weekday"}]
    # the one weekday of each sentence may stand further from the verb they share, as a
    # rewrite adds words between ("signed it Wednesday" / "signed it into law on
    # Thursday"): no other weekday in either sentence to take that verb's day for
    lone = len(a_days) == len(b_days) == 1
    width = _LONE_ANCHOR if lone else _ANCHOR
    for x in a_days:
        if any(same_date(x, y) for y in b_days):
            continue
        anchors = weekday_anchors(x, width)
        partners = [y for y in b_days if anchors & weekday_anchors(y, width)]
        if not partners and lone:
            # the one weekday of each, the words it dates after it (``_dating_after``)
            partners = [y for y in b_days if _dating_after((a, x), (b, y))]
        if len(partners) != 1 or any(same_date(z, partners[0]) for z in a_days):
            continue
        if owns(a, x) != owns(b, partners[0]):
            # "Monday's meeting" dates the meeting, "called Friday" the calling: the
            # days of two things, not one day changed
            continue
        # what a weekday is of follows it: "ahead of Sunday's Ames Straw Poll" is the
        # source's "Saturday's Ames Straw Poll", not its "ahead of Thursday's debate"
        events = weekday_event(x)
        if not any(events & weekday_event(y) for y in b_days if y != partners[0]):
            found.append(discrepancy("date", x, partners[0]))
    return found or _other_day(a, a_days, b, b_days)


_MIN_AFTER = 2  # words in common after two weekdays that tie them to one event


def _words_after(mention: Mention) -> set[str]:
    """The words that say something among the few after a weekday."""
    after = (strip_possessive(w) for w in mention.context.after[:_LONE_ANCHOR])
    return {stem(w) for w in after if w not in WEEKDAY_EMPTY}


# A weekday opening its sentence ("On Tuesday, he told ..."): what it dates follows it.
_OPENING = re.compile(r"(?:^|[.!?]\s+)(?:[Oo]n\s+)?$")


# A day named by another ("a day after", "the day before", "yesterday"): a sentence that
# names one tells of two days, whichever its one weekday is.
RELATIVE_DAY = re.compile(
    r"\b(?:(?:a|the|one)\s+day\s+(?:after|before|earlier|later)|the\s+(?:day|night)\s+before"
    r"|the\s+(?:next|following|previous)\s+day|yesterday|tomorrow|earlier\s+in\s+the\s+day)\b",
    re.IGNORECASE,
)


def _opens(passage: Passage, mention: Mention) -> bool:
    return _OPENING.search(passage.text[: mention.span.start - passage.offset]) is not None


def _dating_after(a: tuple[Passage, Mention], b: tuple[Passage, Mention]) -> bool:
    """Two weekdays, the one of each sentence, that date one thing told after one or both:
    two words in common after both ("the vote coming on Tuesday, Labrador has little time"
    / "The election is Thursday -- leaving little time for Labrador"), or one after a
    weekday opening its sentence and before the other ("On Tuesday, he told Denver's
    KMGH-TV" / "told a local Denver TV station earlier on Wednesday")."""
    (a_passage, x), (b_passage, y) = a, b
    if RELATIVE_DAY.search(a_passage.text) or RELATIVE_DAY.search(b_passage.text):
        return False  # "said Friday ..., only a day after insisting": a sentence of two days
    if len(_words_after(x) & _words_after(y)) >= _MIN_AFTER:
        return True
    before_x, before_y = weekday_anchors(x, _LONE_ANCHOR), weekday_anchors(y, _LONE_ANCHOR)
    return bool(
        (_opens(a_passage, x) and _words_after(x) & before_y)
        or (_opens(b_passage, y) and _words_after(y) & before_x)
    )


def _other_day(
    a: Passage, a_days: list[Mention], b: Passage, b_days: list[Mention]
) -> list[Discrepancy]:
    """The one weekday of each sentence left besides the days both give ("a letter
    released Tuesday, before his visit on Wednesday" / "a letter released Tuesday, ahead
    of his visit on Thursday"): a day in common says the two tell one story by the same
    days, so the other day of it, given otherwise, is changed, however reworded around."""
    shared = [x for x in a_days if any(same_date(x, y) for y in b_days)]
    a_left = [x for x in a_days if not any(same_date(x, y) for y in b_days)]
    b_left = [y for y in b_days if not any(same_date(y, x) for x in a_days)]
    if not shared or len(a_left) != 1 or len(b_left) != 1:
        return []
    if owns(a, a_left[0]) != owns(b, b_left[0]):
        return []  # the days of two things (above)
    # the other day stands on the same side of the shared one in both: "paid by Monday"
    # after "released Saturday" and "found the cause on Friday" before it are two more
    # days of the story, each told by one sentence
    day = next(y for y in b_days if same_date(shared[0], y))
    a_before = a_left[0].span.start < shared[0].span.start
    b_before = b_left[0].span.start < day.span.start
    return [discrepancy("date", a_left[0], b_left[0])] if a_before == b_before else []


def owns(passage: Passage, mention: Mention) -> bool:
    """A weekday written as the owner of what follows it ("Monday's meeting")."""
    end = mention.span.end - passage.offset
    return re.match(r"['\u2019]s\b", passage.text[end:]) is not None


# --- bodies ---


def bodies(passage: Passage) -> list[Mention]:
    """The names of bodies in a passage: their words (lower case, without "the") as value,
    their type of body as role."""
    found = []
    for match in _BODY.finditer(passage.text):
        head = match.group("head").lower()
        if head not in _HEADS:
            continue
        if re.match(r"\s+o[fn]\b", passage.text[match.end() :]):
            # "The U.S. Department of the Treasury" (below), "the House Permanent Select
            # Committee on Intelligence": the name goes on
            continue
        if re.search(r"(?:-|[A-Z][\w.&'-]*\s+)$", passage.text[: match.start()]):
            # a name longer than the words read, cut inside a word ("Tax Assessor-
            # Collector's Office") or after a capitalised word: its start is not known
            continue
        raw = match.group().split()
        if not passage.text[: match.start()].strip() or re.search(
            r"[.!?:\"\u201c]\s*$", passage.text[: match.start()]
        ):
            raw = raw[1:]  # a sentence's first word: "Top Democrats", "As Senate Committee"
        words = [strip_possessive(w).lower().rstrip(".") for w in raw]
        words = [w for w in words if w != "the"]
        if len(words) < 2:
            continue
        start = match.end() - len(" ".join(raw))
        found.append(passage.mention(start, match.end(), " ".join(words), head))
    return found + _named_after_type(passage)


def _named_after_type(passage: Passage) -> list[Mention]:
    """Bodies named after their type ("the Department of Homeland Security"): so another
    of the type in the sentence ("the Treasury Department") is not the only one."""
    found = []
    for match in _NAMED_ON.finditer(passage.text):
        head = match.group("head").lower()
        if head in _HEADS:
            words = [*match.group("before").split(), head, "of", *match.group("name").split()]
            value = " ".join(w.lower() for w in words if w.lower() != "the")
            found.append(passage.mention(match.start(), match.end(), value, head))
    return found


# The rest of a body's name after its type: "Department of (the) Homeland Security".
_NAMED_ON = re.compile(
    r"(?<![\w.])(?P<before>(?:[A-Z][\w.&'-]*\s+){0,3})(?P<head>[A-Z][a-z]+)\s+of\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*)*)"
)


def _other_body(a: Mention, b: Mention) -> bool:
    x, y = set(a.value.split()) - FUNCTION_WORDS, set(b.value.split()) - FUNCTION_WORDS
    if x <= y or y <= x or aliases(a.value, b.value):
        return False
    a_own = " ".join(w for w in a.value.split() if w not in y)
    b_own = " ".join(w for w in b.value.split() if w not in x)
    if aliases(a_own, b_own) or aliases(a_own + ".", b_own) or aliases(a_own, b_own + "."):
        return False  # "U.S." / "United States Supreme Court"
    initials = {
        "".join(w[0] for w in v.split() if w not in FUNCTION_WORDS) for v in (a.value, b.value)
    }
    return not ({a.value.replace(".", ""), b.value.replace(".", "")} & initials)


def changed_bodies(a: Passage, b: Passage) -> list[Discrepancy]:
    """Bodies of one type, one a sentence, named differently ("Senate" / "House Judiciary
    Committee")."""
    pairs = _single(bodies(a), bodies(b), lambda m: m.role)
    # a name after its type ("the U.S. Department of the Treasury") is read to count the
    # bodies of its type, not set against one named before it ("the Treasury Department"):
    # its words come in another order.  Two names both after their type ("the Office of
    # Special Counsel" / "the Office of Government Ethics") are in one order, and compared.
    a_after = {m.span for m in _named_after_type(a)}
    b_after = {m.span for m in _named_after_type(b)}
    return [
        discrepancy("organisation", x, y)
        for x, y in pairs
        if _other_body(x, y) and (x.span in a_after) == (y.span in b_after)
    ]
