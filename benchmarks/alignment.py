"""The aligner against the annotation: which copy sentences `compare` traces to the right source.

    python benchmarks/alignment.py [--split NAME ...] [--list] [--markdown]

Every written pair of the development set says, for each sentence of its copy, the source
sentences it was written from (``from`` fragments; ``[]`` for a sentence of the writer's
own: eval/README.md "The file format").  This aligns each copy (A) with its source (B) as
``newstrace.compare`` does (``newstrace.align.align``) and counts, per annotated sentence:

* **found**: a sentence with a ``from`` that an alignment (any kind) links to a source
  sentence overlapping one of its fragments;
* **firm**: found by a lexical passage or by a paraphrase link scoring at least
  ``paraphrase_threshold``: what the verdict counts as an own sentence traced (weaker links
  only add to the coverage);
* **wrong**: a sentence with a ``from`` linked to a source sentence that overlaps none of
  them (it may be found as well);
* **false links**: a sentence of the writer's own that is linked at all.

Sibling pairs (two rewrites of one source) count the links between their sentences that no
common source sentence explains (the two sentences' fragments lie in no one source
sentence), and those of a sentence of the writer's own.  Rows: per kind, per brief form,
and per source length.  ``--list`` lists each sentence not found firmly with its best paraphrase score
against its annotated source sentences and against any source sentence.

Defaults to every split but the last (held out).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

from devset import SPLITS, load  # noqa: E402

from newstrace import Article  # noqa: E402
from newstrace.align import align  # noqa: E402
from newstrace.align.paraphrase import PairScores, sentence_scores  # noqa: E402
from newstrace.config import DEFAULT_CONFIG  # noqa: E402
from newstrace.model import Alignment, Span  # noqa: E402
from newstrace.pipeline import prepare  # noqa: E402
from newstrace.segment.document import Document  # noqa: E402

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "\u00a0": " "})
# An alignment touches an annotated sentence when it covers this many of its characters
# (or all of it): a lexical passage may run a word or two into the next sentence.
_MIN_TOUCH = 12


def _canonical(text: str) -> tuple[str, list[int]]:
    """``eval/check.py``'s canon (case, quote marks, spacing aside) with, for each of its
    characters, the offset of the original character."""
    chars: list[str] = []
    offsets: list[int] = []
    for offset, char in enumerate(text.translate(_QUOTES)):
        if char.isspace():
            if chars and chars[-1] != " ":
                chars.append(" ")
                offsets.append(offset)
            continue
        chars.append(char.lower())
        offsets.append(offset)
    return "".join(chars), offsets


def fragment_spans(fragments: list[str], text: str) -> list[Span]:
    """The original-text spans of the fragments (those found) in ``text``."""
    canon, offsets = _canonical(text)
    spans = []
    for fragment in fragments:
        wanted = _canonical(fragment)[0].strip()
        at = canon.find(wanted) if wanted else -1
        if at >= 0:
            spans.append(Span(offsets[at], offsets[at + len(wanted) - 1] + 1))
    return spans


@dataclass(frozen=True)
class Annotated:
    """A sentence of a copy: its span in the copy's text and its fragments' spans in the
    source's."""

    span: Span
    text: str
    sources: tuple[Span, ...]
    fragments: tuple[str, ...]

    @property
    def own(self) -> bool:
        return not self.fragments


def annotated_sentences(record: dict[str, Any], source: str) -> list[Annotated]:
    """The copy's sentences at their offsets in ``devset.copy_text`` (same joins)."""
    sentences = []
    cursor = 0
    for number, paragraph in enumerate(record["copy"]["paragraphs"]):
        if number:
            cursor += 2
        for position, sentence in enumerate(paragraph):
            if position:
                cursor += 1
            text = sentence["text"].strip()
            fragments = tuple(sentence["from"])
            spans = tuple(fragment_spans(list(fragments), source))
            sentences.append(Annotated(Span(cursor, cursor + len(text)), text, spans, fragments))
            cursor += len(text)
    return sentences


def _touches(span: Span, sentence: Span) -> bool:
    return span.overlap(sentence) >= min(_MIN_TOUCH, len(sentence))


def _source_spans(alignment: Alignment, doc: Document) -> list[Span]:
    return [doc.sentences[j].span for j in alignment.b_sentences] or [alignment.b_span]


