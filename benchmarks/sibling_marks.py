"""Marks a copy of A cannot carry, tallied: can the texts tell two rewrites from a copy?

    python benchmarks/sibling_marks.py [--splits tune..fresh33] [--no-basil] [--markdown]

Two writers rewriting one article apart each keep some of its specifics the other changed.
If B was written from A, B's specifics in the passages they share are A's but where B
changed them; so a text read as the copy that quotes *more* of a shared quotation than the
other (``SideEvidence.quote_words_beyond``), names another speaker for it (a
``misattributed`` quotation check: in a copy the source's misattribution is carried), or
gives a name, number or date in another form (a changed fact, ``Analysis.discrepancies``)
might be no copy.  This counts how often each mark holds, read from the shipped verdict's
comparisons (``benchmarks/every_split.py``'s cache, computed when missing; one order per
pair, BASIL's 600 ordered pairs), for the copies the development set knows (rewrites and
primary-source pairs: A is the copy), for its sibling pairs (the called copy, or the text
more traced to the other, ``analyse.report.copy_side``) and for BASIL.  A mark that holds
as often for copies as for siblings called copies cannot tell them apart.

For the siblings called copies it also counts, from the writers' own records (never read
by newstrace), how many hold such a mark *in truth*: the called source changed a fact the
called copy gives as the article did, misattributed a quotation the copy gives to its
speaker, or trimmed or altered a quotation the copy gives whole.  A mark the texts show
but cannot orient (which of two forms is the article's?) is no evidence either way.  Last,
the copy calls by band of stated confidence (both orders): are the sure ones right as often
as they say, and how many of them are siblings?
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterator
from typing import Any

import every_split
from devset import Pair
from every_split import BASIL, bench

from newstrace.analyse.report import copy_side
from newstrace.model import Comparison, SideEvidence

# A mark, read on one comparison with the text read as the copy first.
Mark = Callable[[Comparison, SideEvidence, SideEvidence], bool]


def _statuses(result: Comparison, status: str) -> int:
    return sum(q.status == status for q in result.analysis.quotes)


MARKS: dict[str, Mark] = {
    "copy quotes more of a shared quotation": lambda r, c, s: c.quote_words_beyond > 0,
    "each quotes more than the other": lambda r, c, s: (
        min(c.quote_words_beyond, s.quote_words_beyond) > 0
    ),
    "a shared quotation given to another speaker": lambda r, c, s: (
        _statuses(r, "misattributed") > 0
    ),
    "two such quotations": lambda r, c, s: _statuses(r, "misattributed") > 1,
    "a fact in two forms": lambda r, c, s: len(r.analysis.discrepancies) > 0,
    "three or more": lambda r, c, s: len(r.analysis.discrepancies) > 2,
    "an altered quotation": lambda r, c, s: _statuses(r, "altered") > 0,
}


def _sides(kind: str, result: Comparison) -> tuple[SideEvidence, SideEvidence, str]:
    """The evidence of the text read as the copy, of the other, and the copy's side."""
    e = result.evidence
    side = "a"
    if kind not in ("rewrite", "primary"):
        alignments = list(result.alignments)
        side = copy_side(result.verdict.relation, result.coverage, alignments) or "a"
    return (e.a, e.b, side) if side == "a" else (e.b, e.a, side)


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _in(form: str, text: str) -> bool:
    return f" {_words(form)} " in f" {_words(text)} "


def true_marks(copy: dict[str, Any], source: dict[str, Any], copy_text: str) -> set[str]:
    """Which marks a sibling called a copy holds in truth, from the writers' records:
    ``source`` (the called source's record) changed a fact that ``copy`` gives as the article
    did, misattributed a quotation ``copy`` gives to its speaker, or trimmed or altered one
    ``copy`` gives whole."""
    found = set()
    for fact in source.get("changed_facts", []):
        if _in(fact["source"], copy_text) and not _in(fact["copy"], copy_text):
            found.add("fact")
    mine = {_words(q["source_text"]): q["status"] for q in copy.get("quotes", [])}
    for quote in source.get("quotes", []):
        status = mine.get(_words(quote["source_text"]))
        if quote["status"] == "misattributed" and status not in (None, "misattributed"):
            found.add("speaker")
        if quote["status"] in ("truncated", "altered") and status == "exact":
            found.add("quotation")
    return found


def shared_changes(first: dict[str, Any], second: dict[str, Any]) -> bool:
    """Whether the two writers made one change alike (the same fact changed to the same
    form, or the same quotation given to the same wrong speaker): what a copy carries over
    from its source, and two writers apart would seldom both do."""

    def changes(record: dict[str, Any]) -> set[tuple[str, str]]:
        facts = {(f["source"], f["copy"]) for f in record.get("changed_facts", [])}
        return facts | {
            (_words(q["source_text"]), q["speaker"])
            for q in record.get("quotes", [])
            if q["status"] == "misattributed"
        }

    return bool(changes(first) & changes(second))


# Bands of stated confidence for the copy calls (low bounds): is a call at 0.99 right as often?
BANDS = (0.99, 0.95, 0.9, 0.5)


# A copy call, read: right or not, its stated confidence, whether of a sibling pair.
CallRead = tuple[bool, float, bool]


