from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.exceptions import StarletteDeprecationWarning

from sayso.store import Store
from sayso.types import Document
from sayso.web import create_app

from .hostile import hostile_record

with warnings.catch_warnings():
    # starlette.testclient warns on import that it prefers httpx2; httpx is what is locked.
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "articles"
SEED = ROOT / "examples" / "seed" / "article.txt"

# Outlets and dates given to the hand-written articles (the files themselves carry none).
ARTICLES: dict[str, tuple[Path, str, str]] = {
    "wire": (FIXTURES / "wire.txt", "Meridian Press Agency", "2024-10-15"),
    "briefing": (FIXTURES / "briefing.txt", "Rio Tribune", "2024-06-14"),
    "chains": (FIXTURES / "chains.txt", "Delhi Courier", "2025-03-04"),
    "seed": (SEED, "Asia Times", "2024-02-05"),
}


def documents() -> list[Document]:
    return [
        Document(
            id=doc_id,
            text=path.read_text(encoding="utf-8"),
            outlet=outlet,
            published=published,
            source=str(path),
        )
        for doc_id, (path, outlet, published) in ARTICLES.items()
    ]


@pytest.fixture(scope="session")
def news_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture articles and the seed, extracted by the real pipeline, and the hostile
    record (built by hand). Tests using it load the spaCy model: mark them ``model``."""
    from sayso.pipeline import Pipeline

    path = tmp_path_factory.mktemp("web") / "news.db"
    pipeline = Pipeline()
    with Store(path) as store:
        for doc in documents():
            assert store.add(pipeline.extract(doc), doc, pipeline.versions)
        assert store.add(hostile_record())
    return path


@pytest.fixture(scope="session")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding only the hostile record (no model needed)."""
    path = tmp_path_factory.mktemp("hostile") / "hostile.db"
    with Store(path) as store:
        assert store.add(hostile_record())
    return path


@pytest.fixture(scope="session")
def client(news_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(news_db)) as c:
        yield c


@pytest.fixture(scope="session")
def hostile_client(hostile_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(hostile_db)) as c:
        yield c
