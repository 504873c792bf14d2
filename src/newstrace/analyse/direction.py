"""Decide the relation of two articles from the evidence: who copied whom, if anyone.

The texts are weighed as a careful reader weighs two bare texts, and the evidence becomes
a probability for each relation (``direction_model.py``, fitted on the development set):

* **Is one a copy of the other?**  The reporter's *own* sentences (those not mostly inside
  quotations, which independent reports of one event share) traced to the other, in the
  other's order; passages copied word for word; and how unequal the two sides are (a copy
  is contained in its source, two rewrites of one article are not contained in each other).
* **Which way?**  Containment (nearly all of the copy is in the source, the source has much
  the copy lacks), details the copy drops (initials, titles, figures), quotations it trims or
  joins, quotations standing in the other as plain speech (the other is a statement or a
  transcript: a primary source), attribution hedges ("according to", "the report notes"),
  order, length; then publication dates and a credit of the other's outlet, which count as
  fixed likelihood ratios.  When one text is nearly all traced to the other and both are
  dated, the texts cannot tell an excerpt from an expansion, and the dates decide.

A block of another's paragraphs lifted into a story of one's own, passage after passage
in the same order in both texts (cut where a sentence was dropped or reworded), is a copy
by itself, though the story around it has quotations and details of its own, when the
texts and dates say which way (``_lifted_block``).

A passage shared word for word that opens with a dateline ("WASHINGTON --") is the opening
of one story: the text that has it after a paragraph or more of its own set that story
inside its own text and is the copy, which the texts' containment and lengths read as an
excerpt and its source; when they read so, they are set aside, and the opening counts as
surely as a date (``analyse.opening``).

A story whose quotations are the other text's own plain words, when the other quotes
nobody, is the story written from that statement (a release, a letter, a transcript): a
copy, whatever the lengths say, when its text is told from the statement and the texts say
which way; one quotation is enough when the statement speaks in the first person and the
story does not, and a statement speaking so may quote others, when two of the story's
quotations stand in it whole as plain speech (``analyse.statement_story``).

A copy trims its source's quotations and does not extend them: when the texts read the
text whose quotations go beyond the other's as the copy, and no more than unsurely, the
direction is weighed against that reading (``analyse.quote_extent``).  Own sentences
traced on one side against none on the other compare how the two quote, not which is the
fuller telling: that difference is set aside (``analyse.own_traced``).

Two texts that each tell their story as one outlet's report, in words of their own ("as
first reported by The New York Times" / "The New York Times said, citing ..."), are two
retellings of it: neither is shown to be written from the other, and no copy is called
unless they share a passage long enough to say so by itself (``_retold``).  When only the
text read as the source tells its story as an outlet's report and the copy credits no
outlet with its own, the copy may be a second retelling of that report: the call stands,
no surer than such calls are right (``analyse.declared_source``); unless the copy's
quotations go on past the source's: it retells the report, which the source cut, and the
pair is ``shared_source``.
A text that names someone with a state ("Senator Claire McCaskill of Missouri") whom the
other never names, in any spelling, is no copy of it, a copy only losing its source's people:
the pair is ``shared_source``, no surer than the condensed hold says it
(``analyse.seated``), where the copy would stand on paraphrase alone: not where the paraphrase
model does not decide the pair (a copy sharing wording may add people from a second source
of its own), nor where a passage shared word for word, a lifted block or a statement's
words say "copied" by themselves.
A short text much of which is traced to one at least twice its length, quoting at most one
person the other does not, neither shown written from the other, is ``shared_source`` no
surer than such calls are right: as often a condensed rewrite as two reports of one event
(``analyse.condensed``); when it retells much of the long one in words of its own, it is
a condensed rewrite, a copy at least 0.9 likely, and at least 0.92 when it keeps a
passage of the long one's wording and tells half its own sentences from it, unless both
retell one outlet's report; so is one that credits an outlet the long one does not name,
the long one telling its story as another outlet's report.  A short text of that length
and those quotations too little of whose own words is traced for the copy model to be
asked, its quotations all it shares with the long one, is ``shared_source`` no surer either:
as often a rewrite retold too freely to follow as a report of its own.

The call is a copy when its probability is at least one half. Otherwise the texts are
``shared_source`` when they share a passage with a run of ``min_shared_run`` identical
words (quotes, wire copy), or when half or more of one text's own sentences are firmly
traced to the other: one story told sentence by sentence, a paraphrase the model could not
prove, two rewrites of one source or two close reports of one event; or when much of each
text is traced to the other in looser sentences (``_loosely_told``), or half of one text
(``analyse.related``), or both retell one outlet's report; and ``unrelated`` when none
holds. When a copy is likely but its direction is not, the reasons say so. A phrase
worded nearly alike ("sue Saudi Arabia for any role in the terrorist attacks" / "for its
alleged role in the terrorist attacks") is how two reports of one event put the same fact,
not a sign of a common text. Nor is common news wording: names with their titles, stock
phrases, boilerplate, wording an index finds in many articles (``analyse.stock``); the run
must hold ``min_shared_run`` words besides those. When both articles are one outlet's and
share such a passage, a ``self_reuse`` reason says so: an outlet reusing its own text is
reuse, whatever the relation. ``confidence`` is the probability of the relation called.
"""

