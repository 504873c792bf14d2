"""The README's Python example runs and prints what it says."""

from __future__ import annotations

import doctest
import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_readme_python_example() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    # the first block; the index example is run by tests/test_api.py
    block = re.findall(r"```python\n(.*?)```", readme, flags=re.S)[0]
    test = doctest.DocTestParser().get_doctest(block, {}, "README", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        runner.run(test)
    finally:
        os.chdir(cwd)
    assert runner.failures == 0 and runner.tries >= 5
