"""Verbs of force that news uses for harsh words ("ripped", "hammered", "trashed", "tore into"):
criticism (ACCUSE, CAMEO 111) of a named actor when the sentence names no violence, and no event
of their own when it does; clitics printed with a typographic apostrophe ("he’d", "she’ll") read
as the straight ones. Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded, sides_of

Run = Callable[..., Record]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Senator Priya Olwen ripped Governor Hal Brandt over the delayed pension reform.",
         "Priya Olwen", "Hal Brandt"),
        ("The mayor, Inez Carrow, hammered Councilman Otto Fenn on Tuesday for the bus fares.",
         "Inez Carrow", "Otto Fenn"),
        ("Former governor Silas Rowe trashed Senator Dina Marsh during a radio interview.",
         "Silas Rowe", "Dina Marsh"),
        ("Governor Wes Talbot tore into Mayor June Okoro at a town hall in Dunmore.",
         "Wes Talbot", "June Okoro"),
    ],
)  # fmt: skip
def test_harsh_words_against_a_named_actor_are_criticism(
    run: Run, text: str, source: str, target: str
) -> None:
    rec = run(text)
    assert any(source in s and target in t for s, t in sides_of(rec, "ACCUSE")), coded(rec)
    assert not [e for e in rec.events if e.type == "ASSAULT"], coded(rec)


@pytest.mark.model
def test_force_named_beside_violence_is_no_criticism(run: Run) -> None:
    # counter-case: the same verb among words of violence is shelling, told by the killing
    rec = run("Rebel artillery hammered the village of Osk on Sunday, killing four farmers.")
    assert not [e for e in rec.events if e.type == "ACCUSE"], coded(rec)
    assert not [e for e in rec.events if "hammered" in e.trigger.text], coded(rec)
    assert [e for e in rec.events if e.type == "ASSAULT" and "killing" in e.trigger.text], coded(
        rec
    )


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Negotiators for the union hammered out a wage deal with Norvale Mills on Friday.",
        "Protesters ripped up a banner outside the Dunmore city hall on Monday.",
    ],
)  # fmt: skip
def test_force_on_no_actor_is_no_event(run: Run, text: str) -> None:
    rec = run(text)
    assert not [e for e in rec.events if e.type in ("ACCUSE", "ASSAULT")], coded(rec)


@pytest.mark.model
def test_a_typographic_would_keeps_a_promise_from_being_an_act(run: Run) -> None:
    rec = run("Governor Hal Brandt told voters he\u2019d force Borduria to pay for the new canal.")
    assert not [e for e in rec.events if e.type == "COERCE"], coded(rec)
    # the straight apostrophe reads the same
    same = run("Governor Hal Brandt told voters he'd force Borduria to pay for the new canal.")
    assert [e.type for e in rec.events] == [e.type for e in same.events], coded(rec)


@pytest.mark.model
def test_a_typographic_will_puts_a_march_ahead(run: Run) -> None:
    rec = run("Senator Priya Olwen says she\u2019ll march with the nurses in Osk on Friday.")
    assert not [e for e in rec.events if e.type == "PROTEST"], coded(rec)
    same = run("Senator Priya Olwen says she'll march with the nurses in Osk on Friday.")
    assert [e.type for e in rec.events] == [e.type for e in same.events], coded(rec)


@pytest.mark.model
def test_struck_by_an_impression_is_no_attack(run: Run) -> None:
    rec = run(
        "Councilwoman Rita Pell, struck by the sincerity of the pupils, promised them a reply."
    )
    assert not [e for e in rec.events if e.type == "ASSAULT"], coded(rec)
    # counter-case: struck by a weapon stays an attack
    shot = run("Councilwoman Rita Pell was struck by a bullet outside the Dunmore city hall.")
    assert [e for e in shot.events if e.type == "ASSAULT"], coded(shot)


@pytest.mark.model
def test_a_word_of_violence_that_only_describes_someone_tells_no_violence(run: Run) -> None:
    rec = run(
        "Nils Aberg, the senator's fired press aide, ripped Governor Hal Brandt over the audit."
    )
    assert sides_of(rec, "ACCUSE") and "Hal Brandt" in sides_of(rec, "ACCUSE")[0][1], coded(rec)
    # counter-case: the same verb beside troops is no criticism
    troops = run("Rebel gunners hammered army positions near the Osk bridge on Sunday.")
    assert not [e for e in troops.events if e.type == "ACCUSE"], coded(troops)
