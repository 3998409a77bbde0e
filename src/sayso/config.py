"""Sayso's settings: one frozen dataclass, read from ``SAYSO_*`` environment variables."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError

VERSION = "0.1.0"  # sayso.__version__; the release in pyproject.toml says the same
DEFAULT_DB = "sayso.db"
DEFAULT_MAX_CHARS = 10_000_000  # characters of text per document
DURABLE_ENV = "SAYSO_DURABLE"  # 1: every write synced to disk before it counts as done

MIB = 1 << 20
RATIO_FLOOR = MIB  # the inflation ratio of a WARC record or file is judged past this many bytes


@dataclass(frozen=True, slots=True)
class WarcLimits:
    """How much a WARC archive may inflate to before Sayso gives up on the file (a gzip bomb):
    decompressed bytes of one record, decompressed bytes of the file, and decompressed bytes
    per compressed byte (judged once a record or the file is past ``RATIO_FLOOR`` bytes)."""

    record_bytes: int = 256 * MIB  # $SAYSO_WARC_RECORD_BYTES
    file_bytes: int = 32 * 1024 * MIB  # $SAYSO_WARC_FILE_BYTES
    ratio: int = 100  # $SAYSO_WARC_RATIO: HTML compresses about 5 to 15 times


@dataclass(frozen=True, slots=True)
class Settings:
    db: Path = Path(DEFAULT_DB)  # the SQLite store: $SAYSO_DB, else sayso.db here
    max_chars: int = DEFAULT_MAX_CHARS  # larger documents are refused: $SAYSO_MAX_CHARS
    allow_private: bool = False  # fetch private/loopback addresses: $SAYSO_ALLOW_PRIVATE=1
    warc: WarcLimits = WarcLimits()  # caps on inflating WARC archives: $SAYSO_WARC_*
    durable: bool = False  # writers sync every commit to disk (--durable): $SAYSO_DURABLE=1

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        db = env.get("SAYSO_DB") or DEFAULT_DB
        return cls(
            db=Path(db),
            max_chars=_count(env, "SAYSO_MAX_CHARS", DEFAULT_MAX_CHARS, "a character count"),
            allow_private=env_flag("SAYSO_ALLOW_PRIVATE", env),
            warc=warc_limits(env),
            durable=env_flag(DURABLE_ENV, env),
        )


def warc_limits(environ: Mapping[str, str] | None = None) -> WarcLimits:
    """The WARC caps of :class:`Settings`, read alone (each archive reads them)."""
    env = os.environ if environ is None else environ
    d = WarcLimits()
    return WarcLimits(
        record_bytes=_count(env, "SAYSO_WARC_RECORD_BYTES", d.record_bytes, "a byte count"),
        file_bytes=_count(env, "SAYSO_WARC_FILE_BYTES", d.file_bytes, "a byte count"),
        ratio=_count(env, "SAYSO_WARC_RATIO", d.ratio, "a ratio"),
    )


def _count(env: Mapping[str, str], name: str, default: int, what: str) -> int:
    """The positive whole number the setting ``name`` holds, else ``default``."""
    raw = env.get(name) or ""
    if not raw.strip():
        return default
    try:
        value = int(raw.strip().replace("_", ""))
    except ValueError:
        value = 0
    if value < 1:
        raise ConfigError(
            f"{name}={raw!r} is not a positive whole number; set it to {what} "
            f"such as {default}, or unset it"
        )
    return value


def env_flag(name: str, environ: Mapping[str, str] | None = None) -> bool:
    """Whether the flag ``name`` is set (1, true or yes): one setting of :class:`Settings`,
    read alone where the rest need not be parsed (per document)."""
    env = os.environ if environ is None else environ
    return (env.get(name) or "").strip().lower() in ("1", "true", "yes")
