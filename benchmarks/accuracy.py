"""Accuracy of `newstrace compare` on real text: hard negatives, planted rewrites, seed pair.

    python benchmarks/accuracy.py [--plants 100] [--events N] [--basil PATH] [--list]
                                  [--split all|tune|test] [--seed-pair-only] [--markdown]

Prints one table (reads BASIL from ../shared/data/basil/articles.jsonl):

* **BASIL same-event pairs**, the hard negatives: every ordered pair of independent reports
  of one event; a copy call is false unless it is the one known copy (Fox's 25af626f is
  written from the New York Times' c356e514, see BENCHMARKS.md).
* **Planted rewrites** (``benchmarks/plants.py``: verbatim, light, paraphrase, summary,
  mixed), per operation:

  - *recall*: planted pairs called a copy in the right direction, in both orders (the plant
    as A must give ``a_from_b``, as B ``b_from_a``), the plant dated the day after its
    source; *undated*: the same without dates, when only the texts say who copied whom
    (``analyse/direction.py``);
  - *sibling copies*: the plant against another outlet's report of its source's event,
    which the plant did not copy, called a copy (both orders);
  - *precision*: copy calls in the right direction among all copy calls on the
    operation's pairs (planted, undated, siblings; the "all" row adds BASIL's);
  - *passage P / R / gran / plagdet*: PAN's text-alignment measures (Potthast et al.,
    "An Evaluation Framework for Plagiarism Detection", COLING 2010) of the alignments of
    (plant, source) against the true cases, see :func:`pan_terms`; *neighbours merged*:
    plagdet after joining alignments that follow each other in both texts
    (:func:`merge_neighbours`), which separates fragmentation from misplaced spans.
* **The seed pair** against its hand annotation (``eval/gold/seed_pair.json``: which
  sentence of 000 was written from which sentence of 002, as character spans), see
  :func:`score_seed`: the relation, PAN's passage precision and recall against the annotated
  sentence pairs, and, on the line below the table, the links (an alignment joining a
  sentence of 000 to a sentence of 002) right and wrong, and the annotated links found.

The output is Markdown; ``--markdown`` leaves out the ``--list`` lines, so what it prints is
what BENCHMARKS.md pastes. ``--seed-pair-only`` scores only the seed pair (seconds).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import permutations
from pathlib import Path
from typing import Any

from plants import BASIL, OPERATIONS, Case, Plant, generate, load_basil

import newstrace

ROOT = Path(__file__).resolve().parent.parent
SEED_A = ROOT / "examples" / "000_e6fbe74bf2e26b00.txt"
SEED_B = ROOT / "examples" / "002_e02db9c07778dfbb.txt"
SEED_ANNOTATION = ROOT / "eval" / "gold" / "seed_pair.json"
# (copy, source): the one real copy among BASIL's same-event pairs (read by hand).
KNOWN_COPIES = frozenset(
    {("25af626f-79cd-464b-8efd-c36b5a96cb8b", "c356e514-a20d-45e3-b1ad-159636013822")}
)
COPY = ("a_from_b", "b_from_a")

Span = tuple[int, int]


# --- PAN's text-alignment measures --------------------------------------------------------


@dataclass(slots=True)
class PanSums:
    """Running sums of PAN's macro-averaged measures over many document pairs."""

    precision: float = 0.0
    detections: int = 0
    recall: float = 0.0
    cases: int = 0
    granularity: int = 0
    detected: int = 0

    def add(self, other: PanSums) -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def scores(self) -> tuple[float, float, float, float]:
        """Precision, recall, granularity and plagdet = F1 / log2(1 + granularity)."""
        precision = self.precision / self.detections if self.detections else 0.0
        recall = self.recall / self.cases if self.cases else 0.0
        granularity = self.granularity / self.detected if self.detected else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, granularity, f1 / math.log2(1 + granularity)


def _meet(x: Span, y: Span) -> Span | None:
    start, end = max(x[0], y[0]), min(x[1], y[1])
    return (start, end) if start < end else None


def _union(spans: Iterable[Span]) -> int:
    """Number of characters covered by ``spans``."""
    total, reach = 0, -1
    for start, end in sorted(spans):
        if end > reach:
            total += end - max(start, reach)
            reach = end
    return total


