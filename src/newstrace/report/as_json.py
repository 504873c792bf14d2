"""The documented JSON form of a comparison (see docs/json.md)."""

from __future__ import annotations

import json

from newstrace.model import Comparison


def to_json(comparison: Comparison, *, indent: int | None = 2) -> str:
    """``comparison`` as a JSON document (UTF-8 text, not ASCII-escaped)."""
    return json.dumps(comparison.to_dict(), ensure_ascii=False, indent=indent)
