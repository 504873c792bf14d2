"""Which sentences the ONNX encoder runs together: batches cut where they cost least.

A batch costs a fixed overhead per run (about as much as 16 token slots on these cores) plus
one unit per token slot, padding included: its size times its longest sentence.  Batches
of a fixed size over sentences sorted by length left 8.4% of the slots to padding on BASIL
pairs, where the lengths climb steeply among the long sentences.  Cutting the sorted list
where the summed cost is least (an exact dynamic programme: batches are runs of the sorted
list) gives small batches where lengths climb and larger ones where they are flat.  A
sentence's vector does not depend on its batch (its padding is masked), so no vector moves.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["plan_batches"]


def plan_batches(
    lengths: Sequence[int], *, overhead: int, max_size: int, max_slots: int
) -> list[list[int]]:
    """Indices of ``lengths`` grouped into batches, costliest first.

    Each batch is a run of the indices sorted by length, of at most ``max_size`` sentences
    and, unless it holds one sentence, at most ``max_slots`` token slots (large products
    cost more per slot: they leave the cache); together the batches cost least, a batch
    costing ``overhead`` plus its slots.  Costliest first, so that the threads running them
    finish together rather than one waiting on a long batch taken last.
    """
    order = sorted(range(len(lengths)), key=lambda index: lengths[index])
    sorted_lengths = [lengths[index] for index in order]
    count = len(order)
    best = [0] + [-1] * count  # best[end]: least cost of the first ``end`` sentences
    start_of = [0] * (count + 1)
    for end in range(1, count + 1):
        longest = sorted_lengths[end - 1]
        for start in range(end - 1, max(0, end - max_size) - 1, -1):
            size = end - start
            if size > 1 and size * longest > max_slots:
                break  # a larger batch, ending here, has more slots still
            cost = best[start] + overhead + size * longest
            if best[end] < 0 or cost < best[end]:
                best[end], start_of[end] = cost, start
    batches: list[tuple[int, list[int]]] = []
    end = count
    while end > 0:
        start = start_of[end]
        batches.append(((end - start) * sorted_lengths[end - 1], order[start:end]))
        end = start
    batches.sort(key=lambda batch: -batch[0])  # stable: equal costs keep a fixed order
    return [batch for _, batch in batches]