from __future__ import annotations

import math

from newstrace.analyse.condensed import (
    CONDENSED_DOUBT,
    UNTRACED_DOUBT,
    condensed_doubt,
    condensed_reason,
    condensed_shape,
    credited_elsewhere,
    names_its_source,
    untraced_reason,
    untraced_shape,
)
from newstrace.analyse.declared_source import (
    DECLARED_COPY,
    RETELLING_COPY,
    declared_reason,
    declared_source,
    retelling_reason,
    second_retelling,
)
from newstrace.analyse.direction_model import (
    LONG_PASSAGE_WORDS,
    PARAPHRASE_BELOW,
    PARAPHRASE_CEILING,
    SAME_LENGTH_FROM,
    TWO_WAY_LOSS_BEYOND,
    DirectionModel,
    asks_copy_model,
    copy_features,
    date_order,
    direction_features,
    held_whole,
    lacking,
    length_ratio,
    load_model,
    probability,
)
from newstrace.analyse.opening import opening_reason, set_inside
from newstrace.analyse.own_traced import without_lone_count
from newstrace.analyse.quote_extent import direction_with_extent, extender, extent_reason
from newstrace.analyse.related import related_reason
from newstrace.analyse.retold import retold_alike
from newstrace.analyse.seated import SEATED_COPY, seated_reason
from newstrace.analyse.statement_story import (
    STATEMENT_COPY,
    statement_reason,
    story_of_statement,
)
from newstrace.analyse.stock import CommonWording, self_reuse_reason, shared_texts
from newstrace.config import DEFAULT_CONFIG, VerdictConfig
from newstrace.model import (
    Alignment,
    ArticleInfo,
    Comparison,
    Coverage,
    Evidence,
    Relation,
    SideEvidence,
    Verdict,
)

