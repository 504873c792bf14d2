"""Which government's court a judge, a court or a prosecutor is of: "a federal judge".

A federal judge and a state judge sit on two benches, under two laws: a copy that puts
"a state judge" for its source's "a federal judge" has another court rule, though the
words around it are reworded ("which a state judge threw out" / "which was overturned by
a federal judge").  The post ("judge", "court", "prosecutor") is the frame, the level its
value.

Read for a copy only, one such post in each of two aligned sentences
(``copied.reworded_facts``).
"""

from __future__ import annotations

import re

from newstrace.analyse.facts.mentions import Mention, Passage

_LEVELLED = re.compile(
    r"\b(?P<level>federal|state)\s+(?P<post>judge|court|prosecutor)s?\b", re.IGNORECASE
)


def _levelled(passage: Passage, posts: tuple[str, ...]) -> list[Mention]:
    return [
        passage.mention(m.start(), m.end(), m.group("level").lower(), m.group("post").lower())
        for m in _LEVELLED.finditer(passage.text)
        if m.group("post").lower() in posts
    ]


def levelled_officers(passage: Passage) -> list[Mention]:
    """The judges and prosecutors of a passage named by their court's level."""
    return _levelled(passage, ("judge", "prosecutor"))


def levelled_courts(passage: Passage) -> list[Mention]:
    """The courts of a passage named by their level ("in federal court")."""
    return _levelled(passage, ("court",))
