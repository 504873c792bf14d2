"""The Spark engine against the local engine on one small corpus: the same pairs, pair for pair.

One real Spark session in local mode (``local[2]``) serves the whole module.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from pyspark.sql import SparkSession
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newstrace.cli import app
from newstrace.config import DEFAULT_CONFIG
from newstrace.engines import spark as spark_engine
from newstrace.engines.local import index_corpus
from newstrace.engines.local import scan as local_scan
from newstrace.engines.spark import main as spark_main
from newstrace.engines.spark.input import list_files, read_articles
from newstrace.engines.spark.output import write_scan
from newstrace.report.provenance import write_provenance
from newstrace.store import Store
from tests.conftest import DATA, SEED_A_PATH, SEED_B_PATH
from tests.engines.test_common_source import check_two_copies, write_two_copies
from tests.engines.test_local import LIFTED_PAIRS, LIFTED_RECORDS, ONE_PASSAGE, OUTLET_RECORDS

BASIL = DATA / "basil_event_sample.jsonl"
HPO_ID = "8f68dc8f-d6db-45b4-977b-3ba2bd56faf6"
WARC_URI = "https://aggregator.example/news/visit"
OUTPUTS = ("pairs.jsonl", "clusters.jsonl", "graph.csv", "graph.graphml")
_OUTLET_IDS = {record["id"] for record in OUTLET_RECORDS}


def _basil() -> list[dict[str, str]]:
    return [json.loads(line) for line in BASIL.read_text(encoding="utf-8").splitlines()]


def _corpus(root: Path) -> Path:
    """The seed pair; a BASIL triplet; unrelated texts; copies of the HuffPost article planted
    in JSON Lines and in a WARC page; a duplicate text, a duplicate id and a bad record;
    articles sharing one short passage (``test_local.ONE_PASSAGE``); an outlet's boilerplate
    and another's reuse of its own paragraph (``test_local.OUTLET_RECORDS``)."""
    corpus = root / "corpus"
    (corpus / "seeds").mkdir(parents=True)
    for path in (SEED_A_PATH, SEED_B_PATH):
        (corpus / "seeds" / path.name).write_text(path.read_text(encoding="utf-8"), "utf-8")
    for name in ("recipe.txt", "match_report.txt"):
        (corpus / name).write_text((DATA / name).read_text(encoding="utf-8"), "utf-8")
    (corpus / "basil.jsonl").write_text(BASIL.read_text(encoding="utf-8"), "utf-8")
    paragraphs = _basil()[1]["text"].split("\n\n")
    planted = {
        "id": "planted-copy",
        "source": "aggregator",
        "date": "2016-09-02",
        "text": "A blog post opened with its own words about the visit.\n\n"
        + "\n\n".join(paragraphs[:6]),
    }
    extra = [
        planted,
        {**planted, "id": "same-text-other-id"},  # a duplicate text: skipped
        {"id": "planted-copy", "text": "Another text under a known id."},  # skipped
        {"id": "no-text"},  # a bad record: reported and skipped
    ]
    lines = "".join(json.dumps(record) + "\n" for record in extra)
    (corpus / "aggregator.jsonl").write_text(lines, "utf-8")
    # Three articles sharing one short passage; two of them name the same people.
    lines = "".join(
        json.dumps({"id": key, "text": text}) + "\n" for key, text in ONE_PASSAGE.items()
    )
    (corpus / "one_passage.jsonl").write_text(lines, "utf-8")
    lines = "".join(json.dumps(record) + "\n" for record in OUTLET_RECORDS)
    (corpus / "outlets.jsonl").write_text(lines, "utf-8")
    _warc(corpus / "crawl" / "pages.warc.gz", paragraphs[2:7])
    return corpus


def _warc(path: Path, paragraphs: list[str]) -> None:
    body = "".join(f"<p>{text}</p>" for text in ["Our correspondent looked back.", *paragraphs])
    html = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>The visit</title>'
        '<meta property="article:published_time" content="2016-09-03"></head>'
        f"<body><article><h1>The visit</h1>{body}</article></body></html>"
    ).encode()
    path.parent.mkdir()
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            WARC_URI, "response", payload=io.BytesIO(html), http_headers=http
        )
        writer.write_record(record)


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    conf = {
        "spark.ui.enabled": "false",
        "spark.ui.showConsoleProgress": "false",
        "spark.sql.shuffle.partitions": "4",
        "spark.default.parallelism": "2",
    }
    session = spark_engine.session("local[2]", conf=conf)
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _corpus(tmp_path_factory.mktemp("spark"))


