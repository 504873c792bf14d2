"""Does the benchmark corpus look like news?  BASIL against each background, in one table.

    python benchmarks/corpus_check.py --size 20000 [--plants 100]

Generates the corpus twice (``corpus_gen.generate``: realistic and word-list background,
timed) and prints, for BASIL's articles and for each kind of background article:
lengths (words, paragraphs, words a paragraph), the share of sentences holding a
quotation mark, of dated articles, of articles sharing a run of five or more tokens
(newstrace's tokens, ``\\w+`` lower-cased) with another article that is not a plant, and
the longest such run; names (capitalised words not opening a sentence, as
``candidates/features.py`` reads them) and 4-token phrases shared by pairs of articles
of one beat (one event, for BASIL) and of different beats, on up to 5,000 sampled pairs
each.  The last rows: planted copies sharing a 5-token run with a background article (their
own text is written like the background's, so none should).
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

import blingfire
import numpy as np
from corpus_gen import generate

_TOKEN = re.compile(r"\w+")
_NAME = re.compile(r"(?<![.!?\"]\s)(?<!^)\b[A-Z][a-z]{2,}\b")  # as candidates/features.py
_QUOTE_MARKS = ("“", "”", '"')
_PAIRS = 5_000
# n-gram hashes: the sum over positions of a random 64-bit value per token, times a random
# odd multiplier per position (random values, so that no two n-grams collide by design).
_MAX_RUN = 400
_RANDOM = np.random.default_rng(0)
_MULTIPLIERS = _RANDOM.integers(0, 1 << 63, _MAX_RUN, dtype=np.uint64) * 2 + 1
_TOKEN_VALUES = _RANDOM.integers(0, 1 << 63, 1 << 21, dtype=np.uint64) * 2 + 1


@dataclass(slots=True)
class Group:
    """Articles of one kind (BASIL, a background, plants): their text and beat."""

    name: str
    texts: list[str] = field(default_factory=list)
    beats: list[str] = field(default_factory=list)
    dated: list[bool] = field(default_factory=list)


def corpus_groups(size: int, plants: int, background: str) -> tuple[dict[str, Group], float]:
    """BASIL, background and plant articles of a generated corpus, and seconds it took."""
    groups = {name: Group(name) for name in ("basil", "background", "plants")}
    events = _basil_events()
    start = time.perf_counter()
    records = list(generate(size, plants, background=background))
    seconds = time.perf_counter() - start
    for article, truth in records:
        kind = "plants" if truth else "background" if article["id"].startswith("bg-") else "basil"
        group = groups[kind]
        group.texts.append(article["text"])
        group.dated.append(bool(article["date"]))
        beat = article["id"].partition("-b")[2]  # "bg-12-b3": beat 3
        group.beats.append(events.get(article["id"], beat))
    return groups, seconds


def _basil_events() -> dict[str, str]:
    from corpus_gen import load_basil

    return {r["id"]: r["event"] for r in load_basil()}


def token_arrays(texts: Iterable[str], vocabulary: dict[str, int]) -> list[np.ndarray]:
    return [
        np.array(
            [vocabulary.setdefault(t, len(vocabulary)) for t in _TOKEN.findall(text.lower())],
            dtype=np.uint64,
        )
        for text in texts
    ]


def ngram_hashes(tokens: np.ndarray, size: int) -> np.ndarray:
    """The distinct hashes of the token ``size``-grams of one article."""
    count = len(tokens) - size + 1
    if count <= 0:
        return np.empty(0, dtype=np.uint64)
    hashes = np.zeros(count, dtype=np.uint64)
    values = _TOKEN_VALUES[tokens % len(_TOKEN_VALUES)]
    for position in range(size):
        hashes += values[position : position + count] * _MULTIPLIERS[position]
    return np.unique(hashes)


def sharing(articles: list[np.ndarray], size: int, among: np.ndarray) -> np.ndarray:
    """For each article, whether it shares a ``size``-gram with another article of those
    flagged in ``among`` (articles not flagged are left out of the comparison)."""
    chosen = np.flatnonzero(among)
    hashes = [ngram_hashes(articles[k], size) for k in chosen]
    owners = np.repeat(chosen, [len(h) for h in hashes])
    flat = np.concatenate(hashes) if hashes else np.empty(0, dtype=np.uint64)
    order = np.argsort(flat, kind="stable")
    flat, owners = flat[order], owners[order]
    repeated = np.zeros(len(flat), dtype=bool)
    same = flat[1:] == flat[:-1]
    repeated[1:] |= same
    repeated[:-1] |= same
    shares = np.zeros(len(articles), dtype=bool)
    shares[owners[repeated]] = True
    return shares


def shared_run_lengths(articles: list[np.ndarray], members: np.ndarray) -> np.ndarray:
    """For each of ``members``, the longest run of tokens it shares with another member
    (4 when it shares no run of five)."""
    lengths = np.full(len(articles), 4)
    current, size = members, 5
    while size <= _MAX_RUN:
        current = sharing(articles, size, current)
        if not current.any():
            break
        lengths[current] = size
        size += 1
    return lengths


def sampled_pairs(beats: list[str], rng: random.Random) -> dict[str, list[tuple[int, int]]]:
    """Up to ``_PAIRS`` pairs of articles of one beat, and as many of different beats."""
    by_beat: dict[str, list[int]] = {}
    for number, beat in enumerate(beats):
        by_beat.setdefault(beat, []).append(number)
    crowded = [members for members in by_beat.values() if len(members) > 1]
    same: list[tuple[int, int]] = []
    other: list[tuple[int, int]] = []
    if crowded and len(by_beat) > 1:  # else there are no beats to tell apart
        for _ in range(_PAIRS):
            a, b = rng.sample(rng.choice(crowded), 2)
            same.append((a, b))
    for _ in range(_PAIRS):
        a, b = rng.randrange(len(beats)), rng.randrange(len(beats))
        if a != b and (beats[a] != beats[b] or len(by_beat) == 1):
            other.append((a, b))
    return {"same": same, "other": other}


def overlap(
    pairs: list[tuple[int, int]], names: list[set[str]], articles: list[np.ndarray]
) -> tuple[float, float, float] | None:
    """Of ``pairs``: the share sharing three names or more (scan's ``scan_min_names``), and
    the mean names and mean distinct 4-token phrases shared."""
    if not pairs:
        return None
    shared = [len(names[a] & names[b]) for a, b in pairs]
    phrases = [
        len(np.intersect1d(ngram_hashes(articles[a], 4), ngram_hashes(articles[b], 4)))
        for a, b in pairs
    ]
    return (
        sum(n >= 3 for n in shared) / len(pairs),
        statistics.fmean(shared),
        statistics.fmean(phrases),
    )


def quartiles(values: list[int]) -> str:
    q1, median, q3 = statistics.quantiles(values, n=4)
    return f"{median:.0f} ({q1:.0f}-{q3:.0f})"


def sentences(texts: list[str]) -> list[str]:
    return [
        s
        for text in texts
        for paragraph in text.split("\n\n")
        for s in blingfire.text_to_sentences(paragraph.strip()).split("\n")
        if s.strip()
    ]


def quoted_share(found: list[str]) -> float:
    return sum(any(m in s for m in _QUOTE_MARKS) for s in found) / max(1, len(found))


def column(group: Group, articles: list[np.ndarray], runs: np.ndarray) -> dict[str, str]:
    """The table's rows for one group; ``articles`` and ``runs`` are the group's own."""
    paragraphs = [[p for p in t.split("\n\n") if p.strip()] for t in group.texts]
    names = [set(_NAME.findall(t)) for t in group.texts]
    split = sentences(group.texts)
    pairs = sampled_pairs(group.beats, random.Random(17))
    cells = {
        "articles": f"{len(group.texts):,}",
        "words an article, median (quartiles)": quartiles([len(t.split()) for t in group.texts]),
        "paragraphs an article": quartiles([len(p) for p in paragraphs]),
        "words a paragraph": quartiles([len(p.split()) for ps in paragraphs for p in ps]),
        "words a sentence": quartiles([len(s.split()) for s in split]),
        "sentences with a quotation mark": f"{quoted_share(split):.2f}",
        "dated": f"{statistics.fmean(group.dated):.2f}",
        "sharing 5+ tokens in a row with another article": f"{np.mean(runs > 4):.3f}",
        "longest run shared with another article": f"{runs.max()}",
        "names an article (median)": f"{statistics.median(len(n) for n in names):.0f}",
    }
    for kind, label in (("same", "of one beat"), ("other", "of different beats")):
        found = overlap(pairs[kind], names, articles)
        share, mean_names, mean_phrases = (f"{v:.2f}" for v in found) if found else ("-",) * 3
        cells[f"pairs {label}: sharing 3+ names"] = share
        cells[f"pairs {label}: names shared (mean)"] = mean_names
        cells[f"pairs {label}: 4-token phrases shared (mean)"] = mean_phrases
    return cells


def measure(size: int, plants: int, background: str) -> dict[str, dict[str, str]]:
    """Columns for BASIL and the background of one generated corpus."""
    groups, seconds = corpus_groups(size, plants, background)
    vocabulary: dict[str, int] = {}
    basil = token_arrays(groups["basil"].texts, vocabulary)
    others = token_arrays(groups["background"].texts, vocabulary)
    runs = shared_run_lengths(basil + others, np.ones(len(basil) + len(others), dtype=bool))
    columns = {
        "BASIL": column(groups["basil"], basil, runs[: len(basil)]),
        background: column(groups["background"], others, runs[len(basil) :]),
    }
    plant_tokens = token_arrays(groups["plants"].texts, vocabulary)
    columns[background].update(
        {
            "plants sharing 5+ tokens with a background article": str(
                plants_sharing(plant_tokens, others)
            ),
            "plants without a date": str(groups["plants"].dated.count(False)),
            "seconds to generate the corpus": f"{seconds:.1f}",
        }
    )
    return columns


def plants_sharing(plants: list[np.ndarray], background: list[np.ndarray]) -> int:
    """How many of ``plants`` share a 5-token run with one of ``background``."""
    known = np.unique(np.concatenate([ngram_hashes(a, 5) for a in background]))
    found = 0
    for plant in plants:
        hashes = ngram_hashes(plant, 5)
        at = np.minimum(np.searchsorted(known, hashes), len(known) - 1)
        found += bool((known[at] == hashes).any())
    return found


def print_table(columns: dict[str, dict[str, str]]) -> None:
    names = list(columns)
    rows = list(dict.fromkeys(row for cells in columns.values() for row in cells))
    print("| | " + " | ".join(names) + " |")
    print("|---|" + "---:|" * len(names))
    for row in rows:
        print(f"| {row} | " + " | ".join(columns[n].get(row, "") for n in names) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--plants", type=int, default=100, help="planted copies per operation")
    args = parser.parse_args()
    columns = measure(args.size, args.plants, "realistic")
    easy = measure(args.size, args.plants, "wordlist")
    columns["wordlist"] = easy["wordlist"]
    print(f"corpus of {args.size:,} articles, {args.plants} plants an operation (seed 13)")
    print_table(columns)


if __name__ == "__main__":
    main()
