"""The data of every page. Each function reads the store and returns a :class:`Page`: ``data``
is what the ``.json`` twin serves (plain JSON values, with relative links), ``view`` is what
only the HTML needs on top (segments to mark up, SVG geometry).
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypedDict
from urllib.parse import quote, urlencode

from ..errors import ConfigError, StoreError
from ..store import Filters, Store
from ..store.filters import confidence_floor
from ..store.rows import Activity, ActorEntity, ActorEvent, ActorType, NamesCount, StoryRow
from ..types import ENTITY_TYPES, Record, Span, content_hash
from . import render

SEARCH_PER_PAGE = 20
EVENTS_PER_PAGE = 50
ACTOR_LIST_LIMIT = 100
ACTOR_FORMS_LIMIT = 40
MIN_MENTIONS = 2  # the network's default: actors mentioned fewer times are left out
NETWORK_CANDIDATES = 120  # the heaviest pairs whose names are looked up for the network


class NotFound(Exception):
    """The page asked for does not exist (HTTP 404)."""


# A JSON object as a page serves it.
Json = dict[str, object]


@dataclass(slots=True)
class Page:
    data: Json
    view: dict[str, object] = field(default_factory=dict)


# -- links -------------------------------------------------------------------------------------


def article_url(doc_hash: str, anchor: str | None = None) -> str:
    return f"/articles/{quote(doc_hash, safe='')}" + (f"#{anchor}" if anchor else "")


def actor_id(name: str, kind: str | None = None) -> str:
    """An actor's id: its entity type and its name ("PERSON:Dong Jun"); the name alone stands
    for the name's most documented type."""
    return f"{kind}:{name}" if kind else name


def parse_actor_id(key: str) -> tuple[str, str | None]:
    """(name, type or None) of an actor id."""
    kind, sep, name = key.partition(":")
    if sep and kind in ENTITY_TYPES and name.strip():
        return name, kind
    return key, None


def actor_url(name: str, kind: str | None = None) -> str:
    return f"/actors/{quote(actor_id(name, kind), safe=':')}"


def query_string(params: Mapping[str, object]) -> str:
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return urlencode(kept)


def filters_dict(f: Filters) -> dict[str, str | None]:
    return {
        "q": f.search,
        "actor": f.actor,
        "outlet": f.outlet,
        "country": f.country,
        "type": f.type,
        "since": f.since,
        "until": f.until,
        "min_confidence": None if f.min_confidence is None else f"{f.min_confidence:g}",
    }


