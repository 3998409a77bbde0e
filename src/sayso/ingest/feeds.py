"""RSS and Atom feeds (feedparser): poll, fetch new items, store their records.

``poll(store, feed)`` fetches the feed through the same safe fetcher as pages (``url.py``),
and for each entry not stored yet fetches its link, extracts the article and stores the record.
Which entries were handled lives in the store (``feed_items``, ``store/sidecar.py``): a watcher
that is stopped and started again ingests nothing twice. An entry that fails is tried again on
later polls, at most ``MAX_ATTEMPTS`` times. The feed's title and date fill in what the page
lacks. ``watch`` polls a list of feeds every ``every`` seconds.
"""

from __future__ import annotations

import dataclasses
import re
import time
from collections.abc import Callable, Sequence
from typing import Any

from ..config import DEFAULT_MAX_CHARS
from ..errors import ConfigError, InputError, SaysoError
from ..runner import ErrorLog, Summary, safe_records
from ..store import Store
from ..store.sidecar import CopyCandidate, feed_item, link_copies, mark_item
from ..types import Document
from .dedup import MAX_DISTANCE, bands, simhash
from .url import FetchOptions, default_options, fetch, read_url

__all__ = ["MAX_ATTEMPTS", "FeedEntry", "parse_every", "parse_feed", "poll", "watch"]

MAX_ATTEMPTS = 3
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
    key: str  # the entry's id, else its link
    link: str | None
    title: str | None
    published: str | None  # YYYY-MM-DD


def parse_feed(data: bytes, source: str) -> list[FeedEntry]:
    """The entries of an RSS or Atom document; InputError when it is not a feed."""
    import feedparser  # type: ignore[import-untyped]

    parsed: Any = feedparser.parse(data)
    entries = list(parsed.get("entries") or [])
    if not entries and (parsed.get("bozo") or not parsed.get("version")):
        reason = parsed.get("bozo_exception")
        detail = f" ({' '.join(str(reason).split())[:120]})" if reason else ""
        raise InputError(
            f"{source}: not an RSS or Atom feed{detail}; check the feed URL", source=source
        )
    out: list[FeedEntry] = []
    for e in entries:
        link = e.get("link") or None
        key = e.get("id") or link
        if not key:
            continue
        stamp = e.get("published_parsed") or e.get("updated_parsed")
        published = time.strftime("%Y-%m-%d", stamp) if stamp else None
        out.append(FeedEntry(str(key), link, e.get("title") or None, published))
    return out


def poll(
    store: Store,
    feed: str,
    *,
    pipeline: Any = None,
    fetch_options: FetchOptions | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    errors: ErrorLog | None = None,
    on_error: Callable[[SaysoError], None] | None = None,
    debug: bool = False,
) -> Summary:
    """Fetch ``feed`` once and store the records of its new entries."""
    summary = Summary()
    opts = fetch_options or default_options()

    def fail(err: SaysoError) -> None:
        summary.failed += 1
        summary.errors.append(err)
        if errors is not None:
            errors.write(err)
        if on_error is not None:
            on_error(err)

    try:
        page = fetch(feed, opts)
        entries = parse_feed(page.data, feed)
    except InputError as err:
        fail(err)
        return summary
    if pipeline is None:
        from ..pipeline import Pipeline

        pipeline = Pipeline()
    versions: dict[str, str] = dict(getattr(pipeline, "versions", {}))
    fresh: list[FeedEntry] = []
    for entry in entries:
        state = feed_item(store, feed, entry.key)
        if state is not None and (state[0] != "failed" or state[1] >= MAX_ATTEMPTS):
            summary.skipped += 1
            continue
        fresh.append(entry)

    docs: list[Document | InputError] = []
    for entry in fresh:
        if not entry.link:
            docs.append(InputError(f"{feed}: entry {entry.key!r} has no link", source=feed))
            continue
        item = read_url(entry.link, max_chars=max_chars, options=opts)
        if isinstance(item, Document):
            item = dataclasses.replace(
                item,
                title=item.title or entry.title,
                published=item.published or entry.published,
                url=item.url or entry.link,
            )
        docs.append(item)

    for entry, (doc, result) in zip(fresh, safe_records(pipeline, docs, debug=debug), strict=True):
        if isinstance(result, SaysoError):
            fail(result)
            mark_item(store, feed, entry.key, url=entry.link, status="failed", error=str(result))
            continue
        assert doc is not None
        added = store.add(result, doc, versions)
        sim = simhash(doc.text)
        copy = CopyCandidate(doc.hash, doc.id, doc.source, sim, bands(sim), added)
        link_copies(store, [copy], MAX_DISTANCE)
        status = "stored" if added else "duplicate"
        mark_item(store, feed, entry.key, url=entry.link, status=status, doc_hash=doc.hash)
        if added:
            summary.ok += 1
        else:
            summary.skipped += 1
    return summary


def watch(
    store: Store,
    feeds: Sequence[str],
    *,
    every: float,
    once: bool = False,
    pipeline: Any = None,
    fetch_options: FetchOptions | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    errors: ErrorLog | None = None,
    on_error: Callable[[SaysoError], None] | None = None,
    on_round: Callable[[Summary], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    debug: bool = False,
) -> Summary:
    """Poll every feed, then wait ``every`` seconds, until interrupted (or once)."""
    if pipeline is None:
        from ..pipeline import Pipeline

        pipeline = Pipeline()
    total = Summary()
    while True:
        started = time.monotonic()
        round_summary = Summary()
        for feed in feeds:
            s = poll(
                store, feed, pipeline=pipeline, fetch_options=fetch_options,
                max_chars=max_chars, errors=errors, on_error=on_error, debug=debug,
            )  # fmt: skip
            _add(round_summary, s)
        _add(total, round_summary)
        if on_round is not None:
            on_round(round_summary)
        if once:
            return total
        sleep(max(0.0, every - (time.monotonic() - started)))


def _add(into: Summary, other: Summary) -> None:
    into.ok += other.ok
    into.skipped += other.skipped
    into.failed += other.failed
    into.errors.extend(other.errors)
