"""Which clauses could be left unencoded, decided before their vectors, with no result
moved?  The floor under which no clause counts, measured, and what it would spare.

    python benchmarks/clause_floor.py --limit 40                    # BASIL's first 40 ordered pairs
    python benchmarks/clause_floor.py --limit 0                     # all of BASIL's ordered pairs
    python benchmarks/clause_floor.py --split tune test fresh ...   # development pairs

A clause of a long sentence (``units.sentence_units``) counts only where it is the best
unit of its sentence against a sentence of the other text (``paraphrase.sentence_scores``:
a sentence pair scores its best unit pair).  For every sentence pair whose best unit pair
scores at least ``T`` and holds a clause (and no whole-sentence pair scores as much), this
prints, over all pairs:

- **floor needed**: the best whole-sentence score, against the other text, of the sentence
  whose clause it is (the lower of the two when both are clauses).  Encoding whole sentences
  first, then the clauses of the sentences whose best whole-sentence score reaches a floor,
  leaves this pair's score as it was only if the floor is at most this.
- **cosine jump**: the clause pair's cosine less the two whole sentences' cosine.  A rule
  per unit pair (a clause is encoded when, for some unit of the other text,
  ``0.6 (whole sentences' cosine + jump) + 0.4 (the two units' stem overlap)`` reaches
  ``T``: the overlap is known before any vector) needs the largest jump seen.

``T`` = 0.40 is the weak threshold (``paraphrase_links`` reads no score below it); 0.35
and 0.30 too, since a merge (``_with_merges``) weighs a pair's unmerged score, plus
``merge_gain``, against a joined unit's.  The word pieces ([CLS] and [SEP] included;
distinct texts a pair, as the encoder takes them) each would spare, as a share of all
encoded: the floor, for each of ``--floors``, with the comparisons whose alignments
(``align.align``: every link, its spans, its score within 1.5e-6) differ from those with
every clause; the per-pair rule at the largest jump seen; and, for the ceiling, the clauses that are the
best unit of no sentence pair scoring ``T`` (known only from their vectors).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # eval/

from eval.devset import SPLITS
from unit_tokens import prepared_pairs  # benchmarks/, beside this script

from newstrace.align import align, paraphrase
from newstrace.align.paraphrase import _stem_overlaps, _unquoted_pieces, unit_texts
from newstrace.align.units import Unit, sentence_units
from newstrace.config import DEFAULT_CONFIG
from newstrace.embed.encoder import get_encoder
from newstrace.embed.onnx_encoder import OnnxEncoder
from newstrace.segment.document import Document

HELD_OUT = SPLITS[-1]  # the split written last is held out (eval/devset.py)
CONFIG = DEFAULT_CONFIG.align
LEVELS = (0.40, 0.35, 0.30)


@dataclass
class Pair:
    """One comparison's unit scores, as ``sentence_scores`` computes them unmerged."""

    a: tuple[Unit, ...]
    b: tuple[Unit, ...]
    encoded: set[str]  # ``unit_texts``: what a comparison encodes today
    cosine: np.ndarray = field(init=False)
    overlap: np.ndarray = field(init=False)
    scores: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        vectors = get_encoder().encode([u.text for u in (*self.a, *self.b)])
        self.cosine = (vectors[: len(self.a)] @ vectors[len(self.a) :].T).astype(np.float64)
        self.overlap = _stem_overlaps(self.a, self.b)
        weight = CONFIG.cosine_weight
        self.scores = weight * self.cosine + (1 - weight) * self.overlap
        self.unquoted = _unquoted_pieces(self.a, self.b)
        self.scores[self.unquoted] = 0.0
        self.a_whole = np.array([not u.clause for u in self.a])
        self.b_whole = np.array([not u.clause for u in self.b])
        self.a_owner = np.array([u.sentence for u in self.a])
        self.b_owner = np.array([u.sentence for u in self.b])
        whole = self.scores[np.ix_(self.a_whole, self.b_whole)]
        self.best = (whole.max(axis=1), whole.max(axis=0))

    def blocks(self) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
        """Each sentence pair's units of A, of B, and their scores (the whole first)."""
        for i in range(len(self.best[0])):
            rows = np.nonzero(self.a_owner == i)[0]
            for j in range(len(self.best[1])):
                columns = np.nonzero(self.b_owner == j)[0]
                yield rows, columns, self.scores[np.ix_(rows, columns)]

    def needed(self) -> list[tuple[float, float, float]]:
        """(score, floor needed, cosine jump) of each sentence pair that a clause holds."""
        found = []
        a_best, b_best = self.best
        for rows, columns, block in self.blocks():
            top = block.max()
            if top < min(LEVELS) or block[0, 0] == top:
                continue
            i, j = self.a_owner[rows[0]], self.b_owner[columns[0]]
            whole = self.cosine[rows[0], columns[0]]
            best = list(zip(*np.nonzero(block == top), strict=True))
            floor = max(
                min(a_best[i] if u else np.inf, b_best[j] if v else np.inf) for u, v in best
            )
            jump = min(self.cosine[rows[u], columns[v]] - whole for u, v in best)
            found.append((float(top), float(floor), float(jump)))
        return found

    def counted(self, level: float) -> tuple[np.ndarray, np.ndarray]:
        """Units of A, of B, that are the best of some sentence pair scoring ``level``."""
        a, b = np.zeros(len(self.a), dtype=bool), np.zeros(len(self.b), dtype=bool)
        for rows, columns, block in self.blocks():
            if block.max() >= level:
                u, v = np.nonzero(block == block.max())
                a[rows[u]], b[columns[v]] = True, True
        return a, b

    def by_jump(self, level: float, jump: float) -> tuple[np.ndarray, np.ndarray]:
        """Units of A, of B, that the per-pair rule encodes at ``level`` and ``jump``."""
        whole = self.cosine[np.ix_(self.a_whole, self.b_whole)]
        bound = CONFIG.cosine_weight * (whole[np.ix_(self.a_owner, self.b_owner)] + jump)
        reach = (bound + (1 - CONFIG.cosine_weight) * self.overlap >= level) & ~self.unquoted
        return reach.any(axis=1), reach.any(axis=0)

    def floored(self, floor: float) -> tuple[np.ndarray, np.ndarray]:
        """Units of A, of B, whose sentence's best whole-sentence score reaches ``floor``."""
        return self.best[0][self.a_owner] >= floor, self.best[1][self.b_owner] >= floor


