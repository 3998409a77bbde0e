"""An actor is a name and a type: the same name typed differently is another actor, with its own
counts, and a page keyed by its id ("TYPE:name") shows only its own facts."""

from __future__ import annotations

import dataclasses
import warnings
from pathlib import Path

import pytest
from starlette.exceptions import StarletteDeprecationWarning

from sayso.store import Filters, Store
from sayso.store.filters import could_be_entity_id
from sayso.types import Record
from sayso.web import create_app

from .fakes import article

with warnings.catch_warnings():
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient


def _records() -> list[Record]:
    """Two articles quote a person called "Jordan"; a third has a country of that name speak."""
    out = [article("p1", speaker="Jordan", extra="(p1)"),
           article("p2", speaker="Jordan", extra="(p2)", published="2024-07-01")]  # fmt: skip
    place = article("g1", speaker="Jordan", extra="(g1)", outlet="Amman Daily")
    ents = list(place.entities)
    ents[0] = dataclasses.replace(ents[0], type="GPE", role=None, sector=None)
    out.append(dataclasses.replace(place, entities=tuple(ents)))
    return out


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "ids.db"
    with Store(path) as store:
        assert store.add_many(_records()) == 3
    return path


def test_a_name_with_two_types_is_two_actors(db: Path) -> None:
    with Store(db, create=False, read_only=True) as store:
        person = store.actor_profile("jordan", "PERSON")
        place = store.actor_profile("Jordan", "GPE")
    assert [t["type"] for t in person["types"]] == ["PERSON", "GPE"]  # most documented first
    assert {q["doc_id"] for q in person["quotes"]} == {"p1", "p2"}
    assert {q["doc_id"] for q in place["quotes"]} == {"g1"}
    assert (person["documents"], place["documents"]) == (2, 1)
    said = sum(r["n"] for r in person["activity"] if r["kind"] == "said")
    assert said == len(person["quotes"]) == 2  # his quote in each article
    assert [e["role"] for e in person["entities"]] == ["defense minister"]
    assert [e["role"] for e in place["entities"]] == [None]
    assert person["forms"] == [{"form": "Jordan", "n": 2}]


def test_actor_pages_by_id_and_by_name(db: Path) -> None:
    with TestClient(create_app(db)) as client:
        person = client.get("/actors/PERSON:Jordan.json").json()
        assert person["id"] == "PERSON:Jordan" and person["statements"] == 2
        assert [a["url"] for a in person["also"]] == ["/actors/GPE:Jordan"]
        place = client.get(person["also"][0]["url"] + ".json").json()
        assert place["type"] == "GPE" and place["statements"] == 1
        assert [o["outlet"] for o in place["by_outlet"]] == ["Amman Daily"]
        # a name alone is its most documented type
        assert client.get("/actors/jordan.json").json()["id"] == "PERSON:Jordan"
        html = client.get("/actors/GPE:Jordan").text
        assert 'href="/actors/PERSON:Jordan">PERSON</a>' in html
        assert client.get("/actors/ORG:Jordan.json").status_code == 404
        # a colon that names no type is part of the name
        assert client.get("/actors/Note:%20Jordan.json").status_code == 404


def test_the_events_actor_filter_by_name_or_entity_id(db: Path) -> None:
    assert could_be_entity_id("p1-e2") and could_be_entity_id("e6dddeb63e2")
    assert not could_be_entity_id("Foreign Ministry") and not could_be_entity_id("Jordan")
    with Store(db, create=False, read_only=True) as store:
        by_name = store.event_rows(Filters(actor="foreign min"))[1]
        by_id = store.event_rows(Filters(actor="p1-e2"))[1]
    assert (by_name, by_id) == (3, 1)
