"""Configuration: every tuned threshold in one place, with how it was tuned.

Re-run ``python benchmarks/compare.py`` and ``pytest tests/test_seed_pair.py`` after changing
any value here: the seed pair and the BASIL same-event pairs are the calibration set.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from newstrace.errors import ConfigError


@dataclass(frozen=True, slots=True)
class AlignConfig:
    """Options of the lexical and semantic alignment layers."""

    # Seeds are shared word n-grams of this length; 3 finds short quotes, and the
    # min_words filter below removes the chance matches ("the united states").
    seed_words: int = 3
    # Shortest lexical passage reported, in matched words (CLI --min-length).
    min_words: int = 8
    # Largest gap, in words, bridged inside one passage (an inserted "Mr. Kerry said,").
    max_gap: int = 8
    # N-grams seen more often than this in one text are boilerplate, not seeds.
    max_seed_occurrences: int = 6
    # Paraphrase score (0.6 cosine + 0.4 stem overlap) that links two sentences on its own
    # (CLI --threshold).  On the seed pair the true links score 0.43-1.0 and the best wrong
    # partner of a rewritten sentence 0.61; tuned with benchmarks/compare.py on BASIL.
    paraphrase_threshold: float = 0.55
    # Weaker links, down to this score, are kept only next to an accepted link.
    weak_threshold: float = 0.40
    # A sentence keeps other partners scoring within this margin of its best one
    # (a rewrite merges two source sentences into one) ...
    partner_margin: float = 0.1
    # ... and at most this many.
    max_partners: int = 3
    # A sentence pair already joined by a lexical passage covering this share of one of
    # its sentences gets no paraphrase link on top.
    lexical_cover: float = 0.8


@dataclass(frozen=True, slots=True)
class VerdictConfig:
    """Thresholds of the relation decision."""

    # Share of the derived text's characters OUTSIDE quotations that must be traced to the
    # source: quotations alone are what independent reports of one event share.
    min_outside_quotes: float = 0.5
    # Share of the derived text's sentences that must be traced.
    min_sentences: float = 0.5
    # Share of the derived text's own sentences (not mostly quotation) traced firmly (by a
    # lexical passage or a paraphrase link at or above the threshold) ...
    # Seed rewrite: 0.73; BASIL same-event pairs: the one pair above 0.65 that also passes
    # every other test is a real rewrite (Fox from the NYT, credited).
    min_own_sentences: float = 0.65
    # ... and how many of them at least: a handful of matching sentences is not a rewrite.
    min_own_traced: int = 5
    # Share of the text outside quotations that is the other's text word for word or nearly
    # for passages copied into an article of its own.  BASIL same-event pairs: at most 0.26
    # (median 0.02); planted copies of 2-4 paragraphs in benchmarks/scan.py: 0.3 and up.
    min_lexical_outside_quotes: float = 0.3
    # ... or this share when one passage holds this many words outside quotations: 40
    # identical words of the reporter's own are not written twice independently.  BASIL
    # same-event pairs: at most 39 such words in one passage, but for HuffPost quoting 84
    # words of the NYT article it is about (share 0.15); the closest pair to both limits
    # has 34 words and 0.18.  Planted copies found by it: benchmarks/scan.py.
    min_lexical_with_passage: float = 0.2
    min_passage_own_words: int = 40
    # Share of steps between traced sentences that keep the source's order (see
    # analyse.evidence.order_kept).  Seed rewrite: 0.71; most BASIL pairs far below.
    min_order: float = 0.6
    # Two texts share a passage (shared_source) when it holds this many identical words in
    # a row: as many as scan's winnowed n-grams are sure to find (CandidateConfig).  BASIL:
    # 3 same-event pairs had only a nearly-alike phrase of 9-12 words without such a run.
    min_shared_run: int = 8
    # ... besides names with their titles, numbers, stock phrases and boilerplate
    # (analyse/stock.py) and, over an index (scan, trace), the n-grams the index found in
    # common_df articles or more, or in boilerplate_df or more of one outlet's (the clause
    # every story on a beat repeats: Fox's "Russian meddling and potential collusion with
    # Trump campaign associates" is in 3 of its BASIL articles about 3 events).  BASIL has 3
    # reports an event, so a quotation all 3 carry is in 3 articles: common_df stays well
    # above that, and an outlet has one article an event.  Larger corpora tell more
    # reports of a story: a quotation carried by common_df of them is common wording there.
    common_df: int = 10
    boilerplate_df: int = 3


@dataclass(frozen=True, slots=True)
class CandidateConfig:
    """Options of candidate search over an indexed corpus."""

    # Word n-grams hashed as features of shared wording: 5 words rarely repeat by chance.
    shingle_words: int = 5
    # Winnowing window, in n-grams: the smallest hash of every window of this many
    # consecutive n-grams is kept (about 2 / (window + 1) of them, 40%), so two articles
    # sharing a run of shingle_words + window - 1 = 8 words (AlignConfig.min_words, the
    # shortest passage compare reports) share at least one kept hash.
    winnow_window: int = 4
    # Features found in more articles than this are boilerplate or stock phrases and are
    # not looked up (passim's maxDF idea).
    max_df: int = 100
    # Articles that share fewer features than this with the query are not candidates.
    min_shared: int = 3
    # How many candidates, best first, are aligned with the full compare pipeline.
    top_k: int = 10
    # scan aligns the pairs sharing this many kept n-grams ...
    scan_min_shingles: int = 2
    # ... or one and this many names or numbers: a passage of 8 to 10 words (a quotation
    # two reports of one story carry) may leave one kept n-gram, which two unrelated texts
    # also share by chance; reports of one story share names (BASIL's same-event pairs
    # with a passage and one kept n-gram: 8 to 24).  Pairs sharing only names are not
    # aligned: they are mostly independent reports (36,071 in a 2,000-article corpus).
    scan_min_names: int = 3
    # Paraphrase candidates (candidates/semantic.py).  Sentences shorter than this many
    # words are not embedded: short sentences match too much by chance.
    semantic_min_words: int = 8
    # Cosine of static-encoder vectors at which two sentences are near neighbours.  The
    # seed rewrite stripped of its quotations (no shared 5-gram left): 3 sentences on each
    # side reach 0.7 (1 reaches 0.75); articles of different BASIL events: 0.15% of pairs
    # have 3 or more, same-event pairs 30% (see BENCHMARKS.md).
    semantic_min_cosine: float = 0.7
    # Nearest neighbours looked up per sentence: bounds the work per sentence, so the
    # search grows linearly with the corpus.
    semantic_neighbours: int = 10
    # Different sentences on EACH side that must have a near neighbour in the other.
    semantic_min_sentences: int = 3


def _default_lexicon() -> frozenset[str]:
    from newstrace.loaded_words import LOADED_WORDS

    return LOADED_WORDS


# VADER rating (0-4 either way) at which an adjective or adverb is a loaded word when a
# rewrite adds it.  Tuned on the development set's tune split (benchmarks/faithfulness.py
# --split tune): at 2.5 the rated words added no false flag; at 2.0 five ("poor",
# "favorable", "broken"), at 1.5 eleven.
DEFAULT_MIN_RATING = 2.5


@dataclass(frozen=True, slots=True)
class AnalyseConfig:
    """Options of the analyses of an aligned pair."""

    # Loaded words and phrases flagged when a rewrite adds them, besides the adjectives and
    # adverbs VADER rates at min_loaded_rating (analyse/lexicon.py); CLI --lexicon adds more.
    loaded_words: frozenset[str] = field(default_factory=_default_lexicon)
    min_loaded_rating: float = DEFAULT_MIN_RATING
    # Changed facts are looked for in passages and in paraphrase links at least this strong:
    # the aligner's weak-link threshold.  A fact is compared only in the same role (the same
    # words around it, analyse/facts/), which is what keeps weak links from pairing two
    # different facts; on the tune split 0.40 finds 4 more of 34 changes than 0.55, with no
    # false one, and adds no report between BASIL's independent same-event articles.
    min_change_score: float = 0.40


@dataclass(frozen=True, slots=True)
class Config:
    """All options of newstrace, defaults filled in."""

    align: AlignConfig = field(default_factory=AlignConfig)
    verdict: VerdictConfig = field(default_factory=VerdictConfig)
    analyse: AnalyseConfig = field(default_factory=AnalyseConfig)
    candidates: CandidateConfig = field(default_factory=CandidateConfig)

    def with_lexicon(self, words: frozenset[str]) -> Config:
        """A copy that also flags ``words`` (lower-cased) as loaded wording."""
        extra = frozenset(w.strip().lower() for w in words if w.strip())
        analyse = replace(self.analyse, loaded_words=self.analyse.loaded_words | extra)
        return replace(self, analyse=analyse)

    def with_options(self, **align_options: Any) -> Config:
        """A copy with some alignment options replaced; unknown or invalid ones raise."""
        try:
            align = replace(self.align, **align_options)
        except TypeError as error:
            raise ConfigError(f"unknown option: {error}") from error
        validate(align)
        return replace(self, align=align)

    def fingerprint(self) -> str:
        """A short hash of every value, stored with outputs to detect stale results."""
        payload = json.dumps(asdict(self), sort_keys=True, default=sorted).encode()
        return hashlib.sha256(payload).hexdigest()[:16]


def validate(align: AlignConfig) -> None:
    """Raise :class:`ConfigError` for out-of-range alignment options."""
    if not 0.0 <= align.paraphrase_threshold <= 1.0:
        raise ConfigError(f"threshold must be between 0 and 1, not {align.paraphrase_threshold}")
    if align.weak_threshold > align.paraphrase_threshold:
        raise ConfigError("weak_threshold must not exceed the threshold")
    if align.min_words < align.seed_words:
        raise ConfigError(f"min-length must be at least {align.seed_words} words")
    if align.max_partners < 1:
        raise ConfigError("max_partners must be at least 1")


DEFAULT_CONFIG = Config()
