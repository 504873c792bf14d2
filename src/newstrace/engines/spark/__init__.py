"""The Spark engine: ``newstrace scan`` on an Apache Spark cluster (the ``spark`` extra).

It gives the pairs of the local engine (``engines/local.py``: ``index`` then ``scan``) for
the same input files, pair for pair, on corpora one machine cannot hold.  It has no rules of
its own: every step calls the library function the local engine calls, and only the
scheduling differs (see ``docs/architecture.md``, "Engines")::

    read        files -> articles             ingest.iter_corpus         input.py
    features    article -> hashes, vectors    candidates.article_features
    duplicates  first article of an id/text   store.sqlite.content_hash  candidates.py
    candidates  pairs sharing rare features   store.sqlite's rule, as joins
    common      n-grams many articles keep    Store.common_shingles's rule candidates.py
    paraphrase  pairs of near sentences       candidates.semantic        semantic.py
    align       pair -> Comparison            pipeline.compare_documents align.py
    write       pairs, graph, clusters        report.provenance          output.py

Nothing of the corpus is collected to the driver: only the file listing, the counts and
the pairs with reuse.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newstrace.config import DEFAULT_CONFIG, Config
from newstrace.errors import MissingExtraError

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, Row, SparkSession

    from newstrace.engines.spark.output import ScanPair

__all__ = ["SparkEngine", "SparkScan", "require_pyspark", "scan", "session", "summary"]

_PROBLEMS_SHOWN = 20
# Input bytes, and candidate pairs, a task takes on at most (more tasks when more cores).
_BYTES_PER_TASK = 1 << 20
_PAIRS_PER_TASK = 8


def require_pyspark() -> None:
    """Raise :class:`MissingExtraError` unless pyspark (and pyarrow) can be imported."""
    try:
        import pyarrow  # noqa: F401
        import pyspark  # noqa: F401
    except ImportError as error:
        raise MissingExtraError(
            f"the spark engine needs the spark extra ({error.name} is missing): "
            "pip install 'newstrace[spark]'"
        ) from error


def session(master: str | None = None, *, conf: Mapping[str, str] | None = None) -> SparkSession:
    """A Spark session for the engine (``master`` None: the one spark-submit configured).

    In local mode the Python workers run this interpreter, which has newstrace installed;
    on a cluster, ``spark.pyspark.python`` names the executors' (BENCHMARKS.md, Spark).
    """
    require_pyspark()
    from pyspark.sql import SparkSession

    # Adaptive execution splits skewed join partitions (very common features).
    settings = {"spark.sql.adaptive.enabled": "true", "spark.sql.adaptive.skewJoin.enabled": "true"}
    if master is not None and master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        # Spark's 200 shuffle partitions suit a cluster; on one machine each is a task.
        settings["spark.sql.shuffle.partitions"] = str(4 * _local_cores(master))
    builder = SparkSession.builder.appName("newstrace scan")
    if master is not None:
        builder = builder.master(master)
    for key, value in {**settings, **(conf or {})}.items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def _local_cores(master: str) -> int:
    """The cores of a local master: ``local`` 1, ``local[N]`` (or ``local[N,F]``) N,
    ``local[*]`` all."""
    match = re.fullmatch(r"local(?:\[(\*|\d+)(?:,\d+)?\])?", master)
    if match is None or match.group(1) is None:
        return 1
    if match.group(1) == "*":
        return os.cpu_count() or 1
    return int(match.group(1))


@dataclass(slots=True)
class SparkScan:
    """What a Spark scan found: counts, the first bad records, and the pairs with reuse."""

    articles: int = 0
    duplicates: int = 0
    bad_records: int = 0
    problems: list[str] = field(default_factory=list)
    candidate_pairs: int = 0
    pairs: list[ScanPair] = field(default_factory=list)
    # Seconds: "read" (read, features, duplicates), "scan" (candidates, alignment).
    timings: dict[str, float] = field(default_factory=dict)


def scan(spark: SparkSession, inputs: list[str], *, config: Config = DEFAULT_CONFIG) -> SparkScan:
    """Every pair of articles of ``inputs`` with reuse, as the local engine finds them.

    ``inputs`` are files, folders, URIs Hadoop reads (globs allowed) and ``*.parquet``
    tables.  The pairs come in the local scan's order: best candidate score first.
    """
    from newstrace.engines.spark.align import align_pairs

    result = SparkScan()
    start = time.perf_counter()
    articles = _articles(spark, inputs, config, result)
    result.timings["read"] = time.perf_counter() - start
    start = time.perf_counter()
    candidates = _candidates(spark, articles, config)
    result.candidate_pairs = candidates.count()
    tasks = _tasks(spark, result.candidate_pairs, _PAIRS_PER_TASK)
    threads = int(spark.conf.get("spark.task.cpus", "1") or 1)
    aligned = align_pairs(articles, candidates, config, partitions=tasks, threads=threads)
    result.pairs = _collect(aligned)
    result.timings["scan"] = time.perf_counter() - start
    candidates.unpersist()
    articles.unpersist()
    return result


@dataclass(frozen=True, slots=True)
class SparkEngine:
    """``scan`` of the files ``inputs`` in ``spark`` (the :class:`~newstrace.engines.base.Engine`
    of ``--engine spark``); the caller made the session and stops it."""

    spark: SparkSession
    inputs: list[str]
    config: Config = DEFAULT_CONFIG

    def scan(self, output: str) -> list[str]:
        from newstrace.engines.spark.output import write_scan

        result = scan(self.spark, self.inputs, config=self.config)
        counts = write_scan(self.spark, result.pairs, output, config=self.config)
        return summary(result, counts, output)


def _tasks(spark: SparkSession, work: int, per_task: int) -> int:
    """Tasks for ``work`` units: four per core, so a slow one is not the straggler, but no
    more than the work fills, and more for large work."""
    cores = spark.sparkContext.defaultParallelism
    return max(1, min(4 * cores, -(-work // per_task)), work // (per_task << 5))


def summary(result: SparkScan, counts: dict[str, int], output: str) -> list[str]:
    """What a scan did, in the words of ``newstrace scan``'s report (for stderr or a log)."""
    relations: dict[str, int] = {}
    for pair in result.pairs:
        relation = pair.record["relation"]
        relations[relation] = relations.get(relation, 0) + 1
    lines = [
        f"read {result.articles} articles ({result.duplicates} duplicate ids or texts, "
        f"{result.bad_records} bad records)"
    ]
    lines += [f"  skipped {problem}" for problem in result.problems]
    if result.bad_records > len(result.problems):
        lines.append(f"  ... and {result.bad_records - len(result.problems)} more")
    lines.append(
        f"{result.candidate_pairs} candidate pairs aligned; {counts['pairs']} with reuse "
        f"({', '.join(f'{k} {v}' for k, v in sorted(relations.items()))}); "
        f"{counts['edges']} provenance edges, {counts['clusters']} clusters -> {output}/"
    )
    return lines


