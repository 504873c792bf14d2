"""The import contracts of pyproject.toml hold, and a layer that imports a higher one breaks
them (``make test`` runs ``lint-imports`` on the package itself)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("importlinter")

ROOT = Path(__file__).resolve().parents[1]


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    command = "from importlinter.cli import lint_imports_command; lint_imports_command()"
    return subprocess.run(
        [sys.executable, "-c", command, "--no-cache"],
        cwd=root,
        env={"PYTHONPATH": str(root / "src")},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """The package and its contracts, in a folder of their own."""
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    shutil.copytree(
        ROOT / "src" / "newstrace",
        tmp_path / "src" / "newstrace",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    return tmp_path


def test_the_package_keeps_its_contracts(copy: Path) -> None:
    result = _lint_imports(copy)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("module", "bad_import", "contract"),
    [
        # A stage importing a later one: segmenting must not depend on alignment.
        ("segment/tokens.py", "from newstrace.align import align", "Layers"),
        # The shared vocabulary importing a stage, even lazily inside a function.
        ("config.py", "def _late():\n    from newstrace.ingest import corpus", "Layers"),
        # Two modules of a package importing each other.
        ("ingest/warc.py", "from newstrace.ingest.corpus import iter_corpus", "cycles"),
    ],
)
def test_an_import_against_the_rules_breaks_a_contract(
    copy: Path, module: str, bad_import: str, contract: str
) -> None:
    path = copy / "src" / "newstrace" / module
    path.write_text(path.read_text("utf-8") + f"\n{bad_import}  # noqa\n", "utf-8")
    result = _lint_imports(copy)
    assert result.returncode == 1, result.stdout + result.stderr
    broken = [line for line in result.stdout.splitlines() if " BROKEN" in line]
    assert any(contract in line for line in broken), result.stdout
