"""A prepared article: normalised text, sentences and tokens, computed once per article."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, wraps
from typing import Any, TypeVar

from newstrace.config import DEFAULT_CONFIG, LimitConfig
from newstrace.errors import TooLargeError
from newstrace.ingest.plaintext import check_characters
from newstrace.model import Article, Sentence, Span
from newstrace.normalise import NormalisedText, normalise
from newstrace.segment.headlines import Headlines
from newstrace.segment.quoted import quoted_regions
from newstrace.segment.sentences import split_sentences
from newstrace.segment.tokens import Token, tokenize

T = TypeVar("T")

# The default limits of one article (how they were set: LimitConfig in config.py).
MAX_ARTICLE_CHARS = DEFAULT_CONFIG.limits.max_article_chars
MAX_SENTENCES = DEFAULT_CONFIG.limits.max_sentences


def check_article(article: Article, limits: LimitConfig = DEFAULT_CONFIG.limits) -> None:
    """Raise :class:`TooLargeError` over ``limits.max_article_chars``, and
    :class:`EncodingError` for text that is not all characters (a lone surrogate)."""
    limit = limits.max_article_chars
    if len(article.text) > limit:
        raise TooLargeError(
            f"the article is {len(article.text):,} characters long, over the "
            f"{limit:,}-character limit of one article; split it into articles",
            path=article.id,
            limit=limit,
        )
    check_characters(article.text, path=article.id)


@dataclass(frozen=True, slots=True)
class SentenceRange:
    """A sentence's character range in the normalised text and its token range."""

    start: int
    end: int
    first_token: int
    last_token: int  # exclusive


class Document:
    """An article prepared for alignment.  Internal: may change without notice."""

    def __init__(self, article: Article, limits: LimitConfig = DEFAULT_CONFIG.limits) -> None:
        check_article(article, limits)
        self.article = article
        self.normalised: NormalisedText = normalise(article.text)
        self.sentences: list[Sentence] = split_sentences(self.normalised)
        if len(self.sentences) > limits.max_sentences:
            raise TooLargeError(
                f"the article has {len(self.sentences):,} sentences, over the "
                f"{limits.max_sentences:,}-sentence limit of one article; split it into articles",
                path=article.id,
                limit=limits.max_sentences,
            )
        self.tokens: list[Token] = tokenize(self.normalised.text)
        self.ranges: list[SentenceRange] = self._sentence_ranges()
        self._derived: dict[Callable[..., Any], Any] = {}

    def _sentence_ranges(self) -> list[SentenceRange]:
        starts = [t.start for t in self.tokens]
        ranges = []
        cursor = 0
        for sentence in self.sentences:
            begin = self.normalised.text.find(sentence.text, cursor)
            end = begin + len(sentence.text)
            ranges.append(
                SentenceRange(begin, end, bisect_left(starts, begin), bisect_left(starts, end))
            )
            cursor = end
        return ranges

    @cached_property
    def quoted_regions(self) -> tuple[tuple[int, int], ...]:
        """Where the quotations of the normalised text are (``segment.quoted``)."""
        return tuple(quoted_regions(self.normalised.text))

    @cached_property
    def headlines(self) -> Headlines:
        """Which lines of the original text read as headlines (``segment.headlines``)."""
        return Headlines(self.text)

    @cached_property
    def token_sentence(self) -> list[int]:
        """For each token, the index of the sentence holding it (-1 if none)."""
        owner = [-1] * len(self.tokens)
        for index, sentence_range in enumerate(self.ranges):
            for position in range(sentence_range.first_token, sentence_range.last_token):
                owner[position] = index
        return owner

    def token_span(self, first: int, last: int) -> Span:
        """Original-text span of tokens ``[first, last)``."""
        return self.normalised.to_original(self.tokens[first].start, self.tokens[last - 1].end)

    @property
    def text(self) -> str:
        return self.article.text


def per_document(function: Callable[[Document], T]) -> Callable[[Document], T]:
    """Compute ``function(document)`` once per document and keep it with the document.

    For what a later stage derives from one article alone (its comparison units, its
    quotations): an article compared with many others (``trace``, ``scan``, the service)
    derives them once, and they go when the document goes.  The value is shared: it must
    not be changed by its users (tuples, read-only arrays).
    """

    @wraps(function)
    def derived(document: Document) -> T:
        try:
            value: T = document._derived[function]
        except KeyError:
            value = document._derived[function] = function(document)
        return value

    return derived
