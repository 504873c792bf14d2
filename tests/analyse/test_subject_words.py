"""Words the copy puts in its clause subject's mouth with no verb of speech
(``analyse/subject_words.py``), checked against B's speaker on short texts written for it."""

from __future__ import annotations

import pytest

from newstrace.analyse.quotes import check_quotes
from newstrace.model import Article, QuoteCheck
from newstrace.pipeline import prepare

SOURCE = (
    "Gov. Asa Hutchinson signed the bill on Monday.\n\n"
    "“It threatens to undermine the spirit of inclusion,” said Doug McMillon, "
    "the chief executive of Walmart."
)


def _checks(copy: str, source: str = SOURCE) -> list[QuoteCheck]:
    return check_quotes(prepare(Article(copy)), prepare(Article(source)), [])


@pytest.mark.parametrize(
    "clause",
    [
        "Asa Hutchinson agreed it",  # the sentence's subject
        "Walmart pushed too, and Asa Hutchinson agreed it",  # a joined clause's
        "The company thanked Asa Hutchinson, who knows it",  # a relative clause's
        # the quote in apposition after the clause's comma (fresh54's rw-689)
        "Asa Hutchinson, too, sees the bill,",
    ],
)
def test_the_subject_s_words_given_by_b_to_another_are_misattributed(clause: str) -> None:
    [check] = _checks(f"{clause} “threatens to undermine the spirit of inclusion.”")
    assert (check.status, check.speaker, check.b_speaker) == (
        "misattributed",
        "Asa Hutchinson",
        "Doug McMillon",
    )


@pytest.mark.parametrize(
    "clause",
    [
        "Asa Hutchinson rejected the claim that it",  # another's words, rejected
        "Asa Hutchinson was accused of a bill that",  # a passive: the accusers' words
        "Asa Hutchinson agreed with Walmart that it",  # someone else named before them
        "Asa Hutchinson thinks it",  # three words, no statement
    ],
)
def test_no_misattribution_when_the_words_may_be_another_s(clause: str) -> None:
    words = "“threatens to undermine.”" if clause.endswith("thinks it") else None
    quote = words or "“threatens to undermine the spirit of inclusion.”"
    [check] = _checks(f"{clause} {quote}")
    assert check.status != "misattributed"


def test_no_misattribution_when_an_attribution_follows() -> None:
    # "..." in the sentence, then a verb of speech after it: an attribution not read
    [check] = _checks(
        "Asa Hutchinson agreed it “threatens to undermine the spirit of inclusion,” Walmart said."
    )
    assert check.status != "misattributed"


# fresh56's rw-722: Schumer's words given to Pelosi by a participle after her clause's comma
_SCHUMER = (
    "Speaker Nancy Pelosi rejected it even before Mr. Trump spoke, and "
    "Senator Chuck Schumer, the Democratic leader, denounced the offer as "
    "“not a compromise but more hostage taking.”"
)
_HOSTAGE = "“not a compromise but more hostage taking.”"


@pytest.mark.parametrize(
    ("clause", "claimed"),
    [
        # another's name only in a clause of its own ("before Mr. Trump spoke")
        (
            "Speaker Nancy Pelosi rejected it even before Mr. Trump spoke, denouncing the offer as",
            True,
        ),
        ("Speaker Nancy Pelosi rejected it at once, branding the offer as", True),
        # Trump is named in her clause itself: whose the participle is, a reader may doubt
        ("Speaker Nancy Pelosi met Mr. Trump at noon, denouncing the offer as", False),
        # no "as": the participle may take another's words ("denouncing "...""")
        ("Speaker Nancy Pelosi rejected it, denouncing", False),
    ],
)
def test_a_participle_of_speech_after_the_clause_gives_the_subject_the_words(
    clause: str, claimed: bool
) -> None:
    [check] = _checks(f"The proposal appeared dead on arrival. {clause} {_HOSTAGE}", _SCHUMER)
    read = (check.status, check.speaker, check.b_speaker)
    assert (read == ("misattributed", "Nancy Pelosi", "Chuck Schumer")) is claimed
