"""How strongly a word colours a passage: the lexicons behind loaded-word flags.

Three sources, the strongest rating winning:

* **VADER's sentiment lexicon** (the ``vaderSentiment`` package, MIT licence): 7,500 words,
  each rated from -4 to +4 by ten people.  The file ships in the package and is read from
  it; the package's code (which declares ``requests``) is never imported.  An adjective or
  adverb it rates at ``min_rating`` or more either way is loaded ("dismal", "horrific",
  "gleefully"), adjectives and adverbs told by their endings.  VADER rates events as
  strongly as judgements ("war", "won", "killed"), and a rewrite that writes "killed" for
  "died" reports an event, it does not colour it: so a verb or a noun it rates at
  ``min_other_rating`` or more is loaded only when negative and stronger than the source
  passage says (``additions.py``): "betrayed" for "left".  Words are looked up in any
  of their forms ("snubbed" as "snub", :func:`stem`), though a bare word is not taken for an
  inflected one ("beat" is not "beating").  A negative "-ing" participle between a
  determiner and its noun is an adjective there, loaded from
  :data:`MIN_PARTICIPLE_RATING` ("a damaging leak": :func:`participle_strength`).
* **the project's list** (``newstrace.loaded_words``): the verbs, labels and metaphors of
  media-bias studies that a sentiment lexicon does not rate ("slammed", "stonewalled",
  "firebrand", "in lockstep"); a listed adverb's adjective too, before its noun, when
  VADER rates it mildly negative ("a bitter quarrel" of "bitterly":
  :func:`is_adjective_of_listed_adverb`).
* **the user's words** (``--lexicon``), added to the list through the configuration.

TextBlob's copy of pattern's subjectivity lexicon was weighed and left out: it rates 2,900
adjective senses without telling homographs apart ("own" and "rose" come out fully
subjective), as a second rater of the words VADER does not rate its strongly negative
adjectives found 2 words for 12 false flags over the seventeen development splits, and
it would bring nltk along for one file.  AFINN and the other lexicons weighed beside it
did no better (the measurement is recorded at ``config.DEFAULT_MIN_OTHER_RATING``).
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
_LY_ADVERB = re.compile(r"[a-z]{4}ly$")
# VADER rating (0-4) at which an adverb made of a negatively rated adjective is loaded.
MIN_ADVERB_RATING = 1.4


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


# The endings a word takes as a verb or a plural ("snubbed", "needling", "scolds"): a
# listed verb is listed in all its forms, and VADER rates most words in one form only.
_INFLECTION = re.compile(r"(?:ing|ed|es|s|e)$")
_DOUBLED = re.compile(r"([b-df-hj-np-tv-z])\1$")


def stem(word: str) -> str:
    """A crude stem, the same for a verb's forms and for a noun and its plural: "needle",
    "needled", "needling" -> "needl"; "snubbed", "snub" -> "snub"."""
    if len(word) <= 4 or " " in word:
        return word
    bare = _INFLECTION.sub("", word)
    return _DOUBLED.sub(r"\1", bare) if len(bare) >= 3 else word


@lru_cache(maxsize=8)
def _stems(listed: frozenset[str]) -> dict[str, str]:
    """Each stem of a listed word, with that word."""
    return {stem(word): word for word in listed}


@lru_cache(maxsize=1)
def _vader_stems() -> dict[str, float]:
    """VADER's rating of each stem: the strongest of the words that share it."""
    found: dict[str, float] = {}
    for word, rating in vader_ratings().items():
        key = stem(word)
        if abs(rating) > abs(found.get(key, 0.0)):
            found[key] = rating
    return found


def rating(word: str) -> float:
    """VADER's signed rating of ``word`` (lower case; 0 if unrated), of the adjective an
    adverb is made from, of another form of the word ("snubbed" as "snub"), or of a
    compound's strongest part ("crisis-hit" as "crisis")."""
    ratings = vader_ratings()
    if "-" in word and word not in ratings:
        return max((rating(part) for part in word.split("-") if part), key=abs, default=0.0)
    if word in ratings:
        return ratings[word]
    if word.endswith("ly"):  # "gleefully" as "gleeful", "happily" as "happy", "horribly"
        for base in (word[:-2], word[:-3] + "y", word[:-1] + "e"):
            if base in ratings:
                return ratings[base]
    # a bare word does not take an inflected one's rating: "beat" (won) is not "beating"
    return _vader_stems().get(stem(word), 0.0) if stem(word) != word else 0.0


