"""Proper names in the same slot of two aligned sentences: organisations and places.

"chairman of the House Budget Committee" / "chairman of the House Ways and Means
Committee", "said on CNBC" / "said on MSNBC", "a senator from New Jersey" / "a senator
from New York".  A slot is the word before a name and the preposition that joins them
("chairman of", "said on"); a name of A in a slot, absent from B, against a name of B in the
same slot, absent from A, is a change, when the two are of one type (two acronyms, two
committees, two places sharing a word) and no two different people stand before them
("Warner, top Democrat on the Senate Intelligence Committee" is not "Schiff, the senior
Democrat on the House Intelligence Committee").  People themselves are left to
``names.py``: two speakers in one slot are a misattribution (``quotes.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from newstrace.analyse.facts.mentions import Mention, Passage, paired_changes, strip_possessive
from newstrace.analyse.facts.names import Name, abbreviates, aliases, is_title, same_person
from newstrace.analyse.facts.words import (
    FUNCTION_WORDS,
    ORGANISATION_TYPES,
    RANKS,
    SLOT_PREPOSITIONS,
)
from newstrace.model import Discrepancy, DiscrepancyKind

# A capitalised word; a full stop ends it only in initials and abbreviations ("U.S.",
# "Inc."): after any other word it ends the sentence, and the run of names with it
# ("the World Trade Center. Expect more" is no name "World Trade Center. Expect").
_CAPITALISED = (
    r"(?:(?:[A-Z]\.){1,4}|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Sen|Rep|Gov|Gen|Lt|Col|Co|Inc|Corp|Ltd|Mt|Ft)\."
    r"|[A-Z][\w'&-]*(?:\.[\w'&-]+)*)"
)
# "The Humane Society of the United States": up to two joining words inside a name.
_PROPER = re.compile(rf"{_CAPITALISED}(?:\s+(?:(?:of|and|for|the|&)\s+){{0,2}}{_CAPITALISED})*")
_SLOT = re.compile(r"([A-Za-z]+)\s+([a-z]+)\s+(?:the\s+)?$")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_OPENING_PREPOSITION = re.compile(r"(?:On|In|At|From|For|Of)\s+(?=\S)")
_ACRONYM_OWNER = re.compile(r"([A-Z]{2,6}'s)\s+[A-Z]")
_OPENING_ON = re.compile(r"(?:^|[.!?]\s+)[Oo]n\s+$")
_TOLD = re.compile(r"\btold\s+$")
_NAME_WORD = re.compile(r"[\w'&]+")
_OF_OR_FOR = re.compile(r"\s+(?:of|for)\s+")
_TITLE_OF = re.compile(r"([A-Z][\w.]*)\s+of\s+(?:the\s+)?")
# Names that are dates (``dates.py``) or people with an honorific (``names.py``).
_DATE_OR_PERSON = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mr|Mrs|Ms|Dr)\b"
)


def _slot(text: str, start: int) -> str:
    """The slot a name fills: "chairman of", "said on"; "on" at a sentence's start ("On
    NBC, Sen. McCain said"); "told" before an acronym; "" when none is clear."""
    before = _SLOT.search(text, max(0, start - 40), start)
    if _OPENING_ON.search(text, max(0, start - 40), start):
        return "on"
    # an outlet someone spoke to needs no preposition: "Calderón told CNN" / "told CNBC"
    if _TOLD.search(text, max(0, start - 10), start) and _ACRONYM.match(text, start):
        return "told"
    if before is None:
        return ""
    word, preposition = before.group(1).lower(), before.group(2)
    if preposition not in SLOT_PREPOSITIONS or word in FUNCTION_WORDS or len(word) < 3:
        return ""
    return f"{word} {preposition}"


def _words(text: str) -> list[str]:
    return [strip_possessive(w) for w in _NAME_WORD.findall(text) if w.lower() != "the"]


def _type(words: list[str]) -> str:
    """ "acronym" ("CNBC"), the type of body its last word names ("committee", "company"),
    or "place"."""
    last = words[-1] if words else ""
    if _ACRONYM.fullmatch(last):
        return "acronym"
    return ORGANISATION_TYPES.get(last.lower(), "place")


