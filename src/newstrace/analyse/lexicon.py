"""How strongly a word colours a passage: the lexicons behind loaded-word flags.

Three sources, the strongest rating winning:

* **VADER's sentiment lexicon** (the ``vaderSentiment`` package, MIT licence): 7,500 words,
  each rated from -4 to +4 by ten people.  The file ships in the package and is read from
  it; the package's code (which declares ``requests``) is never imported.  An adjective or
  adverb it rates at ``min_rating`` or more either way is loaded ("dismal", "horrific",
  "gleefully").  Only adjectives and adverbs, told by their endings: VADER rates events as
  strongly as judgements ("war", "won", "killed"), and a rewrite that writes "killed" for
  "died" reports an event, it does not colour it.
* **the project's list** (``newstrace.loaded_words``): the verbs, labels and metaphors of
  media-bias studies that a sentiment lexicon does not rate ("slammed", "stonewalled",
  "firebrand", "in lockstep").
* **the user's words** (``--lexicon``), added to the list through the configuration.

TextBlob's copy of pattern's subjectivity lexicon was weighed and left out: it rates 2,900
adjective senses without telling homographs apart ("own" and "rose" come out fully
subjective), on the development set's tune split its strongly subjective adjectives added
only false flags beyond the two sources above, and it would bring nltk along for one file.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

from newstrace.analyse.resources import FACTUAL_RATED_WORDS

# Adjective and adverb endings ("disastrous", "gleeful", "horrific", "terrible", "brutally").
_ADJECTIVE_ENDING = re.compile(r"[a-z]{3}(?:ous|ful|less|ive|ic|able|ible|ish|ly)$")
# The strength of a listed word that VADER does not rate, on the 0-1 scale of strength.
LISTED_STRENGTH = 0.5
_MAX_RATING = 4.0


@lru_cache(maxsize=1)
def vader_ratings() -> dict[str, float]:
    """VADER's mean rating of each word (-4 to +4), read from the installed package."""
    text = files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    ratings = {}
    for line in text.splitlines():
        word, rating, *_ = line.split("\t")
        if word.isalpha():
            ratings[word] = float(rating)
    return ratings


def _rating(word: str) -> float:
    """VADER's rating of ``word``, or of the adjective an adverb is made from."""
    ratings = vader_ratings()
    if word in ratings:
        return ratings[word]
    if word.endswith("ly"):  # "gleefully" as "gleeful", "happily" as "happy", "horribly"
        for base in (word[:-2], word[:-3] + "y", word[:-1] + "e"):
            if base in ratings:
                return ratings[base]
    return 0.0


def strength(word: str, listed: frozenset[str], *, min_rating: float) -> float | None:
    """How strongly ``word`` (lower case) colours a passage, from 0 to 1, or None if the
    lexicons do not take it for a loaded word.

    A word in ``listed`` (the project's list and the user's words) is loaded; its strength
    is VADER's rating scaled to 0-1 if that is stronger than :data:`LISTED_STRENGTH`.
    Otherwise an adjective or adverb VADER rates at ``min_rating`` or more is loaded.
    """
    rated = abs(_rating(word)) / _MAX_RATING
    if word in listed:
        return max(LISTED_STRENGTH, rated)
    if word in FACTUAL_RATED_WORDS or not _ADJECTIVE_ENDING.search(word):
        return None
    return rated if rated * _MAX_RATING >= min_rating else None
