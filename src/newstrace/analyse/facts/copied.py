"""Facts of a narrow type a copy changed in a sentence it otherwise reworded.

A copy that paraphrases a sentence of its source keeps its facts; when one of them is
swapped, the words around it are reworded too, so no shared run of words (``swaps.py``)
ties the two. What ties them is the type of the fact and the word that frames it, the same
on both sides: an age bound ("anyone 18 or older" / "anyone 21 or older"), one side of a
chamber ("the minority leader" / "the majority leader"), a flag officer's grade ("a rear
admiral" / "vice admiral"), a span placed in time ("last week" / "last month"), a weekday
so placed ("next Tuesday" / "next Thursday"), a part of a weekday ("Saturday morning" /
"Sunday night"), a side's other office ("the majority whip" / "the majority leader"), a
stretch back from now ("in recent weeks" / "in recent months"), a county ("Broward County"
/ "Miami-Dade County"), a place of a city named after its type ("Roosevelt Island" /
"Randall's Island"), a body named after its type ("the University of Toledo" / "the
University of Dayton"), a chamber of Congress ("in the Senate" / "in the House"), a state's
member of one chamber ("the Vermont senator" / "the Vermont congressman"), a time of day
("around 4:30 p.m." / "around 5:30 p.m."), a newspaper ("the Sun Journal" / "the
Press Herald"), a magazine or a news site ("British Vogue" / "British GQ"), a social
network ("on Facebook" / "on Twitter"), a country's envoy ("the U.S. ambassador" / "the
U.S. consul"), a death toll ("killed 53" / "left 50 people dead"), a whole counted ("all
41 GOP senators" / "all 42 Senate Republicans"), a time back from today ("two years ago" /
"last year", ``ago.py``), a court's level ("a state judge" / "a federal judge",
``courts.py``), an armed service or group ("an Army combat veteran" / "Marine Corps combat
veteran", "Al Qaeda" / "the Islamic State"), a network ("on CNN" / "on MSNBC"), an
international body ("former IMF director" / "ex-World Bank chief"), Congress or a chamber
asked to act ("called on Congress to act" / "asked the Senate to act"), a university's
school ("Fordham University School of Law" / "Columbia Law School"), a body's office or
the one under it ("president of the Bar Association" / "vice president of the Bar
Association", ``deputy_offices``), a campaign group ("an Indivisible event" / "an event
hosted by the progressive group MoveOn"). When each of two aligned sentences holds exactly one
fact of such a type, framed alike, and the two differ, the copy changed it. The bodies'
readers (social and television networks, magazines, armed services and groups,
international bodies, legislatures, schools, campaign groups) are ``bodies.py``'s.

Read only for a copy and its source (``entities._compare``): independent reports of one
event state such facts of different things in sentences an aligner pairs as paraphrases.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newstrace.analyse.facts.ago import times_back
from newstrace.analyse.facts.bodies import (
    campaigns,
    groups,
    international_bodies,
    legislatures,
    networks,
    platforms,
    publications,
    schools,
    services,
)
from newstrace.analyse.facts.clock import clock_times
from newstrace.analyse.facts.counts import TEENS, TENS, UNITS, read_number
from newstrace.analyse.facts.courts import levelled_courts, levelled_officers
from newstrace.analyse.facts.mentions import Mention, Passage, discrepancy
from newstrace.analyse.facts.names import aliases
from newstrace.analyse.facts.words import NAME_OPENERS, OUTLET_HEADS, state_names
from newstrace.model import Discrepancy, DiscrepancyKind

Reader = Callable[[Passage], list[Mention]]


def _one_each(a: list[Mention], b: list[Mention]) -> tuple[Mention, Mention] | None:
    """The one mention of each side, framed alike (``role``), if their values differ: two
    on one side leave which was changed unknown, two frames say two things."""
    if len({m.value for m in a}) != 1 or len({m.value for m in b}) != 1:
        return None
    x, y = a[0], b[0]
    if x.role != y.role or x.value == y.value:
        return None
    return x, y


def _changed(kind: DiscrepancyKind, read: Reader, a: Passage, b: Passage) -> list[Discrepancy]:
    pair = _one_each(read(a), read(b))
    return [] if pair is None else [discrepancy(kind, *pair)]


# --- an age bound: "anyone 18 or older" ---

# A figure and the words that make it the lowest or highest age of those it describes:
# "18 or older", "65 and over", "12 or younger".  The frame ("or older") is the role.
_AGE_BOUND = re.compile(
    r"\b(?P<figure>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?P<frame>(?:or|and)\s+(?:older|younger|over|up))\b"
)


def _age_bounds(passage: Passage) -> list[Mention]:
    found = []
    for match in _AGE_BOUND.finditer(passage.text):
        value = read_number(match.group("figure"))
        if value is None or value[1]:
            continue  # no figure, or a rank ("the first or older")
        frame = " ".join(match.group("frame").split())
        found.append(passage.mention(match.start(), match.end(), value[0], frame))
    return found


# --- a death toll: "killed 53" / "left 50 people dead" ---

# The dead of one attack, counted however the sentence words it: "killed 53", "killing
# 53 people", "left 50 people dead", "50 were killed", "a death toll of 50".  A bound
# ("at least 50", "more than 50") is part of the frame: "at least 49" and "50" may both be
# true of one attack, "53" and "50" are not.
_FIGURE = rf"\d{{1,3}}(?:,\d{{3}})*|(?:{TENS}-)?(?:{UNITS})|ten|eleven|twelve|{TEENS}|{TENS}"
_BOUND = r"(?:(?P<bound>at least|more than|nearly|almost|about|around|some|over)\s+)?"
_PEOPLE = r"(?P<people>\s+(?:people|persons|civilians|victims))?"
_TOLL = re.compile(
    rf"\b(?:(?:killed|killing|kills|left|leaving)\s+{_BOUND}(?P<killed>{_FIGURE}){_PEOPLE}"
    rf"(?P<left>\s+dead)?"
    rf"|{_BOUND.replace('bound', 'bound2')}(?P<died>{_FIGURE})"
    rf"{_PEOPLE.replace('people>', 'people2>')}\s+(?:were\s+)?"
    rf"(?:killed|dead|died)"
    rf"|death toll (?:of|at|to|rose to|stood at)\s+{_BOUND.replace('bound', 'bound3')}"
    rf"(?P<toll>{_FIGURE}))\b"
)


_NEXT_WORD = re.compile(r"\s+([a-z]\w*)")
# Words a bare toll may run on with: "killed 53 and wounded 50", "killed 53 in Orlando".
_AFTER_TOLL = frozenset("and in at on when while during after before inside including".split())


def _tolls(passage: Passage) -> list[Mention]:
    found = []
    for match in _TOLL.finditer(passage.text):
        verb = match.group(0).split()[0].lower()
        if verb in ("left", "leaving") and match.group("left") is None:
            continue  # "left 50 jobs", "leaving 50 homeless": no toll
        if match.group("killed") and not match.group("people") and not match.group("left"):
            # "killed 53." is a toll, "killed 53 jobs" is not
            after = _NEXT_WORD.match(passage.text, match.end())
            if after is not None and after.group(1) not in _AFTER_TOLL:
                continue
        figure = match.group("killed") or match.group("died") or match.group("toll")
        value = read_number(figure)
        if value is None or value[1]:
            continue
        bound = match.group("bound") or match.group("bound2") or match.group("bound3") or ""
        found.append(passage.mention(match.start(), match.end(), value[0], f"dead {bound}"))
    return found


# --- a whole counted: "all 41 GOP senators" ---

# "all" before a figure counts every member of a group ("all 41 GOP senators" / "all 42
# Senate Republicans", "All 43 of them" / "all 42 members"): however the group is named, a
# sentence counting one whole and its source counting it otherwise changed the count.
_WHOLE = re.compile(rf"\ball\s+(?P<figure>{_FIGURE})\s+(?!percent\b|%)[a-z]\w*", re.I)


def _wholes(passage: Passage) -> list[Mention]:
    found = []
    for match in _WHOLE.finditer(passage.text):
        value = read_number(match.group("figure"))
        if value is not None and not value[1]:
            at, end = match.start("figure"), match.end("figure")
            found.append(passage.mention(at, end, value[0], "all"))
    return found


# --- one side of a chamber: "the minority leader" ---

# The majority and the minority each have a leader and a whip: one swapped for the other
# before the same office is another office, held by another party.
_CHAMBER_SIDE = re.compile(
    r"\b(?P<side>majority|minority)\s+(?P<office>leader|whip)\b", re.IGNORECASE
)


def _found(pattern: re.Pattern[str], value: str, frame: str) -> Callable[[Passage], list[Mention]]:
    """The mentions ``pattern`` finds in a passage: its group ``value`` framed by ``frame``."""

    def mentions(passage: Passage) -> list[Mention]:
        return [
            passage.mention(m.start(), m.end(), m.group(value).lower(), m.group(frame).lower())
            for m in pattern.finditer(passage.text)
        ]

    return mentions


_chamber_sides = _found(_CHAMBER_SIDE, "side", "office")


# And each side's (or party's) leader and whip are two offices, held by two people: the
# leader put for the whip of the same side ("House Majority Whip" / "House Majority
# Leader", "the Democratic leader" / "the Democratic whip") is another office.  The side
# is the frame, the office the value; a party is named as written ("Republican", not "a
# republican leader").
_SIDES_OFFICE = re.compile(
    r"\b(?P<side>(?i:majority|minority)|Democratic|Republican|GOP)\s+(?P<office>(?i:leader|whip))\b"
)


_sides_offices = _found(_SIDES_OFFICE, "office", "side")


# --- a body's office and its deputy: "vice president of the Virginia Association" ---

# An office of a named body and the one under it ("president of the Bar Association" /
# "vice president of the Bar Association"): two offices of one body, held by two people.
# The office and the body's name are the frame, the deputy's word (or none) the value;
# a body must be named, as "the president" and "the vice president" alone are two people
# a sentence may speak of for other reasons.
_DEPUTY_OFFICE = re.compile(
    r"\b(?:(?P<grade>vice|deputy|assistant|associate)[\s-]+)?"
    r"(?P<office>president|chairman|chairwoman|chair|director|secretary|treasurer)"
    r"\s+of\s+(?:the\s+)?"
    r"(?P<body>(?-i:[A-Z][\w'.&-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w'.&-]*){0,6}))",
    re.IGNORECASE,
)


def _deputy_offices(passage: Passage) -> list[Mention]:
    found = []
    for m in _DEPUTY_OFFICE.finditer(passage.text):
        body = m.group("body").rstrip(".")  # "... of Economists." ends its sentence
        frame = f"{m.group('office')} of {body}".lower()
        end = m.start("body") + len(body)
        found.append(passage.mention(m.start(), end, (m.group("grade") or "").lower(), frame))
    return found


# --- a flag officer's grade: "a rear admiral" ---

# The grades of an admiral and a general, each another rank: "rear admiral" / "vice
# admiral", "brigadier general" / "major general".  The rank is the frame.
_GRADE = re.compile(
    r"\b(?P<grade>rear|vice|brigadier|major|lieutenant)[\s-]+(?P<rank>admiral|general)\b",
    re.IGNORECASE,
)


def _grades(passage: Passage) -> list[Mention]:
    return [
        passage.mention(m.start(), m.end(), m.group("grade").lower(), m.group("rank").lower())
        for m in _GRADE.finditer(passage.text)
    ]


# --- a span placed in time: "last week" ---

# "last week" and "last month" place one event two ways; the placing word ("last", "next")
# is the frame, so "this week" / "last week" -- a copy written a week later may say either
# of one event -- is not read.
_PLACED = re.compile(r"\b(?P<place>last|next|past)\s+(?P<span>week|weekend|month|year)\b", re.I)


_placed_spans = _found(_PLACED, "span", "place")

# "in recent weeks" and "in recent months" are one stretch back from now, measured two
# ways: "recent" is the frame, the unit (in the singular) the value.
_RECENT = re.compile(r"\b(?P<place>recent)\s+(?P<span>day|week|month|year)s\b", re.I)
_recent_spans = _found(_RECENT, "span", "place")


# --- a weekday placed from now: "next Tuesday" ---

# "next Tuesday" and "next Thursday" place one event two ways, as "next week" and "next
# month" do; the placing word is the frame ("last Tuesday" / "next Thursday" are two).
_PLACED_DAY = re.compile(
    r"\b(?P<place>next|last|this past)\s+"
    r"(?P<day>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
    re.IGNORECASE,
)


_placed_weekdays = _found(_PLACED_DAY, "day", "place")


# --- a part of a weekday: "Sunday night" ---

# The part of the day after a weekday ("Saturday morning" / "Sunday night") is when the
# thing was done, as the day is: one part put for another is another time, whether or
# not the day moved too.  Only the part is the mention, so a weekday changed with it is
# read as well (``_placed_weekdays``, ``lone_days.py``).
_DAY_PART = re.compile(
    r"\b(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+"
    r"(?P<part>morning|afternoon|evening|night)\b",
    re.IGNORECASE,
)


# The days and the times of day a sentence names: one of each, or it tells of two times
# ("by 11 a.m. Saturday ... by Monday morning", "Tuesday morning, then ... that afternoon")
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_TIME_OF_DAY = re.compile(r"\b(?:morning|afternoon|evening|night|noon|midnight|[ap]\.m\.)", re.I)


def _day_parts(passage: Passage) -> list[Mention]:
    if len(_WEEKDAY.findall(passage.text)) != 1 or len(_TIME_OF_DAY.findall(passage.text)) != 1:
        return []
    found = []
    for m in _DAY_PART.finditer(passage.text):
        part = m.group("part").lower()
        part = "night" if part == "evening" else part  # one stretch of the day, two names
        found.append(passage.mention(m.start("part"), m.end("part"), part, "part of day"))
    return found


# --- a country's envoy: "the U.S. ambassador to Libya" ---

# The post a country's envoy holds, after the country's name: an ambassador and a consul
# are two offices, so a copy that puts one for the other in the same country's name
# ("the U.S. consul in Libya" / "the U.S. ambassador to Libya") names another office,
# though the preposition after it, and so any shared run, changed too.
_ENVOY = re.compile(
    r"\b(?P<country>U\.S\.|U\.K\.|(?-i:[A-Z][a-z]+))\s+"
    r"(?P<post>ambassador|consul|envoy|charg[eé] d'affaires)\b",
    re.IGNORECASE,
)


def _envoys(passage: Passage) -> list[Mention]:
    return [
        passage.mention(m.start(), m.end(), m.group("post").lower(), m.group("country").lower())
        for m in _ENVOY.finditer(passage.text)
        if m.group("country") not in NAME_OPENERS
    ]


def _names(text: str, name: str) -> int:
    """How often ``text`` names ``name``, as a whole name."""
    return len(re.findall(rf"(?<![\w.-]){re.escape(name)}(?![\w-])", text))


_LEAD_WORDS = 3  # words before a body that place it in its phrase ("C.I.A. and the")


def _phrase(text: str, start: int, end: int) -> str:
    """The body at ``start``-``end`` of ``text`` with the words leading to it."""
    lead = text[max(0, start - 80) : start].split()[-_LEAD_WORDS:]
    return " ".join([*lead, *text[start:end].split()])


def bodies_kept(changes: list[Discrepancy], a_text: str, b_text: str) -> list[Discrepancy]:
    """``changes`` but the bodies the copy took from another of the source's sentences: a
    copy's body the source names among the same words elsewhere ("with the C.I.A. and the
    Defense Department" / "like the C.I.A. and the Defense Department"), while the copy
    names the source's body too ("the State Department") beside it, was moved, not put for
    the source's; the sentences were paired for their other words."""
    source = " ".join(b_text.split())

    def kept(change: Discrepancy) -> bool:
        # the copy names the source's body once more than in the change, where it does not
        elsewhere = _names(a_text, change.b_text) > _names(change.a_text, change.b_text)
        phrase = _phrase(a_text, change.a_span.start, change.a_span.end)
        return elsewhere and phrase in source

    return [c for c in changes if c.kind != "organisation" or not kept(c)]


