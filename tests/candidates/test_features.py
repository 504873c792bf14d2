"""Lexical candidate features: winnowed word n-gram hashes and their guarantee."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newstrace.candidates.features import ngram_hashes, shingle_hashes, signed_hash
from newstrace.config import DEFAULT_CONFIG
from newstrace.model import Article
from newstrace.pipeline import prepare

CONFIG = DEFAULT_CONFIG.candidates
# The shortest run of words two articles must share to share a kept hash.
GUARANTEED = CONFIG.shingle_words + CONFIG.winnow_window - 1
WORDS = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=9), min_size=0, max_size=60
)


def _hashes(words: list[str]) -> set[int]:
    return set(shingle_hashes(prepare(Article(" ".join(words) + ".")), CONFIG))


def test_the_guarantee_is_the_shortest_passage_compare_reports() -> None:
    assert DEFAULT_CONFIG.align.min_words == GUARANTEED


@settings(max_examples=150, deadline=None)
@given(
    before_a=WORDS,
    before_b=WORDS,
    after_a=WORDS,
    after_b=WORDS,
    shared=st.lists(
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=9),
        min_size=GUARANTEED,
        max_size=3 * GUARANTEED,
    ),
)
def test_articles_sharing_a_run_of_words_share_a_kept_hash(
    before_a: list[str],
    before_b: list[str],
    after_a: list[str],
    after_b: list[str],
    shared: list[str],
) -> None:
    a = _hashes(["start", *before_a, *shared, *after_a])
    b = _hashes(["begin", *before_b, *shared, *after_b])
    assert a & b


def test_about_two_in_five_n_grams_are_kept() -> None:
    words = [f"w{k}" for k in range(2_000)]
    kept = len(_hashes(words))
    n_grams = len(words) - CONFIG.shingle_words + 1
    assert 0.3 < kept / n_grams < 0.5  # 2 / (window + 1) = 0.4 for random hashes


def test_a_short_article_keeps_its_smallest_n_gram() -> None:
    assert len(_hashes(["one", "two", "three", "four", "five"])) == 1
    assert _hashes(["one", "two", "three"]) == set()


@settings(max_examples=100, deadline=None)
@given(words=st.lists(st.text(min_size=1, max_size=9), max_size=40), size=st.integers(1, 6))
def test_ngram_hashes_are_the_signed_hashes_of_the_joined_words(
    words: list[str], size: int
) -> None:
    wanted = [signed_hash(" ".join(words[k : k + size]), 0) for k in range(len(words) - size + 1)]
    found = ngram_hashes(words, size)
    assert found.dtype.name == "int64"
    assert found.tolist() == wanted
