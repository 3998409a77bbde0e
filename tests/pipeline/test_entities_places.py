"""Places: territories with their own code, towns and natural features, ships and their flags,
neighbourhoods and precincts, datelines, towns before a state, after an age or before their
police, US namesakes of cities abroad, titles inside a place's name, and the places and bodies
of local crime and court stories (pipeline/entities). Every sentence here is invented; NER's
spans are set by hand where invented sentences do not make it give them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.compare.features import doc_features
from sayso.gazetteer import Gazetteer
from sayso.pipeline.entities.mentions import name_mentions
from sayso.types import Record

from .conftest import named, with_ents

pytestmark = pytest.mark.model


# -------------------------------------------------------------------------------------------------
# Entities on long real articles: self-governing territories with their own ISO code, names before
# a relative clause of place or a natural feature, a strait between countries, a place before a
# resident noun, a country's possessive or its two-word name before an office or an institution,
# and a partner in an unnamed firm.


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


# -------------------------------------------------------------------------------------------------
# Entities: a town's police named as a modifier, a known city's police, a kind of police at a
# sentence's start, a part of a body, and a building's word alone after "the".


def test_a_towns_police_before_a_title_is_a_body(run: Callable[..., Record]) -> None:
    rec = run(
        "DETROIT - A clerk was hurt at a warehouse on Monday, Kelsoville police Sgt. Dana "
        "Morrow said, and the driver fled."
    )
    body = named(rec, "Kelsoville police")
    assert (body.type, body.country) == ("ORG", "USA")


def test_a_known_citys_police_takes_its_country(run: Callable[..., Record]) -> None:
    rec = run("Neighbors said a Chicago police officer's daughter was hurt in the crash on Friday.")
    body = named(rec, "Chicago police")
    assert (body.type, body.country) == ("ORG", "USA")


def test_a_kind_of_police_at_a_sentence_start_names_no_town(run: Callable[..., Record]) -> None:
    rec = run("Protesters marched on Sunday. Riot police fired tear gas at the crowd.")
    assert "Riot police" not in [e.name for e in rec.entities]


def test_a_part_of_a_body_takes_its_owners_country(run: Callable[..., Record]) -> None:
    rec = run(
        "MUSCAT - The U.S. Navy's 4th Squadron said on Friday that gunmen had boarded a cargo "
        "ship off the coast."
    )
    assert named(rec, "4th Squadron").country == "USA"


def test_a_building_word_alone_after_the_is_a_facility(run: Callable[..., Record]) -> None:
    rec = run(
        '"It is not fair," Ms. Hale told reporters outside the Statehouse. "It is about the '
        'law," she said.'
    )
    assert named(rec, "Statehouse").type == "FAC"


# -------------------------------------------------------------------------------------------------
# Entities on whole pages: merchant ships and their flags, neighbourhoods and precincts named as
# where things happen.


def test_a_merchant_ship_is_a_thing_of_its_flag_s_country(run: Callable[..., Record]) -> None:
    rec = run(
        "Pirates fired on MV Lorna Bay off the coast on Tuesday, the navy said. The Lorna Bay "
        "was flying a Liberian flag, and its crew of nine was unhurt."
    )
    ship = named(rec, "MV Lorna Bay")
    assert (ship.type, ship.country) == ("OTHER", "LBR")
    assert [e.name for e in rec.entities if e.name == "Lorna Bay"] == []  # one ship, not two


def test_a_flagged_adjective_gives_the_ship_its_country(run: Callable[..., Record]) -> None:
    rec = run("Gunmen boarded the Panamanian-flagged MV Corven on Monday, officials said.")
    assert (named(rec, "MV Corven").type, named(rec, "MV Corven").country) == ("OTHER", "PAN")


def test_a_merchant_ship_without_a_flag_has_no_country(run: Callable[..., Record]) -> None:
    rec = run("A helicopter chased the pirates away from MV Tessaly on Sunday, officials said.")
    assert (named(rec, "MV Tessaly").type, named(rec, "MV Tessaly").country) == ("OTHER", None)


def test_a_warship_named_by_prefix_then_name_alone_is_one_unit(run: Callable[..., Record]) -> None:
    rec = run(
        "Last month the INS Kaveri, a frigate, sank a pirate mother ship. The Kaveri was later "
        "replaced on patrol, the navy said."
    )
    ship = named(rec, "INS Kaveri")
    assert (ship.type, ship.country) == ("ORG", "IND")
    assert not any(e.name == "Kaveri" for e in rec.entities)


def test_a_neighbourhood_after_a_city_s_possessive_is_a_place_there(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "A man was shot at a home in Denver's Elmwood neighborhood on Friday, police said. "
        "Another fire broke out in the Bronx's Castle Hill neighborhood."
    )
    for name in ("Elmwood", "Castle Hill", "Bronx"):
        assert (named(rec, name).type, named(rec, name).country) == ("GPE", "USA"), name


def test_a_neighbourhood_of_a_city_is_a_place_there(run: Callable[..., Record]) -> None:
    rec = run("The fire broke out in the Fairview neighbourhood of Seattle, police said.")
    assert (named(rec, "Fairview").type, named(rec, "Fairview").country) == ("GPE", "USA")


def test_a_people_s_neighbourhood_names_no_place(run: Callable[..., Record]) -> None:
    rec = run("Crime fell in the Jewish neighborhood last year, police said.")
    assert named(rec, "Jewish").type == "NORP"  # the people, found, and no place beside it
    assert all(e.type != "GPE" for e in rec.entities)


def test_a_numbered_precinct_is_a_body(run: Callable[..., Record]) -> None:
    rec = run(
        "Officers from the 75th Precinct stopped the car on Friday, the district attorney said. "
        "The driver was taken to the 41st Precinct, where police questioned him."
    )
    for name in ("75th Precinct", "41st Precinct"):
        assert (named(rec, name).type, named(rec, name).country) == ("ORG", "USA"), name


def test_a_precinct_in_lower_case_is_no_body(run: Callable[..., Record]) -> None:
    rec = run("Voters in the 5th precinct lined up early on Tuesday, Mayor Dana Voss said.")
    assert named(rec, "Dana Voss").type == "PERSON"  # the sentence's names are found
    assert not any("precinct" in e.name.lower() for e in rec.entities)


def test_a_us_namesake_of_a_city_abroad_in_a_us_state_story(run: Callable[..., Record]) -> None:
    rec = run(
        "Carl Benning of Manchester was arraigned on Monday. Police found the rifle at his home "
        "in Manchester, a town where he has lived since moving from Vermont."
    )
    assert named(rec, "Manchester").country == "USA"
    assert named(rec, "Carl Benning").country == "USA"


def test_the_city_abroad_stays_abroad_beside_its_country(run: Callable[..., Record]) -> None:
    rec = run(
        "A Vermont man was arrested in Manchester on Monday, British police said. He had flown "
        "to Liverpool a week before."
    )
    assert named(rec, "Manchester").country == "GBR"


# -------------------------------------------------------------------------------------------------
# Entities on whole pages: datelines glued to the story, towns before a state, bodies of US towns
# named after cities abroad.


def test_a_state_abbreviation_with_a_space_is_the_state() -> None:
    gz = Gazetteer.default()
    assert gz.us_state("N. Y.") == gz.us_state("N.Y.") == "NY"
    assert gz.place("N. J.") == "USA"
    assert gz.us_state("J. R.") is None


def test_a_town_before_a_spaced_state_abbreviation_is_a_town(run: Callable[..., Record]) -> None:
    rec = run(
        "The driver, 41, of Corinth, N. Y., was charged on Friday, police said. "
        "A passenger from Amsterdam, N. Y., was hurt."
    )
    for name in ("Corinth", "Amsterdam"):
        assert (named(rec, name).type, named(rec, name).country) == ("GPE", "USA"), name
    assert all(e.type != "PERSON" for e in rec.entities)


def test_a_person_before_a_state_stays_a_person(run: Callable[..., Record]) -> None:
    rec = run("The bill was sponsored by Ana Whitfield, D-Minn., and passed on Friday.")
    assert named(rec, "Ana Whitfield").type == "PERSON"


def test_a_dateline_glued_to_the_first_word_is_only_the_place(
    run: Callable[..., Record],
) -> None:
    for text in (
        "DOVER-Standing before the judge, a city man denied the charges on Monday.",
        "Man denies charges\nBy Ana Roe, Staff Writer\nDOVER-Standing before the judge, a "
        "city man denied the charges on Monday.",
    ):
        rec = run(text)
        assert named(rec, "DOVER").type == "GPE"
        assert not any("Standing" in e.name for e in rec.entities)


def test_a_number_after_a_dateline_is_no_actor(run: Callable[..., Record]) -> None:
    rec = run("NEW YORK - Two officers were hurt on Sunday, police said.")
    assert not any(e.name == "Two" for e in rec.entities)
    assert named(rec, "NEW YORK").type == "GPE"


def test_the_bodies_of_a_us_namesake_town_are_american(run: Callable[..., Record]) -> None:
    rec = run(
        "A man from Bristol was arrested in Hartford, Connecticut, on Monday, and the Bristol "
        "Police Department said he was held. The Council of Bristol met later."
    )
    for name in ("Bristol", "Bristol Police Department", "Council of Bristol"):
        assert named(rec, name).country == "USA", name


def test_a_city_abroad_and_its_council_keep_their_country(run: Callable[..., Record]) -> None:
    rec = run("The Bristol City Council met in England on Monday. Bristol has many bridges.")
    assert named(rec, "Bristol City Council").country == "GBR"
    assert named(rec, "Bristol").country == "GBR"


def test_a_merchant_ship_is_a_thing_that_still_names_its_story(
    run: Callable[..., Record],
) -> None:
    rec = run("Pirates boarded MV Tarlow Star off the coast on Monday, the navy said.")
    assert named(rec, "MV Tarlow Star").type == "OTHER"
    feats = doc_features(rec)
    assert "tarlow" in feats.names
    assert "tarlow" in feats.salient
    assert "navy" not in feats.names  # a group (OTHER) without a ship's name is no name


def test_a_lake_named_as_where_people_live_is_a_town(run: Callable[..., Record]) -> None:
    rec = run(
        "Dana Olsen, 19, of Cedar Lake, died on Saturday. Two men from Pine Springs were hurt."
    )
    assert named(rec, "Cedar Lake").type == "GPE"
    assert named(rec, "Pine Springs").type == "GPE"


def test_a_lake_crossed_stays_no_town(run: Callable[..., Record]) -> None:
    rec = run("Boats crossed Cedar Lake on Sunday.")
    assert named(rec, "Cedar Lake").type != "GPE"


# -------------------------------------------------------------------------------------------------
# Entities: local news read as an analyst reads it. A hyphened dateline town is one place, a
# dateline glued to a word still ends at the dash, and a town after an age is a place (a body after
# an age stays a body).


def test_a_hyphened_dateline_town_is_one_place(run: Callable[..., Record]) -> None:
    rec = run(
        "Watch the video below\n"
        "CHESTER-VANE -- A man was hurt in a crash on Friday, police said. He was driving "
        "in Chester - Vane when his truck left the road."
    )
    places = [e for e in rec.entities if e.name.casefold() == "chester-vane"]
    assert len(places) == 1 and places[0].type == "GPE"


def test_a_dateline_glued_to_a_word_still_ends_at_the_dash(run: Callable[..., Record]) -> None:
    rec = run("DOVER-Facing a storm, the mayor of Dover closed the harbour on Friday.")
    assert named(rec, "Dover").type == "GPE"


def test_a_town_after_an_age_is_a_place(run: Callable[..., Record]) -> None:
    rec = run(
        "Police say Marta Quell, 52, of Hollisburg was hurt on Sunday. "
        "Quell was taken to a hospital."
    )
    assert named(rec, "Hollisburg").type == "GPE"


def test_a_body_after_an_age_stays_a_body(run: Callable[..., Record]) -> None:
    rec = run(
        "Police say Marta Quell, 52, of the Hollisburg Savings Bank was hurt on Sunday. "
        "Quell was taken to a hospital."
    )
    assert named(rec, "Hollisburg Savings Bank").type == "ORG"


# -------------------------------------------------------------------------------------------------
# Entities: a degree's letters name no place, but a dateline's state stays.


def test_a_degree_s_letters_name_no_place_but_a_dateline_state_stays(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Ilsa Brandt, MD, MBA, runs a clinic in Tulsa, Oklahoma. She holds a BS in Chemistry "
        "from Tulane University and completed an MD degree in 1991.\n\n"
        "ELMVILLE, MD \u2014 Officials praised her work."
    )
    names_ = [e.name for e in rec.entities]
    assert "MBA" not in names_ and "BS" not in names_
    state = named(rec, "MD")  # only the dateline's, not the degree's
    assert [m.start for m in state.mentions] == [rec.text.index("MD \u2014")]
    assert state.country == "USA"


# -------------------------------------------------------------------------------------------------
# Entities: local crime and court stories. A town of two words before its police keeps both ("Red
# Bluff police": not "Bluff police"); a title NER took into a place before its holder's name is cut
# off ("Ashby County Sheriff Ann Roe": the county); the charges only US courts bring ("vehicular
# homicide", "third-degree murder") mark a US local story, whose towns and people then take the
# USA.


def mentions(text: str, *ents: tuple[str, str, int]) -> list[tuple[str, str]]:
    """The stage's name mentions (text, label) of ``text`` parsed, its NER's spans replaced by
    ``ents``: (words, label, which occurrence of the words, from 0)."""
    doc = with_ents(text, *ents)
    return [(text[m.start : m.end], m.label) for m in name_mentions(doc, Gazetteer.default())]


def test_a_two_word_town_before_its_police_keeps_both_words() -> None:
    text = "Red Bluff police said on Monday the driver fled the scene."
    found = mentions(text, ("Red Bluff", "GPE", 0))
    assert ("Red Bluff police", "ORG") in found
    assert ("Bluff police", "ORG") not in found
    assert ("Bluff", "GPE") not in found


def test_a_two_word_town_in_a_sentence_before_its_police_keeps_both_words() -> None:
    text = "The driver fled, and Red Bluff police detective Ann Roe said they found him later."
    found = mentions(text, ("Red Bluff", "GPE", 0), ("Ann Roe", "PERSON", 0))
    assert ("Red Bluff police", "ORG") in found
    assert ("Red Bluff", "GPE") in found


def test_a_body_of_two_words_before_police_is_no_town() -> None:
    text = "The driver fled, and Harbor Freight police were called."
    found = mentions(text, ("Harbor Freight", "ORG", 0))
    assert not any(t.endswith(" police") for t, _ in found)


def test_a_title_inside_a_place_before_a_name_is_cut_off() -> None:
    text = "On Friday, Ashby County Sheriff Ann Roe said the boy was found."
    found = mentions(text, ("Ashby County Sheriff", "GPE", 0), ("Ann Roe", "PERSON", 0))
    assert ("Ashby County", "GPE") in found
    assert ("Ashby County Sheriff", "GPE") not in found
    assert ("Ann Roe", "PERSON") in found


def test_a_title_inside_a_place_with_no_name_after_it_stays() -> None:
    text = "On Friday, the Ashby County Sheriff said the boy was found."
    found = mentions(text, ("Ashby County Sheriff", "GPE", 0))
    assert ("Ashby County", "GPE") not in found


def _country(record: Record, name: str) -> str | None:
    found = [e for e in record.entities if e.name == name]
    assert found, [e.name for e in record.entities]
    return found[0].country


def test_us_only_charges_make_the_story_american(run: Callable[..., Record]) -> None:
    rec = run(
        "Driver faces counts\n\nTom Vessey of Elmford now faces a third-degree murder "
        "count and two of vehicular homicide. Vessey, 41, hit a cyclist near a bakery in "
        "Elmford, police said."
    )
    assert _country(rec, "Tom Vessey") == "USA"


def test_one_us_only_charge_is_not_enough(run: Callable[..., Record]) -> None:
    rec = run(
        "Driver faces counts\n\nTom Vessey of Elmford now faces a count of vehicular "
        "homicide. Vessey, 41, hit a cyclist near a bakery in Elmford, police said."
    )
    assert _country(rec, "Tom Vessey") is None


def test_a_lake_someone_lives_in_is_a_town() -> None:
    text = "Ann Roe, who lives in Elm Lake and knows the owner, said the party was loud."
    found = mentions(text, ("Ann Roe", "PERSON", 0), ("Elm Lake", "LOC", 0))
    assert ("Elm Lake", "GPE") in found


def test_a_lake_someone_swims_in_stays_a_lake() -> None:
    text = "Tom Reed swam in Elm Lake on Sunday before the storm."
    found = mentions(text, ("Tom Reed", "PERSON", 0), ("Elm Lake", "LOC", 0))
    assert ("Elm Lake", "LOC") in found


def _entity(record: Record, name: str) -> tuple[str, str | None]:
    found = [e for e in record.entities if e.name == name]
    assert found, [e.name for e in record.entities]
    return found[0].type, found[0].country


def test_a_county_officers_office_is_a_body_not_a_place(run: Callable[..., Record]) -> None:
    rec = run(
        "The Ashby County Sheriff's Office said the boy died on Friday. The Ashby County "
        "District Attorney's office said the driver would be charged."
    )
    assert _entity(rec, "Ashby County Sheriff's Office") == ("ORG", "USA")
    assert _entity(rec, "Ashby County District Attorney's office")[0] == "ORG"
    assert "Ashby County District" not in {e.name for e in rec.entities}


def test_a_bare_titled_office_is_a_body(run: Callable[..., Record]) -> None:
    rec = run("Deputies found the car on Friday. The Sheriff's Office said the driver fled.")
    assert _entity(rec, "Sheriff's Office")[0] == "ORG"


def test_a_lower_case_office_of_a_title_is_no_name(run: Callable[..., Record]) -> None:
    rec = run("Deputies found the car on Friday. The sheriff's office said the driver fled.")
    assert "sheriff's office" not in {e.name for e in rec.entities}


def test_a_persons_office_is_not_an_office_holders(run: Callable[..., Record]) -> None:
    rec = run("Reporters waited on Friday. Ann Roe's office said the senator was away.")
    assert "Ann Roe's office" not in {e.name for e in rec.entities}


def test_a_firm_opening_with_a_given_name_stays_a_firm() -> None:
    text = "Shots were fired at Gordon Advisors in Elmford on Monday."
    found = mentions(text, ("Gordon Advisors", "ORG", 0), ("Elmford", "GPE", 0))
    assert ("Gordon Advisors", "ORG") in found


def test_a_person_typed_a_body_still_turns_a_person() -> None:
    text = "Shots were fired on Monday, and Paul Riva said he hid."
    found = mentions(text, ("Paul Riva", "ORG", 0))
    assert ("Paul Riva", "PERSON") in found


def test_a_countrys_port_of_a_town_is_in_that_country(run: Callable[..., Record]) -> None:
    rec = run("The liner's passengers rejoined it in Peru's port of Callao on Sunday.")
    assert _entity(rec, "Callao") == ("GPE", "PER")


def test_a_demonyms_town_of_a_town_is_in_that_country(run: Callable[..., Record]) -> None:
    rec = run("Miners marched in the Chilean mining town of Vallenar on Monday.")
    assert _entity(rec, "Vallenar") == ("GPE", "CHL")


def test_a_persons_town_of_is_no_country(run: Callable[..., Record]) -> None:
    rec = run("Ann Roe's home town of Elmwick cheered on Monday.")
    assert _entity(rec, "Elmwick")[1] is None


def test_a_person_and_home_town_typed_a_body_are_split() -> None:
    text = "On Monday, Chad Vessey of Elmford was arraigned. Vessey said nothing."
    found = mentions(text, ("Chad Vessey of Elmford", "ORG", 0), ("Vessey", "PERSON", 1))
    assert ("Chad Vessey", "PERSON") in found
    assert ("Elmford", "GPE") in found


def test_a_body_named_of_a_place_stays_a_body() -> None:
    text = "On Monday, the Friends of Elm Grove met in the Bank of Elmford."
    found = mentions(text, ("Friends of Elm Grove", "ORG", 0), ("Bank of Elmford", "ORG", 0))
    assert ("Friends of Elm Grove", "ORG") in found
    assert ("Bank of Elmford", "ORG") in found


def test_a_name_after_an_age_typed_a_building_is_a_person() -> None:
    text = "Police said a 22-year-old Dana Vessey was hurt on Monday."
    found = mentions(text, ("Dana Vessey", "FAC", 0))
    assert ("Dana Vessey", "PERSON") in found


def test_a_mall_after_an_age_stays_a_building() -> None:
    text = "Police said the 40-year-old Elmford Mall was closed on Monday."
    found = mentions(text, ("Elmford Mall", "FAC", 0))
    assert ("Elmford Mall", "FAC") in found


def test_a_towns_capitalised_police_inside_a_sentence_is_a_body(
    run: Callable[..., Record],
) -> None:
    rec = run("Shots rang out on Sunday, according to Ann Roe, a Denver Police spokeswoman.")
    assert _entity(rec, "Denver Police") == ("ORG", "USA")


def test_a_towns_police_in_a_title_case_line_is_no_new_body() -> None:
    text = "Two Teens Shot By Elmford Police Near Park\nThe boys were hurt on Sunday."
    found = mentions(text, ("Elmford", "GPE", 0))
    assert ("Elmford Police", "ORG") not in found


def test_a_place_before_the_rest_of_a_courts_name_is_the_court() -> None:
    text = "He is due in Elmford Judicial District Court on November 8."
    found = mentions(text, ("Elmford", "GPE", 0))
    assert ("Elmford Judicial District Court", "ORG") in found
    assert ("Elmford", "GPE") not in found


def test_a_place_before_a_body_ner_tagged_is_the_bodys_name() -> None:
    text = "He is due in New Elmford District Court on November 8."
    found = mentions(text, ("New Elmford", "FAC", 0), ("District Court", "ORG", 0))
    assert ("New Elmford District Court", "ORG") in found


def test_a_place_before_a_plain_capitalised_word_stays_a_place() -> None:
    text = "He flew to Elmford Tuesday and met Ann Roe there."
    found = mentions(text, ("Elmford", "GPE", 0), ("Ann Roe", "PERSON", 0))
    assert ("Elmford", "GPE") in found


def test_a_title_opening_at_a_places_last_word_is_cut_off() -> None:
    text = "On Friday, Ashby County District Attorney Ann Roe said he would be charged."
    found = mentions(text, ("Ashby County District", "GPE", 0), ("Ann Roe", "PERSON", 0))
    assert ("Ashby County", "GPE") in found
    assert ("Ashby County District", "GPE") not in found


def test_a_district_with_no_title_after_it_stays() -> None:
    text = "On Friday, Ashby County District officials said he would be charged."
    found = mentions(text, ("Ashby County District", "GPE", 0))
    assert ("Ashby County District", "GPE") in found


def test_a_name_before_a_dwelling_noun_is_a_neighbourhood(run: Callable[..., Record]) -> None:
    rec = run(
        "Fire probe\n\n"
        "BOSTON - Firefighters found two men inside a Beacon Hill apartment after the blaze on "
        "Sunday, officials said."
    )
    assert named(rec, "Beacon Hill").type == "GPE"


def test_a_firm_s_name_before_a_dwelling_noun_stays_a_body(run: Callable[..., Record]) -> None:
    rec = run(
        "Fire probe\n\n"
        "BOSTON - Firefighters found two men inside a Harborview Realty apartment after the blaze "
        "on Sunday, officials said."
    )
    assert named(rec, "Harborview Realty").type == "ORG"
