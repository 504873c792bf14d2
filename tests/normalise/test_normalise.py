"""Normalisation: what changes, what must not, and that offsets map back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newstrace.normalise import normalise


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
