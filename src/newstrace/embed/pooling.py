"""The vector of two adjacent texts read as one, taken from theirs instead of encoded.

MiniLM's sentence vector is the mean of its token vectors, so the vector of two sentences
joined is close to the mean of the two sentences' vectors weighted by their lengths: each
token attends to the other sentence's too, which moves it a little (cosine 0.947 at the
median to the encoded vector, 0.87 at the 5th percentile, over 1,040 two-sentence units of
BASIL).  Encoding every two adjacent sentences as well would more than double the words
encoded (2.3 times on BASIL, ``BENCHMARKS.md``); the mean costs one small product.  The
sentences' vectors are normalised (the encoder and the index keep no other): their norms
before that differ little (with them the median is 0.949, without 0.950, weighing by word
pieces), and words stand in for MiniLM's word pieces (0.947 against 0.950; counting
pieces means tokenizing again, about 5 ms an article).
"""

from __future__ import annotations

import numpy as np

__all__ = ["adjacent_means"]


def adjacent_means(vectors: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Row ``k``: the normalised mean of ``vectors[k]`` and ``vectors[k + 1]`` weighted by
    their ``lengths`` (in words): the vector of the two texts joined, approximately."""
    if len(vectors) < 2:
        return np.zeros((0, vectors.shape[1]), dtype=vectors.dtype)
    weights = lengths.astype(vectors.dtype)[:, None]
    summed = weights[:-1] * vectors[:-1] + weights[1:] * vectors[1:]
    norms = np.maximum(np.linalg.norm(summed, axis=1, keepdims=True), 1e-12)
    means: np.ndarray = (summed / norms).astype(vectors.dtype)
    return means
