"""The story's home country (its dateline, else the country its actors clearly belong to) for
the local actors it leaves unmarked; datelines split from the name after them; hyphenated given
names; listed regions and cities. Every sentence here is invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.gazetteer import Gazetteer
from sayso.nlp import load as load_nlp
from sayso.pipeline.entities.labels import relabel as _relabel
from sayso.types import Record

from .conftest import named

pytestmark = pytest.mark.model


def test_the_dateline_gives_local_actors_their_country(run: Callable[..., Record]) -> None:
    rec = run(
        "Regional vote goes to a runoff\n\n"
        "LIMA - Governor Rosa Quispe said on Monday that the regional vote in Arequipa would go "
        "to a runoff. Her rival, Julio Condori, told supporters in Arequipa that he expected to "
        "win. The Andean Renewal Movement said it would back him."
    )
    assert named(rec, "Rosa Quispe").country == "PER"
    assert named(rec, "Julio Condori").country == "PER"
    assert named(rec, "Arequipa").country == "PER"


def test_a_dominant_country_without_a_dateline(run: Callable[..., Record]) -> None:
    rec = run(
        "Chile's Senate approved the pension bill on Tuesday. Chilean lawmakers debated it for "
        "a week, and Chile's finance ministry said it would take effect in July. Senator Marta "
        "Ibarra, who wrote the bill, said Chile had waited too long."
    )
    assert named(rec, "Marta Ibarra").country == "CHL"


def test_no_clear_home_no_country(run: Callable[..., Record]) -> None:
    rec = run(
        "Peru and Chile signed a fishing accord on Tuesday. Peru's navy and Chile's navy will "
        "patrol together. Analyst Tomas Ruiz said the accord was overdue."
    )
    assert named(rec, "Tomas Ruiz").country is None


def test_officials_of_international_bodies_keep_no_country(run: Callable[..., Record]) -> None:
    rec = run(
        "QUITO - Ecuadorian farmers marched on Monday against the trade accord. European Trade "
        "Commissioner Lena Vos defended it, and Ecuador's farm minister Pablo Tello said talks "
        "would go on."
    )
    assert named(rec, "Lena Vos").country is None
    assert named(rec, "Pablo Tello").country == "ECU"


def test_a_dateline_is_split_from_the_name_after_it(run: Callable[..., Record]) -> None:
    rec = run("Port strike ends\n\nLAGOS - Nigeria's dock workers ended a strike on Monday.")
    names = [e.name for e in rec.entities]
    assert not any(" - " in n for n in names), names
    assert named(rec, "Nigeria").type == "GPE"
    assert named(rec, "LAGOS").country == "NGA"


def test_a_hyphenated_given_name_is_whole(run: Callable[..., Record]) -> None:
    rec = run("South Korean Unification Minister Park Min-seo said the talks had stalled.")
    assert named(rec, "Park Min-seo").type == "PERSON"


def test_listed_places_have_their_country() -> None:
    gz = Gazetteer.default()
    assert gz.place("Jeddah") == "SAU"
    assert gz.place_country("North Carolina") == "USA"
    assert gz.place("Lincoln") is None  # a capital that is also a common surname is left out


def test_a_listed_city_is_a_place_of_its_country(run: Callable[..., Record]) -> None:
    rec = run("The two delegations met in Geneva on Friday and will meet again in Jeddah.")
    assert named(rec, "Geneva").country == "CHE"
    assert named(rec, "Jeddah").type == "GPE"
    assert named(rec, "Jeddah").country == "SAU"


def test_a_gazetteer_body_keeps_its_name(run: Callable[..., Record]) -> None:
    rec = run("The U.S. State Department said on Monday that the embassy would stay open.")
    assert named(rec, "State Department").country == "USA"


def test_a_dateline_place_ner_missed_is_a_place(run: Callable[..., Record]) -> None:
    rec = run("Ads flood the race\n\nBOISE, Idaho - Outside groups have spent $2 million on ads.")
    assert named(rec, "BOISE").type == "GPE"
    assert named(rec, "BOISE").country == "USA"


def test_a_title_ending_inside_the_entity(run: Callable[..., Record]) -> None:
    rec = run("Secretary of Defense Marcus Trent met Secretary of State Ann Pell on Monday.")
    names = [e.name for e in rec.entities]
    assert "State" not in names and not any(n.startswith("Defense") for n in names), names
    assert named(rec, "Marcus Trent").country == "USA"  # a title only one country has
    assert named(rec, "Ann Pell").type == "PERSON"


def test_a_countrys_own_body_is_not_the_listed_namesake(run: Callable[..., Record]) -> None:
    rec = run("Chile's Senate approved the pension bill. The U.S. Senate has not taken it up.")
    assert named(rec, "Chilean Senate").country == "CHL"
    assert named(rec, "U.S. Senate").country == "USA"


def test_context_makes_a_place(run: Callable[..., Record]) -> None:
    rec = run(
        "Rebels shelled the town of Varnok on Sunday. They rallied outside Ferris Vale on "
        "Friday, and aid workers met farmers in Drumlee. The governor spoke in Parliament."
    )
    assert named(rec, "Varnok").type == "GPE"
    assert named(rec, "Ferris Vale").type == "GPE"  # typed a person by NER
    assert named(rec, "Drumlee").type == "GPE"
    assert named(rec, "Parliament").type == "ORG"


def test_a_capitalised_title_makes_a_person() -> None:
    # NER sometimes types the name after a sentence-initial title as an organisation
    doc = load_nlp()("Governor Kunle Adeyemi said he respected the ruling.")
    assert _relabel(doc, 1, 3, "ORG", Gazetteer.default()) == "PERSON"


def test_two_word_institutions_after_a_country(run: Callable[..., Record]) -> None:
    rec = run(
        "Peru's coast guard said on Friday that it had boarded the trawler. The Bolivian air "
        "force said nothing."
    )
    assert named(rec, "Peru's coast guard").country == "PER"
    assert named(rec, "Bolivian air force").country == "BOL"


def test_a_dateline_city_is_named_as_the_story_spells_it(run: Callable[..., Record]) -> None:
    rec = run(
        "Port strike spreads\n\n"
        "GDANSK - Dock workers in Gdansk walked off the job on Friday, the union said. The port "
        "authority said ships would be sent to Gdynia."
    )
    assert named(rec, "Gdansk").type == "GPE"
    assert not [e for e in rec.entities if e.name == "GDANSK"]


def test_a_bureau_dateline_gives_no_home_to_a_story_about_elsewhere(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "LIMA - Bolivia's government said on Monday that Bolivian troops would stay at the "
        "border. Bolivia's defense minister said La Paz had no choice, and Bolivian lawmakers "
        "backed him. The Andean Renewal Movement, led by Hugo Mamani, called the move reckless."
    )
    assert named(rec, "Hugo Mamani").country != "PER"


def test_two_of_one_country_s_local_markers_make_it_the_home(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Teenager charged after garage shooting\n\n"
        "A Marlow Creek teenager, Dell Hanley, 19, was charged on Friday with manslaughter, the "
        "Kessel County Prosecutor's Office said. He is being held in the county jail, and the "
        "sheriff's office said deputies found a handgun in the garage."
    )
    assert named(rec, "Dell Hanley").country == "USA"


def test_one_marker_or_a_named_country_gives_no_marked_home(
    run: Callable[..., Record],
) -> None:
    one = run(
        "A Marlow Creek teenager, Dell Hanley, 19, was charged on Friday with manslaughter. He "
        "is being held in the county jail, his lawyer said."
    )
    assert named(one, "Dell Hanley").country is None
    other = run(
        "Carlos Mendez, 40, of Peru was charged on Friday, the district attorney said. Mendez, a "
        "Peruvian national, is in the county jail."
    )
    assert named(other, "Carlos Mendez").country != "USA"


def test_a_body_named_after_a_listed_place_is_of_its_country(
    run: Callable[..., Record],
) -> None:
    rec = run("Chicago Police spokesman Tom Allard said on Monday that two men were arrested.")
    assert [e.country for e in rec.entities if e.name.startswith("Chicago")] == ["USA"] * len(
        [e for e in rec.entities if e.name.startswith("Chicago")]
    )
    assert any(e.name == "Chicago Police" for e in rec.entities), [e.name for e in rec.entities]


def test_markers_hold_beside_a_place_of_the_same_country(run: Callable[..., Record]) -> None:
    rec = run(
        "Dell Hanley, 19, of Marlow Creek Township was charged on Friday, the county sheriff's "
        "office said. He had driven to a party from Chicago."
    )
    assert named(rec, "Dell Hanley").country == "USA"


def test_a_bare_senate_is_the_story_s_own(run: Callable[..., Record]) -> None:
    manila = run(
        "MANILA - The Senate voted on Monday to open an inquiry into the port deal. Senator "
        "Ana Reyes said the Philippine navy had not been consulted."
    )
    assert [e.country for e in manila.entities if e.name == "Senate"] == ["PHL"]
    washington = run(
        "Sen. Tom Harlan (R-Ohio) said on Monday that the Senate would vote on the bill next "
        "week. Rep. Lia Moss (D-Calif.) said the House would wait."
    )
    assert [e.country for e in washington.entities if e.name == "Senate"] == ["USA"]
