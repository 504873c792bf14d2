"""A seeded, deterministic generator of corpora with planted reuse (for benchmarks).

    python benchmarks/corpus_gen.py --size 10000 --out corpus.jsonl --truth truth.jsonl
    python benchmarks/corpus_gen.py --background wordlist ...   # the easy corpus

Sources are real articles (BASIL, from ../shared/data/basil/articles.jsonl). Each planted
article is written from ONE source by one of four operations that mirror how newsrooms
rewrite, applied to two to four consecutive paragraphs of which at least 40%, and at least
60 words (``MIN_OWN_WORDS``), are the reporter's own (a block of pure quotation, or a
sentence and a quotation, is what independent reports share, so it is not a fair plant),
mixed into text of its own (paragraphs written like the background's) and dated the day
after its source -- or, in the realistic corpus, for a quarter of them (``UNDATED_SHARE``),
not dated at all, so that who copied whom must be read from the texts:

* ``verbatim``: two to four consecutive paragraphs copied as they are;
* ``light``: the same, lightly edited: about one word in ten replaced by a synonym or
  dropped, one sentence in four dropped;
* ``paraphrase``: every copied sentence rewritten by rules: synonyms, clauses swapped around
  their first comma, attribution verbs changed, and neighbouring sentences merged; names,
  numbers and quotations are kept, as a rewriter keeps the facts;
* ``rewrite``: four to six paragraphs, their quotations dropped and every other sentence
  both paraphrased and lightly edited: few word n-grams survive, so finding the pair is
  the job of the sentence-embedding candidates.

The rest of the corpus is background, up to ``size`` articles, of one of two kinds
(``--background``):

* ``realistic`` (the default): articles of BASIL's lengths and paragraph shapes, written
  by a Markov chain over BASIL's sentences, in beats that share names and stock phrases
  but no run of five words with any other article (``realistic.py`` tells how);
* ``wordlist``, the easy case: short texts of random sentences drawn from a word list, with
  no reuse among them and no dates (the corpus of the scale figures before issue 17).

Plus all BASIL articles, whose same-event triplets are independent reports: the hard
negatives.  Ground truth: one line per planted pair, ``{"source": id, "copy": id,
"operation": op, "dated": bool}``.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import NamedTuple

import blingfire
from realistic import RealisticBackground

ROOT = Path(__file__).resolve().parent.parent
BASIL = ROOT.parent / "shared" / "data" / "basil" / "articles.jsonl"

SYNONYMS = {
    "said": "stated",
    "says": "states",
    "told": "informed",
    "announced": "revealed",
    "big": "large",
    "large": "sizeable",
    "small": "minor",
    "important": "significant",
    "show": "indicate",
    "shows": "indicates",
    "help": "assist",
    "start": "begin",
    "began": "started",
    "use": "employ",
    "used": "employed",
    "people": "individuals",
    "government": "administration",
    "country": "nation",
    "leader": "chief",
    "meeting": "session",
    "talks": "discussions",
    "attack": "assault",
    "quickly": "rapidly",
    "criticized": "slammed",
    "plan": "proposal",
    "law": "legislation",
    "new": "fresh",
    "officials": "authorities",
    "support": "backing",
    "decision": "move",
    "week": "week",
    "called": "described",
    "after": "following",
    "before": "prior to",
    "also": "additionally",
    "however": "but",
    "many": "numerous",
    "about": "around",
}
OPERATIONS = ("verbatim", "light", "paraphrase", "rewrite")
BACKGROUNDS = ("realistic", "wordlist")
# Planted copies of the realistic corpus published without a date (the truth says which):
# copies without dates are the common case of text found on the web.
UNDATED_SHARE = 0.25
_BACKGROUND_WORDS = (
    "the a of to and in that for on with as by at from is was be it this which river valley "
    "garden recipe season weather market farmer village school music painting harbour train "
    "bridge forest mountain library museum festival bicycle kitchen bread cheese apple winter "
    "summer morning evening quiet slowly carefully bright green old new small long short "
    "walks grows opens closes paints bakes repairs visits builds carries finds keeps"
).split()


def load_basil(path: Path = BASIL) -> list[dict[str, str]]:
    """BASIL's articles; a repeated id (BASIL has a few "empty" ones) is kept once."""
    records: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            records.setdefault(record["id"], record)
    return list(records.values())


# Words of the source reporter's own (outside quotations) a copied block holds at least,
# before any edit: three or four sentences.  BASIL's independent reports of one event
# share up to 39 such words in one passage, so a block with fewer is not evidence of
# copying -- for a reader or for newstrace -- and not a fair plant.
MIN_OWN_WORDS = 60


