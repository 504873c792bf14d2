"""newstrace: where did this news text come from?

Level 1 of the API is :func:`compare`; the records it returns are frozen dataclasses with
a documented JSON form (``Comparison.to_dict()``, see ``docs/json.md``).
"""

from __future__ import annotations

import logging
from importlib import metadata as _metadata

from newstrace.config import AlignConfig, Config, VerdictConfig
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
    "InputError",
    "MissingExtraError",
    "NewstraceError",
    "NotAnArticleError",
    "PairPassage",
    "ReusePair",
    "SideEvidence",
    "Span",
    "StaleIndexError",
    "StoreError",
    "TooLargeError",
    "Verdict",
    "VerdictConfig",
    "__version__",
    "compare",
]

# Reprs and docs say newstrace.Comparison, not newstrace.model.Comparison.
for _name in __all__:
    _value = globals()[_name]
    if isinstance(_value, type):
        _value.__module__ = __name__

logging.getLogger(__name__).addHandler(logging.NullHandler())
