"""A lone name misspelt after the same words: "his hometown of Livingstone" / "his
hometown of Livingston", "His wife, Sandy," / "Mr. Jackson's wife, Sandi,".

Two lone words a letter apart say too little to be one name (``names.spelt_differently``:
"Kerr"/"Carr" may be two people), and a place rarely comes with a given name to tie them.
But a copy that keeps the words before the name, back to one that says something, and
changes only its spelling names the source's place or person otherwise.  Read only for a
copy and its source (``entities.py``), in aligned sentences whose other words may be
reworded, and across the whole texts after a longer lead (``respelt_across``); and, a
letter apart, as the one name of each aligned sentence the other text never names, however
the words before it were recast (``respelt_aligned``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rapidfuzz.distance import OSA

from newstrace.analyse.facts.mentions import Passage, discrepancy, strip_possessive
from newstrace.analyse.facts.names import Name, misspelt, names, word_forms
from newstrace.analyse.facts.words import EMPTY_WORDS
from newstrace.model import Alignment, Discrepancy

_LEAD = 2  # words read before a name for the one that says something
_MIN_LETTERS = 5  # a shorter word is a letter from too many others
_WORD = re.compile(r"[a-z][\w'-]*")


def _words(passage: Passage) -> set[str]:
    return {strip_possessive(w) for w in _WORD.findall(passage.text.lower())}


def _lone(people: list[Name]) -> list[Name]:
    return [p for p in people if len(p.words) == 1 and len(p.surname) >= _MIN_LETTERS]


def _lead(name: Name) -> tuple[str, ...]:
    """The words before a name back to the nearest that says something ("wife", "hometown
    of"), at most ``_LEAD``; none when no such word is that near."""
    before = name.mention.context.before[:_LEAD]
    said = [n for n, w in enumerate(before) if w not in EMPTY_WORDS]
    return before[: said[0] + 1] if said else ()


def _led_alike(x: Name, y: Name) -> bool:
    lead = _lead(x)
    return bool(lead) and lead == _lead(y)


def respelt_names(
    a: Passage, a_names: list[Name], b: Passage, b_names: list[Name]
) -> list[Discrepancy]:
    """A lone name of A, after the same words (``_lead``) as the one lone name of B spelt a
    letter or two apart (not a plural or a place's adjective), neither named in the other
    passage."""
    return _respelt(a, a_names, b, b_names, _led_alike)


# Words before a lone name that tie it to one of the other text wherever it stands: a
# frame of three words, two of them saying something ("a 2008 event in Norwalk").
_FRAME = 3
_FRAME_SAYING = 2


def _framed_alike(x: Name, y: Name) -> bool:
    frame = x.mention.context.before[:_FRAME]
    return (
        min(x.mention.context.inside[0], y.mention.context.inside[0]) >= _FRAME
        and frame == y.mention.context.before[:_FRAME]
        and len(set(frame) - EMPTY_WORDS) >= _FRAME_SAYING
    )


def respelt_across(a_text: str, b_text: str) -> list[Discrepancy]:
    """``respelt_names`` across the whole texts, after the same three words: "told a 2008
    event in Norwalk" / "misspoken at a 2008 event in Norfolk".  A copy that recasts the
    sentence past what the aligner links may keep the frame of a place or a person, and
    the name in it misspelt is the source's name written otherwise: three words, two of
    them saying something, are rarely the frame of two names in two texts; nor, for a name
    a letter off, is the same lead (``_framed_or_led``)."""
    a, b = Passage.of(a_text, 0), Passage.of(b_text, 0)
    return _respelt(a, names(a), b, names(b), _framed_or_led)


def _framed_or_led(x: Name, y: Name) -> bool:
    """Two names in one frame, or a letter apart after the same lead ("his hometown of
    Livingstone" / "his hometown of Livingston"): one word put in or left out of a name
    after the same words is one name retyped."""
    retyped = OSA.distance(x.surname, y.surname) == 1
    return _framed_alike(x, y) or (retyped and _led_alike(x, y))


def _respelt(
    a: Passage,
    a_names: list[Name],
    b: Passage,
    b_names: list[Name],
    alike: Callable[[Name, Name], bool],
) -> list[Discrepancy]:
    """Each lone name of A with one lone name of B spelt a letter or two apart (not a
    plural or a place's adjective), neither named in the other passage, the two ``alike``
    in the words around them."""
    a_words, b_words = _words(a), _words(b)
    found = []
    for x in _lone(a_names):
        if x.surname in b_words:
            continue
        partners = [
            y
            for y in _lone(b_names)
            if y.surname not in a_words
            and misspelt(x.surname, y.surname)
            and not word_forms(x.surname, y.surname)
            and alike(x, y)
        ]
        if len(partners) == 1:
            found.append(discrepancy("name", x.mention, partners[0].mention))
    return found


def _said(name: Name) -> bool:
    """A name that is no pronoun or function word at a sentence's start ("He'll", "But")."""
    return re.split(r"['\u2019]", name.surname)[0] not in EMPTY_WORDS


def _own_names(passage: Passage, other_words: set[str]) -> list[Name]:
    """The lone names of a sentence that the other text never names."""
    return [n for n in _lone(names(passage)) if n.surname not in other_words and _said(n)]


def respelt_aligned(
    alignments: list[Alignment], a_text: str, b_text: str, *, min_score: float = 0.0
) -> list[Discrepancy]:
    """The one lone name of A's aligned sentence that B never names against the one of
    B's that A never names, a letter apart (not a plural or a place's adjective): "He was
    to announce at 11am in Livingstone, where he grew up" / "He'll make the announcement
    today at 11am from his hometown of Livingston".  A copy that recasts the words before
    a name leaves ``respelt_names`` no lead to tie the two; but a sentence written from
    another, naming one place or person the source never names where the source names
    one a letter off that the copy never names, misspelt it.  A letter only: "Mexican" /
    "Mexico" are two words; a name the other text spells both ways is no change ("Cowan"
    beside a source's one "Cowen").  ``alignments``: widened to whole sentences,
    paraphrases under ``min_score`` skipped."""
    a_words, b_words = _words(Passage.of(a_text, 0)), _words(Passage.of(b_text, 0))
    found: dict[tuple[int, int], Discrepancy] = {}
    for x in alignments:
        if x.kind == "paraphrase" and x.score < min_score:
            continue
        mine = _own_names(Passage.of(x.a_text, x.a_span.start), b_words)
        theirs = _own_names(Passage.of(x.b_text, x.b_span.start), a_words)
        if len(mine) != 1 or len(theirs) != 1:
            continue
        a_name, b_name = mine[0].surname, theirs[0].surname
        if OSA.distance(a_name, b_name) == 1 and not word_forms(a_name, b_name):
            change = discrepancy("name", mine[0].mention, theirs[0].mention)
            found[change.a_span.start, change.b_span.start] = change
    return list(found.values())
