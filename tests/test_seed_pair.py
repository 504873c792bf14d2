"""The seed pair: 000 is an aggregator's rewrite of 002, the New York Times original.

Which sentence of 000 was written from which sentence(s) of 002 was read off both texts by
hand: ``eval/gold/seed_pair.json`` (character spans, so it does not depend on newstrace's
segmentation), the file ``benchmarks/accuracy.py`` scores the seed pair against.

``tests/golden/seed_pair.json`` is the whole JSON form of the comparison, as last reviewed:
a change anywhere in it fails ``test_result_matches_the_golden_file``. To accept a change on
purpose, rewrite it and review the diff::

    NEWSTRACE_UPDATE_GOLDEN=1 python -m pytest tests/test_seed_pair.py -k golden
    git diff tests/golden/seed_pair.json
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newstrace
from newstrace.model import Comparison

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden" / "seed_pair.json"
ANNOTATION = json.loads((ROOT / "eval" / "gold" / "seed_pair.json").read_text(encoding="utf-8"))
SENTENCES: list[dict[str, Any]] = ANNOTATION["sentences"]

# The JSON form rounds every float (to 4 places; a passage's ``strength`` to 3), so a value
# computed a few ulps differently (ONNX Runtime's threads, another CPU's kernels) can land
# one unit of the last place kept away from the golden one, and no further. Anything more
# is a real change.
FLOAT_TOLERANCE = {"strength": 1e-3}
DEFAULT_FLOAT_TOLERANCE = 1e-4


@pytest.fixture(scope="module")
def result(seed_a: str, seed_b: str) -> Comparison:
    return newstrace.compare(seed_a, seed_b)


def _overlaps(text: str, start: int, end: int, span: dict[str, Any]) -> bool:
    """Whether ``[start, end)`` shares a non-blank character with the annotated ``span``."""
    low, high = max(start, span["start"]), min(end, span["end"])
    return low < high and bool(text[low:high].strip())


def _links(result: Comparison, seed_a: str, sentence: dict[str, Any]) -> list[tuple[int, int]]:
    """The 002 spans of the alignments that take in the annotated 000 ``sentence``."""
    return [
        (x.b_span.start, x.b_span.end)
        for x in result.alignments
        if _overlaps(seed_a, x.a_span.start, x.a_span.end, sentence["a"])
    ]


def test_the_annotation_quotes_the_texts(seed_a: str, seed_b: str) -> None:
    assert ANNOTATION["a"].endswith("000_e6fbe74bf2e26b00.txt")
    assert ANNOTATION["b"].endswith("002_e02db9c07778dfbb.txt")
    for sentence in SENTENCES:
        spans = [(seed_a, sentence["a"])]
        spans += [(seed_b, s) for s in sentence["sources"] + sentence.get("also_right", [])]
        for text, span in spans:
            assert text[span["start"] : span["end"]] == span["text"]


def test_000_is_written_from_002(result: Comparison) -> None:
    assert result.verdict.relation == "a_from_b"
    assert result.coverage.a >= 0.85
    assert result.coverage.b < 0.6
    assert any("New York Times" in reason for reason in result.verdict.reasons)


def test_swapped_arguments_give_b_from_a(seed_a: str, seed_b: str) -> None:
    swapped = newstrace.compare(seed_b, seed_a)
    assert swapped.verdict.relation == "b_from_a"
    assert swapped.coverage.b >= 0.85


def test_every_rewritten_sentence_is_aligned_to_its_source_and_nothing_else(
    result: Comparison, seed_a: str, seed_b: str
) -> None:
    assert ANNOTATION["relation"] == result.verdict.relation
    for sentence in SENTENCES:
        label = sentence["a"]["text"][:40]
        right = sentence["sources"] + sentence.get("also_right", [])
        links = _links(result, seed_a, sentence)
        assert links, f"000 sentence {label!r} is not aligned"
        for start, end in links:
            assert any(_overlaps(seed_b, start, end, s) for s in right), (
                f"000 sentence {label!r} aligned to unrelated {seed_b[start:end][:60]!r}"
            )


def test_each_sentence_is_linked_to_every_sentence_it_was_written_from(
    result: Comparison, seed_a: str, seed_b: str
) -> None:
    for sentence in SENTENCES:
        links = _links(result, seed_a, sentence)
        for source in sentence["sources"]:
            assert any(_overlaps(seed_b, start, end, source) for start, end in links), (
                f"000 sentence {sentence['a']['text'][:40]!r} not aligned to "
                f"{source['text'][:40]!r}"
            )


def test_spans_point_at_the_texts_they_quote(result: Comparison, seed_a: str, seed_b: str) -> None:
    for alignment in result.alignments:
        assert seed_a[alignment.a_span.start : alignment.a_span.end] == alignment.a_text
        assert seed_b[alignment.b_span.start : alignment.b_span.end] == alignment.b_text


def json_differences(expected: Any, actual: Any, path: str = "$") -> Iterator[str]:
    """Where ``actual`` differs from ``expected``, one line each; floats within the
    tolerance of their field (see ``FLOAT_TOLERANCE``) are equal."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in expected.keys() | actual.keys():
            if key not in actual:
                yield f"{path}.{key}: missing (golden {expected[key]!r})"
            elif key not in expected:
                yield f"{path}.{key}: not in the golden file ({actual[key]!r})"
            else:
                yield from json_differences(expected[key], actual[key], f"{path}.{key}")
    elif isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            yield f"{path}: {len(actual)} items, golden {len(expected)}"
        for k, (x, y) in enumerate(zip(expected, actual, strict=False)):
            yield from json_differences(x, y, f"{path}[{k}]")
    elif _number(expected) and _number(actual) and float in (type(expected), type(actual)):
        field = path.rsplit(".", 1)[-1]
        tolerance = FLOAT_TOLERANCE.get(field, DEFAULT_FLOAT_TOLERANCE)
        if not math.isclose(expected, actual, rel_tol=0, abs_tol=tolerance * (1 + 1e-9)):
            yield f"{path}: {actual!r}, golden {expected!r} (tolerance {tolerance})"
    elif type(expected) is not type(actual) or expected != actual:
        yield f"{path}: {actual!r}, golden {expected!r}"


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def test_result_matches_the_golden_file(result: Comparison) -> None:
    """The whole JSON form of the comparison equals the reviewed golden file (module
    docstring: how to rewrite it)."""
    actual = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))
    if os.environ.get("NEWSTRACE_UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        pytest.skip(f"rewrote {GOLDEN}: review `git diff` before committing it")
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    differences = sorted(json_differences(expected, actual))
    assert not differences, (
        f"{len(differences)} difference(s) from {GOLDEN.name} (NEWSTRACE_UPDATE_GOLDEN=1 "
        "rewrites it; review the diff):\n" + "\n".join(differences[:40])
    )


def test_the_golden_comparison_tolerates_rounding_and_nothing_more() -> None:
    golden = {"score": 0.5, "strength": 0.25, "n": [1, 2], "kind": "verbatim"}
    assert not list(json_differences(golden, {**golden, "score": 0.5001}))
    assert not list(json_differences(golden, {**golden, "strength": 0.251}))
    assert list(json_differences(golden, {**golden, "score": 0.5002}))
    assert list(json_differences(golden, {**golden, "n": [1, 3]}))
    assert list(json_differences(golden, {**golden, "n": [1]}))
    assert list(json_differences(golden, {**golden, "kind": "paraphrase"}))
    assert list(json_differences(golden, {**golden, "extra": None}))


def test_all_seven_quotations_are_found_and_faithful(result: Comparison) -> None:
    quotes = result.analysis.quotes
    assert len(quotes) == 7
    assert quotes[0].status == "joined"  # one quote in A, two pieces around "Mr. Kerry said" in B
    assert all(q.status in ("exact", "joined", "truncated") for q in quotes)
    speakers = [q.speaker for q in quotes]
    assert speakers == ["John Kerry"] * 4 + ["Peter Cook"] * 3


def test_the_misspelt_name_is_the_only_name_change(result: Comparison) -> None:
    names = [(d.a_text, d.b_text) for d in result.analysis.discrepancies if d.kind == "name"]
    assert names == [("Phillip Hammond", "Philip Hammond")]


def test_the_credit_to_the_new_york_times_is_found(result: Comparison, seed_a: str) -> None:
    credits = result.analysis.attributions
    assert credits[0].text == "according to the New York Times"
    assert {c.outlet for c in credits} == {"The New York Times"}
    assert all(seed_a[c.a_span.start : c.a_span.end] == c.text for c in credits)


def test_the_omitted_half_of_002_is_reported(result: Comparison) -> None:
    omitted = " ".join(" ".join(p.text.split()) for p in result.analysis.omitted)
    for name in ("Lavrov", "Bulgaria", "Zakharova", "Konashenkov", "Moallem", "Peskov", "Tabler"):
        assert name in omitted, name
    assert all(p.side == "b" for p in result.analysis.omitted)


def test_the_loaded_words_the_rewrite_added_are_flagged(result: Comparison) -> None:
    words = {w.word.lower() for w in result.analysis.wording}
    assert {"dictator", "backtracked"} <= words
