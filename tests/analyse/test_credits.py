"""Credits to outlets, normalised to one name each."""

from __future__ import annotations

import pytest

from newstrace.analyse.credits import canonical_outlet, credited_outlets, find_credits


@pytest.mark.parametrize(
    ("text", "outlets"),
    [
        ("Kerry said, according to the New York Times.", ["The New York Times"]),
        ("The Times reported on Friday that talks began.", ["The New York Times"]),
        ("The story was first reported by Politico.", ["Politico"]),
        ("WASHINGTON (Reuters) - Talks began.", ["Reuters"]),
        ("A spokesman told The Washington Post that it was false.", ["The Washington Post"]),
        ("According to the Pentagon, talks began.", []),
        ("Times Square was crowded.", []),
    ],
)
def test_credits(text: str, outlets: list[str]) -> None:
    assert credited_outlets(text) == outlets


def test_the_report_notes_points_back_to_the_credited_outlet() -> None:
    text = "Talks began, according to the New York Times. They will go on, the report notes."
    credits = find_credits(text)
    assert [text[c.start : c.end] for c in credits] == [
        "according to the New York Times",
        "the report notes",
    ]
    assert {c.outlet for c in credits} == {"The New York Times"}


def test_record_outlet_names_fold_to_the_same_outlet() -> None:
    assert canonical_outlet("nyt") == canonical_outlet("The New York Times") == "The New York Times"
    assert canonical_outlet("hpo") == "HuffPost"
    assert canonical_outlet("Pentagon") is None
