"""The school a copy gives a degree from, put for its source's (``facts/degrees.py``)."""

from __future__ import annotations

from newstrace.analyse.facts.degrees import changed_schools

SOURCE = (
    "Vance received his doctorate from Lakeland University, his master's from Carrow "
    "Divinity School and his bachelor's from Hollis College. He teaches economics."
)


def _changes(copy: str, source: str = SOURCE) -> list[tuple[str, str]]:
    return [(d.a_text, d.b_text) for d in changed_schools(copy, source)]


def test_another_school_for_the_same_degree_is_a_change() -> None:
    copy = "Vance, who holds a doctorate from Westbrook University, teaches economics."
    assert _changes(copy) == [("Westbrook University", "Lakeland University")]
    # the other way round too, and "at" for "from", and a Ph.D. for a doctorate
    assert _changes(SOURCE, copy) == [("Lakeland University", "Westbrook University")]
    assert _changes("Vance earned his Ph.D. at Westbrook University.") == [
        ("Westbrook University", "Lakeland University")
    ]


def test_the_same_school_or_another_degree_is_no_change() -> None:
    # the name ends where the sentence does
    assert _changes("Vance holds a doctorate from Lakeland University. He is 49.") == []
    # a master's is not the doctorate: the source gives no other school for it
    assert _changes("Vance holds a master's from Carrow Divinity School.") == []
    # a school the other text names elsewhere may be the same one, shortened or listed
    assert _changes("Vance holds a doctorate from Hollis College.") == []
