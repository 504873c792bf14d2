"""Semantic layer: paraphrased sentences, by sentence embeddings plus shared content words.

Embedding similarity alone does not separate a rewrite from independent coverage of one
event (both talk about the same things), so the score mixes the cosine of the two units'
embeddings with the overlap of their content-word stems, and a link also needs support
from the order of its neighbours when its score is only just above the threshold.
"""

from __future__ import annotations

import math

import numpy as np

from newstrace.align.units import Unit, sentence_units
from newstrace.config import AlignConfig
from newstrace.encoder import get_encoder
from newstrace.segment.document import Document

# Weight of the embedding cosine against the stem overlap; tuned on the seed pair.
_COSINE_WEIGHT = 0.6
# A weak link needs an accepted link this close (in sentences) on both sides.
_SUPPORT_WINDOW = 2


def _stem_overlap(left: frozenset[str], right: frozenset[str]) -> float:
    """Shared stems over the geometric mean of the two sets' sizes (cosine of sets)."""
    if not left or not right:
        return 0.0
    return len(left & right) / math.sqrt(len(left) * len(right))


def _stem_overlaps(left: tuple[Unit, ...], right: tuple[Unit, ...]) -> np.ndarray:
    """``_stem_overlap`` of every unit pair at once: set sizes and intersections as a
    product of 0/1 matrices over the stems of both sides."""
    vocabulary: dict[str, int] = {}
    for unit in (*left, *right):
        for word in unit.stems:
            vocabulary.setdefault(word, len(vocabulary))

    def indicator(units: tuple[Unit, ...]) -> np.ndarray:
        matrix = np.zeros((len(units), len(vocabulary)), dtype=np.float64)
        for row, unit in enumerate(units):
            matrix[row, [vocabulary[word] for word in unit.stems]] = 1.0
        return matrix

    x, y = indicator(left), indicator(right)
    shared = x @ y.T
    sizes = np.sqrt(np.outer(x.sum(axis=1), y.sum(axis=1)))
    overlaps: np.ndarray = np.divide(shared, sizes, out=np.zeros_like(shared), where=sizes > 0)
    return overlaps


def sentence_scores(a: Document, b: Document) -> np.ndarray:
    """Paraphrase score for every sentence pair, shape ``(len(a.sentences), len(b.sentences))``:
    the best score of their units (a sentence, or a clause of a long one)."""
    a_units, b_units = sentence_units(a), sentence_units(b)
    scores = np.zeros((len(a.sentences), len(b.sentences)), dtype=np.float64)
    if not a_units or not b_units:
        return scores.astype(np.float32)
    encoder = get_encoder()
    cosine = encoder.encode([u.text for u in a_units]) @ encoder.encode([u.text for u in b_units]).T
    combined = _COSINE_WEIGHT * cosine.astype(np.float64) + (1 - _COSINE_WEIGHT) * _stem_overlaps(
        a_units, b_units
    )
    rows = np.array([u.sentence for u in a_units])
    columns = np.array([u.sentence for u in b_units])
    np.maximum.at(scores, (rows[:, None], columns[None, :]), combined)
    return scores.astype(np.float32)


def paraphrase_links(
    scores: np.ndarray,
    *,
    config: AlignConfig,
    anchors: frozenset[tuple[int, int]] = frozenset(),
) -> dict[tuple[int, int], float]:
    """Sentence links ``{(i, j): score}`` between A sentence ``i`` and B sentence ``j``.

    Symmetric: a pair is a candidate when ``j`` is ``i``'s best partner or ``i`` is ``j``'s.
    Candidates scoring at least ``paraphrase_threshold`` are accepted, with further partners
    for a sentence that merges several.  A weaker best partner, down to ``weak_threshold``,
    is accepted only for a sentence that has no link yet, towards one with no firm link
    (strong or lexical: ``anchors``), and only next to another link: a rewrite keeps the
    source's order in stretches, while independent reports do not.
    """
    strong = _strong_pairs(scores, config) | {(i, j) for j, i in _strong_pairs(scores.T, config)}
    accepted = set(strong)
    weak = [
        (pair, scores[pair])
        for pair in _best_pairs(scores) | {(i, j) for j, i in _best_pairs(scores.T)}
        if config.weak_threshold <= scores[pair] < config.paraphrase_threshold
    ]
    firm = strong | anchors
    for pair, _ in sorted(weak, key=lambda item: -item[1]):
        linked = accepted | anchors
        i, j = pair
        a_free, b_free = _free(i, 0, linked), _free(j, 1, linked)
        a_firm, b_firm = not _free(i, 0, firm), not _free(j, 1, firm)
        if ((a_free and not b_firm) or (b_free and not a_firm)) and _supported(pair, linked):
            accepted.add(pair)
    return {pair: float(scores[pair]) for pair in sorted(accepted)}


def _free(
    sentence: int, side: int, links: set[tuple[int, int]] | frozenset[tuple[int, int]]
) -> bool:
    return all(link[side] != sentence for link in links)


def _best_pairs(scores: np.ndarray) -> set[tuple[int, int]]:
    if scores.shape[1] == 0:
        return set()
    return {(i, int(np.argmax(scores[i]))) for i in range(scores.shape[0])}


def _strong_pairs(scores: np.ndarray, config: AlignConfig) -> set[tuple[int, int]]:
    """Each row's best column if above the threshold, and other columns close to it.

    Extra partners must clear the threshold by ``partner_margin`` too, so that a merge is
    only claimed on clear evidence.
    """
    pairs: set[tuple[int, int]] = set()
    for i, j in _best_pairs(scores):
        best = float(scores[i, j])
        if best < config.paraphrase_threshold:
            continue
        pairs.add((i, j))
        floor = max(
            best - config.partner_margin, config.paraphrase_threshold + config.partner_margin
        )
        order = np.argsort(-scores[i])[: config.max_partners]
        pairs.update((i, int(k)) for k in order if scores[i, k] >= floor)
    return pairs


def _supported(
    pair: tuple[int, int], linked: set[tuple[int, int]] | frozenset[tuple[int, int]]
) -> bool:
    """True when a link lies next to ``pair`` in both texts."""
    i, j = pair
    return any(
        (i, j) != (k, m) and abs(k - i) <= _SUPPORT_WINDOW and abs(m - j) <= _SUPPORT_WINDOW
        for k, m in linked
    )