# The call must be likelier than everything else together.
_CALL = 0.5
# Share of a text's own sentences firmly traced from which an uncalled pair is said to tell
# one story sentence by sentence.
_PARAPHRASED = 0.5
# Length ratio (``direction_model.length_ratio``) from which an uncalled pair traced both
# ways is said to be two texts of about one length, as two rewrites of one article are.
_SAME_LENGTH = 0.75
# Share of each text traced to the other from which that is worth saying, and up to which
# the text still has passages of its own.
_MUTUAL = 0.5
_NEARLY_ALL = 0.95
# Words of the reporter's own in one lifted block (``_lifted_block``) beyond which the
# block is a copy by itself, when the texts or dates say which way at least as surely as
# a date alone does (the priors' 95%: ``_LIFTED_DIRECTION``); the copy probability it gives.
LIFTED_BLOCK_WORDS = LONG_PASSAGE_WORDS
_LIFTED_DIRECTION = 0.95
_LIFTED_COPY = 0.9
# The copy probability at most when both texts tell their story as one outlet's report, each
# in words of its own (``_retold``): so that a copy is not called, and the shared source is
# said no more surely than the 0.7-0.8 tenth of the calls is right (every read split).
_RETOLD_COPY = 0.25
# Share of each text traced to the other, in loosely similar sentences, from which an uncalled
# pair with no passage in common tells one story (``_loosely_told``): 12 of the 19 sibling
# pairs read as ``unrelated`` on every read split reach it, 4 of BASIL's 300 same-event pairs.
_LOOSELY_TOLD = 0.4


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
    model: DirectionModel | None = None,
) -> Verdict:
    """The verdict on A and B; see the module docstring for the rule.  ``common`` is the
    wording an index found in many articles, when the articles come from one."""
    model = model or load_model()
    shared = shared_passages(alignments, config, common)
    # One text's own sentences traced against none of the other's compare how the two
    # quote, not which is the fuller telling (``analyse.own_traced``).
    differences = without_lone_count(direction_features(coverage, evidence), evidence)
    # A copy needs text traced from one to the other: with no aligned passage at all the
    # model's features are all at their floor, where a linear score means nothing; and
    # with little of either text traced (``min_copy_traced``) it is not asked either.
    features = copy_features(coverage, evidence)
    asked = bool(alignments) and asks_copy_model(features, config.min_copy_traced)
    p_copy = model.pair_copy_probability(coverage, evidence, features) if asked else 0.0
    # what each feature weighed in that probability: a reason names a piece of evidence as
    # pointing one way only when its term points that way for this pair
    by_paraphrase = asked and model.paraphrase_decides(coverage, evidence, features)
    terms = (
        model.copy_terms(coverage, evidence, features, by_paraphrase=by_paraphrase) if asked else {}
    )
    dates = date_order(a, b)
    credits = int(evidence.a.credits_other) - int(evidence.b.credits_other)
    texts = model.text_score(differences)
    # The texts read the other way round than the dates, which decide (``HELD_WHOLE``), or
    # than a story's opening set inside the other text (``analyse.opening``).
    overruled = held_whole(coverage) and texts * dates < 0
    inside = set_inside(alignments, a, b)
    opens = inside[0] if inside else 0
    combined = model.combine(texts, dates, credits, overruled=overruled or texts * opens < 0)
    # the opening counts as surely as a date does (``analyse.opening``)
    p_a_copy = probability(combined + model.date_log_ratio * opens)
    lifted = _lifted_block(evidence, coverage, p_copy, p_a_copy)
    p_copy = max(p_copy, lifted)
    # A story quoting a statement's own words is its copy (``analyse.statement_story``).
    statement = story_of_statement(evidence, coverage, p_a_copy)
    p_copy = max(p_copy, STATEMENT_COPY) if statement else p_copy
    retold = [] if lifted else _retold(evidence)
    p_copy = min(p_copy, _RETOLD_COPY) if retold else p_copy
    # A text told sentence by sentence from the other is related to it, whatever the words:
    # "unrelated" would deny what the alignments show (fresh24: heavy paraphrases of short
    # sources, 93% of one traced, were "unrelated" at 0.96).  So is a pair much of each of
    # which is traced to the other in looser sentences (fresh32's sib-426, 59% and 44%),
    # and a pair half of one of which is traced (``analyse.related``: fresh34's rw-449,
    # "unrelated" at 0.999).
    paraphrased = (
        []
        if shared
        else _paraphrase_reason(evidence) or _loosely_told(coverage) or related_reason(coverage)
    )
    none: Relation = "shared_source" if shared or paraphrased or retold else "unrelated"
    # A short text much of it traced to a long one: as often a condensed rewrite as two
    # reports of one event, so ``shared_source`` is no surer (``analyse.condensed``); one
    # that retells much of the long text in words of its own is a condensed rewrite, unless
    # both retell one outlet's report; its floor does not lift a credit reading's ceiling.
    condensed = condensed_shape(coverage, evidence) if none == "shared_source" else None
    # the outlets of ``credited_elsewhere``, read once for the floor and for its reason
    credited = credited_elsewhere(evidence, condensed) if condensed and not retold else None
    doubt = (
        condensed_doubt(coverage, evidence, condensed, credited=credited, retold=bool(retold))
        if condensed
        else 0.0
    )
    # A short text of the same shape too little of whose own words is traced to ask the
    # copy model: as often a rewrite retold too freely to follow as a report of its own, so
    # ``shared_source`` is no surer (``analyse.condensed.UNTRACED_DOUBT``).
    untraced = (
        untraced_shape(coverage, evidence)
        if none == "shared_source" and not asked and not condensed and not retold
        else None
    )
    doubt = max(doubt, UNTRACED_DOUBT) if untraced else doubt
    # A condensed rewrite that tells its story as an outlet's report beside a long text
    # telling it as its own, crediting no outlet the short one credits, credits the long one's
    # outlet: the credit's prior moves the direction, as a credit of the other's outlet
    # does (``analyse.condensed.names_its_source``).
    named = condensed and doubt > CONDENSED_DOUBT and names_its_source(evidence, condensed)
    if condensed and named:
        toward = 1 if condensed[0] == "A" else -1
        p_a_copy = probability(_log_odds(p_a_copy) + toward * model.credit_log_ratio)
    # A copy trims its source's quotations: whose go further sets an unsure direction
    # right (``analyse.quote_extent``); it moves the direction only.
    extends = extender(evidence, p_copy, p_a_copy)
    p_a_copy = direction_with_extent(p_a_copy, extends)
    # A condensed release reads the short text as a rewrite of the long one, which says
    # nothing for a copy the other way: it lifts no call the texts direct at the long text
    # (at the release's floor an unsure wrong-way reading of 0.59 became a call; ``sure49``,
    # BENCHMARKS.md "Confidence after fresh48").
    if condensed and doubt > CONDENSED_DOUBT:
        p_short_copy = p_a_copy if condensed[0] == "A" else 1 - p_a_copy
        doubt = CONDENSED_DOUBT if p_short_copy < 0.5 else doubt
    # The text read as the source says its story is a third's (``analyse.declared_source``),
    # read after the direction is set.
    declared = None if lifted or statement or retold else _declared(evidence, p_a_copy)
    # ... unless the copy quotes past the source's quotations: it retells the report.
    retelling = _retelling(evidence, p_a_copy, declared) if declared else []
    ceiling = RETELLING_COPY if retelling else DECLARED_COPY
    p_copy = min(p_copy, ceiling) if declared else p_copy
    doubt = min(doubt, ceiling) if declared else doubt
    none = "shared_source" if retelling else none
    # ... and a text naming someone with a state whom the other never names ("Senator Claire
    # McCaskill of Missouri") is no copy of it: a copy only loses its source's people
    # (``analyse.seated``). Only where the copy would stand on paraphrase: a text sharing
    # passages word for word with another may add people from a second source of its own (a
    # copy mixed with other material, ``benchmarks/accuracy.py``'s plant-mixed-12).
    seated = (
        _seated(evidence, max(p_copy, doubt), p_a_copy)
        if by_paraphrase and not (lifted or statement)
        else []
    )
    p_copy = min(p_copy, SEATED_COPY) if seated else p_copy
    doubt = min(doubt, SEATED_COPY) if seated else doubt
    none = "shared_source" if seated else none
    raised = doubt > p_copy
    p_copy = max(p_copy, doubt)
    p_ab, p_ba = p_copy * p_a_copy, p_copy * (1 - p_a_copy)
    probabilities: dict[Relation, float] = {
        "a_from_b": p_ab,
        "b_from_a": p_ba,
        "shared_source": 1 - p_copy if none == "shared_source" else 0.0,
        "unrelated": 1 - p_copy if none == "unrelated" else 0.0,
    }
    relation: Relation = "a_from_b" if p_ab >= _CALL else "b_from_a" if p_ba >= _CALL else none
    if relation in ("a_from_b", "b_from_a"):
        why = [_copy_reason(relation, evidence), *_clues(relation, evidence, coverage)]
        why.extend(_lifted_reason(evidence) if lifted else [])
        why.extend([statement_reason(evidence, coverage, statement)] if statement else [])
        why.extend([extent_reason(evidence, extends)] if extends else [])
        why.extend([_declared_reason(relation, evidence, declared)] if declared else [])
        why.extend([condensed_reason(condensed, doubt, credited)] if condensed and raised else [])
        why.extend([_named_reason(condensed[0], evidence)] if condensed and named else [])
        why.extend(_opening_reason(relation, inside))
        why.extend(_date_reason(relation, dates, overruled=overruled))
    elif p_copy >= _CALL:
        why = [_undirected_reason(coverage), *_two_way_loss_reason(evidence, terms)]
        why.extend([condensed_reason(condensed, doubt, credited)] if condensed and raised else [])
    else:
        why = [*retelling, *seated]
        why.extend(retold or paraphrased or [_no_copy_reason(relation, alignments, shared, config)])
        why.extend(_same_length_reason(evidence, coverage, terms))
        why.extend(
            [condensed_reason(condensed, doubt, credited)] if condensed and not retelling else []
        )
        why.extend([untraced_reason(untraced, doubt)] if untraced and not retelling else [])
        why.extend(_two_way_loss_reason(evidence, terms))
        why.extend(_wording_reason(evidence, terms) if relation == "shared_source" else [])
    reasons = [
        *why,
        _describe("A", "B", evidence.a),
        _describe("B", "A", evidence.b),
        f"coverage: {coverage.a:.0%} of A traced to B, {coverage.b:.0%} of B traced to A",
        # the paraphrase model's reading, only when its probability is the one given
        _odds(p_copy, p_a_copy, by_paraphrase=by_paraphrase),
        *_credit_reasons(evidence, relation, a, b),
    ]
    if self_reuse := self_reuse_reason(a, b, alignments, config.min_shared_run, common):
        reasons.append(self_reuse)
    return Verdict(
        relation=relation,
        confidence=round(probabilities[relation], 4),
        reasons=tuple(reasons),
        probabilities={k: round(v, 4) for k, v in probabilities.items()},
    )


