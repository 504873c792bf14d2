"""index / trace / scan on a small corpus with planted reuse, incremental and resumable."""

from __future__ import annotations

import csv
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from newstrace.config import DEFAULT_CONFIG, Config
from newstrace.engines.local import index_corpus, scan, trace
from newstrace.model import SCHEMA_VERSION, Article, Comparison, ReusePair
from newstrace.store import Store
from tests.conftest import DATA, SEED_A_PATH, SEED_B_PATH

SEED_A, SEED_B = SEED_A_PATH.stem, SEED_B_PATH.stem


def _corpus(root: Path) -> Path:
    """Seed pair, a BASIL triplet, two unrelated texts, and a planted copy of the HuffPost article."""
    corpus = root / "corpus"
    (corpus / "seeds").mkdir(parents=True)
    for path in (SEED_A_PATH, SEED_B_PATH):
        (corpus / "seeds" / path.name).write_text(
            path.read_text(encoding="utf-8"), encoding="utf-8"
        )
    (corpus / "basil.jsonl").write_text(
        (DATA / "basil_event_sample.jsonl").read_text(encoding="utf-8"), encoding="utf-8"
    )
    for name in ("recipe.txt", "match_report.txt"):
        (corpus / name).write_text((DATA / name).read_text(encoding="utf-8"), encoding="utf-8")
    hpo = json.loads(
        (DATA / "basil_event_sample.jsonl").read_text(encoding="utf-8").splitlines()[1]
    )
    paragraphs = hpo["text"].split("\n\n")
    planted = {
        "id": "planted-copy",
        "outlet": "aggregator",
        "date": "2016-09-02",
        "text": "A blog post opened with its own words about the visit.\n\n"
        + "\n\n".join(paragraphs[:6]),
    }
    (corpus / "aggregator.jsonl").write_text(json.dumps(planted) + "\n", encoding="utf-8")
    return corpus


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("index")
    corpus = _corpus(root)
    db = root / "news.db"
    with Store(db, config=DEFAULT_CONFIG.candidates) as store:
        report = index_corpus(store, [corpus])
        assert report.added == 8 and not report.bad_records
    return corpus, db


def test_indexing_again_adds_nothing_and_skips_unchanged_files(indexed: tuple[Path, Path]) -> None:
    corpus, db = indexed
    with Store(db, config=DEFAULT_CONFIG.candidates) as store:
        report = index_corpus(store, [corpus])
        assert (report.added, report.skipped_sources) == (0, 6)
        assert len(store) == 8
        extra = corpus / "late.txt"
        extra.write_text(
            "A late article about something else entirely, with its own words.", encoding="utf-8"
        )
        assert index_corpus(store, [corpus]).added == 1
        assert len(store) == 9


def test_trace_finds_the_source_of_the_seed_rewrite_first(indexed: tuple[Path, Path]) -> None:
    _, db = indexed
    with Store(db, config=DEFAULT_CONFIG.candidates) as store:
        sources = trace(store, Article(SEED_A_PATH.read_text(encoding="utf-8"), id=SEED_A))
    assert sources[0].article.id == SEED_B
    assert sources[0].comparison.verdict.relation == "a_from_b"


def test_scan_finds_the_copies_and_calls_the_triplet_shared_source(
    indexed: tuple[Path, Path],
) -> None:
    _, db = indexed
    with Store(db, config=DEFAULT_CONFIG.candidates) as store:
        found = {(c.a.id, c.b.id): c.verdict.relation for c in scan(store)}
    copies = {pair: rel for pair, rel in found.items() if rel in ("a_from_b", "b_from_a")}

    def source_copy(
        pair: tuple[str | None, str | None], relation: str
    ) -> tuple[str | None, str | None]:
        return (pair[1], pair[0]) if relation == "a_from_b" else pair

    edges = {source_copy(pair, rel) for pair, rel in copies.items()}
    assert (SEED_B, SEED_A) in edges
    assert ("8f68dc8f-d6db-45b4-977b-3ba2bd56faf6", "planted-copy") in edges
    assert len(edges) == 2  # the independent reports are not called copies


def _run(*args: str, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newstrace", *args], capture_output=True, timeout=600, **kwargs
    )  # type: ignore[call-overload]


