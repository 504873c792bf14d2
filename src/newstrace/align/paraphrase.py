"""Semantic layer: paraphrased sentences, by sentence embeddings plus shared content words.

Embedding similarity alone does not separate a rewrite from independent coverage of one
event (both talk about the same things), so the score mixes the cosine of the two units'
embeddings with the overlap of their content-word stems, and a link also needs support
from the order of its neighbours when its score is only just above the threshold.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from newstrace.align.units import Unit, joined_units, sentence_units
from newstrace.config import DEFAULT_CONFIG, AlignConfig
from newstrace.embed.blas import one_thread
from newstrace.embed.encoder import get_encoder
from newstrace.embed.pooling import adjacent_means
from newstrace.segment.document import Document


def _stem_overlap(left: frozenset[str], right: frozenset[str]) -> float:
    """Shared stems over the geometric mean of the two sets' sizes (cosine of sets)."""
    if not left or not right:
        return 0.0
    return len(left & right) / math.sqrt(len(left) * len(right))


def _indicators(
    left: list[frozenset[str]], right: list[frozenset[str]]
) -> tuple[np.ndarray, np.ndarray]:
    """0/1 matrices of the two sides' sets over the words found on both sides: the only
    ones a product of the two counts (ten times faster than over all words on BASIL)."""
    both = frozenset[str]().union(*left) & frozenset[str]().union(*right)
    vocabulary = {word: index for index, word in enumerate(sorted(both))}

    def indicator(sets: list[frozenset[str]]) -> np.ndarray:
        matrix = np.zeros((len(sets), len(vocabulary)), dtype=np.float64)
        for row, words in enumerate(sets):
            matrix[row, [vocabulary[word] for word in words & both]] = 1.0
        return matrix

    return indicator(left), indicator(right)


def _stem_overlaps(left: tuple[Unit, ...], right: tuple[Unit, ...]) -> np.ndarray:
    """``_stem_overlap`` of every unit pair at once: intersections as a product of 0/1
    matrices over the stems of both sides."""
    x, y = _indicators([u.stems for u in left], [u.stems for u in right])
    return _set_cosines(x @ y.T, left, right)


def _set_cosines(shared: np.ndarray, left: tuple[Unit, ...], right: tuple[Unit, ...]) -> np.ndarray:
    """Counts of shared stems over the geometric mean of the two units' stem counts."""
    sizes = np.sqrt(np.outer([len(u.stems) for u in left], [len(u.stems) for u in right]))
    cosines: np.ndarray = np.divide(shared, sizes, out=np.zeros_like(shared), where=sizes > 0)
    return cosines


def _unquoted_pieces(left: tuple[Unit, ...], right: tuple[Unit, ...]) -> np.ndarray:
    """True for the unit pairs with a quotation piece (``Unit.piece``) on either side and
    no quoted word of the two in common: a piece stands for its quotation."""
    x, y = _indicators([u.quoted for u in left], [u.quoted for u in right])
    pieces = np.array([u.piece for u in left])[:, None] | np.array([u.piece for u in right])
    unquoted: np.ndarray = pieces & ((x @ y.T) == 0)
    return unquoted


@dataclass(frozen=True, slots=True)
class PairScores:
    """Paraphrase scores of two articles, per sentence pair and per unit.

    ``a_units[u, j]`` is the best score of A's unit ``u`` (a sentence or a clause of one,
    ``units.sentence_units``) against any unit of B's sentence ``j``; ``b_units[v, i]`` the
    same from B's side; ``sentences[i, j]`` the best score of the two sentences' units.
    """

    sentences: np.ndarray
    a_units: np.ndarray
    b_units: np.ndarray
    a_owner: np.ndarray  # the sentence of each unit of A
    b_owner: np.ndarray
    a_clause: np.ndarray  # True for a clause of a sentence, False for a whole one
    b_clause: np.ndarray

    @classmethod
    def of_sentences(cls, sentences: np.ndarray) -> PairScores:
        """Scores of whole sentences only (no clauses)."""
        n_a, n_b = sentences.shape
        return cls(
            sentences,
            sentences,
            sentences.T,
            np.arange(n_a),
            np.arange(n_b),
            np.zeros(n_a, dtype=bool),
            np.zeros(n_b, dtype=bool),
        )

    def transposed(self) -> PairScores:
        """The same scores with B's side first."""
        return PairScores(
            self.sentences.T,
            self.b_units,
            self.a_units,
            self.b_owner,
            self.a_owner,
            self.b_clause,
            self.a_clause,
        )

    def unit(self, i: int, j: int) -> int:
        """The unit of A's sentence ``i`` that scores best against B's sentence ``j``."""
        (members,) = np.nonzero(self.a_owner == i)
        return int(members[np.argmax(self.a_units[members, j])])


