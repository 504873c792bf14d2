"""The title a passage gives a person, before the name or in apposition after it.

"Senate Minority Leader Chuck Schumer", "his campaign manager Kellyanne Conway", "Lindsay
Walters, the deputy White House press secretary", "Lauren Greene, his former press
secretary", "Jim Manley, Reid's chief of staff".  Two titles of one person are compared
on their ranks (``words.RANKS``): another last rank ("spokeswoman"/"manager", "Detective
Superintendent"/"Detective") or a rank word that changes it, added, dropped or swapped
("Majority"/"Minority", "Chief", "Deputy"), is a change; the body, the party or the state
written around it ("Wisconsin GOP Rep.", "FBI Deputy Director") is not.  A person may
hold two offices joined by "and" ("Carla Deming, president and chief executive officer"):
a title naming either is no change; nor is a party's office against another ("the
Republican leader" / "Senate President").
A title set off by a comma before the name ("The spokeswoman, Marie Harf,") is not read:
it is often a reference back, shortened ("Deputy Spokesperson" before), or cut by "in"
("editor in chief, Ben Smith"); on BASIL's independent reports it gave three false changes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import islice

from newstrace.analyse.facts.mentions import Mention, Passage, strip_possessive
from newstrace.analyse.facts.names import Name
from newstrace.analyse.facts.words import (
    BODY_HEADS,
    DEPARTMENTS,
    FUNCTION_WORDS,
    GENERIC_RANKS,
    MEMBERSHIPS,
    OFFICES_IN_A_BODY,
    RANK_ABBREVIATIONS,
    RANK_CHANGERS,
    RANK_SWAPS,
    RANKS,
    US_STATES,
    hyphenated_rank,
)
from newstrace.analyse.prose import sentence_end, sentence_start
from newstrace.analyse.resources import MONTHS, WEEKDAYS

_TOKEN = re.compile(r"[\w.'-]+|[^\w\s]")
# Lower-case words a title may hold besides its ranks ("former Defense Secretary", "his
# campaign manager", "chief of staff").
_QUALIFIERS = frozenset("former then campaign senior top of the".split())
_MAX_WORDS = 7
# Rank words that only ever modify the rank after them ("Under Secretary", "Vice
# President"): before a name with no rank after them they are a preposition or an adverb.
_MODIFIERS_ONLY = frozenset("under vice acting interim".split())
_TIME_PREFIX = re.compile(r"^(?:ex|then)-")  # "ex-Vice President", "then-Gov."
# Words that end a title: they belong to the clause around it ("X, who was director"), or
# open one ("..., but Capt. Ann Cole said": "but" is no part of her title).
_CLAUSE_WORDS = frozenset(
    "who whom whose which was were is are has had have said says will would but while when".split()
)
# Between a name and its title in apposition: a party and state ("(D-N.Y.)"), a comma, "the".
# ("X, a former Baptist minister" describes the person rather than naming an office: the
# title stops at "a", a function word, and is empty.)  "a" or "an" before one word and
# "for" or "to" opens an office too: "X, a spokesman for the campaign", "an aide to the
# mayor" is the post X holds for them, as "the campaign's spokesman" is.
_APPOSITION = re.compile(
    r"(?:'s)?\s*(?:\([^)]{1,20}\))?\s*,\s+(?:the\s+|an?\s+(?=[a-z]+\s+(?:for|to)\s)"
    # whose office it is: "Lauren Greene, his former press secretary", "Jim Manley, Reid's
    # chief of staff" (the title read is lower-case: ``_title_after``)
    r"|(?:his|her|their|its)\s+|[A-Z][\w.-]*['\u2019]s\s+(?=[a-z])"
    # the office of someone named in full, a body's letters before it ("Susan Rice,
    # Obama's U.N. ambassador", "Susan Rice, President Barack Obama's national security
    # adviser"): read as after "the", a lower-case rank must close it
    r"|(?P<owner>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['\u2019]s\s+)"
    r"(?=(?:[a-z]|(?:[A-Z]\.){2,}\s+[a-z])))?"
)


@dataclass(frozen=True, slots=True)
class Title:
    """A person's title in a passage: the title and name as written, and the ranks it names."""

    person: Name
    mention: Mention  # title and name together ("Senate Minority Leader Chuck Schumer")
    ranks: tuple[str, ...]
    body: tuple[
        str, ...
    ] = ()  # the body of the office, as written: "C.I.A.", "national intelligence"
    # the ranks of a second office held with it: "president and chief executive officer"
    joined: tuple[str, ...] = ()


