"""Names of bodies that begin alike and end otherwise, in two aligned sentences.

A rewrite that puts one body for another of a like name keeps the name's first words and
changes its last: "Human Rights Watch" / "Human Rights Campaign", "Congressional Budget
Office" / "Congressional Research Service".  No type of body need end either name, and the
words around the name may be reworded, so neither ``slots.py`` nor ``typed.py`` reads it.
A name of A the other sentence never states, against the only name of B beginning with
the same words and never stated in A, is a change -- when the names are of three words or
more (two people of one given name are two speakers, ``quotes.py``) and the two are not
one name written two ways (an alias, a short form).  Across a copy's whole text a name of
two words is read too, when it is no person's (``_unpersonal``).
"""

from __future__ import annotations

import re

from newstrace.analyse.facts.mentions import Passage, strip_possessive
from newstrace.analyse.facts.names import aliases, is_title, misspelt, sounds_alike
from newstrace.analyse.facts.words import EMPTY_WORDS
from newstrace.analyse.resources import MONTHS, NAME_SUFFIXES, PARTIES, WEEKDAYS
from newstrace.model import Discrepancy
from newstrace.segment.document import Document

# Capitalised words, "of"/"for"/"on" between them ("Office of Congressional Ethics"); "and"
# joins two names ("the White House and Mr. Boehner").
_RUN = re.compile(r"(?<![\w.'])[A-Z][\w&'-]*(?:\s+(?:(?:of|for|on)\s+)?[A-Z][\w&'-]*)+")
_SKIPPED = frozenset({"the"})
# Words a name needs: two in common besides the one changed.  "John Smith" / "John Jones"
# are two people, "Human Rights Watch" / "Human Rights Campaign" two bodies.
_MIN_WORDS = 3
# Across a copy's whole text a body of two words ("the Washington Post" / "the Washington
# Times", "America Rising" / "America Forward"): a copy names its source's people, so a
# two-word name of its own against one of the source's is a body renamed -- unless either
# reads as a person's (``_unpersonal``).
_MIN_WORDS_ACROSS = 2
# The last word of a place's name: "New York City" is a place, no body, so "the New York
# Times" is not it renamed.
_PLACE_HEADS = frozenset("city county state township".split())
# A last word hyphened to a lower-case one is an adjective, no name: "Puerto Rican-born",
# "Texas-based".
_ADJECTIVE = re.compile(r"-[a-z]+$")


def _runs(passage: Passage, least: int = _MIN_WORDS) -> list[tuple[tuple[str, ...], int, int]]:
    """The capitalised runs of a passage: their words (lower case, no possessive, no
    "the") and where they stand; a word that only opens the sentence is left out."""
    found = []
    for match in _RUN.finditer(passage.text):
        start, text = match.start(), match.group()
        before = passage.text[:start].rstrip()
        first, _, rest = text.partition(" ")
        opening = not before or before[-1] in ".!?\"'\u201c:"
        if opening and first.lower() in EMPTY_WORDS:  # "In Human Rights Watch's view"
            start, text = start + len(first) + 1, rest.lstrip()
        text = _before_title(text)
        words = tuple(
            strip_possessive(w.lower()) for w in text.split() if w.lower() not in _SKIPPED
        )
        if len(words) < least or words[-1] in _PLACE_HEADS or _ADJECTIVE.search(words[-1]):
            continue
        if not _personal(words, passage.text[start + len(text) :]):
            found.append((words, start, start + len(text)))
    return found


# A party's members named last ("Log Cabin Republicans", "Blue Dog Democrats") make the
# run a group's name: the party word is no title of a person named after it.
_MEMBERS = frozenset(party + "s" for party in PARTIES)


def _before_title(text: str) -> str:
    """The body that heads a run before a title and a name: "Human Rights Campaign
    President Chad Griffin" names the body whose president he is, as "Chad Griffin,
    president of the Human Rights Campaign" does.  The run itself when no title follows
    a word of it."""
    words = text.split()
    cut = next((n for n, word in enumerate(words) if n and _titles(words, n)), None)
    if cut is None:
        return text
    return text[: _word_start(text, words, cut)].rstrip()


