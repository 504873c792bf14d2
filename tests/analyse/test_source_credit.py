"""The reasons name the outlets the text called the source credits: a credit says where a
story came from, and a reader must see it against the call (fresh40's rw-530: the copy's
"the Times reports" went unsaid when the copy was read as the source)."""

from __future__ import annotations

from newstrace.analyse.direction import _credit_reasons
from newstrace.model import ArticleInfo, Evidence, SideEvidence

INFO = ArticleInfo(id=None, title=None, outlet=None, published=None, length=600)


def _side(*credited: str) -> SideEvidence:
    return SideEvidence(
        sentences=10,
        sentences_traced=9,
        own_sentences=8,
        own_sentences_traced=7,
        outside_quotes=0.9,
        lexical_outside_quotes=0.9,
        longest_passage_outside_quotes=120,
        order=0.9,
        credits_other=False,
        outlets_credited=credited,
    )


def test_the_credit_of_the_text_read_as_the_source_is_said() -> None:
    evidence = Evidence(a=_side("The New York Times"), b=_side())
    reasons = _credit_reasons(evidence, "b_from_a", INFO, INFO)
    assert reasons == ["B credits no outlet", "A, read as the source, credits The New York Times"]


def test_a_source_crediting_nobody_adds_no_reason() -> None:
    evidence = Evidence(a=_side("The New York Times"), b=_side())
    reasons = _credit_reasons(evidence, "a_from_b", INFO, INFO)
    assert reasons == ["A credits The New York Times (the source's outlet is not given)"]
