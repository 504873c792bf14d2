"""Small matrix products on one BLAS thread.

numpy hands a product of more than about 262,000 multiply-adds (OpenBLAS's threshold) to
its BLAS's threads, one per core.  A comparison's products are small (its units by the
other's, over 384 dimensions: about 0.02 ms on one core) and come when the cores are
taken: by the encoder's threads, by the other worker of ``scan --jobs 2``, by other jobs.
A BLAS thread woken for such a product then waits for a core, a scheduler's time slice or
more: 32 ms at the median for a 45 x 384 x 48 product on two threads, against 0.02 ms on
one, with the machine's two cores loaded by other jobs.  OpenBLAS splits a product by
rows and columns, never along the summed dimension, so every element is summed in the
same order on one thread as on two: the same bits (``tests/test_blas.py``).
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from functools import cache
from typing import Any

__all__ = ["one_thread"]


@cache
def _blas() -> Any:
    """numpy's BLAS libraries (``threadpoolctl``), or None without threadpoolctl."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - a dependency; products then run as numpy says
        return None
    return ThreadpoolController().select(user_api="blas")


def one_thread() -> AbstractContextManager[Any]:
    """A block whose products run on one BLAS thread.  The setting is the process's:
    threadpoolctl lets one thread at a time change it, and a block entered meanwhile by
    another thread runs as numpy says (the same bits, as above)."""
    blas = _blas()
    return nullcontext() if blas is None else blas.limit(limits=1)