def test_the_cli_indexes_traces_and_writes_the_provenance_graph(tmp_path: Path) -> None:
    corpus, db, out = _corpus(tmp_path), tmp_path / "cli.db", tmp_path / "reuse"
    assert _run("index", str(corpus), "--db", str(db)).returncode == 0
    cache = db.with_name(db.name + ".ann.json")  # made by index, so trace need not wait
    assert json.loads(cache.read_text(encoding="utf-8"))["max_row"] == _count(db)
    result = _run("trace", str(SEED_A_PATH), "--db", str(db), "--format", "json")
    assert result.returncode == 0, result.stderr
    first = json.loads(result.stdout)["sources"][0]
    assert (first["b"]["id"], first["verdict"]["relation"]) == (SEED_B, "a_from_b")
    assert _run("scan", "--db", str(db), "-o", str(out)).returncode == 0
    with (out / "graph.csv").open(encoding="utf-8") as handle:
        edges = {(row["source"], row["copy"]): row for row in csv.DictReader(handle)}
    assert edges[(SEED_B, SEED_A)]["best_source"] == "True"
    pairs = [
        json.loads(line) for line in (out / "pairs.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert any(p["copy"] == SEED_A and p["source"] == SEED_B for p in pairs)
    assert (out / "graph.graphml").read_text(encoding="utf-8").count("<edge ") == len(edges)
    _check_records(out, db, DEFAULT_CONFIG.fingerprint())
    # A verdict threshold does not change what the index stores: the index is not stale,
    # and the files say which configuration found them.
    (tmp_path / "verdict.toml").write_text("[verdict]\ncommon_df = 11\n", encoding="utf-8")
    rescan = _run(
        "scan", "--db", str(db), "-o", str(out), "--config", str(tmp_path / "verdict.toml")
    )
    assert rescan.returncode == 0, rescan.stderr
    _check_records(
        out,
        db,
        replace(
            DEFAULT_CONFIG, verdict=replace(DEFAULT_CONFIG.verdict, common_df=11)
        ).fingerprint(),
    )
    # The n-grams hashed do: the index refuses, in one line saying what differs.
    (tmp_path / "ngrams.toml").write_text("[candidates]\nshingle_words = 6\n", encoding="utf-8")
    stale = _run(
        "trace", str(SEED_A_PATH), "--db", str(db), "--config", str(tmp_path / "ngrams.toml")
    )
    message = stale.stderr.decode()
    assert stale.returncode == 3 and message.count("\n") == 1, message
    assert "candidates.shingle_words 5 (now 6)" in message and "index again" in message


def _check_records(out: Path, db: Path, fingerprint: str) -> None:
    """Every record a scan wrote validates as a ReusePair (pairs.jsonl, the index) and
    carries the schema version and the fingerprint of the scan's configuration."""
    lines = (out / "pairs.jsonl").read_text(encoding="utf-8").splitlines()
    pairs = [ReusePair.from_dict(json.loads(line)) for line in lines]
    with sqlite3.connect(db) as connection:
        stored = [
            ReusePair.from_dict(json.loads(r))
            for (r,) in connection.execute("SELECT record FROM pairs")
        ]
    assert pairs and sorted(stored, key=lambda p: (p.a, p.b)) == sorted(
        pairs, key=lambda p: (p.a, p.b)
    )
    assert {(p.schema_version, p.config_fingerprint) for p in pairs} == {
        (SCHEMA_VERSION, fingerprint)
    }
    with (out / "graph.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {(r["schema_version"], r["config_fingerprint"]) for r in rows} == {
        (str(SCHEMA_VERSION), fingerprint)
    }
    graphml = (out / "graph.graphml").read_text(encoding="utf-8")
    assert f'<data key="config_fingerprint">{fingerprint}</data>' in graphml


def test_trace_on_a_missing_index_is_a_clear_error(tmp_path: Path) -> None:
    result = _run("trace", str(SEED_A_PATH), "--db", str(tmp_path / "none.db"))
    assert result.returncode == 3
    assert b"no index here" in result.stderr and b"Traceback" not in result.stderr


def _synthetic_corpus(path: Path, count: int) -> None:
    words = (DATA / "recipe.txt").read_text(encoding="utf-8").split() + SEED_B_PATH.read_text(
        encoding="utf-8"
    ).split()
    rng = random.Random(7)
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            text = " ".join(rng.choice(words) for _ in range(120)) + "."
            handle.write(json.dumps({"id": f"doc{number}", "text": text}) + "\n")


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(db) as connection:
            return int(connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def _content(db: Path) -> tuple[list[str], int]:
    with sqlite3.connect(db) as connection:
        ids = [row[0] for row in connection.execute("SELECT id FROM articles ORDER BY id")]
        postings = connection.execute("SELECT COUNT(*) FROM postings").fetchone()[0]
    return ids, int(postings)


def test_a_killed_index_resumes_to_the_same_content(tmp_path: Path) -> None:
    corpus = tmp_path / "big.jsonl"
    _synthetic_corpus(corpus, 1500)  # about 2 s of indexing: time to kill it mid-way
    killed, clean = tmp_path / "killed.db", tmp_path / "clean.db"
    command = [
        sys.executable,
        "-m",
        "newstrace",
        "index",
        str(corpus),
        "--db",
        str(killed),
        "--batch",
        "10",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _count(killed) < 30 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    partial = _count(killed)
    assert 0 < partial < 1500, "the index was not interrupted mid-way"
    assert _run("index", str(corpus), "--db", str(killed)).returncode == 0
    assert _run("index", str(corpus), "--db", str(clean)).returncode == 0
    assert _content(killed) == _content(clean)
    assert _count(killed) == 1500


QUOTE = '"we will not accept any cuts this year"'  # 8 words: one kept 5-gram at least
ONE_PASSAGE = {
    "names": "Senator Mary Okafor met Governor Tom Lindqvist in Dayton on Monday. "
    f"Okafor said {QUOTE}, and Lindqvist nodded.",
    "same names": "In Dayton, Governor Tom Lindqvist hosted Senator Mary Okafor for an hour. "
    f"Lindqvist later told reporters {QUOTE}, according to aides.",
    "no names": "the garden opens early and the bakery closes late on the quiet street. "
    f"a neighbour wrote {QUOTE} on a card in the window.",
}


def test_one_shared_passage_is_a_scan_candidate_between_articles_naming_the_same_people(
    tmp_path: Path,
) -> None:
    from newstrace.candidates.features import shingle_hashes
    from newstrace.pipeline import prepare

    config = DEFAULT_CONFIG.candidates
    kept = {
        key: set(shingle_hashes(prepare(Article(text)), config))
        for key, text in ONE_PASSAGE.items()
    }
    # The precondition: each pair shares exactly one kept n-gram (the quotation's).
    assert len(kept["names"] & kept["same names"]) == 1
    assert len(kept["names"] & kept["no names"]) == 1
    assert len(kept["same names"] & kept["no names"]) == 1
    corpus = tmp_path / "corpus.jsonl"
    records = [{"id": key, "text": text} for key, text in ONE_PASSAGE.items()]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    with Store(tmp_path / "news.db", config=config) as store:
        index_corpus(store, [corpus])
        pairs = {frozenset((a, b)) for a, b, _ in store.candidate_pairs(config=config)}
    assert pairs == {frozenset(("names", "same names"))}


# Reports of five different events, written for the tests (long enough that the wording
# they share is a small part of each), and wording shared between them.
EVENTS = [
    "The city council voted to close the old river bridge to lorries after engineers found cracks in two of its piers. "
    "Drivers of heavy vehicles will have to take the ring road, adding about twenty minutes to the journey into the centre. "
    "Repairs are not expected to begin before the spring, when the river is lower and divers can inspect the foundations. "
    "Shopkeepers on the far bank fear that deliveries will be late and that customers will stay away while the work goes on.",
    "The education board approved a plan to extend the school day by half an hour at the primary schools in the valley. "
    "Parents had asked for more time for reading and music, which were cut when the budget was reduced two years ago. "
    "Teachers' unions said they would study the plan before deciding whether to support it at their conference. "
    "The longer day would begin after the summer holidays and cost about as much as two new teachers a year.",
    "A fire destroyed a barn on a farm north of the village overnight, and crews worked until dawn to stop it spreading. "
    "The farmer and his daughter led forty cows out of the sheds next door before the roof of the barn fell in. "
    "Investigators will look at the wiring of an old pump, which neighbours said had been sparking for weeks. "
    "Hay for the winter was lost with the barn, and other farms have offered to share what they can spare.",
    "The swimming pool on the common will reopen in May after a year of repairs to its roof and its changing rooms. "
    "A new filter will keep the water clear with less chlorine, which regular swimmers had complained about for years. "
    "Prices will stay the same for children, but adults will pay fifty pence more for an early morning swim. "
    "Lifeguards are being trained this spring, and the club that uses the pool on Tuesdays is looking for new members.",
    "Bus fares will rise by ten pence in the autumn, the operator said, blaming the price of fuel and a shortage of drivers. "
    "Two evening routes to the hospital will run less often, and the last bus from the station will leave half an hour earlier. "
    "Passenger groups asked the county to step in, arguing that nurses on late shifts depend on those services to get home. "
    "The operator said it would recruit drivers at a fair in the market hall and pay for their training.",
]
# A background clause an outlet repeats (in none of the stock lists) ...
CLAUSE = (
    "The paper has followed the long argument over the reservoir and its pumping station "
    "since the first plans were drawn up by the engineers."
)
# ... and a paragraph another outlet reuses once.
PARAGRAPH = (
    "Residents who want to comment on the proposals can write to the planning office before "
    "the end of the month or speak at the meeting in the library."
)

# Three articles of one outlet repeating the clause, two of another sharing the paragraph.
OUTLET_RECORDS = [
    {"id": f"herald-{k}", "outlet": "Valley Herald", "text": f"{EVENTS[k]} {CLAUSE}"}
    for k in range(3)
] + [
    {"id": f"gazette-{k}", "outlet": "River Gazette", "text": f"{EVENTS[k]} {PARAGRAPH}"}
    for k in (3, 4)
]

# The Gazette's paragraph, lifted into three of the Herald's articles.
LIFTED_RECORDS = [
    {"id": "gazette", "outlet": "River Gazette", "text": f"{EVENTS[3]} {PARAGRAPH}"}
] + [
    {"id": f"herald-{k}", "outlet": "Valley Herald", "text": f"{EVENTS[k]} {PARAGRAPH}"}
    for k in range(3)
]
LIFTED_PAIRS = {frozenset(("gazette", f"herald-{k}")) for k in range(3)}


def _scan(
    tmp_path: Path, records: list[dict[str, str]], config: Config
) -> dict[frozenset[str], Comparison]:
    tmp_path.mkdir(exist_ok=True)
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    with Store(tmp_path / "news.db", config=config.candidates) as store:
        index_corpus(store, [corpus], config=config)
        return {frozenset((c.a.id, c.b.id)): c for c in scan(store, config=config)}


def test_scan_discounts_wording_found_in_many_indexed_articles(tmp_path: Path) -> None:
    records = [
        {"id": f"event-{k}", "outlet": f"outlet {k}", "text": f"{text} {PARAGRAPH}"}
        for k, text in enumerate(EVENTS[:4])
    ]
    # Four articles share the paragraph: at common_df 4 it is common wording of the index.
    found = _scan(tmp_path / "a", records, DEFAULT_CONFIG)
    assert len(found) == 6 and {c.verdict.relation for c in found.values()} == {"shared_source"}
    verdict = replace(DEFAULT_CONFIG.verdict, common_df=4)
    assert _scan(tmp_path / "b", records, replace(DEFAULT_CONFIG, verdict=verdict)) == {}


def test_an_outlets_boilerplate_is_discounted_and_its_reuse_of_its_own_text_reported(
    tmp_path: Path,
) -> None:
    found = _scan(tmp_path, OUTLET_RECORDS, DEFAULT_CONFIG)
    # The clause is in three of the Herald's articles: its boilerplate, not a shared text.
    assert list(found) == [frozenset(("gazette-3", "gazette-4"))]
    reuse = found[frozenset(("gazette-3", "gazette-4"))]
    assert reuse.verdict.relation == "shared_source"
    assert any(r.startswith("self_reuse: ") for r in reuse.verdict.reasons)


def test_an_outlets_boilerplate_is_discounted_only_between_its_own_articles(
    tmp_path: Path,
) -> None:
    found = _scan(tmp_path, LIFTED_RECORDS, DEFAULT_CONFIG)
    # In three of the Herald's articles: its boilerplate among them, not with the Gazette.
    assert set(found) == LIFTED_PAIRS
    assert {c.verdict.relation for c in found.values()} == {"shared_source"}


def test_the_store_counts_an_ngram_in_the_index_and_in_one_outlets_articles(tmp_path: Path) -> None:
    from newstrace.candidates.features import shingle_hashes
    from newstrace.pipeline import prepare

    records = [
        {"id": "a", "outlet": "Herald", "text": f"{EVENTS[0]} {CLAUSE}"},
        {"id": "b", "outlet": "herald ", "text": f"{EVENTS[1]} {CLAUSE}"},
        {"id": "c", "outlet": "Gazette", "text": f"{EVENTS[2]} {CLAUSE}"},
    ]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    config = DEFAULT_CONFIG.candidates
    clause = set(shingle_hashes(prepare(Article(CLAUSE)), config))
    with Store(tmp_path / "news.db", config=config) as store:
        index_corpus(store, [corpus])
        hashes = shingle_hashes(prepare(Article(records[0]["text"])), config)
        in_three = store.common_shingles(hashes, outlet="Herald", min_df=3, min_outlet_df=9)
        in_two_of_herald = store.common_shingles(hashes, outlet="HERALD", min_df=9, min_outlet_df=2)
        gazette = store.common_shingles(hashes, outlet="Gazette", min_df=9, min_outlet_df=2)
        nobody = store.common_shingles(hashes, outlet=None, min_df=4, min_outlet_df=1)
    assert in_three and in_three <= set(hashes)
    assert in_three == in_two_of_herald
    assert len(in_three & clause) >= len(in_three) - 2  # the clause's (and its edges')
    assert gazette == nobody == frozenset()


def _paragraph_corpus(path: Path, count: int) -> None:
    """``count`` articles each made of a few paragraphs of the seed pair and BASIL sample:
    many candidate pairs with reuse."""
    texts = [SEED_A_PATH.read_text(encoding="utf-8"), SEED_B_PATH.read_text(encoding="utf-8")]
    for line in (DATA / "basil_event_sample.jsonl").read_text(encoding="utf-8").splitlines():
        texts.append(json.loads(line)["text"])
    paragraphs = [p for text in texts for p in text.split("\n\n") if len(p.split()) > 12]
    rng = random.Random(11)
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            chosen = rng.sample(paragraphs, 4)
            record = {"id": f"story{number}", "text": "\n\n".join(chosen)}
            handle.write(json.dumps(record) + "\n")


def _scan_done(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as connection:
            row = connection.execute("SELECT done FROM scan_progress").fetchone()
        return int(row[0]) if row else 0
    except sqlite3.Error:
        return 0


def test_a_killed_scan_resumes_to_the_same_files(tmp_path: Path) -> None:
    corpus = tmp_path / "stories.jsonl"
    _paragraph_corpus(corpus, 24)
    killed, clean = tmp_path / "killed.db", tmp_path / "clean.db"
    for db in (killed, clean):
        assert _run("index", str(corpus), "--db", str(db)).returncode == 0
    command = [sys.executable, "-m", "newstrace", "scan", "--db", str(killed), "--jobs", "1"]
    process = subprocess.Popen(
        [*command, "-o", str(tmp_path / "killed")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 300
    while _scan_done(killed) == 0 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    with sqlite3.connect(killed) as connection:
        done, candidates = connection.execute(
            "SELECT done, candidates FROM scan_progress"
        ).fetchone()
    assert 0 < done < candidates, "the scan was not interrupted mid-way"
    resumed = _run(
        "scan", "--db", str(killed), "--jobs", "1", "--resume", "-o", str(tmp_path / "killed")
    )
    assert resumed.returncode == 0, resumed.stderr
    assert f"resumed after {done}".encode() in resumed.stderr
    result = _run("scan", "--db", str(clean), "--jobs", "1", "-o", str(tmp_path / "clean"))
    assert result.returncode == 0, result.stderr
    for name in ("pairs.jsonl", "clusters.jsonl", "graph.csv", "graph.graphml"):
        assert (tmp_path / "killed" / name).read_bytes() == (tmp_path / "clean" / name).read_bytes()
    assert (tmp_path / "clean" / "pairs.jsonl").read_text(encoding="utf-8").count("\n") > 10
    # The index's pairs are those of the complete scan; a scan without --resume starts afresh.
    with sqlite3.connect(killed) as a, sqlite3.connect(clean) as b:
        query = "SELECT record FROM pairs ORDER BY rowid"
        assert a.execute(query).fetchall() == b.execute(query).fetchall()
    again = _run("scan", "--db", str(killed), "--jobs", "1", "-o", str(tmp_path / "again"))
    assert again.returncode == 0 and b"resumed" not in again.stderr
    assert (tmp_path / "again" / "pairs.jsonl").read_bytes() == (
        tmp_path / "clean" / "pairs.jsonl"
    ).read_bytes()
