"""An empty index filled with its postings' lookup index built at the end (``Store.filling``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newstrace.candidates import Features, article_features
from newstrace.config import DEFAULT_CONFIG
from newstrace.engines.local import index_corpus
from newstrace.model import Article
from newstrace.pipeline import prepare
from newstrace.store import Store

CONFIG = DEFAULT_CONFIG.candidates
STORY = (
    "The council of Northbridge voted on Tuesday to close the Elm Street library after "
    "twenty years, citing repairs it could not pay for. Residents packed the hall. "
    "Mayor Ruth Okafor said the town would look for another building before the winter."
)
TEXTS = {
    "source": STORY,
    "copy": "A blog wrote this morning. " + STORY,
    "other": "The Harbour Lions won their third match of the season against Westfield by "
    "two goals, with Daniel Price scoring twice in the second half before a crowd of 9,000.",
}


def _lookup_index(store: Store) -> str | None:
    row = store.db.execute("SELECT sql FROM sqlite_master WHERE name = 'postings_by_hash'")
    found = row.fetchone()
    return str(found[0]) if found else None


def _items(ids: list[str]) -> list[tuple[Article, Features, str, str]]:
    articles = [Article(TEXTS[i], i) for i in ids]
    return [(a, article_features(prepare(a), config=CONFIG), "t", a.id or "") for a in articles]


def test_filling_finds_the_pairs_of_an_index_filled_posting_by_posting(tmp_path: Path) -> None:
    with Store(tmp_path / "plain.db", config=CONFIG) as plain:
        plain.add(_items(list(TEXTS)))
        wanted = plain.candidate_pairs(config=CONFIG)
        indexed = _lookup_index(plain)
    with Store(tmp_path / "filled.db", config=CONFIG) as filled:
        with filled.filling():
            assert _lookup_index(filled) is None  # dropped while an empty index is filled
            filled.add(_items(list(TEXTS)))
        assert _lookup_index(filled) == indexed  # built again, the same
        assert filled.candidate_pairs(config=CONFIG) == wanted
        assert [pair[:2] for pair in wanted] == [("source", "copy")]


def test_filling_keeps_the_lookup_index_of_an_index_with_articles(tmp_path: Path) -> None:
    with Store(tmp_path / "news.db", config=CONFIG) as store:
        store.add(_items(["source"]))
        with store.filling():
            assert _lookup_index(store) is not None  # readers may be using it
            store.add(_items(["copy"]))
        assert [pair[:2] for pair in store.candidate_pairs(config=CONFIG)] == [("source", "copy")]


def test_a_filling_stopped_midway_gets_its_lookup_index_back(tmp_path: Path) -> None:
    with Store(tmp_path / "news.db", config=CONFIG) as store:
        with pytest.raises(KeyboardInterrupt), store.filling():
            store.add(_items(["source"]))
            raise KeyboardInterrupt
        assert _lookup_index(store) is not None
        store.db.execute("DROP INDEX postings_by_hash")  # as if the process had been killed
    with Store(tmp_path / "news.db", config=CONFIG) as store:
        assert _lookup_index(store) is not None


def test_index_corpus_leaves_the_lookup_index(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        "\n".join(f'{{"id": "{i}", "text": "{text}"}}' for i, text in TEXTS.items()),
        encoding="utf-8",
    )
    with Store(tmp_path / "news.db", config=CONFIG) as store:
        assert index_corpus(store, [corpus]).added == 3
        assert _lookup_index(store) is not None
        plan = " ".join(
            str(row[-1])
            for row in store.db.execute(
                "EXPLAIN QUERY PLAN SELECT article FROM postings WHERE hash = 1 AND kind = 0"
            )
        )
        assert "postings_by_hash" in plan
