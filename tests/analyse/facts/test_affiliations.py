"""The organisation a copy ties a person to, put for its source's (``facts/affiliations.py``)."""

from __future__ import annotations

from newstrace.analyse.facts.affiliations import changed_ties

SOURCE = (
    "The plan drew fire at once. “They have not read it,” said Harbor Watch co-founder Nora "
    "Vell. Tom Adair, executive director of the Coalition to Save the Docks, called it a gift "
    "to developers. Ledger Review editor Sam Orlo wrote that the council would fold."
)


def _changes(copy: str, source: str = SOURCE) -> list[tuple[str, str]]:
    return [(d.a_text, d.b_text) for d in changed_ties(copy, source)]


def test_another_organisation_for_the_same_person_in_the_same_post_is_a_change() -> None:
    copy = "“They have not read it,” said River Watch co-founder Nora Vell of the plan."
    assert _changes(copy) == [("River Watch", "Harbor Watch")]
    assert _changes(SOURCE, copy) == [("Harbor Watch", "River Watch")]
    # the post after the name, the organisation after "of"
    copy = "Tom Adair, executive director of the Coalition Against Dock Sales, called it a gift."
    assert _changes(copy) == [("Coalition Against Dock Sales", "Coalition to Save the Docks")]
    # an outlet's possessive names no post: set against the post's outlet, a name misspelt
    assert _changes("The Daily Courier's Sam Orlow expects the council to fold.") == [
        ("Daily Courier", "Ledger Review")
    ]


def test_one_organisation_or_two_posts_or_a_past_post_is_no_change() -> None:
    # the same organisation, shortened
    assert _changes("Harbor Watch's Nora Vell scoffed. Watch co-founder Nora Vell agreed.") == []
    # another post may be held with the first
    assert _changes("River Watch spokeswoman Nora Vell scoffed at the plan.") == []
    # a post held before may be another
    assert _changes("Former River Watch co-founder Nora Vell scoffed at the plan.") == []
    # the copy names the source's organisation too: it may have told of both
    assert _changes("River Watch co-founder Nora Vell, once of Harbor Watch, scoffed.") == []
    # a state is no organisation, nor a type of one alone, nor a list of names before it
    assert _changes("Nora Vell of Ohio scoffed at the plan.") == []
    assert _changes("Board co-founder Nora Vell scoffed at the plan.") == []
    # initials are the organisation's
    source = "Republican National Committee chairman Ed Rowe said no."
    assert _changes("Embattled RNC chairman Ed Rowe said no.", source) == []
