"""Paraphrase candidates: static sentence vectors, the neighbour index, the pair rule."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from newstrace.candidates import article_features, neighbours
from newstrace.candidates.neighbours import NeighbourIndex, keys_of, semantic_pairs
from newstrace.candidates.semantic import (
    dequantise,
    embedded_sentences,
    is_candidate,
    quantise,
    sentence_vectors,
)
from newstrace.config import DEFAULT_CONFIG
from newstrace.embed.static_encoder import DIM, get_static_encoder
from newstrace.engines.local import candidate_pairs, trace
from newstrace.model import Article
from newstrace.pipeline import prepare
from newstrace.store import Store
from newstrace.store.vectors import neighbour_index
from tests.conftest import DATA

CONFIG = DEFAULT_CONFIG.candidates


def own_words(text: str) -> str:
    """The sentences of ``text`` without a quotation mark: what is left of a rewrite once
    its quotations -- the wording independent reports share -- are taken out."""
    return " ".join(s.text for s in prepare(Article(text)).sentences if '"' not in s.text)


def no_shared_wording(seed_a: str) -> str:
    """The seed rewrite's own words with the two 5-grams it shares with the source broken
    ("Secretary of State John Kerry", "the foreign minister of the UAE"): a rewrite that
    shares no 5-gram at all, which only its sentences can find."""
    text = own_words(seed_a).replace("Secretary of State John Kerry", "Secretary of State Kerry")
    return text.replace("the foreign minister of the UAE", "the foreign minister from the UAE")


def test_only_long_sentences_outside_quotations_are_embedded(seed_a: str) -> None:
    doc = prepare(Article(seed_a))
    chosen = embedded_sentences(doc, CONFIG)
    texts = [doc.sentences[i].text for i in chosen]
    assert any(t.startswith("However, Kerry backtracked") for t in texts)
    assert not any(t.startswith('"The president believes') for t in texts)  # a quotation
    assert all(len(t.split()) >= CONFIG.semantic_min_words for t in texts)


def test_a_paraphrase_is_nearer_than_a_sentence_on_another_subject() -> None:
    vectors = get_static_encoder().encode(
        [
            "Kerry's announcement was followed by a phone call between Carter and Shoigu.",
            "Shortly after Mr. Kerry spoke, Carter and Shoigu talked by telephone.",
            "Bake the bread for forty minutes until the crust is golden.",
        ]
    )
    assert vectors.shape == (3, DIM)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > 0.7 > vectors[0] @ vectors[2]


def _padded_tokenizer_vectors(sentences: list[str]) -> np.ndarray:
    """The static vectors as encoded before the thirty-seventh session: MiniLM's tokenizer
    as its file sets it up (every sentence padded to 128 pieces), its ids read back whole."""
    from tokenizers import Tokenizer

    from newstrace.embed.encoder import model_dir

    encoder = get_static_encoder()
    tokenizer = Tokenizer.from_file(str(model_dir() / "tokenizer.json"))
    out = np.zeros((len(sentences), DIM), dtype=np.float32)
    for row, encoding in enumerate(tokenizer.encode_batch(sentences, add_special_tokens=False)):
        ids = np.asarray(encoding.ids, dtype=np.int64)
        weights = encoder._weights[ids]
        if (total := float(weights.sum())) > 0.0:
            vector = weights @ encoder._table[ids] / total
            out[row] = vector / float(np.linalg.norm(vector))
    return out


def test_static_vectors_are_those_of_the_padded_tokenizer_to_the_last_bit() -> None:
    sentences = [
        "Kerry's announcement was followed by a phone call between Carter and Shoigu.",
        "The council voted 7-2 on Tuesday to close the Elm Street library.",
        "It was, and it is.",  # function words only: an all-zero vector
        "Ünïcödé names like Zoë Ørsted and São Paulo's mayor spoke in Kraków.",
        " ".join(["Residents of the northern districts protested the new toll"] * 20),  # > 128
    ]
    got = get_static_encoder().encode(sentences)
    assert np.array_equal(got, _padded_tokenizer_vectors(sentences))
    assert not got[2].any() and got[4].any()


@settings(max_examples=50, deadline=None)
@given(arrays(np.float32, (5, DIM), elements=st.floats(-1, 1, width=32)))
def test_stored_vectors_keep_their_direction(raw: np.ndarray) -> None:
    norms = np.linalg.norm(raw, axis=1, keepdims=True)
    unit = raw[(norms > 0.1).ravel()] / norms[norms > 0.1][:, None]
    restored = dequantise(quantise(unit), DIM)
    assert restored.shape == unit.shape
    if len(unit):
        assert np.min(np.sum(restored * unit, axis=1)) > 0.99


def test_the_rule_needs_several_different_sentences_on_each_side() -> None:
    close = CONFIG.semantic_min_cosine
    assert is_candidate([(0, 0, close), (1, 1, close), (2, 2, close)], CONFIG)
    # one sentence of A near three of B is one echo, not a rewrite
    assert not is_candidate([(0, 0, close), (0, 1, close), (0, 2, close)], CONFIG)
    assert not is_candidate([(0, 0, close - 0.01), (1, 1, 0.2), (2, 2, 0.3)], CONFIG)


def _random_unit(count: int, seed: int) -> np.ndarray:
    vectors = np.random.default_rng(seed).normal(size=(count, DIM)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_the_exact_index_finds_the_true_nearest_vectors() -> None:
    vectors = _random_unit(500, 1)
    keys = keys_of(7, np.arange(500))
    found, cosines = NeighbourIndex.build(keys, vectors).search(vectors[:20], 3)
    truth = np.argsort(-(vectors[:20] @ vectors.T), axis=1)[:, :3]
    assert (found == keys[truth]).all()
    assert cosines[:, 0] == pytest.approx(1.0, abs=1e-5)


def test_cells_grow_with_the_vectors_so_a_query_costs_the_same_at_any_size() -> None:
    per_cell = [n / neighbours.ivf_cells(n) for n in (100_000, 1_000_000, 10_000_000)]
    assert per_cell == pytest.approx([neighbours.VECTORS_PER_CELL] * 3, rel=0.01)
    assert neighbours.ivf_cells(800) == 64 and neighbours.ivf_cells(80) == 10


@pytest.mark.parametrize("two_level", [False, True])
def test_the_approximate_index_finds_most_true_neighbours(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, two_level: bool
) -> None:
    # Clusters of near-duplicates: each vector's true neighbours are its cluster mates.
    centres = _random_unit(300, 2)
    noise = np.random.default_rng(3).normal(scale=0.02, size=(300 * 8, DIM))
    vectors = np.repeat(centres, 8, axis=0) + noise.astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    monkeypatch.setattr(neighbours, "EXACT_LIMIT", 100)  # take the IVF path
    # 2,400 vectors make 64 cells: placed by k-means in one level, or in two (8 x 8).
    monkeypatch.setattr(neighbours, "_TWO_LEVEL", 64 if two_level else 4096)
    keys = np.arange(len(vectors), dtype=np.int64)
    index = NeighbourIndex.build(keys, np.clip(np.rint(vectors * 127), -127, 127).astype(np.int8))
    found, _ = index.search(vectors[::40], 8)
    mates = [set(range(k - k % 8, k - k % 8 + 8)) for k in range(0, len(vectors), 40)]
    recall = np.mean([len(set(row) & m) / 8 for row, m in zip(found.tolist(), mates, strict=True)])
    assert recall >= 0.9
    index.save(tmp_path / "index.ann")
    again, _ = NeighbourIndex.load(tmp_path / "index.ann").search(vectors[::40], 8)
    assert (again == found).all()


@pytest.fixture(scope="module")
def rewrite_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed source, a BASIL triplet, and the seed rewrite without its quotations."""
    root = tmp_path_factory.mktemp("semantic")
    seed_a = (DATA.parent.parent / "examples" / "000_e6fbe74bf2e26b00.txt").read_text("utf-8")
    seed_b = (DATA.parent.parent / "examples" / "002_e02db9c07778dfbb.txt").read_text("utf-8")
    corpus = root / "corpus.jsonl"
    lines = (DATA / "basil_event_sample.jsonl").read_text(encoding="utf-8").splitlines()
    records = [
        {"id": "source", "text": seed_b, "date": "2016-09-30"},
        *(json.loads(line) for line in lines),
        {"id": "rewrite", "text": no_shared_wording(seed_a), "date": "2016-10-01"},
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    from newstrace.engines.local import index_corpus

    db = root / "news.db"
    with Store(db, config=CONFIG) as store:
        index_corpus(store, [corpus])
    return db


def test_a_rewrite_sharing_no_wording_is_found_by_its_sentences(rewrite_store: Path) -> None:
    with Store(rewrite_store, config=CONFIG) as store:
        lexical = {(a, b) for a, b, _ in store.candidate_pairs(config=CONFIG)}
        assert ("source", "rewrite") not in lexical  # not one 5-gram in common
        keys, vectors = store.sentence_vectors()
        rows = semantic_pairs(NeighbourIndex.build(keys, vectors), keys, vectors, CONFIG)
        found = {(store.id_of(a), store.id_of(b)) for a, b in rows}
        assert ("source", "rewrite") in found
        assert ("source", "rewrite") in {
            (a, b) for a, b, _ in candidate_pairs(store, config=CONFIG)
        }


def test_trace_finds_near_sentences_through_the_cached_index(
    rewrite_store: Path, seed_a: str
) -> None:
    from newstrace.engines.local import _semantic_candidates

    with Store(rewrite_store, config=CONFIG) as store:
        query = Article(no_shared_wording(seed_a), id="query")
        features = article_features(prepare(query), config=CONFIG)
        assert not set(features.shingles) & _shingles_of(store, "source")
        assert "source" in _semantic_candidates(store, features, CONFIG)
        with_quotes = trace(store, Article(seed_a, id="query"))
        assert with_quotes[0].article.id == "source"
        assert with_quotes[0].comparison.verdict.relation == "a_from_b"
    cache = rewrite_store.with_name(rewrite_store.name + ".ann")
    assert cache.exists()
    cache.write_bytes(b"damaged")  # a damaged cache is rebuilt, not trusted
    with Store(rewrite_store, config=CONFIG) as store:
        assert len(neighbour_index(store)) == len(store.sentence_vectors()[0])
    meta = cache.with_name(cache.name + ".json")
    saved = json.loads(meta.read_text(encoding="utf-8"))
    assert saved["kind"] == neighbours.INDEX_KIND
    meta.write_text(json.dumps({**saved, "kind": "ivf-flat-quantiser"}), encoding="utf-8")
    before = cache.stat().st_mtime_ns
    with Store(rewrite_store, config=CONFIG) as store:  # an index of another kind: rebuilt
        assert len(neighbour_index(store)) == len(store.sentence_vectors()[0])
    assert cache.stat().st_mtime_ns != before
    assert json.loads(meta.read_text(encoding="utf-8"))["kind"] == neighbours.INDEX_KIND


def test_a_process_loads_the_cached_index_once_while_it_covers_every_article(
    rewrite_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newstrace.store import vectors as cached

    loads: list[Path] = []
    original = NeighbourIndex.load.__func__  # type: ignore[attr-defined]

    def counting(cls: type[NeighbourIndex], path: Path) -> object:
        loads.append(path)
        return original(cls, path)

    monkeypatch.setattr(NeighbourIndex, "load", classmethod(counting))
    monkeypatch.setattr(cached, "_loaded", {})
    with Store(rewrite_store, config=CONFIG) as store:
        neighbour_index(store)  # builds or loads the cache
        first = len(loads)
        assert neighbour_index(store) is neighbour_index(store)
        assert len(loads) == first
        meta = rewrite_store.with_name(rewrite_store.name + ".ann.json")
        meta.write_text(meta.read_text(encoding="utf-8"), encoding="utf-8")  # rewritten
        neighbour_index(store)
        assert len(loads) == first + 1


def _shingles_of(store: Store, article_id: str) -> set[int]:
    return {
        h
        for (h,) in store.db.execute(
            "SELECT hash FROM postings WHERE article = (SELECT rowid FROM articles WHERE id = ?)"
            " AND kind = 0",
            (article_id,),
        )
    }


def test_sentence_vectors_of_an_article_without_long_sentences_are_empty() -> None:
    vectors = sentence_vectors(prepare(Article("Short one. Another short one here.")), CONFIG)
    assert len(vectors) == 0 and vectors.vectors.shape == (0, DIM)


def test_the_counted_rule_agrees_with_is_candidate_pair_by_pair() -> None:
    # 40 articles of 6 sentences; articles 2k and 2k+1 share k % 5 paraphrased sentences.
    rng = np.random.default_rng(5)
    keys, vectors = [], []
    for pair in range(20):
        base = _random_unit(6, 100 + pair)
        other = _random_unit(6, 200 + pair)
        shared = pair % 5
        other[:shared] = base[:shared] + rng.normal(scale=0.03, size=(shared, DIM))
        for row, block in ((2 * pair + 1, base), (2 * pair + 2, other)):
            keys.append(keys_of(row, np.arange(6)))
            vectors.append(block / np.linalg.norm(block, axis=1, keepdims=True))
    key_array = np.concatenate(keys)
    quantised = np.clip(np.rint(np.concatenate(vectors) * 127), -127, 127).astype(np.int8)
    index = NeighbourIndex.build(key_array, quantised)
    counted = set(semantic_pairs(index, key_array, quantised, CONFIG))
    by_pair: dict[tuple[int, int], list[tuple[int, int, float]]] = {}
    for low, high in neighbours.hits(index, key_array, quantised, CONFIG).tolist():
        (row_a, sentence_a), (row_b, sentence_b) = (
            neighbours.split_key(low),
            neighbours.split_key(high),
        )
        by_pair.setdefault((row_a, row_b), []).append((sentence_a, sentence_b, 1.0))
    assert counted == {p for p, found in by_pair.items() if is_candidate(found, CONFIG)}
    assert counted == {(2 * k + 1, 2 * k + 2) for k in range(20) if k % 5 >= 3}


def test_the_cached_index_is_rebuilt_when_the_corpus_outgrows_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Vectors indexed after the cache are added to it, unless the cache holds under half
    of them: its cells (or the exact index) were chosen for a much smaller corpus."""
    from newstrace.engines.local import index_corpus

    lines = (DATA / "basil_event_sample.jsonl").read_text(encoding="utf-8").splitlines()
    examples = DATA.parent.parent / "examples"
    seed_a = (examples / "000_e6fbe74bf2e26b00.txt").read_text("utf-8")
    seed_b = (examples / "002_e02db9c07778dfbb.txt").read_text("utf-8")
    first, second, third = tmp_path / "1.jsonl", tmp_path / "2.jsonl", tmp_path / "3.jsonl"
    first.write_text(lines[0] + "\n", encoding="utf-8")
    more = [*lines[1:], json.dumps({"id": "seed-b", "text": seed_b})]
    second.write_text("".join(line + "\n" for line in more), encoding="utf-8")
    third.write_text(json.dumps({"id": "seed-a", "text": seed_a}) + "\n", encoding="utf-8")
    built: list[int] = []
    original = NeighbourIndex.build.__func__  # type: ignore[attr-defined]

    def counting(cls: type[NeighbourIndex], keys: np.ndarray, vectors: np.ndarray) -> object:
        built.append(len(keys))
        return original(cls, keys, vectors)

    monkeypatch.setattr(NeighbourIndex, "build", classmethod(counting))
    with Store(tmp_path / "news.db", config=CONFIG) as store:
        index_corpus(store, [first])
        neighbour_index(store)
        cached = len(store.sentence_vectors()[0])
        index_corpus(store, [second])  # more than twice as many vectors: rebuilt
        total = len(store.sentence_vectors()[0])
        assert total > 2 * cached
        assert len(neighbour_index(store)) == total and built[-1] == total
        index_corpus(store, [third])  # a few more: added to the cache
        count = len(built)
        assert len(store.sentence_vectors()[0]) < 2 * total
        assert len(neighbour_index(store)) == len(store.sentence_vectors()[0])
        assert len(built) == count


def test_embedded_sentences_weigh_every_quotation_they_overlap() -> None:
    # Quotations inside, across and beside sentences: the sentences chosen are those whose
    # letters are mostly outside quotations, counted over every quotation (the oracle).
    text = (
        'The minister said "we will not move" and the talks ended early on Monday night.\n'
        '"Nothing was agreed today by anyone at all," he said, "and nothing will be soon."\n'
        'Officials from both sides left the hall "in a hurry" without talking to reporters.\n'
        '"An open quotation that runs to the end of this long paragraph about the talks'
    )
    doc = prepare(Article(text))
    expected = []
    for index, span in enumerate(doc.ranges):
        if span.last_token - span.first_token < CONFIG.semantic_min_words:
            continue
        inside = sum(
            max(0, min(end, span.end) - max(start, span.start)) for start, end in doc.quoted_regions
        )
        if inside / max(1, span.end - span.start) < 0.5:
            expected.append(index)
    assert embedded_sentences(doc, CONFIG) == expected == [0, 2]