# --- a county: "Broward County" ---

# The capitalised words before "County": a county's name ("Miami-Dade County", "St. Louis
# County"); a sentence's first word is left out ("Officials in ...": not its name).
_COUNTY = re.compile(r"(?P<name>(?:[A-Z][\w'.-]*\s+){1,2})County\b")


def _counties(passage: Passage) -> list[Mention]:
    found = []
    for match in _COUNTY.finditer(passage.text):
        words = match.group("name").split()
        if words[0] in ("The", "A", "In", "At", "Of", "And", "But"):
            words = words[1:]
        if not words:
            continue
        start = match.end() - len(" ".join(words)) - len(" County")
        value = " ".join(w.lower().rstrip(".") for w in words)
        found.append(passage.mention(start, match.end(), value, "county"))
    return found


def _one_county(x: set[str], y: set[str]) -> bool:
    """ "Miami-Dade" / "Dade": one county, its name shortened or written out."""
    return bool(x & y)


# --- a place named after its type: "Roosevelt Island" ---

# The capitalised words before "Island", "Park" or "Square" name one place of a city
# ("Randall's Island" / "Roosevelt Island", "Union Square" / "Times Square"): one put for
# another in a copied sentence moves what it tells there.  A sentence's first word is
# left out, as for a county.
_NAMED_PLACE = re.compile(
    r"(?P<name>(?:[A-Z][\w.-]*(?:'s|\u2019s)?\s+){1,2})(?P<type>Island|Park|Square)\b"
)