@dataclass(frozen=True, slots=True)
class Slotted:
    """A proper name in a slot: the mention (value: the name; role: the slot), its type, and
    the person named last before it, whose slot it fills ("Paul Ryan, chairman of")."""

    mention: Mention
    type: str
    subject: Name | None
    office: bool = False  # the body of the office given the subject in apposition

    @property
    def kind(self) -> DiscrepancyKind:
        """A place is a name; a body named with "The" is an outlet ("The Atlantic"), and
        whatever a person is said to be of is their organisation."""
        place = self.type == "place" and not self.mention.text.startswith("The ")
        return "name" if place and not _affiliation(self) else "organisation"


def _subject(people: list[Name], start: int) -> Name | None:
    before = [p for p in people if p.mention.span.end <= start and len(p.words) > 1]
    return before[-1] if before else None


def _after_people(passage: Passage, people: list[Name], run: re.Match[str]) -> int:
    """Where a run of capitalised words starts once the people heading it are left out:
    "Julia Ioffe of The Atlantic" is a person, then "The Atlantic" in the slot "Ioffe of"."""
    start = run.start()
    for person in people:
        end = person.mention.span.end - passage.offset
        if start <= person.mention.span.start - passage.offset and end < run.end():
            following = _OF_OR_FOR.match(passage.text, end)
            if following and len(person.words) > 1:
                start = following.end()
    return start


# A body that owns the person named after it: "CBS News' Martha Raddatz".
_OWNER = re.compile(r"((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*?)(?:'s|')\s+(?=[A-Z])")


def _owner(passage: Passage, people: list[Name], start: int, end: int) -> Slotted | None:
    """The outlet or body a person belongs to, written as the owner of their name: its
    slot is the person ("CBS News' Martha Raddatz" / "ABC News' Martha Raddatz")."""
    match = _OWNER.match(passage.text, start, end)
    if match is None:
        return None
    person = next((p for p in people if p.mention.span.start - passage.offset == match.end()), None)
    words = _words(match.group(1))
    if person is None or len(person.words) < 2 or _type(words) == "place":
        return None  # an owner that is a place or a person ("Trump's Russia") is no body
    mention = passage.mention(start, match.end(1), " ".join(words).lower(), f"of {person.surname}")
    return Slotted(mention, _type(words), person)


def slotted_names(passage: Passage, people: list[Name]) -> list[Slotted]:
    """Proper names of a passage that fill a slot (``people``: the passage's ``names``)."""
    found = []
    for match in _PROPER.finditer(passage.text):
        start = _after_people(passage, people, match)
        opening = _OPENING_PREPOSITION.match(passage.text, start, match.end())
        if opening is not None:
            start = opening.end()  # "On NBC, ..." opens a sentence: "On" is no part of it
        # a capitalised title is not part of the body it is of: "CEO of Humane Society"
        titled = _TITLE_OF.match(passage.text, start)
        if titled and is_title(titled.group(1)) and titled.end() < match.end():
            start = titled.end()
        owner = _owner(passage, people, start, match.end())
        if owner is not None:
            found.append(owner)
            continue
        slot = _slot(passage.text, start)
        if not slot or _DATE_OR_PERSON.match(passage.text, start):
            continue
        if any(map(is_title, passage.text[start : match.end()].split())):
            continue  # a person with a title ("Ariz. Gov. Jan Brewer")
        text = passage.text[start : match.end()].rstrip(".")
        owned = _ACRONYM_OWNER.match(text)
        if owned is not None:
            text = owned.group(1)  # "NBC's This Week": the broadcaster, then its show
        names = _words(text)
        end = start + len(text)
        mention = passage.mention(start, end, " ".join(names).lower(), slot)
        subject = _subject(people, mention.span.start)
        office = _office_of(passage, subject, start)
        found.append(Slotted(mention, _type(names), subject, office))
    return found


# Words of an office given in apposition between a name and its body ("Christine
# Lagarde, the managing director of the International Monetary Fund").
_OFFICE_WORDS = FUNCTION_WORDS | RANKS | frozenset({"head"})
_APPOSED = re.compile(r",\s+((?:[a-z]+\s+)+)")


def _office_of(passage: Passage, subject: Name | None, start: int) -> bool:
    """Whether the body at ``start`` is that of the office ``subject`` is given in
    apposition, nothing but the office between them: "Christine Lagarde, the head of the
    World Bank"; not "Secretary of State John Kerry" after "Biden, who as president of the
    Senate"."""
    if subject is None:
        return False
    apposed = _APPOSED.fullmatch(passage.text, subject.mention.span.end - passage.offset, start)
    if apposed is None:
        return False
    words = apposed.group(1).split()
    if words[-1] == "the":
        words = words[:-1]
    office = any(w in RANKS or w == "head" for w in words)
    return office and words[-1:] == ["of"] and set(words) <= _OFFICE_WORDS


