"""The REST API: routes that parse a request, hand the work on, and answer JSON.

Comparing, tracing and indexing are CPU-bound: they go to the worker processes
(``workers.py``), which answer ready JSON.  Index reads are quick and run in threads of
this process, so a page of pairs is never kept waiting behind comparisons.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Annotated, Any, TypeVar
from urllib.parse import quote

import anyio
from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import HTMLResponse

from newstrace.serve import workers
from newstrace.serve.comparison_schema import ComparisonOut, TraceOut
from newstrace.serve.graph import to_svg
from newstrace.serve.pages import REPORT_CSP
from newstrace.serve.schemas import (
    AddedOut,
    ArticleIn,
    ArticleListOut,
    ArticleOut,
    CompareRequest,
    ErrorOut,
    GraphOut,
    PairPageOut,
    Relation,
    StatusOut,
)
from newstrace.serve.service import Service
from newstrace.serve.settings import MAX_PAGE
from newstrace.serve.workers import Workers
from newstrace.store.pairs import PairQuery

router = APIRouter()
T = TypeVar("T")

_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "the body is not valid JSON"},
    404: {"model": ErrorOut, "description": "no article with this id in the index"},
    409: {"model": ErrorOut, "description": "the article is indexed already"},
    413: {"model": ErrorOut, "description": "the body or a text is over its limit (GET /status)"},
    422: {"model": ErrorOut, "description": "a field is missing or wrong, or a text is empty"},
}


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {code: _ERRORS[code] for code in codes}


def _service(request: Request) -> Service:
    service: Service = request.app.state.service
    return service


def _workers(request: Request) -> Workers:
    workers: Workers = request.app.state.workers
    return workers


async def _read(work: Callable[[], T]) -> T:
    return await anyio.to_thread.run_sync(work)


def _json(body: bytes) -> Response:
    """JSON made from ``to_dict()`` by a worker: sent as it is, not validated again."""
    return Response(body, media_type="application/json")


Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="records per page")]
Offset = Annotated[int, Query(ge=0, le=1_000_000_000, description="records to skip")]


# --- compare and trace -------------------------------------------------------------------


@router.post(
    "/compare",
    response_model=ComparisonOut,
    summary="Compare two articles",
    tags=["compare"],
    responses=_errors(400, 404, 413, 422),
)
async def compare(body: CompareRequest, request: Request) -> Response:
    """What A reused from B (or B from A), which way it went, and the passages that show
    it: the JSON of `docs/json.md`.  Each side is a text with optional metadata, or only
    the `id` of an indexed article."""
    return _json(await _workers(request).run(workers.compare_json, body))


@router.post(
    "/compare/report",
    response_class=HTMLResponse,
    summary="Compare two articles: the side-by-side HTML report",
    tags=["compare"],
    responses=_errors(400, 404, 413, 422),
)
async def compare_report(body: CompareRequest, request: Request) -> HTMLResponse:
    """The same comparison as one self-contained HTML page (`newstrace compare -f html`):
    both texts side by side with the aligned passages highlighted.  It loads nothing."""
    html = await _workers(request).run(workers.compare_report, body)
    return HTMLResponse(html, headers={"Content-Security-Policy": REPORT_CSP})


@router.post(
    "/trace",
    response_model=TraceOut,
    summary="Find the likely sources of an article in the index",
    tags=["compare"],
    responses=_errors(400, 413, 422),
)
async def trace(body: ArticleIn, request: Request) -> Response:
    """The indexed articles the text was likely written from, most likely first (as
    `newstrace trace -f json`): candidates sharing wording or names, each compared in full."""
    return _json(await _workers(request).run(workers.trace_json, body))


# --- the index ---------------------------------------------------------------------------


@router.get("/articles", response_model=ArticleListOut, summary="Search the index", tags=["index"])
async def search(
    request: Request,
    limit: Limit = 20,
    offset: Offset = 0,
    q: Annotated[
        str | None, Query(max_length=200, description="words of the id, title or text")
    ] = None,
    outlet: Annotated[str | None, Query(max_length=200)] = None,
) -> dict[str, Any]:
    """Indexed articles whose id, title or text contains `q` (ignoring case), the latest
    first."""
    service = _service(request)
    total, found = await _read(partial(service.search, q, outlet, limit=limit, offset=offset))
    return {"total": total, "limit": limit, "offset": offset, "articles": found}


@router.post(
    "/articles",
    status_code=201,
    response_model=AddedOut,
    summary="Add an article to the index",
    tags=["index"],
    responses=_errors(400, 409, 413, 422),
)
async def add(body: ArticleIn, request: Request, response: Response) -> dict[str, Any]:
    """Index the article so that `trace` finds it (reuse pairs come from `newstrace scan`).
    Without an `id`, one is made from the text."""
    article_id, total = await _workers(request).run(workers.add_article, body)
    response.headers["Location"] = "/articles/" + quote(article_id, safe="")
    return {"id": article_id, "status": "added", "articles": total}


@router.get(
    "/articles/{article_id:path}/sources",
    response_model=TraceOut,
    summary="The likely sources of an indexed article",
    tags=["index"],
    responses=_errors(404),
)
async def sources(article_id: str, request: Request) -> Response:
    """`POST /trace` on an indexed article, computed now (so articles added since the last
    scan are included); derivatives found this way have the relation `b_from_a`."""
    return _json(await _workers(request).run(workers.sources_json, article_id))


@router.get(
    "/articles/{article_id:path}/derivatives",
    response_model=PairPageOut,
    summary="The articles that copied an indexed article",
    tags=["index"],
    responses=_errors(404),
)
async def derivatives(
    article_id: str, request: Request, limit: Limit = 50, offset: Offset = 0
) -> dict[str, Any]:
    """Reuse pairs of the last scan whose source is this article (`GET /pairs?source=ID`)."""
    service = _service(request)
    await _read(partial(service.article, article_id))
    query = PairQuery(source=article_id)
    total, pairs = await _read(partial(service.pairs, query, limit=limit, offset=offset))
    return {"total": total, "limit": limit, "offset": offset, "pairs": pairs}


@router.get(
    "/articles/{article_id:path}",
    response_model=ArticleOut,
    summary="An indexed article",
    tags=["index"],
    responses=_errors(404),
)
async def article(article_id: str, request: Request) -> dict[str, Any]:
    found = await _read(partial(_service(request).article, article_id))
    return {
        "id": found.id,
        "title": found.title,
        "outlet": found.outlet,
        "published": found.published,
        "url": found.url,
        "length": len(found.text),
        "text": found.text,
    }


# --- reuse pairs and the provenance graph --------------------------------------------------


@router.get("/pairs", response_model=PairPageOut, summary="List reuse pairs", tags=["reuse"])
async def pairs(
    request: Request,
    limit: Limit = 50,
    offset: Offset = 0,
    outlet: Annotated[
        str | None, Query(max_length=200, description="either article's outlet")
    ] = None,
    since: Annotated[date | None, Query(description="reused on or after this date")] = None,
    until: Annotated[date | None, Query(description="reused on or before this date")] = None,
    relation: Annotated[list[Relation] | None, Query(description="repeat for several")] = None,
    credited: Annotated[
        bool | None, Query(description="copies that credit (true) or do not credit their source")
    ] = None,
    article: Annotated[str | None, Query(max_length=200, description="either article")] = None,
    source: Annotated[str | None, Query(max_length=200)] = None,
    copy: Annotated[str | None, Query(max_length=200)] = None,
) -> dict[str, Any]:
    """Reuse pairs of the last `newstrace scan`, the latest reuse first.  The date of a
    reuse is the copy's publication date (for a shared source, the later of the two)."""
    query = PairQuery(
        outlet=outlet,
        since=since.isoformat() if since else None,
        until=until.isoformat() if until else None,
        relations=tuple(relation or ()),
        credited=credited,
        article=article,
        source=source,
        copy=copy,
    )
    service = _service(request)
    total, found = await _read(partial(service.pairs, query, limit=limit, offset=offset))
    return {"total": total, "limit": limit, "offset": offset, "pairs": found}


_ArticleParam = Annotated[str, Query(min_length=1, max_length=200, description="an article id")]


@router.get(
    "/graph",
    response_model=GraphOut,
    summary="The provenance graph of a story",
    tags=["reuse"],
    responses=_errors(404),
)
async def graph(request: Request, article: _ArticleParam) -> Response:
    """The articles joined to `article` by reuse pairs, directly or not, placed in time
    order, and the pairs among them."""
    story = await _read(partial(_service(request).graph, article))
    return _json(json.dumps(story.to_dict()).encode())


@router.get(
    "/graph.svg",
    response_class=Response,
    summary="The provenance graph of a story, as a picture",
    tags=["reuse"],
    responses={200: {"content": {"image/svg+xml": {}}}, **_errors(404)},
)
async def graph_svg(request: Request, article: _ArticleParam) -> Response:
    """`GET /graph` drawn as SVG: an arrow from each copy to its source, solid when it
    credits the source, dashed when not."""
    story = await _read(partial(_service(request).graph, article))
    return Response(to_svg(story), media_type="image/svg+xml")


@router.get("/status", response_model=StatusOut, summary="The index and the limits", tags=["index"])
async def status(request: Request) -> dict[str, object]:
    return await _read(_service(request).status)