def _pages(total: int, page: int, per_page: int) -> dict[str, int]:
    return {"page": page, "per_page": per_page, "total": total, "pages": -(-total // per_page)}


def _anchor(kind: str, fact: str) -> str:
    return "m-" + render.fact_id(kind, fact).removeprefix("f-")


# -- search ------------------------------------------------------------------------------------


def search(store: Store, f: Filters, page: int = 1) -> Page:
    """Articles and quotes matching the filters; each article with its matching sentence."""
    offset = (page - 1) * SEARCH_PER_PAGE
    terms = render.query_terms(f.search)
    articles, n_articles = store.search_articles(f, limit=SEARCH_PER_PAGE, offset=offset)
    quotes, n_quotes = store.search_quotes(f, limit=SEARCH_PER_PAGE, offset=offset)
    article_items: list[Json] = []
    for hit in articles:
        start, sentence = render.matching_sentence(store.sentences_of(hit["rowid"]), terms)
        kept: Json = {k: v for k, v in hit.items() if k != "rowid"}
        article_items.append(
            {**kept, "sentence": sentence, "sentence_start": start,
             "url": article_url(hit["hash"], f"s-{start}")}
        )  # fmt: skip
    quote_items: list[Json] = []
    for q in quotes:
        speaker = q["speaker"]
        quote_items.append(
            {**q,
             "url": article_url(q["hash"], _anchor("a", q["attribution_id"])),
             "actor_url": actor_url(speaker) if speaker else None}
        )  # fmt: skip
    data: Json = {
        "filters": filters_dict(f),
        "articles": {**_pages(n_articles, page, SEARCH_PER_PAGE), "results": article_items},
        "quotes": {**_pages(n_quotes, page, SEARCH_PER_PAGE), "results": quote_items},
    }
    view: dict[str, object] = {
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
    types = {e.id: e.type for e in record.entities}
    floors = {kind: confidence_floor(kind) for kind in ("attributions", "events", "entities")}

    def unsure(kind: str, confidence: float | None) -> bool:
        """Below the floor of the default lists: shown on the page, marked to be checked."""
        return confidence is not None and confidence < floors[kind]

    entities = [
        {**e.to_dict(), "fact": render.fact_id("e", e.id),
         "unsure": unsure("entities", e.confidence),
         "actor_url": actor_url(e.name, e.type),
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
             "unsure": unsure("attributions", a.confidence),
             "actor_url": actor_url(speaker, types.get(a.speaker or "")) if speaker else None,
             "via_name": names.get(a.via or ""), "sentence": back(first)}
        )  # fmt: skip
    said_by = {a.id: a for a in record.attributions}
    events = []
    for ev in record.events:
        rests = said_by.get(ev.attribution or "")
        who = None
        if rests is not None:
            who = names.get(rests.speaker or "") or (rests.source.text if rests.source else None)
        events.append(
            {**ev.to_dict(), "fact": render.fact_id("v", ev.id),
             "unsure": unsure("events", ev.confidence),
             "source_names": [names.get(x, x) for x in ev.source],
             "target_names": [names.get(x, x) for x in ev.target],
             "location_name": names.get(ev.location or ""), "sentence": back(ev.trigger.start),
             "evidence": render.evidence(record, ev.trigger.start, ev.trigger.end),
             "speaker": who, "cue": rests.cue.text if rests and rests.cue else None}
        )  # fmt: skip
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
    data: Json = {
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
        "confidence_floors": floors,
    }
    return Page(data, {"sentences": render.marked_text(record, actor_url)})


# -- actor -------------------------------------------------------------------------------------


def _event_item(row: ActorEvent) -> Json:
    item: Json = {k: v for k, v in row.items() if k != "doc_pk"}
    return {
        **item,
        "source": render.split_names(row["source"]),
        "target": render.split_names(row["target"]),
        "url": article_url(row["hash"], _anchor("v", row["event_id"])),
    }


def _ranked(names: Counter[str], exclude: str) -> list[Json]:
    return [
        {"name": n, "events": c, "url": actor_url(n)}
        for n, c in names.most_common(50)
        if n.casefold() != exclude.casefold()
    ]


def _others(rows: Iterable[NamesCount]) -> Counter[str]:
    out: Counter[str] = Counter()
    for row in rows:
        for n in render.split_names(row["names"]):
            out[n] += row["n"]
    return out


def _counts(activity: Sequence[Activity]) -> Json:
    """An actor's statements and actions, in all, by outlet, by month and undated: every count
    of its page, from the one query (``ActorStatements.activity``) its chart reads too."""
    totals: Counter[str] = Counter()
    outlets: defaultdict[str, Counter[str]] = defaultdict(Counter)
    months: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for row in activity:
        kind, n = row["kind"], row["n"]
        totals[kind] += n
        outlets[row["outlet"] or "(no outlet)"][kind] += n
        months[render.month_of(row["month"])][kind] += n
    by_outlet = sorted(outlets.items(), key=lambda kv: (-kv[1].total(), kv[0]))
    undated = months.pop(render.UNDATED, Counter())
    return {
        "statements": totals["said"],
        "actions": totals["did"],
        "by_outlet": [{"outlet": k, "said": v["said"], "did": v["did"]} for k, v in by_outlet],
        "by_month": [
            {"month": m, "said": months[m]["said"], "did": months[m]["did"]} for m in sorted(months)
        ],
        "undated": {"said": undated["said"], "did": undated["did"]},
    }


def _resolved(entities: Sequence[ActorEntity]) -> Json:
    """The roles, sectors and countries Sayso resolved for an actor's entities, each by how
    many documents."""
    roles: Counter[str] = Counter()
    sectors: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    for row in entities:
        if row["role"]:
            roles[row["role"]] += row["documents"]
        if row["sector"]:
            sectors[row["sector"]] += row["documents"]
        if row["country"]:
            countries[row["country"]] += row["documents"]
    return {
        "roles": [{"role": k, "documents": v} for k, v in roles.most_common()],
        "sectors": [{"sector": k, "documents": v} for k, v in sectors.most_common()],
        "countries": [{"country": k, "documents": v} for k, v in countries.most_common()],
    }


def _also(name: str, t: ActorType) -> Json:
    """The actor of the same name and another type."""
    return {"id": actor_id(name, t["type"]), "type": t["type"], "documents": t["documents"],
            "url": actor_url(name, t["type"])}  # fmt: skip


def actor(store: Store, key: str) -> Page:
    """One actor (an id "TYPE:name", or a name for its most documented type): every way the
    texts wrote it, what it said and did by outlet and month, whom it acts on and who on it."""
    name, kind = parse_actor_id(key)
    p = store.actor_profile(name, kind, limit=ACTOR_LIST_LIMIT)
    if not p["entities"]:
        raise NotFound(f"no actor {key!r} in the store; search for part of the name")
    canonical, kind = p["entities"][0]["name"], p["type"]
    counts = _counts(p["activity"])
    quotes = [
        {**row, "url": article_url(row["hash"], _anchor("a", row["attribution_id"]))}
        for row in p["quotes"]
    ]
    data: Json = {
        "id": actor_id(canonical, kind),
        "name": canonical,
        "type": kind,
        "url": actor_url(canonical, kind),
        "also": [_also(canonical, t) for t in p["types"] if t["type"] != kind],
        "documents": p["documents"],
        "mentions": p["mentions"],
        # names first, then pronouns and other lower-case forms; most mentioned first in each
        "forms_documents": p["forms_documents"],
        "forms": [
            {"form": f["form"], "mentions": f["n"]}
            for f in sorted(p["forms"], key=lambda f: f["form"].islower())
        ],
        **_resolved(p["entities"]),
        **counts,
        "acts_on": _ranked(_others(p["targets"]), canonical),
        "acted_on_by": _ranked(_others(p["sources"]), canonical),
        "quotes": quotes,
        "events": [_event_item(r) for r in p["as_source"]],
        "events_as_target": [_event_item(r) for r in p["as_target"]],
    }
    return Page(data, {"timeline": render.timeline(p["activity"])})


# -- events ------------------------------------------------------------------------------------


def network_of(store: Store, f: Filters, min_mentions: int) -> render.Network:
    """Who acts on whom among the events matching ``f``: names with a capital letter that the
    store mentions ``min_mentions`` times or more, among the heaviest pairs."""
    weights = render.pair_weights(
        (r["source"], r["target"], r["type"], r["n"]) for r in store.event_pairs(f)
    )
    heaviest = sorted(weights.items(), key=lambda pc: -pc[1].total())[:NETWORK_CANDIDATES]
    candidates = {x for (s, t), _ in heaviest for x in (s, t) if not render.is_junk_name(x)}
    kept = candidates
    if min_mentions > 0:
        kept = store.names_mentioned(sorted(candidates), min_mentions)
    return render.network(dict(heaviest), keep=kept.__contains__)


def events(
    store: Store,
    f: Filters,
    page: int = 1,
    min_mentions: int = MIN_MENTIONS,
    network: Callable[[Store, Filters, int], render.Network] = network_of,
) -> Page:
    """A page of events matching the filters, each with the sentence it rests on and the
    speaker who reported it, and the network of who acts on whom (made by ``network``)."""
    offset = (page - 1) * EVENTS_PER_PAGE
    rows, total = store.event_rows(f, limit=EVENTS_PER_PAGE, offset=offset)
    found = store.event_evidence(rows)
    net = network(store, f, min_mentions)
    results = []
    for row, ev in zip(rows, found, strict=True):
        sentence = {k: ev[k] for k in ("before", "trigger", "after")}
        results.append({**_event_item(row), "evidence": sentence, "speaker": ev["speaker"],
                        "cue": ev["cue"], "via": ev["via"]})  # fmt: skip
    data: Json = {
        "filters": filters_dict(f),
        **_pages(total, page, EVENTS_PER_PAGE),
        "results": results,
        "min_mentions": min_mentions,
        "network": [{"source": e["source"], "target": e["target"], "events": e["n"],
                     "type": e["type"], "types": e["types"]} for e in net["edges"]],
        "csv": "/events.csv" + ("?" + q if (q := query_string(filters_dict(f))) else ""),
    }  # fmt: skip
    view: dict[str, object] = {
        "net": net,
        "next": page + 1 if offset + EVENTS_PER_PAGE < total else None,
        "prev": page - 1 if page > 1 else None,
    }
    return Page(data, view)


EVENT_CSV_COLUMNS = (
    "doc_id", "published", "outlet", "type", "mode", "source", "target", "trigger", "date",
    "location", "attribution", "event_id", "hash",
)  # fmt: skip


def event_csv_chunks(store: Store, f: Filters, rows: int = 1000) -> Iterator[str]:
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


def _outlets(value: object) -> list[str]:
    if isinstance(value, list):
        return [str(x) for x in value]
    if not isinstance(value, str | bytes):
        return []
    try:
        parsed = json.loads(value or "[]")
    except ValueError:
        return []
    return [str(x) for x in parsed] if isinstance(parsed, list) else []


def _story_item(row: StoryRow) -> Json:
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


class _Claim(Protocol):
    """A line of aligned sentences (``sayso.compare.Claim``)."""

    @property
    def about(self) -> str: ...
    @property
    def claim(self) -> bool: ...
    @property
    def cells(self) -> Sequence[Span | None]: ...


class _Evidence(TypedDict):
    """A piece of a divergence's evidence, as ``sayso compare`` gives it (and more keys)."""

    doc: str
    start: int


class _Divergence(TypedDict):
    """A divergence as ``sayso compare`` gives it (and more keys)."""

    id: str
    kind: str
    what: str
    asserted_by: list[str]
    other: list[str]
    evidence: list[_Evidence]


@dataclass(slots=True)
class _Accounts:
    """A story's records side by side: each one's position, hash and sentences, the line of
    the aligned claims each sentence sits on, and the marks and divergences found per line."""

    records: Sequence[Record]
    claims: Sequence[_Claim]
    position: dict[str, int] = field(default_factory=dict)
    hashes: list[str] = field(default_factory=list)
    bounds: list[list[tuple[int, int]]] = field(default_factory=list)
    line_of: dict[tuple[int, int], int] = field(default_factory=dict)  # (doc, start) -> line
    marks: defaultdict[tuple[int, int], list[Json]] = field(
        default_factory=lambda: defaultdict(list)
    )  # (line, doc) -> marks
    line_divergences: defaultdict[int, list[str]] = field(default_factory=lambda: defaultdict(list))

    def __post_init__(self) -> None:
        for n, rec in enumerate(self.records):
            self.position.setdefault(rec.id, n)
        self.hashes = [content_hash(r.text) for r in self.records]
        for k, claim in enumerate(self.claims):
            for pos, cell in enumerate(claim.cells):
                if cell is not None:
                    self.line_of[(pos, cell.start)] = k

    def url(self, pos: int, offset: int) -> str:
        """The link to the sentence at ``offset`` of the record at ``pos``."""
        return article_url(
            self.hashes[pos], f"s-{render.sentence_start(self.records[pos], offset)}"
        )

    def divergence(self, v: _Divergence) -> Json:
        """``v`` with each piece of evidence linked to its sentence and line; its marks are
        left on the lines it touches."""
        asserted = set(v["asserted_by"])
        lines_hit: list[int] = []
        evidence: list[Json] = []
        for e in v["evidence"]:
            pos = self.position[e["doc"]]
            hit = self.line_of.get((pos, e["start"]))
            role = "asserts" if e["doc"] in asserted else v["kind"]
            if hit is not None:
                lines_hit.append(hit)
                self.marks[(hit, pos)].append({"id": v["id"], "kind": v["kind"],
                                               "what": v["what"], "role": role})  # fmt: skip
            evidence.append({**e, "url": self.url(pos, e["start"]),
                             "line": f"c-{hit}" if hit is not None else None})  # fmt: skip
        if v["kind"] == "omission" and lines_hit:
            self._omitted(v, lines_hit[0])
        for k in dict.fromkeys(lines_hit):
            self.line_divergences[k].append(v["id"])
        return {**v, "evidence": evidence, "line": f"c-{lines_hit[0]}" if lines_hit else None}

    def _omitted(self, v: _Divergence, k: int) -> None:
        """Mark the empty cells of line ``k`` of the documents that omit what ``v`` is about."""
        for doc in v["other"]:
            pos = self.position[doc]
            if self.claims[k].cells[pos] is None:
                self.marks[(k, pos)].append({"id": v["id"], "kind": "omission",
                                             "what": v["what"], "role": "omits"})  # fmt: skip

    def grouped(
        self, claim: Mapping[str, Any], parts: Callable[[Mapping[str, Any]], list[tuple[str, bool]]]
    ) -> Json:
        """A claim of ``sayso compare``'s ``by_claim`` with each report's sentence linked and cut
        at its marked values (``parts``: ``sayso.compare.view.parts``)."""
        reports = []
        for r in claim["reports"]:
            if r.get("text"):
                pos = self.position[r["doc"]]
                r = {**r, "url": self.url(pos, r["start"]), "parts": parts(r)}
            reports.append(r)
        return {**claim, "reports": reports}

    def line(self, k: int) -> Json:
        """Claim line ``k``: each document's sentence (or a gap) with its marks."""
        claim = self.claims[k]
        cells: list[Json | None] = []
        for pos, cell in enumerate(claim.cells):
            found = self.marks.get((k, pos), [])
            if cell is None:
                cells.append({"doc": self.records[pos].id, "text": None, "marks": found}
                             if found else None)  # fmt: skip
                continue
            cells.append({"doc": self.records[pos].id, "start": cell.start, "end": cell.end,
                          "text": cell.text, "url": self.url(pos, cell.start),
                          "marks": found})  # fmt: skip
        return {"id": f"c-{k}", "about": claim.about, "claim": claim.claim,
                "divergences": self.line_divergences.get(k, []), "cells": cells}  # fmt: skip


def story(store: Store, story_id: str) -> Page:
    """The accounts of one story side by side: its sources, their sentences lined up claim by
    claim (``sayso.compare.align``), and the divergences ``sayso compare`` finds between them,
    each cell and each piece of evidence linked to its sentence in the article. The comparison
    is the one ``sayso stories --db`` kept when it is fresh, else computed now (not kept)."""
    row = store.story(story_id)
    if row is None:
        raise NotFound(f"no story {story_id!r} in the store; `sayso stories` groups articles")
    try:
        from ..compare.stored import claims, story_comparison
        from ..compare.view import parts
    except ImportError as exc:  # pragma: no cover - numpy comes with spaCy
        raise ConfigError(
            f"comparing stories needs numpy ({exc}); pip install 'sayso[stories]'"
        ) from exc
    try:
        records, kept = story_comparison(store, story_id)
    except StoreError as exc:
        raise NotFound(str(exc)) from exc
    line = kept["line"]
    accounts = _Accounts(records, claims(kept))
    divergences = [accounts.divergence(v) for v in line["divergences"]]
    copy_of = {b: a for a, b in line["copies"]}
    hashes = accounts.hashes
    sources = [
        {"id": r.id, "hash": hashes[n], "url": article_url(hashes[n]), "title": r.meta.title,
         "outlet": r.meta.outlet, "published": r.meta.published, "copy_of": copy_of.get(r.id)}
        for n, r in enumerate(records)
    ]  # fmt: skip
    by_claim = [accounts.grouped(c, parts) for c in line["by_claim"]]
    counts = Counter(str(v["kind"]) for v in line["divergences"])
    data: Json = {
        "story": _story_item(row),
        "sources": sources,
        "copies": line["copies"],
        "divergences": divergences,
        "counts": {k: counts.get(k, 0) for k in DIVERGENCE_KINDS},
        "claims": [accounts.line(k) for k in range(len(accounts.claims))],
        "by_claim": by_claim,
    }
    return Page(data, {"kinds": DIVERGENCE_KINDS})
