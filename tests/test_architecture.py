"""docs/architecture.md names every module of the analyse stage, so that its map stays whole."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ANALYSE = ROOT / "src" / "newstrace" / "analyse"
MODULES = sorted(p for p in ANALYSE.rglob("*.py") if p.name != "__init__.py")


def _named(text: str) -> set[str]:
    """The file names of the package's modules a text names in backticks (`evidence.py`,
    `facts/words.py`; a test file, `tests/...`, is none)."""
    names = re.findall(r"`([\w/]+\.py)`", text)
    return {Path(name).name for name in names if not name.startswith("tests/")}


def _map() -> str:
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    start = doc.index("## Inside `analyse`")
    return doc[start : doc.index("\n## ", start + 1)]


@pytest.mark.parametrize("module", MODULES, ids=lambda p: p.relative_to(ANALYSE).as_posix())
def test_the_map_names_every_analyse_module(module: Path) -> None:
    assert module.name in _named(_map()), f"docs/architecture.md's map omits {module.name}"


def test_the_map_names_only_modules_that_exist() -> None:
    """A module named in the map but since removed or renamed makes the map wrong too."""
    missing = _named(_map()) - {p.name for p in MODULES}
    assert not missing, f"the map names modules that do not exist: {sorted(missing)}"
