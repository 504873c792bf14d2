"""A person's firm, its name misspelt by a copy, wherever each text states it."""

from __future__ import annotations

import pytest

from newstrace.analyse.facts.firms import misspelt_firms


def _changes(a: str, b: str) -> list[tuple[str, str, str]]:
    return [(d.kind, d.a_text, d.b_text) for d in misspelt_firms(a, b)]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # a word of the firm's name cut short, in sentences recast apart, the name misspelt
        (
            "Ada Brooke of Patterson Hale, now representing both, said they had been served.",
            "In a statement, Ada Brook, a partner with Patton Hale, said her firm was hired.",
            ("organisation", "Patterson Hale", "Patton Hale"),
        ),
        # a word of it a letter or two apart, after "the firm"
        (
            "The lawyer, Ada Brook of the firm Patton Briggs, said her client was innocent.",
            "A lawyer for the mayor, Ada Brook of Patton Boggs, confirmed it in a statement.",
            ("organisation", "Patton Briggs", "Patton Boggs"),
        ),
    ],
)
def test_a_persons_firm_misspelt(a: str, b: str, expected: tuple[str, str, str]) -> None:
    assert _changes(a, b) == [expected]


@pytest.mark.parametrize(
    "b",
    [
        # the same firm
        "Ada Brook, a partner with Patton Briggs, said her firm was hired.",
        # another firm altogether: the person may have moved
        "Ada Brook, a partner with Kirkland Ellis, said her firm was hired.",
        # another person
        "Ann Brook, a partner with Patton Boggs, said her firm was hired.",
        # one name of the firm shortened or lengthened: no word misspelt
        "Ada Brook, a partner with Patton Boggs LLP, said her firm was hired.",
    ],
)
def test_no_firm_misspelt(b: str) -> None:
    a = "The lawyer, Ada Brook of the firm Patton Briggs, said her client was innocent."
    assert _changes(a, b) == []
