"""Own sentences traced on one side only say nothing of the direction
(``analyse/own_traced.py``)."""

from __future__ import annotations

from dataclasses import replace

from newstrace.analyse.direction_model import direction_features, load_model
from newstrace.analyse.own_traced import lone_own_count, without_lone_count
from newstrace.model import Coverage, Evidence
from tests.analyse.sides import side_evidence

# A condensed retelling of a blog post that is mostly two long quotations of columnists
# (fresh45's rw-582, in numbers): the retelling gives each columnist's point in a sentence
# of its own around a short quotation, so two of its own sentences are traced to the
# post's quoted ones, and none of the post's own; it trims a quotation, credits the
# outlet and is contained in the post.
RETELLING = side_evidence(
    words=100,
    sentences=6,
    sentences_traced=4,
    own_sentences=5,
    own_sentences_traced=2,
    outside_quotes=0.36,
    lexical_outside_quotes=0.07,
    own_similarity=0.31,
    own_chain=0.2,
    order=0.67,
    quotations=2,
    quotations_new=0,
    details_dropped=2,
    quotes_cut=1,
    hedges=1,
)
POST = side_evidence(
    words=208,
    sentences=9,
    sentences_traced=3,
    own_sentences=5,
    own_sentences_traced=0,
    outside_quotes=0.39,
    lexical_outside_quotes=0.03,
    own_similarity=0.09,
    own_chain=0.0,
    order=0.67,
    quotations=2,
    quotations_new=2,
    details_dropped=2,
)
COVERAGE = Coverage(a=0.68, b=0.42)


def test_own_sentences_traced_against_none_are_set_aside() -> None:
    evidence = Evidence(a=RETELLING, b=POST)
    assert lone_own_count(evidence)
    differences = direction_features(COVERAGE, evidence)
    assert differences["own_count"] > 0
    assert without_lone_count(differences, evidence)["own_count"] == 0.0
    # The rest of the differences are the model's own.
    kept = without_lone_count(differences, evidence)
    assert {k: v for k, v in kept.items() if k != "own_count"} == {
        k: v for k, v in differences.items() if k != "own_count"
    }


def test_the_retelling_of_a_quoting_post_reads_as_the_copy() -> None:
    # With the count, one text's two own sentences traced against none outweigh every other
    # clue (-10 log-odds) and the post is read as the copy of its retelling.
    model = load_model()
    evidence = Evidence(a=RETELLING, b=POST)
    differences = direction_features(COVERAGE, evidence)
    assert model.text_score(differences) < 0
    assert model.text_score(without_lone_count(differences, evidence)) > 0


def test_counts_on_both_sides_are_left_to_the_model() -> None:
    both = Evidence(a=RETELLING, b=replace(POST, own_sentences_traced=1))
    neither = Evidence(
        a=replace(RETELLING, own_sentences_traced=0), b=replace(POST, own_sentences_traced=0)
    )
    for evidence in (both, neither):
        assert not lone_own_count(evidence)
        differences = direction_features(COVERAGE, evidence)
        assert without_lone_count(differences, evidence) == differences
