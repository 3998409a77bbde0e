"""Bodies and what NER typed as one: a county's police, firms, ships, broadcasters and their call
signs, clock times, decrees, roads, families and teams, relatives' first names, names NER ran on
or missed that the tables list, and the newspaper or agency a later noun joins
(pipeline/entities). Every sentence here is invented; NER's spans are set by hand where invented
sentences do not make it give them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.gazetteer import Gazetteer
from sayso.pipeline.entities.kinds import retype
from sayso.pipeline.entities.mentions import name_mentions
from sayso.types import Record

from .conftest import named, with_ents
from .test_entities_leads import mentions

pytestmark = pytest.mark.model


# -------------------------------------------------------------------------------------------------
# Entities: a county's police and a county's school system are bodies, not the county.


def test_a_county_police_and_a_county_school_system_are_bodies_not_the_county(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "A teacher was hurt Friday, the Queen Anne's County Police said.\n\n"
        "The teacher worked for Queen Anne's County Public Schools and was held at the "
        "Marlow County Jail. The Soviet Union was not involved."
    )
    assert named(rec, "Queen Anne's County Public Schools").type == "ORG"
    assert named(rec, "Marlow County Jail").type == "FAC"
    assert named(rec, "Soviet Union").type == "GPE"


# -------------------------------------------------------------------------------------------------
# Entities on whole pages: bodies, ships, broadcasters and clock times read as an analyst reads
# them.


def test_a_two_word_name_ending_in_a_firm_s_word_is_a_body(run: Callable[..., Record]) -> None:
    rec = run(
        "The climber was flown out on Sunday.\n\n"
        "Rescuers from the Brenner Park Rescue Team, Summit Guides, Harbor Cruise Lines and "
        "the county police joined the search, said Tomas Keller, a ranger."
    )
    assert named(rec, "Summit Guides").type == "ORG"
    assert named(rec, "Harbor Cruise Lines").type == "ORG"
    assert named(rec, "Tomas Keller").type == "PERSON"


def test_a_name_ending_in_a_firm_s_trade_is_a_body(run: Callable[..., Record]) -> None:
    rec = run(
        "Road contract\n\n"
        "The county awarded the repaving job to Millbrook Asphalt on Monday, said Jonas Pell, "
        "the county engineer. Two other bidders, Delta Trucking and Crestline Logistics, lost."
    )
    assert named(rec, "Millbrook Asphalt").type == "ORG"
    assert named(rec, "Jonas Pell").type == "PERSON"


def test_dotted_letters_of_a_listed_agency_are_that_agency(run: Callable[..., Record]) -> None:
    rec = run(
        "Messaging apps\n\n"
        "Chat services that scramble messages worry agencies like the F.B.I.\n\n"
        "A channel run by Qadir Media shared the clip, said Lena Moss, a researcher."
    )
    assert named(rec, "Federal Bureau of Investigation").type == "ORG"
    assert named(rec, "Qadir Media").type == "ORG"


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


# -------------------------------------------------------------------------------------------------
# Entities on Docs whose named spans are set by hand (spans spaCy's NER gives on real pages, which
# invented sentences do not make it give; invented sentences): a call sign joined to its town, a
# decree typed a person, a capitalised common word after "a", a road's number, a family typed a
# body, a relative's first name typed a place, streets where they meet typed people, lower-case
# words glued after a name.


def retyped_mentions(text: str, *ents: tuple[str, str, int]) -> list[tuple[str, str, str | None]]:
    """The stage's name mentions (text, label, country) of ``text`` parsed, retyped by their
    kinds, its NER's spans replaced by ``ents``: (words, label, which occurrence, from 0)."""
    doc = with_ents(text, *ents)
    gz = Gazetteer.default()
    found = retype(doc, name_mentions(doc, gz), gz)
    return [(text[m.start : m.end], m.label, m.country) for m in found]


def test_a_call_sign_joined_to_its_town_is_a_broadcaster() -> None:
    text = "The fire was reported by WKQX-Houston on Monday.\n\nCrews arrived within minutes."
    found = retyped_mentions(text, ("WKQX", "GPE", 0))
    assert found == [("WKQX", "ORG", "USA")]


def test_a_call_sign_joined_to_a_country_stays_as_typed() -> None:
    text = "The fire was reported by WKQX-Russia on Monday.\n\nCrews arrived within minutes."
    found = retyped_mentions(text, ("WKQX", "GPE", 0))
    assert found == [("WKQX", "GPE", None)]


