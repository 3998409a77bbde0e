"""Sayso turns news articles into a record of who said and did what, to whom, when and where,
on whose say-so, with every fact linked to the characters it came from."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .config import VERSION
from .errors import ConfigError, ExtractionError, InputError, SaysoError, StoreError
from .pipeline import Pipeline
from .store import Store
from .types import (
    Attribution,
    Divergence,
    Document,
    Entity,
    Event,
    Meta,
    Record,
    Span,
    TimeExpr,
)

__version__ = VERSION

__all__ = [
    "Attribution",
    "ConfigError",
    "Divergence",
    "Document",
    "Entity",
    "Event",
    "ExtractionError",
    "InputError",
    "Meta",
    "Pipeline",
    "Record",
    "SaysoError",
    "Span",
    "Store",
    "StoreError",
    "TimeExpr",
    "__version__",
    "extract",
    "extract_many",
]

_pipeline: Pipeline | None = None


def _default_pipeline() -> Pipeline:
    global _pipeline
    if _pipeline is None:
        _pipeline = Pipeline()
    return _pipeline


def extract(
    text: str,
    *,
    id: str = "doc",
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
) -> Record:
    """The record of one article given as text."""
    doc = Document(id=id, text=text, published=published, title=title, url=url, outlet=outlet)
    return _default_pipeline().extract(doc)


def extract_many(documents: Iterable[Document]) -> Iterator[Record]:
    """Records for many documents, in order (batched through spaCy)."""
    return _default_pipeline().process(documents)
