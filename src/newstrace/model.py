"""The records that cross stage boundaries, and their JSON form.

Every record is a frozen dataclass.  Spans are half-open ``[start, end)`` character offsets
into the ORIGINAL text of an article (before normalisation), so a report can highlight them.
The JSON form (``to_dict``) is documented in ``docs/json.md`` and versioned by
:data:`SCHEMA_VERSION`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any, Literal

SCHEMA_VERSION = 1

AlignmentKind = Literal["verbatim", "near_verbatim", "paraphrase"]
Relation = Literal["a_from_b", "b_from_a", "shared_source", "unrelated"]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` of an original text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def overlap(self, other: Span) -> int:
        """Number of characters this span shares with ``other``."""
        return max(0, min(self.end, other.end) - max(self.start, other.start))

    def within(self, other: Span) -> bool:
        """Whether every character of this span lies in ``other``."""
        return other.start <= self.start and self.end <= other.end

    def to_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(frozen=True, slots=True)
class Article:
    """An article: its original text and what is known about it.

    ``published`` is an ISO 8601 date or date-time string (``2015-09-18``).
    """

    text: str
    id: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None

    def info(self) -> ArticleInfo:
        return ArticleInfo(
            id=self.id,
            title=self.title,
            outlet=self.outlet,
            published=self.published,
            length=len(self.text),
        )


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """What a comparison reports about each of its two articles."""

    id: str | None
    title: str | None
    outlet: str | None
    published: str | None
    length: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published,
            "length": self.length,
        }


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of an article: its span in the original text and its normalised text."""

    index: int
    span: Span
    text: str


@dataclass(frozen=True, slots=True)
class Alignment:
    """A passage of A and the passage of B it was reused from (or into).

    ``a_sentences``/``b_sentences`` are the indices of the sentences the spans touch.
    """

    kind: AlignmentKind
    score: float
    a_span: Span
    b_span: Span
    a_text: str
    b_text: str
    a_sentences: tuple[int, ...] = ()
    b_sentences: tuple[int, ...] = ()

    def swapped(self) -> Alignment:
        """The same alignment seen from B's side (B's span first)."""
        return Alignment(
            self.kind,
            self.score,
            self.b_span,
            self.a_span,
            self.b_text,
            self.a_text,
            self.b_sentences,
            self.a_sentences,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "score": round(self.score, 4),
            "a_span": self.a_span.to_list(),
            "b_span": self.b_span.to_list(),
            "a_text": self.a_text,
            "b_text": self.b_text,
            "a_sentences": list(self.a_sentences),
            "b_sentences": list(self.b_sentences),
        }


@dataclass(frozen=True, slots=True)
class Verdict:
    """Which way the copying went, how sure we are, and why.

    ``probabilities`` gives each relation's probability (they sum to 1); ``confidence``
    is the probability of the relation called.
    """

    relation: Relation
    confidence: float
    reasons: tuple[str, ...]
    probabilities: Mapping[Relation, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "relation": self.relation,
            "confidence": round(self.confidence, 4),
            "reasons": list(self.reasons),
            "probabilities": {k: round(v, 4) for k, v in self.probabilities.items()},
        }


