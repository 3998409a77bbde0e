"""A person's body decides their country before the story's setting; bodies named by generic
words stay one per country. Every sentence here is invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import named

pytestmark = pytest.mark.model


def test_two_countries_generic_ministries_stay_apart(run: Callable[..., Record]) -> None:
    rec = run(
        "LISBON - Portugal protested on Monday after a Spanish patrol boat stopped a fishing "
        "boat near the border.\n\n"
        "In Madrid, Spain's Foreign Ministry called the Portuguese ambassador in on Tuesday. "
        "Ministry spokeswoman Lucia Herrero said the boat had been inside Spanish waters.\n\n"
        "Portugal's Foreign Ministry rejected the claim. \"Our boat was where it had every "
        'right to be," ministry spokesman Rui Tavares said.'
    )
    assert named(rec, "Spanish Foreign Ministry").country == "ESP"
    assert named(rec, "Portuguese Foreign Ministry").country == "PRT"
    assert named(rec, "Lucia Herrero").country == "ESP"
    assert named(rec, "Rui Tavares").country == "PRT"


def test_a_bare_generic_body_is_the_one_named_last(run: Callable[..., Record]) -> None:
    rec = run(
        "Peru's Foreign Ministry summoned Chile's envoy on Monday. The Foreign Ministry said "
        "the envoy would be told to explain the remarks."
    )
    ministry = named(rec, "Peruvian Foreign Ministry")
    assert ministry.country == "PER"
    assert len(ministry.mentions) == 2


def test_a_police_spokeswoman_keeps_the_home_country(run: Callable[..., Record]) -> None:
    rec = run(
        "QUITO - Police fired tear gas at farmers near the parliament on Monday. Eleven people "
        "were detained, a police spokeswoman, Maria Salazar, told reporters. Ecuador's farm "
        "minister Pablo Tello said talks would go on."
    )
    assert named(rec, "Maria Salazar").country == "ECU"


def test_a_body_noun_before_a_name_makes_it_a_body(run: Callable[..., Record]) -> None:
    rec = run(
        "The boat's owner, the Vigo company Ribeira Mariscos, said the boat had stayed in "
        "Spanish waters. Its director told the private channel TV Morava on Tuesday that "
        "the catch was legal."
    )
    assert named(rec, "Ribeira Mariscos").type == "ORG"
    assert named(rec, "TV Morava").type == "ORG"


def test_a_noun_object_before_a_name_is_no_body(run: Callable[..., Record]) -> None:
    rec = run("The lawyer told the court Halvorsen had lied about the catch on Monday.")
    assert named(rec, "Halvorsen").type == "PERSON"


def test_a_possessive_country_before_an_institution_is_its_country(
    run: Callable[..., Record],
) -> None:
    # the body keeps the possessive in its name and gets the country; the country is not split
    # off as an actor of its own (the body stands beside its country in events already)
    rec = run(
        "Outside the region, views differ. Chile's foreign ministry welcomed the vote, and "
        "Peru's foreign ministry called it a step back."
    )
    assert named(rec, "Chile's foreign ministry").country == "CHL"
    assert named(rec, "Peru's foreign ministry").country == "PER"


def test_listed_regions_are_placed_in_their_country(run: Callable[..., Record]) -> None:
    rec = run(
        "Farmers in Zacatecas blocked a highway on Monday, and the army moved troops into the "
        "Magway region the same day."
    )
    assert named(rec, "Zacatecas").country == "MEX"
    assert named(rec, "Magway").country == "MMR"


def test_its_title_ties_a_person_to_the_country_named_before(run: Callable[..., Record]) -> None:
    rec = run(
        "LIMA - Peru hosted the talks on Monday. Bolivia has kept its distance. Its trade "
        "minister, Rosa Quispe, said on Tuesday that the plan was rushed."
    )
    assert named(rec, "Rosa Quispe").country == "BOL"


def test_its_title_ties_a_person_to_the_body_of_its_kind(run: Callable[..., Record]) -> None:
    rec = run(
        "GENOA - The ferry was held in Genoa on Monday. It is run by Blue Harbour Rescue, "
        "a charity based in Bremen.\n\n"
        "Italian officials said the crew had broken the rules. The charity denies it. Its "
        "director, Jonas Brandt, said the crew had done nothing wrong."
    )
    assert named(rec, "Blue Harbour Rescue").country == "DEU"
    assert named(rec, "Jonas Brandt").country == "DEU"


def test_the_company_s_director_speaks_for_the_company(run: Callable[..., Record]) -> None:
    rec = run(
        "MADRID - Spanish inspectors held the trawler on Monday. The trawler's owner, the "
        "Porto company Ribeira Mariscos, denied any wrongdoing. The company's director, Rui "
        "Pereira, said the catch was legal."
    )
    company = named(rec, "Ribeira Mariscos").country
    assert company is not None
    assert named(rec, "Rui Pereira").country == company


def test_a_possessive_with_no_named_owner_gives_nothing(run: Callable[..., Record]) -> None:
    rec = run(
        "The generals are unlikely to agree. Their spokesman, Tun Aung, said the vote was fair."
    )
    assert named(rec, "Tun Aung").country is None


def test_the_head_word_alone_is_the_body_named_before(run: Callable[..., Record]) -> None:
    rec = run(
        "ZAGREB - Croatia's premier said on Monday that the European Commission had approved "
        "his plan for the ports. The Commission has not confirmed it."
    )
    assert len(named(rec, "European Commission").mentions) == 2
    assert [e for e in rec.entities if e.name == "Commission"] == []


def test_an_unattached_spokesman_speaks_for_the_body_before(run: Callable[..., Record]) -> None:
    rec = run(
        "ZAGREB - Croatian ministers said on Monday that the European Commission had approved "
        "their plan for the ports, and Zagreb newspapers called it a victory.\n\n"
        "The Commission's account is different. A spokesman, Pieter Claes, said on Tuesday "
        "that no decision had been taken."
    )
    assert named(rec, "Pieter Claes").country is None


def test_a_region_before_officials_is_an_actor_of_its_own(run: Callable[..., Record]) -> None:
    rec = run("Ontario officials said on Monday that the new tolls were unfair.")
    assert named(rec, "Ontario").type == "GPE"
    assert named(rec, "Ontario").country == "CAN"


def test_a_region_s_officials_stay_apart_from_the_country_s(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Ontario officials said on Monday that the new tolls were fair. Canadian officials said "
        "the tolls broke a federal agreement, and Ontario police said no one was hurt at the "
        "protest. Canadian police said they were not called."
    )
    ontario = named(rec, "Ontario officials")
    canada = named(rec, "Canadian officials")
    assert [m.text for m in ontario.mentions] == ["Ontario officials"]
    assert [m.text for m in canada.mentions] == ["Canadian officials"]
    assert ontario.country == canada.country == "CAN"
    police = [e for e in rec.entities if "police" in e.name.casefold()]
    assert len(police) == 2, [(e.name, [m.text for m in e.mentions]) for e in police]


def test_a_place_the_tables_miss_takes_the_country_written_after_it(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "BRANDERVILLE, Ohio - The mayor of Branderville said on Monday that the bridge would "
        "reopen. Officials in Quellport, France, said they had sent engineers."
    )
    assert named(rec, "Branderville").country == "USA"
    assert named(rec, "Quellport").country == "FRA"
