"""Substitutions in paraphrased sentences: changed values, or details of each text's own?

    python benchmarks/substitutions.py CACHE [--splits tune..] [--no-basil] [--list]
        [--show ID ...] [--wrong GATE_LIST]

A copy that changes a fact ("took to Facebook on Sunday" for "used Twitter ... Saturday
morning") gives a detail its source lacks and lacks one of its source's.
``clues.changed_details`` reads such a value as changed, not dropped, only in passages
shared word for word; in a paraphrase link both values count as details the other text
lacks, so the copy model's two-way loss (``direction_model.lacking``) and each text's new
details (``details_new``) read the copy as a text written apart (fresh56's rw-712, fresh49's
rw-637).  This decides the comparisons ``every_split.py`` cached for some code (``CACHE``)
again with this code's ``decide`` and the shipped model (``direction.decided_again``), with
the evidence recounted from the cached alignments and texts.  The changed values of a firm
paraphrase link are read two ways:

* ``slots``: ``clues.changed_details`` on the link (a detail in the same place of the two
  token sequences, another value: word order must agree);
* ``paired``: :func:`paired_changes` (each detail only one sentence gives takes the
  other's detail of its kind -- figure, day, month, title, name -- nearest its place).

and each is weighed as ``changes out`` (``lacking`` counts the dropped only), ``novelty``
(each text's new details without its values in places the other changed, ``lacking`` as
shipped), both, and ``novelty, shorter text`` (the shorter text's new details only, every
count as cached).  ``loss off`` and ``changes out`` (``two_way_loss.py``'s) are the
references.  No variant refits the model.

For each it prints ``every_split.py``'s summary; ``--list`` adds every ordered call whose
relation moves; ``--show`` prints the recounted sets of the named pairs (first order);
``--wrong`` lists, for the rewrite and primary pairs a gate list calls wrong, what each text
lacks of the other as shipped and which of it the paired reading makes changed (``*``: a
value of a fact the copy's writer changed, from the writers' records).
BENCHMARKS.md "Substitutions in paraphrased sentences after fresh56 (details62)" reads it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from pathlib import Path

import direction as bench
from devset import BASIL
from every_split import Tally, gate_cases, reader_arguments
from two_way_loss import cached, lacked, lacking_as, no_changes

from newstrace.analyse import clues, direction, direction_model
from newstrace.analyse.resources import TITLES
from newstrace.model import Comparison, SideEvidence, Verdict

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Recount:
    """One side's details of the other's firm passages it lacks: dropped, and changed (the
    other's values in places this text fills with another)."""

    dropped: frozenset[str]
    changed: frozenset[str]


_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august"}
    | {"september", "october", "november", "december"}
)


def _kind(detail: str) -> str:
    """A detail's kind: a figure, a day, a month, a title, or a name (the rest)."""
    if detail[:1].isdigit():
        return "figure"
    if detail in _DAYS:
        return "day"
    if detail in _MONTHS:
        return "month"
    return "title" if detail in TITLES else "name"


def _places(text: str) -> dict[str, float]:
    """Each detail of a sentence with where it first stands in it (0 to 1)."""
    slots = [d for _, d in clues._slots(text)]
    size = max(1, len(slots) - 1)
    places: dict[str, float] = {}
    for k, detail in enumerate(slots):
        if detail and detail not in places:
            places[detail] = k / size
    return places


def paired_changes(own: str, other: str) -> set[str]:
    """Details of ``other``'s sentence that ``own``'s linked sentence gives another value
    of: each detail only ``own`` gives takes the detail only ``other`` gives of its kind
    nearest to its place in the sentence (word order is free in a paraphrase)."""
    mine, theirs = _places(own), _places(other)
    free = {d: at for d, at in theirs.items() if d not in mine}
    changed: set[str] = set()
    for detail, at in mine.items():
        if detail in theirs:
            continue
        same = [(abs(place - at), d) for d, place in free.items() if _kind(d) == _kind(detail)]
        if same:
            _, taken = min(same)
            changed.add(taken)
            del free[taken]
    return changed


