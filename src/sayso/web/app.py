"""The analyst's workbench: a read-only FastAPI app over a Sayso store.

Every page is served twice: as HTML at ``PATH`` and as JSON at ``PATH.json`` (both in the
OpenAPI spec at ``/openapi.json``; no ``/docs``, whose Swagger UI would load from a CDN). Only
GET (and HEAD) exist; the store is opened per request on a read-only connection (``mode=ro``).
Every error, HTML or JSON, carries one envelope: ``{"error": {"status": int, "code": str,
"message": str}}``.

(No ``from __future__ import annotations`` here: FastAPI reads these signatures at runtime.)
"""

import asyncio
import threading
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated

import jinja2
from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import (
    HTMLResponse,
    JSONResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..config import VERSION
from ..errors import ConfigError, SaysoError
from ..store import Filters, Store
from ..store.filters import confidence_floor
from ..store.rows import Facets
from ..types import PLOVER_TYPES
from . import pages
from .pages import NotFound, Page
from .render import Network
from .review import add_review_routes, new_token

_HERE = resources.files("sayso.web")
FACETS_TTL_S = 60.0
NETWORKS_KEPT = 128  # networks of the events page kept (FACETS_TTL_S each), by filters

# No inline scripts or styles, no other origin: every asset comes from /static.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


class FilterParams(BaseModel):
    """Filters shared by the search and events pages (empty values mean 'any')."""

    q: str | None = Field(None, max_length=500, description='Full text: words, "a phrase", OR')
    actor: str | None = Field(
        None, max_length=200, description="Part of an actor's name (any case), or an entity id"
    )
    outlet: str | None = Field(None, max_length=200, description="An outlet (any case)")
    country: str | None = Field(None, max_length=3, description="ISO 3166 alpha-3, e.g. CHN")
    type: str | None = Field(None, max_length=20, description="PLOVER event type")
    since: str | None = Field(None, max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD")
    until: str | None = Field(None, max_length=10, description="Inclusive; like since")
    min_confidence: float | None = Field(
        None,
        ge=0.0,
        le=1.0,
        description="Only facts at least this sure (0 to 1; 0: all). Default: "
        "$SAYSO_MIN_CONFIDENCE, else the threshold calibrated on Sayso's own gold",
    )
    page: int = Field(1, ge=1, le=100_000)

    def filters(self, facts: str = "attributions") -> Filters:
        """The store's Filters (the same the CLI's lists use); ``facts`` (attributions, events)
        picks the default ``min_confidence``."""

        def clean(value: str | None) -> str | None:
            value = value.strip() if value is not None else None
            return value or None

        kind = clean(self.type)
        if kind is not None and kind.upper() not in PLOVER_TYPES:
            raise ConfigError(f"type {kind!r} is not a PLOVER type; use one of the menu's")
        return Filters(
            search=clean(self.q),
            actor=clean(self.actor),
            outlet=clean(self.outlet),
            country=clean(self.country),
            type=kind.upper() if kind else None,
            since=clean(self.since),
            until=clean(self.until),
            min_confidence=confidence_floor(facts, self.min_confidence),
        )


FiltersQ = Annotated[FilterParams, Query()]
MinMentionsQ = Annotated[
    int,
    Query(
        ge=0,
        le=1_000_000,
        description="The network's actors: only names mentioned this many times in the store",
    ),
]


class OneThread:
    """Runs a generator in one thread of its own, chunk by chunk, for a streamed response: an
    SQLite connection may only be used by the thread that opened it, and Starlette would
    iterate a plain generator in any thread of its pool."""

    def __init__(self, chunks: Generator[str, None, None]) -> None:
        self._chunks = chunks
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sayso-stream")
        self._closed = False

    async def _next(self) -> str | None:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, next, self._chunks, None)

    async def first(self) -> str:
        """The first chunk; on an error the generator is closed and the error raised."""
        try:
            chunk = await self._next()
        except BaseException:
            self.close()
            raise
        if chunk is None:
            self.close()
        return chunk or ""

    async def rest(self, first: str) -> AsyncIterator[str]:
        try:
            if first:
                yield first
            while not self._closed and (chunk := await self._next()) is not None:
                yield chunk
        finally:
            self.close()

    def close(self) -> None:
        """Close the generator (and the store it holds) in its own thread; never waits."""
        if self._closed:
            return
        self._closed = True
        self._pool.submit(self._chunks.close)
        self._pool.shutdown(wait=False)


def _error_code(status: int) -> str:
    return {
        400: "bad_request",
        403: "forbidden",
        404: "not_found",
        405: "method_not_allowed",
        422: "invalid_parameter",
    }.get(status, "server_error" if status >= 500 else "error")


class Site:
    """What every route shares: the store's path, the templates and the facets cache."""

    def __init__(self, db: Path, review_token: str | None = None) -> None:
        self.db = db
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(_HERE.joinpath("templates"))),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.globals.update(
            article_url=pages.article_url,
            actor_url=pages.actor_url,
            story_url=pages.story_url,
            query_string=pages.query_string,
            plover_types=PLOVER_TYPES,
            version=VERSION,
            review_token=review_token,  # review mode (sayso serve --review): the forms' token
        )
        self._facets: Facets | None = None
        self._facets_at = -1e9
        self._facets_lock = threading.Lock()
        self._networks: OrderedDict[tuple[Filters, int], tuple[float, Network]] = OrderedDict()

    def network(self, s: Store, f: Filters, min_mentions: int) -> Network:
        """The events page's network for these filters, made again every FACETS_TTL_S (it
        reads every matching event: the same for every page of them)."""
        key = (f, min_mentions)
        with self._facets_lock:
            hit = self._networks.get(key)
            if hit is not None and hit[0] + FACETS_TTL_S >= time.monotonic():
                self._networks.move_to_end(key)
                return hit[1]
        net = pages.network_of(s, f, min_mentions)
        with self._facets_lock:
            self._networks[key] = (time.monotonic(), net)
            while len(self._networks) > NETWORKS_KEPT:
                self._networks.popitem(last=False)
        return net

    @contextmanager
    def store(self) -> Iterator[Store]:
        """The store, opened read-only for one request."""
        with Store(self.db, create=False, read_only=True) as s:
            yield s

    def facets(self, s: Store) -> Facets:
        """The outlets and countries of the filter menus, read again every FACETS_TTL_S."""
        with self._facets_lock:
            if self._facets is None or self._facets_at + FACETS_TTL_S < time.monotonic():
                self._facets = s.facets()
                self._facets_at = time.monotonic()
            return self._facets

    def html(self, template: str, page: Page, status: int = 200, **extra: object) -> HTMLResponse:
        body = self.env.get_template(template).render(data=page.data, view=page.view, **extra)
        return HTMLResponse(body, status_code=status)

    def serve(self, build: Callable[[Store], Page], template: str | None) -> Response:
        """The page ``build`` makes, as JSON (``template`` None) or as HTML."""
        with self.store() as s:
            page = build(s)
            if template is None:
                return JSONResponse(page.data)
            return self.html(template, page, facets=self.facets(s))

    def error(self, request: Request, status: int, message: str) -> Response:
        """The one error envelope, as JSON or as an HTML page, whichever the request wants."""
        body: dict[str, object] = {
            "error": {"status": status, "code": _error_code(status), "message": message}
        }
        path = request.url.path
        accept = request.headers.get("accept", "")
        wants_json = (
            path.endswith((".json", ".csv"))
            or path.startswith("/static/")
            or ("json" in accept and "html" not in accept)
        )
        if wants_json:
            return JSONResponse(body, status_code=status)
        return self.html("error.html", Page(body), status=status)