@pytest.fixture(scope="module")
def local_out(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The local engine's scan of the corpus: index, then scan, then write the files."""
    root = tmp_path_factory.mktemp("local")
    with Store(root / "news.db", config=DEFAULT_CONFIG.candidates) as store:
        index_corpus(store, [corpus])
        found = list(local_scan(store))
    write_provenance(found, root / "out")
    return root / "out"


@pytest.fixture(scope="module")
def spark_scan(spark: SparkSession, corpus: Path) -> spark_engine.SparkScan:
    return spark_engine.scan(spark, [str(corpus)])


def _pairs(folder: Path) -> list[dict[str, Any]]:
    text = (folder / "pairs.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def test_the_pairs_and_relations_are_the_local_engines(
    spark: SparkSession, spark_scan: spark_engine.SparkScan, local_out: Path, tmp_path: Path
) -> None:
    write_scan(spark, spark_scan.pairs, str(tmp_path))
    local, found = _pairs(local_out), _pairs(tmp_path)
    assert [(p["a"], p["b"], p["relation"]) for p in found] == [
        (p["a"], p["b"], p["relation"]) for p in local
    ]
    for name in OUTPUTS:  # every file, byte for byte
        assert (tmp_path / name).read_text("utf-8") == (local_out / name).read_text("utf-8"), name
    copies = {(p["source"], p["copy"]) for p in found if p["copy"]}
    assert {(SEED_B_PATH.stem, SEED_A_PATH.stem), (HPO_ID, "planted-copy")} <= copies
    assert any(WARC_URI in (p["a"], p["b"]) for p in found)  # the page of the WARC was read
    passage = {frozenset((p["a"], p["b"])) for p in found if p["a"] in ONE_PASSAGE}
    assert passage == {frozenset(("names", "same names"))}  # one n-gram and three names
    outlets = {frozenset((p["a"], p["b"])): p for p in found if p["a"] in _OUTLET_IDS}
    # The Herald's boilerplate joins no pair; the Gazette's reuse of its paragraph does.
    assert list(outlets) == [frozenset(("gazette-3", "gazette-4"))]
    assert any(r.startswith("self_reuse: ") for r in next(iter(outlets.values()))["reasons"])


def test_two_copies_of_one_article_share_a_source_as_in_the_local_engine(
    spark: SparkSession, tmp_path: Path
) -> None:
    # The rule of common sources runs on the driver over every pair (a path of its own).
    corpus = write_two_copies(tmp_path)
    with Store(tmp_path / "news.db", config=DEFAULT_CONFIG.candidates) as store:
        index_corpus(store, [corpus])
        write_provenance(list(local_scan(store)), tmp_path / "local")
    found = spark_engine.scan(spark, [str(corpus)])
    write_scan(spark, found.pairs, str(tmp_path / "spark"))
    check_two_copies(_pairs(tmp_path / "spark"))
    for name in OUTPUTS:
        assert (tmp_path / "spark" / name).read_bytes() == (tmp_path / "local" / name).read_bytes()
    assert (
        "shared_source 1"
        in spark_engine.summary(found, {"pairs": 3, "edges": 2, "clusters": 1}, "x")[-1]
    )


def test_an_outlets_boilerplate_is_discounted_only_between_its_own_articles_as_locally(
    spark: SparkSession, tmp_path: Path
) -> None:
    corpus = tmp_path / "lifted.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in LIFTED_RECORDS), encoding="utf-8")
    found = spark_engine.scan(spark, [str(corpus)])
    write_scan(spark, found.pairs, str(tmp_path / "spark"))
    pairs = _pairs(tmp_path / "spark")
    assert {frozenset((p["a"], p["b"])) for p in pairs} == LIFTED_PAIRS
    assert {p["relation"] for p in pairs} == {"shared_source"}


def test_duplicates_and_bad_records_are_skipped_as_by_index(
    spark_scan: spark_engine.SparkScan,
) -> None:
    # 8 files' articles, the 3 sharing a passage, the 5 of two outlets and the WARC page; a
    # duplicate text and a known id skipped.
    assert (spark_scan.articles, spark_scan.duplicates, spark_scan.bad_records) == (17, 2, 1)
    assert spark_scan.problems[0].endswith(
        'line 4 has no "text" field; give each record its article text as a string'
    )


def test_the_parquet_tables_hold_the_jsonl_records(
    spark: SparkSession, spark_scan: spark_engine.SparkScan, tmp_path: Path
) -> None:
    write_scan(spark, spark_scan.pairs, str(tmp_path))
    assert pq.read_table(tmp_path / "pairs.parquet").to_pylist() == _pairs(tmp_path)
    with (tmp_path / "graph.csv").open(encoding="utf-8") as handle:
        edges = [(row["source"], row["copy"], row["best_source"]) for row in csv.DictReader(handle)]
    table = pq.read_table(tmp_path / "graph.parquet").to_pylist()
    assert [(e["source"], e["copy"], str(e["best_source"])) for e in table] == edges
    clusters = (tmp_path / "clusters.jsonl").read_text("utf-8").splitlines()
    table = pq.read_table(tmp_path / "clusters.parquet").to_pylist()
    assert [row["articles"] for row in table] == [json.loads(line) for line in clusters]


def _read(spark: SparkSession, location: str) -> list[tuple[Any, ...]]:
    raw, _ = read_articles(spark, [location])
    rows = raw.where("problem IS NULL").drop("problem").collect()
    return sorted(tuple(row) for row in rows)


def test_a_uri_is_listed_and_read_as_the_local_path(spark: SparkSession, corpus: Path) -> None:
    local = [f.location for f in list_files(spark, [str(corpus)])]
    remote = [urlsplit(f.location).path for f in list_files(spark, [corpus.as_uri()])]
    assert remote == local
    assert _read(spark, corpus.as_uri()) == _read(spark, str(corpus))


def test_a_parquet_table_is_read_as_json_lines(spark: SparkSession, tmp_path: Path) -> None:
    records = [*_basil(), {"text": "A record with no id.", "source": "Wire", "date": "2016-09-03"}]
    records.append({"id": "no-text"})
    with (tmp_path / "news.jsonl").open("w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(record) + "\n" for record in records)
    columns = list(dict.fromkeys(key for record in records for key in record))
    rows = [{key: record.get(key) for key in columns} for record in records]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "news.parquet")
    from_table = _read(spark, str(tmp_path / "news.parquet"))
    assert [row[1:] for row in from_table] == [
        row[1:] for row in _read(spark, str(tmp_path / "news.jsonl"))
    ]
    assert from_table[-1][1:5] == ("news:4", None, "Wire", "2016-09-03")


class _Kept:
    """The module's session, which a command may use but not stop."""

    def __init__(self, spark: SparkSession) -> None:
        self._spark = spark

    def __getattr__(self, name: str) -> Any:
        return getattr(self._spark, name)

    def stop(self) -> None:
        pass


def test_the_cli_scans_files_on_spark_into_a_uri(
    spark: SparkSession,
    spark_scan: spark_engine.SparkScan,
    local_out: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The command's wiring, with the module's session and scan (a scan is a minute).
    asked = []

    def scan(session: Any, inputs: list[str], **options: Any) -> spark_engine.SparkScan:
        asked.append(inputs)
        return spark_scan

    monkeypatch.setattr(spark_engine, "session", lambda master, **_: _Kept(spark))
    monkeypatch.setattr(spark_engine, "scan", scan)
    out = tmp_path / "reuse"
    args = ["scan", "--engine", "spark", "-i", "in1", "-i", "in2", "-o", out.as_uri()]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert asked == [["in1", "in2"]]
    assert "read 17 articles (2 duplicate ids or texts, 1 bad records)" in result.stderr
    for name in OUTPUTS:  # copied through Hadoop's file system
        assert (out / name).read_text("utf-8") == (local_out / name).read_text("utf-8"), name
    assert {"pairs.parquet", "graph.parquet", "clusters.parquet"} < {f.name for f in out.iterdir()}


def test_the_spark_submit_entry_point(
    spark: SparkSession,
    spark_scan: spark_engine.SparkScan,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(spark_main, "session", lambda: _Kept(spark))
    missing = ["--input", str(tmp_path / "none"), "--output", str(tmp_path)]
    assert spark_main.main(missing) == 2  # an input error, before any Spark job
    monkeypatch.setattr(spark_engine, "scan", lambda session, inputs, **options: spark_scan)
    assert spark_main.main(["--input", "in", "--output", str(tmp_path)]) == 0
    assert len(_pairs(tmp_path)) == len(spark_scan.pairs)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--engine", "spark"], "--engine spark needs the articles: --input"),
        (["--engine", "spark", "-i", "x", "--db", "x.db"], "--db is for the local engine"),
        (["-i", "x"], "--input is for --engine spark"),
        ([], "scan needs --db INDEX"),
    ],
)
def test_scan_options_that_do_not_go_together_are_one_line_errors(
    args: list[str], message: str
) -> None:
    result = CliRunner().invoke(app, ["scan", *args])
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_without_pyspark_the_spark_engine_says_which_extra_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "pyspark", None)
    result = CliRunner().invoke(app, ["scan", "--engine", "spark", "-i", "x"])
    assert result.exit_code == 2
    assert "pip install 'newstrace[spark]'" in result.stderr


