"""The loaded words a change to their reader finds or flags, read on another code's comparisons.

    python benchmarks/reread_loaded.py CACHE [--splits tune..] [--no-basil]

Loaded words are read after the verdict (``pipeline.compare_documents``), so a change to
their reader or to the lexicon leaves every pair's alignments and verdict as they were.  As
``reread_facts.py`` does for changed facts, this reads the comparisons ``every_split.py``
cached for the code before the change (``CACHE``: ``eval/.cache/comparisons/<code
version>``), runs this code's ``analyse.report.analyse`` again on each, and scores both
against the annotation as ``faithfulness.py`` does: the development copies (A the copy, as
``faithfulness.py`` compares them) with every ``loaded missed`` / ``loaded false`` line that
moves (``-`` before only, ``+`` after only) and the totals; then BASIL's 600 ordered
same-event pairs, each flag one reading has and the other has not.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))

import direction as bench  # noqa: E402
from devset import BASIL, load  # noqa: E402
from every_split import split_range  # noqa: E402
from faithfulness import Score, score_loaded  # noqa: E402
from reread_facts import cached_comparison, reanalyse  # noqa: E402

from newstrace import Article  # noqa: E402
from newstrace.model import Comparison  # noqa: E402


def reread(a: Article, b: Article, cached: Comparison) -> Comparison:
    """The cached comparison with this code's analysis of its alignments."""
    mine, _, _ = reanalyse(a, b, cached)
    return dataclasses.replace(cached, analysis=mine)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("cache", type=Path, help="the cached comparisons of the code before")
    parser.add_argument("--splits", default="..", metavar="FIRST..LAST")
    parser.add_argument("--no-basil", action="store_true")
    parser.add_argument("--basil", type=Path, default=BASIL, help="BASIL's articles.jsonl")
    args = parser.parse_args()
    totals = {"before": Score(), "after": Score()}
    for split in split_range(args.splits):
        for pair in load(split, kinds=("rewrite", "primary")):
            a, b = Article(pair.a), Article(pair.b)
            cached = cached_comparison(args.cache, a, b)
            lines = {}
            for name, result in (("before", cached), ("after", reread(a, b, cached))):
                score = Score()
                score_loaded(pair.record, result, score)
                lines[name] = score.misses
                for field in ("loaded", "loaded_found", "loaded_false"):
                    setattr(
                        totals[name], field, getattr(totals[name], field) + getattr(score, field)
                    )
            for sign, mine, other in (("-", "before", "after"), ("+", "after", "before")):
                for line in lines[mine]:
                    if line not in lines[other]:
                        print(f"{sign} {pair.id}: {line}")
    for name, score in totals.items():
        print(
            f"{name}: loaded found {score.loaded_found}/{score.loaded}, false {score.loaded_false}"
        )
    if args.no_basil:
        return
    flags = {"before": 0, "after": 0}
    for name, a, b, _ in bench.basil_cases(args.basil):
        assert isinstance(a, Article) and isinstance(b, Article)
        cached = cached_comparison(args.cache, a, b)
        words = {
            "before": {w.word for w in cached.analysis.wording},
            "after": {w.word for w in reread(a, b, cached).analysis.wording},
        }
        for key in flags:
            flags[key] += len(words[key])
        for sign, mine, other in (("-", "before", "after"), ("+", "after", "before")):
            for word in sorted(words[mine] - words[other]):
                print(f"{sign} {name} ({cached.verdict.relation}): {word!r}")
    print(f"BASIL loaded flags: before {flags['before']}, after {flags['after']}")


if __name__ == "__main__":
    main()
