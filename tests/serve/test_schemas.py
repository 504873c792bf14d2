"""The service's pydantic models have exactly the fields of the records' JSON form.

The models (``serve/comparison_schema.py``, ``serve/schemas.py``) describe responses made
by the records' own ``to_dict``; this checks them field by field against real records, at
every level, so that a field added to ``model.py`` fails here until the model has it.
"""

from __future__ import annotations

from typing import Any, get_args

import pytest
from pydantic import BaseModel

from newstrace import compare
from newstrace.model import Comparison, ReusePair
from newstrace.report.provenance import reuse_pair
from newstrace.serve.comparison_schema import ComparisonOut
from newstrace.serve.schemas import PairOut

# PairOut adds what the index knows of the two articles to the record.
_ARTICLE_FIELDS = {"a_outlet", "a_title", "b_outlet", "b_title"}


@pytest.fixture(scope="module")
def seed(seed_a: str, seed_b: str) -> Comparison:
    return compare(seed_a, seed_b)


def _names(model: type[BaseModel]) -> set[str]:
    return {field.alias or name for name, field in model.model_fields.items()}


def _nested(annotation: Any) -> type[BaseModel] | None:
    """The model of a field, or of the items of a list field, if any."""
    for candidate in (annotation, *get_args(annotation)):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    return None


def _same_fields(data: dict[str, Any], model: type[BaseModel], where: str) -> None:
    assert set(data) == _names(model), where
    for name, field in model.model_fields.items():
        inner = _nested(field.annotation)
        value = data[field.alias or name]
        items = value if isinstance(value, list) else [value]
        for item in items if inner else []:
            if isinstance(item, dict):
                _same_fields(item, inner, f"{where}.{name}")


def test_the_comparison_model_has_the_fields_of_the_record(seed: Comparison) -> None:
    data = seed.to_dict()
    assert data["quotes"] and data["alignments"] and data["discrepancies"]
    _same_fields(data, ComparisonOut, "comparison")


def test_the_pair_model_has_the_fields_of_the_reuse_pair(seed: Comparison) -> None:
    pair = reuse_pair(seed)
    assert pair.passages
    data = {**pair.to_dict(), **dict.fromkeys(_ARTICLE_FIELDS)}
    _same_fields(data, PairOut, "pair")
    PairOut.model_validate(data)
    assert ReusePair.from_dict(pair.to_dict()).to_dict() == pair.to_dict()
