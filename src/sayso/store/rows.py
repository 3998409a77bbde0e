"""The rows the web app's reads give back, typed: one TypedDict per statement's columns
(``queries.py`` names the columns; these must follow them)."""

from __future__ import annotations

from typing import TypedDict

__all__ = [
    "Activity",
    "ActorEntity",
    "ActorEvent",
    "ActorForm",
    "ActorProfile",
    "ActorQuote",
    "ActorType",
    "ArticleHit",
    "CountryCount",
    "EventHit",
    "EventPair",
    "Facets",
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
    doc_pk: int  # documents.id
    trigger_start: int
    trigger_end: int


class EventPair(TypedDict):
    source: str
    target: str
    type: str
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


class Activity(TypedDict):
    kind: str  # "said" (a quote) or "did" (an event as a source)
    outlet: str | None
    month: str | None  # YYYY-MM; None when undated
    n: int


class ActorType(TypedDict):
    type: str
    documents: int
    mentions: int


class ActorForm(TypedDict):
    form: str
    n: int


class NamesCount(TypedDict):
    names: str  # "; "-joined
    n: int


class ActorProfile(TypedDict):
    name: str
    type: str  # the actor is its name and this type
    types: list[ActorType]  # every type the name has, the actor's among them
    documents: int
    mentions: int
    entities: list[ActorEntity]
    forms: list[ActorForm]
    forms_documents: int  # how many of its documents the forms were read from (the newest)
    quotes: list[ActorQuote]
    as_source: list[ActorEvent]
    as_target: list[ActorEvent]
    activity: list[Activity]
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
