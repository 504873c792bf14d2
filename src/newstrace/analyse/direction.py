"""Decide the relation of two articles from the evidence: who copied whom, if anyone.

The rule, in order:
1. A text is *derived* from the other when the reporter's own words are traced to the other:
   most of its own sentences (those not mostly inside quotations), at least a few of them,
   most of its text outside quotations, and in the other's order (a rewrite); or when a
   large share of its text outside quotations is the other's text word for word or nearly
   (passages copied into an article of its own), or a fair share of it is and one passage
   holds many of the reporter's own words.  Quotations are left out because
   independent reports of one event share them.
2. If exactly one text is derived, it is the copy -- unless the publication dates say it
   came first, in which case the other one copied it and added to it.  Copied passages
   alone (not a rewrite) need a date or a credit to say who copied whom: without one, two
   articles that copied the same third one would accuse each other.
3. If both are derived (nearly the same text), the later date decides, then a credit to
   the other's outlet; with neither, nothing tells who copied whom and the texts are
   called ``shared_source`` (two outlets running the same wire copy look like this).
4. Otherwise the texts are ``shared_source`` when they share a passage (quotes, wire copy)
   with a run of ``min_shared_run`` identical words, and ``unrelated`` when they do not: a
   phrase worded nearly alike ("sue Saudi Arabia for any role in the terrorist attacks" /
   "for its alleged role in the terrorist attacks") is how two reports of one event put
   the same fact, not a sign of a common text.  Nor is common news wording: names with
   their titles, stock phrases, boilerplate, wording an index finds in many articles
   (``analyse.stock``); the run must hold ``min_shared_run`` words besides those.
5. When both articles are one outlet's and share such a passage, a ``self_reuse`` reason
   says so: an outlet reusing its own text is reuse, whatever the relation.
"""

from __future__ import annotations

import re
from datetime import date
from difflib import SequenceMatcher

from newstrace.analyse.stock import CommonWording, self_reuse_reason, shared_texts
from newstrace.config import VerdictConfig
from newstrace.model import (
    Alignment,
    ArticleInfo,
    Coverage,
    Evidence,
    Relation,
    SideEvidence,
    Verdict,
)


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _margin(value: float, threshold: float) -> float:
    """How far past ``threshold`` a value lies, scaled to [0, 1]."""
    return max(0.0, min(1.0, (value - threshold) / max(1e-9, 1 - threshold)))


def derived_strength(side: SideEvidence, config: VerdictConfig) -> float:
    """-1 when the text is not derived from the other, else its weakest margin in [0, 1]."""
    own_share = side.own_sentences_traced / max(1, side.own_sentences)
    traced_share = side.sentences_traced / max(1, side.sentences)
    tests = [
        (own_share, config.min_own_sentences),
        (traced_share, config.min_sentences),
        (side.outside_quotes, config.min_outside_quotes),
        (side.order, config.min_order),
    ]
    if side.own_sentences_traced < config.min_own_traced:
        return -1.0
    if any(value < threshold for value, threshold in tests):
        return -1.0
    return min(_margin(value, threshold) for value, threshold in tests)


def passages_strength(side: SideEvidence, config: VerdictConfig) -> float:
    """-1 unless much of the text outside quotations is copied word for word (or nearly),
    or a fair share of it is and one copied passage holds many of the reporter's words."""
    share = side.lexical_outside_quotes
    if share >= config.min_lexical_outside_quotes:
        return _margin(share, config.min_lexical_outside_quotes)
    if (
        share >= config.min_lexical_with_passage
        and side.longest_passage_outside_quotes >= config.min_passage_own_words
    ):
        return _margin(share, config.min_lexical_with_passage)
    return -1.0


def copy_strength(side: SideEvidence, config: VerdictConfig) -> float:
    """The stronger of the two ways a text can be derived; -1 when it is not."""
    return max(derived_strength(side, config), passages_strength(side, config))


