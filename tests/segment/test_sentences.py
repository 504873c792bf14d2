"""Sentence splitting: abbreviations do not end sentences; paragraphs do."""

from __future__ import annotations

from newstrace.normalise import normalise
from newstrace.segment import split_sentences


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
