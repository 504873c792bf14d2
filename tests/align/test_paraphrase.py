"""The semantic layer's scores: the vectorised stem overlap against the plain one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newstrace.align.paraphrase import _stem_overlap, _stem_overlaps
from newstrace.align.units import Unit

STEMS = st.frozensets(st.sampled_from(["kerry", "russi", "syria", "talks", "assad", "2015"]))
UNITS = st.lists(STEMS, max_size=6).map(
    lambda sets: tuple(Unit(k, f"unit {k}", stems) for k, stems in enumerate(sets))
)


@given(left=UNITS, right=UNITS)
def test_every_pair_gets_the_overlap_of_its_two_stem_sets(
    left: tuple[Unit, ...], right: tuple[Unit, ...]
) -> None:
    overlaps = _stem_overlaps(left, right)
    assert overlaps.shape == (len(left), len(right))
    for p, x in enumerate(left):
        for q, y in enumerate(right):
            assert abs(overlaps[p, q] - _stem_overlap(x.stems, y.stems)) < 1e-12