def decided_again(comparison: Comparison, model: DirectionModel) -> Verdict:
    """The verdict on a comparison decided again with another fitted ``model``, from the same
    alignments and evidence (no index wording, as ``compare`` decides): how benchmarks and
    tests weigh a model that is not the shipped one without comparing the texts again."""
    return decide(
        comparison.a,
        comparison.b,
        comparison.coverage,
        comparison.evidence,
        list(comparison.alignments),
        config=DEFAULT_CONFIG.verdict,
        model=model,
    )


def _lifted_block(evidence: Evidence, coverage: Coverage, p_copy: float, p_a_copy: float) -> float:
    """The copy probability a lifted block gives by itself, 0 when the rule does not hold.

    Paragraphs lifted into a story of one's own are a copy, though the story has
    quotations and details of its own, which the copy model weighs against a copy (it
    learnt copies mostly from aggregators, which have none); its ``long_passage`` weighs
    one long passage, and a lightly edited block is cut into several wherever a sentence
    was dropped or reworded (20k scan, issue 17: light plants of 51 to 95 own words in
    one block, none over 55 in one passage, called ``shared_source`` at 0.5 to 0.97).
    The rule holds when the texts share a block
    (``SideEvidence.longest_block_outside_quotes``) of more than ``LIFTED_BLOCK_WORDS``
    words of the reporter's own (BASIL's independent reports share at most 45, as in one
    passage), one text is mostly untraced to the other (the block was lifted, not the
    story rewritten: two rewrites of one article share blocks as long, each mostly in the
    other), and the texts and dates say which way at ``_LIFTED_DIRECTION`` or more:
    which of two stories one block was lifted into is often beyond the texts (20k scan:
    two plants of one source sharing one block, the texts 0.92 one way on a single
    hedge; the planted copies called by the rule, 0.96 to 1.00 the right way).
    """
    block = max(evidence.a.longest_block_outside_quotes, evidence.b.longest_block_outside_quotes)
    lifted = block > LIFTED_BLOCK_WORDS and min(coverage.a, coverage.b) < _MUTUAL
    clear = max(p_a_copy, 1 - p_a_copy) >= _LIFTED_DIRECTION
    return _LIFTED_COPY if lifted and clear and p_copy < _LIFTED_COPY else 0.0


