"""A figure replaced among figures two aligned sentences give alike, in the same order.

"a yearly cap of 50,000 applicants and just 10,000 grants" / "cap ... at 50,000 and limit
... to 15,000", "killing 50 people and wounding 58" / "with 50 people killed and 53
wounded", "at 17 percent, behind Mitt Romney's 24 percent" / "at 17 percent (Mitt Romney
leads the pack at 21 percent)".  A paraphrase rewords what a figure counts ("grants" /
nothing; "wounding 58" / "53 wounded"), so ``counts.py`` cannot tie the two; but the
figures both sentences state, in the same order, show the sentences give one series of
figures, and a figure of A standing alone where B has one other figure, between the same
agreed figures, is that figure changed.

Narrow on purpose: at least one figure agreed, exactly one figure on each side in the
gap, the two written alike (digits or words), of one currency, near each other (a
changed figure is not twice the one it replaced), neither a rank, a tally or an age, and
what they count the same when both sentences say it; and only between a copy and its
source (``entities.py``): independent reports give figures of their own ("520,000
arrests last year" / "400,000 in the last fiscal year", each against "1.6 million in
2000"), which are no change made to a text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from difflib import SequenceMatcher

from newstrace.analyse.facts.counts import currency_of, near_figures, read_number, same_number
from newstrace.analyse.facts.mentions import Mention, Passage, discrepancy
from newstrace.model import Discrepancy

# What a figure counts that makes it no figure of a series: a vote, an age (their own
# rules read them).
_OWN_RULES = frozenset({"tally", "age"})


def _ordinal(mention: Mention) -> bool:
    """A rank ("second place", "2nd"): ``counts.py`` compares ranks by the word before."""
    read = read_number(mention.text.split()[0])
    return mention.role.startswith("#") or (read is not None and read[1])


def _figures(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.role not in _OWN_RULES and not _ordinal(m)]


def _alike(a: tuple[Passage, Mention], b: tuple[Passage, Mention]) -> bool:
    """Two figures that may be one changed: written alike, of one currency and unit, near."""
    x, y = a[1], b[1]
    if same_number(x, y) or not near_figures(x, y):
        return False
    if currency_of(*a) != currency_of(*b):
        return False
    # what is counted, when both say it, is the same ("grants" / nothing is fine)
    if x.role and y.role and x.role != y.role:
        return False
    # "17 percent" is no count of what "17" alone counts
    return not ("percent" in (x.role, y.role) and x.role != y.role)


# A year is a figure of a series too: "twice, in 1882 and 1917" / "in 1882, when ... and
# in 1915, when" gives two years in one order, the first agreed.  ``dates.py`` reads a
# year of 1900 or later as a date, an earlier one as a number: both are read here.
_YEAR = "year"


def _years(dates: Sequence[Mention]) -> list[Mention]:
    """The dates that are a year alone, as figures ("year=1917" -> "1917")."""
    return [
        replace(m, value=m.value.removeprefix("year="), role=_YEAR)
        for m in dates
        if m.value.startswith("year=") and " " not in m.value
    ]


def replaced_figures(
    a: Passage,
    a_numbers: list[Mention],
    b: Passage,
    b_numbers: list[Mention],
    a_dates: Sequence[Mention] = (),
    b_dates: Sequence[Mention] = (),
) -> list[Discrepancy]:
    """Figures of A that stand, among figures B gives alike in the same order, where B has
    another one ("50 ... 10,000" / "50 ... 15,000"); the years among ``a_dates`` and
    ``b_dates`` are figures too."""

    def ordered(numbers: list[Mention], dates: Sequence[Mention]) -> list[Mention]:
        return sorted([*_figures(numbers), *_years(dates)], key=lambda m: m.span.start)

    xs, ys = ordered(a_numbers, a_dates), ordered(b_numbers, b_dates)
    matcher = SequenceMatcher(None, [m.value for m in xs], [m.value for m in ys], autojunk=False)
    blocks = matcher.get_opcodes()
    if not any(tag == "equal" for tag, *_ in blocks):
        return []  # no figure in common: nothing shows the two give one series
    found = []
    for tag, i1, i2, j1, j2 in blocks:
        if tag != "replace" or i2 - i1 != 1 or j2 - j1 != 1:
            continue
        x, y = xs[i1], ys[j1]
        if (x.role == _YEAR) != (y.role == _YEAR):
            continue  # a year and a count are two things
        if x.role == _YEAR:
            # a year for another of its series: the year the text gives, as written
            if x.value != y.value and near_figures(x, y):
                found.append(discrepancy("date", x, y))
        elif _alike((a, x), (b, y)):
            found.append(discrepancy("number", x, y))
    return found
