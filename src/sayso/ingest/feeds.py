"""RSS and Atom feeds (feedparser): fetch a feed, read its entries, fetch an entry's page.

``fetch_feed(feed)`` fetches the feed through the same safe fetcher as pages (``url.py``) and
gives its entries; ``entry_document`` fetches an entry's link as a Document, the feed's title and
date filling in what the page lacks. Credentials in the feed's URL or its links never reach an
entry, a document or a message (:func:`~sayso.ingest.url.redact_url`). Which entries were
stored, and the watch loop that polls feeds into the store, are :func:`sayso.jobs.poll` and
:func:`sayso.jobs.watch`.
"""

from __future__ import annotations

import dataclasses
import re
import time
from collections.abc import Mapping

from ..config import DEFAULT_MAX_CHARS
from ..errors import ConfigError, InputError
from ..types import Document
from .url import FetchOptions, default_options, fetch, read_url, redact_url

__all__ = ["FeedEntry", "entry_document", "fetch_feed", "parse_every", "parse_feed"]

_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr|d)?\s*$", re.IGNORECASE)
_UNITS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hr": 3600, "d": 86400}


def parse_every(value: str) -> float:
    """``"15m"`` -> 900.0 seconds (s, m, h, d; a bare number is seconds)."""
    match = _EVERY.match(value)
    if not match or float(match.group(1)) <= 0:
        raise ConfigError(f"--every {value!r} is not a duration; use e.g. 30s, 15m, 1h")
    return float(match.group(1)) * _UNITS[(match.group(2) or "s").lower()]


@dataclasses.dataclass(frozen=True, slots=True)
class FeedEntry:
    key: str  # the entry's id, else its link (credentials removed)
    link: str | None  # credentials removed
    title: str | None
    published: str | None  # YYYY-MM-DD


def parse_feed(data: bytes, source: str) -> list[FeedEntry]:
    """The entries of an RSS or Atom document; InputError when it is not a feed."""
    import feedparser  # type: ignore[import-untyped]  # optional (the feeds extra)

    source = redact_url(source)
    parsed = feedparser.parse(data)
    entries = [e for e in parsed.get("entries") or [] if isinstance(e, Mapping)]
    if not entries and (parsed.get("bozo") or not parsed.get("version")):
        reason = parsed.get("bozo_exception")
        detail = f" ({' '.join(str(reason).split())[:120]})" if reason else ""
        raise InputError(
            f"{source}: not an RSS or Atom feed{detail}; check the feed URL", source=source
        )
    return [entry for e in entries if (entry := _entry(e)) is not None]


def _entry(e: Mapping[str, object]) -> FeedEntry | None:
    """One entry of a parsed feed; None when it has neither an id nor a link."""
    link = _redacted(e.get("link"))
    key = _redacted(e.get("id")) or link
    if not key:
        return None
    stamp = e.get("published_parsed") or e.get("updated_parsed")
    published = time.strftime("%Y-%m-%d", stamp) if isinstance(stamp, time.struct_time) else None
    return FeedEntry(key, link, _text(e.get("title")), published)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _redacted(value: object) -> str | None:
    text = _text(value)
    return redact_url(text) if text is not None else None


def fetch_feed(feed: str, options: FetchOptions | None = None) -> list[FeedEntry]:
    """The entries of the feed at the URL ``feed``; raises InputError."""
    page = fetch(feed, options or default_options())
    return parse_feed(page.data, feed)


def entry_document(
    feed: str,
    entry: FeedEntry,
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    options: FetchOptions | None = None,
) -> Document | InputError:
    """The Document of the page ``entry`` links to (the feed's title, date and link fill in what
    the page lacks), or the InputError saying why not."""
    if not entry.link:
        name = redact_url(feed)
        return InputError(f"{name}: entry {entry.key!r} has no link", source=name)
    item = read_url(entry.link, max_chars=max_chars, options=options)
    if isinstance(item, Document):
        item = dataclasses.replace(
            item,
            title=item.title or entry.title,
            published=item.published or entry.published,
            url=item.url or entry.link,
        )
    return item
