"""The web page: one HTML file, its script and style sheet, all inside the package.

The page loads nothing from elsewhere and runs no inline script.  Its policy also admits
the comparison report's own script (by hash): the report is shown in a sandboxed
``srcdoc`` frame, which inherits the page's policy on top of the report's own.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from importlib import resources

from fastapi import APIRouter
from fastapi.responses import Response

router = APIRouter(include_in_schema=False)

_TYPES = {
    "app.js": "text/javascript; charset=utf-8",
    "app.css": "text/css; charset=utf-8",
}


def _sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _report_script_hash() -> str:
    script = resources.files("newstrace.report").joinpath("templates", "report.js").read_text()
    return f"'sha256-{_sha256(script)}'"


REPORT_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    f"script-src {_report_script_hash()}; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'self'"
)
PAGE_CSP = (
    "default-src 'none'; connect-src 'self'; img-src 'self' data:; "
    # The report frame needs its inline styles; its script is admitted by hash only.
    f"style-src 'self' 'unsafe-inline'; script-src 'self' {_report_script_hash()}; "
    "frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
API_CSP = "default-src 'none'; frame-ancestors 'none'"


@cache
def _static(name: str) -> bytes:
    return resources.files("newstrace.serve").joinpath("static", name).read_bytes()


@router.get("/")
async def index() -> Response:
    return Response(
        _static("index.html"),
        media_type="text/html; charset=utf-8",
        headers={"Content-Security-Policy": PAGE_CSP, "Cache-Control": "no-cache"},
    )


@router.get("/static/{name}")
async def static(name: str) -> Response:
    """Only the page's own files, by name: no path from the request reaches the disk."""
    if name not in _TYPES:
        return Response(b'{"detail": "Not Found"}', 404, media_type="application/json")
    return Response(_static(name), media_type=_TYPES[name], headers={"Cache-Control": "no-cache"})
