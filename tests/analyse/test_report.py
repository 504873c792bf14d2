"""What ``analyse.report`` keeps of the changes its readers find."""

from __future__ import annotations

import newstrace

# An invented story that credits the outlet it was taken from ...
SOURCE = (
    "Mara Quill, the director of the licensing office at the Harbor Commission, plans to "
    "refuse to testify before the city council's oversight panel on Thursday, the Denver "
    "Post reports. Her lawyer wrote to the panel's chairman that she has no choice but to "
    "take this course and asked that she be excused from the hearing. The commission's "
    "licensing office approved 40 permits for the dock project last spring, records show, "
    "and two inspectors have since left the agency. The council opened its inquiry in "
    "March after residents complained about noise and traffic near the docks."
)
# ... and a copy of it that credits the story it was written from, the Huffington Post's.
COPY = (
    "Mara Quill, who runs the licensing office at the Harbor Commission, intends to refuse "
    "to testify before the city council's oversight panel on Thursday, according to The "
    "Huffington Post. Her lawyer wrote to the panel's chairman that she has no choice but "
    "to take this course and asked that she be excused. The commission's licensing office "
    "approved 40 permits for the dock project last spring, and two inspectors have since "
    "left the agency. The council opened its inquiry in March after residents complained."
)


def test_the_outlet_a_copy_credits_is_no_outlet_changed() -> None:
    """The copy's "according to The Huffington Post" names the text it was written from,
    the source's "the Denver Post reports" the source's own: two texts, no changed outlet
    (rw-682b), whichever text comes first."""
    for a, b, copy in ((COPY, SOURCE, "a_from_b"), (SOURCE, COPY, "b_from_a")):
        result = newstrace.compare(a, b)
        assert result.verdict.relation == copy
        assert [d for d in result.analysis.discrepancies if d.kind == "organisation"] == []
