"""Fetching web pages safely: ``read_url(url)`` gives the Document of an article page.

Safe to point at the open web:

- http and https only; a clear User-Agent (``sayso/<version> (+https://...)``);
- every host is resolved first and refused when any of its addresses is private, loopback,
  link-local, multicast, reserved or unspecified (SSRF), unless ``allow_private`` is set
  (``--allow-private``, ``SAYSO_ALLOW_PRIVATE=1``); the connection then goes to the address that
  was checked (no second lookup an attacker could answer differently), TLS still verifying the
  host name;
- redirects are followed by hand (at most ``max_redirects``), each target checked again;
- a connect/read timeout per step and an overall deadline per page;
- the body is streamed and given up on as soon as it passes ``max_bytes``;
- connection errors, timeouts and 429/5xx answers are retried with exponential backoff.

Every failure is an :class:`~sayso.errors.InputError` with a one-line message naming the URL.
The page's main text and metadata come from the same trafilatura path as ``.html`` files.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import socket
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import SplitResult, urljoin, urlsplit

from ..config import DEFAULT_MAX_CHARS, VERSION, Settings
from ..errors import InputError
from ..types import Document
from .documents import content_type, html_document, text_document

if TYPE_CHECKING:  # httpx is optional (the feeds extra): imported where a page is fetched
    import httpx

__all__ = [
    "FetchOptions",
    "Fetched",
    "default_options",
    "fetch",
    "is_url",
    "read_url",
    "user_agent",
]

HOMEPAGE = "https://github.com/sayso-news/sayso"
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


def user_agent() -> str:
    return f"sayso/{VERSION} (+{HOMEPAGE})"


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How pages are fetched. The defaults suit the open web."""

    timeout: float = 15.0  # seconds per connect / read step
    deadline: float = 60.0  # seconds for a whole page, retries excluded
    max_bytes: int = 10 * 1024 * 1024  # bodies larger than this are refused
    retries: int = 2  # further tries after a timeout, a connection error, 429 or 5xx
    backoff: float = 0.5  # seconds before the first retry, doubled each time
    max_redirects: int = 5
    allow_private: bool = False  # allow private, loopback and link-local addresses
    user_agent: str | None = None  # default: user_agent()


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # the URL asked for
    final_url: str  # after redirects
    status: int
    content_type: str  # lower case, no parameters ("text/html")
    charset: str | None
    data: bytes


def default_options() -> FetchOptions:
    """``FetchOptions()``, private addresses allowed when ``SAYSO_ALLOW_PRIVATE=1``."""
    return FetchOptions(allow_private=Settings.from_env().allow_private)


def is_url(source: str) -> bool:
    return source[:8].lower().startswith(("http://", "https://"))


class _Refused(Exception):
    """Not retried: the URL or an address is not allowed, or the page is too large."""


class _Retry(Exception):
    """Retried: a transient failure."""