@dataclass(frozen=True, slots=True)
class Coverage:
    """Share of each text's characters traced to the other, in [0, 1]."""

    a: float
    b: float

    def to_dict(self) -> dict[str, float]:
        return {"a": round(self.a, 4), "b": round(self.b, 4)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Coverage:
        return cls(a=float(data["a"]), b=float(data["b"]))


@dataclass(frozen=True, slots=True)
class SideEvidence:
    """What the alignments show about one text, taken as the possible copy of the other.

    Shares are in [0, 1].  "Own" sentences are those not mostly inside quotations: the
    reporter's own words, which independent reports of one event do not share.  The four
    before ``words`` (the text's length in words) are the clues of ``analyse/clues.py``:
    details of the other's aligned passages this text never gives, its quotations that
    trim or join the other's, its quotations standing in the other as plain speech, and
    its attribution hedges and credits; ``own_similarity`` is how closely the other gives
    its own sentences, on average, and ``own_chain`` the share of them on the longest
    chain of firm links in the other's order; ``quotations`` counts its quotations of
    four words or more, ``quotations_new`` those the other does not carry.
    ``longest_block_outside_quotes`` counts the words outside quotations in the longest
    block of lexical passages that follow each other in both texts
    (``analyse.evidence.longest_block``): a lifted block cut where a sentence was dropped.
    ``quote_words_beyond`` counts the words its quotations give beyond a quotation of the
    other that is a part of them: a copy can trim its source's quotation, not extend it.
    ``story_credits`` are the outlets it says its whole story is a report of, each with the
    words that say so (``analyse.retold``: "as first reported by", "citing").
    ``first_person`` counts its words of the first person outside quotations ("we", "our",
    "I"): a statement speaks so of itself, a story of it in the third person
    (``analyse.statement_story``).  ``details_changed`` counts the other's details it
    gives another value in a passage shared word for word ("Friday" for "Saturday"): a
    changed fact, not among ``details_dropped`` (``analyse.clues.details_dropped``).
    ``quote_words_added`` counts the words its quotations give past the other's quotations
    that stand inside them, trimmed, altered or given to another speaker, net of the words
    put otherwise (``analyse.clues.quote_words_added``): a copy gets no more of a quotation
    than its source gives.  ``seated_unnamed`` are the people it names with a seat
    ("Senator Claire McCaskill of Missouri") whom the other never names in any spelling
    (``analyse.seated``): a copy can only lose its source's people.
    """

    sentences: int
    sentences_traced: int
    own_sentences: int
    own_sentences_traced: int
    outside_quotes: float
    lexical_outside_quotes: float
    longest_passage_outside_quotes: int
    order: float
    credits_other: bool
    outlets_credited: tuple[str, ...] = ()
    own_similarity: float = 0.0
    own_chain: float = 0.0
    quotations: int = 0
    quotations_new: int = 0
    details_dropped: int = 0
    details_new: float = 0.0
    quotes_cut: int = 0
    quotes_from_speech: int = 0
    hedges: int = 0
    words: int = 0
    longest_block_outside_quotes: int = 0
    quote_words_beyond: int = 0
    story_credits: tuple[tuple[str, str], ...] = ()
    first_person: int = 0
    details_changed: int = 0
    quote_words_added: int = 0
    seated_unnamed: tuple[str, ...] = ()

    @property
    def own_share(self) -> float:
        """The share of its own sentences firmly traced to the other (0 with none)."""
        return self.own_sentences_traced / max(1, self.own_sentences)

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentences": self.sentences,
            "sentences_traced": self.sentences_traced,
            "own_sentences": self.own_sentences,
            "own_sentences_traced": self.own_sentences_traced,
            "outside_quotes": round(self.outside_quotes, 4),
            "lexical_outside_quotes": round(self.lexical_outside_quotes, 4),
            "longest_passage_outside_quotes": self.longest_passage_outside_quotes,
            "order": round(self.order, 4),
            "credits_other": self.credits_other,
            "outlets_credited": list(self.outlets_credited),
            "own_similarity": round(self.own_similarity, 4),
            "own_chain": round(self.own_chain, 4),
            "quotations": self.quotations,
            "quotations_new": self.quotations_new,
            "details_dropped": self.details_dropped,
            "details_new": round(self.details_new, 4),
            "quotes_cut": self.quotes_cut,
            "quotes_from_speech": self.quotes_from_speech,
            "hedges": self.hedges,
            "words": self.words,
            "longest_block_outside_quotes": self.longest_block_outside_quotes,
            "quote_words_beyond": self.quote_words_beyond,
            "story_credits": [list(credit) for credit in self.story_credits],
            "first_person": self.first_person,
            "details_changed": self.details_changed,
            "quote_words_added": self.quote_words_added,
            "seated_unnamed": list(self.seated_unnamed),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SideEvidence:
        values = dict(data)
        values["outlets_credited"] = tuple(values.get("outlets_credited", ()))
        values["seated_unnamed"] = tuple(values.get("seated_unnamed", ()))
        values["story_credits"] = tuple(
            (outlet, form) for outlet, form in values.get("story_credits", ())
        )
        return cls(**values)


@dataclass(frozen=True, slots=True)
class Evidence:
    """The measurements a verdict is decided from, for A (as copy of B) and for B."""

    a: SideEvidence
    b: SideEvidence

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a.to_dict(), "b": self.b.to_dict()}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Evidence:
        return cls(a=SideEvidence.from_dict(data["a"]), b=SideEvidence.from_dict(data["b"]))

    def swapped(self) -> Evidence:
        """B's side first."""
        return Evidence(a=self.b, b=self.a)


QuoteStatus = Literal["exact", "joined", "truncated", "altered", "misattributed", "unmatched"]
DiscrepancyKind = Literal["name", "number", "date", "title", "organisation"]


