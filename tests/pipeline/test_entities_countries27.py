"""Entities, countries round 27 (invented sentences): a story's default country (its dateline's,
its dominant one) reaches no actor that evidence places elsewhere; the country a diplomat's
title posts them to ("the ambassador to X") is never theirs."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

pytestmark = pytest.mark.model


def _country(rec: Record, name: str) -> str | None:
    return next(e for e in rec.entities if e.name == name).country


def test_the_country_an_ambassador_is_posted_to_is_not_theirs(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "WASHINGTON (Wire) - The ambassador to France, Paul Reed, said the talks would resume. "
        "Reed spoke after the State Department briefing."
    )
    assert _country(rec, "Paul Reed") != "FRA"


def test_an_envoy_of_an_international_body_takes_no_country_of_the_posting(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "The U.N. special envoy for Yemen, Hans Berg, said on Monday the truce held. "
        "Berg met rebels in Sanaa."
    )
    assert _country(rec, "Hans Berg") is None


def test_the_dateline_country_does_not_reach_the_ambassador_posted_there(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "BEIJING, May 3 (Wire) - The ambassador to China, Nora Platt, said on Friday that the "
        "talks went well. Chinese officials did not comment."
    )
    assert _country(rec, "Nora Platt") is None


def test_a_bodys_envoy_to_a_country_is_none_of_its_own(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "PARIS - The European Union's envoy to Libya, Marco Bassi, met Libyan officials in "
        "Tripoli on Monday."
    )
    assert _country(rec, "Marco Bassi") is None


def test_a_visiting_minister_of_a_country_named_after_the_name_is_of_it(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "BEIJING, May 3 (Wire) - Visiting Foreign Minister Carla Mendes of Brazil said on Friday "
        "that the talks went well. Chinese officials agreed."
    )
    assert _country(rec, "Carla Mendes") == "BRA"


def test_a_leader_of_the_country_named_after_the_name_takes_no_dateline_country(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "TOKYO (Wire) - Prime Minister Kenji Mori met President Ellen Carter of the United "
        "States on Monday. Carter said the alliance was strong."
    )
    assert _country(rec, "Ellen Carter") == "USA"


def test_a_senator_takes_no_country_of_a_dateline_without_a_senate(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "BEIJING, May 3 (Wire) - Chinese officials met a trade delegation on Friday. In "
        "Washington, Senator Mark Holloway said the deal was a mistake. Holloway called for a "
        "hearing."
    )
    assert _country(rec, "Mark Holloway") == "USA"


def test_a_prime_minister_takes_no_country_of_a_us_dateline(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "WASHINGTON (Wire) - President Ellen Carter met Prime Minister Hiroshi Tanaka at the "
        "White House on Monday. Tanaka said the talks on tariffs were useful."
    )
    assert _country(rec, "Hiroshi Tanaka") != "USA"


@pytest.mark.parametrize(
    "opening",
    [
        "Foreign Minister Anna Berg, who arrived from Stockholm on Monday, said aid would go on.",
        "Visiting Foreign Minister Anna Berg said aid would go on.",
        "Foreign Minister Anna Berg arrived on Monday for talks on aid.",
    ],
)
def test_a_minister_who_comes_to_the_dateline_country_is_none_of_its(
    run: Callable[..., Record], opening: str
) -> None:
    rec = run(f"KYIV (Wire) - {opening} Ukrainian officials thanked her.")
    assert _country(rec, "Anna Berg") != "UKR"


def test_a_bodys_own_apposition_place_beats_the_dateline_place(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "BEIJING (Wire) - The Harlow Institute, a Washington think tank, said on Monday the "
        "tariffs would hurt. Chinese officials agreed."
    )
    assert _country(rec, "Harlow Institute") == "USA"


def test_a_legislature_some_countries_name_so_takes_no_other_dateline_country(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "BEIJING (Wire) - Tom Ash, a lawmaker in the House of Commons, said on Monday the "
        "tariffs would hurt. Chinese officials agreed."
    )
    assert _country(rec, "House of Commons") is None
    assert _country(rec, "Tom Ash") is None


def test_a_minister_takes_no_country_of_a_us_dateline(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "WASHINGTON (Wire) - Foreign Minister Sergei Volkov said on Monday that the talks had "
        "failed. He met Secretary of State Ned Rice and told Trade Secretary Lena Cole that "
        "tariffs would hurt."
    )
    assert _country(rec, "Sergei Volkov") != "USA"
    assert _country(rec, "Ned Rice") == "USA"
    assert _country(rec, "Lena Cole") == "USA"  # a secretary, whatever role it is read as


def test_a_congressman_takes_no_country_of_a_dateline_without_a_congress(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "BEIJING (Wire) - Congressman Tom Ash said on Monday the tariffs would hurt farmers. "
        "Chinese officials disagreed."
    )
    assert _country(rec, "Tom Ash") != "CHN"
