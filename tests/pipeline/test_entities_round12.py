"""Entities on whole pages, round 12: bodies, ships, broadcasters and clock times read as an
analyst reads them (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import named

pytestmark = pytest.mark.model


def test_a_two_word_name_ending_in_a_firm_s_word_is_a_body(run: Callable[..., Record]) -> None:
    rec = run(
        "The climber was flown out on Sunday.\n\n"
        "Rescuers from the Brenner Park Rescue Team, Summit Guides, Harbor Cruise Lines and "
        "the county police joined the search, said Tomas Keller, a ranger."
    )
    assert named(rec, "Summit Guides").type == "ORG"
    assert named(rec, "Harbor Cruise Lines").type == "ORG"
    assert named(rec, "Tomas Keller").type == "PERSON"


def test_a_time_zone_after_a_clock_time_is_no_actor(run: Callable[..., Record]) -> None:
    rec = run(
        "The patrol began at 9am GMT when the frigate sailed from Portsmouth, the Royal Navy "
        "said. A second report came at 10:30 EST from Halifax."
    )
    found = {e.name for e in rec.entities}
    assert "GMT" not in found and "EST" not in found
    assert "Royal Navy" in found


def test_a_name_after_a_ship_s_noun_is_a_ship(run: Callable[..., Record]) -> None:
    rec = run(
        "A distress call came from the Greek merchant vessel Orla Marsh on Tuesday.\n\n"
        "Indian Naval Ship Varuna, on patrol nearby, reached the Orla Marsh within an hour, "
        "and the Varuna's crew drove the raiders off, the Indian Navy said."
    )
    merchant = named(rec, "Orla Marsh")
    assert (merchant.type, merchant.country) == ("OTHER", "GRC")
    warship = named(rec, "Varuna")
    assert (warship.type, warship.country) == ("ORG", "IND")
    assert not [e for e in rec.entities if e.name.endswith("Naval Ship")]


def test_a_call_sign_as_a_dateline_s_source_and_a_network_s_market_are_broadcasters(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "BENTON, Ark. (KTVB) \u2013 A man was hurt in a crash overnight, police said.\n\n"
        "The driver was taken to a hospital, says ABC NW. Officers closed Mill Street."
    )
    station = named(rec, "KTVB")
    assert (station.type, station.country) == ("ORG", "USA")
    network = named(rec, "ABC NW")
    assert (network.type, network.country) == ("ORG", "USA")



def test_a_listed_body_opening_a_line_is_no_dateline_place(run: Callable[..., Record]) -> None:
    rec = run(
        "I filed the story at noon.\n"
        "CNN, where I used to work, ran it an hour later, and the blogs followed."
    )
    cnn = named(rec, "CNN")
    assert (cnn.type, cnn.country) == ("ORG", "USA")


def test_west_germany_is_germany(run: Callable[..., Record]) -> None:
    rec = run("Tomas Keller coached for ten seasons in West Germany before he came home to Ohio.")
    assert [e.country for e in rec.entities if "Germany" in e.name] == ["DEU"]


def test_a_listed_body_ner_cut_short_is_the_whole_name(run: Callable[..., Record]) -> None:
    # the tagger takes "Islamic" for a people's word; the gazetteer lists the group
    rec = run("Islamic State fighters raided the town of Kovana on Tuesday, the army said.")
    assert named(rec, "Islamic State").type == "ORG"
    assert not any(e.name == "Islamic" for e in rec.entities)


def test_a_people_s_word_before_an_unlisted_name_stays_as_it_is(
    run: Callable[..., Record],
) -> None:
    rec = run("Islamic Relief Fund volunteers handed out food in Kovana on Tuesday, police said.")
    assert not any(e.name.startswith("Islamic State") for e in rec.entities)
