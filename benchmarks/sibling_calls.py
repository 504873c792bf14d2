"""Every sibling copy call, with the measures of each side, on another code's cached comparisons.

    python benchmarks/sibling_calls.py CACHE [--splits tune..fresh50] [--no-basil] [--list]

Decides the comparisons ``every_split.py`` cached for some code (``CACHE``:
``eval/.cache/comparisons/<code version>``) again with this code's ``decide``
(``direction.decided_again``, the shipped model), as ``condensed_hold.py`` does, and
prints what ``every_split.py`` prints (its summary, tenths and, with ``--list``, every
wrong call).  ``SideEvidence.quote_words_added`` is new: when the cached evidence lacks it,
it is read from the cached quotation checks of both orders (``Analysis.quotes`` holds the
checks ``pipeline.weigh`` made of A against B, the swapped pair's those of B against A), as
``compare`` would measure it.  Then every line whose call moved (the cached verdict, the
code's that filled ``CACHE``, against this code's), and one row per sibling pair called a
copy by either, one order each: the call before and after, and for the called copy and
the called source their words, share traced, own sentences firmly traced, quotations of
their own, words their quotations give past the other's (``quote_words_added``), details
of the other's passages they lack, and the outlet each tells its story as a report of.
"""

from __future__ import annotations

import dataclasses
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import direction as bench  # noqa: E402
from devset import BASIL  # noqa: E402
from every_split import Tally, case_key, gate_cases, reader_arguments  # noqa: E402

from newstrace.analyse import direction  # noqa: E402
from newstrace.analyse.clues import quote_words_added  # noqa: E402
from newstrace.analyse.direction_model import load_model  # noqa: E402
from newstrace.model import Comparison, Evidence, SideEvidence, Verdict  # noqa: E402

COPIES = ("a_from_b", "b_from_a")


def other_order(case: str) -> str:
    if case.startswith("basil:"):
        parts = case.split(":")
        return ":".join([*parts[:2], parts[3], parts[2]])
    return case[:-1] if case.endswith("~") else case + "~"


def _with_added(side: SideEvidence, added: int) -> SideEvidence:
    """``side`` with ``quote_words_added``, which a comparison cached before it lacks."""
    values = {
        f.name: getattr(side, f.name)
        for f in dataclasses.fields(SideEvidence)
        if f.name != "quote_words_added"
    }
    return SideEvidence(**values, quote_words_added=added)


def seeded(comparison: Comparison, swapped: Comparison) -> Comparison:
    """``comparison`` with the evidence this code measures, read from the cached checks."""
    a_checks, b_checks = comparison.analysis.quotes, swapped.analysis.quotes
    evidence = Evidence(
        a=_with_added(comparison.evidence.a, quote_words_added(a_checks, b_checks)),
        b=_with_added(comparison.evidence.b, quote_words_added(b_checks, a_checks)),
    )
    return dataclasses.replace(comparison, evidence=evidence)


def _side(side: SideEvidence, traced: float) -> str:
    story = side.story_credits[0][0] if side.story_credits else "-"
    return (
        f"{side.words} words, traced {traced:.2f}, own {side.own_sentences_traced}/"
        f"{side.own_sentences}, own quotations {side.quotations_new}, added "
        f"{side.quote_words_added}, lacks {side.details_dropped}, story {story}"
    )


def _row(comparison: Comparison, called: Verdict) -> str:
    e, cov = comparison.evidence, comparison.coverage
    copy_a = called.relation == "a_from_b"
    copy, source = (e.a, e.b) if copy_a else (e.b, e.a)
    traced = (cov.a, cov.b) if copy_a else (cov.b, cov.a)
    return f"copy {_side(copy, traced[0])} | source {_side(source, traced[1])}"


def _call(verdict: Verdict) -> str:
    return f"{verdict.relation} {verdict.confidence:.2f}"


def main() -> None:
    parser = reader_arguments(__doc__, cache=True)
    parser.add_argument("--list", action="store_true", help="every wrong call too")
    args = parser.parse_args()
    cases = gate_cases(args.splits, None if args.no_basil else BASIL)
    cached: dict[str, Comparison] = {}
    for case in cases:
        path = args.cache / f"{case_key(case)}.pkl"
        if not path.exists():
            raise SystemExit(f"{path} is not cached: run every_split.py with that code first")
        cached[case[0]] = pickle.loads(path.read_bytes())
    model = load_model()
    calls, moved, siblings = [], [], []
    for case in cases:
        before = cached[case[0]]
        comparison = seeded(before, cached[other_order(case[0])])
        verdict = direction.decided_again(comparison, model)
        call = bench.Call(case[0], verdict.relation, case[3], verdict.confidence)
        calls.append(call)
        old = before.verdict
        if (old.relation, round(old.confidence, 2)) != (
            verdict.relation,
            round(call.confidence, 2),
        ):
            moved.append(f"    {case[0]}: {_call(old)} -> {_call(verdict)}, truth {case[3]}")
        copy_called = old.relation in COPIES or verdict.relation in COPIES
        if ":sibling:" in case[0] and not case[0].endswith("~") and copy_called:
            called = old if old.relation in COPIES else verdict
            name = case[0].split(":")[2]
            siblings.append(
                f"  {name:8} {_call(old)} -> {_call(verdict)}; {_row(comparison, called)}"
            )
    print("\n".join(Tally.of(calls).lines("this code's decide", wrong=args.list)))
    print(f"\ncalls moved (to the hundredth) from the cached verdict: {len(moved)}")
    print("\n".join(moved))
    print(f"\nsibling pairs called a copy before or after ({len(siblings)}), one order each:")
    print("\n".join(siblings))


if __name__ == "__main__":
    main()