def _by_sentence(unit_scores: np.ndarray, owner: np.ndarray, count: int) -> np.ndarray:
    """Row-wise best over the units of each sentence: units of a sentence are contiguous and
    every sentence has a unit (its whole text)."""
    firsts = np.searchsorted(owner, np.arange(count))
    reduced: np.ndarray = np.maximum.reduceat(unit_scores, firsts, axis=0)
    return reduced


def _read(units: tuple[Unit, ...], other: tuple[Unit, ...]) -> list[bool]:
    """Whether each of ``units`` has a score that its vector can move: False for a quotation
    piece that quotes none of the words the other text's units quote, whose every score
    ``_unquoted_pieces`` sets to 0 (about 1% of BASIL's tokens; a vector is costly)."""
    quoted = frozenset[str]().union(*(u.quoted for u in other))
    return [not u.piece or not u.quoted.isdisjoint(quoted) for u in units]


def _encoded(a_units: tuple[Unit, ...], b_units: tuple[Unit, ...]) -> list[bool]:
    """``_read`` of A's units, then of B's."""
    return [*_read(a_units, b_units), *_read(b_units, a_units)]


def unit_texts(a: Document, b: Document) -> list[str]:
    """What ``sentence_scores`` encodes: the units of both texts in one call, so that they
    are batched together and fewer batches are short (none when either text has none),
    less those whose vector no score reads (``_read``).  The joined units are not encoded:
    their vectors are taken from their sentences' (``_joined_vectors``)."""
    a_units, b_units = sentence_units(a), sentence_units(b)
    if not a_units or not b_units:
        return []
    units = (*a_units, *b_units)
    return [u.text for u, kept in zip(units, _encoded(a_units, b_units), strict=True) if kept]


def _joined_vectors(whole: tuple[Unit, ...], vectors: np.ndarray) -> np.ndarray:
    """The vectors of a text's joined units (``units.joined_units``) from those of its
    whole sentences (``vectors``), by their mean (``embed.pooling``): encoding them would
    more than double the words encoded."""
    return adjacent_means(vectors, np.array([len(u.text.split()) for u in whole]))


def _joined_overlaps(
    whole: tuple[tuple[Unit, ...], tuple[Unit, ...]],
    joined: tuple[tuple[Unit, ...], tuple[Unit, ...]],
) -> tuple[np.ndarray, np.ndarray]:
    """``_stem_overlaps`` of A's whole sentences with B's joined units, and of B's with
    A's, from the whole sentences' 0/1 matrices alone: a joined unit's stems are its two
    sentences', so its row is the larger of their two rows (building the matrices is most
    of what the merges cost)."""
    x, y = _indicators([u.stems for u in whole[0]], [u.stems for u in whole[1]])

    into_b = _set_cosines(x @ np.maximum(y[:-1], y[1:]).T, whole[0], joined[1])
    into_a = _set_cosines(y @ np.maximum(x[:-1], x[1:]).T, whole[1], joined[0])
    return into_b, into_a


