"""The reasons name the outlets the text called the source credits: a credit says where a
story came from, and a reader must see it against the call (fresh40's rw-530: the copy's
"the Times reports" went unsaid when the copy was read as the source)."""

from __future__ import annotations

from newstrace.analyse.direction import _credit_reasons
from newstrace.model import ArticleInfo, Evidence
from tests.analyse.sides import side_evidence

INFO = ArticleInfo(id=None, title=None, outlet=None, published=None, length=600)
# A text crediting the Times with a report, and one crediting nobody.
CREDITING = side_evidence(outlets_credited=("The New York Times",))
SILENT = side_evidence()


def test_the_credit_of_the_text_read_as_the_source_is_said() -> None:
    evidence = Evidence(a=CREDITING, b=SILENT)
    reasons = _credit_reasons(evidence, "b_from_a", INFO, INFO)
    assert reasons == ["B credits no outlet", "A, read as the source, credits The New York Times"]


def test_a_source_crediting_nobody_adds_no_reason() -> None:
    evidence = Evidence(a=CREDITING, b=SILENT)
    reasons = _credit_reasons(evidence, "a_from_b", INFO, INFO)
    assert reasons == ["A credits The New York Times (the source's outlet is not given)"]
