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

# The confidence a fact needs to be listed by default (CLI, web, export), per kind of fact,
# chosen by `python bench/confidence.py gold/tune` on the tune half of Sayso's own gold only:
# the best recall at precision >= 0.85 with one-sided 95% confidence (else the best F0.5).
# Events carry the calibrated chance of being right (data/calibration.tsv, learned on gold/tune
# by bench/calibrate.py), and their default is the one that rule picks on out-of-fold chances
# (bench/calibrate.py prints it: a model's chances on the articles it was fitted on are surer
# than they should be); attributions keep the hand-set product and 0.54 over the rule's 0.43 so
# that acts told with a cue verb stay out. docs/record.md gives the figures of both gold halves.
# $SAYSO_MIN_CONFIDENCE (a number 0..1) or --min-confidence sets one threshold for every kind;
# 0 lists everything.
MIN_CONFIDENCE: Mapping[str, float] = {"attributions": 0.54, "events": 0.78, "entities": 0.81}
MIN_CONFIDENCE_ENV = "SAYSO_MIN_CONFIDENCE"

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
    # one confidence threshold for every kind of fact: $SAYSO_MIN_CONFIDENCE; None: the
    # calibrated default of each kind (MIN_CONFIDENCE)
    min_confidence: float | None = None

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
            min_confidence=min_confidence_setting(env),
        )

    def confidence_floor(self, kind: str) -> float:
        """The confidence a fact of ``kind`` (attributions, events, entities) needs to be listed
        by default."""
        if self.min_confidence is not None:
            return self.min_confidence
        return MIN_CONFIDENCE.get(kind, 0.0)


def parse_confidence(raw: str, name: str) -> float:
    """A confidence threshold: a number from 0 to 1; else one clear error naming ``name``."""
    try:
        value = float(raw.strip())
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise ConfigError(
            f"{name}={raw!r} is not a confidence; give a number from 0 to 1 such as 0.5 "
            "(0 lists every fact)"
        )
    return value


def min_confidence_setting(environ: Mapping[str, str] | None = None) -> float | None:
    """$SAYSO_MIN_CONFIDENCE as a number, None when it is unset."""
    env = os.environ if environ is None else environ
    raw = env.get(MIN_CONFIDENCE_ENV) or ""
    return parse_confidence(raw, MIN_CONFIDENCE_ENV) if raw.strip() else None


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
