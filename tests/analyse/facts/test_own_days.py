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


# Both texts name the board's Monday; the copy puts the mayor's night email on Friday.
NIGHT_COPY = "The board meets on Monday evening. Her Friday-night email to members said little."
NIGHT_SOURCE = (
    "The board will meet Monday evening. The mayor sent an email to members Saturday night"
    " asking them to attend."
)


def _parted(a: str, b: str) -> list[tuple[str, str]]:
    from newstrace.analyse.facts.own_days import parted_weekdays

    return [(d.a_text, d.b_text) for d in parted_weekdays(a, b)]


def test_a_weekdays_night_put_on_another_day() -> None:
    assert _parted(NIGHT_COPY, NIGHT_SOURCE) == [("Friday", "Saturday")]


def test_a_night_moved_is_found_among_a_copys_framed_changes() -> None:
    # "Her Friday-night email" names a thing: ``own_weekdays`` does not read it
    assert own_weekdays(NIGHT_COPY, NIGHT_SOURCE) == []
    changes = [(d.kind, d.a_text, d.b_text) for d in framed_changes(NIGHT_COPY, NIGHT_SOURCE)]
    assert ("date", "Friday", "Saturday") in changes
    assert framed_changes(NIGHT_COPY, NIGHT_SOURCE, weekdays=False) == []


def test_a_day_the_other_text_names_is_not_the_one_moved() -> None:
    source = NIGHT_SOURCE + " A vote followed on Friday."
    assert _parted(NIGHT_COPY, source) == []


def test_two_nights_on_each_side_are_not_paired() -> None:
    copy = NIGHT_COPY + " By Thursday night it had leaked."
    source = NIGHT_SOURCE + " By Wednesday night it had leaked."
    assert _parted(copy, source) == []


def test_another_part_of_the_day_is_another_time() -> None:
    source = NIGHT_SOURCE.replace("Saturday night", "Saturday morning")
    assert _parted(NIGHT_COPY, source) == []


def test_a_night_of_two_days_against_one_is_not_paired() -> None:
    # the source's other night is of a day the copy names for another thing: which of the
    # source's two nights the copy's one is, is unsaid
    source = NIGHT_SOURCE + " It followed a report published Thursday night."
    assert _parted(NIGHT_COPY + " On Thursday she declined to comment.", source) == []
