"""A story written from a statement: its quotations are the statement's own words, and the
statement quotes nobody, or speaks in its own voice (``analyse.statement_story``); the rule
calls the copy whatever the model says about the lengths, and holds for neither two reports
quoting one statement nor a story against a report in the third person that quotes others."""

from __future__ import annotations

from dataclasses import replace

import pytest

import newstrace
from newstrace.analyse.direction import decided_again
from newstrace.analyse.direction_model import DirectionModel
from newstrace.analyse.statement_story import (
    MIN_TOLD,
    MIN_VOICE,
    STATEMENT_COPY,
    first_person,
    story_of_statement,
)
from newstrace.model import Coverage, Evidence, SideEvidence, Verdict

STATEMENT = """I learned on Monday that the Department of Health will close the Harlow Street clinic at the end of June.

Nobody from the department told my office, or the families who rely on the clinic, before the decision was made. I am angry, and I think every family in the 14th District has a right to be.

The clinic served more than 4,000 patients last year, most of them children. For many of them it is the only doctor they have ever seen.

This morning I wrote to Commissioner Dana Reyes to ask her to delay the closure until the legislature can review it. I will also hold a public meeting at Lincoln Middle School on Thursday evening.

Closing the only clinic within twenty miles is not a budget decision. It is a decision about who gets care."""

STORY = """State Sen. Maria Alvarez is demanding that the Department of Health delay closing the Harlow Street clinic, according to a statement released by her office on Tuesday.

"I am angry, and I think every family in the 14th District has a right to be," she said.

The clinic, which is due to close at the end of June, served more than 4,000 patients last year, most of them children.

Alvarez said she had written to Commissioner Dana Reyes asking her to put off the closure until lawmakers can review it, and that she would hold a public meeting at Lincoln Middle School on Thursday.

"Closing the only clinic within twenty miles is not a budget decision. It is a decision about who gets care," Alvarez said.

The department did not respond to a request for comment."""

# The statement's two sentences joined in one quotation (fresh28's pr-164): no quotation
# stands in the statement whole, yet both are its words.
JOINED = STORY.replace(
    '"I am angry, and I think every family in the 14th District has a right to be," she said.',
    '"Nobody from the department told my office. I am angry, and I think every family in '
    'the 14th District has a right to be," she said.',
)

# The story with short sentences of its own added, as a story adds context (fresh35's
# pr-218): fewer than half its own sentences are the statement's, firmly or at all, but
# most of its text outside quotations is told from it.
WITH_CONTEXT = STORY.replace(
    "The department did not respond to a request for comment.",
    "The department did not respond to a request for comment. Reyes could not be reached."
    "\n\nThe clinic opened in 1998. A nonprofit runs it.",
)

# The story with a paragraph of background of its own (fresh52's pr-320): under half its
# text outside quotations is the statement's, over half of all of it, its quotations being
# the statement's plain words.
WITH_BACKGROUND = STORY.replace(
    "The department did not respond to a request for comment.",
    "Clinics in the district have been under strain since the state cut rural health funding "
    "two years ago.\n\nThe department has closed three other clinics in the region since "
    "January.\n\nAlvarez, a Democrat, has represented the district since 2016 and sits on the "
    "health committee.\n\nThe department did not respond to a request for comment.",
)

# A second report of the statement that quotes it too: the statement is in neither as
# plain words.
OTHER_REPORT = """Sen. Maria Alvarez said Tuesday she was "angry" that the Department of Health plans to shut the Harlow Street clinic in June without consulting her office.

"I am angry, and I think every family in the 14th District has a right to be," Alvarez said in a statement.

The clinic saw more than 4,000 patients last year. Alvarez has asked Commissioner Dana Reyes to hold off until the legislature reviews the plan.

"Closing the only clinic within twenty miles is not a budget decision. It is a decision about who gets care," she said.

A public meeting is planned at Lincoln Middle School on Thursday."""


def _directed_never_a_copy() -> DirectionModel:
    """A model that calls no pair a copy, and reads the text whose quotations stand in
    the other as plain speech as the copy, if there were one."""
    return DirectionModel.from_dict(
        {
            "copy": {"intercept": -10.0, "weights": {}},
            "direction": {"weights": {"speech": 10.0, "quotes_cut": 10.0}},
            "priors": {"date": {"log_ratio": 0.0}, "credit": {"log_ratio": 0.0}},
        }
    )


def _decided(a: str, b: str) -> Verdict:
    return decided_again(newstrace.compare(a, b), _directed_never_a_copy())