def _named_places(passage: Passage) -> list[Mention]:
    found = []
    for match in _NAMED_PLACE.finditer(passage.text):
        words = [w for w in match.group("name").split() if w not in NAME_OPENERS]
        if len(words) == 2 and words[0].endswith(("'s", "\u2019s")):
            words = words[1:]  # "New York City's Roosevelt Island": the city's
        if not words:
            continue
        start = match.end("name") - len(" ".join(words)) - 1
        value = " ".join([*words, match.group("type")]).lower()
        found.append(passage.mention(start, match.end(), value, match.group("type").lower()))
    return found


# --- a body named after its type: "the University of Toledo" ---

# A type of body before "of" and the capitalised words naming which one: "University of
# Dayton", "College of Law" after its own name ("South Texas College of Law"), "Department
# of Energy".  The type and what follows "of" frame the body; the words that differ name it.
_NAMED_AFTER = re.compile(
    r"(?P<before>(?:[A-Z][\w'.-]*\s+){0,3})(?P<type>University|College|Department|Ministry)"
    r"\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})"
)


def _named_bodies(passage: Passage) -> list[Mention]:
    found = []
    for match in _NAMED_AFTER.finditer(passage.text):
        before = [w for w in match.group("before").split() if w not in NAME_OPENERS]
        name = match.group("name").split()
        words = [*before, match.group("type"), "of", *name]
        # what frames the body is its type, and the name after it when the words before
        # it name it ("South Texas College of Law"); otherwise the type alone
        frame = " ".join([match.group("type"), *(["of", *name] if before else [])]).lower()
        value = " ".join(words).lower()
        found.append(passage.mention(match.start(), match.end(), value, frame))
    return found


