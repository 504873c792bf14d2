"""Clues that might tell two rewrites of one article from a copy and its source, tallied.

    python benchmarks/sibling_clues.py [--splits tune,test,...] [--markdown]

A sibling pair called a copy (issue 15) reads as one text cut from the other.  A careful
reader might still see that both were written from a third text: the text read as the copy
giving details the other lacks (it had the source), each text trimming or joining the
other's quotations, or the text read as the source carrying loaded words, in the sentences
the two share, that the text read as the copy lacks (a copy keeps its source's colour more
often than it tones it down).  This counts how often each clue holds for the copies the
development set knows (rewrites and primary-source pairs: A is the copy) and for its
sibling pairs, those the verdict calls a copy and the others (there the text more traced to
the other is read as the copy, ``analyse.report.copy_side``).  A clue that holds as often
for copies as for siblings cannot tell them apart.  One ``newstrace.compare`` per pair; the
loaded words each text adds are read both ways from its alignments
(``analyse.additions.loaded_words``, the copy's own sentences not read).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from devset import SPLITS, Pair, load  # noqa: E402
from direction import COPIES, _table  # noqa: E402

import newstrace  # noqa: E402
from newstrace import Article  # noqa: E402
from newstrace.analyse.additions import loaded_words  # noqa: E402
from newstrace.analyse.clues import details  # noqa: E402
from newstrace.analyse.report import copy_side  # noqa: E402
from newstrace.config import DEFAULT_CONFIG  # noqa: E402
from newstrace.model import Alignment  # noqa: E402
from newstrace.pipeline import prepare  # noqa: E402

CLUES = (
    "copy gives 2+ details the source lacks",
    "each trims or joins a quotation of the other",
    "source has loaded words the copy lacks",
    "... and the copy adds none",
    "each adds loaded words",
)


def added_colour(a: str, b: str, alignments: list[Alignment]) -> tuple[int, int]:
    """Loaded words A's aligned sentences add over B, and B's over A (the alignments of A
    against B, mirrored for B's side as ``compare(b, a)`` would give them)."""
    config = DEFAULT_CONFIG.analyse
    docs = prepare(Article(a)), prepare(Article(b))
    mirrored = [x.swapped() for x in alignments]
    counts = []
    for (mine, other), aligned in ((docs, alignments), (docs[::-1], mirrored)):
        found = loaded_words(
            mine,
            other,
            aligned,
            config.loaded_words,
            min_rating=config.min_loaded_rating,
            min_other_rating=config.min_other_loaded_rating,
        )
        counts.append(len(found))
    return counts[0], counts[1]


def clues(pair: Pair) -> tuple[str, list[bool]]:
    """The group of a pair and which clues hold, read with the copy first."""
    result = newstrace.compare(pair.a, pair.b)
    colour = added_colour(pair.a, pair.b, list(result.alignments))
    cut = (result.evidence.a.quotes_cut, result.evidence.b.quotes_cut)
    texts = (pair.a, pair.b)
    if pair.kind == "sibling":
        relation = result.verdict.relation
        group = "siblings called copies" if relation in COPIES else "siblings not called"
        side = copy_side(relation, result.coverage, list(result.alignments))
        if side == "b":
            colour, cut, texts = colour[::-1], cut[::-1], texts[::-1]
    else:
        group = "copies (rewrites, primary)"
    copy_adds, source_adds = colour
    return group, [
        len(details(texts[0]) - details(texts[1])) >= 2,
        min(cut) >= 1,
        source_adds > 0,
        source_adds > 0 and copy_adds == 0,
        min(colour) > 0,
    ]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--splits", default=",".join(SPLITS[:-1]), help="comma-separated")
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    if SPLITS[-1] in args.splits.split(","):
        parser.error(f"{SPLITS[-1]} is held out")
    pairs = Counter[str]()
    held = Counter[tuple[str, int]]()
    for split in args.splits.split(","):
        for pair in load(split):
            group, found = clues(pair)
            pairs[group] += 1
            for k, holds in enumerate(found):
                held[group, k] += holds
    rows = [
        [
            group,
            str(n),
            *(f"{held[group, k]} ({held[group, k] / n:.0%})" for k in range(len(CLUES))),
        ]
        for group, n in sorted(pairs.items())
    ]
    print(_table(["pairs", "n", *CLUES], rows, args.markdown))


if __name__ == "__main__":
    main()
