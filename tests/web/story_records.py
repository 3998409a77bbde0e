"""Three reports of one ferry fire (the texts of tests/fixtures/stories/harbor.jsonl), built by
hand as records (no model), and a fourth document of another event."""

from __future__ import annotations

import json
from pathlib import Path

from sayso.store import Store
from sayso.types import Attribution, Entity, Meta, Record, Span, TimeExpr

HARBOR = Path(__file__).resolve().parents[1] / "fixtures" / "stories" / "harbor.jsonl"
STORY = "s-ferry-fire"
OTHER_STORY = "s-quiet-day"

NAMES = (("Port Alder", "GPE"), ("Lena Brandt", "PERSON"), ("Bluewave Lines", "ORG"))


def _spans(text: str, name: str) -> tuple[Span, ...]:
    out = []
    start = text.find(name)
    while start >= 0:
        out.append(Span(start, start + len(name), name))
        start = text.find(name, start + 1)
    return tuple(out)


def record(doc_id: str, text: str, outlet: str, published: str, title: str) -> Record:
    entities = tuple(
        Entity(f"{doc_id}-e{n}", name, typ, None, None, spans)
        for n, (name, typ) in enumerate(NAMES)
        if (spans := _spans(text, name))
    )
    times = tuple(TimeExpr(s, "2031-03-04") for s in _spans(text, "Tuesday"))
    attributions = []
    for n, (speaker, cue) in enumerate((("Lena Brandt", " said "), ("Bluewave Lines", " said "))):
        i = text.find(speaker)
        if i < 0:
            continue
        c = text.find(cue, i)
        end = text.find(".", c)
        entity = next(e.id for e in entities if e.name == speaker)
        attributions.append(
            Attribution(
                f"{doc_id}-a{n}", "indirect", Span(i, i + len(speaker), speaker), entity,
                Span(c + 1, c + 5, "said"), (Span.of(text, c + 6, end),),
            )
        )  # fmt: skip
    meta = Meta(title=title, published=published, outlet=outlet, body=((0, len(text.rstrip())),))
    return Record(doc_id, text, meta, entities, tuple(attributions), (), times)


def harbor_records() -> list[Record]:
    rows = [json.loads(line) for line in HARBOR.read_text(encoding="utf-8").splitlines()]
    return [record(r["id"], r["text"], r["outlet"], r["published"], r["title"]) for r in rows]


def quiet_record() -> Record:
    text = "The harbour of Port Alder was quiet on Wednesday, Lena Brandt said.\n"
    return record("quiet", text, "Island Post", "2031-03-06", "A quiet day in Port Alder")


def fill(store: Store) -> None:
    """Store the four records and group them into two stories (as `sayso stories` would)."""
    records = [*harbor_records(), quiet_record()]
    for r in records:
        assert store.add(r)
    ids = {r["doc_id"]: int(r["id"]) for r in store.story_documents()}
    harbor = records[:3]
    summaries = {
        STORY: {"title": "Ferry fire at Port Alder", "first_date": "2031-03-04",
                "last_date": "2031-03-05", "documents": 3,
                "outlets": ["Bay Times", "Coastal Herald", "Island Post"]},
        OTHER_STORY: {"title": "A quiet day in Port Alder", "first_date": "2031-03-06",
                      "last_date": "2031-03-06", "documents": 1, "outlets": ["Island Post"]},
    }  # fmt: skip
    assignments = [(ids[r.id], STORY, None) for r in harbor] + [(ids["quiet"], OTHER_STORY, None)]
    store.save_stories(assignments, summaries, replace_all=True)