def ranks_named(token: str) -> tuple[str, ...]:
    """The ranks one word names ("Sen." -> ("senator",))."""
    return _ranks(token)


def _ranks(token: str) -> tuple[str, ...]:
    """The ranks a word names: "Sen." -> ("senator",), "CEO" -> ("chief", "executive")."""
    word = _TIME_PREFIX.sub("", strip_possessive(token.lower().rstrip(".")))
    if token == "Pro":
        # of "President Pro Tem", a rank of its own ("tempore"), no body's name
        return ("tempore",)
    joined = hyphenated_rank(word)
    if joined is not None:  # "vice-chairwoman" is "vice chairwoman"
        return (joined[0], *_ranks(joined[1]))
    words = RANK_ABBREVIATIONS.get(word, word).split()
    return tuple(w for w in words if w in RANKS)


def _kind(token: str) -> str:
    """What a word is to a title: "rank" ("Leader", "Sen."), "part" ("former", "of",
    "Senate"), "field" (a lower-case word that may qualify a rank: "finance director"),
    or "end" (punctuation, a verb of the sentence, "his")."""
    word = token.lower().rstrip(".")
    if _ranks(token):
        return "rank"
    if word in _QUALIFIERS:
        return "part"
    if not token[:1].isalpha() or word in FUNCTION_WORDS or word in _CLAUSE_WORDS:
        return "end"
    return "part" if token[:1].isupper() else "field"


def _title_words(tokens: Iterable[re.Match[str]], *, backward: bool) -> list[re.Match[str]]:
    """The title words at the head of ``tokens`` (read away from the name, ``backward`` if
    it stands before the name), without the "of" and "the" at either end.  A lower-case word
    stays only right before a rank: "finance director", not "fired FBI director"."""
    run: list[re.Match[str]] = []
    fields: list[re.Match[str]] = []  # read forward, the words that wait for their rank
    for token in islice(tokens, _MAX_WORDS):
        kind = _kind(token.group())
        last = _kind(run[-1].group()) if run else "end"
        if kind == "end" or (kind == "field" and backward and last not in ("rank", "field")):
            break
        if kind == "field" and not backward:
            fields.append(token)
            continue
        if fields and kind != "rank":
            break
        run += [*fields, token]
        fields = []
    while run and run[-1].group().lower() in ("of", "the"):
        run.pop()
    while run and run[0].group().lower() in ("of", "the"):
        run.pop(0)
    return run


# The body an office after its rank is of: "director of national intelligence".
_BODY_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?((?:[\w.'-]+\s+){0,3}[\w.'-]+?)(?=[,;)]|\s+(?:who|and|said)\b|\.?$)"
)


# A rank after a name that goes on "in charge of ..." ("the special agent in charge of the
# Richmond field office") makes the person the head of what follows: its chief, whatever
# the rank before it, so "Richmond field office chief" gives the same office.
_IN_CHARGE = re.compile(r"\s+in\s+charge\b")


def _lower_modifier(word: str, following: str) -> bool:
    # only "under": "acting" and "interim" stay lower-case before a title ("acting White
    # House chief of staff")
    if word.lower() != "under" or not following[:1].isupper():
        return False
    # "under" makes an office only of a secretary ("Under Secretary of State"); before any
    # other rank it is a preposition, even capitalised to open a sentence ("Under President
    # Obama, the practice was banned")
    return word == "under" or _ranks(following) != ("secretary",)


def _title(
    passage: Passage, person: Name, run: list[re.Match[str]], joined: tuple[str, ...] = ()
) -> Title | None:
    """The title made of ``run`` and the name, if ``run`` names a rank; ``joined``, the
    ranks of a second office written with it."""
    # "rulings under Chief Justice John Roberts": a lower-case "under" before a
    # capitalised title is a preposition, not the title's
    cut = [n + 1 for n, t in enumerate(run[:-1]) if _lower_modifier(t.group(), run[n + 1].group())]
    run = run[cut[-1] :] if cut else run
    ranks = tuple(rank for token in run for rank in _ranks(token.group()))
    if not ranks or ranks[-1] in _MODIFIERS_ONLY:
        return None  # "decisions made under Roberts": a modifier heads no title
    name = person.mention.span
    start = min(run[0].start(), name.start - passage.offset)
    end = max(run[-1].end(), name.end - passage.offset)
    body = [t.group() for t in run if _kind(t.group()) == "part" and t.group()[0].isupper()]
    after = _BODY_AFTER.match(passage.text, run[-1].end())
    if after is not None and run[-1].end() > name.end - passage.offset:
        body += after.group(1).split()
    if run[-1].end() > name.end - passage.offset and _IN_CHARGE.match(passage.text, run[-1].end()):
        ranks = (*ranks, "chief")
    return Title(person, passage.mention(start, end, ""), ranks, tuple(body), joined)


