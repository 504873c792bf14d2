"""config.py: a TOML file over the defaults, checked key by key; the fingerprints."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from newstrace.config import DEFAULT_CONFIG, load_config
from newstrace.errors import ConfigError
from tests.conftest import SEED_A_PATH, SEED_B_PATH


def _toml(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_partial_file_changes_only_its_keys(tmp_path: Path) -> None:
    path = _toml(tmp_path, "[verdict]\nmin_order = 0.7\n[analyse]\nloaded_words = ['Slammed']\n")
    config = load_config(path)
    assert config.verdict == replace(DEFAULT_CONFIG.verdict, min_order=0.7)
    assert config.analyse.loaded_words == frozenset({"slammed"})
    assert (config.align, config.candidates) == (DEFAULT_CONFIG.align, DEFAULT_CONFIG.candidates)
    assert load_config(_toml(tmp_path, "")) == DEFAULT_CONFIG


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[verdict]\nmin_ordr = 0.7\n", "unknown setting verdict.min_ordr"),
        ("[verdicts]\nmin_order = 0.7\n", "unknown section [verdicts]"),
        ("[candidates]\nmax_df = 'many'\n", "candidates.max_df must be a whole number"),
        ("[candidates]\nmax_df = 1.5\n", "candidates.max_df must be a whole number"),
        ("[verdict]\nmin_order = true\n", "verdict.min_order must be a number"),
        ("[align]\nparaphrase_threshold = 2.0\n", "threshold must be between 0 and 1"),
        ("[limits]\nmax_sentences = -1\n", "must not be negative"),
        ("verdict = 3\n", "verdict must be a table"),
        ("[verdict\n", "not a TOML file"),
    ],
)
def test_a_bad_file_is_one_clear_error(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("[", r"\[")):
        load_config(_toml(tmp_path, text))


def test_the_cli_says_what_is_wrong_in_one_line(tmp_path: Path) -> None:
    path = _toml(tmp_path, "[verdict]\nmin_ordr = 0.7\n")
    command = [sys.executable, "-m", "newstrace", "compare", str(SEED_A_PATH), str(SEED_B_PATH)]
    result = subprocess.run([*command, "--config", str(path)], capture_output=True, timeout=300)
    stderr = result.stderr.decode()
    assert result.returncode == 2 and stderr.count("\n") == 1, stderr
    assert stderr.startswith(f"newstrace: error: {path}: unknown setting verdict.min_ordr")


def test_the_fingerprint_follows_results_not_service_limits() -> None:
    fingerprint = DEFAULT_CONFIG.fingerprint()
    serve = replace(DEFAULT_CONFIG.serve, max_page=10)
    assert replace(DEFAULT_CONFIG, serve=serve).fingerprint() == fingerprint
    quotes = replace(DEFAULT_CONFIG.quotes, min_joined_run=4)
    assert replace(DEFAULT_CONFIG, quotes=quotes).fingerprint() != fingerprint