@pytest.mark.parametrize(
    ("master", "cores"), [("local", 1), ("local[3]", 3), ("local[4,2]", 4), ("yarn", 1)]
)
def test_a_local_master_gets_four_shuffle_partitions_per_core(master: str, cores: int) -> None:
    assert spark_engine._local_cores(master) == cores


def _near_copies(rng: np.random.Generator, base: np.ndarray, count: int) -> list[np.ndarray]:
    """``count`` unit vectors at cosine ~0.96 to ``base`` (random ones: ~0 to each other)."""
    noisy = base + 0.3 * rng.standard_normal((count, len(base))) / np.sqrt(len(base))
    return list(noisy / np.linalg.norm(noisy, axis=1, keepdims=True))


def test_near_sentences_give_the_local_engines_candidates(spark: SparkSession) -> None:
    """Articles 1 and 2 share three near sentences (a candidate pair), 3 and 4 only two; 5
    and 6 share two, and a third that twelve articles share: a crowded sentence gives no
    hits, so 5 and 6 are no candidate either (with more near pairs of a crowded sentence
    than its ``semantic_neighbours`` kept, or fewer counted, they would be)."""
    from newstrace.candidates.neighbours import NeighbourIndex, keys_of
    from newstrace.candidates.neighbours import semantic_pairs as local_pairs
    from newstrace.candidates.semantic import quantise
    from newstrace.embed.static_encoder import DIM
    from newstrace.engines.spark.semantic import semantic_pairs as spark_pairs

    rng = np.random.default_rng(5)
    config = DEFAULT_CONFIG.candidates

    def unit() -> np.ndarray:
        vector = rng.standard_normal(DIM)
        return vector / np.linalg.norm(vector)

    sentences: dict[int, list[np.ndarray]] = {row: [unit(), unit()] for row in range(1, 30)}
    for (a, b), shared in {(1, 2): 3, (3, 4): 2, (5, 6): 2}.items():
        for _ in range(shared):
            first, second = _near_copies(rng, unit(), 2)
            sentences[a].append(first)
            sentences[b].append(second)
    crowd = range(5, 5 + config.semantic_neighbours + 2)
    for row, vector in zip(crowd, _near_copies(rng, unit(), len(crowd)), strict=True):
        sentences[row].append(vector)
    rng.shuffle(sentences[5])

    keys = np.concatenate([keys_of(row, np.arange(len(vs))) for row, vs in sentences.items()])
    stored = np.frombuffer(quantise(np.vstack(list(sentences.values()))), dtype=np.int8)
    stored = stored.reshape(-1, DIM)
    expected = local_pairs(NeighbourIndex.build(keys, stored), keys, stored, config)
    assert expected == [(1, 2)]

    articles = spark.createDataFrame(
        [(row, list(range(len(vs))), quantise(np.vstack(vs))) for row, vs in sentences.items()],
        "ordinal long, sentences array<int>, vectors binary",
    )
    found = spark_pairs(spark, articles, config)
    assert sorted((row.a, row.b) for row in found.collect()) == expected
    found.unpersist()
