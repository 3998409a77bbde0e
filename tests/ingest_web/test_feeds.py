from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from sayso.cli import main
from sayso.errors import ConfigError, InputError
from sayso.ingest.feeds import parse_every, parse_feed
from sayso.ingest.url import FetchOptions
from sayso.jobs import poll, watch
from sayso.store import Store
from sayso.store.sidecar import feed_item

from .fakes import FakePipeline
from .server import Site, article_html

OPEN = FetchOptions(allow_private=True, timeout=2.0, retries=0)


def rss(site: Site, paths: list[str]) -> str:
    items = "".join(
        f"<item><title>Story {p}</title><link>{site.url(p)}</link><guid>{p}</guid>"
        f"<pubDate>Fri, 03 May 2024 10:00:00 GMT</pubDate></item>"
        for p in paths
    )
    return (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Example</title>"
        f"<link>{site.base}</link><description>d</description>{items}</channel></rss>"
    )


def atom(site: Site, paths: list[str]) -> str:
    entries = "".join(
        f"<entry><title>Entry {p}</title><link href='{site.url(p)}'/><id>urn:{p}</id>"
        f"<updated>2024-05-04T08:00:00Z</updated></entry>"
        for p in paths
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        f"<title>Example</title><id>urn:feed</id><updated>2024-05-04T08:00:00Z</updated>{entries}"
        "</feed>"
    )


def test_parse_every() -> None:
    assert parse_every("15m") == 900 and parse_every("30s") == 30 and parse_every("1h") == 3600
    assert parse_every("2") == 2
    with pytest.raises(ConfigError):
        parse_every("soon")


def test_rss_poll_stores_new_items_once_across_restarts(site: Site, tmp_path: Path) -> None:
    for p in ("/a", "/b"):
        site.page(p, article_html(f"Title {p}"))
    feed = site.page("/feed.rss", rss(site, ["/a", "/b"]), "application/rss+xml")
    db = tmp_path / "s.db"
    with Store(db) as store:
        s = poll(store, feed, pipeline=FakePipeline(), fetch_options=OPEN)
        assert (s.ok, s.skipped, s.failed) == (2, 0, 0)
        assert feed_item(store, feed, "/a") == ("stored", 1)
    site.page("/c", article_html("Title c"))
    site.page("/feed.rss", rss(site, ["/a", "/b", "/c"]), "application/rss+xml")
    site.hits.clear()
    with Store(db) as store:  # a restarted watcher
        s = poll(store, feed, pipeline=FakePipeline(), fetch_options=OPEN)
        assert (s.ok, s.skipped, s.failed) == (1, 2, 0)
        assert len(store) == 3
    assert [p for p, _ in site.hits] == ["/feed.rss", "/c"]  # old items not fetched again


def test_atom_entries_and_feed_dates(site: Site, tmp_path: Path) -> None:
    site.page("/x", "<html><body><article>" + "<p>Plain words here, said a spokesman.</p>" * 5
              + "</article></body></html>")  # fmt: skip
    feed = site.page("/feed.atom", atom(site, ["/x"]), "application/atom+xml")
    entries = parse_feed(site.pages["/feed.atom"][2], feed)
    assert [(e.key, e.published) for e in entries] == [("urn:/x", "2024-05-04")]
    with Store(tmp_path / "s.db") as store:
        s = poll(store, feed, pipeline=FakePipeline(), fetch_options=OPEN)
        assert s.ok == 1
        [row] = store.query("SELECT title, published, url FROM documents")
        assert row["published"] == "2024-05-04" and row["url"] == site.url("/x")


def test_failed_items_are_retried_then_given_up(site: Site, tmp_path: Path) -> None:
    feed = site.page("/feed.rss", rss(site, ["/gone"]), "application/rss+xml")
    errors: list[str] = []
    with Store(tmp_path / "s.db") as store:
        for _ in range(4):
            poll(store, feed, pipeline=FakePipeline(), fetch_options=OPEN,
                 on_error=lambda e: errors.append(str(e)))  # fmt: skip
        assert feed_item(store, feed, "/gone") == ("failed", 3)
    assert len(errors) == 3 and "404" in errors[0]


def test_not_a_feed(site: Site) -> None:
    with pytest.raises(InputError, match="not an RSS or Atom feed"):
        parse_feed(b"<html><body>hello</body></html>", site.url("/x"))


def test_watch_once_and_cli(site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site.page("/a", article_html("A"))
    feed = site.page("/feed.rss", rss(site, ["/a"]), "application/rss+xml")
    with Store(tmp_path / "w.db") as store:
        total = watch(store, [feed], every=60, once=True, pipeline=FakePipeline(),
                      fetch_options=OPEN)  # fmt: skip
        assert total.ok == 1
    import sayso.jobs

    monkeypatch.setattr(sayso.jobs, "Pipeline", FakePipeline)
    db = tmp_path / "cli.db"
    runner = CliRunner()
    args = ["watch", feed, "--db", str(db), "--once", "--every", "1m"]
    refused = runner.invoke(main, [*args, "--errors", str(tmp_path / "e.jsonl")])
    assert refused.exit_code == 1 and "non-public address" in refused.output
    ok = runner.invoke(main, [*args, "--allow-private"])
    assert ok.exit_code == 0, ok.output
    assert "1 stored" in ok.output
    again = runner.invoke(main, [*args, "--allow-private"])
    assert "0 stored, 1 seen before" in again.output