def _adjective_of(adverb: str) -> tuple[str, ...]:
    """The adjectives an ``-ly`` adverb may be made from: "infamously" -> "infamous",
    "angrily" -> "angry", "hysterically" -> "hysterical", "horribly" -> "horrible"."""
    if not _LY_ADVERB.search(adverb):
        return ()
    ical = (adverb[:-4],) if adverb.endswith("ically") else ()  # "catastrophically"
    return (adverb[:-2], adverb[:-3] + "y", adverb[:-1] + "e", *ical)


def word_forms(word: str) -> tuple[str, ...]:
    """The other forms of one word to a reader: the adjective of an ``-ly`` adverb
    ("illegally" -> "illegal"), the adverbs of an adjective ("illegal" -> "illegally",
    "angry" -> "angrily", "horrible" -> "horribly", "frantic" -> "frantically")."""
    if " " in word:
        return ()
    if word.endswith("y"):
        adverb = word[:-1] + "ily"
    elif word.endswith("le"):
        adverb = word[:-1] + "y"
    elif word.endswith("ic"):
        adverb = word + "ally"
    else:
        adverb = word + "ly"
    return (*_adjective_of(word), adverb)


def quality_nouns(word: str) -> tuple[str, ...]:
    """The nouns of the quality an adjective names: "partisan" -> "partisanship",
    "reckless" -> "recklessness", "petty" -> "pettiness"."""
    if " " in word or _LY_ADVERB.search(word):
        return ()
    base = word[:-1] + "i" if word.endswith("y") else word
    return (base + "ness", word + "ship")


@lru_cache(maxsize=4_096)  # asked for every candidate word of every comparison
def synonyms_of(word: str, groups: tuple[frozenset[str], ...]) -> frozenset[str]:
    """The words of ``groups`` that say what ``word`` says, in any of its forms ("enraging"
    and "incensed" in the group of "enraged"), itself included; empty if it has none."""
    forms = {word, stem(word), *_adjective_of(word)}
    found: set[str] = set()
    for group in groups:
        if forms & (group | {stem(member) for member in group}):
            found |= group
    return frozenset(found)


# "deranged-looking", "sinister-sounding": a listed word made a compound of how someone looks
# or sounds colours as the word alone does.
_SEEMING = re.compile(r"(?P<word>[a-z]+)-(?:looking|sounding|seeming)")


def is_listed(word: str, listed: frozenset[str]) -> bool:
    """Whether ``word`` is one of the ``listed`` words, in any of its forms, or an adverb
    made of a listed adjective (a loaded adjective colours a verb as it does a noun:
    "infamously called"), or a compound of how a listed word looks ("deranged-looking").
    A bare word is not taken for an inflected one: "rail" is not "railed", nor "sting"
    "stinging", nor "chill" "chilling" (the crude stem of both drops a doubled letter,
    "chil"): the stem is read of an inflected word only."""
    seeming = _SEEMING.fullmatch(word)
    stemmed = stem(word)
    inflected = _INFLECTION.search(word) is not None and stemmed != word
    return (
        word in listed
        or (inflected and stemmed in _stems(listed))
        or any(base in listed for base in _adjective_of(word))
        or (seeming is not None and is_listed(seeming.group("word"), listed))
    )


# The second halves that make a hyphenated compound a judgement whatever its first half:
# "expletive-laden", "scandal-ridden", "eye-popping", "fear-mongering", "race-baiting",
# "power-hungry".  A reader takes "an expletive-laden answer" for the writer's colouring
# without knowing the first word, so the compound need not be listed ("flood-prone" is
# left out: "-prone" also describes places).
_JUDGING_HEAD = re.compile(
    r"[a-z]-(?:laden|ridden|riddled|plagued|popping|dropping|watering|mongering|baiting|"
    r"bashing|obsessed|hungry|crazed|grabbing|thumping|rattling)$"
)


# VADER's rating (0-4) from which an adjective's strength is VADER's to say: the adjective
# cut (``config.DEFAULT_MIN_RATING``) was measured from 2.0 up ("friendly", "dangerous").
_WEIGHED_RATING = 2.0


