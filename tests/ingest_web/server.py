"""A local HTTP server for the tests: http.server in a thread on 127.0.0.1, fixture pages."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PARAGRAPH = (
    "The defence minister said on Monday that talks with the neighbouring government would "
    "resume in Geneva next week, according to a statement posted by the ministry. "
)


def article_html(title: str, date: str = "2024-05-03", body: str = PARAGRAPH, n: int = 6) -> str:
    paras = "".join(f"<p>{body} Paragraph {i} of {title}.</p>" for i in range(n))
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"<meta property='article:published_time' content='{date}'>"
        f"<meta property='og:site_name' content='Example News'></head>"
        f"<body><nav>Home | World</nav><article><h1>{title}</h1>{paras}</article>"
        f"<footer>Copyright Example News</footer></body></html>"
    )


Handler = Callable[[BaseHTTPRequestHandler], None]


@dataclass
class Site:
    """Routes: path -> (status, content type, body) or a handler; requests seen."""

    base: str = ""
    pages: dict[str, tuple[int, str, bytes]] = field(default_factory=dict)
    handlers: dict[str, Handler] = field(default_factory=dict)
    hits: list[tuple[str, str]] = field(default_factory=list)  # (path, user agent)

    def url(self, path: str) -> str:
        return self.base + path

    def page(self, path: str, body: str | bytes, ctype: str = "text/html; charset=utf-8",
             status: int = 200) -> str:  # fmt: skip
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.pages[path] = (status, ctype, data)
        return self.url(path)


def slow(seconds: float) -> Handler:
    def handle(h: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()
        h.wfile.write(b"<html><body><p>late</p></body></html>")

    return handle


def huge(size: int) -> Handler:
    def handle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()  # no Content-Length: the client must stop reading by itself
        chunk = b"<p>" + b"x" * 65530 + b"</p>"
        sent = 0
        try:
            while sent < size:
                h.wfile.write(chunk)
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass

    return handle


def redirect(to: str, status: int = 302) -> Handler:
    def handle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(status)
        h.send_header("Location", to)
        h.send_header("Content-Length", "0")
        h.end_headers()

    return handle


@contextmanager
def serve() -> Iterator[Site]:
    site = Site()

    class H(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            site.hits.append((path, self.headers.get("User-Agent", "")))
            if path in site.handlers:
                site.handlers[path](self)
                return
            status, ctype, data = site.pages.get(path, (404, "text/plain", b"not found"))
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            with suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), H)
    httpd.daemon_threads = True
    site.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)
