"""The one exception tree of newstrace.

* ``NewstraceError`` -- base of everything newstrace raises on purpose
    * ``InputError`` -- the user's input cannot be used
        * ``EmptyTextError`` -- no text (or only whitespace) after extraction
        * ``EncodingError`` -- bytes that are not UTF-8 text
        * ``NotAnArticleError`` -- binary data, a directory, an HTML page with no article
        * ``TooLargeError`` -- over a documented size limit
    * ``ConfigError`` -- an option or configuration value out of range
    * ``StoreError`` -- the index cannot be opened, read or written
        * ``StaleIndexError`` -- the index was built with other settings
    * ``MissingExtraError`` -- an optional dependency is not installed

Every error carries the context a user needs (``path``, ``limit``) and its message says
what went wrong and what to do next.  The CLI prints the message as one line and exits
with :attr:`NewstraceError.exit_code`.
"""

from __future__ import annotations


class NewstraceError(Exception):
    """Base class of every error newstrace raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path

    def __str__(self) -> str:
        message = super().__str__()
        return f"{self.path}: {message}" if self.path else message


class InputError(NewstraceError):
    """The input cannot be read as an article."""

    exit_code = 2


class EmptyTextError(InputError):
    """The input holds no text."""


class EncodingError(InputError):
    """The input is not UTF-8 text."""


class NotAnArticleError(InputError):
    """The input is binary data, a directory, or a page with no article text."""


class TooLargeError(InputError):
    """The input is larger than a documented limit."""

    def __init__(self, message: str, *, path: str | None = None, limit: int | None = None) -> None:
        super().__init__(message, path=path)
        self.limit = limit


class ConfigError(NewstraceError):
    """An option or configuration value is out of range."""

    exit_code = 2


class StoreError(NewstraceError):
    """The index cannot be opened, read or written (or was built with other settings)."""

    exit_code = 3


class StaleIndexError(StoreError):
    """The index was built with settings other than the configuration opening it:
    ``differences`` maps each such setting to (the index's value, the configuration's)."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        differences: dict[str, tuple[object, object]] | None = None,
    ) -> None:
        super().__init__(message, path=path)
        self.differences = differences or {}


class MissingExtraError(NewstraceError):
    """An optional dependency is not installed."""

    exit_code = 2
