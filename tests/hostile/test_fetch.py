"""Hostile servers and URLs: a dribbling server, IPv6 addresses that hide a private IPv4 one,
credentials in URLs, schemes Sayso does not fetch, and a watcher killed in the middle of a round.

Every server here is real and listens on 127.0.0.1 (``ingest_web/server.py`` or a raw socket);
nothing connects anywhere else.
"""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import suppress
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from click.testing import CliRunner

import sayso
from ingest_web.fakes import FakePipeline
from ingest_web.server import Site, article_html, serve
from sayso.cli import main
from sayso.errors import InputError
from sayso.ingest import read_source
from sayso.ingest.url import FetchOptions, non_public, read_url, redact_url
from sayso.jobs import ErrorLog, ingest, poll, watch
from sayso.store import Store
from sayso.store.sidecar import feed_item

OPEN = FetchOptions(allow_private=True, timeout=2.0, retries=0)
SRC = Path(sayso.__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parents[1]


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as s:
        yield s


def _one_line(err: object) -> str:
    text = str(err)
    assert "\n" not in text and "Traceback" not in text
    return text


# -- 1. a server that dribbles its headers --------------------------------------------------------


def _dribbling_server(stop: threading.Event) -> Iterator[int]:
    """A raw HTTP server on 127.0.0.1: the status line at once, then one header byte a second
    (for at most 20 s, so that a fetch without a deadline fails this test instead of hanging)."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    listener.settimeout(0.2)

    def handle(conn: socket.socket) -> None:
        with conn, suppress(OSError):
            conn.settimeout(5)
            request = b""
            while b"\r\n\r\n" not in request:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                request += chunk
            conn.sendall(b"HTTP/1.1 200 OK\r\n")
            for byte in b"X-Slow: " + b"a" * 12:
                if stop.wait(1.0):
                    return
                conn.sendall(bytes([byte]))

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=handle, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join(5)
        listener.close()


@pytest.fixture
def dribbler() -> Iterator[int]:
    yield from _dribbling_server(threading.Event())


def test_dribbled_headers_end_at_the_timeout(dribbler: int) -> None:
    url = f"http://127.0.0.1:{dribbler}/slow-headers"
    started = time.monotonic()
    err = read_url(url, options=OPEN)
    elapsed = time.monotonic() - started
    assert isinstance(err, InputError)
    message = _one_line(err)
    assert message.startswith(url) and "timed out after 2 s" in message
    assert 1.5 < elapsed < 4.0


# -- 2. IPv6 addresses that embed a loopback or private IPv4 address ------------------------------

HIDDEN = {
    "64:ff9b::7f00:1": "127.0.0.1",  # NAT64
    "64:ff9b::a00:5": "10.0.0.5",  # NAT64
    "::7f00:1": "127.0.0.1",  # IPv4-compatible
    "2002:7f00:1::1": "127.0.0.1",  # 6to4
    "2002:c0a8:101::1": "192.168.1.1",  # 6to4
    "::ffff:127.0.0.1": "127.0.0.1",  # IPv4-mapped
    "::ffff:0:a9fe:a9fe": "169.254.169.254",  # IPv4-translated
    "2001:0:4136:e378:8000:63bf:80ff:fffe": "127.0.0.1",  # Teredo (client 127.0.0.1)
}


@pytest.mark.parametrize("address", sorted(HIDDEN))
def test_ipv6_forms_of_private_ipv4_are_refused(site: Site, address: str) -> None:
    reason = non_public(address)
    assert reason is not None  # checked first: nothing below connects to this address
    assert HIDDEN[address] in reason
    port = site.base.rsplit(":", 1)[1]
    err = read_url(f"http://[{address}]:{port}/a.html", options=FetchOptions(retries=0))
    assert isinstance(err, InputError)
    message = _one_line(err)
    assert "non-public address" in message and HIDDEN[address] in message
    assert "--allow-private" in message
    assert site.hits == []


def test_ipv6_forms_of_public_ipv4_pass_the_check() -> None:
    for address in ("64:ff9b::5db8:d822", "2002:5db8:d822::1", "2606:4700:4700::1111"):
        assert non_public(address) is None, address
    assert non_public("64:ff9b:1::5db8:d822") is not None  # a local NAT64 translator


# -- 3. credentials in URLs -----------------------------------------------------------------------

SECRET = "opensesame-4417"


def _all_values(db: Path) -> Iterator[tuple[str, object]]:
    """Every value of every column of every table of the store at ``db`` (read only)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        assert "documents" in tables and "feed_items" in tables
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    yield table, value
    finally:
        conn.close()


def test_credentials_never_reach_the_store_or_the_error_log(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SAYSO_ALLOW_PRIVATE", "1")
    creds = f"reporter:{SECRET}@"
    base = site.base.replace("http://", "http://" + creds)
    site.page("/story.html", article_html("Story with a password in its URL"))
    site.page("/item.html", article_html("Item of a feed behind a password"))
    site.page("/feed.rss", (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>F</title><link>x</link>"
        f"<description>d</description><item><title>I</title><link>{base}/item.html</link>"
        "</item></channel></rss>"
    ), "application/rss+xml")  # fmt: skip
    db, log = tmp_path / "s.db", tmp_path / "errors.jsonl"
    shown: list[str] = []
    errors = ErrorLog(log)
    with Store(db) as store:
        summary = ingest(
            store,
            [f"{base}/story.html", f"{base}/missing.html", f"ftp://{creds}files.example/x"],
            pipeline=FakePipeline(),
            errors=errors,
            on_error=lambda e: shown.append(str(e)),
        )
        assert (summary.ok, summary.failed) == (1, 2)
        polled = poll(store, f"{base}/feed.rss", pipeline=FakePipeline(), errors=errors,
                      fetch_options=OPEN, on_error=lambda e: shown.append(str(e)))  # fmt: skip
        assert polled.ok == 1
        [row] = store.query("SELECT doc_id, source, url FROM documents WHERE title LIKE 'Story%'")
        assert row["doc_id"] == row["source"] == row["url"] == f"{site.base}/story.html"
    errors.close()
    values = list(_all_values(db))
    assert any(v == f"{site.base}/item.html" for _, v in values)  # the feed item is there
    leaks = [(t, v) for t, v in values if SECRET in str(v)]
    assert leaks == []
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and any("404" in ln for ln in lines)
    assert not [ln for ln in lines + shown if SECRET in ln]
    for path in tmp_path.iterdir():  # nor in the database's bytes (WAL included)
        assert SECRET.encode() not in path.read_bytes(), path.name


def test_redact_url() -> None:
    assert redact_url("https://u:p@news.example:8443/a?b=c#d") == "https://news.example:8443/a?b=c#d"
    assert redact_url("http://u@[::1]/x@y") == "http://[::1]/x@y"
    assert redact_url("http://news.example/a@b") == "http://news.example/a@b"
    assert redact_url("notes/a@b.txt") == "notes/a@b.txt"


# -- 4. schemes Sayso does not fetch --------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["file:///etc/hostname", "ftp://files.example/a.txt", "gopher://hole.example/0/a"]
)
def test_unsupported_schemes_are_named(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scheme = url.split(":", 1)[0]
    [err] = list(read_source(url))
    assert isinstance(err, InputError)
    message = _one_line(err)
    assert f"unsupported URL scheme '{scheme}'" in message
    assert "http:// and https://" in message and "no such file" not in message
    import sayso.jobs

    monkeypatch.setattr(sayso.jobs, "Pipeline", FakePipeline)
    result = CliRunner().invoke(main, ["extract", url, "--errors", str(tmp_path / "e.jsonl")])
    assert result.exit_code == 1
    assert f"unsupported URL scheme '{scheme}'" in result.output
    assert "Traceback" not in result.output


# -- 5. a watcher killed in the middle of a round -------------------------------------------------

_WATCHER = """
import sys
from ingest_web.fakes import FakePipeline
from sayso.ingest.url import FetchOptions
from sayso.jobs import watch
from sayso.store import Store

options = FetchOptions(allow_private=True, timeout=60, retries=0)
with Store(sys.argv[1]) as store:
    watch(store, [sys.argv[2]], every=60, once=True, pipeline=FakePipeline(),
          fetch_options=options)
"""


def _stored(db: Path) -> int:
    """How many documents the store at ``db`` holds, read only; 0 while it is being created."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _wait(condition: object, proc: subprocess.Popen[bytes], what: str) -> None:
    assert callable(condition)
    deadline = time.monotonic() + 30
    while not condition():
        if proc.poll() is not None:
            out = proc.stdout.read().decode() if proc.stdout else ""
            pytest.fail(f"the watcher exited ({proc.returncode}) before {what}: {out[-2000:]}")
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.05)


def test_watch_keeps_what_it_stored_when_killed_mid_round(site: Site, tmp_path: Path) -> None:
    release = threading.Event()

    def hang(h: BaseHTTPRequestHandler) -> None:
        release.wait(30)
        with suppress(OSError):
            h.send_response(503)
            h.send_header("Content-Length", "0")
            h.end_headers()

    paths = ["/a", "/b", "/c", "/d"]
    for p in ("/a", "/b", "/d"):
        site.page(p, article_html(f"Story {p}"))
    site.handlers["/c"] = hang
    items = "".join(
        f"<item><title>Story {p}</title><link>{site.url(p)}</link><guid>{p}</guid></item>"
        for p in paths
    )
    feed = site.page("/feed.rss", (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Example</title>"
        f"<link>{site.base}</link><description>d</description>{items}</channel></rss>"
    ), "application/rss+xml")  # fmt: skip
    db = tmp_path / "w.db"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), str(TESTS)])}
    proc = subprocess.Popen(
        [sys.executable, "-c", _WATCHER, str(db), feed],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        _wait(lambda: "/c" in [p for p, _ in site.hits], proc, "the watcher asked for /c")
        _wait(lambda: _stored(db) == 2, proc, "the first two items were stored")
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        release.set()
        if proc.stdout:
            proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    with Store(db, create=False, read_only=True) as store:
        assert len(store) == 2
        assert feed_item(store, feed, "/a") == ("stored", 1)
        assert feed_item(store, feed, "/b") == ("stored", 1)
        assert feed_item(store, feed, "/c") is None and feed_item(store, feed, "/d") is None
    site.handlers.pop("/c")
    site.page("/c", article_html("Story /c"))
    site.hits.clear()
    with Store(db) as store:
        total = watch(store, [feed], every=60, once=True, pipeline=FakePipeline(),
                      fetch_options=OPEN)  # fmt: skip
        assert (total.ok, total.skipped, total.failed) == (2, 2, 0)
        assert len(store) == 4
    assert [p for p, _ in site.hits] == ["/feed.rss", "/c", "/d"]  # /a and /b not fetched again

