"""The embedded store: an SQLite database of articles and their candidate features."""

from __future__ import annotations

from newstrace.store.sqlite import AddResult, Store

__all__ = ["AddResult", "Store"]
