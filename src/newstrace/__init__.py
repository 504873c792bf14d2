"""newstrace: where did this news text come from?

Level 1 of the API is :func:`compare`; the records it returns are frozen dataclasses with
a documented JSON form (``Comparison.to_dict()``, see ``docs/json.md``).  Level 2 is an
index of a corpus: :func:`open_index` returns an :class:`Index` to ``add`` articles to,
``trace`` an article through, ``scan`` for every pair with reuse and list the ``pairs``
found; :func:`trace` and :func:`scan` do one of those on an index file.  Everything else
(the stage packages, ``engines``, ``store``) is internal and may change.
"""

from __future__ import annotations

import logging
from importlib import metadata as _metadata

from newstrace.config import AlignConfig, Config, VerdictConfig
from newstrace.engines.index import Index, open_index, scan, trace
from newstrace.engines.local import IndexReport, Source
from newstrace.errors import (
    ConfigError,
    EmptyTextError,
    EncodingError,
    InputError,
    MissingExtraError,
    NewstraceError,
    NotAnArticleError,
    StaleIndexError,
    StoreError,
    TooLargeError,
)
from newstrace.model import (
    SCHEMA_VERSION,
    Alignment,
    Article,
    ArticleInfo,
    Comparison,
    Coverage,
    Evidence,
    PairPassage,
    ReusePair,
    SideEvidence,
    Span,
    Verdict,
)
from newstrace.pipeline import compare

# One version, pyproject.toml's: the modules that show it read it the same way.
__version__ = _metadata.version("newstrace")

__all__ = [
    "SCHEMA_VERSION",
    "AlignConfig",
    "Alignment",
    "Article",
    "ArticleInfo",
    "Comparison",
    "Config",
    "ConfigError",
    "Coverage",
    "EmptyTextError",
    "EncodingError",
    "Evidence",
    "Index",
    "IndexReport",
    "InputError",
    "MissingExtraError",
    "NewstraceError",
    "NotAnArticleError",
    "PairPassage",
    "ReusePair",
    "SideEvidence",
    "Source",
    "Span",
    "StaleIndexError",
    "StoreError",
    "TooLargeError",
    "Verdict",
    "VerdictConfig",
    "__version__",
    "compare",
    "open_index",
    "scan",
    "trace",
]

# Reprs and docs say newstrace.Comparison, not newstrace.model.Comparison.
for _name in __all__:
    _value = globals()[_name]
    if isinstance(_value, type):
        _value.__module__ = __name__

logging.getLogger(__name__).addHandler(logging.NullHandler())