@contextmanager
def left_out(a: Document, b: Document, kept: tuple[np.ndarray, np.ndarray]) -> Iterator[None]:
    """Within the block, the paraphrase scores of A and B leave out the clauses not
    ``kept``: as if they were not encoded (a unit left out is one whose score never wins)."""
    units = {
        id(doc): tuple(
            u for u, keep in zip(sentence_units(doc), flags, strict=True) if keep or not u.clause
        )
        for doc, flags in zip((a, b), kept, strict=True)
    }
    paraphrase.sentence_units = lambda doc: units[id(doc)]
    try:
        yield
    finally:
        paraphrase.sentence_units = sentence_units


def _alignments(a: Document, b: Document) -> list[tuple[object, ...]]:
    """The alignments of A with B: their kinds, spans and scores."""
    return [(x.kind, x.a_span, x.b_span, x.score) for x in align(a, b, config=CONFIG)]


def _same(x: list[tuple[object, ...]], y: list[tuple[object, ...]]) -> bool:
    """The same alignments, their scores within 1.5e-6: leaving units out changes the
    shapes of the products, and so the last bits of some sums (float32 scores)."""
    return len(x) == len(y) and all(
        p[:3] == q[:3] and abs(float(p[3]) - float(q[3])) < 1.5e-6  # type: ignore[arg-type]
        for p, q in zip(x, y, strict=True)
    )


