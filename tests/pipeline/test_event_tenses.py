"""Kinds of wrong events on whole articles, round 9, each with an invented sentence: what
happens as a rule (a present passive with no agent and no time, forces placed somewhere) is no
act at a time."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

pytestmark = pytest.mark.model

Run = Callable[..., Record]


def test_a_present_passive_with_no_agent_and_no_time_is_a_rule(run: Run) -> None:
    found = coded(
        run(
            "The Estonian navy seized two Latvian trawlers on Tuesday, saying they carried drift "
            "nets. Most of the seized boats are taken to ports in Latvia, where they are sold."
        )
    )
    assert [c for c in found if c[1].startswith("seized") and "Estonian navy" in c[2]], found
    assert not [c for c in found if c[1].startswith("taken")], found


def test_a_present_passive_with_a_time_or_an_agent_is_kept(run: Run) -> None:
    found = coded(run("Opposition leader Tamar Beridze is arrested by the Georgian police."))
    assert [c for c in found if c[0] == "COERCE"], found


def test_still_held_after_an_arrest_is_no_rule(run: Run) -> None:
    found = coded(
        run(
            "Police in Narvik arrested the captain, Ole Brekke, on Monday, and he remains detained."
        )
    )
    assert [c for c in found if c[0] == "COERCE"], found


def test_forces_placed_somewhere_is_no_deployment(run: Run) -> None:
    found = coded(
        run(
            "The frigate Aldan, deployed in the Gulf of Oman, captured 12 smugglers on Monday, "
            "the Marovian navy said."
        )
    )
    assert [c for c in found if c[0] == "COERCE"], found
    assert not [c for c in found if c[0] == "MOBILIZE"], found


def test_a_nationality_beside_criminals_names_no_country(run: Run) -> None:
    found = coded(run("The Estonian navy seized 12 Latvian smugglers on Monday."))
    seized = [c for c in found if c[0] == "COERCE"]
    assert seized and all("Latvian" not in c[3] for c in seized), found


def test_a_nationality_beside_fishermen_stands_for_their_country(run: Run) -> None:
    found = coded(run("The Estonian navy detained 14 Latvian fishermen on Monday."))
    assert [c for c in found if c[0] == "COERCE" and "Latvian" in c[3]], found


def test_an_arrest_after_a_thwarted_attack_is_an_act_of_its_own(run: Run) -> None:
    found = coded(
        run(
            "The Kenyan Navy on Tuesday thwarted an assault on two tankers, detaining 31 "
            "Moldovan pirates."
        )
    )
    assert [c for c in found if c[0] == "COERCE" and "Kenyan Navy" in c[2]], found
    assert not [c for c in found if "Moldovan" in c[3]], found


def test_a_state_that_protests_complains_officially(run: Run) -> None:
    found = coded(run("Estonia protested to Latvia on Monday over the arrests."))
    assert [c for c in found if c[0] == "ACCUSE" and "Estonia" in c[2]], found
    assert not [c for c in found if c[0] == "PROTEST"], found


def test_a_crowd_that_protests_demonstrates(run: Run) -> None:
    found = coded(run("Hundreds of farmers protested in Lyon on Monday against the new tax."))
    assert [c for c in found if c[0] == "PROTEST"], found


def test_an_inquiry_into_a_place_accuses_no_one(run: Run) -> None:
    for text in (
        "Police officers investigate the area near Oak Avenue in Dayton after a brawl on Friday.",
        "Police investigated the scene near Oak Avenue in Dayton on Friday.",
    ):
        found = coded(run(text))
        assert not [c for c in found if c[1].startswith("investigat")], found


def test_an_inquiry_into_a_person_accuses_them(run: Run) -> None:
    found = coded(run("Police in Dayton are investigating the mayor over the contracts."))
    assert [c for c in found if c[0] == "ACCUSE" and "mayor" in c[3]], found


def test_a_crowd_in_a_country_that_protests_demonstrates(run: Run) -> None:
    found = coded(run("Thousands of people in Latvia have protested the arrest of a union leader."))
    assert [c for c in found if c[0] == "PROTEST"], found
    assert not [c for c in found if c[0] == "ACCUSE"], found
