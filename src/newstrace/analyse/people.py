"""The people a text names: their full names, their roles, and where each is mentioned.

Rule-based, like ``speakers.py``.  A person is a run of two to four capitalised words
("Aitan Goelman", "Elijah E. Cummings", "Donald Trump Jr."), or one after an honorific or a
title ("Mr. Kerry", "Gov. Hutchinson"), that names no place or body ("House Democrats",
"Fox News", "of New York").  Once named, a person's surname alone mentions them.  A
person's roles are the role words before the name ("Pentagon press secretary Peter Cook")
and in an appositive ("Alan Futerfas, a lawyer for Trump Jr.,", "the spokesman, Nick
Merrill").  Internal: may change without notice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newstrace.analyse.prose import char_before
from newstrace.analyse.resources import (
    MONTHS,
    NAME_ABBREVIATIONS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NAME_TITLES,
    NOT_PERSON_WORDS,
    PARTIES,
    ROLE_ALTERNATION,
    ROLE_NOUNS,
    ROLE_SYNONYMS,
    SENTENCE_OPENERS,
    SPEECH_VERBS,
    WEEKDAYS,
)
from newstrace.segment.resources import STOPWORDS

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z][\w'-]*")
# A transcript's speaker label: "DISTRICT ATTORNEY LAURA MENDES: Good afternoon."; the
# office may follow the name after a comma ("DAN STROUT, PUBLIC WORKS DIRECTOR:") or in
# brackets, as transcripts give a speaker's office the first time ("DAN STROUT (Public Works
# Director, Elm County):"), and the name is then the label.
LABEL = re.compile(
    r"^(?P<label>[A-Z][A-Z.'\- ]{1,60})(?:, [A-Z][A-Z.'\- ]{1,60})?(?: \([^()\n]{1,80}\))?:\s",
    re.MULTILINE,
)
# Words that put a capitalised run in a place, not a person ("of New York", "in Fort Worth").
_PLACE_BEFORE = re.compile(r"\b(?:of|in|at|from|near|across|to)\s+$")
_COMMA = re.compile(r",\s+")
_WORD_AND_SPACE = re.compile(r"[\w.-]+\s+")
# How many title words may stand before the name of an appositive ("former Vice President").
_TITLE_WORDS = 4
_NOT_SURNAMES = NAME_TITLES | NAME_PARTICLES
_INITIAL = re.compile(r"[A-Z]\.")
# Before one capitalised word, words that make it a modifier or a place, not a person.
_MODIFIER_BEFORE = re.compile(r"\b(?:the|a|an|of|in|at|from|near|across)\s+$")
_SPEECH = r"(?:" + "|".join(sorted(SPEECH_VERBS)) + r")"
_SPEECH_BEFORE = re.compile(r"\b" + _SPEECH + r"\s+$")
_SPEECH_AFTER = re.compile(r"\s+" + _SPEECH + r"\b")
# After a lone capitalised word that opens a sentence, what makes it the subject: "Trump,
# as usual, ...", "Trump hit back".
_SUBJECT_AFTER = re.compile(r",|\s+[a-z]")
_APPOSITIVE_AFTER = re.compile(r"^(?:\s+of\s+[^,]{1,40})?,\s+(?P<role>[^,;:\"]{2,80}?)(?:,|\.|;|$)")
# A name inside another's appositive, as the object of its "of", "for" or "to" ("Mary
# Ruiz, daughter of former Mayor Tom Ruiz, used ...", "Aitan Goelman, a lawyer for Peter
# Strzok, said"): the comma after it closes that appositive, and what follows is the
# sentence's predicate, no appositive of his (fresh48's rw-625b: "..., used Facebook to take
# apart her older sister Elizabeth," made the father a "sister").
_INSIDE_APPOSITIVE = re.compile(
    r"[A-Z][\w.'-]*,\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){1,3}?(?:of|for|to)\s+"
    r"(?:[a-z][\w-]*\s+)?$"
)
# In a role's phrase, "for" or "to" brings in whom the role serves or the office it seeks,
# not one the person holds: "a spokesman for the president, Sean Spicer", "his opponent for
# president, Hillary Clinton", "Kellyanne Conway, counselor to the president," hold no
# presidency, and "the president" later is not one of them (fresh53's rw-684: Clinton, the
# opponent for president, made "the president said" Trump or her, so unsure).
_SERVED = re.compile(r"\s(?:for|to)\s")
_APPOSITIVE_BEFORE = re.compile(
    r"(?:\b[Tt]he|\b[Hh]is|\b[Hh]er|\b[Tt]heir|\b[Ii]ts|[A-Z][\w.]*'s)\s+"
    r"(?P<role>[\w .'-]{1,50}?),\s+$"
)

# After a lone capitalised word, lower-case words ending in a role, then a name: the word
# opens that name's title ("Legislative policy director David Cretner", "Senior adviser
# Kellyanne Conway"), capitalised as a sentence's first word is, and names no one (unless
# the text gives it as a surname in full: "Trump spokesman Hogan Gidley" names an owner).
_TITLE_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + ROLE_ALTERNATION + r")\s+[A-Z]")


# What tells a person's sex: an honorific ("Mrs. Cruz") or a kin word ("Mr. Cruz's wife,
# Heidi Cruz"; "Bill Clinton, her husband,").  Two people of one surname are most often a
# couple or kin, and a reader tells "Mr. Clinton" from "Mrs. Clinton" by it, not by who was
# named last.
_SEX_OF_HONORIFIC = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f"}
_KIN_SEX = {
    "wife": "f", "mother": "f", "daughter": "f", "sister": "f", "widow": "f",
    "husband": "m", "father": "m", "son": "m", "brother": "m", "widower": "m",
}  # fmt: skip
_KIN = r"(?P<kin>" + "|".join(_KIN_SEX) + r")"
# the kin word heads the phrase next to the name: "his wife, Sandra", "Mr. Cruz's wife, Heidi
# Cruz", "Their father, former Wyoming senator Dick Cheney" (his title between), "their
# father, former Vice President Dick Cheney" (a capitalised title is the name's own run, so
# only "former" stands between); ", her husband," after it ("Ted Cruz, whose wife ..." says
# nothing of Ted)
_KIN_BEFORE = re.compile(
    r"(?:\b[Hh]is|\b[Hh]er|\b[Tt]heir|[A-Z][\w.]*'s)\s+"
    + _KIN
    + r",?\s+(?:(?:former|late)\s+)?(?:(?:[A-Z][\w.'-]*\s+){0,2}(?:"
    + ROLE_ALTERNATION
    + r")\s+)?$"
)
_KIN_AFTER = re.compile(r",\s+(?:his|her|their|[A-Z][\w.]*'s)\s+" + _KIN + r"\b")


# A pronoun that binds to its sentence's subject: a possessive before its noun ("released
# her returns") or a reflexive.  Not "he"/"she" ("Ana Ruiz said he lied": someone else) nor
# an object "her" ("Ana Ruiz thanked her": someone else, or it would be "herself").
_SEXED_PRONOUN = re.compile(
    r"\b(?:[Hh]is|[Hh]imself|[Hh]erself|[Hh]er(?=\s+(?!(?:to|for|and|or|of|in|on|at|that|the|"
    r"a|an|with|as|from|by|about|after|before|when|if|but)\b)[a-z]))\b"
)


def sex_of(titles: list[str]) -> str:
    """ "m" or "f" for a name's honorific ("Mr.", "Mrs.", "Ms."), else ""."""
    return next(
        (_SEX_OF_HONORIFIC[t.lower()] for t in titles if t.lower() in _SEX_OF_HONORIFIC), ""
    )


