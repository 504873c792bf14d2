"""Spark engine, input: the articles of files, folders, URIs and Parquet tables (internal).

Files are read by the library's own reader (``ingest.iter_corpus``: JSON Lines, JSON, text,
HTML, WARC), one file per task, so every format, default id and skipped record is what
``newstrace index`` gives.  Local paths are listed as ``index`` lists them
(``ingest.list_sources``) and read by the executors from the path, which every executor
must see (one machine, or a shared file system).  URIs (``hdfs://``, ``s3a://``,
``file://``; globs allowed) are listed through Hadoop and read by Spark (``binaryFile``:
each file whole, so keep files under ~1 GB, as crawls ship them).  Inputs ending in
``.parquet`` are tables with the columns of a JSON Lines record, read by Spark.

Every article gets an ``ordinal``, ``file number << 32 | record number``: the order in which
``newstrace index`` would insert it (Parquet files are numbered after the other files).
"""

from __future__ import annotations

import os
import posixpath
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import reduce
from itertools import islice
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from pyspark import RDD
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from newstrace.engines.spark.schema import RAW, batch
from newstrace.errors import InputError
from newstrace.ingest.corpus import SkippedRecord, _ending, iter_corpus, list_sources
from newstrace.ingest.jsonl import FIELD_KEYS, RawRecord, record_to_article
from newstrace.model import Article

__all__ = ["SourceFile", "hadoop_path", "list_files", "ordinal", "read_articles"]

