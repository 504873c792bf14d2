"""Configuration: every tuned threshold in one place, with how it was tuned.

Re-run ``python benchmarks/compare.py`` and ``pytest tests/test_seed_pair.py`` after changing
any value here: the seed pair and the BASIL same-event pairs are the calibration set.

A run can change any value with a TOML file (``newstrace ... --config FILE.toml``,
:func:`load_config`); :meth:`Config.fingerprint` is written with every result derived from a
configuration, and :meth:`Config.index_settings` with an index (``docs/config.md``).
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from functools import lru_cache
from pathlib import Path
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
    # Weight of the embedding cosine against the stem overlap in the paraphrase score;
    # tuned on the seed pair.
    cosine_weight: float = 0.6
    # A weak link needs an accepted link this close (in sentences) on both sides.
    support_window: int = 2
    # A sentence scored against two adjacent sentences of the other text joined as one
    # (a rewrite merging them) raises the better of the two pairs to that score, when its
    # sentences are each other's best partner and the score beats both pairs by this much.
    # Tuned with benchmarks/alignment.py (the annotation's merged sentences) and
    # benchmarks/direction.py (BASIL, siblings) on encoded joined units; with their vectors
    # taken from their sentences' (``embed.pooling``) the same calls are won.
    merge_gain: float = 0.05


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
    # A copy is written from its source, so some of its own text is traced to it: when
    # neither text has this share of its text outside quotations traced to the other, what
    # they share is quotations and topic, and the fitted model is not asked (its linear
    # score, far outside the copies it was fitted on, once called two independent BASIL
    # reports with 9% traced a copy at 0.72).  The least-traced copy among the training
    # pairs has 0.18 (a planted passage mixed into another article).
    min_copy_traced: float = 0.15
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
# The same for a verb or a noun ("betrayed", "doomsday"), flagged only when negative and
# stronger than any word of the source passage (analyse/additions.py): VADER rates events
# as strongly as judgements ("won", "praised").  On the tune split, with those two
# conditions, 2.0 finds 3 more of 85 words than leaving verbs and nouns out, for 7 more
# false flags (17 in 60 pairs); 1.5 finds 1 more for 13 more false flags.  Raised to 2.7
# on the development splits (tune to fresh7): VADER's middling negatives are events and
# states a rewrite reports ("died", "forced", "ban", "failure", "arguing": 36 false flags,
# 2 found words), its strongest verbs and nouns judge ("infuriated", "dreaded").
# Measured again on all fifteen development splits (tune to fresh13; 711 words, 118 false
# flags): 2.5 finds 1 more word for 7 more false flags ("died", "ban", "crime"), 2.0 finds
# 5 more (on 4 splits) for 79 more; min_loaded_rating 2.0 finds none for 20 more
# ("ambitious", "hopeful", "survive"), MIN_ADVERB_RATING 1.0 none for 1 more, and a
# margin (additions._MARGIN) of 0.5 none for 2 more.  Most misses are words VADER does not
# rate in any form ("tasteless", "terse", "lurched", "u-turn"): no bar reaches them.
# Nor does a second lexicon shipped in a PyPI package, rating only the words VADER does not
# rate in any form, as a loaded adjective is rated (measured on all seventeen development
# splits, tune to fresh15: 794 words, 723 found, 134 false flags; 51 of the 71 misses have
# no word VADER rates, and each lexicon below rates at most 9 of them negative).  TextBlob's copy
# of pattern's en-sentiment.xml (code MIT, lexicon PDDL; 1,528 adjectives): polarity
# <= -0.5 and subjectivity >= 0.8 finds 2 words on 2 splits ("tasteless", "grotesque")
# for 12 more false flags on 7 ("chicken", "rank", "unrealistic") and 11 more flags on
# BASIL's 160 same-event pairs called copies or shared_source (168 flags: "base", "cold");
# <= -0.3 and >= 0.5 finds 5 for 75 more; <= -0.7 and >= 0.9 none for 2.  Read as an
# adjective list instead (a negative adjective it lists skips additions._stronger's
# source test: "grim"), 1 for 6 more ("dead").  AFINN-165 (the afinn package: GPL, its
# list ODbL, neither permissive): <= -3 finds none for 6 more ("uproar"), <= -2 none for
# 33.  Not permissive and measured only to see what a wider list would bring: Hu and
# Liu's negative words find 6 for 223 more ("split", "conceded", "unlikely"), SO-CAL
# <= -3 3 for 27, NRC's negative words 5 for 321, SentiWordNet's negative adjectives and
# adverbs 2 for 137.  None gains on most splits or within a false flag per three words.
DEFAULT_MIN_OTHER_RATING = 2.7


@dataclass(frozen=True, slots=True)
class AnalyseConfig:
    """Options of the analyses of an aligned pair."""

    # Loaded words and phrases flagged when a rewrite adds them, besides the adjectives and
    # adverbs VADER rates at min_loaded_rating (analyse/lexicon.py); CLI --lexicon adds more.
    loaded_words: frozenset[str] = field(default_factory=_default_lexicon)
    min_loaded_rating: float = DEFAULT_MIN_RATING
    min_other_loaded_rating: float = DEFAULT_MIN_OTHER_RATING
    # Changed facts are looked for in passages and in paraphrase links at least this strong:
    # the aligner's weak-link threshold.  A fact is compared only in the same role (the same
    # words around it, analyse/facts/), which is what keeps weak links from pairing two
    # different facts; on the tune split 0.40 finds 4 more of 34 changes than 0.55, with no
    # false one, and adds no report between BASIL's independent same-event articles.
    min_change_score: float = 0.40


@dataclass(frozen=True, slots=True)
class QuoteConfig:
    """Thresholds of the quotation check (analyse/quotes.py)."""

    # rapidfuzz partial ratio of an altered quote to its source ...
    min_altered_score: float = 75
    # ... and the share of words the two keep in place: a longer quote that only contains the
    # other's few words is another quotation, not an altered one.
    min_altered_words: float = 0.6
    # A joined quote is made of runs of B's quoted words this long or longer: a shorter run
    # ("of the") is found anywhere.  Between them, a joining word of the writer's ("and").
    min_joined_run: int = 3
    # A quote this short ("a bridge too far") is a phrase, a title or a catch-phrase: not
    # enough to accuse a copy of putting it in another mouth.
    min_misattributed_words: int = 4
    # ... but a whole quote or sentence of B this short is a statement ("Stop lying!").
    min_misattributed_sentence: int = 3
    # ... and a whole quote of B of two words ("sniveling coward") when both texts name its
    # speaker right next to it: B gave those words, as a unit, to one named person and the
    # copy to another named one; a phrase carried on from a quote before, or a "he", is a
    # reading a reader may not share.  Measured again (twenty-second session, every claim
    # refused only for its length over tune … fresh27 and BASIL): two whole words with only
    # the copy's speaker named next to them, 5 right (one source's "stop lying") and 5 false
    # ("cares deeply" given to Google for its spokesperson's, "fear-mongering" to a misread
    # attribution); every minimum at one word, 7 right and 14 false (2 on BASIL).  The same
    # two words when the copy's own words put them in the mouth of a person named in full,
    # his surname then a verb of speech running on into the quote ("Trump told him to "stop
    # lying"": ``quotes._spoken``; twenty-third session, see BENCHMARKS.md).
    min_misattributed_named: int = 2
    # ... and a whole quote of B of one word ("inappropriate") when both speakers are, besides,
    # people named in full: B gave the word, as a unit, to one person and the copy to another
    # (not an organisation, "WikiLeaks", and its founder).  Measured (eighteenth session):
    # the named pair at one word made one false claim on the development set (rw-114b),
    # every minimum at one word two on BASIL; this made none on either.
    min_misattributed_in_full: int = 1
    # ... and a part of a quote of B, of three words ("just outrageous talk"), when both
    # texts name its speaker right next to it, each a person named in full: B gave them to
    # one named person, the copy to another.  Measured (quotes33, tune … fresh32 and BASIL):
    # at three words, one more found (rw-431), none false; at two, one more again (rw-131)
    # but three false on BASIL ("not welcome", "politically motivated": two independent
    # reports, each speaker saying the common phrase).
    min_misattributed_part_in_full: int = 3
    # Two spellings of one surname are this similar: the same person; with the same given
    # name, a looser likeness will do ("Aitan Goelman"/"Aitan Goldman": 0.71).
    same_surname: float = 0.8
    misspelt_surname: float = 0.6


@dataclass(frozen=True, slots=True)
class LimitConfig:
    """Size limits of one article (segment/document.py): over them it is not compared."""

    # Longest article text that is compared, in characters (about 8,000 words).  BASIL's
    # longest article has 11,343 characters.  Aligning two articles costs time and memory
    # that grow with the product of their sentence counts (every sentence pair is scored),
    # so a cap keeps every comparison bounded: two articles of prose at the cap took 53 s of
    # CPU time (under a minute on 2 cores) and 570 MB, two 200,000-character texts several
    # minutes.
    max_article_chars: int = 50_000
    # Most sentences an article may have (50,000 characters of prose make about 500).  The
    # character limit alone does not bound the sentence pairs: 48,000 characters of
    # "Go. " are 12,000 sentences, whose comparison with themselves did not end in hours.
    max_sentences: int = 1_000


@dataclass(frozen=True, slots=True)
class ServeConfig:
    """The documented limits of the service's requests (serve/)."""

    # Largest request body, in bytes (5 MB, the CLI's limit for one input file).  Two texts
    # at max_text_chars fit even when JSON escapes every character.
    max_body_bytes: int = 5_000_000
    # Longest article text, in characters (about 30,000 words: ten long features).
    # Comparison time grows with the sentences of both texts, so this bounds one request's
    # work.
    max_text_chars: int = 200_000
    # Most records one listing (GET /pairs, GET /articles) returns.
    max_page: int = 500
    # Open connections the service accepts before answering 503: each waiting request may
    # hold a body of up to max_body_bytes, so this bounds the memory they take.
    max_connections: int = 256
    # Most articles drawn in one provenance graph; the nearest to the chosen article are kept.
    max_story_articles: int = 60


