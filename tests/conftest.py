"""Shared fixtures and paths: the bundled seed pair, and the small texts written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DATA = Path(__file__).resolve().parent / "data"
SEED_A_PATH = EXAMPLES / "000_e6fbe74bf2e26b00.txt"
SEED_B_PATH = EXAMPLES / "002_e02db9c07778dfbb.txt"


@pytest.fixture(scope="session")
def seed_a() -> str:
    return SEED_A_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_b() -> str:
    return SEED_B_PATH.read_text(encoding="utf-8")