def _articles(
    spark: SparkSession, inputs: list[str], config: Config, result: SparkScan
) -> DataFrame:
    """The articles to scan, with their features, persisted; counts go to ``result``."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    from newstrace.engines.spark.candidates import featurise, first_copies
    from newstrace.engines.spark.input import read_articles

    raw, size = read_articles(spark, inputs)
    tasks = _tasks(spark, size, _BYTES_PER_TASK)
    featured = featurise(raw, config.candidates, tasks).persist(StorageLevel.MEMORY_AND_DISK)
    [counts] = featured.agg(
        F.count("problem").alias("bad"), F.count("text").alias("read")
    ).collect()
    result.bad_records = int(counts["bad"])
    problems = featured.where(F.col("problem").isNotNull()).select("problem")
    result.problems = [row.problem for row in problems.limit(_PROBLEMS_SHOWN).collect()]
    articles = first_copies(featured.where(F.col("problem").isNull()))
    articles = articles.persist(StorageLevel.MEMORY_AND_DISK)
    result.articles = articles.count()
    result.duplicates = int(counts["read"]) - result.articles
    featured.unpersist()
    return articles


def _candidates(spark: SparkSession, articles: DataFrame, config: Config) -> DataFrame:
    """``(a, b, score)``: the pairs sharing wording, then those found only by near
    sentences (score 0), as the local engine's ``candidate_pairs`` lists them."""
    from pyspark.sql import functions as F

    from newstrace.engines.spark.candidates import lexical_pairs
    from newstrace.engines.spark.semantic import semantic_pairs

    lexical = lexical_pairs(articles, config.candidates).persist()
    semantic = semantic_pairs(spark, articles, config.candidates)
    only = semantic.join(lexical, ["a", "b"], "left_anti").withColumn("score", F.lit(0))
    candidates = lexical.unionByName(only.select("a", "b", F.col("score").cast("long")))
    candidates = candidates.persist()
    candidates.count()
    lexical.unpersist()
    semantic.unpersist()
    return candidates


def _collect(aligned: DataFrame) -> list[ScanPair]:
    """The pairs with reuse, best candidate first, as the local scan lists them, after the
    rule of common sources (``analyse.common_source``), which needs every pair.

    Sorted on the driver: a distributed sort would sample its input first, which runs
    the alignment twice.  (Python orders strings as SQLite does: by code point.)
    """
    from newstrace.analyse.common_source import common_sources
    from newstrace.engines.spark.output import ScanPair
    from newstrace.model import Coverage, ReusePair, pair_spans_from_list

    rows = sorted(aligned.collect(), key=_order)
    found = [
        ScanPair(json.loads(row.record), Coverage(row.coverage_a, row.coverage_b)) for row in rows
    ]
    pairs = [ReusePair.from_dict(pair.record) for pair in found]
    spans = [pair_spans_from_list(json.loads(row.spans)) for row in rows]
    revised = common_sources(pairs, spans)
    # Only the pairs the rule changed get a new record: the others keep theirs as aligned.
    return [
        pair if new is old else ScanPair(new.to_dict(), pair.coverage)
        for pair, old, new in zip(found, pairs, revised, strict=True)
    ]


def _order(row: Row) -> tuple[int, str, str, int, int]:
    """Pairs sharing wording by score, then ids; pairs of near sentences in reading order."""
    if row.score:
        return (-row.score, row.a_id, row.b_id, 0, 0)
    return (0, "", "", row.a, row.b)
