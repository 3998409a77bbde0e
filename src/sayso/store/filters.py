"""What lists of quotes, events, actors and articles are narrowed by, for the CLI and the web
alike: one :class:`Filters`, one builder (:func:`build`), one way of running it (:func:`run`).

A filter means the same wherever it is used: ``actor`` is part of a name (any case) or an entity
id (a value that cannot be one, :func:`could_be_entity_id`, is matched as a name only);
``since``/``until`` are dates (YYYY, YYYY-MM or YYYY-MM-DD; ``until`` inclusive, so
"2024-05" keeps all of May); ``outlet`` is an outlet in any case; ``country`` an ISO alpha-3
code; ``search`` full text (FTS5 syntax, or plain words); ``type`` a PLOVER event type (for
actors: the entity's type); ``min_confidence`` the confidence (0..1) a quote, an event or an
actor needs to be listed (:func:`confidence_floor` gives each kind's default:
$SAYSO_MIN_CONFIDENCE, else the threshold calibrated on Sayso's own gold,
``sayso.config.MIN_CONFIDENCE``). The clauses each one adds, per kind of list, are in
``queries.py``.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import TypedDict

from ..config import MIN_CONFIDENCE, min_confidence_setting
from ..errors import ConfigError, StoreError
from . import queries as q
from .db import Db, Row, rows_of

__all__ = [
    "MAX_LIMIT",
    "Built",
    "FilterArgs",
    "FilterError",
    "Filters",
    "build",
    "confidence_floor",
    "fts_phrases",
    "run",
]

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
DATE_FORMS = "use YYYY, YYYY-MM or YYYY-MM-DD"
MAX_LIMIT = 2**63 - 1  # the largest INTEGER SQLite holds


class FilterError(ConfigError):
    """A filter has a value Sayso cannot use. ``name`` is the filter, ``value`` what it was
    given and ``problem`` what is wrong with it and what to do (for a caller that words the
    message its own way, as the CLI does with its option names)."""

    def __init__(self, name: str, value: object, problem: str) -> None:
        label = f"{name} date" if name in ("since", "until") else name
        super().__init__(f"{label} {value!r} {problem}")
        self.name = name
        self.value = value
        self.problem = problem


def _is_date(value: str) -> bool:
    m = _DATE.match(value)
    if m is None:
        return False
    year, month, day = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class Filters:
    """What a list is narrowed by; None means any. See the module's docstring."""

    actor: str | None = None  # part of a name, any case ("Dong", "ministry"), or an entity id
    outlet: str | None = None  # an outlet, any case
    country: str | None = None  # ISO 3166 alpha-3 (CHN): the speaker's, an actor's, a mention's
    since: str | None = None
    until: str | None = None  # inclusive: "2024-05" keeps all of May
    search: str | None = None  # full text (FTS5 syntax, or plain words)
    type: str | None = None  # PLOVER event type (actors: the entity's type)
    limit: int | None = None  # at most this many rows (lists without pages)
    min_confidence: float | None = None  # 0..1: facts below it are left out; None: all

    def __post_init__(self) -> None:
        for name, value in (("since", self.since), ("until", self.until)):
            if value is not None and not _is_date(value):
                raise FilterError(name, value, f"is not a date; {DATE_FORMS}")
        if self.limit is not None and self.limit < 0:
            raise FilterError("limit", self.limit, "is negative; use 0 or more")
        if self.limit is not None and self.limit > MAX_LIMIT:
            raise FilterError("limit", self.limit, f"is too large; use 0 to {MAX_LIMIT}")
        if self.min_confidence is not None and not 0.0 <= self.min_confidence <= 1.0:
            raise FilterError(
                "min_confidence", self.min_confidence, "is not a confidence; use 0 to 1"
            )


class FilterArgs(TypedDict, total=False):
    """The fields of :class:`Filters`, as keyword arguments."""

    actor: str | None
    outlet: str | None
    country: str | None
    since: str | None
    until: str | None
    search: str | None
    type: str | None
    limit: int | None
    min_confidence: float | None


