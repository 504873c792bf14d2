"""The JSON form of a comparison (``docs/json.md``) as pydantic models, for the OpenAPI schema.

Responses are made by ``Comparison.to_dict()`` itself; these models only describe them
(``tests/serve`` validates real responses against them with ``extra="forbid"``, so the two
cannot drift apart silently).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Pair = tuple[int, int]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ArticleInfoOut(_Record):
    id: str | None
    title: str | None
    outlet: str | None
    published: str | None = Field(description="ISO date or date-time")
    length: int = Field(description="characters of the original text")


class VerdictOut(_Record):
    relation: Literal["a_from_b", "b_from_a", "shared_source", "unrelated"]
    confidence: float = Field(ge=0, le=1)
    reasons: list[str] = Field(description="the evidence in words, the decisive one first")
    probabilities: dict[Literal["a_from_b", "b_from_a", "shared_source", "unrelated"], float] = (
        Field(description="each relation's probability; confidence is the called one's")
    )


class CoverageOut(_Record):
    a: float = Field(ge=0, le=1, description="share of A's letters inside an aligned passage")
    b: float = Field(ge=0, le=1, description="share of B's letters inside an aligned passage")


class SideEvidenceOut(_Record):
    sentences: int
    sentences_traced: int
    own_sentences: int
    own_sentences_traced: int
    outside_quotes: float
    lexical_outside_quotes: float
    longest_passage_outside_quotes: int = Field(
        ge=0, description="words outside quotations in the longest lexical passage"
    )
    order: float
    credits_other: bool
    outlets_credited: list[str]
    own_similarity: float = Field(
        ge=0, le=1, description="mean best alignment score of its own sentences"
    )
    own_chain: float = Field(
        ge=0, le=1, description="share of own sentences on the longest in-order chain of links"
    )
    quotations: int = Field(ge=0, description="its quotations of four words or more")
    quotations_new: int = Field(ge=0, description="of those, the ones the other does not carry")
    details_dropped: int = Field(
        ge=0, description="details of the other's aligned passages it never gives"
    )
    details_new: float = Field(
        ge=0, le=1, description="share of its details that the other never gives"
    )
    quotes_cut: int = Field(ge=0, description="its quotations that trim or join the other's")
    quotes_from_speech: int = Field(
        ge=0, description="its quotations standing in the other as plain speech"
    )
    hedges: int = Field(ge=0, description="attribution hedges and credits of outlets")
    words: int = Field(ge=0, description="words of the text")
    longest_block_outside_quotes: int = Field(
        default=0,
        ge=0,
        description="words outside quotations in the longest block of lexical passages that "
        "follow each other in both texts",
    )
    quote_words_beyond: int = Field(
        default=0,
        ge=0,
        description="words its quotations give beyond a quotation of the other that is a "
        "part of them",
    )
    story_credits: list[tuple[str, str]] = Field(
        default_factory=list,
        description="outlets it says its whole story is a report of, each with the words "
        "that say so",
    )
    first_person: int = Field(
        default=0, ge=0, description="its words of the first person outside quotations"
    )
    details_changed: int = Field(
        default=0,
        ge=0,
        description="details of the other's passages shared word for word it gives another "
        "value (not among details_dropped)",
    )
    quote_words_added: int = Field(
        default=0,
        ge=0,
        description="words its quotations give past the other's quotations that stand inside "
        "them (trimmed, altered or given to another speaker), net of the words put otherwise",
    )
    seated_unnamed: list[str] = Field(
        default_factory=list,
        description="people it names with a seat (a lawmaker's or governor's) whom the other "
        "never names in any spelling",
    )


class EvidenceOut(_Record):
    a: SideEvidenceOut
    b: SideEvidenceOut


class AlignmentOut(_Record):
    kind: Literal["verbatim", "near_verbatim", "paraphrase"]
    score: float
    a_span: Pair = Field(description="[start, end) in A's original text")
    b_span: Pair = Field(description="[start, end) in B's original text")
    a_text: str
    b_text: str
    a_sentences: list[int]
    b_sentences: list[int]


class QuoteOut(_Record):
    text: str
    speaker: str | None
    status: Literal["exact", "joined", "truncated", "altered", "misattributed", "unmatched"]
    a_span: Pair
    a_pieces: list[Pair]
    b_span: Pair | None
    b_text: str | None
    b_speaker: str | None
    diff: list[str]


class AttributionOut(_Record):
    text: str
    outlet: str
    a_span: Pair


class DiscrepancyOut(_Record):
    kind: Literal["name", "number", "date", "title", "organisation"]
    a_text: str
    b_text: str
    a_span: Pair
    b_span: Pair


class PassageOut(_Record):
    side: Literal["a", "b"]
    span: Pair
    text: str


class LoadedWordOut(_Record):
    word: str
    a_span: Pair
    b_span: Pair
    strength: float = Field(ge=0, le=1, description="how strongly the lexicons rate it")


class ComparisonOut(_Record):
    """A comparison of article A with article B, as ``newstrace compare --format json``."""

    schema_version: int
    a: ArticleInfoOut
    b: ArticleInfoOut
    verdict: VerdictOut
    coverage: CoverageOut
    evidence: EvidenceOut
    alignments: list[AlignmentOut]
    quotes: list[QuoteOut]
    attributions: list[AttributionOut]
    discrepancies: list[DiscrepancyOut]
    added: list[PassageOut]
    omitted: list[PassageOut]
    wording: list[LoadedWordOut]


class SourceOut(ComparisonOut):
    """A likely source (B) of the traced article (A): the comparison and the candidate score."""

    candidate_score: float = Field(description="shared features: 2 per word n-gram, 1 per name")


class TraceOut(_Record):
    """The likely sources of an article, most likely first (as ``newstrace trace -f json``)."""

    article: ArticleInfoOut
    sources: list[SourceOut]
