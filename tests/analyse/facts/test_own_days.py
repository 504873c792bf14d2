"""The one weekday each text names that the other does not, in sentences about one thing."""

from __future__ import annotations

from newstrace.analyse.facts.framed import framed_changes
from newstrace.analyse.facts.own_days import own_weekdays

# Both texts date the council's vote by Tuesday; the copy moves the mayor's day alone.
COPY = (
    "The council voted on Tuesday to close the depot. Mayor Ana Ruiz lashed out on Sunday,"
    " urging the board to reopen the depot."
)
SOURCE = (
    "On Tuesday the council voted to close the depot. Mayor Ana Ruiz, who fought the plan,"
    " weighed in to defend the depot on Monday when the vote was proposed."
)


def _changes(a: str, b: str) -> list[tuple[str, str]]:
    return [(d.a_text, d.b_text) for d in own_weekdays(a, b)]


def test_the_day_each_text_names_alone_moved_in_sentences_of_one_person() -> None:
    assert _changes(COPY, SOURCE) == [("Sunday", "Monday")]


def test_a_copys_moved_day_is_found_among_its_framed_changes() -> None:
    # two weekdays each: the one day of each text (``framed._lone_weekdays``) does not read it
    changes = [(d.kind, d.a_text, d.b_text) for d in framed_changes(COPY, SOURCE)]
    assert ("date", "Sunday", "Monday") in changes


def test_two_sentences_with_no_word_in_common_tell_of_two_things() -> None:
    a = "The depot closed on Tuesday. The firm did not respond to a request for comment on Thursday."
    b = "The depot closed on Tuesday. The school sent children home at noon on Wednesday."
    assert _changes(a, b) == []


def test_a_day_reckoned_from_another_tells_of_two_days() -> None:
    a = (
        "The depot closed on Tuesday. Mayor Ana Ruiz backed the plan on Thursday, then"
        " backpedaled a day later."
    )
    b = "The depot closed on Tuesday. Mayor Ana Ruiz broke with the council Monday over the plan."
    assert _changes(a, b) == []


def test_a_day_the_copy_names_twice_may_date_two_things() -> None:
    a = COPY + " The board meets again on Sunday."
    assert _changes(a, SOURCE) == []
