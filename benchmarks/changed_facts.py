"""Changed facts reported between independent reports of one event (BASIL), for reading by hand.

    python benchmarks/changed_facts.py [--basil PATH] [--sample 30] [--seed 16] [--out FILE]

BASIL's same-event articles were written independently: whatever ``compare`` reports as a
changed name, number, date, title or organisation between them is either a true difference
between the two reports (they disagree on a count, a title, a spelling) or an error of the
analysis (two different facts taken for one).  This script compares the 300 unordered
same-event pairs, prints the counts of reported changes by kind, and draws a seeded sample
of them with the aligned passages around each, to be classed by hand; ``--out`` writes the
sample as JSON Lines with an empty ``class`` field for the reader to fill in.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from devset import BASIL, basil_pairs  # noqa: E402
from rich.progress import track  # noqa: E402

import newstrace  # noqa: E402
from newstrace import Article  # noqa: E402
from newstrace.model import Span  # noqa: E402


def _passage(text: str, span: Span, spans: list[tuple[Span, Span]], side: int) -> str:
    """The aligned passage holding ``span`` (or the span with some context)."""
    for pair in spans:
        if pair[side].start <= span.start and span.end <= pair[side].end:
            return " ".join(text[pair[side].start : pair[side].end].split())
    return " ".join(text[max(0, span.start - 120) : span.end + 120].split())


def collect(path: Path) -> tuple[list[dict[str, str]], int]:
    reported: list[dict[str, str]] = []
    pairs = basil_pairs(path, ordered=False)
    for bp in track(pairs, description="comparing BASIL pairs"):
        a, b = (
            Article(x["text"], id=x["id"], outlet=x["outlet"], published=x["date"])
            for x in (bp.a, bp.b)
        )
        result = newstrace.compare(a, b)
        spans = [(x.a_span, x.b_span) for x in result.alignments]
        for change in result.analysis.discrepancies:
            reported.append(
                {
                    "a": a.id or "",
                    "b": b.id or "",
                    "kind": change.kind,
                    "a_text": change.a_text,
                    "b_text": change.b_text,
                    "a_passage": _passage(a.text, change.a_span, spans, 0),
                    "b_passage": _passage(b.text, change.b_span, spans, 1),
                    "class": "",
                }
            )
    return reported, len(pairs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--basil", type=Path, default=BASIL)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--out", type=Path, help="write the sample as JSON Lines to classify")
    args = parser.parse_args()
    reported, pairs = collect(args.basil)
    kinds = Counter(change["kind"] for change in reported)
    with_changes = len({(c["a"], c["b"]) for c in reported})
    print(f"\n{pairs} same-event pairs; {len(reported)} changes reported in {with_changes} pairs")
    print("| kind | reported |\n|---|---|")
    for kind, count in kinds.most_common():
        print(f"| {kind} | {count} |")
    sample = random.Random(args.seed).sample(reported, min(args.sample, len(reported)))
    for number, change in enumerate(sample, 1):
        print(f"\n[{number}] {change['kind']}: A {change['a_text']!r}  B {change['b_text']!r}")
        print(f"    A: {change['a_passage'][:400]}")
        print(f"    B: {change['b_passage'][:400]}")
    if args.out:
        with args.out.open("w", encoding="utf-8") as out:
            for change in sample:
                out.write(json.dumps(change, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
