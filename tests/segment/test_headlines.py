"""Which lines of a text read as headlines, read once per text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newstrace.model import Article, Span
from newstrace.segment.document import Document
from newstrace.segment.headlines import Headlines, reads_as_headline

TEXT = (
    "Kerry Says talks are next\n\n"
    "The talks resume in Geneva on Monday, officials said.\n"
    "Kerry Signals Talks Are Next."
)


def _span(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words))


def test_a_line_with_no_sentence_mark_or_in_title_case_is_a_headline() -> None:
    headlines = Document(Article(TEXT)).headlines
    assert headlines.holds(_span(TEXT, "Kerry Says"))
    assert headlines.holds(_span(TEXT, "Kerry Signals"))
    assert not headlines.holds(_span(TEXT, "Geneva"))


def test_a_span_across_a_line_break_is_read_on_both_lines() -> None:
    # the two lines together end with a sentence's mark and are not in title case
    text = "Obama signs bill on Iran\nWASHINGTON - The president signed it on Monday."
    assert not Headlines(text).holds(_span(text, "Iran\nWASHINGTON"))
    assert Headlines(text).holds(_span(text, "Iran"))


def _line_reading(text: str, span: Span) -> bool:
    """The reference: the lines holding ``span`` cut from the text on each call."""
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    return reads_as_headline(text[start : len(text) if end < 0 else end])


@given(
    st.text(alphabet="Ab .\n", max_size=40),
    st.integers(min_value=0, max_value=40),
    st.integers(min_value=0, max_value=40),
)
def test_headlines_read_once_agree_with_the_lines_cut_per_span(
    text: str, start: int, length: int
) -> None:
    start = min(start, len(text))
    span = Span(start, min(start + length, len(text)))
    assert Headlines(text).holds(span) == _line_reading(text, span)