def _copied_outright(e: Evidence) -> bool:
    """The two share a passage of their own words long enough to say "copied" by itself
    (``LONG_PASSAGE_WORDS``): no credit reading (``_retold``, ``_declared``) holds then."""
    longest = max(e.a.longest_passage_outside_quotes, e.b.longest_passage_outside_quotes)
    return longest > LONG_PASSAGE_WORDS


def _declared(e: Evidence, p_a_copy: float) -> tuple[str, str] | None:
    """The outlet the text read as the source credits with its story, and the form, when
    the text read as the copy credits none with its own (``analyse.declared_source``);
    None otherwise, and when the two share a passage long enough to say "copied" by itself
    (``LONG_PASSAGE_WORDS``, as for ``_retold``: rw-75's 131 words)."""
    if _copied_outright(e):
        return None
    copy, source = (e.a, e.b) if p_a_copy >= 0.5 else (e.b, e.a)
    return declared_source(copy, source)


def _seated(e: Evidence, p_copy: float, p_a_copy: float) -> list[str]:
    """Why the text a copy would be called of was not written from the other: it names
    people with a state whom the other never names (``analyse.seated``); empty when no copy
    would be called, when it names none, and when the two share a passage long enough to
    say "copied" by itself (``LONG_PASSAGE_WORDS``), as for ``_declared``."""
    if p_copy * max(p_a_copy, 1 - p_a_copy) < _CALL or _copied_outright(e):
        return []
    copy, source, side = ("A", "B", e.a) if p_a_copy >= 0.5 else ("B", "A", e.b)
    return [seated_reason(copy, source, side.seated_unnamed)] if side.seated_unnamed else []


def _declared_reason(relation: Relation, e: Evidence, declared: tuple[str, str]) -> str:
    """``declared_source.declared_reason`` for the copy call ``relation``, with what the copy
    credits."""
    copy = e.a if relation == "a_from_b" else e.b
    return declared_reason(*_roles(relation), declared, copy.outlets_credited)


def _retelling(e: Evidence, p_a_copy: float, declared: tuple[str, str]) -> list[str]:
    """Why the text read as the copy is a second retelling of the report the source tells
    as ``declared``'s (``analyse.declared_source.second_retelling``); empty when it is not
    (a reason list, as ``_retold``'s, that ``decide`` reads as the rule holding or not)."""
    copy, source, side = ("A", "B", e.a) if p_a_copy >= 0.5 else ("B", "A", e.b)
    if not second_retelling(side):
        return []
    return [retelling_reason(copy, source, declared, side.quote_words_added)]


def _lifted_reason(e: Evidence) -> list[str]:
    block = max(e.a.longest_block_outside_quotes, e.b.longest_block_outside_quotes)
    return [
        f"they share a block of {block} words of the reporter's own, passage after passage "
        "in the same order in both texts: paragraphs lifted from one into the other, cut "
        "where a sentence was dropped or reworded"
    ]


def _retold(e: Evidence) -> list[str]:
    """Why neither text is shown to be written from the other, when both tell their story
    as one outlet's report, each in its own words ("as first reported by The New York
    Times" / "The New York Times said, citing ..."): neither is that outlet's report, and
    two retellings of it share what they share through it (fresh32's sib-435, called a
    copy at 0.94).  Not when they share a passage long enough to say "copied" by itself
    (``LONG_PASSAGE_WORDS``): wording kept that long is copying, whatever the credits say.
    On every read split, 49 of the 405 sibling pairs (9 of them called copies before) and
    none of the 1,044 rewrite and primary-source pairs carry such credits (BENCHMARKS.md
    "Siblings after fresh32").  Empty when it does not hold."""
    alike = retold_alike(e.a.story_credits, e.b.story_credits)
    if alike is None or _copied_outright(e):
        return []
    outlet, a_form, b_form = alike
    return [
        f"both tell their story as a report of {outlet}'s, each in its own words (A: "
        f'"{a_form}", B: "{b_form}"): neither is {outlet}\'s own report, and neither is '
        "shown to be written from the other rather than both from it"
    ]


