"""The outlet a passage gives a named journalist, set against another's.

"Boston Globe columnist Adriana Cohen" / "Boston Herald columnist Adriana Cohen": the same
person, named in full, in the same post at an outlet (``words.PRESS_STAFF``), is given
another outlet.  The title rules read no outlet ("columnist" is no rank of an office), and
the word-swap rule needs the two sentences to share half their words.  A person writes
for one outlet when the story is told, so two outlets for one post of one person are a
fact changed whichever report wrote it: read in aligned sentences of any pair, like a
misspelt name.  A post held before ("former Boston Globe columnist") or another post
("Globe reporter" / "Herald columnist") may be both true, and is left alone.

A journalist is given an outlet without a post too: the outlet's possessive before the
name ("The Wall Street Journal's Robert Costa writes"), or the outlet the person writes
in or for after it ("Maggie Habermann writes in the Wall Street Journal" / "Maggie
Haberman in the New York Times today explains").  Such a byline names no post, so it is
set against the outlet of any post or byline of the same person.
"""

from __future__ import annotations

import re

from newstrace.analyse.facts.mentions import Mention, Passage, discrepancy, strip_possessive
from newstrace.analyse.facts.names import Name, aliases, names, same_person, spelt_differently
from newstrace.analyse.facts.words import OUTLET_HEADS, PRESS_STAFF
from newstrace.model import Discrepancy, Span

# The outlet's capitalised words right before a post and a name ("The Boston Globe's
# columnist"), within the name's sentence.
_POST_BEFORE = re.compile(
    r"(?<![\w.'-])(?P<outlet>(?:[A-Z][\w.&'\u2019-]*\s+){1,4})(?P<post>[a-z]+)\s+$"
)
# Words before an outlet that date the post ("former", "ex-"): a post held then.
_BEFORE_POST = re.compile(r"(?:\b(?:former|then|onetime|ex|longtime)[\s-]+)$", re.IGNORECASE)
_ARTICLES = frozenset({"the"})
# A newspaper's or a magazine's name, by the word that ends it ("Wall Street Journal").
_OUTLET = rf"(?:[A-Z][\w.&'\u2019-]*\s+){{1,3}}(?:{OUTLET_HEADS})"
# The outlet's possessive right before a name: "The Wall Street Journal's Robert Costa",
# "The Washington Times' Robert Costa" (a name ending in "s" takes the mark alone).
_OUTLETS_OWN = re.compile(rf"(?<![\w.'-])(?P<outlet>{_OUTLET})(?:['\u2019]s|(?<=s)['\u2019])\s+$")
# The outlet a person writes in or for, right after the name: "Maggie Haberman of The New
# York Times", "writes in the Wall Street Journal"; a capitalised word after it makes it
# part of another name ("the New York Times Building").
_WRITES_IN = re.compile(
    rf"\s+(?:(?:writes|wrote|reports|reported)\s+)?(?:in|of|for)\s+(?:[Tt]he\s+)?"
    rf"(?P<outlet>{_OUTLET})(?![\w'\u2019-]|\s+[A-Z])"
)
_BYLINE = "by"  # the role of an outlet given without a post
_SENTENCE_MARKS = '.!?:;"\u201c\n'


def _posts(passage: Passage, people: list[Name]) -> list[tuple[Name, Mention]]:
    """The people named in full after an outlet and a post, with the outlet as a mention
    (its words, lower case, as value; the post as role)."""
    found = []
    for person in people:
        if len(person.words) < 2:
            continue
        start = person.mention.span.start - passage.offset
        before = passage.text[max(0, start - 80) : start]
        cut = max(before.rfind(mark) for mark in _SENTENCE_MARKS)
        before = before[cut + 1 :]
        match = _POST_BEFORE.search(before)
        if match is None or match.group("post") not in PRESS_STAFF:
            continue
        if _BEFORE_POST.search(before, 0, match.start()):
            continue
        words = [strip_possessive(w).lower() for w in match.group("outlet").split()]
        words = [w for w in words if w not in _ARTICLES]
        if not words or any(w in ("former", "ex") for w in words):
            continue
        offset = start - len(before)
        outlet_start = offset + match.start("outlet")
        outlet_end = outlet_start + len(match.group("outlet").rstrip())
        outlet = passage.mention(outlet_start, outlet_end, " ".join(words), match.group("post"))
        found.append((person, outlet))
    return found


def _outlet(passage: Passage, start: int, text: str, role: str) -> Mention | None:
    """The outlet named by ``text`` at ``start`` of the passage's text, its words lower
    case as value, none if only "The" is left."""
    words = [strip_possessive(w).lower() for w in text.split()]
    words = [w for w in words if w not in _ARTICLES]
    if not words:
        return None
    return passage.mention(start, start + len(text.rstrip()), " ".join(words), role)


