"""The changed facts a change to the analysis adds or drops, read on another code's comparisons.

    python benchmarks/reread_facts.py CACHE [--splits tune..] [--no-basil] [--all] [--context]

The verdict is decided before the analysis (``pipeline.compare_documents``), so a change
to the facts' readers leaves every pair's alignments, evidence and verdict as they were.
This reads the comparisons ``every_split.py`` cached for the code before the change
(``CACHE``: its folder, ``eval/.cache/comparisons/<code version>``), runs this code's
``analyse.report.analyse`` again on each one's alignments, and prints every changed fact it
reports that the cached one does not (``+``) and the other way (``-``), with the pair's
kind, relation and the share of A traced.  Every development split's pairs both ways
(rewrites, primary pairs, siblings) and BASIL's 600 ordered same-event pairs; only those
called `shared_source` unless ``--all``.  A change reported for a sibling or a BASIL pair is
to be read by hand (``--context``: the sentence around each side).
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))

import fit_direction as fit  # noqa: E402
from devset import BASIL  # noqa: E402
from every_split import gate_cases  # noqa: E402

from newstrace import Article  # noqa: E402
from newstrace.analyse.quotations import extract_quotes  # noqa: E402
from newstrace.analyse.report import analyse  # noqa: E402
from newstrace.config import DEFAULT_CONFIG  # noqa: E402
from newstrace.model import Analysis, Comparison, Discrepancy  # noqa: E402
from newstrace.pipeline import prepare  # noqa: E402

Key = tuple[str, str, str, int, int]


def _key(change: Discrepancy) -> Key:
    return (change.kind, change.a_text, change.b_text, change.a_span.start, change.b_span.start)


def _sentence(text: str, at: int) -> str:
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end = text.find(". ", at)
    return " ".join(text[start : len(text) if end < 0 else end + 1].split())[:240]


def reanalyse(a: Article, b: Article, cached: Comparison) -> tuple[Analysis, str, str]:
    """This code's analysis of the cached comparison's alignments, verdict and quotation
    checks, and the two texts as read (``reread_loaded.py`` reads its loaded words)."""
    doc_a, doc_b = prepare(a), prepare(b)
    for doc in (doc_a, doc_b):
        extract_quotes(doc)
    mine = analyse(
        doc_a,
        doc_b,
        list(cached.alignments),
        cached.verdict.relation,
        coverage=cached.coverage,
        config=DEFAULT_CONFIG.analyse,
        quotes=list(cached.analysis.quotes),
        evidence=cached.evidence,
    )
    return mine, doc_a.text, doc_b.text


def cached_comparison(cache: Path, a: Article, b: Article) -> Comparison:
    """The comparison ``every_split.py`` cached for ``a`` against ``b`` in ``cache``."""
    result: Comparison = pickle.loads((cache / f"{fit.pair_key(a, b)}.pkl").read_bytes())
    return result


def reread(a: Article, b: Article, cached: Comparison) -> tuple[set[Key], set[Key], str, str]:
    """The changes this code reports on the cached comparison's alignments, those cached,
    and the two texts as read."""
    mine, text_a, text_b = reanalyse(a, b, cached)
    before = {_key(d) for d in cached.analysis.discrepancies}
    return {_key(d) for d in mine.discrepancies}, before, text_a, text_b


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("cache", type=Path, help="the cached comparisons of the code before")
    parser.add_argument("--splits", default="..", metavar="FIRST..LAST")
    parser.add_argument("--no-basil", action="store_true")
    parser.add_argument("--basil", type=Path, default=BASIL, help="BASIL's articles.jsonl")
    parser.add_argument("--all", action="store_true", help="every relation")
    parser.add_argument("--context", action="store_true", help="the sentences of each change")
    args = parser.parse_args()
    cases = gate_cases(args.splits, None if args.no_basil else args.basil)
    read = 0
    for name, a, b, _ in cases:
        a, b = (x if isinstance(x, Article) else Article(x) for x in (a, b))
        cached = cached_comparison(args.cache, a, b)
        relation = cached.verdict.relation
        if not args.all and relation != "shared_source":
            continue
        read += 1
        after, before, a_text, b_text = reread(a, b, cached)
        for sign, keys in (("+", after - before), ("-", before - after)):
            for kind, a_fact, b_fact, a_at, b_at in sorted(keys):
                print(
                    f"{sign} {name} ({relation}, A {cached.coverage.a:.2f} traced) {kind}: ", end=""
                )
                print(f"{a_fact!r} <- {b_fact!r}")
                if args.context:
                    print(f"    A: {_sentence(a_text, a_at)}\n    B: {_sentence(b_text, b_at)}")
    print(f"{read} comparisons read again", file=sys.stderr)


if __name__ == "__main__":
    main()
