"""Records built by hand (no model): small articles with every kind of fact; and the check of an
older store, refused read-only until upgraded."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from sayso.errors import StoreError
from sayso.store import Store, migrate
from sayso.store.queries import SCHEMA_VERSION
from sayso.types import (
    Attribution,
    Divergence,
    Document,
    Entity,
    Event,
    Flag,
    Meta,
    Record,
    Span,
    TimeExpr,
)


def _at(text: str, part: str, start: int = 0) -> Span:
    i = text.index(part, start)
    return Span(i, i + len(part), part)


def article(
    doc_id: str = "a1",
    *,
    speaker: str = "Dong Jun",
    quote: str = "we will respond firmly",
    outlet: str | None = "Reuters",
    published: str | None = "2024-05-03",
    country: str = "CHN",
    event_type: str = "PROTEST",
    event_date: str | None = "2024-05-06",
    extra: str = "",
) -> Record:
    """One article: a speaker with a role, a direct quote, a paraphrase, an event, a date."""
    text = (
        f'Defense minister {speaker} said "{quote}" on Monday. '
        f"The Foreign Ministry protested the drills, according to state media. {extra}"
    )
    person = Entity(
        id=f"{doc_id}-e1",
        name=speaker,
        type="PERSON",
        country=country,
        role="defense minister",
        mentions=(_at(text, speaker),),
        sector="GOV",
        resolved=("name",),  # kept by the store (schema version 7)
    )
    ministry = Entity(
        id=f"{doc_id}-e2",
        name="Foreign Ministry",
        type="ORG",
        country=country,
        role=None,
        mentions=(_at(text, "Foreign Ministry"),),
        sector="GOV",
    )
    media = Entity(
        id=f"{doc_id}-e3",
        name="state media",
        type="ORG",
        country=None,
        role=None,
        mentions=(_at(text, "state media"),),
        sector="MED",
    )
    said = Attribution(
        id=f"{doc_id}-q1",
        kind="direct",
        source=_at(text, speaker),
        speaker=person.id,
        cue=_at(text, "said"),
        content=(_at(text, quote),),
    )
    reported = Attribution(
        id=f"{doc_id}-q2",
        kind="indirect",
        source=None,
        speaker=None,
        cue=_at(text, "according to"),
        content=(_at(text, "The Foreign Ministry protested the drills"),),
        via=media.id,
    )
    event = Event(
        id=f"{doc_id}-v1",
        type=event_type,
        mode="verbal",
        source=(ministry.id,),
        target=(),
        trigger=_at(text, "protested"),
        date=event_date,
        location=None,
        attribution=reported.id,
    )
    monday = TimeExpr(_at(text, "Monday"), event_date or "2024")
    divergence = Divergence(
        id=f"{doc_id}-d1",
        kind="attribution",
        about="who protested",
        asserted_by=(media.id,),
        other=(),
        evidence=(_at(text, "according to state media"),),
    )
    body_end = text.index(" The Foreign")
    second_end = text.index("state media.") + len("state media.")
    sentences = ((0, body_end), (body_end + 1, second_end))
    if extra:
        sentences += ((second_end + 1, len(text.rstrip())),)
    return Record(
        id=doc_id,
        text=text,
        meta=Meta(
            title=f"{speaker} warns",
            published=published,
            url=f"https://example.org/{doc_id}",
            outlet=outlet,
            language="en",
            body=((0, body_end), (body_end + 1, len(text))),
            flags=(Flag("byline", _at(text, "state media")),),
        ),
        entities=(person, ministry, media),
        attributions=(said, reported),
        events=(event,),
        times=(monday,),
        divergences=(divergence,),
        sentences=sentences,
    )


def document(record: Record, source: str | None = None) -> Document:
    m = record.meta
    return Document(
        id=record.id,
        text=record.text,
        published=m.published,
        title=m.title,
        url=m.url,
        outlet=m.outlet,
        source=source or f"{record.id}.txt",
    )


def numbered(n: int, start: int = 0) -> Iterator[Record]:
    """``n`` distinct articles (different text, so different content hashes)."""
    for i in range(start, start + n):
        yield article(f"doc{i}", extra=f"Paragraph {i}. " + "Filler text. " * (i % 7))


class FakePipeline:
    """Stands in for ``Pipeline``: returns a record per document and remembers what it saw."""

    versions: ClassVar[dict[str, str]] = {"fake": "1"}

    def __init__(self, fail: Iterable[str] = ()) -> None:
        self.seen: list[str] = []
        self.fail = set(fail)

    def _record(self, doc: Document) -> Record:
        self.seen.append(doc.id)
        if doc.id in self.fail:
            raise ValueError(f"cannot extract {doc.id}")
        return Record(id=doc.id, text=doc.text, meta=Meta(title=doc.title, outlet=doc.outlet))

    def process(self, documents: Iterable[Document]) -> Iterator[Record]:
        for doc in documents:
            yield self._record(doc)

    def extract(self, document: Document) -> Record:
        return self._record(document)


def refused_then_migrated(db: Path, version: int) -> None:
    """The store ``db`` of schema ``version`` is refused read-only (reading never upgrades a
    store), naming its version and how to upgrade it; ``sayso.store.migrate`` upgrades it."""
    with pytest.raises(StoreError, match=rf"schema version {version}, older.*sayso migrate"):
        Store(db, create=False, read_only=True)
    assert migrate(db) == (version, SCHEMA_VERSION)