def test_an_executive_order_typed_a_person_is_no_actor() -> None:
    text = "Critics say that President Executive Order might use an order to change the rules."
    assert retyped_mentions(text, ("Executive Order", "PERSON", 0)) == []


def test_a_person_named_like_a_law_word_alone_stays() -> None:
    text = "Karen Order said the vote was close."
    assert retyped_mentions(text, ("Karen Order", "PERSON", 0)) == [("Karen Order", "PERSON", None)]


def test_a_capitalised_common_word_after_a_is_no_place() -> None:
    text = "The campaign makes a Capital investment in the state."
    assert "Capital" not in [f[0] for f in retyped_mentions(text, ("Capital", "GPE", 0))]


def test_a_town_named_again_after_a_stays_a_place() -> None:
    text = "She was taken to a Brackton hospital. Doctors in Brackton said she was stable."
    found = retyped_mentions(text, ("Brackton", "GPE", 0), ("Brackton", "GPE", 1))
    assert [f[:2] for f in found] == [("Brackton", "GPE"), ("Brackton", "GPE")]


def test_a_town_before_a_residents_noun_stays_a_place() -> None:
    text = "A Brackton man was arrested on Monday."
    assert retyped_mentions(text, ("Brackton", "GPE", 0)) == [("Brackton", "GPE", None)]


def test_a_roads_word_before_its_number_is_a_road() -> None:
    text = "Lopez was pulled over on state Route 41 just past midnight."
    found = retyped_mentions(text, ("Lopez", "PERSON", 0), ("Route", "ORG", 0))
    assert ("Route 41", "FAC", None) in found


def test_a_family_in_apposition_to_relatives_is_no_body() -> None:
    text = "He said he is friendly with his in-laws the Pattersons but took issue with the plan."
    assert retyped_mentions(text, ("Pattersons", "ORG", 0)) == []


def test_a_team_after_the_stays_a_body() -> None:
    text = "He said the Pattersons won the game on Sunday."
    assert retyped_mentions(text, ("Pattersons", "ORG", 0)) == [("Pattersons", "ORG", None)]


def test_a_relatives_first_name_typed_a_place_is_a_person() -> None:
    text = "He said his wife, Marisol, told him from the start that he should run."
    assert retyped_mentions(text, ("Marisol", "GPE", 0)) == [("Marisol", "PERSON", None)]


def test_a_known_place_after_a_relative_stays_a_place() -> None:
    text = "He said his wife, Texas, is a place he loves."
    assert [f[:2] for f in retyped_mentions(text, ("Texas", "GPE", 0))] == [("Texas", "GPE")]


def test_names_where_streets_meet_are_streets() -> None:
    text = "Police found the area of the shooting near the corner of Ray Holt and Harrison."
    found = retyped_mentions(text, ("Ray Holt", "PERSON", 0), ("Harrison", "PERSON", 0))
    assert ("Ray Holt", "FAC", None) in found
    assert ("Harrison", "FAC", None) in found


def test_a_street_named_again_beside_and_is_a_street() -> None:
    text = "Shots rang out in the 300 block of S. Elm St. A car stopped at Oak and Elm."
    found = retyped_mentions(text, ("S. Elm St.", "FAC", 0), ("Elm", "PERSON", 1))
    assert ("Elm", "FAC", None) in found


def test_lower_case_words_glued_after_a_cafe_are_cut_off() -> None:
    text = "The mayor posed for photos at Danny's Diner with young people who were eating eggs."
    found = retyped_mentions(text, ("Danny's Diner with young people", "ORG", 0))
    assert [f[0] for f in found] == ["Danny's Diner"]


def test_a_name_with_a_lower_case_preposition_inside_stays_whole() -> None:
    text = "The Council on Tall Buildings said the tower was safe."
    found = retyped_mentions(text, ("Council on Tall Buildings", "ORG", 0))
    assert [f[0] for f in found] == ["Council on Tall Buildings"]


# -------------------------------------------------------------------------------------------------
# Entities (NER's spans set by hand where invented sentences do not make it give them): a name NER
# ran into "of the", a business named by an elliptical possessive, an organisation NER missed that
# the tables name, a compass word's part of a known place.


