"""Request and response models of the REST API (the comparison itself: ``comparison_schema``).

Requests are strict: an unknown field is an error, so a misspelt option is never silently
ignored, and no field names a file: the service reads nothing from its file system on a
client's behalf.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from newstrace.serve.comparison_schema import CoverageOut

ISO_DATE = r"^\d{4}-\d{2}-\d{2}([T ][0-9:.+\-Z]{1,30})?$"
Relation = Literal["a_from_b", "b_from_a", "shared_source"]

_SEED_A = (
    "Secretary of State John Kerry said on Friday that the United States and Russia would "
    "hold military-to-military talks on Syria ..."
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ArticleFields(_Strict):
    format: Literal["text", "html"] = Field(
        "text",
        description="text: `text` is the article as it is; html: `text` is a web page "
        "whose article is extracted (title, date and site too, unless given)",
    )
    id: str | None = Field(None, min_length=1, max_length=200, description="a name for it")
    title: str | None = Field(None, max_length=1000)
    outlet: str | None = Field(
        None, max_length=200, description="who published it: a credit to it is recognised"
    )
    published: str | None = Field(
        None,
        pattern=ISO_DATE,
        description="ISO date or date-time: with both dates, the later text is the copy",
        examples=["2015-09-18"],
    )
    url: str | None = Field(
        None, max_length=2048, description="where it was published: shown, never fetched"
    )


class ArticleIn(ArticleFields):
    """An article to trace or to add to the index: its text and what is known about it."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"text": _SEED_A, "id": "aggregator-1", "published": "2015-09-19"}]
        }
    )
    text: str = Field(description="the article (UTF-8 text; limit: see GET /status)")


class CompareArticleIn(ArticleFields):
    """One side of a comparison: its ``text``, or only the ``id`` of an indexed article."""

    text: str | None = Field(
        None, description="the article; leave it out to compare the indexed article `id`"
    )


class CompareRequest(_Strict):
    """Two articles: A, the possible copy, and B, the possible source (either way is found)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "a": {"text": _SEED_A, "id": "aggregator-1", "url": "https://example.org/a"},
                    "b": {"text": "WASHINGTON — Secretary of State John Kerry ...", "id": "nyt"},
                },
                {"a": {"id": "planted-copy"}, "b": {"id": "huffpost-1"}},
            ]
        }
    )
    a: CompareArticleIn
    b: CompareArticleIn


class ErrorOut(_Strict):
    """What went wrong, in one sentence (and, for an invalid body, every problem found)."""

    detail: str
    errors: list[dict[str, Any]] | None = None


class ArticleSummaryOut(_Strict):
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    length: int = Field(description="characters of the text")


class ArticleOut(ArticleSummaryOut):
    """An indexed article with its text."""

    text: str


class ArticleListOut(_Strict):
    total: int = Field(description="articles matching, over all pages")
    limit: int
    offset: int
    articles: list[ArticleSummaryOut]


class AddedOut(_Strict):
    id: str = Field(description="the id given, or one made from the text")
    status: Literal["added"]
    articles: int = Field(description="articles the index holds now")


class PairPassageOut(_Strict):
    kind: Literal["verbatim", "near_verbatim", "paraphrase"]
    a_text: str
    b_text: str


class PairOut(_Strict):
    """A reuse pair found by ``newstrace scan`` (``ReusePair``, a line of ``pairs.jsonl``),
    with the outlets and titles of its two articles (``tests/serve/test_schemas.py`` checks
    the fields against the record's)."""

    a: str
    b: str
    relation: Relation
    confidence: float
    source: str | None = Field(description="the article copied from; null for a shared source")
    # "copy" would hide BaseModel.copy: the attribute is copy_, the JSON name "copy".
    copy_: str | None = Field(
        alias="copy", description="the article that copied; null for a shared source"
    )
    credited: bool | None = Field(description="whether the copy credits its source")
    a_published: str | None
    b_published: str | None
    coverage: CoverageOut
    reasons: list[str]
    passages: list[PairPassageOut] = Field(description="the three longest aligned passages")
    schema_version: int = Field(description="version of the record's form (docs/json.md)")
    config_fingerprint: str = Field(description="Config.fingerprint() of the scan")
    a_outlet: str | None
    b_outlet: str | None
    a_title: str | None
    b_title: str | None


class PairPageOut(_Strict):
    total: int = Field(description="pairs matching, over all pages")
    limit: int
    offset: int
    pairs: list[PairOut]


class GraphNodeOut(_Strict):
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    x: float = Field(description="position in the picture: time runs left to right")
    y: float


class GraphEdgeOut(_Strict):
    a: str
    b: str
    source: str | None
    copy_: str | None = Field(alias="copy")
    relation: Relation
    confidence: float
    credited: bool | None


class GraphOut(_Strict):
    """The story of an article: the articles joined to it by reuse, placed in time order."""

    article: str
    truncated: bool = Field(description="more articles are joined than the graph shows")
    width: float
    height: float
    nodes: list[GraphNodeOut]
    edges: list[GraphEdgeOut]


class LimitsOut(_Strict):
    max_body_bytes: int = Field(description="largest request body; 413 beyond it")
    max_text_chars: int = Field(description="longest article text; 413 beyond it")
    max_page: int = Field(description="most records one listing returns")


class StatusOut(_Strict):
    version: str
    articles: int = Field(description="articles in the index")
    pairs: int = Field(description="reuse pairs of the last scan")
    limits: LimitsOut
