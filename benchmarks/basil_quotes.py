"""Quote statuses between independent reports of one event (BASIL), both orders.

    python benchmarks/basil_quotes.py [--basil PATH]

BASIL's same-event articles were written independently, so no quotation of one is
misattributed in the other: a ``misattributed`` status between them is a false claim, the
worst error the quote check can make (it accuses a journalist).  This script runs the quote
check of ``compare`` on both orders of the 300 unordered same-event pairs (600 ordered),
prints the count of each status and lists every misattribution claimed, with the speakers
read on each side.  Only the alignment and the quote check run (not the verdict): a few
minutes.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from devset import BASIL, basil_pairs  # noqa: E402
from rich.progress import track  # noqa: E402

from newstrace import Article  # noqa: E402
from newstrace.align import align  # noqa: E402
from newstrace.analyse.quotes import check_quotes  # noqa: E402
from newstrace.config import DEFAULT_CONFIG  # noqa: E402
from newstrace.pipeline import prepare  # noqa: E402

STATUSES = ("exact", "joined", "truncated", "altered", "misattributed", "unmatched")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--basil", type=Path, default=BASIL)
    args = parser.parse_args()
    pairs = basil_pairs(args.basil, ordered=False)
    counts: Counter[str] = Counter()
    claims: list[tuple[str, str, str, str, str]] = []
    for pair in track(pairs, description="checking quotations"):
        a, b = (prepare(Article(x["text"], id=x["id"])) for x in (pair.a, pair.b))
        links = align(a, b, config=DEFAULT_CONFIG.align)
        for x, y, found in ((a, b, links), (b, a, [link.swapped() for link in links])):
            for quote in check_quotes(x, y, found):
                counts[quote.status] += 1
                if quote.status == "misattributed":
                    ids = (x.article.id or "", y.article.id or "")
                    claims.append((*ids, quote.text, quote.speaker or "", quote.b_speaker or ""))
    print(f"{2 * len(pairs)} ordered pairs: " + ", ".join(f"{s} {counts[s]}" for s in STATUSES))
    for a_id, b_id, text, speaker, b_speaker in claims:
        print(f"misattributed: {a_id[:8]} vs {b_id[:8]}: {text!r} ({speaker} / {b_speaker})")


if __name__ == "__main__":
    main()