@dataclass(frozen=True, slots=True)
class Person:
    """A person of one text: ``key`` (the surname, lower-cased, with a suffix such as
    "jr"), ``name`` (the fullest form the text gives) and ``given`` (a given name, or "")."""

    key: str
    name: str
    given: str = ""


@dataclass(slots=True)
class _Found:
    """A run of a text that names a person."""

    start: int
    end: int
    key: str
    given: str
    words: list[str]
    roles: set[str] = field(default_factory=set)
    context: set[str] = field(default_factory=set)  # the words of its titles and appositives
    possessive: bool = False  # "Putin's Russia": named, but not who acts
    acts: bool = False  # begins a sentence as its subject, or a speech verb names it
    sex: str = ""  # "m" or "f" when an honorific or a kin word tells it
    # the sex is told next to the name itself (an honorific, a kin word), not read from a
    # "his" or "her" after it (``People._pronoun_sex``)
    sex_beside: bool = False


def role_of(word: str) -> str | None:
    """The role a word names, one name for synonyms ("lawyer" -> "attorney"), or None."""
    word = word.lower().strip(".")
    word = ROLE_SYNONYMS.get(word, word)
    return word if word in ROLE_NOUNS else None


# Offices of two words that a reader also calls by another role: a press secretary is
# the spokesman ("White House press secretary Josh Earnest ... the spokesman said").
_TWO_WORD_ROLES = {("press", "secretary"): "spokesman"}