def _bylines(passage: Passage, people: list[Name]) -> list[tuple[Name, Mention]]:
    """The people named in full with an outlet they write for and no post: the outlet's
    possessive right before the name, or "in"/"of"/"for" the outlet right after it."""
    found = []
    for person in people:
        if len(person.words) < 2:
            continue
        start = person.mention.span.start - passage.offset
        end = person.mention.span.end - passage.offset
        before = passage.text[max(0, start - 80) : start]
        cut = max(before.rfind(mark) for mark in _SENTENCE_MARKS)
        own = _OUTLETS_OWN.search(before[cut + 1 :])
        after = _WRITES_IN.match(passage.text, end)
        if own is not None:
            at = start - len(before) + cut + 1 + own.start("outlet")
            outlet = _outlet(passage, at, own.group("outlet"), _BYLINE)
        elif after is not None:
            outlet = _outlet(passage, after.start("outlet"), after.group("outlet"), _BYLINE)
        else:
            continue
        if outlet is not None:
            found.append((person, outlet))
    return found


def journalists_outlets(text: str) -> list[Span]:
    """The outlets ``text`` gives the journalists it names in full, in a post or a byline
    ("Robert Costa of The Washington Times writes"): each a fact of the person, though a
    credit may name it too (``report.py``)."""
    passage = Passage.of(text, 0)
    people = names(passage)
    return [outlet.span for _, outlet in _posts(passage, people) + _bylines(passage, people)]


def _other_outlet(a: Mention, b: Mention) -> bool:
    x, y = set(a.value.split()), set(b.value.split())
    if x <= y or y <= x:
        return False  # "Globe" / "Boston Globe": one outlet, named in short
    letters = {v.replace(".", "") for v in (a.value, b.value)}
    initials = {"".join(w[0] for w in v.split()) for v in (a.value, b.value)}
    return not (aliases(a.value, b.value) or letters & initials)  # "NYT" / "New York Times"


def _one_post(a: Mention, b: Mention) -> bool:
    """Two outlets given one person in one post, or either without one (a byline)."""
    return a.role == b.role or _BYLINE in (a.role, b.role)


def changed_outlets(
    a: Passage, a_people: list[Name], b: Passage, b_people: list[Name]
) -> list[Discrepancy]:
    """The outlet of A's journalist in a post or a byline, against B's outlet for the same
    person in the same post or a byline, when they differ ("Boston Globe" / "Boston
    Herald" columnist); a misspelt name is still the one person ("Habermann"/"Haberman")."""
    found = []
    b_posts = _posts(b, b_people) + _bylines(b, b_people)
    for person, outlet in _posts(a, a_people) + _bylines(a, a_people):
        theirs = [
            o
            for p, o in b_posts
            if (same_person(person, p) or spelt_differently(person, p)) and _one_post(outlet, o)
        ]
        if theirs and all(_other_outlet(outlet, o) for o in theirs):
            found.append(discrepancy("organisation", outlet, theirs[0]))
    return found


# "as TPM notes", "As the Huffington Post reported": the outlet or person a text cites for
# the fact of its sentence, named whole before a verb of reporting (``source_credits``
# reads a copy's credit so framed against its source's citation).
CITED_AS = re.compile(
    r"\b[Aa]s\s+(?:the\s+)?(?P<name>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})\s+"
    r"(?:notes|noted|reports|reported|writes|wrote|points\s+out|pointed\s+out)\b"
)


def cited_as_noting(a_text: str, b_text: str) -> list[Discrepancy]:
    """The one name a copy cites "as X notes" against the one its source cites so, each
    text naming the other's nowhere: "As Roll Call notes, his district is 45 percent
    Latino" / "as TPM notes, his district is 35 percent Latino" (rw-665).  A copy takes its
    citations from its source, so another name in the frame credits the fact to someone
    the source never named.  Read only for a copy and its source (``report.py``)."""
    mine, theirs = list(CITED_AS.finditer(a_text)), list(CITED_AS.finditer(b_text))
    if len({m["name"] for m in mine}) != 1 or len({m["name"] for m in theirs}) != 1:
        return []
    x, y = mine[0], theirs[0]
    if x["name"] in b_text or y["name"] in a_text:
        return []
    a_span, b_span = Span(x.start("name"), x.end("name")), Span(y.start("name"), y.end("name"))
    return [Discrepancy("organisation", x["name"], y["name"], a_span, b_span)]


def journalists_moved(a_text: str, b_text: str) -> list[Discrepancy]:
    """``changed_outlets`` read over the whole texts, wherever each names the journalist:
    "With dismal polls and a money gap, he starts far behind, Fox News said, citing Robert
    Acosta of The Washington Times" / "The Washington Post reporter Robert Costa writes of
    Christie today" (rw-486), "Maggie Habberman writes in the Washington Post" / "Maggie
    Haberman in the New York Times today explains" (rw-558b): a copy recasts the sentence
    that names a journalist, and the aligner may link it with none of its source's, but
    the person writes for one outlet, whichever report names it (``report.py``: any pair
    the verdict relates, as ``changed_outlets`` reads aligned sentences of any pair)."""
    a, b = Passage.of(a_text, 0), Passage.of(b_text, 0)
    return changed_outlets(a, names(a), b, names(b))
