"""Errors as HTTP responses: a status code and ``{"detail": "one clear sentence"}``.

| error | status |
|---|---|
| body is not JSON | 400 |
| body or parameter of the wrong shape; empty text, binary data, no article in the HTML | 422 |
| unknown article id | 404 |
| article to add is indexed already | 409 |
| body or text over its limit | 413 |
| the index cannot be read; a worker process died | 503 |
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from newstrace.errors import ConfigError, InputError, NewstraceError, StoreError, TooLargeError
from newstrace.serve.service import ArticleExists, UnknownArticle
from newstrace.serve.workers import WorkerCrashed

logger = logging.getLogger(__name__)


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(NewstraceError, _newstrace_error)
    app.add_exception_handler(UnknownArticle, _status(404))
    app.add_exception_handler(ArticleExists, _status(409))
    app.add_exception_handler(WorkerCrashed, _status(503))
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)


def _reply(status: int, detail: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"detail": detail, **extra}, status_code=status)


def _status(code: int) -> Any:
    async def handler(request: Request, error: Exception) -> JSONResponse:
        return _reply(code, str(error))

    return handler


async def _newstrace_error(request: Request, error: Exception) -> JSONResponse:
    if isinstance(error, TooLargeError):
        status = 413
    elif isinstance(error, InputError | ConfigError):
        status = 422
    elif isinstance(error, StoreError):
        status = 503
    else:
        status = 500
    return _reply(status, str(error))


async def _http_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, HTTPException)
    return JSONResponse(
        {"detail": error.detail}, status_code=error.status_code, headers=error.headers
    )


async def _unexpected(request: Request, error: Exception) -> JSONResponse:
    logger.exception("unexpected error on %s %s", request.method, request.url.path)
    return _reply(500, "internal error: the server failed to answer; see its log")


async def _invalid(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, RequestValidationError)
    problems = list(error.errors())
    status, detail = describe(problems)
    return _reply(status, detail, errors=[_brief(p) for p in problems])


def describe(problems: Sequence[Any]) -> tuple[int, str]:
    """A status and one sentence for pydantic's list of problems (the first, and a count)."""
    first = problems[0]
    where = [str(part) for part in first["loc"]]
    if first["type"] == "json_invalid":
        reason = first.get("ctx", {}).get("error", "malformed JSON")
        position = f" at character {where[1]}" if len(where) > 1 else ""
        return 400, f"the request body is not valid JSON: {reason}{position}"
    if where == ["body"] and first["type"] in ("missing", "model_attributes_type"):
        return 422, "the request body must be a JSON object (Content-Type: application/json)"
    kind, *field = where or ["body"]
    name = ".".join(field)
    place = {"body": f"field {name}", "query": f"parameter {name}", "path": f"{name} in the path"}
    detail = f"{place.get(kind, name) if name else 'the request body'}: {first['msg']}"
    if len(problems) > 1:
        detail += f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})"
    return 422, detail


def _brief(problem: Any) -> dict[str, Any]:
    """A problem without the input echoed back (it may be a whole article)."""
    return {"loc": list(problem["loc"]), "msg": problem["msg"], "type": problem["type"]}
