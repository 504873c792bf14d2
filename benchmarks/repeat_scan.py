"""Does a scan give the same answer twice?  Index a corpus and scan it as ``benchmarks/scan.py``
does, and write what the scan decided, in a form two runs can be diffed in:

    python benchmarks/corpus_gen.py --size 2000 --plants 30 --out corpus.jsonl --truth truth.jsonl
    PYTHONHASHSEED=0 python benchmarks/repeat_scan.py corpus.jsonl one.json --jobs 1
    PYTHONHASHSEED=1 python benchmarks/repeat_scan.py corpus.jsonl two.json --jobs 2
    diff one.json two.json

The output: the candidate pairs (lexical, then semantic), the units encoded, and every pair
with reuse with its relation and whole comparison.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path
from typing import Any

from newstrace.config import DEFAULT_CONFIG
from newstrace.engines.local import candidate_pairs, index_corpus, paraphrase_pairs
from newstrace.engines.local_workers import Workers, align_pairs, encode_articles
from newstrace.store import Store


def scan_record(corpus: Path, database: Path, jobs: int) -> dict[str, Any]:
    """What indexing ``corpus`` into ``database`` and scanning it gives."""
    config = DEFAULT_CONFIG
    with Store(database, config=config.candidates) as store:
        index_corpus(store, [corpus], config=config, batch=500, jobs=jobs)
        lexical = store.candidate_pairs(config=config.candidates)
        paraphrases = paraphrase_pairs(store, config=config.candidates)
        pairs = candidate_pairs(
            store, config=config.candidates, lexical=lexical, paraphrases=paraphrases
        )
        articles = list(dict.fromkeys(x for a, b, _ in pairs for x in (a, b)))
        found = []
        with Workers(store, config, jobs) as workers:
            encoded = encode_articles(store, articles, config=config, workers=workers)
            for c in align_pairs(store, pairs, config=config, workers=workers):
                found.append([c.a.id, c.b.id, c.verdict.relation, c.to_dict()])
    return {
        "candidates": [[a, b, round(score, 6)] for a, b, score in pairs],
        "encoded": encoded,
        "pairs": found,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        record = scan_record(args.corpus, Path(name) / "news.db", args.jobs)
    args.out.write_text(json.dumps(record, indent=0), encoding="utf-8")
    relations: dict[str, int] = {}
    for _a, _b, relation, _whole in record["pairs"]:
        relations[relation] = relations.get(relation, 0) + 1
    print(f"{len(record['candidates'])} candidates, {record['encoded']} units, {relations}")


if __name__ == "__main__":
    main()
