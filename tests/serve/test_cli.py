"""``newstrace serve`` as a command: its options, its settings, and a missing extra."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from newstrace.errors import ConfigError
from newstrace.serve.settings import MAX_TEXT_CHARS, Settings


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


def test_serve_is_a_command_with_its_options() -> None:
    from typer.testing import CliRunner

    from newstrace.cli import app

    result = CliRunner().invoke(app, ["serve", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--workers", "--max-body-bytes", "--max-text-chars"):
        assert option in result.output


def test_without_the_serve_extra_it_says_what_to_install(tmp_path: Path) -> None:
    code = (
        "import sys; sys.modules['fastapi'] = None; sys.argv = ['newstrace', 'serve', "
        f"'--db', {str(tmp_path / 'news.db')!r}]; from newstrace.cli import main; main()"
    )
    result = _run(code)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "newstrace: error: newstrace serve needs the serve extra (fastapi is missing): "
        "pip install 'newstrace[serve]'"
    ]
    assert not (tmp_path / "news.db").exists()


def test_settings_share_the_cores_and_reach_the_workers(tmp_path: Path) -> None:
    settings = Settings(db=tmp_path / "news.db", max_text_chars=10, workers=2)
    assert pickle.loads(pickle.dumps(settings)) == settings  # sent to each worker process
    assert settings.threads_per_worker == max(1, len(os.sched_getaffinity(0)) // 2)
    assert Settings(db=tmp_path, torch_threads=3).threads_per_worker == 3
    assert Settings(db=tmp_path).max_text_chars == MAX_TEXT_CHARS
    with pytest.raises(ConfigError, match="max_body_bytes must be a positive"):
        Settings(db=tmp_path, max_body_bytes=0)
    with pytest.raises(ConfigError, match="workers must be a positive"):
        Settings(db=tmp_path, workers=0)
