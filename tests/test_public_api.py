"""The public API is exactly what __all__ says, and importing it stays light."""

from __future__ import annotations

import subprocess
import sys

import newstrace

PUBLIC = [
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


def test_all_is_the_fixed_list_of_public_names() -> None:
    # A fixed list: a name added to or dropped from the API shows up in this diff.
    assert newstrace.__all__ == PUBLIC
    assert all(hasattr(newstrace, name) for name in PUBLIC)
    public = {name for name in vars(newstrace) if not name.startswith("_")}
    modules = {name for name in public if type(getattr(newstrace, name)).__name__ == "module"}
    assert set(PUBLIC) - {"__version__"} == public - modules - {"annotations", "logging"}


def test_every_error_class_is_public() -> None:
    import inspect

    from newstrace import errors

    classes = {name for name, value in vars(errors).items() if inspect.isclass(value)}
    assert classes - {"Exception"} <= set(PUBLIC)


def test_records_say_newstrace_in_their_repr() -> None:
    assert newstrace.Comparison.__module__ == "newstrace"
    assert repr(newstrace.Span(1, 2)) == "Span(start=1, end=2)"


def test_importing_the_package_and_cli_does_not_load_torch() -> None:
    code = "import sys, newstrace, newstrace.cli; print('torch' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
