"""The two-way loss on another code's cached comparisons: what it weighs, and other counts of it.

    python benchmarks/two_way_loss.py CACHE [--splits tune..] [--no-basil] [--list]

The copy model's ``two_way_loss`` (``analyse.direction_model``) weighs the details each of
two texts of about one length lacks of the other's (``lacking``: dropped or given another
value), beyond the first, on the side that lacks fewer.  This decides the comparisons
``every_split.py`` cached for some code (``CACHE``: ``eval/.cache/comparisons/<code
version>``) again with this code's ``decide`` and the shipped model
(``direction.decided_again``), as shipped and with the loss counted otherwise:

* ``off``: no loss at all (what the term does);
* ``changes out``: ``lacking`` counts the details dropped only -- a changed value counts
  on both sides, for a copy that changed a fact as for two siblings that each changed one;
* ``openers given``: a detail of the other's passage that this text gives only as a
  sentence's first word (where ``clues.details`` reads no detail) is not dropped -- in
  the loss alone, and in all the evidence (``details_dropped`` recounted from the cached
  alignments and the texts; the direction model weighs it too);
* ``typed changes``: in a firm paraphrase link, a day, a month or a figure of the other's
  passage that this text's linked passage gives another value of is changed, not dropped
  (``clues.changed_details`` reads only passages shared word for word), and ``lacking``
  counts the dropped only.

For each count it prints ``every_split.py``'s summary and tenths, then how many ordered
calls the shipped loss weighs (non-zero) by kind, right as shipped and with the loss off;
``--list`` adds every ordered call whose relation or confidence (to the hundredth) moves
(but with the loss off).
BENCHMARKS.md "The two-way loss after fresh50 (twoway51)" reads it.
"""

from __future__ import annotations

import pickle
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import direction as bench  # noqa: E402
from devset import BASIL  # noqa: E402
from every_split import Tally, case_key, gate_cases, reader_arguments  # noqa: E402

from newstrace import Article  # noqa: E402
from newstrace.analyse import clues, direction, direction_model  # noqa: E402
from newstrace.config import DEFAULT_CONFIG  # noqa: E402
from newstrace.model import Comparison, SideEvidence, Verdict  # noqa: E402

FIRM = DEFAULT_CONFIG.align.paraphrase_threshold
# A word opening a sentence, capitalised: given by the text, though no detail is read there.
_CAPITALISED = re.compile(r"[A-Z][\w'’-]*")
_KINDS = (
    frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}),
    frozenset(
        {"january", "february", "march", "april", "may", "june", "july", "august"}
        | {"september", "october", "november", "december"}
    ),
)
Counts = tuple[int, int]


def _kind(detail: str) -> int | None:
    if detail[:1].isdigit():
        return len(_KINDS)
    return next((k for k, words in enumerate(_KINDS) if detail in words), None)


def _typed_changes(own: str, other: str) -> set[str]:
    """Details of ``other`` of a kind (day, month, figure) ``own`` gives another value of."""
    mine, theirs = clues.details(own), clues.details(other)
    kinds = {_kind(d) for d in mine - theirs} - {None}
    return {d for d in theirs - mine if _kind(d) in kinds}


def _given(text: str, *, openers: bool) -> frozenset[str]:
    if not openers:
        return clues.details(text)
    words = {
        m.group().lower().removesuffix("’s").removesuffix("'s") for m in _CAPITALISED.finditer(text)
    }
    return clues.details(text) | words


def lacked(
    comparison: Comparison, side: str, in_paraphrase: Callable[[str, str], set[str]]
) -> tuple[set[str], set[str]]:
    """The details of the other's firm passages one side's passages lack: dropped and
    changed, read by ``clues.changed_details`` in passages shared word for word and by
    ``in_paraphrase`` (own, other) in paraphrase links; before the text's own are taken out."""
    dropped: set[str] = set()
    changed: set[str] = set()
    for x in comparison.alignments:
        if x.kind == "paraphrase" and x.score < FIRM:
            continue
        own, other = (x.a_text, x.b_text) if side == "a" else (x.b_text, x.a_text)
        found = clues.details(other)
        read = in_paraphrase if x.kind == "paraphrase" else clues.changed_details
        moved = found & read(own, other)
        dropped |= found - moved
        changed |= moved
    return dropped, changed


def recounted(
    comparison: Comparison, side: str, text: str, *, openers: bool, typed: bool
) -> Counts:
    """``clues.details_dropped`` of one side from the cached alignments, with sentence
    openers given (``openers``) and typed changes in paraphrase links (``typed``)."""
    dropped, changed = lacked(comparison, side, _typed_changes if typed else no_changes)
    given = _given(text, openers=openers)
    return len(dropped - given), len(changed - given - dropped)


def no_changes(own: str, other: str) -> set[str]:
    """No changed value read (the shipped reading of paraphrase links)."""
    return set()


