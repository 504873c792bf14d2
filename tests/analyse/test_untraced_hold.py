"""A ``shared_source`` call on a short text too little of whose own words is traced to ask
the copy model is no surer than ``1 - UNTRACED_DOUBT`` (``analyse/condensed.py``)."""

from __future__ import annotations

import pytest

import newstrace
from newstrace.analyse.condensed import (
    CONDENSED_LENGTH,
    CONDENSED_TRACED,
    MAX_OWN_QUOTATIONS,
    UNTRACED_DOUBT,
    untraced_shape,
)
from newstrace.analyse.direction import decide
from newstrace.analyse.direction_model import asks_copy_model, copy_features
from newstrace.config import DEFAULT_CONFIG
from newstrace.model import Alignment, ArticleInfo, Coverage, Evidence, Span
from tests.analyse.sides import side_evidence
from tests.analyse.test_related import NEVER_A_COPY

# fresh55's rw-708: a heavy rewrite of a third of a Fox report, reordered, every sentence
# but its opening quotation retold in words of its own (its retold sentences score 0.49 to
# 0.54 with theirs, under the paraphrase threshold, and no firm link stands beside them).
SOURCE = (
    "The communications director for a Republican member of Congress had to apologize "
    "Saturday for a Facebook post critical of the first daughters during President Barack"
    " Obama's Thanksgiving address earlier this week.\n\n"
    "Elizabeth Lauten wrote in a now-deleted Facebook post Friday that Malia and Sasha "
    'Obama, aged 16 and 13 respectively, should "try showing a little class" and '
    'described their outfits as more appropriate for "a spot at the bar."\n\n'
    '"Rise to the occasion. Dress like you deserve respect ... And certainly don’t make '
    'faces during televised, public events." added Lauten, who works for Rep. Stephen '
    "Fincher, R-Tenn. The communications pro also took a shot at President Obama and the "
    'first lady, writing "your mother and father don’t respect their positions very much,'
    " or the nation for that matter, so I’m guessing you’re coming up a little short in "
    "the 'good role model' department.”\n\n"
    "The girls accompanied their daughter to Wednesday's ceremony, in which he pardoned "
    "two turkeys named Mac and Cheese. The tradition of Thanksgiving turkeys being "
    "presented to the president dates back to 1947, with the turkey pardon being "
    "permanently instituted in 1989.\n\n"
    'Lauten later apologized for her original post, writing "I quickly judged the two '
    "young ladies in a way that I would never have wanted to be judged myself as a "
    "teenager. After many hours of prayer, talking to my parents, and re-reading my words"
    " online I can see more clearly just how hurtful my words were. ... I pledge to learn"
    ' and grow (and I assure you I have) from this experience."\n\n'
    "The Washington Post reported that Lauten had confirmed that she had made both "
    "Facebook postings attributed to her. Neither the White House nor Fincher made any "
    "public comment about the issue Saturday."
)

REWRITE = (
    '"I quickly judged the two young ladies in a way that I would never have wanted to be'
    ' judged myself as a teenager," Elizabeth Lauten wrote in her mea culpa.\n\n'
    "Lauten, press secretary to a House Republican, apologized Sunday for a Facebook rant"
    " about the president's daughters. The since-erased post said Malia, 17, and Sasha, "
    '13, were dressed for "a spot at the bar." Her boss, Tennessee Rep. Stephen Fincher, '
    'lectured: "Dress like you deserve respect." She also sneered at their parents.\n\n'
    "Fincher and the White House stayed quiet. Sometimes the delete button comes too "
    "late."
)

UNTRACED = "too little of its own words is traced"
# One loosely similar sentence of the two: the pair has an alignment, which the copy model
# needs to be asked at all.
LOOSE = Alignment(
    "paraphrase",
    0.5,
    Span(0, 41),
    Span(0, 80),
    "Fincher and the White House stayed quiet.",
    "Neither the White House nor Fincher made any public comment about the issue Saturday.",
)


@pytest.mark.parametrize("rewrite_first", [True, False])
def test_a_rewrite_traced_only_by_its_quotation_is_shared_source_no_surer_than_the_bound(
    rewrite_first: bool,
) -> None:
    a, b = (REWRITE, SOURCE) if rewrite_first else (SOURCE, REWRITE)
    result = newstrace.compare(a, b)
    features = copy_features(result.coverage, result.evidence)
    assert not asks_copy_model(features, DEFAULT_CONFIG.verdict.min_copy_traced)
    verdict = result.verdict
    assert verdict.relation == "shared_source"  # no copy called: a sibling reads so too
    assert verdict.confidence == pytest.approx(1 - UNTRACED_DOUBT)  # 1.00 before
    assert any(UNTRACED in reason for reason in verdict.reasons)
    assert untraced_shape(result.coverage, result.evidence) == ("A" if rewrite_first else "B")


def test_the_untraced_shape_is_the_condensed_length_with_one_own_quotation_at_most() -> None:
    long = side_evidence(words=300)
    coverage = Coverage(a=0.27, b=0.1)
    for words, own, shaped in (
        (96, 0, True),
        (int(CONDENSED_LENGTH * 300), MAX_OWN_QUOTATIONS, True),
        (96, MAX_OWN_QUOTATIONS + 1, False),  # speakers of its own: a report of its own
        (int(CONDENSED_LENGTH * 300) + 5, 0, False),
    ):
        short = side_evidence(words=words, quotations_new=own)
        assert (untraced_shape(coverage, Evidence(a=short, b=long)) == "A") is shaped, words
        swapped = untraced_shape(Coverage(a=0.1, b=0.27), Evidence(a=long, b=short))
        assert (swapped == "B") is shaped, words
    # traced as much as the condensed hold asks, the condensed hold reads it
    traced = Coverage(a=CONDENSED_TRACED, b=0.1)
    short = side_evidence(words=96)
    assert untraced_shape(traced, Evidence(a=short, b=long)) is None


def _decided(short_outside: float) -> tuple[str, float, tuple[str, ...]]:
    """A short text beside a long one, half of the long one traced (``related``): the
    relation, confidence and reasons of ``decide`` with a model that never sees a copy."""
    info = ArticleInfo(id=None, title=None, outlet=None, published=None, length=600)
    short = side_evidence(words=96, outside_quotes=short_outside, quotations_new=0)
    long = side_evidence(words=288, outside_quotes=0.1)
    verdict = decide(
        info,
        info,
        Coverage(a=0.27, b=0.5),
        Evidence(a=short, b=long),
        [LOOSE],
        config=DEFAULT_CONFIG.verdict,
        model=NEVER_A_COPY,
    )
    return verdict.relation, verdict.confidence, verdict.reasons


def test_only_a_pair_the_copy_model_is_not_asked_about_is_held() -> None:
    relation, confidence, reasons = _decided(0.0)
    assert relation == "shared_source"
    assert confidence == pytest.approx(1 - UNTRACED_DOUBT)
    assert any(UNTRACED in reason for reason in reasons)
    # With 15% of its own words traced the model is asked, and what it says stands.
    relation, confidence, reasons = _decided(DEFAULT_CONFIG.verdict.min_copy_traced)
    assert relation == "shared_source"
    assert confidence > 0.99
    assert not any(UNTRACED in reason for reason in reasons)
