"""Common news wording: what two texts may share without sharing a text.

Two reports share a *text* (a quotation, wire copy, a paragraph) when they hold the same
words in a row that a writer chose.  Much identical wording is not that: a name with its
title and party ("Senate Minority Leader Chuck Schumer (D-N.Y.)", "Rep. Joe Barton,
R-Texas"), a number, a stock phrase of news writing ("did not immediately respond to a
request for comment"), a site's boilerplate (newsletter and footer lines) and, over an
index, wording found in many indexed articles or in many of one outlet's articles (the
background clause every story on a beat repeats).  A scan of BASIL called 82 pairs of
articles about different events ``shared_source`` on such wording alone (BENCHMARKS.md).

:func:`shared_texts` keeps the lexical passages in which, once that wording is set aside,
``min_words`` identical words remain in one run of identical words: the writers' own
wording.  The words set aside:

* **names with their titles**: runs of capitalised words (not function words), initials
  and abbreviations, titles, offices and affiliations (``resources.DESIGNATIONS``) and the
  small words between them (``resources.NAME_LINKS``) that hold a name and a title, or two
  names: "Senator Chuck Schumer of New York, the Democratic leader", "Rep. Kevin Brady,
  R-Texas", "the top Democrat on the Senate Intelligence Committee", "the Bureau of Alcohol,
  Tobacco, Firearms and Explosives".  A lone name ("Flynn lied") stays: it is part of the
  sentence, and the quotations two reports share are full of them.  A text mostly in
  capitals says nothing by its capitals, and its words are not taken for names;
* **numbers** (with "million", "percent" after them) and the letters left of contractions
  ("Clinton's" -> "clinton", "s");
* **stock phrases** (``resources.STOCK_PHRASES``) and **boilerplate lines**
  (``resources.BOILERPLATE_LINES``);
* **common wording** of an index (:class:`CommonWording`, given by the engine): the words
  of the n-grams the index found in many articles, or in many of one outlet's.

Pure functions: the index's counts come in as data (a set of hashes), never by reading it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from newstrace.analyse.credits import canonical_outlet
from newstrace.analyse.resources import (
    BOILERPLATE_LINES,
    DESIGNATIONS,
    NAME_LINKS,
    STOCK_PHRASES,
)
from newstrace.candidates.features import ngram_hashes
from newstrace.model import Alignment, ArticleInfo
from newstrace.normalise import normalise
from newstrace.segment.resources import STOPWORDS

__all__ = [
    "CommonWording",
    "own_words",
    "self_reuse_reason",
    "shared_own_words",
    "shared_texts",
]

_WORD = re.compile(r"\w+")
_SCALES = frozenset("hundred thousand million billion trillion percent".split())
_BOILERPLATE = re.compile("|".join(BOILERPLATE_LINES), re.IGNORECASE)
_PHRASES: dict[str, list[tuple[str, ...]]] = {}
for _phrase in STOCK_PHRASES:
    _words = tuple(_WORD.findall(_phrase.lower()))
    _PHRASES.setdefault(_words[0], []).append(_words)
for _starting in _PHRASES.values():
    _starting.sort(key=len, reverse=True)


@dataclass(frozen=True, slots=True)
class CommonWording:
    """Wording an index found in many articles, given to the verdict as data.

    ``ngrams`` are hashes of word n-grams of ``shingle_words`` words
    (``candidates.features.ngram_hashes``, as the index stores them): those the engine
    counted in too many indexed articles, or in too many of one outlet's
    (``Store.common_shingles``).  The index keeps, by winnowing, one n-gram of every 8
    words in a row in every article holding them, so a phrase of 8 words or more found in
    many articles has such n-grams wherever it is.
    """

    ngrams: frozenset[int] = frozenset()
    shingle_words: int = 5

    def covered(self, words: Sequence[str]) -> list[bool]:
        """For each of ``words`` (lower-cased tokens), True when it is in a common n-gram."""
        flags = [False] * len(words)
        if not self.ngrams:
            return flags
        for start, value in enumerate(ngram_hashes(words, self.shingle_words).tolist()):
            if value in self.ngrams:
                flags[start : start + self.shingle_words] = [True] * self.shingle_words
        return flags


def own_words(text: str, common: CommonWording | None = None) -> list[tuple[str, bool]]:
    """The lower-cased words of ``text``, each with True when it is the writer's own wording
    and False when it is a name, a number, a stock phrase, boilerplate or common wording
    (see the module docstring)."""
    normalised = normalise(text).text
    matches = list(_WORD.finditer(normalised))
    words = [m.group().lower() for m in matches]
    own = [not (w[0].isdigit() or (len(w) == 1 and w not in "ai")) for w in words]
    for index in range(1, len(words)):  # "$5.7 billion", "12 percent": the figure
        if words[index] in _SCALES and words[index - 1][0].isdigit():
            own[index] = False
    for start, end in _name_phrases(matches):
        own[start:end] = [False] * (end - start)
    for start, end in _stock_phrases(words):
        own[start:end] = [False] * (end - start)
    for start, end in _boilerplate(normalised, matches):
        own[start:end] = [False] * (end - start)
    if common is not None:
        own = [o and not c for o, c in zip(own, common.covered(words), strict=True)]
    return list(zip(words, own, strict=True))


def _name_phrases(matches: list[re.Match[str]]) -> Iterable[tuple[int, int]]:
    """Token ranges of names with their titles, offices and affiliations."""
    letters = [m.group() for m in matches if len(m.group()) > 1 and m.group().isalpha()]
    if sum(w.isupper() for w in letters) * 2 > len(letters):
        return  # mostly capitals: capitals do not mark names here
    kinds = [_kind(m.group()) for m in matches]
    start = 0
    while start < len(kinds):
        if kinds[start] == "other":
            start += 1
            continue
        end = start
        while end < len(kinds) and kinds[end] != "other":
            end += 1
        run = kinds[start:end]
        names = run.count("name")
        # A name with a title, or a name of several words; a lone name ("Flynn lied") is
        # part of the sentence, and quotations that two reports share are full of them.
        if names >= 2 or (names and "title" in run):
            first, last = 0, len(run)
            while run[first] == "link":
                first += 1
            while run[last - 1] == "link":
                last -= 1
            yield start + first, start + last
        start = end


def _kind(word: str) -> str:
    lower = word.lower()
    if len(word) == 1 and word.isupper() and word not in "AI":
        return "name"  # an initial, or a letter of "D-N.Y." or "U.S."
    if lower in DESIGNATIONS:
        return "title"
    if word[0].isupper() and lower not in STOPWORDS:
        return "name"
    if lower in NAME_LINKS:
        return "link"
    return "other"


def _stock_phrases(words: list[str]) -> Iterable[tuple[int, int]]:
    """Token ranges of the stock phrases of ``resources.STOCK_PHRASES``."""
    for index, word in enumerate(words):
        for phrase in _PHRASES.get(word, ()):
            if tuple(words[index : index + len(phrase)]) == phrase:
                yield index, index + len(phrase)
                break


def _boilerplate(text: str, matches: list[re.Match[str]]) -> Iterable[tuple[int, int]]:
    """Token ranges of the lines (paragraphs) that are a site's boilerplate."""
    offset = 0
    for line in text.split("\n"):
        end = offset + len(line)
        if _BOILERPLATE.search(line):
            inside = [k for k, m in enumerate(matches) if offset <= m.start() < end]
            if inside:
                yield inside[0], inside[-1] + 1
        offset = end + 1


