"""Two adjacent sentences' vector taken from theirs (``embed.pooling``) is close to the
encoded vector of the two joined, and closer than either sentence's own."""

from __future__ import annotations

import numpy as np

from newstrace.embed.encoder import get_encoder
from newstrace.embed.pooling import adjacent_means

# A long sentence, then a short one: the mean must weigh the long one more.
FIRST = (
    "Governor Jane Holt is expected to become the latest Democrat to throw her hat in the "
    "ring for the Senate, after months of meetings with donors across the state."
)
SECOND = "She will speak at noon in Millbrook."


def test_the_mean_of_two_sentences_stands_for_the_two_joined() -> None:
    encoder = get_encoder()
    vectors = encoder.encode([FIRST, SECOND])
    joined = encoder.encode([f"{FIRST} {SECOND}"])[0]
    lengths = np.array([len(FIRST.split()), len(SECOND.split())])
    (mean,) = adjacent_means(vectors, lengths)
    assert abs(float(np.linalg.norm(mean)) - 1.0) < 1e-5
    assert float(mean @ joined) > 0.95
    assert float(mean @ joined) > max(float(v @ joined) for v in vectors) + 0.01
    # weighing by length: the unweighted mean is further from the joined vector
    (unweighted,) = adjacent_means(vectors, np.ones(2))
    assert float(mean @ joined) > float(unweighted @ joined)


def test_fewer_than_two_vectors_have_no_mean() -> None:
    assert adjacent_means(np.ones((1, 384), dtype=np.float32), np.array([3])).shape == (0, 384)
