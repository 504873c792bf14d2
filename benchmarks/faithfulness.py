"""How faithfully a copy reproduces its source, scored against the development set's hand notes.

    python benchmarks/faithfulness.py --split test [--list] [--markdown]
    python benchmarks/faithfulness.py --splits tune..fresh31 [--list]

Runs ``newstrace.compare(copy, source)`` on every rewrite and primary-source pair of the
chosen split (``eval/``: A is the copy, B its source, bare texts) and scores the analysis
against the annotation of each pair (``eval/README.md``):

* **quotes**: each annotated quotation of the copy is found among the result's quotes by
  its place in the copy; its status must equal the annotated one (an annotated quote the
  result does not find counts as wrong).  Misattributed quotes: recall and precision.
* **changed facts**: an annotated change is found when a reported discrepancy overlaps it
  on both sides and shares a word that differs.  Recall over annotations, precision over
  reports.
* **credits**: an annotated credit is found when a reported attribution overlaps it in the
  copy.  Precision, recall, F1.
* **loaded words**: an annotated word or phrase is found when a flagged word lies inside it
  (or it inside the flagged one).  Recall, and flags that match no annotation, per pair.

The thresholds behind these analyses are chosen on the tune split; ``--split test`` is the
held-out report.  ``--splits FIRST..LAST`` sums over a run of splits in ``SPLITS`` order (every
development split: ``tune..`` and the last but one), with a line per split.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from devset import SPLITS, load, split_range  # noqa: E402

import newstrace  # noqa: E402
from newstrace.model import Comparison, Span  # noqa: E402

# A figure is one word with its decimals ("7.5" is not "5.7" in another order); any other
# run of letters or digits is one word.
_WORD = re.compile(r"\d+(?:\.\d+)+|\w+")
_QUOTE_MARKS = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def _norm(text: str) -> str:
    return " ".join(text.translate(_QUOTE_MARKS).split())


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text.translate(_QUOTE_MARKS))}


def _find(text: str, needle: str, start: int = 0) -> Span | None:
    """Where ``needle`` stands in ``text`` (quote marks and spacing ignored)."""
    haystack, wanted = text.translate(_QUOTE_MARKS), _norm(needle).strip(" \"'")
    if not wanted:
        return None
    # Whitespace-insensitive search: the annotation's spacing may differ from the text's.
    pattern = r"\s+".join(re.escape(part) for part in wanted.split())
    found = re.compile(pattern, re.IGNORECASE).search(haystack, start)
    if found is None and start:
        found = re.compile(pattern, re.IGNORECASE).search(haystack)
    return Span(found.start(), found.end()) if found else None


def _find_quote(text: str, needle: str, start: int) -> Span | None:
    """Where an annotated quotation stands in the copy: its first place from ``start`` right
    after a quote mark, else ``_find``'s (a two-word quotation, "in Vietnam", may stand
    unquoted in an earlier sentence of the copy too)."""
    haystack = text.translate(_QUOTE_MARKS)
    at = start
    while (where := _find(text, needle, at)) is not None and where.start >= at:
        if haystack[: where.start].rstrip(" ").endswith(('"', "'")):
            return where
        at = where.start + 1
    return _find(text, needle, start)


def _overlap(x: Span, y: Span) -> int:
    return max(0, min(x.end, y.end) - max(x.start, y.start))


@dataclass
class Score:
    quotes: int = 0
    quotes_right: int = 0
    statuses: Counter[tuple[str, str]] = field(default_factory=Counter)  # (truth, called)
    misattributed_called: int = 0
    facts: int = 0
    facts_found: int = 0
    facts_reported: int = 0
    facts_reported_right: int = 0
    credits: int = 0
    credits_found: int = 0
    credits_reported: int = 0
    credits_reported_right: int = 0
    loaded: int = 0
    loaded_found: int = 0
    loaded_false: int = 0
    pairs: int = 0
    misses: list[str] = field(default_factory=list)


def score_quotes(record: dict[str, Any], copy: str, result: Comparison, score: Score) -> None:
    cursor = 0
    claimed: set[int] = set()
    for note in record.get("quotes", []):
        where = _find_quote(copy, note["text"], cursor)
        called = "missing"
        if where is not None:
            cursor = where.end
            best, best_overlap = None, 0
            for number, check in enumerate(result.analysis.quotes):
                shared = sum(_overlap(piece, where) for piece in check.a_spans)
                if shared > best_overlap:
                    best, best_overlap = number, shared
            if best is not None and best_overlap >= 0.5 * len(where):
                called = result.analysis.quotes[best].status
                claimed.add(best)
        truth = note["status"]
        score.quotes += 1
        score.quotes_right += called == truth
        score.statuses[(truth, called)] += 1
        if called != truth:
            score.misses.append(f"quote {truth}->{called}: {note['text'][:60]!r}")
    score.misattributed_called += sum(
        check.status == "misattributed" for check in result.analysis.quotes
    )


def _fact_matches(note: dict[str, str], a_text: str, b_text: str) -> bool:
    copy_words, source_words = _words(note["copy"]), _words(note["source"])
    a_words, b_words = _words(a_text), _words(b_text)
    changed = (copy_words - source_words) | (source_words - copy_words)
    return (
        bool(copy_words & a_words)
        and bool(source_words & b_words)
        and bool(changed & (a_words | b_words))
    )


def score_facts(record: dict[str, Any], result: Comparison, score: Score) -> None:
    reported = result.analysis.discrepancies
    used: set[int] = set()
    for note in record.get("changed_facts", []):
        score.facts += 1
        hit = next(
            (
                n
                for n, d in enumerate(reported)
                if n not in used and _fact_matches(note, d.a_text, d.b_text)
            ),
            None,
        )
        if hit is None:
            score.misses.append(
                f"fact missed ({note['kind']}): {note['copy']!r} <- {note['source']!r}"
            )
        else:
            used.add(hit)
            score.facts_found += 1
    score.facts_reported += len(reported)
    for n, d in enumerate(reported):
        right = n in used or any(
            _fact_matches(note, d.a_text, d.b_text) for note in record.get("changed_facts", [])
        )
        score.facts_reported_right += right
        if not right:
            score.misses.append(f"fact false ({d.kind}): {d.a_text!r} <- {d.b_text!r}")


def score_credits(record: dict[str, Any], copy: str, result: Comparison, score: Score) -> None:
    notes = []
    after: dict[str, int] = {}  # a phrase annotated twice is found at its two places
    for note in record.get("credits", []):
        where = _find(copy, note["text"], after.get(note["text"].lower(), 0))
        if where is not None:
            after[note["text"].lower()] = where.end
        notes.append((where, note))
    found_reports: set[int] = set()
    for where, note in notes:
        score.credits += 1
        hits = [
            n
            for n, credit in enumerate(result.analysis.attributions)
            if where is not None and _overlap(credit.a_span, where) > 0
        ]
        if hits:
            score.credits_found += 1
            found_reports.update(hits)
        else:
            score.misses.append(f"credit missed: {note['text']!r}")
    score.credits_reported += len(result.analysis.attributions)
    for n, credit in enumerate(result.analysis.attributions):
        right = n in found_reports
        score.credits_reported_right += right
        if not right:
            score.misses.append(f"credit false: {credit.text!r} ({credit.outlet})")


def score_loaded(record: dict[str, Any], result: Comparison, score: Score) -> None:
    notes = [_norm(word).lower() for word in record.get("loaded_words", [])]
    flagged = [_norm(flag.word).lower() for flag in result.analysis.wording]

    def same(note: str, flag: str) -> bool:
        note_words, flag_words = note.split(), flag.split()
        return (
            bool(note_words)
            and bool(flag_words)
            and (
                all(w in note_words for w in flag_words) or all(w in flag_words for w in note_words)
            )
        )

    for note in notes:
        score.loaded += 1
        if any(same(note, flag) for flag in flagged):
            score.loaded_found += 1
        else:
            score.misses.append(f"loaded missed: {note!r}")
    for flag in flagged:
        if not any(same(note, flag) for note in notes):
            score.loaded_false += 1
            score.misses.append(f"loaded false: {flag!r}")


def _add(total: Score, score: Score) -> None:
    """``score``'s counts added to ``total``'s (its misses left out)."""
    for name in Score.__dataclass_fields__:
        if name == "misses":
            continue
        value = getattr(score, name)
        if isinstance(value, Counter):
            getattr(total, name).update(value)
        else:
            setattr(total, name, getattr(total, name) + value)


def run(split: str | None, listing: bool) -> Score:
    total = Score()
    for pair in load(split, kinds=("rewrite", "primary")):
        result = newstrace.compare(pair.a, pair.b)
        score = Score()
        score_quotes(pair.record, pair.a, result, score)
        score_facts(pair.record, result, score)
        score_credits(pair.record, pair.a, result, score)
        score_loaded(pair.record, result, score)
        if listing and score.misses:
            print(f"== {pair.id} ({result.verdict.relation})")
            for miss in score.misses:
                print("   ", miss)
        _add(total, score)
        total.pairs += 1
    return total


def _mis(score: Score) -> tuple[int, int]:
    """Misattributed quotations: (found, annotated)."""
    truth = sum(n for (right, _), n in score.statuses.items() if right == "misattributed")
    return score.statuses[("misattributed", "misattributed")], truth


def run_many(splits: list[str], listing: bool) -> Score:
    """``run`` over each split, a line of its quote figures each, and their sum."""
    total = Score()
    for split in splits:
        if listing:
            print(f"#### {split}")
        score = run(split, listing)
        found, truth = _mis(score)
        print(
            f"{split:<9} quotes right {score.quotes_right}/{score.quotes}, misattributed "
            f"{found}/{truth}, {score.misattributed_called - found} false"
        )
        _add(total, score)
    return total


def _ratio(numerator: int, denominator: int) -> str:
    return f"{numerator / denominator:.2f}" if denominator else "n/a"


def table(score: Score) -> list[tuple[str, str, str]]:
    mis_found, mis_truth = _mis(score)
    credit_p = (
        score.credits_reported_right / score.credits_reported if score.credits_reported else 0
    )
    credit_r = score.credits_found / score.credits if score.credits else 0
    credit_f1 = 2 * credit_p * credit_r / (credit_p + credit_r) if credit_p + credit_r else 0.0
    return [
        ("pairs", str(score.pairs), ""),
        (
            "quote status right",
            _ratio(score.quotes_right, score.quotes),
            f"{score.quotes_right}/{score.quotes} (goal ≥ 0.92)",
        ),
        (
            "misattributed recall",
            _ratio(mis_found, mis_truth),
            f"{mis_found}/{mis_truth} (goal ≥ 0.8); precision "
            f"{_ratio(mis_found, score.misattributed_called)} of {score.misattributed_called}",
        ),
        (
            "changed facts recall",
            _ratio(score.facts_found, score.facts),
            f"{score.facts_found}/{score.facts} (goal ≥ 0.8)",
        ),
        (
            "changed facts precision",
            _ratio(score.facts_reported_right, score.facts_reported),
            f"{score.facts_reported_right}/{score.facts_reported} (goal ≥ 0.9)",
        ),
        (
            "credits F1",
            f"{credit_f1:.2f}",
            f"recall {score.credits_found}/{score.credits}, precision "
            f"{score.credits_reported_right}/{score.credits_reported} (goal ≥ 0.9)",
        ),
        (
            "loaded words recall",
            _ratio(score.loaded_found, score.loaded),
            f"{score.loaded_found}/{score.loaded} (goal ≥ 0.8)",
        ),
        (
            "loaded false flags per pair",
            f"{score.loaded_false / score.pairs:.2f}" if score.pairs else "n/a",
            f"{score.loaded_false} in {score.pairs} pairs (goal ≤ 1)",
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--split", choices=SPLITS, default="tune")
    which.add_argument(
        "--splits", metavar="FIRST..LAST", help="sum over these splits (tune.. is every one)"
    )
    parser.add_argument("--list", action="store_true", help="print every miss, pair by pair")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = parser.parse_args()
    if args.splits:
        splits = split_range(args.splits)
        score, name = run_many(splits, args.list), f"{splits[0]}..{splits[-1]}"
    else:
        score, name = run(args.split, args.list), args.split
    rows = table(score)
    if args.markdown:
        print(f"| {name} split | value | detail |\n|---|---|---|")
        for row in rows:
            print("| " + " | ".join(row) + " |")
    else:
        for name, value, detail in rows:
            print(f"{name:<30} {value:>6}  {detail}")
    statuses = sorted(score.statuses.items(), key=lambda item: -item[1])
    print("\nquote statuses (annotated -> called):")
    for (truth, called), count in statuses:
        print(f"  {truth:>13} -> {called:<13} {count}")


if __name__ == "__main__":
    main()
