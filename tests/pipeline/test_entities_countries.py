"""Countries of bodies and officials from the evidence the text gives: the country a body's name
holds (the longest country name first, none from a place named after a country, a valley or a
lake, nor from a country named like a US state), a diplomat's whole title before the name, a
spokesperson's body from the sentence before, US federal agencies abroad, and a home town's
body named after a country, a party of a name many countries' parties share and an outlet cited
once from a capital (pipeline/entities). Every sentence here is invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.gazetteer import Gazetteer
from sayso.pipeline.entities.name_countries import country_in_name
from sayso.types import Record

from .conftest import named

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("North Korea Coast Guard", "PRK"),
        ("South Sudan Wildlife Service", "SSD"),
        ("Equatorial Guinea Port Authority", "GNQ"),
        ("Papua New Guinea Electoral Commission", "PNG"),
        ("Democratic Republic of the Congo Mining Cadastre", "COD"),
        ("New Mexico Tourism Board", "USA"),
        ("Peru Fisheries Institute", "PER"),
        ("Lebanon Valley Orchestra", None),
        ("Chad Lake Rangers", None),
        ("Georgia Rural Electric Cooperative", None),
        ("New Guinea Coffee Traders", None),
    ],
)
def test_the_country_a_body_s_name_holds(name: str, country: str | None) -> None:
    assert country_in_name(name, Gazetteer.default()) == country


def test_a_state_named_like_a_country_in_a_body_s_name_leaves_it_to_the_home(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Storm damage study\n\n"
        "SAVANNAH, Ga. - Engineers at the Georgia Coastal Research Institute said on Friday that "
        "the seawall held. Mayor Lena Whitford thanked the crews."
    )
    assert named(rec, "Georgia Coastal Research Institute").country == "USA"


def test_a_diplomat_s_whole_title_before_the_name_gives_their_country(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Trade talks stall\n\n"
        "Kenyan Ambassador to the United States Joseph Mwangi said on Thursday that the trade "
        "talks needed more time."
    )
    assert named(rec, "Joseph Mwangi").country == "KEN"


def test_a_titled_spokesperson_speaks_for_the_body_the_sentence_before_is_about(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Visa dispute\n\n"
        "ANKARA - The U.S. State Department criticised Turkey's visa rules on Monday. "
        "Spokeswoman Carla Denning said in Washington that the rules hurt students."
    )
    assert named(rec, "Carla Denning").country == "USA"


def test_a_us_agency_in_a_story_filed_abroad_stays_american(run: Callable[..., Record]) -> None:
    rec = run(
        "Flights resume\n\n"
        "NAIROBI - The Federal Aviation Administration lifted its warning on Kenyan airspace on "
        "Tuesday. Kenya's transport ministry welcomed the decision."
    )
    assert named(rec, "Federal Aviation Administration").country == "USA"


def test_a_home_town_s_body_named_after_a_country_is_the_home_s(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Crash on Route 9\n\n"
        "ALBANY, N.Y. - Two drivers were hurt in a crash on Route 9 on Saturday, the county "
        "sheriff's office said. Both were taken to Peru Community Hospital."
    )
    assert named(rec, "Peru Community Hospital").country == "USA"


def test_a_country_s_national_police_keeps_its_country(run: Callable[..., Record]) -> None:
    rec = run(
        "Arrests reported\n\n"
        "WASHINGTON - Uganda Police said on Friday they had detained three suspects. The State "
        "Department said it was following the case."
    )
    assert named(rec, "Uganda Police").country == "UGA"


def test_coming_late_to_a_meeting_is_a_local_s_errand(run: Callable[..., Record]) -> None:
    rec = run(
        "Council row\n\n"
        "ACCRA - Mayor Kofi Mensah arrived late to the council session on Thursday. Mensah told "
        "members that the market levy would stay."
    )
    assert named(rec, "Kofi Mensah").country == "GHA"


def test_coming_to_the_capital_is_a_journey(run: Callable[..., Record]) -> None:
    rec = run(
        "Loan talks\n\n"
        "ACCRA - Peter Hallman, a banker, arrived early to the capital on Thursday for talks with "
        "Ghanaian officials. Hallman said the loan terms were fair."
    )
    assert named(rec, "Peter Hallman").country is None


def test_a_body_introduced_by_its_people_s_word_takes_their_country(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Lender fined\n\n"
        "WASHINGTON - U.S. regulators on Friday fined a Chilean bank for hiding losses. "
        "They said Cordillera Savings Bank had misled American clients for three years."
    )
    assert named(rec, "Cordillera Savings Bank").country == "CHL"


def test_two_bodies_of_the_introduced_kind_take_no_country_from_it(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Lenders fined\n\n"
        "WASHINGTON - U.S. regulators on Friday fined a Chilean bank for hiding losses. "
        "Cordillera Savings Bank and Pampa Savings Bank both denied it."
    )
    # neither takes Chile from the phrase: each is the home's, as a body with none of its own
    assert named(rec, "Cordillera Savings Bank").country == "USA"
    assert named(rec, "Pampa Savings Bank").country == "USA"


def test_the_capitol_is_no_hall_of_another_home(run: Callable[..., Record]) -> None:
    rec = run(
        "Lawmakers and a visitor\n\n"
        "Reporters waited outside the Capitol on Tuesday. Representative Dana Whitlow of Iowa "
        "said the tariff bill had the votes. Whitlow later met Brazil's Trade Minister Paulo "
        "Ramos, who said Brasilia hoped the bill would fail. Ramos said Brazilian exporters "
        "were worried."
    )
    assert named(rec, "Capitol").country != "BRA"


def test_a_person_of_a_us_state_is_american(run: Callable[..., Record]) -> None:
    rec = run(
        "Tariff talks\n\n"
        "Representative Dana Whitlow of Nebraska met the Korean trade minister, Park Min-ho, on "
        "Tuesday. Park said Seoul wanted a deal soon. Whitlow said farmers agreed."
    )
    assert named(rec, "Dana Whitlow").country == "USA"


def test_a_people_s_word_before_led_or_backed_says_who_leads_not_whose(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Border clash\n\n"
        "Fighters of the Turkish-backed Free Valley Front clashed with Kurdish units near the "
        "border on Sunday, a monitoring group said."
    )
    assert named(rec, "Free Valley Front").country is None


def test_a_ministry_in_a_story_filed_from_washington_is_not_american(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Clashes abroad\n\n"
        "WASHINGTON - The White House voiced concern on Tuesday over unrest in Bolivia. The "
        "Health Ministry said 30 people had been treated for tear gas."
    )
    assert named(rec, "Health Ministry").country == "BOL"


def test_a_ministry_in_a_story_of_several_countries_abroad_takes_none(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Clashes abroad\n\n"
        "WASHINGTON - The White House voiced concern on Tuesday over unrest in Bolivia and Peru. "
        "The Health Ministry said 30 people had been treated for tear gas."
    )
    assert named(rec, "Health Ministry").country is None


def test_a_bare_diplomat_s_title_takes_no_home_country(run: Callable[..., Record]) -> None:
    rec = run(
        "Grain talks\n\n"
        "CAIRO - Ambassador Helen Marsh told reporters on Sunday that the grain talks had "
        "stalled. Marsh said both sides would meet again in May."
    )
    assert named(rec, "Helen Marsh").country is None


def test_a_ship_s_captain_takes_the_flag_the_story_gives_the_ship(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Freighter held\n\n"
        "VALLETTA - Coast guards escorted the Panamanian-flagged freighter MV Orla Bay into port "
        "on Sunday. The vessel's captain, Ivo Brandt, said the engines had failed."
    )
    assert named(rec, "MV Orla Bay").country == "PAN"
    assert named(rec, "Ivo Brandt").country == "PAN"


def test_a_ship_s_captain_with_no_flag_given_keeps_the_home(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Freighter held\n\n"
        "VALLETTA - Coast guards escorted the freighter MV Orla Bay into port on Sunday. The "
        "vessel's captain, Ivo Brandt, said the engines had failed."
    )
    assert named(rec, "Ivo Brandt").country == "MLT"


def test_a_party_of_a_common_name_in_a_story_abroad_is_the_home_s(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "LUSAKA (Wire) - The Labour Party said on Tuesday it would contest the by-election in "
        "the copper belt. Zambia's electoral commission set the date for June."
    )
    assert named(rec, "Labour Party").country == "ZMB"


def test_a_party_of_a_common_name_keeps_its_country_where_the_story_names_it(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "LUSAKA (Wire) - The Labour Party in Britain said on Tuesday that Prime Minister Ann "
        "Hale's aid cut would hurt Zambian clinics. British diplomats declined to comment."
    )
    assert named(rec, "Labour Party").country == "GBR"


def test_an_outlet_cited_once_from_a_capital_takes_no_home(run: Callable[..., Record]) -> None:
    rec = run(
        "WASHINGTON (Wire) - The State Department said on Monday that a report aired by "
        "Velmora Television about the Iranian navy was false. Iran did not comment."
    )
    assert named(rec, "Velmora Television").country is None
    assert named(rec, "State Department").country == "USA"


def test_a_local_outlet_in_a_story_about_home_keeps_the_home(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "WASHINGTON (Wire) - The Senate will vote on the budget on Monday, Velmora Television "
        "reported. Senator Ruth Alder said the House would wait."
    )
    assert named(rec, "Velmora Television").country == "USA"


def test_a_local_outlet_outside_a_capital_keeps_the_home(run: Callable[..., Record]) -> None:
    rec = run(
        "DAYTON, Ohio (Wire) - The Brindle Valley Courier reported on Monday that the county "
        "sheriff's office had closed the bridge. The county prosecutor declined to comment."
    )
    assert named(rec, "Brindle Valley Courier").country == "USA"


# -------------------------------------------------------------------------------------------------
# A country a title's verb works on is not the official's; a body named for a person whose
# country the home fill gave.


def test_a_country_an_official_oversees_is_not_theirs(run: Callable[..., Record]) -> None:
    rec = run(
        "Aid plan stalls.\n\nThe memo went to Carla M. Dunmore, a Treasury Department official "
        "overseeing Peru and its neighbours, on Monday. Dunmore said the plan would wait.",
        published="2016-05-02",
    )
    assert named(rec, "Carla M. Dunmore").country == "USA"


def test_a_country_an_envoy_represents_is_theirs(run: Callable[..., Record]) -> None:
    rec = run(
        "Aid plan stalls.\n\nThe memo went to Carla M. Dunmore, a diplomat representing Peru "
        "at the talks, on Monday. Dunmore said the plan would wait.",
        published="2016-05-02",
    )
    assert named(rec, "Carla M. Dunmore").country == "PER"


def test_a_country_in_an_official_s_own_title_is_theirs(run: Callable[..., Record]) -> None:
    rec = run(
        "Aid plan stalls.\n\nThe memo went to Carla M. Dunmore, a Peruvian official at the "
        "finance ministry, on Monday. Dunmore said the plan would wait.",
        published="2016-05-02",
    )
    assert named(rec, "Carla M. Dunmore").country == "PER"


def test_a_global_body_named_for_a_home_person_is_theirs(run: Callable[..., Record]) -> None:
    rec = run(
        "Charity emails released.\n\nSenator Ruth Calloway of Ohio asked the State Department "
        "about the Pembrook Global Initiative on Tuesday. The initiative was founded by Walter "
        "Pembrook, a retired banker. Pembrook said the group did nothing wrong.",
        published="2016-05-02",
    )
    assert named(rec, "Pembrook Global Initiative").country == "USA"


def test_a_global_body_named_for_no_person_of_the_story_has_no_home(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Charity emails released.\n\nSenator Ruth Calloway of Ohio asked the State Department "
        "about the Pembrook Global Initiative on Tuesday. Calloway said the group did nothing "
        "wrong.",
        published="2016-05-02",
    )
    assert named(rec, "Pembrook Global Initiative").country is None


# -------------------------------------------------------------------------------------------------
# A town of no country listed beside towns of one country


_RAIL = (
    "Mayor warns on rail.\n\nMayor Ann Hale of Tulsa told the Tulsa City Council on Monday that "
    "Oklahoma should learn from abroad. A {board} rail board named {towns} as stops, Hale said. "
    "Hale said Oklahoma needs the same plan."
)


def test_a_town_listed_beside_towns_of_one_country_is_of_that_country(
    run: Callable[..., Record],
) -> None:
    rec = run(_RAIL.format(board="British", towns="Leeds, Harrogate, Wakefield and Bristol"))
    assert named(rec, "Harrogate").country == "GBR"
    assert named(rec, "Oklahoma").country == "USA"


def test_a_town_listed_beside_towns_of_two_countries_takes_neither(
    run: Callable[..., Record],
) -> None:
    rec = run(_RAIL.format(board="new", towns="Paris, Harrogate, Wakefield and Bristol"))
    assert named(rec, "Harrogate").country not in {"GBR", "FRA"}
