"""Level 2 of the API: open_index, Index.add / trace / scan / pairs, on a small real corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newstrace
from tests.conftest import SEED_A_PATH, SEED_B_PATH
from tests.engines.test_local import _corpus

SEED_A, SEED_B = SEED_A_PATH.stem, SEED_B_PATH.stem


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("api")
    path = root / "news.db"
    with newstrace.open_index(path) as index:
        report = index.add(_corpus(root))
        assert (report.added, report.bad_records) == (8, [])
        assert len(index) == 8
    return path


def test_an_index_traces_an_article_to_its_source(db: Path) -> None:
    text = SEED_A_PATH.read_text(encoding="utf-8")
    with newstrace.open_index(db) as index:
        sources = index.trace(text)
    assert isinstance(sources[0], newstrace.Source)
    assert (sources[0].article.id, sources[0].comparison.verdict.relation) == (SEED_B, "a_from_b")
    assert newstrace.trace(text, db)[0].article.id == SEED_B


def test_a_scan_yields_the_pairs_it_stores(db: Path) -> None:
    with newstrace.open_index(db) as index:
        found = list(index.scan(jobs=1))
        assert found and all(isinstance(p, newstrace.ReusePair) for p in found)
        assert [p.to_dict() for p in index.pairs()] == [p.to_dict() for p in found]
        copies = index.pairs(relation=("a_from_b", "b_from_a"))
        assert (SEED_B, SEED_A) in {(p.source, p.copy) for p in copies}
        mine = [p.to_dict() for p in index.pairs(copy=SEED_A)]
        assert mine == [p.to_dict() for p in found if p.copy == SEED_A]
        assert index.pairs(outlet="no such outlet") == []
    assert [p.to_dict() for p in newstrace.scan(db, jobs=1)] == [p.to_dict() for p in found]


def test_add_takes_articles_as_well_as_files(tmp_path: Path) -> None:
    text = SEED_B_PATH.read_text(encoding="utf-8")
    with newstrace.open_index(tmp_path / "a.db") as index:
        report = index.add([newstrace.Article(text, id="b"), newstrace.Article(text)])
        assert (report.added, report.duplicates) == (1, 1)
        assert index.add(newstrace.Article(text, id="b")).known == 1
        assert index.add(SEED_A_PATH).added == 1
        assert index.pairs() == []  # no scan yet


def test_a_missing_index_is_an_error_when_not_to_be_created(tmp_path: Path) -> None:
    with pytest.raises(newstrace.StoreError, match="no index here"):
        newstrace.open_index(tmp_path / "none.db", create=False)
    assert not (tmp_path / "none.db").exists()


def test_the_readme_example_runs(db: Path, tmp_path: Path) -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    start = readme.index("```python\nimport newstrace\n\nwith newstrace.open_index")
    code = readme[start + len("```python\n") : readme.index("```", start + 3)]
    copy = tmp_path / "news.db"
    copy.write_bytes(db.read_bytes())
    namespace: dict[str, object] = {}
    code = (
        code.replace('"news.db"', json.dumps(str(copy)))
        .replace('"article.txt"', json.dumps(str(SEED_A_PATH)))
        .replace('["crawl/", "more.jsonl"]', json.dumps([str(_corpus(tmp_path))]))
        .replace("jobs=2", "jobs=1")
    )
    exec(compile(code, "README.md", "exec"), namespace)
    assert namespace["report"].known == 8  # type: ignore[attr-defined]