def is_adjective_of_listed_adverb(word: str, listed: frozenset[str]) -> bool:
    """Whether ``word`` is the adjective of a listed ``-ly`` adverb ("bitter" of the listed
    "bitterly", "cynical" of "cynically") that VADER rates negative but mildly (under
    :data:`_WEIGHED_RATING`): its raters heard the word's sting, too faintly alone for
    VADER's cut, and the list says its adverb judges.  Loaded only before a noun
    (``additions``): "a bitter feud" colours the feud.

    Measured on the development splits and BASIL's 600 same-event ordered pairs: every
    listed adverb's adjective added 54 false flags for 7 words ("pointed", "telling",
    "secret" are plain); with an adjective's ending instead of a rating, "conspicuous" was
    found and "mysterious" flagged twice on BASIL; "angry" (-2.3), which annotators leave
    unmarked ("angry replies", "angry voicemail"), 7 flags on BASIL; anywhere in a
    sentence, "a race that was already bitter" and "a campaign this angry" (3 false flags
    for 1 word)."""
    if " " in word or word.endswith("ly") or word in listed or word in FACTUAL_RATED_WORDS:
        return False
    rated = vader_ratings().get(word, 0.0)
    return word_forms(word)[-1] in listed and -_WEIGHED_RATING < rated < 0


# VADER's rating (0-4) from which a negative "-ing" participle before its noun is loaded.
# As a verb it must rate DEFAULT_MIN_OTHER_RATING (2.7) and outdo the source passage,
# since VADER rates events ("killing") as strongly as judgements; before its noun it says
# what the thing does to someone, a judgement ("a damaging leak", "a punishing schedule",
# "a troubling sign").  Chosen on the splits tune … fresh45: see BENCHMARKS.md (loaded63).
MIN_PARTICIPLE_RATING = 2.0


def participle_strength(word: str) -> float | None:
    """How strongly an "-ing" participle that VADER rates negative at
    :data:`MIN_PARTICIPLE_RATING` or more colours the noun it stands before (0-1), or None
    for any other word ("damaging", -2.3: 0.575)."""
    if not word.endswith("ing") or word in FACTUAL_RATED_WORDS:
        return None
    rated = vader_ratings().get(word, 0.0)
    return -rated / _MAX_RATING if rated <= -MIN_PARTICIPLE_RATING else None


def is_judging_compound(word: str) -> bool:
    """Whether ``word`` is a hyphenated compound with a judging second half
    (:data:`_JUDGING_HEAD`): "expletive-laden", "eye-popping"."""
    return bool(_JUDGING_HEAD.search(word))


def judging_head(word: str) -> str | None:
    """The judging second half of a compound (:data:`_JUDGING_HEAD`): "grabbing" of
    "headline-grabbing" and of "attention-grabbing", which lay one charge whatever the
    first half; None for any other word."""
    found = _JUDGING_HEAD.search(word.lower())
    return found[0].split("-")[-1] if found else None


def is_modifier(word: str) -> bool:
    """Whether ``word`` looks like an adjective or an adverb, by its ending, or is a
    compound of words joined by hyphens ("crisis-hit", "do-nothing")."""
    return bool(_ADJECTIVE_ENDING.search(word)) or "-" in word.strip("-")


def strength(
    word: str,
    listed: frozenset[str],
    *,
    min_rating: float,
    min_other_rating: float = 5.0,
    min_adverb_rating: float = MIN_ADVERB_RATING,
) -> float | None:
    """How strongly ``word`` (lower case) colours a passage, from 0 to 1, or None if the
    lexicons do not take it for a loaded word.

    A word in ``listed`` (the project's list and the user's words), in any of its forms, or
    a compound with a judging second half (:func:`is_judging_compound`) is loaded; its
    strength is VADER's rating scaled to 0-1 if that is stronger than
    :data:`LISTED_STRENGTH`.  Otherwise an adjective or adverb VADER rates at
    ``min_rating`` or more is loaded, and a word of another part of speech (a verb, a
    noun) at ``min_other_rating`` or more.
    """
    rated = abs(rating(word)) / _MAX_RATING
    if is_listed(word, listed) or is_judging_compound(word):
        return max(LISTED_STRENGTH, rated)
    if word in FACTUAL_RATED_WORDS:
        return None
    if "-" in word and rating(word) > 0:
        # a compound that praises only through a part states a rank or a fact, it does not
        # colour: "best-selling", "best-funded", "well-liked" (negative ones do judge:
        # "crisis-hit")
        return None
    least = min_rating if is_modifier(word) else min_other_rating
    if _LY_ADVERB.search(word) and rating(word) < 0:
        # an adverb of a pejorative adjective colours the verb it goes with: "stubbornly"
        least = min(least, min_adverb_rating)
    return rated if rated * _MAX_RATING >= least else None