def test_function_words_ner_ran_into_are_cut_off_a_name() -> None:
    text = "Mr. Hale told The Associated Press of the plan on Monday."
    found = mentions(text, ("The Associated Press of the", "ORG", 0))
    assert ("Associated Press", "ORG") in found
    assert not any(t.endswith(" the") for t, _ in found)


def test_a_name_with_of_inside_stays_whole() -> None:
    text = "The Bank of Portugal raised rates on Monday."
    found = mentions(text, ("Bank of Portugal", "ORG", 0))
    assert ("Bank of Portugal", "ORG") in found


def test_an_elliptical_possessive_after_at_is_a_business() -> None:
    text = "She spoke to a crowd at Lenny Dove's that filled the street."
    found = mentions(text, ("Lenny Dove's", "PERSON", 0))
    assert ("Lenny Dove", "ORG") in found


def test_an_elliptical_possessive_in_a_list_is_a_business() -> None:
    text = "Sales fell at three bars: Kemp's, Lantern and Rudd's, the board said."
    found = mentions(text, ("Kemp's", "PERSON", 0), ("Lantern", "ORG", 0), ("Rudd's", "PERSON", 0))
    assert ("Kemp", "ORG") in found and ("Rudd", "ORG") in found


def test_a_possessive_that_owns_a_noun_stays_a_person() -> None:
    text = "The plan failed at Lenny Dove's office, and Mr. Dove left."
    found = mentions(text, ("Lenny Dove's", "PERSON", 0))
    assert ("Lenny Dove", "PERSON") in found


def test_a_friend_of_a_persons_stays_a_person() -> None:
    text = "She is a friend of Lenny Dove's, and he says so."
    found = mentions(text, ("Lenny Dove's", "PERSON", 0))
    assert ("Lenny Dove", "PERSON") in found


def test_a_known_company_ner_missed_inside_a_sentence_is_a_body() -> None:
    text = "The senator wrote on Facebook that the vote was rigged."
    found = mentions(text)
    assert ("Facebook", "ORG") in found


def test_a_known_one_word_name_in_capitals_is_a_body() -> None:
    assert ("NATO", "ORG") in mentions("The senator wrote to NATO about the vote.")


def test_a_known_one_word_name_that_is_a_named_persons_surname_is_no_body() -> None:
    text = "Ann Bloomberg spoke first, and then Bloomberg thanked the crowd."
    found = mentions(text, ("Ann Bloomberg", "PERSON", 0))
    assert ("Bloomberg", "ORG") not in found
    assert ("Ann Bloomberg", "PERSON") in found
    # without the person named in full, the same word is the body
    assert ("Bloomberg", "ORG") in mentions("Later, the vote was reported by Bloomberg first.")


def test_a_known_name_beside_a_name_word_is_no_body() -> None:
    text = "The senator met Reuters Hale at noon."
    assert ("Reuters", "ORG") not in mentions(text, ("Reuters Hale", "PERSON", 0))
    assert ("Reuters", "ORG") not in mentions(text)


def test_a_part_of_a_known_place_has_its_country(run: Callable[..., Record]) -> None:
    rec = run("Fires spread across Northern Ontario on Monday, officials said.")
    assert named(rec, "Northern Ontario").country == "CAN"


def test_a_known_name_as_a_pages_link_or_label_is_no_body() -> None:
    text = (
        "Read more.\nFollow the story on Facebook > >\nBy Ann Hale, staff writer\nTwitter: @annhale"
    )
    found = mentions(text)
    assert ("Facebook", "ORG") not in found and ("Twitter", "ORG") not in found


def test_a_known_name_before_a_quotes_colon_is_a_body() -> None:
    text = "The senator wrote on Facebook: the vote was rigged."
    assert ("Facebook", "ORG") in mentions(text)


# -------------------------------------------------------------------------------------------------
# Entities: "the newspaper" joins the one printed outlet the story names before it, and none when
# it names two or only a broadcaster; a listed outlet's short name ("the Times") is the story's own
# paper of that name when the story named one.


def _mentions(record: Record, name: str) -> set[str]:
    found = [e for e in record.entities if e.name == name]
    assert found, [e.name for e in record.entities]
    return {m.text for m in found[0].mentions}


def _holders(record: Record, text: str) -> list[str]:
    return [e.name for e in record.entities if any(m.text == text for m in e.mentions)]


