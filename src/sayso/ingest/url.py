"""Fetching web pages safely: ``read_url(url)`` gives the Document of an article page.

Safe to point at the open web:

- http and https only; a clear User-Agent (``sayso/<version> (+https://...)``);
- every host is resolved first and refused when any of its addresses is private, loopback,
  link-local, multicast, reserved or unspecified (SSRF), or is an IPv6 address that embeds
  such an IPv4 address (IPv4-mapped, IPv4-compatible, NAT64, 6to4, Teredo), unless
  ``allow_private`` is set (``--allow-private``, ``SAYSO_ALLOW_PRIVATE=1``); the connection then
  goes to the address that was checked (no second lookup an attacker could answer differently),
  TLS still verifying the host name;
- redirects are followed by hand (at most ``max_redirects``), each target checked again;
- wall-clock limits that a slow server cannot stretch (``net.py``): connecting, sending and
  receiving the answer's headers within ``timeout`` seconds, each piece of the body within
  ``timeout``, and the whole page within ``deadline``;
- the body is streamed and given up on as soon as it passes ``max_bytes``;
- connection errors, timeouts and 429/5xx answers are retried with exponential backoff.

Every failure is an :class:`~sayso.errors.InputError` with a one-line message naming the URL.
Credentials in a URL (``https://user:password@host/``) are never sent, and :func:`redact_url`
strips them from every URL that becomes a document's id, source or URL, or an error message.
The page's main text and metadata come from the same trafilatura path as ``.html`` files.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import re
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

    from .net import Deadline

__all__ = [
    "FetchOptions",
    "Fetched",
    "default_options",
    "fetch",
    "is_url",
    "is_web_url",
    "non_public",
    "read_url",
    "redact_url",
    "user_agent",
]

HOMEPAGE = "https://github.com/sayso-news/sayso"
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]+)://")  # two letters at least: not C://
_USERINFO = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*://)[^/?#]*@")
# IPv6 ranges whose last 32 bits are an IPv4 address: NAT64 (RFC 6052), IPv4-compatible
# (deprecated, RFC 4291) and IPv4-translated (RFC 2765); IPv4-mapped, 6to4 and Teredo are
# decoded by ipaddress itself.
_LOW32 = tuple(ipaddress.IPv6Network(net) for net in ("64:ff9b::/96", "::/96", "::ffff:0:0:0/96"))
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
_LOCAL_NAT64 = ipaddress.IPv6Network("64:ff9b:1::/48")  # a local translator (RFC 8215)


def user_agent() -> str:
    return f"sayso/{VERSION} (+{HOMEPAGE})"


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How pages are fetched. The defaults suit the open web."""

    timeout: float = 15.0  # seconds to connect and get the headers; then for each body read
    deadline: float = 60.0  # seconds for a whole page, retries excluded
    max_bytes: int = 10 * 1024 * 1024  # bodies larger than this are refused
    retries: int = 2  # further tries after a timeout, a connection error, 429 or 5xx
    backoff: float = 0.5  # seconds before the first retry, doubled each time
    max_redirects: int = 5
    allow_private: bool = False  # allow private, loopback and link-local addresses
    user_agent: str | None = None  # default: user_agent()


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # the URL asked for, credentials removed
    final_url: str  # after redirects, credentials removed
    status: int
    content_type: str  # lower case, no parameters ("text/html")
    charset: str | None
    data: bytes


def default_options() -> FetchOptions:
    """``FetchOptions()``, private addresses allowed when ``SAYSO_ALLOW_PRIVATE=1``."""
    return FetchOptions(allow_private=Settings.from_env().allow_private)


def is_url(source: str) -> bool:
    """Whether ``source`` is a URL (``scheme://...``); only http and https ones are fetched,
    the others are refused by :func:`read_url` with the scheme named."""
    return _SCHEME.match(source) is not None


def is_web_url(source: str) -> bool:
    """Whether ``source`` is an http or https URL, one Sayso fetches."""
    return source[:8].lower().startswith(("http://", "https://"))


