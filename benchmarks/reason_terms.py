"""Reasons against the model's terms: does each reason that names evidence as pointing one
way name a term that points that way for the pair?

    python benchmarks/reason_terms.py CACHE [--splits tune..] [--no-basil] [--list]

A verdict's reasons name pieces of evidence as weighing for or against a copy, or for one
text as the copy: "each gives details the other lacks ... as two texts written apart from one
source do" (the copy model's ``two_way_loss``), "about as long as each other ... two rewrites
of one text look like this" (``same_length``, and the paraphrase model's ``length_ratio``),
the clues of a copy call ("B gives details that A lacks", "A is contained in B", quotations
trimmed, quotations standing as plain speech, attributions: the direction model's
``details``, ``coverage``, ``quotes_cut``, ``speech``, ``hedges``), and which model weighed
the pair ("they share no passage of 20 words outside quotations: weighed by ...": the
paraphrase model's probability, not the copy model's holding it down).  Each term is the
log-odds its feature adds against the fitted mean (``DirectionModel.copy_terms``; the
direction model's ``Linear.terms`` of the differences A minus B), so a feature below its
mean weighs the other way (fresh56's rw-712: the two-way loss at +0.22 for a copy, named as
a sign of two texts written apart).

This reads the comparisons ``every_split.py`` cached for some code (``CACHE``): their
verdicts as that code gave them ("cached"), and decided again with this code's ``decide``
and the shipped model ("this code"), and counts, for each kind of reason, the calls that
give it and those whose term points the other way; it checks that no relation or stated
confidence moves.  For ``shared_source`` calls weighed by a model it also reads which
evidence weighed most against a copy (the features grouped as ``direction._EVIDENCE_TERMS``)
and whether a reason names it.  ``--list`` names every call with a contrary reason
(cached), and every call whose reasons name the wording as what weighed most against a
copy (this code).
BENCHMARKS.md "Reasons against the model's terms after fresh56 (reasons62)" reads it.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from devset import BASIL  # noqa: E402
from every_split import gate_cases, reader_arguments  # noqa: E402
from two_way_loss import _kind_of, cached  # noqa: E402

from newstrace.analyse import direction  # noqa: E402
from newstrace.analyse.direction_model import (  # noqa: E402
    DirectionModel,
    asks_copy_model,
    copy_features,
    direction_features,
    load_model,
)
from newstrace.analyse.own_traced import without_lone_count  # noqa: E402
from newstrace.config import DEFAULT_CONFIG  # noqa: E402
from newstrace.model import Comparison, Verdict  # noqa: E402

# A reason's check: whether the reason, given in the verdict, names a term pointing the
# other way (the comparison, its copy terms, its direction terms).
Check = Callable[[Verdict, Comparison, dict[str, float], dict[str, float]], bool]


def _against_copy(names: tuple[str, ...]) -> Check:
    """A reason naming evidence against a copy: contrary when its terms add up to zero or
    more (for a copy, or not weighed at all)."""
    return lambda _v, _c, terms, _d: sum(terms.get(n, 0.0) for n in names) >= 0


def _toward_copy_text(name: str) -> Check:
    """A clue of a copy call naming the text called the copy: contrary when the direction
    term points at the other text."""

    def check(verdict: Verdict, _c: Comparison, _t: dict[str, float], d: dict[str, float]) -> bool:
        toward_a = verdict.relation == "a_from_b"
        return (d[name] > 0) != toward_a

    return check


def _paraphrase_claimed(
    _v: Verdict, comparison: Comparison, _t: dict[str, float], _d: dict[str, float]
) -> bool:
    """The reasons say the paraphrase model weighed the pair when its probability is not
    the one given."""
    return not load_model().paraphrase_decides(comparison.coverage, comparison.evidence)


# (name, text marking the reason, check)
CHECKS: tuple[tuple[str, str, Check], ...] = (
    ("two-way loss", "each gives details the other lacks", _against_copy(("two_way_loss",))),
    (
        "same length",
        "are about as long as each other",
        _against_copy(("same_length", "length_ratio")),
    ),
    ("clue: contained", "has much that", _toward_copy_text("coverage")),
    ("clue: details", "lacks in the passages they share", _toward_copy_text("details")),
    ("clue: quotes cut", "trim or join", _toward_copy_text("quotes_cut")),
    ("clue: speech", "reads as a primary source (a statement", _toward_copy_text("speech")),
    ("clue: hedges", "attributes its story more", _toward_copy_text("hedges")),
    ("paraphrase model", "outside quotations: weighed by", _paraphrase_claimed),
)
# Reasons naming the evidence group that weighed most against a copy (``_EVIDENCE_TERMS``).
NAMED_BY = {
    "wording": "they keep little of each other's wording",
    "length": CHECKS[1][1],
    "loss": CHECKS[0][1],
}


def _terms(
    comparison: Comparison, model: DirectionModel
) -> tuple[dict[str, float], dict[str, float]]:
    """The pair's copy terms (empty when the copy model is not asked) and direction terms."""
    c, e = comparison.coverage, comparison.evidence
    features = copy_features(c, e)
    asked = bool(comparison.alignments) and asks_copy_model(
        features, DEFAULT_CONFIG.verdict.min_copy_traced
    )
    terms = model.copy_terms(c, e, features) if asked else {}
    differences = without_lone_count(direction_features(c, e), e)
    return terms, model.direction.terms(differences)


