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


@dataclass(frozen=True, slots=True)
class Settings:
    db: Path = Path(DEFAULT_DB)  # the SQLite store: $SAYSO_DB, else sayso.db here
    max_chars: int = DEFAULT_MAX_CHARS  # larger documents are refused: $SAYSO_MAX_CHARS
    allow_private: bool = False  # fetch private/loopback addresses: $SAYSO_ALLOW_PRIVATE=1
    durable: bool = False  # writers sync every commit to disk (--durable): $SAYSO_DURABLE=1

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        db = env.get("SAYSO_DB") or DEFAULT_DB
        raw = env.get("SAYSO_MAX_CHARS") or str(DEFAULT_MAX_CHARS)
        try:
            max_chars = int(raw.replace("_", ""))
        except ValueError:
            raise ConfigError(
                f"SAYSO_MAX_CHARS={raw!r} is not a whole number; set it to a character count "
                "such as 10000000, or unset it"
            ) from None
        return cls(
            db=Path(db),
            max_chars=max_chars,
            allow_private=env_flag("SAYSO_ALLOW_PRIVATE", env),
            durable=env_flag(DURABLE_ENV, env),
        )


def env_flag(name: str, environ: Mapping[str, str] | None = None) -> bool:
    """Whether the flag ``name`` is set (1, true or yes): one setting of :class:`Settings`,
    read alone where the rest need not be parsed (per document)."""
    env = os.environ if environ is None else environ
    return (env.get(name) or "").strip().lower() in ("1", "true", "yes")
