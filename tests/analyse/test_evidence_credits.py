"""Which outlets a text credits with a report, in the evidence (``evidence._side``'s ``credited``):
not one a person spoke to ("told CNN", issue 16)."""

from __future__ import annotations

import newstrace
from newstrace import Article

SOURCE = """Former president Vicente Fox said the wall would never be paid for by Mexico.

"We are not going to pay for that wall," Fox told CNN on Friday.

He added that the plan had already hurt trade between the two countries."""

COPY = """Vicente Fox says Mexico will never pay for the wall.

"We are not going to pay for that wall," he said.

The plan has hurt trade, he added."""


def test_an_interview_given_to_the_others_outlet_is_no_credit_of_it() -> None:
    result = newstrace.compare(Article(SOURCE), Article(COPY, outlet="CNN"))
    assert result.evidence.a.outlets_credited == ()
    assert not result.evidence.a.credits_other


def test_a_report_of_the_others_outlet_is_still_a_credit() -> None:
    cited = SOURCE.replace("Fox told CNN on Friday", "Fox said, according to CNN")
    result = newstrace.compare(Article(cited), Article(COPY, outlet="CNN"))
    assert result.evidence.a.outlets_credited == ("CNN",)
    assert result.evidence.a.credits_other