@pytest.mark.parametrize("story", [STORY, JOINED, WITH_CONTEXT, WITH_BACKGROUND])
def test_a_story_quoting_a_statements_own_words_is_its_copy_whatever_the_model(
    story: str,
) -> None:
    verdict = _decided(story, STATEMENT)
    assert verdict.relation == "a_from_b"
    assert verdict.confidence >= 0.85
    assert any("B reads as the statement itself" in r for r in verdict.reasons)
    swapped = _decided(STATEMENT, story)
    assert swapped.relation == "b_from_a"
    assert any("A reads as the statement itself" in r for r in swapped.reasons)


def test_the_story_with_background_is_told_from_the_statement_only_with_its_quotations() -> None:
    comparison = newstrace.compare(WITH_BACKGROUND, STATEMENT)
    assert comparison.evidence.a.outside_quotes < MIN_TOLD <= comparison.coverage.a
    assert decided_again(comparison, _directed_never_a_copy()).relation == "a_from_b"


def test_two_reports_quoting_one_statement_are_not_a_story_and_its_statement() -> None:
    verdict = _decided(STORY, OTHER_REPORT)
    assert verdict.relation == "shared_source"
    assert not any("statement itself" in r for r in verdict.reasons)


# The story quoting one of the statement's sentences, retelling the other.
ONE_QUOTATION = STORY.replace('"Closing the only', "Closing the only").replace(
    'who gets care," Alvarez said.', "who gets care, Alvarez said."
)

# The statement told in the third person but for the sentence the story quotes: a text that
# quotes nobody, not a statement in its own voice (rw-380's source, a news report).
THIRD_PERSON = (
    STATEMENT.replace("I learned", "Sen. Maria Alvarez learned")
    .replace("told my office", "told her office")
    .replace("This morning I wrote", "This morning she wrote")
    .replace("I will also hold", "She will also hold")
)


MOTHER = '\n\nAs one mother put it, "we have nowhere else to take our kids."'


def test_a_text_quoting_others_in_the_third_person_is_not_enough() -> None:
    # A report that quotes someone else, told in the third person: its plain words the
    # story quotes may be a report's, not a statement's.
    quoting = newstrace.compare(STORY, THIRD_PERSON + MOTHER)
    assert quoting.evidence.a.quotes_from_speech >= 2
    assert quoting.evidence.b.quotations == 1
    assert quoting.evidence.b.first_person < MIN_VOICE
    assert decided_again(quoting, _directed_never_a_copy()).relation == "shared_source"


def test_a_statement_in_its_own_voice_may_quote_others() -> None:
    # A senator's statement in the first person that quotes a mother once: the story's
    # two quotations stand in it whole as plain speech, so it is the statement still
    # (fresh43's pr-270, a club's release quoting its chief executive).
    quoting = newstrace.compare(STORY, STATEMENT + MOTHER)
    assert quoting.evidence.b.quotations == 1
    verdict = decided_again(quoting, _directed_never_a_copy())
    assert verdict.relation == "a_from_b"
    assert any("though it quotes others" in r for r in verdict.reasons)
    swapped = decided_again(newstrace.compare(STATEMENT + MOTHER, STORY), _directed_never_a_copy())
    assert swapped.relation == "b_from_a"


def test_one_quotation_is_enough_when_the_statement_speaks_in_its_own_voice() -> None:
    comparison = newstrace.compare(ONE_QUOTATION, STATEMENT)
    assert comparison.evidence.a.quotations == 1
    assert comparison.evidence.b.first_person >= MIN_VOICE
    assert comparison.evidence.a.first_person == 0
    verdict = decided_again(comparison, _directed_never_a_copy())
    assert verdict.relation == "a_from_b"
    assert any("speaks in the first person" in r for r in verdict.reasons)
    # The same text in the third person, but for the sentence quoted: one is not enough.
    third = newstrace.compare(ONE_QUOTATION, THIRD_PERSON)
    assert third.evidence.b.first_person < MIN_VOICE
    assert decided_again(third, _directed_never_a_copy()).relation == "shared_source"


def test_first_person_counts_the_texts_own_voice_outside_quotations() -> None:
    text = 'We thank our fans. The US team said "we will win" and told us so. I agree.'
    quoted = [(text.index('"we'), text.index('" and') + 1)]
    # "We", "our", "us", "I": not the quoted "we", nor "US" (the country).
    assert first_person(text, quoted) == 4
    assert first_person("Rovers said the stand will stay shut.", []) == 0


