"""A prepared article: normalised text, sentences and tokens, computed once per article."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property

from newstrace.model import Article, Sentence, Span
from newstrace.normalise import NormalisedText, normalise
from newstrace.segment.sentences import split_sentences
from newstrace.segment.tokens import Token, tokenize


@dataclass(frozen=True, slots=True)
class SentenceRange:
    """A sentence's character range in the normalised text and its token range."""

    start: int
    end: int
    first_token: int
    last_token: int  # exclusive


class Document:
    """An article prepared for alignment.  Internal: may change without notice."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.normalised: NormalisedText = normalise(article.text)
        self.sentences: list[Sentence] = split_sentences(self.normalised)
        self.tokens: list[Token] = tokenize(self.normalised.text)
        self.ranges: list[SentenceRange] = self._sentence_ranges()

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

    def sentence_text(self, index: int) -> str:
        return self.sentences[index].text

    @property
    def text(self) -> str:
        return self.article.text
