"""Who copied whom from the texts alone: the verdict on the development set, BASIL and the seed.

    python benchmarks/direction.py --split test [--basil PATH] [--markdown]

Runs ``newstrace.compare`` on real text, in both orders of every pair, and prints:

* **the development set** (``eval/``, bare texts: no date, no outlet) of the chosen split,
  by kind: rewrites and primary-source pairs must come out ``a_from_b`` (as given) and
  ``b_from_a`` (swapped); sibling pairs (two rewrites of one article) ``shared_source``;
* **BASIL's 600 ordered same-event pairs** (with their outlets and dates): copy calls, and
  false ones (all but the one known copy);
* **the seed pair** without dates, with and without 000's two credits, and a verbatim
  excerpt of 002 (four paragraphs) against 002;
* **a reliability table**: every call above by its stated confidence, in tenths, with the
  share of right calls (a non-copy call on a BASIL pair is right; on a sibling pair only
  ``shared_source`` is).

The model is fitted on the tune split (``scripts/fit_direction.py``): ``--split test`` is
the held-out report.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from devset import BASIL, SPLITS, basil_pairs, load  # noqa: E402

import newstrace  # noqa: E402
from newstrace import Article  # noqa: E402

SEED_A = (ROOT / "examples" / "000_e6fbe74bf2e26b00.txt").read_text()
SEED_B = (ROOT / "examples" / "002_e02db9c07778dfbb.txt").read_text()
COPIES = ("a_from_b", "b_from_a")


@dataclass(frozen=True)
class Call:
    case: str
    relation: str
    truth: str  # a relation, or "none": any relation but a copy is right
    confidence: float

    @property
    def right(self) -> bool:
        if self.truth == "none":
            return self.relation not in COPIES
        return self.relation == self.truth


def _call(case: str, a: str | Article, b: str | Article, truth: str) -> Call:
    verdict = newstrace.compare(a, b).verdict
    return Call(case, verdict.relation, truth, verdict.confidence)


# A case: its name, text A, text B and the right relation ("none": anything but a copy).
Case = tuple[str, str | Article, str | Article, str]


def development_cases(split: str | None) -> Iterator[Case]:
    for pair in load(split):
        for p in (pair, pair.swapped()):
            yield f"dev:{pair.kind}:{p.id}", p.a, p.b, p.relation


def basil_cases(path: Path) -> Iterator[Case]:
    for bp in basil_pairs(path):
        a, b = (
            Article(x["text"], id=x["id"], outlet=x["outlet"], published=x["date"])
            for x in (bp.a, bp.b)
        )
        yield f"basil:{bp.split}:{a.id}:{b.id}", a, b, bp.relation


def development(split: str | None) -> list[Call]:
    return [_call(*case) for case in development_cases(split)]


def basil(path: Path) -> list[Call]:
    return [_call(*case) for case in basil_cases(path)]


def tenths(calls: list[Call]) -> Iterator[tuple[float, list[Call]]]:
    """The calls by stated confidence, in tenths (low bound, calls), the empty ones left out."""
    for tenth in range(10):
        low, high = tenth / 10, (tenth + 1) / 10
        items = [
            c for c in calls if low <= c.confidence < high or (tenth == 9 and c.confidence == 1)
        ]
        if items:
            yield low, items


def _strip_credits(text: str) -> str:
    return text.replace(", according to the New York Times", "").replace(", the report notes", "")


def seed() -> list[Call]:
    lines = SEED_B.split("\n")
    # Four paragraphs of the web page, cut and pasted: from "Shortly after Mr. Kerry spoke"
    # to "... a political solution for the conflict there."
    excerpt = "\n".join(lines[11:29])
    bare = _strip_credits(SEED_A)
    return [
        _call("seed: 000 vs 002", SEED_A, SEED_B, "a_from_b"),
        _call("seed: 002 vs 000", SEED_B, SEED_A, "b_from_a"),
        _call("seed: 000 without credits vs 002", bare, SEED_B, "a_from_b"),
        _call("seed: 002 vs 000 without credits", SEED_B, bare, "b_from_a"),
        _call("seed: excerpt of 002 vs 002", excerpt, SEED_B, "a_from_b"),
        _call("seed: 002 vs excerpt of 002", SEED_B, excerpt, "b_from_a"),
    ]


def _table(header: list[str], rows: list[list[str]], markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        return "\n".join(lines)
    widths = [max(len(x) for x in column) for column in zip(header, *rows, strict=True)]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in [header, *rows]
    )


def report(calls: list[Call], markdown: bool) -> str:
    out = []
    by_group: dict[str, list[Call]] = defaultdict(list)
    for call in calls:
        kind = call.case.split(":")[0]
        group = f"{kind}: {call.case.split(':')[1]}" if kind in ("dev", "basil") else "seed"
        by_group[group].append(call)
    rows = []
    for group, items in sorted(by_group.items()):
        relations = Counter(c.relation for c in items)
        rows.append(
            [
                group,
                str(len(items)),
                f"{sum(c.right for c in items) / len(items):.3f}",
                str(sum(c.relation in COPIES for c in items)),
                str(sum(c.relation in COPIES and not c.right for c in items)),
                ", ".join(f"{k} {v}" for k, v in sorted(relations.items())),
            ]
        )
    out.append(
        _table(
            ["calls (both orders)", "n", "right", "copy calls", "false copy calls", "relations"],
            rows,
            markdown,
        )
    )
    out.append("")
    rows = []
    for low, items in tenths(calls):
        mean = sum(c.confidence for c in items) / len(items)
        accuracy = sum(c.right for c in items) / len(items)
        rows.append(
            [
                f"{low:.1f}-{low + 0.1:.1f}",
                str(len(items)),
                f"{mean:.3f}",
                f"{accuracy:.3f}",
                f"{accuracy - mean:+.3f}",
            ]
        )
    out.append(_table(["confidence", "calls", "mean confidence", "right", "gap"], rows, markdown))
    wrong = [c for c in calls if not c.right]
    if wrong:
        out.append("\nwrong calls:")
        out.extend(f"  {c.case}: {c.relation} ({c.confidence:.2f}), truth {c.truth}" for c in wrong)
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--split",
        choices=(*SPLITS, "all"),
        default="test",
    )
    parser.add_argument("--basil", type=Path, default=BASIL)
    parser.add_argument("--no-basil", action="store_true", help="skip BASIL's 600 pairs")
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    calls = development(None if args.split == "all" else args.split)
    calls += seed()
    if not args.no_basil:
        calls += basil(args.basil)
    print(report(calls, args.markdown))


if __name__ == "__main__":
    main()
