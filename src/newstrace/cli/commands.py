"""What each command does once its options are parsed (imported lazily by the CLI)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

from rich.console import Console

from newstrace.config import DEFAULT_CONFIG, Config
from newstrace.errors import InputError
from newstrace.ingest import read_article
from newstrace.pipeline import compare
from newstrace.report.as_html import to_html
from newstrace.report.as_json import to_json
from newstrace.report.as_terminal import render


def run_compare(
    derived: str,
    original: str,
    *,
    output_format: str,
    output: Path | None,
    threshold: float | None,
    min_length: int | None,
    input_format: str,
    max_bytes: int,
    lexicon: Path | None = None,
    config: Config = DEFAULT_CONFIG,
) -> None:
    config = with_matching(config, threshold, min_length)
    if lexicon is not None:
        config = config.with_lexicon(read_lexicon(lexicon))
    a = read_article(derived, input_format=input_format, max_bytes=max_bytes)
    b = read_article(original, input_format=input_format, max_bytes=max_bytes)
    comparison = compare(a, b, config=config)
    if output_format == "json":
        write_output(to_json(comparison) + "\n", output)
    elif output_format == "html":
        write_output(to_html(comparison, a, b), output)
    elif output is None:
        render(comparison, Console())
    else:
        console = Console(record=True, width=120, file=io.StringIO())
        render(comparison, console)
        write_output(console.export_text(), output)


def with_matching(config: Config, threshold: float | None, min_length: int | None) -> Config:
    """``config`` with the options --threshold and --min-length, when given; the weak-link
    threshold keeps its distance below the threshold (see AlignConfig)."""
    options: dict[str, float | int] = {}
    if threshold is not None:
        offset = config.align.paraphrase_threshold - config.align.weak_threshold
        options.update(paraphrase_threshold=threshold, weak_threshold=max(0.0, threshold - offset))
    if min_length is not None:
        options["min_words"] = min_length
    return config.with_options(**options) if options else config


def read_lexicon(path: Path) -> frozenset[str]:
    """Words and phrases of a lexicon file: one a line, blank lines and # comments skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or "not UTF-8 text"
        raise InputError(f"cannot read the lexicon: {reason}", path=str(path)) from error
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def write_output(text: str, output: Path | None) -> None:
    """Write ``text`` to ``output``, or to stdout when it is None."""
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise InputError(f"cannot write the output: {error.strerror}", path=str(output)) from error
