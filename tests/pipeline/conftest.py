from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.pipeline import Pipeline
from sayso.types import Document, Record


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture()
def run(pipeline: Pipeline) -> Callable[..., Record]:
    def _run(text: str, published: str | None = "2024-03-10") -> Record:
        return pipeline.extract(Document(id="t", text=text, published=published))

    return _run


def speaker_of(record: Record, content_part: str) -> str | None:
    """The speaker name of the attribution whose content contains ``content_part``."""
    for a in record.attributions:
        if any(content_part in c.text for c in a.content):
            ent = record.entity(a.speaker)
            return ent.name if ent else None
    raise AssertionError(f"no attribution with content {content_part!r}: {record.attributions}")


def attribution_with(record: Record, content_part: str):  # type: ignore[no-untyped-def]
    for a in record.attributions:
        if any(content_part in c.text for c in a.content):
            return a
    raise AssertionError(f"no attribution with content {content_part!r}")
