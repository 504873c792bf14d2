"""Cutting a text into non-overlapping fragments at every span boundary."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newstrace.model import Alignment, AlignmentKind, Span
from newstrace.report.as_html import Mark, alignment_marks, split_fragments

TEXT = "The cat sat on the mat, said the dog."


def _alignment(kind: AlignmentKind, start: int, end: int) -> Alignment:
    return Alignment(kind, 0.9, Span(start, end), Span(0, 3), TEXT[start:end], "The")


def test_nested_passages_get_the_innermost_colour_and_all_ids() -> None:
    outer = _alignment("paraphrase", 0, 22)  # The cat sat on the mat
    inner = _alignment("verbatim", 4, 11)  # cat sat
    fragments = split_fragments(TEXT, alignment_marks((outer, inner), "a"))
    assert [f.text for f in fragments] == ["The ", "cat sat", " on the mat", ", said the dog."]
    assert fragments[0].links == "al0" and "al-paraphrase" in fragments[0].css
    middle = fragments[1]
    assert set(middle.links.split()) == {"al0", "al1"}
    assert "al-verbatim" in middle.css and "al-paraphrase" not in middle.css
    assert "pal-1" in middle.css and middle.hover == "al1"
    assert fragments[3].css == "" and fragments[3].links == ""


def test_partial_overlap_splits_at_every_boundary() -> None:
    left, right = _alignment("verbatim", 0, 11), _alignment("verbatim", 8, 22)
    fragments = split_fragments(TEXT, alignment_marks((left, right), "a"))
    assert [f.text for f in fragments] == ["The cat ", "sat", " on the mat", ", said the dog."]
    assert fragments[1].links == "al0 al1"
    assert "pal-0" in fragments[1].css  # the shorter span is the innermost


def test_passages_with_the_same_span_light_up_together() -> None:
    first, second = _alignment("paraphrase", 0, 22), _alignment("paraphrase", 0, 22)
    fragments = split_fragments(TEXT, alignment_marks((first, second), "a"))
    assert fragments[0].hover == "al0 al1"


def test_spans_outside_the_text_are_clipped_or_dropped() -> None:
    marks = [Mark(30, 999, "x", "tip"), Mark(500, 600, "y", "lost"), Mark(5, 5, "z", "empty")]
    fragments = split_fragments(TEXT, marks)
    assert "".join(f.text for f in fragments) == TEXT
    assert [f.text for f in fragments if f.css] == [TEXT[30:]]


def test_empty_text_gives_no_fragment() -> None:
    assert split_fragments("", [Mark(0, 4, "x", "tip")]) == []


@given(
    st.text(min_size=1, max_size=60),
    st.lists(st.tuples(st.integers(0, 70), st.integers(0, 70)), max_size=8),
)
def test_fragments_rebuild_the_text_and_carry_exactly_their_covering_marks(
    text: str, ranges: list[tuple[int, int]]
) -> None:
    marks = [Mark(min(r), max(r), f"m{i}", f"t{i}", link=f"l{i}") for i, r in enumerate(ranges)]
    fragments = split_fragments(text, marks)
    assert "".join(f.text for f in fragments) == text
    offset = 0
    for fragment in fragments:
        assert fragment.text
        covering = {
            m.link for m in marks if m.start <= offset and offset + len(fragment.text) <= m.end
        }
        assert set(fragment.links.split()) == covering
        offset += len(fragment.text)