def _with_merges(
    sentences: np.ndarray, joined: np.ndarray, mutual: np.ndarray, gain: float
) -> np.ndarray:
    """``sentences`` with the pair of A's sentence ``i`` and the better of B's sentences
    ``j`` and ``j + 1`` raised to ``joined[i, j]`` (``i`` against the two as one) where that
    beats both pairs' own score by ``gain``: each half of a merge holds only part of the
    sentence, so both score low.  Only a pair of mutual best partners (``mutual``) is
    raised: a merge strengthens a link, it never makes a partner of a sentence that lent
    the other a name or a title."""
    raised = sentences.copy()
    if joined.shape[1] == 0:
        return raised
    left, right = sentences[:, :-1], sentences[:, 1:]
    rows, firsts = np.nonzero(joined >= np.maximum(left, right) + gain)
    better = firsts + (right[rows, firsts] > left[rows, firsts])
    for i, j, score in zip(rows, better, joined[rows, firsts], strict=True):
        if mutual[i, j]:
            raised[i, j] = max(raised[i, j], score)
    return raised


def _mutual_best(scores: np.ndarray) -> np.ndarray:
    """True for each pair whose two sentences are each other's best partner."""
    best = np.zeros(scores.shape, dtype=bool)
    if scores.size:
        rows = scores == scores.max(axis=1, keepdims=True)
        columns = scores == scores.max(axis=0, keepdims=True)
        best = rows & columns & (scores > 0)
    return best


def _merged_sentences(
    sentences: np.ndarray,
    whole: tuple[tuple[Unit, ...], tuple[Unit, ...]],
    joined: tuple[tuple[Unit, ...], tuple[Unit, ...]],
    vectors: tuple[np.ndarray, np.ndarray],
    config: AlignConfig,
) -> np.ndarray:
    """The sentence scores with merges (``_with_merges``) each way: ``whole`` are A's and
    B's whole-sentence units, ``joined`` their joined units (``units.joined_units``),
    ``vectors`` those of A's whole sentences and B's."""
    a_whole, b_whole = vectors
    a_joined, b_joined = _joined_vectors(whole[0], a_whole), _joined_vectors(whole[1], b_whole)
    weight = config.cosine_weight
    with one_thread():
        into_b, into_a = _joined_overlaps(whole, joined)
        into_b = weight * (a_whole @ b_joined.T).astype(np.float64) + (1 - weight) * into_b
        into_a = weight * (b_whole @ a_joined.T).astype(np.float64) + (1 - weight) * into_a
    unmerged = sentences.astype(np.float64)
    mutual = _mutual_best(unmerged)
    # Each way's merges are weighed against the scores before any merge, so that comparing
    # B with A raises what comparing A with B raises (one way's raise taken as the other's
    # baseline made the two orders differ).
    into_b_raised = _with_merges(unmerged, into_b, mutual, config.merge_gain)
    into_a_raised = _with_merges(unmerged.T, into_a, mutual.T, config.merge_gain).T
    merged: np.ndarray = np.maximum(into_b_raised, into_a_raised)
    return merged


