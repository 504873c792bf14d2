"""The ingest stage: read one article from a text, HTML or JSON file, or standard input.

:func:`read_article` turns any input into an :class:`~newstrace.model.Article` or raises an
:class:`~newstrace.errors.InputError` (or :class:`~newstrace.errors.ConfigError` for a bad
option) whose one-line message names the file and says what to do next.
"""

from __future__ import annotations

import os

from newstrace.errors import InputError
from newstrace.ingest.corpus import iter_corpus, list_sources
from newstrace.ingest.jsonl import iter_records, read_json_article
from newstrace.ingest.plaintext import read_text_article
from newstrace.ingest.records import CorpusRecord, SkippedRecord
from newstrace.ingest.sniff import INPUT_FORMATS, check_format, sniff_format
from newstrace.ingest.source import (
    DEFAULT_MAX_BYTES,
    Source,
    check_max_bytes,
    read_source,
)
from newstrace.ingest.webpage import read_html_article
from newstrace.model import Article

__all__ = [
    "DEFAULT_MAX_BYTES",
    "INPUT_FORMATS",
    "CorpusRecord",
    "SkippedRecord",
    "iter_corpus",
    "iter_records",
    "list_sources",
    "read_article",
]


def read_article(
    source: str | os.PathLike[str],
    *,
    input_format: str = "auto",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Read one article from ``source``: a path, ``FILE.jsonl#ID``, or ``"-"`` for stdin.

    ``input_format`` is ``"auto"`` (guess from the file name and content), ``"text"``,
    ``"html"`` or ``"json"``.  Inputs over ``max_bytes`` bytes raise
    :class:`~newstrace.errors.TooLargeError`; see :data:`DEFAULT_MAX_BYTES`.
    """
    check_format(input_format)
    check_max_bytes(max_bytes)
    read = read_source(source, max_bytes)
    chosen = sniff_format(read.data, read.path) if input_format == "auto" else input_format
    if read.selector is not None:
        chosen = _selector_format(read, input_format, chosen)
    if chosen == "json":
        return read_json_article(
            read.data,
            path=read.name,
            selector=read.selector,
            article_id=read.article_id,
        )
    if chosen == "html":
        return read_html_article(read.data, path=read.name, article_id=read.article_id)
    return read_text_article(read.data, path=read.name, article_id=read.article_id)


def _selector_format(read: Source, input_format: str, chosen: str) -> str:
    """A ``FILE#ID`` selector picks a JSON record, so it implies (and needs) JSON."""
    if input_format == "auto" or chosen == "json":
        return "json"
    raise InputError(
        f"'#{read.selector}' selects a record of a JSON Lines file, but --input-format is "
        f"{input_format}; drop the '#{read.selector}' or use --input-format json",
        path=read.name,
    )
