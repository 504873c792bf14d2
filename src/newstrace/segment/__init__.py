"""Segment a normalised article into sentences and word tokens."""

from __future__ import annotations

from newstrace.segment.sentences import split_sentences
from newstrace.segment.tokens import Token, tokenize

__all__ = ["Token", "split_sentences", "tokenize"]
