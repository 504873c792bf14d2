"""Spark engine, candidates: features, duplicates and candidate pairs (internal).

The rules are the local engine's (``store.sqlite.Store.candidate_pairs``), computed with
DataFrame joins instead of SQL over the SQLite postings:

* features come from ``candidates.article_features`` on ``pipeline.prepare(article)``;
* an article is dropped when an earlier one (by ordinal) has its id or its text
  (``store.sqlite.content_hash``), as ``newstrace index`` skips them;
* a feature is usable when 2 to ``max_df`` articles have it; a pair of articles is a
  candidate when it shares ``scan_min_shingles`` usable n-grams, or one and
  ``scan_min_names`` usable names or numbers; its score is 2 per shared n-gram plus 1 per
  shared name or number.

Skew: the counts per feature are aggregated before any join (partial aggregation, so a
feature in millions of articles costs one counter per partition), features over ``max_df``
are dropped before the self-join, which therefore meets at most ``max_df`` rows per key,
and adaptive query execution splits the partitions where the postings of very common
features land in the one join that still sees them (``spark.sql.adaptive.skewJoin``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pyspark.sql import DataFrame
from pyspark.sql import functions as F

from newstrace.candidates import article_features
from newstrace.candidates.neighbours import MAX_SENTENCES
from newstrace.candidates.semantic import SentenceVectors, quantise
from newstrace.config import CandidateConfig, VerdictConfig
from newstrace.engines.spark.schema import FEATURED, batch
from newstrace.errors import InputError
from newstrace.ingest.records import one_line_reason
from newstrace.model import Article
from newstrace.pipeline import prepare
from newstrace.store.sqlite import content_hash

__all__ = ["common_ngrams", "featurise", "first_copies", "lexical_pairs"]


def featurise(raw: DataFrame, config: CandidateConfig, partitions: int) -> DataFrame:
    """Rows of ``schema.FEATURED``: ``raw`` spread over ``partitions`` tasks (a file
    is read by one task; preparing its articles is the work to share) with features."""

    def run(batches: Iterator[Any]) -> Iterator[Any]:
        for found in batches:
            yield batch([_featured(row, config) for row in found.to_pylist()], FEATURED)

    return raw.repartition(partitions).mapInArrow(run, FEATURED)


def _featured(row: dict[str, Any], config: CandidateConfig) -> dict[str, Any]:
    if row["problem"] is not None:
        return row
    article = Article(
        row["text"], row["id"], row["title"], row["outlet"], row["published"], row["url"]
    )
    try:
        features = article_features(prepare(article), config=config)
    except InputError as error:  # no words: `newstrace index` reports and skips it too
        return {"ordinal": -1, "problem": f"{article.id}: {one_line_reason(error)}"}
    return {
        **row,
        "content_hash": content_hash(article.text),
        "shingles": list(features.shingles),
        "names": list(features.names),
        **_embedded(features.vectors),
    }


def _embedded(vectors: SentenceVectors | None) -> dict[str, Any]:
    """Sentences and int8 vectors as the local index stores them (sentences past
    ``MAX_SENTENCES`` have no key there)."""
    if vectors is None:
        return {"sentences": [], "vectors": b""}
    kept = [k for k, sentence in enumerate(vectors.indices) if sentence < MAX_SENTENCES]
    indices = [vectors.indices[k] for k in kept]
    return {"sentences": indices, "vectors": quantise(vectors.vectors[kept])}


def first_copies(articles: DataFrame) -> DataFrame:
    """The articles no earlier article shares an id or a text with.

    ``newstrace index`` compares each record with those it kept; this compares it with every
    earlier record, which differs only when an earlier duplicate was itself dropped.
    """
    first_id = articles.groupBy("id").agg(F.min("ordinal").alias("ordinal"))
    first_text = articles.groupBy("content_hash").agg(F.min("ordinal").alias("ordinal"))
    return articles.join(first_id, ["id", "ordinal"], "left_semi").join(
        first_text, ["content_hash", "ordinal"], "left_semi"
    )


def lexical_pairs(articles: DataFrame, config: CandidateConfig) -> DataFrame:
    """``(a, b, score)``: ordinals ``a < b`` of the articles sharing wording, scored."""
    shingles = _usable(articles, "shingles", config.max_df)
    names = _usable(articles, "names", config.max_df)
    x, y = shingles.alias("x"), shingles.alias("y")
    together = (F.col("x.hash") == F.col("y.hash")) & (F.col("x.ordinal") < F.col("y.ordinal"))
    pairs = (
        x.join(y, together)
        .groupBy(F.col("x.ordinal").alias("a"), F.col("y.ordinal").alias("b"))
        .agg(F.count("*").alias("shingles"))
    )
    # Names are counted for the pairs sharing wording, never paired themselves (pairs
    # sharing names alone are mostly independent reports of one event).
    shared_names = (
        pairs.select("a", "b")
        .join(names.withColumnRenamed("ordinal", "a"), "a")
        .join(names.withColumnRenamed("ordinal", "b"), ["b", "hash"])
        .groupBy("a", "b")
        .agg(F.count("*").alias("names"))
    )
    named = F.coalesce(F.col("names"), F.lit(0))
    enough = (F.col("shingles") >= config.scan_min_shingles) | (named >= config.scan_min_names)
    score = 2 * F.col("shingles") + named
    return (
        pairs.join(shared_names, ["a", "b"], "left")
        .where(enough)
        .select("a", "b", score.alias("score"))
    )


def _usable(articles: DataFrame, kind: str, max_df: int) -> DataFrame:
    """``(ordinal, hash)`` postings of the features of ``kind`` in 2 to ``max_df`` articles."""
    postings = articles.select("ordinal", F.explode(kind).alias("hash"))
    counts = postings.groupBy("hash").count()
    usable = counts.where(F.col("count").between(2, max_df)).select("hash")
    return postings.join(usable, "hash", "left_semi")


def common_ngrams(articles: DataFrame, config: VerdictConfig) -> DataFrame:
    """``(ordinal, common, boilerplate)``: each article's kept n-grams that ``common_df``
    articles keep, and those that ``boilerplate_df`` of its outlet's keep
    (``lower(trim(outlet))``, as ``store.sqlite.outlet_key``): what
    ``engines.local.common_ngrams`` finds in the index, the second set only for a pair of
    one outlet's articles (``store.sqlite.same_outlet``).  Articles with neither
    have no row."""
    postings = articles.select(
        "ordinal",
        F.lower(F.trim(F.col("outlet"))).alias("outlet"),
        F.explode("shingles").alias("hash"),
    )
    overall = postings.groupBy("hash").count().where(F.col("count") >= config.common_df)
    outlets = postings.where(F.col("outlet").isNotNull() & (F.col("outlet") != ""))
    boilerplate = (
        outlets.groupBy("hash", "outlet").count().where(F.col("count") >= config.boilerplate_df)
    )
    common = postings.join(overall.select("hash"), "hash", "left_semi").select(
        "ordinal", "hash", F.lit(False).alias("outlets")
    )
    common = common.union(
        outlets.join(boilerplate.select("hash", "outlet"), ["hash", "outlet"], "left_semi").select(
            "ordinal", "hash", F.lit(True).alias("outlets")
        )
    )
    # collect_set skips the nulls of the other kind's rows.
    return common.groupBy("ordinal").agg(
        F.array_sort(F.collect_set(F.when(~F.col("outlets"), F.col("hash")))).alias("common"),
        F.array_sort(F.collect_set(F.when(F.col("outlets"), F.col("hash")))).alias("boilerplate"),
    )