def grouped_calls(
    cases: list[bench.Case],
    results: list[Comparison],
    key: Callable[[Comparison], Hashable | None],
) -> dict[Hashable, list[CallRead]]:
    """The copy calls (both orders, BASIL too) grouped by ``key`` (None: left out)."""
    found: dict[Hashable, list[CallRead]] = {}
    for case, result in zip(cases, results, strict=True):
        verdict = result.verdict
        group = key(result) if verdict.relation in bench.COPIES else None
        if group is None:
            continue
        call = bench.Call(case[0], verdict.relation, case[3], verdict.confidence)
        found.setdefault(group, []).append((call.right, call.confidence, ":sibling:" in case[0]))
    return found


def call_row(calls: list[CallRead]) -> list[str]:
    """How many calls, the share right, the mean stated, how many are sibling pairs."""
    return [
        str(len(calls)),
        f"{sum(c[0] for c in calls) / len(calls):.3f}",
        f"{sum(c[1] for c in calls) / len(calls):.3f}",
        str(sum(c[2] for c in calls)),
    ]


def bands(cases: list[bench.Case], results: list[Comparison]) -> list[list[str]]:
    """The copy calls (both orders, BASIL too) by band of stated confidence: how many, how
    many right, the mean stated, and how many are sibling pairs."""
    found = grouped_calls(
        cases, results, lambda r: next(x for x in BANDS if r.verdict.confidence >= x)
    )
    return [[f"{low:.2f}+", *call_row(found[low])] for low in BANDS if low in found]


def _group(kind: str, result: Comparison) -> str:
    called = result.verdict.relation in bench.COPIES
    if kind == "sibling":
        return "siblings called copies" if called else "siblings not called"
    if kind == "basil":
        return "BASIL copy calls" if called else "BASIL, not called"
    return f"{kind} pairs"


def one_order(
    cases: list[bench.Case], results: list[Comparison]
) -> Iterator[tuple[bench.Case, Comparison, str, str]]:
    """Each pair in one order (the swapped order reads the same evidence, mirrored), with
    its kind (``rewrite``, ``primary``, ``sibling``, ``basil``) and group (``_group``)."""
    for case, result in zip(cases, results, strict=True):
        if not case[0].endswith("~"):
            kind = case[0].split(":")[1] if case[0].startswith("dev:") else "basil"
            yield case, result, kind, _group(kind, result)


def tally(
    cases: list[bench.Case], results: list[Comparison], pairs: dict[str, Pair]
) -> Counter[tuple[str, str]]:
    """Each group's pairs and how many hold each mark (one order per pair), with the
    writers' records of the sibling ``pairs`` (by id) read."""
    counts: Counter[tuple[str, str]] = Counter()
    for case, result, kind, group in one_order(cases, results):
        copy, source, side = _sides(kind, result)
        counts[group, "n"] += 1
        for name, mark in MARKS.items():
            counts[group, name] += mark(result, copy, source)
        if kind != "sibling":
            continue
        pair = pairs[case[0].split(":")[2]]
        first, second = pair.record["first"], pair.record["second"]
        counts[group, "writers made one change alike"] += shared_changes(first, second)
        if group == "siblings called copies":
            records, text = ((first, second), pair.a) if side == "a" else ((second, first), pair.b)
            truth = true_marks(*records, text)
            counts[group, "in truth: any"] += bool(truth)
            for name in truth:
                counts[group, f"in truth: {name}"] += 1
    return counts


def read_gate(
    doc: str | None,
) -> tuple[argparse.Namespace, list[str], list[bench.Case], list[Comparison]]:
    """The options (``--markdown`` too), the splits, the cases and their comparisons of a
    tally over the gate's cached comparisons."""
    parser = every_split.reader_arguments(doc)
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    splits = every_split.split_range(args.splits)
    cases = [case for split in splits for case in bench.development_cases(split)]
    cases += [] if args.no_basil else list(bench.basil_cases(BASIL))
    return args, splits, cases, list(every_split.comparisons(cases, args.jobs))


def main() -> None:
    args, splits, cases, results = read_gate(__doc__)
    pairs = {p.id: p for split in splits for p in bench.load(split) if p.kind == "sibling"}
    counts = tally(cases, results, pairs)
    groups = sorted({g for g, _ in counts})
    rows = [
        [g, str(counts[g, "n"])]
        + [f"{counts[g, name]} ({counts[g, name] / counts[g, 'n']:.0%})" for name in MARKS]
        for g in groups
    ]
    print(bench._table(["pairs", "n", *MARKS], rows, args.markdown))
    for sibs in ("siblings called copies", "siblings not called"):
        truth = [
            k for g, k in sorted(counts) if g == sibs and k.startswith(("in truth", "writers"))
        ]
        print(f"{sibs}: " + ", ".join(f"{k} {counts[sibs, k]}" for k in truth))
    print("\ncopy calls by stated confidence (both orders, BASIL's ordered pairs):")
    header = ["stated", "calls", "right", "stated mean", "sibling calls"]
    print(bench._table(header, bands(cases, results), args.markdown))


if __name__ == "__main__":
    main()
