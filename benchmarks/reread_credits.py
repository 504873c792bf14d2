"""Every gate call decided again from another code's cached comparisons, each text's story
credits read afresh with this code.

    python benchmarks/reread_credits.py CACHE [--splits tune..] [--no-basil] [--reasons]

``decided_calls.py`` decides the cached evidence again as it is; a change to the reading of
``SideEvidence.story_credits`` (``analyse.retold``) changes the evidence, which the cache
holds as the other code read it.  The credits are read from the texts alone (their
normalised text, the lead's end and the outlet) and are read only by the verdict
(``analyse.direction``, ``analyse.condensed``, ``analyse.declared_source``), never by the
analysis, so replacing them in the cached evidence and deciding again gives the verdict a
fresh comparison would give.  Prints each ordered call as ``decided_calls.py`` does (``case
relation confidence``; with ``--reasons``, the reasons after it, tab-separated), and on
stderr how many ordered pairs had a credit read otherwise: diff it against
``decided_calls.py``'s output on the same cache (BENCHMARKS.md "Declared sources after
fresh53").
"""

from __future__ import annotations

import dataclasses
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))

from devset import BASIL  # noqa: E402
from every_split import case_key, gate_cases, reader_arguments  # noqa: E402

from newstrace import Article  # noqa: E402
from newstrace.analyse.direction import decided_again  # noqa: E402
from newstrace.analyse.direction_model import load_model  # noqa: E402
from newstrace.analyse.retold import story_credits  # noqa: E402
from newstrace.model import Comparison, SideEvidence  # noqa: E402
from newstrace.segment.document import Document  # noqa: E402

Credits = tuple[tuple[str, str], ...]


def read_credits(text: str | Article, memo: dict[tuple[str, str | None], Credits]) -> Credits:
    """The story credits of ``text`` as ``analyse.evidence`` reads them, once per text."""
    article = text if isinstance(text, Article) else Article(text)
    key = (article.text, article.outlet)
    if key not in memo:
        doc = Document(article)
        lead_end = doc.ranges[0].end if doc.ranges else 0
        memo[key] = story_credits(doc.normalised.text, article.outlet, lead_end=lead_end)
    return memo[key]


def with_credits(comparison: Comparison, a: Credits, b: Credits) -> Comparison:
    """``comparison`` with each side's story credits replaced."""

    def side(evidence: SideEvidence, credits: Credits) -> SideEvidence:
        return dataclasses.replace(evidence, story_credits=credits)

    evidence = comparison.evidence
    both = dataclasses.replace(evidence, a=side(evidence.a, a), b=side(evidence.b, b))
    return dataclasses.replace(comparison, evidence=both)


def main() -> None:
    parser = reader_arguments(__doc__, cache=True)
    parser.add_argument("--reasons", action="store_true", help="each call's reasons too")
    args = parser.parse_args()
    model = load_model()
    memo: dict[tuple[str, str | None], Credits] = {}
    moved = 0
    for case in gate_cases(args.splits, None if args.no_basil else BASIL):
        path = args.cache / f"{case_key(case)}.pkl"
        if not path.exists():
            raise SystemExit(f"{path} is not cached: run every_split.py with that code first")
        comparison: Comparison = pickle.loads(path.read_bytes())
        a, b = read_credits(case[1], memo), read_credits(case[2], memo)
        if (a, b) != (comparison.evidence.a.story_credits, comparison.evidence.b.story_credits):
            moved += 1
            comparison = with_credits(comparison, a, b)
        verdict = decided_again(comparison, model)
        line = f"{case[0]} {verdict.relation} {verdict.confidence:.4f}"
        print("\t".join([line, *verdict.reasons]) if args.reasons else line)
    print(f"{moved} ordered pairs with a story credit read otherwise", file=sys.stderr)


if __name__ == "__main__":
    main()
