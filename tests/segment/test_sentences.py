"""Sentence splitting: abbreviations do not end sentences; paragraphs do."""

from __future__ import annotations

import blingfire
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newstrace.normalise import normalise
from newstrace.segment import split_sentences
from newstrace.segment.sentences import _blingfire_sentences


def _sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(normalise(text))]


def test_titles_and_initials_do_not_end_sentences() -> None:
    text = "Mr.\nCook said the U.S. would act. Ms. Smith agreed with Dr. Jones on Sept. 5."
    assert _sentences(text) == [
        "Mr. Cook said the U.S. would act.",
        "Ms. Smith agreed with Dr. Jones on Sept. 5.",
    ]


def test_a_missed_boundary_before_a_titled_name_is_split() -> None:
    text = "He might remain in power in the short term. Mr. Assad has had Russia's backing."
    assert len(_sentences(text)) == 2


def test_paragraph_breaks_end_sentences_and_spans_point_into_the_original() -> None:
    text = "A headline without a period\n\nThe body starts here. It goes on."
    sentences = split_sentences(normalise(text))
    assert [s.text for s in sentences] == [
        "A headline without a period",
        "The body starts here.",
        "It goes on.",
    ]
    for sentence in sentences:
        assert text[sentence.span.start : sentence.span.end] == sentence.text


def test_line_breaks_inside_a_sentence_are_joined() -> None:
    text = "The\npresident believes that a\nconversation is next."
    sentences = split_sentences(normalise(text))
    assert len(sentences) == 1
    assert text[sentences[0].span.start : sentences[0].span.end] == text


@pytest.mark.parametrize(
    "paragraph",
    [
        "Mr. Cook said the U.S. would act. Ms. Smith agreed.",
        "No full stop at the end",
        "One.",
        "  Leading spaces. And two sentences!  ",
        'He said: "We will go." Then he left... Did he? Yes.',
        "Caf\u00e9 owners met. The mayor came.",  # not ASCII: blingfire's own function
        "?",
        ". . .",
    ],
)
def test_sentence_bounds_are_blingfires_own(paragraph: str) -> None:
    expected = list(blingfire.text_to_sentences_and_offsets(paragraph)[1])
    assert _blingfire_sentences(paragraph) == expected


@given(st.text(alphabet=st.sampled_from([*"ab .!?\"'\tM", "\u00e9"]), min_size=1, max_size=60))
def test_sentence_bounds_are_blingfires_own_on_any_text(paragraph: str) -> None:
    assert _blingfire_sentences(paragraph) == list(
        blingfire.text_to_sentences_and_offsets(paragraph)[1]
    )
