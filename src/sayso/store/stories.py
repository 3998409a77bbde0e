"""Stories in the store (``sayso stories``, ``sayso compare``, the web's story pages): which
documents report one event, and a summary of each story."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

from ..errors import StoreError
from . import queries as q
from .db import Db, json_text, now
from .rows import StoryRow

__all__ = [
    "comparison",
    "has_stories",
    "save_comparison",
    "save_stories",
    "stories",
    "story",
    "story_documents",
    "story_hashes",
    "story_ids",
]


def story_documents(db: Db) -> list[dict[str, Any]]:
    """Every stored document (``id`` = row id, ``hash``, ``doc_id``) with its ``story`` and
    ``copy_of`` (None before ``sayso stories`` has run on it), in the order stored."""
    return [dict(row) for row in db.rows(q.STORY_DOCUMENT_LIST)]


def story_hashes(db: Db, story: str) -> list[str]:
    """The content hashes of ``story``'s documents, earliest published first."""
    hashes = [str(h) for (h,) in db.execute(q.STORY_MEMBER_HASHES, (story,))]
    if not hashes:
        raise StoreError(f"no story {story!r} in {db.path}; `sayso stories` lists the stories")
    return hashes


def story(db: Db, story_id: str) -> StoryRow | None:
    """The stored row of ``story_id`` (title, dates, outlets, documents), or None."""
    rows = db.rows(q.STORY_GET, (story_id,))
    return cast(StoryRow, rows[0]) if rows else None


def _int(value: object) -> int:
    return int(value) if value and isinstance(value, int | float | str) else 0


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _list(value: object) -> list[object]:
    return list(value) if value and isinstance(value, Iterable) else []


def save_stories(
    db: Db,
    assignments: Sequence[tuple[int, str, int | None]],
    summaries: Mapping[str, Mapping[str, object]],
    *,
    replace_all: bool,
) -> None:
    """Store (document row id, story id, copy-of row id) for each document and the
    ``summaries`` (title, first_date, last_date, outlets, documents) of the stories, in one
    transaction; stories left without documents are removed. ``replace_all`` first forgets
    every stored assignment (a batch re-clustering)."""
    at = now()
    with db.transaction() as cur:
        if replace_all:
            cur.execute(q.STORY_DELETE_ALL_DOCUMENTS)
        for story_id, s in summaries.items():
            cur.execute(
                q.STORY_SAVE,
                (story_id, _text(s.get("title")), _text(s.get("first_date")),
                 _text(s.get("last_date")), json_text(_list(s.get("outlets"))),
                 _int(s.get("documents")), at),
            )  # fmt: skip
        cur.executemany(q.STORY_SAVE_DOCUMENT, assignments)
        cur.execute(q.STORY_DELETE_EMPTY)


def has_stories(db: Db) -> bool:
    """Whether the store holds any story (``sayso stories`` has run and found some)."""
    if db.one(q.WEB_TABLE_EXISTS, ("stories",)) is None:
        return False
    return bool(db.scalar(q.WEB_STORIES_ANY))


def stories(db: Db, *, limit: int) -> list[StoryRow]:
    """The stored stories as rows, latest first (empty when there are none)."""
    if not has_stories(db):
        return []
    return cast("list[StoryRow]", db.rows(q.WEB_STORIES, {"limit": limit}))


def story_ids(db: Db) -> list[str]:
    """The ids of every stored story."""
    return [str(s) for (s,) in db.execute(q.STORY_IDS)]


def save_comparison(
    db: Db, story_id: str, members: Sequence[str], version: str, data: Mapping[str, object]
) -> None:
    """Keep the comparison ``data`` of ``story_id``, computed from the documents of content
    hashes ``members`` (in the story's order) by compare version ``version``."""
    with db.transaction() as cur:
        cur.execute(
            q.STORY_COMPARISON_SAVE,
            (story_id, json_text(list(members)), version, json_text(data), now()),
        )


def comparison(
    db: Db, story_id: str, members: Sequence[str], version: str
) -> dict[str, Any] | None:
    """The kept comparison of ``story_id`` if it was computed from exactly ``members`` by
    ``version``; None when there is none or it is stale."""
    if db.one(q.WEB_TABLE_EXISTS, ("story_comparisons",)) is None:
        return None
    row = db.one(q.STORY_COMPARISON_GET, (story_id,))
    if row is None or row[1] != version or json.loads(str(row[0])) != list(members):
        return None
    data = json.loads(str(row[2]))
    return data if isinstance(data, dict) else None
