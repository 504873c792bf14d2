"""Load the development set of ``eval/pairs/`` (see ``eval/README.md``).

    from devset import load
    for pair in load(split="tune"): ...

Each :class:`Pair` is (A, B, the right relation): a rewrite or story as A with its source
as B (``a_from_b``), or two sibling rewrites of one article (``shared_source``).  Texts carry
no date and no outlet.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PAIRS = Path(__file__).resolve().parent / "pairs"


# Every split, in the order they were written (eval/README.md); the last is held out.
SPLITS = (
    "tune",
    "test",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
    "fresh19",
    "fresh20",
    "fresh21",
    "fresh22",
    "fresh23",
    "fresh24",
    "fresh25",
    "fresh26",
    "fresh27",
    "fresh28",
    "fresh29",
    "fresh30",
    "fresh31",
    "fresh32",
    "fresh33",
    "fresh34",
    "fresh35",
    "fresh36",
    "fresh37",
    "fresh38",
    "fresh39",
    "fresh40",
    "fresh41",
    "fresh42",
    "fresh43",
    "fresh44",
    "fresh45",
    "fresh46",
    "fresh47",
    "fresh48",
    "fresh49",
    "fresh50",
    "fresh51",
    "fresh52",
    "fresh53",
    "fresh54",
    "fresh55",
    "fresh56",
    "fresh57",
    "fresh58",
)


def split_range(span: str) -> list[str]:
    """The splits of ``FIRST..LAST`` in ``SPLITS`` order, for the benchmarks that read a run
    of them: an end left out is the first split or the last one read (the held-out last is
    read only when named); one name alone is that split."""
    first, dots, last = span.partition("..")
    if not dots:
        last = first  # one split
    names = list(SPLITS)
    try:
        begin = names.index(first) if first else 0
        end = names.index(last) if last else len(names) - 2  # the last is held out
    except ValueError as error:
        raise SystemExit(f"--splits {span}: {error.args[0].split()[0]} is no split") from None
    return names[begin : end + 1]


@dataclass(frozen=True)
class Pair:
    id: str
    kind: str  # rewrite | primary | sibling
    split: str  # one of SPLITS
    a: str
    b: str
    relation: str  # a_from_b | shared_source
    record: dict[str, Any] = field(repr=False, default_factory=dict)

    def swapped(self) -> Pair:
        """B against A: the right relation of a copy flips."""
        flipped = {"a_from_b": "b_from_a", "b_from_a": "a_from_b"}.get(self.relation, self.relation)
        return Pair(self.id + "~", self.kind, self.split, self.b, self.a, flipped, self.record)


def copy_text(record: dict[str, Any]) -> str:
    """The copy: sentences joined by a space, paragraphs by a blank line."""
    return "\n\n".join(
        " ".join(sentence["text"].strip() for sentence in paragraph)
        for paragraph in record["copy"]["paragraphs"]
    )


def is_written(record: dict[str, Any]) -> bool:
    return bool(record.get("copy", {}).get("paragraphs"))


def read_records() -> dict[str, dict[str, Any]]:
    return {path.stem: json.loads(path.read_text()) for path in sorted(PAIRS.glob("*.json"))}


def load(
    split: str | None = None, *, kinds: tuple[str, ...] = ("rewrite", "primary", "sibling")
) -> list[Pair]:
    """Every written pair of ``split``, rewrites first.

    None means tune and test; the ``fresh`` and ``fresh2`` held-out batches come only when
    asked for by name, so that no "all splits" run reads them.
    """
    records = read_records()
    pairs: list[Pair] = []
    for pair_id, record in records.items():
        if not is_written(record):
            continue
        pairs.append(
            Pair(
                pair_id,
                record["kind"],
                record["split"],
                copy_text(record),
                record["source"]["text"],
                "a_from_b",
                record,
            )
        )
        first = records.get(record.get("sibling_of", ""))
        if first is not None and is_written(first):
            pairs.append(
                Pair(
                    f"sib-{re.sub(r'^rw-', '', first['id'])}",
                    "sibling",
                    record["split"],
                    copy_text(first),
                    copy_text(record),
                    "shared_source",
                    {"first": first, "second": record},
                )
            )
    wanted = {"tune", "test"} if split is None else {split}
    return [p for p in pairs if p.kind in kinds and p.split in wanted]


# --- BASIL's same-event pairs: independent reports of one event, the hard negatives ---

BASIL = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "basil" / "articles.jsonl"
)
# (copy, source): the one real copy among BASIL's same-event pairs, read by hand (Fox's
# "Elizabeth Cheney blasted by older sister ..." from the New York Times' report).
KNOWN_COPIES = frozenset(
    {("25af626f-79cd-464b-8efd-c36b5a96cb8b", "c356e514-a20d-45e3-b1ad-159636013822")}
)


def split_of(key: str) -> str:
    """A third of the events (or pair ids) are held out, by a hash (as ``make_briefs.py``)."""
    import hashlib

    return "test" if int(hashlib.sha256(key.encode()).hexdigest(), 16) % 3 == 0 else "tune"


@dataclass(frozen=True)
class BasilPair:
    a: dict[str, str]
    b: dict[str, str]
    split: str

    @property
    def relation(self) -> str:
        """The truth: a copy only for the known one, else not a copy ("none")."""
        if (self.a["id"], self.b["id"]) in KNOWN_COPIES:
            return "a_from_b"
        if (self.b["id"], self.a["id"]) in KNOWN_COPIES:
            return "b_from_a"
        return "none"


def basil_pairs(
    path: Path = BASIL, *, split: str | None = None, ordered: bool = True
) -> list[BasilPair]:
    """Every pair of BASIL articles about one event (ordered: both orders), in file order."""
    from itertools import combinations, permutations

    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    by_event: dict[str, list[dict[str, str]]] = {}
    for number, row in enumerate(rows):
        if row["id"] == "empty":  # four articles share this id: give each its own
            row = {**row, "id": f"empty-{number}"}
        by_event.setdefault(row["event"], []).append(row)
    pairing = permutations if ordered else combinations
    return [
        BasilPair(a, b, split_of(event))
        for event, articles in by_event.items()
        for a, b in pairing(articles, 2)
        if split is None or split_of(event) == split
    ]