def _content(value: str) -> set[str]:
    return set(value.split()) - FUNCTION_WORDS


def _same_name(a: Mention, b: Mention) -> bool:
    """One name: the same words in any order, or some of them ("Fox News"/"Fox News
    Sunday", "Justice Department"/"Department of Justice"), an alias or an acronym."""
    x, y = _content(a.value), _content(b.value)
    return (
        x <= y
        or y <= x
        or aliases(a.value, b.value)
        or abbreviates(a.value, b.value)
        or abbreviates(b.value, a.value)
    )


def _affiliation(x: Slotted) -> bool:
    """A person's own body: "Julia Ioffe of The Atlantic", "Paul Ryan of Wisconsin"; "at"
    right after a name says where the person works as "of" does ("Peter Ames at Esquire")."""
    if x.subject is None:
        return False
    return x.mention.role in (f"{x.subject.surname} of", f"{x.subject.surname} at")


# People who work for an outlet, as the word before the outlet's name.
_OUTLET_STAFF = RANKS | frozenset("reporter columnist writer contributor producer".split())


def _staff_outlet(x: Slotted) -> bool:
    """An outlet (a type of one, or "The ..." of no type: "The Grio") someone works for:
    "a reporter for The Grio"; "according to The Times" is a credit, no changed fact."""
    named = x.type == "outlet" or (x.type == "place" and x.mention.text.startswith("The "))
    return named and x.mention.role.split()[0] in _OUTLET_STAFF


def _on_air(x: Slotted) -> bool:
    """A broadcaster someone spoke on: an acronym after "on" ("On NBC", "speaking on ABC's")."""
    return x.type == "acronym" and x.mention.role.split()[-1] == "on"


def _placed_in(a: Slotted, b: Slotted) -> bool:
    """Two places a copy put one for the other after "in" ("a CBS affiliate in Dallas" /
    "in Denver"): where something is, not who, so no word need be shared; one word each,
    as a longer run may be a body or a person ("confidence in Hillary Clinton")."""
    return a.mention.role.endswith(" in") and " " not in a.mention.value + b.mention.value


def _offices_of_one(a: Slotted, b: Slotted) -> bool:
    """The bodies of one person's office, given in apposition on both sides (``_office_of``):
    the office worded otherwise, in another body ("the head of the World Bank" / "the
    managing director of the International Monetary Fund")."""
    if not (a.office and b.office) or a.subject is None or b.subject is None:
        return False
    return same_person(a.subject, b.subject)


def _one_slot(a: Slotted, b: Slotted, *, copy: bool = False) -> bool:
    if _on_air(a) and _on_air(b) and "on" in (a.mention.role, b.mention.role):
        return True  # a sentence that opens "On NBC," has no word before the slot
    if copy and _offices_of_one(a, b):
        return True  # "the head of the World Bank" / "managing director of the IMF"
    if a.mention.role != b.mention.role:
        return False
    if a.subject is not None and b.subject is not None and not same_person(a.subject, b.subject):
        return False
    if _affiliation(a) and _affiliation(b):
        return True  # one person said to be of two bodies
    if _staff_outlet(a) and _staff_outlet(b):
        return True  # one person's outlet: "a reporter for The Grio" / "for The Root"
    if a.type != b.type:
        return False
    # two places with no word in common may be people's names; in a copy, not after "in"
    if copy and a.type == "place" and _placed_in(a, b):
        return True
    return a.type != "place" or bool(_content(a.mention.value) & _content(b.mention.value))


def slot_changes(
    a_names: list[Slotted], b_names: list[Slotted], *, copy: bool = False
) -> list[Discrepancy]:
    """Organisations and places of A put, in the same slot of B, in place of others
    (``a_names``, ``b_names``: the ``slotted_names`` of each passage; ``copy``: A is taken
    from B)."""
    a_found = {x.mention: x for x in a_names}
    b_found = {x.mention: x for x in b_names}
    by_span = {x.mention.span: x for x in a_names}

    def comparable(x: Mention, y: Mention) -> bool:
        return _one_slot(a_found[x], b_found[y], copy=copy)

    found = paired_changes(
        "organisation", list(a_found), list(b_found), same=_same_name, comparable=comparable
    )
    return [replace(d, kind=by_span[d.a_span].kind) for d in found]
