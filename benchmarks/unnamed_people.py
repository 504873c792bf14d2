"""People one text names whom the other never names: can they tell a sibling from a copy?

    python benchmarks/unnamed_people.py CACHE [--splits tune..] [--no-basil] [--list]

Issue 15's sure sibling copy calls are mostly one shape: a condensed text read as copied
from a long one by the paraphrase model, sharing no passage of ``PARAPHRASE_BELOW`` words
(fresh57's sib-734 at 0.98).  A copy can only lose its source's people, so a text naming a
person the other never names (not the surname, a word within two letters of it, nor the
given name) might have had another source.  This reads ``every_split.py``'s cached
comparisons for some code (``CACHE``; it compares nothing) and prints:

* the shape's copy calls (the called copy at most ``--shorter`` of the called source's
  words, weighed by the paraphrase model) by kind and band of stated confidence, and the
  sibling pairs among them;
* for each kind of pair, one order each, how many texts name such a person: the copy of a
  rewrite or primary pair, the shorter and the longer text of a sibling pair, the shorter
  text of a BASIL pair; read three ways: any person (``analyse.people``, a given name and
  a surname), one with a role ("senator", "spokesman"), one named with a state
  (``SideEvidence.seated_unnamed``, what ``analyse.seated`` reads); each anywhere in the
  text and only where it is traced to the other (inside an alignment);
* the copy calls whose called copy names someone with a state the called source never
  names, by kind, right or wrong (``--list``: each of them).
"""

from __future__ import annotations

import pickle
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from devset import BASIL  # noqa: E402
from every_split import case_key, gate_cases, reader_arguments  # noqa: E402

from newstrace import Article  # noqa: E402
from newstrace.analyse.people import People, Person  # noqa: E402
from newstrace.analyse.seated import OtherText  # noqa: E402
from newstrace.model import Comparison, Span  # noqa: E402

COPIES = ("a_from_b", "b_from_a")
PARAPHRASED = "share no passage of"  # ``direction._odds`` when the paraphrase model weighed
BANDS = (0.0, 0.7, 0.8, 0.9, 0.95, 0.975)
Reading = Callable[[People, Person], bool]
READINGS: dict[str, Reading] = {
    "any person": lambda people, person: True,
    "with a role": lambda people, person: bool(people.roles(person)),
}


def _kind(case: str) -> str:
    return "basil" if case.startswith("basil:") else case.split(":")[1]


def _text(value: str | Article) -> str:
    return value.text if isinstance(value, Article) else value


def _unnamed(text: str, other: str, spans: list[Span], keep: Reading) -> tuple[bool, bool]:
    """Whether ``text`` names a person ``keep`` accepts whom ``other`` never names: anywhere,
    and inside one of ``spans`` (where it is traced to ``other``)."""
    people, other_text = People(text), OtherText(other)
    hits = [
        start
        for start, person in people.mentions
        if person.given and keep(people, person) and not other_text.names(person)
    ]
    return bool(hits), any(s.start <= at < s.end for at in hits for s in spans)


def _sides(
    case: tuple[str, str | Article, str | Article, str], c: Comparison
) -> Iterator[tuple[str, str, str, list[Span], tuple[str, ...]]]:
    """The texts read, one order of each pair: (role, text, other text, its spans, the
    people it names with a state the other never names)."""
    kind = _kind(case[0])
    a, b = _text(case[1]), _text(case[2])
    a_side = ("a", a, b, [x.a_span for x in c.alignments], c.evidence.a.seated_unnamed)
    b_side = ("b", b, a, [x.b_span for x in c.alignments], c.evidence.b.seated_unnamed)
    if kind in ("rewrite", "primary"):
        yield ("copy", *a_side[1:])
        return
    short, long = (a_side, b_side) if c.evidence.a.words <= c.evidence.b.words else (b_side, a_side)
    yield ("short", *short[1:])
    if kind == "sibling":
        yield ("long", *long[1:])


