"""Quotations away from the shared passage: the copy model's ``min_new_quotes``, as today
and counted only near what the two texts share (issues 15 and 17).

    python benchmarks/quotes_near_shared.py measure GROUP... -o OUT.jsonl [--scan DIR]
    python benchmarks/quotes_near_shared.py report OUT.jsonl...

``new_quotes`` of a text is (quotations the other lacks + 1/2) / (quotations + 1), over
its quotations of four words or more (``direction_model.side_values``), and the copy
model sees the smaller of the two texts' values.  A block lifted into a host story keeps
the host's own quotations away from it; the question is whether two independent reports
of one event also keep their other quotations away from what they share.  Each pair is
measured once (the feature is the same whichever text is A), and for every quotation of
each text it records whether the other lacks it and whether it lies *inside* the shared
stretch (first to last passage) or *near* it (within one paragraph either side), for
two stretches: the lexical passages' (verbatim and near-verbatim) and every aligned
passage's.  ``report`` prints, per group, the distribution of each variant over the pairs
the copy model is asked about (``min_copy_traced``), and the area under the ROC curve of
each copy group against each group of non-copies (the share of (copy, non-copy) pairs
whose copy has the lower value; ties count half), and how many pairs of each group the
shipped model would give P(copy) >= 0.5 with the variant in place of today's value (not
refitted: a first look at what the change would move, not the refit's result).

Groups: ``missed`` (the 14 planted verbatim and light blocks the 20k scan calls
``shared_source``, with their dates, from ``--scan``: corpus.jsonl, truth.jsonl and the
scan's out_after/pairs.jsonl), ``plants`` (the other verbatim and light plants of that
corpus), ``basil`` (BASIL's 300 same-event pairs: 600 ordered, the same value both ways),
``rewrite``, ``primary`` and ``sibling`` (the development set's splits tune to fresh22).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from devset import BASIL, SPLITS, basil_pairs, load  # noqa: E402

from newstrace import Article  # noqa: E402
from newstrace.analyse.direction_model import (  # noqa: E402
    asks_copy_model,
    copy_features,
    load_model,
)
from newstrace.analyse.quotations import extract_quotes  # noqa: E402
from newstrace.config import DEFAULT_CONFIG  # noqa: E402
from newstrace.model import QuoteCheck, Span  # noqa: E402
from newstrace.pipeline import prepare, weigh  # noqa: E402

SCAN = Path("/work/prof/scan21")
DEV_SPLITS = SPLITS[: SPLITS.index("fresh22") + 1]  # never the held-out split
COPY_GROUPS = ("missed", "plants", "rewrite", "primary")
NEGATIVE_GROUPS = ("basil", "sibling")
VARIANTS = ("all", "in_lexical", "near_lexical", "in_aligned", "near_aligned")


def _paragraph_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in re.finditer(r"\n\s*", text))]


def _stretch(spans: list[Span]) -> Span | None:
    return Span(min(s.start for s in spans), max(s.end for s in spans)) if spans else None


def _quote_places(
    text: str, quotes: list[QuoteCheck], lexical: list[Span], aligned: list[Span]
) -> list[dict[str, bool]]:
    """Each quotation of four words or more: whether the other lacks it, and whether it
    lies in or near (a paragraph either side) each shared stretch."""
    starts = _paragraph_starts(text)

    def paragraph(position: int) -> int:
        return bisect_right(starts, position) - 1

    places = []
    for q in quotes:
        if len(q.text.split()) < 4:
            continue
        span = q.a_span
        place = {"new": q.status == "unmatched"}
        for name, spans in (("lexical", lexical), ("aligned", aligned)):
            stretch = _stretch(spans)
            inside = stretch is not None and span.start < stretch.end and stretch.start < span.end
            near = stretch is not None and (
                paragraph(stretch.start) - 1 <= paragraph(span.start)
                and paragraph(span.end - 1) <= paragraph(stretch.end - 1) + 1
            )
            place[f"in_{name}"] = inside
            place[f"near_{name}"] = inside or near
        places.append(place)
    return places


def measure_pair(a: Article, b: Article) -> dict[str, Any]:
    """Today's copy features and P(copy), and where each text's quotations lie."""
    config = DEFAULT_CONFIG
    doc_a, doc_b = prepare(a, config), prepare(b, config)
    for doc in (doc_a, doc_b):
        extract_quotes(doc)
    alignments, (a_quotes, b_quotes), coverage, evidence = weigh(doc_a, doc_b, config=config)
    swapped = [x.swapped() for x in alignments]
    features = copy_features(coverage, evidence)
    asked = asks_copy_model(features, config.verdict.min_copy_traced)
    sides = []
    for doc, quotes, mine in ((doc_a, a_quotes, alignments), (doc_b, b_quotes, swapped)):
        lexical = [x.a_span for x in mine if x.kind != "paraphrase"]
        sides.append(_quote_places(doc.text, quotes, lexical, [x.a_span for x in mine]))
    return {
        "features": features,
        "asked": asked,
        "p_copy": load_model().copy_probability(features) if asked else 0.0,
        "sides": sides,
    }


def new_quotes(places: list[dict[str, bool]], variant: str) -> float:
    """``side_values``' smoothed share, over the quotations the variant counts."""
    counted = [p for p in places if variant == "all" or p[variant]]
    return (sum(p["new"] for p in counted) + 0.5) / (len(counted) + 1)