# "and" between two offices one person holds: "president and chief executive officer".
_AND_AFTER = re.compile(r"\s+and\s+")
_AND_BEFORE = re.compile(r"\s+and\s+$")


def _ranks_of(run: list[re.Match[str]]) -> tuple[str, ...]:
    """The ranks of a second office; none for a generic one ("mayor and founder of"),
    which any office is held with (``_compatible``) and so would vouch for any."""
    ranks = tuple(rank for token in run for rank in _ranks(token.group()))
    return () if not ranks or ranks[-1] in GENERIC_RANKS else ranks


def _joined_after(passage: Passage, run: list[re.Match[str]], end: int) -> tuple[str, ...]:
    """The ranks of a second office after ``run`` and "and", read forward to ``end``."""
    joint = _AND_AFTER.match(passage.text, run[-1].end())
    if joint is None:
        return ()
    tokens = _TOKEN.finditer(passage.text, joint.end(), end)
    return _ranks_of(_title_words(tokens, backward=False))


def _joined_before(passage: Passage, run: list[re.Match[str]], start: int) -> tuple[str, ...]:
    """The ranks of a second office before ``run`` and "and" ("President and CEO Carla
    Deming"), read back from a rank right before "and", not a name ("Sen. Ann Cole and
    Rep. Bo Dee")."""
    joint = _AND_BEFORE.search(passage.text, start, run[0].start())
    if joint is None:
        return ()
    before = list(_TOKEN.finditer(passage.text, start, joint.start()))
    if not before or not _ranks(before[-1].group()):
        return ()
    return _ranks_of(_title_words(before[::-1], backward=True)[::-1])


def _title_before(passage: Passage, person: Name) -> Title | None:
    # the title stands in the name's sentence ("... Sandra Hollis.\n\nCommission chair")
    start = person.mention.span.start - passage.offset
    first = sentence_start(passage.text, start)
    before = list(_TOKEN.finditer(passage.text, first, start))
    if before and before[-1].group().lower() in ("of", "the"):
        return None  # "director of Acme": a name after "of" is a body or a place
    run = _title_words(before[::-1], backward=True)[::-1]
    if not run:
        return None
    return _title(passage, person, run, _joined_before(passage, run, first))


def _title_after(passage: Passage, person: Name) -> Title | None:
    """A title in apposition, written lower-case as news style has it ("X, chairman of")."""
    between = _APPOSITION.match(passage.text, person.mention.span.end - passage.offset)
    if between is None:
        return None
    # "X, the White House press secretary": a body may open it after "the", if a
    # lower-case rank closes it (not "X, Senate Majority Leader Mitch McConnell and ...")
    capitalised = not passage.text[between.end() : between.end() + 1].islower()
    if capitalised and not between.group().endswith("the ") and not between["owner"]:
        return None
    # the apposition ends with its sentence: "X, the group's policy director. Yet Certner
    # said" gives no title "director. Yet Certner" (the token would keep the full stop)
    end = sentence_end(passage.text, between.end())
    run = _title_words(_TOKEN.finditer(passage.text, between.end(), end), backward=False)
    if capitalised and run and not run[-1].group().islower() and not _closed(passage, run):
        return None
    return _title(passage, person, run, _joined_after(passage, run, end)) if run else None


# What may follow a capitalised title in apposition and close it: a clause's word ("X, the
# House Majority Leader whose district"), or a comma or a full stop.
_CLOSING = re.compile(r"\s*(?:[,;.]|$|(?:who|whose|which)\b)")


def _closed(passage: Passage, run: list[re.Match[str]]) -> bool:
    """A capitalised title after "the" that a clause or punctuation closes, its last word a
    rank: "Kevin McCarthy, the House Majority Leader whose district"; a name after it
    ("X, the Senate Majority Leader Mitch McConnell") makes it that person's."""
    last = run[-1].group()
    return bool(_ranks(last)) and _CLOSING.match(passage.text, run[-1].end()) is not None


# What may follow a name a title set off by a comma stands before: the apposition closing
# ("his former communications director, Lauren Greene, had filed") or the sentence's verb.
_AFTER_SET_OFF = re.compile(r"[,.;:)]|\s+(?:said|says|told|who|has|had|was|is)\b")
# What may open a title set off before the name: whose office it is, or nothing.
_SET_OFF_OPENERS = frozenset("the his her their its".split())


