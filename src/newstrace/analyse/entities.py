"""Changed facts in aligned passages: names spelled differently, numbers, dates, titles.

Rule-based (see ``speakers.py`` for why there is no NER model): names are runs of
capitalised words, numbers are digits or number words, dates are weekdays, months and years.
Only real conflicts are reported: a name of A is compared with the names of its partner
passage in B, and a harmless variant -- a middle initial (``Sergei K. Shoigu``), a short
given name (``Ash``/``Ashton``), an alias (``U.S.``/``United States``) -- is not a change.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from newstrace.analyse.resources import (
    ENTITY_ALIASES,
    HONORIFICS,
    MONTHS,
    NUMBER_WORDS,
    OFFICE_ABBREVIATIONS,
    OFFICES,
    TITLES,
    WEEKDAYS,
)
from newstrace.model import Alignment, Discrepancy, DiscrepancyKind, Span

_NAME_WORD = r"(?:[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)?|[A-Z]\.)"
_NAME = re.compile(
    _NAME_WORD + r"(?:\s+(?:al-|bin\s+|ibn\s+|de\s+|van\s+)?" + _NAME_WORD + r"){1,3}"
)
_NUMBER = re.compile(r"\b\d[\d,]*(?:\.\d+)?%?|\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.I)
# Capitalised only: "may" is a verb, "May" a month.
_DATE_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(w.capitalize() for w in WEEKDAYS | MONTHS)) + r")\b\.?"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SIMILAR_SPELLING = 0.75  # normalized Levenshtein similarity of a misspelt word


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity mention inside a passage: its text, span in the original, and parts."""

    text: str
    span: Span
    words: tuple[str, ...]
    unit: str = ""  # for numbers: the first letters of the word after them ("peop")


def _name_words(text: str) -> tuple[str, ...]:
    words = [w.strip(".") for w in text.split()]
    kept = [w for w in words if w.lower() not in HONORIFICS and w.lower() not in TITLES]
    return tuple(w for w in kept if len(w) > 1)  # initials are harmless variants


def _mentions(pattern: re.Pattern[str], text: str, offset: int) -> list[Mention]:
    found = []
    for match in pattern.finditer(text):
        words = _name_words(match.group()) if pattern is _NAME else (match.group().lower(),)
        if words:
            span = Span(offset + match.start(), offset + match.end())
            found.append(Mention(match.group(), span, words))
    return found


def _alias(left: str, right: str) -> bool:
    fold = [re.sub(r"[^a-z ]", " ", s.lower()).split() for s in (left, right)]
    a, b = (" ".join(words) for words in fold)
    return any(a in group and b in group for group in ENTITY_ALIASES)


def _similar(left: str, right: str) -> bool:
    return Levenshtein.normalized_similarity(left.lower(), right.lower()) >= _SIMILAR_SPELLING