def _pairs(
    group: str, scan: Path, splits: tuple[str, ...] = DEV_SPLITS
) -> Iterator[tuple[str, Article, Article]]:
    """``(id, copy or A, source or B)`` of a group (the development set's of ``splits``)."""
    if group in ("rewrite", "primary", "sibling"):
        for split in splits:
            for pair in load(split, kinds=(group,)):
                yield f"{split}:{pair.id}", Article(pair.a), Article(pair.b)
    elif group == "basil":
        for bp in basil_pairs(BASIL, ordered=False):
            a, b = (
                Article(x["text"], id=x["id"], outlet=x["outlet"], published=x["date"])
                for x in (bp.a, bp.b)
            )
            yield f"{bp.split}:{a.id}:{b.id}", a, b
    else:
        yield from _plants(group, scan)


def _plants(group: str, scan: Path) -> Iterator[tuple[str, Article, Article]]:
    """Verbatim and light plants of the 20k corpus: ``missed`` those the scan calls
    ``shared_source`` at P(copy) < 0.5, ``plants`` the others."""
    wanted = [
        json.loads(line)
        for line in (scan / "truth.jsonl").read_text().splitlines()
        if line and json.loads(line)["operation"] in ("verbatim", "light")
    ]
    records = {}
    ids = {t["copy"] for t in wanted} | {t["source"] for t in wanted}
    with (scan / "corpus.jsonl").open() as corpus:
        for line in corpus:
            record = json.loads(line)
            if record["id"] in ids:
                records[record["id"]] = record
    low = re.compile(r"written from the other: (\d+)%")
    missed = set()
    for line in (scan / "out_after" / "pairs.jsonl").read_text().splitlines():
        pair = json.loads(line)
        found = [int(m.group(1)) for r in pair["reasons"] if (m := low.search(r))]
        if pair["relation"] == "shared_source" and found and found[0] < 50:
            missed.add(frozenset((pair["a"], pair["b"])))
    for t in wanted:
        if (frozenset((t["copy"], t["source"])) in missed) == (group == "missed"):
            a, b = (
                Article(r["text"], id=r["id"], outlet=r.get("outlet"), published=r.get("date"))
                for r in (records[t["copy"]], records[t["source"]])
            )
            yield t["copy"], a, b


def measure_groups(
    groups: list[str],
    out: Path,
    pairs_of: Callable[[str], Iterable[tuple[str, Article, Article]]],
    measure: Callable[[Article, Article], dict[str, Any]],
) -> None:
    """``measure`` every pair of ``groups`` into the JSON lines ``out``, one row a pair,
    skipping the pairs ``out`` has already (a stopped run goes on where it was)."""
    done = set()
    if out.exists():
        done = {(r["group"], r["id"]) for r in map(json.loads, out.read_text().splitlines())}
    with out.open("a") as sink:
        for group in groups:
            for pair_id, a, b in pairs_of(group):
                if (group, pair_id) in done:
                    continue
                row = {"group": group, "id": pair_id} | measure(a, b)
                sink.write(json.dumps(row) + "\n")
                sink.flush()


def run(groups: list[str], out: Path, scan: Path) -> None:
    measure_groups(groups, out, lambda group: _pairs(group, scan), measure_pair)


def auc(higher: list[float], lower: list[float]) -> float:
    """Share of (x, y) pairs, x of ``higher`` and y of ``lower``, with x > y (ties half)."""
    if not higher or not lower:
        return float("nan")
    wins = sum((x > y) + 0.5 * (x == y) for x in higher for y in lower)
    return wins / (len(higher) * len(lower))