def _titles(words: list[str], n: int) -> bool:
    """``words[n]`` is a person's title, not the party members that end a group's name."""
    last = n == len(words) - 1 and strip_possessive(words[n].lower()) in _MEMBERS
    return is_title(words[n]) and not last


def _word_start(text: str, words: list[str], n: int) -> int:
    at = 0
    for word in words[:n]:
        at = text.index(word, at) + len(word)
    return text.index(words[n], at)


def _personal(words: tuple[str, ...], after: str) -> bool:
    """A person's name or a date: a title among the words ("Treasury Secretary Jacob Lew"),
    a middle initial last ("Judge Neil M. Gorsuch"), a suffix ("Jr"), a month or weekday."""
    titled = words[:-1] if words[-1] in _MEMBERS else words
    return (
        any(map(is_title, titled))
        or len(words[-1]) == 1
        or words[-1] in NAME_SUFFIXES
        or bool({words[0], words[-1]} & (MONTHS | WEEKDAYS))
        or (re.match(r"\.\s+[A-Z]", after) is not None and len(words[-1]) <= 2)
    )


def _states(words: tuple[str, ...], runs: list[tuple[tuple[str, ...], int, int]]) -> bool:
    return any(words == other or set(words) <= set(other) for other, _, _ in runs)


def _kin(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """The same words but the last: "human rights watch" / "human rights campaign"."""
    return (
        len(x) == len(y)
        and x[:-1] == y[:-1]
        and x[-1] != y[-1]
        and not aliases(" ".join(x), " ".join(y))
        and not (x[-1].startswith(y[-1]) or y[-1].startswith(x[-1]))  # "Corp"/"Corporation"
    )


def _renamed(a: Passage, b: Passage, a_at: tuple[int, int], b_at: tuple[int, int]) -> Discrepancy:
    """The organisation of ``a.original[a_at]`` renamed ``b.original[b_at]``."""
    return Discrepancy(
        kind="organisation",
        a_text=a.original[slice(*a_at)],
        b_text=b.original[slice(*b_at)],
        a_span=a.span(*a_at),
        b_span=b.span(*b_at),
    )


def kin_changes(a: Passage, b: Passage, least: int = _MIN_WORDS) -> list[Discrepancy]:
    """Bodies of A named like one of B but for the last word (names of ``least`` words or
    more)."""
    a_runs, b_runs = _runs(a, least), _runs(b, least)
    a_own = [r for r in a_runs if not _states(r[0], b_runs)]
    b_own = [r for r in b_runs if not _states(r[0], a_runs)]
    found = []
    for x, x_start, x_end in a_own:
        partners = [(y, s, e) for y, s, e in b_own if _kin(x, y)]
        rivals = [r for r in a_own if any(_kin(r[0], p[0]) for p in partners)]
        if len(partners) != 1 or len(rivals) != 1:
            continue
        _, y_start, y_end = partners[0]
        found.append(_renamed(a, b, (x_start, x_end), (y_start, y_end)))
    return found


def renamed_bodies(a_doc: Document, b_doc: Document) -> list[Discrepancy]:
    """Bodies a copy names like one of its source's but for the last word, anywhere in the
    two texts: a body's name belongs to the body, not to a sentence, so a copy that renames
    it in a sentence it rewrote past what the aligner links ("the Conservative Political
    Action Committee gathering" / "the Conservative Political Action Conference") changed
    it still -- when neither text ever writes the other's name.  A headline capitalises
    its verb, so two of its capitalised words are no name, and an aggregator rewrites
    headlines all the time: a name of two words standing in one is not read ("Kerry Says" /
    "Kerry Signals" in headlines put before the seed pair's texts: facts53's reading; which
    lines are headlines is the document's, ``Document.headlines``)."""
    a_text, b_text = a_doc.text, b_doc.text
    a, b = Passage.of(a_text, 0), Passage.of(b_text, 0)
    found = [
        c
        for c in kin_changes(a, b, _MIN_WORDS_ACROSS)
        if len(_words(c.a_text)) >= _MIN_WORDS
        or (
            _bodies(c, a_text, b_text)
            and not a_doc.headlines.holds(c.a_span)
            and not b_doc.headlines.holds(c.b_span)
        )
    ]
    return found + [
        c
        for c in renamed_schools(a, b)
        if not any(c.a_span.overlap(d.a_span) or c.b_span.overlap(d.b_span) for d in found)
    ]


# The words that end a school's name; a university holds colleges, schools and institutes
# ("Harvard Law School" is Harvard University's), so one named for the other may name the
# whole for its part, no other body.
_SCHOOLS = frozenset("academy college institute school seminary university".split())
_PARTS_OF_UNIVERSITY = frozenset("college institute school".split())


def _another_school(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Two schools' names beginning with the same word and ending with another kind of
    school: "Naval Academy" / "Naval War College", "Princeton University" / "Princeton
    Theological Seminary"."""
    heads = {x[-1], y[-1]}
    return (
        x[0] == y[0]
        and x[-1] != y[-1]
        and heads <= _SCHOOLS
        and not ("university" in heads and heads & _PARTS_OF_UNIVERSITY)
    )


def renamed_schools(a: Passage, b: Passage) -> list[Discrepancy]:
    """A school of a copy named like one of its source's but ending with another kind of
    school ("graduates of the U.S. Naval Academy" / "U.S. Naval War College graduates",
    rw-675): an academy is not a college, whatever the words they share; the names of two
    lengths, ``kin_changes`` does not read them.  Each name the only one of the other text
    so paired, neither text naming the other's, and neither naming a school of the other's
    kind with the same first word (rw-551's "Georgetown Public Affairs Institute" is the
    source's "Georgetown Public Policy Institute" renamed, not its "Georgetown University")."""
    a_runs, b_runs = _runs(a, _MIN_WORDS_ACROSS), _runs(b, _MIN_WORDS_ACROSS)
    a_own = [r for r in a_runs if not _states(r[0], b_runs)]
    b_own = [r for r in b_runs if not _states(r[0], a_runs)]
    found = []
    for x, x_start, x_end in a_own:
        partners = {y: (s, e) for y, s, e in b_own if _another_school(x, y)}
        rivals = {r for r, _, _ in a_own if any(_another_school(r, y) for y in partners)}
        if len(partners) != 1 or len(rivals) != 1:
            continue
        ((y, (y_start, y_end)),) = partners.items()
        if any(r[0] == x[0] and r[-1] == x[-1] for r, _, _ in b_runs) or any(
            r[0] == y[0] and r[-1] == y[-1] for r, _, _ in a_runs
        ):
            continue  # the other text names a school of this one's kind
        found.append(_renamed(a, b, (x_start, x_end), (y_start, y_end)))
    return found


def _bodies(change: Discrepancy, a_text: str, b_text: str) -> bool:
    """Two bodies of two words, no person's name misspelt ("Heather Morris" / "Heather
    Norris": a surname's spellings are ``persons.py``'s, which reads them as names)."""
    last_a, last_b = (_last(name) for name in (change.a_text, change.b_text))
    if misspelt(last_a, last_b) or sounds_alike(last_a, last_b):
        return False
    return all(_unpersonal(name, a_text, b_text) for name in (change.a_text, change.b_text))


def _last(name: str) -> str:
    """A name's last word, no possessive ("Romano’s" -> "Romano")."""
    return strip_possessive(_words(name)[-1].replace("\u2019", "'"))


def _words(name: str) -> list[str]:
    return [w for w in name.split() if w.lower() not in _SKIPPED]


def _unpersonal(name: str, *texts: str) -> bool:
    """A two-word name no person's: neither text writes its last word alone, as a story
    names a person again by the surname ("Mark Kelly ... Kelly said"), nor a title right
    before it ("Sen. Mark Kelly"), nor another name of two words listed after it ("Mark
    Kelly, John Smith and ...": a list of people as often as of bodies)."""
    first, last = _words(name)[:2]
    listed = re.compile(rf"{re.escape(name)}\W*(?:,|\band\b)\W*[A-Z]\w*\W+[A-Z]")
    alone = re.compile(rf"(?<!{re.escape(first)} )\b{re.escape(strip_possessive(last))}\b")
    before = re.compile(rf"([\w.]+)\s+{re.escape(name)}")
    for text in texts:
        if alone.search(text) or listed.search(text):
            return False
        if any(is_title(m.group(1)) for m in before.finditer(text)):
            return False
    return True
