"""The changed facts a faithfulness listing misses, tallied by kind and by the form of the fact.

    python benchmarks/faithfulness.py --splits tune.. --list > listing.txt
    python benchmarks/fact_misses.py listing.txt

Reads the "fact missed (kind): 'copy' <- 'source'" lines of ``faithfulness.py --list`` and
counts them by the annotation's kind and by a form both sides of the fact take (a weekday,
a month alone, a time back from today, ...): a form that many misses share is a class a
rule may read.  A miss of no listed form is "other".
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

_MONTH = r"January|February|March|April|May|June|July|August|September|October|November|December"
# (name, pattern both sides of a missed fact match), the first that fits
FORMS = (
    (
        "time back from today",
        r"\bago\b|\b(?:last|this|next) (?:week|month|year)\b|\brecent (?:weeks|months)\b",
    ),
    ("days reckoned from another", r"\bdays? (?:later|after|before|earlier)\b"),
    ("weekday", r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekend"),
    ("month alone", rf"^(?:[A-Za-z]+ )*(?:{_MONTH})(?: [A-Za-z]+)*$"),
    ("clock time", r"\d\s*(?:am|pm|a\.m\.|p\.m\.)"),
    ("court level", r"\b(?:federal|state) (?:judge|court)"),
)
_MISSED = re.compile(r"fact missed \((?P<kind>\w+)\): (?P<copy>.*) <- (?P<source>.*)$")


def form_of(copy: str, source: str) -> str:
    """The first form of ``FORMS`` both sides match, or "other"."""
    sides = [side.strip("'\" ") for side in (copy, source)]
    for name, pattern in FORMS:
        if all(re.search(pattern, side, re.IGNORECASE) for side in sides):
            return name
    return "other"


def tally(lines: list[str]) -> Counter[tuple[str, str]]:
    found: Counter[tuple[str, str]] = Counter()
    for line in lines:
        missed = _MISSED.search(line)
        if missed is not None:
            found[missed["kind"], form_of(missed["copy"], missed["source"])] += 1
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("listing", type=Path, help="the output of faithfulness.py --list")
    args = parser.parse_args()
    counts = tally(args.listing.read_text(encoding="utf-8").splitlines())
    for (kind, form), count in sorted(counts.items(), key=lambda item: (item[0][0], -item[1])):
        print(f"{kind:<13} {form:<28} {count:>4}")
    print(f"{'missed':<42} {sum(counts.values()):>4}")


if __name__ == "__main__":
    main()
