"""The confidence a verdict states: how often calls of its kind are right, not the probability
that picked the relation.

``direction.decide`` picks the relation from the models' probabilities (a copy when one is
at least one half) and from rules that set or hold them (a lifted block, a statement's
story, a declared source, a condensed text, two retellings of one report).  Those numbers
are the right ones to pick by: the relation is gated for "no false accusation", and moving
a probability across one half moves a relation.  But they are not what a call of that kind
is worth: near one half the paraphrase model's copy calls are right about four times in
five, its ``shared_source`` calls about two times in five (BASIL weighted fourteen times in
its fit, counted once in a reading), while a rule's held value says what the rule was set
to, not what its calls measure.  So the stated confidence is mapped from the probability
by a monotone fit for each *kind* of call -- the model or rule that made it, and whether it
calls a copy, ``shared_source`` or ``unrelated`` -- to the share of such calls that are
right on read splits of the development set (``scripts/fit_confidence.py``; the map, its
breakpoints and the splits it was fitted on are in ``stated_confidence.json``, beside
``direction_model.json``).  The relation never moves; ``Verdict.probabilities`` keep the
models' numbers.  A ``shared_source`` call may then state less than one half: the texts
lean toward a copy, but calls like it are wrong more often than right, and its reason says
so.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from newstrace.model import Relation

__all__ = [
    "CALL_CLASSES",
    "Calibration",
    "call_class",
    "identity",
    "load_calibration",
    "stated_reason",
]

# What a call says: a copy (either way), or one of the two relations that are not.
CALL_CLASSES = ("copy", "shared_source", "unrelated")
# Stated confidence is said to differ from the probability (a reason names the map) from this.
_WORTH_SAYING = 0.05
# The call line (``direction._CALL``), and the copy probability from which the texts are
# said to lean toward a copy rather than merely hint at one.
_CALL = 0.5
_LEANS = 0.4

# Who made a call, in the words of its reason.
_MADE_BY = {
    "unasked": "calls made with too little of either text traced to ask a model",
    "copy": "the copy model's calls",
    "paraphrase": "the paraphrase model's calls (no long passage shared)",
    "lifted": "calls of a lifted block",
    "statement": "calls of a story written from a statement",
    "declared": "calls held by a source telling its story as a third outlet's report",
    "retelling": "calls of a second retelling of one report",
    "retold": "calls of two retellings of one outlet's report",
    "condensed": "calls of a short text much of which is traced to a long one",
    "undirected": "calls of a copy whose direction is unknown",
}


def call_class(relation: Relation) -> str:
    """``copy`` for either copy relation, else the relation."""
    return "copy" if relation in ("a_from_b", "b_from_a") else relation


@dataclass(frozen=True, slots=True)
class Calibration:
    """Each kind's map (``"<maker> <call class>"``, e.g. ``"paraphrase copy"``): breakpoints
    ``(probability, stated)``, interpolated between and held flat beyond; a kind with too few
    calls to fit has none and takes its call class's map (``"* copy"``), or none at all."""

    maps: dict[str, tuple[tuple[float, float], ...]]
    fitted_on: str = ""

    def stated(self, kind: str, probability: float) -> float:
        """The confidence stated for a call of ``kind`` made with ``probability``."""
        points = self.maps.get(kind) or self.maps.get("* " + kind.split(" ")[-1])
        if not points:
            return probability
        xs = [x for x, _ in points]
        at = bisect_right(xs, probability)
        if at == 0:
            return points[0][1]
        if at == len(points):
            return points[-1][1]
        (x0, y0), (x1, y1) = points[at - 1], points[at]
        return y0 + (y1 - y0) * (probability - x0) / (x1 - x0)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Calibration:
        return cls(
            maps={
                kind: tuple((float(x), float(y)) for x, y in points)
                for kind, points in data["maps"].items()
            },
            fitted_on=str(data.get("fitted_on", "")),
        )


def identity() -> Calibration:
    """No map: every call states its probability (how the fit reads the raw calls)."""
    return Calibration(maps={})


@cache
def load_calibration() -> Calibration:
    """The maps in ``stated_confidence.json`` (read once)."""
    text = resources.files("newstrace.analyse").joinpath("stated_confidence.json").read_text()
    return Calibration.from_dict(json.loads(text))


def stated_reason(kind: str, probability: float, stated: float, fitted_on: str) -> list[str]:
    """Why the stated confidence is not the probability, when it differs enough to say; for
    a call that is no copy stating less than one half, that the texts lean toward a copy."""
    maker, called = kind.rsplit(" ", 1)
    if called != "copy" and stated < _CALL:
        p_copy = 1 - probability
        lean = "lean toward a copy" if p_copy >= _LEANS else "hint at a copy"
        return [
            f"the texts {lean} ({p_copy:.0%} likely), but not enough to call one: "
            f"{called} calls like this are right only {stated:.0%} of the time "
            f"({_MADE_BY.get(maker, maker)}, {fitted_on})"
        ]
    if abs(stated - probability) < _WORTH_SAYING:
        return []
    return [
        f"stated confidence {stated:.0%}, not the {probability:.0%} the call was made with: "
        f"{called} calls of this kind ({_MADE_BY.get(maker, maker)}) are right that often "
        f"at that probability ({fitted_on})"
    ]