def create_app(db_path: str | Path, *, review: bool = False) -> FastAPI:
    """The web app over the store at ``db_path`` (which must exist); with ``review``, the
    article page has forms that correct its facts (``web/review.py``)."""
    db = Path(db_path)
    with Store(db, create=False, read_only=True):
        pass  # fails now, with a clear message, if it is not a readable store

    app = FastAPI(
        title="Sayso",
        version=VERSION,
        summary="Who said and did what, to whom, when and where: a read-only API over a store.",
        description=(
            "Every HTML page has a JSON twin at the same path with `.json`. Read-only: only GET."
        ),
        docs_url=None,  # Swagger UI and ReDoc load their assets from a CDN: the app makes no
        redoc_url=None,  # request to another origin, so it serves the spec, not those pages
    )
    app.mount("/static", StaticFiles(directory=str(_HERE.joinpath("static"))), name="static")
    token = new_token() if review else None
    site = Site(db, token)
    _add_error_handlers(app, site)
    if token is not None:
        add_review_routes(app, db, token, site.error)
    _add_search_pages(app, site)
    _add_record_pages(app, site)
    _add_event_pages(app, site)
    _add_story_pages(app, site)
    return app


# -- errors: one envelope, and the headers of every response -----------------------------------


def _add_error_handlers(app: FastAPI, site: Site) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = str(exc.detail) if exc.detail else "error"
        if exc.status_code == 405:
            message = f"{request.method} is not allowed: the Sayso API is read-only (use GET)"
        elif exc.status_code == 404 and message == "Not Found":
            message = f"no page at {request.url.path}; start at /search"
        response = site.error(request, exc.status_code, message)
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for err in exc.errors():
            where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path"))
            parts.append(f"{where}: {err.get('msg', 'invalid')}")
        return site.error(request, 422, "; ".join(parts) or "invalid parameters")

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return site.error(request, 404, str(exc))

    @app.exception_handler(SaysoError)
    async def sayso_error(request: Request, exc: SaysoError) -> Response:
        return site.error(request, 400, str(exc))

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        return site.error(request, 500, f"internal error ({type(exc).__name__})")

    @app.middleware("http")
    async def headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        return response


