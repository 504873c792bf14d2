"""Spark engine, the schemas of its DataFrames and of the Arrow batches its Python steps
write (internal).

The Python steps use ``mapInArrow`` rather than ``mapInPandas``: feature hashes are 64-bit
integers, and pandas turns an integer column with a null into floats, which cannot hold them.
"""

from __future__ import annotations

from typing import Any

from pyspark.sql.types import (
    ArrayType,
    BinaryType,
    DoubleType,
    FloatType,
    IntegerType,
    LongType,
    StringType,
    StructField,
    StructType,
)

__all__ = ["ALIGNED", "FEATURED", "NEAR", "PLACED", "RAW", "batch"]

_ARTICLE = ["id", "title", "outlet", "published", "url", "text"]

# An article read, or a record that could not be (``problem`` says why; ``ordinal`` -1).
RAW = StructType(
    [StructField("ordinal", LongType())]
    + [StructField(name, StringType()) for name in _ARTICLE]
    + [StructField("problem", StringType())]
)

# The same with the candidate features of ``candidates.article_features``.
FEATURED = StructType(
    [
        *RAW.fields,
        StructField("content_hash", LongType()),
        StructField("shingles", ArrayType(LongType())),
        StructField("names", ArrayType(LongType())),
        # The embedded sentences and their vectors, int8 as the local index stores them
        # (``candidates.semantic.quantise``), one row of ``DIM`` bytes per sentence.
        StructField("sentences", ArrayType(IntegerType())),
        StructField("vectors", BinaryType()),
    ]
)

# One embedded sentence, the k-means cell it is in and the cells it is compared with.
PLACED = StructType(
    [
        StructField("ordinal", LongType()),
        StructField("sentence", IntegerType()),
        StructField("vector", BinaryType()),
        StructField("cell", IntegerType()),
        StructField("probes", ArrayType(IntegerType())),
    ]
)

# Two near sentences: ``x`` searched, ``y`` found, at ``cosine``.
NEAR = StructType(
    [
        StructField("x_ordinal", LongType()),
        StructField("x_sentence", IntegerType()),
        StructField("y_ordinal", LongType()),
        StructField("y_sentence", IntegerType()),
        StructField("cosine", FloatType()),
    ]
)

# One aligned candidate pair with reuse: ``report.provenance.pair_record`` as JSON, and the
# exact coverages the provenance graph ranks sources by (the record rounds them).
ALIGNED = StructType(
    [
        StructField("score", LongType()),
        StructField("a", LongType()),
        StructField("b", LongType()),
        StructField("a_id", StringType()),
        StructField("b_id", StringType()),
        StructField("relation", StringType()),
        StructField("record", StringType()),
        StructField("coverage_a", DoubleType()),
        StructField("coverage_b", DoubleType()),
        # report.provenance.pair_spans as JSON, for the rule of common sources on the driver
        StructField("spans", StringType()),
    ]
)


def batch(rows: list[dict[str, Any]], schema: StructType) -> Any:
    """An Arrow record batch of ``rows`` (missing keys are nulls) for ``mapInArrow``."""
    import pyarrow as pa
    from pyspark.sql.pandas.types import to_arrow_schema

    return pa.RecordBatch.from_pylist(rows, schema=to_arrow_schema(schema))
