"""The web app's reads (``sayso serve``): pages of articles, quotes and events narrowed by
:class:`~sayso.store.filters.Filters`, the network of who acts on whom, an actor's profile, and
the outlets and countries for the filter menus."""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

from . import queries as q
from .db import Db, iter_rows, rows_of
from .filters import Filters, build, clauses, page, run
from .rows import (
    ActorProfile,
    ArticleHit,
    EventHit,
    EventPair,
    Facets,
    QuoteHit,
)

__all__ = [
    "actor_profile",
    "event_pairs",
    "event_rows",
    "facets",
    "iter_event_rows",
    "search_articles",
    "search_quotes",
]


def search_articles(db: Db, f: Filters, *, limit: int, offset: int) -> tuple[list[ArticleHit], int]:
    """Articles matching ``f`` (best match first with a search) and how many match."""
    rows, total = page(db, q.WEB_ARTICLES, f, limit=limit, offset=offset)
    return cast("list[ArticleHit]", rows), total


def search_quotes(db: Db, f: Filters, *, limit: int, offset: int) -> tuple[list[QuoteHit], int]:
    """Quotes matching ``f`` (best match first with a search) and how many match."""
    rows, total = page(db, q.WEB_QUOTES, f, limit=limit, offset=offset)
    return cast("list[QuoteHit]", rows), total


def event_rows(db: Db, f: Filters, *, limit: int | None, offset: int) -> tuple[list[EventHit], int]:
    """Events matching ``f``, newest first, and how many match."""
    rows, total = page(db, q.WEB_EVENTS, f, limit=limit, offset=offset)
    return cast("list[EventHit]", rows), total


def iter_event_rows(db: Db, f: Filters) -> Iterator[EventHit]:
    """Every event matching ``f``, newest first, one row at a time (no count)."""
    built = build(q.WEB_EVENTS, f)
    rows = iter_rows(run(db, built.rows, built.params, f.search))
    return cast("Iterator[EventHit]", rows)


def event_pairs(db: Db, f: Filters) -> list[EventPair]:
    """(source names, target names, count) over the events matching ``f``."""
    where, params = clauses(q.EVENTS, f)
    rows = rows_of(run(db, q.event_pairs(where), params, f.search))
    return cast("list[EventPair]", rows)


def actor_profile(db: Db, name: str, *, limit: int) -> ActorProfile:
    """Everything stored about the actor called ``name`` (any case), across documents: its
    resolved types, countries, roles and sectors, its quotes and the events it is a source or a
    target of (``limit`` newest of each), with counts by outlet and month and the names on the
    other side of its events over all of them."""
    p = {"name": name, "limit": limit}
    profile = {
        "entities": db.rows(q.WEB_ACTOR_PROFILE, p),
        "quotes": db.rows(q.WEB_ACTOR_QUOTES, p),
        "quote_counts": db.rows(q.WEB_ACTOR_QUOTE_COUNTS, p),
        "as_source": db.rows(q.WEB_ACTOR_EVENTS_AS_SOURCE, p),
        "as_target": db.rows(q.WEB_ACTOR_EVENTS_AS_TARGET, p),
        "event_counts": db.rows(q.WEB_ACTOR_EVENT_COUNTS_AS_SOURCE, p),
        "targets": db.rows(q.WEB_ACTOR_TARGETS, p),
        "sources": db.rows(q.WEB_ACTOR_SOURCES, p),
    }
    return cast(ActorProfile, profile)


def facets(db: Db) -> Facets:
    """Outlets and countries stored, most frequent first (for filter menus)."""
    return cast(Facets, {"outlets": db.rows(q.WEB_OUTLETS), "countries": db.rows(q.WEB_COUNTRIES)})
