"""Spark engine, alignment: ``pipeline.compare_documents`` on every candidate pair (internal).

Each pair is joined with both articles and compared by the very function the local engine
calls, in the executors' Python workers; MiniLM (``encoder.get_encoder``) is loaded once per
worker, which Spark reuses from task to task (``spark.python.worker.reuse``, on by default).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from pyspark.sql import DataFrame
from pyspark.sql import functions as F

from newstrace.analyse.stock import CommonWording
from newstrace.config import Config
from newstrace.engines.spark.candidates import common_ngrams
from newstrace.engines.spark.schema import ALIGNED, batch
from newstrace.model import Article
from newstrace.pipeline import compare_documents, prepare
from newstrace.report.provenance import pair_record, pair_spans
from newstrace.store.sqlite import same_outlet

__all__ = ["align_pairs"]

_FIELDS = ("text", "id", "title", "outlet", "published", "url")


def align_pairs(
    articles: DataFrame, candidates: DataFrame, config: Config, *, partitions: int, threads: int
) -> DataFrame:
    """Rows of ``schema.ALIGNED``: the candidate pairs ``(a, b, score)`` with reuse.

    Pairs are dealt round-robin to ``partitions`` tasks: their cost varies tenfold, and an
    article with many candidates must not make one task the straggler.  Each article comes
    with its common n-grams (``candidates.common_ngrams``), as the local engine's
    ``scan`` looks them up in the index.
    """
    with_common = articles.join(common_ngrams(articles, config.verdict), "ordinal", "left")

    def side(name: str) -> DataFrame:
        fields = [
            F.col(field).alias(f"{name}_{field}") for field in (*_FIELDS, "common", "boilerplate")
        ]
        return with_common.select(F.col("ordinal").alias(name), *fields)

    jobs = candidates.join(side("a"), "a").join(side("b"), "b").repartition(partitions)

    def run(batches: Iterator[Any]) -> Iterator[Any]:
        _limit_threads(threads)
        for found in batches:
            rows = (_aligned(row, config) for row in found.to_pylist())
            yield batch([row for row in rows if row is not None], ALIGNED)

    return jobs.mapInArrow(run, ALIGNED)


def _aligned(row: dict[str, Any], config: Config) -> dict[str, Any] | None:
    a, b = (Article(*(row[f"{side}_{field}"] for field in _FIELDS)) for side in "ab")
    common = frozenset(row["a_common"] or ()) | frozenset(row["b_common"] or ())
    if same_outlet(a.outlet, b.outlet):  # an outlet's boilerplate, only between its own articles
        common |= frozenset(row["a_boilerplate"] or ()) | frozenset(row["b_boilerplate"] or ())
    wording = CommonWording(common, shingle_words=config.candidates.shingle_words)
    comparison = compare_documents(
        prepare(a, config), prepare(b, config), config=config, common=wording
    )
    if comparison.verdict.relation == "unrelated":
        return None
    return {
        "score": row["score"],
        "a": row["a"],
        "b": row["b"],
        "a_id": a.id,
        "b_id": b.id,
        "relation": comparison.verdict.relation,
        "record": json.dumps(pair_record(comparison, config), ensure_ascii=False),
        "coverage_a": comparison.coverage.a,
        "coverage_b": comparison.coverage.b,
        "spans": json.dumps(pair_spans(comparison)),
    }


def _limit_threads(threads: int) -> None:
    """One task, one core (``spark.task.cpus``): torch would start a thread per core."""
    import torch

    if torch.get_num_threads() != threads:
        torch.set_num_threads(threads)