def title_set_off(passage: Passage, person: Name) -> Title | None:
    """A title set off by a comma before the name: "his former communications director,
    Lauren Greene,", "BuzzFeed's executive editor, Ben Smith".  Not read by :func:`titles`
    (a reference back, often shortened; BASIL's independent reports gave false changes),
    only where a copy's offices are read whole (``offices.py``).  The title must open its
    sentence or follow "the", a possessive pronoun or a possessive name, and end in a rank:
    "editor in chief, Ben Smith" is cut by "in", and its "chief" is no office of its own."""
    start = person.mention.span.start - passage.offset
    if not passage.text[:start].endswith(", "):
        return None
    if not _AFTER_SET_OFF.match(passage.text, person.mention.span.end - passage.offset):
        return None
    before = list(_TOKEN.finditer(passage.text, sentence_start(passage.text, start), start - 2))
    if not before or not _ranks(before[-1].group()):
        return None
    run = _title_words(before[::-1], backward=True)[::-1]
    at = next((n for n, token in enumerate(before) if run and token is run[0]), None)
    if at is None:
        return None
    opener = before[at - 1].group() if at else ""
    if at and opener.lower() not in _SET_OFF_OPENERS and not opener.endswith(("'s", "\u2019s")):
        return None
    return _title(passage, person, run)


def titles(passage: Passage, people: list[Name]) -> list[Title]:
    """The titles given to ``people`` in a passage, before their names or after them."""
    found = (_title_before(passage, p) or _title_after(passage, p) for p in people)
    return [title for title in found if title is not None]


def _compatible(head_a: str, head_b: str) -> bool:
    """Two ranks one person may hold together: a generic one ("adviser"), or a seat in a
    body and an office in it ("Representative", "Chairman")."""
    heads = {head_a, head_b}
    if heads & GENERIC_RANKS:
        return True
    return bool(heads & MEMBERSHIPS) and bool(heads & OFFICES_IN_A_BODY)


# One office under two names: an association's "executive director" is its chief executive,
# and independent reports call the same person either (the NRA's Wayne LaPierre).
_TOP_EXECUTIVE = (frozenset({"chief", "executive"}), frozenset({"executive", "director"}))
_TOP_EXECUTIVE_WORDS = frozenset({"chief", "executive", "director"})


def _top_executive(a: Title, b: Title) -> bool:
    """Both titles name an organisation's top executive, and nothing else differs."""
    a_ranks, b_ranks = set(a.ranks), set(b.ranks)

    def top(ranks: set[str]) -> bool:
        # a body's "chief" alone is its head: "NRA chief" / "NRA CEO"
        return ranks == {"chief"} or any(words <= ranks for words in _TOP_EXECUTIVE)

    return top(a_ranks) and top(b_ranks) and not (a_ranks ^ b_ranks) - _TOP_EXECUTIVE_WORDS


def _body_chief(a: Title, b: Title) -> bool:
    """A body's "chief" alone and the office heading it: news style calls a party's
    chairman its "party chief" ("party chief Ann Hale" / "party Chairman Ann Hale").  A
    body's "leader" alone is its head too, whatever the office is called ("Senate leader
    Kevin de León" / "the president of the California State Senate")."""
    return any(_chief_of(x, y) or _leader_of(x, y) for x, y in ((a, b), (b, a)))


# The offices that head a chamber or a board, a bare "leader" of it named otherwise; not
# "leader" itself ("Senate leader" / "Senate Majority Leader" is read on its ranks) nor an
# agency's "director"
_CHAMBER_HEADS = BODY_HEADS - frozenset({"leader", "director"})


def _leader_of(leader: Title, head: Title) -> bool:
    """``leader`` a body's bare "leader", ``head`` an office heading a body, no deputy, the
    two bodies named with one last word if both are named ("Senate" / "California State
    Senate")."""
    plain = not set(head.ranks[:-1]) & RANK_CHANGERS
    one_body = not (leader.body and head.body) or leader.body[-1] == head.body[-1]
    return leader.ranks == ("leader",) and head.ranks[-1] in _CHAMBER_HEADS and plain and one_body


def _chief_of(chief: Title, head: Title) -> bool:
    """``chief`` a body's "chief", ``head`` the office heading it: alone, or after the same
    ranks ("mayor asked water chief" read whole).  A deputy director is no chief."""
    if chief.ranks[-1:] != ("chief",) or head.ranks[-1] not in BODY_HEADS:
        return False
    if head.ranks[-1] == "director" and not _chief_before_name(chief, head):
        return False
    return chief.ranks == ("chief",) or chief.ranks[:-1] == head.ranks[:-1]


