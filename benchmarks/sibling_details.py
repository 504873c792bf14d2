"""What the called copy gives that its called source lacks: can a copy's extra details
tell two rewrites of one article from a copy?

    python benchmarks/sibling_details.py [--splits tune..fresh34] [--no-basil] [--markdown]

A copy can only lose its source's details: in the passages they share, what the copy
gives and the source lacks should be its changed facts (another value, not a new
specific) or words of its own.  Of two rewrites of one article by writers who never saw
each other's text, the one read as the copy often gives specifics of the article that
the other dropped or changed (a full name, a title, an exact figure, a place).  This reads
the details (``clues.details``) of the called copy's firm passages that the called source
never gives -- the called source's ``details_dropped`` -- from the shipped verdict's
comparisons (``benchmarks/every_split.py``'s cache; one order per pair; the copy is A for
rewrite and primary pairs, the called copy or the more-traced text for siblings and
BASIL) and sorts each two ways:

* **in truth**, from the writers' records (never read by newstrace): a fact the copy's
  writer changed (``changed_facts``), a detail of the article (siblings only: the other
  writer dropped or changed it), or the copy writer's own;
* **as the texts show it**: with a counterpart (the source's passage gives a detail the
  copy lacks, of the same kind: a figure for a figure, a name spelt alike: a value
  changed) or added, and of what form (a figure, a title, a first name before a name the
  source gives, another name).

A reading the texts allow separates only if the added details of the siblings called
copies stand apart from those of the copies.  Last, the copy calls at 0.99 and more by
the count of the copy's extra details (both orders).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Any

from every_split import bench
from sibling_marks import _sides, call_row, grouped_calls, one_order, read_gate

from newstrace.analyse.clues import details
from newstrace.analyse.direction_model import load_model
from newstrace.analyse.resources import TITLES
from newstrace.config import DEFAULT_CONFIG
from newstrace.model import Alignment, Comparison

if TYPE_CHECKING:  # eval/ is on the path once every_split is imported
    from devset import Pair

# Two names this alike (difflib's ratio) are one name spelt two ways ("Pruett"/"Pruitt").
_SPELT_ALIKE = 0.6
FORMS = ("figure", "title", "first name", "other name")
TRUTHS = ("changed", "article", "own")


@dataclass(frozen=True)
class Extra:
    """A detail of the copy's passages that the source never gives."""

    detail: str
    counterpart: bool  # the source's passage gives one of the same kind the copy lacks
    form: str  # one of FORMS


def _alike(mine: str, theirs: str) -> bool:
    if mine[0].isdigit() or theirs[0].isdigit():
        return mine[0].isdigit() and theirs[0].isdigit()
    return SequenceMatcher(None, mine, theirs).ratio() >= _SPELT_ALIKE


def _form(detail: str, passage: str, source_details: frozenset[str]) -> str:
    if detail[0].isdigit():
        return "figure"
    if detail in TITLES:
        return "title"
    # A first name: the copy says "Jon Bruning" where the source's passage says "Bruning".
    for match in re.finditer(rf"\b{re.escape(detail)}\s+([A-Z][\w'’-]*)", passage, re.I):
        following = match.group(1).lower().removesuffix("’s").removesuffix("'s")
        if match.group(0)[0].isupper() and following in source_details:
            return "first name"
    return "other name"


def copy_extras(
    alignments: list[Alignment], side: str, copy_text: str, source_text: str
) -> list[Extra]:
    """The details of the copy's firm passages (``side``) the source never gives."""
    firm = DEFAULT_CONFIG.align.paraphrase_threshold
    source, copy = details(source_text), details(copy_text)
    found: dict[str, Extra] = {}
    for x in alignments:
        if x.kind == "paraphrase" and x.score < firm:
            continue
        mine, theirs = (x.a_text, x.b_text) if side == "a" else (x.b_text, x.a_text)
        lacking = details(theirs) - copy
        for detail in sorted(details(mine) - source):
            counterpart = any(_alike(detail, other) for other in lacking)
            if detail not in found or (counterpart and not found[detail].counterpart):
                found[detail] = Extra(detail, counterpart, _form(detail, mine, details(theirs)))
    return list(found.values())


def truth_of(detail: str, record: dict[str, Any], article: str) -> str:
    """What an extra detail is in truth: a fact the copy's writer changed, the article's
    (a detail the other writer dropped or changed), or the writer's own."""
    for fact in record.get("changed_facts", []):
        if detail in details(fact["copy"]) and detail not in details(fact["source"]):
            return "changed"
    return "article" if detail in details(article) else "own"


def _records(kind: str, pair: Pair, side: str) -> tuple[dict[str, Any], str]:
    """The copy's writer's record and the article, for a development pair."""
    if kind != "sibling":
        return pair.record, pair.record["source"]["text"]
    first, second = pair.record["first"], pair.record["second"]
    return (first if side == "a" else second), first["source"]["text"]


def _text(x: object) -> str:
    return x if isinstance(x, str) else str(getattr(x, "text", ""))