def sentence_scores(
    a: Document, b: Document, config: AlignConfig = DEFAULT_CONFIG.align
) -> PairScores:
    """Paraphrase scores of every sentence pair and of every unit (a sentence, or a clause
    of a long one) against every sentence of the other text."""
    a_units, b_units = sentence_units(a), sentence_units(b)
    a_owner = np.array([u.sentence for u in a_units], dtype=np.int64)
    b_owner = np.array([u.sentence for u in b_units], dtype=np.int64)
    a_clause = np.array([u.clause for u in a_units], dtype=bool)
    b_clause = np.array([u.clause for u in b_units], dtype=bool)
    if not a_units or not b_units:
        n_a, n_b = len(a.sentences), len(b.sentences)
        return PairScores(
            np.zeros((n_a, n_b), dtype=np.float32),
            np.zeros((len(a_units), n_b), dtype=np.float32),
            np.zeros((len(b_units), n_a), dtype=np.float32),
            a_owner,
            b_owner,
            a_clause,
            b_clause,
        )
    a_joined, b_joined = joined_units(a), joined_units(b)
    # Before the vectors: ``compare``'s prefetch may be encoding them still.
    with one_thread():  # small products: a BLAS thread would wait for a core (``blas.py``)
        overlaps, unquoted = _stem_overlaps(a_units, b_units), _unquoted_pieces(a_units, b_units)
    encoded = get_encoder().encode(unit_texts(a, b))
    # A unit left unencoded gets a zero vector: the matrices keep their shapes (so every
    # product is computed as before) and its scores are all set to 0 below.
    vectors = np.zeros((len(a_units) + len(b_units), encoded.shape[1]), dtype=encoded.dtype)
    vectors[np.array(_encoded(a_units, b_units), dtype=bool)] = encoded
    a_vectors, b_vectors = vectors[: len(a_units)], vectors[len(a_units) :]
    with one_thread():
        cosine = a_vectors @ b_vectors.T
    weight = config.cosine_weight
    combined = weight * cosine.astype(np.float64) + (1 - weight) * overlaps
    combined[unquoted] = 0.0
    a_to_b = _by_sentence(combined.T, b_owner, len(b.sentences)).T
    b_to_a = _by_sentence(combined, a_owner, len(a.sentences)).T
    unmerged = _by_sentence(a_to_b, a_owner, len(a.sentences))
    sentences = _merged_sentences(
        unmerged,
        (_whole(a_units), _whole(b_units)),
        (a_joined, b_joined),
        (a_vectors[~a_clause], b_vectors[~b_clause]),
        config,
    )
    # a merge is of whole sentences: their units take its score
    merged = sentences > unmerged
    a_to_b[~a_clause] = np.where(merged, sentences, a_to_b[~a_clause])
    b_to_a[~b_clause] = np.where(merged.T, sentences.T, b_to_a[~b_clause])
    return PairScores(
        sentences.astype(np.float32),
        a_to_b.astype(np.float32),
        b_to_a.astype(np.float32),
        a_owner,
        b_owner,
        a_clause,
        b_clause,
    )


def _whole(units: tuple[Unit, ...]) -> tuple[Unit, ...]:
    return tuple(u for u in units if not u.clause)


def paraphrase_links(
    scores: PairScores,
    *,
    config: AlignConfig,
    anchors: frozenset[tuple[int, int]] = frozenset(),
) -> dict[tuple[int, int], float]:
    """Sentence links ``{(i, j): score}`` between A sentence ``i`` and B sentence ``j``.

    Symmetric: a pair is a candidate when ``j`` is ``i``'s best partner or ``i`` is ``j``'s.
    Candidates scoring at least ``paraphrase_threshold`` are accepted, with further partners
    for a sentence that merges several, but not a pair that only one side chose while both
    of its sentences are held by other strong pairs (``_without_redundant``).  A weaker
    best partner, down to ``weak_threshold``, is accepted only for a sentence that has no
    link yet, towards one whose unit in the pair (the sentence, or its clause scoring best)
    no firm link (strong or lexical: ``anchors``) explains, and only next to another link:
    a rewrite keeps the source's order in stretches, while independent reports do not.  A
    link explains a clause only when the clause scores ``weak_threshold`` with the linked
    sentence too.  So a clause that a link of its sentence does not hold (that link is a
    lexical passage or a paraphrase of its other clause) may take a link of its own: one
    sentence linked to several, as when a rewrite folds the next source sentence into a
    clause -- but only to a sentence next to that of its sentence's partner.
    """
    sentences = scores.sentences
    flipped = scores.transposed()
    rows = _strong_pairs(sentences, config)
    columns = {(i, j) for j, i in _strong_pairs(sentences.T, config)}
    strong = _without_redundant(sentences, rows, columns)
    accepted = set(strong)
    weak = [
        pair
        for pair in _best_pairs(sentences) | {(i, j) for j, i in _best_pairs(sentences.T)}
        if config.weak_threshold <= sentences[pair] < config.paraphrase_threshold
    ]
    firm = strong | anchors
    for pair in sorted(weak, key=lambda pair: (-sentences[pair], pair)):
        linked = accepted | anchors
        i, j = pair
        a_free, b_free = _free(i, 0, linked), _free(j, 1, linked)
        a_firm = _explained(scores, scores.unit(i, j), firm, config)
        b_firm = _explained(flipped, flipped.unit(j, i), _swap(firm), config)
        # a clause of a firmly linked sentence: only next to its sentence's partner
        a_clause_ok = _free(i, 0, firm) or _beside(i, j, linked)
        b_clause_ok = _free(j, 1, firm) or _beside(j, i, _swap(linked))
        if (
            (a_free and not b_firm and b_clause_ok) or (b_free and not a_firm and a_clause_ok)
        ) and _supported(pair, linked, config.support_window):
            accepted.add(pair)
    return {pair: float(sentences[pair]) for pair in sorted(accepted)}