def _shortened(x: set[str], y: set[str]) -> bool:
    """One name is the other shortened: "University of Texas" / "University of Texas at
    Austin", "Journal" / "Wall Street Journal"."""
    return x <= y or y <= x


# --- a chamber of Congress as a place: "seven committees in the Senate" ---

# A chamber named alone after a preposition and "the" ("in the U.S. Senate", "of the House
# of Representatives"): the two chambers are two bodies, so one put for the other in the
# same frame (the preposition) moves what the sentence says into the other.  A capitalised
# word after it makes it part of a longer name ("the House Judiciary Committee",
# ``chambers.py``); "the White House" has a word between; other houses are not Congress's.
_CHAMBER_SLOT = re.compile(
    r"\b(?P<frame>in|of|to|from|on|into|by)\s+the\s+(?:U\.S\.\s+|full\s+)?"
    r"(?P<chamber>Senate|House)(?:\s+of\s+Representatives)?\b"
    r"(?!\w|\s+[A-Z]|\s+of\s+(?:Commons|Lords|Delegates|Assembly))"
)


def _chamber_slots(passage: Passage) -> list[Mention]:
    found = []
    for match in _CHAMBER_SLOT.finditer(passage.text):
        start = match.start("chamber")
        if passage.text[match.start() : start].rstrip().endswith("U.S."):
            start = passage.text.index("U.S.", match.start())  # shown with its country
        value = match.group("chamber").lower()
        found.append(passage.mention(start, match.end(), value, match.group("frame")))
    return found