@dataclass(frozen=True, slots=True)
class Config:
    """All options of newstrace, defaults filled in."""

    align: AlignConfig = field(default_factory=AlignConfig)
    verdict: VerdictConfig = field(default_factory=VerdictConfig)
    analyse: AnalyseConfig = field(default_factory=AnalyseConfig)
    candidates: CandidateConfig = field(default_factory=CandidateConfig)
    quotes: QuoteConfig = field(default_factory=QuoteConfig)
    limits: LimitConfig = field(default_factory=LimitConfig)
    serve: ServeConfig = field(default_factory=ServeConfig)

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
        """A short hash of every value that affects results (all sections but ``serve``,
        whose limits only refuse requests), written with outputs to detect stale results."""
        return _fingerprint(self)

    def index_settings(self) -> dict[str, Any]:
        """The settings that decide what an index stores (:data:`INDEX_SETTINGS`), by
        their dotted names; a verdict threshold is not one of them."""
        return {name: getattr(self.candidates, name.split(".")[1]) for name in INDEX_SETTINGS}


# The settings an index's features depend on: the n-grams hashed, which of them are kept,
# and which sentences are embedded.  The rest of CandidateConfig (max_df, top_k, the
# semantic search) is applied when the index is read, so changing it needs no new index.
INDEX_SETTINGS = (
    "candidates.shingle_words",
    "candidates.winnow_window",
    "candidates.semantic_min_words",
)


