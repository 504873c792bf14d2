"""The direction clues, each on short texts written for it (``analyse/clues.py``)."""

from __future__ import annotations

from dataclasses import replace

from newstrace.align import align
from newstrace.analyse.clues import (
    details,
    details_dropped,
    hedges,
    quote_words_added,
    quote_words_beyond,
    quotes_cut,
    quotes_from_speech,
)
from newstrace.analyse.quotes import check_quotes
from newstrace.config import DEFAULT_CONFIG
from newstrace.model import Alignment, Article, QuoteCheck, Span
from newstrace.pipeline import prepare


def test_details_are_names_initials_titles_and_figures_not_sentence_openers() -> None:
    found = details(
        "Shortly after Mr. Kerry spoke, Defense Secretary Ashton B. Carter called the U.S. "
        "envoy. Seven men were there, according to The New York Times."
    )
    assert {"kerry", "ashton", "b.", "carter", "secretary", "u.s.", "7"} <= found
    assert "shortly" not in found  # opens a sentence
    assert "mr" not in found  # house style, not information
    assert "york" not in found and "times" not in found  # a credit is not a detail


def _alignment(a_text: str, b_text: str) -> Alignment:
    return Alignment("paraphrase", 0.8, Span(0, len(a_text)), Span(0, len(b_text)), a_text, b_text)


def test_a_copy_drops_the_details_its_source_gives() -> None:
    source = "Defense Secretary Ashton B. Carter spoke for 50 minutes with Sergei K. Shoigu."
    copy = "Carter spoke with his counterpart."
    link = [_alignment(copy, source)]
    assert details_dropped(link, "a", copy, firm_score=0.55)[0] >= 5  # the copy lacks them
    assert details_dropped(link, "b", source, firm_score=0.55) == (0, 0)  # the source has all


def test_a_detail_moved_to_another_sentence_is_not_dropped() -> None:
    source = "Carter met Shoigu in Moscow."
    copy = "Carter met his counterpart. The meeting was in Moscow, with Shoigu."
    link = [_alignment(copy.split(". ")[0], source)]
    assert details_dropped(link, "a", copy, firm_score=0.55) == (0, 0)


def test_weak_links_say_nothing_about_details() -> None:
    weak = Alignment("paraphrase", 0.45, Span(0, 5), Span(0, 5), "Carter", "Ashton B. Carter")
    assert details_dropped([weak], "a", "Carter", firm_score=0.55) == (0, 0)


def test_a_detail_given_another_value_word_for_word_is_changed_not_dropped() -> None:
    source = "Gibbs said on the ABC News program on Saturday that the remarks were wrong."
    copy = "Gibbs said on the NBC News program on Friday that the remarks were wrong."
    link = [Alignment("near_verbatim", 0.9, Span(0, len(copy)), Span(0, len(source)), copy, source)]
    assert details_dropped(link, "a", copy, firm_score=0.55) == (0, 2)
    assert details_dropped(link, "b", source, firm_score=0.55) == (0, 2)
    # A paraphrase has no places to compare: what it lacks is dropped.
    loose = [replace(link[0], kind="paraphrase")]
    assert details_dropped(loose, "a", copy, firm_score=0.55) == (2, 0)


STATEMENT = (
    "I am proud of the nurses who kept the ward open through the winter. "
    "We will not close the maternity unit while I am on this board."
)
STORY = (
    'The hospital chair said she was "proud of the nurses who kept the ward open through '
    'the winter." She added: "We will not close the maternity unit."'
)


def test_quotations_standing_as_plain_speech_in_the_other_mark_a_primary_source() -> None:
    story, statement = prepare(Article(STORY)), prepare(Article(STATEMENT))
    assert quotes_from_speech(story, statement) == 2
    assert quotes_from_speech(statement, story) == 0  # the statement quotes nobody


def test_a_quotation_quoted_in_both_is_not_plain_speech() -> None:
    quoted = prepare(Article('The chair said: "We will not close the maternity unit."'))
    story = prepare(Article(STORY))
    assert quotes_from_speech(story, quoted) == 0


def test_a_short_quotation_is_a_phrase_anyone_may_use() -> None:
    story = prepare(Article('He called the talks "constructive and useful."'))
    plain = prepare(Article("The talks were constructive and useful, both sides agreed."))
    assert quotes_from_speech(story, plain) == 0  # four words


