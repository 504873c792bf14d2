"""Names of people and places, and the same name spelt differently.

A name is a run of capitalised words; titles before it ("Senate Majority Leader Chuck
Schumer") are left to ``titles.py``.  Two names are one person spelt differently when the
surnames agree and the given names are a letter or two apart ("Ann"/"Anne", but not the
short form "Ash"/"Ashton"), or the given names agree and the surnames are a letter or two
apart ("Goldman"/"Goelman", but not "Arabia"/"Arabian": a place and its adjective).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from rapidfuzz.distance import OSA, Levenshtein

from newstrace.analyse.facts.mentions import Mention, Passage, strip_possessive
from newstrace.analyse.facts.words import (
    CLIPPED_GIVEN_NAMES,
    DEMONYM_SUFFIXES,
    ENTITY_ALIASES,
    FUNCTION_WORDS,
    LAW_TYPES,
    ORGANISATION_TYPES,
    QUANTIFIERS,
    RANK_ABBREVIATIONS,
    RANKS,
    hyphenated_rank,
)
from newstrace.analyse.resources import CALLINGS, DESIGNATIONS, HONORIFICS, TITLES, WEEKDAYS
from newstrace.model import Span

# "McCarthy", "DeFazio", "O'Rourke", "Jean-Claude"; "Sen." and "Jr." keep their full stop.
_ABBREVIATION = r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Adm|Lt|Col|Capt|Sgt|Det|Supt|Insp|Jr|Sr|St)\."
_WORD = rf"(?:{_ABBREVIATION}|[A-Z][a-z']*[A-Z]?[a-z']+(?:-[A-Z]?[a-z']+)?|[A-Z]\.)"
_NAME = re.compile(rf"\b{_WORD}(?:\s+(?:al-|bin\s+|ibn\s+|de\s+|van\s+)?{_WORD})*")
# Capitalised words that are not a name's: suffixes, a sentence's first word ("On Sunday"),
# weekdays (months stay: "Theresa May", "June Carter").
_NOT_NAMES = frozenset({"jr", "sr", "ii", "iii"}) | FUNCTION_WORDS | WEEKDAYS | QUANTIFIERS
# Words that open a sentence before a name ("But Roger Pilon said", "Yet Mr. Smith",
# "After Ryan finished").
_OPENERS = frozenset(
    """but yet so nor not if when while though although because once then also however
    meanwhile instead still even unlike like after before since until unless""".split()
)
_NOT_LETTERS = re.compile(r"[^a-z ]")
_POSSESSIVE_WORD = re.compile(r"'s?$")
# A service member's calling written capitalised before the name ("Navy Sailor Kristian
# Saucier", "Army Pfc. Ann Lee"): a title, so the service before it is no given name either.
_SERVICE = frozenset("sailor soldier airman seaman corporal pfc cpl".split())
# Titles, and the parties and designations around a name ("Democratic Rep."): not its words.
_TITLE_WORDS = HONORIFICS | TITLES | DESIGNATIONS | RANKS | RANK_ABBREVIATIONS.keys() | _SERVICE


@dataclass(frozen=True, slots=True)
class Name:
    """A name in a passage: the mention (the name itself) and the words that identify it."""

    mention: Mention
    words: tuple[str, ...]  # initials, suffixes and possessives dropped

    @property
    def surname(self) -> str:
        return self.words[-1].lower()


# A title its holder is elected to and not yet sworn into ("Representative-elect Mikie
# Sherrill", "President-elect Joe Biden") is a title still: no given name.
_ELECT = "-elect"


def is_title(word: str) -> bool:
    # "Co-Chairwoman Ann Wagner": a hyphenated rank is no given name
    plain = word.lower().rstrip(".").removesuffix(_ELECT)
    return plain in _TITLE_WORDS or hyphenated_rank(word) is not None


def _titles_before(word: str) -> bool:
    """A title, or a title in the plural before the names it is of ("Special Agents Crystal
    Griner and David Bailey"); only before a name: "Queens" and "Majors" end names."""
    plain = word.lower().rstrip(".")
    return is_title(word) or (plain.endswith("s") and plain[:-1] in _TITLE_WORDS)


# A calling written capitalised at the head of a run before a full name, as a sentence's
# first word is ("Author Lisa Romano dubs her", "Sponsor Randy Forbs said"): no given name.
_CALLINGS = CALLINGS


def _person_start(words: list[str]) -> int:
    """Where the name starts after its titles: "Defense Secretary Dick Cheney" -> 2,
    "Author Lisa Romano" -> 1 (a calling first, two words after it)."""
    ranks = [n for n, word in enumerate(words[:-1]) if _titles_before(word)]
    if not ranks and len(words) > 2 and words[0].lower() in _CALLINGS:
        ranks = [0]
    return ranks[-1] + 1 if ranks else 0


def _identity(words: list[str]) -> tuple[str, ...]:
    kept = (strip_possessive(w.rstrip(".")) for w in words)
    found = [w for w in kept if len(w) > 1 and w.lower() not in _NOT_NAMES and not is_title(w)]
    # a sentence's first word is capitalised but no part of the name after it ("But Roger
    # Pilon of the Cato Institute said"); only first: "Chris So" is a name
    if len(found) > 1 and found[0].lower() in _OPENERS:
        found = found[1:]
    return tuple(found)


def names(passage: Passage) -> list[Name]:
    """Every name of a passage, its titles left out."""
    found = []
    for match in _NAME.finditer(passage.text):
        words, end = match.group().split(), match.end()
        owners = [n for n, word in enumerate(words[:-1]) if _POSSESSIVE_WORD.search(word)]
        if owners and len(_identity(words[owners[-1] + 1 :])) < 2:
            # a possessive ends the name when no full name follows it: "Robert Mueller's
            # Russia investigation" names Robert Mueller, not "Russia"
            words = words[: owners[0] + 1]
            end = match.start() + _word_end(match.group(), words)
            owners = []
        # an owner before the name is not part of it: "The Atlantic's Julia Ioffe"
        start = max(_person_start(words), owners[-1] + 1 if owners else 0)
        identity = _identity(words[start:])
        if not identity or identity[-1].lower() in ORGANISATION_TYPES:
            continue  # titles alone, or an organisation (``slots.py``)
        if len(identity) > 1 and identity[-1].lower() in LAW_TYPES:
            continue  # a law ("the Voting Rights Act"), no one to set against a person
        # the name's own text: from its first word after its titles to the end of the run
        offset = match.start() + match.group().index(words[start])
        found.append(Name(passage.mention(offset, end, " ".join(identity)), identity))
    return found


_PERSON_WORDS = 2  # given name and surname, the end of a run after an office's body


def person_after_office(name: Name) -> Name:
    """The person ending a run of capitals that opens with the body of an office before it:
    "Director of National Intelligence Dan Coats" reads as one run, "National Intelligence
    Dan Coats", whose given name would be "National"; after "<title> of (the)" the body
    comes first, so the person is the run's last two words.  Any other name as it is."""
    before = [w for w in name.mention.context.before[:3] if w != "the"]
    after_office = before[:1] == ["of"] and len(before) > 1 and is_title(before[1])
    if not after_office or len(name.words) <= _PERSON_WORDS:
        return name
    words = name.words[-_PERSON_WORDS:]
    cut = name.mention.text.rfind(words[0])
    if cut < 0:
        return name
    span = Span(name.mention.span.start + cut, name.mention.span.end)
    mention = replace(name.mention, text=name.mention.text[cut:], span=span, value=" ".join(words))
    return Name(mention, words)


def _word_end(run: str, words: list[str]) -> int:
    """Where the last of ``words`` (the first words of ``run``) ends in ``run``."""
    at = 0
    for word in words:
        at = run.index(word, at) + len(word)
    return at


def _fold(text: str) -> str:
    return " ".join(_NOT_LETTERS.sub(" ", text.lower()).split())


def _forms(folded: str) -> set[str]:
    """A name and, when it is one word ending as an adjective of a place does, the place:
    "american" is also "america" ("n")."""
    if " " in folded:
        return {folded}
    return {folded} | {folded[: -len(s)] for s in DEMONYM_SUFFIXES if folded.endswith(s)}


def aliases(left: str, right: str) -> bool:
    """Two names of one entity ("U.S." and "United States"); a country's adjective is the
    country ("the American embassy" / "the United States embassy"), as news style writes
    either of one government's things."""
    a, b = _forms(_fold(left)), _forms(_fold(right))
    if any(a & group and b & group for group in ENTITY_ALIASES):
        return True
    # a body named with one of them: "U.S. Senate" / "United States Senate", "the U.N.
    # Security Council" / "the United Nations Security Council"
    x, y = _fold(left), _fold(right)
    return x != y and _one_alias(x) == _one_alias(y)


# Each alias of ``ENTITY_ALIASES`` as a whole run of words, longest first, and the one name
# it stands for inside a longer name.
_ALIASED = tuple(
    (re.compile(rf"(?<!\S)(?:{'|'.join(sorted(group, key=len, reverse=True))})(?!\S)"), min(group))
    for group in ENTITY_ALIASES
)


def _one_alias(folded: str) -> str:
    """``folded`` with each alias of an entity written as one name of it."""
    for pattern, name in _ALIASED:
        folded = pattern.sub(name, folded)
    return folded


def abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` is the initials of ``long``'s words, function words aside: "FBI" of
    "Federal Bureau of Investigation", "vfw" of "veterans of foreign wars"."""
    initials = "".join(w[0] for w in long.lower().split() if w not in FUNCTION_WORDS)
    return " " not in short and short.lower() == initials


def abbreviates_head(short: str, long: str) -> bool:
    """Whether ``short`` is the initials of ``long``'s first words, two or more, and more
    words follow them: "U.N." of "United Nations General Assembly" names the body that
    holds the assembly, a generalisation rather than another body."""
    words = [w for w in long.lower().split() if w not in FUNCTION_WORDS]
    letters = short.replace(".", "").lower()
    head = len(letters)
    return " " not in short and 1 < head < len(words) and letters == _first_letters(words[:head])


def _first_letters(words: list[str]) -> str:
    return "".join(w[0] for w in words)


def misspelt(left: str, right: str) -> bool:
    """One word spelt two ways: a letter apart, or two in a word of six letters or more.
    Two letters next to each other swapped are one slip of the hand, not two ("Talib" for
    "Tlaib"), so they count as one letter (``OSA``: the edit distance with transposition)."""
    x, y = left.lower(), right.lower()
    allowed = 1 if min(len(x), len(y)) < 6 else 2
    return x != y and OSA.distance(x, y, score_cutoff=allowed) <= allowed


_SOUNDS = str.maketrans("cqz", "kks")
_SILENT = re.compile(r"(?<=.)[aeiouyhw]")
_DOUBLE = re.compile(r"(.)\1+")
_MAX_SOUNDED = 2  # letters apart that a surname spelt as it sounds may be


def _skeleton(word: str) -> str:
    """A word's consonants as heard: "Kerr" and "Carr" are both "kr"."""
    heard = word.lower().replace("ck", "k").replace("ph", "f").translate(_SOUNDS)
    return _DOUBLE.sub(r"\1", _SILENT.sub("", heard))


def sounds_alike(left: str, right: str) -> bool:
    """One name spelt as it sounds ("Kerr"/"Carr", "Kathy"/"Cathi"): the same consonants,
    a letter or two apart."""
    x, y = left.lower(), right.lower()
    close = Levenshtein.distance(x, y, score_cutoff=_MAX_SOUNDED) <= _MAX_SOUNDED
    return x != y and close and _skeleton(x) == _skeleton(y)


_VOWELS = frozenset("aeiouy")


def _demonym(left: str, right: str) -> bool:
    """A place and its adjective or people ("Arabia"/"Arabian", "Iraq"/"Iraqi").  A lone
    "n" is added to a vowel ("Cuba"/"Cuban"): after a consonant it doubles the letter, as
    a surname misspelt does ("Goelman"/"Goelmann"), and names no place's people."""
    short, long = sorted((left.lower(), right.lower()), key=len)
    suffix = long[len(short) :]
    if suffix == "n" and short[-1:] not in _VOWELS:
        return False
    return long.startswith(short) and suffix in DEMONYM_SUFFIXES


def _plural(left: str, right: str) -> bool:
    short, long = sorted((left, right), key=len)
    return long in (short + "s", short + "es")


def word_forms(left: str, right: str) -> bool:
    """One word and its plural, or a place and its adjective or people ("Russia" /
    "Russians"): no name misspelt."""
    x, y = left.lower(), right.lower()
    singular = (x.removesuffix("s"), y.removesuffix("s"))
    return _plural(x, y) or _demonym(x, y) or _demonym(*singular)


def _short_form(left: str, right: str) -> bool:
    """A given name and its short form ("Ash"/"Ashton", "Steve"/"Steven")."""
    short, long = sorted((left.lower(), right.lower()), key=len)
    clipped = long.startswith(short) and len(long) - len(short) >= 2
    return clipped or (short, long) in CLIPPED_GIVEN_NAMES


_GIVEN_STEM = 4  # letters a given name two letters off must keep from its start


def _given_misspelt(left: str, right: str) -> bool:
    """One given name spelt two ways: as ``misspelt``, or two letters apart past the same
    first four ("Laura"/"Lauren"), as a name written from memory is; "Lisa"/"Lois" differ
    earlier (one name spelt as it sounds, ``sounds_alike``, for ``spelt_differently``)."""
    x, y = left.lower(), right.lower()
    close = Levenshtein.distance(x, y, score_cutoff=2) <= 2
    kept = len(x) > _GIVEN_STEM and len(y) > _GIVEN_STEM and x[:_GIVEN_STEM] == y[:_GIVEN_STEM]
    return misspelt(x, y) or (x != y and close and kept)


def same_person(a: Name, b: Name) -> bool:
    """One name for one person: the same surname, and given names that agree if both have one."""
    if a.surname != b.surname:
        return False
    if len(a.words) < 2 or len(b.words) < 2:
        return True
    x, y = a.words[0].lower(), b.words[0].lower()
    return x == y or _short_form(x, y)


def spelt_differently(a: Name, b: Name) -> bool:
    """One person's name spelt two ways: "Ann Wagner"/"Anne Wagner", "Rick Santorium"/"Santorum",
    "Kathy"/"Cathi Herrod"."""
    surnames = misspelt(a.surname, b.surname) and not _demonym(a.surname, b.surname)
    if len(a.words) < 2 or len(b.words) < 2:
        # a surname alone is compared with a full name only: two lone words say too little,
        # and a lone plural is a family or a group ("the Clintons", "evangelical Christians")
        plural = _plural(a.surname, b.surname)
        return len(a.words) + len(b.words) > 2 and surnames and not plural
    given_a, given_b = a.words[0], b.words[0]
    if a.surname == b.surname:
        # a given name spelt as it sounds is one too ("Kathy"/"Cathi Herrod")
        respelt = _given_misspelt(given_a, given_b) or sounds_alike(given_a, given_b)
        return respelt and not _short_form(given_a, given_b)
    if given_a.lower() != given_b.lower() or _demonym(a.surname, b.surname):
        return False
    return surnames or sounds_alike(a.surname, b.surname)
