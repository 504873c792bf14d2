"""A figure someone is quoted giving is that person's claim: set against the reporter's own
figure it is not a changed fact; inside one quotation reproduced by the copy it is."""

from __future__ import annotations

import newstrace
from newstrace.analyse.facts.quoted import one_statement
from newstrace.model import Discrepancy, Span

REPORT = (
    "The campaign released a new television ad on Tuesday in three swing states.\n\n"
    "The ad claims that {claim} over the next ten years, a charge the White House denies.\n\n"
    "Aides said the campaign would spend heavily on the ad through the fall."
)


def _numbers(a: str, b: str) -> list[tuple[str, str]]:
    changes = newstrace.compare(a, b).analysis.discrepancies
    return [(d.a_text, d.b_text) for d in changes if d.kind == "number"]


def test_a_quoted_figure_beside_the_reporters_own_is_not_a_change() -> None:
    quoted = REPORT.format(claim='"the president has cut $716 billion from Medicare"')
    plain = REPORT.format(claim="the president has cut $800 billion from Medicare")
    assert _numbers(quoted, plain) == []
    assert _numbers(plain, quoted) == []


def test_a_figure_changed_in_both_reporters_own_words_is_a_change() -> None:
    a = REPORT.format(claim="the president has cut $716 billion from Medicare")
    b = REPORT.format(claim="the president has cut $800 billion from Medicare")
    assert _numbers(a, b) == [("716 billion", "800 billion")]


def test_a_figure_changed_inside_the_same_quotation_is_a_change() -> None:
    a = REPORT.format(claim='"the president has cut $716 billion from Medicare"')
    b = REPORT.format(claim='"the president has cut $800 billion from Medicare"')
    assert _numbers(a, b) == [("716 billion", "800 billion")]


def test_a_copy_restating_a_quoted_figure_in_its_own_words_changes_it() -> None:
    a = "She noted that the council voted 11-0 to publish the audit."
    b = '"The council voted 12-0 to publish the audit," she wrote.'
    at, bt = a.index("11-0"), b.index("12-0")
    change = Discrepancy("number", "11-0", "12-0", Span(at, at + 4), Span(bt, bt + 4))
    quoted = [Span(0, b.index(",") + 2)]
    assert one_statement(change, [], quoted, [], copy=True)
    assert not one_statement(change, [], quoted, [])  # independent reports: two statements


def test_an_office_changed_inside_the_same_quotation_is_the_quote_altered() -> None:
    a = 'Back then, she said, "I was a county judge, and I knew the rules."'
    b = 'Back then, she said, "I was a county clerk, and I knew the rules."'
    at, bt = a.index("judge"), b.index("clerk")
    change = Discrepancy("title", "judge", "clerk", Span(at, at + 5), Span(bt, bt + 5))
    a_quoted, b_quoted = [Span(a.index('"'), len(a))], [Span(b.index('"'), len(b))]
    assert not one_statement(change, a_quoted, b_quoted, [], copy=True)
    assert one_statement(change, [], [], [], copy=True)  # in the reporter's own words