def tally(
    cases: list[bench.Case], results: list[Comparison], pairs: dict[str, Pair]
) -> Counter[tuple[str, str]]:
    """Each group's pairs, extra details by truth and by what the texts show (one order)."""
    counts: Counter[tuple[str, str]] = Counter()
    for case, result, kind, group in one_order(cases, results):
        side = _sides(kind, result)[2]
        texts = (_text(case[1]), _text(case[2]))
        copy_text, source_text = texts if side == "a" else texts[::-1]
        extras = copy_extras(list(result.alignments), side, copy_text, source_text)
        counts[group, "n"] += 1
        counts[group, "extras"] += len(extras)
        added = [x for x in extras if not x.counterpart]
        counts[group, "countered"] += len(extras) - len(added)
        for form in FORMS:
            counts[group, f"added {form}"] += sum(x.form == form for x in added)
        counts[group, "pairs, 2+ added"] += len(added) >= 2
        counts[group, "pairs, a first name or title added"] += any(
            x.form in ("first name", "title") for x in added
        )
        if kind == "basil":
            continue
        record, article = _records(kind, pairs[case[0].split(":")[2]], side)
        truths = Counter(truth_of(x.detail, record, article) for x in extras)
        for truth in TRUTHS:
            counts[group, f"in truth: {truth}"] += truths[truth]
        counts[group, "pairs, 1+ of the article's"] += truths["article"] >= 1
        counts[group, "pairs, 2+ of the article's"] += truths["article"] >= 2
    return counts


# The copy's extra details, grouped (the last: this many or more).
EXTRA_COUNTS = (0, 1, 2, 3, 4, 5)


def _extras_of_copy(result: Comparison) -> int | None:
    """The called copy's extra details (``EXTRA_COUNTS``), for a call at 0.99 and more."""
    verdict, e = result.verdict, result.evidence
    if verdict.confidence < 0.99:
        return None
    source = e.b if verdict.relation == "a_from_b" else e.a
    return min(source.details_dropped, EXTRA_COUNTS[-1])


def sure_calls(cases: list[bench.Case], results: list[Comparison]) -> list[list[str]]:
    """The copy calls at 0.99 and more (both orders, BASIL too) by the count of the called
    copy's extra details: how many, how many right, the mean stated, the sibling calls."""
    found = grouped_calls(cases, results, _extras_of_copy)
    last = EXTRA_COUNTS[-1]
    return [
        [f"{k}{'+' if k == last else ''}", *call_row(found[k])] for k in EXTRA_COUNTS if k in found
    ]


# Bands of stated confidence for the sure calls (low bounds).
SURE_BANDS = (0.99, 0.98, 0.97, 0.95)


def sure_calls_by_model(cases: list[bench.Case], results: list[Comparison]) -> list[list[str]]:
    """The copy calls at 0.95 and more (both orders, BASIL too) by the model that weighed
    them (the paraphrase model when the pair shares no passage of ``PARAPHRASE_BELOW``
    words of its own) and band of stated confidence: are the surest as right as they say?"""
    model = load_model()

    def key(result: Comparison) -> tuple[str, float] | None:
        stated = result.verdict.confidence
        if stated < SURE_BANDS[-1]:
            return None
        which = "paraphrase" if model.weighs_paraphrase(result.evidence) else "copy"
        return which, next(x for x in SURE_BANDS if stated >= x)

    found = grouped_calls(cases, results, key)
    return [
        [which, f"{low:.2f}+", *call_row(found[which, low])]
        for which in ("copy", "paraphrase")
        for low in SURE_BANDS
        if (which, low) in found
    ]


def _cell(counts: Counter[tuple[str, str]], group: str, name: str, per: str) -> str:
    total = counts[group, per]
    return f"{counts[group, name]} ({counts[group, name] / total:.0%})" if total else "0"


def main() -> None:
    args, splits, cases, results = read_gate(__doc__)
    pairs = {p.id: p for split in splits for p in bench.load(split)}
    counts = tally(cases, results, pairs)
    groups = sorted({g for g, _ in counts})
    truth = [f"in truth: {t}" for t in TRUTHS]
    article = ["pairs, 1+ of the article's", "pairs, 2+ of the article's"]
    rows = [
        [g, str(counts[g, "n"]), str(counts[g, "extras"])]
        + [_cell(counts, g, k, "extras") for k in truth]
        + [_cell(counts, g, k, "n") for k in article]
        for g in groups
    ]
    print(bench._table(["pairs", "n", "extra details", *truth, *article], rows, args.markdown))
    shown = ["countered", *(f"added {f}" for f in FORMS)]
    some = ["pairs, 2+ added", "pairs, a first name or title added"]
    rows = [
        [g, str(counts[g, "n"])]
        + [_cell(counts, g, k, "extras") for k in shown]
        + [_cell(counts, g, k, "n") for k in some]
        for g in groups
    ]
    print()
    print(bench._table(["pairs", "n", *shown, *some], rows, args.markdown))
    print("\ncopy calls at 0.99+ by the called copy's extra details (both orders, BASIL):")
    header = ["extra details", "calls", "right", "stated mean", "sibling calls"]
    print(bench._table(header, sure_calls(cases, results), args.markdown))
    print("\ncopy calls at 0.95+ by the model that weighed them (both orders, BASIL):")
    header = ["model", "stated", "calls", "right", "stated mean", "sibling calls"]
    print(bench._table(header, sure_calls_by_model(cases, results), args.markdown))


if __name__ == "__main__":
    main()