LETTER = (
    "Dear members, I write to tell you that the Millbrook clinic will close its doors at the "
    "end of March. We could not find the money to keep the night shift running. Every "
    "patient will be placed with another doctor before then."
)
# A story that prints the letter whole and quotes from it around it, and a text that
# lifted the letter: the story's quotations stand plain in the other, and in the story too.
PRINTED = (
    "The chair of the county health board, Ruth Adler, told members on Monday that the clinic "
    '"will close its doors at the end of March." The letter in full:\n\n'
    + LETTER
    + '\n\nAdler said patients would be "placed with another doctor before then."'
)
LIFTED = "Millbrook is losing its only clinic. The board wrote:\n\n" + LETTER


def test_a_quotation_of_a_letter_the_text_prints_whole_is_no_primary_source_sign() -> None:
    printed, lifted = prepare(Article(PRINTED)), prepare(Article(LIFTED))
    assert quotes_from_speech(printed, lifted) == 0
    # the same quotations from a story that does not print the letter still count
    quoting = prepare(Article(PRINTED.split("The letter in full")[0]))
    assert quotes_from_speech(quoting, lifted) == 1


def test_a_quotation_of_a_letter_the_text_prints_whole_is_not_cut_from_the_other() -> None:
    printed = prepare(Article(PRINTED))
    start = PRINTED.index("will close")
    cut = QuoteCheck(
        "will close its doors at the end of March.", None, (Span(start, start + 41),), "truncated"
    )
    assert quotes_cut([cut], printed) == 0
    assert quotes_cut([cut], prepare(Article(PRINTED.split("The letter in full")[0]))) == 1


def test_hedges_count_attribution_and_credits() -> None:
    copy = prepare(
        Article(
            "The senator reportedly left early, according to The New York Times. "
            "The report notes that he did not vote."
        )
    )
    plain = prepare(Article("The senator left early. He did not vote."))
    assert hedges(copy) >= 3
    assert hedges(plain) == 0


def test_an_outlets_own_interview_is_not_a_hedge() -> None:
    # "told Fox News" is how a Fox story states its own interview: original reporting, which
    # sources carry more of than their copies, not a pointer to another's story
    interview = prepare(
        Article(
            'The senator left early. "I had a flight," he told Fox News. In an interview '
            "with the Times, his aide agreed."
        )
    )
    credited = prepare(Article("The senator left early, Fox News reported."))
    assert hedges(interview) == 0
    assert hedges(credited) == 1


def test_a_hedge_inside_a_quotation_is_the_speakers_not_the_reporters() -> None:
    # "according to" and a credit spoken by the person quoted say where the speaker heard
    # something; a copy keeps or cuts them with the quotation, so they do not show that
    # this text points at another's story
    quoted = prepare(
        Article(
            'The governor took questions after the rally. "I only saw the reports, and now '
            'according to CBS News he has changed his mind," she said. She left at noon.'
        )
    )
    attributed = prepare(
        Article(
            "The governor took questions after the rally, according to CBS News. "
            '"I only saw the reports," she said. She left at noon.'
        )
    )
    assert hedges(quoted) == 0
    assert hedges(attributed) == 2


def test_a_four_word_name_with_contractions_is_no_plain_speech() -> None:
    # "don't ask, don't tell" is six tokens ("don", "t", ...) but four words: a policy's
    # name, not a statement the other prints as plain speech
    source = prepare(Article("The Pentagon may repeal the \"don't ask, don't tell\" policy."))
    copy = prepare(Article("The Pentagon may repeal the Don't Ask, Don't Tell policy."))
    assert quotes_from_speech(source, copy) == 0
    longer = prepare(Article("The Pentagon said \"we can't and won't repeal it\" on Friday."))
    plain = prepare(Article("The Pentagon said we can't and won't repeal it, on Friday."))
    assert quotes_from_speech(longer, plain) == 1  # five words as written


def test_an_outlets_own_scoop_is_not_a_hedge() -> None:
    # "Fox News has learned" states the outlet's own reporting; in the development set it
    # stands only in sources (rw-145, rw-150, rw-151, rw-386)
    scoop = prepare(Article("Every senator signed the letter, Fox News has learned."))
    confirmed = prepare(Article("The Times has confirmed that every senator signed it."))
    credited = prepare(Article("Every senator signed the letter, Fox News reported."))
    assert hedges(scoop) == 0
    assert hedges(confirmed) == 0
    assert hedges(credited) == 1