# -- pages -------------------------------------------------------------------------------------


def _add_search_pages(app: FastAPI, site: Site) -> None:
    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/search", status_code=307)

    @app.get("/search", response_class=HTMLResponse, tags=["pages"], summary="Search (HTML)")
    def search_html(params: FiltersQ) -> Response:
        return site.serve(lambda s: pages.search(s, params.filters(), params.page), "search.html")

    @app.get("/search.json", tags=["api"], summary="Search: articles and quotes")
    def search_json(params: FiltersQ) -> Response:
        """Full text over articles and quotes (FTS5) with filters; each article hit with its
        matching sentence, each quote with its speaker and a link to its place in the text."""
        return site.serve(lambda s: pages.search(s, params.filters(), params.page), None)


def _add_record_pages(app: FastAPI, site: Site) -> None:
    @app.get("/articles/{key:path}.json", tags=["api"], summary="Article: the record and its links")
    def article_json(key: str) -> Response:
        """The stored record (docs/record.md) of the document with this content hash (or id),
        every fact with the anchor of its sentence (``s-<offset>``)."""
        return site.serve(lambda s: pages.article(s, key), None)

    @app.get(
        "/articles/{key:path}",
        response_class=HTMLResponse,
        tags=["pages"],
        summary="Article (HTML)",
    )
    def article_html(key: str) -> Response:
        return site.serve(lambda s: pages.article(s, key), "article.html")

    @app.get("/actors/{name:path}.json", tags=["api"], summary="Actor: said, did, by whom")
    def actor_json(name: str) -> Response:
        """One actor, by its id ``TYPE:name`` ("PERSON:Dong Jun"; the name in any case), or by
        a name alone (its most documented type): every way the texts wrote it, what it said
        and did by outlet and month, whom it acts on and who acts on it, and the roles and
        countries Sayso resolved."""
        return site.serve(lambda s: pages.actor(s, name), None)

    @app.get(
        "/actors/{name:path}", response_class=HTMLResponse, tags=["pages"], summary="Actor (HTML)"
    )
    def actor_html(name: str) -> Response:
        return site.serve(lambda s: pages.actor(s, name), "actor.html")


def _add_event_pages(app: FastAPI, site: Site) -> None:
    @app.get("/events", response_class=HTMLResponse, tags=["pages"], summary="Events (HTML)")
    def events_html(params: FiltersQ, min_mentions: MinMentionsQ = pages.MIN_MENTIONS) -> Response:
        return site.serve(
            lambda s: pages.events(
                s, params.filters("events"), params.page, min_mentions, site.network
            ),
            "events.html",
        )

    @app.get("/events.json", tags=["api"], summary="Events: table and network")
    def events_json(params: FiltersQ, min_mentions: MinMentionsQ = pages.MIN_MENTIONS) -> Response:
        """A page of events matching the filters (newest first), each with the sentence it
        rests on and the speaker who reported it, and the heaviest edges of who acts on whom
        among all matching events, each with its events' PLOVER types (names without a capital
        letter, and names mentioned fewer than ``min_mentions`` times, left out)."""
        return site.serve(
            lambda s: pages.events(
                s, params.filters("events"), params.page, min_mentions, site.network
            ),
            None,
        )

    @app.get(
        "/events.csv",
        response_class=Response,
        tags=["api"],
        summary="Events as CSV",
        responses={200: {"content": {"text/csv": {}}}},
    )
    async def events_csv(params: FiltersQ) -> Response:
        """Every event matching the filters, as CSV (streamed, newest first)."""
        f = params.filters("events")

        def chunks() -> Generator[str, None, None]:
            with site.store() as s:
                yield from pages.event_csv_chunks(s, f)

        stream = OneThread(chunks())
        first = await stream.first()  # a bad query fails here, with the error envelope
        return StreamingResponse(
            stream.rest(first),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="events.csv"'},
        )


def _add_story_pages(app: FastAPI, site: Site) -> None:
    @app.get("/stories", response_class=HTMLResponse, tags=["pages"], summary="Stories (HTML)")
    def stories_html() -> Response:
        return site.serve(pages.stories, "stories.html")

    @app.get("/stories.json", tags=["api"], summary="Stories")
    def stories_json() -> Response:
        """The stored stories (an empty list until `sayso stories` has grouped articles)."""
        return site.serve(pages.stories, None)

    @app.get("/stories/{story_id:path}.json", tags=["api"], summary="Story")
    def story_json(story_id: str) -> Response:
        return site.serve(lambda s: pages.story(s, story_id), None)

    @app.get(
        "/stories/{story_id:path}",
        response_class=HTMLResponse,
        tags=["pages"],
        summary="Story (HTML)",
    )
    def story_html(story_id: str) -> Response:
        return site.serve(lambda s: pages.story(s, story_id), "story.html")
