"""Facts about a person, compared wherever each text states them: spelling, age, title.

A rewrite moves a person's description between sentences and rewrites them past what the
aligner links ("Lieberman, 73, met with him" / "Lieberman, 75, who served in the Senate
..., met with Trump"), yet a person's name, age, title and body belong to the person, not
to a sentence: a reader who knows the source sees them changed wherever they stand.  So
these are compared across the whole texts, between mentions of one person (the same
surname and given names that agree, ``names.same_person``), and only when the texts say
one thing each: a name spelt one way in A and nowhere so in B, one age on each side, an
office of A ranked otherwise by every title B gives it ("deputy"), the body a person is
"a member of".
Read only for texts one of which is taken from the other, or two copies of one source
(``report.py``): independent reports describe people in their own ways.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from newstrace.analyse.facts.mentions import Mention, Passage, discrepancy, sentence_of
from newstrace.analyse.facts.names import Name, aliases, names, same_person, spelt_differently
from newstrace.analyse.facts.slots import Slotted, slot_changes, slotted_names
from newstrace.analyse.facts.titles import Title, different_titles, ranks_named, titles
from newstrace.analyse.facts.words import DEMONYM_SUFFIXES, GENERIC_RANKS, MEMBERSHIPS
from newstrace.analyse.prose import sentence_start
from newstrace.analyse.resources import NOT_PERSON_WORDS, ROLE_NOUNS, ROLE_SYNONYMS
from newstrace.model import Discrepancy

# An age in apposition right after a name: "Lieberman, 73," / "Sayoc Jr., 57,".
_AGE = re.compile(r"(?:\s+[JS]r\.)?,\s+(\d{1,3}),")


def _full(people: list[Name]) -> list[Name]:
    return [p for p in people if len(p.words) > 1]


def _spellings(a: list[Name], b: list[Name]) -> list[Discrepancy]:
    """A full name of A that B never writes, against the one B writes a letter or two apart
    ("Bernie Saunders" / "Bernie Sanders")."""
    found = []
    for name in _full(a):
        # a lone surname of B ("Cordova") says nothing of how B spells the given name
        full = _full(b)
        if any(same_person(name, m) or aliases(name.mention.text, m.mention.text) for m in full):
            continue
        partners = {m.mention.value: m for m in _full(b) if spelt_differently(name, m)}
        if len(partners) == 1:
            found.append(discrepancy("name", name.mention, next(iter(partners.values())).mention))
    return found


_KEPT = 3  # letters from its start a surname put for another keeps, at the least
_ADDED = 2  # letters a surname lengthened into another adds, at the least ("Lew"/"Lewis")
# Endings that make a word's plural or possessive, a place's adjective or its people
# ("New York" / "New Yorker", a place read as a name), not another name.
_NO_NEW_NAME = frozenset({"es", "'s", "s'", "er", "ers", "ite", "ites", *DEMONYM_SUFFIXES})


def _renamed(left: str, right: str) -> bool:
    """Two surnames one made of the other by changing its end ("Woodhouse"/"Woodward",
    "Gibbs"/"Gibson"): the same first three letters or more, half the shorter word at the
    least, and letters of its own past them on each side (not a plural or an adjective),
    or the whole shorter one lengthened by two letters or more that make no plural or
    adjective ("Lew"/"Lewis"); each a name's word, capitalised throughout ("Puerto
    Rican-born" is no name changed)."""
    if not all(part[:1].isupper() for word in (left, right) for part in word.split("-")):
        return False
    x, y = left.lower(), right.lower()
    shorter = min(len(x), len(y))
    kept = next((n for n in range(shorter) if x[n] != y[n]), shorter)
    added = max(x, y, key=len)[shorter:]
    lengthened = kept == shorter and len(added) >= _ADDED and added not in _NO_NEW_NAME
    return kept >= _KEPT and 2 * kept >= shorter and (kept < shorter or lengthened)


_FAMILIAR_START = 3  # letters a familiar form keeps of its name: "Dave"/"David"


def _another_given(left: str, right: str) -> bool:
    """Two given names of one initial and about one length ("Bill"/"Brad"): a familiar
    form is shorter or keeps the start ("Joe"/"Joseph", "Mike"/"Michael", "Jim"/"James",
    "Dave"/"David", "Kate"/"Katie"), and is the same name."""
    x, y = left.lower(), right.lower()
    familiar = x.startswith(y) or y.startswith(x) or abs(len(x) - len(y)) > 1
    kept = x[:_FAMILIAR_START] == y[:_FAMILIAR_START]
    return x[0] == y[0] and not familiar and not kept


