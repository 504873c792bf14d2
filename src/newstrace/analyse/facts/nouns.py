"""A figure and the noun it counts, past the words that describe the things counted.

"draws data from eight big U.S. internet companies" / "tracks information from nine
leading U.S. Internet companies": ``counts.py`` takes the word right after a figure for
what it counts ("big" / "leading"), so the two are of two things.  A reader skips the
describing words to the noun, the first word in the plural after the figure: both count
"companies".  When each of two sentences of a copy and its source counts that noun with
one figure alone, the two written alike (in words or in digits) and less than double each
other, the copy changed the count -- unless either figure is stated on the other side too:
a figure both sentences give was kept, so the noun reading paired two counts ("its nine
remaining games and the five it played" / "its remaining nine games ... the five games").
"""

from __future__ import annotations

import re

from newstrace.analyse.facts.counts import looks_plural, near_figures, read_number, same_number
from newstrace.analyse.facts.mentions import Mention, Passage, discrepancy
from newstrace.model import Discrepancy

_MAX_WORDS = 4  # describing words and the noun: "big U.S. internet companies"
_NEXT = re.compile(r"\s+([A-Za-z][\w.'-]*)")
# Plurals that name one thing counted: "six big U.S. Internet firms" / "nine leading U.S.
# Internet companies" (rw-77, rw-369, rw-732), read as one noun.
_ONE_NOUN = {"firms": "companies"}


def _noun(passage: Passage, number: Mention) -> str | None:
    """The plural noun a figure counts, within a few words after it, in lower case."""
    read = read_number(number.text)
    if read is None or read[1] or number.role in ("age", "percent", "tally", "$", "amount"):
        return None  # a rank, a share, a sum, a figure with a scale
    at = number.span.end - passage.offset
    for _ in range(_MAX_WORDS):
        match = _NEXT.match(passage.text, at)
        if match is None:
            return None
        word = match.group(1).rstrip(".")  # a sentence's full stop; "U.S." stays "U.S"
        if "." not in word and looks_plural(word):
            return _ONE_NOUN.get(word.lower(), word.lower())
        at = match.end()
    return None


def recounted_nouns(
    a: Passage, a_numbers: list[Mention], b: Passage, b_numbers: list[Mention]
) -> list[Discrepancy]:
    """Figures of A and B counting the same noun, one a side, that differ."""
    a_nouns: dict[str, list[Mention]] = {}
    b_nouns: dict[str, list[Mention]] = {}
    for passage, numbers, nouns in ((a, a_numbers, a_nouns), (b, b_numbers, b_nouns)):
        for number in numbers:
            noun = _noun(passage, number)
            if noun is not None:
                nouns.setdefault(noun, []).append(number)
    found = []
    for noun, mine in a_nouns.items():
        theirs = b_nouns.get(noun, [])
        if len(mine) == len(theirs) == 1:
            x, y = mine[0], theirs[0]
            if same_number(x, y) or not near_figures(x, y):
                continue
            # a figure the other sentence states too was kept, not changed: each side
            # holds both counts, and only one was read as counting the noun
            if any(same_number(x, n) for n in b_numbers) or any(
                same_number(n, y) for n in a_numbers
            ):
                continue
            found.append(discrepancy("number", x, y))
    return found


# What a figure counts, the noun named with a body's name before it or after it: "64 House
# seats" / "63 seats in the House".
_BODY_FIRST = re.compile(r"\s+(?P<body>[A-Z][a-z]+)\s+(?P<noun>[a-z]+)\b")
_BODY_AFTER = re.compile(r"\s+(?P<noun>[a-z]+)\s+(?:in|of)\s+the\s+(?P<body>[A-Z][a-z]+)\b")


def _counted_of_body(passage: Passage, number: Mention) -> tuple[str, str, bool] | None:
    """The body and the plural noun a figure counts, named in either order, and whether
    the body comes first."""
    at = number.span.end - passage.offset
    for pattern, first in ((_BODY_FIRST, True), (_BODY_AFTER, False)):
        match = pattern.match(passage.text, at)
        if match is not None and looks_plural(match["noun"]):
            return match["body"].lower(), match["noun"], first
    return None


def _of_bodies(
    passage: Passage, numbers: list[Mention]
) -> list[tuple[Mention, tuple[str, str, bool]]]:
    """The figures of a passage counting a body's things, with what they count."""
    read = ((n, _counted_of_body(passage, n)) for n in numbers)
    return [(n, counted) for n, counted in read if counted is not None]


def reordered_counts(
    a: Passage, a_numbers: list[Mention], b: Passage, b_numbers: list[Mention]
) -> list[Discrepancy]:
    """The one figure of each sentence counting a noun of one body, the two written in
    another order, that differ ("won 64 House seats" / "picked up 63 seats in the
    House"): ``counts.py`` reads "House" and "seats" for what each counts.  The body and the
    noun together name the thing counted, so independent reports are read too."""
    mine = _of_bodies(a, a_numbers)
    theirs = _of_bodies(b, b_numbers)
    if len(mine) != 1 or len(theirs) != 1:
        return []
    (x, (x_body, x_noun, x_first)), (y, (y_body, y_noun, y_first)) = mine[0], theirs[0]
    if (x_body, x_noun) != (y_body, y_noun) or x_first == y_first:
        return []  # written in one order, the figures are ``counts.py``'s
    if same_number(x, y) or not near_figures(x, y):
        return []
    if any(same_number(x, n) for n in b_numbers) or any(same_number(n, y) for n in a_numbers):
        return []  # a figure both sentences give was kept (``recounted_nouns``)
    return [discrepancy("number", x, y)]


# A count given by its order of size ("dozens of", "hundreds of thousands of"), and what it
# counts, the word after its last "of".
_ROUGH_COUNT = re.compile(
    r"\b(?P<count>(?:(?:tens|hundreds)\s+of\s+)?(?:dozens|scores|hundreds|thousands|millions"
    r"|billions))\s+of\s+(?:the\s+)?(?P<noun>[a-z]+)",
    re.IGNORECASE,
)


def _rough_counts(passage: Passage) -> list[re.Match[str]]:
    return list(_ROUGH_COUNT.finditer(passage.text))


def recounted_roughly(a: Passage, b: Passage) -> list[Discrepancy]:
    """The one count by order of size of each sentence of a copy, of the same noun, given as
    another order ("hundreds of politicians" / "dozens of politicians"): no figure to read,
    but the size is the fact the copy changed."""
    mine, theirs = _rough_counts(a), _rough_counts(b)
    if len(mine) != 1 or len(theirs) != 1:
        return []
    x, y = mine[0], theirs[0]
    counts = [" ".join(m["count"].lower().split()) for m in (x, y)]
    if x["noun"].lower() != y["noun"].lower() or counts[0] == counts[1]:
        return []
    return [discrepancy("number", _mention(a, x), _mention(b, y))]


def _mention(passage: Passage, match: re.Match[str]) -> Mention:
    return passage.mention(match.start("count"), match.end("count"), match["count"].lower())