def _roles(words: list[str]) -> set[str]:
    found = {role for role in map(role_of, words) if role}
    lowered = {w.lower().strip(".,") for w in words}  # the words that say who someone is
    found.update(role for pair, role in _TWO_WORD_ROLES.items() if set(pair) <= lowered)
    return found


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """Words with their spans; an abbreviation keeps its full stop ("Sen.", "E.", "Jr.")."""
    tokens = []
    for match in _TOKEN.finditer(text):
        word, end = match.group(), match.end()
        if text[end : end + 1] == "." and (len(word) == 1 or word.lower() in NAME_ABBREVIATIONS):
            word, end = word + ".", end + 1
        tokens.append((word, match.start(), end))
    return tokens


def _nameish(word: str) -> bool:
    if word.lower() in NAME_PARTICLES:
        return True
    letters = word.lstrip("abcdefghijklmnopqrstuvwxyz")  # "diGenova"
    return bool(letters) and letters[0].isupper() and len(word) - len(letters) <= 3


def name_runs(text: str) -> list[tuple[int, int, list[str]]]:
    """Runs of capitalised words joined by single spaces; a possessive ends a run, and
    keeps its "'s" ("Putin's")."""
    runs: list[tuple[int, int, list[str]]] = []
    for word, start, end in _tokens(text):
        if not _nameish(word.removesuffix("'s")):
            continue
        if runs and text[runs[-1][1] : start] == " " and not runs[-1][2][-1].endswith("'s"):
            runs[-1] = (runs[-1][0], end, [*runs[-1][2], word])
        else:
            runs.append((start, end, [word]))
    return runs


def _is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper() and "." not in word


# A pronoun run into its verb: "I'm", "We've", "You'll", "They'd" (not "O'Brien", "D'Angelo").
_CONTRACTION = re.compile(r"(?P<pronoun>[A-Za-z]+)['’](?:m|re|ve|ll|d)", re.IGNORECASE)


def _opens_no_name(word: str) -> bool:
    """Whether a run's first word is no part of the name after it: a stopword, a sentence
    opener, or a pronoun's contraction ("I'm Karen Voss, superintendent": a speaker of a
    transcript names herself, and "I'm" is no given name)."""
    lowered = word.lower()
    contraction = _CONTRACTION.fullmatch(lowered)
    return (
        lowered in STOPWORDS
        or lowered in SENTENCE_OPENERS
        or (contraction is not None and contraction.group("pronoun") in STOPWORDS)
    )


def parse_name(words: list[str]) -> tuple[list[str], list[str]]:
    """Split a run into its titles and its name: the name follows the last title
    ("Deputy Director David Bowdich", "Arkansas Gov. Asa Hutchinson").  A party before the
    name tells his side as a title tells his office ("Republican Joni Ernst", "Democrat
    Bruce Braley": fresh51's rw-659), and is no given name."""
    words = list(words)
    while words and _opens_no_name(words[0]):
        words.pop(0)
    cut = 0
    for index, word in enumerate(words[:-1]):
        lowered = word.lower().strip(".")
        if lowered in NAME_TITLES or lowered in PARTIES or _is_acronym(word):
            cut = index + 1
    return words[:cut], words[cut:]


