"""A given name, a nickname in quotes and a surname: one person named by the given name and the
surname; and a US state named like a country ("Georgia") in a US story that names a little of
abroad: the state, with the people and bodies its name gave a country to (pipeline/entities).
Every sentence here is invented; NER's spans are set by hand where invented sentences do not
make it give them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import named
from .test_entities_leads import mentions

pytestmark = pytest.mark.model


# -------------------------------------------------------------------------------------------------
# Quoted nicknames


def test_a_quoted_nickname_joins_the_given_name_and_surname() -> None:
    text = 'Retired welder Ramon "Tito" Alvarez spoke at the hearing on Monday.'
    found = mentions(text, ("Ramon", "PERSON", 0), ("Tito", "PERSON", 0), ("Alvarez", "ORG", 0))
    assert found == [('Ramon "Tito" Alvarez', "PERSON")]


def test_a_title_ner_took_into_the_name_stays_out_of_it() -> None:
    text = "The account came from Marine Walter \u201cBuzz\u201d Henley, who was there."
    found = mentions(text, ("Marine Walter", "PERSON", 0), ("Buzz", "PERSON", 0))
    assert found == [("Walter \u201cBuzz\u201d Henley", "PERSON")]


def test_a_person_with_a_quoted_nickname_is_one_entity(run: Callable[..., Record]) -> None:
    rec = run(
        'Former Army medic Walter "Buzz" Henley of Dayton led the rescue crew. Henley said the '
        "river rose fast overnight.",
        published="2016-05-02",
    )
    person = named(rec, "Walter Henley")
    assert person.type == "PERSON"
    assert {"Henley", 'Walter "Buzz" Henley'} <= {m.text for m in person.mentions}
    assert not [e for e in rec.entities if e.name in {"Buzz", "Walter"}]


def test_a_quoted_word_after_a_name_that_runs_on_is_no_nickname() -> None:
    text = 'Mayor Dan Pruitt called the plan "Bold" New Haven Thinking on Monday.'
    found = mentions(text, ("Dan Pruitt", "PERSON", 0))
    assert found == [("Dan Pruitt", "PERSON")]


def test_a_quoted_title_between_a_name_and_a_place_is_no_nickname() -> None:
    text = 'Reporter Anna Brandt filed "Letters" Chicago on Monday.'
    found = mentions(text, ("Anna Brandt", "PERSON", 0), ("Chicago", "GPE", 0))
    assert ("Anna Brandt", "PERSON") in found and ("Chicago", "GPE") in found
    assert not any("Letters" in text for text, _ in found)  # no name joined over the quote


# -------------------------------------------------------------------------------------------------
# Georgia the state in a US story that names a little of abroad


def test_georgia_in_a_us_story_with_one_foreign_mention_is_the_state(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Peach growers rally for Trump.\n\nGeorgia orchard owner Lyle Banning drove to the "
        "rally in Atlanta on Saturday. Banning said the tariffs hurt his trade. Donald Trump "
        "told the crowd in Atlanta that farmers would win. Banning, who met his wife in Peru, "
        "cheered. Trump thanked Banning and the Peach Growers Alliance in Georgia. Trump said "
        "the growers would get help. Trump left for Ohio that night.",
        published="2016-05-02",
    )
    assert named(rec, "Georgia").country == "USA"
    assert named(rec, "Lyle Banning").country == "USA"


def test_georgia_beside_a_place_of_the_country_stays_the_country(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Envoy visits.\n\nGeorgia's foreign minister met US officials in Atlanta on Monday, "
        "then flew home to Tbilisi, where Russian diplomats pressed Georgia on its bid. Russia "
        "warned Georgia again.",
        published="2016-05-02",
    )
    assert named(rec, "Georgia").country == "GEO"


def test_georgia_in_a_story_mostly_about_abroad_stays_the_country(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Border talks.\n\nRussian envoys warned Georgia on Monday. Russia said Moscow would "
        "answer, and Russian troops moved. A US official in Atlanta said Washington was "
        "watching Russia.",
        published="2016-05-02",
    )
    assert named(rec, "Georgia").country == "GEO"