def confidence_floor(kind: str, given: float | None = None) -> float:
    """The confidence a fact of ``kind`` (attributions, events, entities) needs to be listed:
    ``given`` (an option, a query parameter), else $SAYSO_MIN_CONFIDENCE, else the default
    calibrated on Sayso's own gold (``sayso.config.MIN_CONFIDENCE``)."""
    if given is not None:
        return given
    setting = min_confidence_setting()
    return setting if setting is not None else MIN_CONFIDENCE.get(kind, 0.0)


@dataclass(frozen=True, slots=True)
class Built:
    """The SQL of one filtered list: its rows (a page of them), their count, the clauses."""

    rows: str
    count: str
    where: tuple[str, ...]
    params: dict[str, object]


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def could_be_entity_id(value: str) -> bool:
    """Whether an actor filter's value may be an entity id: one word with a digit ("e6dddeb63e2",
    "x2-e1"); a name otherwise ("Dong Jun", "Russia"), which a list may then match by its names
    alone, without reading every row's ids."""
    return not any(c.isspace() for c in value) and any(c.isdigit() for c in value)


def clauses(listing: q.Listing, f: Filters) -> tuple[list[str], dict[str, object]]:
    """The WHERE clauses of ``listing`` that ``f`` sets, and their parameters."""
    where: list[str] = []
    params: dict[str, object] = {}
    if f.search is not None:
        where.append(listing.search)
        params["search"] = f.search
    if f.outlet is not None:
        where.append(q.OUTLET_IS)
        params["outlet"] = f.outlet
    if f.since is not None:
        where.append(q.SINCE.format(date=listing.date))
        params["since"] = f.since
    if f.until is not None:
        where.append(q.UNTIL.format(date=listing.date))
        params["until"] = f.until
    if f.actor is not None:
        by_name = listing.actor_name and not could_be_entity_id(f.actor)
        where.append(listing.actor_name if by_name else listing.actor)
        params["actor"] = _like(f.actor)
        params["actor_id"] = f.actor
    if f.type is not None:
        where.append(listing.type)
        params["type"] = f.type.upper()
    if f.country is not None:
        where.append(listing.country)
        params["country"] = f.country.upper()
    if f.min_confidence and listing.confidence:
        where.append(listing.confidence)
        params["min_confidence"] = f.min_confidence
    return where, params


def build(view: q.View, f: Filters, *, limit: int | None = None, offset: int = 0) -> Built:
    """The SQL of ``view`` narrowed by ``f``: at most ``limit`` rows (None: all) from
    ``offset``."""
    where, params = clauses(view.listing, f)
    rows, count = q.select(view, where, f.search is not None)
    params["limit"] = -1 if limit is None else limit
    params["offset"] = offset
    return Built(rows, count, tuple(where), params)


def fts_phrases(text: str) -> str:
    """Plain words as an FTS5 query (every word, as a phrase): for input that is not FTS5 syntax."""
    return " ".join('"' + word.replace('"', '""') + '"' for word in text.split())


def run(db: Db, sql: str, params: dict[str, object], search: str | None) -> sqlite3.Cursor:
    """Run ``sql``; a search that is not FTS5 syntax (an apostrophe, a colon, ...) is retried as
    the plain words it holds."""
    try:
        return db.execute(sql, params)
    except sqlite3.OperationalError as exc:
        if search is None:
            raise StoreError(f"query on {db.path} failed ({exc})") from exc
        first = exc
    try:
        return db.execute(sql, {**params, "search": fts_phrases(search)})
    except sqlite3.OperationalError:
        raise StoreError(
            f"search {search!r} is not a valid full-text query ({first}); "
            'use plain words, "a phrase", OR, NOT, or prefix*'
        ) from first


def rows(db: Db, view: q.View, f: Filters) -> list[Row]:
    """Every row of ``view`` that ``f`` keeps (at most ``f.limit``)."""
    built = build(view, f, limit=f.limit)
    return rows_of(run(db, built.rows, built.params, f.search))


def page(
    db: Db, view: q.View, f: Filters, *, limit: int | None, offset: int
) -> tuple[list[Row], int]:
    """A page of ``view``'s rows that ``f`` keeps, and how many it keeps in all."""
    built = build(view, f, limit=limit, offset=offset)
    count = run(db, built.count, built.params, f.search).fetchone()[0]
    return rows_of(run(db, built.rows, built.params, f.search)), int(count)
