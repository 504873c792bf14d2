"""The index stage of checkouts, in turn on one corpus: seconds, and whether they store the same.

    python benchmarks/index_ab.py OLD/src NEW/src [--size 3000] [--rounds 3] [--jobs 2]

OLD is made with ``git archive COMMIT src | tar -x -C OLD``.  The corpus is ``scan.py``'s
(``corpus_gen.generate(size, 100)``, seeded).  Each round indexes it once with every
checkout, each in a fresh process with its ``src`` first on the path, as ``scan.py`` does
(``index_corpus``, batches of 500, ``--jobs`` workers), then times the lexical stage
(``store.candidate_pairs``).  Other jobs share the machine, so absolute times drift; the
checkouts alternate, and the ratio of each round's seconds to OLD's is what to read.  Every
row of ``articles``, ``postings`` and ``article_vectors`` and the lexical pairs are hashed: a
change meant to make indexing cheaper must leave all four the same.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _digest(rows: object) -> str:
    return hashlib.sha256(repr(rows).encode()).hexdigest()[:16]


def _one(corpus: Path, db: Path, jobs: int) -> None:
    """Index ``corpus`` into a new ``db`` with the code on the path; print a JSON line."""
    from newstrace.config import DEFAULT_CONFIG
    from newstrace.engines.local import index_corpus
    from newstrace.store import Store

    with Store(db, config=DEFAULT_CONFIG.candidates) as store:
        start = time.perf_counter()
        index_corpus(store, [corpus], config=DEFAULT_CONFIG, batch=500, jobs=jobs)
        index_s = time.perf_counter() - start
        start = time.perf_counter()
        lexical = store.candidate_pairs(config=DEFAULT_CONFIG.candidates)
        lexical_s = time.perf_counter() - start
        tables = {
            "articles": "SELECT * FROM articles ORDER BY rowid",
            "postings": "SELECT hash, kind, article FROM postings ORDER BY article, kind, hash",
            "vectors": "SELECT * FROM article_vectors ORDER BY article",
        }
        stored = {name: _digest(store.db.execute(sql).fetchall()) for name, sql in tables.items()}
    print(
        json.dumps(
            {"index_s": index_s, "lexical_s": lexical_s, "lexical": _digest(lexical), **stored}
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkouts", nargs="*", type=Path, help="src folders, OLD first")
    parser.add_argument("--size", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--one", nargs=2, type=Path, help=argparse.SUPPRESS)  # corpus, db
    args = parser.parse_args()
    if args.one:
        _one(args.one[0], args.one[1], args.jobs)
        return
    if len(args.checkouts) < 2:
        parser.error("give OLD/src and at least one other src folder")
    sys.path.insert(0, str(HERE))
    from corpus_gen import generate

    with tempfile.TemporaryDirectory() as name:
        corpus = Path(name) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as out:
            for article, _ in generate(args.size, 100):
                out.write(json.dumps(article, ensure_ascii=False) + "\n")
        runs: dict[Path, list[dict[str, float | str]]] = {src: [] for src in args.checkouts}
        for round_ in range(args.rounds):
            for src in args.checkouts:
                db = Path(name) / f"{len(runs[src])}-{args.checkouts.index(src)}.db"
                command = [sys.executable, __file__, "--one", str(corpus), str(db)]
                env = {**os.environ, "PYTHONPATH": str(src.resolve())}
                done = subprocess.run(
                    [*command, "--jobs", str(args.jobs)],
                    check=True,
                    stdout=subprocess.PIPE,
                    text=True,
                    env=env,
                )
                runs[src].append(json.loads(done.stdout.strip().splitlines()[-1]))
                row = runs[src][-1]
                print(f"round {round_ + 1} {src}: index {row['index_s']:.1f} s", flush=True)
    _report(args.checkouts, runs)


def _report(checkouts: list[Path], runs: dict[Path, list[dict[str, float | str]]]) -> None:
    old = runs[checkouts[0]]
    keys = ("articles", "postings", "vectors", "lexical")
    for src in checkouts:
        mine = runs[src]
        ratios = [float(m["index_s"]) / float(o["index_s"]) for m, o in zip(mine, old, strict=True)]
        same = all(m[k] == old[0][k] for m in mine for k in keys)
        index = " ".join(f"{float(m['index_s']):.1f}" for m in mine)
        lexical = " ".join(f"{float(m['lexical_s']):.1f}" for m in mine)
        print(
            f"{src}: index s {index}; ratio to OLD {' '.join(f'{r:.2f}' for r in ratios)}; "
            f"lexical s {lexical}; stored rows and lexical pairs "
            f"{'the same as' if same else 'DIFFERENT from'} OLD's"
        )


if __name__ == "__main__":
    main()