def _named_reason(name: str, e: Evidence) -> str:
    """Why the short text is read as the copy (``analyse.condensed.names_its_source``).  The
    long text may name the outlet the short one credits, as its own ("told Fox News" in Fox
    News's article): it credits none of them, which is what the rule reads."""
    other = "B" if name == "A" else "A"
    outlet, form = (e.a if name == "A" else e.b).story_credits[0]
    return (
        f'{name} tells its story as a report of {outlet}\'s ("{form}") and {other} tells it '
        f"as its own, crediting none of the outlets {name} credits: a condensed rewrite "
        f"credits its source's outlet, so {name} is read as the copy"
    )


def _log_odds(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))


def _roles(relation: Relation) -> tuple[str, str]:
    return ("A", "B") if relation == "a_from_b" else ("B", "A")


def _copy_reason(relation: Relation, e: Evidence) -> str:
    copy, source = _roles(relation)
    side, other = (e.a, e.b) if relation == "a_from_b" else (e.b, e.a)
    own = side.own_share
    if own >= 0.5:
        in_order = ", in order" if side.order >= 0.6 else ""
        return (
            f"{copy} was written from {source}: its own sentences are traced to {source}"
            f"{in_order} ({side.own_sentences_traced} of {side.own_sentences}), while "
            f"{other.outside_quotes:.0%} of {source}'s text outside quotations is traced to {copy}"
        )
    if side.lexical_outside_quotes >= 0.2:
        return (
            f"{copy} reuses passages of {source}: {side.lexical_outside_quotes:.0%} of its "
            f"text outside quotations is {source}'s text, word for word or nearly, "
            f"{side.longest_passage_outside_quotes} of its own words in one passage"
        )
    return (
        f"{copy} was likely written from {source}: {side.own_sentences_traced} of its "
        f"{side.own_sentences} own sentences are traced to {source}, loosely (similarity "
        f"{side.own_similarity:.2f}), and the clues below point at {copy} as the copy"
    )


def _clues(relation: Relation, e: Evidence, coverage: Coverage) -> list[str]:
    """The clues that point the same way as the call, in words."""
    copy, source = _roles(relation)
    side, other = (e.a, e.b) if relation == "a_from_b" else (e.b, e.a)
    side_cover, other_cover = (
        (coverage.a, coverage.b) if relation == "a_from_b" else (coverage.b, coverage.a)
    )
    found = []
    if side_cover - other_cover >= 0.2:
        found.append(
            f"{copy} is contained in {source} ({side_cover:.0%} of it traced), "
            f"{source} has much that {copy} lacks ({other_cover:.0%} traced)"
        )
    if side.details_dropped > other.details_dropped:
        found.append(
            f"{source} gives details that {copy} lacks in the passages they share "
            f"({side.details_dropped} against {other.details_dropped}): names, titles, figures"
        )
    if side.quotes_cut > other.quotes_cut:
        found.append(f"{side.quotes_cut} quotation(s) of {copy} trim or join {source}'s")
    if side.quotes_from_speech > other.quotes_from_speech:
        found.append(
            f"{side.quotes_from_speech} quotation(s) of {copy} stand in {source} as plain "
            f"speech: {source} reads as a primary source (a statement, a transcript, a release)"
        )
    if side.hedges > other.hedges:
        found.append(
            f"{copy} attributes its story more ({side.hedges} against {other.hedges}: "
            '"according to", "reportedly", credits)'
        )
    return found


def _opening_reason(relation: Relation, inside: tuple[int, str] | None) -> list[str]:
    """The reason of ``analyse.opening``, when the text called the copy set the other's
    story inside its own."""
    if inside is None or (inside[0] > 0) != (relation == "a_from_b"):
        return []
    return [opening_reason(*_roles(relation), inside[1])]


def _date_reason(relation: Relation, dates: int, *, overruled: bool = False) -> list[str]:
    if not dates:
        return []
    copy, _ = _roles(relation)
    later = (dates > 0) == (relation == "a_from_b")
    if later and overruled:
        return [
            f"{copy} is the later of the two, and the dates decide: one text holds nearly "
            "all of the other, and the texts cannot tell an excerpt from an expansion"
        ]
    if later:
        return [f"{copy} is the later of the two"]
    return [f"{copy} was published first: the dates speak against the call and weaken it"]


def _undirected_reason(coverage: Coverage) -> str:
    if min(coverage.a, coverage.b) >= 0.8:
        return (
            "the texts are nearly the same, and nothing in them says which came first: "
            "one was copied from the other, or both carry the same wire copy"
        )
    inner, outer = ("A", "B") if coverage.a >= coverage.b else ("B", "A")
    return (
        f"one text was taken from the other, or both from a common text, but the evidence "
        f"does not say which way: {inner} is contained in {outer}; {outer} could also be a "
        "fuller copy of a common source"
    )