def _name_conflict(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """True for the same person spelt differently; False for the same or another person."""
    if a == b or len(a) < 2 or len(b) < 2:
        return False
    same_last = a[-1].lower() == b[-1].lower()
    same_first = a[0].lower() == b[0].lower()
    if same_last and same_first:
        return False  # only middle names or initials differ
    if same_last:
        short, long = sorted((a[0].lower(), b[0].lower()), key=len)
        return not long.startswith(short) and _similar(a[0], b[0])
    return same_first and _similar(a[-1], b[-1])


def _names(a_text: str, b_text: str, x: Alignment) -> list[Discrepancy]:
    b_names = _mentions(_NAME, b_text, x.b_span.start)
    found = []
    for mention in _mentions(_NAME, a_text, x.a_span.start):
        if any(m.words == mention.words or _alias(m.text, mention.text) for m in b_names):
            continue
        partner = next((m for m in b_names if _name_conflict(mention.words, m.words)), None)
        if partner:
            found.append(_discrepancy("name", mention, partner))
    return found


def _values(pattern: re.Pattern[str], text: str, offset: int) -> list[Mention]:
    return _mentions(pattern, text, offset)


def _number_value(text: str) -> str:
    word = text.lower()
    return str(NUMBER_WORDS[word]) if word in NUMBER_WORDS else word.replace(",", "")


def _numbers(text: str, offset: int) -> list[Mention]:
    """Numbers of a passage (years excluded: they are dates), each with its unit."""
    found = []
    for mention in _values(_NUMBER, text, offset):
        if _YEAR.fullmatch(mention.text):
            continue
        following = re.match(r"\s*([A-Za-z]+)", text[mention.span.end - offset :])
        unit = following.group(1).lower()[:4] if following else ""
        found.append(Mention(mention.text, mention.span, mention.words, unit))
    return found


def _date_value(text: str) -> str:
    return text.lower().rstrip(".")


def _changed(
    kind: DiscrepancyKind,
    a_found: list[Mention],
    b_found: list[Mention],
    value: Callable[[str], str],
    by_unit: bool = False,
) -> list[Discrepancy]:
    """Values of A absent from B paired, in order, with values of B absent from A.

    With ``by_unit``, only values counting the same thing are paired ("7 people" with
    "9 people", not "the two" with "seven months").
    """
    a_values = {value(m.text) for m in a_found}
    b_values = {value(m.text) for m in b_found}
    b_only = [m for m in b_found if value(m.text) not in a_values]
    found = []
    for mention in (m for m in a_found if value(m.text) not in b_values):
        partner = next((m for m in b_only if not by_unit or m.unit == mention.unit), None)
        if partner:
            b_only.remove(partner)
            found.append(_discrepancy(kind, mention, partner))
    return found


def _discrepancy(kind: DiscrepancyKind, a: Mention, b: Mention) -> Discrepancy:
    return Discrepancy(kind=kind, a_text=a.text, b_text=b.text, a_span=a.span, b_span=b.span)


def _titles_before(text: str, mention: Mention, offset: int) -> set[str]:
    """The office named right before a name or as its first words ("Sen. John Smith")."""
    start = mention.span.start - offset
    words = re.findall(r"[\w.-]+", text[max(0, start - 30) : start])[-1:] + mention.text.split()
    offices = {OFFICE_ABBREVIATIONS.get(w.lower(), w.lower()) for w in words}
    return offices & OFFICES


def _titles(a_text: str, b_text: str, x: Alignment) -> list[Discrepancy]:
    found = []
    b_names = _mentions(_NAME, b_text, x.b_span.start)
    for mention in _mentions(_NAME, a_text, x.a_span.start):
        partner = next((m for m in b_names if m.words[-1:] == mention.words[-1:]), None)
        if partner is None:
            continue
        a_titles = _titles_before(a_text, mention, x.a_span.start)
        b_titles = _titles_before(b_text, partner, x.b_span.start)
        if a_titles and b_titles and not a_titles & b_titles:
            found.append(_discrepancy("title", mention, partner))
    return found


def _dates(text: str, offset: int) -> list[Mention]:
    """Weekdays, months and years, with their category as unit: a weekday is only compared
    with a weekday.  A full stop after a weekday is dropped ("Sept." keeps its own)."""
    found = []
    for m in _values(_DATE_WORD, text, offset):
        word = m.text.rstrip(".")
        category = "weekday" if word.lower() in WEEKDAYS else "month"
        end = m.span.end if category == "month" else m.span.start + len(word)
        shown = text[m.span.start - offset : end - offset]
        found.append(Mention(shown, Span(m.span.start, end), m.words, category))
    years = [Mention(m.text, m.span, m.words, "year") for m in _values(_YEAR, text, offset)]
    return found + years


def find_discrepancies(alignments: list[Alignment], *, min_score: float = 0.0) -> list[Discrepancy]:
    """Changed names, numbers, dates and titles between each pair of aligned passages.

    Paraphrase links scoring under ``min_score`` are skipped: two loosely similar sentences
    of independent reports name different days and people without anything having changed.
    """
    found: dict[tuple[str, int, int], Discrepancy] = {}
    for x in alignments:
        if x.kind == "paraphrase" and x.score < min_score:
            continue
        a, b = (x.a_text, x.a_span.start), (x.b_text, x.b_span.start)
        for item in (
            *_names(x.a_text, x.b_text, x),
            *_changed("number", _numbers(*a), _numbers(*b), _number_value, by_unit=True),
            *_changed("date", _dates(*a), _dates(*b), _date_value, by_unit=True),
            *_titles(x.a_text, x.b_text, x),
        ):
            found.setdefault((item.kind, item.a_span.start, item.b_span.start), item)
    return sorted(found.values(), key=lambda d: (d.a_span.start, d.b_span.start))
