"""Every form in which a text gives a detail: what a careful reader checks before saying
that one text lacks a detail of the other.

``clues.details`` reads a text's *details*: figures, and capitalised words that do not
open a sentence.  That is the right test of what a text names, but not of what it lacks:
a source that opens a sentence with "Arkansas Gov. Asa Hutchinson" gives Arkansas, though
the word is no detail of its own where it stands; "fourteen league matches" gives the
copy's "14"; "Ashgrove Rovers Football Club" and "non-league football's middle tiers" both
give football; "the Republican-controlled legislature" gives "the Arkansas Republican".
Counted as lacking, such words made a copy and its source each lack details of the other
(fresh34's rw-452, 4 "only in A" of which 2 were such words; pr-216, 2 of 2), which the
verdict reads as two rewrites of one source (``direction_model.TWO_WAY_LOSS_BEYOND``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from newstrace.analyse.resources import NUMBER_WORDS

# Words, figures, and dotted abbreviations, as ``clues`` reads them.
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]\.(?=\s+[A-Z])|[A-Za-z][\w'’-]*|\d[\d,.]*\d|\d")
# Number words ``NUMBER_WORDS`` leaves out, so that "fourteen" gives "14" here.
_MORE_NUMBERS = {
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}


def _folded(word: str) -> set[str]:
    """A word as the details it may stand for: lowercase without a possessive, as a
    figure when it is a number word, and each part of a hyphenated word."""
    word = word.lower().removesuffix("’s").removesuffix("'s")
    forms = {word, *word.split("-")}
    numbers = NUMBER_WORDS | _MORE_NUMBERS
    return forms | {str(numbers[form]) for form in forms if form in numbers}


@lru_cache(maxsize=1_024)  # both sides of a comparison ask for both texts
def given(text: str) -> frozenset[str]:
    """Every detail ``text`` gives in some form (see the module docstring), folded as
    ``clues.details`` folds details: a detail of the other text that is not in this set is
    one this text lacks."""
    found: set[str] = set()
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token[0].isdigit():
            found.add(token.replace(",", "").rstrip("."))
        elif token.endswith("."):
            found.add(token.lower())
        else:
            found |= _folded(token)
    return frozenset(found)