def pan_terms(cases: Sequence[Case], detections: Sequence[Case]) -> PanSums:
    """PAN's terms for one document pair (derived text, source).

    A detection *detects* a case when they overlap in the derived text AND in the source.
    Precision averages, over detections, the share of a detection's characters (both
    texts) inside the cases it detects; recall averages, over cases, the share of a case's
    characters inside the detections that detect it; granularity averages, over detected
    cases, how many detections detect each -- a passage reported in pieces scores worse.
    """
    sums = PanSums(detections=len(detections), cases=len(cases))

    def shared(case: Case, found: Case) -> tuple[Span, Span] | None:
        derived, source = _meet(case.derived, found.derived), _meet(case.source, found.source)
        return (derived, source) if derived and source else None

    for found in detections:
        parts = [p for case in cases if (p := shared(case, found))]
        size = found.derived[1] - found.derived[0] + found.source[1] - found.source[0]
        covered = _union(p[0] for p in parts) + _union(p[1] for p in parts)
        sums.precision += covered / size if size else 0.0
    for case in cases:
        parts = [p for found in detections if (p := shared(case, found))]
        size = case.derived[1] - case.derived[0] + case.source[1] - case.source[0]
        sums.recall += (_union(p[0] for p in parts) + _union(p[1] for p in parts)) / size
        if parts:
            sums.detected += 1
            sums.granularity += len(parts)
    return sums


def merge_neighbours(found: Sequence[Case], gap: int = 3) -> list[Case]:
    """Detections joined when they follow each other (or overlap) in both texts: what
    granularity would be if neighbouring sentence links were reported as one passage."""
    merged: list[Case] = []
    for case in sorted(found, key=lambda c: (c.derived, c.source)):
        last = merged[-1] if merged else None
        if (
            last is not None
            and case.derived[0] <= last.derived[1] + gap
            and last.source[0] - gap <= case.source[0] <= last.source[1] + gap
        ):
            merged[-1] = Case(
                (last.derived[0], max(last.derived[1], case.derived[1])),
                (min(last.source[0], case.source[0]), max(last.source[1], case.source[1])),
            )
        else:
            merged.append(case)
    return merged


def detections(result: newstrace.Comparison) -> list[Case]:
    return [
        Case((x.a_span.start, x.a_span.end), (x.b_span.start, x.b_span.end))
        for x in result.alignments
    ]


# --- the runs -------------------------------------------------------------------------------


@dataclass(slots=True)
class Row:
    """One line of the table."""

    pairs: int = 0
    right: int = 0  # planted pairs called a copy in the right direction (dated)
    right_undated: int = 0
    sibling_pairs: int = 0
    sibling_copies: int = 0
    copy_calls: int = 0
    correct_calls: int = 0
    pan: PanSums = field(default_factory=PanSums)
    pan_merged: PanSums = field(default_factory=PanSums)

    def merge(self, other: Row) -> None:
        for name in self.__slots__:
            if name.startswith("pan"):
                getattr(self, name).add(getattr(other, name))
            else:
                setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass(slots=True)
class Report:
    negatives: Row = field(default_factory=Row)
    negative_copies: list[tuple[newstrace.Article, newstrace.Article, Any]] = field(
        default_factory=list
    )
    operations: dict[str, Row] = field(default_factory=dict)
    seed: Row = field(default_factory=Row)
    seed_score: SeedScore | None = None
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # plant, order, relation


def article(record: dict[str, str], *, dated: bool = True) -> newstrace.Article:
    return newstrace.Article(
        text=record["text"],
        id=record["id"],
        title=record.get("title"),
        outlet=record.get("outlet"),
        published=record.get("date") if dated else None,
    )


def run_negatives(records: list[dict[str, str]], report: Report) -> None:
    """Every ordered pair of same-event BASIL articles; copies other than the known one
    are false."""
    events: dict[str, list[dict[str, str]]] = defaultdict(list)
    for record in records:
        events[record["event"]].append(record)
    row = report.negatives
    for group in events.values():
        for a, b in permutations(group, 2):
            result = newstrace.compare(article(a), article(b))
            row.pairs += 1
            if result.verdict.relation in COPY:
                row.copy_calls += 1
                row.correct_calls += _known_copy(a["id"], b["id"], result.verdict.relation)
                report.negative_copies.append((article(a), article(b), result))


