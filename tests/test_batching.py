"""The ONNX encoder's batches (``embed/batching.py``): cut where they cost least, every
sentence in one, and no vector moved by the batch it ran in."""

from __future__ import annotations

from itertools import pairwise

import numpy as np
import pytest

from newstrace.embed import onnx_encoder
from newstrace.embed.batching import plan_batches
from newstrace.embed.encoder import get_encoder
from newstrace.embed.onnx_encoder import OnnxEncoder

SENTENCES = [
    "Talks resumed.",
    "The minister said on Tuesday that the talks with the unions would resume next week.",
    "Prices rose.",
    "A long sentence about the budget, the strike, the talks and the weather " * 6,
    "Roads were closed for the parade, the police said.",
    "The council voted to keep the library open on Sundays.",
    "Nobody was hurt.",
    "Officials said the fire began in a kitchen on the third floor of the building.",
    "x",
    "The mayor, who took office in January, has promised to cut the waiting lists.",
]


def test_a_steep_climb_gets_a_batch_of_its_own() -> None:
    # Seven short sentences and a long one: one batch would pad the seven to 100 tokens.
    lengths = [10, 10, 100, 10, 10, 10, 10, 10]
    batches = plan_batches(lengths, overhead=16, max_size=8, max_slots=1000)
    assert batches == [[2], [0, 1, 3, 4, 5, 6, 7]]  # the costliest first


def test_flat_lengths_share_a_batch_up_to_the_limits() -> None:
    assert plan_batches([20] * 6, overhead=16, max_size=8, max_slots=1000) == [list(range(6))]
    assert [len(b) for b in plan_batches([20] * 6, overhead=16, max_size=4, max_slots=1000)] == [
        4,
        2,
    ]
    # 3 sentences of 20 tokens are 60 slots: over 50, so batches of 2
    in_twos = plan_batches([20] * 6, overhead=16, max_size=8, max_slots=50)
    assert sorted(in_twos) == [[0, 1], [2, 3], [4, 5]]
    assert plan_batches([300, 5], overhead=16, max_size=8, max_slots=50) == [[0], [1]]
    assert plan_batches([], overhead=16, max_size=8, max_slots=50) == []


def test_every_sentence_is_in_one_batch_of_sorted_neighbours() -> None:
    lengths = [int(n) for n in np.random.default_rng(3).integers(3, 120, 200)]
    batches = plan_batches(lengths, overhead=16, max_size=16, max_slots=512)
    assert sorted(i for batch in batches for i in batch) == list(range(len(lengths)))
    for batch in batches:
        assert len(batch) <= 16 and (
            len(batch) == 1 or len(batch) * max(lengths[i] for i in batch) <= 512
        )
    runs = sorted((min(lengths[i] for i in b), max(lengths[i] for i in b)) for b in batches)
    assert all(high <= low for (_, high), (low, _) in pairwise(runs))
    slots = sum(len(b) * max(lengths[i] for i in b) for b in batches)
    fixed = sorted(lengths)
    fixed_slots = sum(len(fixed[s : s + 8]) * fixed[s : s + 8][-1] for s in range(0, 200, 8))
    assert slots + 16 * len(batches) <= fixed_slots + 16 * 25  # never worse than fixed eights


def test_the_encoder_runs_the_planned_batches_and_returns_vectors_in_input_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    encoder = get_encoder()
    assert isinstance(encoder, OnnxEncoder)
    alone = np.stack([encoder._encode_sentences([s])[0] for s in SENTENCES])
    shapes: list[tuple[int, int]] = []
    real_run = OnnxEncoder._run

    def recorded_run(self: OnnxEncoder, batch: list[list[int]]) -> np.ndarray:
        shapes.append((len(batch), max(map(len, batch))))
        return real_run(self, batch)

    monkeypatch.setattr(OnnxEncoder, "_run", recorded_run)
    together = np.stack(encoder._encode_sentences(SENTENCES))
    # each vector is its own sentence's, to the bit, whatever batch it ran in
    assert np.array_equal(together, alone)
    lengths = [len(e.ids) for e in encoder._tokenizer.encode_batch_fast(SENTENCES)]
    planned = plan_batches(
        lengths,
        overhead=onnx_encoder._OVERHEAD,
        max_size=encoder.batch_size,
        max_slots=onnx_encoder._MAX_SLOTS,
    )
    assert sorted(shapes) == sorted((len(b), max(lengths[i] for i in b)) for b in planned)
    assert len(shapes) > 1
