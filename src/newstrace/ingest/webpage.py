"""Web pages: the article text and metadata of an HTML page, extracted with trafilatura."""

from __future__ import annotations

import codecs
import re

from newstrace.errors import EncodingError, MissingExtraError, NotAnArticleError
from newstrace.ingest.plaintext import check_text, decode_text
from newstrace.model import Article

# Pages in legacy encodings say so in a <meta charset> near the top; only that declared
# encoding is trusted, because guessing an encoding silently corrupts the text.
_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""",
    re.IGNORECASE,
)
_CHARSET_WINDOW = 4096
_AS_TEXT = "pass --input-format text to compare the page as plain text"
_NO_ARTICLE = f"no article text found in the HTML; {_AS_TEXT}"


def read_html_article(
    data: bytes, *, path: str | None = None, article_id: str | None = None
) -> Article:
    """Extract the article of an HTML page; never fetches anything over the network."""
    document = _extract(decode_html(data, path=path), path)
    text = _paragraphs(_field(document, "text") or "")
    if not text:
        raise NotAnArticleError(_NO_ARTICLE, path=path)
    return Article(
        text=text,
        id=article_id,
        title=_field(document, "title"),
        outlet=_field(document, "sitename") or _field(document, "hostname"),
        published=_field(document, "date"),
        url=_field(document, "url"),
    )


def decode_html(data: bytes, *, path: str | None = None) -> str:
    """Decode a page as UTF-8, or in the encoding its ``<meta charset>`` declares."""
    try:
        return decode_text(data, path=path)
    except EncodingError:
        encoding = _declared_encoding(data)
        if encoding is None:
            raise
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"is not valid {encoding} text as its <meta charset> declares (offset {exc.start}); "
            "convert it to UTF-8, e.g. iconv -f latin1 -t utf-8",
            path=path,
        ) from exc
    check_text(text, path=path)
    return text


def _declared_encoding(data: bytes) -> str | None:
    match = _CHARSET.search(data[:_CHARSET_WINDOW])
    if match is None:
        return None
    try:
        encoding = codecs.lookup(match.group(1).decode("ascii")).name
        # Decoding nothing rejects codecs that are not text encodings, such as base64.
        b"".decode(encoding)
    except LookupError:
        return None
    return encoding


def _extract(html: str, path: str | None) -> object:
    # Imported here so that reading plain text or JSON does not pay for loading lxml.
    try:
        import trafilatura
    except ImportError as exc:
        raise MissingExtraError(
            "reading HTML needs trafilatura; install it (pip install trafilatura) "
            "or pass --input-format text",
            path=path,
        ) from exc

    try:
        document = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True
        )
    except Exception as exc:  # lxml and trafilatura raise many types; none may escape
        raise NotAnArticleError(
            f"the HTML could not be parsed ({type(exc).__name__}); {_AS_TEXT}",
            path=path,
        ) from exc
    if document is None:
        raise NotAnArticleError(_NO_ARTICLE, path=path)
    return document


def _field(document: object, name: str) -> str | None:
    value = document.get(name) if isinstance(document, dict) else getattr(document, name, None)
    if not isinstance(value, str):
        return None
    return value.strip() or None


def _paragraphs(text: str) -> str:
    """Separate paragraphs by a blank line; trafilatura ends each block with one newline."""
    lines = (line.strip() for line in text.split("\n"))
    return "\n\n".join(line for line in lines if line)
