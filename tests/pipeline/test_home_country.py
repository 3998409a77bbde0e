"""The story's home country (its dateline, else the country its actors clearly belong to) for
the local actors it leaves unmarked, and the countries of officials and bodies: datelines split
from the name after them, hyphenated given names, listed regions and cities, the marks of a US
local story, a US state named like a country, and a default country that reaches no actor
placed elsewhere (pipeline/entities). Every sentence here is invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.gazetteer import Gazetteer
from sayso.nlp import load as load_nlp
from sayso.pipeline.entities.labels import relabel as _relabel
from sayso.types import Entity, Record

from .conftest import named

pytestmark = pytest.mark.model


# -------------------------------------------------------------------------------------------------
# The story's home country (its dateline, else the country its actors clearly belong to) for the
# local actors it leaves unmarked; datelines split from the name after them; hyphenated given
# names; listed regions and cities.


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


# -------------------------------------------------------------------------------------------------
# Entities on whole pages: countries of officials and bodies of foreign affairs stories.


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


# -------------------------------------------------------------------------------------------------
# Entities: local news read as an analyst reads it. Two marks of a US local story (a state
# attorney, a state police, a highway number, a township, a station's call sign, a police
# department) make it American; one alone does not, and a known body's or a firm's four capitals
# are no call sign.


def test_a_state_attorney_and_a_state_police_make_a_local_story_american(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Kansas State Police say Dana Kellerby, 34, of Brindlewood was hurt when her "
        "tractor rolled over on Saturday.\n\n"
        "The case will be sent to the Marrow County State's Attorney's Office, police said."
    )
    assert named(rec, "Dana Kellerby").country == "USA"


def test_a_highway_number_and_a_township_make_a_local_story_american(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "A driver was killed on Interstate 72 near Halvering Township on Friday, police said. "
        "Corwin Bastable, 51, died at the scene."
    )
    assert named(rec, "Corwin Bastable").country == "USA"


def test_a_station_call_sign_and_a_police_department_make_a_local_story_american(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "A teenager was shot on Elm Row late Sunday, Dunmere police said. Anyone who saw it "
        "should call the Dunmere Police Department, spokeswoman Lorna Pettifer said.\n\n"
        "WQRT's Ellis Varga contributed to this report."
    )
    assert named(rec, "Lorna Pettifer").country == "USA"


def test_one_marker_alone_gives_no_country(run: Callable[..., Record]) -> None:
    rec = run(
        "A teenager was shot on Elm Row late Sunday. Anyone who saw it should call the "
        "Dunmere Police Department, spokeswoman Lorna Pettifer said."
    )
    assert named(rec, "Lorna Pettifer").country is None


def test_a_known_body_of_four_capitals_is_no_call_sign(run: Callable[..., Record]) -> None:
    rec = run(
        "KFOR soldiers patrolled the village on Sunday. Anyone who saw the attack should call "
        "the police department, spokeswoman Lorna Pettifer said."
    )
    assert named(rec, "Lorna Pettifer").country is None


def test_a_firms_four_capitals_are_no_call_sign(run: Callable[..., Record]) -> None:
    rec = run(
        "Auditors from KQZM found the gap in the accounts, spokeswoman Lorna Pettifer said. "
        "Anyone who saw the ledgers should call the district attorney."
    )
    assert named(rec, "Lorna Pettifer").country is None


def test_a_state_attorney_alone_gives_no_country(run: Callable[..., Record]) -> None:
    rec = run(
        "Dana Kellerby, 34, of Brindlewood was hurt when her tractor rolled over on Saturday.\n\n"
        "The case will be sent to the Marrow County State's Attorney's Office, police said."
    )
    assert named(rec, "Dana Kellerby").country is None


# -------------------------------------------------------------------------------------------------
# Entities: a dateline town in capitals before a postal code is an American town, and a body named
# after a US state keeps a namesake town American.


def test_a_dateline_town_in_capitals_before_a_postal_code_is_an_american_town(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "UPDATED at 4:10 p.m. ELMVILLE, MD \u2014 Authorities said a student of Elmville High "
        "School was hurt Friday.\n\n"
        "Officers of the Elmville police found Tomas Keller, 17, near the school."
    )
    town = named(rec, "ELMVILLE")
    assert (town.type, town.country) == ("GPE", "USA")
    assert named(rec, "MD").country == "USA"
    assert named(rec, "Tomas Keller").country == "USA"


def test_a_body_named_after_a_us_state_keeps_a_namesake_town_american(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Regan Vale, 52, is the founder of a clinic in Nashua, New Hampshire, and was named to the "
        "state board.\n\n"
        "She earned her MD diploma at the University of New Hampshire, Manchester, along with a "
        "law degree from Tulane University."
    )
    assert named(rec, "University of New Hampshire").country == "USA"
    assert named(rec, "Manchester").country == "USA"


# -------------------------------------------------------------------------------------------------
# Entities on local and political pages: the marks of a US local story (a county, "the N block of"
# a street, a station's call sign in the dateline, a US state named like a country) give its people
# their country, stories set abroad keep theirs, and well-known US firms are American.


def test_a_county_and_a_street_block_make_a_us_local_story(run: Callable[..., Record]) -> None:
    rec = run(
        "A 40-year-old man was found dead Sunday in the 300 block of Maple Lane in Dunmore. "
        "Officers from the Dunmore police said Walter Quimby had been stabbed, according to "
        "the Pelham County coroner.",
        published="2019-05-12",
    )
    assert named(rec, "Walter Quimby").country == "USA"


def test_a_dateline_call_sign_and_a_county_make_a_us_local_story(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "(via WQXT) -- A woman was hurt Friday when a tree fell on her car in Ashby "
        "County. Deputies said Nora Pettigrew was taken to a hospital.",
        published="2019-05-12",
    )
    assert named(rec, "Nora Pettigrew").country == "USA"


def test_georgia_in_a_us_local_story_is_the_state(run: Callable[..., Record]) -> None:
    rec = run(
        "A man shot his neighbor early Sunday in Georgia, the Camden County police said. "
        "Officers said Dwayne Hollis was taken to the county jail.",
        published="2019-05-12",
    )
    assert named(rec, "Georgia").country == "USA"
    assert named(rec, "Dwayne Hollis").country == "USA"


def test_georgia_beside_its_neighbours_is_the_country(run: Callable[..., Record]) -> None:
    rec = run(
        "Russian troops moved closer to the border with Georgia on Sunday. Officials in the "
        "Kvemo County office said Levan Beridze had fled with his family.",
        published="2019-05-12",
    )
    assert named(rec, "Georgia").country == "GEO"


def test_a_kenyan_county_story_keeps_its_country(run: Callable[..., Record]) -> None:
    rec = run(
        "Police in Nairobi said on Sunday that a bus overturned in Kiambu County, in the 200 "
        "block of shops by the highway. County commander Peter Wanjala said ten were hurt.",
        published="2019-05-12",
    )
    assert named(rec, "Peter Wanjala").country != "USA"


def test_an_irish_county_council_is_no_us_mark(run: Callable[..., Record]) -> None:
    rec = run(
        "Gardai said a cyclist was hurt on Sunday. Kerry County Council said Siobhan Moriarty "
        "would review the road, and the Kerry County Court will hear the case.",
        published="2019-05-12",
    )
    assert named(rec, "Siobhan Moriarty").country != "USA"


def test_well_known_us_firms_are_american(run: Callable[..., Record]) -> None:
    rec = run(
        "Shares of Exxon Mobil and Chevron fell on Monday while Google and Microsoft rose. "
        "Analysts said Exxon would report next week.",
        published="2019-05-12",
    )
    for firm in ("Exxon Mobil", "Chevron", "Google", "Microsoft"):
        assert (named(rec, firm).type, named(rec, firm).country) == ("ORG", "USA")


def test_the_amazon_is_no_us_firm(run: Callable[..., Record]) -> None:
    rec = run(
        "Fires spread across the Amazon on Monday, officials in Brasilia said.",
        published="2019-08-12",
    )
    assert all(e.country != "USA" for e in rec.entities if e.name == "Amazon")


# -------------------------------------------------------------------------------------------------
# Entities (NER's spans set by hand where invented sentences do not make it give them): a US state
# named like a country is the state when a mark ties the name to the state or two marks make the
# story US local news, never on one county alone nor when the story names a place of the country.


def entity_named(rec: Record, name: str) -> Entity:
    found = [e for e in rec.entities if e.name == name]
    assert found, sorted(e.name for e in rec.entities)
    return found[0]


def test_georgia_after_a_town_of_the_state_is_the_state(run: Callable[..., Record]) -> None:
    rec = run(
        "Families from Syria and Iraq have settled in Elmdale, Ga., a small town east of "
        "Atlanta. Georgia has taken in more of them than most states, said Rania Haddad, who "
        "runs a school there.",
        published="2019-05-12",
    )
    assert entity_named(rec, "Georgia").country == "USA"


def test_georgia_after_a_county_of_the_state_is_the_state(run: Callable[..., Record]) -> None:
    rec = run(
        "Refugees from Syria found homes in Marlow County, Georgia, last year. Georgia's "
        "schools hired teachers who speak Arabic, said Omar Saleh.",
        published="2019-05-12",
    )
    assert entity_named(rec, "Georgia").country == "USA"


def test_one_county_alone_leaves_georgia_the_country(run: Callable[..., Record]) -> None:
    rec = run(
        "Floods cut roads in Georgia on Sunday, and the Kvareli County governor asked for "
        "help. Nino Lomidze said three villages were cut off.",
        published="2019-05-12",
    )
    assert entity_named(rec, "Georgia").country == "GEO"


def test_two_marks_of_us_local_news_make_georgia_the_state(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "A man shot his neighbor early Sunday in Georgia, the Camden County police said. "
        "Officers said Dwayne Hollis was taken to the county jail.",
        published="2019-05-12",
    )
    assert entity_named(rec, "Georgia").country == "USA"


@pytest.mark.parametrize(
    "text",
    [
        "ATLANTA - A man was shot dead in Georgia on Monday, police said.",
        "The governor of Georgia signed the budget in Atlanta on Tuesday, aides said.",
    ],
)
def test_a_us_city_of_the_tables_makes_georgia_the_state(
    run: Callable[..., Record], text: str
) -> None:
    rec = run(text, published="2019-05-12")
    assert entity_named(rec, "Georgia").country == "USA"


@pytest.mark.parametrize(
    "text",
    [
        "Georgia's president flew to Washington on Monday to meet US officials.",
        "Russia moved troops toward Georgia on Monday, officials in Atlanta said.",
    ],
)
def test_the_us_capital_or_a_foreign_power_leaves_georgia_the_country(
    run: Callable[..., Record], text: str
) -> None:
    rec = run(text, published="2019-05-12")
    assert entity_named(rec, "Georgia").country == "GEO"


def test_a_place_of_the_country_keeps_georgia_the_country(run: Callable[..., Record]) -> None:
    rec = run(
        "A choir from Elmdale, Ga. sang in Tbilisi on Sunday. Georgia welcomed the singers, "
        "said Nino Lomidze, who hosted them.",
        published="2019-05-12",
    )
    assert entity_named(rec, "Georgia").country == "GEO"


# -------------------------------------------------------------------------------------------------
# Entities: a story's default country (its dateline's, its dominant one) reaches no actor that
# evidence places elsewhere; the country a diplomat's title posts them to ("the ambassador to X")
# is never theirs.


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


@pytest.mark.parametrize(
    "sentence",
    [
        "Sheriff Tom Hale arrived at the scene minutes later.",
        "Deputy Tom Hale, who arrived on the scene first, found the victim.",
    ],
)
def test_a_local_who_arrives_at_a_site_stays_a_local(
    run: Callable[..., Record], sentence: str
) -> None:
    rec = run(f"DAYTON, Ohio (Wire) - Police said a man was shot on Monday. {sentence}")
    assert _country(rec, "Tom Hale") == "USA"


def test_an_official_who_visits_a_town_of_the_home_stays_a_local(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "LONDON (Wire) - Prime Minister Tom Ash visited Leeds on Monday. Ash said the wards "
        "were full."
    )
    assert _country(rec, "Tom Ash") == "GBR"


def test_a_minister_who_visits_the_home_country_is_none_of_its(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "KYIV (Wire) - Foreign Minister Anna Berg visited Ukraine on Monday. Ukrainian "
        "officials thanked her."
    )
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
