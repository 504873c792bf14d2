"""A story's opening set inside another text: the text that holds it after words of its own.

A news story opens with its dateline ("WASHINGTON --", "NEW YORK (AP) —", "BERKELEY
HEIGHTS, N.J. —"): the place it was filed from, written once, at its start.  When two texts
share, word for word, a passage that opens with a dateline, that passage is the opening of
one story.  The text that opens with it (nothing before it but the article's title) is
that story; the text that has it after a sentence or more of its own set that story inside
its own text, and is the copy.  Two texts that each have it after words of their own (two
copies of one story) are not told apart by where they set it.

The texts' own clues cannot tell this apart from an excerpt: the text that set the story
inside its own has more of its own (paragraphs, quotations) and holds much of the other,
which is the shape of a source and its excerpt, and the direction model reads it so (the
20k scan, issue 17: plant-verbatim-94 sets its 193-word source, dateline and all, after a
paragraph of its own and was read as the source at 0.97; plant-verbatim-99, dated the day
after its source, likewise at 0.78, against the dates).  So when the texts read the other
way round, they are set aside, as when one text is held whole and dates decide
(``direction_model.HELD_WHOLE``), and the opening counts as surely as a date does (the
model's ``date_log_ratio``, read by ``direction.decide``).  On every read split and
BASIL's same-event pairs, one pair shares a dateline passage word for word, and it opens
both texts, so the reading holds for none (BENCHMARKS.md, "Wrong-way calls and the scan's
verbatim plants (ways43)").
"""

from __future__ import annotations

import re

from newstrace.model import Alignment, ArticleInfo

# A dateline: a place in capitals, maybe a state or country ("BERKELEY HEIGHTS, N.J.") and
# an agency in brackets ("(AP)"), then a dash.
_DATELINE = re.compile(
    r"\s*([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*)"
    r"(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*)?(?: \([A-Za-z .]+\))? ?(?:--|[—–―-]) "
)
# Labels written the way a dateline is that open a paragraph, not a story.
_LABELS = frozenset({"UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH", "CORRECTION"})
# Characters of its own that a text has before the opening, beyond the other's, from which it
# set the story inside its own text: a sentence or more.
OWN_BEFORE = 100
# Line breaks and spaces between a title the text carries first and its dateline.
_TITLE_BREAK = 4


def dateline(text: str) -> str | None:
    """The dateline a passage opens with ("WASHINGTON --"), or None."""
    found = _DATELINE.match(text)
    if found is None or found.group(1) in _LABELS:
        return None
    return found.group().strip()


def _opens(start: int, article: ArticleInfo) -> bool:
    """Whether a passage starting at ``start`` opens its text: nothing before it but the
    article's title, when the text carries it first.  Two texts that each set one story
    after words of their own (two copies of it) are not told apart by where they set it."""
    return start <= (len(article.title) + _TITLE_BREAK if article.title else 0)


def set_inside(
    alignments: list[Alignment], a: ArticleInfo, b: ArticleInfo
) -> tuple[int, str] | None:
    """+1 when A set B's story inside its own text (a passage shared word for word that
    opens with a dateline opens B and stands in A after ``OWN_BEFORE`` more characters),
    -1 when B set A's, with the dateline; None when no such passage says so."""
    for x in alignments:
        if x.kind == "paraphrase":
            continue
        opening = dateline(x.a_text)
        if opening is None or dateline(x.b_text) is None:
            continue
        later = x.a_span.start - x.b_span.start
        if later >= OWN_BEFORE and _opens(x.b_span.start, b):
            return 1, opening
        if -later >= OWN_BEFORE and _opens(x.a_span.start, a):
            return -1, opening
    return None


def opening_reason(holder: str, other: str, opening: str) -> str:
    """Why the text that set the other's story inside its own is the copy."""
    return (
        f'{other}\'s story opens with its dateline ("{opening}"), which stands in {holder} '
        f"after text of {holder}'s own: {holder} set {other}'s story inside its own, which "
        "the texts' containment and lengths cannot tell from an excerpt"
    )
