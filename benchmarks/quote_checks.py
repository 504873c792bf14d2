"""Every quote check of the gate, one line each, read on another code's cached alignments.

    python benchmarks/quote_checks.py CACHE [--splits tune..] [--no-basil] > checks.txt
    python benchmarks/quote_checks.py CACHE --speakers > speakers.txt

A change to the quotation readers (``attribution``, ``speakers``, ``people``, ``quotes``)
leaves the alignments as they were, so this reads the comparisons ``every_split.py`` cached
for some code (``CACHE``) and checks each side's quotations against the other with this
code's ``check_quotes``: A's against B and B's against A, every development pair both
ways and BASIL's 600 ordered pairs.  Each check is printed as ``case side status speaker
b_speaker words``.  With ``--speakers``, each text's quotations instead (once per text, by
its first case): the speaker read, sure or not, named right next to the words or not, and
how it was read.  Run it with two versions of the package (``PYTHONPATH=OTHER/src``) and
diff the outputs: every status and speaker a change moves, claims on siblings and BASIL
too (BENCHMARKS.md "Misattributions after fresh53 (quotes56)").  A check's status is what
the verdict's evidence reads of a quotation: the comparisons whose checks did not move
cannot move.
"""

from __future__ import annotations

import hashlib
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
from newstrace.analyse.quotations import extract_quotes  # noqa: E402
from newstrace.analyse.quotes import check_quotes  # noqa: E402
from newstrace.analyse.speakers import Speaker  # noqa: E402
from newstrace.model import Comparison  # noqa: E402
from newstrace.pipeline import prepare  # noqa: E402
from newstrace.segment.document import Document  # noqa: E402


def _who(speaker: Speaker | None) -> str:
    if speaker is None:
        return "-"
    return f"{speaker.name} ({'sure' if speaker.sure else 'unsure'})"


def _speakers(doc: Document, case: str, seen: set[str]) -> None:
    """Each quotation of ``doc`` and its speaker, unless the text was printed before."""
    digest = hashlib.sha1(doc.text.encode()).hexdigest()[:10]
    if digest in seen:
        return
    seen.add(digest)
    for quote in extract_quotes(doc):
        words = " ".join(quote.words)[:50]
        named = "named" if quote.named else "described" if quote.described else "-"
        print(
            f"{case}\t{quote.pieces[0][0]}\t{words}\t{_who(quote.speaker)}\t{named}\t{quote.read}"
        )


def main() -> None:
    parser = reader_arguments(__doc__, cache=True)
    parser.add_argument("--speakers", action="store_true", help="each text's quotations")
    args = parser.parse_args()
    seen: set[str] = set()
    for case in gate_cases(args.splits, None if args.no_basil else BASIL):
        path = args.cache / f"{case_key(case)}.pkl"
        if not path.exists():
            raise SystemExit(f"{path} is not cached: run every_split.py with that code first")
        cached: Comparison = pickle.loads(path.read_bytes())
        a, b = (prepare(x if isinstance(x, Article) else Article(x)) for x in case[1:3])
        if args.speakers:
            _speakers(a, f"{case[0]}:A", seen)
            _speakers(b, f"{case[0]}:B", seen)
            continue
        alignments = list(cached.alignments)
        sides = (
            ("A", check_quotes(a, b, alignments)),
            ("B", check_quotes(b, a, [x.swapped() for x in alignments])),
        )
        for side, checks in sides:
            for check in checks:
                print(
                    f"{case[0]}\t{side}\t{check.status}\t{check.speaker}\t{check.b_speaker}"
                    f"\t{check.text[:60]!r}"
                )


if __name__ == "__main__":
    main()
