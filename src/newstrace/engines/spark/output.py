"""Spark engine, output: the scan's files, in the local engine's schema (internal).

The pairs with reuse are few next to the corpus (a pair record is ~2 KB; the corpus never
comes to the driver), so the driver builds the graph and the clusters from them with the
local engine's own functions (``report.provenance``) and writes ``pairs.jsonl``,
``clusters.jsonl``, ``graph.csv`` and ``graph.graphml`` exactly as ``newstrace scan`` does,
plus the same tables as Parquet.  A URI output is written to a local folder first, then
copied through Hadoop.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import pyarrow as pa
import pyarrow.parquet as pq
from pyspark.sql import SparkSession

from newstrace.engines.spark.input import hadoop_path, is_uri
from newstrace.model import ArticleInfo, Comparison, Coverage
from newstrace.report import provenance

__all__ = ["ScanPair", "write_scan"]


@dataclass(frozen=True, slots=True)
class ScanPair:
    """A pair with reuse: its ``pair_record`` and the exact coverages (the record rounds)."""

    record: dict[str, Any]
    coverage: Coverage


@dataclass(frozen=True, slots=True)
class _PairView:
    """The fields of a Comparison that the provenance graph reads, from a ScanPair."""

    a: ArticleInfo
    b: ArticleInfo
    coverage: Coverage


def write_scan(spark: SparkSession, pairs: list[ScanPair], output: str) -> dict[str, int]:
    """Write the provenance files of ``pairs`` to ``output``: a folder, or a URI Hadoop
    writes (``hdfs://``, ``s3a://``, ``file://``), which every node of a cluster can reach."""
    if not is_uri(output):
        return _write_files(pairs, Path(output))
    with tempfile.TemporaryDirectory(prefix="newstrace-") as folder:
        counts = _write_files(pairs, Path(folder))
        _copy_out(spark, Path(folder), output)
    return counts


def _write_files(pairs: list[ScanPair], directory: Path) -> dict[str, int]:
    records = [pair.record for pair in pairs]
    edges = provenance._edges(records, [_view(pair) for pair in pairs])
    groups = provenance.clusters(records)
    directory.mkdir(parents=True, exist_ok=True)
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    provenance._atomic(directory / "pairs.jsonl", lines)
    provenance._atomic(directory / "clusters.jsonl", "".join(json.dumps(g) + "\n" for g in groups))
    provenance._write_csv(directory / "graph.csv", edges)
    provenance._atomic(directory / "graph.graphml", provenance._graphml(edges))
    _write_parquet(directory / "pairs.parquet", records, _PAIRS)
    _write_parquet(directory / "graph.parquet", edges, _EDGES)
    _write_parquet(directory / "clusters.parquet", [{"articles": g} for g in groups], _CLUSTERS)
    return {"pairs": len(records), "edges": len(edges), "clusters": len(groups)}


def _view(pair: ScanPair) -> Comparison:
    record = pair.record

    def info(side: str) -> ArticleInfo:
        return ArticleInfo(record[side], None, None, record[f"{side}_published"], 0)

    return cast(Comparison, _PairView(info("a"), info("b"), pair.coverage))


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


# The Parquet tables: the fields of pairs.jsonl (``provenance.pair_record``), of graph.csv,
# and each cluster of clusters.jsonl as a list of article ids.
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
    ]
)
_CLUSTERS = pa.schema([("articles", pa.list_(pa.string()))])