@dataclass(frozen=True, slots=True)
class QuoteCheck:
    """A direct quotation of A and how faithfully it reproduces B.

    ``a_spans`` holds the pieces of the quotation in A (one quote split by an attribution
    has two); ``b_span`` is where the quoted words stand in B (None when unmatched).
    ``diff`` lists word edits for ``altered`` quotes: ``-word`` (in B, not in A) and
    ``+word`` (in A, not in B).
    """

    text: str
    speaker: str | None
    a_spans: tuple[Span, ...]
    status: QuoteStatus
    b_span: Span | None = None
    b_text: str | None = None
    b_speaker: str | None = None
    diff: tuple[str, ...] = ()

    @property
    def a_span(self) -> Span:
        """From the first piece's start to the last piece's end."""
        return Span(self.a_spans[0].start, self.a_spans[-1].end)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "status": self.status,
            "a_span": self.a_span.to_list(),
            "a_pieces": [piece.to_list() for piece in self.a_spans],
            "b_span": self.b_span.to_list() if self.b_span else None,
            "b_text": self.b_text,
            "b_speaker": self.b_speaker,
            "diff": list(self.diff),
        }


@dataclass(frozen=True, slots=True)
class Attribution:
    """A phrase of A that credits an outlet or agency ("according to the New York Times")."""

    text: str
    outlet: str
    a_span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "outlet": self.outlet, "a_span": self.a_span.to_list()}


@dataclass(frozen=True, slots=True)
class Discrepancy:
    """A name, number, date or title that differs between two aligned passages."""

    kind: DiscrepancyKind
    a_text: str
    b_text: str
    a_span: Span
    b_span: Span

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "a_text": self.a_text,
            "b_text": self.b_text,
            "a_span": self.a_span.to_list(),
            "b_span": self.b_span.to_list(),
        }


@dataclass(frozen=True, slots=True)
class Passage:
    """Sentences of one text (``side``: "a" or "b") with no partner in the other.

    ``added`` holds the copy's additions and ``omitted`` what it left out of its source; for
    ``b_from_a`` the copy is B, otherwise A.
    """

    span: Span
    text: str
    side: Literal["a", "b"] = "a"

    def to_dict(self) -> dict[str, Any]:
        return {"side": self.side, "span": self.span.to_list(), "text": self.text}


@dataclass(frozen=True, slots=True)
class LoadedWord:
    """A loaded word the rewrite (A) added to an aligned passage, or to a sentence of its own
    beside one (``b_span`` is then that passage's partner): absent from B.

    ``strength``: how strongly the lexicons rate it, from 0 to 1 (``analyse.lexicon``).
    """

    word: str
    a_span: Span
    b_span: Span
    strength: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return {
            "word": self.word,
            "a_span": self.a_span.to_list(),
            "b_span": self.b_span.to_list(),
            "strength": round(self.strength, 3),
        }


