"""The web app's reads (``sayso serve``): pages of articles, quotes and events narrowed by
:class:`~sayso.store.filters.Filters`, the network of who acts on whom, an actor's profile, and
the outlets and countries for the filter menus."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from typing import Any, cast

from ..types import Record
from . import queries as q
from .db import Db, Row, iter_rows, rows_of
from .filters import Filters, build, clauses, page, run
from .records import sentences_of
from .rows import (
    ActorProfile,
    ArticleHit,
    EventHit,
    EventPair,
    Facets,
    QuoteHit,
)

_SPACES = re.compile(r"\s+")

__all__ = [
    "actor_profile",
    "event_evidence",
    "event_pairs",
    "event_rows",
    "facets",
    "iter_event_rows",
    "names_mentioned",
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


def event_evidence(db: Db, rows: Iterable[EventHit]) -> list[dict[str, str | None]]:
    """For each event row: the sentence holding its trigger (``Record.sentences``), split at the
    trigger as ``before``, ``trigger``, ``after``, and the speaker, cue and channel of the
    attribution it rests on (None without one)."""
    docs: dict[int, Record] = {}
    out: list[dict[str, str | None]] = []
    for row in rows:
        doc = int(row["doc_pk"])
        record = docs.get(doc)
        if record is None:
            record = docs[doc] = sentences_of(db, doc)
        t0, t1 = int(row["trigger_start"]), int(row["trigger_end"])
        s0, s1 = record.sentence_of(t0, t1)
        text = record.text
        item: dict[str, str | None] = {
            "before": _SPACES.sub(" ", text[s0:t0]).lstrip(),
            "trigger": text[t0:t1],
            "after": _SPACES.sub(" ", text[t1:s1]).rstrip(),
            "speaker": None,
            "cue": None,
            "via": None,
        }
        if row["attribution"]:
            said = db.one(q.WEB_EVENT_SPEAKER, (doc, row["attribution"]))
            if said is not None:
                item.update(speaker=_str(said[0]), cue=_str(said[1]), via=_str(said[2]))
        out.append(item)
    return out


def _str(value: object) -> str | None:
    return None if value is None else str(value)


def names_mentioned(db: Db, names: Iterable[str], least: int) -> set[str]:
    """The names (of ``names``) that the store mentions ``least`` times or more, any case."""
    wanted = json.dumps(list(dict.fromkeys(names)))
    rows = db.rows(q.WEB_NAMES_MENTIONED, {"names": wanted, "least": least})
    return {str(r["name"]) for r in rows}


def event_pairs(db: Db, f: Filters) -> list[EventPair]:
    """(source names, target names, type, count) over the events matching ``f``."""
    where, params = clauses(q.EVENTS, f)
    rows = rows_of(run(db, q.event_pairs(where), params, f.search))
    return cast("list[EventPair]", rows)


def _actor_entities(rows: Iterable[Row], kind: str) -> dict[str, Any]:
    """What the entities of the actor's name (``rows``, of any type) say: every type the name
    has, and for type ``kind``: its entities grouped by name, country, role and sector, its
    documents and mentions."""
    types: defaultdict[str, set[object]] = defaultdict(set)
    type_mentions: Counter[str] = Counter()
    groups: defaultdict[tuple[Any, ...], set[object]] = defaultdict(set)
    group_mentions: Counter[tuple[Any, ...]] = Counter()
    for r in rows:
        t, n = str(r["type"]), int(str(r["mention_count"]))
        types[t].add(r["doc"])
        type_mentions[t] += n
        if t != kind:
            continue
        key = (r["name"], r["country"], r["role"], r["sector"])
        groups[key].add(r["doc"])
        group_mentions[key] += n
    entities = [
        {"name": k[0], "type": kind, "country": k[1], "role": k[2], "sector": k[3],
         "documents": len(d), "mentions": group_mentions[k]}
        for k, d in groups.items()
    ]  # fmt: skip
    entities.sort(key=lambda e: (-e["documents"], -e["mentions"]))
    ranked = sorted(types, key=lambda t: (-len(types[t]), -type_mentions[t], t))
    return {
        "types": [
            {"type": t, "documents": len(types[t]), "mentions": type_mentions[t]} for t in ranked
        ],
        "documents": len(types.get(kind, ())),
        "mentions": type_mentions[kind],
        "entities": entities,
    }


def _forms(rows: Iterable[Row], limit: int) -> list[dict[str, object]]:
    """Mention texts with their counts, white space made single spaces (any case as one)."""
    forms: Counter[str] = Counter()
    written: dict[str, str] = {}
    for r in rows:
        text = " ".join(str(r["form"] or "").split())
        forms[text.casefold()] += int(str(r["n"]))
        written.setdefault(text.casefold(), text)
    return [{"form": written[k], "n": n} for k, n in forms.most_common(limit)]


def actor_profile(
    db: Db,
    name: str,
    kind: str | None = None,
    *,
    limit: int,
    forms: int = 40,
    forms_docs: int = 400,
) -> ActorProfile:
    """Everything stored about the actor called ``name`` (any case) of type ``kind`` (else of
    the name's most documented type), across documents: its resolved countries, roles and
    sectors, the ``forms`` ways the texts wrote it most (in its ``forms_docs`` newest
    documents), its quotes and the events it is a source or a target of (``limit`` newest of
    each), what it said and did by outlet and month, and the names on the other side of its
    events."""
    rows = db.rows(q.WEB_ACTOR_ENTITIES, {"name": name})
    if kind is None:
        kind = _actor_entities(rows, "")["types"][0]["type"] if rows else ""
    found = _actor_entities(rows, kind)
    alone = len(found["types"]) <= 1  # the name has no other type: no need to check it
    sql = q.WEB_ACTOR_BY_NAME if alone else q.WEB_ACTOR_BY_TYPE
    p = {"name": name, "type": kind, "limit": limit}
    said_in = min(found["documents"], forms_docs)
    profile = {
        "name": name,
        "type": kind,
        **found,
        "forms": _forms(db.rows(sql.forms, {**p, "limit": forms, "docs": forms_docs}), forms),
        "forms_documents": said_in,
        "quotes": db.rows(sql.quotes, p),
        "as_source": db.rows(sql.as_source, p),
        "as_target": db.rows(sql.as_target, p),
        "activity": db.rows(sql.activity, p),
        "targets": db.rows(sql.targets, p),
        "sources": db.rows(sql.sources, p),
    }
    return cast(ActorProfile, profile)


def facets(db: Db) -> Facets:
    """Outlets and countries stored, most frequent first (for filter menus)."""
    return cast(Facets, {"outlets": db.rows(q.WEB_OUTLETS), "countries": db.rows(q.WEB_COUNTRIES)})