def _chief_before_name(chief: Title, director: Title) -> bool:
    """An agency's "chief" before the name ("intelligence chief Dan Coates"), the
    director no deputy: a "chief" read last after the name may head a calling the title
    reader stopped before ("Ann Lee, McCain's chief economist")."""
    before_name = not chief.mention.text.rstrip().lower().endswith("chief")
    return before_name and not set(director.ranks[:-1]) & RANK_CHANGERS


_POSSESSIVES = frozenset("his her their its".split())


def _whose(a: Title, b: Title) -> bool:
    """A rank changer alone after a possessive says whose second the person is, not the
    whole office: "his assistant" (the general manager's) is the "assistant general
    manager", "her deputy" the "deputy director"."""
    for x, y in ((a, b), (b, a)):
        before = x.mention.context.before[:1]
        alone = len(x.ranks) == 1 and x.ranks[0] in RANK_CHANGERS
        if alone and bool(before) and before[0] in _POSSESSIVES and y.ranks[0] == x.ranks[0]:
            return True
    return False


_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _press_office(a: Title, b: Title) -> bool:
    """A spokeswoman and a press secretary: one office under two names (the press
    secretary speaks for whom they serve), "Pence press secretary"/"spokeswoman" -- when
    either title names nothing it is of.  Both of one named body or campaign are two of
    its offices, as a body has one press secretary and spokesmen besides: "White House
    press secretary Bill Burton" / "White House spokesman Bill Burton", "Campaign press
    secretary Liz Smith" / "Obama campaign spokeswoman Lis Smith"."""
    heads = {a.ranks[-1], b.ranks[-1]}
    press = [t for t in (a, b) if t.ranks[-2:] == ("press", "secretary")]
    if not (heads & _SPOKESPEOPLE) or len(press) != 1:
        return False
    return not (_of_someone(a) and _of_someone(b))


def _of_someone(title: Title) -> bool:
    """A title naming whom its holder serves: a word besides its ranks ("White House",
    "campaign"); not a possessive ("his"), nor a time ("former")."""
    words = _besides_name(title)
    return any(not _ranks(w) and w not in FUNCTION_WORDS and w not in _TIME_WORDS for w in words)


def _besides_name(title: Title) -> list[str]:
    """The words of a title, lower case, without its holder's name."""
    name = title.person.mention.span
    start, end = (x - title.mention.span.start for x in (name.start, name.end))
    text = title.mention.text
    return [w.lower() for w in _TITLE_WORD.findall(f"{text[:start]} {text[end:]}")]


def _two_employers(a: Title, b: Title) -> bool:
    """A campaign's post and the White House's, of two ranks: "Obama campaign aide Robert
    Gibbs" / "White House press secretary Robert Gibbs".  A campaign is no part of the
    government, so even a rank that says what someone does ("aide", "adviser"), which may
    go with any office, is not an office of the White House's staff."""
    for x, y in ((a, b), (b, a)):
        x_words, y_words = _besides_name(x), _besides_name(y)
        white_house = tuple(w.lower() for w in y.body) == ("white", "house")
        if "campaign" in x_words and "campaign" not in y_words and white_house:
            return True
    return False


_TIME_WORDS = frozenset("former then ex onetime outgoing incoming future".split())


def _times(title: Title) -> bool:
    words = re.findall(r"[a-z]+", title.mention.text.lower())
    return bool(_TIME_WORDS.intersection(words))


def past_offices_apart(a: Title, b: Title) -> bool:
    """Both titles of offices held before ("former", "then"), two ranks in two bodies: a
    person may have held both ("former RNC Co-Chairwoman" / "former U.S. ambassador").
    One rank of two bodies is one office misplaced ("former C.I.A. director" / "the former
    director of national intelligence")."""
    a_body, b_body = ({w.lower() for w in t.body} - _TIME_WORDS for t in (a, b))
    apart = a_body != b_body and a.ranks[-1] != b.ranks[-1]
    return _times(a) and _times(b) and apart


# Words that put an office in the past outright.  "then" dates it to the time told, which
# a copy may add ("then-Gov."); "onetime" and "incoming", rarer, are left to the readers of
# other times (``_other_times``): a title with any of them is not read here.
_PAST_WORDS = frozenset("former ex".split())


def _past(title: Title) -> bool:
    return bool(_PAST_WORDS.intersection(re.findall(r"[a-z]+", title.mention.text.lower())))