def _known_copy(a_id: str, b_id: str, relation: str) -> bool:
    copy, source = (a_id, b_id) if relation == "a_from_b" else (b_id, a_id)
    return (copy, source) in KNOWN_COPIES


def run_plant(plant: Plant, sibling: dict[str, str] | None, report: Report) -> Row:
    """The plant against its source (both orders, dated and not) and against a sibling."""
    row = Row(pairs=2)
    derived = {"id": plant.id, "text": plant.text, "date": plant.published, "outlet": "plant"}
    for dated in (True, False):
        a, b = article(derived, dated=dated), article(plant.source, dated=dated)
        for first, second, wanted in ((a, b, "a_from_b"), (b, a, "b_from_a")):
            result = newstrace.compare(first, second)
            relation = result.verdict.relation
            hit = relation == wanted
            if dated:
                row.right += hit
                if first is a:
                    row.pan = pan_terms(plant.cases, detections(result))
                    row.pan_merged = pan_terms(plant.cases, merge_neighbours(detections(result)))
            else:
                row.right_undated += hit
            row.copy_calls += relation in COPY
            row.correct_calls += hit
            if not hit:
                report.misses.append(
                    (plant.id, f"{'dated' if dated else 'undated'} {wanted}", relation)
                )
    if sibling is not None:
        for first, second in ((derived, sibling), (sibling, derived)):
            relation = newstrace.compare(article(first), article(second)).verdict.relation
            row.sibling_pairs += 1
            row.sibling_copies += relation in COPY
            row.copy_calls += relation in COPY
    return row


def sibling_of(plant: Plant, records: list[dict[str, str]]) -> dict[str, str] | None:
    """Another outlet's report of the source's event, unless the source copied one of them."""
    source = plant.source
    others = [r for r in records if r["event"] == source["event"] and r["id"] != source["id"]]
    if any(
        (source["id"], r["id"]) in KNOWN_COPIES or (r["id"], source["id"]) in KNOWN_COPIES
        for r in others
    ):
        return None
    return others[0] if others else None


def run_plants(records: list[dict[str, str]], plants: list[Plant], report: Report) -> None:
    for plant in plants:
        row = report.operations.setdefault(plant.operation, Row())
        row.merge(run_plant(plant, sibling_of(plant, records), report))


def run_seed(report: Report) -> None:
    """The seed pair's result against its hand annotation."""
    annotation = json.loads(SEED_ANNOTATION.read_text(encoding="utf-8"))
    a = newstrace.Article((ROOT / annotation["a"]).read_text(encoding="utf-8"))
    b = newstrace.Article((ROOT / annotation["b"]).read_text(encoding="utf-8"))
    score = score_seed(newstrace.compare(a, b), annotation)
    report.seed_score = score
    report.seed = Row(pairs=1, right=int(score.relation_right), pan=score.pan)


@dataclass(slots=True)
class SeedScore:
    """A comparison of the seed pair scored against the hand annotation.

    A *link* is an alignment together with an annotated sentence of A that its A span
    overlaps (in a non-blank character); it is right when its B span overlaps one of that
    sentence's sources or ``also_right`` sentences.  An annotated link (sentence, source)
    is found when some link of the sentence overlaps the source.  Alignments that overlap
    no annotated sentence are counted apart (``unscored``).  The PAN terms take the
    annotated sentence pairs as the true cases: precision against sources and
    ``also_right`` pairs, recall against sources only.
    """

    relation: str
    relation_right: bool
    links: int = 0
    links_right: int = 0
    annotated_links: int = 0
    annotated_found: int = 0
    sentences: int = 0
    sentences_found: int = 0  # annotated sentences with at least one right link
    unscored: int = 0
    pan: PanSums = field(default_factory=PanSums)
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)


def _overlaps(text: str, span: Span, other: dict[str, Any]) -> bool:
    part = _meet(span, (other["start"], other["end"]))
    return part is not None and bool(text[part[0] : part[1]].strip())


def _case(a: dict[str, Any], b: dict[str, Any]) -> Case:
    return Case((a["start"], a["end"]), (b["start"], b["end"]))


