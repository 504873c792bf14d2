"""The fitted model behind the verdict: how likely each relation is, given the evidence.

Three logistic models, fitted by ``scripts/fit_direction.py`` on the development set's
``tune``, ``test``, ``fresh`` and ``fresh2`` splits (``eval/``; ``fresh3`` to ``fresh57``
reported the fit, ``fresh58`` is held out), BASIL's same-event pairs of the tune
events and planted copies; their coefficients are in ``direction_model.json`` beside
this module, a reviewed file:

* **copy**: whether one text was written from the other (either way), from features that
  do not depend on which text is A -- the larger and the smaller share of each text's own
  sentences traced to the other, and so on.  Two rewrites of one article (siblings) and
  independent reports of one event are its negatives.
* **direction**: given a copy, whether A is it, from the *differences* A minus B of the
  same measurements and of the clues of ``clues.py``.  It has no intercept and every
  feature changes sign when A and B swap, so swapping the texts swaps the probabilities.
* **paraphrase**: the copy model of pairs that share no passage of ``PARAPHRASE_BELOW``
  words of the reporter's own, where wording kept cannot tell a copy from an independent
  report: the same features and the length ratio, fitted on such pairs of the read
  splits through ``FIT_UNTIL`` (``tune`` to ``fresh29``) and BASIL's tune events weighted 14.
  Its probability is held at ``PARAPHRASE_CEILING`` at most: a copy shown only by
  sentences told in other words is right no more often than that, however sure the score.

The file may carry a *calibration* of the scores (``calibration``: Platt scaling, a slope
and for the copy model an intercept, fitted on out-of-fold scores by
``scripts/fit_direction.py --calibrate``); the shipped model carries one since the fifth
round (the script's docstring says when and why).

Dates and credits of the other's outlet enter the direction as fixed log-likelihood
ratios (``priors`` in the file, with the assumption behind them): the development set has
neither, as users' pasted texts mostly have neither.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from newstrace.model import ArticleInfo, Coverage, Evidence, SideEvidence

# Measurements of one text as the possible copy of the other.
SIDE_FEATURES = (
    "similarity",
    "novelty",
    "chain",
    "new_quotes",
    "own",
    "own_count",
    "outside",
    "lexical",
    "passage",
    "long_passage",
    "coverage",
    "order",
    "details",
    "quotes_cut",
    "speech",
    "hedges",
    "length",
)
# Of these, the copy model sees the larger or the smaller value of the two texts: how
# closely the likelier copy's own sentences are given (the larger similarity), how much of
# each text *outside quotations* is traced (a copy is contained in its source; two
# rewrites of one article are each mostly in the other, independent reports neither),
# passages copied word for word, and what each has that the other lacks (quotations and
# details: a copy has almost none of its own).  Chosen by grouped cross-validation on the
# tune split among the measurements above (``scripts/fit_direction.py --cv``); the larger
# set did no better.  Containment is measured outside quotations, not on the whole text:
# a short report that is mostly the quotations of a press conference is "contained" in a
# longer report of it, quotation by quotation, and was not written from it.  With the
# whole-text coverage the cross-validated model called one such BASIL pair (Fox's 224
# words of a CNN interview against HuffPost's report) a copy at 0.67; outside quotations,
# 0.05, and the calibrated probabilities kept within 0.1 of the observed accuracy in every
# tenth with 20 calls (``--cv``), which they did not with the whole-text coverage.
COPY_FEATURES = (
    ("max", "similarity"),
    ("max", "outside"),
    ("min", "outside"),
    ("max", "lexical"),
    ("max", "passage"),
    ("max", "long_passage"),
    ("min", "new_quotes"),
    ("min", "novelty"),
    ("max", "novelty"),
)
# ... and the direction model the difference A minus B of every measurement but the
# longest passage (the same passage in both texts: no difference to tell).
DIFFERENCES = tuple(name for name in SIDE_FEATURES if name not in ("passage", "long_passage"))
# Words of the reporter's own in one passage beyond which a shared passage says "copied"
# by itself, whatever else each text has: in the training pairs BASIL's independent
# reports share at most 45 such words in one passage (one quoting the other's paragraphs;
# 36 where two carry the same wire paragraph) and the sibling rewrites 45, while nine in
# ten blocks that an outlet lifts into a story of its own share more than 50.
# ``long_passage`` is the log-scaled excess, so the fitted weight applies only past it; a
# linear term in ``passage`` alone could not say "long enough is enough" without also
# weighing every short shared phrase.
LONG_PASSAGE_WORDS = 50


def side_values(side: SideEvidence, coverage: float) -> dict[str, float]:
    """The measurements of one text; counts on a log scale (the tenth detail dropped
    says less than the first)."""
    passage = math.log1p(side.longest_passage_outside_quotes)
    return {
        "similarity": side.own_similarity,
        "chain": side.own_chain,
        "novelty": side.details_new,
        # Quotations the other does not carry, as a share: a copy's are its source's, a
        # source has some its copy dropped, siblings and independent reports each have
        # their own.  Smoothed (add one half, out of one more), so that a text with no
        # quotation says nothing (1/2), not "none are new" (0).
        "new_quotes": (side.quotations_new + 0.5) / (side.quotations + 1),
        "own": side.own_share,
        "own_count": math.log1p(side.own_sentences_traced),
        "outside": side.outside_quotes,
        "lexical": side.lexical_outside_quotes,
        "passage": passage,
        "long_passage": max(0.0, passage - math.log1p(LONG_PASSAGE_WORDS)),
        "coverage": coverage,
        "order": side.order,
        "details": math.log1p(side.details_dropped),
        "quotes_cut": math.log1p(side.quotes_cut),
        "speech": math.log1p(side.quotes_from_speech),
        "hedges": math.log1p(side.hedges),
        "length": math.log1p(side.sentences),
    }


def length_ratio(evidence: Evidence) -> float:
    """The shorter text's words as a share of the longer's (1: the same length)."""
    longer = max(evidence.a.words, evidence.b.words)
    return min(evidence.a.words, evidence.b.words) / longer if longer else 1.0


# Length ratio beyond which two texts count as about as long as each other.  A copy
# condenses: aggregators cut a story to a third or a half, so that the source has much its
# copy lacks.  Two rewrites of one article come out about as long as each other, and each
# keeps details the other dropped, which to the shares traced alone looks like one copying
# the other.  The copy model sees ``same_length``: the excess of the ratio over this bound
# times the smaller share of details new to each text (``min_novelty``) -- both texts as
# long as each other *and* each with details the other lacks.  The plain ratio was tried
# first: it also weighed against a story written from a statement at the statement's
# length (nothing new on either side), 53 of the 60 primary-source pairs of the ten read
# batches right instead of 58; the product keeps them (59).  Siblings called copies on
# those batches: 36 of 119 with the model before, 23 with this one (BASIL weighted three
# times in the fit, ``scripts/fit_direction.py``).
SAME_LENGTH_FROM = 0.5
# A copy can only lose what its source has.  In the passages two texts share, two rewrites
# of one article *each* drop details the other gives (each kept some the other cut); a
# copy drops its source's, while its source lacks only the copy's changed facts and
# additions.  A changed fact alone makes each side lack one detail of the other (600
# against 800), so the first detail dropped on the smaller side says nothing: the copy
# model sees ``two_way_loss``, the log count of details dropped beyond the first by the
# text that drops fewer, times the same length excess as ``same_length`` (two condensed
# rewrites are about as long as each other; a copy condenses).  Read on the thirteen read
# batches (fresh3 to fresh15), which the fit never sees: siblings called copies 44 of 155
# pairs before, 32 with it; rewrites called copies (287 of 310) and BASIL's false copy
# calls unchanged, one more primary-source pair right.  Counting from the first detail,
# 28 siblings, but a story written from a statement of about its length (one detail each
# way) was lost; the count without the length excess gave back 8 siblings and lost 3
# rewrites, which keep their source's changed facts and add context of their own
# (BENCHMARKS.md, "Two-way loss").
TWO_WAY_LOSS_BEYOND = 1
# Share of a text traced to the other from which it is held whole in the other.  Then the
# texts cannot tell an excerpt from an expansion: a copy that keeps all of a short source
# and adds paragraphs of its own reads to them as the source of that source (20k scan, issue
# 17: a plant holding all of its 9-sentence source, +8.7 log-odds the wrong way against the
# dates' 2.94).  When both texts are dated, the dates decide the direction
# (``analyse.direction.decide``, ``DirectionModel.combine``).
HELD_WHOLE = 0.9


def lacking(side: SideEvidence) -> int:
    """The other's details a text lacks, dropped or changed: two rewrites of one article
    that each changed a fact each lack the other's value, which the two-way loss weighs
    (the direction weighs only those dropped: a copy changes a fact without losing one)."""
    return side.details_dropped + side.details_changed


def copy_features(coverage: Coverage, evidence: Evidence) -> dict[str, float]:
    """Features of the copy model: the same whichever text is A."""
    a, b = side_values(evidence.a, coverage.a), side_values(evidence.b, coverage.b)
    pick = {"max": max, "min": min}
    features = {f"{how}_{name}": pick[how](a[name], b[name]) for how, name in COPY_FEATURES}
    excess = max(0.0, length_ratio(evidence) - SAME_LENGTH_FROM)
    dropped = min(lacking(evidence.a), lacking(evidence.b))
    loss = math.log1p(max(0, dropped - TWO_WAY_LOSS_BEYOND))
    return features | {
        "same_length": excess * features["min_novelty"],
        "two_way_loss": excess * loss,
    }


# Words of the reporter's own in the longest passage two texts share below which the
# *paraphrase model* decides whether one is a copy, instead of the copy model.  The copy
# model finds a copy by the wording it keeps, where its weight lies (``max_lexical``,
# ``max_passage``, ``max_long_passage``): a block lifted into another story shares long
# passages, an independent report none.  A rewrite of a short story that paraphrases every
# sentence keeps none either, and the copy model gave it a copy 4% (fresh24's rw-332, 93%
# of it traced); refitted on every read split to find those, it weighed the passages down
# and lost lifted blocks in the 20k scan (BENCHMARKS.md, "Fitted on every read split").
# Below this length the wording says nothing either way, and the paraphrase model, fitted
# only on such pairs, weighs what does: quotations and details of each text's own, and
# how much each is traced.  Twenty words, chosen on fresh18 ... fresh25 among 8 to 50:
# rewrites and primary pairs right and sibling copy calls moved little from 16 to 35.
PARAPHRASE_BELOW = 20
# Share of one text's own sentences firmly traced to the other below which the paraphrase
# model may only lower the copy model's probability, not raise it.  A paraphrase is told
# sentence by sentence; with (nearly) none of either text's own sentences traced, what the
# two share is quotations, and the paraphrase model, which never met such pairs among its
# copies, read a 40-sentence BASIL report and a paraphrased plant of its same-event sibling
# (0 own sentences traced either way, the same quotations) as a copy at 0.68 in the 20k
# scan.  A fifth: no rewrite or sibling call of fresh18 ... fresh25 moves (time order, a fit
# on tune ... fresh17), a quarter loses six rewrite calls.
PARAPHRASE_OWN = 0.2
# The copy probability the paraphrase model gives at most.  Its calls grow no surer above
# this: over every read split (tune ... fresh34, both orders) the copy calls it weighed were
# right 0.97 at a stated 0.95 to 0.98 (286 calls), 0.98 at 0.98 to 0.99 (200) and 0.981 at
# 0.99 and more (324, the six wrong ones sib-146, sib-446 and sib-458: two rewrites of one
# article, each told from it sentence by sentence, at 0.993 to 0.997), while the copy
# model's calls at 0.99 and more were right 0.994 (332).  A copy shown by sentences told
# in other words, with no passage of twenty words of its own kept, is never said surer
# than that (BENCHMARKS.md "Siblings after fresh34").
PARAPHRASE_CEILING = 0.98


def paraphrased(evidence: Evidence) -> bool:
    """Whether the two texts share no passage of ``PARAPHRASE_BELOW`` words of their own."""
    longest = max(
        evidence.a.longest_passage_outside_quotes, evidence.b.longest_passage_outside_quotes
    )
    return longest < PARAPHRASE_BELOW


def paraphrase_features(
    coverage: Coverage, evidence: Evidence, copy: dict[str, float] | None = None
) -> dict[str, float]:
    """Features of the paraphrase model: the copy model's (``copy``, when computed
    already) and the length ratio (a copy condenses; two rewrites of one story, or two
    reports of one event, need not)."""
    copy = copy if copy is not None else copy_features(coverage, evidence)
    return copy | {"length_ratio": length_ratio(evidence)}


def held_whole(coverage: Coverage) -> bool:
    """Whether one text is (nearly) all traced to the other (``HELD_WHOLE``)."""
    return max(coverage.a, coverage.b) >= HELD_WHOLE


def asks_copy_model(features: dict[str, float], min_traced: float) -> bool:
    """Whether the copy model is asked about a pair, from its ``copy_features``: only when
    one text has ``min_traced`` of its text outside quotations traced to the other
    (``VerdictConfig.min_copy_traced``; the verdict and the fit apply the same rule)."""
    return features["max_outside"] >= min_traced


def direction_features(coverage: Coverage, evidence: Evidence) -> dict[str, float]:
    """Features of the direction model: each changes sign when A and B swap."""
    a, b = side_values(evidence.a, coverage.a), side_values(evidence.b, coverage.b)
    # A changed fact says nothing of the direction: a value swapped in a shared passage
    # shows as a detail each text lacks, or one only, when the copy keeps the old value
    # elsewhere (rw-530's "Saturday"), which pointed at the source.  The swaps both show
    # stay as a common count, so that what each dropped weighs on the scale it was fitted
    # on (taken out of both, one dropped against five read surer than before: sib-19).
    common = min(evidence.a.details_changed, evidence.b.details_changed)
    a["details"], b["details"] = (
        math.log1p(side.details_dropped + common) for side in (evidence.a, evidence.b)
    )
    return {name: a[name] - b[name] for name in DIFFERENCES}


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def date_order(a: ArticleInfo, b: ArticleInfo) -> int:
    """+1 when A was published after B, -1 before, 0 when unknown or the same day."""
    a_date, b_date = _parse_date(a.published), _parse_date(b.published)
    if not a_date or not b_date or a_date == b_date:
        return 0
    return 1 if a_date > b_date else -1


def probability(score: float) -> float:
    """The logistic function: a log-odds score as a probability."""
    if score >= 0:
        return 1.0 / (1.0 + math.exp(-score))
    exp = math.exp(score)
    return exp / (1.0 + exp)


@dataclass(frozen=True, slots=True)
class Linear:
    """A standardised linear score: intercept + sum of weight * (value - mean) / scale."""

    intercept: float
    weights: dict[str, float]
    mean: dict[str, float]
    scale: dict[str, float]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Linear:
        weights = data["weights"]
        return cls(
            intercept=float(data.get("intercept", 0.0)),
            weights={k: float(v) for k, v in weights.items()},
            mean={k: float(data.get("mean", {}).get(k, 0.0)) for k in weights},
            scale={k: float(data.get("scale", {}).get(k, 1.0)) or 1.0 for k in weights},
        )

    def score(self, features: dict[str, float]) -> float:
        return self.intercept + sum(self.terms(features).values())

    def terms(self, features: dict[str, float]) -> dict[str, float]:
        """What each feature adds to the score: its weight times its distance from the
        fitted mean, in scales (positive: it weighs toward the model's yes)."""
        return {
            name: weight * (features[name] - self.mean[name]) / self.scale[name]
            for name, weight in self.weights.items()
        }


@dataclass(frozen=True, slots=True)
class DirectionModel:
    """The two fitted models and the fixed log-likelihood ratios of dates and credits."""

    copy: Linear
    direction: Linear
    date_log_ratio: float
    credit_log_ratio: float
    # Platt scaling of the two scores (module docstring); 1, 0 and 1: uncalibrated.
    copy_slope: float = 1.0
    copy_intercept: float = 0.0
    direction_slope: float = 1.0
    # The copy model of pairs that share no long passage (``PARAPHRASE_BELOW``); none: the
    # copy model decides every pair.
    paraphrase: Linear | None = None
    paraphrase_slope: float = 1.0
    paraphrase_intercept: float = 0.0

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DirectionModel:
        calibration = data.get("calibration", {})
        return cls(
            copy=Linear.from_dict(data["copy"]),
            direction=Linear.from_dict(data["direction"]),
            date_log_ratio=float(data["priors"]["date"]["log_ratio"]),
            credit_log_ratio=float(data["priors"]["credit"]["log_ratio"]),
            copy_slope=float(calibration.get("copy", {}).get("slope", 1.0)),
            copy_intercept=float(calibration.get("copy", {}).get("intercept", 0.0)),
            direction_slope=float(calibration.get("direction", {}).get("slope", 1.0)),
            paraphrase=Linear.from_dict(data["paraphrase"]) if "paraphrase" in data else None,
            paraphrase_slope=float(calibration.get("paraphrase", {}).get("slope", 1.0)),
            paraphrase_intercept=float(calibration.get("paraphrase", {}).get("intercept", 0.0)),
        )

    def copy_probability(self, features: dict[str, float]) -> float:
        """P(one text was written from the other)."""
        return probability(self.copy_slope * self.copy.score(features) + self.copy_intercept)

    def weighs_paraphrase(self, evidence: Evidence) -> bool:
        """Whether the paraphrase model weighs this pair: it shares no long passage
        (``paraphrased``) and the file has one."""
        return self.paraphrase is not None and paraphrased(evidence)

    def pair_copy_probability(
        self, coverage: Coverage, evidence: Evidence, features: dict[str, float] | None = None
    ) -> float:
        """P(one text was written from the other), from the paraphrase model when it
        weighs the pair (``weighs_paraphrase``) -- no more than the copy model's when
        almost none of either text's own sentences is traced (``PARAPHRASE_OWN``), and no
        more than ``PARAPHRASE_CEILING`` -- else from the copy model.  ``features``: the
        pair's ``copy_features``, when computed already."""
        features = features if features is not None else copy_features(coverage, evidence)
        by_copy = self.copy_probability(features)
        paraphrase = self.paraphrase if paraphrased(evidence) else None
        if paraphrase is None:
            return by_copy
        score = paraphrase.score(paraphrase_features(coverage, evidence, features))
        by_paraphrase = min(
            probability(self.paraphrase_slope * score + self.paraphrase_intercept),
            PARAPHRASE_CEILING,
        )
        own = max(evidence.a.own_share, evidence.b.own_share)
        return by_paraphrase if own >= PARAPHRASE_OWN else min(by_paraphrase, by_copy)

    def copy_terms(
        self,
        coverage: Coverage,
        evidence: Evidence,
        features: dict[str, float] | None = None,
        *,
        by_paraphrase: bool | None = None,
    ) -> dict[str, float]:
        """The log-odds each feature adds to the pair's P(copy) (``Linear.terms`` times the
        calibration slope), in the model whose probability ``pair_copy_probability`` gives:
        the paraphrase model's, or the copy model's where it weighs the pair or holds the
        paraphrase model down.  A reason naming a feature as evidence for or against a copy
        is true of the call only when its term here points that way.  ``by_paraphrase``:
        ``paraphrase_decides`` when the caller has it already."""
        features = features if features is not None else copy_features(coverage, evidence)
        if by_paraphrase is None:
            by_paraphrase = self.paraphrase_decides(coverage, evidence, features)
        if self.paraphrase is None or not by_paraphrase:
            return {name: self.copy_slope * t for name, t in self.copy.terms(features).items()}
        terms = self.paraphrase.terms(paraphrase_features(coverage, evidence, features))
        return {name: self.paraphrase_slope * t for name, t in terms.items()}

    def paraphrase_decides(
        self, coverage: Coverage, evidence: Evidence, features: dict[str, float] | None = None
    ) -> bool:
        """Whether ``pair_copy_probability`` is the paraphrase model's: it weighs the pair
        (``weighs_paraphrase``) and the copy model does not hold it down."""
        if not self.weighs_paraphrase(evidence):
            return False
        features = features if features is not None else copy_features(coverage, evidence)
        pair = self.pair_copy_probability(coverage, evidence, features)
        return pair != self.copy_probability(features)

    def text_score(self, features: dict[str, float]) -> float:
        """Log-odds that A is the copy, given a copy, from the texts alone."""
        return self.direction_slope * self.direction.score(features)

    def direction_score(self, features: dict[str, float], dates: int, credits: int) -> float:
        """Log-odds that A is the copy, given a copy: the texts' evidence, then the dates
        (+1: A is later) and credits (+1: only A credits the other's outlet)."""
        return self.combine(self.text_score(features), dates, credits)

    def combine(self, texts: float, dates: int, credits: int, *, overruled: bool = False) -> float:
        """The texts' log-odds (``text_score``) with the dates' and credits' fixed ratios.
        ``overruled``: the texts, which cannot tell excerpt from expansion (one is nearly
        all in the other, ``HELD_WHOLE``), read against the dates and are set aside."""
        return (
            (0.0 if overruled else texts)
            + self.date_log_ratio * dates
            + self.credit_log_ratio * credits
        )


@cache
def load_model() -> DirectionModel:
    """The model in ``direction_model.json`` (read once)."""
    text = resources.files("newstrace.analyse").joinpath("direction_model.json").read_text()
    return DirectionModel.from_dict(json.loads(text))