def redact_url(url: str) -> str:
    """``url`` without its credentials: ``https://user:secret@host/a`` -> ``https://host/a``.

    A string that is not a ``scheme://`` URL with a user part is given back unchanged."""
    return _USERINFO.sub(r"\1", url, count=1)


def non_public(address: str) -> str | None:
    """Why the IP ``address`` is not public, naming it (and the IPv4 address it embeds), or
    None when it is public. Refused: private, loopback, link-local, multicast, reserved and
    unspecified addresses, local NAT64, and IPv6 addresses that embed a non-public IPv4 one
    (IPv4-mapped, IPv4-compatible, IPv4-translated, NAT64, 6to4, Teredo)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    for inner in _embedded_ipv4(ip):
        if not _public(inner):
            return f"{ip} (which embeds {inner})"
    if not _public(ip) or ip in _LOCAL_NAT64:
        return str(ip)
    return None


def _public(ip: IPAddress) -> bool:
    return ip.is_global and not ip.is_multicast


def _embedded_ipv4(ip: IPAddress) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address carries (none for an IPv4 address)."""
    if not isinstance(ip, ipaddress.IPv6Address):
        return []
    found = [v4 for v4 in (ip.ipv4_mapped, ip.sixtofour) if v4 is not None]
    if ip.teredo is not None:
        found.extend(ip.teredo)  # the Teredo server and the client behind it
    if any(ip in net for net in _LOW32):
        found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return found


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
            reason = non_public(address)
            if reason is not None:
                raise _Refused(
                    f"host {host!r} resolves to the non-public address {reason}; Sayso does not "
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
    """Fetch ``url`` (see the module docstring); raises InputError naming the URL without its
    credentials. ``transport`` replaces the network (tests); without it every request is
    bounded by the wall-clock limits of ``options``."""
    shown = redact_url(url)
    try:
        _target(url)  # an unsupported scheme is refused before httpx is needed
    except _Refused as exc:
        raise InputError(f"{shown}: {exc}", source=shown) from None
    import httpx  # optional (the feeds extra): loaded when a page is fetched, not on import

    from . import net  # imports httpx and httpcore: loaded with them

    opts = options or default_options()
    headers = {
        "User-Agent": opts.user_agent or user_agent(),
        "Accept": "*/*",
        "Accept-Encoding": "gzip, deflate",
    }
    deadline = net.Deadline()
    with httpx.Client(
        timeout=httpx.Timeout(opts.timeout),
        follow_redirects=False,
        transport=transport or net.deadline_transport(deadline),
        trust_env=False,
    ) as client:
        attempt = 0
        while True:
            try:
                return _fetch_once(client, url, opts, headers, deadline)
            except _Refused as exc:
                raise InputError(f"{shown}: {exc}", source=shown) from None
            except _Retry as exc:
                if attempt >= opts.retries:
                    tries = f" after {attempt + 1} tries" if attempt else ""
                    raise InputError(
                        f"{shown}: {exc}{tries}; check the URL or try again later", source=shown
                    ) from None
                sleep(opts.backoff * (2**attempt))
                attempt += 1


def _fetch_once(
    client: httpx.Client,
    url: str,
    opts: FetchOptions,
    headers: dict[str, str],
    deadline: Deadline,
) -> Fetched:
    """One try at ``url``: redirects followed by hand, each target checked again; the answer's
    headers due within ``opts.timeout``, the whole page within ``opts.deadline``."""
    current = url
    start = time.monotonic()
    for _hop in range(opts.max_redirects + 1):
        request = _pinned_request(client, current, opts, headers)
        deadline.set(min(opts.timeout, opts.deadline - (time.monotonic() - start)))
        response = _send(client, request, opts, start)
        try:
            status = response.status_code
            if status in _REDIRECTS:
                location = response.headers.get("location")
                if not location:
                    raise _Refused(f"redirect ({status}) without a Location header")
                current = urljoin(current, location)
                continue
            _check_answer(response, opts)
            deadline.set(opts.deadline - (time.monotonic() - start))
            data = _read_body(response, opts, start)
            ctype, charset = content_type(response.headers.get("content-type"))
            return Fetched(redact_url(url), redact_url(current), status, ctype, charset, data)
        finally:
            response.close()
            deadline.clear()
    raise _Refused(f"more than {opts.max_redirects} redirects")


def _target(current: str) -> tuple[SplitResult, str, int]:
    """The parts of ``current``, its host and port; refused unless http(s) with a host."""
    try:
        parts = urlsplit(current)
    except ValueError:
        raise _Refused(f"malformed URL {redact_url(current)}; check it") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise _Refused(_unsupported(scheme, parts))
    host = parts.hostname
    if not host:
        raise _Refused(
            f"no host in {redact_url(current)}; give a full URL like https://example.com/a"
        )
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError:
        raise _Refused(f"bad port in {redact_url(current)}") from None
    return parts, host, port


def _unsupported(scheme: str, parts: SplitResult) -> str:
    """The message for a URL whose scheme Sayso does not fetch."""
    hint = ""
    if scheme == "file" and parts.path:
        hint = f" (for this one give the path itself: {parts.path})"
    shown = f"{scheme!r}" if scheme else "(none)"
    return (
        f"unsupported URL scheme {shown}; Sayso fetches http:// and https:// URLs and reads "
        f"local files given by their path{hint}"
    )


def _pinned_request(
    client: httpx.Client, current: str, opts: FetchOptions, headers: dict[str, str]
) -> httpx.Request:
    """The request for ``current``, sent to the address that was checked (no second lookup),
    TLS still verifying the host name; credentials in the URL are not sent."""
    parts, host, port = _target(current)
    address = _check_address(host, port, opts.allow_private)
    shown = f"[{address}]" if ":" in address else address
    pinned = parts._replace(netloc=f"{shown}:{port}").geturl()
    https = parts.scheme.lower() == "https"
    extensions = {"sni_hostname": host} if https else {}
    named = f"[{host}]" if ":" in host else host
    host_header = named if parts.port is None else f"{named}:{parts.port}"
    return client.build_request(
        "GET", pinned, headers={**headers, "Host": host_header}, extensions=extensions
    )


def _timed_out(opts: FetchOptions, start: float, what: str) -> str:
    """Why a step timed out: the page's deadline, or one step's timeout."""
    if time.monotonic() - start >= opts.deadline:
        return f"took longer than {opts.deadline:g} s"
    return f"timed out after {opts.timeout:g} s {what}"


def _send(
    client: httpx.Client, request: httpx.Request, opts: FetchOptions, start: float
) -> httpx.Response:
    import httpx  # optional (the feeds extra): loaded when a page is fetched, not on import

    try:
        return client.send(request, stream=True)
    except httpx.TimeoutException:
        raise _Retry(_timed_out(opts, start, "waiting for the answer")) from None
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
        raise _Retry(_timed_out(opts, start, "reading the page")) from None
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
    """The Document of the article at ``url``, or the InputError saying why not. The URL is
    its id and source, without credentials (:func:`redact_url`)."""
    name = redact_url(url)
    try:
        page = fetch(url, options)
        sniff = page.data[:512].lstrip().lower()
        if "html" in page.content_type or sniff.startswith((b"<!doctype html", b"<html", b"<")):
            doc = html_document(page.data, name, name, max_chars, charset=page.charset)
            return dataclasses.replace(doc, url=redact_url(doc.url or page.final_url))
        if page.content_type.startswith("text/"):
            return text_document(page.data, name, name, max_chars, charset=page.charset)
        raise InputError(
            f"{name}: not an article page (content type {page.content_type or 'unknown'!r}); "
            "give Sayso HTML or text pages",
            source=name,
        )
    except InputError as err:
        err.source = err.source or name
        return err
