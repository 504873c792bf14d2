"""The public API is exactly what __all__ says, and importing it stays light."""

from __future__ import annotations

import subprocess
import sys

import newstrace


def test_all_lists_exactly_the_public_names() -> None:
    public = {name for name in vars(newstrace) if not name.startswith("_")}
    modules = {name for name in public if type(getattr(newstrace, name)).__name__ == "module"}
    assert set(newstrace.__all__) - {"__version__"} == public - modules - {"annotations", "logging"}


def test_records_say_newstrace_in_their_repr() -> None:
    assert newstrace.Comparison.__module__ == "newstrace"
    assert repr(newstrace.Span(1, 2)) == "Span(start=1, end=2)"


def test_importing_the_package_and_cli_does_not_load_torch() -> None:
    code = "import sys, newstrace, newstrace.cli; print('torch' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
