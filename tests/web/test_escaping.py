"""A hostile article (markup everywhere, right-to-left marks, a 1 MB paragraph) shows as text."""

from __future__ import annotations

import csv
import io
from html.parser import HTMLParser
from pathlib import Path

import pytest

from .conftest import TestClient
from .hostile import BIG, EVIL_NAME, QUOTE, RTL, SCRIPT
from .markup import shown_text

PAGES = ["/articles/hostile", "/search?q=never", "/actors/{name}", "/events", "/search"]


def _pages(client: TestClient) -> dict[str, str]:
    out = {}
    for path in PAGES:
        url = path.replace("{name}", EVIL_NAME.replace("/", "%2F"))
        r = client.get(url)
        assert r.status_code == 200, (url, r.text[:300])
        out[url] = r.text
    return out


class Tags(HTMLParser):
    """The tags and attributes a browser would build from a page, and its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attrs: set[str] = set()
        self.hrefs: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        for name, value in attrs:
            self.attrs.add(name)
            if name in ("href", "src", "action"):
                self.hrefs.append(value or "")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> Tags:
    tags = Tags()
    tags.feed(page)
    tags.close()
    return tags


def test_hostile_text_is_never_markup(hostile_client: TestClient) -> None:
    for url, page in _pages(hostile_client).items():
        tags = parse(page)
        assert not tags.tags & {"b", "i", "em", "img"}, url
        assert not [a for a in tags.attrs if a.startswith("on")], url
        assert not [h for h in tags.hrefs if h.startswith(("javascript:", "http", "//"))], url
        assert page.count("<script") == 1, url  # the page's own /static/app.js
        assert EVIL_NAME in "".join(tags.text), url  # shown, as text


def test_article_shows_every_character(hostile_client: TestClient) -> None:
    page = hostile_client.get("/articles/hostile").text
    assert len(page) > BIG
    text = "".join(parse(page).text)
    assert SCRIPT in text and QUOTE in text and EVIL_NAME in text
    assert RTL in page and "\u200fمرحبا\u200f" in page
    record_text = hostile_client.get("/articles/hostile.json").json()["text"]
    assert shown_text(page) == record_text


def test_json_keeps_the_text_unchanged(hostile_client: TestClient) -> None:
    data = hostile_client.get("/articles/hostile.json").json()
    assert data["meta"]["title"] == f"Title {SCRIPT}"
    assert data["attributions"][0]["content"][0]["text"] == QUOTE
    quotes = hostile_client.get("/search.json", params={"q": "never"}).json()["quotes"]
    assert quotes["results"][0]["speaker"] == EVIL_NAME


def test_actor_with_markup_in_its_name(hostile_client: TestClient) -> None:
    r = hostile_client.get("/actors/" + EVIL_NAME.replace("/", "%2F") + ".json")
    assert r.status_code == 200
    assert r.json()["roles"] == [{"role": "<em>spokes</em>person", "documents": 1}]
    assert r.json()["acts_on"][0]["name"] == "Norland"


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize(
    "path", ["/search", "/search.json", "/articles/hostile.json", "/events.csv"]
)
def test_read_only(hostile_client: TestClient, method: str, path: str) -> None:
    r = hostile_client.request(method.upper(), path, json={"x": 1})
    assert r.status_code == 405
    if path.endswith((".json", ".csv")):
        assert r.json()["error"]["code"] == "method_not_allowed"
    assert hostile_client.get("/articles/hostile.json").status_code == 200


def test_error_envelope(hostile_client: TestClient) -> None:
    for path, status in [
        ("/articles/missing.json", 404),
        ("/nowhere.json", 404),
        ("/search.json?since=yesterday", 400),
        ("/search.json?type=DANCE", 400),
        ("/search.json?page=0", 422),
        ("/events.json?country=TOOLONG", 422),
    ]:
        r = hostile_client.get(path)
        assert r.status_code == status, path
        body = r.json()
        assert set(body) == {"error"} and set(body["error"]) == {"status", "code", "message"}
        assert body["error"]["status"] == status and body["error"]["message"]
    page = hostile_client.get("/articles/<script>alert(1)</script>")
    assert page.status_code == 404 and "<script>alert(1)" not in page.text


def test_security_headers(hostile_client: TestClient) -> None:
    r = hostile_client.get("/search")
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert hostile_client.get("/static/style.css").status_code == 200


def test_events_csv_is_streamed_in_chunks(hostile_client: TestClient, hostile_db: Path) -> None:
    from sayso.store import Filters, Store
    from sayso.web import pages

    r = hostile_client.get("/events.csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "content-length" not in r.headers  # streamed
    total = hostile_client.get("/events.json").json()["total"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert total >= 1 and len(rows) == total
    with Store(hostile_db, create=False, read_only=True) as store:
        chunks = list(pages.event_csv_chunks(store, Filters(), rows=1))
    assert len(chunks) == total + 1 and "".join(chunks) == r.text
    assert chunks[0].startswith(",".join(pages.EVENT_CSV_COLUMNS[:3]))
    # A filter that fails fails before the stream starts: the error envelope, not half a file.
    bad = hostile_client.get("/events.csv?since=yesterday")
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "bad_request"
    xxx = hostile_client.get("/events.csv?country=xxx")  # the hostile actor's country
    assert len(list(csv.DictReader(io.StringIO(xxx.text)))) == total
    empty = hostile_client.get("/events.csv?country=FRA")
    assert empty.status_code == 200 and empty.text.count("\n") == 1
