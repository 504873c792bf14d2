"""The lexical layer finds copied passages, bridges inserted attributions, ignores chance matches."""

from __future__ import annotations

from newstrace.align.build import lexical_alignment
from newstrace.align.lexical import lexical_matches
from newstrace.config import AlignConfig
from newstrace.model import Article
from newstrace.segment.document import Document

CONFIG = AlignConfig()


def _passages(a: str, b: str) -> list[tuple[str, str, str]]:
    doc_a, doc_b = Document(Article(a)), Document(Article(b))
    found = [
        lexical_alignment(m, doc_a, doc_b) for m in lexical_matches(doc_a, doc_b, config=CONFIG)
    ]
    return [(x.kind, x.a_text, x.b_text) for x in found]


def test_a_quote_split_by_an_attribution_is_one_near_verbatim_passage() -> None:
    a = "“The president believes that a mil-to-mil conversation is an important next step, and I think, hopefully, will take place very shortly,” Kerry said."
    b = "“The\npresident believes that a mil-to-mil conversation is an important next step,” Mr. Kerry said, “and I think, hopefully, will take place very shortly.”"
    [(kind, a_text, b_text)] = _passages(a, b)
    assert kind == "near_verbatim"
    assert a_text.startswith("The president") and a_text.endswith("very shortly")
    assert "Mr. Kerry said" in b_text


def test_an_identical_passage_is_verbatim_despite_typography() -> None:
    a = "He said the talks would “define some of the different options that are available to us.”"
    b = 'Officials hoped to "define some of the different options that are available to us" soon.'
    [(kind, a_text, _)] = _passages(a, b)
    assert kind == "verbatim"
    assert a_text == "define some of the different options that are available to us"


def test_short_common_phrases_are_not_passages() -> None:
    a = "Officials in the United States said on Friday that the talks would go on."
    b = "The president of the United States said on Friday he was tired."
    assert _passages(a, b) == []


def test_a_passage_repeated_in_b_is_reported_once_in_order() -> None:
    quote = "we are looking for ways in which to try to find a common ground together"
    a = f"First line here. Then he said {quote}. Later lines follow."
    b = f"Caption: {quote}. Some other text in between. Body: {quote}. End."
    passages = _passages(a, b)
    assert len(passages) == 1


def test_a_passage_given_twice_in_either_text_is_reported_once_whichever_way_round() -> None:
    quote = "dress like you deserve respect and not a spot at a bar"
    copy = f"She told the girl to {quote}, the aide wrote on Friday."
    source = f"The aide wrote: “{quote}.” Critics said the advice, “{quote},” was unkind."
    one_way = [(a_text, b_text) for _, a_text, b_text in _passages(copy, source)]
    other_way = [(a_text, b_text) for _, b_text, a_text in _passages(source, copy)]
    assert len(one_way) == 1
    assert one_way == other_way
