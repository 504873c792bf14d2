"""What tells a condensed rewrite called ``shared_source`` from siblings and BASIL's pairs.

    python benchmarks/condensed_rewrites.py [--splits tune..fresh36] [--no-basil] [--markdown]
                                            [--list] [--decide] [--shorter 0.55]
                                            [--held 0.8 | --novelty 0.2] [--changed]

Issue 15's misses after fresh36 are condensed or heavily paraphrased rewrites that the
paraphrase model leaves under one half (rw-474, rw-479, and before them rw-461, rw-467,
rw-449, rw-452, rw-436, rw-445 ...).  A reading after the model may turn such a pair into a
copy only if it holds for none of the pairs that are not copies.  This counts, over
``benchmarks/every_split.py``'s cached comparisons of the shipped verdict (both orders of
every development pair, BASIL's 600 ordered same-event pairs), the *uncalled* pairs (no
copy call) by kind for which each candidate reading holds, the shorter text read as the
copy:

* ``credit``: it credits an outlet the other text names;
* ``told``: it tells its story as an outlet's report ("Fox News reports") and the other
  names that outlet without telling its story as that outlet's report (as the outlet's own
  report does: "told Fox News", "Fox News confirmed");
* ``order``: two or more of its sentences traced, two thirds of them in the other's order;
* ``held``: ``--held`` or more of its details (names, figures) and quotations are in the
  other (``--changed``: a detail the other gives changed -- another figure, another
  weekday, a name spelt within two letters -- counts as the other's);
* ``condensed``: ``held`` (or, with ``--novelty``, at most that share of its details new,
  ``SideEvidence.details_new``), at most ``--shorter`` of the other's length, with no
  quotation of its own and none going beyond the other's.

``--list`` names the rewrite and primary pairs each reading holds for.  ``--decide``
prints the gate (``every_split.py``'s summary and tenths) as it would be if ``condensed``
turned an uncalled pair into a copy of the shorter text, where the texts read that one as
the copy at 0.9 or more and the pair is not two retellings of one outlet's report
(``direction._retold``), at 0.9 times the direction's probability.  Measured, not merged
(BENCHMARKS.md "Condensed rewrites after fresh36").
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict

import every_split
from every_split import BASIL, Tally, bench

from newstrace import Article
from newstrace.analyse.clues import details
from newstrace.analyse.direction import _retold
from newstrace.model import Comparison

IN_ORDER = 0.66
READINGS = ("credit", "told", "order", "held", "condensed")
DAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
# What ``--decide`` gives a pair it turns: the copy probability, and the least direction.
COPY = 0.9
DIRECTION = 0.9
_A_COPY = re.compile(r"that A is the copy, if so: (\d+)%")


def _text(x: Article | str) -> str:
    return x.text if isinstance(x, Article) else x


def _kind(case: str) -> str:
    return case.split(":")[1] if case.startswith("dev:") else "basil"


def _distance(a: str, b: str) -> int:
    """Levenshtein distance, 3 for anything beyond two."""
    if abs(len(a) - len(b)) > 2:
        return 3
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return min(row[-1], 3)


def changed(detail: str, others: frozenset[str]) -> bool:
    """Whether a detail stands for one of ``others`` changed: another weekday, another
    figure, a name spelt within two letters ("Steel" / "Steele", "Pense" / "Pence")."""
    if detail in DAYS:
        return bool(others & DAYS)
    if detail[0].isdigit():
        return any(o[0].isdigit() for o in others)
    return len(detail) >= 4 and any(len(o) >= 4 and _distance(detail, o) <= 2 for o in others)


def held(
    text: str, other: str, *, quoted: int = 0, quoted_new: int = 0, with_changed: bool = False
) -> float:
    """The share of a text's details and quotations (``quoted``, ``quoted_new`` of them
    not in the other) that the other gives."""
    own, theirs = details(text), details(other)
    new = own - theirs
    if with_changed:
        new = frozenset(d for d in new if not changed(d, theirs - own))
    found = len(own) - len(new) + quoted - quoted_new
    total = len(own) + quoted
    return found / total if total else 0.0


def readings(
    result: Comparison, a_text: str, b_text: str, args: argparse.Namespace
) -> tuple[set[str], bool]:
    """The candidate readings that hold for a pair, and whether A is the shorter text,
    which they read as the copy."""
    e = result.evidence
    a_short = e.a.words <= e.b.words
    short, long = (e.a, e.b) if a_short else (e.b, e.a)
    text, other = (a_text, b_text) if a_short else (b_text, a_text)
    told = {outlet for outlet, _ in short.story_credits}
    is_held = (
        held(
            text,
            other,
            quoted=short.quotations,
            quoted_new=short.quotations_new,
            with_changed=args.changed,
        )
        >= args.held
    )
    contained = short.details_new <= args.novelty if args.novelty is not None else is_held
    found = {
        "credit": any(o.lower() in other.lower() for o in short.outlets_credited),
        "told": not long.story_credits and any(o.lower() in other.lower() for o in told),
        "order": short.sentences_traced >= 2 and short.order >= IN_ORDER,
        "held": is_held,
        "condensed": contained
        and short.words <= args.shorter * long.words
        and short.quotations_new == 0
        and short.quote_words_beyond == 0,
    }
    return {name for name, holds in found.items() if holds}, a_short


def decided(case: bench.Case, result: Comparison, args: argparse.Namespace) -> bench.Call:
    """The call with ``condensed`` turning an uncalled pair into a copy (``--decide``)."""
    verdict = result.verdict
    call = bench.Call(case[0], verdict.relation, case[3], verdict.confidence)
    if verdict.relation in bench.COPIES or _retold(result.evidence):
        return call
    found, a_short = readings(result, _text(case[1]), _text(case[2]), args)
    match = _A_COPY.search(" ".join(verdict.reasons))
    a_copy = int(match.group(1)) / 100 if match else 0.5
    way = a_copy if a_short else 1 - a_copy
    if "condensed" not in found or way < DIRECTION:
        return call
    relation = "a_from_b" if a_short else "b_from_a"
    return bench.Call(case[0], relation, case[3], COPY * way)


def main() -> None:
    parser = every_split.reader_arguments(__doc__)
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--list", action="store_true", help="the rewrite pairs of each reading")
    parser.add_argument("--decide", action="store_true", help="the gate with `condensed`")
    parser.add_argument("--shorter", type=float, default=0.55)
    parser.add_argument("--held", type=float, default=0.8)
    parser.add_argument("--novelty", type=float, default=None)
    parser.add_argument("--changed", action="store_true", help="changed details count as held")
    args = parser.parse_args()
    cases = [c for s in every_split.split_range(args.splits) for c in bench.development_cases(s)]
    cases += [] if args.no_basil else list(bench.basil_cases(BASIL))
    counts: Counter[tuple[str, str]] = Counter()
    named: defaultdict[str, list[str]] = defaultdict(list)
    calls, turned = [], set()
    for case, result in zip(cases, every_split.comparisons(cases, args.jobs), strict=True):
        calls.append(decided(case, result, args))
        if calls[-1].relation != result.verdict.relation:
            pair = case[0].split(":")[-1].rstrip("~")
            turned.add(pair if calls[-1].right else f"{pair} (wrong)")
        if result.verdict.relation in bench.COPIES:
            continue
        kind = _kind(case[0])
        counts[kind, "n"] += 1
        for name in readings(result, _text(case[1]), _text(case[2]), args)[0]:
            counts[kind, name] += 1
            if kind in ("rewrite", "primary") and not case[0].endswith("~"):
                named[name].append(case[0].split(":")[-1])
    header = ["uncalled ordered pairs", "n", *READINGS]
    rows = [
        [kind, *(str(counts[kind, k]) for k in ("n", *READINGS))]
        for kind in sorted({kind for kind, _ in counts})
    ]
    print(bench._table(header, rows, args.markdown))
    if args.list:
        for name in READINGS:
            print(f"{name}: {', '.join(named[name])}")
    if args.decide:
        tally = Tally.of(calls)
        print(f"with condensed: {tally.summary()}")
        print("\n".join(tally.reliability()))
        print("turned: " + ", ".join(sorted(turned)))


if __name__ == "__main__":
    main()