def test_the_newspaper_joins_the_one_paper_named(run: Callable[..., Record]) -> None:
    rec = run(
        "The Elmwood Herald and WXKR News covered the vote on Monday. The newspaper said Mayor "
        "Dana Pruitt had lost the vote."
    )
    assert "newspaper" in _mentions(rec, "Elmwood Herald")


def test_the_newspaper_after_two_papers_joins_neither(run: Callable[..., Record]) -> None:
    rec = run(
        "The Elmwood Herald and the Vane Tribune covered the vote on Monday. The newspaper said "
        "Mayor Dana Pruitt had lost the vote."
    )
    assert _holders(rec, "newspaper") == []


def test_the_newspaper_is_no_broadcaster(run: Callable[..., Record]) -> None:
    rec = run(
        "Mayor Dana Pruitt told WXKR News on Monday that she would run again. The newspaper said "
        "she had lost the vote."
    )
    assert "WXKR News" not in _holders(rec, "newspaper")


def test_a_listed_papers_short_name_is_the_storys_paper(run: Callable[..., Record]) -> None:
    rec = run(
        "The New York Times reported late Thursday that Mayor Dana Pruitt had resigned. "
        "According to the Times, she left on Monday."
    )
    assert "Times" in _mentions(rec, "The New York Times")
    assert [e.name for e in rec.entities if e.type == "ORG"] == ["The New York Times"]


def test_two_unnamed_officials_are_no_one_actor(run: Callable[..., Record]) -> None:
    rec = run(
        "A senior official said on Monday the city would go on. Another official said nothing "
        "had changed at the port."
    )
    assert _holders(rec, "official") == []


def test_a_role_noun_in_apposition_joins_the_one_person(run: Callable[..., Record]) -> None:
    rec = run("Tom Reed, the state's top diplomat, flew to Lima on Monday for the talks.")
    assert [e.name for e in rec.entities if e.type == "OTHER"] == []
    assert any("diplomat" in t for t in _mentions(rec, "Tom Reed"))


def test_officials_stay_a_group(run: Callable[..., Record]) -> None:
    rec = run("Officials said on Monday the city would go on with the plan.")
    assert _holders(rec, "Officials") == ["officials"]


def test_a_newspaper_ner_missed_before_a_reporting_verb(run: Callable[..., Record]) -> None:
    rec = run(
        "The Kelso Ledger reported on Monday that the dam had failed. The paper said no one "
        "was hurt."
    )
    assert _mentions(rec, "Kelso Ledger") == {"Kelso Ledger", "paper"}
    assert [e.type for e in rec.entities if e.name == "Kelso Ledger"] == ["ORG"]


def test_a_paper_shape_with_no_reporting_verb_is_left_alone(run: Callable[..., Record]) -> None:
    rec = run("The Kelso Ledger building burned on Monday, and no one was hurt.")
    assert "Kelso Ledger" not in {e.name for e in rec.entities if e.type == "ORG"}


def _with(record: Record, text: str) -> list[tuple[str, str]]:
    return [(e.name, e.type) for e in record.entities if any(m.text == text for m in e.mentions)]


def test_a_title_and_surname_joins_the_person_so_introduced(run: Callable[..., Record]) -> None:
    text = "Sheriff Tom Hale said the road was shut. Sheriff Hale said it would open on Friday."
    rec = run(text)
    assert _mentions(rec, "Tom Hale") == {"Tom Hale", "Hale"}
    assert "Sheriff Hale" not in {e.name for e in rec.entities}


def test_a_title_and_surname_picks_the_namesake_with_that_title(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Sheriff Tom Hale said the road was shut. Governor Ann Hale agreed with him. Sheriff "
        "Hale said it would open on Friday."
    )
    assert "Hale" in _mentions(rec, "Tom Hale")
    assert _mentions(rec, "Ann Hale") == {"Ann Hale"}


def test_a_papers_short_name_before_a_staff_title_is_the_paper(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "The Elmwood Post said on Monday it would add reporters. In a statement released by Post "
        "Editor Ann Brody, the paper said it would go on."
    )
    assert _with(rec, "Post") == [("Elmwood Post", "ORG")]


def test_the_agency_still_joins_the_body_so_named(run: Callable[..., Record]) -> None:
    rec = run(
        "Reuters and the Ashby Water Agency reported the flood on Monday. The agency said the "
        "dam would hold."
    )
    assert "agency" in _mentions(rec, "Ashby Water Agency")
