from __future__ import annotations

import socket
from typing import Any

import pytest

from sayso.errors import InputError
from sayso.ingest import read_source
from sayso.ingest.url import FetchOptions, fetch, read_url, user_agent
from sayso.types import Document

from .server import Site, article_html, huge, redirect, slow

OPEN = FetchOptions(allow_private=True, timeout=2.0, retries=0)


def test_article_url_lands_with_metadata(site: Site) -> None:
    url = site.page("/news/talks.html", article_html("Talks resume"))
    doc = read_url(url, options=OPEN)
    assert isinstance(doc, Document)
    assert doc.id == url and doc.source == url
    assert "talks with the neighbouring government" in doc.text
    assert doc.published == "2024-05-03"
    assert doc.title == "Talks resume"
    assert doc.url is not None


def test_user_agent_names_sayso(site: Site) -> None:
    url = site.page("/a.html", article_html("A"))
    read_url(url, options=OPEN)
    agent = site.hits[-1][1]
    assert agent == user_agent()
    assert agent.startswith("sayso/") and "(+https://" in agent


def test_loopback_is_refused_without_the_allow_flag(site: Site) -> None:
    url = site.page("/a.html", article_html("A"))
    err = read_url(url, options=FetchOptions(retries=0))
    assert isinstance(err, InputError)
    assert "127.0.0.1" in str(err) and "--allow-private" in str(err)
    assert site.hits == []  # refused before connecting


@pytest.mark.parametrize(
    "address", ["10.0.0.5", "192.168.1.1", "169.254.169.254", "::1", "fe80::1", "224.0.0.1"]
)
def test_private_link_local_multicast_addresses_refused(
    monkeypatch: pytest.MonkeyPatch, address: str
) -> None:
    family = socket.AF_INET6 if ":" in address else socket.AF_INET

    def fake(*_: Any, **__: Any) -> list[Any]:
        return [(family, socket.SOCK_STREAM, 6, "", (address, 80))]

    monkeypatch.setattr(socket, "getaddrinfo", fake)
    err = read_url("http://metadata.example/latest", options=FetchOptions(retries=0))
    assert isinstance(err, InputError) and "non-public address" in str(err)


def test_redirect_target_is_checked_again(monkeypatch: pytest.MonkeyPatch) -> None:
    import httpx

    addresses = {"news.example": "93.184.216.34", "internal.example": "10.1.2.3"}

    def resolve(host: str, port: int, *args: Any, **kw: Any) -> Any:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (addresses[host], port))]

    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(f"{request.headers['host']} via {request.url.host}")
        return httpx.Response(302, headers={"Location": "http://internal.example/secret"})

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    with pytest.raises(InputError, match=r"10\.1\.2\.3"):
        fetch(
            "http://news.example/a", FetchOptions(retries=0), transport=httpx.MockTransport(answer)
        )
    assert seen == ["news.example via 93.184.216.34"]  # connected to the checked address


def test_redirects_are_followed(site: Site) -> None:
    target = site.page("/final.html", article_html("Final"))
    site.handlers["/old"] = redirect("/final.html", 301)
    doc = read_url(site.url("/old"), options=OPEN)
    assert isinstance(doc, Document) and doc.title == "Final"
    assert [p for p, _ in site.hits] == ["/old", "/final.html"]
    assert target.endswith("/final.html")


def test_too_many_redirects(site: Site) -> None:
    site.handlers["/loop"] = redirect("/loop")
    err = read_url(site.url("/loop"), options=OPEN)
    assert isinstance(err, InputError) and "redirects" in str(err)


def test_fifty_megabyte_page_is_refused_while_streaming(site: Site) -> None:
    site.handlers["/big"] = huge(50 * 1024 * 1024)
    err = read_url(site.url("/big"), options=OPEN)
    assert isinstance(err, InputError)
    assert "too large" in str(err) and "10,485,760" in str(err)


def test_declared_length_over_the_cap_is_refused_before_reading(site: Site) -> None:
    url = site.page("/b.html", b"<p>" + b"y" * 5000 + b"</p>")
    err = read_url(url, options=FetchOptions(allow_private=True, max_bytes=1000, retries=0))
    assert isinstance(err, InputError) and "5,007 bytes" in str(err)


def test_timeout_is_an_error_after_retries(site: Site) -> None:
    site.handlers["/slow"] = slow(3)
    opts = FetchOptions(allow_private=True, timeout=0.3, retries=1, backoff=0.01)
    err = read_url(site.url("/slow"), options=opts)
    assert isinstance(err, InputError)
    assert "timed out" in str(err) and "after 2 tries" in str(err)
    assert len(site.hits) == 2


def test_server_errors_are_retried_with_backoff(site: Site) -> None:
    calls: list[int] = []

    def flaky(h: Any) -> None:
        calls.append(1)
        if len(calls) < 3:
            h.send_response(503)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        body = article_html("Back").encode()
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    site.handlers["/flaky"] = flaky
    waits: list[float] = []
    page = fetch(
        site.url("/flaky"),
        FetchOptions(allow_private=True, retries=3, backoff=0.5),
        sleep=waits.append,
    )
    assert page.status == 200 and waits == [0.5, 1.0]


def test_not_found_is_not_retried(site: Site) -> None:
    err = read_url(site.url("/missing"), options=FetchOptions(allow_private=True, retries=3))
    assert isinstance(err, InputError) and "404" in str(err)
    assert len(site.hits) == 1


def test_wrong_charset_still_lands(site: Site) -> None:
    html = article_html("Café crème").replace("charset='utf-8'", "charset='utf-8'")
    url = site.page("/latin.html", html.encode("latin-1"), "text/html; charset=utf-8")
    doc = read_url(url, options=OPEN)
    assert isinstance(doc, Document)
    assert "Paragraph 0" in doc.text


def test_pdf_is_not_an_article(site: Site) -> None:
    url = site.page("/x.pdf", b"%PDF-1.4 ...", "application/pdf")
    err = read_url(url, options=OPEN)
    assert isinstance(err, InputError) and "application/pdf" in str(err)


def test_plain_text_page(site: Site) -> None:
    url = site.page("/a.txt", "The minister said talks would resume.", "text/plain")
    doc = read_url(url, options=OPEN)
    assert isinstance(doc, Document) and doc.text == "The minister said talks would resume."


def test_read_source_dispatches_urls(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    url = site.page("/a.html", article_html("A"))
    [refused] = list(read_source(url))
    assert isinstance(refused, InputError)
    monkeypatch.setenv("SAYSO_ALLOW_PRIVATE", "1")
    [doc] = list(read_source(url))
    assert isinstance(doc, Document)


def test_unsupported_scheme() -> None:
    with pytest.raises(InputError, match="scheme"):
        fetch("ftp://x.example/", FetchOptions(retries=0))