# A word before a title that puts the office in the past by itself: "fired FBI Director
# James Comey" is a former director ("fired", "ousted", "retired"), as is the "late" one.
_ENDED_BEFORE = re.compile(r"(?:\b[a-z]+ed|\b(?:late|outgoing|retiring|departing|once))\s+$")


def _ended(title: Title, passage: Passage) -> bool:
    """Whether a word before the title's rank, in it ("ousted Gov.") or before it, ends it."""
    start = title.mention.span.start - passage.offset
    words = re.findall(r"\b[a-z]+\b", title.mention.text)
    within = any(_ENDED_BEFORE.fullmatch(word + " ") for word in words)
    return within or bool(_ENDED_BEFORE.search(passage.text, max(0, start - 30), start))


# The story's own time, as news dates it: a weekday, "today", "yesterday", "this week".  A
# title of the time of an act dated otherwise ("launched by President George W. Bush after
# the Sept. 11 attacks") is right for that time, whatever the person holds now.
_STORY_TIME = re.compile(
    rf"\b(?:{'|'.join(sorted(WEEKDAYS))}|today|tonight|yesterday|this\s+week)\b", re.IGNORECASE
)
# Another time: a year ("1990", "the 1990s") or a month, named or abbreviated ("Sept.")
# and capitalised ("may" is a verb); the month's whole word, as "Mayor" is none.
_OTHER_TIME = re.compile(
    r"\b(?:1[89]\d\d|20\d\d)[a-z]*\b"
    rf"|\b(?:{'|'.join(sorted(month.capitalize() for month in MONTHS))})\b"
)


def _story_time(passage: Passage) -> bool:
    text = passage.text
    return bool(_STORY_TIME.search(text)) and not _OTHER_TIME.search(text)


def held_then_and_now(a: Title, a_passage: Passage, b: Title, b_passage: Passage) -> bool:
    """The same office of the same body, one title calling it past ("former", "ex-") and
    the other giving it with no word of time: "former President Donald Trump" / "President
    Donald Trump".  Independent reports may each write of another day, but a copy is
    written when its source was, so one of the two misstates whether the person holds the
    office (read only for a copy: ``entities._titles``).  Only in sentences of the story's
    own time (``_STORY_TIME``), and not when a word before the other ends the office
    ("fired FBI Director James Comey": ``_ENDED_BEFORE``)."""
    if not (_story_time(a_passage) and _story_time(b_passage)):
        return False
    if _past(a) == _past(b) or (not _past(a) and _times(a)) or (not _past(b) and _times(b)):
        return False
    if _ended(b, b_passage) if _past(a) else _ended(a, a_passage):
        return False
    a_body, b_body = ({w.lower() for w in t.body} - _TIME_WORDS for t in (a, b))
    return a.ranks == b.ranks and a_body == b_body and not a.joined and not b.joined


def _other_times(a: Title, b: Title) -> bool:
    """One title of a past or future office, the other not: both may be true ("the Baptist
    minister" / "former Arkansas Gov.", "Vice President" / "then Vice President-elect")."""
    return _times(a) != _times(b)


def _initials(words: tuple[str, ...]) -> str:
    return "".join(w[0] for w in words if w not in FUNCTION_WORDS)


def _other_body(a: Title, b: Title) -> bool:
    """The same rank of two bodies, one named by its acronym: "C.I.A. director" / "director
    of national intelligence".  The other must be named in two words or more, not by its
    initials, and share no word with it ("FBI director" / "director of the bureau" is no
    change: "the bureau" may be the FBI)."""
    for short, long in ((a.body, b.body), (b.body, a.body)):
        if len(short) != 1 or not _ACRONYM_BODY.fullmatch(short[0]) or len(long) < 2:
            continue
        letters = short[0].replace(".", "").lower()
        words = tuple(w.lower() for w in long)
        if any(_ACRONYM_BODY.fullmatch(w) for w in long) or not all(w.isalpha() for w in long):
            continue  # the other names a body by its letters too, or is no plain name
        if letters != _initials(words) and letters not in words:
            return True
    return False


# Letters that name a country, not a body of it: "U.S. Attorney" / "FBI agent".
_COUNTRY_LETTERS = frozenset("us usa uk eu".split())


