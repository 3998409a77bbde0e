"""Entities on whole pages, round 9: countries of officials and bodies of foreign affairs
stories (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import named

pytestmark = pytest.mark.model


def test_a_minister_takes_the_country_the_sentence_before_is_about(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "WASHINGTON - The State Department criticised the new tariffs on Monday.\n\n"
        "Norway rejected the criticism and called for calm. Foreign Minister Halvard Tessem "
        "said the tariffs followed every rule."
    )
    assert named(rec, "Halvard Tessem").country == "NOR"


def test_a_minister_after_a_ministry_takes_its_country(run: Callable[..., Record]) -> None:
    rec = run(
        "WASHINGTON - The Treasury Department fined a trading house on Tuesday.\n\n"
        "Peru's Foreign Ministry called the fine unfair. The ministry said the firm had obeyed "
        'every law and that "no one asked us."\n\n'
        "Foreign Minister Rosa Quillca said her government would appeal."
    )
    assert named(rec, "Rosa Quillca").country == "PER"


def test_a_minister_whose_title_names_a_country_keeps_it(run: Callable[..., Record]) -> None:
    rec = run(
        "The launch was condemned by Japan, the Japanese Defense Ministry said. "
        "Chilean Defense Minister Tomas Arrieta called it reckless."
    )
    assert named(rec, "Tomas Arrieta").country == "CHL"


def test_a_minister_after_a_sentence_about_no_country_gets_none_from_it(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "The storm closed three ports on Friday. Interior Minister Odile Brassard "
        "said the roads would reopen soon."
    )
    assert named(rec, "Odile Brassard").country is None


def test_a_bureau_story_about_abroad_lends_its_country_to_no_local_body(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "MANILA - The vote in Laos drew criticism across the region on Monday.\n\n"
        "The Philippines chairs the bloc this year. Foreign Secretary Lorna Vergara said "
        "she would call the ministers together. Ms. Vergara said no one had been invited. "
        "Vergara added that the talks would be in Cebu.\n\n"
        "In Laos, the Central Tally Board said turnout was high, and the Lao "
        "government praised the vote. Laos has held such polls before, and critics in Laos "
        "and Vientiane doubted the count."
    )
    assert named(rec, "Lorna Vergara").country == "PHL"
    assert named(rec, "Central Tally Board").country != "PHL"


def test_a_body_written_in_its_city_takes_the_city_country(run: Callable[..., Record]) -> None:
    rec = run(
        'NIAMEY - Officials met on Monday. "Aid has dried up," said Hawa Keita, a researcher '
        "at the Sahel Policy Institute in Dakar. Rita Gomez at the Kestrel Bank in Zurich "
        "declined to comment."
    )
    assert named(rec, "Sahel Policy Institute").country == "SEN"
    assert named(rec, "Kestrel Bank").country == "CHE"


def test_an_embassy_in_a_city_is_not_that_city_country(run: Callable[..., Record]) -> None:
    rec = run("LIMA - Chile's embassy in La Paz urged calm on Monday.")
    assert [e.country for e in rec.entities if "embassy" in e.name] == ["CHL"]


def test_a_namesake_town_fixes_no_country_of_a_body_in_it(run: Callable[..., Record]) -> None:
    rec = run("The Harbor Savings Club in Bristol closed on Friday, a manager said.")
    assert named(rec, "Harbor Savings Club").country is None


def test_a_person_of_the_body_named_after_them_speaks_for_it(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "LIMA - The talks ended on Monday. Spokesman Tom Reed of the Brazilian Foreign "
        "Ministry said they would resume."
    )
    assert named(rec, "Tom Reed").country == "BRA"
