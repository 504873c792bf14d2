"""A real ``newstrace serve`` (two uvicorn workers, in a subprocess) on a free loopback port,
over a small index of real texts with a scan done: the seed pair (dated, with outlets, so
the copy credits its source), a BASIL event (three independent reports), a planted
uncredited copy of one of them, and two unrelated texts."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from newstrace.cli.corpus import run_scan
from newstrace.config import DEFAULT_CONFIG
from newstrace.engines.local import index_corpus
from newstrace.store import Store
from tests.conftest import DATA, SEED_A_PATH, SEED_B_PATH

MAX_TEXT_CHARS = 50_000
MAX_BODY_BYTES = 1_000_000
COPY, SOURCE = "aggregator-kerry", "nyt-kerry"  # the seed pair: A was written from B
PLANTED = "planted-copy"


@dataclass(frozen=True)
class Server:
    url: str
    db: Path
    log: Path


def _basil() -> list[dict[str, str]]:
    lines = (DATA / "basil_event_sample.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


FOX, HPO, NYT = _basil()  # one event; PLANTED copies the HuffPost report's first paragraphs


def corpus_records() -> list[dict[str, str]]:
    seeds = [
        {
            "id": SOURCE,
            "outlet": "The New York Times",
            "date": "2015-09-18",
            "title": "Kerry says U.S. and Russia will hold military talks on Syria",
            "text": SEED_B_PATH.read_text(encoding="utf-8"),
        },
        {
            "id": COPY,
            "outlet": "Daily Aggregator",
            "date": "2015-09-19",
            "title": "U.S., Russia to talk Syria",
            "text": SEED_A_PATH.read_text(encoding="utf-8"),
        },
    ]
    planted = {
        "id": PLANTED,
        "outlet": "aggregator",
        "date": "2016-09-02",
        "text": "A blog post opened with its own words about the visit.\n\n"
        + "\n\n".join(HPO["text"].split("\n\n")[:6]),
    }
    unrelated = [
        {"id": name, "text": (DATA / f"{name}.txt").read_text(encoding="utf-8")}
        for name in ("recipe", "match_report")
    ]
    return [*seeds, *_basil(), planted, *unrelated]


def build_index(root: Path) -> Path:
    corpus = root / "corpus.jsonl"
    corpus.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in corpus_records()),
        encoding="utf-8",
    )
    db = root / "news.db"
    with Store(db, config=DEFAULT_CONFIG.candidates) as store:
        report = index_corpus(store, [corpus])
    assert report.added == 8 and not report.bad_records
    run_scan(db, root / "reuse", 1)  # the CLI's scan: writes the files and the pairs table
    return db


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for_the_file(db: Path, process: subprocess.Popen[bytes], log: Path) -> None:
    """``serve`` creates a missing index before its workers start."""
    deadline = time.monotonic() + 60
    while not db.exists() or b"serving" not in log.read_bytes():
        if process.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"the server did not create the index:\n{log.read_text()}")
        time.sleep(0.1)


def _wait_until_ready(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the server exited ({process.returncode}):\n{log.read_text()}")
        try:
            if httpx.get(url + "/status", timeout=5).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    pytest.fail(f"the server did not answer in time:\n{log.read_text()}")


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The server starts on an empty index, filled while its workers load the model: the
    service reads the index at each request, as it would while an indexer runs."""
    root = tmp_path_factory.mktemp("serve")
    db = root / "news.db"
    port = free_port()
    log = root / "server.log"
    command = [
        *(sys.executable, "-m", "newstrace", "serve", "--db", str(db)),
        *("--port", str(port), "--workers", "2"),
        *("--max-text-chars", str(MAX_TEXT_CHARS), "--max-body-bytes", str(MAX_BODY_BYTES)),
    ]
    with log.open("wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for_the_file(db, process, log)
        build_index(root)
        _wait_until_ready(url, process, log)
        yield Server(url, db, log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def client(server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=120) as session:
        yield session
