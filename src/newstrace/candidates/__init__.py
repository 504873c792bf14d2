"""Candidates: which articles of a corpus are worth aligning with which.

Each article is reduced to a few hashed features -- sampled word n-grams (shared wording)
and the names and numbers it mentions (shared facts, which a paraphrase keeps) -- stored as
postings, so that finding an article's candidates is a lookup, not a comparison with every
article.
"""

from __future__ import annotations

from newstrace.candidates.features import Features, article_features

__all__ = ["Features", "article_features"]
