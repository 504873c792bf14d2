"""One thing of two named owners: "the American Legion post in" / "the Veterans of Foreign
Wars post in", "a new CNN poll of" / "a new Gallup poll of".

A rewrite that puts one body for another may keep the thing the body has (a "post", a
"poll", a "plant") and the words after it, and change only the name before it, which no
other rule reads when the name ends in no type of body (``slots.py``, ``typed.py``) and
shares no first words with the other (``kin.py``).  An article, the name, the same
lower-case noun and the same word after it, once in each sentence, is one slot: two names
in it are a change.  Read only for a copy and its source (``entities.py``), in aligned
sentences: independent reports cite polls and places of their own.
"""

from __future__ import annotations

import re

from newstrace.analyse.facts.mentions import Mention, Passage, discrepancy, strip_possessive
from newstrace.analyse.facts.names import abbreviates, abbreviates_head, aliases
from newstrace.analyse.facts.words import EMPTY_WORDS
from newstrace.model import Discrepancy

# An article, capitalised words ("of"/"for" or a slash between them), a lower-case noun
# and the word after it.
_OWNED = re.compile(
    r"\b(?:the|a|an)\s+(?:new\s+)?"
    r"(?P<name>[A-Z][\w&'.-]*(?:(?:\s+(?:of|for)\s+|\s*/\s*|\s+)[A-Z][\w&'.-]*)*)"
    r"\s+(?P<thing>[a-z]{3,})\s+(?P<next>[a-z]+)\b"
)


def _owned(passage: Passage) -> list[Mention]:
    found = []
    for m in _OWNED.finditer(passage.text):
        if m["thing"] in EMPTY_WORDS or m["next"] in ("and", "or"):
            continue  # "the Senate has voted", "the Red Cross and": no thing owned
        role = f"{m['thing']} {m['next']}"
        found.append(passage.mention(m.start("name"), m.end("thing"), m["name"], role))
    return found


def _words(name: str) -> set[str]:
    return set(re.findall(r"[a-z]+", name.lower()))


def changed_owners(a: Passage, b: Passage) -> list[Discrepancy]:
    """The name before a thing in A against the one name before that thing (and the word
    after it) in B, the two sharing no word nor written as one name two ways."""
    a_owned, b_owned = _owned(a), _owned(b)
    found = []
    for x in a_owned:
        mine = [z for z in a_owned if z.role == x.role]
        theirs = [y for y in b_owned if y.role == x.role]
        if len(mine) != 1 or len(theirs) != 1:
            continue
        y = theirs[0]
        short, long = sorted((x.value, y.value), key=len)
        initials = abbreviates(short.replace(".", ""), strip_possessive(long))
        # "the U.N." / "the United Nations General Assembly": the body of a part of it
        initials = initials or abbreviates_head(short, strip_possessive(long))
        if aliases(x.value, y.value) or initials or _words(x.value) & _words(y.value):
            continue
        found.append(discrepancy("organisation", x, y))
    return found