class Pieces:
    """Word pieces of the distinct unit texts a comparison encodes, kept or spared."""

    def __init__(self) -> None:
        encoder = get_encoder()
        assert isinstance(encoder, OnnxEncoder)
        self._tokenizer = encoder._tokenizer
        self._counts: dict[str, int] = {}
        self.total = 0

    def count(self, texts: set[str]) -> int:
        fresh = sorted(texts - self._counts.keys())
        for text, encoding in zip(fresh, self._tokenizer.encode_batch_fast(fresh), strict=True):
            self._counts[text] = len(encoding.ids)
        return sum(self._counts[text] for text in texts)

    def spared(self, pair: Pair, kept: tuple[np.ndarray, np.ndarray]) -> int:
        """Pieces of the texts encoded today that no unit ``kept`` (or whole) has."""
        units = (*pair.a, *pair.b)
        keep = np.concatenate(kept) | np.concatenate((pair.a_whole, pair.b_whole))
        wanted = {u.text for u, k in zip(units, keep, strict=True) if k}
        return self.count(pair.encoded - wanted)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=40, help="BASIL ordered pairs; 0: all")
    parser.add_argument("--split", nargs="*", default=[])
    parser.add_argument(
        "--floors", type=float, nargs="*", default=[0.25, 0.30, 0.35, 0.40, 0.45, 0.50]
    )
    args = parser.parse_args()
    if HELD_OUT in args.split:
        parser.error(f"{HELD_OUT} is held out")
    pairs = prepared_pairs(args.limit, args.split)
    pieces, clause_pieces = Pieces(), 0
    needed: list[tuple[float, float, float]] = []
    scored = [
        (a, b, Pair(sentence_units(a), sentence_units(b), set(unit_texts(a, b))))
        for a, b in pairs
        if sentence_units(a) and sentence_units(b)
    ]
    for _, _, pair in scored:
        needed.extend(pair.needed())
        pieces.total += pieces.count(pair.encoded)
        whole = {u.text for u in (*pair.a, *pair.b) if not u.clause}
        clause_pieces += pieces.count(pair.encoded - whole)
    rows = np.array(needed)
    print(f"{len(pairs)} pairs; word pieces {pieces.total:,}, of clauses {clause_pieces:,}")
    print(
        "\n| sentence pairs scoring at least | best unit a clause | floor needed: lowest "
        "| 0.1th pct | 1st pct | cosine jump: largest | 99.9th pct | spared by the rule "
        "at the largest | never a pair's best (ceiling) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for level in LEVELS:
        at = rows[rows[:, 0] >= level]
        jump = float(at[:, 2].max())
        by_jump = sum(pieces.spared(p, p.by_jump(level, jump)) for _, _, p in scored)
        ceiling = sum(pieces.spared(p, p.counted(level)) for _, _, p in scored)
        print(
            f"| {level:.2f} | {len(at):,} | {at[:, 1].min():.3f} "
            f"| {np.percentile(at[:, 1], 0.1):.3f} | {np.percentile(at[:, 1], 1):.3f} "
            f"| {jump:.3f} | {np.percentile(at[:, 2], 99.9):.3f} "
            f"| {by_jump / pieces.total:.3f} | {ceiling / pieces.total:.3f} |"
        )
    references: dict[int, list[tuple[object, ...]]] = {}
    print("\n| floor | comparisons moved | word pieces spared | of the clauses' |")
    print("|---:|---:|---:|---:|")
    for floor in args.floors:
        moved, spared = [], 0
        for number, (a, b, pair) in enumerate(scored):
            kept = pair.floored(floor)
            spared += pieces.spared(pair, kept)
            if not all(flags.all() for flags in kept):
                if number not in references:
                    references[number] = _alignments(a, b)
                with left_out(a, b, kept):
                    if not _same(_alignments(a, b), references[number]):
                        moved.append(number)
        print(
            f"| {floor:.2f} | {len(moved)} {moved[:6]} "
            f"| {spared / pieces.total:.3f} | {spared / clause_pieces:.3f} |"
        )


if __name__ == "__main__":
    main()
