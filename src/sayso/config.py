"""Sayso's settings: one frozen dataclass, read from ``SAYSO_*`` environment variables."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DB = "sayso.db"


@dataclass(frozen=True, slots=True)
class Settings:
    db: Path = Path(DEFAULT_DB)  # the SQLite store: $SAYSO_DB, else sayso.db here

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        db = env.get("SAYSO_DB") or DEFAULT_DB
        return cls(db=Path(db))