def _odds(p_copy: float, p_a_copy: float, *, by_paraphrase: bool = False) -> str:
    # Which model weighed the pair: a reader checking a call on texts that share no long
    # passage should know it rests on what is traced, not on wording kept.
    how = (
        f" (they share no passage of {PARAPHRASE_BELOW} words outside quotations: weighed "
        "by how much of each is traced, and the quotations and details each has of its own"
        f"{_ceiling_reason(p_copy)})"
        if by_paraphrase
        else ""
    )
    return (
        f"probability that one text was written from the other: {p_copy:.0%}{how}; "
        f"that A is the copy, if so: {p_a_copy:.0%}"
    )


def _ceiling_reason(p_copy: float) -> str:
    """Why a copy told only in other words is no surer (``PARAPHRASE_CEILING``), when it
    is held there."""
    if p_copy < PARAPHRASE_CEILING:
        return ""
    return (
        f"; no surer than {PARAPHRASE_CEILING:.0%}: copies shown by sentences told in other "
        "words are right no more often than that, however alike the texts"
    )


def shared_passages(
    alignments: list[Alignment], config: VerdictConfig, common: CommonWording | None = None
) -> list[Alignment]:
    """The lexical passages holding ``min_shared_run`` identical words in a row, not
    counting names, stock phrases, boilerplate and ``common`` wording (``analyse.stock``)."""
    return shared_texts(alignments, config.min_shared_run, common)