@contextmanager
def lacking_as(count: Callable[[SideEvidence], int]) -> Iterator[None]:
    """``direction_model.lacking`` counted otherwise, in the model and in the reason."""
    with (
        mock.patch.object(direction_model, "lacking", count),
        mock.patch.object(direction, "lacking", count),
    ):
        yield


def with_counts(comparison: Comparison, a: Counts, b: Counts) -> Comparison:
    evidence = comparison.evidence
    return replace(
        comparison,
        evidence=replace(
            evidence,
            a=replace(evidence.a, details_dropped=a[0], details_changed=a[1]),
            b=replace(evidence.b, details_dropped=b[0], details_changed=b[1]),
        ),
    )


def verdicts(comparison: Comparison, texts: tuple[str, str]) -> dict[str, Verdict]:
    """The verdict as shipped and with each other count of the loss."""
    model = direction_model.load_model()
    evidence = comparison.evidence
    found = {"shipped": direction.decided_again(comparison, model)}
    with lacking_as(lambda side: 0):
        found["off"] = direction.decided_again(comparison, model)
    with lacking_as(lambda side: side.details_dropped):
        found["changes out"] = direction.decided_again(comparison, model)
    # The recount must give the cached counts before it gives others.
    plain = [
        recounted(comparison, s, t, openers=False, typed=False)
        for s, t in zip("ab", texts, strict=True)
    ]
    cached = [(x.details_dropped, x.details_changed) for x in (evidence.a, evidence.b)]
    if plain != cached:
        raise SystemExit(f"the recount gives {plain}, the cached evidence {cached}")
    opened = [
        recounted(comparison, s, t, openers=True, typed=False)
        for s, t in zip("ab", texts, strict=True)
    ]
    by_side = {id(evidence.a): sum(opened[0]), id(evidence.b): sum(opened[1])}
    with lacking_as(lambda side: by_side[id(side)]):
        found["openers given, loss only"] = direction.decided_again(comparison, model)
    found["openers given"] = direction.decided_again(with_counts(comparison, *opened), model)
    typed = [
        recounted(comparison, s, t, openers=False, typed=True)
        for s, t in zip("ab", texts, strict=True)
    ]
    with lacking_as(lambda side: side.details_dropped):
        found["typed changes"] = direction.decided_again(with_counts(comparison, *typed), model)
    return found


def cached(cache: Path, case: bench.Case) -> tuple[Comparison, tuple[str, str]]:
    """A case's comparison cached by ``every_split.py`` in ``cache``, and its two texts."""
    path = cache / f"{case_key(case)}.pkl"
    if not path.exists():
        raise SystemExit(f"{path} is not cached: run every_split.py with that code first")
    a, b = (x.text if isinstance(x, Article) else x for x in case[1:3])
    return pickle.loads(path.read_bytes()), (a, b)


def _kind_of(case: str) -> str:
    return case.split(":")[1] if case.startswith("dev:") else "basil"


def main() -> None:
    parser = reader_arguments(__doc__, cache=True)
    parser.add_argument("--list", action="store_true", help="every ordered call that moves")
    args = parser.parse_args()
    cases = gate_cases(args.splits, None if args.no_basil else BASIL)
    calls: dict[str, list[bench.Call]] = {}
    weighed: Counter[tuple[str, str]] = Counter()
    moved: list[str] = []
    for case in cases:
        comparison, texts = cached(args.cache, case)
        found = verdicts(comparison, texts)
        for name, verdict in found.items():
            calls.setdefault(name, []).append(
                bench.Call(case[0], verdict.relation, case[3], verdict.confidence)
            )
        shipped = found["shipped"]
        features = direction_model.copy_features(comparison.coverage, comparison.evidence)
        if features["two_way_loss"] > 0:
            kind = _kind_of(case[0])
            weighed[kind, "calls"] += 1
            weighed[kind, "right"] += calls["shipped"][-1].right
            weighed[kind, "right, loss off"] += calls["off"][-1].right
        for name, verdict in found.items():
            if name != "off" and (verdict.relation, round(verdict.confidence, 2)) != (
                shipped.relation,
                round(shipped.confidence, 2),
            ):
                moved.append(
                    f"    {name:26} {case[0]}: {shipped.relation} {shipped.confidence:.2f} -> "
                    f"{verdict.relation} {verdict.confidence:.2f} (truth {case[3]})"
                )
    for name, mine in calls.items():
        print("\n".join(Tally.of(mine).lines(name)))
    print("\nordered calls the shipped loss weighs (two_way_loss > 0):")
    for kind in ("rewrite", "primary", "sibling", "basil"):
        print(
            f"  {kind:8} {weighed[kind, 'calls']:5} calls, right {weighed[kind, 'right']}, "
            f"right with the loss off {weighed[kind, 'right, loss off']}"
        )
    if args.list:
        print("\nmoved:")
        print("\n".join(sorted(moved)))


if __name__ == "__main__":
    main()
