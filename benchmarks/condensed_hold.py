"""The condensed hold's pairs and the release's measures, on another code's cached comparisons.

    python benchmarks/condensed_hold.py CACHE [--splits tune..] [--no-basil] [--list] [--all]

``analyse.condensed`` holds a short text much of which is traced to one at least twice its
length (``condensed_shape``) no surer than 0.7 ``shared_source``, and releases as a copy
the pairs that read as a condensed rewrite (``condensed_doubt``).  Both are read in
``direction.decide`` from the alignments and evidence alone, after the model, so a change
to them leaves every comparison as it was but its verdict.  This decides the comparisons
``every_split.py`` cached for some code (``CACHE``: ``eval/.cache/comparisons/<code
version>``) again with this code's ``decide`` (``direction.decided_again``, the shipped
model) and prints what ``every_split.py`` prints (its summary, tenths and, with ``--list``,
every wrong call), so a branch that changes only the verdict's rules is gated on main's
comparisons without comparing anew.  Then one row per pair whose verdict carries the
condensed reason (``--all``: every pair of the shape, whatever its copy probability),
one order each, by kind and the long text's share traced back: the short and long
texts' words, that share, the longest passage of own words the two share, quotations of
the short text's own and in all (short / long), its share traced, its own sentences
firmly traced, whether both retell one outlet's report (``direction._retold``), the
outlets it credits, and the two orders' calls (``x``: wrong).  Last, one row per pair whose
verdict carries the untraced hold's reason (``condensed.untraced_shape``): the short and
long texts' words, the shares of each traced, of their text outside quotations traced,
the short text's own quotations and in all, the outlets it credits and the calls.
"""

from __future__ import annotations

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
from newstrace.analyse.condensed import condensed_shape  # noqa: E402
from newstrace.analyse.direction_model import load_model  # noqa: E402
from newstrace.model import Comparison, Verdict  # noqa: E402

HELD = "half as long as"  # every reason of ``condensed_reason``
UNTRACED = "too little of its own words is traced"  # ``untraced_reason``


def _pair(case: str) -> str:
    """One name for both orders of a pair."""
    if case.startswith("basil:"):
        return "basil:" + ":".join(sorted(x[:8] for x in case.split(":")[2:4]))
    return case.split(":")[2].rstrip("~")


def _row(comparison: Comparison) -> str:
    coverage, evidence = comparison.coverage, comparison.evidence
    shape = condensed_shape(coverage, evidence)
    assert shape is not None
    short, long, back = (
        (evidence.a, evidence.b, coverage.b)
        if shape[0] == "A"
        else (evidence.b, evidence.a, coverage.a)
    )
    passage = max(
        evidence.a.longest_passage_outside_quotes, evidence.b.longest_passage_outside_quotes
    )
    retold = "retold" if direction._retold(evidence) else "-"
    return (
        f"{short.words}/{long.words} words, back {back:.2f}, passage {passage}, "
        f"own quotations {short.quotations_new} (quotations {short.quotations}/"
        f"{long.quotations}), traced {shape[1]:.2f}, own sentences "
        f"{short.own_sentences_traced}/{short.own_sentences}, {retold}, credits "
        f"{', '.join(short.outlets_credited) or '-'}"
    )


def _untraced_row(comparison: Comparison) -> str:
    """The lengths, quotations and shares of a pair ``untraced_shape`` holds."""
    coverage, evidence = comparison.coverage, comparison.evidence
    (short, traced), (long, back) = sorted(
        ((evidence.a, coverage.a), (evidence.b, coverage.b)), key=lambda side: side[0].words
    )
    return (
        f"{short.words}/{long.words} words, traced {traced:.2f}, back {back:.2f}, outside "
        f"quotations {short.outside_quotes:.2f}/{long.outside_quotes:.2f}, own quotations "
        f"{short.quotations_new} (quotations {short.quotations}/{long.quotations}), credits "
        f"{', '.join(short.outlets_credited) or '-'}"
    )


def _call(verdict: Verdict, right: bool) -> str:
    return f"{verdict.relation} {verdict.confidence:.2f}{'' if right else ' x'}"


def main() -> None:
    parser = reader_arguments(__doc__, cache=True)
    parser.add_argument("--list", action="store_true", help="every wrong call too")
    parser.add_argument("--all", action="store_true", help="every pair of the hold's shape")
    args = parser.parse_args()
    cases = gate_cases(args.splits, None if args.no_basil else BASIL)
    model = load_model()
    calls: list[bench.Call] = []
    rows: dict[tuple[str, str], tuple[str, list[str]]] = {}
    untraced: dict[tuple[str, str], tuple[str, list[str]]] = {}
    for case in cases:
        path = args.cache / f"{case_key(case)}.pkl"
        if not path.exists():
            raise SystemExit(f"{path} is not cached: run every_split.py with that code first")
        comparison: Comparison = pickle.loads(path.read_bytes())
        verdict = direction.decided_again(comparison, model)
        call = bench.Call(case[0], verdict.relation, case[3], verdict.confidence)
        calls.append(call)
        shaped = condensed_shape(comparison.coverage, comparison.evidence) is not None
        held = any(HELD in reason for reason in verdict.reasons)
        if held or (args.all and shaped):
            kind = case[0].split(":")[1] if case[0].startswith("dev:") else "basil"
            key = (kind, _pair(case[0]))
            first = rows.setdefault(key, (_row(comparison), []))
            first[1].append(_call(verdict, call.right))
        if any(UNTRACED in reason for reason in verdict.reasons):
            kind = case[0].split(":")[1] if case[0].startswith("dev:") else "basil"
            row = untraced.setdefault((kind, _pair(case[0])), (_untraced_row(comparison), []))
            row[1].append(_call(verdict, call.right))
    print("\n".join(Tally.of(calls).lines("this code's decide", wrong=args.list)))
    print(f"\nthe hold's pairs ({len(rows)}), one order each:")
    for (kind, name), (row, orders) in sorted(
        rows.items(), key=lambda item: (item[0][0], -float(item[1][0].split("back ")[1][:4]))
    ):
        print(f"  {kind:8} {name:22} {row}; {' / '.join(orders)}")
    print(f"\nthe untraced hold's pairs ({len(untraced)}), one order each:")
    for (kind, name), (row, orders) in sorted(untraced.items()):
        print(f"  {kind:8} {name:22} {row}; {' / '.join(orders)}")


if __name__ == "__main__":
    main()