def deciles(values: list[float], digits: int = 2, *, with_max: bool = False) -> str:
    """p10 / median / p90 (/ max) of ``values``, or "-"."""
    if not values:
        return "-"
    cut = statistics.quantiles(values, n=10, method="inclusive") if len(values) > 1 else values * 9
    spread = [cut[0], statistics.median(values), cut[-1]]
    return " / ".join(f"{v:.{digits}f}" for v in spread) + (f" / {max(values)}" if with_max else "")


def cli(
    doc: str,
    groups: tuple[str, ...],
    run: Callable[[list[str], Path, Path], None],
    report: Callable[[list[Path]], str],
) -> None:
    """``measure GROUP... -o OUT [--scan DIR]`` or ``report PATH...``: the command line of
    the benchmarks that measure pairs once and report on the rows many times."""
    parser = argparse.ArgumentParser(
        description=doc, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    measure = commands.add_parser("measure")
    measure.add_argument("groups", nargs="+", choices=groups)
    measure.add_argument("-o", "--out", type=Path, required=True)
    measure.add_argument("--scan", type=Path, default=SCAN)
    reporting = commands.add_parser("report")
    reporting.add_argument("paths", type=Path, nargs="+")
    args = parser.parse_args()
    if args.command == "measure":
        run(args.groups, args.out, args.scan)
    else:
        print(report(args.paths))


def report(paths: list[Path]) -> str:
    rows = [json.loads(line) for path in paths for line in path.read_text().splitlines()]
    asked = [r for r in rows if r["asked"]]
    value = {
        (id(r), v): min(new_quotes(side, v) for side in r["sides"]) for r in asked for v in VARIANTS
    }
    groups = [g for g in (*COPY_GROUPS, *NEGATIVE_GROUPS) if any(r["group"] == g for r in rows)]
    lines = [
        "min_new_quotes over the pairs the copy model is asked about: p10 / median / p90",
        "",
        "| group | pairs (asked) | " + " | ".join(VARIANTS) + " |",
        "|---|---:|" + "---|" * len(VARIANTS),
    ]
    for g in groups:
        mine = [r for r in asked if r["group"] == g]
        cells = [deciles([value[id(r), v] for r in mine]) for v in VARIANTS]
        total = sum(r["group"] == g for r in rows)
        lines.append(f"| {g} | {total} ({len(mine)}) | " + " | ".join(cells) + " |")
    lines += [
        "",
        "quotations each text has and the other lacks, summed over both texts of the asked pairs:",
        "how many lie outside each stretch",
        "",
        "| group | new quotations | outside lexical stretch | not near it | outside aligned stretch |",
        "|---|---:|---:|---:|---:|",
    ]
    for g in groups:
        new = [p for r in asked if r["group"] == g for side in r["sides"] for p in side if p["new"]]
        shares = [
            f"{sum(not p[k] for p in new) / max(1, len(new)):.2f}"
            for k in ("in_lexical", "near_lexical", "in_aligned")
        ]
        lines.append(f"| {g} | {len(new)} | " + " | ".join(shares) + " |")
    lines += ["", "AUC, copies below non-copies (1: always lower, 0.5: no separation)", ""]
    lines += ["| copies vs non-copies | " + " | ".join(VARIANTS) + " |"]
    lines += ["|---|" + "---:|" * len(VARIANTS)]
    for c in (g for g in groups if g in COPY_GROUPS):
        for n in (g for g in groups if g in NEGATIVE_GROUPS):
            cells = [
                f"{auc(*([value[id(r), v] for r in asked if r['group'] == g] for g in (n, c))):.3f}"
                for v in VARIANTS
            ]
            lines.append(f"| {c} vs {n} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "pairs at P(copy) >= 0.5: the shipped model, the variant in place of min_new_quotes (no refit)",
        "",
        "| group | asked | " + " | ".join(VARIANTS) + " |",
        "|---|---:|" + "---:|" * len(VARIANTS),
    ]
    model = load_model()
    for g in groups:
        mine = [r for r in asked if r["group"] == g]
        cells = [
            str(
                sum(
                    model.copy_probability(r["features"] | {"min_new_quotes": value[id(r), v]})
                    >= 0.5
                    for r in mine
                )
            )
            for v in VARIANTS
        ]
        lines.append(f"| {g} | {len(mine)} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    cli(__doc__ or "", (*COPY_GROUPS, *NEGATIVE_GROUPS), run, report)


if __name__ == "__main__":
    main()
