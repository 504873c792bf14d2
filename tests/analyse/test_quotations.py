"""Where a text's quotations are, how they are grouped, and which words they hold."""

from __future__ import annotations

from newstrace.analyse.prose import crosses_sentence, sentence_rest, sentence_start
from newstrace.analyse.quotations import extract_quotes, quote_ranges, words_of
from newstrace.model import Article
from newstrace.pipeline import prepare


def _quotes(text: str) -> list[str]:
    doc = prepare(Article(text))
    t = doc.normalised.text
    return [" | ".join(t[a:b] for a, b in q.pieces) for q in extract_quotes(doc)]


def test_a_quote_left_open_is_closed_by_the_next_paragraphs_first_mark() -> None:
    text = '"A call would have done the job.\n\nHe has nothing to hide."\n\nThe case goes on.'
    ranges = quote_ranges(text)
    assert [text[a:b] for a, b in ranges] == [
        "A call would have done the job.",
        "He has nothing to hide.",
    ]


def test_a_quote_reopened_in_the_next_paragraph_is_paired_as_usual() -> None:
    text = '"First part.\n\n"Second part," she said.'
    assert [text[a:b] for a, b in quote_ranges(text)] == ["First part.", "Second part,"]


def test_an_excerpts_opening_mark_before_a_quotations_is_passed_over() -> None:
    text = 'An excerpt:\n\n""We won," he said. "We will win again."\n\nThat was all."'
    assert [text[a:b] for a, b in quote_ranges(text)][:2] == ["We won,", "We will win again."]


def test_pieces_around_a_bare_attribution_are_one_quote() -> None:
    assert _quotes('"We will rebuild," Mayor Ana Ruiz said, "and we will pay for it."') == [
        "We will rebuild, | and we will pay for it."
    ]


def test_a_new_sentence_after_the_attribution_is_a_new_quote() -> None:
    assert _quotes('"We will rebuild," Mayor Ana Ruiz said. "And we will pay for it."') == [
        "We will rebuild,",
        "And we will pay for it.",
    ]


def test_an_attribution_that_goes_on_to_another_clause_is_no_joint() -> None:
    text = '"It was not good," she said, calling the tax plan "a bridge too far."'
    assert _quotes(text) == ["It was not good,", "a bridge too far."]


def test_a_writers_insertion_in_brackets_is_not_the_speakers_words() -> None:
    text = "end [President Barack] Obama's war and [W]e will"
    assert [w for w, _, _ in words_of(text)] == ["end", "obama", "s", "war", "and", "we", "will"]


def test_an_ellipsis_and_a_quote_inside_the_quote_cut_units() -> None:
    doc = prepare(
        Article(
            "\"We must win... We will. I am in the group that says 'what's in it?' now,\" he said."
        )
    )
    [quote] = extract_quotes(doc)
    assert quote.units == (3, 9, 4, 1)  # "what's in it" is a unit of its own


def test_a_title_or_an_initial_ends_no_sentence() -> None:
    text = 'Earlier. Rep. Elijah E. Cummings said: "No."'
    assert text[sentence_start(text, text.index("No")) :].startswith("Rep. Elijah")


def test_a_question_in_quotes_does_not_end_the_sentence_before_its_attribution() -> None:
    text = '"Why now?" he asked. Then he left.'
    assert sentence_rest(text, text.index("?") + 1) == " he asked. "
    assert sentence_rest('"It is over." He left.', len('"It is over.')) == ""
    assert sentence_rest('"Why now?"\nJones said the plan was late.', len('"Why now?')) == ""


def test_a_full_stop_before_a_lower_case_word_ends_no_sentence() -> None:
    text = "Sen. Ana Ruiz (D-Calif.) called the plan a waste."
    assert sentence_start(text, text.index("called")) == 0


def test_a_span_from_one_sentence_into_the_next_crosses_it() -> None:
    text = "Ann Hale is the policy director. Yet Hale said more. Sen. Bo Li agreed."
    assert crosses_sentence(text, text.index("policy"), text.index("said"))
    assert not crosses_sentence(text, text.index("Yet"), text.index("said"))
    assert not crosses_sentence(text, text.index("Sen."), text.index("agreed"))  # "Sen."
    dated = "The vote of Dec. 21 was put off."
    assert not crosses_sentence(dated, dated.index("Dec."), dated.index(" was"))


def test_a_quote_closing_a_quote_inside_it_after_a_full_stop_ends_its_sentence() -> None:
    # "...It is 'putintrump.'" Trump Jr. answered, "...": the full stop before the inner
    # quote's mark ends the sentence; the name after it attributes the next quote
    text = '"We have guessed it. It is \'putintrump.\'" Tom Pike answered, "I will ask."'
    end = text.index("'\"") + 1
    assert sentence_rest(text, end) == ""


def test_two_quotes_in_two_sentences_are_not_one_quote_split_by_an_attribution() -> None:
    # '"...," she told KBFX. As Pike put it, "...": the words between the pieces
    # run over a sentence's end, so they are no bare attribution, and the second quote is
    # Pike's, not the first's speaker's
    text = (
        "Ana Ruiz spoke to Tom Pike on Monday. “You will have to go through the process,” she "
        "told KBFX. As Pike put it, “There won't be amnesty in it.”"
    )
    quotes = extract_quotes(prepare(Article(text)))
    assert [len(q.pieces) for q in quotes] == [1, 1]
    assert quotes[1].speaker is not None and quotes[1].speaker.key == "pike"
