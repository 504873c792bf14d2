"""Progress of index and scan: a bar on a terminal, timed lines in a log (no terminal)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from rich.console import Console

from newstrace.cli.progress import LogTask, Reporter, stage


def test_progress_bars_render_on_a_terminal_with_and_without_a_total() -> None:
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=120)
    with Reporter(console) as progress:
        unknown = progress.task("indexing articles")
        known = progress.task("aligning pairs", total=4)
        for _ in range(4):
            unknown(25)
            known(1)
    text = screen.getvalue()
    assert "indexing articles" in text and "aligning pairs" in text
    assert "4/4" in text and "100" in text


def test_in_a_log_a_line_is_printed_every_interval_with_count_rate_and_eta() -> None:
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=False, width=200)
    now = [0.0]
    task = LogTask("aligning candidate pairs", 1000, console, interval=15, clock=lambda: now[0])
    for _ in range(100):  # 10 items a second for 100 s
        now[0] += 1
        task.advance(10)
    lines = screen.getvalue().splitlines()
    assert len(lines) == 6  # at 15, 30, ..., 90 s: never more often than the interval
    assert lines[0] == "aligning candidate pairs: 150/1,000 (10.0/s, 0:00:15 elapsed, ETA 0:01:25)"
    task.finish()
    last = screen.getvalue().splitlines()[-1]
    assert last.startswith("aligning candidate pairs done: 1,000/1,000 (10.0/s, 0:01:40")


def test_without_a_terminal_the_reporter_logs_start_and_end_of_each_task() -> None:
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=False, width=200)
    with Reporter(console) as progress:
        step = progress.task("indexing articles")
        step(7)
    with stage(console, "finding candidate pairs"):
        pass
    lines = screen.getvalue().splitlines()
    assert lines[0] == "indexing articles: started"
    assert lines[1].startswith("indexing articles done: 7 (")
    assert lines[2:] == [
        "finding candidate pairs: started",
        "finding candidate pairs: done in 0:00:00",
    ]


def test_index_and_scan_run_from_a_script_say_what_they_do(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        "".join(
            f'{{"id": "n{i}", "text": "Story number {i} about the harbour ferry that sank '
            f'on Monday near the pier, officials said."}}\n'
            for i in range(3)
        )
    )
    env = {**os.environ, "NO_COLOR": "1"}
    command = [sys.executable, "-m", "newstrace"]
    db = str(tmp_path / "news.db")
    index = subprocess.run(
        [*command, "index", str(corpus), "--db", db], capture_output=True, text=True, env=env
    )
    assert index.returncode == 0, index.stderr
    assert "indexing articles: started" in index.stderr
    assert "indexing articles done: 3 (" in index.stderr
    scan = subprocess.run(
        [*command, "scan", "--db", db, "--output", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        env=env,
    )
    assert scan.returncode == 0, scan.stderr
    assert "finding candidate pairs (shared wording, near sentences): started" in scan.stderr
    assert "aligning candidate pairs done: " in scan.stderr
