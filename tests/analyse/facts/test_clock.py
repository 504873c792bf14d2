"""Times of day a copy changed, and the times of a timeline (``facts/clock.py``)."""

from __future__ import annotations

import pytest

from newstrace.analyse.facts.clock import clock_times, timeline_times
from newstrace.analyse.facts.mentions import Passage
from newstrace.model import Discrepancy, Span
from tests.analyse.facts.aligned import changes


def _time_change(a: str, b: str, x: str, y: str) -> Discrepancy:
    at, bt = a.index(x), b.index(y)
    return Discrepancy("number", x, y, Span(at, at + len(x)), Span(bt, bt + len(y)))


def test_a_time_the_source_states_elsewhere_is_of_another_event() -> None:
    # a timeline: the copy's 4:35 a.m. is the source's too, of the fire brought under control
    a = "Crews came at 11:50 p.m. and had the fire under control at 4:35 a.m."
    b = "Crews came at 11:50 p.m. A third alarm sounded at 12:20 a.m. It was out at 4:35 a.m."
    assert timeline_times([_time_change(a, b, "4:35 a.m.", "12:20 a.m.")], a, b) == []


def test_a_time_neither_text_states_elsewhere_stays_changed() -> None:
    a = "The mayor was due at the depot around 2:15 p.m. to meet neighbors."
    b = "Aides said the mayor will go to the site around 3:15 p.m. to calm residents."
    change = _time_change(a, b, "2:15 p.m.", "3:15 p.m.")
    assert timeline_times([change], a, b) == [change]


@pytest.mark.parametrize(
    ("b", "changed"),
    [
        # the copy's hour alone ("4", read as a count of "a.m.") is the source's 4:05 a.m.,
        # rounded; the source's 9 a.m. is another event's
        (
            "The fire was under control at 4:05 a.m. Sunday. The advisory was lifted at 9 a.m.",
            False,
        ),
        # an hour the source states of nothing: still changed
        ("The fire was under control at 5:05 a.m. Sunday. The advisory was lifted at 9 a.m.", True),
    ],
)
def test_a_time_rounded_to_the_hour_is_the_source_time(b: str, changed: bool) -> None:
    a = "The fire was under control by just after 4 a.m. Sunday. The advisory was lifted."
    change = _time_change(a, b, "4", "9")
    assert timeline_times([change], a, b) == ([change] if changed else [])


def test_a_time_stamped_after_its_date_is_moved_by_a_copy() -> None:
    """An update's stamp times what its paragraph tells, as "at" does (rw-685): the copy's
    "at 3:20 p.m." moved it."""
    a = "The agency posted its reply on its official account at 3:20 p.m."
    b = "UPDATE - June 2, 5:20 p.m.: Hours later, the agency's official account posted a reply."
    assert ("number", "3:20 p.m.", "5:20 p.m.") in changes(a, b, copy=True)
    assert ("number", "5:20 p.m.", "3:20 p.m.") in changes(b, a, copy=True)


def test_a_range_after_a_date_times_no_one_moment() -> None:
    text = "The clinic was open June 3, 1 p.m. to 4 p.m., and on June 4, 9 a.m. to noon."
    assert [m.value for m in clock_times(Passage.of(text, 0))] == []
    # "may" is a verb, no month
    assert clock_times(Passage.of("They may 3, 4 p.m. or later, arrive.", 0)) == []
