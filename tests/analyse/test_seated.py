"""People named with a state whom the other text never names: a copy can only lose its
source's people, so a text naming one is no copy of the other (``analyse.seated``)."""

from __future__ import annotations

import sys
from pathlib import Path

import newstrace
from newstrace.analyse.direction import decided_again
from newstrace.analyse.direction_model import LONG_PASSAGE_WORDS, DirectionModel
from newstrace.analyse.people import People
from newstrace.analyse.seated import SEATED_COPY, unnamed_seated

EVAL = Path(__file__).resolve().parents[2] / "eval"
sys.path.insert(0, str(EVAL))

from devset import copy_text, read_records  # noqa: E402

SOURCE = (
    "Senate Democrats on Thursday vowed to filibuster the nomination of Judge Neil M. "
    "Gorsuch, signaling a partisan showdown over the future of the chamber's rules.\n\n"
    "Judge Gorsuch must earn the support of at least eight Democrats to break a filibuster, "
    "a threshold he is not on track to meet, according to interviews with senators.\n\n"
    "Senator Bob Casey of Pennsylvania said he would reject Judge Gorsuch and join the "
    "filibuster. Others in the group were less eager to declare their intentions."
)
# A condensed retelling of SOURCE that adds a senator SOURCE never names.
CONDENSED = (
    "Democrats in the Senate said on Thursday they would filibuster Judge Neil M. Gorsuch, "
    "setting up a partisan fight over the chamber's rules.\n\n"
    "He needs at least eight Democrats to break a filibuster and is not close so far, "
    "senators said in interviews.\n\n"
    "Senator Bob Casey of Pennsylvania will vote no and join the filibuster. Others, "
    "including Senator Claire McCaskill of Missouri, would not say how they will vote."
)


def _a_is_the_copy(*, by_paraphrase: bool = True) -> DirectionModel:
    """A model sure that every pair it is asked about is a copy, A the copy; its paraphrase
    part (a shade less sure than the copy part, so that it decides) weighs pairs that share
    no long passage, unless ``by_paraphrase`` is False."""
    paraphrase = {"paraphrase": {"intercept": 8.0, "weights": {}}} if by_paraphrase else {}
    return DirectionModel.from_dict(
        {
            "copy": {"intercept": 10.0, "weights": {}},
            "direction": {"intercept": 10.0, "weights": {}},
            "priors": {"date": {"log_ratio": 0.0}, "credit": {"log_ratio": 0.0}},
            **paraphrase,
        }
    )


def test_people_named_with_a_state_that_the_other_never_names() -> None:
    text = (
        "Rep. Jay Inslee, D-Wash., asked first. Sen. Marco Rubio (R-Fla.) praised him. "
        "Missouri Sen. Roy Blunt said nothing. Senator Thomas R. Carper, Democrat of "
        "Delaware, spoke last. Speaker John Boehner left."
    )
    assert unnamed_seated(People(text), "No one is named here.") == (
        "Jay Inslee",
        "Marco Rubio",
        "Roy Blunt",
        "Thomas R. Carper",
    )


def test_a_person_the_other_names_in_any_spelling_is_not_unnamed() -> None:
    text = "Others, including Senator Claire McCaskill of Missouri, would not say."
    people = People(text)
    assert unnamed_seated(people, "Ms. McCaskill would not say.") == ()  # the surname
    assert unnamed_seated(people, "Senator McCaskell would not say.") == ()  # respelt
    assert unnamed_seated(people, "Claire would not say.") == ()  # the given name
    assert unnamed_seated(people, "Senator Bob Casey would not say.") == ("Claire McCaskill",)


def test_a_person_without_a_state_or_with_a_country_is_not_counted() -> None:
    text = "Speaker John Boehner promised a vote. Ambassador Chris Stevens of Libya died."
    assert unnamed_seated(People(text), "The House will vote.") == ()


def test_a_copy_naming_a_senator_its_source_never_names_is_no_copy() -> None:
    result = newstrace.compare(CONDENSED, SOURCE)
    assert result.evidence.a.seated_unnamed == ("Claire McCaskill",)
    assert result.evidence.b.seated_unnamed == ()
    verdict = decided_again(result, _a_is_the_copy())
    assert verdict.relation == "shared_source"
    assert verdict.confidence == round(1 - SEATED_COPY, 4)
    assert verdict.reasons[0].startswith(
        "A names Claire McCaskill with a state, whom B never names: a copy can only lose"
    )


def test_a_copy_the_paraphrase_model_does_not_decide_keeps_its_call() -> None:
    # Read on shared wording, not paraphrase, the copy may add people from a second source
    # of its own (a copy mixed with other material: accuracy.py's plant-mixed-12).
    result = newstrace.compare(CONDENSED, SOURCE)
    assert result.evidence.a.seated_unnamed == ("Claire McCaskill",)
    assert decided_again(result, _a_is_the_copy(by_paraphrase=False)).relation == "a_from_b"


def test_the_same_copy_without_the_senator_is_a_copy() -> None:
    dropped = CONDENSED.replace(", including Senator Claire McCaskill of Missouri,", "")
    result = newstrace.compare(dropped, SOURCE)
    assert result.evidence.a.seated_unnamed == ()
    assert decided_again(result, _a_is_the_copy()).relation == "a_from_b"


def test_the_source_naming_a_senator_the_copy_lacks_is_still_copied() -> None:
    # B (read as the source) names McCaskill; a copy may drop her.
    result = newstrace.compare(SOURCE, CONDENSED)
    assert result.evidence.b.seated_unnamed == ("Claire McCaskill",)
    assert decided_again(result, _a_is_the_copy()).relation == "a_from_b"


def test_fresh57s_condensed_sibling_naming_mccaskill_is_no_copy_of_the_other() -> None:
    # rw-734's copy stops before the source's Claire McCaskill; rw-734b's names her.
    records = read_records()
    near_verbatim, condensed = copy_text(records["rw-734"]), copy_text(records["rw-734b"])
    for a, b in ((near_verbatim, condensed), (condensed, near_verbatim)):
        verdict = newstrace.compare(a, b).verdict
        assert verdict.relation == "shared_source"
        assert verdict.confidence == round(1 - SEATED_COPY, 4)


def test_a_copy_keeping_a_long_passage_word_for_word_is_a_copy_still() -> None:
    # The wording kept says "copied" by itself (``direction._copied_outright``).
    kept = SOURCE.split("\n\n")[0] + " " + SOURCE.split("\n\n")[1]
    copy = kept + "\n\nSenator Claire McCaskill of Missouri would not say how she will vote."
    result = newstrace.compare(copy, SOURCE)
    assert result.evidence.a.seated_unnamed == ("Claire McCaskill",)
    assert result.evidence.a.longest_passage_outside_quotes > LONG_PASSAGE_WORDS
    assert decided_again(result, _a_is_the_copy()).relation == "a_from_b"
