"""Review mode (``sayso serve --review``): a small form under each quote and event of the article
page that corrects it (``sayso fix``: the speaker, or drop the event) in the store.

Off by default: without ``--review`` the app has no POST route at all. With it, a POST must
carry the app's token (new at every start) both in the form and in the ``sayso_review`` cookie
(HttpOnly, SameSite=Strict), and come from the app's own pages: a browser's ``Sec-Fetch-Site``
other than same-origin, or an ``Origin`` of another host, is refused (403). The correction is
the same one the CLI makes, stored by document hash and span.
"""

import hmac
import secrets
from collections.abc import Awaitable, Callable
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response

from ..store import Store
from .pages import article_url

COOKIE = "sayso_review"
_MAX_FORM = 4096


def new_token() -> str:
    return secrets.token_urlsafe(32)


class Refused(Exception):
    """A POST that review mode does not take: no token, a wrong one, or another site's."""


def _same_origin(request: Request) -> bool:
    """A browser says where a request comes from in ``Sec-Fetch-Site`` (a header no page can
    set): it is the answer where present. A page served with ``Referrer-Policy: no-referrer``
    (as this app's are) posts its forms with ``Origin: null``, so the Origin header decides only
    for clients without Sec-Fetch-Site."""
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        return site in ("same-origin", "none")
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return origin is None
    return urlsplit(origin).netloc == request.headers.get("host", "")


async def _form(request: Request, token: str) -> dict[str, str]:
    """The fields of a review form, once the request is shown to come from the app's page."""
    if not _same_origin(request):
        raise Refused("a correction must come from this app's own page (cross-site request)")
    body = await request.body()
    if len(body) > _MAX_FORM:
        raise Refused("the form is too large")
    fields = {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace")).items() if v}
    given = fields.get("token", "")
    cookie = request.cookies.get(COOKIE, "")
    if not (hmac.compare_digest(given, token) and hmac.compare_digest(cookie, token)):
        raise Refused("the review token is missing or stale; reload the page and try again")
    return fields


def _back(fields: dict[str, str]) -> RedirectResponse:
    doc = fields.get("doc", "")
    return RedirectResponse(article_url(doc, fields.get("anchor") or None), status_code=303)


def add_review_routes(
    app: FastAPI, db_path: Path, token: str, error: Callable[[Request, int, str], Response]
) -> None:
    """The POST routes of review mode, and the cookie that carries ``token`` on every page;
    ``error`` words a refusal (the app's error envelope)."""

    @app.exception_handler(Refused)
    async def refused(request: Request, exc: Refused) -> Response:
        return error(request, 403, str(exc))

    @app.middleware("http")
    async def cookie(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        if request.method == "GET":
            response.set_cookie(COOKIE, token, httponly=True, samesite="strict", path="/")
        return response

    @app.post("/review/speaker", include_in_schema=False)
    async def speaker(request: Request) -> Response:
        fields = await _form(request, token)
        ref = f"{fields.get('doc', '')}:{fields.get('fact', '')}"
        with Store(db_path, create=False) as s:
            s.fix_speaker(ref, fields.get("actor", "").strip())
        return _back(fields)

    @app.post("/review/drop", include_in_schema=False)
    async def drop(request: Request) -> Response:
        fields = await _form(request, token)
        with Store(db_path, create=False) as s:
            s.fix_drop(f"{fields.get('doc', '')}:{fields.get('fact', '')}")
        return _back(fields)
