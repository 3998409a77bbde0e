"""Sayso's errors. Every message is one line: what went wrong, the value, and what to do.

SaysoError
 ├── InputError        a document or file cannot be read (missing, empty, binary, bad UTF-8, ...)
 ├── ExtractionError   the pipeline failed on a document
 ├── StoreError        the SQLite store cannot be opened, written or queried
 └── ConfigError       a setting or option has a value Sayso cannot use

:func:`json_problem` words a JSON decoding error for these messages.
"""

from __future__ import annotations

import json


class SaysoError(Exception):
    """Base class. ``code`` is a short stable identifier, ``str(err)`` the one-line message."""

    code = "error"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return self.message


class InputError(SaysoError):
    code = "input"


class ExtractionError(SaysoError):
    code = "extraction"


class StoreError(SaysoError):
    code = "store"


class ConfigError(SaysoError):
    code = "config"


def json_problem(exc: json.JSONDecodeError) -> str:
    """What is wrong with a JSON text and where, worded once for every message that embeds it:
    ``Invalid control character at column 9`` (``exc.msg`` of some errors already ends in
    "at", as in "Invalid control character at", which would otherwise read "at at")."""
    what = exc.msg.removesuffix(" at").rstrip(": ")
    where = f"line {exc.lineno} column {exc.colno}" if exc.lineno > 1 else f"column {exc.colno}"
    return f"{what} at {where}"