def _side(quotations: int, found: int, told: int, voice: int = 0, speech: int = 0) -> SideEvidence:
    return SideEvidence(
        sentences=10,
        sentences_traced=told,
        own_sentences=8,
        own_sentences_traced=told,
        outside_quotes=0.5,
        lexical_outside_quotes=0.3,
        longest_passage_outside_quotes=12,
        order=1.0,
        credits_other=False,
        quotations=quotations,
        quotations_new=quotations - found,
        quotes_from_speech=speech,
        first_person=voice,
    )


def _story(evidence: Evidence, p_a_copy: float, a: float = 0.7, b: float = 0.7) -> str | None:
    """``story_of_statement`` with ``a`` and ``b`` of each text traced to the other."""
    return story_of_statement(evidence, Coverage(a=a, b=b), p_a_copy)


def test_the_rule_needs_quotations_found_a_story_told_from_the_statement_and_a_direction() -> None:
    statement = _side(0, 0, 4)
    story = Evidence(a=_side(3, 2, 5), b=statement)
    assert _story(story, 0.97) == "A"
    assert _story(Evidence(a=statement, b=story.a), 0.03) == "B"
    # The texts read the other way: the rule does not overrule them.
    assert _story(story, 0.6) is None
    # One quotation found, or the story mostly not told from the statement, however many
    # of its own sentences are firmly traced.
    assert _story(Evidence(a=_side(3, 1, 5), b=statement), 0.97) is None
    assert _story(story, 0.97, a=0.3) is None
    assert _story(Evidence(a=statement, b=story.a), 0.03, b=0.3) is None
    # Most of it told from the statement, though loosely and among sentences of its own:
    # few of its own sentences firmly traced (fresh35's pr-218, 3 of 8).
    assert _story(Evidence(a=_side(3, 2, 3), b=statement), 0.97, a=0.62) == "A"
    # The other text quotes someone at length itself: a report, not the statement.
    assert _story(Evidence(a=story.a, b=_side(1, 0, 4)), 0.97) is None
    assert STATEMENT_COPY >= 0.5


def test_the_story_is_told_from_the_statement_quotations_and_all() -> None:
    # fresh52's pr-320: 49% of the story's text outside quotations traced, 58% of all of
    # it -- its three quotations are the statement's plain words.
    statement = _side(0, 0, 5, voice=29)
    story = replace(_side(3, 3, 4), outside_quotes=0.49)
    assert _story(Evidence(a=story, b=statement), 0.99, a=0.58, b=0.5) == "A"
    assert _story(Evidence(a=statement, b=story), 0.01, a=0.5, b=0.58) == "B"


def test_a_statement_quoting_others_needs_its_own_voice_and_quotations_as_plain_speech() -> None:
    # fresh43's pr-270: the club says "we" 10 times and quotes its chief executive once;
    # two of the story's four quotations stand in it whole as plain speech.
    story = _side(4, 4, 7, speech=2)
    club = _side(1, 0, 9, voice=10)
    assert _story(Evidence(a=story, b=club), 0.99) == "A"
    assert _story(Evidence(a=club, b=story), 0.01) == "B"
    # No voice of its own: a report quoting someone (a BASIL report, 74% traced).
    assert _story(Evidence(a=story, b=_side(1, 0, 9)), 0.99) is None
    # The story gives the other's quotations whole: two reports quoting the same people (a
    # BASIL pair, the other saying "we" twice).
    assert _story(Evidence(a=story, b=_side(5, 2, 9, voice=10)), 0.99) is None
    # One quotation as plain speech is no pattern when the other quotes too.
    assert _story(Evidence(a=_side(4, 4, 7, speech=1), b=club), 0.99) is None
    # A story in the first person as much is no third-person retelling.
    assert _story(Evidence(a=_side(4, 4, 7, voice=5, speech=2), b=club), 0.99) is None


def test_one_quotation_found_needs_a_statement_in_its_own_voice() -> None:
    # fresh38's pr-240: the club's statement says "we" and "our" 8 times, the story never.
    story = _side(1, 1, 8)
    assert _story(Evidence(a=story, b=_side(0, 0, 9, voice=8)), 0.99, a=0.79) == "A"
    assert _story(Evidence(a=_side(0, 0, 9, voice=8), b=story), 0.01, b=0.79) == "B"
    # A text that quotes nobody but speaks of itself no more than a slip (rw-380's source).
    assert _story(Evidence(a=story, b=_side(0, 0, 9, voice=2)), 0.99, a=0.79) is None
    # A story that speaks in the first person as much is no third-person retelling.
    voiced = _side(1, 1, 8, voice=2)
    assert _story(Evidence(a=voiced, b=_side(0, 0, 9, voice=8)), 0.99, a=0.79) is None
