"""What ``newstrace scan`` does once its options are parsed: the engine's options checked,
then the local scan of an index or the Spark scan of files (imported lazily)."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from newstrace.config import DEFAULT_CONFIG, Config
from newstrace.errors import ConfigError

_stderr = Console(stderr=True)


def run_scan_command(
    engine: str,
    db: Path | None,
    inputs: list[str],
    output: str,
    master: str,
    jobs: int = 1,
    *,
    config: Config = DEFAULT_CONFIG,
    resume: bool = False,
) -> None:
    if engine == "spark":
        if resume:
            raise ConfigError("--resume is for the local engine (a scan of an index, --db)")
        if db is not None:
            raise ConfigError(
                "--db is for the local engine; give --engine spark the files: --input"
            )
        if not inputs:
            raise ConfigError(
                "--engine spark needs the articles: --input FILE, FOLDER or URI (repeatable)"
            )
        run_spark_scan(inputs, output, master, config)
        return
    if inputs:
        raise ConfigError(
            "--input is for --engine spark; the local engine scans an index: "
            "newstrace index FILES --db DB, then newstrace scan --db DB"
        )
    if db is None:
        raise ConfigError("scan needs --db INDEX (or --engine spark --input FILES)")
    from newstrace.cli.corpus import run_scan

    run_scan(db, Path(output), jobs, config, resume=resume)


def run_spark_scan(
    inputs: list[str], output: str, master: str, config: Config = DEFAULT_CONFIG
) -> None:
    from newstrace.engines import spark as engine

    engine.require_pyspark()
    session = engine.session(master)
    session.sparkContext.setLogLevel("ERROR")
    try:
        lines = engine.SparkEngine(session, inputs, config).scan(output)
    finally:
        session.stop()
    for line in lines:
        _stderr.print(line, markup=False, highlight=False)
