"""Entities on long real articles, round 5: self-governing territories with their own ISO
code, ... Every sentence here is invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import named

pytestmark = pytest.mark.model


def test_a_territory_with_its_own_code_is_its_own_country(run: Callable[..., Record]) -> None:
    rec = run(
        "COPENHAGEN - Danish ministers met on Friday to discuss fishing quotas. Greenland's "
        "premier, Aputsiaq Olsen, said in Nuuk that the quotas were unfair, and a Danish "
        "official said talks would go on."
    )
    assert named(rec, "Greenland").country == "GRL"
    assert named(rec, "Nuuk").country == "GRL"
    assert named(rec, "Aputsiaq Olsen").country == "GRL"


def test_a_name_before_a_relative_clause_of_place_is_a_place(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Floods cut the northern road on Sunday. A farmer spoke by telephone from Mavungo, "
        "where many families have taken shelter, and said the water was still rising."
    )
    assert named(rec, "Mavungo").type == "GPE"


def test_a_name_before_a_natural_feature_is_a_local_place(run: Callable[..., Record]) -> None:
    rec = run(
        "ACCRA - Ghana's army moved into the Tenkor peninsula on Monday to close illegal pits. "
        "Farmers said the Dowa River had turned brown, and Ghana's mining minister said the "
        "pits would stay shut."
    )
    tenkor = named(rec, "Tenkor")
    assert (tenkor.type, tenkor.country) == ("LOC", "GHA")
    assert named(rec, "Dowa River").country == "GHA"


def test_a_strait_between_countries_takes_no_home(run: Callable[..., Record]) -> None:
    rec = run(
        "COLOMBO - Sri Lanka's navy seized two trawlers in the Korra Strait on Monday, and "
        "Sri Lanka's fisheries minister said the crews would face trial in Colombo."
    )
    strait = [e for e in rec.entities if "Korra" in e.name]
    assert all(e.country is None for e in strait)


def test_a_place_before_a_resident_noun_is_no_surname(run: Callable[..., Record]) -> None:
    rec = run(
        "TRENTON - A Davis Mills teenager was charged on Friday with setting fire to a barn, "
        "the county prosecutor's office said."
    )
    assert named(rec, "Davis Mills").type == "GPE"


def test_a_country_possessive_says_whose_a_named_office_is(run: Callable[..., Record]) -> None:
    rec = run(
        "TAIPEI - Taiwan's coast guard boarded two boats on Tuesday. China's Taiwan Affairs "
        "Office said the boardings were provocations, and its spokesman, Gao Feng, said "
        "Taipei would bear the blame."
    )
    office = named(rec, "Taiwan Affairs Office")
    assert office.country == "CHN"
    assert named(rec, "China").type == "GPE"


def test_a_country_of_two_words_owns_its_institution(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Pirates fired on a freighter off the coast on Saturday. Last month, South Korea's navy "
        "sank a skiff, and the Sri Lankan navy said one of its ships had been hit."
    )
    navies = {e.country for e in rec.entities if e.type == "ORG" and "navy" in e.name}
    assert navies == {"KOR", "LKA"}


def test_a_partner_in_an_unnamed_firm_takes_the_home_country(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "DENVER - A gunman wounded two accountants on Monday, the county sheriff's office said. "
        "Walter Pruitt, an associate of the firm, told deputies the gunman shot him in the leg. "
        "Sheriff Dana Kolb said the district attorney would file charges."
    )
    assert named(rec, "Walter Pruitt").country == "USA"