# A member of Congress's party and state in brackets after the name: "(D-N.M.)", "(R-Texas)".
_MEMBER_TAG = re.compile(r"\s*\((?:[DRI]|Ind)-(?:[A-Z][A-Za-z.]*\s?){1,3}\)")


def _member_tag(text: str, name: Name) -> str:
    """The party and state written in brackets right after ``name`` (its offsets ``text``'s),
    without spaces; "" for none.  One surname of one party and one state in Congress is one
    member ("Mark Udall (D-N.M.)" / "Tom Udall (D-N.M.)": the cousins sat for two states), so
    a copy that gives the source's member another given name names the member otherwise."""
    tag = _MEMBER_TAG.match(text, name.mention.span.end)
    return "".join(tag[0].split()) if tag else ""


def _same_office(a: Title | None, b: Title | None) -> bool:
    return a is not None and b is not None and a.ranks[-1] == b.ranks[-1]


# Callings a sentence may give a person without a title before the name ("The group's
# pollster, Jim McLaughlin," / "The pollster for the group is John McLaughlin"): the
# role nouns that are someone's work, not a relation to someone or a passing part.
_CALLINGS = (ROLE_NOUNS | frozenset("businessman businesswoman".split())) - frozenset(
    """son daughter wife husband father mother brother sister friend boss source witness
    resident student worker official player attendee""".split()
)
_CALLING_WORD = re.compile(r"[a-z]+")


def _rank(title: Title) -> set[str]:
    """A title's office as a calling (``_calling``)."""
    return {ROLE_SYNONYMS.get(title.ranks[-1], title.ranks[-1])}


def _calling(text: str, name: Name) -> set[str]:
    """The callings named in the sentence of ``name`` (its offsets ``text``'s), each under
    one name (``ROLE_SYNONYMS``: "lawyer" and "attorney" are one calling)."""
    sentence = sentence_of(text, name.mention).text
    found = set(_CALLING_WORD.findall(sentence.lower())) & _CALLINGS
    return {ROLE_SYNONYMS.get(word, word) for word in found}


def _renamings(
    a: list[Name],
    b: list[Name],
    a_titles: list[Title],
    b_titles: list[Title],
    texts: tuple[str, str] = ("", ""),
) -> list[Discrepancy]:
    """A full name of A put for the one B writes, one part kept and the other changed a few
    letters past a kept start ("Brad Woodward" / "Brad Woodhouse") or, given the same
    office, another given name of one initial ("DNC spokesman Bill Woodhouse" / "DNC
    spokesman Brad Woodhouse"), or given no title, in sentences naming one calling ("The
    group's pollster, Jim McLaughlin" / "The pollster ... is John McLaughlin"): a copy
    names someone else where its source named the person, a change a reader sees though
    it is no misspelling.  Only one for one: B never names A's person and A never names
    B's, else they are two people both stories name."""
    a_title = {t.person.mention.span: t for t in a_titles}
    b_title = {t.person.mention.span: t for t in b_titles}

    def surname_changed(name: Name, other: Name) -> bool:
        return (
            not any(x.surname == name.surname for x in b)
            and not any(x.surname == other.surname for x in a)
            and other.words[0].lower() == name.words[0].lower()
            and _renamed(name.words[-1], other.words[-1])
        )

    def given_changed(name: Name, other: Name) -> bool:
        # B's person, whom A never names in full as B does (a lone surname of A, "Duncan
        # replied", is the person A named in full)
        if other.surname != name.surname or any(same_person(other, x) for x in _full(a)):
            return False
        if _member_tag(texts[0], name) == _member_tag(texts[1], other) != "":
            return True  # one member (``_member_tag``)
        return _another_given(name.words[0], other.words[0]) and (
            _same_office(*titled(name, other)) or called_alike(name, other)
        )

    def titled(name: Name, other: Name) -> tuple[Title | None, Title | None]:
        return a_title.get(name.mention.span), b_title.get(other.mention.span)

    def called_alike(name: Name, other: Name) -> bool:
        # their sentences name one calling ("pollster"), or one gives it as the title of
        # the other's name ("Campaign lawyer Mike Sheridan" / "Mark Sheridan, the attorney")
        x, y = titled(name, other)
        if x is not None and y is not None:
            return False  # two titles: ``_same_office``
        mine = _calling(texts[0], name) if x is None else _rank(x)
        theirs = _calling(texts[1], other) if y is None else _rank(y)
        return bool(mine & theirs)

    found = []
    for name in _full(a):
        # the same person, or one misspelt (``_spellings``); a lone surname of B ("Woodhouse
        # said") says nothing of the given name
        if any(same_person(name, m) or spelt_differently(name, m) for m in _full(b)):
            continue
        partners = {
            m.mention.value: m
            for m in _full(b)
            if surname_changed(name, m) or given_changed(name, m)
        }
        if len(partners) == 1:
            found.append(discrepancy("name", name.mention, next(iter(partners.values())).mention))
    return found


