"""What ``analyse.report`` keeps of the changes its readers find."""

from __future__ import annotations

import newstrace
from newstrace import Article
from newstrace.analyse.report import analyse
from newstrace.config import DEFAULT_CONFIG
from newstrace.model import Alignment, Coverage, Span
from newstrace.pipeline import prepare

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


# An invented story naming a person's group ...
TIED_SOURCE = (
    "The city council voted 7-2 on Tuesday to sell the old ferry docks to a developer, ending "
    "a fight that lasted three years. The buyer, Crane Holdings, plans 400 apartments and a "
    "market hall on the site. Opponents packed the chamber and booed the vote. “They sold the "
    "waterfront for a parking garage,” said Harbor Watch co-founder Nora Vell, who led the "
    "campaign against the sale. The mayor called the deal the best the city could get and "
    "said the money would repair two schools. The sale closes in June."
)
# ... and a copy that moves her to another group, in a sentence of its own words that
# the aligner links with none of the source's.
TIED_COPY = (
    "The city council voted 7-2 on Tuesday to sell the old ferry docks to a developer, ending "
    "a fight that lasted three years. The buyer, Crane Holdings, plans 400 apartments and a "
    "market hall on the site. Opponents packed the chamber and booed the vote. Nora Vell, "
    "co-founder of River Watch, was not surprised. The mayor called the deal the best the "
    "city could get and said the money would repair two schools. The sale closes in June."
)


def test_a_copy_ties_a_person_to_another_organisation() -> None:
    """The copy's "Nora Vell, co-founder of River Watch" against the source's "Harbor
    Watch co-founder Nora Vell": the one person, another group (rw-96, rw-695), whichever
    text comes first."""
    for a, b, copy in ((TIED_COPY, TIED_SOURCE, "a_from_b"), (TIED_SOURCE, TIED_COPY, "b_from_a")):
        result = newstrace.compare(a, b)
        assert result.verdict.relation == copy
        found = [(d.a_text, d.b_text) for d in result.analysis.discrepancies]
        want = (
            ("River Watch", "Harbor Watch")
            if copy == "a_from_b"
            else ("Harbor Watch", "River Watch")
        )
        assert want in found


# rw-703's source and copy, as the development set gives them (fresh55).
NOTING_SOURCE = (
    "House Majority Whip Kevin McCarthy (R-Calif.), a longtime target of immigration "
    "activists, said Tuesday that he would support allowing undocumented immigrants to stay "
    "in the U.S., but stopped short of calling for a path to citizenship.\n\n"
    "McCarthy has previously been more open to immigration reform than many of his House "
    "Republican colleagues, and, as TPM notes, his district is 35 percent Latino. "
    "Immigration activists have targeted McCarthy specifically due to his high rank in the "
    "House GOP."
)
NOTING_COPY = (
    "So said House Majority Whip Kevin McCarthy on Tuesday, backing legal status, not "
    "citizenship, for undocumented immigrants, HuffPost reports.\n\n"
    "McCarty's district, as Politico notes, is 45 percent Latino. Activists won't cheer."
)


def test_an_outlet_noting_a_fact_put_for_the_sources_is_a_change() -> None:
    """The copy's "as Politico notes" for its source's "as TPM notes" (rw-703) is the
    source's citation with its outlet changed: a changed fact, and no credit of the copy's
    source, though Politico is an outlet (rw-665's "Roll Call" is none)."""
    result = newstrace.compare(NOTING_COPY, NOTING_SOURCE)
    assert result.verdict.relation == "a_from_b"
    changes = [(d.kind, d.a_text, d.b_text) for d in result.analysis.discrepancies]
    assert ("organisation", "Politico", "TPM") in changes
    assert [c.text for c in result.analysis.attributions] == ["HuffPost reports"]


def test_two_reports_called_shared_source_dating_all_by_one_day_each_moved_it() -> None:
    """rw-712 (fresh56), called `shared_source`: the copy dates all it tells by Sunday, its
    source by Saturday, in the sentences aligned (``lone_days.one_day_each``)."""
    copy = "Donald Trump took to Facebook on Sunday to accuse social media firms of bias."
    source = (
        "President Donald Trump used Twitter to tear into social media companies Saturday "
        "morning, claiming they were discriminating against conservatives."
    )
    a, b = prepare(Article(copy)), prepare(Article(source))
    aligned = Alignment("paraphrase", 0.7, Span(0, len(copy)), Span(0, len(source)), copy, source)
    result = analyse(
        a,
        b,
        [aligned],
        "shared_source",
        coverage=Coverage(0.8, 0.6),
        config=DEFAULT_CONFIG.analyse,
        quotes=[],
    )
    assert [(d.a_text, d.b_text) for d in result.discrepancies] == [("Sunday", "Saturday")]