def _outside_quotes(paragraphs: list[str]) -> list[str]:
    text = "\n".join(paragraphs).replace("“", '"').replace("”", '"')
    return [part for k, part in enumerate(text.split('"')) if k % 2 == 0]


def _own_share(paragraphs: list[str]) -> float:
    """Share of the characters outside quotation marks (the reporter's own words)."""
    total = len("\n".join(paragraphs))
    return sum(len(part) for part in _outside_quotes(paragraphs)) / max(1, total)


def own_words(paragraphs: list[str]) -> int:
    return sum(len(part.split()) for part in _outside_quotes(paragraphs))


def _block(paragraphs: list[str], rng: random.Random, *, longer: bool = False) -> list[str]:
    """Two to four consecutive paragraphs (four to six ``longer``), at least 40% of them
    and ``MIN_OWN_WORDS`` words the reporter's own; a block short of those words is grown
    by the paragraphs that follow it.

    A block that is all quotation is what independent reports of one event share, so
    copying one is not evidence of copying and would not be a fair plant.
    """
    size = min(len(paragraphs), rng.randint(4, 6) if longer else rng.randint(2, 4))
    starts = list(range(max(1, len(paragraphs) - size + 1)))
    rng.shuffle(starts)
    for start in starts:
        end = start + size
        while end < len(paragraphs) and own_words(paragraphs[start:end]) < MIN_OWN_WORDS:
            end += 1
        block = paragraphs[start:end]
        if _own_share(block) >= 0.4 and own_words(block) >= MIN_OWN_WORDS:
            return block
    return paragraphs[starts[0] : starts[0] + size]


def background_text(rng: random.Random, sentences: int) -> str:
    out = []
    for _ in range(sentences):
        words = [rng.choice(_BACKGROUND_WORDS) for _ in range(rng.randint(8, 18))]
        out.append(" ".join(words).capitalize() + ".")
    return " ".join(out)


def _edit_light(sentence: str, rng: random.Random) -> str:
    words = sentence.split()
    out = []
    for word in words:
        bare = word.lower().strip(",.")
        roll = rng.random()
        if roll < 0.06 and bare in SYNONYMS:
            out.append(word.lower().replace(bare, SYNONYMS[bare]))
        elif roll < 0.09 and bare not in SYNONYMS and not word[:1].isupper() and len(words) > 8:
            continue
        else:
            out.append(word)
    return " ".join(out)


def _paraphrase(sentence: str, rng: random.Random) -> str:
    if "“" in sentence or '"' in sentence:
        return sentence  # quotations are kept word for word
    words = [SYNONYMS.get(w.lower(), w) if not w[:1].isupper() else w for w in sentence.split()]
    text = " ".join(words)
    head, comma, tail = text.partition(", ")
    if comma and 3 <= len(head.split()) <= 12 and len(tail.split()) >= 4 and rng.random() < 0.6:
        tail = tail.rstrip(".")
        text = tail[0].upper() + tail[1:] + ", " + head[0].lower() + head[1:] + "."
    return text


def _sentences(paragraph: str) -> list[str]:
    return [s for s in blingfire.text_to_sentences(paragraph.strip()).split("\n") if s]


def wordlist_paragraphs(rng: random.Random) -> list[str]:
    """One to three paragraphs of word-list sentences: a plant's own text, easy case."""
    return [background_text(rng, rng.randint(2, 4)) for _ in range(rng.randint(1, 3))]


def plant(
    source: dict[str, str],
    operation: str,
    rng: random.Random,
    own_paragraphs: Callable[[random.Random], list[str]] = wordlist_paragraphs,
) -> str:
    """A new article written from ``source`` by ``operation``, mixed with its own text."""
    paragraphs = [p for p in source["text"].split("\n\n") if p.strip()]
    taken = _block(paragraphs, rng, longer=operation == "rewrite")
    if operation == "light":
        taken = [
            " ".join(_edit_light(s, rng) for s in _sentences(p) if rng.random() > 0.25) or p
            for p in taken
        ]
    elif operation == "rewrite":
        # Quotations dropped, every sentence paraphrased AND lightly edited: little wording
        # is left to share, the case that needs the sentence-embedding candidates.
        taken = [
            " ".join(
                _edit_light(_paraphrase(s, rng), rng)
                for s in _sentences(p)
                if "“" not in s and '"' not in s
            )
            for p in taken
        ]
        taken = [p for p in taken if p] or taken
    elif operation == "paraphrase":
        rewritten = []
        for paragraph in taken:
            sentences = [_paraphrase(s, rng) for s in _sentences(paragraph)]
            if len(sentences) >= 2 and rng.random() < 0.5:
                sentences[0:2] = [
                    sentences[0].rstrip(".") + ", and " + sentences[1][0].lower() + sentences[1][1:]
                ]
            rewritten.append(" ".join(sentences))
        taken = rewritten
    own = own_paragraphs(rng)
    return "\n\n".join([own[0], *taken, *own[1:]])


