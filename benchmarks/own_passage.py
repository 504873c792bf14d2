"""The longest passage two texts share word for word in their own words (issues 15 and 17).

    python benchmarks/own_passage.py measure GROUP... -o OUT.jsonl [--scan DIR]
    python benchmarks/own_passage.py report OUT.jsonl...

A block lifted into a host story, verbatim or lightly edited, shares with its source a
run of dozens of the writer's own words; two outlets reporting one press conference share
its quotations and names, not long runs of their own prose.  For each pair this measures
the longest run of words the two texts share identically (case and punctuation aside) in
one lexical passage, counting only the words that are *own* in both texts: outside
quotations, and not names with their titles, numbers, stock phrases or boilerplate
(``stock.shared_own_words``; a name inside the run neither counts nor breaks it).  Beside
it, the copy model's ``max_passage`` input (the words outside quotations of the longest
lexical passage, names and near-verbatim edits included) and the shipped P(copy).

Groups: ``missed`` (the planted verbatim and light blocks the 20k scan calls
``shared_source`` at P(copy) < 0.5, with their dates, from ``--scan``), ``plants`` (the
other verbatim and light plants of that corpus), ``basil`` (BASIL's 300 same-event pairs:
the measurement is the same in both orders), ``rewrite``, ``primary`` and ``sibling``
(the development set's splits tune to fresh23; never the held-out split).  ``report``
prints each group's distribution and, for thresholds T, how many pairs of each group
reach T, and how many of those the shipped model leaves below P(copy) 0.5 (the pairs a
floor at T would move).
"""

from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from devset import SPLITS  # noqa: E402
from quotes_near_shared import _pairs, auc, cli, deciles, measure_groups  # noqa: E402

from newstrace import Article  # noqa: E402
from newstrace.analyse.direction_model import (  # noqa: E402
    asks_copy_model,
    copy_features,
    load_model,
)
from newstrace.analyse.evidence import _inside_quotes  # noqa: E402
from newstrace.analyse.quotations import extract_quotes  # noqa: E402
from newstrace.analyse.stock import own_words, shared_own_words  # noqa: E402
from newstrace.config import DEFAULT_CONFIG  # noqa: E402
from newstrace.model import Span  # noqa: E402
from newstrace.pipeline import prepare, weigh  # noqa: E402
from newstrace.segment.document import Document  # noqa: E402

DEV_SPLITS = SPLITS[: SPLITS.index("fresh23") + 1]  # never the held-out split
GROUPS = ("missed", "plants", "basil", "rewrite", "primary", "sibling")
COPIES = ("missed", "plants", "rewrite", "primary")
THRESHOLDS = (10, 15, 20, 25, 30, 35, 40, 50, 60)
_WORD = re.compile(r"\w+")


def _unquoted(doc: Document, span: Span) -> str:
    """The passage's text with every word inside a quotation marked as not the writer's
    own (a leading digit, which ``stock.own_words`` counts as a number)."""
    inside = _inside_quotes(doc)
    text = doc.text[span.start : span.end]
    return _WORD.sub(
        lambda m: "0" + m.group() if inside[span.start + m.start()] else m.group(), text
    )


def own_passage(doc_a: Document, doc_b: Document, alignments: list[Any]) -> tuple[int, int, str]:
    """The most own words in one identical run of a lexical passage; beside it, the most
    own words in one lexical passage edits and all (the fewer of its two sides); and the
    first passage's own words in A (for reading)."""
    best, near, text = 0, 0, ""
    for x in alignments:
        if x.kind == "paraphrase":
            continue
        a, b = _unquoted(doc_a, x.a_span), _unquoted(doc_b, x.b_span)
        near = max(near, min(sum(own for _, own in own_words(t)) for t in (a, b)))
        n = shared_own_words(a, b)
        if n > best:
            best = n
            text = " ".join(w if own else "_" for w, own in own_words(a))
    return best, near, text


def measure_pair(a: Article, b: Article) -> dict[str, Any]:
    config = DEFAULT_CONFIG
    doc_a, doc_b = prepare(a, config), prepare(b, config)
    for doc in (doc_a, doc_b):
        extract_quotes(doc)
    weighed = weigh(doc_a, doc_b, config=config)
    features = copy_features(weighed.coverage, weighed.evidence)
    asked = bool(weighed.alignments) and asks_copy_model(features, config.verdict.min_copy_traced)
    own, near, text = own_passage(doc_a, doc_b, weighed.alignments)
    return {
        "own_passage": own,
        "own_near": near,
        "passage_words": round(math.expm1(features["max_passage"])),
        "asked": asked,
        "p_copy": load_model().copy_probability(features) if asked else 0.0,
        "features": features,
        "text": text[:400],
    }