def _free(
    sentence: int, side: int, links: set[tuple[int, int]] | frozenset[tuple[int, int]]
) -> bool:
    return all(link[side] != sentence for link in links)


def _beside(
    sentence: int, other: int, links: set[tuple[int, int]] | frozenset[tuple[int, int]]
) -> bool:
    """True when A's ``sentence`` is linked to a neighbour of B's sentence ``other``."""
    return any(i == sentence and abs(j - other) == 1 for i, j in links)


def _swap(pairs: set[tuple[int, int]] | frozenset[tuple[int, int]]) -> set[tuple[int, int]]:
    return {(j, i) for i, j in pairs}


def _explained(
    scores: PairScores,
    unit: int,
    links: set[tuple[int, int]] | frozenset[tuple[int, int]],
    config: AlignConfig,
) -> bool:
    """True when a link of the unit's sentence explains A's unit ``unit``: any link
    explains a whole sentence; a clause, a link to a sentence it scores ``weak_threshold``
    with (not one that holds another part of the sentence)."""
    sentence = int(scores.a_owner[unit])
    partners = [j for i, j in links if i == sentence]
    if not scores.a_clause[unit]:
        return bool(partners)
    return any(scores.a_units[unit, j] >= config.weak_threshold for j in partners)


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


def _without_redundant(
    sentences: np.ndarray, rows: set[tuple[int, int]], columns: set[tuple[int, int]]
) -> set[tuple[int, int]]:
    """The strong pairs, ``rows`` (chosen by A's side) and ``columns`` (by B's), less the
    redundant ones.

    A pair chosen by one side only is redundant when both of its sentences are held by
    other strong pairs: the chosen sentence has a strong choice of its own, and the
    choosing one is chosen by another sentence.  Such a pair would claim a merge and a
    split at once on no better evidence than the pairs that hold both sentences already:
    "Peter Cook, the Pentagon press secretary, said" in one source sentence scores high
    with a rewrite's "Pentagon press secretary Peter Cook said that the talks were ...",
    whose own source is the next sentence.  The weakest pairs are judged first, and a
    pair once dropped holds nothing for the pairs judged after it: of two pairs that each
    make the other redundant, one stays.
    """
    rows, columns = set(rows), set(columns)
    one_sided = (rows | columns) - (rows & columns)
    for pair in sorted(one_sided, key=lambda pair: (sentences[pair], pair)):
        i, j = pair
        if pair in columns:  # B's sentence j chose A's i
            held = any(k == i for k, _ in rows) and any(m == j for _, m in rows)
        else:  # A's sentence i chose B's j
            held = any(m == j for _, m in columns) and any(k == i for k, _ in columns)
        if held:
            rows.discard(pair)
            columns.discard(pair)
    return rows | columns


def _supported(
    pair: tuple[int, int], linked: set[tuple[int, int]] | frozenset[tuple[int, int]], window: int
) -> bool:
    """True when a link lies within ``window`` sentences of ``pair`` in both texts."""
    i, j = pair
    return any(
        (i, j) != (k, m) and abs(k - i) <= window and abs(m - j) <= window for k, m in linked
    )