def fingerprint_of(values: Any) -> str:
    """A short hash of a JSON-able value (sets in sorted order)."""
    payload = json.dumps(values, sort_keys=True, default=sorted).encode()
    return hashlib.sha256(payload).hexdigest()[:16]


@lru_cache(maxsize=16)
def _fingerprint(config: Config) -> str:
    values = asdict(config)
    del values["serve"]
    return fingerprint_of(values)


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


def load_config(path: str | Path, base: Config = DEFAULT_CONFIG) -> Config:
    """``base`` with the values of a TOML file over it: a table per section, any subset of
    its keys (``[verdict]`` / ``min_order = 0.7``).  An unknown key, a value of the wrong
    type or out of range raises :class:`ConfigError` naming the file and the key."""
    try:
        with open(path, "rb") as handle:
            values = tomllib.load(handle)
    except OSError as error:
        message = f"cannot read the configuration: {error.strerror}"
        raise ConfigError(message, path=str(path)) from error
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"not a TOML file: {error}", path=str(path)) from error
    try:
        return config_from_dict(values, base)
    except ConfigError as error:
        raise ConfigError(str(error), path=str(path)) from error


def config_from_dict(values: Mapping[str, Any], base: Config = DEFAULT_CONFIG) -> Config:
    """``base`` with ``{section: {key: value}}`` over it, checked as :func:`load_config`."""
    sections: dict[str, Any] = {}
    for name, table in values.items():
        current = getattr(base, name, None) if name in _SECTIONS else None
        if current is None:
            raise ConfigError(f"unknown section [{name}]; known: {', '.join(_SECTIONS)}")
        if not isinstance(table, Mapping):
            raise ConfigError(f"{name} must be a table ([{name}]), not a value")
        sections[name] = replace(
            current, **{key: _checked(current, name, key, value) for key, value in table.items()}
        )
    config = replace(base, **sections)
    validate(config.align)
    return config


_SECTIONS = tuple(f.name for f in fields(Config))


def _checked(section: Any, name: str, key: str, value: Any) -> Any:
    """``value`` as the type of the default it replaces, or a ConfigError."""
    known = [f.name for f in fields(section)]
    if key not in known:
        raise ConfigError(f"unknown setting {name}.{key}; [{name}] has: {', '.join(known)}")
    default = getattr(section, key)
    if isinstance(default, frozenset):
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            return frozenset(item.strip().lower() for item in value if item.strip())
        raise ConfigError(f"{name}.{key} must be a list of strings, not {value!r}")
    wanted = (int, float) if isinstance(default, float) else (type(default),)
    if isinstance(value, bool) or not isinstance(value, wanted):
        kind = "a number" if isinstance(default, float) else "a whole number"
        raise ConfigError(f"{name}.{key} must be {kind}, not {value!r}")
    if value < 0:
        raise ConfigError(f"{name}.{key} must not be negative, not {value!r}")
    return type(default)(value)
