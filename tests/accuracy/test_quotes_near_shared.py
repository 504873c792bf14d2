"""Where a text's quotations lie against the stretch it shares with the other
(benchmarks/quotes_near_shared.py): inside, a paragraph away, or further."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from newstrace.model import QuoteCheck, Span

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
near_shared = importlib.import_module("quotes_near_shared")

HOST = (
    '"We will not close the clinic," the mayor said on Tuesday.\n\n'
    "The council voted 5-2 to keep the clinic open through June.\n\n"
    '"This is a reprieve, not a rescue," said Dana Ortiz, who runs it.\n\n'
    "Funding for the next year is still undecided.\n\n"
    '"We need a budget by spring," a council aide said.'
)


def _quote(sentence: str, status: str) -> QuoteCheck:
    start = HOST.index(sentence)
    return QuoteCheck(sentence, None, (Span(start, start + len(sentence)),), status)  # type: ignore[arg-type]


def test_a_host_quotation_two_paragraphs_from_the_lifted_block_is_not_near_it() -> None:
    shared = HOST.index("Dana Ortiz")  # the lifted block: the third paragraph alone
    block = [Span(HOST.rindex("\n", 0, shared) + 1, HOST.index("\n", shared))]
    quotes = [
        _quote("We will not close the clinic", "unmatched"),  # two paragraphs before
        _quote("This is a reprieve, not a rescue", "exact"),  # in the block
        _quote("We need a budget by spring", "unmatched"),  # two paragraphs after
    ]
    places = near_shared._quote_places(HOST, quotes, block, block)
    assert [p["in_lexical"] for p in places] == [False, True, False]
    assert [p["near_lexical"] for p in places] == [False, True, False]
    assert near_shared.new_quotes(places, "all") == 2.5 / 4
    assert near_shared.new_quotes(places, "in_lexical") == 0.5 / 2


def test_a_quotation_in_the_next_paragraph_is_near_the_shared_stretch() -> None:
    start = HOST.index("The council")
    block = [Span(start, HOST.index("\n", start))]  # the second paragraph
    places = near_shared._quote_places(
        HOST, [_quote("This is a reprieve, not a rescue", "unmatched")], block, []
    )
    assert places == [
        {
            "new": True,
            "in_lexical": False,
            "near_lexical": True,
            "in_aligned": False,
            "near_aligned": False,
        }
    ]
