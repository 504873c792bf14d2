"""Which sentences the semantic layer links: one-to-many links from clauses, quotations.

The texts are written for the tests: short rewrites in the manner of the seed pair.
"""

from __future__ import annotations

import numpy as np
import pytest

from newstrace.align import align, paraphrase
from newstrace.align.paraphrase import (
    PairScores,
    paraphrase_links,
    sentence_scores,
    unit_texts,
)
from newstrace.align.units import joined_units, sentence_units
from newstrace.config import AlignConfig
from newstrace.model import Article
from newstrace.segment.document import Document

CONFIG = AlignConfig()

BRIDGE_SOURCE = (
    "The council voted on Tuesday to close the old Mill Street bridge for repairs. "
    "Engineers found deep cracks in two of its steel beams last month. "
    "The closure will last until the end of next summer, the mayor told reporters on "
    "Wednesday. "
    "The mayor said the city would not change its plans for the budget: a cut in property "
    "taxes, two new schools and more buses. "
    "Shops near the bridge fear they will lose customers."
)
BRIDGE_REWRITE = (
    "The old Mill Street bridge will be shut for repairs after a council vote on Tuesday. "
    "Cracks were found in two steel beams last month, according to engineers. "
    "The bridge will stay closed until the end of next summer, she told reporters on "
    "Wednesday, adding that the city remained committed to lower property taxes."
)

TALKS_SOURCE = (
    "The two ministers met in Geneva on Monday to discuss the water dispute. "
    "They agreed to meet again in March, Anna Berg, the foreign ministry spokeswoman, said "
    "in a statement. "
    "Ms. Berg described the meeting as “productive” and said the ministers had “found "
    "common ground on the shared river, and on the dams upstream.” "
    "No date was set for a treaty."
)
TALKS_REWRITE = (
    "The ministers met in Geneva on Monday to talk about the dispute over water. "
    "According to the ministry, the two will meet again in March. "
    "Foreign ministry spokeswoman Anna Berg said the meeting was “productive.” "
    "The ministers “found common ground on the shared river, and on the dams upstream,” "
    "she said."
)


def _links(a: str, b: str) -> set[tuple[int, int]]:
    """Every (A sentence, B sentence) pair that an alignment joins."""
    doc_a, doc_b = Document(Article(a)), Document(Article(b))
    return {
        (i, j)
        for x in align(doc_a, doc_b, config=CONFIG)
        for i in x.a_sentences
        for j in x.b_sentences
    }


def test_a_clause_is_linked_to_its_own_source_next_to_the_sentence_s_partner() -> None:
    # The rewrite's last sentence is the source's third, plus a clause ("adding that the
    # city remained committed to lower property taxes") written from the fourth: the
    # sentence is firmly linked to the third, and its clause only weakly to the fourth.
    links = _links(BRIDGE_REWRITE, BRIDGE_SOURCE)
    assert {(2, 2), (2, 3)} <= links
    assert {j for i, j in links if i == 2} == {2, 3}


def test_a_quoted_word_links_a_sentence_to_the_one_that_holds_it() -> None:
    # "Anna Berg said the meeting was “productive.”" shares the spokeswoman's name and
    # title with the source's second sentence, but it was written from the third, which
    # holds “productive” before a second quotation the rewrite gives a sentence of its own.
    links = _links(TALKS_REWRITE, TALKS_SOURCE)
    assert (2, 2) in links
    assert (2, 1) not in links
    assert (1, 1) in links and (3, 2) in links


def test_a_long_sentence_with_two_quotations_is_also_compared_per_quotation() -> None:
    doc = Document(Article(TALKS_SOURCE))
    clauses = [u for u in sentence_units(doc) if u.clause]
    assert [u.sentence for u in clauses] == [2, 2]
    assert clauses[0].text.strip() == 'Ms. Berg described the meeting as "productive"'
    assert clauses[1].text.startswith("and said the ministers had")


def test_a_pair_chosen_by_one_side_is_dropped_when_both_sentences_have_partners() -> None:
    # A1's best partner is B1; B0's is A1 (A0 a close second), and A0's is B0: the pair
    # (1, 0) would make A1 a merge of B0 and B1 on no better evidence than (0, 0) and (1, 1).
    scores = np.array([[0.60, 0.20], [0.62, 0.70]], dtype=np.float32)
    links = paraphrase_links(PairScores.of_sentences(scores), config=CONFIG)
    assert set(links) == {(0, 0), (1, 1)}


def test_of_two_pairs_that_each_make_the_other_redundant_one_is_kept() -> None:
    # (1, 0) is chosen by B0 only, (1, 1) by A1 only, and each would be redundant given
    # the other (A0 holds B1, A3 holds B0): the weaker goes, and A1 keeps a link.
    scores = np.array(
        [[0.20, 0.80, 0.10], [0.58, 0.60, 0.10], [0.10, 0.20, 0.90], [0.56, 0.10, 0.10]],
        dtype=np.float32,
    )
    links = paraphrase_links(PairScores.of_sentences(scores), config=CONFIG)
    assert set(links) == {(0, 1), (1, 1), (2, 2), (3, 0)}


def _with_clauses(near: int) -> PairScores:
    """A's sentence 1 has two clauses: the first paraphrases B1 (the whole sentence's
    partner), the second B``near`` weakly; A0 and A2 are the rewrites of B0 and B5."""
    a_units = np.full((5, 6), 0.1, dtype=np.float32)  # A0, A1, A1's two clauses, A2
    a_units[0, 0] = 0.8
    a_units[1, 1] = a_units[2, 1] = 0.7
    a_units[1, near], a_units[3, near] = 0.3, 0.45
    a_units[4, 5] = 0.8
    sentences = np.stack([a_units[0], a_units[1:4].max(axis=0), a_units[4]])
    return PairScores(
        sentences,
        a_units,
        sentences.T.copy(),
        np.array([0, 1, 1, 1, 2]),
        np.arange(6),
        np.array([False, False, True, True, False]),
        np.zeros(6, dtype=bool),
    )


