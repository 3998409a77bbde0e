"""A pipeline without a model, for ingest and batch tests: one record per document, the
document's metadata in ``meta``, no facts; a text containing BOOM makes it raise."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar

from sayso.types import Document, Meta, Record


class FakePipeline:
    versions: ClassVar[dict[str, str]] = {"fake": "1"}

    def extract(self, doc: Document) -> Record:
        if "BOOM" in doc.text:
            raise RuntimeError("the fake stage exploded")
        meta = Meta(title=doc.title, published=doc.published, url=doc.url, outlet=doc.outlet,
                    language=doc.language)  # fmt: skip
        return Record(id=doc.id, text=doc.text, meta=meta)

    def process(self, docs: Iterable[Document], batch_size: int = 16) -> Iterator[Record]:
        for doc in docs:
            yield self.extract(doc)


def make() -> FakePipeline:
    return FakePipeline()


FACTORY = f"{__name__}:make"