def score_seed(result: newstrace.Comparison, annotation: dict[str, Any]) -> SeedScore:
    """Score ``result`` (of the annotation's A against its B) against ``annotation``."""
    a_text, b_text = (
        (ROOT / annotation["a"]).read_text(encoding="utf-8"),
        (ROOT / annotation["b"]).read_text(encoding="utf-8"),
    )
    score = SeedScore(result.verdict.relation, result.verdict.relation == annotation["relation"])
    found = [
        ((x.a_span.start, x.a_span.end), (x.b_span.start, x.b_span.end)) for x in result.alignments
    ]
    scored: set[int] = set()
    for sentence in annotation["sentences"]:
        score.sentences += 1
        right = [*sentence["sources"], *sentence.get("also_right", [])]
        mine = [k for k, (a, _) in enumerate(found) if _overlaps(a_text, a, sentence["a"])]
        scored.update(mine)
        good = [k for k in mine if any(_overlaps(b_text, found[k][1], s) for s in right)]
        score.links += len(mine)
        score.links_right += len(good)
        score.sentences_found += bool(good)
        label = sentence["a"]["text"][:40]
        score.wrong += [
            f"{label!r} -> {b_text[slice(*found[k][1])][:40]!r}" for k in mine if k not in good
        ]
        for source in sentence["sources"]:
            score.annotated_links += 1
            hit = any(_overlaps(b_text, found[k][1], source) for k in good)
            score.annotated_found += hit
            if not hit:
                score.missed.append(f"{label!r} -> {source['text'][:40]!r}")
    score.unscored = len(found) - len(scored)
    detections = [Case(*found[k]) for k in sorted(scored)]
    cases = [_case(s["a"], b) for s in annotation["sentences"] for b in s["sources"]]
    also = [_case(s["a"], b) for s in annotation["sentences"] for b in s.get("also_right", [])]
    precision = pan_terms([*cases, *also], detections)
    recall = pan_terms(cases, detections)
    score.pan = PanSums(
        precision=precision.precision,
        detections=precision.detections,
        recall=recall.recall,
        cases=recall.cases,
    )
    return score


def run(
    records: list[dict[str, str]],
    *,
    plants_per_operation: int,
    events: int | None = None,
    seed: int = 2026,
) -> Report:
    """Every part of the harness on ``records`` (the first ``events`` events for the
    negatives; plants from all of them)."""
    report = Report()
    chosen = _first_events(records, events)
    run_negatives(chosen, report)
    run_plants(records, generate(records, plants_per_operation, seed), report)
    run_seed(report)
    return report


def _first_events(records: list[dict[str, str]], count: int | None) -> list[dict[str, str]]:
    order = list(dict.fromkeys(r["event"] for r in records))
    keep = set(order if count is None else order[:count])
    return [r for r in records if r["event"] in keep]


# --- the table ----------------------------------------------------------------------------

HEADER = (
    "| case | plants | recall | recall, undated | sibling pairs called copies "
    "| copy calls | precision | passage P | passage R | granularity | plagdet "
    "| plagdet, neighbours merged |"
)


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "-"


def _calls(row: Row) -> list[str]:
    false = row.copy_calls - row.correct_calls
    return [f"{row.copy_calls} ({false} false)", _share(row.correct_calls, row.copy_calls)]


def _pan(row: Row) -> list[str]:
    return [f"{value:.2f}" for value in (*row.pan.scores(), row.pan_merged.scores()[3])]