def _describe(name: str, other: str, side: SideEvidence) -> str:
    return (
        f"{side.sentences_traced} of {side.sentences} sentences of {name} traced to {other}, "
        f"{side.own_sentences_traced} of its {side.own_sentences} sentences outside quotations "
        f"firmly; {side.outside_quotes:.0%} of {name}'s text outside quotations traced"
    )


def decide(
    a: ArticleInfo,
    b: ArticleInfo,
    coverage: Coverage,
    evidence: Evidence,
    alignments: list[Alignment],
    *,
    config: VerdictConfig,
    common: CommonWording | None = None,
) -> Verdict:
    """The verdict on A and B; see the module docstring for the rule.  ``common`` is the
    wording an index found in many articles, when the articles come from one."""
    a_strength = copy_strength(evidence.a, config)
    b_strength = copy_strength(evidence.b, config)
    reasons = [
        _describe("A", "B", evidence.a),
        _describe("B", "A", evidence.b),
        f"coverage: {coverage.a:.0%} of A traced to B, {coverage.b:.0%} of B traced to A",
    ]
    if a_strength >= 0 and b_strength >= 0:
        relation, confidence, why = _both_derived(a, b, coverage, evidence)
    elif a_strength >= 0 or b_strength >= 0:
        relation, confidence, why = _one_derived(a, b, evidence, a_strength, b_strength, config)
    else:
        shared = shared_passages(alignments, config, common)
        relation, confidence = _not_derived(evidence, shared, config)
        why = _no_copy_reason(relation, alignments, shared, config)
    reasons.insert(0, why)
    reasons.extend(_credit_reasons(evidence, relation, a, b))
    if self_reuse := self_reuse_reason(a, b, alignments, config.min_shared_run, common):
        reasons.append(self_reuse)
    return Verdict(relation=relation, confidence=round(confidence, 4), reasons=tuple(reasons))


def _one_derived(
    a: ArticleInfo,
    b: ArticleInfo,
    e: Evidence,
    a_strength: float,
    b_strength: float,
    config: VerdictConfig,
) -> tuple[Relation, float, str]:
    relation: Relation = "a_from_b" if a_strength >= 0 else "b_from_a"
    copy, source = ("A", "B") if relation == "a_from_b" else ("B", "A")
    side = e.a if relation == "a_from_b" else e.b
    confidence = 0.6 + 0.3 * max(a_strength, b_strength) + 0.1 * side.credits_other
    a_date, b_date = _parse_date(a.published), _parse_date(b.published)
    if a_date and b_date and a_date != b_date:
        copy_date, source_date = (a_date, b_date) if relation == "a_from_b" else (b_date, a_date)
        if copy_date < source_date:
            flipped: Relation = "b_from_a" if relation == "a_from_b" else "a_from_b"
            return (
                flipped,
                confidence - 0.2,
                f"{copy} is contained in {source} but was published first: "
                f"{source} reused {copy} and added to it",
            )
        why = _how(copy, source, side, config) + f"; {copy} is later"
        return relation, min(1.0, confidence + 0.05), why
    if derived_strength(side, config) < 0 and not side.credits_other:
        # Shared passages, but not a rewrite: two articles that copied the same third one
        # look like this, so with no date and no credit to order them, nobody is accused.
        return (
            "shared_source",
            0.6,
            f"{copy} and {source} share passages word for word, but no date or credit tells "
            "who copied whom: both may have taken them from a third source",
        )
    return relation, confidence, _how(copy, source, side, config)


def _how(copy: str, source: str, side: SideEvidence, config: VerdictConfig) -> str:
    if derived_strength(side, config) >= 0:
        return (
            f"{copy} was written from {source}: its own sentences are traced to {source}, in order"
        )
    return (
        f"{copy} reuses passages of {source}: {side.lexical_outside_quotes:.0%} of its text "
        f"outside quotations is {source}'s text, word for word or nearly, "
        f"{side.longest_passage_outside_quotes} of its own words in one passage"
    )