def _other_acronym(a: Title, b: Title) -> bool:
    """The same rank of two bodies, each named alone by its letters before it ("FBI
    Director James Comey" / "CIA Director James Comey", "DNC spokesman" / "DCCC
    spokesman"): a person heads or speaks for one body.  A party written by its letters
    ("GOP") is ``_party_office``'s; a country's letters name no body."""
    if not all(_before_name(t) for t in (a, b)):
        return False
    x, y = ([w for w in t.body if w.lower() not in _TIME_WORDS] for t in (a, b))
    if len(x) != 1 or len(y) != 1:
        return False
    letters = [w.replace(".", "").lower() for w in (x[0], y[0])]
    return (
        all(_ACRONYM_BODY.fullmatch(w) for w in (x[0], y[0]))
        and letters[0] != letters[1]
        and not set(letters) & _COUNTRY_LETTERS
    )


def _other_part(a: Title, b: Title) -> bool:
    """The same rank of another part of one body, each named before the rank in
    capitalised words with one in common: "Senate Finance Chairman" / "Senate Judiciary
    Chairman".  A part added or dropped ("Senate Judiciary" / "Judiciary") or a party
    written otherwise ("Michigan Republican Party" / "Michigan GOP") is no change."""
    if not all(_before_name(t) for t in (a, b)):
        return False  # "chairman of the House Ways and Means Committee" is slots.py's
    x, y = ({w.lower() for w in t.body} - _PARTY_WORDS for t in (a, b))
    named = all(w[:1].isupper() and w.isalpha() for w in (*a.body, *b.body))
    return named and bool(x & y) and bool(x - y) and bool(y - x)


# Endings of the abstract nouns that name a field of work ("counterterrorism",
# "intelligence", "finance", "communications", "policy", "economics"): one such word right
# before a rank says what the office is in, and another one another office
# ("counterterrorism agent" / "counterintelligence agent").  Adjectives describing the
# holder ("senior", "veteran", "embattled"), which rewrites vary freely, hardly end so.
# A field may be named by its adjective in "-ical" ("political director", "medical
# director"): adjectives of the holder so ending ("cynical", "skeptical") hardly stand
# right before a rank.
_FIELD_ENDINGS = tuple("ism ence ance tion tions sion ment ity cy ics ical".split())
_TITLE_WORD = re.compile(r"[A-Za-z][\w.'-]*")


def _field(title: Title) -> str | None:
    """The lower-case word, no rank, right before a title's last rank, if it names a field."""
    name = title.person.mention.span
    start, end = (x - title.mention.span.start for x in (name.start, name.end))
    text = title.mention.text
    words = _TITLE_WORD.findall(f"{text[:start]} {text[end:]}")
    last = [n for n, w in enumerate(words) if title.ranks[-1] in _ranks(w)]
    if not last or last[-1] == 0:
        return None
    # "ex-communications director" is a former communications director: the field is the
    # word after the prefix, as a rank is (``_ranks``)
    word = _TIME_PREFIX.sub("", words[last[-1] - 1])
    if word.istitle() and words[last[-1]].istitle():
        # a title written in capitals ("RNC Political Director"): its field is capitalised
        # as its rank is
        word = word.lower()
    fielded = word.islower() and word.endswith(_FIELD_ENDINGS) and not _ranks(word)
    return word if fielded else None


def _other_field(a: Title, b: Title) -> bool:
    """The same rank in two fields, each named before it ("the F.B.I. counterterrorism
    agent" / "the F.B.I. senior counterintelligence agent"); one field written two ways
    ("communication"/"communications director") is one."""
    x, y = _field(a), _field(b)
    return x is not None and y is not None and not (x.startswith(y) or y.startswith(x))


def _other_state(a: Title, b: Title) -> bool:
    """The same rank of two states, each named alone before it ("Minnesota Rep. Rashida
    Tlaib" / "Michigan Rep. Rashida Tlaib", a party aside): the state is the seat, and a
    person holds one.  A state inside a longer name ("Washington Post") is no seat."""
    x, y = (" ".join(w.lower() for w in t.body if w.lower() not in _PARTY_WORDS) for t in (a, b))
    return x in US_STATES and y in US_STATES and x != y


def _other_department(a: Title, b: Title) -> bool:
    """The secretary of another department, each named by its one word before the rank:
    "Commerce Secretary" / "Treasury Secretary" -- the department is the office."""
    if a.ranks != ("secretary",) or b.ranks != ("secretary",):
        return False
    x, y = ([w.lower() for w in t.body] for t in (a, b))
    return len(x) == len(y) == 1 and {x[0], y[0]} <= DEPARTMENTS and x != y


def _before_name(title: Title) -> bool:
    return title.mention.span.end == title.person.mention.span.end


_PARTY_WORDS = frozenset("republican republicans democratic democrat democrats gop party".split())


# An acronym as written: "C.I.A.", "FBI".
_ACRONYM_BODY = re.compile(r"(?:[A-Z]\.){2,5}|[A-Z]{2,5}")


