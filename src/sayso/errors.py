"""Sayso's errors. Every message is one line: what went wrong, the value, and what to do.

SaysoError
 ├── InputError        a document or file cannot be read (missing, empty, binary, bad UTF-8, ...)
 ├── ExtractionError   the pipeline failed on a document
 ├── StoreError        the SQLite store cannot be opened, written or queried
 └── ConfigError       a setting or option has a value Sayso cannot use
"""

from __future__ import annotations


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
