"""One text's evidence with middling values, for the verdict's rule tests."""

from __future__ import annotations

from typing import Any

from newstrace.model import SideEvidence

_MIDDLING: dict[str, Any] = {
    "sentences": 10,
    "sentences_traced": 4,
    "own_sentences": 8,
    "own_sentences_traced": 2,
    "outside_quotes": 0.5,
    "lexical_outside_quotes": 0.2,
    "longest_passage_outside_quotes": 10,
    "order": 1.0,
    "credits_other": False,
}


def side_evidence(**fields: Any) -> SideEvidence:
    """A ``SideEvidence`` with middling values and ``fields`` set."""
    return SideEvidence(**(_MIDDLING | fields))
