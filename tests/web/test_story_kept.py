"""Story comparisons kept in the store (``compare/stored.py``): computed when stories are
stored, equal to a live one, computed again when stale, and read by the story page."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sayso.compare import stored
from sayso.compare.run import save_stories
from sayso.store import Store
from sayso.types import content_hash
from sayso.web import create_app

from .conftest import TestClient
from .story_records import OTHER_STORY, STORY, fill, harbor_records


def _assignments(store: Store, members: dict[str, list[str]]) -> list[tuple[int, str, None]]:
    ids = {str(r["doc_id"]): int(r["id"]) for r in store.story_documents()}
    return [(ids[d], s, None) for s, docs in members.items() for d in docs]


def _summaries(members: dict[str, list[str]]) -> dict[str, dict[str, object]]:
    return {s: {"title": s, "documents": len(docs)} for s, docs in members.items()}


def _json(value: object) -> Any:
    return json.loads(json.dumps(value))


def _kept_store(path: Path) -> None:
    """The store of ``fill`` with its stories stored the way ``sayso stories`` stores them."""
    with Store(path) as store:
        fill(store)
        members = {STORY: [r.id for r in harbor_records()], OTHER_STORY: ["quiet"]}
        assert save_stories(store, _assignments(store, members), _summaries(members),
                            replace_all=True) == 2  # fmt: skip


def test_the_kept_comparison_equals_a_live_one(tmp_path: Path) -> None:
    path = tmp_path / "kept.db"
    _kept_store(path)
    records = harbor_records()
    hashes = [content_hash(r.text) for r in records]
    live = stored.comparison(STORY, records)
    assert len(live["line"]["documents"]) == 3 and live["line"]["divergences"]
    with Store(path) as store:
        assert store.story_hashes(STORY) == hashes
        kept = store.comparison(STORY, hashes, stored.COMPARE_VERSION)
        assert kept == _json(live)
        # the claims read back are the ones align gives
        assert stored.claims(kept) == stored.align(records)
        # nothing stale: storing again computes nothing
        assert stored.keep_comparisons(store) == 0


def test_a_stale_comparison_is_computed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "stale.db"
    _kept_store(path)
    with Store(path) as store:
        # a member changes: the quiet report joins the ferry story, stored without comparing
        members = {STORY: [*(r.id for r in harbor_records()), "quiet"]}
        store.save_stories(_assignments(store, members), _summaries(members), replace_all=True)
        hashes = store.story_hashes(STORY)
        assert len(hashes) == 4
        assert store.comparison(STORY, hashes, stored.COMPARE_VERSION) is None
        records, now = stored.story_comparison(store, STORY)
        assert [r.id for r in records] == now["line"]["documents"]
        assert len(now["line"]["documents"]) == 4
        assert store.comparison(STORY, hashes, stored.COMPARE_VERSION) is None  # not kept
        assert stored.keep_comparisons(store) == 1
        assert store.comparison(STORY, hashes, stored.COMPARE_VERSION) == _json(now)
        # another compare version: stale again
        monkeypatch.setattr(stored, "COMPARE_VERSION", "test-next")
        assert store.comparison(STORY, hashes, stored.COMPARE_VERSION) is None
        assert stored.keep_comparisons(store, [STORY]) == 1


def _page(path: Path, suffix: str) -> Any:
    with TestClient(create_app(path)) as client:
        r = client.get(f"/stories/{STORY}{suffix}")
        assert r.status_code == 200
        return r.json() if suffix else r.text


def test_the_story_page_reads_the_kept_comparison(tmp_path: Path) -> None:
    live_db, kept_db = tmp_path / "live.db", tmp_path / "kept.db"
    with Store(live_db) as store:
        fill(store)  # stories stored without comparisons: the page compares live
    _kept_store(kept_db)
    live, kept = _page(live_db, ".json"), _page(kept_db, ".json")
    del live["story"], kept["story"]  # the stories' summaries, stored by each test its way
    assert kept == live  # what the page shows does not change
    with Store(live_db) as store:  # the web app wrote nothing
        assert store.comparison(STORY, store.story_hashes(STORY), stored.COMPARE_VERSION) is None
    # the page shows what is kept: a kept comparison without divergences shows none
    with Store(kept_db) as store:
        hashes = store.story_hashes(STORY)
        data = store.comparison(STORY, hashes, stored.COMPARE_VERSION)
        assert data is not None
        data["line"]["divergences"] = []
        store.save_comparison(STORY, hashes, stored.COMPARE_VERSION, data)
    page = _page(kept_db, ".json")
    assert page["divergences"] == [] and set(page["counts"].values()) == {0}
    assert live["divergences"]
    assert 'class="sentence-link"' in _page(kept_db, "")
