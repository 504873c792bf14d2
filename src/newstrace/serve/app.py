"""The service: ``create_app(settings)`` assembles the REST API and the web page.

One process answers HTTP and reads the index (cheap work, in threads); comparing, tracing
and indexing go to the worker processes of ``workers.py``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import metadata

from fastapi import FastAPI
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newstrace.serve import api, failures, pages
from newstrace.serve.limits import BodyLimit
from newstrace.serve.service import Service
from newstrace.serve.settings import Settings
from newstrace.serve.workers import Workers

DESCRIPTION = """\
Find reused passages between news articles: compare two, trace one against the index,
browse the reuse pairs of the last scan.  JSON as in `docs/json.md`.

**Limits**: request bodies up to `max_body_bytes`, article texts up to `max_text_chars`
characters (`GET /status` gives both); beyond them the answer is 413.  Errors answer
`{"detail": "..."}`: 400 for a body that is not JSON, 422 for a wrong field or an empty
text, 404 for an unknown article id.  The service fetches nothing: a `url` is only shown.
"""


def create_app(settings: Settings) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        workers = Workers(settings)
        try:
            await workers.ready()  # the first request does not wait for a model to load
            app.state.workers = workers
            yield
        finally:
            workers.close()

    app = FastAPI(
        title="newstrace",
        version=metadata.version("newstrace"),
        description=DESCRIPTION,
        lifespan=lifespan,
        # The interactive docs load their scripts from a CDN; the schema is enough offline.
        docs_url=None,
        redoc_url=None,
    )
    app.state.service = Service(settings)  # the web process's own: index reads
    failures.install(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeaders)
    return app


class SecurityHeaders:
    """ASGI middleware: no MIME sniffing, no referrer, and a closed policy unless the
    response sets its own (the page, the report)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                headers += [(b"x-content-type-options", b"nosniff")]
                headers += [(b"referrer-policy", b"no-referrer")]
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", pages.API_CSP.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)