def _check_address(host: str, port: int, allow_private: bool) -> str:
    """The address to connect to for ``host``; refused when any address is not public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise _Retry(f"cannot resolve host {host!r} ({exc.strerror or exc})") from None
    addresses = [str(info[4][0]) for info in infos]
    if not addresses:
        raise _Retry(f"host {host!r} has no address")
    if not allow_private:
        for address in addresses:
            ip = ipaddress.ip_address(address.split("%", 1)[0])
            mapped = getattr(ip, "ipv4_mapped", None)
            if mapped is not None:
                ip = mapped
            if not ip.is_global or ip.is_multicast:
                raise _Refused(
                    f"host {host!r} resolves to the non-public address {ip}; Sayso does not "
                    "fetch private, loopback or link-local addresses unless you pass "
                    "--allow-private (or set SAYSO_ALLOW_PRIVATE=1)"
                )
    return addresses[0]


def fetch(
    url: str,
    options: FetchOptions | None = None,
    *,
    sleep: Callable[[float], None] = time.sleep,
    transport: httpx.BaseTransport | None = None,
) -> Fetched:
    """Fetch ``url`` (see the module docstring); raises InputError."""
    import httpx  # optional (the feeds extra): loaded when a page is fetched, not on import

    opts = options or default_options()
    headers = {
        "User-Agent": opts.user_agent or user_agent(),
        "Accept": "*/*",
        "Accept-Encoding": "gzip, deflate",
    }
    timeout = httpx.Timeout(opts.timeout)
    with httpx.Client(
        timeout=timeout, follow_redirects=False, transport=transport, trust_env=False
    ) as client:
        attempt = 0
        while True:
            try:
                return _fetch_once(client, url, opts, headers)
            except _Refused as exc:
                raise InputError(f"{url}: {exc}", source=url) from None
            except _Retry as exc:
                if attempt >= opts.retries:
                    tries = f" after {attempt + 1} tries" if attempt else ""
                    raise InputError(
                        f"{url}: {exc}{tries}; check the URL or try again later", source=url
                    ) from None
                sleep(opts.backoff * (2**attempt))
                attempt += 1


def _fetch_once(
    client: httpx.Client, url: str, opts: FetchOptions, headers: dict[str, str]
) -> Fetched:
    """One try at ``url``: redirects followed by hand, each target checked again."""
    current = url
    start = time.monotonic()
    for _hop in range(opts.max_redirects + 1):
        response = _send(client, _pinned_request(client, current, opts, headers), opts)
        try:
            status = response.status_code
            if status in _REDIRECTS:
                location = response.headers.get("location")
                if not location:
                    raise _Refused(f"redirect ({status}) without a Location header")
                current = urljoin(current, location)
                continue
            _check_answer(response, opts)
            data = _read_body(response, opts, start)
            ctype, charset = content_type(response.headers.get("content-type"))
            return Fetched(url, current, status, ctype, charset, data)
        finally:
            response.close()
    raise _Refused(f"more than {opts.max_redirects} redirects")


def _target(current: str) -> tuple[SplitResult, str, int]:
    """The parts of ``current``, its host and port; refused unless http(s) with a host."""
    parts = urlsplit(current)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise _Refused(f"unsupported URL scheme {scheme!r} in {current}; use http or https")
    host = parts.hostname
    if not host:
        raise _Refused(f"no host in {current}; give a full URL like https://example.com/a")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError:
        raise _Refused(f"bad port in {current}") from None
    return parts, host, port


def _pinned_request(
    client: httpx.Client, current: str, opts: FetchOptions, headers: dict[str, str]
) -> httpx.Request:
    """The request for ``current``, sent to the address that was checked (no second lookup),
    TLS still verifying the host name."""
    parts, host, port = _target(current)
    address = _check_address(host, port, opts.allow_private)
    shown = f"[{address}]" if ":" in address else address
    pinned = parts._replace(netloc=f"{shown}:{port}").geturl()
    https = parts.scheme.lower() == "https"
    extensions = {"sni_hostname": host} if https else {}
    host_header = host if parts.port is None else f"{host}:{parts.port}"
    return client.build_request(
        "GET", pinned, headers={**headers, "Host": host_header}, extensions=extensions
    )


def _send(client: httpx.Client, request: httpx.Request, opts: FetchOptions) -> httpx.Response:
    import httpx  # optional (the feeds extra): loaded when a page is fetched, not on import

    try:
        return client.send(request, stream=True)
    except httpx.TimeoutException:
        raise _Retry(f"timed out after {opts.timeout:g} s") from None
    except httpx.TransportError as exc:
        raise _Retry(f"cannot connect ({type(exc).__name__}: {exc})") from None


def _check_answer(response: httpx.Response, opts: FetchOptions) -> None:
    """Retry on 429 and 5xx, refuse other errors and a declared length over the cap."""
    status = response.status_code
    if status in _RETRY_STATUS:
        raise _Retry(f"the server answered {status} {response.reason_phrase}")
    if status >= 400:
        raise _Refused(f"the server answered {status} {response.reason_phrase}")
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > opts.max_bytes:
        raise _Refused(_too_large(int(declared), opts.max_bytes))


def _read_body(response: httpx.Response, opts: FetchOptions, start: float) -> bytes:
    """The body, streamed and given up on past ``max_bytes`` or the deadline, decompressed."""
    import httpx  # optional (the feeds extra): loaded when a page is fetched, not on import

    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_raw():
            size += len(chunk)
            if size > opts.max_bytes:
                raise _Refused(_too_large(size, opts.max_bytes, "over "))
            chunks.append(chunk)
            if time.monotonic() - start > opts.deadline:
                raise _Retry(f"took longer than {opts.deadline:g} s")
    except httpx.TimeoutException:
        raise _Retry(f"timed out after {opts.timeout:g} s reading the page") from None
    except httpx.TransportError as exc:
        raise _Retry(f"connection broke ({type(exc).__name__}: {exc})") from None
    data = b"".join(chunks)
    encoding = response.headers.get("content-encoding", "").lower()
    if encoding in ("gzip", "deflate", "br", "zstd"):
        data = _decode_body(data, encoding, opts.max_bytes)
    return data


def _too_large(size: int, cap: int, over: str = "") -> str:
    return (
        f"page too large ({over}{size:,} bytes; the cap is {cap:,}); "
        "raise it with --max-bytes if you trust the site"
    )


def _decode_body(data: bytes, encoding: str, cap: int) -> bytes:
    """Decompress a body read raw, giving up past ``cap`` bytes (no decompression bombs)."""
    if encoding in ("gzip", "deflate"):
        wbits = 16 + zlib.MAX_WBITS if encoding == "gzip" else zlib.MAX_WBITS
        try:
            d = zlib.decompressobj(wbits)
            out = d.decompress(data, cap + 1)
        except zlib.error as exc:
            raise _Refused(f"cannot decompress the {encoding} body ({exc})") from None
        if len(out) > cap:
            raise _Refused(_too_large(len(out), cap, "over "))
        return out
    raise _Refused(f"unsupported content encoding {encoding!r}")


def read_url(
    url: str, *, max_chars: int = DEFAULT_MAX_CHARS, options: FetchOptions | None = None
) -> Document | InputError:
    """The Document of the article at ``url``, or the InputError saying why not."""
    try:
        page = fetch(url, options)
        sniff = page.data[:512].lstrip().lower()
        if "html" in page.content_type or sniff.startswith((b"<!doctype html", b"<html", b"<")):
            doc = html_document(page.data, url, url, max_chars, charset=page.charset)
            if doc.url is None:
                doc = dataclasses.replace(doc, url=page.final_url)
            return doc
        if page.content_type.startswith("text/"):
            return text_document(page.data, url, url, max_chars, charset=page.charset)
        raise InputError(
            f"{url}: not an article page (content type {page.content_type or 'unknown'!r}); "
            "give Sayso HTML or text pages",
            source=url,
        )
    except InputError as err:
        err.source = err.source or url
        return err