def _offices(title: Title) -> tuple[Title, ...]:
    """A title's offices, each a title of its own: two when it joins them with "and"."""
    if not title.joined:
        return (title,)
    return (replace(title, joined=()), replace(title, ranks=title.joined, joined=()))


def different_titles(a: Title, b: Title) -> bool:
    """Two titles naming another office: another last rank, a rank changer added or dropped
    ("Deputy", "Chief"), one swapped ("Majority"/"Minority"), or the same rank of another
    body named by its acronym ("C.I.A. director"/"director of national intelligence").
    A person holding two offices ("president and chief executive officer") is given
    another only if neither is the other title's ("Chief executive Carla Deming")."""
    if a.joined or b.joined:
        return all(_different(x, y) for x in _offices(a) for y in _offices(b))
    return _different(a, b)


def _party_office(title: Title) -> bool:
    """A party's office: its body the party alone ("the Republican leader", "GOP chair")."""
    return bool(title.body) and all(w.lower() in _PARTY_WORDS for w in title.body)


def _different(a: Title, b: Title) -> bool:
    if _top_executive(a, b) or _press_office(a, b) or _other_times(a, b) or _body_chief(a, b):
        return False
    if _party_office(a) != _party_office(b):
        # held with an office of the state: "Senate President", "the Republican leader"
        return False
    if _whose(a, b):
        return False
    if _cut(a.ranks, b.ranks) or _cut(b.ranks, a.ranks):
        return False
    elsewhere = _other_body(a, b) or _other_part(a, b) or _other_field(a, b)
    elsewhere = elsewhere or _other_state(a, b) or _other_acronym(a, b)
    if a.ranks[-1] == b.ranks[-1] and elsewhere:
        return True
    if _other_department(a, b):
        return True
    head_a, head_b = _head(a), _head(b)
    if head_a != head_b:
        if _two_employers(a, b) or not _compatible(head_a, head_b):
            return True
        return _stacked_office_changed(a, b) or _stacked_office_changed(b, a)
    a_ranks, b_ranks = set(a.ranks), set(b.ranks)
    swapped = (
        a_ranks & RANK_SWAPS
        and b_ranks & RANK_SWAPS
        and a_ranks & RANK_SWAPS != b_ranks & RANK_SWAPS
    )
    return bool((a_ranks ^ b_ranks) & RANK_CHANGERS) or bool(swapped)


def _stacked_office_changed(office: Title, seat: Title) -> bool:
    """``seat`` a member's title with an office in the body stacked before it ("committee
    chairman Sen. Richard Burr": a chairman, and a senator), ``office`` that office alone
    with a rank changer added or dropped ("Vice chairman Richard Burr"): the seat goes with
    any office, but the office is another one."""
    head = office.ranks[-1]
    if head not in OFFICES_IN_A_BODY or seat.ranks[-1] not in MEMBERSHIPS:
        return False
    if head not in seat.ranks[:-1]:
        return False
    held = seat.ranks[: seat.ranks.index(head) + 1]
    return bool((set(office.ranks) ^ set(held)) & RANK_CHANGERS)


# Advisers whose title is an office of its own, not the generic rank any aide holds.
_NAMED_ADVISER = re.compile(r"\bnational security advis[eo]r\b", re.IGNORECASE)
# The prosecutor's office in the words of its statutes: "the prosecuting attorney for St.
# Louis County" is the "St. Louis County prosecutor", not some other attorney.
_PROSECUTING_ATTORNEY = re.compile(r"\bprosecuting\s+attorney\b", re.IGNORECASE)


def _head(title: Title) -> str:
    """A title's last rank, an adviser's named office in full: "national security
    adviser" is one office, and "Former national security adviser Colin Powell" /
    "Former Secretary of State Colin Powell" two, where "adviser" goes with any; a
    "prosecuting attorney" is a prosecutor."""
    if _NAMED_ADVISER.search(title.mention.text):
        return "national security adviser"
    if title.ranks[-1] == "attorney" and _PROSECUTING_ATTORNEY.search(title.mention.text):
        return "prosecutor"
    return title.ranks[-1]


def _cut(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """A title written with its last ranks left off, a word that modifies the rank after it
    left last ("Assistant" for "Assistant coach", "chief executive" for "chief executive
    officer"): the same office shortened, as a rewrite does, not another one.  A rank of
    its own left last ("Detective" for "Detective Superintendent") may be another office."""
    cut = len(short) < len(long) and long[: len(short)] == short
    return cut and short[-1] in RANK_CHANGERS
