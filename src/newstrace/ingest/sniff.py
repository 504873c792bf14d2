"""Guessing the format of an input from its file name and first bytes."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from newstrace.errors import ConfigError
from newstrace.ingest.plaintext import UTF16_BOMS

INPUT_FORMATS = ("auto", "text", "html", "json")

_TEXT_SUFFIXES = frozenset({".txt", ".text"})
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_JSON_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson"})
_HTML_START = ("<!doctype html", "<html")
_HTML_TAG = re.compile(r"<(?:body|p)[\s>]", re.IGNORECASE)
_HEAD_BYTES = 65_536


def check_format(input_format: str) -> None:
    """Raise :class:`ConfigError` unless ``input_format`` is one of :data:`INPUT_FORMATS`."""
    if input_format not in INPUT_FORMATS:
        raise ConfigError(
            f"unknown input format {input_format!r}; use one of {', '.join(INPUT_FORMATS)}"
        )


def sniff_format(data: bytes, path: Path | None = None) -> str:
    """Return ``"text"``, ``"html"`` or ``"json"`` for an input read from ``path``."""
    suffix = path.suffix.lower() if path is not None else ""
    # An explicit suffix wins: a .txt file quoting "<p>" is still plain text.
    if suffix in _TEXT_SUFFIXES:
        return "text"
    if suffix in _HTML_SUFFIXES:
        return "html"
    if suffix in _JSON_SUFFIXES:
        return "json"
    head = _head_text(data).lstrip()
    lowered = head.lower()
    if lowered.startswith(_HTML_START) or _HTML_TAG.search(lowered):
        return "html"
    if head.startswith("{"):
        return "json"
    return "text"


def _head_text(data: bytes) -> str:
    """The first bytes of ``data`` as text, leniently decoded and without a BOM."""
    head = data[:_HEAD_BYTES]
    for bom, encoding in UTF16_BOMS:
        if head.startswith(bom):
            return head[len(bom) :].decode(encoding, errors="replace")
    return head.removeprefix(codecs.BOM_UTF8).decode("utf-8", errors="replace")