_LONE_LETTERS = 5  # letters a lone surname needs to be read as another misspelt


def _lone_spellings(a: list[Name], b: list[Name]) -> list[Discrepancy]:
    """A lone surname of A that neither text writes otherwise, a letter or two from the
    surname of the one full name both texts write ("Shannahan" of a copy that names
    "Patrick Shanahan" as its source does): the person the copy named in full, misspelt.
    A lone word alone says too little (``names.spelt_differently``); the full name written
    alike in both says who it is."""
    surnames = {p.surname for p in (*a, *b) if len(p.words) > 1}
    found = []
    for name in a:
        if len(name.words) != 1 or name.surname in surnames:
            continue
        if len(name.surname) < _LONE_LETTERS:
            continue  # a short word is a letter from many: "Nov." is no misspelt "Now"
        if any(m.surname == name.surname for m in b):
            continue
        # a person's surname, not a body's last word ("Renters" is no "Medical Center")
        both = [
            m
            for m in _full(b)
            if m.surname not in NOT_PERSON_WORDS and any(same_person(m, x) for x in _full(a))
        ]
        partners = {m.surname: m for m in both if spelt_differently(name, m)}
        if len(partners) == 1:
            found.append(discrepancy("name", name.mention, next(iter(partners.values())).mention))
    return found


def _ages(passage: Passage, people: list[Name]) -> list[tuple[Name, Mention]]:
    found = []
    for person in people:
        end = person.mention.span.end - passage.offset
        match = _AGE.match(passage.text, end)
        if match is not None:
            at = match.start(1)
            found.append((person, passage.mention(at, match.end(1), match.group(1), "age")))
    return found + _aged(passage, people)


# An age opening a sentence in place of the name: "So who is Dave Brat? ... The
# 49-year-old teaches at Randolph-Macon College."
_AGED = re.compile(r"(?:^|(?<=[.?!\n]\s)|(?<=[.?!]['\"”]\s))The\s+(\d{1,3})-year-old\b")


def _aged(passage: Passage, people: list[Name]) -> list[tuple[Name, Mention]]:
    """The ages a sentence opens with ("The 49-year-old"), each of the one person the
    sentence before names in full: the person it goes on about."""
    found = []
    for match in _AGED.finditer(passage.text):
        before = sentence_start(passage.text, max(0, match.start() - 2)) + passage.offset
        at = match.start() + passage.offset
        named = [p for p in _full(people) if before <= p.mention.span.start < at]
        if len({p.surname for p in named}) == 1:
            mention = passage.mention(match.start(1), match.end(1), match.group(1), "age")
            found.append((named[-1], mention))
    return found


def _age_changes(a: list[tuple[Name, Mention]], b: list[tuple[Name, Mention]]) -> list[Discrepancy]:
    """One age of a person in each text, two different numbers."""
    found = []
    for person, age in a:
        mine = {x.value for p, x in a if same_person(p, person)}
        theirs = [(p, x) for p, x in b if same_person(p, person)]
        values = {x.value for _, x in theirs}
        if len(mine) == 1 and len(values) == 1 and age.value not in values:
            found.append(discrepancy("number", age, theirs[0][1]))
    return found


def _one_office(a: Title, b: Title) -> bool:
    """Two titles of one office (the same last rank, or any rank of one body named alike;
    not a generic one like "adviser"): a rank changer between them ("deputy press
    secretary" / "press secretary") or another rank of the body is a change wherever they
    stand; other differences may be two offices a person held in turn."""
    if a.ranks[-1] in GENERIC_RANKS or b.ranks[-1] in GENERIC_RANKS:
        return False
    # one body named alike: the person's office in it ("NAACP chairman"/"NAACP President")
    if a.ranks[-1] == b.ranks[-1] or (bool(a.body) and a.body == b.body):
        return True
    # one unnamed body, the same word before the rank: "campaign manager" / "campaign
    # chairman" are two offices of one campaign, not two posts held in turn
    qualifier = _qualifier(a)
    if qualifier is not None and qualifier == _qualifier(b):
        return True
    # a seat in one chamber or the other: "Rep. Rand Paul" / "Sen. Rand Paul"
    return {a.ranks[-1], b.ranks[-1]} <= MEMBERSHIPS


_TITLE_WORD = re.compile(r"[A-Za-z][\w.'-]*")


def _qualifier(title: Title) -> str | None:
    """The lower-case word right before a title's last rank ("campaign" of "Moore campaign
    chairman"), None when there is none or it is a rank itself."""
    start = title.person.mention.span.start - title.mention.span.start
    words = _TITLE_WORD.findall(title.mention.text[:start])
    last = [n for n, w in enumerate(words) if title.ranks[-1] in ranks_named(w)]
    if not last or last[-1] == 0:
        return None
    word = words[last[-1] - 1]
    return word if word.islower() and not ranks_named(word) else None


