"""One member of a list of names put for another, the rest of the list kept.

"major corporations like Marriott, Apple and American Airlines all wrote to the governor"
/ "Corporate giants including Marriott, Apple and Delta Air Lines also wrote": the
sentences are reworded past what ``swaps.py`` reads as one statement, but the list is
kept whole save one member.  Two members or more named alike, in lists of as many, say
the two sentences list the same things; the one member each names alone is the one
changed.  A member written two ways (an alias, initials, a short form) is no change.

A copy may list what its source names apart ("degrees from American University,
Princeton University and Hope College" / "his doctorate from American University, his
master's from Princeton Theological Seminary and his bachelor's from Hope College"): the
list's members named in the source's sentence, all but one body, and the one body the
source's sentence names besides, are that member changed (``changed_in_list``).

A copy that recasts a sentence past what the aligner links keeps its list all the same
("Wisconsin, Michigan and Ohio" in a copy's opening / "Wisconsin, Michigan and
Pennsylvania" in its source's last sentence): in a copy, lists are set against each other
across the whole texts too, the one member each names alone named nowhere in the other text
(``relisted_members``).
"""

from __future__ import annotations

import re

from newstrace.analyse.facts.mentions import Passage, strip_possessive
from newstrace.analyse.facts.names import aliases
from newstrace.analyse.facts.words import ORGANISATION_TYPES
from newstrace.analyse.prose import crosses_sentence
from newstrace.model import Discrepancy, DiscrepancyKind, Span

# A member: one to four capitalised words ("Delta Air Lines", "AT&T").
_MEMBER = r"[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3}"
# Three members or more: commas between them, "and" or "or" before the last.
_LIST = re.compile(rf"(?<![\w.-])({_MEMBER})((?:,\s+{_MEMBER})+),?\s+(?:and|or)\s+({_MEMBER})\b")
_ONE = re.compile(_MEMBER)
_MIN_KEPT = 2  # members named alike in both lists
# A list's members, each with its place in the text.
Members = list[tuple[str, Span]]


def _members(passage: Passage) -> list[Members]:
    """Each list of the passage, its members with their places in the text."""
    found = []
    for match in _LIST.finditer(passage.text):
        if re.search(r"(?:^|[.!?\"\u201c]\s*)$", passage.text[: match.start()]):
            continue  # a sentence's first word may be no member ("Apple, Google and ...")
        members = []
        for found_member in _ONE.finditer(passage.text, match.start(), match.end()):
            text = found_member.group()
            if text in ("and", "or"):
                continue
            span = Span(passage.offset + found_member.start(), passage.offset + found_member.end())
            members.append((text, span))
        found.append(members)
    return found


def _key(text: str) -> str:
    return " ".join(strip_possessive(w.lower()).rstrip(".") for w in text.split())


def _kind(x: str, y: str) -> DiscrepancyKind:
    """A body when either member says so by its last word or its letters, else a name."""
    words = [w.lower() for w in (*x.split(), *y.split())]
    bodies = any(w in ORGANISATION_TYPES for w in words)
    return "organisation" if bodies or any(w.isupper() for w in (x, y)) else "name"


def _same_member(x: str, y: str) -> bool:
    """One member written two ways: an alias, or one the other's first or last words
    ("Best Buy" / "Best Buy Co."); not one inside the other's word ("NBC" / "MSNBC" are
    two networks)."""
    a, b = _key(x), _key(y)
    short, long = sorted((a, b), key=len)
    return aliases(x, y) or long.startswith(short + " ") or long.endswith(" " + short)


def _changed_member(x: Members, y: Members) -> Discrepancy | None:
    """The member of list ``x`` put for another of list ``y`` as long, the rest of the two
    lists (two members or more) named alike."""
    if len(x) != len(y):
        return None
    x_keys, y_keys = {_key(t) for t, _ in x}, {_key(t) for t, _ in y}
    a_own = [(t, s) for t, s in x if _key(t) not in y_keys]
    b_own = [(t, s) for t, s in y if _key(t) not in x_keys]
    if len(x_keys & y_keys) < _MIN_KEPT or len(a_own) != 1 or len(b_own) != 1:
        return None
    (a_text, a_span), (b_text, b_span) = a_own[0], b_own[0]
    if _same_member(a_text, b_text):
        return None
    return Discrepancy(_kind(a_text, b_text), a_text, b_text, a_span=a_span, b_span=b_span)


def changed_members(a: Passage, b: Passage) -> list[Discrepancy]:
    """The member of a list of A put for another of a list of B as long, the rest of the
    two lists (two members or more) named alike."""
    found = [_changed_member(x, y) for x in _members(a) for y in _members(b)]
    return [change for change in found if change is not None]


def _sentence_lists(text: str) -> list[Members]:
    """The lists of a whole text, each within one sentence (a run of capitalised words
    goes on past a full stop: "Maine. Their")."""
    lists = _members(Passage.of(text, 0))
    return [x for x in lists if not crosses_sentence(text, x[0][1].start, x[-1][1].end)]


def relisted_members(a_text: str, b_text: str) -> list[Discrepancy]:
    """``changed_members`` across the whole texts: a copy that recasts and moves the
    sentence of a list keeps the list but for the member it changed ("A razor-thin 87,000
    votes in Wisconsin, Michigan and Ohio, three states Clinton thought were hers" /
    "Trump wound up winning Wisconsin, Michigan and Pennsylvania by a total of 78,000
    votes", rw-704b), where the aligner may link neither sentence.  Neither text names the
    other's member anywhere.  Read only for a copy and its source: independent reports
    list what each chooses."""
    found = []
    for x in _sentence_lists(a_text):
        for y in _sentence_lists(b_text):
            change = _changed_member(x, y)
            if change and not (
                _named_in(change.a_text, b_text) or _named_in(change.b_text, a_text)
            ):
                found.append(change)
    return found


def _named_in(member: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(member)}(?![\w-])", text) is not None


def _body(text: str) -> bool:
    return _key(text).split()[-1] in ORGANISATION_TYPES


def _one_member(x: str, y: str) -> bool:
    return _key(x) == _key(y) or _same_member(x, y)


def _named(passage: Passage) -> list[tuple[str, Span]]:
    """The runs of capitalised words of a passage with their places, past its first word."""
    found = []
    for m in _ONE.finditer(passage.text):
        # a sentence's full stop is no part of "Hope College."; an initial's is ("U.S.")
        text = m.group()[:-1] if re.search(r"[a-z]\.$", m.group()) else m.group()
        if m.start() > 0:
            found.append(
                (text, Span(passage.offset + m.start(), passage.offset + m.start() + len(text)))
            )
    return found


def changed_in_list(a: Passage, b: Passage) -> list[Discrepancy]:
    """In a copy, the one body of a list of A (three members or more) that B's sentence
    does not name, the others all named there, against the one body B's sentence names
    that A's list does not.  Read only for a copy: the source's sentence names the same
    things, in other words, and an independent report's may name others."""
    found = []
    named = _named(b)
    for x in _members(a):
        kept = [t for t, _ in x if any(_one_member(t, n) for n, _ in named)]
        a_own = [(t, s) for t, s in x if t not in kept]
        b_own = [(n, s) for n, s in named if _body(n) and not any(_one_member(t, n) for t, _ in x)]
        if len(kept) < _MIN_KEPT or len(a_own) != 1 or len(b_own) != 1:
            continue
        (a_text, a_span), (b_text, b_span) = a_own[0], b_own[0]
        if _body(a_text):
            found.append(Discrepancy("organisation", a_text, b_text, a_span=a_span, b_span=b_span))
    return found