# --- a state's member of one chamber: "the Vermont senator" ---

# A member described by the state and the chamber, no name after ("Bernie Sanders, the
# Vermont senator" / "the Vermont congressman"): a state sends members to both chambers,
# and one put for the other gives the person another seat.  The state is the frame, the
# chamber the value; a state legislator ("Vermont state senator") has a word between.
_MEMBER = {"senator": "senate", "congressman": "house", "congresswoman": "house"}
_STATE_MEMBER = re.compile(
    r"\b(?P<state>" + state_names() + r")\s+(?P<member>" + "|".join(_MEMBER) + r")\b"
)


def _state_members(passage: Passage) -> list[Mention]:
    return [
        passage.mention(m.start(), m.end(), _MEMBER[m.group("member")], m.group("state"))
        for m in _STATE_MEMBER.finditer(passage.text)
    ]


# --- a newspaper: "obtained by the Sun Journal" ---

# A newspaper's or a magazine's name ends in the word that says it is one ("Sun Journal",
# "Washington Post", "Weekly Standard"), after the words that say which: one put for
# another in a copied sentence credits, quotes or places the story in another publication.
_OUTLET = re.compile(rf"(?P<name>(?:[A-Z][\w'.&-]*\s+){{1,3}})(?P<head>{OUTLET_HEADS})\b")