@dataclass
class Tally:
    pairs: int = 0
    traced: int = 0  # sentences with a from
    found: int = 0
    firm: int = 0
    wrong: int = 0
    own: int = 0
    false_links: int = 0
    links: int = 0  # siblings: linked sentence pairs
    unexplained: int = 0  # siblings: links no common source sentence explains

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class Miss:
    pair: str
    text: str
    fragments: int
    annotated: float  # best paraphrase score against an annotated source sentence
    best: float  # best against any source sentence
    best_is_annotated: bool
    wrong: bool
    weak: bool  # found, by a link below the threshold only
    source_words: int


@dataclass
class PairResult:
    tally: Tally
    misses: list[Miss] = field(default_factory=list)


def _firm(alignment: Alignment) -> bool:
    threshold = DEFAULT_CONFIG.align.paraphrase_threshold
    return alignment.kind != "paraphrase" or alignment.score >= threshold


def _found_firmly(touching: list[Alignment], verdicts: list[bool]) -> bool:
    return any(right and _firm(x) for x, right in zip(touching, verdicts, strict=True))


def _doc(text: str, name: str) -> Document:
    return prepare(Article(text, id=name))


def _sentences_over(doc: Document, span: Span) -> list[int]:
    return [s.index for s in doc.sentences if _touches(s.span, span) or _touches(span, s.span)]


def _best(scores: np.ndarray, rows: list[int], columns: list[int]) -> float:
    if not rows or not columns:
        return 0.0
    return float(scores[np.ix_(rows, columns)].max())


def written_pair(pair_id: str, record: dict[str, Any], copy: str, source: str) -> PairResult:
    """The tally of a rewrite or primary pair, with its sentences not traced firmly."""
    a, b = _doc(copy, "copy"), _doc(source, "source")
    alignments = align(a, b, config=DEFAULT_CONFIG.align)
    sentences = annotated_sentences(record, source)
    return tally_written(pair_id, sentences, a, b, alignments, lambda: sentence_scores(a, b))


def tally_written(
    pair_id: str,
    sentences: list[Annotated],
    a: Document,
    b: Document,
    alignments: list[Alignment],
    scores_of: Callable[[], PairScores],
) -> PairResult:
    """Count the copy's (A's) annotated sentences found in the source (B) by ``alignments``."""
    result = PairResult(Tally(pairs=1))
    tally = result.tally
    scores: np.ndarray | None = None
    for sentence in sentences:
        touching = [x for x in alignments if _touches(x.a_span, sentence.span)]
        if sentence.own:
            tally.own += 1
            tally.false_links += bool(touching)
            continue
        tally.traced += 1
        verdicts = [
            any(s.overlap(f) > 0 for s in _source_spans(x, b) for f in sentence.sources)
            for x in touching
        ]
        found, wrong = any(verdicts), not all(verdicts)
        tally.found += found
        tally.wrong += wrong
        tally.firm += _found_firmly(touching, verdicts)
        if not _found_firmly(touching, verdicts):
            if scores is None:
                scores = scores_of().sentences
            rows = _sentences_over(a, sentence.span)
            annotated = sorted({j for f in sentence.sources for j in _sentences_over(b, f)})
            best_any = _best(scores, rows, list(range(len(b.sentences))))
            best_annotated = _best(scores, rows, annotated)
            result.misses.append(
                Miss(
                    pair_id,
                    sentence.text,
                    len(sentence.fragments),
                    best_annotated,
                    best_any,
                    best_annotated >= best_any,
                    wrong,
                    found,
                    len(b.text.split()),
                )
            )
    return result


def sibling_pair(first: dict[str, Any], second: dict[str, Any], a_text: str, b_text: str) -> Tally:
    """Links between two rewrites of one source that no common source sentence explains."""
    source = first["source"]["text"]
    a, b, s = _doc(a_text, "first"), _doc(b_text, "second"), _doc(source, "source")
    left, right = annotated_sentences(first, source), annotated_sentences(second, source)
    return tally_sibling(left, right, s, align(a, b, config=DEFAULT_CONFIG.align))


