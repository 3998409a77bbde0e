"""Entities: names, repairs, clustering, roles, countries, pronouns and nominals."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

pytestmark = pytest.mark.model


def by_name(record: Record, name: str):  # type: ignore[no-untyped-def]
    hits = [e for e in record.entities if e.name == name]
    assert hits, f"no entity {name!r}: {[e.name for e in record.entities]}"
    assert len(hits) == 1, f"{len(hits)} entities named {name!r}"
    return hits[0]


def test_title_gives_role_and_country(run: Callable[..., Record]) -> None:
    rec = run(
        "French Foreign Minister Claire Dubois met her German counterpart Hans Keller "
        "in Paris on Monday. Dubois said the talks went well."
    )
    dubois = by_name(rec, "Claire Dubois")
    assert dubois.type == "PERSON"
    assert dubois.country == "FRA"
    assert dubois.role == "foreign minister"
    keller = by_name(rec, "Hans Keller")
    assert keller.country == "DEU"
    assert keller.role == "foreign minister"  # a counterpart holds the same office
    assert "Dubois" in [m.text for m in dubois.mentions]


def test_surname_and_pronoun_join_the_full_name(run: Callable[..., Record]) -> None:
    rec = run(
        "Kenyan Finance Minister Peter Otieno presented the budget on Tuesday. "
        "Otieno told lawmakers that he expected growth to pick up."
    )
    otieno = by_name(rec, "Peter Otieno")
    texts = [m.text for m in otieno.mentions]
    assert "Otieno" in texts and "he" in texts
    assert otieno.country == "KEN"


def test_country_aliases_are_one_entity(run: Callable[..., Record]) -> None:
    rec = run(
        "The United States and Japan signed the accord. The U.S. will send experts, "
        "and the the United States embassy confirmed it."
    )
    usa = [e for e in rec.entities if e.country == "USA" and e.type == "GPE"]
    assert len(usa) == 1
    assert usa[0].name == "United States"
    assert len(usa[0].mentions) >= 2


def test_person_entity_stops_at_the_verb(run: Callable[..., Record]) -> None:
    rec = run("Ministry spokesperson Lena Varga dismissed Novak's comments on Friday.")
    names = [e.name for e in rec.entities]
    assert not any("dismissed" in n for n in names)
    assert "Lena Varga" in names


def test_institution_with_demonym(run: Callable[..., Record]) -> None:
    rec = run(
        "The Brazilian government said on Sunday that the Brazilian army would help. "
        "A statement released by the government said the plan was ready."
    )
    gov = by_name(rec, "Brazilian government")
    assert gov.type == "ORG" and gov.country == "BRA"


def test_gazetteer_gives_country_of_known_leaders(run: Callable[..., Record]) -> None:
    rec = run("Vladimir Putin and Xi Jinping met in Moscow.")
    assert by_name(rec, "Vladimir Putin").country == "RUS"
    assert by_name(rec, "Xi Jinping").country == "CHN"


def test_nominal_mention_resolves_by_role(run: Callable[..., Record]) -> None:
    rec = run(
        "Indian Defence Minister Arjun Mehta visited the base. "
        "India's defence chief praised the troops."
    )
    mehta = by_name(rec, "Arjun Mehta")
    assert any("defence chief" in m.text for m in mehta.mentions)


def test_mentions_are_valid_spans(run: Callable[..., Record]) -> None:
    rec = run("Mexican President Ana Ruiz spoke. She said Mexico's economy was strong.")
    for e in rec.entities:
        for m in e.mentions:
            assert rec.text[m.start : m.end] == m.text


def test_collective_actors_with_countries(run: Callable[..., Record]) -> None:
    rec = run(
        "Turkish troops clashed with rebels near the border, and the police detained "
        "several protesters."
    )
    names = {e.name: e for e in rec.entities}
    assert names["Turkish troops"].country == "TUR"
    assert "rebels" in names and "protesters" in names and "police" in names
