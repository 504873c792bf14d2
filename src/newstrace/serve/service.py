"""What each endpoint does, as plain blocking functions over the library and the index.

The web process runs the index reads in threads, the worker processes (``workers.py``) the
rest; nothing here knows about HTTP except the two errors below, which become 404 and 409.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata

from newstrace.candidates import article_features
from newstrace.config import Config
from newstrace.engines.index import Index
from newstrace.engines.local import Source
from newstrace.errors import EmptyTextError
from newstrace.model import Article, Comparison
from newstrace.pipeline import compare_documents, prepare
from newstrace.serve.articles import to_article
from newstrace.serve.database import ArticleSummary, Database, id_of_text, search_articles
from newstrace.serve.graph import StoryGraph, layout
from newstrace.serve.schemas import ArticleIn, CompareArticleIn, CompareRequest
from newstrace.serve.settings import Settings
from newstrace.store.pairs import PairQuery, count_pairs, find_pairs, story

# Prepared (normalised, segmented) articles by content: a newsroom compares the same
# article with several others, and preparing is a fifth of a warm comparison.
_prepared = lru_cache(maxsize=512)(prepare)


class UnknownArticle(LookupError):
    """No article with this id in the index (HTTP 404).  Raised in worker processes too:
    its one argument is the id, so that it pickles back as it was."""

    def __init__(self, article_id: str) -> None:
        super().__init__(article_id)
        self.article_id = article_id

    def __str__(self) -> str:
        return f"no article with id {self.article_id!r} in the index"


class ArticleExists(ValueError):
    """The article to add is indexed already (HTTP 409)."""


class Service:
    """The operations of the service on one index."""

    def __init__(self, settings: Settings, *, config: Config | None = None) -> None:
        self.settings = settings
        self.config = settings.config if config is None else config
        self.database = Database(settings.db, config=self.config)

    # --- comparing and tracing -----------------------------------------------------------

    def compare(self, request: CompareRequest) -> tuple[Comparison, Article, Article]:
        a, b = self._side(request.a, "A"), self._side(request.b, "B")
        return (
            compare_documents(
                _prepared(a, self.config), _prepared(b, self.config), config=self.config
            ),
            a,
            b,
        )

    def _side(self, fields: CompareArticleIn, name: str) -> Article:
        if fields.text is not None:
            return self._article_of(fields, fields.text, name)
        if fields.id is None:
            raise EmptyTextError(
                f"article {name} has no text: give its text, or the id of an indexed article"
            )
        return self.article(fields.id)

    def _article_of(self, fields: CompareArticleIn | ArticleIn, text: str, name: str) -> Article:
        return to_article(fields, text, name, max_chars=self.settings.max_text_chars)

    def trace(self, request: ArticleIn) -> tuple[Article, list[Source]]:
        article = self._article_of(request, request.text, "the article")
        return article, self.index().trace(article)

    def sources(self, article_id: str) -> tuple[Article, list[Source]]:
        article = self.article(article_id)
        return article, self.index().trace(article)

    def index(self) -> Index:
        """This thread's index (its own SQLite connection), as the library's API has it."""
        return Index(self.database.store(), config=self.config)

    # --- the index -----------------------------------------------------------------------

    def article(self, article_id: str) -> Article:
        found = self.database.store().article(article_id)
        if found is None:
            raise UnknownArticle(article_id)
        return found

    def add(self, request: ArticleIn) -> tuple[str, int]:
        """Index one article; its id and the size of the index after."""
        article = self._article_of(request, request.text, "the article")
        if article.id is None:
            digest = hashlib.sha256(article.text.encode("utf-8")).hexdigest()[:16]
            article = Article(article.text, f"api-{digest}", *_metadata(article))
        features = article_features(prepare(article, self.config), config=self.config.candidates)
        store = self.database.store()
        result = store.add([(article, features, "api", "POST /articles")])
        if result.known_ids:
            raise ArticleExists(f"an article with id {article.id!r} is indexed already")
        if result.duplicates:
            other = id_of_text(store.db, article.text)
            raise ArticleExists(f"the same text is indexed already, as {other!r}")
        return str(article.id), len(store)

    def search(
        self, words: str | None, outlet: str | None, *, limit: int, offset: int
    ) -> tuple[int, list[ArticleSummary]]:
        return search_articles(
            self.database.store().db,
            words=words,
            outlet=outlet,
            limit=min(limit, self.config.serve.max_page),
            offset=offset,
        )

    def pairs(
        self, query: PairQuery, *, limit: int, offset: int
    ) -> tuple[int, list[dict[str, object]]]:
        db = self.database.store().db
        return count_pairs(db, query), find_pairs(db, query, limit=limit, offset=offset)

    def graph(self, article_id: str) -> StoryGraph:
        self.article(article_id)  # 404 for an unknown id
        most = self.config.serve.max_story_articles
        found = story(self.database.store().db, article_id, max_articles=most)
        return layout(found, article_id)

    def status(self) -> dict[str, object]:
        store = self.database.store()
        return {
            "version": metadata.version("newstrace"),
            "articles": len(store),
            "pairs": count_pairs(store.db),
            "limits": {
                "max_body_bytes": self.settings.max_body_bytes,
                "max_text_chars": self.settings.max_text_chars,
                "max_page": self.config.serve.max_page,
            },
        }


def _metadata(article: Article) -> tuple[str | None, ...]:
    return article.title, article.outlet, article.published, article.url