def _outlets(passage: Passage) -> list[Mention]:
    found = []
    for match in _OUTLET.finditer(passage.text):
        words = [w for w in match.group("name").split() if w not in NAME_OPENERS]
        if not words:
            continue  # "The Times": which paper is not said
        start = match.end("name") - len(" ".join(words)) - 1
        value = " ".join([*words, match.group("head")]).lower()
        found.append(passage.mention(start, match.end(), value, "outlet"))
    return found


def _changed_names(
    kind: DiscrepancyKind, read: Reader, same: Callable[[set[str], set[str]], bool]
) -> Callable[[Passage, Passage], list[Discrepancy]]:
    """A reader of names whose one mention a sentence changed, unless the two are aliases
    or ``same`` says their words name one thing."""

    def changed(a: Passage, b: Passage) -> list[Discrepancy]:
        pair = _one_each(read(a), read(b))
        if pair is None or aliases(pair[0].value, pair[1].value):
            return []
        x, y = pair
        if same(set(x.value.split()), set(y.value.split())):
            return []
        return [discrepancy(kind, x, y)]

    return changed


_changed_counties = _changed_names("name", _counties, _one_county)
_changed_named_bodies = _changed_names("organisation", _named_bodies, _shortened)
_changed_named_places = _changed_names("name", _named_places, _shortened)
_changed_outlets = _changed_names("organisation", _outlets, _shortened)
_changed_publications = _changed_names("organisation", publications, _shortened)
_changed_groups = _changed_names("organisation", groups, _shortened)
_changed_schools = _changed_names("organisation", schools, _shortened)


def reworded_facts(a: Passage, b: Passage) -> list[Discrepancy]:
    """Facts of a narrow type, one a sentence and framed alike, that a copy changed."""
    return [
        *_changed("number", _age_bounds, a, b),
        *_changed("number", _tolls, a, b),
        *_changed("number", _wholes, a, b),
        *_changed("title", _chamber_sides, a, b),
        *_changed("title", _sides_offices, a, b),
        *_changed("title", _grades, a, b),
        *_changed("date", _placed_spans, a, b),
        *_changed("date", _recent_spans, a, b),
        *_changed("date", _placed_weekdays, a, b),
        *_changed("date", _day_parts, a, b),
        *_changed("date", times_back, a, b),
        *_changed("title", _envoys, a, b),
        *_changed("title", levelled_officers, a, b),
        *_changed("organisation", levelled_courts, a, b),
        *_changed("number", clock_times, a, b),
        *_changed_counties(a, b),
        *_changed_named_bodies(a, b),
        *_changed_named_places(a, b),
        *_changed("organisation", _chamber_slots, a, b),
        *_changed("title", _state_members, a, b),
        *_changed_outlets(a, b),
        *_changed("organisation", platforms, a, b),
        *_changed_publications(a, b),
        *_changed("organisation", networks, a, b),
        *_changed("organisation", international_bodies, a, b),
        *_changed("organisation", legislatures, a, b),
        *_changed_schools(a, b),
        *_changed("organisation", campaigns, a, b),
    ]


def deputy_offices(a: Passage, b: Passage) -> list[Discrepancy]:
    """A body's office put for the one under it, one a sentence ("vice president of the
    Virginia Association" / "president of the Virginia Association").  Kept apart from
    ``reworded_facts``: the body's name, and others a sentence gives ("the state Joint
    Advisory Board"), are read as people's, so whether the two sentences are about others
    is asked of the people that are no body (``entities._compare``)."""
    return _changed("title", _deputy_offices, a, b)


def armed_bodies(a: Passage, b: Passage) -> list[Discrepancy]:
    """An armed service or an armed group, one a sentence, that a copy changed.  Their
    names are read as people's, so these are kept apart from ``reworded_facts``: whether
    the two sentences are about others is asked of the people besides them
    (``entities._compare``)."""
    return [
        *_changed("organisation", services, a, b),
        *_changed_groups(a, b),
    ]