def test_an_outlets_bare_confirmed_is_its_own_scoop() -> None:
    # rw-402's source: "Fox News confirmed Steele sent ..." is its own reporting, not a
    # pointer to another's story; a closing "CNN confirmed." credits CNN's report
    scoop = prepare(
        Article("Fox News confirmed Steele sent an e-mail to committee members Saturday night.")
    )
    credited = prepare(Article("Steele sent an e-mail to committee members, CNN confirmed."))
    assert hedges(scoop) == 0
    assert hedges(credited) == 1


def test_a_quotation_longer_than_the_others_gives_words_beyond_it() -> None:
    # one text quotes the mayor's whole sentence, the other only its first half: the
    # longer one was not written from the shorter (a copy trims, it cannot extend)
    whole = prepare(
        Article(
            '"We will rebuild the bridge by spring, and we will pay for it without a new '
            'tax," Mayor Ruth Adler said on Monday.'
        )
    )
    part = prepare(Article('"We will rebuild the bridge by spring," Mayor Ruth Adler said.'))
    links = align(whole, part, config=DEFAULT_CONFIG.align)
    whole_checks = check_quotes(whole, part, links)
    part_checks = check_quotes(part, whole, [x.swapped() for x in links])
    assert [c.status for c in part_checks] == ["truncated"]
    assert quote_words_beyond(whole_checks, part_checks) == 10
    assert quote_words_beyond(part_checks, whole_checks) == 0


def _checks(first: str, second: str) -> tuple[list[QuoteCheck], list[QuoteCheck]]:
    """Each text's quotations checked against the other, as ``pipeline.weigh`` checks them."""
    one, other = prepare(Article(first)), prepare(Article(second))
    links = align(one, other, config=DEFAULT_CONFIG.align)
    return check_quotes(one, other, links), check_quotes(other, one, [x.swapped() for x in links])


def test_a_quotation_going_on_past_a_part_with_a_word_changed_adds_its_words() -> None:
    # the long text quotes the spokesman's second clause only, one word changed ("slash"
    # for "cut"); the short text gives the whole sentence: it has words of the statement
    # the long one lacks, which it could not have taken from it
    whole = (
        '"The president supports measures to strengthen the pension fund, but he does not '
        'support anything that would cut benefits for future retirees," Tom Reyes said.'
    )
    part = (
        'The president "does not support anything that would slash benefits for future '
        'retirees," Tom Reyes said on Friday.'
    )
    whole_checks, part_checks = _checks(whole, part)
    assert [c.status for c in part_checks] == ["altered"]
    assert quote_words_beyond(whole_checks, part_checks) == 0  # an altered part is not read
    assert quote_words_added(whole_checks, part_checks) == 11  # 12 words past it, "cut" for "slash"
    assert quote_words_added(part_checks, whole_checks) == 0


def test_a_word_put_for_another_adds_nothing() -> None:
    # the same quotation, each with a word the other lacks: neither goes on past the other
    first = '"I have been spat at, shoved and threatened before," the driver said.'
    second = '"I have been spat at, pushed and threatened before," the driver said.'
    first_checks, second_checks = _checks(first, second)
    assert quote_words_added(first_checks, second_checks) == 0
    assert quote_words_added(second_checks, first_checks) == 0


def test_only_the_other_texts_parts_found_here_and_long_enough_are_read() -> None:
    # one quotation of this text (characters 0-80) beside four of the other's: a part of
    # four words inside it, a part of three words inside it (too short to read), a part
    # found nowhere here (no ``b_span``), and a part standing past its end
    holder = QuoteCheck(
        "we will cut the fund and close two schools next year", None, (Span(0, 80),), "unmatched"
    )
    part = QuoteCheck("we will cut the", None, (Span(0, 15),), "truncated", Span(5, 20))
    short = QuoteCheck("close two schools", None, (Span(0, 17),), "altered", Span(40, 57))
    unfound = QuoteCheck("the fund and close", None, (Span(0, 18),), "truncated")
    outside = QuoteCheck("two schools next year", None, (Span(0, 21),), "altered", Span(70, 91))
    assert quote_words_added([holder], [part]) == 7  # 11 words, 4 of them the part's
    assert quote_words_added([holder], [part, short, unfound, outside]) == 7
    assert quote_words_added([holder], [short, unfound, outside]) == 0  # no part: not read
