"""Plain text: strict decoding of bytes to ``str`` and plain-text articles."""

from __future__ import annotations

import codecs
import re

from newstrace.errors import EmptyTextError, EncodingError, NotAnArticleError
from newstrace.model import Article

# Real text has almost no control characters besides whitespace; binary data has many.
# The share is measured on a sample so that huge inputs stay cheap to check.
BINARY_CONTROL_SHARE = 0.3
_SAMPLE_CHARS = 65_536
# The control characters (category Cc: U+0000-001F, U+007F-009F) but the whitespace ones
# (\t \n \v \f \r): counted by one regular expression, not a Python call per character
# (a tenth of indexing's time went there).
_BINARY_CHAR = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_BINARY_BYTES = frozenset(range(0x20)) - frozenset(b"\t\n\r\f\v") | {0x7F}
_GZIP_MAGIC = b"\x1f\x8b"
_BINARY_MESSAGE = "holds binary data, not text; pass the article as UTF-8 text, HTML or JSON"
_SURROGATE = re.compile("[\ud800-\udfff]")
# The byte order marks of UTF-16, the one other encoding accepted (Windows tools write it).
UTF16_BOMS = ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def decode_text(data: bytes, *, path: str | None = None) -> str:
    """Decode ``data`` as strict UTF-8 (or UTF-16 with a BOM), dropping the BOM.

    Raises :class:`EncodingError` for other encodings, :class:`NotAnArticleError` for
    binary data and :class:`EmptyTextError` when no text is left.
    """
    for bom, encoding in UTF16_BOMS:
        if data.startswith(bom):
            text = _decode(data, len(bom), encoding, path)
            break
    else:
        # UTF-8 text never holds a NUL byte, binary data nearly always does.
        if b"\x00" in data:
            raise _binary_error(data, path)
        start = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
        text = _decode(data, start, "utf-8", path)
    check_text(text, path=path)
    return text


def check_text(text: str, *, path: str | None = None) -> None:
    """Raise unless ``text`` holds some text that is not binary noise."""
    if not text.strip():
        raise EmptyTextError(
            "holds no text (empty or only whitespace); pass a file with the article's text",
            path=path,
        )
    sample = text[:_SAMPLE_CHARS]
    controls = len(_BINARY_CHAR.findall(sample))
    # A NUL anywhere (a JSON "\u0000" too) is binary: C libraries end a string there.
    if "\x00" in text or controls > BINARY_CONTROL_SHARE * len(sample):
        raise NotAnArticleError(_BINARY_MESSAGE, path=path)
    check_characters(text, path=path)


def check_characters(text: str, *, path: str | None = None, what: str = "the text") -> None:
    """Raise :class:`EncodingError` for a lone surrogate (a broken ``\\ud800`` escape of
    JSON, or a Python string): it is not a character and cannot be written as UTF-8."""
    found = _SURROGATE.search(text)
    if found is not None:
        raise EncodingError(
            f"{what} holds a lone surrogate (U+{ord(found.group()):04X}) at character "
            f"{found.start()}, which is not a character (a broken \\u escape of JSON?); "
            "remove or fix it",
            path=path,
        )


def read_text_article(
    data: bytes, *, path: str | None = None, article_id: str | None = None
) -> Article:
    """Make an :class:`Article` whose text is exactly the decoded file contents."""
    return Article(text=decode_text(data, path=path), id=article_id)


def _decode(data: bytes, start: int, encoding: str, path: str | None) -> str:
    try:
        return data[start:].decode(encoding)
    except UnicodeDecodeError as exc:
        # Undecodable bytes are either text in another encoding or binary data; only
        # the first deserves advice about converting the encoding.
        sample = data[: start + _SAMPLE_CHARS]
        controls = sum(1 for byte in sample if byte in _BINARY_BYTES)
        if controls > BINARY_CONTROL_SHARE * len(sample):
            raise _binary_error(data, path) from exc
        raise _encoding_error(data, start + exc.start, encoding, path) from exc


def _encoding_error(data: bytes, offset: int, encoding: str, path: str | None) -> EncodingError:
    line = data.count(b"\n", 0, offset) + 1
    name = "UTF-8" if encoding == "utf-8" else "UTF-16"
    what = f"byte 0x{data[offset]:02x}" if offset < len(data) else "a truncated character"
    return EncodingError(
        f"is not {name} text: {what} at offset {offset} (line {line}) "
        "cannot be decoded; convert it to UTF-8, e.g. iconv -f latin1 -t utf-8",
        path=path,
    )


def _binary_error(data: bytes, path: str | None) -> NotAnArticleError:
    if data.startswith(_GZIP_MAGIC):
        # A compressed article is a common, easily fixed mistake: say so precisely.
        return NotAnArticleError(
            "is gzip-compressed, not text; decompress it first (gunzip)", path=path
        )
    return NotAnArticleError(_BINARY_MESSAGE, path=path)
