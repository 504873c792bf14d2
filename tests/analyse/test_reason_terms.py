"""Reasons true of the call: a reason names a piece of evidence as weighing for or against
a copy only when the model's term for it weighs that way for the pair (issue 15; fresh56's
rw-712 was told that details lost both ways made it two texts written apart, while the
loss weighed +0.22 *for* a copy and its wording, one word in a row, -4.0 against).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import newstrace
from newstrace.analyse.direction import decided_again
from newstrace.analyse.direction_model import (
    SAME_LENGTH_FROM,
    TWO_WAY_LOSS_BEYOND,
    lacking,
    length_ratio,
    load_model,
)
from newstrace.model import Comparison

# An invented report of a governor's interview ...
REPORT = (
    "Governor Elaine Porter told WPLR radio on Thursday morning that the state's utility "
    "regulators were “asleep at the switch while families paid the bill.”\n\n"
    "She does have a remedy, of a kind. It asks something of both sides.\n\n"
    "Porter said that “too many households are choosing between heat and groceries, and "
    "that cannot go on.” So, she added: “Freeze the rates for one winter, and we will sort "
    "out the rest in the spring!”\n\n"
    "Porter accused the commission of “approving every increase the companies ask for, "
    "while at the same time ignoring the complaints of ratepayers.”\n\n"
    "“Regulation without teeth is no regulation at all,” she added, before turning to a "
    "familiar complaint about the two largest utilities, Northline Power and Crestgas, whose "
    "profits she called “a scandal.”\n\n"
    "Porter did not name any commissioner in her remarks, although the commission's "
    "chairman, Victor Hale, has in recent weeks defended the latest increase of 11 percent "
    "as necessary for repairs."
)
# ... a condensed rewrite of it that changes the station, the day and the increase: each
# text gives two details the other lacks, at 0.6 of the report's length ...
CONDENSED = (
    "Elaine Porter told KXTV on Friday that the state's utility regulators were “asleep at "
    "the switch while families paid the bill.” Hardly a surprise.\n\n"
    "Her answer cuts both ways. “Too many households are choosing between heat and "
    "groceries, and that cannot go on,” she said. The plan: “Freeze the rates for one "
    "winter, and we will sort out the rest in the spring!” A pause, then.\n\n"
    "“Regulation without teeth is no regulation at all,” she fumed. She named no "
    "commissioner, though the chairman, Victor Hale, lately backed a 12 percent rise. Good "
    "luck with that."
)
# ... and one that keeps almost none of its wording outside the quotations.
RETOLD = (
    "Elaine Porter went on KXTV on Friday to call those who oversee power prices “asleep "
    "at the switch while families paid the bill.” Hardly a surprise.\n\n"
    "Her answer cuts both ways. “Too many households are choosing between heat and "
    "groceries, and that cannot go on,” she said. The plan: “Freeze the rates for one "
    "winter, and we will sort out the rest in the spring!” A pause, then.\n\n"
    "“Regulation without teeth is no regulation at all,” she fumed. No commissioner was "
    "singled out, though Victor Hale, who chairs the panel, lately backed a 12 percent rise. "
    "Good luck with that."
)
TWO_WAY_LOSS = "each gives details the other lacks"
WORDING = "they keep little of each other's wording"
BY_PARAPHRASE = "outside quotations: weighed by"


@cache
def _compared(copy: str) -> Comparison:
    return newstrace.compare(copy, REPORT)


def test_details_lost_both_ways_are_not_named_when_their_term_weighs_for_a_copy() -> None:
    """Each text lacks two of the other's details at a length ratio of 0.6, the shape the
    reason was given for; but the loss lies below its fitted mean, so it weighs *for* a copy,
    and the reasons of the ``shared_source`` call do not name it as a sign of two texts
    written apart."""
    result = _compared(CONDENSED)
    e = result.evidence
    assert min(lacking(e.a), lacking(e.b)) > TWO_WAY_LOSS_BEYOND
    assert length_ratio(e) > SAME_LENGTH_FROM
    assert result.verdict.relation == "shared_source"
    assert not any(TWO_WAY_LOSS in r for r in result.verdict.reasons)
    assert load_model().copy_terms(result.coverage, e)["two_way_loss"] > 0


def test_the_wording_is_named_when_it_weighs_most_against_a_copy() -> None:
    """Weighed by the copy model, RETOLD is held at ``shared_source`` by the wording it keeps
    (three words in a row at most): that is the reason given.  With the shipped model the
    paraphrase model weighs it, where the details of each text's own weigh most, and the
    wording is not named."""
    result = _compared(RETOLD)
    by_copy = decided_again(result, replace(load_model(), paraphrase=None))
    assert by_copy.relation == "shared_source"
    said = [r for r in by_copy.reasons if WORDING in r]
    assert said and "3 of the reporter's own word(s)" in said[0]
    assert result.verdict.relation == "shared_source"
    assert not any(WORDING in r for r in result.verdict.reasons)


def test_the_paraphrase_model_is_named_only_when_its_probability_is_given() -> None:
    """With no own sentence traced the paraphrase model may only lower the copy model's
    probability (``PARAPHRASE_OWN``): where it would raise it, the copy model's is given,
    and the reasons do not say the pair was weighed by the paraphrase model."""
    result = _compared(RETOLD)
    assert max(result.evidence.a.own_share, result.evidence.b.own_share) == 0
    assert any(BY_PARAPHRASE in r for r in result.verdict.reasons)
    raised = replace(load_model(), paraphrase_intercept=10.0)
    verdict = decided_again(result, raised)
    assert not any(BY_PARAPHRASE in r for r in verdict.reasons)