def shared_own_words(a_text: str, b_text: str, common: CommonWording | None = None) -> int:
    """The most own words (:func:`own_words`, own in both texts) in one run of words the
    two passages share identically, case and punctuation aside."""
    a, b = own_words(a_text, common), own_words(b_text, common)
    matcher = SequenceMatcher(None, [w for w, _ in a], [w for w, _ in b], autojunk=False)
    best = 0
    for i, j, size in matcher.get_matching_blocks():
        best = max(best, sum(a[i + k][1] and b[j + k][1] for k in range(size)))
    return best


def shared_texts(
    alignments: Iterable[Alignment], min_words: int, common: CommonWording | None = None
) -> list[Alignment]:
    """The lexical passages that are a shared text: ``min_words`` own words in one run of
    identical words (:func:`shared_own_words`)."""
    return [
        x
        for x in alignments
        if x.kind != "paraphrase" and shared_own_words(x.a_text, x.b_text, common) >= min_words
    ]


def _outlet_key(outlet: str | None) -> str | None:
    """One outlet's key for a self-reuse call: its spellings folded ("NYT", "The New York
    Times": ``canonical_outlet``).  Not ``store.sqlite.outlet_key``, which groups an index's
    boilerplate by ``lower(trim(outlet))`` because SQLite and Spark must compute it in a
    query; here two articles are compared, and calling an outlet's reuse of its own text
    copying should not hinge on how a feed spells its name."""
    if not outlet or not outlet.strip():
        return None
    return canonical_outlet(outlet) or outlet.strip().lower()


def self_reuse_reason(
    a: ArticleInfo,
    b: ArticleInfo,
    alignments: Sequence[Alignment],
    min_words: int,
    common: CommonWording | None = None,
) -> str | None:
    """``self_reuse: ...`` when both articles are one outlet's and share a text
    (:func:`shared_texts`): an outlet reusing its own earlier text is real reuse."""
    outlet = _outlet_key(a.outlet)
    if outlet is None or outlet != _outlet_key(b.outlet):
        return None
    lexical = [x for x in alignments if x.kind != "paraphrase"]
    counts = [
        n for x in lexical if (n := shared_own_words(x.a_text, x.b_text, common)) >= min_words
    ]
    if not counts:
        return None
    return (
        f"self_reuse: both articles are {a.outlet}'s and share {len(counts)} passage(s), up to "
        f"{max(counts)} words in one besides names and stock phrases: the outlet reuses its "
        "own text (or a quotation it carried before)"
    )