def _next_day(day: str) -> str:
    """The day after ``day``: a copy is published after its source."""
    try:
        return (date.fromisoformat(day[:10]) + timedelta(days=1)).isoformat()
    except ValueError:
        return ""


Truth = dict[str, str | bool]


class _Undated(NamedTuple):
    """Which plants go without a date: drawn apart, so the corpus's own draws stay as
    they were (the word-list corpus is the same as before dates could go)."""

    share: float
    rng: random.Random


def generate(
    size: int,
    plants_per_op: int,
    seed: int = 13,
    *,
    background: str = "realistic",
    undated_share: float | None = None,
) -> Iterator[tuple[dict[str, str], Truth | None]]:
    """Yield ``(article, truth)`` records: BASIL, planted copies, then background to ``size``.

    ``undated_share``: of the planted copies, those without a date (default
    ``UNDATED_SHARE`` for the realistic background, none for the word list's)."""
    if background not in BACKGROUNDS:
        raise ValueError(f"background must be one of {BACKGROUNDS}, not {background!r}")
    rng = random.Random(seed)
    basil = load_basil()
    for record in basil:
        yield {k: record[k] for k in ("id", "outlet", "date", "title", "text")}, None
    writer = None
    if background == "realistic":
        writer = RealisticBackground(basil, seed=seed, expected_articles=size)
        undated_share = UNDATED_SHARE if undated_share is None else undated_share
    undated = _Undated(undated_share or 0.0, random.Random(seed + 1))
    yield from _plants(basil, plants_per_op, rng, writer, undated)
    count = len(basil) + len(OPERATIONS) * plants_per_op
    for number in range(max(0, size - count)):
        yield (writer.article(number) if writer else _wordlist_article(number, rng)), None


def _plants(
    basil: list[dict[str, str]],
    per_operation: int,
    rng: random.Random,
    writer: RealisticBackground | None,
    undated: _Undated,
) -> Iterator[tuple[dict[str, str], Truth]]:
    """``per_operation`` planted copies of each operation, their own text the background's."""
    # The sources a fair block can be taken from (all but BASIL's shortest articles).
    sources = [r for r in basil if own_words(r["text"].split("\n\n")) >= MIN_OWN_WORDS]
    for operation in OPERATIONS:
        for number in range(per_operation):
            source = rng.choice(sources)
            own = wordlist_paragraphs
            if writer:
                own = partial(writer.own_paragraphs, source["event"])
            copy_id = f"plant-{operation}-{number}"
            dated = undated.rng.random() >= undated.share
            article = {
                "id": copy_id,
                "outlet": "aggregator",
                "date": _next_day(source["date"]) if dated else "",
                "title": "",
                "text": plant(source, operation, rng, own),
            }
            if writer:
                writer.remember(article["text"])
            truth: Truth = {"source": source["id"], "copy": copy_id, "operation": operation}
            yield article, truth | {"dated": dated}


def _wordlist_article(number: int, rng: random.Random) -> dict[str, str]:
    return {
        "id": f"bg-{number}",
        "outlet": "background",
        "date": "",
        "title": "",
        "text": background_text(rng, rng.randint(3, 8)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="Write a corpus with planted reuse.")
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--plants", type=int, default=100, help="planted copies per operation")
    parser.add_argument("--background", choices=BACKGROUNDS, default="realistic")
    parser.add_argument(
        "--undated",
        type=float,
        help=f"share of planted copies without a date (default {UNDATED_SHARE} realistic, 0 wordlist)",
    )
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--truth", type=Path, required=True)
    args = parser.parse_args()
    with (
        args.out.open("w", encoding="utf-8") as out,
        args.truth.open("w", encoding="utf-8") as truth,
    ):
        records = generate(
            args.size,
            args.plants,
            args.seed,
            background=args.background,
            undated_share=args.undated,
        )
        for article, planted in records:
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
            if planted:
                truth.write(json.dumps(planted) + "\n")


if __name__ == "__main__":
    main()