def _band(confidence: float) -> str:
    low = max(b for b in BANDS if confidence >= b)
    high = next((b for b in BANDS if b > low), 1.0)
    return f"{low:.3g}-{high:.3g}"


def main() -> None:
    parser = reader_arguments(__doc__, cache=True)
    parser.add_argument("--shorter", type=float, default=0.6, help="the shape's length ratio")
    parser.add_argument("--list", action="store_true", help="each copy call the state reads")
    args = parser.parse_args()
    shape: Counter[tuple[str, str, bool]] = Counter()
    shape_siblings: set[str] = set()
    texts: Counter[tuple[str, str]] = Counter()
    named: Counter[tuple[str, str, str, str]] = Counter()
    calls: Counter[tuple[str, bool, bool]] = Counter()
    listed: list[str] = []
    for case in gate_cases(args.splits, None if args.no_basil else BASIL):
        path = args.cache / f"{case_key(case)}.pkl"
        if not path.exists():
            raise SystemExit(f"{path} is not cached: run every_split.py with that code first")
        c: Comparison = pickle.loads(path.read_bytes())
        kind, verdict = _kind(case[0]), c.verdict
        if verdict.relation in COPIES:
            copy, source = (
                (c.evidence.a, c.evidence.b)
                if verdict.relation == "a_from_b"
                else (c.evidence.b, c.evidence.a)
            )
            right = verdict.relation == case[3]
            by_paraphrase = any(PARAPHRASED in r for r in verdict.reasons)
            if by_paraphrase and copy.words <= args.shorter * source.words:
                shape[(kind, _band(verdict.confidence), right)] += 1
                if kind == "sibling":
                    shape_siblings.add(case[0].split(":")[2].rstrip("~"))
            calls[(kind, right, bool(copy.seated_unnamed))] += 1
            if copy.seated_unnamed:
                listed.append(f"  {case[0]} {verdict.relation} {verdict.confidence:.3f}")
        if case[0].endswith("~"):
            continue  # one order of each pair for the texts
        for role, text, other, spans, seated in _sides(case, c):
            texts[(kind, role)] += 1
            for name, keep in READINGS.items():
                anywhere, traced = _unnamed(text, other, spans, keep)
                named[(kind, role, name, "anywhere")] += anywhere
                named[(kind, role, name, "traced")] += traced
            named[(kind, role, "with a state", "anywhere")] += bool(seated)
    _print(shape, shape_siblings, texts, named, calls)
    if args.list:
        print("\n".join(listed))


def _print(
    shape: Counter[tuple[str, str, bool]],
    shape_siblings: set[str],
    texts: Counter[tuple[str, str]],
    named: Counter[tuple[str, str, str, str]],
    calls: Counter[tuple[str, bool, bool]],
) -> None:
    print("the shape's copy calls (called copy shorter, by the paraphrase model): right/all")
    for band in sorted({b for _, b, _ in shape}):
        row = [
            f"{k} {shape[(k, band, True)]}/{shape[(k, band, True)] + shape[(k, band, False)]}"
            for k in ("rewrite", "primary", "sibling", "basil")
            if shape[(k, band, True)] + shape[(k, band, False)]
        ]
        print(f"  {band}: " + ", ".join(row))
    print(f"  sibling pairs: {', '.join(sorted(shape_siblings, key=lambda s: int(s[4:])))}")
    print("texts naming someone the other never names (one order of each pair):")
    for (kind, role), n in sorted(texts.items()):
        cells = [
            f"{name} {named[(kind, role, name, where)]}"
            + (f" ({named[(kind, role, name, 'traced')]} traced)" if name in READINGS else "")
            for name in (*READINGS, "with a state")
            for where in ("anywhere",)
        ]
        print(f"  {kind} {role} of {n}: " + ", ".join(cells))
    print("copy calls whose called copy names someone with a state the source never names:")
    for (kind, right, seated), n in sorted(calls.items()):
        if seated:
            total = n + calls[(kind, right, False)]
            print(f"  {kind} {'right' if right else 'wrong'}: {n} of {total}")


if __name__ == "__main__":
    main()