def main() -> None:
    parser = reader_arguments(__doc__, cache=True)
    parser.add_argument("--list", action="store_true", help="every call with a contrary reason")
    args = parser.parse_args()
    model = load_model()
    counts: Counter[tuple[str, str, str]] = Counter()
    strongest: Counter[tuple[str, str]] = Counter()
    moved: list[str] = []
    listed: list[str] = []
    for case in gate_cases(args.splits, None if args.no_basil else BASIL):
        comparison, _ = cached(args.cache, case)
        terms, towards = _terms(comparison, model)
        again = direction.decided_again(comparison, model)
        before = comparison.verdict
        if (before.relation, before.confidence) != (again.relation, again.confidence):
            moved.append(
                f"{case[0]}: {before.relation} {before.confidence} -> {again.relation} {again.confidence}"
            )
        kind = _kind_of(case[0])
        for code, verdict in (("cached", before), ("this code", again)):
            for name, marker, contrary in CHECKS:
                if not any(marker in r for r in verdict.reasons):
                    continue
                counts[code, name, "given"] += 1
                if contrary(verdict, comparison, terms, towards):
                    counts[code, name, "contrary"] += 1
                    counts[code, name, f"contrary {kind}"] += 1
                    if code == "cached":
                        listed.append(
                            f"{case[0]} ({verdict.relation} {verdict.confidence}): {name}"
                        )
            if verdict.relation == "shared_source" and terms:
                groups = {
                    g: direction._weight(terms, names)
                    for g, names in direction._EVIDENCE_TERMS.items()
                }
                most = min(groups, key=lambda g: groups[g])
                if groups[most] < 0:
                    named = most in NAMED_BY and any(NAMED_BY[most] in r for r in verdict.reasons)
                    strongest[code, f"{most}{'' if named else ' (unnamed)'}"] += 1
                    if code == "this code" and named and most == "wording":
                        listed.append(
                            f"{case[0]} ({verdict.relation} {verdict.confidence}): wording named"
                        )
    print(f"relations or confidences moved: {len(moved)}")
    print("\n".join(moved))
    print("reason | cached: given, contrary (by kind) | this code: given, contrary")
    for name, _, _ in CHECKS:
        by_kind = ", ".join(
            f"{k} {counts['cached', name, f'contrary {k}']}"
            for k in ("rewrite", "primary", "sibling", "basil")
            if counts["cached", name, f"contrary {k}"]
        )
        print(
            f"{name} | {counts['cached', name, 'given']}, {counts['cached', name, 'contrary']}"
            f"{f' ({by_kind})' if by_kind else ''} | {counts['this code', name, 'given']}, "
            f"{counts['this code', name, 'contrary']}"
        )
    print("shared_source calls weighed by a model, by the evidence weighing most against a copy:")
    for code in ("cached", "this code"):
        found = sorted((k, n) for (c, k), n in strongest.items() if c == code)
        print(f"  {code}: " + ", ".join(f"{k} {n}" for k, n in found))
    if args.list:
        print("\n".join(listed))


if __name__ == "__main__":
    main()
