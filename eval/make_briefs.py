"""How the development set's source articles and writing briefs were chosen (run once).

    python eval/make_briefs.py [--basil ../shared/data/basil/articles.jsonl]

Picks 44 BASIL articles, each of a different event, of 250 to 1,100 words (seeded), gives
each a writing brief that spreads the aggregator habits the issue lists over the set
(condensed, partial, near-verbatim, excerpt, heavy paraphrase; credited or not; quotes
kept, trimmed, joined, misattributed; facts changed; loaded words; the writer's own
sentences), marks 12 of them for a second, independent rewrite (the sibling pairs), and
assigns a third of the events to the held-out test split.  It writes one skeleton file a
pair into ``eval/pairs/`` holding the source text and the brief; the writers fill in the
rewrite and its annotation (see ``eval/README.md``).  Existing files are never overwritten.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from devset import SPLITS

HERE = Path(__file__).resolve().parent
FORMS = (
    ["condensed"] * 24 + ["partial"] * 6 + ["near_verbatim"] * 6 + ["excerpt"] * 3 + ["heavy"] * 5
)
CREDITS = [
    "according to {outlet}",
    "{outlet} reported",
    "as first reported by {outlet}",
    "the {short} reports / the report notes",
    "{outlet} said, citing ...",
]
PRIMARY_KINDS = [
    "press release of a company",
    "statement of a politician (first person)",
    "transcript of a press conference (speaker: words)",
    "police or fire department statement",
    "press release of a government agency",
    "statement of a sports club or league",
]
STORY_HABITS = [
    "churnalism: the release's prose kept nearly word for word, its statements quoted",
    "a news story quoting the statement's sentences, paraphrasing the rest, adding context",
    "a short story quoting two or three passages, trimmed",
    "a rewrite in the outlet's voice, quotes joined, background added",
]
QUOTE_HABITS = ["keep exact", "trim one", "join two", "misattribute one", "alter one word"]


def split_of(event: str) -> str:
    """A third of the events are held out, by a hash of the event id (not by position)."""
    return "test" if int(hashlib.sha256(event.encode()).hexdigest(), 16) % 3 == 0 else "tune"


def brief(rng: random.Random, form: str) -> dict[str, object]:
    credited = rng.random() < 0.5
    return {
        "form": form,
        "credited": credited,
        "credit_style": rng.choice(CREDITS) if credited else None,
        "quotes": rng.sample(QUOTE_HABITS, k=2) if form in ("condensed", "heavy") else ["keep"],
        "changed_facts": rng.choice([0, 0, 1, 1, 2]) if form != "excerpt" else 0,
        "loaded_words": rng.choice([0, 1, 2, 3]) if form != "excerpt" else 0,
        "own_sentences": rng.choice([1, 2, 3]) if form not in ("excerpt",) else 0,
        "reorder": form in ("condensed", "heavy") and rng.random() < 0.6,
    }


def _articles_by_event(
    basil: str, words: tuple[int, int] = (250, 1100)
) -> dict[str, list[dict[str, str]]]:
    """BASIL's articles of ``words`` (250 to 1,100 unless a round says), by event, in file order."""
    by_event: dict[str, list[dict[str, str]]] = {}
    for row in (json.loads(line) for line in Path(basil).read_text().splitlines()):
        if row["id"] != "empty" and words[0] <= len(row["text"].split()) <= words[1]:
            by_event.setdefault(row["event"], []).append(row)
    return by_event


def _rewrite(pair_id: str, split: str, article: dict[str, str], brief: dict[str, object]) -> None:
    source = {key: article[key] for key in ("id", "event", "outlet", "title", "text")}
    _write({"id": pair_id, "kind": "rewrite", "split": split, "source": source, "brief": brief})


# Where each of two sibling writers makes its changes (``brief.changes_in``, from the
# thirty-eighth round on).  Writers who never saw each other's text made the same change of
# their article in 117 of the 417 sibling pairs through fresh33 ("180 cases" to "108 cases"
# in both of sib-446: BENCHMARKS.md "Siblings after fresh33"), as people rewriting apart
# seldom would; such a pair carries a copy's evidence.  Halves kept apart keep them apart.
HALVES = ("first half", "second half")


