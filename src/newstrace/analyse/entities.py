"""Changed facts in aligned passages: names, numbers, dates, titles and organisations.

Each kind of fact is read by its own module under ``analyse/facts/`` (rules and word
lists, see each module for why no model is used) and compared only between passages that
are aligned, and only between mentions playing the same role: a number counting the same
thing, a date stating the same part, a title of the same person, a name in the same slot.
A harmless variant -- a middle initial, a short given name ("Ash"/"Ashton"), an alias
("U.S."/"United States"), "Mr." added, a possessive, "nine" for "9" -- is not a change.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newstrace.analyse.facts.acronyms import changed_acronyms
from newstrace.analyse.facts.chambers import chamber_changes
from newstrace.analyse.facts.copied import armed_bodies, deputy_offices, reworded_facts
from newstrace.analyse.facts.counts import numbers, same_count, same_number
from newstrace.analyse.facts.dates import (
    comparable_dates,
    compared_with,
    dates,
    kept_parts,
    same_date,
)
from newstrace.analyse.facts.executive import changed_parts
from newstrace.analyse.facts.indefinite import counted_with_an_article, reckoned_again
from newstrace.analyse.facts.kin import kin_changes
from newstrace.analyse.facts.listed import changed_in_list, changed_members
from newstrace.analyse.facts.mentions import Mention, Passage, discrepancy, paired_changes
from newstrace.analyse.facts.names import (
    Name,
    aliases,
    names,
    person_after_office,
    same_person,
    spelt_differently,
)
from newstrace.analyse.facts.nouns import recounted_nouns, recounted_roughly, reordered_counts
from newstrace.analyse.facts.owners import changed_owners
from newstrace.analyse.facts.respelt import respelt_names
from newstrace.analyse.facts.series import replaced_figures
from newstrace.analyse.facts.slots import Slotted, slot_changes, slotted_names
from newstrace.analyse.facts.staff import changed_outlets
from newstrace.analyse.facts.swaps import about_others, held_swaps, swapped_facts
from newstrace.analyse.facts.titles import (
    Title,
    different_titles,
    held_then_and_now,
    past_offices_apart,
    titles,
)
from newstrace.analyse.facts.towns import changed_towns, people
from newstrace.analyse.facts.typed import (
    changed_amounts,
    changed_bodies,
    changed_dates,
    changed_sums,
    changed_weekdays,
)
from newstrace.analyse.facts.words import ORGANISATION_TYPES
from newstrace.analyse.facts.written_from import retyped_figure, stated_alike
from newstrace.model import Alignment, Discrepancy, Span


@dataclass(frozen=True, slots=True)
class _Facts:
    """What one passage states, read once however many alignments it is part of."""

    passage: Passage
    names: list[Name]
    numbers: list[Mention]
    dates: list[Mention]
    titles: list[Title]
    # the people named, a person ending a run after an office's body read as the person
    # ("Secretary of State Colin Powell"): how ``_names`` compares them, and whose titles
    # (``office_titles``) are set against a copy's source
    office_people: list[Name]
    office_titles: list[Title]
    slotted: list[Slotted]

    @classmethod
    def of(cls, text: str, offset: int) -> _Facts:
        passage = Passage.of(text, offset)
        people = names(passage)
        found_dates = dates(passage)
        taken = [m.span for m in found_dates]
        office_people = [person_after_office(n) for n in people]
        return cls(
            passage,
            people,
            numbers(passage, taken),
            found_dates,
            titles(passage, people),
            office_people,
            titles(passage, office_people),
            slotted_names(passage, people),
        )


def _names(a: _Facts, b: _Facts) -> list[Discrepancy]:
    found = []
    # a person after an office's body is compared as the person ("Director of National
    # Intelligence Dan Coats" / "intelligence chief Dan Coates")
    a_names, b_names = a.office_people, b.office_people
    for name in a_names:
        if any(same_person(name, m) or aliases(name.mention.text, m.mention.text) for m in b_names):
            continue
        # a name A itself writes as B does is not the one A misspelt as another
        # ("Strout said" beside "the Grange Street line" in both)
        theirs = [m for m in b_names if not any(same_person(m, x) for x in a_names)]
        partner = next((m for m in theirs if spelt_differently(name, m)), None)
        if partner is not None:
            found.append(discrepancy("name", name.mention, partner.mention))
    return found


def _one_person(a: Name, b: Name) -> bool:
    return same_person(a, b) or spelt_differently(a, b)


def _titles(a: _Facts, b: _Facts, *, copy: bool) -> list[Discrepancy]:
    """Titles of one person that differ.  In a copy, a person ending a run after an
    office's body is read as ``_names`` reads them ("Secretary of State Colin Powell");
    independent reports name a person's offices of other times ("Sen. John Kerry's" seat /
    "newly confirmed Secretary of State John Kerry"), and two past ones in two bodies may
    both be true ("former RNC Co-Chairwoman Ann Wagner" / "former U.S. ambassador Ann
    Wagner")."""
    a_titles, b_titles = (a.office_titles, b.office_titles) if copy else (a.titles, b.titles)
    found = []
    for title in a_titles:
        # a misspelt name is still the one person ("Shumer"/"Schumer")
        theirs = [t for t in b_titles if _one_person(title.person, t.person)]
        if not copy:
            theirs = [t for t in theirs if not past_offices_apart(title, t)]
        # in a copy, an office called past on one side only (``held_then_and_now``)
        if theirs and all(
            different_titles(title, t)
            or (copy and held_then_and_now(title, a.passage, t, b.passage))
            for t in theirs
        ):
            found.append(discrepancy("title", title.mention, theirs[0].mention))
    return found


def _compare(a: _Facts, b: _Facts, *, copy: bool = False) -> list[Discrepancy]:
    found = [
        *_names(a, b),
        *_titles(a, b, copy=copy),
        *slot_changes(a.slotted, b.slotted, copy=copy),
        *paired_changes("number", a.numbers, b.numbers, same=same_number, comparable=same_count),
        *paired_changes(
            "date", a.dates, b.dates, same=same_date, comparable=comparable_dates, kept=kept_parts
        ),
    ]
    # a swap inside an unchanged run that no rule of its kind read (``swaps.py``)
    _add_unread(found, swapped_facts(a.passage, b.passage, a.names, b.names, copy=copy))
    # a journalist's outlet put for another, the sentences reworded (``staff.py``)
    _add_unread(found, changed_outlets(a.passage, a.names, b.passage, b.names))
    # a body named like another but for its last word (``kin.py``)
    _add_unread(found, kin_changes(a.passage, b.passage))
    # a list kept but for one member (``listed.py``)
    _add_unread(found, changed_members(a.passage, b.passage))
    # in a copy, a list's member the source's sentence names otherwise (``listed.py``)
    _add_unread(found, changed_in_list(a.passage, b.passage) if copy else [])
    # a town misspelt or moved before the same state (``towns.py``), in a copy: a
    # sentence placing one in another town may name its people otherwise too
    _add_unread(found, changed_towns(a.passage, b.passage) if copy else [])
    # in a copy, a lone name misspelt after the same words (``respelt.py``): the names
    # are the facts, so ``about_others`` would always hold
    _add_unread(found, respelt_names(a.passage, a.names, b.passage, b.names) if copy else [])
    # one thing of two named owners (``owners.py``), in a copy; the owners are the names
    # each sentence states and the other does not, so ``about_others`` would always hold
    _add_unread(found, changed_owners(a.passage, b.passage) if copy else [])
    # in a copy, an armed service or group put for another (``copied.py``)
    _add_unread(found, _armed_bodies(a, b) if copy else [])
    # in a copy, a body's office put for the one under it (``copied.py``)
    _add_unread(found, _deputy_offices(a, b) if copy else [])
    # facts alone of their type in the two sentences, however reworded (``typed.py``)
    if not about_others(people(a.passage, a.names), people(b.passage, b.names)):
        typed = [
            *changed_amounts(a.passage, a.numbers, b.passage, b.numbers, copy=copy),
            *changed_dates(a.passage, a.dates, b.passage, b.dates, copy=copy),
            *changed_bodies(a.passage, b.passage),
            *chamber_changes(a.passage, b.passage),
            # a count of a body's things in another word order (``nouns.py``)
            *reordered_counts(a.passage, a.numbers, b.passage, b.numbers),
            *(changed_weekdays(a.passage, a.dates, b.passage, b.dates) if copy else []),
        ]
        if copy:  # one statement copied: its figures are the source's, in their order
            typed += [
                # an acronym a letter from the source's (``acronyms.py``)
                *changed_acronyms(a.passage, b.passage),
                # a figure replaced among figures given alike (``series.py``)
                *replaced_figures(a.passage, a.numbers, b.passage, b.numbers, a.dates, b.dates),
                # a count given with "a" on one side (``indefinite.py``)
                *counted_with_an_article(a.passage, a.numbers, b.passage, b.numbers),
                # a count of the same noun past the words describing it (``nouns.py``)
                *recounted_nouns(a.passage, a.numbers, b.passage, b.numbers),
                # a sum of the same thing past a word describing it (``typed.py``)
                *changed_sums(a.passage, a.numbers, b.passage, b.numbers),
                # a count by its order of size given as another (``nouns.py``)
                *recounted_roughly(a.passage, b.passage),
                # one part of the government put for another (``executive.py``)
                *changed_parts(a.passage, b.passage),
                # a fact of a narrow type, one a sentence, framed alike (``copied.py``)
                *reworded_facts(a.passage, b.passage),
                # a swap held by unchanged words in a reworded sentence (``swaps.py``)
                *held_swaps(a.passage, b.passage, a.names, b.names),
            ]
        _add_unread(found, typed)
    # in a copy, a span of time reckoned from one event, changed, where no reader of
    # figures paired it ("a day after" / "a week later": ``indefinite.py``)
    _add_unread(found, reckoned_again(a.passage, b.passage) if copy else [])
    # a day the sentence compares with ("than he had on Wednesday") is not its event's
    return [
        d
        for d in found
        if d.kind != "date"
        or not (compared_with(a.passage, d.a_span) or compared_with(b.passage, d.b_span))
    ]


def _armed_bodies(a: _Facts, b: _Facts) -> list[Discrepancy]:
    """``copied.armed_bodies``, unless the sentences are about others: people besides the
    bodies, whose names are read as people's ("Al Qaeda" / "Islamic State")."""
    changes = armed_bodies(a.passage, b.passage)
    if not changes:
        return []
    a_people = [n for n in people(a.passage, a.names) if not _in(n, [c.a_span for c in changes])]
    b_people = [n for n in people(b.passage, b.names) if not _in(n, [c.b_span for c in changes])]
    return [] if about_others(a_people, b_people) else changes


def _deputy_offices(a: _Facts, b: _Facts) -> list[Discrepancy]:
    """``copied.deputy_offices``, unless the sentences are about others: people that are no
    body ("Joint Advisory Board", "Virginia Association of Economists" are read as names)."""
    changes = deputy_offices(a.passage, b.passage)
    if not changes:
        return []
    a_people = [n for n in people(a.passage, a.names) if not _a_body(n)]
    b_people = [n for n in people(b.passage, b.names) if not _a_body(n)]
    return [] if about_others(a_people, b_people) else changes


# The last word of a body's name: an organisation's type, or a board ("the Joint Advisory
# Board"), which names no one.
_BODY_LAST = frozenset(ORGANISATION_TYPES) | {"board"}


def _a_body(name: Name) -> bool:
    return name.words[-1].lower() in _BODY_LAST


def _in(name: Name, spans: list[Span]) -> bool:
    return any(name.mention.span.overlap(span) for span in spans)


def _add_unread(found: list[Discrepancy], more: list[Discrepancy]) -> None:
    """Add to ``found``, in turn, each change of ``more`` that touches the text of no change
    already there on either side: a rule read after others only reads what they left."""
    for change in more:
        if not any(
            change.a_span.overlap(d.a_span) or change.b_span.overlap(d.b_span) for d in found
        ):
            found.append(change)


@lru_cache(maxsize=1024)
def _facts(text: str, offset: int) -> _Facts:
    """A passage's facts, read once however many alignments it is part of: in one
    comparison, and in the next that holds it too (one article compared with several, by
    ``trace`` or ``scan``; the two orders of a pair).  Shared: not to be changed."""
    return _Facts.of(text, offset)


def find_discrepancies(
    alignments: list[Alignment], *, min_score: float = 0.0, copy: bool = False
) -> list[Discrepancy]:
    """Changed names, numbers, dates, titles and organisations between aligned passages.

    Paraphrase links scoring under ``min_score`` are skipped: two loosely similar sentences
    of independent reports name different days and people without anything having changed.
    ``copy``: one text is taken from the other, so a weekday changed in a reworded phrase
    is a change too (``typed.changed_weekdays``).
    """
    read = [x for x in alignments if x.kind != "paraphrase" or x.score >= min_score]
    found: dict[tuple[str, int, int], tuple[Discrepancy, float]] = {}
    for x in read:
        a, b = _facts(x.a_text, x.a_span.start), _facts(x.b_text, x.b_span.start)
        for item in _compare(a, b, copy=copy):
            key = (item.kind, item.a_span.start, item.b_span.start)
            if key not in found or x.score > found[key][1]:
                found[key] = (item, x.score)
    kept = _one_source(list(found.values()))
    kept = [d for d in kept if not stated_alike(d, read)]
    return sorted(kept, key=lambda d: (d.a_span.start, d.b_span.start))


# Kinds of fact a copy writes from one fact of its source: of two read as changed from
# the one of A, one is the one it was written from.
_WRITTEN_FROM_ONE = frozenset({"date", "number"})


def _one_source(found: list[tuple[Discrepancy, float]]) -> list[Discrepancy]:
    """The changes found, less a date or a figure of A read as changed from one of B's while
    another reads it as changed from one that is likelier its source: the one it transposes
    ("37.5 percent" / "35.7 percent", not Bush's "roughly 36 percent" of a sentence aligned
    nearly as well), else the one of the better aligned passage ("e-mailed members on Sunday
    night" / "sent an e-mail to members Saturday night", not "will speak with members Monday
    evening")."""

    def rank(change: Discrepancy, score: float) -> tuple[bool, float]:
        return retyped_figure(change.a_text, change.b_text), score

    best: dict[tuple[str, Span], tuple[Discrepancy, tuple[bool, float]]] = {}
    for change, score in found:
        key = (change.kind, change.a_span)
        if change.kind in _WRITTEN_FROM_ONE and (
            key not in best or rank(change, score) > best[key][1]
        ):
            best[key] = (change, rank(change, score))
    return [
        change
        for change, score in found
        if change.kind not in _WRITTEN_FROM_ONE
        or change.b_text == best[change.kind, change.a_span][0].b_text
        or rank(change, score) >= best[change.kind, change.a_span][1]
    ]