def _no_copy_reason(
    relation: Relation, alignments: list[Alignment], shared: list[Alignment], config: VerdictConfig
) -> str:
    if relation == "shared_source":
        return (
            # Not "no own sentence is traced": the model may have traced many and still
            # found too little to call a copy (a sibling rewrite, two reports of one event).
            f"they share {len(shared)} verbatim or near-verbatim passage(s), but too little "
            "else to show that one was written from the other: common sources, or a rewrite "
            "the texts cannot prove"
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


def _paraphrase_reason(e: Evidence) -> list[str]:
    """With no passage in common, when half or more of one text's own sentences are firmly
    traced to the other, the two tell one story sentence by sentence: a paraphrase the
    model could not prove, or two reports of one event, which the texts do not tell apart.
    The relation is then ``shared_source``, and this is why (empty when it does not hold).
    """
    name, side = max((("A", e.a), ("B", e.b)), key=lambda x: x[1].own_share)
    if side.own_share < _PARAPHRASED:
        return []
    other = "B" if name == "A" else "A"
    return [
        f"no passage shared word for word, yet {side.own_sentences_traced} of {name}'s "
        f"{side.own_sentences} sentences outside quotations tell what {other}'s do, in other "
        f"words: {name} may paraphrase {other}, or both report one event; the texts do not "
        "show which"
    ]


def _loosely_told(coverage: Coverage) -> list[str]:
    """With no passage in common and few own sentences firmly traced, when much of each
    text (``_LOOSELY_TOLD``) is traced to the other in loosely similar sentences, the two
    tell one story: two rewrites of one article, or two reports of one event, which the
    texts do not tell apart; "unrelated" would deny what the alignments show.  The relation
    is then ``shared_source``, and this is why (empty when it does not hold)."""
    if min(coverage.a, coverage.b) < _LOOSELY_TOLD:
        return []
    return [
        f"no passage shared word for word, yet {coverage.a:.0%} of A and {coverage.b:.0%} of "
        "B are traced to each other in loosely similar sentences: one story told by both, "
        "two rewrites of one text or two reports of one event; the texts do not show that "
        "one was written from the other"
    ]


def _same_length_reason(e: Evidence, coverage: Coverage, terms: dict[str, float]) -> list[str]:
    """Why a pair traced much both ways is not called a copy, when length is part of it:
    a copy is mostly shorter than its source, and two rewrites of one article come out
    about as long as each other, each with passages the other lacks.  Only when the
    model's length terms (``terms``: ``DirectionModel.copy_terms``) weigh against a copy:
    ``same_length`` is the length excess times the details new to each text, which weighs
    for a copy when neither has new details."""
    traced = (coverage.a, coverage.b)
    if length_ratio(e) < _SAME_LENGTH or min(traced) < _MUTUAL or max(traced) > _NEARLY_ALL:
        return []
    if _weight(terms, _LENGTH_TERMS) >= 0:
        return []
    return [
        f"A and B are about as long as each other ({e.a.words} and {e.b.words} words) and "
        f"each has passages the other lacks ({1 - coverage.a:.0%} of A and "
        f"{1 - coverage.b:.0%} of B untraced): two rewrites of one text look like this, "
        "while a copy is mostly shorter than its source"
    ]


def _two_way_loss_reason(e: Evidence, terms: dict[str, float]) -> list[str]:
    """Why a pair is not called a copy, when each text lacks details the other gives in
    the passages they share: a copy can only lose what its source has, so two texts that
    each kept what the other cut were written apart (``two_way_loss`` in the model).
    ``terms``: what each feature weighed in the pair's P(copy) (``DirectionModel.copy_terms``;
    empty when the copy model was not asked)."""
    dropped = (lacking(e.a), lacking(e.b))
    # The model weighs the loss only between texts of about one length (a copy condenses:
    # a source twice its copy's length lacks the copy's details without being a sibling),
    # and a reason names only evidence the verdict weighed: with too little of either text
    # traced outside quotations the model is not asked, and the loss weighed nothing
    # (fresh45's rw-582b, a condensed rewrite, gave it as the reason of a call at 1.00).
    # Nor when the loss is below its fitted mean: then it weighs *for* a copy (fresh56's
    # rw-712, two details lacked each way at a length ratio of 0.59: +0.22 log-odds).
    if min(dropped) <= TWO_WAY_LOSS_BEYOND or length_ratio(e) <= SAME_LENGTH_FROM:
        return []
    if _weight(terms, ("two_way_loss",)) >= 0:
        return []
    return [
        f"in the passages they share, each gives details the other lacks ({dropped[0]} only "
        f"in B, {dropped[1]} only in A): a copy can only lose its source's details, so each "
        "kept what the other cut, as two texts written apart from one source do"
    ]


# The copy model's features by the evidence a reason names (``_wording_reason``): the
# wording kept word for word is one piece of evidence (the share of each text kept so, and
# its longest passage, on two scales), as each text's details of its own are another.
_EVIDENCE_TERMS = {
    "wording": ("max_lexical", "max_passage", "max_long_passage"),
    "traced": ("max_similarity", "max_outside", "min_outside"),
    "quotations": ("min_new_quotes",),
    "details": ("min_novelty", "max_novelty"),
    "length": ("same_length", "length_ratio"),
    "loss": ("two_way_loss",),
}
_LENGTH_TERMS = _EVIDENCE_TERMS["length"]


def _weight(terms: dict[str, float], names: tuple[str, ...]) -> float:
    """The log-odds the features ``names`` add together to the pair's P(copy) (0: not
    weighed)."""
    return sum(terms.get(name, 0.0) for name in names)


def _wording_reason(e: Evidence, terms: dict[str, float]) -> list[str]:
    """What weighed most against a copy, when it is the wording the two share: a copy
    keeps its source's wording, and two texts that keep little of each other's outside
    quotations read as written apart, whatever else is traced (fresh56's rw-712: one word
    in a row, -4.0 log-odds, against the two-way loss's +0.22).  Empty unless the wording's
    terms weigh against a copy, and more than any other evidence does."""
    weights = {name: _weight(terms, names) for name, names in _EVIDENCE_TERMS.items()}
    if weights["wording"] >= 0 or min(weights, key=lambda name: weights[name]) != "wording":
        return []
    longest = max(e.a.longest_passage_outside_quotes, e.b.longest_passage_outside_quotes)
    kept = max(e.a.lexical_outside_quotes, e.b.lexical_outside_quotes)
    return [
        f"they keep little of each other's wording: at most {kept:.0%} of either text "
        "outside quotations is the other's text, word for word or nearly, and the longest "
        f"passage they share holds {longest} of the reporter's own word(s); a copy keeps its "
        "source's wording, and this weighs most against one"
    ]


def _credit_reasons(e: Evidence, relation: Relation, a: ArticleInfo, b: ArticleInfo) -> list[str]:
    """Who credits whom; for a copy, whether it credits its source."""
    if relation in ("a_from_b", "b_from_a"):
        copy, side, source = ("A", e.a, b) if relation == "a_from_b" else ("B", e.b, a)
        return [_copy_credit(copy, side, source), *_source_credit(relation, e)]
    reasons = []
    if e.a.outlets_credited:
        reasons.append("A credits " + ", ".join(e.a.outlets_credited))
    if e.b.outlets_credited:
        reasons.append("B credits " + ", ".join(e.b.outlets_credited))
    return reasons


def _copy_credit(copy: str, side: SideEvidence, source: ArticleInfo) -> str:
    """Whether the text called the copy credits its source, or another outlet."""
    credited = ", ".join(side.outlets_credited)
    if source.outlet and side.credits_other:
        return f"{copy} credits its source ({credited})"
    if source.outlet:
        found = f"; it credits {credited}" if credited else ""
        return f"{copy} does not credit its source ({source.outlet}){found}"
    if credited:
        return f"{copy} credits {credited} (the source's outlet is not given)"
    return f"{copy} credits no outlet"


def _source_credit(relation: Relation, e: Evidence) -> list[str]:
    """The outlets the text called the source credits with a report: a credit points at
    where a story came from, so a reader checks it against the call (fresh40's rw-530, a
    copy "the Times reports" read as the source, said only that the other credits none)."""
    source, side = ("B", e.b) if relation == "a_from_b" else ("A", e.a)
    if not side.outlets_credited:
        return []
    return [f"{source}, read as the source, credits {', '.join(side.outlets_credited)}"]