def recount(comparison: Comparison, side: str, text: str, *, slots: str = "") -> Recount:
    """``clues.details_dropped`` of one side from the cached alignments; with ``slots``,
    changed values read in firm paraphrase links too: ``"slots"`` by
    ``clues.changed_details``, ``"paired"`` by :func:`paired_changes`."""
    readers = {"slots": clues.changed_details, "paired": paired_changes}
    dropped, changed = lacked(comparison, side, readers.get(slots, no_changes))
    given = clues.details(text)
    return Recount(frozenset(dropped - given), frozenset(changed - given - dropped))


def novelty(text: str, other_text: str, values: frozenset[str]) -> float:
    """``clues.details_new`` without this text's values in places the other changed."""
    own = clues.details(text)
    return (len(own - clues.details(other_text) - values) + 0.5) / (len(own) + 1)


def recounted(
    comparison: Comparison, counts: tuple[Recount, Recount], texts: tuple[str, str], *, new: bool
) -> Comparison:
    """The comparison with each side's details dropped and changed recounted (``counts``);
    with ``new``, each text's new details without its values the other changed too."""
    e = comparison.evidence
    sides = []
    for k, (side, count) in enumerate(((e.a, counts[0]), (e.b, counts[1]))):
        side = replace(side, details_dropped=len(count.dropped), details_changed=len(count.changed))
        if new:  # the other's changed values are this text's values in those places
            side = replace(side, details_new=novelty(texts[k], texts[1 - k], counts[1 - k].changed))
        sides.append(side)
    return replace(comparison, evidence=replace(e, a=sides[0], b=sides[1]))


def shorter_novelty(
    comparison: Comparison, counts: tuple[Recount, Recount], texts: tuple[str, str]
) -> Comparison:
    """The comparison with the shorter text's new details without its values the other
    changed, all else as cached: a copy condenses, and two siblings each change facts."""
    e = comparison.evidence
    k = 0 if e.a.words <= e.b.words else 1
    side = replace(
        (e.a, e.b)[k], details_new=novelty(texts[k], texts[1 - k], counts[1 - k].changed)
    )
    sides = {"a": side} if k == 0 else {"b": side}
    return replace(comparison, evidence=replace(e, **sides))


def _dropped_only(side: SideEvidence) -> int:
    return side.details_dropped


def verdicts(comparison: Comparison, texts: tuple[str, str]) -> dict[str, Verdict]:
    """The verdict as shipped and with each reading of the changed values."""
    model = direction_model.load_model()
    plain = [recount(comparison, s, t) for s, t in zip("ab", texts, strict=True)]
    stored = [
        (x.details_dropped, x.details_changed)
        for x in (comparison.evidence.a, comparison.evidence.b)
    ]
    if [(len(r.dropped), len(r.changed)) for r in plain] != stored:  # the recount is sound
        raise SystemExit(f"the recount differs from the cached evidence {stored}")
    found = {"shipped": direction.decided_again(comparison, model)}
    with lacking_as(lambda side: 0):
        found["loss off"] = direction.decided_again(comparison, model)
    with lacking_as(_dropped_only):
        found["changes out"] = direction.decided_again(comparison, model)
    for how in ("slots", "paired"):
        count = (
            recount(comparison, "a", texts[0], slots=how),
            recount(comparison, "b", texts[1], slots=how),
        )
        with lacking_as(_dropped_only):
            found[f"{how}, changes out"] = direction.decided_again(
                recounted(comparison, count, texts, new=False), model
            )
            found[f"{how}, changes out, novelty"] = direction.decided_again(
                recounted(comparison, count, texts, new=True), model
            )
        found[f"{how}, novelty"] = direction.decided_again(
            recounted(comparison, count, texts, new=True), model
        )
        found[f"{how}, novelty, shorter text"] = direction.decided_again(
            shorter_novelty(comparison, count, texts), model
        )
    return found


