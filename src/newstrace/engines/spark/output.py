"""Spark engine, output: the scan's files, in the local engine's schema (internal).

The pairs with reuse are few next to the corpus (a pair record is ~2 KB; the corpus never
comes to the driver), so the driver builds the graph and the clusters from them with the
local engine's own functions (``report.provenance``) and writes ``pairs.jsonl``,
``clusters.jsonl``, ``graph.csv`` and ``graph.graphml`` exactly as ``newstrace scan`` does,
plus the same tables as Parquet.  A URI output is written to a local folder first, then
copied through Hadoop.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from pyspark.sql import SparkSession

from newstrace.config import DEFAULT_CONFIG, Config
from newstrace.engines.spark.input import hadoop_path, is_uri
from newstrace.model import Coverage, ReusePair
from newstrace.report import provenance

__all__ = ["ScanPair", "write_scan"]


@dataclass(frozen=True, slots=True)
class ScanPair:
    """A pair with reuse: its ``pair_record`` and the exact coverages (the record rounds)."""

    record: dict[str, Any]
    coverage: Coverage


def write_scan(
    spark: SparkSession, pairs: list[ScanPair], output: str, *, config: Config = DEFAULT_CONFIG
) -> dict[str, int]:
    """Write the provenance files of ``pairs`` (of a scan with ``config``) to ``output``: a
    folder, or a URI Hadoop writes (``hdfs://``, ``s3a://``, ``file://``), which every node
    of a cluster can reach."""
    fingerprint = config.fingerprint()
    if not is_uri(output):
        return _write_files(pairs, Path(output), fingerprint)
    with tempfile.TemporaryDirectory(prefix="newstrace-") as folder:
        counts = _write_files(pairs, Path(folder), fingerprint)
        _copy_out(spark, Path(folder), output)
    return counts


def _write_files(pairs: list[ScanPair], directory: Path, fingerprint: str) -> dict[str, int]:
    # the record rounds the coverages; the graph ranks sources by the exact ones
    records = [replace(ReusePair.from_dict(p.record), coverage=p.coverage) for p in pairs]
    written = provenance.write_pair_files(records, directory, fingerprint)
    _write_parquet(directory / "pairs.parquet", written.pairs, _PAIRS)
    _write_parquet(directory / "graph.parquet", written.edges, _EDGES)
    groups = [{"articles": g} for g in written.clusters]
    _write_parquet(directory / "clusters.parquet", groups, _CLUSTERS)
    return written.counts()


def _write_parquet(path: Path, rows: list[dict[str, Any]], schema: pa.Schema) -> None:
    temporary = path.with_name(path.name + ".tmp")
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), temporary)
    os.replace(temporary, path)


def _copy_out(spark: SparkSession, folder: Path, output: str) -> None:
    """Copy the files written in ``folder`` to the Hadoop URI ``output``."""
    target, system = hadoop_path(spark, output)
    system.mkdirs(target)
    for file in sorted(folder.iterdir()):
        source, _ = hadoop_path(spark, file.resolve().as_uri())
        destination, _ = hadoop_path(spark, f"{output.rstrip('/')}/{file.name}")
        system.copyFromLocalFile(False, True, source, destination)


# The Parquet tables: the fields of pairs.jsonl (``ReusePair``), of graph.csv, and each
# cluster of clusters.jsonl as a list of article ids.
_PASSAGE = pa.struct([("kind", pa.string()), ("a_text", pa.string()), ("b_text", pa.string())])
_PAIRS = pa.schema(
    [
        ("a", pa.string()),
        ("b", pa.string()),
        ("relation", pa.string()),
        ("confidence", pa.float64()),
        ("source", pa.string()),
        ("copy", pa.string()),
        ("credited", pa.bool_()),
        ("a_published", pa.string()),
        ("b_published", pa.string()),
        ("coverage", pa.struct([("a", pa.float64()), ("b", pa.float64())])),
        ("reasons", pa.list_(pa.string())),
        ("passages", pa.list_(_PASSAGE)),
        ("schema_version", pa.int64()),
        ("config_fingerprint", pa.string()),
    ]
)
_EDGES = pa.schema(
    [
        ("source", pa.string()),
        ("copy", pa.string()),
        ("relation", pa.string()),
        ("confidence", pa.float64()),
        ("credited", pa.bool_()),
        ("best_source", pa.bool_()),
        ("source_published", pa.string()),
        ("copy_published", pa.string()),
        ("coverage_of_copy", pa.float64()),
        ("schema_version", pa.int64()),
        ("config_fingerprint", pa.string()),
    ]
)
_CLUSTERS = pa.schema([("articles", pa.list_(pa.string()))])
