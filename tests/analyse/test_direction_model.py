"""The fitted model file and the symmetry the verdict relies on."""

from __future__ import annotations

import json
import math
import re
from importlib import resources

import pytest

import newstrace
from newstrace.analyse.direction_model import (
    DirectionModel,
    copy_features,
    direction_features,
    load_model,
)
from newstrace.model import Coverage

SOURCE = (
    "Defense Secretary Ashton B. Carter spoke by telephone on Friday with Sergei K. Shoigu, "
    "the Russian minister of defense, for the first time since he took office in February. "
    "The two men agreed to continue discussions on mechanisms for deconfliction in Syria, "
    "Peter Cook, the Pentagon press secretary, said in a statement. "
    "Mr. Cook described the discussion as constructive and said the two men had talked about "
    "areas where the United States and Russia's perspectives overlap."
)
COPY = (
    "Carter and his Russian counterpart spoke by phone on Friday for the first time, "
    "according to the New York Times. The two agreed to keep talking about deconfliction in "
    "Syria, the report notes."
)


@pytest.fixture(scope="module")
def comparison() -> newstrace.Comparison:
    return newstrace.compare(COPY, SOURCE)


def test_the_model_file_names_exactly_the_features_the_code_computes(
    comparison: newstrace.Comparison,
) -> None:
    data = json.loads(
        resources.files("newstrace.analyse").joinpath("direction_model.json").read_text()
    )
    features = copy_features(comparison.coverage, comparison.evidence)
    assert set(data["copy"]["weights"]) == set(features)
    assert set(data["direction"]["weights"]) == set(
        direction_features(comparison.coverage, comparison.evidence)
    )
    assert data["fitted"]["pairs"] > 100  # fitted, not a placeholder


def test_copy_features_do_not_depend_on_which_text_is_a(
    comparison: newstrace.Comparison,
) -> None:
    c = comparison.coverage
    swapped = Coverage(c.b, c.a)
    assert copy_features(c, comparison.evidence) == copy_features(
        swapped, comparison.evidence.swapped()
    )


def test_direction_features_change_sign_when_the_texts_swap(
    comparison: newstrace.Comparison,
) -> None:
    c = comparison.coverage
    one = direction_features(c, comparison.evidence)
    other = direction_features(Coverage(c.b, c.a), comparison.evidence.swapped())
    assert one == {k: -v for k, v in other.items()}


@pytest.mark.parametrize(
    "clue",
    # containment, information asymmetry, quotations as plain speech, attribution
    ["coverage", "details", "speech", "hedges"],
)
def test_each_clue_points_at_the_copy_in_the_fitted_model(clue: str) -> None:
    """The fitted weight of each clue says what a careful reader says: the text that is
    contained in the other, drops its details, quotes its plain words and attributes its
    story is the copy.  A clue that pointed the other way on the data would fail here."""
    assert load_model().direction.weights[clue] > 0


def test_dates_and_credits_are_fixed_likelihood_ratios_towards_the_later_and_crediting() -> None:
    model = load_model()
    assert model.date_log_ratio > 0 and model.credit_log_ratio > 0
    features = dict.fromkeys(model.direction.weights, 0.0)
    assert model.direction_score(features, 1, 0) > model.direction_score(features, -1, 0)


def test_a_calibration_in_the_file_maps_the_scores_and_keeps_the_symmetry(
    comparison: newstrace.Comparison,
) -> None:
    """Platt scaling (``fit_direction.py --calibrate``), which the shipped model file
    carries, is what the probabilities come from, and swapping the texts still swaps them."""
    data = json.loads(
        resources.files("newstrace.analyse").joinpath("direction_model.json").read_text()
    )
    copy_fit, direction_fit = data["calibration"]["copy"], data["calibration"]["direction"]
    plain = DirectionModel.from_dict({k: v for k, v in data.items() if k != "calibration"})
    shipped = load_model()
    features = copy_features(comparison.coverage, comparison.evidence)
    score = plain.copy.score(features)
    assert plain.copy_probability(features) == pytest.approx(1 / (1 + math.exp(-score)))
    expected = 1 / (1 + math.exp(-(copy_fit["slope"] * score + copy_fit["intercept"])))
    assert shipped.copy_probability(features) == pytest.approx(expected)
    differences = direction_features(comparison.coverage, comparison.evidence)
    swapped = {k: -v for k, v in differences.items()}
    assert shipped.direction_score(differences, 0, 0) == pytest.approx(
        direction_fit["slope"] * plain.direction_score(differences, 0, 0)
    )
    assert shipped.direction_score(differences, 0, 0) == pytest.approx(
        -shipped.direction_score(swapped, 0, 0)
    )


def test_two_texts_of_one_length_each_with_details_of_its_own_weigh_against_a_copy(
    comparison: newstrace.Comparison,
) -> None:
    evidence = comparison.evidence
    # Words are runs of letters and digits ("Shoigu," is one, "B." is one).
    assert evidence.a.words == len(re.findall(r"[^\W_]+", COPY))
    assert evidence.b.words == len(re.findall(r"[^\W_]+", SOURCE))
    features = copy_features(comparison.coverage, evidence)
    assert features["same_length"] == 0.0  # the copy is under half its source's length
    model = load_model()
    alike = features | {"same_length": 0.2}
    assert model.copy_probability(alike) < model.copy_probability(features) - 0.1
