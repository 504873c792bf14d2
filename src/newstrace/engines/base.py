"""The interface both engines of ``newstrace scan`` satisfy (``--engine local|spark``).

An engine finds every pair of a corpus's articles with reuse, aligns them with the
library's pipeline and writes the provenance files of ``report.provenance``
(``pairs.jsonl``, ``clusters.jsonl``, ``graph.csv``, ``graph.graphml``).  Engines differ in
where the corpus is (an index, files Spark reads) and in how the work is scheduled, never
in the pairs (``tests/engines/test_spark.py``; ``docs/architecture.md``, "Engines").
"""

from __future__ import annotations

from typing import Protocol

__all__ = ["Engine"]


class Engine(Protocol):
    """A scan of one corpus, set up with what the engine needs to reach it."""

    def scan(self, output: str) -> list[str]:
        """Write the provenance files of the pairs with reuse to ``output``; the lines
        that say what the scan did (for stderr or a log)."""
        ...
