"""The ``newstrace`` command line: a thin shell over the library (typer + rich).

Exit codes: 0 ok, 1 unexpected failure, 2 usage or input error, 3 index (store) error.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import Enum
from importlib import metadata
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from newstrace.config import DEFAULT_CONFIG, Config, load_config
from newstrace.errors import NewstraceError
from newstrace.ingest.source import DEFAULT_MAX_BYTES

app = typer.Typer(
    name="newstrace",
    help="Where did this news text come from? Find reused passages and who copied whom.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
_stderr = Console(stderr=True)


# --config FILE.toml: every command that takes a configuration.
ConfigFile = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help="TOML file of settings over the defaults, e.g. [verdict] min_order = 0.7 "
        "(docs/config.md).",
        show_default=False,
    ),
]


def _config(path: Path | None) -> Config:
    return DEFAULT_CONFIG if path is None else load_config(path)


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    html = "html"


class InputFormat(str, Enum):
    auto = "auto"
    text = "text"
    html = "html"
    json = "json"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newstrace {metadata.version('newstrace')} (Python {sys.version.split()[0]})")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """Where did this news text come from?"""


@app.command()
def compare(
    derived: Annotated[
        str,
        typer.Argument(
            help="Article A: a file, FILE.jsonl#ID, or - for stdin.", show_default=False
        ),
    ],
    original: Annotated[
        str, typer.Argument(help="Article B, the same kinds of input.", show_default=False)
    ],
    output_format: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            "-f",
            help="text (terminal view), json (docs/json.md) or html (self-contained report).",
            rich_help_panel="Output",
        ),
    ] = OutputFormat.text,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Write to this file instead of stdout.", rich_help_panel="Output"
        ),
    ] = None,
    threshold: Annotated[
        float | None,
        typer.Option(
            help="Paraphrase score (0-1) that links two sentences; higher: fewer, surer links "
            f"[default: align.paraphrase_threshold, {DEFAULT_CONFIG.align.paraphrase_threshold}].",
            rich_help_panel="Matching",
            show_default=False,
        ),
    ] = None,
    min_length: Annotated[
        int | None,
        typer.Option(
            help="Shortest verbatim passage reported, in words "
            f"[default: align.min_words, {DEFAULT_CONFIG.align.min_words}].",
            rich_help_panel="Matching",
            show_default=False,
        ),
    ] = None,
    lexicon: Annotated[
        Path | None,
        typer.Option(
            help="File of extra loaded words to flag, one word or phrase a line (# comments); "
            "added to the built-in list and VADER's strongly rated adjectives.",
            rich_help_panel="Matching",
        ),
    ] = None,
    input_format: Annotated[
        InputFormat, typer.Option(help="How to read the inputs.", rich_help_panel="Input")
    ] = InputFormat.auto,
    max_bytes: Annotated[
        int, typer.Option(help="Largest input accepted, in bytes.", rich_help_panel="Input")
    ] = DEFAULT_MAX_BYTES,
    config: ConfigFile = None,
    debug: Annotated[bool, typer.Option(help="Show tracebacks.")] = False,
) -> None:
    """Compare article A with article B: what was reused, and which way it went."""
    from newstrace.cli.commands import run_compare

    _guard(
        debug,
        lambda: run_compare(
            derived,
            original,
            output_format=output_format.value,
            output=output,
            threshold=threshold,
            min_length=min_length,
            input_format=input_format.value,
            max_bytes=max_bytes,
            lexicon=lexicon,
            config=_config(config),
        ),
    )


@app.command()
def index(
    corpus: Annotated[
        list[str],
        typer.Argument(
            help="Files and folders: text, HTML, JSON/JSONL (.gz), WARC.", show_default=False
        ),
    ],
    db: Annotated[Path, typer.Option(help="The index file (created if missing).")],
    batch: Annotated[int, typer.Option(help="Articles committed per transaction.", min=1)] = 200,
    jobs: Annotated[
        int | None,
        typer.Option(
            help="Processes that read and featurise articles [default: all cores].", min=1
        ),
    ] = None,
    config: ConfigFile = None,
    debug: Annotated[bool, typer.Option(help="Show tracebacks.")] = False,
) -> None:
    """Add articles to an index, incrementally: known articles and unchanged files are skipped."""
    from newstrace.cli.corpus import run_index

    _guard(debug, lambda: run_index(corpus, db, batch, _jobs(jobs), _config(config)))


@app.command()
def trace(
    article: Annotated[str, typer.Argument(help="The article: a file, FILE.jsonl#ID or -.")],
    db: Annotated[Path, typer.Option(help="The index to search.")],
    output_format: Annotated[
        OutputFormat,
        typer.Option("--format", "-f", help="text, json, or html (the best source side by side)."),
    ] = OutputFormat.text,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Output file.")] = None,
    config: ConfigFile = None,
    debug: Annotated[bool, typer.Option(help="Show tracebacks.")] = False,
) -> None:
    """The likely sources of one article in an index, ranked, with the evidence."""
    from newstrace.cli.corpus import run_trace

    _guard(debug, lambda: run_trace(article, db, output_format.value, output, _config(config)))


class Engine(str, Enum):
    local = "local"
    spark = "spark"


@app.command()
def scan(
    db: Annotated[
        Path | None, typer.Option(help="The index to scan (local engine).", rich_help_panel="Input")
    ] = None,
    inputs: Annotated[
        list[str] | None,
        typer.Option(
            "--input",
            "-i",
            help="Spark engine: a file, folder, URI (hdfs://, s3a://; globs) or .parquet table "
            "of articles; repeat for more.",
            rich_help_panel="Input",
        ),
    ] = None,
    output: Annotated[
        str,
        typer.Option(
            "--output",
            "-o",
            help="Folder (spark: or URI) for pairs.jsonl, graph.csv/.graphml, clusters.jsonl.",
            rich_help_panel="Output",
        ),
    ] = "reuse",
    engine: Annotated[
        Engine,
        typer.Option(
            help="local: scan an index; spark: scan the --input files on Apache Spark "
            "(needs the spark extra).",
            rich_help_panel="Engine",
        ),
    ] = Engine.local,
    master: Annotated[
        str,
        typer.Option(
            help="Spark master URL: local[*], yarn, spark://HOST:7077, k8s://...",
            rich_help_panel="Engine",
        ),
    ] = "local[*]",
    jobs: Annotated[
        int | None,
        typer.Option(
            help="Local engine: processes that encode and align [default: all cores].",
            min=1,
            rich_help_panel="Engine",
        ),
    ] = None,
    resume: Annotated[
        bool,
        typer.Option(
            help="Local engine: continue a stopped scan of the same index and configuration "
            "after the pairs it saved (without it, a scan starts afresh).",
            rich_help_panel="Engine",
        ),
    ] = False,
    config: ConfigFile = None,
    debug: Annotated[bool, typer.Option(help="Show tracebacks.")] = False,
) -> None:
    """Every reuse pair in an index (or in files, on Spark), and the provenance graph."""
    from newstrace.cli.spark import run_scan_command

    _guard(
        debug,
        lambda: run_scan_command(
            engine.value,
            db,
            inputs or [],
            output,
            master,
            _jobs(jobs),
            config=_config(config),
            resume=resume,
        ),
    )


def _jobs(jobs: int | None) -> int:
    """``--jobs``, all the cores this process may use when not given."""
    if jobs is not None:
        return jobs
    from newstrace.engines.local_workers import default_jobs

    return default_jobs()


@app.command()
def serve(
    db: Annotated[Path, typer.Option(help="The index to serve (created if missing).")],
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    workers: Annotated[
        int, typer.Option(help="Processes that compare and trace (one per core).", min=1)
    ] = 1,
    max_body_bytes: Annotated[
        int | None,
        typer.Option(
            help="Largest request body; 413 beyond it "
            f"[default: serve.max_body_bytes, {DEFAULT_CONFIG.serve.max_body_bytes}].",
            min=1,
            show_default=False,
        ),
    ] = None,
    max_text_chars: Annotated[
        int | None,
        typer.Option(
            help="Longest article text; 413 beyond it "
            f"[default: serve.max_text_chars, {DEFAULT_CONFIG.serve.max_text_chars}].",
            min=1,
            show_default=False,
        ),
    ] = None,
    config: ConfigFile = None,
    debug: Annotated[bool, typer.Option(help="Show tracebacks.")] = False,
) -> None:
    """The REST API and web page over an index (needs the serve extra)."""
    from newstrace.cli.serve import run_serve

    _guard(
        debug,
        lambda: run_serve(
            db,
            host=host,
            port=port,
            workers=workers,
            max_body_bytes=max_body_bytes,
            max_text_chars=max_text_chars,
            config=_config(config),
        ),
    )


def _guard(debug: bool, action: Callable[[], None]) -> None:
    """Run ``action``; a NewstraceError becomes one line on stderr and its exit code."""
    try:
        action()
    except NewstraceError as error:
        if debug:
            raise
        _stderr.print(f"newstrace: error: {error}", markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(error.exit_code) from None
    except OSError as error:
        # A file the library does not check for the user (an output folder, a full disk
        # while writing results): still one line, with exit code 1, not a traceback.
        if debug:
            raise
        where = f"{error.filename}: " if error.filename else ""
        message = f"newstrace: error: {where}{error.strerror or error}"
        _stderr.print(message, markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        _stderr.print("newstrace: interrupted")
        raise typer.Exit(130) from None


def main() -> None:
    """Entry point of the ``newstrace`` command."""
    app()