def _both_derived(
    a: ArticleInfo, b: ArticleInfo, coverage: Coverage, e: Evidence
) -> tuple[Relation, float, str]:
    """Each text is mostly the other's (or shares long passages with it): who was first?"""
    alike = (
        "the texts are nearly the same"
        if min(coverage.a, coverage.b) >= 0.8
        else "the texts share long passages word for word"
    )
    a_date, b_date = _parse_date(a.published), _parse_date(b.published)
    if a_date and b_date and a_date != b_date:
        relation: Relation = "a_from_b" if a_date > b_date else "b_from_a"
        return relation, 0.8, f"{alike}; the later one is the copy"
    if e.a.credits_other != e.b.credits_other:
        relation = "a_from_b" if e.a.credits_other else "b_from_a"
        return relation, 0.8, f"{alike}; the copy credits the other"
    return (
        "shared_source",
        0.6,
        f"{alike}, but no date or credit tells which came first: both may carry the same wire copy",
    )


_WORD = re.compile(r"\w+")


def longest_run(a_text: str, b_text: str) -> int:
    """The most words in a row (case and punctuation aside) that two passages share."""
    a_words = _WORD.findall(a_text.lower())
    b_words = _WORD.findall(b_text.lower())
    matcher = SequenceMatcher(None, a_words, b_words, autojunk=False)
    return matcher.find_longest_match(0, len(a_words), 0, len(b_words)).size


def shared_passages(
    alignments: list[Alignment], config: VerdictConfig, common: CommonWording | None = None
) -> list[Alignment]:
    """The lexical passages holding ``min_shared_run`` identical words in a row, not
    counting names, stock phrases, boilerplate and ``common`` wording (``analyse.stock``)."""
    return shared_texts(alignments, config.min_shared_run, common)


def _not_derived(
    e: Evidence, shared: list[Alignment], config: VerdictConfig
) -> tuple[Relation, float]:
    closeness = max(e.a.outside_quotes, e.b.outside_quotes) / config.min_outside_quotes
    confidence = max(0.5, min(0.95, 1.0 - 0.45 * closeness))
    return ("shared_source" if shared else "unrelated"), confidence


def _no_copy_reason(
    relation: Relation, alignments: list[Alignment], shared: list[Alignment], config: VerdictConfig
) -> str:
    if relation == "shared_source":
        return (
            f"they share {len(shared)} verbatim or near-verbatim passage(s), but neither text's "
            "own sentences are traced to the other: common sources, not a rewrite"
        )
    phrases = sum(x.kind != "paraphrase" for x in alignments)
    if phrases:
        return (
            f"no shared passages: {phrases} phrase(s) worded nearly alike, none with "
            f"{config.min_shared_run} identical words in a row, and "
            f"{len(alignments) - phrases} loosely similar sentence(s)"
        )
    if alignments:
        return f"no shared passages; {len(alignments)} loosely similar sentence(s) only"
    return "no shared passages and no similar sentences"


def _credit_reasons(e: Evidence, relation: Relation, a: ArticleInfo, b: ArticleInfo) -> list[str]:
    """Who credits whom; for a copy, whether it credits its source."""
    if relation in ("a_from_b", "b_from_a"):
        copy, side, source = ("A", e.a, b) if relation == "a_from_b" else ("B", e.b, a)
        credited = ", ".join(side.outlets_credited)
        if source.outlet and side.credits_other:
            return [f"{copy} credits its source ({credited})"]
        if source.outlet:
            found = f"; it credits {credited}" if credited else ""
            return [f"{copy} does not credit its source ({source.outlet}){found}"]
        if credited:
            return [f"{copy} credits {credited} (the source's outlet is not given)"]
        return [f"{copy} credits no outlet"]
    reasons = []
    if e.a.outlets_credited:
        reasons.append("A credits " + ", ".join(e.a.outlets_credited))
    if e.b.outlets_credited:
        reasons.append("B credits " + ", ".join(e.b.outlets_credited))
    return reasons
