"""A comparison's small products run on one BLAS thread, with the same bits (``embed.blas``)."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from newstrace.embed import blas
from newstrace.embed.blas import one_thread

pytest.importorskip("threadpoolctl")


def _blas_threads() -> list[int]:
    """The thread counts of numpy's BLAS libraries (those ``one_thread`` sets)."""
    return [lib["num_threads"] for lib in blas._blas().info()]


def test_one_thread_inside_then_the_count_found() -> None:
    before = _blas_threads()
    with one_thread():
        assert set(_blas_threads()) <= {1}
    assert _blas_threads() == before


def test_a_product_has_the_same_bits_on_one_thread() -> None:
    # large enough for numpy's BLAS to split it over its threads (over 262,144 products)
    rng = np.random.default_rng(7)
    left = rng.standard_normal((45, 384)).astype(np.float32)
    right = rng.standard_normal((48, 384)).astype(np.float32)
    split = left @ right.T
    with one_thread():
        assert set(_blas_threads()) <= {1}  # the product below does run on one thread
        alone = left @ right.T
    assert np.array_equal(alone, split)


def test_another_thread_inside_leaves_the_count_found() -> None:
    before = _blas_threads()
    entered, leave = threading.Event(), threading.Event()

    def other() -> None:
        with one_thread():
            entered.set()
            leave.wait(5)

    thread = threading.Thread(target=other)
    thread.start()
    entered.wait(5)
    with one_thread():
        product = np.ones((64, 128)) @ np.ones((128, 64))
    leave.set()
    thread.join()
    assert (product == 128).all()
    assert _blas_threads() == before