def _second_rewrites(pair_ids: Iterable[str], rng: random.Random) -> None:
    """A second rewrite of each first one's article, by another writer who never sees the
    first: the two form a sibling pair (shared_source).  When the first brief says where its
    changes go (``changes_in``), the second's go in the other half."""
    for pair_id in pair_ids:
        first = json.loads((HERE / "pairs" / f"{pair_id}.json").read_text())
        skeleton = {key: first[key] for key in ("kind", "split", "source")}
        brief_ = brief(rng, "condensed")
        if "changes_in" in first["brief"]:
            brief_["changes_in"] = HALVES[1 - HALVES.index(first["brief"]["changes_in"])]
        _write({"id": f"{pair_id}b", **skeleton, "brief": brief_, "sibling_of": pair_id})


def _primary(number: int, split: str) -> None:
    _write(
        {
            "id": f"pr-{number:02d}",
            "kind": "primary",
            "split": split,
            "brief": {
                "primary": PRIMARY_KINDS[(number - 1) % len(PRIMARY_KINDS)],
                "story": STORY_HABITS[(number - 1) % len(STORY_HABITS)],
                "credited": number % 3 != 0,
            },
        }
    )


def first_round(basil: str) -> None:
    rng = random.Random(15)
    by_event = _articles_by_event(basil)
    events = sorted(by_event)
    rng.shuffle(events)
    forms = FORMS[:]
    rng.shuffle(forms)
    chosen = events[: len(forms)]
    siblings = set(
        rng.sample([e for e, f in zip(chosen, forms, strict=True) if f == "condensed"], 12)
    )
    for number, (event, form) in enumerate(zip(chosen, forms, strict=True), start=1):
        article = rng.choice(by_event[event])
        pair_id = f"rw-{number:02d}"
        _rewrite(
            pair_id, split_of(event), article, brief(rng, form) | {"sibling": event in siblings}
        )
        if event in siblings:
            _second_rewrites([pair_id], rng)
    for number in range(1, 13):
        _primary(number, split_of(f"pr-{number:02d}"))


# A second round of sibling pairs, drawn after the first fit showed seven tune siblings too
# few to learn from: tune articles of the condensed and heavy forms without a second
# rewrite (the test split is untouched).
SECOND_ROUND = (
    "rw-02",
    "rw-11",
    "rw-12",
    "rw-19",
    "rw-26",
    "rw-28",
    "rw-37",
    "rw-38",
    "rw-41",
    "rw-44",
)


def second_round() -> None:
    _second_rewrites(SECOND_ROUND, random.Random(16))


# The fourth round (2026-12-02): the verdict's held-out report needs siblings and primary
# pairs no one has read, and the faithfulness checks need tune pairs that the rules were
# not grown on.  Second rewrites of the fresh articles (rw-45 … rw-56) by writers who
# never open the first ones, six fresh primary pairs, and eight tune rewrites of unused
# tune events whose briefs lean on what the checks missed (misattributions, changed
# facts, loaded words).
FRESH_FIRSTS = tuple(f"rw-{n}" for n in range(45, 57))
FAITHFULNESS = {
    "quotes": ["keep exact", "misattribute one"],
    "changed_facts": 3,
    "loaded_words": 3,
}


def fourth_round(basil: str) -> None:
    rng = random.Random(17)
    _second_rewrites(FRESH_FIRSTS, rng)
    for number in range(13, 19):
        _primary(number, "fresh")
    used = {
        json.loads(path.read_text()).get("source", {}).get("event")
        for path in (HERE / "pairs").glob("*.json")
    }
    by_event = _articles_by_event(basil)
    free = sorted(e for e in by_event if e not in used and split_of(e) == "tune")
    rng.shuffle(free)
    for number, event in enumerate(free[:8], start=57):
        article = rng.choice(by_event[event])
        form = "partial" if number % 4 == 0 else "condensed"
        brief_ = brief(rng, form) | FAITHFULNESS | {"sibling": False}
        _rewrite(f"rw-{number:02d}", "tune", article, brief_)