def run(groups: list[str], out: Path, scan: Path) -> None:
    measure_groups(groups, out, lambda group: _pairs(group, scan, DEV_SPLITS), measure_pair)


def _measures(rows: list[dict[str, Any]]) -> tuple[str, ...]:
    return (
        ("own_passage", "own_near", "passage_words")
        if all("own_near" in r for r in rows)
        else (
            "own_passage",
            "passage_words",
        )
    )


def _reach_table(rows: list[dict[str, Any]], groups: list[str], measure: str) -> list[str]:
    """Per group, the pairs whose ``measure`` reaches each threshold (in brackets: of those,
    below P(copy) 0.5 today)."""
    lines = [
        "",
        "| group | " + " | ".join(f">= {t}" for t in THRESHOLDS) + " |",
        "|---|" + "---:|" * len(THRESHOLDS),
    ]
    for g in groups:
        mine = [r for r in rows if r["group"] == g]
        cells = []
        for t in THRESHOLDS:
            reach = [r for r in mine if r[measure] >= t]
            cells.append(f"{len(reach)} ({sum(r['p_copy'] < 0.5 for r in reach)})")
        lines.append(f"| {g} | " + " | ".join(cells) + " |")
    return lines


def report(paths: list[Path]) -> str:
    rows = [json.loads(line) for path in paths for line in path.read_text().splitlines()]
    groups = [g for g in GROUPS if any(r["group"] == g for r in rows)]
    lines = [
        "own-word passage and max_passage (words), p10 / median / p90 / max",
        "",
        "| group | pairs | own-word passage | max_passage | P(copy) >= 0.5 |",
        "|---|---:|---|---|---:|",
    ]
    for g in groups:
        mine = [r for r in rows if r["group"] == g]
        own = deciles([r["own_passage"] for r in mine], 0, with_max=True)
        words = deciles([r["passage_words"] for r in mine], 0, with_max=True)
        called = sum(r["p_copy"] >= 0.5 for r in mine)
        lines.append(f"| {g} | {len(mine)} | {own} | {words} | {called} |")
    lines += [
        "",
        "pairs with an own-word passage of T words or more (in brackets: of those, below",
        "P(copy) 0.5 today, the pairs a floor at T would move)",
        *_reach_table(rows, groups, "own_passage"),
    ]
    measures = _measures(rows)
    lines += [
        "",
        "separation: the share of (copy, non-copy) pairs whose copy has the longer passage",
        "",
        "| copies vs non-copies | " + " | ".join(measures) + " |",
        "|---|" + "---:|" * len(measures),
    ]
    for c in (g for g in groups if g in COPIES):
        for n in (g for g in groups if g not in COPIES):
            cells = [
                f"{auc(*([r[m] for r in rows if r['group'] == g] for g in (c, n))):.3f}"
                for m in measures
            ]
            lines.append(f"| {c} vs {n} | " + " | ".join(cells) + " |")
    if "own_near" in measures:
        lines += [
            "",
            "own words in one lexical passage, edits and all (own_near): pairs reaching T",
            "(in brackets: below P(copy) 0.5 today)",
            *_reach_table(rows, groups, "own_near"),
        ]
    lines += ["", "the longest own-word passages of the non-copies (BASIL, siblings):", ""]
    others = sorted((r for r in rows if r["group"] not in COPIES), key=lambda r: -r["own_passage"])
    for r in others[:12]:
        lines.append(
            f"- {r['group']} {r['id']}: {r['own_passage']} own words ({r.get('own_near', '-')} "
            f"with edits, max_passage "
            f"{r['passage_words']}, P(copy) {r['p_copy']:.2f}): {r['text'][:160]}"
        )
    missed = sorted((r for r in rows if r["group"] == "missed"), key=lambda r: r["own_passage"])
    if missed:
        lines += ["", "the missed plants:", ""]
        for r in missed:
            lines.append(
                f"- {r['id']}: {r['own_passage']} own words ({r.get('own_near', '-')} with edits, "
                f"max_passage {r['passage_words']}, "
                f"P(copy) {r['p_copy']:.2f})"
            )
    return "\n".join(lines)


def main() -> None:
    cli(__doc__ or "", GROUPS, run, report)


if __name__ == "__main__":
    main()