def _wrong_pairs(gate: Path) -> set[str]:
    """The rewrite and primary pairs a gate list (``every_split.py --list``) calls wrong."""
    found = re.findall(r"dev:(?:rewrite|primary):([\w-]+): ", gate.read_text())
    return set(found)


def _truth_values(pair_id: str) -> set[str]:
    """The values of the facts the copy's writer changed (the writers' record, never read
    by newstrace), folded as details are."""
    pair = json.loads((ROOT / "eval" / "pairs" / f"{pair_id}.json").read_text())
    values = set()
    for fact in pair.get("changed_facts") or []:
        for side in ("copy", "source"):
            values |= set(clues.details(" x " + str(fact.get(side, ""))))
    return values


def details_row(case_id: str, comparison: Comparison, texts: tuple[str, str]) -> str:
    """What each text lacks of the other as shipped (A the copy), what the paired reading
    makes changed, and which are the writer's changed facts (marked *)."""
    truth = _truth_values(case_id)
    shipped = [recount(comparison, s, t) for s, t in zip("ab", texts, strict=True)]
    paired = [recount(comparison, s, t, slots="paired") for s, t in zip("ab", texts, strict=True)]

    def shown(values: frozenset[str]) -> str:
        return " ".join(sorted(v + ("*" if v in truth else "") for v in values)) or "-"

    e = comparison.evidence
    return (
        f"  {case_id:8} {comparison.verdict.relation} {comparison.verdict.confidence:.2f} "
        f"ratio {direction_model.length_ratio(e):.2f} | A lacks {shown(shipped[0].dropped)}"
        f" [changed {shown(shipped[0].changed)}] | B lacks {shown(shipped[1].dropped)}"
        f" [changed {shown(shipped[1].changed)}] | paired: A {shown(paired[0].changed)},"
        f" B {shown(paired[1].changed)}"
    )


def main() -> None:
    parser = reader_arguments(__doc__, cache=True)
    parser.add_argument("--list", action="store_true", help="every ordered call that moves")
    parser.add_argument("--show", nargs="*", default=[], help="pairs whose recount to print")
    parser.add_argument("--wrong", type=Path, help="a gate list: its wrong rewrite pairs' details")
    args = parser.parse_args()
    cases = gate_cases(args.splits, None if args.no_basil else BASIL)
    calls: dict[str, list[bench.Call]] = {}
    moved: list[str] = []
    wrong = _wrong_pairs(args.wrong) if args.wrong else set()
    rows: list[str] = []
    for case in cases:
        comparison, texts = cached(args.cache, case)
        found = verdicts(comparison, texts)
        name = case[0].split(":")[-1]
        if name in wrong:
            rows.append(details_row(name, comparison, texts))
        if name in args.show:
            for s, t in zip("ab", texts, strict=True):
                for how in ("", "slots", "paired"):
                    print(case[0], s, how or "shipped", recount(comparison, s, t, slots=how))
            print({k: (v.relation, round(v.confidence, 2)) for k, v in found.items()})
        for how, verdict in found.items():
            calls.setdefault(how, []).append(
                bench.Call(case[0], verdict.relation, case[3], verdict.confidence)
            )
        shipped = found["shipped"]
        for how, verdict in found.items():
            if verdict.relation != shipped.relation:
                moved.append(
                    f"    {how:30} {case[0]}: {shipped.relation} {shipped.confidence:.2f} -> "
                    f"{verdict.relation} {verdict.confidence:.2f} (truth {case[3]})"
                )
    for how, mine in calls.items():
        print("\n".join(Tally.of(mine).lines(how)))
    if rows:
        print("\nwhat each text lacks of the other, wrong rewrite and primary pairs (* changed):")
        print("\n".join(rows))
    if args.list:
        print("\nmoved:")
        print("\n".join(sorted(moved)))


if __name__ == "__main__":
    main()