def test_a_clause_takes_a_weak_link_only_next_to_its_sentence_s_partner() -> None:
    assert (1, 2) in paraphrase_links(_with_clauses(near=2), config=CONFIG)
    # B3 is near enough to support a weak link, but not next to B1: a sentence already
    # linked gets no second, weaker partner there
    assert (1, 3) not in paraphrase_links(_with_clauses(near=3), config=CONFIG)


def test_a_quotation_piece_is_compared_only_with_units_that_quote_it() -> None:
    source = Document(Article(TALKS_SOURCE))
    quoting = Document(Article("Anna Berg called the meeting “productive.”"))
    plain = Document(Article("Anna Berg described the meeting as productive."))
    piece = next(k for k, u in enumerate(sentence_units(source)) if u.piece)
    assert sentence_scores(source, quoting).a_units[piece, 0] > 0.5
    assert sentence_scores(source, plain).a_units[piece, 0] == 0.0


def test_a_piece_no_score_reads_is_not_encoded(monkeypatch: pytest.MonkeyPatch) -> None:
    """A piece quoting none of the other text's quoted words scores 0 with every unit
    whatever its vector: it is not encoded, and no score moves."""
    source = Document(Article(TALKS_SOURCE))
    plain = Document(Article("Anna Berg described the meeting as productive."))
    pieces = [u.text for u in sentence_units(source) if u.piece]
    texts = unit_texts(source, plain)
    assert pieces and not set(pieces) & set(texts)
    # the piece quoting "productive" is read against a text that quotes it; the other not
    quoting = unit_texts(source, Document(Article("She said the talks were “productive.”")))
    assert [p in quoting for p in pieces] == [True, False]
    scores = sentence_scores(source, plain)
    monkeypatch.setattr(paraphrase, "_read", lambda units, other: [True] * len(units))
    assert len(unit_texts(source, plain)) == len(texts) + len(pieces)
    every = sentence_scores(source, plain)
    for name in ("sentences", "a_units", "b_units"):
        assert np.array_equal(getattr(scores, name), getattr(every, name))


# A condensed rewrite's lead written from the source's first two sentences at once.
LAUNCH_SOURCE = (
    "Governor Jane Holt is expected to become the latest Democrat to throw her hat in the "
    "ring for the Senate. "
    "She'll make the announcement today at noon from her hometown of Millbrook, Ohio. "
    "Holt faces a hard climb, with low poll numbers and a fundraising deficit. "
    "Her allies say her town hall meetings have won over many voters in rural counties."
)
LAUNCH_REWRITE = (
    "Ohio Gov. Jane Holt enters the Senate contest today, with a midday announcement in "
    "Millbrook, where she grew up. "
    "The odds are long."
)


def test_a_sentence_merged_from_two_is_linked_firmly() -> None:
    # Against each source sentence alone the lead scores about 0.45 (below even the weak
    # threshold's support rule: it has no linked neighbour); against the two joined, 0.59.
    rewrite, source = Document(Article(LAUNCH_REWRITE)), Document(Article(LAUNCH_SOURCE))
    unjoined = sentence_scores(rewrite, source, AlignConfig(merge_gain=9.0)).sentences
    assert unjoined[0, :2].max() < CONFIG.paraphrase_threshold - 0.05
    scores = sentence_scores(rewrite, source, CONFIG)
    assert scores.sentences[0].max() >= CONFIG.paraphrase_threshold
    assert scores.a_units[0].max() == scores.sentences[0].max()  # the whole sentence's
    assert _links(LAUNCH_REWRITE, LAUNCH_SOURCE) == {(0, 1)}
    # the same seen from the source's side: its two sentences joined
    assert _links(LAUNCH_SOURCE, LAUNCH_REWRITE) == {(1, 0)}


def test_the_two_joined_are_not_encoded(monkeypatch: pytest.MonkeyPatch) -> None:
    # Their vector is the mean of their sentences' (``embed.pooling``): encoding every two
    # adjacent sentences more than doubled the words encoded.
    rewrite, source = Document(Article(LAUNCH_REWRITE)), Document(Article(LAUNCH_SOURCE))
    encoder = paraphrase.get_encoder()
    original, asked = encoder.encode, list[str]()

    def encode(texts: list[str]) -> np.ndarray:
        asked.extend(texts)
        return original(texts)

    monkeypatch.setattr(encoder, "encode", encode)
    joined = {u.text for doc in (rewrite, source) for u in joined_units(doc)}
    assert sentence_scores(rewrite, source, CONFIG).sentences[0].max() >= 0.55
    assert asked == unit_texts(rewrite, source)
    assert joined and not joined & set(asked)


def test_joined_overlaps_are_those_of_the_joined_units() -> None:
    rewrite, source = Document(Article(BRIDGE_REWRITE)), Document(Article(BRIDGE_SOURCE))
    whole = tuple(tuple(u for u in sentence_units(d) if not u.clause) for d in (rewrite, source))
    joined = (joined_units(rewrite), joined_units(source))
    into_source, into_rewrite = paraphrase._joined_overlaps(whole, joined)
    assert np.array_equal(into_source, paraphrase._stem_overlaps(whole[0], joined[1]))
    assert np.array_equal(into_rewrite, paraphrase._stem_overlaps(whole[1], joined[0]))
    assert into_source.shape == (3, 4) and into_source.max() > 0
