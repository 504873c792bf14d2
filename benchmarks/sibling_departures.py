"""Where the called source departs from the article: does the called copy follow it?

    python benchmarks/sibling_departures.py [--splits tune..fresh35] [--no-basil] [--markdown]

If B was written from A, B's words come from A: wherever A departs from the article it
retells (a fact changed, a sentence of its own, a loaded word, a credit), a copy follows
A or drops the passage.  Two rewrites of one article by writers who never saw each
other's text do not: the one read as the copy agrees with the article against the other.
The article is not at hand; what the texts show of a departure is what this measures,
from the shipped verdict's comparisons (``benchmarks/every_split.py``'s cache; one order
per pair; the copy is A for rewrite and primary pairs, the called copy or the more-traced
text for siblings and BASIL, ``sibling_marks._sides``):

* **in truth** (siblings only, from the writers' records, never read by newstrace): of the
  called source's departures, how many the called copy follows (its own sentences traced
  in the copy, its changed facts in their changed form, its loaded words, its credit);
* **as the texts show them**: the called source credits its whole story to an outlet
  (``SideEvidence.story_credits``) and the copy does not; the called source's sentences
  outside quotations that give no detail (``clues.details``: the commentary a rewriter
  adds is of this kind, "Whether ... is another question."), untraced in the copy, and the
  share of them traced; the details the copy gives in the passages they share that the
  source lacks (the source's ``details_dropped``);
* **the shape**: a condensed rewrite against a near-verbatim one of one article (the
  writers' briefs) beside the condensed rewrites of the article itself (medians of what
  the texts carry: length ratio, shares traced, own sentences merged from two of the
  source's, order), and the copy calls of that shape as the texts show it, by stated
  confidence.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from statistics import median
from typing import Any

from every_split import bench
from sibling_marks import _sides, one_order, read_gate

from newstrace import Article
from newstrace.analyse.clues import details
from newstrace.analyse.direction_model import length_ratio
from newstrace.config import DEFAULT_CONFIG
from newstrace.model import Alignment, Comparison, SideEvidence
from newstrace.pipeline import prepare

KINDS = ("own sentences", "changed facts", "loaded words", "credits")
# The shape of the calls read off sib-422, -446, -458, -470 (condensed against near-verbatim):
# the shorter text's length a share of the longer's, the copy's and the source's share traced.
WINDOW = ((0.4, 0.62), (0.8, 1.0), (0.55, 0.85))
BANDS = (0.97, 0.95, 0.9, 0.8, 0.5)


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"\w+", text.lower())) + " "


def _contains(text: str, phrase: str) -> bool:
    return _words(phrase) in _words(text)


def sentence_spans(record: dict[str, Any]) -> Iterator[tuple[int, int, bool]]:
    """Each sentence of a writer's copy (``devset.copy_text``'s joining) as its span in the
    text and whether it is the writer's own (no sentence of the article behind it)."""
    at = 0
    for p, paragraph in enumerate(record["copy"]["paragraphs"]):
        at += 2 if p else 0
        for s, sentence in enumerate(paragraph):
            at += 1 if s else 0
            text = sentence["text"].strip()
            yield at, at + len(text), not sentence.get("from")
            at += len(text)


def _traced(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether half the characters of ``start:end`` are in ``spans``."""
    covered = set()
    for s, e in spans:
        covered.update(range(max(s, start), min(e, end)))
    return 2 * len(covered) >= end - start


def followed(
    source: dict[str, Any], copy_text: str, source_spans: list[tuple[int, int]]
) -> Counter[str]:
    """Of the called source's departures (its writer's record), how many there are
    (``KIND``) and how many the called copy follows (``KIND followed``); ``source_spans``:
    the source's aligned spans."""
    found: Counter[str] = Counter()
    for start, end, own in sentence_spans(source):
        if own:
            found["own sentences"] += 1
            found["own sentences followed"] += _traced(start, end, source_spans)
    for fact in source.get("changed_facts", []):
        found["changed facts"] += 1
        mine, article = _contains(copy_text, fact["copy"]), _contains(copy_text, fact["source"])
        found["changed facts followed"] += mine and not article
        found["changed facts as the article"] += article and not mine
    for word in source.get("loaded_words", []):
        found["loaded words"] += 1
        found["loaded words followed"] += _contains(copy_text, word)
    for credit in source.get("credits", []):
        found["credits"] += 1
        found["credits followed"] += _contains(copy_text, credit["outlet"])
    return found


