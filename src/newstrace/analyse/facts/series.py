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


def replaced_figures(
    a: Passage, a_numbers: list[Mention], b: Passage, b_numbers: list[Mention]
) -> list[Discrepancy]:
    """Figures of A that stand, among figures B gives alike in the same order, where B has
    another one ("50 ... 10,000" / "50 ... 15,000")."""
    xs, ys = _figures(a_numbers), _figures(b_numbers)
    matcher = SequenceMatcher(None, [m.value for m in xs], [m.value for m in ys], autojunk=False)
    blocks = matcher.get_opcodes()
    if not any(tag == "equal" for tag, *_ in blocks):
        return []  # no figure in common: nothing shows the two give one series
    found = []
    for tag, i1, i2, j1, j2 in blocks:
        if tag != "replace" or i2 - i1 != 1 or j2 - j1 != 1:
            continue
        x, y = xs[i1], ys[j1]
        if _alike((a, x), (b, y)):
            found.append(discrepancy("number", x, y))
    return found
