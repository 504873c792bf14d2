"""Added and omitted passages, and loaded wording from the lexicon (extendable)."""

from __future__ import annotations

import newstrace
from newstrace.analyse.additions import loaded_words
from newstrace.analyse.report import copy_side
from newstrace.config import Config
from newstrace.model import Alignment, Article, Coverage, Span
from newstrace.segment.document import Document

SOURCE = (
    "The minister met the opposition leader on Monday to discuss the budget.\n\n"
    "Both sides said the talks had been useful and would continue next week.\n\n"
    "Separately, the central bank kept interest rates unchanged at four percent."
)
COPY = (
    "The minister met the opposition leader on Monday to discuss the budget.\n\n"
    "Both sides said the talks had been useful and would continue next week.\n\n"
    "Critics have long accused the minister of ignoring rural voters."
)


def test_added_and_omitted_follow_the_direction() -> None:
    result = newstrace.compare(
        Article(COPY, published="2020-01-02"), Article(SOURCE, published="2020-01-01")
    )
    [added] = result.analysis.added
    [omitted] = result.analysis.omitted
    assert added.side == "a" and added.text.startswith("Critics have long accused")
    assert omitted.side == "b" and omitted.text.startswith("Separately, the central bank")


def test_loaded_words_added_by_the_rewrite_are_flagged() -> None:
    copy = COPY.replace("The minister met", "The embattled minister met")
    words = [w.word for w in newstrace.compare(copy, SOURCE).analysis.wording]
    assert words == ["embattled"]


def test_users_can_extend_the_lexicon() -> None:
    copy = COPY.replace("opposition leader", "opposition firebrand leader")
    config = Config().with_lexicon(frozenset({"Firebrand"}))
    assert [w.word for w in newstrace.compare(copy, SOURCE, config=config).analysis.wording] == [
        "firebrand"
    ]
    assert newstrace.compare(copy, SOURCE).analysis.wording == ()


def test_a_word_of_any_partner_of_a_merged_sentence_is_not_added() -> None:
    a = Document(Article("The regime talks began, and the embattled minister left early."))
    b = Document(Article("The regime talks began on Monday. The embattled minister left early."))

    def link(j: int) -> Alignment:
        x, y = a.sentences[0], b.sentences[j]
        return Alignment("paraphrase", 0.6, x.span, y.span, x.text, y.text, (0,), (j,))

    words = loaded_words(a, b, [link(0), link(1)], frozenset({"embattled", "regime"}))
    assert words == []
    [word] = loaded_words(a, b, [link(1)], frozenset({"embattled", "regime"}))
    assert word.word == "regime"


def test_without_a_copy_call_the_more_contained_text_is_read_as_the_copy() -> None:
    aligned = [Alignment("verbatim", 1.0, Span(0, 10), Span(0, 10), "x" * 10, "x" * 10)]
    assert copy_side("shared_source", Coverage(a=0.3, b=0.9), aligned) == "b"
    assert copy_side("unrelated", Coverage(a=0.6, b=0.2), aligned) == "a"
    # A copy call decides, whatever the coverage.
    assert copy_side("b_from_a", Coverage(a=0.9, b=0.1), aligned) == "b"
    assert copy_side("a_from_b", Coverage(a=0.1, b=0.9), aligned) == "a"


def test_nothing_is_added_or_omitted_between_texts_with_nothing_aligned() -> None:
    other = (
        "The harbour festival opens on Saturday with a parade of tall ships.\n\n"
        "Organisers expect forty thousand visitors over the weekend."
    )
    result = newstrace.compare(other, SOURCE)
    assert not result.alignments
    assert result.analysis.added == () and result.analysis.omitted == ()