def _title_changes(a: list[Title], b: list[Title]) -> list[Discrepancy]:
    found = []
    for title in a:
        theirs = [t for t in b if same_person(title.person, t.person)]
        if theirs and all(_one_office(title, t) and different_titles(title, t) for t in theirs):
            found.append(discrepancy("title", title.mention, theirs[0].mention))
    return found


# How far after a person's name the body they are said to be of may stand: in apposition
# ("Bob Corker of Tennessee, a member of the Budget Committee").
_AFFILIATION_REACH = 40
# A name right after "of" is a place or a body ("Bob Corker of Tennessee"), not a person.
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")


def _affiliations(passage: Passage, people: list[Name]) -> list[Slotted]:
    """The bodies a passage says people are of, right after their names ("Mr. Corker, a
    member of": a surname alone will do, as the person named just before)."""
    found = []
    for x in slotted_names(passage, people):
        start = x.mention.span.start
        near = [
            p
            for p in people
            if 0 <= start - p.mention.span.end <= _AFFILIATION_REACH
            and not _OF_BEFORE.search(passage.text, 0, p.mention.span.start - passage.offset)
        ]
        if near:
            found.append(replace(x, subject=near[-1]))
    return found


def _named_alike(change: Discrepancy, b_people: list[Name]) -> bool:
    """A changed name whose two sides are one person the source names in full elsewhere:
    the copy's "Raghunathan" for the source's "Priya" when the source writes "Priya
    Raghunathan", or the copy's "Beto O'Rourke" for a slip "Rourke" the source writes
    right elsewhere.  A reader sees the same person; a passage alone cannot tell."""
    a_names, b_names = (names(Passage.of(text, 0)) for text in (change.a_text, change.b_text))
    if len(a_names) != 1 or len(b_names) != 1:
        return False
    copy, source = a_names[0], b_names[0]
    return any(
        len(full.words) > 1
        and _names_one(full, copy)
        and (_names_one(full, source) or spelt_differently(full, source))
        for full in b_people
    )


def _names_one(full: Name, part: Name) -> bool:
    """``part`` is ``full`` or one of its words ("Priya", "Raghunathan")."""
    words = [w.lower() for w in full.words]
    mine = [w.lower() for w in part.words]
    return mine == words or (len(mine) == 1 and mine[0] in words)


@lru_cache(maxsize=64)  # both texts' names are read twice a comparison, B's read ahead
def text_names(text: str) -> tuple[Name, ...]:
    """Every name of a whole text (``names.names``)."""
    return tuple(names(Passage.of(text, 0)))


def known_names(changes: list[Discrepancy], a_text: str, b_text: str) -> list[Discrepancy]:
    """``changes`` without the name changes that are one person the source names in full."""
    b_people = list(text_names(b_text))
    return [c for c in changes if c.kind != "name" or not _named_alike(c, b_people)]


def person_changes(a_text: str, b_text: str, *, copy: bool = False) -> list[Discrepancy]:
    """The names, ages and titles A gives people differently from B, anywhere in either.
    ``copy``: A is taken from B, or both from one source, so a name A puts for B's is the
    person renamed (``_renamings``); in reports of their own the two may be two people."""
    a_people, b_people = list(text_names(a_text)), list(text_names(b_text))
    (a_titles, a_ages, a_bodies), (b_titles, b_ages, b_bodies) = map(_described, (a_text, b_text))
    return [
        *_spellings(a_people, b_people),
        *_lone_spellings(a_people, b_people),
        *(
            _renamings(a_people, b_people, list(a_titles), list(b_titles), (a_text, b_text))
            if copy
            else []
        ),
        *_age_changes(list(a_ages), list(b_ages)),
        *_title_changes(list(a_titles), list(b_titles)),
        *slot_changes(list(a_bodies), list(b_bodies)),
    ]


def text_titles(text: str) -> tuple[Title, ...]:
    """Every title a whole text gives its people (``titles.titles``)."""
    return _described(text)[0]


@lru_cache(maxsize=64)  # a text compared with several (``trace``, ``scan``) is read once
def _described(
    text: str,
) -> tuple[tuple[Title, ...], tuple[tuple[Name, Mention], ...], tuple[Slotted, ...]]:
    """What a whole text says of its people: their titles, ages and affiliations."""
    passage, people = Passage.of(text, 0), list(text_names(text))
    return (
        tuple(titles(passage, people)),
        tuple(_ages(passage, people)),
        tuple(_affiliations(passage, people)),
    )