def tally_sibling(
    left: list[Annotated], right: list[Annotated], source: Document, alignments: list[Alignment]
) -> Tally:
    """Count the links between two rewrites' (A's and B's) annotated sentences, and those no
    common source sentence explains."""

    def source_sentences(sentence: Annotated) -> set[int]:
        return {j for f in sentence.sources for j in _sentences_over(source, f)}

    linked: set[tuple[int, int]] = set()
    for x in alignments:
        for k, one in enumerate(left):
            if not _touches(x.a_span, one.span):
                continue
            for m, other in enumerate(right):
                if _touches(x.b_span, other.span):
                    linked.add((k, m))
    tally = Tally(pairs=1, links=len(linked))
    for k, m in linked:
        common = source_sentences(left[k]) & source_sentences(right[m])
        tally.unexplained += not common
        tally.false_links += left[k].own or right[m].own
    return tally


def _length_band(words: int) -> str:
    if words < 250:
        return "source < 250 words"
    if words <= 500:
        return "source 250-500 words"
    return "source > 500 words"


def results(splits: list[str]) -> Iterator[tuple[list[str], Tally, list[Miss]]]:
    """Each pair's rows (kind, form, length band), tally and misses."""
    for split in splits:
        for pair in load(split):
            if pair.kind == "sibling":
                first, second = pair.record["first"], pair.record["second"]
                tally = sibling_pair(first, second, pair.a, pair.b)
                words = len(first["source"]["text"].split())
                yield ["sibling", _length_band(words) + " (siblings)"], tally, []
                continue
            result = written_pair(pair.id, pair.record, pair.a, pair.b)
            form = pair.record.get("brief", {}).get("form") or "no form"
            band = _length_band(len(pair.b.split()))
            yield [pair.kind, f"{pair.kind}: {form}", band], result.tally, result.misses


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "-"


def table(rows: dict[str, Tally], markdown: bool) -> str:
    head = (
        "rows",
        "pairs",
        "traced sentences",
        "found",
        "share",
        "firm",
        "firm share",
        "wrong",
        "own sentences",
        "false links",
        "sibling links",
        "unexplained",
    )
    lines = []
    for name, t in rows.items():
        lines.append(
            (
                name,
                str(t.pairs),
                str(t.traced),
                str(t.found),
                _share(t.found, t.traced),
                str(t.firm),
                _share(t.firm, t.traced),
                str(t.wrong),
                str(t.own),
                str(t.false_links),
                str(t.links) if t.links else "-",
                str(t.unexplained) if t.links else "-",
            )
        )
    if markdown:
        out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        out += ["| " + " | ".join(line) + " |" for line in lines]
        return "\n".join(out)
    widths = [max(len(x[c]) for x in [head, *lines]) for c in range(len(head))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True))
        for line in [head, *lines]
    )


def _order(name: str) -> tuple[int, str]:
    ranks = ("rewrite", "primary", "sibling", "all", "source")
    for rank, prefix in enumerate(ranks):
        if name.startswith(prefix):
            return rank, name
    return len(ranks), name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", nargs="*", default=list(SPLITS[:-1]))
    parser.add_argument("--list", action="store_true", help="list the missed sentences")
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    if SPLITS[-1] in args.split:
        parser.error(f"{SPLITS[-1]} is held out")
    rows: dict[str, Tally] = defaultdict(Tally)
    misses: list[Miss] = []
    for names, tally, missed in results(args.split):
        for name in [*names, "all written pairs" if names[0] != "sibling" else "all siblings"]:
            rows[name].add(tally)
        misses += missed
    print(table(dict(sorted(rows.items(), key=lambda item: _order(item[0]))), args.markdown))
    if args.list:
        print(
            "\nsentences not traced firmly (best score against an annotated source sentence / any):"
        )
        for miss in sorted(misses, key=lambda m: (m.source_words, m.pair)):
            mark = " merged" if miss.fragments > 1 else ""
            mark += " wrong" if miss.wrong else ""
            mark += " weak" if miss.weak else ""
            mark += "" if miss.best_is_annotated else " best-elsewhere"
            text = re.sub(r"\s+", " ", miss.text)[:90]
            print(
                f"{miss.pair:9} {miss.source_words:4}w {miss.annotated:.2f}/{miss.best:.2f}"
                f"{mark}  {text}"
            )


if __name__ == "__main__":
    main()
