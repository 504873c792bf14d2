"""Numbers of a passage, in digits or in words, each with what it counts.

Words are read by ``number-parser`` (``parse_number``/``parse_ordinal``: "twenty-three" is
23, "forty-sixth" 46), a small pure-Python package chosen over ``word2number``, which has
not been released since 2017 and reads no ordinals.
"""

from __future__ import annotations

import re
from functools import lru_cache

from number_parser import parse_number, parse_ordinal

from newstrace.analyse.facts.context import Context, next_to_the_same_word, shared_words
from newstrace.analyse.facts.mentions import Mention, Passage
from newstrace.analyse.facts.words import EMPTY_WORDS, FUNCTION_WORDS, ROUGH_WORDS
from newstrace.model import Span

# Number words as regular-expression fragments (also ``copied.py``'s death tolls).
UNITS = r"one|two|three|four|five|six|seven|eight|nine"
TEENS = r"(?:thir|four|fif|six|seven|eigh|nine)teen"
TENS = r"(?:twen|thir|for|fif|six|seven|eigh|nine)ty"
_CARDINAL = (
    rf"zero|{UNITS}|ten|eleven|twelve|{TEENS}|{TENS}|hundred|thousand|million|billion|trillion"
)
_ORDINAL = (
    r"first|second|third|fifth|eighth|ninth|twelfth"
    r"|(?:four|six|seven|ten|eleven|hundred|thousand|million|billion"
    r"|(?:thir|four|fif|six|seven|eigh|nine)teen)th"
    r"|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth"
)
_WORD = rf"(?:{_ORDINAL}|{_CARDINAL})"
_NUMBER = re.compile(
    # A vote or a score ("passed 234-197", "a 134-to-63 vote", "beat him 134 to 53,") is
    # one fact, not two numbers; "to" between spaces only before a clause ends, as "5 to
    # 10 years" is a range.
    r"(?P<tally>(?<![\w.,-])\d{1,4}(?:-|-to-)\d{1,4}(?![\w-])"
    r"|(?<![\w.,-])\d{1,4}\s+to\s+\d{1,4}(?=\s*[,.;:)]|\s*$))"
    r"|(?P<time>\b\d{1,2}:\d\d\b)"
    r"|(?P<digits>(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?P<suffix>st|nd|rd|th)?\b(?P<pct>%)?"
    # the scale is part of the figure: "$4 million" is not "$4 billion"
    r"(?:\s+(?P<scale>thousand|million|billion|trillion)\b)?"
    # a count in dozens: "a dozen" is 12, "two dozen" 24, "half a dozen" 6 ("dozens" none);
    # "a half-dozen" / "a half dozen" is "half a dozen" written the other way round
    rf"|(?P<dozen>\b(?:(?:an?\s+)?half[\s-]+|(?:half\s+a|an?|{_CARDINAL})\s+)dozen\b)"
    # "and" inside a number in words follows its hundreds or thousands ("Five hundred and
    # eighty-four"), never joins two numbers ("two and three")
    rf"|(?P<words>\b{_WORD}(?:(?:-|\s+|(?:(?<=hundred)|(?<=thousand))\s+and\s+){_WORD})*\b)",
    re.IGNORECASE,
)
_TALLY_JOIN = re.compile(r"\s*(?:-to-|\bto\b|-)\s*")
_SCALES = frozenset({"hundred", "thousand", "million", "billion", "trillion"})
_YEAR = re.compile(r"(?:19|20)\d\d")
_PERCENT = re.compile(r"\s*-?\s*(?:per\s*cent|percent)\b", re.IGNORECASE)
# An age: "a 33-year-old", "45 years old", "aged 45", "Seth Hutchinson, 31,".
_AGE_AFTER = re.compile(r"[\s-]+years?[\s-]+old\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"(?:\baged\s+|(?:[A-Z][a-z']+|[JS]r\.|I{2,3}),\s+)$")
# The word after a figure; initials with their full stops ("F.B.I. agents") are one word,
# the one written "FBI", or "40 F.B.I. agents" would count "f" and "60 FBI agents" "fbi".
_NEXT_WORD = re.compile(r"[\s-]+((?:[A-Za-z]\.){2,}|[A-Za-z]+)")
_CURRENCY = re.compile(r"[$\u00a3\u20ac]$")
# Words between a number and what it counts that leave the count's subject as it is: an
# approximation ("the 50 or so members", "40-odd") or an increment ("40,000 additional
# troops" / "30,000 more troops").  What is counted is the word after them.
_BETWEEN = re.compile(
    r"(?:[\s-]+(?:or\s+so|or\s+more|or\s+fewer|odd|additional|more|extra|further|fewer|new))+"
    r"(?=[\s-]+[A-Za-z])",
    re.IGNORECASE,
)

# A word in quotation marks between a figure and what it counts qualifies the count: "60
# “yea” votes" are votes.
_QUOTED_WORD = re.compile(r"\s+[\"\u201c'][A-Za-z-]+[\"\u201d'](?=\s+[A-Za-z])")


# Prepositions opening what follows a figure, not naming what it counts: "misused
# $250,000 after a two-year inquiry" is a sum of what no word says, as "$250,000." is.
_PREPOSITIONS = frozenset("after before during since until despite through into across".split())


def _counted(text: str, number: re.Match[str]) -> str:
    """What a number counts: the word after it, singular ("7 people", "a 22-year veteran")."""
    if number.group("tally"):
        return "tally"
    end = number.end()
    if _AGE_AFTER.match(text, end):
        return "age"
    if _AGE_BEFORE.search(text, 0, number.start()) and text[end : end + 1] == ",":
        return "age"
    if number.group("pct") or _PERCENT.match(text, end):
        return "percent"
    # a figure with a scale is an amount, whatever follows it ("$4 million in funds"); a
    # sum of money with none is one too, of a thing no word after it says ("to pay
    # $88,000 for")
    money = "$" if _CURRENCY.search(text, 0, number.start()) else ""
    scaled = "amount" if number.group("scale") else money
    between = _BETWEEN.match(text, end)
    start = between.end() if between else end
    quoted = _QUOTED_WORD.match(text, start)
    following = _NEXT_WORD.match(text, quoted.end() if quoted else start)
    if following is None:
        return scaled
    word = following.group(1).lower().replace(".", "")
    if word in FUNCTION_WORDS or word in _PREPOSITIONS:
        return scaled  # "one of the", "23 states and": nothing says what is counted
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _value(match: re.Match[str]) -> tuple[str, bool] | None:
    """The number's value and whether it is an ordinal; None for a time or a year."""
    if match.group("tally"):
        return _TALLY_JOIN.sub("-", match.group("tally")), False
    digits = match.group("digits")
    if digits is not None:
        plain = digits.replace(",", "")
        # "2,000" is a count: a year is never written with a thousands comma
        year = _YEAR.fullmatch(digits) is not None
        if year and not match.group("suffix") and not match.group("pct"):
            return None  # a year: dates.py compares it
        scale = match.group("scale")
        return (f"{plain} {scale.lower()}" if scale else plain), bool(match.group("suffix"))
    if match.group("dozen"):
        return _dozens(match.group("dozen").lower().replace("-", " ").split()[:-1])
    words = match.group("words")
    if words is None or words.lower() in _SCALES:
        return None  # "million" of "$1.5 million" belongs to the figure before it
    return _read_words(words.lower())


_DOZEN = 12


def _dozens(words: list[str]) -> tuple[str, bool] | None:
    """The count of "a dozen" (``words``: what stands before "dozen"), "two dozen", "half a
    dozen", "a half-dozen"."""
    if "half" in words:
        return str(_DOZEN // 2), False
    if words[0] in ("a", "an"):
        return str(_DOZEN), False
    read = _read_words(words[0])
    if read is None or "." in read[0]:
        return None
    return str(int(read[0]) * _DOZEN), False


@lru_cache(maxsize=4096)
def _read_words(words: str) -> tuple[str, bool] | None:
    """A number in words (cached: number-parser loads its word tables on every call)."""
    cardinal = parse_number(words, language="en")
    if cardinal is not None:
        return str(cardinal), False
    ordinal = parse_ordinal(words, language="en")
    return (str(ordinal), True) if ordinal is not None else None


_WORD_NUMBER = re.compile(rf"{_WORD}(?:-{_WORD})*", re.IGNORECASE)


def read_number(word: str) -> tuple[str, bool] | None:
    """One word's number and whether it is an ordinal: "48", "225,000", "1.5", "13th",
    "six", "forty-sixth"; None for any other word."""
    plain = word.replace(",", "")
    digits = re.fullmatch(r"(\d+(?:\.\d+)?)(st|nd|rd|th)?", plain)
    if digits is not None:
        return digits.group(1), digits.group(2) is not None
    if not _WORD_NUMBER.fullmatch(word) or word.lower() in _SCALES:
        return None
    return _read_words(word.lower())


# Capitalised words whose number names a text, a route or a flight ("Ordinance 24-117",
# "Section 8", "Flight 93"): the figure is a label, no count or tally.
_LABELS = re.compile(
    r"\b(?P<label>Ordinance|Resolution|Proposition|Section|Article|Chapter|Flight|Route"
    r"|Highway|Interstate)\s+$"
)


# A span of time numbered by the figure after it: "on day 36 of the shutdown" is its 36th
# day, as "the 35th day" is its 35th; nothing counted after the figure.
_NUMBERED_SPAN = re.compile(r"\b(?P<span>[Dd]ay|[Ww]eek)\s+$")


def _numbered(mention: Mention) -> bool:
    """Whether ``mention`` numbers a span written before it ("day 36")."""
    return mention.role.startswith("#") and mention.context.before[:1] == (mention.role[1:],)


def numbers(passage: Passage, taken: list[Span]) -> list[Mention]:
    """The numbers of a passage, except those inside ``taken`` spans (a date's day); the
    role of a number is what it counts ("" when no word says), or the label it is the
    number of ("ordinance no."): a label is set against the same label's number alone."""
    found = []
    for match in _NUMBER.finditer(passage.text):
        span = passage.span(match.start(), match.end())
        value = _value(match)
        if value is None or any(span.start < t.end and t.start < span.end for t in taken):
            continue
        number, ordinal = value
        label = _LABELS.search(passage.text, max(0, match.start() - 20), match.start())
        counted = f"{label['label'].lower()} no." if label else _counted(passage.text, match)
        numbered = _NUMBERED_SPAN.search(passage.text, max(0, match.start() - 20), match.start())
        if numbered and not ordinal and not counted:  # "day 36": the 36th day
            ordinal, counted = True, numbered.group("span").lower()
        role = "#" + counted if ordinal and counted else counted
        found.append(passage.mention(match.start(), match.end(), number, role))
    return found


def _significant(value: str) -> int:
    return len(value.replace(".", "").lstrip("0"))


def same_number(a: Mention, b: Mention) -> bool:
    """One number, or one rounded from the other ("35.72"/"35.7", "35.7"/"36", "a dozen" /
    "13"), or one within the other's bound ("more than 5,000" / "5,200")."""
    return (
        same_value(a.value, b.value)
        or within_bound(a, b)
        or within_bound(b, a)
        or _about_as_many(a, b)
        or _hedged_round(a, b)
        or _hedged_round(b, a)
    )


_ROUGHLY = 0.1  # how far from a count in dozens a figure it rounds may be, as a share


def _about_as_many(a: Mention, b: Mention) -> bool:
    """A count in dozens is round: "a dozen Russian officers" holds the "13" or "12"
    officers the story counts exactly, "two dozen" holds 25; "two dozen" and "a dozen" are
    two counts."""
    if ("dozen" in a.text.lower()) == ("dozen" in b.text.lower()):
        return False
    x, y = magnitude(a.value), magnitude(b.value)
    return x is not None and y is not None and abs(x - y) <= _ROUGHLY * max(x, y)


# Hedges that round a figure (a part of ``ROUGH_WORDS``), by the side of it they leave the
# exact figure: "nearly 60 miles" is 58 miles or so, just under; "about 60" either side of
# it, as far as a count in dozens reaches (``_ROUGHLY``).
_ROUNDING_HEDGES = {
    "nearly": -1,
    "almost": -1,
    "about": 0,
    "around": 0,
    "roughly": 0,
    "approximately": 0,
}


def _round(value: str) -> bool:
    """A figure of one significant digit, or of two ending in 5: "60", "250", "1.5 million"."""
    digits = value.partition(" ")[0].replace(".", "").strip("0")
    return len(digits) <= 1 or (len(digits) == 2 and digits[-1] == "5")


def _hedged_round(hedged: Mention, exact: Mention) -> bool:
    """A round figure hedged ("nearly 60 miles", "about 250 people") holds the exact figure
    it rounds ("58 miles away", "246 people"): a writer who rounds a figure and says so
    changes no fact a reader would report.  Only within a tenth of it, on the side the
    hedge leaves ("nearly 60" is not 63), and against a figure stated as exact: "more
    than 300" / "more than 200" are two bounds, and changed."""
    way = _ROUNDING_HEDGES.get(hedged.context.before[0]) if hedged.context.before else None
    if way is None or not _round(hedged.value):
        return False
    if exact.context.before[:1] and (
        exact.context.before[0] in ROUGH_WORDS or _bound(tuple(exact.context.before[:2]))
    ):
        return False
    x, y = magnitude(hedged.value), magnitude(exact.value)
    if x is None or y is None or not x:
        return False
    if way < 0 and y > x:
        return False
    return abs(x - y) <= _ROUGHLY * x


# Words before a figure that make it a bound: (nearest word, the one before it) -> sign.
_BOUNDS: dict[tuple[str, ...], int] = {
    ("than", "more"): 1,
    ("than", "greater"): 1,
    ("least", "at"): 1,
    ("than", "less"): -1,
    ("than", "fewer"): -1,
    ("most", "at"): -1,
    ("to", "up"): -1,
    # "upward of $80 million" is "more than $80 million": a bound of its own, so against
    # "more than $60 million" another bound, not a value the latter holds
    ("of", "upward"): 1,
    ("of", "upwards"): 1,
}
# One word that makes a figure a bound: "over 60 agents" is "more than 60 agents", and set
# against "more than 40" is a bound of its own, another one, not a value "more than 40" holds.
_ONE_WORD_BOUNDS: dict[tuple[str, ...], int] = {("over",): 1, ("under",): -1}


# "past" before a figure passed ("runs past 400 pages", "climbed past 1,000") is "more
# than", a bound of its own as "over" is; after a determiner it opens a span of time ("the
# past 10 years"), no bound.
_SPAN_OPENERS = frozenset("the this these those its his her their our".split())


def _bound(before: tuple[str, ...]) -> int:
    """The sign of the bound the words ``before`` a figure (nearest first) make it, or 0."""
    if before[:1] == ("past",) and before[1:2] and before[1] not in _SPAN_OPENERS:
        return 1
    return _BOUNDS.get(before, 0) or _ONE_WORD_BOUNDS.get(before[:1], 0)


def within_bound(bound: Mention, other: Mention) -> bool:
    """``other`` agrees with the bound ``bound`` states: "more than 5,000" holds 5,200."""
    before, other_before = tuple(bound.context.before[:2]), tuple(other.context.before[:2])
    return holds(before, bound.value, other.value, other_before)


def holds(before: tuple[str, ...], bound: str, value: str, value_before: tuple[str, ...]) -> bool:
    """``value`` within ``bound`` when the words ``before`` it (nearest first) make it one
    ("than", "more") and the value is none ("more than 14,000" / "more than 41,000" is a
    change)."""
    sign = _bound(before)
    if _bound(value_before):
        return False
    x, y = magnitude(bound), magnitude(value)
    if not sign or x is None or y is None:
        return False
    return (y - x) * sign >= 0


_SCALE_SIZES = {"": 1, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}


def magnitude(value: str) -> float | None:
    """A value's size: "4 million" is 4000000.0; None for a tally ("234-197")."""
    figure, _, scale = value.partition(" ")
    try:
        return float(figure) * _SCALE_SIZES[scale]
    except (ValueError, KeyError):
        return None


# A changed figure is near the one it replaced; further apart they count two things.
_MAX_RATIO = 2.0


def low_high(a: Mention, b: Mention) -> tuple[float, float] | None:
    """The two figures' magnitudes, the smaller first (None when one is no figure): what
    every "how far apart" rule compares."""
    x, y = magnitude(a.value), magnitude(b.value)
    if x is None or y is None:
        return None
    return (x, y) if x <= y else (y, x)


def near_figures(a: Mention, b: Mention) -> bool:
    """Two figures that may be one changed: written alike (both in digits or both in
    words) and less than double each other, or one digit of a scaled figure retyped
    (``retyped_digit``)."""
    spread = low_high(a, b)
    if spread is None or a.text[:1].isdigit() != b.text[:1].isdigit():
        return False  # "52 members" / "one member": written otherwise, counted otherwise
    low, high = spread
    return low > 0 and (high < _MAX_RATIO * low or retyped_digit(a, b))


def retyped_digit(a: Mention, b: Mention) -> bool:
    """Two figures of one scale word that differ in one digit alone ("$1 million" / "$2
    million", "4.5 billion" / "4.8 billion"): the commonest change of a sum, however far
    apart the two are as a ratio.  A figure without a scale word is left to the ratio:
    "3 votes" / "8 votes" may well count two things."""
    a_figure, _, a_scale = a.value.partition(" ")
    b_figure, _, b_scale = b.value.partition(" ")
    if not a_scale or a_scale != b_scale or len(a_figure) != len(b_figure):
        return False
    if not (a_figure.replace(".", "").isdigit() and b_figure.replace(".", "").isdigit()):
        return False
    return sum(x != y for x, y in zip(a_figure, b_figure, strict=True)) == 1


def currency_of(passage: Passage, mention: Mention) -> str:
    """The currency sign right before a figure of ``passage``, or ""."""
    start = mention.span.start - passage.offset
    before = passage.text[start - 1 : start] if start else ""
    return before if _CURRENCY.search(before) else ""


def same_value(a: str, b: str) -> bool:
    """``same_number`` of two values as written in digits ("35.72", "36", "1.5 million")."""
    if a == b:
        return True
    a_figure, _, a_scale = a.partition(" ")
    b_figure, _, b_scale = b.partition(" ")
    if a_scale != b_scale:
        # "1.5 million" / "1,500,000"; "43.9 million" rounds "43,885,310"
        return magnitude(a) == magnitude(b) is not None or _rounds(a, b) or _rounds(b, a)
    a, b = a_figure, b_figure
    try:
        x, y = float(a), float(b)
    except ValueError:
        return False  # a tally ("234-197")
    rough = min((a, b), key=lambda v: len(v.partition(".")[2]))
    places = len(rough.partition(".")[2])
    return _significant(rough) >= 2 and round(x, places) == round(y, places)


def _rounds(rough: str, exact: str) -> bool:
    """A figure with a scale, of two significant digits or more, rounding the other to its
    last digit: "43.9 million" is "43,885,310" rounded to a tenth of a million."""
    figure, _, scale = rough.partition(" ")
    x, y = magnitude(rough), magnitude(exact)
    if not scale or x is None or y is None or _significant(figure) < 2:
        return False
    unit = _SCALE_SIZES[scale] / 10.0 ** len(figure.partition(".")[2])
    return abs(x - y) <= unit / 2


def same_count(a: Mention, b: Mention) -> bool:
    """Two numbers of the same thing, written alike: "all 41 Senate Republicans" / "all 42
    Senate Republicans" -- the same thing counted and another word around them in common.
    An ordinal keeps the word before it ("the 13th day" / "the 14th day", not "the second
    black senator" / "Massachusetts' first black senator")."""
    if not a.role and not b.role:
        return _same_lead(a, b)
    if not a.role or a.role != b.role:
        return False  # nothing says what is counted ("one of the", "35.72, and")
    if _written_apart(a, b):
        return False
    if a.role == "tally":
        return True
    if a.role == "$":  # a sum of what no word says: the same deed right before it
        return next_to_the_same_word(a.context, b.context) or _same_bounded_deed(a, b)
    # ... but a span numbered after its name ("day 36") has the name before the figure
    numbered = _numbered(a) or _numbered(b)
    if a.role.startswith("#") and a.context.before[:1] != b.context.before[:1] and not numbered:
        return False
    # the word after a number (mostly what it counts) is common to both by construction
    a_around = Context(a.context.before, a.context.after[1:])
    b_around = Context(b.context.before, b.context.after[1:])
    return bool(shared_words(a_around, b_around, 3))


def _written_apart(a: Mention, b: Mention) -> bool:
    """One figure in digits, the other in words, and more than twice the other: "the 33
    races" / "three races in particular" count two things.  A copy that writes a count in
    words as digits keeps it near ("30 minutes" / "Fifteen minutes", "594 days" / "Five
    hundred and eighty-four days"); "three" retyped as "33" is no retyping."""
    if a.text[:1].isdigit() == b.text[:1].isdigit():
        return False
    spread = low_high(a, b)
    return spread is not None and spread[1] > _MAX_RATIO * spread[0]


# Words bounding a sum between it and its deed ("misused more than $250,000", "raised
# just over $200,000").
_SUM_BOUNDS = ROUGH_WORDS | frozenset("more less than at least most up to just only".split())


def _bounded_deed(context: Context) -> tuple[str, ...]:
    """The words before a sum up to its deed, when only bounds stand between them."""
    for n, word in enumerate(context.before):
        if word not in _SUM_BOUNDS:
            return context.before[: n + 1] if n and word not in EMPTY_WORDS else ()
    return ()


def _same_bounded_deed(a: Mention, b: Mention) -> bool:
    """Two sums after the same bound and the same deed ("misused more than $225,000" /
    "misused more than $250,000"): the bound says nothing of what is paid, so the deed
    before it is the word right before the sum, as for a sum with none."""
    deed = _bounded_deed(a.context)
    return bool(deed) and deed == _bounded_deed(b.context)


_LEAD = 2  # words saying something, before two figures of what no word says, in common


def _same_lead(a: Mention, b: Mention) -> bool:
    """Two figures of what no word after them says, led by the same words: "the State
    Department released some 2,000 of her emails" / "released about 3,000 of Ms. Abedin's"
    (the nearest word that says something the same, and another besides)."""
    a_lead = [w for w in a.context.before if w not in EMPTY_WORDS and w not in ROUGH_WORDS]
    b_lead = [w for w in b.context.before if w not in EMPTY_WORDS and w not in ROUGH_WORDS]
    if not a_lead or not b_lead or a_lead[0] != b_lead[0]:
        return False
    return len(set(a_lead) & set(b_lead)) >= _LEAD


# Plurals without an "s" that figures count most ("five women", "three children").
_IRREGULAR_PLURALS = frozenset("men women children people".split())


def looks_plural(word: str) -> bool:
    """Whether a lower-case word reads as the plural noun a figure counts ("members",
    "women").  "-ous" ends an adjective ("four previous occasions" counts "occasions"),
    "'s" an owner."""
    if word in _IRREGULAR_PLURALS:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "'s", "ous"))


# A count of the rest of a set once some of it is named: "the other two beaches" after one of
# "all three", "the remaining five", "the two other candidates".  The article makes it the
# rest of a set told of; without it, "53 others were wounded" beside "50 people killed"
# counts other people, a count of its own.
_REST_BEFORE = re.compile(r"\bthe\s+(?:other|remaining)\s+$", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_REST_AFTER = re.compile(r"\s+(?:other|remaining)\b", re.IGNORECASE)


def counts_the_rest(text: str, span: Span) -> bool:
    """Whether the figure at ``span`` of ``text`` counts the rest of a set ("the other two",
    "the two remaining"): a count of what is left once some are named, not of the whole
    set, so set against a count of the whole it changes nothing."""
    start = max(0, span.start - 20)
    if _REST_BEFORE.search(text, start, span.start):
        return True
    return bool(_THE_BEFORE.search(text, start, span.start) and _REST_AFTER.match(text, span.end))


# Figures listed before one plural noun they name: "the 300 and 400 blocks of Canal
# Street", "the fifth, sixth and seventh grades".  Each figure names one of the things, as
# a street number names its block: the things are counted by the list's length.
_FIGURE = rf"(?:\d[\d,]*(?:st|nd|rd|th)?|{_WORD}(?:-{_WORD})*)"
_LISTED = re.compile(
    rf"(?<![\w.,-])(?P<figures>{_FIGURE}(?:,\s+{_FIGURE})*,?\s+(?:and|or|&)\s+{_FIGURE})"
    r"\s+(?P<noun>[A-Za-z]+)\b",
    re.IGNORECASE,
)
_LIST_SEPARATOR = re.compile(r",?\s+(?:and|or|&)\s+|,\s+")
_COUNTED_NOUN = re.compile(r"\s+(?P<noun>[A-Za-z]+)\b")


def _singular(noun: str) -> str:
    return noun.lower().removesuffix("s")


def counts_a_list(count_text: str, count: Span, listed_text: str, listed: Span) -> bool:
    """Whether the figure at ``count`` of ``count_text`` counts the figures listed with the
    one at ``listed`` of ``listed_text`` before the noun it counts: "two blocks of Canal
    Street" for "the 300 and 400 blocks of Canal Street" names two blocks, as the source
    does, by how many are listed (pr-322); no figure changed.  The count's noun must be the
    list's, and the count the list's length."""
    value = read_number(count_text[count.start : count.end])
    counted = _COUNTED_NOUN.match(count_text, count.end)
    if value is None or value[1] or counted is None:
        return False
    start = max(0, listed.start - 80)
    for match in _LISTED.finditer(listed_text, start, min(len(listed_text), listed.end + 40)):
        if not match.start("figures") <= listed.start < listed.end <= match.end("figures"):
            continue
        figures = _LIST_SEPARATOR.split(match.group("figures"))
        if any(read_number(figure) is None for figure in figures):
            return False
        return _singular(match.group("noun")) == _singular(counted.group("noun")) and value[
            0
        ] == str(len(figures))
    return False
