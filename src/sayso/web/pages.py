"""The data of every page. Each function reads the store and returns a :class:`Page`: ``data``
is what the ``.json`` twin serves (plain JSON values, with relative links), ``view`` is what
only the HTML needs on top (segments to mark up, SVG geometry).
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlencode

from ..errors import ConfigError, StoreError
from ..store import Store, WebFilters
from ..types import Record, content_hash
from . import render

SEARCH_PER_PAGE = 20
EVENTS_PER_PAGE = 50
ACTOR_LIST_LIMIT = 100


class NotFound(Exception):
    """The page asked for does not exist (HTTP 404)."""


@dataclass(slots=True)
class Page:
    data: dict[str, Any]
    view: dict[str, Any] = field(default_factory=dict)


# -- links -------------------------------------------------------------------------------------


def article_url(doc_hash: str, anchor: str | None = None) -> str:
    return f"/articles/{quote(doc_hash, safe='')}" + (f"#{anchor}" if anchor else "")


def actor_url(name: str) -> str:
    return f"/actors/{quote(name, safe='')}"


def query_string(params: dict[str, Any]) -> str:
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return urlencode(kept)


def filters_dict(f: WebFilters) -> dict[str, str | None]:
    return {
        "q": f.search,
        "actor": f.actor,
        "outlet": f.outlet,
        "country": f.country,
        "type": f.type,
        "since": f.since,
        "until": f.until,
    }


def _pages(total: int, page: int, per_page: int) -> dict[str, int]:
    return {"page": page, "per_page": per_page, "total": total, "pages": -(-total // per_page)}


def _anchor(kind: str, fact: str) -> str:
    return "m-" + render.fact_id(kind, fact).removeprefix("f-")


# -- search ------------------------------------------------------------------------------------


def search(store: Store, f: WebFilters, page: int = 1) -> Page:
    """Articles and quotes matching the filters; each article with its matching sentence."""
    offset = (page - 1) * SEARCH_PER_PAGE
    terms = render.query_terms(f.search)
    articles, n_articles = store.search_articles(f, limit=SEARCH_PER_PAGE, offset=offset)
    quotes, n_quotes = store.search_quotes(f, limit=SEARCH_PER_PAGE, offset=offset)
    article_items = []
    for row in articles:
        row.pop("rowid")
        start, sentence = render.matching_sentence(store.get(row["hash"]), terms)
        article_items.append(
            {**row, "sentence": sentence, "sentence_start": start,
             "url": article_url(row["hash"], f"s-{start}")}
        )  # fmt: skip
    quote_items = []
    for row in quotes:
        speaker = row["speaker"]
        quote_items.append(
            {**row,
             "url": article_url(row["hash"], _anchor("a", row["attribution_id"])),
             "actor_url": actor_url(speaker) if speaker else None}
        )  # fmt: skip
    data = {
        "filters": filters_dict(f),
        "articles": {**_pages(n_articles, page, SEARCH_PER_PAGE), "results": article_items},
        "quotes": {**_pages(n_quotes, page, SEARCH_PER_PAGE), "results": quote_items},
    }
    view = {
        "terms": terms,
        "highlight": render.highlight,
        "next": page + 1 if offset + SEARCH_PER_PAGE < max(n_articles, n_quotes) else None,
        "prev": page - 1 if page > 1 else None,
    }
    return Page(data, view)


# -- article -----------------------------------------------------------------------------------


def _record(store: Store, key: str) -> Record:
    try:
        return store.get(key)
    except StoreError as exc:
        raise NotFound(str(exc)) from exc


def article(store: Store, key: str) -> Page:
    """One stored record, and its text marked up with links to every fact."""
    record = _record(store, key)
    doc_hash = content_hash(record.text)

    def back(offset: int) -> str:
        return f"s-{render.sentence_start(record, offset)}"

    names = {e.id: e.name for e in record.entities}
    entities = [
        {**e.to_dict(), "fact": render.fact_id("e", e.id), "actor_url": actor_url(e.name),
         "sentence": back(e.mentions[0].start) if e.mentions else None}
        for e in record.entities
    ]  # fmt: skip
    attributions = []
    for a in record.attributions:
        first = min(
            [s.start for s in a.content] + [x.start for x in (a.source, a.cue) if x is not None],
            default=0,
        )
        speaker = names.get(a.speaker or "")
        attributions.append(
            {**a.to_dict(), "fact": render.fact_id("a", a.id), "speaker_name": speaker,
             "actor_url": actor_url(speaker) if speaker else None,
             "via_name": names.get(a.via or ""), "sentence": back(first)}
        )  # fmt: skip
    events = [
        {**ev.to_dict(), "fact": render.fact_id("v", ev.id),
         "source_names": [names.get(x, x) for x in ev.source],
         "target_names": [names.get(x, x) for x in ev.target],
         "location_name": names.get(ev.location or ""), "sentence": back(ev.trigger.start)}
        for ev in record.events
    ]  # fmt: skip
    times = [
        {**t.to_dict(), "fact": render.fact_id("t", str(i)), "sentence": back(t.span.start)}
        for i, t in enumerate(record.times)
    ]
    divergences = [
        {**d.to_dict(), "fact": render.fact_id("d", d.id),
         "asserted_by_names": [names.get(x, x) for x in d.asserted_by],
         "other_names": [names.get(x, x) for x in d.other],
         "sentence": back(d.evidence[0].start) if d.evidence else None}
        for d in record.divergences
    ]  # fmt: skip
    data = {
        "hash": doc_hash,
        "url": article_url(doc_hash),
        "id": record.id,
        "text": record.text,
        "meta": record.meta.to_dict(),
        "entities": entities,
        "attributions": attributions,
        "events": events,
        "times": times,
        "divergences": divergences,
    }
    return Page(data, {"sentences": render.marked_text(record)})


# -- actor -------------------------------------------------------------------------------------


def _event_item(row: dict[str, Any]) -> dict[str, Any]:
    return {
        **row,
        "source": render.split_names(row["source"]),
        "target": render.split_names(row["target"]),
        "url": article_url(row["hash"], _anchor("v", row["event_id"])),
    }


def _ranked(names: Counter[str], exclude: str) -> list[dict[str, Any]]:
    return [
        {"name": n, "events": c, "url": actor_url(n)}
        for n, c in names.most_common(50)
        if n.casefold() != exclude.casefold()
    ]


def actor(store: Store, name: str) -> Page:
    """What the actor said and did, by outlet and month; whom it acts on and who on it."""
    p = store.actor_profile(name, limit=ACTOR_LIST_LIMIT)
    if not p["entities"] and not p["quotes"]:
        raise NotFound(f"no actor called {name!r} in the store; search for part of the name")
    canonical = p["entities"][0]["name"] if p["entities"] else name
    said_month: Counter[str] = Counter()
    did_month: Counter[str] = Counter()
    outlets: dict[str, dict[str, int]] = defaultdict(lambda: {"said": 0, "did": 0})
    for row in p["quote_counts"]:
        if row["month"]:
            said_month[row["month"]] += row["n"]
        outlets[row["outlet"] or "(no outlet)"]["said"] += row["n"]
    acts_on: Counter[str] = Counter()
    acted_by: Counter[str] = Counter()
    for row in p["event_counts"]:
        if row["month"] and len(row["month"]) == 7:
            did_month[row["month"]] += row["n"]
        outlets[row["outlet"] or "(no outlet)"]["did"] += row["n"]
    for row in p["targets"]:
        for n in render.split_names(row["names"]):
            acts_on[n] += row["n"]
    for row in p["sources"]:
        for n in render.split_names(row["names"]):
            acted_by[n] += row["n"]
    roles: Counter[str] = Counter()
    sectors: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    types: Counter[str] = Counter()
    documents = 0
    mentions = 0
    for row in p["entities"]:
        documents += row["documents"]
        mentions += row["mentions"]
        types[row["type"]] += row["documents"]
        if row["role"]:
            roles[row["role"]] += row["documents"]
        if row["sector"]:
            sectors[row["sector"]] += row["documents"]
        if row["country"]:
            countries[row["country"]] += row["documents"]
    quotes = [
        {**row, "url": article_url(row["hash"], _anchor("a", row["attribution_id"]))}
        for row in p["quotes"]
    ]
    months = sorted(set(said_month) | set(did_month))
    data = {
        "name": canonical,
        "url": actor_url(canonical),
        "types": [{"type": k, "documents": v} for k, v in types.most_common()],
        "roles": [{"role": k, "documents": v} for k, v in roles.most_common()],
        "sectors": [{"sector": k, "documents": v} for k, v in sectors.most_common()],
        "countries": [{"country": k, "documents": v} for k, v in countries.most_common()],
        "documents": documents,
        "mentions": mentions,
        "statements": sum(r["n"] for r in p["quote_counts"]),
        "actions": sum(r["n"] for r in p["event_counts"]),
        "by_outlet": [
            {"outlet": k, **v}
            for k, v in sorted(outlets.items(), key=lambda kv: -(kv[1]["said"] + kv[1]["did"]))
        ],
        "by_month": [
            {"month": m, "said": said_month.get(m, 0), "did": did_month.get(m, 0)} for m in months
        ],
        "acts_on": _ranked(acts_on, canonical),
        "acted_on_by": _ranked(acted_by, canonical),
        "quotes": quotes,
        "events": [_event_item(r) for r in p["as_source"]],
        "events_as_target": [_event_item(r) for r in p["as_target"]],
    }
    return Page(data, {"timeline": render.timeline(said_month, did_month)})


# -- events ------------------------------------------------------------------------------------


def events(store: Store, f: WebFilters, page: int = 1) -> Page:
    """A page of events matching the filters, and the network of who acts on whom."""
    offset = (page - 1) * EVENTS_PER_PAGE
    rows, total = store.event_rows(f, limit=EVENTS_PER_PAGE, offset=offset)
    pairs = store.event_pairs(f)
    net = render.network((r["source"], r["target"], r["n"]) for r in pairs)
    data = {
        "filters": filters_dict(f),
        **_pages(total, page, EVENTS_PER_PAGE),
        "results": [_event_item(r) for r in rows],
        "network": [{"source": e["source"], "target": e["target"], "events": e["n"]}
                    for e in net["edges"]],
        "csv": "/events.csv" + ("?" + q if (q := query_string(filters_dict(f))) else ""),
    }  # fmt: skip
    view = {
        "net": net,
        "next": page + 1 if offset + EVENTS_PER_PAGE < total else None,
        "prev": page - 1 if page > 1 else None,
    }
    return Page(data, view)


EVENT_CSV_COLUMNS = (
    "doc_id", "published", "outlet", "type", "mode", "source", "target", "trigger", "date",
    "location", "attribution", "event_id", "hash",
)  # fmt: skip


def event_csv_chunks(store: Store, f: WebFilters, rows: int = 1000) -> Iterator[str]:
    """Every event matching ``f`` as CSV text, a header and then ``rows`` rows a chunk."""
    out = io.StringIO()
    writer = csv.DictWriter(
        out, fieldnames=EVENT_CSV_COLUMNS, lineterminator="\n", extrasaction="ignore"
    )
    writer.writeheader()
    for n, row in enumerate(store.iter_event_rows(f), 1):
        writer.writerow(row)
        if n % rows == 0:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    yield out.getvalue()


# -- stories ---------------------------------------------------------------------------------

DIVERGENCE_KINDS = ("omission", "contradiction", "qualification", "attribution")


def story_url(story_id: str) -> str:
    return f"/stories/{quote(story_id, safe='')}"


def _outlets(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(x) for x in value]
    try:
        parsed = json.loads(value or "[]")
    except (TypeError, ValueError):
        return []
    return [str(x) for x in parsed] if isinstance(parsed, list) else []


def _story_item(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "url": story_url(str(row["id"])),
        "title": row.get("title"),
        "first_date": row.get("first_date"),
        "last_date": row.get("last_date"),
        "outlets": _outlets(row.get("outlets")),
        "documents": row.get("documents"),
        "updated_at": row.get("updated_at"),
    }


def stories(store: Store) -> Page:
    """The stored stories, latest first; an empty list (and an explanation) until
    `sayso stories` has run."""
    items = [_story_item(r) for r in store.stories()]
    return Page({"stories": items, "count": len(items)})


def story(store: Store, story_id: str) -> Page:
    """The accounts of one story side by side: its sources, their sentences lined up claim by
    claim (``sayso.compare.align``), and the divergences ``sayso compare`` finds between them,
    each cell and each piece of evidence linked to its sentence in the article."""
    row = store.story(story_id)
    if row is None:
        raise NotFound(f"no story {story_id!r} in the store; `sayso stories` groups articles")
    try:
        from ..compare import align, compare
    except ImportError as exc:  # pragma: no cover - numpy comes with spaCy
        raise ConfigError(
            f"comparing stories needs numpy ({exc}); pip install 'sayso[stories]'"
        ) from exc
    try:
        records = store.story_records(story_id)
    except StoreError as exc:
        raise NotFound(str(exc)) from exc
    line = compare(story_id, records)
    claims = align(records)

    position: dict[str, int] = {}
    for n, rec in enumerate(records):
        position.setdefault(rec.id, n)
    hashes = [content_hash(r.text) for r in records]

    def anchor_url(pos: int, offset: int) -> str:
        return article_url(hashes[pos], f"s-{render.sentence_start(records[pos], offset)}")

    line_of: dict[tuple[int, int], int] = {}
    for k, claim in enumerate(claims):
        for pos, cell in enumerate(claim.cells):
            if cell is not None:
                line_of[(pos, cell.start)] = k
    marks: dict[tuple[int, int], list[dict[str, Any]]] = defaultdict(list)  # (line, doc)
    line_divergences: dict[int, list[str]] = defaultdict(list)
    divergences = []
    for v in line["divergences"]:
        asserted = set(v["asserted_by"])
        lines_hit: list[int] = []
        evidence = []
        for e in v["evidence"]:
            pos = position[e["doc"]]
            hit = line_of.get((pos, e["start"]))
            role = "asserts" if e["doc"] in asserted else v["kind"]
            if hit is not None:
                lines_hit.append(hit)
                marks[(hit, pos)].append({"id": v["id"], "kind": v["kind"], "what": v["what"],
                                          "role": role})  # fmt: skip
            evidence.append({**e, "url": anchor_url(pos, e["start"]),
                             "line": f"c-{hit}" if hit is not None else None})  # fmt: skip
        if v["kind"] == "omission" and lines_hit:
            for doc in v["other"]:
                pos = position[doc]
                k = lines_hit[0]
                if claims[k].cells[pos] is None:
                    marks[(k, pos)].append({"id": v["id"], "kind": "omission", "what": v["what"],
                                            "role": "omits"})  # fmt: skip
        for k in dict.fromkeys(lines_hit):
            line_divergences[k].append(v["id"])
        divergences.append(
            {**v, "evidence": evidence, "line": f"c-{lines_hit[0]}" if lines_hit else None}
        )
    copy_of = {b: a for a, b in line["copies"]}
    sources = [
        {"id": r.id, "hash": hashes[n], "url": article_url(hashes[n]), "title": r.meta.title,
         "outlet": r.meta.outlet, "published": r.meta.published, "copy_of": copy_of.get(r.id)}
        for n, r in enumerate(records)
    ]  # fmt: skip
    lines = []
    for k, claim in enumerate(claims):
        cells: list[dict[str, Any] | None] = []
        for pos, cell in enumerate(claim.cells):
            found = marks.get((k, pos), [])
            if cell is None:
                cells.append({"doc": records[pos].id, "text": None, "marks": found}
                             if found else None)  # fmt: skip
                continue
            cells.append({"doc": records[pos].id, "start": cell.start, "end": cell.end,
                          "text": cell.text, "url": anchor_url(pos, cell.start),
                          "marks": found})  # fmt: skip
        lines.append({"id": f"c-{k}", "about": claim.about, "claim": claim.claim,
                      "divergences": line_divergences.get(k, []), "cells": cells})  # fmt: skip
    counts = Counter(str(v["kind"]) for v in line["divergences"])
    data = {
        "story": _story_item(row),
        "sources": sources,
        "copies": line["copies"],
        "divergences": divergences,
        "counts": {k: counts.get(k, 0) for k in DIVERGENCE_KINDS},
        "claims": lines,
    }
    return Page(data, {"kinds": DIVERGENCE_KINDS})
