"""Screen candidate loaded words before they join the lexicon (``newstrace.loaded_words``).

    python benchmarks/loaded_screen.py WORD... [--splits tune..] [--show] [--basil PATH]
    python benchmarks/loaded_screen.py --misses MISSES.txt [--splits tune..]

For each candidate (a word or a phrase, listed as the lexicon lists it: the word's other
inflections match through ``lexicon.is_listed``), counts

* **found**: development copies (rewrites and primary pairs, A the copy of B) where the
  copy adds the word (``additions.loaded_words`` with the candidate as the only lexicon
  entry: outside quotations, not a name, B using it in no form) and an annotation of the
  copy's loaded words holds it (the match ``faithfulness.py`` scores);
* **unmarked**: the same additions no annotation holds (each a false flag it would add);
* **basil**: BASIL's 600 ordered same-event pairs where A has the word, read so, and its
  independent partner B does not (a flag on independent coverage, were the pair read as
  a copy).

Every sentence of A is read against the whole of B, as a copy's sentences of its own are
(``additions._partners``), so the counts bound what the pipeline flags from above: a
sentence the aligner leaves without a partner is not read there.  ``--show`` prints each
match's sentence.  ``--misses`` reads the candidates from the ``loaded missed: 'word'``
lines of ``faithfulness.py --list`` output.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from devset import BASIL, basil_pairs, load, split_range  # noqa: E402

from newstrace import Article  # noqa: E402
from newstrace.analyse.additions import loaded_words  # noqa: E402
from newstrace.analyse.lexicon import is_listed  # noqa: E402
from newstrace.analyse.quotations import extract_quotes  # noqa: E402
from newstrace.model import Alignment, Span  # noqa: E402
from newstrace.pipeline import prepare  # noqa: E402
from newstrace.segment.document import Document  # noqa: E402

_MISSED = re.compile(r"loaded missed: ['\"](.+)['\"]$")


def _whole(a: Document, b: Document) -> list[Alignment]:
    """One alignment that sets every sentence of A against the whole of B."""
    span_a, span_b = Span(0, len(a.text)), Span(0, len(b.text))
    return [
        Alignment(
            "paraphrase",
            1.0,
            span_a,
            span_b,
            a.text,
            b.text,
            tuple(range(len(a.sentences))),
            tuple(range(len(b.sentences))),
        )
    ]


def _prepared(text: str | Article) -> Document:
    doc = prepare(text if isinstance(text, Article) else Article(text))
    extract_quotes(doc)
    return doc


def added(a: Document, b: Document, word: str) -> list[tuple[str, str]]:
    """Where A adds ``word`` (in any form) to B: each match with its sentence."""
    if not re.search(re.escape(word[:4]), a.text, re.I):
        return []  # no form of the word can be there: its forms share its first letters
    lexicon = frozenset({word})
    found = []
    for flag in loaded_words(a, b, _whole(a, b), lexicon, copy=True):
        term = " ".join(flag.word.lower().split())
        if term == word or is_listed(term, lexicon):
            start = a.text.rfind(". ", 0, flag.a_span.start) + 1
            end = a.text.find(". ", flag.a_span.end)
            sentence = " ".join(a.text[start : len(a.text) if end < 0 else end + 1].split())
            found.append((flag.word, sentence[:240]))
    return found


def _same(note: str, flag: str) -> bool:
    """``faithfulness.score_loaded``'s match: one's words all inside the other's."""
    note_words, flag_words = note.split(), flag.split()
    return all(w in note_words for w in flag_words) or all(w in flag_words for w in note_words)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("words", nargs="*", help="candidate words or phrases (quote a phrase)")
    parser.add_argument("--misses", type=Path, help="faithfulness --list output to read")
    parser.add_argument("--splits", default="tune..", metavar="FIRST..LAST")
    parser.add_argument("--show", action="store_true", help="each match's sentence")
    parser.add_argument("--basil", type=Path, default=BASIL, help="BASIL's articles.jsonl")
    args = parser.parse_args()
    words = [" ".join(w.lower().split()) for w in args.words]
    if args.misses:
        for line in args.misses.read_text(encoding="utf-8").splitlines():
            match = _MISSED.search(line.strip())
            if match and match.group(1).lower() not in words:
                words.append(match.group(1).lower())
    pairs = [
        pair
        for split in split_range(args.splits)
        for pair in load(split, kinds=("rewrite", "primary"))
    ]
    dev = [(p.id, p.record, _prepared(p.a), _prepared(p.b)) for p in pairs]
    basil = []
    for bp in basil_pairs(args.basil):
        a, b = (Article(x["text"], id=x["id"]) for x in (bp.a, bp.b))
        basil.append((f"{a.id}/{b.id}", _prepared(a), _prepared(b)))
    print(f"{len(dev)} development copies, {len(basil)} BASIL ordered pairs", file=sys.stderr)
    print("| candidate | found | unmarked | BASIL |\n|---|---|---|---|")
    for word in words:
        counts: dict[str, list[str]] = defaultdict(list)
        for name, record, a, b in dev:
            notes = [" ".join(n.lower().split()) for n in record.get("loaded_words", [])]
            for flag, sentence in added(a, b, word):
                term = " ".join(flag.lower().split())
                kind = "found" if any(_same(n, term) for n in notes) else "unmarked"
                counts[kind].append(f"{kind} {name}: {flag!r}: {sentence}")
        for name, a, b in basil:
            for flag, sentence in added(a, b, word):
                counts["basil"].append(f"basil {name}: {flag!r}: {sentence}")
        print(
            f"| {word} | {len(counts['found'])} | {len(counts['unmarked'])} "
            f"| {len(counts['basil'])} |",
            flush=True,
        )
        if args.show:
            for kind in ("found", "unmarked", "basil"):
                for line in counts[kind]:
                    print("    " + line)


if __name__ == "__main__":
    main()
