"""Attacks in words in campaign news: a marked attack ("blistering", "personal") on named persons
is criticism even in a sentence that speaks of violence as a topic, an actor attacked with no
attacker named in a sentence of attack ads is no armed attack, and a warning about a danger
("about terrorism", "of a recession") threatens no one. Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded, names

Run = Callable[..., Record]


@pytest.mark.model
def test_a_marked_attack_on_a_person_beside_a_topic_of_violence_is_no_force(run: Run) -> None:
    # no attacker is found for the noun, so no criticism is coded either: only force is ruled out
    rec = run(
        "Senator Lida Varro mixed grim talk of terrorism with withering attacks on Governor "
        "Emil Sorensen in her speech."
    )
    assert not [e for e in rec.events if e.type == "ASSAULT"], coded(rec)


@pytest.mark.model
def test_a_marked_attack_with_its_maker_is_criticism(run: Run) -> None:
    rec = run("Senator Lida Varro launched blistering attacks on Governor Emil Sorensen's budget.")
    accused = [e for e in rec.events if e.type == "ACCUSE"]
    assert accused and "Emil Sorensen" in names(rec, accused[0].target), coded(rec)


@pytest.mark.model
def test_a_fierce_attack_on_a_convoy_stays_force(run: Run) -> None:
    # counter-case: an attack on a thing of a person, with killing beside it
    rec = run(
        "Rebels launched a fierce attack on Governor Emil Sorensen's convoy, killing two guards."
    )
    assert [e for e in rec.events if e.type == "ASSAULT"], coded(rec)
    assert not [e for e in rec.events if e.type == "ACCUSE"], coded(rec)


@pytest.mark.model
def test_attacked_by_no_one_among_attack_ads_is_no_assault(run: Run) -> None:
    rec = run(
        "This month Governor Emil Sorensen has been attacked on every front as his rivals "
        "aired negative television ads about him."
    )
    assert not [e for e in rec.events if e.type == "ASSAULT"], coded(rec)


@pytest.mark.model
def test_attacked_by_a_named_man_stays_force(run: Run) -> None:
    rec = run("Governor Emil Sorensen was attacked by a man with a hammer after the rally in Osk.")
    assert [e for e in rec.events if e.type == "ASSAULT"], coded(rec)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Senator Lida Varro gave stark warnings about extremism at the convention in Osk.",
        "The finance minister of Ruritania warned of a recession on Thursday.",
    ],
)  # fmt: skip
def test_a_warning_about_a_danger_threatens_no_one(run: Run, text: str) -> None:
    rec = run(text)
    assert not [e for e in rec.events if e.type == "THREATEN"], coded(rec)


@pytest.mark.model
def test_a_warning_of_consequences_to_a_side_stays_a_threat(run: Run) -> None:
    rec = run("Borduria warned Ruritania of severe consequences if its troops crossed the river.")
    assert [e for e in rec.events if e.type == "THREATEN"], coded(rec)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Senator Lida Varro attacked bankers and landlords in her speech at the fairground.",
        "Governor Emil Sorensen stepped up his attacks on financiers during the campaign.",
        "Mayor Ines Dorr's attacks on regulators grew louder in the last debate.",
    ],
)  # fmt: skip
def test_a_politicians_attack_on_a_group_of_people_is_criticism(run: Run, text: str) -> None:
    # people named by a common noun of an occupation are on the other side of words, as a named
    # person would be
    rec = run(text)
    assert not [e for e in rec.events if e.type == "ASSAULT"], coded(rec)
    assert [e for e in rec.events if e.type == "ACCUSE"], coded(rec)


@pytest.mark.model
def test_an_attack_on_bankers_with_a_weapon_stays_force(run: Run) -> None:
    # counter-case: a word of violence in the sentence keeps the attack armed force
    rec = run("Gunmen attacked bankers with rifles outside the exchange in Osk, wounding two.")
    assert [e for e in rec.events if e.type == "ASSAULT"], coded(rec)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Senator Lida Varro fought off Governor Emil Sorensen in the primary on Tuesday.",
        "Mayor Ines Dorr fought off Councillor Tor Halvik to keep her seat in the runoff.",
        "Governor Emil Sorensen fought Senator Lida Varro for the nomination all spring.",
    ],
)  # fmt: skip
def test_a_fight_between_named_rivals_in_a_vote_is_the_race(run: Run, text: str) -> None:
    rec = run(text)
    assert not [e for e in rec.events if e.type == "ASSAULT"], coded(rec)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Osk Liberation Army fought the Lirn Defence Force after the vote in the north.",
        "Senator Lida Varro fought Governor Emil Sorensen with a knife after the vote.",
    ],
)  # fmt: skip
def test_a_fight_of_armed_men_or_with_a_weapon_near_a_vote_stays_force(run: Run, text: str) -> None:
    # counter-cases: an armed group on a side, or a weapon in the sentence
    rec = run(text)
    assert [e for e in rec.events if e.type == "ASSAULT"], coded(rec)
