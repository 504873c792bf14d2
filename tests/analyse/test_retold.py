"""Retold stories: two texts that each tell their story as one outlet's report, in words of
their own, are two retellings of it, not one copied from the other (``analyse.retold``,
``analyse.direction._retold``); and a pair much of each of which is traced to the other in
loose sentences tells one story (``direction._loosely_told``)."""

from __future__ import annotations

import newstrace
from newstrace.analyse.direction import decide, decided_again
from newstrace.analyse.retold import retold_alike, story_credits
from newstrace.config import DEFAULT_CONFIG
from newstrace.model import ArticleInfo, Coverage, Evidence, SideEvidence
from tests.analyse.test_direction import _always_a_copy


def test_the_forms_that_tell_a_whole_story_as_an_outlets_report() -> None:
    assert story_credits("He will stay on, as first reported by The New York Times. More") == (
        ("The New York Times", "as reported by"),
    )
    assert story_credits("He will not run, Fox News said, citing two advisers.") == (
        ("Fox News", "citing"),
    )
    assert story_credits("The bill is dead, the Times reports. It was") == (
        ("The New York Times", "reports"),
    )
    assert story_credits('It is "not based on the Bible," according to HuffPost. He') == (
        ("HuffPost", "according to"),
    )


def test_the_past_tense_closing_a_clause_of_the_lead_credits_the_story() -> None:
    lead = "The bridge will close for a month, Fox News reported."
    assert story_credits(lead + " Drivers face a detour.", lead_end=len(lead)) == (
        ("Fox News", "reported"),
    )
    quoted = 'The plan is "dead on arrival," The New York Times reported.'
    assert story_credits(quoted, lead_end=len(quoted)) == (("The New York Times", "reported"),)
    # Further on it credits the fact it closes, as real articles use it ...
    opening = "The bridge will close for a month."
    text = opening + " The repairs will cost $2 million, Politico reported."
    assert story_credits(text, lead_end=len(opening)) == ()
    # ... and "reported, citing" is the citing form, read once.
    citing = "The bridge will close, Fox News reported, citing two engineers."
    assert story_credits(citing, lead_end=len(citing)) == (("Fox News", "citing"),)


def test_a_fact_credit_an_interview_or_an_outlets_own_reporting_is_no_story_credit() -> None:
    for text in (
        "On Friday, The Washington Post reported that the deal was off.",
        "According to the Washington Post, the deal was off.",
        "Two officials told Fox News the deal was off.",
        "Fox News has learned that the deal was off. Fox News confirmed it.",
        "The deal was off, Politico reported.",
    ):
        assert story_credits(text) == (), text
    # nor a credit to the text's own outlet
    assert story_credits("The deal was off, Fox News reports.", own_outlet="Fox News") == ()


def test_two_texts_retell_one_outlet_alike_only_in_words_of_their_own() -> None:
    times_as = (("The New York Times", "as reported by"),)
    times_citing = (("The New York Times", "citing"),)
    assert retold_alike(times_as, times_citing) == (
        "The New York Times",
        "as reported by",
        "citing",
    )
    assert retold_alike(times_as, times_as) is None  # a credit carried over, word for word
    assert retold_alike(times_as, (("Fox News", "citing"),)) is None
    assert retold_alike(times_as, ()) is None


FERRY = """The county's only car ferry will stop running for six weeks next month while engineers replace its worn propeller shafts, as first reported by The Guardian.

Drivers will have to take the coast road instead, a detour of about forty minutes each way.

The operator said it had brought the repairs forward after an inspection found cracks in both shafts.

A passenger launch will still carry people on foot across the estuary every hour."""

FERRY_RETOLD = """Engineers are to fit new propeller shafts to the county's sole vehicle ferry, which will be out of service for a month and a half from next month, the Guardian reports.

Motorists face a forty-minute detour in each direction along the coastal route.

The repairs were moved up after inspectors discovered that both shafts had cracked, according to the company that runs the service.

Foot passengers can still cross the estuary on an hourly launch."""


def test_two_retellings_of_one_outlets_report_are_not_called_a_copy() -> None:
    result = newstrace.compare(FERRY_RETOLD, FERRY)
    assert result.evidence.a.story_credits == (("The Guardian", "reports"),)
    verdict = decided_again(result, _always_a_copy())
    assert verdict.relation == "shared_source"
    assert verdict.confidence == 0.75
    assert "both tell their story as a report of The Guardian's" in verdict.reasons[0]
    # The same texts with the credit in the same words: the copy the model gives.
    carried = FERRY_RETOLD.replace("the Guardian reports", "as first reported by The Guardian")
    copied = decided_again(newstrace.compare(carried, FERRY), _always_a_copy())
    assert copied.probabilities["shared_source"] < 0.01


def test_a_lead_closing_on_the_outlets_past_tense_retells_its_report() -> None:
    """fresh53's sib-686: "..., Fox News reported." closing the lead beside "Fox News said,
    citing ..." was read as no credit, and the pair as a copy held at 0.70."""
    past = FERRY_RETOLD.replace("the Guardian reports", "the Guardian reported")
    result = newstrace.compare(past, FERRY)
    assert result.evidence.a.story_credits == (("The Guardian", "reported"),)
    verdict = decided_again(result, _always_a_copy())
    assert verdict.relation == "shared_source"
    assert '(A: "reported", B: "as reported by")' in verdict.reasons[0]


def _side(words: int) -> SideEvidence:
    """8 sentences, 3 traced; 2 of its 8 own sentences firmly; 40% of its own text traced,
    none word for word; no passage; order 0.5; no credit."""
    return SideEvidence(8, 3, 8, 2, 0.4, 0.0, 0, 0.5, False, words=words)


def _decided(a: float, b: float) -> str:
    """The relation of a pair with no aligned passage weighed, ``a`` and ``b`` of each
    traced to the other, a quarter of each one's own sentences firmly."""
    info = ArticleInfo(id=None, title=None, outlet=None, published=None, length=600)
    evidence = Evidence(a=_side(120), b=_side(118))
    coverage = Coverage(a=a, b=b)
    verdict = decide(info, info, coverage, evidence, [], config=DEFAULT_CONFIG.verdict)
    return verdict.relation


def test_much_of_each_text_traced_loosely_is_one_story_not_unrelated() -> None:
    assert _decided(0.59, 0.44) == "shared_source"  # fresh32's sib-426
    # Half of one text traced is one story by itself (``analyse.related``); less is not.
    assert _decided(0.59, 0.3) == "shared_source"
    assert _decided(0.45, 0.3) == "unrelated"
