"""The one office of a chamber of two aligned sentences of a copy, given otherwise."""

from __future__ import annotations

from newstrace.analyse.facts.chamber_posts import changed_chamber_offices
from newstrace.model import Alignment, Span


def _changes(a: list[str], b: list[str]) -> list[tuple[str, str]]:
    """The offices changed between the first sentences of ``a`` and ``b``, aligned."""
    a_text, b_text = " ".join(a), " ".join(b)
    pair = Alignment("paraphrase", 0.6, Span(0, len(a[0])), Span(0, len(b[0])), a[0], b[0])
    found = changed_chamber_offices([pair], a_text, b_text, min_score=0.4)
    return [(d.a_text, d.b_text) for d in found]


SPEAKER = "The House speaker, in an interview to air Tuesday, gave his party a good chance."
LEADER = "In an interview airing Tuesday, the House majority leader gave his party a good chance."


def test_the_one_office_of_a_chamber_given_otherwise() -> None:
    assert _changes([LEADER], [SPEAKER]) == [("the House majority leader", "The House speaker")]
    a = ["She posted the letter she had sent to the clerk of the House."]
    b = ["She posted a letter to the chief administrative officer of the House."]
    assert _changes(a, b) == [
        ("the clerk of the House", "the chief administrative officer of the House")
    ]


def test_an_office_named_with_its_holder_or_told_of_elsewhere_is_not_read() -> None:
    # a title before a name is the title readers'; a copy naming both offices told of both
    a = ["In an interview, House Majority Leader Steny Hoyer gave his party a good chance."]
    assert _changes(a, [SPEAKER]) == []
    assert _changes([LEADER, "The House speaker said nothing."], [SPEAKER]) == []


def test_an_office_of_another_chamber_or_part_of_the_other_is_no_change() -> None:
    a = ["In an interview airing Tuesday, the Senate majority leader gave his party a chance."]
    assert _changes(a, [SPEAKER]) == []
    a = ["In an interview airing Tuesday, the House leader gave his party a good chance."]
    b = [LEADER]
    assert _changes(a, b) == []