# A scheme of two letters or more: "C:/" is a Windows drive, not a URI.
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:/")
_RECORD_BITS = 32
_BATCH = 1_000  # records per Arrow batch a reader sends
# Columns of a Parquet table read as a JSON Lines record (``outlet`` or ``source``, ...).
_RECORD_COLUMNS = ("text", *dict.fromkeys(key for keys in FIELD_KEYS.values() for key in keys))


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A file to read: its number in the listing, where it is, its size in bytes."""

    number: int
    location: str
    size: int
    remote: bool


def ordinal(file_number: int, record_number: int) -> int:
    """The position of a record in the order ``newstrace index`` reads the corpus."""
    return (file_number << _RECORD_BITS) | record_number


def is_uri(location: str) -> bool:
    return bool(_URI.match(location))


def is_table(location: str) -> bool:
    return location.rstrip("/").lower().endswith(".parquet")


def read_articles(spark: SparkSession, inputs: list[str]) -> tuple[DataFrame, int]:
    """Rows of ``schema.RAW`` for every record of ``inputs``, and the bytes listed."""
    files = list_files(spark, [i for i in inputs if not is_table(i)])
    tables = [i for i in inputs if is_table(i)]
    local, remote = [f for f in files if not f.remote], [f for f in files if f.remote]
    frames = []
    if local:
        frames.append(_local_records(spark, local))
    if remote:
        frames.append(spark.createDataFrame(_remote_records(spark, remote), RAW))
    if tables:
        frames.append(_table_records(spark, tables, first_number=len(files)))
    if not frames:
        raise InputError("no article files in the inputs; pass files, folders or URIs")
    return reduce(DataFrame.unionByName, frames), sum(f.size for f in files)


def list_files(spark: SparkSession, inputs: list[str]) -> list[SourceFile]:
    """The files of ``inputs`` in the order ``newstrace index`` reads them, each listed once."""
    found: list[tuple[str, int, bool]] = []
    for location in inputs:
        if is_uri(location):
            found += [(path, size, True) for path, size in _hadoop_files(spark, location)]
        else:
            found += [(str(path), path.stat().st_size, False) for path in list_sources([location])]
    seen: set[str] = set()
    files: list[SourceFile] = []
    for location, size, remote in found:
        if location not in seen:
            seen.add(location)
            files.append(SourceFile(len(files), location, size, remote))
    return files


def hadoop_path(spark: SparkSession, location: str) -> tuple[Any, Any]:
    """The Hadoop ``Path`` of ``location`` and its ``FileSystem``, through py4j."""
    context: Any = spark.sparkContext
    path = context._jvm.org.apache.hadoop.fs.Path(location)
    return path, path.getFileSystem(context._jsc.hadoopConfiguration())


def _hadoop_files(spark: SparkSession, location: str) -> list[tuple[str, int]]:
    """Files of a URI (a file, a folder listed recursively, or a glob), via Hadoop."""
    pattern, system = hadoop_path(spark, location)
    statuses = system.globStatus(pattern) or []
    if not statuses:
        raise InputError("no such file or folder; check the URI", path=location)
    found: list[tuple[str, int]] = []
    for status in statuses:
        if not status.isDirectory():
            found.append((status.getPath().toString(), int(status.getLen())))
            continue
        root = status.getPath().toString().rstrip("/") + "/"
        listed = []
        files = system.listFiles(status.getPath(), True)
        while files.hasNext():
            entry = files.next()
            path = entry.getPath().toString()
            relative = path[len(root) :].split("/")
            if _ending(relative[-1]) and not any(part.startswith(".") for part in relative):
                listed.append((_walk_key(relative), path, int(entry.getLen())))
        found += [(path, size) for _, path, size in sorted(listed)]
    return found


def _walk_key(parts: list[str]) -> tuple[tuple[int, str], ...]:
    """Sorts a folder's files before its sub-folders, each by name: ``list_sources``' order."""
    return (*((1, folder) for folder in parts[:-1]), (0, parts[-1]))


def _local_records(spark: SparkSession, files: list[SourceFile]) -> DataFrame:
    """The records of local files: a task reads whole files (up to 8 tasks per core)."""
    listing = spark.createDataFrame(
        [(f.number, f.location) for f in files], "number long, location string"
    )
    tasks = min(len(files), 8 * spark.sparkContext.defaultParallelism)
    return listing.repartition(tasks).mapInArrow(_read_listed, RAW)


def _read_listed(batches: Iterator[Any]) -> Iterator[Any]:
    for found in batches:
        for row in found.to_pylist():
            records = _records(row["number"], row["location"], row["location"])
            while chunk := list(islice(records, _BATCH)):
                yield batch(chunk, RAW)


def _remote_records(spark: SparkSession, files: list[SourceFile]) -> RDD[tuple[Any, ...]]:
    """The records of files Spark reads through Hadoop, each whole (``binaryFile``).

    An RDD, not ``mapInArrow``: an Arrow batch would hold thousands of whole files.
    """
    numbers = spark.sparkContext.broadcast({f.location: f.number for f in files})
    content = spark.read.format("binaryFile").load([f.location for f in files])
    names = [field.name for field in RAW.fields]

    def read(row: Any) -> Iterator[tuple[Any, ...]]:
        for record in _read_bytes(numbers.value[row.path], row.path, row.content):
            yield tuple(record.get(name) for name in names)

    return content.select("path", "content").rdd.flatMap(read)


def _read_bytes(number: int, location: str, content: bytes) -> Iterator[dict[str, Any]]:
    """The records of a file Spark read whole: the readers take a path, so write it out."""
    name = unquote(posixpath.basename(urlsplit(location).path)) or "input"
    with tempfile.TemporaryDirectory(prefix="newstrace-") as folder:
        path = os.path.join(folder, name)
        Path(path).write_bytes(content)
        yield from _records(number, path, location)


def _records(number: int, path: str, name: str) -> Iterator[dict[str, Any]]:
    """Rows of ``schema.RAW`` for the records of one file (``name`` in messages)."""
    skipped: list[SkippedRecord] = []
    try:
        for position, record in enumerate(iter_corpus([path], on_skip=skipped.append)):
            yield {"ordinal": ordinal(number, position), **_fields(record.article)}
            yield from _problems(skipped, name)
    except InputError as error:  # the file vanished, or this executor cannot see it
        skipped.append(SkippedRecord(path, "", str(error)))
    yield from _problems(skipped, name)


def _problems(skipped: list[SkippedRecord], name: str) -> Iterator[dict[str, Any]]:
    for record in skipped:
        where = f"{name} {record.locator}".strip()
        yield {"ordinal": -1, "problem": f"{where}: {record.reason}"}
    skipped.clear()


def _fields(article: Article) -> dict[str, str | None]:
    return {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published,
        "url": article.url,
        "text": article.text,
    }


def _table_records(spark: SparkSession, tables: list[str], *, first_number: int) -> DataFrame:
    """Rows of Parquet tables, numbered by file name then row, checked as JSON records."""
    frame = spark.read.parquet(*tables)
    present = {name.lower(): name for name in frame.columns}
    columns = [F.col(present[c]).cast("string").alias(c) for c in _RECORD_COLUMNS if c in present]
    rows = frame.select(
        *columns,
        F.col("_metadata.file_path").alias("file_path"),
        F.col("_metadata.row_index").alias("row_index"),
    )
    paths = sorted(row.file_path for row in rows.select("file_path").distinct().collect())
    numbers = spark.createDataFrame(
        [(path, first_number + n) for n, path in enumerate(paths)], "file_path string, number long"
    )
    joined = rows.join(F.broadcast(numbers), "file_path")
    return joined.mapInArrow(_table_batches, RAW)


def _table_batches(batches: Iterator[Any]) -> Iterator[Any]:
    for found in batches:
        yield batch([_table_row(row) for row in found.to_pylist()], RAW)


def _table_row(row: dict[str, Any]) -> dict[str, Any]:
    number = int(row["row_index"]) + 1
    stem = posixpath.basename(row["file_path"]).split(".")[0]
    values = {key: row[key] for key in _RECORD_COLUMNS if row.get(key) is not None}
    where = f"{row['file_path']} row {number}"
    try:
        article = record_to_article(
            RawRecord(f"row {number}", number, values), default_id=f"{stem}:{number}"
        )
    except InputError as error:
        return {"ordinal": -1, "problem": f"{where}: {error}"}
    return {"ordinal": ordinal(row["number"], number - 1), **_fields(article)}
