"""Normalisation: what changes, what must not, and that offsets map back."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newstrace.normalise import WHITESPACE, _hugs_left, normalise
from newstrace.normalise.resources import CHAR_MAP, ZERO_WIDTH


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("Russia ’s backing", "Russia's backing"),
        ("in Syria , Mr. Kerry", "in Syria, Mr. Kerry"),
        ("next steps in Syria .”]", 'next steps in Syria."]'),
        ("“The\npresident believes”", '"The president believes"'),
        ("first paragraph.\n\nSecond paragraph.", "first paragraph.\nSecond paragraph."),
        ("WASHINGTON — Michael Steele", "WASHINGTON - Michael Steele"),
        ("wait…", "wait..."),
        ("zero\u200bwidth", "zerowidth"),
        ("  leading and trailing  ", "leading and trailing"),
        # must stay unchanged
        ("U.S. Secretary of State", "U.S. Secretary of State"),
        ("mil-to-mil", "mil-to-mil"),
        ("He said 'yes' twice", "He said 'yes' twice"),
    ],
)
def test_normalise_table(original: str, expected: str) -> None:
    assert normalise(original).text == expected


@given(st.text(max_size=300))
def test_every_normalised_span_maps_inside_the_original(text: str) -> None:
    result = normalise(text)
    assert len(result.origin) == len(result.text) + 1
    for start in range(0, len(result.text), 7):
        end = min(len(result.text), start + 5)
        span = result.to_original(start, end)
        assert 0 <= span.start <= span.end <= len(text)


@given(st.text(alphabet=st.sampled_from("ab ,.\n’”“—"), max_size=80))
def test_each_kept_character_maps_to_its_source_character(text: str) -> None:
    result = normalise(text)
    for index, char in enumerate(result.text):
        source = text[result.origin[index]]
        assert char == source or char in " \n'\"-"


def _normalise_char_by_char(text: str) -> tuple[str, tuple[int, ...]]:
    """The normaliser as first written, one character at a time: the oracle of the fast
    one, which copies runs of unchanged characters whole."""
    chars: list[str] = []
    origin: list[int] = []
    space_at: int | None = None
    newlines = 0
    for index, char in enumerate(text):
        if char in ZERO_WIDTH:
            continue
        if char.isspace() or char == "\u00a0":
            if space_at is None:
                space_at, newlines = index, 0
            newlines += char == "\n"
            continue
        if space_at is not None:
            paragraph = newlines >= 2
            if chars and (paragraph or not _hugs_left(text, index)):
                chars.append("\n" if paragraph else " ")
                origin.append(space_at)
            space_at = None
        for mapped in CHAR_MAP.get(char, char):
            chars.append(mapped)
            origin.append(index)
    origin.append(len(text))
    return "".join(chars), tuple(origin)


_TRICKY = [*"ab .,;:!?)%'\"`-\n\t\r\x0b\x1c\xa0\u2007\u202f\u3000\u2028", *ZERO_WIDTH, *CHAR_MAP]


@settings(max_examples=400)
@given(st.lists(st.sampled_from([*_TRICKY, "s", "t", "re", "Mr", "U.S."]), max_size=40))
def test_the_fast_normaliser_gives_the_character_by_character_result(pieces: list[str]) -> None:
    text = "".join(pieces)
    result = normalise(text)
    assert (result.text, result.origin) == _normalise_char_by_char(text)


@given(st.text(max_size=200))
def test_the_fast_normaliser_gives_the_same_on_any_text(text: str) -> None:
    result = normalise(text)
    assert (result.text, result.origin) == _normalise_char_by_char(text)


def test_the_whitespace_class_is_what_str_isspace_accepts() -> None:
    pattern = re.compile(f"[{WHITESPACE}]")
    spaces = [c for c in map(chr, range(sys.maxunicode + 1)) if pattern.fullmatch(c)]
    assert spaces == [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()]
