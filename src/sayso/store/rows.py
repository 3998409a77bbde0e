"""The rows the web app's reads give back, typed: one TypedDict per statement's columns
(``queries.py`` names the columns; these must follow them)."""

from __future__ import annotations

from typing import TypedDict

__all__ = [
    "ActorEntity",
    "ActorEvent",
    "ActorProfile",
    "ActorQuote",
    "ArticleHit",
    "CountryCount",
    "EventHit",
    "EventPair",
    "Facets",
    "MonthCount",
    "NamesCount",
    "OutletCount",
    "QuoteHit",
    "StoryRow",
]


class _Doc(TypedDict):
    hash: str
    doc_id: str
    title: str | None
    published: str | None
    outlet: str | None


class ArticleHit(_Doc):
    rowid: int


class QuoteHit(_Doc):
    attribution_id: str
    kind: str
    speaker: str | None
    source_text: str | None
    cue: str | None
    quote: str
    via: str | None


class ActorEvent(_Doc):
    event_id: str
    type: str
    mode: str | None
    source: str | None  # "; "-joined names
    target: str | None
    trigger: str
    date: str | None


class EventHit(ActorEvent):
    location: str | None
    attribution: str | None


class EventPair(TypedDict):
    source: str
    target: str
    n: int


class ActorEntity(TypedDict):
    name: str
    type: str
    country: str | None
    role: str | None
    sector: str | None
    documents: int
    mentions: int


class ActorQuote(_Doc):
    attribution_id: str
    kind: str
    cue: str | None
    quote: str
    via: str | None


class MonthCount(TypedDict):
    outlet: str | None
    month: str | None  # YYYY-MM (shorter when the date is)
    n: int


class NamesCount(TypedDict):
    names: str  # "; "-joined
    n: int


class ActorProfile(TypedDict):
    entities: list[ActorEntity]
    quotes: list[ActorQuote]
    quote_counts: list[MonthCount]
    as_source: list[ActorEvent]
    as_target: list[ActorEvent]
    event_counts: list[MonthCount]
    targets: list[NamesCount]
    sources: list[NamesCount]


class OutletCount(TypedDict):
    outlet: str
    n: int


class CountryCount(TypedDict):
    country: str
    n: int


class Facets(TypedDict):
    outlets: list[OutletCount]
    countries: list[CountryCount]


class StoryRow(TypedDict):
    id: str
    title: str | None
    first_date: str | None
    last_date: str | None
    outlets: str  # JSON [outlet, ...]
    documents: int
    updated_at: str
