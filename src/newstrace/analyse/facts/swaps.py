"""Words swapped in an otherwise unchanged run of two aligned passages.

A rewrite that changes a fact keeps the words around it: "name his running mate by
Thursday" / "by Friday", "48 firefighters" / "46 firefighters", "on NBC's Face the Nation"
/ "on CBS's", "resigned as chief of staff to" / "resigned as communications director to".
The kind-specific rules (``counts.py``, ``dates.py``, ``titles.py``, ``slots.py``) each
need their fact to be recognised in a role; this one needs only a word diff of the two
passages: a short replaced run whose neighbours are the same on both sides, and that holds
a number, a date, a rank or a proper name on both sides, is a changed fact.  The neighbours
must say something (a content word among them), so "said on Thursday" / "said on Friday"
of two independent reports is not read as one statement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from rapidfuzz.distance import Levenshtein

from newstrace.analyse.facts.counts import holds, read_number, same_value
from newstrace.analyse.facts.mentions import Passage, strip_possessive
from newstrace.analyse.facts.names import (
    Name,
    aliases,
    is_title,
    same_person,
    spelt_differently,
)
from newstrace.analyse.facts.words import (
    BODY_HEADS,
    DEMONYM_SUFFIXES,
    EMPTY_WORDS,
    FUNCTION_WORDS,
    GENERIC_RANKS,
    GOVERNMENT_NAMES,
    MEMBERSHIPS,
    OFFICES_IN_A_BODY,
    ORGANISATION_TYPES,
    PRESS_STAFF,
    RANK_ABBREVIATIONS,
    RANK_CHANGERS,
    RANKS,
    ROUGH_WORDS,
)
from newstrace.analyse.resources import DESIGNATIONS, MONTHS, WEEKDAYS
from newstrace.model import Discrepancy, DiscrepancyKind, Span

_DECADE = re.compile(r"(?:19|20)\d0'?s")
_TOKEN = re.compile(
    # a time ("4:35") is one token, and no number; a decade ("1980s", "1990's") is one,
    # its ten years
    r"\d{1,2}:\d\d|"
    + _DECADE.pattern
    + r"\b|\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:st|nd|rd|th)?%?|[A-Za-z][\w'&.-]*"
)
# The share of their words two passages must have in common (difflib's ratio) for a swap
# between them to be read as one statement changed: independent reports' paraphrases
# share less.
MIN_SHARED = 0.5
_MAX_SWAP = 3  # tokens on each side of a swap read as one fact
_ANCHOR = 3  # unchanged tokens on each side looked at for a content word
# Words that say nothing about which fact stands next to them.
_EMPTY = EMPTY_WORDS | frozenset({"told", "also"})
# Words before a rank that date it rather than name another office.
_TIMELESS = frozenset("former then now current late ex".split())
# Words written with a full stop of their own ("Dec.", "Gov."), kept in what is shown.
_ABBREVIATED = re.compile(
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|mon|tues?|wed|thurs?|fri|sat|sun"
    r"|mr|mrs|ms|dr|sen|rep|gov|gen|adm|lt|col|capt|sgt|st|jr|sr|inc|corp|co|ltd"
)
# Words that make another rank of the one after them ("rear"/"vice" admiral).
_RANK_MODIFIERS = RANK_CHANGERS | frozenset("rear vice brigadier major senior".split())
# Modifiers whose addition alone makes another office ("lieutenant governor"/"governor");
# "acting", "interim" or "chief" added say the same office, held for now or at its head.
_OTHER_OFFICE = frozenset("vice deputy assistant associate lieutenant under rear".split())
# Two words for one office, as reports use them.
_SAME_RANKS = (frozenset({"justice", "judge"}), frozenset({"spokesman", "spokesperson"}))
# Two names of one office: the president is the commander in chief ("a Democratic
# president could" / "a Democratic commander in chief could").
_SAME_OFFICES = (frozenset({"president", "commander in chief"}),)
_SPEECH = frozenset("said says told asked added wrote according tweeted".split())
# A span of time after a word placing it ("last week", "next month"): a date, so "last
# week" / "last month" after the same words dates one event two ways.
_PLACED = frozenset("last next this past".split())
_PERIODS = frozenset("week weekend month year".split())


@dataclass(frozen=True, slots=True)
class _Token:
    word: str  # lower-case, without possessive or final full stop
    start: int
    end: int
    capital: bool
    acronym: bool  # "NBC", "FBI"
    sentence_start: bool


def _tokens(passage: Passage) -> list[_Token]:
    found: list[_Token] = []
    for match in _TOKEN.finditer(passage.text):
        raw = match.group()
        word = strip_possessive(raw.lower())
        end = match.end()
        if _DECADE.fullmatch(raw):
            word = raw.replace("'", "")  # "1990's" is "1990s"
        if re.fullmatch(r"(?:[a-z]\.){2,}", word):
            word = word.replace(".", "")  # "F.B.I." is "FBI"
        elif word.endswith("."):
            word = word.rstrip(".")
            end -= 0 if _ABBREVIATED.fullmatch(word) else 1  # a sentence's full stop
        first = _starts_sentence(passage.text, match.start(), found[-1] if found else None)
        # a sentence's full stop is no part of the acronym before it ("told CNN."), nor
        # is a possessive, with its "s" or without ("on CBS' program")
        acronym = re.fullmatch(r"[A-Z]{2,6}(?:'s?)?\.?", raw) is not None
        found.append(_Token(word, match.start(), end, raw[0].isupper(), acronym, first))
    return found


def _starts_sentence(text: str, start: int, previous: _Token | None) -> bool:
    """After a full stop that is not an abbreviation's ("U.S. Park Police"), "!", "?",
    an opening quote or a colon: a capital there says nothing."""
    before = text[:start].rstrip()
    if not before or before[-1] in "!?\"'\u201c:":
        return True
    if before[-1] != "." or previous is None:
        return False
    initials = re.fullmatch(r"(?:[A-Za-z]\.)+", text[previous.start : previous.end])
    return not (initials or _ABBREVIATED.fullmatch(previous.word))


def _number(token: _Token) -> tuple[str, bool] | None:
    return read_number(token.word.lstrip("$").rstrip("%"))


def _is_year(token: _Token) -> bool:
    return re.fullmatch(r"(?:19|20)\d\d", token.word) is not None or bool(
        _DECADE.fullmatch(token.word)
    )


def _is_date_word(token: _Token) -> bool:
    return token.word in WEEKDAYS or (token.capital and token.word in MONTHS)


def _is_rank(token: _Token) -> bool:
    return token.word in RANKS or token.word in RANK_ABBREVIATIONS


def _proper(token: _Token) -> bool:
    """A capitalised word that names something: not a sentence's first word, a function
    word, a month or a weekday."""
    return (
        token.capital
        and not token.sentence_start
        and token.word not in _EMPTY
        and not _is_date_word(token)
        and not _is_rank(token)
        and not is_title(token.word)
        and "-" not in token.word  # "R-Mass.": a party and state
        and token.word not in DESIGNATIONS
    )


def _content(tokens: list[_Token]) -> bool:
    return any(t.word not in _EMPTY for t in tokens)


def _trim(a: list[_Token], b: list[_Token]) -> tuple[list[_Token], list[_Token]]:
    """The swap without the function words at its edges ("a rear" / "to vice")."""
    while len(a) > 1 and a[0].word in FUNCTION_WORDS:
        a = a[1:]
    while len(b) > 1 and b[0].word in FUNCTION_WORDS:
        b = b[1:]
    while len(a) > 1 and a[-1].word in FUNCTION_WORDS:
        a = a[:-1]
    while len(b) > 1 and b[-1].word in FUNCTION_WORDS:
        b = b[:-1]
    return a, b


def _numbers_differ(a: list[_Token], b: list[_Token], before: list[_Token]) -> bool:
    x, y = _number(a[0]), _number(b[0])
    if x is None or y is None or x[1] != y[1] or same_value(x[0], y[0]):
        return False  # not two numbers, a count and a rank ("one more"/"a second"), or one
    if a[0].word.startswith("$") != b[0].word.startswith("$"):
        return False  # a sum and a count are two things: "a $4,600 hat" / "two hats"
    rough = any(t.word in ROUGH_WORDS for t in before[-2:])
    low, high = sorted((float(x[0]), float(y[0])))
    return not (rough and high - low <= 0.1 * high)


def _kind(
    a: list[_Token], b: list[_Token], before: list[_Token], after: list[_Token]
) -> DiscrepancyKind | None:
    """What a swap of ``a`` for ``b`` between unchanged ``before`` and ``after`` changes."""
    if len(a) == 1 and len(b) == 1:
        if _is_year(a[0]) and _is_year(b[0]):
            return "date" if a[0].word != b[0].word else None
        if _numbers_differ(a, b, before):
            next_to_month = any(_is_date_word(t) for t in (*before[-1:], *after[:1]))
            return "date" if next_to_month else "number"
        if _is_date_word(a[0]) and _is_date_word(b[0]):
            weekdays = (a[0].word in WEEKDAYS) == (b[0].word in WEEKDAYS)
            return "date" if weekdays else None
        if before and before[-1].word in _PLACED and {a[0].word, b[0].word} <= _PERIODS:
            return "date"
        if _subject_of_body(a[0], b[0], before, after):
            return "organisation"  # "the House intelligence committee" / "oversight"
    if all(t.word.isalpha() or "." in t.word or "-" in t.word for t in (*a, *b)):
        if _ranked(a, b, after):
            return "title"
        if all(map(_proper, a)) and all(map(_proper, b)):
            return _proper_kind(a, b, after)
        if _bodies(a) and _bodies(b):
            return "organisation"  # "the Justice Department" / "the White House"
        if _bodies([*a, *after[:1]]) and _bodies([*b, *after[:1]]):
            return "organisation"  # "the Justice Department" / "the State Department"
    return None


def _subject_of_body(x: _Token, y: _Token, before: list[_Token], after: list[_Token]) -> bool:
    """A lower-case word between a name and a type of body says which of its bodies it is
    ("the House intelligence committee" / "the House oversight committee", "the Pentagon
    budget office"), as a capitalised one would; the name must stand inside the sentence,
    so a sentence's first word is no name, and the body's type is in lower case too: "pitted
    Obama against House leaders" / "splintered Obama from House leaders" name no body."""
    words = [x, y]
    lower = all(t.word.isalpha() and not t.capital and t.word not in _EMPTY for t in words)
    named = bool(before) and before[-1].capital and not before[-1].sentence_start
    head = bool(after) and not after[0].capital and after[0].word in ORGANISATION_TYPES
    return lower and named and head


def _bodies(tokens: list[_Token]) -> bool:
    """Capitalised words ending in a type of body, title words among them ("Justice
    Department")."""
    capitals = all(t.capital and not t.sentence_start for t in tokens)
    return capitals and tokens[-1].word in ORGANISATION_TYPES


def _ranks(tokens: list[_Token]) -> set[str]:
    """The ranks the words name, abbreviations spelt out ("CEO": chief, executive)."""
    return {w for t in tokens for w in RANK_ABBREVIATIONS.get(t.word, t.word).split()} & RANKS


def _ranked(a: list[_Token], b: list[_Token], after: list[_Token]) -> bool:
    """Two offices: a rank on each side ("manager"/"chairman", "chief of staff"/
    "communications director"), or two words before one rank ("rear"/"vice" admiral)."""
    if any(t.word in _TIMELESS for t in (*a, *b)):
        return False
    if {" ".join(t.word for t in a), " ".join(t.word for t in b)} in _SAME_OFFICES:
        return False
    if _ranks(a[-1:]) and _ranks(b[-1:]):  # the head of a title is its last word
        heads = {a[-1].word, b[-1].word}
        if heads & GENERIC_RANKS or heads in _SAME_RANKS:
            return False
        # a seat in a body and an office in it are held together, as ``titles.py`` reads
        # them: "Speaker John Boehner" / "Representative John Boehner" is one person
        # named by either, not an office changed
        seats = _ranks(a[-1:]) | _ranks(b[-1:])  # "Rep." spelt out
        if seats & MEMBERSHIPS and seats & OFFICES_IN_A_BODY:
            return False
        if any(
            _ranks(x) == {"chief"} and (_ranks(y[-1:]) <= BODY_HEADS or "chief" in _ranks(y))
            for x, y in ((a, b), (b, a))
        ):
            # a body's "chief" is its head: "party chief" / "party chairman"; and a title
            # with "chief" in it shortened to that word is the same office: "NRA chief" /
            # "NRA CEO" (chief executive)
            return False
        return _ranks(a) != _ranks(b)
    modifiers = all(t.word in _RANK_MODIFIERS for t in (*a, *b))
    return modifiers and len(a) == len(b) == 1 and bool(after) and _is_rank(after[0])


def _proper_kind(a: list[_Token], b: list[_Token], after: list[_Token]) -> DiscrepancyKind | None:
    """A body when both names say so (an acronym, "University", "Police") or the word after
    them is an outlet's ("Boston Globe columnist"), a name when neither does; a body set
    against a person or a place ("Livingston High School" /
    "Livingston, New Jersey", "Carla Whitcombe" / "the State Lottery Commission") is two
    things in one slot, not one fact changed."""
    shared = any(t.word in ORGANISATION_TYPES for t in after[:2]) or (
        bool(after) and after[0].word in PRESS_STAFF | _TERRITORIES  # "Boston Globe columnist"
    )
    a_body, b_body = shared or _named_body(a), shared or _named_body(b)
    if a_body != b_body:
        return None
    return "organisation" if a_body else "name"


def _named_body(tokens: list[_Token]) -> bool:
    return any(t.word in ORGANISATION_TYPES or t.acronym for t in tokens)


# The last word of a court's territory ("the Southern District of New York", "the Ninth
# Circuit"): the words before it say which one, and name no person.  Not "County": "Dade
# County" is "Miami-Dade County" written short, and a county is read as a place elsewhere.
_TERRITORIES = frozenset("district circuit".split())


def _in_person(token: _Token, passage: Passage, people: list[Name]) -> bool:
    where = passage.offset + token.start
    return any(
        p.mention.span.start <= where < p.mention.span.end
        and len(p.words) > 1
        and not any(w.lower() in ORGANISATION_TYPES or w.lower() in _TERRITORIES for w in p.words)
        for p in people
    )


def _other_person(
    swap: _Swap, a_side: tuple[Passage, list[Name]], b_side: tuple[Passage, list[Name]]
) -> bool:
    """Two people in one slot: a misattribution or another speaker (``quotes.py``), not a
    changed fact -- unless one is the other misspelt ("Genette"/"Gennette").  A person is
    part of a name of two words or more, or next to a verb of speech ("Smith said")."""
    speaker = any(t.word in _SPEECH for t in (*swap.before[-1:], *swap.after[:1]))
    # the word after a quotation's closing mark and its comma is the verb that gives its
    # speaker, whatever the verb ("...statement," summarized Kristol)
    speaker = speaker or (bool(swap.before) and _after_quotation(a_side[0], swap.before[-1]))
    named = any(_in_person(t, *a_side) for t in swap.a)
    if not (speaker or named or any(_in_person(t, *b_side) for t in swap.b)):
        return False
    x, y = " ".join(t.word for t in swap.a), " ".join(t.word for t in swap.b)
    return Levenshtein.normalized_similarity(x, y) < 0.7


# A quotation's closing mark after its last comma, "!" or "?", up to a token.
_QUOTATION_CLOSED = re.compile(r"[,!?][\"\u201d\u2019]\s*$")


def _after_quotation(passage: Passage, token: _Token) -> bool:
    return _QUOTATION_CLOSED.search(passage.text, 0, token.start) is not None


def _unmatched(people: list[Name], others: list[Name]) -> bool:
    """A person of ``people`` (given name and surname) that ``others`` never name, even
    as part of a longer name ("Port Aldous" of "Port Aldous Fire Rescue": a place read as a
    person, its words all said again); a territory ("the Southern District") is no person,
    and one put for another is the fact changed, not a statement about someone else."""
    return any(
        len(p.words) > 1
        and p.words[-1].lower() not in _TERRITORIES
        and not any(_names_the_same(p, o) for o in others)
        for p in people
    )


def _names_the_same(p: Name, o: Name) -> bool:
    return same_person(p, o) or spelt_differently(p, o) or _inside(p.words, o.words)


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """``short``'s words, in order, a run of ``long``'s."""
    width = len(short)
    return any(long[n : n + width] == short for n in range(len(long) - width + 1))


def about_others(a_people: list[Name], b_people: list[Name]) -> bool:
    """Each passage names someone the other does not: two statements about different people
    ("Sen. Mark Warner, top Democrat on the Senate Intelligence Committee" / "Rep. Adam
    Schiff, the senior Democrat on the House Intelligence Committee"), whose facts differ
    without anything having changed."""
    return _unmatched(a_people, b_people) and _unmatched(b_people, a_people)


@dataclass(frozen=True, slots=True)
class _Swap:
    """Words of A put for words of B, and the unchanged words around them (up to
    ``_ANCHOR``; none when the swap is at an edge of the replaced run or the passage)."""

    a: list[_Token]
    b: list[_Token]
    before: list[_Token]
    after: list[_Token]
    whole: bool  # the whole replaced run, not one of its edges


def _swaps(
    x: list[_Token], y: list[_Token], before: list[_Token], after: list[_Token], *, last: bool
) -> list[_Swap]:
    """The swaps a replaced run may hold: the whole run when short and held between
    unchanged words on both sides, or ``last`` in both passages; and its first word, next
    to the run before, and its last, next to the one after ("...running mate by Thursday" /
    "by Friday, winding down a process", "and 48 firefighters" / "In total, 46
    firefighters")."""
    found = []
    short_x, short_y = _trim(x, y)
    # the end of both sentences bounds a swap as an unchanged word does: "in an interview
    # for Univision." / "in an interview for Fusion." changed the last words and no others
    bounded = bool(after) or last
    if len(short_x) <= _MAX_SWAP and len(short_y) <= _MAX_SWAP and before and bounded:
        found.append(_Swap(short_x, short_y, before, after, True))
    if len(short_x) == len(short_y) <= _MAX_SWAP and before and after:
        # or a figure at its start, the rest reworded ("$800 plane" / "$600 airline")
        found.append(_Swap(short_x[:1], short_y[:1], before, after, False))
    # an edge needs two unchanged words, one of them saying something
    if len(before) >= 2 and _content(before[-2:]):
        found.append(_Swap([x[0]], [y[0]], before, [], False))
    if len(after) >= 2 and _content(after[:2]):
        found.append(_Swap([x[-1]], [y[-1]], [], after, False))
    return found


def swapped_facts(
    a: Passage, b: Passage, a_people: list[Name], b_people: list[Name], *, copy: bool = False
) -> list[Discrepancy]:
    """Facts of ``a`` swapped for others of ``b`` inside a run the two passages share.
    ``copy``: one text is taken from the other (``_reworded_offices``, ``_firm``)."""
    return _swapped(a, b, a_people, b_people, copy=copy, reworded=False)


def held_swaps(
    a: Passage, b: Passage, a_people: list[Name], b_people: list[Name]
) -> list[Discrepancy]:
    """In a copy, the facts of ``a`` swapped for others of ``b`` in a sentence reworded
    past ``MIN_SHARED``, each held firmly by unchanged words around it (``_firm``).  Read
    after the rules of each kind, which name a fact more fully when they read it."""
    return _swapped(a, b, a_people, b_people, copy=True, reworded=True)


def _swapped(
    a: Passage,
    b: Passage,
    a_people: list[Name],
    b_people: list[Name],
    *,
    copy: bool,
    reworded: bool,
) -> list[Discrepancy]:
    """The swaps of sentences that share ``MIN_SHARED`` of their words or, ``reworded``,
    of a copy's sentences that do not, held firmly (``_firm``)."""
    if about_others(a_people, b_people):
        return []
    a_tokens, b_tokens = _tokens(a), _tokens(b)
    matcher = SequenceMatcher(None, [t.word for t in a_tokens], [t.word for t in b_tokens], False)
    codes = matcher.get_opcodes()
    if matcher.ratio() >= MIN_SHARED:
        if reworded:
            return []  # read by ``swapped_facts``
    elif not reworded:
        # two sentences of their own, however alike in places; a copy's offices made
        # another by a word, and its swaps held firmly (``held_swaps``), are read still
        return _reworded_offices(a, a_tokens, b, b_tokens, codes) if copy else []
    found: list[Discrepancy] = []

    def before_all(n: int) -> list[_Token]:
        """The whole unchanged run before the ``n``-th change, if one is."""
        if not n or codes[n - 1][0] != "equal":
            return []
        return a_tokens[codes[n - 1][1] : codes[n - 1][2]]

    for n, (op, i1, i2, j1, j2) in enumerate(codes):
        if reworded and op != "replace":
            continue
        if op in ("insert", "delete"):
            added = _added_modifier(a, a_tokens, b, b_tokens, codes, n)
            if added is not None:
                found.append(added)
            continue
        if op != "replace":
            continue
        # the unchanged runs on either side, up to _ANCHOR tokens
        before: list[_Token] = []
        after: list[_Token] = []
        if n and codes[n - 1][0] == "equal":
            before = a_tokens[max(codes[n - 1][1], i1 - _ANCHOR) : i1]
        if n + 1 < len(codes) and codes[n + 1][0] == "equal":
            after = a_tokens[i2 : min(codes[n + 1][2], i2 + _ANCHOR)]
        last = i2 == len(a_tokens) and j2 == len(b_tokens)
        read = len(found)
        for swap in _swaps(a_tokens[i1:i2], b_tokens[j1:j2], before, after, last=last):
            # "the Leeds detective" / "the club chairman": "the" says nothing; a swap so
            # placed, or in a reworded sentence, is read only when held firmly in a copy
            held = reworded or (swap.whole and not _content(swap.before))
            if held and not (copy and _firm(swap, reworded=reworded)):
                continue
            # a swap's words the other passage states elsewhere moved, not changed: "on
            # Saturday, in Columbus, Smith called" / "Mr. Smith, on Saturday, in Columbus,
            # Ohio, called"
            if held and _stated_elsewhere(swap, a_tokens, b_tokens):
                continue
            kind = _kind(swap.a, swap.b, swap.before, swap.after)
            # held only by the words around it, a body's type put for another ("the state
            # Republican Party" / "the New Jersey Republican State Committee") renames no
            # body: the name is in the words kept, the swap only says what kind of body;
            # so too between words that say something when the word the type replaced is
            # moved, the other passage stating it elsewhere ("Republican State Committee" /
            # "a state Republican Party committee"), where "Globe" / "Herald" is a change
            typed = _typed_only(swap.a) or _typed_only(swap.b)
            moved = held or _stated_elsewhere(swap, a_tokens, b_tokens)
            if kind == "organisation" and typed and moved:
                continue
            # at an edge only a figure or a date: a word after "former" may be anything
            if kind is None or (not swap.whole and kind not in ("number", "date")):
                continue
            # an office last in a sentence, no name after it, describes someone named
            # before, as a rewrite may word it otherwise: "frosty ties with the Israeli
            # leader" / "with the Israeli prime minister"
            if kind == "title" and not swap.after:
                continue
            # in a reworded copy, a figure or date is set against the other only when the
            # two sentences give as many: "anyone 16 or older ..., anyone 65 or older" /
            # "anyone 18 or older" may have dropped one and reworded the other's frame
            if reworded and kind in ("number", "date") and not _as_many(a_tokens, b_tokens):
                continue
            if _variant(swap.a, swap.b):
                continue
            if kind == "number" and _within_bound(a_tokens, swap.a, b_tokens, swap.b):
                continue
            ranked = (_number(swap.a[0]) or ("", False))[1]
            if ranked and not swap.whole:
                continue  # a rank keeps the word before it: "the second" / "Mass.' first"
            if kind == "name" and _other_person(swap, (a, a_people), (b, b_people)):
                continue
            found.append(_discrepancy(kind, a, swap.a, b, swap.b))
            break  # one fact a run
        if copy and len(found) == read:
            # no swap held: an office the run opens with after a long run kept
            x, y = (a, a_tokens[i1:i2]), (b, b_tokens[j1:j2])
            office = _office_after_kept(x, y, before_all(n))
            if office is not None:
                found.append(_discrepancy("title", a, office[0], b, office[1]))
    return found


# Unchanged words before an office that make it one statement's, "for lying to the" / "for
# lying to the" among them: a copy that keeps "whom Trump fired in February for lying to
# the" and puts "attorney general" for "vice president" named another person.
_KEPT_BEFORE_OFFICE = 5
_KEPT_CONTENT = 2
# Heads of an office that a rewrite puts for another of the same person ("the Israeli
# leader" / "the prime minister", "a spokesman" / "the press secretary").
_LOOSE_HEADS = GENERIC_RANKS | frozenset("leader chief spokesman spokeswoman spokesperson".split())


def _office_after_kept(
    x: tuple[Passage, list[_Token]], y: tuple[Passage, list[_Token]], kept: list[_Token]
) -> tuple[list[_Token], list[_Token]] | None:
    """In a copy, the offices that open a replaced run on both sides, after a long run of
    unchanged words that say something: "fired in February for lying to the attorney
    general, has said" / "fired in February for lying to the vice president about".  The
    words after the office may be reworded, so no unchanged word closes it (``_firm``)."""
    content = sum(t.word not in _EMPTY for t in kept)
    if len(kept) < _KEPT_BEFORE_OFFICE or content < _KEPT_CONTENT:
        return None
    a_office, b_office = _leading_office(*x), _leading_office(*y)
    if not a_office or not b_office:
        return None
    runs = {" ".join(t.word for t in side[1]) for side in (x, y)}
    if any(runs <= same for same in _SAME_OFFICES):
        return None  # "president" / "commander in chief": one office
    words = {t.word for t in (*a_office, *b_office)}
    if words & _LOOSE_HEADS or "press" in words:
        return None
    return (a_office, b_office) if _ranked(a_office, b_office, []) else None


def _leading_office(passage: Passage, tokens: list[_Token]) -> list[_Token]:
    """The rank words opening ``tokens``, up to ``_MAX_SWAP``, if the noun they make ends
    with them: a mark or a word saying nothing after them ("the attorney general, has
    said"), not a name (a name's title is ``titles.py``'s) nor a noun they describe ("a
    major blow", "the executive order")."""
    run: list[_Token] = []
    for token in tokens[:_MAX_SWAP]:
        if not _is_rank(token):
            break
        run.append(token)
    rest = tokens[len(run) :]
    if not run or not rest:
        return run
    marked = passage.text[run[-1].end : rest[0].start].strip() != ""
    return run if marked or rest[0].word in _EMPTY else []


# Unchanged words around a swap, on both sides together, that hold it in a copy: a copy
# that keeps "told a gathering in" ... "in March" around another town changed the fact in
# the words it kept, as a reader comparing the two sentences sees, though "in" alone
# before it says nothing.  In a sentence reworded past ``MIN_SHARED`` the words kept
# must say more, two of them something ("said on" ... "Face the Nation" around another
# network): "to the" ... "border" holds "the Mexican border" / "the Texas border", one
# border seen from either side.
_FIRM = 3
_FIRM_CONTENT = 2


def _firm(swap: _Swap, *, reworded: bool) -> bool:
    """Unchanged words on both sides of the whole swap, ``_FIRM`` of them in all, one
    saying something, or two when ``reworded``."""
    around = [*swap.before, *swap.after]
    content = sum(t.word not in _EMPTY for t in around)
    return (
        swap.whole
        and bool(swap.before)
        and bool(swap.after)
        and len(around) >= _FIRM
        and content >= (_FIRM_CONTENT if reworded else 1)
    )


def _stated_elsewhere(swap: _Swap, a_tokens: list[_Token], b_tokens: list[_Token]) -> bool:
    """A word of the swap, saying something, that the other passage states too."""
    a_words, b_words = {t.word for t in a_tokens}, {t.word for t in b_tokens}
    return any(t.word not in _EMPTY and t.word in b_words for t in swap.a) or any(
        t.word not in _EMPTY and t.word in a_words for t in swap.b
    )


def _typed_only(tokens: list[_Token]) -> bool:
    return all(t.word in ORGANISATION_TYPES for t in tokens)


def _as_many(a: list[_Token], b: list[_Token]) -> bool:
    """As many figures and as many dates in one passage as in the other."""

    def counts(tokens: list[_Token]) -> tuple[int, int]:
        figures = sum(_number(t) is not None and not _is_year(t) for t in tokens)
        return figures, sum(_is_date_word(t) or _is_year(t) for t in tokens)

    return counts(a) == counts(b)


# Unchanged words after an added modifier, its rank among them, that a reworded copy's
# office must keep: "his [deputy] chief of staff", not a lone "director".
_KEPT_OFFICE = 2


def _reworded_offices(
    a: Passage,
    a_tokens: list[_Token],
    b: Passage,
    b_tokens: list[_Token],
    codes: Sequence[tuple[str, int, int, int, int]],
) -> list[Discrepancy]:
    """Offices a copy made another by a word added or dropped, in a sentence it reworded
    past what ``MIN_SHARED`` reads: a copy keeps the office it took ("members of his
    administration, his chief of staff among them" / "including his deputy chief of
    staff"), so the office's words, unchanged on both sides of the modifier, tie the two."""
    found = []
    for n, (op, *_) in enumerate(codes):
        if op not in ("insert", "delete") or n + 1 >= len(codes):
            continue
        _, k1, k2, _, _ = codes[n + 1]
        if k2 - k1 < _KEPT_OFFICE:
            continue
        added = _added_modifier(a, a_tokens, b, b_tokens, codes, n)
        if added is not None:
            found.append(added)
    return found


def _added_modifier(
    a: Passage,
    a_tokens: list[_Token],
    b: Passage,
    b_tokens: list[_Token],
    codes: Sequence[tuple[str, int, int, int, int]],
    n: int,
) -> Discrepancy | None:
    """A word that makes another office, added or dropped before an unchanged rank:
    "As lieutenant governor of Arkansas" / "As governor of Arkansas".  A difflib word diff
    is all it takes; no rule of titles.py reads an office without its holder's name."""
    op, i1, i2, j1, j2 = codes[n]
    if n + 1 >= len(codes) or codes[n + 1][0] != "equal" or not n or codes[n - 1][0] != "equal":
        return None  # the rank and the word before the modifier must both be unchanged
    extra = a_tokens[i1:i2] if op == "delete" else b_tokens[j1:j2]  # "delete": A's own
    rank = a_tokens[i2]
    if len(extra) != 1 or extra[0].word not in _OTHER_OFFICE or not _is_rank(rank):
        return None
    if op == "delete":
        return _discrepancy("title", a, [*extra, rank], b, [b_tokens[j2]])
    return _discrepancy("title", a, [rank], b, [*extra, b_tokens[j2]])


def _within_bound(
    a_tokens: list[_Token], x: list[_Token], b_tokens: list[_Token], y: list[_Token]
) -> bool:
    """One figure within the bound the other states: "more than 4,000" / "4,300"."""
    x_value, y_value = _number(x[0]), _number(y[0])
    if x_value is None or y_value is None:
        return False
    at_a, at_b = a_tokens.index(x[0]), b_tokens.index(y[0])
    a_before = tuple(t.word for t in a_tokens[max(0, at_a - 2) : at_a][::-1])
    b_before = tuple(t.word for t in b_tokens[max(0, at_b - 2) : at_b][::-1])
    return holds(a_before, x_value[0], y_value[0], b_before) or holds(
        b_before, y_value[0], x_value[0], a_before
    )


def _variant(x: list[_Token], y: list[_Token]) -> bool:
    """One name written two ways: an alias ("U.S."/"United States", "U.S."/"American"),
    a government by its country or seat ("Russian"/"Kremlin"),
    a short form ("Calif."/"California"), another form ("Europe's"/"European"), or
    initials ("I.R.S."/"Internal Revenue Service")."""
    words = [" ".join(t.word for t in side) for side in (x, y)]
    short, long = sorted(words, key=len)
    forms = [long[: -len(suffix)] for suffix in DEMONYM_SUFFIXES if long.endswith(suffix)]
    initials = "".join(t.word[0] for t in max(x, y, key=len) if t.word not in FUNCTION_WORDS)
    return (
        aliases(short, long)
        or any({short, long} <= group for group in GOVERNMENT_NAMES)
        or any(aliases(short, form) for form in forms)
        or (len(short) >= 3 and long.startswith(short))
        or (len(x) != len(y) and short.replace(".", "") == initials)
    )


def _discrepancy(
    kind: DiscrepancyKind, a: Passage, x: list[_Token], b: Passage, y: list[_Token]
) -> Discrepancy:
    a_start, a_end = x[0].start, x[-1].end
    b_start, b_end = y[0].start, y[-1].end
    return Discrepancy(
        kind=kind,
        a_text=a.original[a_start:a_end],
        b_text=b.original[b_start:b_end],
        a_span=Span(a.offset + a_start, a.offset + a_end),
        b_span=Span(b.offset + b_start, b.offset + b_end),
    )