def _planted(name: str, row: Row) -> list[str]:
    return [
        name,
        str(row.pairs // 2),
        _share(row.right, row.pairs),
        _share(row.right_undated, row.pairs),
        f"{row.sibling_copies} of {row.sibling_pairs}",
        *_calls(row),
        *_pan(row),
    ]


def table(report: Report) -> str:
    """The results as one Markdown table."""
    name = f"BASIL same-event pairs ({report.negatives.pairs})"
    rows = [[name, *["-"] * 4, *_calls(report.negatives), *["-"] * 5]]
    total = Row()
    for operation in OPERATIONS:
        if operation in report.operations:
            rows.append(_planted(f"planted: {operation}", report.operations[operation]))
            total.merge(report.operations[operation])
    rows.append(_planted("planted: all operations", total))
    everything = replace(total, pan=PanSums(), pan_merged=PanSums())
    everything.merge(report.negatives)
    rows.append(["every pair above", "-", "-", "-", "-", *_calls(everything), *["-"] * 5])
    seed = report.seed
    dashes = ["-"] * 4
    rows.append(["seed pair vs its hand annotation", "-", _share(seed.right, 1), *dashes])
    rows[-1].extend([*_pan(seed)[:2], "-", "-", "-"])
    lines = [HEADER, "|---|" + "---:|" * 11]
    lines.extend("| " + " | ".join(cells) + " |" for cells in rows)
    return "\n".join(lines)


def seed_table(score: SeedScore) -> str:
    """The seed pair's scores against its hand annotation as a Markdown table."""
    precision, recall, _, _ = score.pan.scores()
    cells = [
        score.relation + (" (right)" if score.relation_right else " (wrong)"),
        f"{score.links_right} of {score.links}",
        _share(score.links_right, score.links),
        f"{score.annotated_found} of {score.annotated_links}",
        _share(score.annotated_found, score.annotated_links),
        f"{score.sentences_found} of {score.sentences}",
        f"{precision:.2f}",
        f"{recall:.2f}",
        str(score.unscored),
    ]
    header = (
        "| relation | links right | link precision | annotated links found | link recall "
        "| sentences linked | passage P | passage R | alignments outside the annotation |"
    )
    return "\n".join([header, "|---|" + "---:|" * 8, "| " + " | ".join(cells) + " |"])


def seed_line(score: SeedScore) -> str:
    """The seed pair's links against the hand annotation, in one sentence."""
    line = (
        f"seed pair against {SEED_ANNOTATION.relative_to(ROOT)}: relation {score.relation} "
        f"({'right' if score.relation_right else 'wrong'}); links right {score.links_right} of "
        f"{score.links} (precision {_share(score.links_right, score.links)}); annotated links "
        f"found {score.annotated_found} of {score.annotated_links} (recall "
        f"{_share(score.annotated_found, score.annotated_links)}); sentences of 000 linked to a "
        f"source {score.sentences_found} of {score.sentences}; alignments outside the "
        f"annotation {score.unscored}"
    )
    details = [f"wrong link: {w}" for w in score.wrong] + [f"missed: {m}" for m in score.missed]
    return "\n".join([line, *details])


def describe(report: Report, *, listing: bool) -> str:
    """The table, the seed pair's links and (``listing``) every copy call and miss."""
    out = [table(report), ""]
    if report.seed_score is not None:
        out.append(seed_line(report.seed_score))
    if listing:
        for a, b, result in report.negative_copies:
            relation = result.verdict.relation
            known = _known_copy(a.id or "", b.id or "", relation)
            out.append(
                f"{'known copy' if known else 'FALSE COPY'}: {relation} "
                f"{result.verdict.confidence:.2f} A={a.outlet}:{a.id} {a.title!r} "
                f"B={b.outlet}:{b.id} {b.title!r} -- {result.verdict.reasons[0]}"
            )
        out.extend(
            f"missed: {plant} {order}: {relation}" for plant, order, relation in report.misses
        )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--basil", type=Path, default=BASIL)
    parser.add_argument("--plants", type=int, default=100, help="plants per operation")
    parser.add_argument("--events", type=int, default=None, help="only N events as negatives")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--list", action="store_true", help="list copy calls and missed plants")
    parser.add_argument("--markdown", action="store_true", help="only what BENCHMARKS.md pastes")
    parser.add_argument(
        "--seed-pair-only", action="store_true", help="score only the seed pair (no BASIL)"
    )
    parser.add_argument(
        "--split",
        choices=("all", "tune", "test"),
        default="all",
        help="only BASIL events of this split (eval/README.md): plants' sources and negatives;"
        " the verdict's model is fitted on tune",
    )
    args = parser.parse_args(argv)
    if args.seed_pair_only:
        report = Report()
        run_seed(report)
        assert report.seed_score is not None
        print(seed_table(report.seed_score) + "\n\n" + seed_line(report.seed_score))
        return
    records = load_basil(args.basil)
    if args.split != "all":
        sys.path.insert(0, str(ROOT / "eval"))
        from devset import split_of

        records = [r for r in records if split_of(r["event"]) == args.split]
    report = run(records, plants_per_operation=args.plants, events=args.events, seed=args.seed)
    print(describe(report, listing=args.list and not args.markdown))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