@dataclass(frozen=True, slots=True)
class Analysis:
    """How faithfully A reproduces B: quotes, credits, changed facts, additions, omissions."""

    quotes: tuple[QuoteCheck, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    discrepancies: tuple[Discrepancy, ...] = ()
    added: tuple[Passage, ...] = ()
    omitted: tuple[Passage, ...] = ()
    wording: tuple[LoadedWord, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "quotes": [x.to_dict() for x in self.quotes],
            "attributions": [x.to_dict() for x in self.attributions],
            "discrepancies": [x.to_dict() for x in self.discrepancies],
            "added": [x.to_dict() for x in self.added],
            "omitted": [x.to_dict() for x in self.omitted],
            "wording": [x.to_dict() for x in self.wording],
        }


@dataclass(frozen=True, slots=True)
class Comparison:
    """The result of comparing article A with article B."""

    a: ArticleInfo
    b: ArticleInfo
    verdict: Verdict
    coverage: Coverage
    alignments: tuple[Alignment, ...]
    evidence: Evidence
    analysis: Analysis = field(default_factory=Analysis)
    schema_version: int = field(default=SCHEMA_VERSION)

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON form (see ``docs/json.md``)."""
        return {
            "schema_version": self.schema_version,
            "a": self.a.to_dict(),
            "b": self.b.to_dict(),
            "verdict": self.verdict.to_dict(),
            "coverage": self.coverage.to_dict(),
            "evidence": self.evidence.to_dict(),
            "alignments": [alignment.to_dict() for alignment in self.alignments],
            **self.analysis.to_dict(),
        }


PairRelation = Literal["a_from_b", "b_from_a", "shared_source"]
# The character spans of a pair's alignments, ``(a_start, a_end, b_start, b_end)`` each: what
# a scan keeps of a comparison beside its ReusePair (which holds only three passages' texts)
# for the rules it applies once every pair is compared (``analyse.common_source``).
PairSpans = tuple[tuple[int, int, int, int], ...]


def pair_spans_from_list(data: Any) -> PairSpans:
    """The :data:`PairSpans` of their JSON form, a list of four-integer lists."""
    return tuple((int(a), int(b), int(c), int(d)) for a, b, c, d in data)


_PAIR_RELATIONS = ("a_from_b", "b_from_a", "shared_source")
_KINDS = ("verbatim", "near_verbatim", "paraphrase")


@dataclass(frozen=True, slots=True)
class PairPassage:
    """One of the longest aligned passages of a reuse pair, as the texts of both sides."""

    kind: AlignmentKind
    a_text: str
    b_text: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "a_text": self.a_text, "b_text": self.b_text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PairPassage:
        _check_keys(data, ("kind", "a_text", "b_text"), "passage")
        kind = _value(data, "kind", str, "passage")
        if kind not in _KINDS:
            raise ValueError(f"passage: kind must be one of {', '.join(_KINDS)}, not {kind!r}")
        return cls(
            kind, _value(data, "a_text", str, "passage"), _value(data, "b_text", str, "passage")
        )


@dataclass(frozen=True, slots=True)
class ReusePair:
    """Two articles with reuse, as ``scan`` reports them: a line of ``pairs.jsonl``, a row of
    the index's pairs (``GET /pairs``), of ``pairs.parquet`` (``docs/json.md``).

    ``source``/``copy`` say who copied whom (both None for a shared source); ``coverage`` is
    exact here and rounded in the JSON form; ``config_fingerprint`` is the
    :meth:`~newstrace.config.Config.fingerprint` of the configuration of the scan.
    """

    a: str
    b: str
    relation: PairRelation
    confidence: float
    source: str | None
    copy: str | None
    credited: bool | None
    a_published: str | None
    b_published: str | None
    coverage: Coverage
    reasons: tuple[str, ...]
    passages: tuple[PairPassage, ...]
    config_fingerprint: str
    schema_version: int = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: a line of ``pairs.jsonl``."""
        return {
            "a": self.a,
            "b": self.b,
            "relation": self.relation,
            "confidence": self.confidence,
            "source": self.source,
            "copy": self.copy,
            "credited": self.credited,
            "a_published": self.a_published,
            "b_published": self.b_published,
            "coverage": self.coverage.to_dict(),
            "reasons": list(self.reasons),
            "passages": [p.to_dict() for p in self.passages],
            "schema_version": self.schema_version,
            "config_fingerprint": self.config_fingerprint,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ReusePair:
        """The record of a JSON form; ValueError names the first key that is missing,
        unknown or of the wrong type."""
        _check_keys(data, _PAIR_KEYS, "reuse pair")
        where = "reuse pair"
        relation = _value(data, "relation", str, where)
        if relation not in _PAIR_RELATIONS:
            raise ValueError(
                f"{where}: relation must be one of {_PAIR_RELATIONS}, not {relation!r}"
            )
        coverage = _value(data, "coverage", Mapping, where)
        _check_keys(coverage, ("a", "b"), "coverage")
        reasons = _value(data, "reasons", list, where)
        if not all(isinstance(reason, str) for reason in reasons):
            raise ValueError(f"{where}: reasons must be strings")
        return cls(
            a=_value(data, "a", str, where),
            b=_value(data, "b", str, where),
            relation=relation,
            confidence=float(_value(data, "confidence", (int, float), where)),
            source=_value(data, "source", (str, type(None)), where),
            copy=_value(data, "copy", (str, type(None)), where),
            credited=_value(data, "credited", (bool, type(None)), where),
            a_published=_value(data, "a_published", (str, type(None)), where),
            b_published=_value(data, "b_published", (str, type(None)), where),
            coverage=Coverage(
                float(_value(coverage, "a", (int, float), "coverage")),
                float(_value(coverage, "b", (int, float), "coverage")),
            ),
            reasons=tuple(reasons),
            passages=tuple(PairPassage.from_dict(p) for p in _value(data, "passages", list, where)),
            config_fingerprint=_value(data, "config_fingerprint", str, where),
            schema_version=_value(data, "schema_version", int, where),
        )


_PAIR_KEYS = tuple(f.name for f in fields(ReusePair))


def _check_keys(data: Mapping[str, Any], keys: tuple[str, ...], where: str) -> None:
    if not isinstance(data, Mapping):
        raise ValueError(f"{where}: not an object: {data!r}")
    missing = [key for key in keys if key not in data]
    unknown = [key for key in data if key not in keys]
    if missing or unknown:
        raise ValueError(f"{where}: missing keys {missing}, unknown keys {unknown}")


def _value(data: Mapping[str, Any], key: str, types: Any, where: str) -> Any:
    value = data[key]
    is_bool = isinstance(value, bool)
    allowed = types if isinstance(types, tuple) else (types,)
    if (is_bool and bool not in allowed) or not isinstance(value, allowed):
        raise ValueError(f"{where}: {key} has the wrong type: {value!r}")
    return value
