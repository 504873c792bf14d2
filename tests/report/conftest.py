"""The seed pair's comparison and report, computed once for the report tests."""

from __future__ import annotations

import pytest

import newstrace
from newstrace.model import Article, Comparison
from newstrace.report.as_html import to_html
from tests.conftest import SEED_A_PATH, SEED_B_PATH


@pytest.fixture(scope="session")
def seed_articles(seed_a: str, seed_b: str) -> tuple[Article, Article]:
    return Article(seed_a, id=SEED_A_PATH.stem), Article(seed_b, id=SEED_B_PATH.stem)


@pytest.fixture(scope="session")
def seed_comparison(seed_articles: tuple[Article, Article]) -> Comparison:
    return newstrace.compare(*seed_articles)


@pytest.fixture(scope="session")
def seed_html(seed_comparison: Comparison, seed_articles: tuple[Article, Article]) -> str:
    return to_html(seed_comparison, *seed_articles)
