"""The called source's departures and what the texts show of them
(benchmarks/sibling_departures.py): a writer's own sentences found in the joined copy,
the departures a copy follows, detail-free sentences, sentences merged from two."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from newstrace.model import Alignment, Span

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "eval"))
sibling_departures = importlib.import_module("sibling_departures")
devset = importlib.import_module("devset")

RECORD = {
    "copy": {
        "paragraphs": [
            [
                {"text": "The council passed a 252-page budget.", "from": ["x"]},
                {"text": "Whether it lasts is another question.", "from": []},
            ],
            [{"text": "Critics slammed it, The Times said, citing aides.", "from": ["y"]}],
        ]
    },
    "changed_facts": [{"kind": "number", "copy": "252-page", "source": "225-page"}],
    "loaded_words": ["slammed"],
    "credits": [{"text": "The Times said, citing aides", "outlet": "The Times"}],
}


def test_the_sentences_are_found_where_the_copy_text_joins_them() -> None:
    text = devset.copy_text(RECORD)
    spans = list(sibling_departures.sentence_spans(RECORD))
    assert [text[s:e] for s, e, _ in spans] == [
        "The council passed a 252-page budget.",
        "Whether it lasts is another question.",
        "Critics slammed it, The Times said, citing aides.",
    ]
    assert [own for _, _, own in spans] == [False, True, False]


def test_a_sibling_follows_no_departure_and_a_copy_follows_them() -> None:
    text = devset.copy_text(RECORD)
    sibling = "The council passed a 225-page budget. Critics criticized it."
    apart = sibling_departures.followed(RECORD, sibling, [(0, 37)])
    assert apart["own sentences"] == 1 and apart["own sentences followed"] == 0
    assert apart["changed facts followed"] == 0 and apart["changed facts as the article"] == 1
    assert apart["loaded words followed"] == 0 and apart["credits followed"] == 0
    copied = sibling_departures.followed(RECORD, text, [(0, len(text))])
    assert copied["own sentences followed"] == 1 and copied["changed facts followed"] == 1
    assert copied["loaded words followed"] == 1 and copied["credits followed"] == 1


def test_detail_free_sentences_and_those_traced() -> None:
    text = 'Mayor Lee signed the bill on Monday. It was a long wait. "We did it," she said.'
    assert sibling_departures.commentary(text, []) == (1, 0)
    assert sibling_departures.commentary(text, [(37, 55)]) == (1, 1)


def test_a_sentence_linked_to_two_is_merged() -> None:
    def link(mine: tuple[int, ...], theirs: tuple[int, ...]) -> Alignment:
        return Alignment("near_verbatim", 0.9, Span(0, 1), Span(0, 1), "x", "y", mine, theirs)

    alignments = [link((0,), (0, 1)), link((1,), (2,))]
    assert sibling_departures.merged(alignments, "a", 4) == 0.25
    assert sibling_departures.merged(alignments, "b", 3) == 0.0
