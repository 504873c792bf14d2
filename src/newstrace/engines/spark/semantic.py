"""Spark engine, paraphrase candidates: articles with several near sentences (internal).

The rule is the engine contract of ``candidates/semantic.py`` as the local engine applies
it (``candidates/neighbours.py``): searching a sentence's ``k`` (``semantic_neighbours``)
nearest, its hits are the near ones (cosine at least ``semantic_min_cosine``) in other
articles, and none at all when all ``k`` are near (a sentence too common to tell
anything).  Near sentences rank first, so that is the same as: a sentence with fewer than
``k`` near sentences gives every one of them in other articles as a hit.  Spark therefore
needs every near pair, and a count per sentence, never a top-k.  ``semantic.is_candidate``
then decides each pair of articles from its hits.

Near pairs are found as the local engine's faiss index finds them: every pair compared for
up to ``EXACT_LIMIT`` vectors, else in cells: each vector is placed in the nearest of
``cell_count(n)`` k-means centroids (trained by faiss on the driver, on a sample of
``training_size(n)`` vectors: numbers, never texts) and compared with the vectors of the
``NPROBE``
cells nearest to it.  A cell is compared in parts of at most ``_PART`` queries, so a crowded
cell (boilerplate, a story every outlet tells) is spread over tasks.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import numpy as np
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from newstrace.candidates.neighbours import EXACT_LIMIT, NPROBE, cell_count, training_size
from newstrace.candidates.semantic import dequantise, is_candidate
from newstrace.config import CandidateConfig
from newstrace.engines.spark.schema import NEAR, PLACED, batch

__all__ = ["semantic_pairs"]

_PART = 4_096  # queries compared at once with a cell's vectors
_BLOCK = 1_024  # rows of one matrix product


def semantic_pairs(spark: SparkSession, articles: DataFrame, config: CandidateConfig) -> DataFrame:
    """``(a, b)``: ordinals ``a < b`` of the articles ``semantic.is_candidate`` accepts
    (persisted: unpersist it when done)."""
    from newstrace.embed.static_encoder import DIM

    sentences = articles.select(
        "ordinal", "vectors", F.posexplode("sentences").alias("position", "sentence")
    ).select(
        "ordinal",
        "sentence",
        F.substring("vectors", F.col("position") * DIM + 1, DIM).alias("vector"),
    )
    count = sentences.count()
    centroids = _centroids(sentences, count, DIM)
    placed = sentences.mapInArrow(_placer(centroids, DIM), PLACED).persist()
    near = _near(spark, placed, config, DIM).persist()
    # Materialised here, so that the intermediate frames can be let go.
    pairs = _candidates(near, config).persist()
    pairs.count()
    near.unpersist()
    placed.unpersist()
    return pairs


def _centroids(sentences: DataFrame, count: int, dim: int) -> np.ndarray:
    """One cell (every pair compared) up to ``EXACT_LIMIT`` vectors, else k-means cells."""
    if count <= EXACT_LIMIT:
        return np.zeros((1, dim), dtype=np.float32)
    import faiss

    cells, size = cell_count(count), training_size(count)
    fraction = min(1.0, 1.2 * size / count)
    sample = sentences.sample(fraction=fraction, seed=0).limit(size).select("vector").collect()
    vectors = dequantise(b"".join(row.vector for row in sample), dim)
    kmeans = faiss.Kmeans(dim, cells, niter=20, seed=1, spherical=True)
    kmeans.train(vectors)
    return np.asarray(kmeans.centroids, dtype=np.float32)


def _placer(centroids: np.ndarray, dim: int) -> Any:
    """The ``mapInArrow`` step that puts each sentence in its cell and lists its probes."""
    probes = min(NPROBE, len(centroids))

    def run(batches: Iterator[Any]) -> Iterator[Any]:
        for found in batches:
            rows = found.to_pylist()
            vectors = dequantise(b"".join(row["vector"] for row in rows), dim)
            scores = vectors @ centroids.T
            nearest = np.argsort(-scores, axis=1, kind="stable")[:, :probes]
            for row, cells in zip(rows, nearest, strict=True):
                row["cell"], row["probes"] = int(cells[0]), [int(c) for c in cells]
            yield batch(rows, PLACED)

    return run


def _near(spark: SparkSession, placed: DataFrame, config: CandidateConfig, dim: int) -> DataFrame:
    """Rows of ``schema.NEAR``: the pairs of near sentences the cells bring together,
    once from each side, at most ``semantic_neighbours`` per query in one part."""
    queries = placed.select(
        F.col("ordinal").alias("x_ordinal"),
        F.col("sentence").alias("x_sentence"),
        F.col("vector").alias("x_vector"),
        F.explode("probes").alias("cell"),
    )
    load = [(row["cell"], row["count"]) for row in queries.groupBy("cell").count().collect()]

    def parts() -> DataFrame:  # one per side: Spark cannot join a frame to itself twice
        rows = [(cell, max(1, math.ceil(count / _PART))) for cell, count in load]
        return F.broadcast(spark.createDataFrame(rows, "cell int, parts int"))

    part = F.pmod(F.xxhash64("x_ordinal", "x_sentence"), F.col("parts")).cast("int")
    queries = queries.join(parts(), "cell").withColumn("part", part).drop("parts")
    data = (
        placed.select(
            F.col("ordinal").alias("y_ordinal"),
            F.col("sentence").alias("y_sentence"),
            F.col("vector").alias("y_vector"),
            "cell",
        )
        .join(parts(), "cell")
        .withColumn("part", F.explode(F.sequence(F.lit(0), F.col("parts") - 1)))
        .drop("parts")
    )
    grouped = queries.groupBy("cell", "part").cogroup(data.groupBy("cell", "part"))
    comparer = _comparer(config.semantic_min_cosine, config.semantic_neighbours, dim)
    return grouped.applyInPandas(comparer, NEAR)


def _comparer(threshold: float, cap: int, dim: int) -> Any:
    """Compare a part's queries with its cell's vectors; keep the near pairs.

    A query with ``cap`` near sentences in one part is crowded whatever the other parts
    hold, and a crowded query gives no hits: its first ``cap`` pairs are enough to count
    it as crowded (``_candidates``), so the rest are never materialised.  A story every
    outlet tells made this the bulk of the work: 2.7 GB of pairs at 100k articles.
    """
    import pandas as pd

    types = {"x_ordinal": "int64", "x_sentence": "int32", "y_ordinal": "int64"}
    types |= {"y_sentence": "int32", "cosine": "float32"}

    def run(queries: pd.DataFrame, data: pd.DataFrame) -> pd.DataFrame:
        if queries.empty or data.empty:
            return pd.DataFrame({name: pd.Series(dtype=kind) for name, kind in types.items()})
        found = dequantise(b"".join(data["y_vector"]), dim)
        mine = dequantise(b"".join(queries["x_vector"]), dim)
        x_ordinal, x_sentence = queries["x_ordinal"].to_numpy(), queries["x_sentence"].to_numpy()
        y_ordinal, y_sentence = data["y_ordinal"].to_numpy(), data["y_sentence"].to_numpy()
        chunks = []
        for start in range(0, len(mine), _BLOCK):
            block = slice(start, start + _BLOCK)
            cosines = mine[block] @ found.T
            near = cosines >= threshold
            near &= (x_ordinal[block, None] != y_ordinal) | (x_sentence[block, None] != y_sentence)
            near &= np.cumsum(near, axis=1) <= cap
            rows, cols = np.nonzero(near)
            chunks.append(
                pd.DataFrame(
                    {
                        "x_ordinal": x_ordinal[block][rows],
                        "x_sentence": x_sentence[block][rows],
                        "y_ordinal": y_ordinal[cols],
                        "y_sentence": y_sentence[cols],
                        "cosine": cosines[rows, cols],
                    }
                )
            )
        return pd.concat(chunks, ignore_index=True).astype(types)

    return run


def _candidates(near: DataFrame, config: CandidateConfig) -> DataFrame:
    """The article pairs the hits make candidates (``semantic.is_candidate``)."""
    import pandas as pd

    searched = ["x_ordinal", "x_sentence"]
    crowd = near.groupBy(*searched).count()
    quiet = crowd.where(F.col("count") < config.semantic_neighbours).select(*searched)
    hits = near.join(quiet, searched, "left_semi").where(F.col("x_ordinal") != F.col("y_ordinal"))
    first = F.col("x_ordinal") < F.col("y_ordinal")
    oriented = hits.select(
        F.least("x_ordinal", "y_ordinal").alias("a"),
        F.greatest("x_ordinal", "y_ordinal").alias("b"),
        F.when(first, F.col("x_sentence")).otherwise(F.col("y_sentence")).alias("sentence_a"),
        F.when(first, F.col("y_sentence")).otherwise(F.col("x_sentence")).alias("sentence_b"),
        "cosine",
    ).dropDuplicates(["a", "b", "sentence_a", "sentence_b"])
    # is_candidate needs semantic_min_sentences hits at least: fewer never reach the rule.
    enough = (
        oriented.groupBy("a", "b").count().where(F.col("count") >= config.semantic_min_sentences)
    )
    kept = oriented.join(enough.select("a", "b"), ["a", "b"], "left_semi")

    def decide(frame: pd.DataFrame) -> pd.DataFrame:
        found = zip(frame["sentence_a"], frame["sentence_b"], frame["cosine"], strict=True)
        if not is_candidate(found, config):
            return pd.DataFrame({"a": [], "b": []}, dtype="int64")
        return frame[["a", "b"]].head(1)

    return kept.groupBy("a", "b").applyInPandas(decide, "a long, b long")
