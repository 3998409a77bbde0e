from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sayso.store import Store
from sayso.types import Record

from .fakes import article, document


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "news.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store(db_path) as s:
        yield s


@pytest.fixture
def records() -> list[Record]:
    """Four articles from two outlets over two months, with different speakers."""
    return [
        article(
            "r1",
            speaker="Dong Jun",
            quote="we will respond firmly",
            outlet="Reuters",
            published="2024-04-28",
            event_date="2024-04-27",
        ),
        article(
            "r2",
            speaker="Lloyd Austin",
            quote="the drills are provocative",
            outlet="Reuters",
            published="2024-05-03",
            country="USA",
            event_type="ACCUSE",
            event_date=None,
        ),
        article(
            "x1",
            speaker="Dong Jun",
            quote="Taiwan is a red line",
            outlet="Xinhua",
            published="2024-05-20",
            event_type="THREATEN",
            event_date="2024-05-19",
        ),
        article(
            "x2",
            speaker="Wang Wenbin",
            quote="é café naïve 🚀 سلام",
            outlet="Xinhua",
            published=None,
            event_date=None,
        ),
    ]


@pytest.fixture
def filled(store: Store, records: list[Record]) -> Store:
    for r in records:
        assert store.add(r, document(r), {"fake": "1"})
    return store
