"""Check the development set's files (see ``eval/README.md``).

    python eval/check.py [FILE ...]      # every file of eval/pairs/ when none is given

For each written pair: every ``from`` fragment, ``source_text`` and changed fact's
``source`` is found in the source, every quotation, credit, loaded word and changed fact's
``copy`` in the copy; statuses and kinds are known ones.  Prints one line a pair (words of
the copy against its source, sentences of its own) and every problem; exits with 1 when
there is one.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from devset import PAIRS, copy_text, is_written, read_records

STATUSES = {"exact", "truncated", "joined", "altered", "misattributed"}
FACT_KINDS = {"name", "number", "date", "title", "organisation"}
QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "\u00a0": " "})


def canon(text: str) -> str:
    """Case, quote marks and spacing aside, so that a fragment copied by hand is found."""
    return re.sub(r"\s+", " ", text.translate(QUOTES)).strip().lower()


def problems(record: dict[str, Any]) -> list[str]:
    found: list[str] = []
    source = canon(record["source"]["text"])
    copy = canon(copy_text(record))

    def need(text: str, where: str, what: str) -> None:
        if not text or canon(text) not in (source if where == "source" else copy):
            found.append(f"{what} not found in the {where}: {text[:70]!r}")

    for paragraph in record["copy"]["paragraphs"]:
        for sentence in paragraph:
            if set(sentence) != {"text", "from"}:
                found.append(f"a sentence needs exactly 'text' and 'from': {sentence}")
                continue
            for fragment in sentence["from"]:
                need(fragment, "source", "from-fragment")
    for quote in record.get("quotes", []):
        need(quote.get("text", ""), "copy", "quotation")
        need(quote.get("source_text", ""), "source", "quotation's source_text")
        if quote.get("status") not in STATUSES:
            found.append(f"unknown quote status {quote.get('status')!r}")
        if not quote.get("speaker") or not quote.get("source_speaker"):
            found.append(
                f"quotation without speaker or source_speaker: {quote.get('text', '')[:50]!r}"
            )
    for fact in record.get("changed_facts", []):
        need(fact.get("copy", ""), "copy", "changed fact")
        need(fact.get("source", ""), "source", "changed fact's source")
        if fact.get("kind") not in FACT_KINDS:
            found.append(f"unknown fact kind {fact.get('kind')!r}")
    for credit in record.get("credits", []):
        need(credit.get("text", ""), "copy", "credit")
    for word in record.get("loaded_words", []):
        need(word, "copy", "loaded word")
    # A second rewrite of one article is half of a sibling pair: without this key the pair
    # silently leaves the set (fresh48's and fresh50's writer v1 dropped it, three pairs each).
    first = re.fullmatch(r"(rw-\d+)b", record.get("id", ""))
    if first and record.get("sibling_of") != first.group(1):
        found.append(f"a second rewrite needs 'sibling_of': {first.group(1)!r}")
    for key in ("quotes", "changed_facts", "credits", "loaded_words"):
        if key not in record:
            found.append(f"missing {key!r} (use [] when there is none)")
    return found


def main(argv: list[str]) -> int:
    records = read_records()
    if argv:
        records = {Path(a).stem: records[Path(a).stem] for a in argv}
    bad = 0
    for pair_id, record in records.items():
        if not is_written(record):
            print(f"{pair_id}: not written yet")
            continue
        errors = problems(record)
        words = len(copy_text(record).split())
        source_words = len(record["source"]["text"].split())
        own = sum(not s["from"] for p in record["copy"]["paragraphs"] for s in p)
        print(
            f"{pair_id}: {words} words against {source_words} ({words / source_words:.0%}), "
            f"{own} sentence(s) of its own, {len(errors)} problem(s)"
        )
        for error in errors:
            print(f"    {error}")
        bad += bool(errors)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.path.insert(0, str(PAIRS.parent))
    sys.exit(main(sys.argv[1:]))