def commentary(text: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """Sentences of ``text`` outside quotations that give no detail -- the commentary a
    rewriter adds to its article is of this kind ("Whether ... is another question."),
    and a copy of that rewrite would have to follow or drop it -- and how many of them are
    traced (``spans``: the text's aligned spans)."""
    doc = prepare(Article(text))
    quoted = [doc.normalised.to_original(s, e) for s, e in doc.quoted_regions]
    found = traced = 0
    for sentence in doc.sentences:
        start, end = sentence.span.start, sentence.span.end
        inside = sum(max(0, min(q.end, end) - max(q.start, start)) for q in quoted)
        if 2 * inside >= end - start or details(doc.text[start:end]):
            continue
        found += 1
        traced += _traced(start, end, spans)
    return found, traced


def merged(alignments: list[Alignment], side: str, sentences: int) -> float:
    """The share of one text's sentences whose firm links reach two or more sentences of
    the other: sentences merged from two."""
    firm = DEFAULT_CONFIG.align.paraphrase_threshold
    partners: dict[int, set[int]] = defaultdict(set)
    for x in alignments:
        if x.kind == "paraphrase" and x.score < firm:
            continue
        mine, theirs = (
            (x.a_sentences, x.b_sentences) if side == "a" else (x.b_sentences, x.a_sentences)
        )
        if len(mine) == 1:
            partners[mine[0]].update(theirs)
    return sum(len(p) >= 2 for p in partners.values()) / max(1, sentences)


def _spans(result: Comparison, side: str) -> list[tuple[int, int]]:
    return [
        (x.a_span.start, x.a_span.end) if side == "a" else (x.b_span.start, x.b_span.end)
        for x in result.alignments
    ]


def _group(kind: str, group: str, forms: tuple[str, str] | None) -> str:
    if kind != "sibling" or forms is None:
        return group
    shape = "condensed/near-verbatim" if set(forms) == {"condensed", "near_verbatim"} else "other"
    return f"{group} ({shape})"


def shape_values(
    result: Comparison, copy: SideEvidence, source: SideEvidence, side: str
) -> dict[str, float]:
    cover = (
        (result.coverage.a, result.coverage.b)
        if side == "a"
        else (result.coverage.b, result.coverage.a)
    )
    return {
        "length ratio": length_ratio(result.evidence),
        "copy traced": cover[0],
        "source traced": cover[1],
        "copy merged from two": merged(list(result.alignments), side, copy.sentences),
        "copy order": copy.order,
        "copy's own untraced": copy.own_sentences - copy.own_sentences_traced,
        "source's own untraced": source.own_sentences - source.own_sentences_traced,
        "copy gives, source lacks": source.details_dropped,
    }


def in_window(result: Comparison) -> bool:
    """Whether a copy call has the shape of ``WINDOW``."""
    side = "a" if result.verdict.relation == "a_from_b" else "b"
    cover = (
        (result.coverage.a, result.coverage.b)
        if side == "a"
        else (result.coverage.b, result.coverage.a)
    )
    values = (length_ratio(result.evidence), *cover)
    return all(low <= v <= high for v, (low, high) in zip(values, WINDOW, strict=True))


def main() -> None:
    args, splits, cases, results = read_gate(__doc__)
    pairs = {p.id: p for split in splits for p in bench.load(split)}
    truth: dict[str, Counter[str]] = defaultdict(Counter)
    proxies: dict[str, Counter[str]] = defaultdict(Counter)
    shapes: dict[str, list[dict[str, float]]] = defaultdict(list)
    for case, result, kind, group in one_order(cases, results):
        copy, source, side = _sides(kind, result)
        texts = {"a": _text(case[1]), "b": _text(case[2])}
        other = "b" if side == "a" else "a"
        pair = pairs.get(case[0].split(":")[-1]) if kind != "basil" else None
        forms = None
        if kind == "sibling" and pair is not None:
            records = {"a": pair.record["first"], "b": pair.record["second"]}
            forms = (records[side]["brief"]["form"], records[other]["brief"]["form"])
            name = _group(kind, group, forms)
            truth[name]["pairs"] += 1
            truth[name].update(followed(records[other], texts[side], _spans(result, other)))
        name = _group(kind, group, forms)
        if kind == "rewrite" and pair is not None:
            name = f"rewrite pairs ({pair.record['brief']['form']})"
        counts = proxies[name]
        counts["n"] += 1
        credits = bool(source.story_credits)
        counts["source credits its story"] += credits
        counts["… the copy does not"] += credits and not copy.story_credits
        found, traced = commentary(texts[other], _spans(result, other))
        counts["source: 1+ detail-free sentences untraced"] += found - traced >= 1
        counts["source: 2+ untraced"] += found - traced >= 2
        counts["source's detail-free sentences"] += found
        counts["… traced in the copy"] += traced
        counts["copy gives 4+ details the source lacks"] += source.details_dropped >= 4
        shapes[name].append(shape_values(result, copy, source, side))
    _print_truth(truth, args.markdown)
    _print_proxies(proxies, args.markdown)
    _print_shapes(shapes, args.markdown)
    _print_window(cases, results, args.markdown)


def _text(value: object) -> str:
    return value.text if isinstance(value, Article) else str(value)


def _print_truth(truth: dict[str, Counter[str]], markdown: bool) -> None:
    header = ["siblings", "pairs", *(f"{k}: followed / all" for k in KINDS), "facts as the article"]
    rows = [
        [name, str(c["pairs"])]
        + [f"{c[k + ' followed']} / {c[k]}" for k in KINDS]
        + [str(c["changed facts as the article"])]
        for name, c in sorted(truth.items())
    ]
    print("In truth: the called source's departures the called copy follows")
    print(bench._table(header, rows, markdown))


def _print_proxies(proxies: dict[str, Counter[str]], markdown: bool) -> None:
    names = [k for k in next(iter(proxies.values())) if k != "n"]
    # Each count a share of the pairs, but the sentences traced: a share of the sentences.
    base = {k: "n" for k in names if k != "source's detail-free sentences"}
    base["… traced in the copy"] = "source's detail-free sentences"
    rows = [
        [name, str(c["n"])]
        + [f"{c[k]} ({c[k] / max(1, c[base[k]]):.0%})" if k in base else str(c[k]) for k in names]
        for name, c in sorted(proxies.items())
    ]
    print("\nAs the texts show them (one order per pair)")
    print(bench._table(["pairs", "n", *names], rows, markdown))


def _print_shapes(shapes: dict[str, list[dict[str, float]]], markdown: bool) -> None:
    keys = list(next(iter(shapes.values()))[0])
    rows = [
        [name, str(len(v))] + [f"{median(x[k] for x in v):.2f}" for k in keys]
        for name, v in sorted(shapes.items())
    ]
    print("\nThe shape: medians")
    print(bench._table(["pairs", "n", *keys], rows, markdown))


def _print_window(cases: list[bench.Case], results: list[Comparison], markdown: bool) -> None:
    rows = []
    for inside in (True, False):
        for low in BANDS:
            calls = [
                (r.verdict.relation == c[3], r.verdict.confidence, ":sibling:" in c[0])
                for c, r in zip(cases, results, strict=True)
                if r.verdict.relation in bench.COPIES
                and r.verdict.confidence >= low
                and in_window(r) == inside
            ]
            if calls:
                rows.append(
                    [
                        "in the window" if inside else "outside",
                        f"{low:.2f}+",
                        str(len(calls)),
                        f"{sum(x[0] for x in calls) / len(calls):.3f}",
                        f"{sum(x[1] for x in calls) / len(calls):.3f}",
                        str(sum(x[2] for x in calls)),
                    ]
                )
    print("\nCopy calls (both orders, BASIL ordered) in the shape's window, by stated confidence")
    print(
        bench._table(
            ["calls", "stated", "n", "right", "stated mean", "sibling calls"], rows, markdown
        )
    )


if __name__ == "__main__":
    main()