# The fifth round (2026-12-02, later): the fresh split was read once for issues 15 and 16,
# so their next report needs another unread batch, made the same way: twelve rewrites of
# unused events (of either hash: the split is named, not hashed), a second rewrite of each
# by another writer (twelve sibling pairs), and six primary pairs.  Two in three first
# rewrites carry a misattribution and each changes two or three facts, so that the
# faithfulness checks meet enough of each case to be measured.
def fifth_round(basil: str, *, seed: int = 18, split: str = "fresh2", first: int = 65) -> None:
    rng = random.Random(seed)
    used = {
        json.loads(path.read_text()).get("source", {}).get("event")
        for path in (HERE / "pairs").glob("*.json")
    }
    by_event = _articles_by_event(basil)
    free = sorted(e for e in by_event if e not in used)
    rng.shuffle(free)
    # The seventh round found only 11 unused events: as many rewrites as there are.
    articles = {event: by_event[event] for event in free[:12]}
    _batch(rng, articles, split, first, 19 + (first - 65) // 2)


def _batch(
    rng: random.Random,
    articles: dict[str, list[dict[str, str]]],
    split: str,
    first: int,
    primary: int,
    apart: bool = False,
) -> None:
    """The fifth round's recipe: a rewrite of one of each event's ``articles``, a second
    rewrite of it by another writer, and six primary pairs from ``pr-{primary}`` on.
    ``apart``: the two writers make their changes in different halves (``HALVES``)."""
    forms = ["condensed"] * 7 + ["heavy", "heavy", "partial", "near_verbatim", "partial"]
    for number, (event, form) in enumerate(
        zip(articles, forms[: len(articles)], strict=True), first
    ):
        faithful: dict[str, object] = {
            "changed_facts": rng.choice([2, 3]),
            "loaded_words": rng.choice([1, 2, 3]),
        }
        if number % 3 != 0:
            others = [h for h in QUOTE_HABITS if h not in ("keep exact", "misattribute one")]
            faithful["quotes"] = ["keep exact", "misattribute one", rng.choice(others)]
        brief_ = brief(rng, form) | faithful | {"sibling": True}
        if apart:  # by number, so that the seed's other draws stay as they were
            brief_["changes_in"] = HALVES[number % 2]
        _rewrite(f"rw-{number:02d}", split, rng.choice(articles[event]), brief_)
    _second_rewrites((f"rw-{n}" for n in range(first, first + len(articles))), rng)
    for number in range(primary, primary + 6):
        _primary(number, split)


# The sixth round (2026-12-02, end of the session): fresh2 was read once, for the reports
# of issues 15 and 16; the next report needs another unread batch, made the same way.
def sixth_round(basil: str) -> None:
    fifth_round(basil, seed=19, split="fresh3", first=77)


# The seventh round (2026-12-02, after fresh3 was read): the last 11 unused BASIL events.
def seventh_round(basil: str) -> None:
    fifth_round(basil, seed=20, split="fresh4", first=89)


# The eighth round (2026-12-02, seventh session, after fresh4 was read): no BASIL event is
# unused, so each rewrite takes an article that no pair has used as its source, of an event
# whose other article an earlier pair did use -- twelve events, one article each, drawn
# with their own seed.  The event is known to the verdict's fit through the other
# article's rewrites (eval/README.md says so); the texts, writers and annotations are new.
def eighth_round(
    basil: str,
    *,
    seed: int = 22,
    split: str = "fresh5",
    first: int = 100,
    words: tuple[int, int] = (250, 1100),
) -> None:
    rng = random.Random(seed)
    records = [json.loads(path.read_text()) for path in (HERE / "pairs").glob("*.json")]
    used = {r.get("source", {}).get("id") for r in records}
    by_event = _articles_by_event(basil, words)
    unused = {e: [a for a in arts if a["id"] not in used] for e, arts in by_event.items()}
    events = sorted(e for e, arts in unused.items() if arts)
    rng.shuffle(events)
    primary = 37 + (first - 100) // 2
    _batch(rng, {event: unused[event] for event in events[:12]}, split, first, primary)


# The later rounds, drawn like the eighth, each with its own seed, in the order written
# (eval/README.md): (seed, split, first rewrite).  The ninth was drawn after fresh5 was
# read; from the tenth on each batch was written before the one before it was read, so
# that every report has an unread batch after it.  Order matters: each round takes
# articles that no pair written before it uses.
LATER_ROUNDS = (
    (23, "fresh6", 112),  # ninth, seventh session
    (24, "fresh7", 124),  # tenth, eighth session
    (25, "fresh8", 136),  # eleventh, ninth session
    (26, "fresh9", 148),  # twelfth, tenth session
    (27, "fresh10", 160),  # thirteenth, eleventh session
    (28, "fresh11", 172),  # fourteenth, eleventh session
    (29, "fresh12", 184),  # fifteenth, eleventh session
    (30, "fresh13", 196),  # sixteenth, twelfth session
    (31, "fresh14", 208),  # seventeenth, twelfth session
    (32, "fresh15", 220),  # eighteenth, twelfth session
    (33, "fresh16", 232),  # nineteenth, thirteenth session
    (34, "fresh17", 244),  # twentieth, thirteenth session
    (35, "fresh18", 256),  # twenty-first, fourteenth session
    (36, "fresh19", 268),  # twenty-second, fifteenth session
    (37, "fresh20", 280),  # twenty-third, fifteenth session
)

# After fresh17 only six events still had an unused article of 250 to 1,100 words, so the
# twenty-first round draws from 200 to 1,300 words: a few shorter sources, a few longer.
# After fresh18 nineteen events still had an unused article of 190 to 1,300 words; the
# twenty-second round draws its twelve from those.
# After fresh19 seventeen events still had an unused article, seven of 190 to 1,300 words
# and the rest shorter or longer; the twenty-third round takes its twelve from 130 to 1,900.
ROUND_WORDS = {"fresh18": (200, 1300), "fresh19": (190, 1300), "fresh20": (130, 1900)}


def _rewrites_by_source(split: str) -> dict[str, list[dict[str, Any]]]:
    """The rewrites of the splits written before ``split`` (``devset.SPLITS``, in the order
    written), by their source's id: a round drawn again draws what it drew the first time,
    whatever was written after it."""
    before = set(SPLITS[: SPLITS.index(split)])
    uses: dict[str, list[dict[str, Any]]] = {}
    for path in (HERE / "pairs").glob("*.json"):
        record = json.loads(path.read_text())
        if record.get("kind") == "rewrite" and record["split"] in before:
            uses.setdefault(record["source"]["id"], []).append(record)
    return uses


# The twenty-fourth round (2026-12-04, sixteenth session): after fresh20 only five BASIL
# articles were unused, all longer than 1,100 words.  Thirty sources had been rewritten
# once only, by the first rounds' writers (rw-03 ... rw-64, no second rewrite): this round
# gives each of twelve of them two new rewrites, by writers who never open the earlier
# one.  The four shortest (256-335 words) are always taken, because short sources are
# where the verdict fails (benchmarks/direction_by_length.py); eight more are drawn with
# the round's seed.  The texts, writers and annotations are new; the source is not, and
# eval/README.md says so.
def twenty_fourth_round(
    *, seed: int = 38, split: str = "fresh21", first: int = 292, primary: int = 133
) -> None:
    rng = random.Random(seed)
    uses = _rewrites_by_source(split)
    once = sorted(
        (uses_[0]["source"] for uses_ in uses.values() if len(uses_) == 1),
        key=lambda source: (len(source["text"].split()), source["id"]),
    )
    rest = once[4:]
    rng.shuffle(rest)
    chosen = once[:4] + rest[:8]
    _batch(rng, {source["event"]: [source] for source in chosen}, split, first, primary)


# The twenty-sixth round (2026-12-04, seventeenth session, after fresh22 was read): only six
# sources were still rewritten once (510-1,074 words); all six are taken, and six sources
# rewritten twice already, three of under 250 words and three of 250-500 drawn with the
# round's seed, because short sources are where the verdict fails
# (benchmarks/direction_by_length.py).  Their writers never open the earlier rewrites; the
# two earlier ones and the two new ones of a source are four independent rewrites, and only
# the new two are annotated as a sibling pair.
def twenty_sixth_round(
    *, seed: int = 40, split: str = "fresh23", first: int = 316, primary: int = 145
) -> None:
    rng = random.Random(seed)
    uses = _rewrites_by_source(split)

    def words(source: dict[str, str]) -> int:
        return len(source["text"].split())

    def used(times: int) -> list[dict[str, str]]:
        sources = (u[0]["source"] for u in uses.values() if len(u) == times)
        return sorted(sources, key=lambda source: (words(source), source["id"]))

    once = used(1)
    # One source an event: a batch is keyed by event, and an event's two articles are
    # the hard negatives of BASIL's same-event pairs, not sources of one sibling pair.
    taken = {source["event"] for source in once}
    twice = [source for source in used(2) if source["event"] not in taken]
    short = [source for source in twice if words(source) < 250]
    middle = [source for source in twice if 250 <= words(source) <= 500]
    rng.shuffle(short)
    rng.shuffle(middle)
    chosen = once + short[:3] + middle[:3]
    assert len({source["event"] for source in chosen}) == len(chosen) == 12
    _batch(rng, {source["event"]: [source] for source in chosen}, split, first, primary)


# The twenty-seventh round (2026-12-04, eighteenth session, after fresh23 was read): the
# verdict still fails on heavy rewrites of short sources and on siblings of one source, so
# five sources under 250 words and five of 250-500 words, each rewritten twice before, are
# drawn with the seed, of events fresh23 did not use; and two of the five BASIL articles
# no round has used (all 1,148-1,670 words) bring long sources back.  One source an event.
def twenty_seventh_round(
    basil: str,
    *,
    seed: int = 41,
    split: str = "fresh24",
    first: int = 328,
    primary: int = 151,
    apart: bool = False,
) -> None:
    rng = random.Random(seed)
    uses = _rewrites_by_source(split)
    last = SPLITS[SPLITS.index(split) - 1]

    def words(source: dict[str, str]) -> int:
        return len(source["text"].split())

    recent = {
        rewrites[0]["source"]["event"]
        for rewrites in uses.values()
        if any(rewrite["split"] == last for rewrite in rewrites)
    }
    twice = sorted(
        (u[0]["source"] for u in uses.values() if len(u) == 2),
        key=lambda source: (words(source), source["id"]),
    )
    twice = [source for source in twice if source["event"] not in recent]
    short = [source for source in twice if words(source) < 250]
    middle = [source for source in twice if 250 <= words(source) <= 500]
    rows = (json.loads(line) for line in Path(basil).read_text().splitlines())
    unused = sorted(
        (row for row in rows if row["id"] != "empty" and row["id"] not in uses),
        key=lambda row: row["id"],
    )
    for pool in (short, middle, unused):
        rng.shuffle(pool)
    if len(short) < 5:
        # Fewer than five short sources left rewritten twice (the twenty-eighth round): top
        # up with short ones rewritten more often, by writers who never read those rewrites.
        more = sorted(
            (u[0]["source"] for u in uses.values() if len(u) > 2),
            key=lambda source: (words(source), source["id"]),
        )
        more = [s for s in more if words(s) < 250 and s["event"] not in recent]
        rng.shuffle(more)
        short += more
    if len(unused) < 2:
        # Fewer than two BASIL articles left that no round used (the twenty-ninth round):
        # top up with long sources rewritten twice, by writers who never read those rewrites.
        long = [s for s in twice if words(s) > 500]
        rng.shuffle(long)
        unused += long
    if len(middle) < 5:
        # Fewer than five middle-length sources left rewritten twice (the forty-second
        # round): top up with ones rewritten three times or more, as for short ones above.
        more = sorted(
            (u[0]["source"] for u in uses.values() if len(u) > 2),
            key=lambda source: (words(source), source["id"]),
        )
        more = [s for s in more if 250 <= words(s) <= 500 and s["event"] not in recent]
        rng.shuffle(more)
        middle += more
    chosen: list[dict[str, str]] = []
    for pool, count in ((short, 5), (middle, 5), (unused, 2)):
        taken = len(chosen)
        for source in pool:
            if len(chosen) - taken < count and source["event"] not in {c["event"] for c in chosen}:
                chosen.append(source)
    assert len({source["event"] for source in chosen}) == len(chosen) == 12
    _batch(rng, {source["event"]: [source] for source in chosen}, split, first, primary, apart)


def _write(skeleton: dict[str, object]) -> None:
    path = HERE / "pairs" / f"{skeleton['id']}.json"
    if not path.exists():
        path.write_text(json.dumps(skeleton, indent=1, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--basil", default=str(HERE.parent.parent / "shared/data/basil/articles.jsonl")
    )
    args = parser.parse_args()
    first_round(args.basil)
    second_round()
    fourth_round(args.basil)
    fifth_round(args.basil)
    sixth_round(args.basil)
    seventh_round(args.basil)
    eighth_round(args.basil)
    for seed, split, first in LATER_ROUNDS:
        words = ROUND_WORDS.get(split, (250, 1100))
        eighth_round(args.basil, seed=seed, split=split, first=first, words=words)
    twenty_fourth_round()
    # The twenty-fifth (sixteenth session, after fresh21 was read): the same recipe over
    # the eighteen sources still rewritten only once.
    twenty_fourth_round(seed=39, split="fresh22", first=304, primary=139)
    # The twenty-sixth (seventeenth session, after fresh22 was read).
    twenty_sixth_round()
    # The twenty-seventh (eighteenth session, after fresh23 was read).
    twenty_seventh_round(args.basil)
    # The twenty-eighth (nineteenth session, after fresh24 was read): the same recipe.
    twenty_seventh_round(args.basil, seed=42, split="fresh25", first=340, primary=157)
    # The twenty-ninth (twentieth session, after fresh25 was read): the same recipe.
    twenty_seventh_round(args.basil, seed=43, split="fresh26", first=352, primary=163)
    # The thirtieth (twenty-first session, after fresh26 was read): the same recipe.
    twenty_seventh_round(args.basil, seed=44, split="fresh27", first=364, primary=169)
    # The thirty-first (twenty-second session, after fresh27 was read): the same recipe.
    twenty_seventh_round(args.basil, seed=45, split="fresh28", first=376, primary=175)
    # The thirty-second (twenty-third session, after fresh28 was read): the same recipe.
    twenty_seventh_round(args.basil, seed=46, split="fresh29", first=388, primary=181)
    # The thirty-third (twenty-fourth session, after fresh29 was read): the same recipe.
    twenty_seventh_round(args.basil, seed=47, split="fresh30", first=400, primary=187)
    # The thirty-fourth (twenty-fifth session, after fresh30 was read): the same recipe.
    twenty_seventh_round(args.basil, seed=48, split="fresh31", first=412, primary=193)
    # The thirty-fifth (twenty-sixth session, after fresh31 was read): the same recipe.
    twenty_seventh_round(args.basil, seed=49, split="fresh32", first=424, primary=199)
    # The thirty-sixth (twenty-seventh session, after fresh32 was read): the same recipe.
    twenty_seventh_round(args.basil, seed=50, split="fresh33", first=436, primary=205)
    # The thirty-seventh (twenty-eighth session, after fresh33 was read): the same recipe.
    twenty_seventh_round(args.basil, seed=51, split="fresh34", first=448, primary=211)
    # The thirty-eighth (twenty-ninth session, after fresh34 was read): the same recipe,
    # the sibling writers' changes in different halves (brief.changes_in).
    twenty_seventh_round(args.basil, seed=52, split="fresh35", first=460, primary=217, apart=True)
    # The thirty-ninth (thirtieth session, after fresh35 was read): the same recipe, the
    # sibling writers' changes again in different halves.
    twenty_seventh_round(args.basil, seed=53, split="fresh36", first=472, primary=223, apart=True)
    # The fortieth (thirty-first session, after fresh36 was read): the same recipe, the
    # sibling writers' changes again in different halves.
    twenty_seventh_round(args.basil, seed=54, split="fresh37", first=484, primary=229, apart=True)
    # The forty-first (thirty-first session, after fresh37 was read at its end): the same
    # recipe, the sibling writers' changes again in different halves.
    twenty_seventh_round(args.basil, seed=55, split="fresh38", first=496, primary=235, apart=True)
    # The forty-second (thirty-second session, after fresh38 was read): the same recipe, the
    # sibling writers' changes again in different halves.
    twenty_seventh_round(args.basil, seed=56, split="fresh39", first=508, primary=241, apart=True)
    # The forty-third (thirty-second session, after fresh39 was read): the same recipe, the
    # sibling writers' changes again in different halves.
    twenty_seventh_round(args.basil, seed=57, split="fresh40", first=520, primary=247, apart=True)
    # The forty-fourth (thirty-third session, after fresh40 was read): the same recipe, the
    # sibling writers' changes again in different halves.
    twenty_seventh_round(args.basil, seed=58, split="fresh41", first=532, primary=253, apart=True)
    # The forty-fifth (thirty-third session, after fresh41 was read): the same recipe, the
    # sibling writers' changes again in different halves.
    twenty_seventh_round(args.basil, seed=59, split="fresh42", first=544, primary=259, apart=True)
    # The forty-sixth (thirty-fourth session, after fresh42 was read): the same recipe, the
    # sibling writers' changes again in different halves.
    twenty_seventh_round(args.basil, seed=60, split="fresh43", first=556, primary=265, apart=True)
    # The forty-seventh (thirty-fourth session, after fresh43 was read): the same recipe, the
    # sibling writers' changes again in different halves.
    twenty_seventh_round(args.basil, seed=61, split="fresh44", first=568, primary=271, apart=True)
    # The forty-eighth (thirty-fifth session, after fresh44 was read): the same recipe, the
    # sibling writers' changes again in different halves.
    twenty_seventh_round(args.basil, seed=62, split="fresh45", first=580, primary=277, apart=True)
    # The forty-ninth (thirty-fifth session, after fresh45 was read): the same recipe, the
    # sibling writers' changes again in different halves.
    twenty_seventh_round(args.basil, seed=63, split="fresh46", first=592, primary=283, apart=True)
    # The fiftieth (thirty-sixth session, after fresh46 was read): the same recipe, the
    # sibling writers' changes again in different halves.
    twenty_seventh_round(args.basil, seed=64, split="fresh47", first=604, primary=289, apart=True)
    # The fifty-first (thirty-sixth session, after fresh47 was read): the same recipe, the
    # sibling writers' changes again in different halves.
    twenty_seventh_round(args.basil, seed=65, split="fresh48", first=616, primary=295, apart=True)
    # The fifty-second (thirty-seventh session, after fresh48 was read): the same recipe, the
    # sibling writers' changes again in different halves.
    twenty_seventh_round(args.basil, seed=66, split="fresh49", first=628, primary=301, apart=True)
    # The fifty-third (thirty-seventh session, after fresh49 was read): the same recipe, the
    # sibling writers' changes again in different halves.
    twenty_seventh_round(args.basil, seed=67, split="fresh50", first=640, primary=307, apart=True)
    # The fifty-fourth (thirty-eighth session, after fresh50 was read): the same recipe, the
    # sibling writers' changes again in different halves.
    twenty_seventh_round(args.basil, seed=68, split="fresh51", first=652, primary=313, apart=True)
    # The fifty-fifth (thirty-ninth session, after fresh51 was read): the same recipe, the
    # sibling writers' changes again in different halves.
    twenty_seventh_round(args.basil, seed=69, split="fresh52", first=664, primary=319, apart=True)
    # The fifty-sixth (fortieth session, after fresh52 was read): the same recipe, the
    # sibling writers' changes again in different halves.
    twenty_seventh_round(args.basil, seed=70, split="fresh53", first=676, primary=325, apart=True)
    # The fifty-seventh (forty-first session, after fresh53 was read): the same recipe, the
    # sibling writers' changes again in different halves.
    twenty_seventh_round(args.basil, seed=71, split="fresh54", first=688, primary=331, apart=True)
    # The fifty-eighth (forty-second session, after fresh54 was read): the same recipe, the
    # sibling writers' changes again in different halves.
    twenty_seventh_round(args.basil, seed=72, split="fresh55", first=700, primary=337, apart=True)
    # The fifty-ninth (forty-third session, after fresh55 was read): the same recipe, the
    # sibling writers' changes again in different halves.
    twenty_seventh_round(args.basil, seed=73, split="fresh56", first=712, primary=343, apart=True)
    # The sixtieth (forty-fourth session, after fresh56 was read): the same recipe, the
    # sibling writers' changes again in different halves.
    twenty_seventh_round(args.basil, seed=74, split="fresh57", first=724, primary=349, apart=True)
    # The sixty-first (forty-fifth session, after fresh57 was read): the same recipe, the
    # sibling writers' changes again in different halves.
    twenty_seventh_round(args.basil, seed=75, split="fresh58", first=736, primary=355, apart=True)


if __name__ == "__main__":
    main()