def _identity(name: list[str], surnames: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """(key, given) of a name's words, or None when they name no person.  ``surnames``: those
    the text gives in full names, which a lone word may be whatever its ending ("Kelly")."""
    suffix = name[-1].lower() if name and name[-1].lower() in NAME_SUFFIXES else ""
    core = name[:-1] if suffix else name
    if not core or core[-1].endswith(".") or core[-1].lower().strip(".") in _NOT_SURNAMES:
        return None  # "U.S. Secretary", "Defense Secretary": a title, no name
    lowered = [w.lower().strip(".") for w in core]
    if len(core) == 1 and lowered[0].endswith(("ing", "ly")) and lowered[0] not in surnames:
        return None  # "Speaking at the White House, ...", but "William McGinely ... McGinely"
    # a middle initial is no stopword: the "A." of "Gregory A. Vega" is not the article
    plain = [w for w, raw in zip(lowered, core, strict=True) if not _INITIAL.fullmatch(raw)]
    if any(
        w in NOT_PERSON_WORDS or w in WEEKDAYS or w in MONTHS or w in STOPWORDS for w in plain
    ) or any(_is_acronym(w) or w.count(".") > 1 for w in core):
        return None
    # "Al" opening a name is a given name ("Sen. Al Franken"); the Arabic article is
    # written lower-case or hyphenated in English news ("Bashar al-Assad", "al Assad")
    given = next(
        (
            w
            for k, w in enumerate(lowered[:-1])
            if len(w) > 1 and (w not in NAME_PARTICLES or (k == 0 and core[0] == "Al"))
        ),
        "",
    )
    key = lowered[-1] + (" " + suffix.strip(".") if suffix else "")
    return key, given


# "than" right after a lone capitalised word opening a sentence: "Rather than", "Other than".
_COMPARED = re.compile(r"\s+than\b")
# A verb in the form a plural subject takes, right after a lone capitalised word opening a
# sentence: "Advocates want that path too", "Critics say": a group, never one person named
# by a surname, who "wants" and "says" (fresh57's rw-725: "Advocates" took the "he added"
# of McCarthy's quote, a false misattribution).
_PLURAL_VERB = re.compile(
    r"\s+(?:(?:also|still|often|now|too)\s+)?(?:are|were|have|do|want|say|argue|hope|fear"
    r"|worry|believe|think|expect|warn|need|agree|insist|contend|claim|urge|see|feel|know"
    r"|complain|accuse|question)(?:n't)?\b"
)
# A complement fronted before "it" and its verb, which end the sentence: "Subtle, it isn't.",
# "Pretty, it was not.": "it" is the subject, the word before it describes it (an aside
# goes on after its comma: "Trump, it seems, ...", and is not this).
_FRONTED_COMPLEMENT = re.compile(r",\s+it(?:\s+(?:is|was)(?:n't|\s+not)?|'s(?:\s+not)?)\s*[.!?]")


def _acts(text: str, start: int, end: int, word: str) -> bool:
    """Whether a lone capitalised word is someone: the subject that begins a sentence
    ("Trump, as usual, hit back") or the one a speech verb names ("said diGenova"); not an
    opener ("However,") or a plural ("Investigators went", "Americans")."""
    lowered = word.lower()
    if lowered in SENTENCE_OPENERS or lowered.endswith(
        ("ly", "ing", "ed", "ers", "ors", "ists", "ians", "ans")
    ):
        return False
    if _PLURAL_VERB.match(text, end):
        return False  # before a speech verb's naming: "Critics say" is no "Price says"
    if _speaks(text, start, end):
        return True
    if _COMPARED.match(text, end):
        return False  # "Rather than go ahead, he chose ...": an adverb, the subject comes later
    if _FRONTED_COMPLEMENT.match(text, end):
        return False
    before = char_before(text, start)
    return (not before or before in ".!?\n") and bool(_SUBJECT_AFTER.match(text, end))


def _speaks(text: str, start: int, end: int) -> bool:
    """Whether a speech verb names the run at ``[start, end)``: "said diGenova", "Trump said"."""
    return bool(
        _SPEECH_BEFORE.search(text, max(0, start - 20), start)
        or _SPEECH_AFTER.match(text, end, end + 20)
    )


def looks_like_name(words: list[str]) -> bool:
    """Whether capitalised words could name a person (no place, body, day or acronym)."""
    return _identity(words) is not None


_OWNER = re.compile(
    r"\b([A-Z][\w-]*)(?: Jr\.| Sr\.)?'s\b|\b(?:for|of|to) (?:[A-Z][\w.-]* )*([A-Z][\w-]*)"
)


def owner_of(role_phrase: str) -> str | None:
    """Whose role a phrase names: "strzok" for "Strzok's lawyer" or "the lawyer for Peter
    Strzok"; None for "the lawyer", "his lawyer"."""
    found = _OWNER.search(role_phrase)
    return (found.group(1) or found.group(2)).lower() if found else None


def _title_case_labels(text: str) -> str:
    """A transcript's upper-case speaker labels in title case, offsets kept."""
    return LABEL.sub(lambda m: m.group("label").title() + m.group(0)[len(m.group("label")) :], text)


# "his son", "the attorney", "Stone's attorney", "the Texas governor": a role standing for a name.
ROLE_PHRASE = re.compile(
    r"(?:\b[Tt]he|\b[Hh]is|\b[Hh]er|\b[Tt]heir|\b[Ii]ts|\b[A-Z][\w.-]*'s)"
    r"(?:\s+[\w.'-]+){0,3}?\s+(?P<role>[a-z][a-z-]+)\b"
)

# "The California Democrat", "the Republican": someone called by his party, as by a role;
# not the party ("the Republican Party") nor its adjective before a noun ("the Republican
# nominee": a role phrase of its own) nor a name ("the Democrat Tom Hale").
_PARTY_PHRASE = re.compile(
    r"\b[Tt]he\s+(?:[A-Z][\w.'-]*\s+){0,2}(?:"
    + "|".join(p.capitalize() for p in sorted(PARTIES))
    + r")(?![\w'-])(?!\s+[A-Z])(?!\s+(?:"
    + "|".join(sorted(ROLE_NOUNS | set(ROLE_SYNONYMS)))
    + r")\b)"
)


class People:
    """Who a text names, and where.  Positions are offsets into ``text``."""

    def __init__(self, text: str, quoted: list[tuple[int, int]] | None = None) -> None:
        self.text = _title_case_labels(text)
        self._quoted = quoted or []  # names inside quotes are the speakers' words
        self._surnames: frozenset[str] = frozenset()  # set by ``_find``
        # the text's words as written, for ``_common_word``: one pass, not one per name
        self._written = frozenset(re.findall(r"\w+", self.text))
        self._found = self._find()
        self._persons: dict[tuple[str, str], Person] = {}
        self._roles: dict[Person, set[str]] = {}
        self._contexts: dict[Person, set[str]] = {}
        self.mentions: list[tuple[int, Person]] = []
        self.possessives: set[tuple[int, Person]] = set()  # mentions as owners: "Putin's"
        self._in_full: set[tuple[int, Person]] = set()  # mentions by given name and surname
        self._by_surname: list[tuple[int, Person]] = []  # not by a given name alone ("Sandra")
        self._evident: set[Person] = set()  # a role, a surname alone, or a speech verb
        self._sex: dict[Person, str] = {}  # "m" or "f", told unambiguously (``sex``)
        self._sex_beside: dict[Person, str] = {}  # the same, beside a full name (``sex_beside``)
        self._gather()
        self._named_at = {at for at, _ in self.mentions}

    def _full_surnames(self, runs: list[tuple[int, int, list[str]]]) -> frozenset[str]:
        """The surnames of the full names the writer gives ("William McGinely")."""
        names = [parse_name([w.removesuffix("'s") for w in run])[1] for _, _, run in runs]
        return frozenset(
            identity[0]
            for name in names
            if len(name) > 1 and (identity := _identity(name)) is not None and identity[1]
        )

    def _find(self) -> list[_Found]:
        found = []
        runs = [r for r in name_runs(self.text) if not any(a <= r[0] < b for a, b in self._quoted)]
        self._surnames = self._full_surnames(runs)
        for start, end, run in runs:
            possessive = run[-1].endswith("'s")
            words = [*run[:-1], run[-1].removesuffix("'s")]
            titles, name = parse_name(words)
            identity = _identity(name, self._surnames)
            if identity is None:
                continue
            key, given = identity
            before = self.text[max(0, start - 60) : start]
            if not titles and len(name) == 1:
                if words[0].lower() in ("the", "a", "an") or _MODIFIER_BEFORE.search(before):
                    continue  # "The Obama administration", "the Bush White House", "of Ohio"
                if key not in self._surnames and _TITLE_AFTER.match(self.text, end):
                    continue  # "Legislative policy director David Cretner": a title's word
                acts = _acts(self.text, start, end, name[0]) and not (
                    key not in self._surnames and self._common_word(start, end, name[0])
                )
                found.append(_Found(start, end, key, given, name, possessive=possessive, acts=acts))
                continue
            if not titles and _PLACE_BEFORE.search(before):
                if len(name) < 3:
                    continue  # "of New York", "in Fort Lauderdale"
                # "of the District of Columbia Joseph diGenova": a place, then a name
                name = name[-2:]
                identity = _identity(name)
                if identity is None:
                    continue
                key, given = identity
            own = {w.lower().removesuffix("'s") for w in titles}
            context = own | self._context(end, before)
            speaks = _speaks(self.text, start, end)
            roles = _roles([*own, *self._context(end, before, held=True)])
            sex = sex_of(titles) or self._kin_sex(end, before)
            found.append(
                _Found(
                    start, end, key, given, name, roles, context, possessive, speaks, sex, bool(sex)
                )
            )
        named = [item.start for item in found]
        for item in found:
            if not item.sex and item.given:
                item.sex = self._pronoun_sex(item.start, item.end, named)
        return found

    def _common_word(self, start: int, end: int, word: str) -> bool:
        """Whether a lone capitalised word opening a sentence is a common word the text
        writes in lower case elsewhere ("Upwards of forty residents signed" after "rose
        upwards of ten points"; "Progress, he said, is slow" after "spoke about progress"):
        capitalised only as a sentence's first word, it names no one.  Not when a speech
        verb names it ("said Price"), nor a surname the text gives in a full name (checked
        by the caller)."""
        if _speaks(self.text, start, end):
            return False
        lower = word.lower()
        if lower.isalnum():  # a whole word of the text exactly when it is one of its words
            return lower in self._written
        return re.search(r"\b" + re.escape(lower) + r"\b", self.text) is not None

    def _pronoun_sex(self, start: int, end: int, named: list[int]) -> str:
        """The sex of a sentence's subject named in full, told by the first "his"/"her" after
        it, before anyone else is named ("Ana Ruiz on Friday released her returns"): a
        reader binds the pronoun to the subject.  Not in quoted words (the speaker's)."""
        if char_before(self.text, start) not in ("", ".", "!", "?", "\n"):
            return ""
        stop = len(self.text)
        for closing in ".!?\n":
            at = self.text.find(closing, end)
            stop = min(stop, at) if at >= 0 else stop
        pronoun = next(
            (
                m
                for m in _SEXED_PRONOUN.finditer(self.text, end, stop)
                if not any(a <= m.start() < b for a, b in self._quoted)
            ),
            None,
        )
        if pronoun is None or any(end <= at < pronoun.start() for at in named):
            return ""
        return "f" if pronoun.group().lower().startswith("her") else "m"

    def _kin_sex(self, end: int, before: str) -> str:
        """The sex a kin word next to a name tells ("his wife, Sandra"), else ""."""
        found = _KIN_BEFORE.search(before) or _KIN_AFTER.match(self.text, end, end + 60)
        return _KIN_SEX[found.group("kin")] if found else ""

    def _context(self, end: int, before: str, *, held: bool = False) -> set[str]:
        """The words that say who someone is: just before the name ("press secretary Peter
        Cook", "the spokesman, Nick Merrill") and in the appositive after it ("Alan Futerfas,
        a lawyer for Trump Jr.,").  ``held``: only those of the roles the person holds, not
        of whom a role serves or what office it seeks (``_SERVED``)."""
        near = before.rsplit(",", 1)[-1].rsplit(".", 1)[-1]
        if held:
            near = _SERVED.split(near)[-1]  # "a lawyer for Peter Strzok": Strzok's none
        words = re.findall(r"[a-z][\w-]*", near)[-3:]
        inside = _INSIDE_APPOSITIVE.search(before) is not None
        for found in (
            _APPOSITIVE_BEFORE.search(before),
            None if inside else _APPOSITIVE_AFTER.match(self.text[end : end + 120]),
        ):
            if found:
                role = found.group("role")
                words += (_SERVED.split(role)[0] if held else role).split()
        return {w.lower().removesuffix("'s").strip(".") for w in words}

    def _gather(self) -> None:
        """Persons from full names first (each by its fullest form), then the mentions of
        surnames alone."""
        fullest: dict[tuple[str, str], str] = {}
        for item in self._found:
            name = " ".join(item.words)
            if item.given and len(name) > len(fullest.get((item.key, item.given), "")):
                fullest[(item.key, item.given)] = name
        for (key, given), name in fullest.items():
            self._persons[(key, given)] = Person(key, name, given)
        for item in self._found:
            person = (
                self._persons[(item.key, item.given)]
                if item.given
                else self.resolve(
                    item.key,
                    "",
                    item.roles,
                    item.start,
                    create=bool(item.roles) or item.acts,
                    sex=item.sex,
                )
            )
            if person is None:
                continue
            if item.sex and (item.given or self._told_apart(person, item.start, item.sex)):
                told = self._sex.setdefault(person, item.sex)
                if told != item.sex:
                    self._sex[person] = "?"  # told both ways: a reader cannot rely on it
            if item.sex and item.given and item.sex_beside:
                told = self._sex_beside.setdefault(person, item.sex)
                if told != item.sex:
                    self._sex_beside[person] = "?"
            self.mentions.append((item.start, person))
            if item.key.split()[0] == person.key.split()[0]:
                self._by_surname.append((item.start, person))
            if item.possessive:
                self.possessives.add((item.start, person))
            if item.given:
                self._in_full.add((item.start, person))
            if item.roles or item.acts or not item.given:
                self._evident.add(person)
            self._roles.setdefault(person, set()).update(item.roles)
            self._contexts.setdefault(person, set()).update(item.context)

    def evident(self, person: Person) -> bool:
        """Whether the text shows ``person`` is someone: a role, a title, a mention by
        surname alone or next to a speech verb ("Inaugural Address" shows none of these)."""
        return person in self._evident

    def _told_apart(self, person: Person, position: int, sex: str) -> bool:
        """Whether a surname with an honorific of ``sex`` ("Mrs. Cruz") can only be
        ``person``: everyone else of the surname named before is of the other sex."""
        return all(
            p == person or self.sex(p) not in ("", sex)
            for at, p in self.mentions
            if at < position and p.key == person.key
        )

    def sex_beside(self, person: Person) -> str:
        """ "m" or "f" when the text told it next to the person's full name, by an honorific
        or a kin word ("their father, former Vice President Dick Cheney", "Mrs. Ann Ruiz"),
        and never the other way; else "".  Surer than ``sex``, which also reads a "his" or
        "her" after a subject (the "her" of "Trey Gowdy argued that having told her side"
        is someone else's) and a bare "Mr. Trump" a text may resolve to the one Trump it
        names in full (Melania).  The right one where a misread would rule a person out
        on its own: which people a "he" or "she" may be (``speakers._of_sex``).  Not the
        one read for the sex a text tells elsewhere of a quotation's speaker
        (``quotations._told_sex``, which reads ``sex``: see there why)."""
        told = self._sex_beside.get(person, "")
        return "" if told == "?" else told

    def sex(self, person: Person) -> str:
        """ "m" or "f" when the text told it and never the other way, else "": by an
        honorific or a kin word beside any mention of the person (a surname alone too, when
        it can only be this person: ``_told_apart``), or by the first "his" or "her" after
        a sentence's subject named in full (``_pronoun_sex``).  Broader than
        ``sex_beside``, and with its misreads (see there).  The right one for telling apart
        two people of one surname (``resolve``, ``_told_apart``,
        ``speakers._unambiguous``): "Nora Vance released her tax returns ... Mrs. Vance
        said" makes "Mrs. Vance" Nora against Carl Vance only by the "her", which
        ``sex_beside`` never reads (``test_speakers``'s
        ``an_honorific_tells_apart_two_people_of_one_surname`` fails with it in any of
        the three), and nothing narrower tells the two apart.  Also read for the sex a
        text tells elsewhere of a quotation's speaker (``quotations._told_sex``: "Their
        father, Dick Cheney," then "Mr. Cheney"): a "his" after the full name is as true
        there (fresh18's rw-261, see there)."""
        told = self._sex.get(person, "")
        return "" if told == "?" else told

    def roles(self, person: Person) -> set[str]:
        """The roles the text gives ``person`` ("attorney" for "Goelman, Strzok's attorney")."""
        return self._roles.get(person, set())

    def context(self, person: Person) -> set[str]:
        """The words of the titles and appositives the text gives ``person``."""
        return self._contexts.get(person, set())

    def rivals(self, person: Person) -> list[Person]:
        """Other persons of the text with the same surname ("Asa" and "Seth Hutchinson")."""
        return [p for (key, _), p in self._persons.items() if key == person.key and p != person]

    def last_in_full(self, person: Person, position: int) -> int:
        """Where ``person`` was last named in full before ``position`` (-1: never)."""
        return max((at for at, p in self._in_full if p == person and at < position), default=-1)

    def resolve(
        self,
        key: str,
        given: str,
        roles: set[str],
        position: int,
        *,
        create: bool = False,
        sex: str = "",
    ) -> Person | None:
        """The person a name stands for at ``position``: by given name, then by role, then
        by the sex its honorific tells ("Mr. Cruz" is not the one the text made Mrs. Cruz),
        then the one last named in full before it ("Mr. Hutchinson" after "Seth Hutchinson")."""
        people = [p for (k, _), p in self._persons.items() if k == key]
        if not given:
            people = self._suffixed(key, position) or people
        if not people and not given:  # "Seth", for "Seth Hutchinson"
            people = [p for (_, g), p in self._persons.items() if g == key]
        if given:
            people = [p for p in people if p.given.startswith(given) or given.startswith(p.given)]
        if len(people) > 1 and roles:
            people = [p for p in people if roles & self._roles.get(p, set())] or people
        if len(people) > 1 and sex:
            told = [p for p in people if self.sex(p) == sex]
            people = told or [p for p in people if self.sex(p) in ("", sex)] or people
        if len(people) > 1:
            earlier = [p for at, p in self.mentions if at < position and p in people and p.given]
            people = earlier[-1:] or people[:1]
        if people:
            return people[0]
        if not create:
            return None
        person = self._persons[(key, given)] = Person(key, key.split()[0].capitalize(), given)
        return person

    def _suffixed(self, key: str, position: int) -> list[Person]:
        """ "Jackson" after "Jesse Jackson Jr.", when no other Jackson was named by surname
        before: a reader links a surname back to the one named with it, not to a "Sandra
        Jackson" the text names later (or only as "his wife, Sandra")."""
        before = {p for at, p in self._by_surname if at < position}
        if any(p.key == key for p in before):
            return []
        return [p for p in before if p.key.startswith(key + " ")]

    def named(self, mention: str, position: int) -> Person | None:
        """The person a name next to a quote stands for ("Mr. Kerry", "Sen. Jack Reed")."""
        runs = name_runs(mention)
        if not runs:
            return None
        titles, name = parse_name([w.removesuffix("'s") for w in runs[-1][2]])
        identity = _identity(name, self._surnames)
        if identity is None:
            return None
        key, given = identity
        return self.resolve(key, given, _roles(titles), position, sex=sex_of(titles))

    def written_in_full(self, name: str, *, quoted: bool = False) -> bool:
        """Whether the writer's words hold ``name`` as it stands ("choice of Paul Ryan as
        his running mate"), whether or not it was taken for a person there: a full name after
        "of" may be a place's ("of New York"), and is then not among the mentions.
        ``quoted``: inside quotation marks too (a show's title, "On the Record with Greta
        Van Susteren", or someone's words)."""
        if len(name.split()) < 2:
            return False
        # a capitalised word after it makes a longer name ("Paul Ryanson Smith"), but not in
        # a title in quotation marks, whose words are capitalised ("Andrea Mitchell Reports")
        pattern = r"(?<![\w.])" + re.escape(name) + r"(?![\w'-])(?P<more>\s+[A-Z])?"
        for found in re.finditer(pattern, self.text):
            inside = any(a <= found.start() < b for a, b in self._quoted)
            if (quoted or not inside) and not (found.group("more") and not inside):
                return True
        return False

    def between(self, start: int, end: int) -> list[tuple[int, Person]]:
        """The mentions of persons in ``[start, end)``, by name, by role or by party, in
        order; a role that names nobody named before it counts as someone else ("his son"),
        and so does a party ("the California Democrat"): a reader links either to the one
        it stands for by what the story told, which a "he" after it cannot skip over."""
        found = [(at, p) for at, p in self.mentions if start <= at < end]
        for match in ROLE_PHRASE.finditer(self.text, start, end):
            role = role_of(match.group("role"))
            if role is None:
                continue
            holders = self.holders(role, match.start(), owner_of(match.group()))
            if self._named_after(match.end()):
                continue  # "the spokesman, Nick Merrill": the name counts
            person = holders[0] if len(holders) == 1 else Person("the " + role, match.group())
            found.append((match.start(), person))
        # a party stands for someone as a role does; whom, the text does not say here
        for match in _PARTY_PHRASE.finditer(self.text, start, end):
            party = match.group().split()[-1].lower()
            found.append((match.start(), Person("the " + party, match.group())))
        return sorted(found, key=lambda item: item[0])

    def _named_after(self, position: int) -> bool:
        """Whether an appositive at ``position`` names someone, maybe after title words
        ("the spokesman, Nick Merrill", "Their father, former Vice President Dick Cheney")."""
        comma = _COMMA.match(self.text, position)
        at = comma.end() if comma else -1
        for _ in range(_TITLE_WORDS + 1):
            if at in self._named_at:
                return True
            word = _WORD_AND_SPACE.match(self.text, at) if at >= 0 else None
            if word is None:
                return False
            at = word.end()
        return False

    def holders(self, role: str, position: int, owner: str | None = None) -> list[Person]:
        """Everyone named before ``position`` whom the text gives this role ("attorney"
        for "Aitan Goelman, Strzok's attorney"): a reader links a role back, not forward.
        ``owner``: whose role it is ("strzok" for "Strzok's lawyer")."""
        named_before = {p for at, p in self.mentions if at < position}
        return [
            p
            for p, roles in self._roles.items()
            if role in roles
            and p in named_before
            and (owner is None or owner in self._contexts.get(p, set()))
        ]
