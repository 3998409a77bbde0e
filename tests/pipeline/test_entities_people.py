"""People: full names typed as bodies, surnames joined by "and", a people's word, titles split
from or taken into a name, nicknames and surnames NER cut short, pronouns of bodies, and role
nouns that join the one person the story gives that role (pipeline/entities). Every sentence
here is invented; NER's spans are set by hand where invented sentences do not make it give
them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.gazetteer import Gazetteer
from sayso.pipeline.entities.coreference import _role_match
from sayso.pipeline.entities.model import words
from sayso.pipeline.entities.variants import same_person
from sayso.types import Record

from .conftest import named
from .test_entities_leads import mentions

pytestmark = pytest.mark.model


# -------------------------------------------------------------------------------------------------
# Entities on political pages: a listed candidate's full name typed a body, two surnames joined by
# "and" read as one name, and a surname that is a country's name spoken by its person.


def test_a_listed_person_s_full_name_is_a_person(run: Callable[..., Record]) -> None:
    rec = run(
        "The fact checkers gave Carly Fiorina three Pinocchios for the claim. Carly Fiorina "
        "wrote on Facebook that the rating was unfair.",
        published="2015-11-20",
    )
    person = named(rec, "Carly Fiorina")
    assert (person.type, person.country) == ("PERSON", "USA")


def test_two_surnames_joined_by_and_are_two_people(run: Callable[..., Record]) -> None:
    rec = run(
        "Marco Rubio and Ted Cruz spent the week in Iowa. By Sunday the donors had turned to "
        "Rubio and Cruz, the pollster said. Agents questioned Petraeus and Panetta on Monday. "
        "David Petraeus and Leon Panetta both gave long answers.",
        published="2016-01-20",
    )
    assert not [e.name for e in rec.entities if " and " in e.name]
    for full, surname in (
        ("Marco Rubio", "Rubio"),
        ("Ted Cruz", "Cruz"),
        ("Leon Panetta", "Panetta"),
    ):
        assert any(m.text == surname for m in named(rec, full).mentions)


def test_a_country_named_surname_that_speaks_is_the_person(run: Callable[..., Record]) -> None:
    rec = run(
        "Terry Jordan, who lives next door, heard the shots. Jordan said the boy was friendly. "
        '"It\'s sad," Jordan said. The king of Jordan said nothing.',
        published="2016-06-01",
    )
    person = named(rec, "Terry Jordan")
    assert sum(m.text == "Jordan" for m in person.mentions) == 2
    country = [e for e in rec.entities if e.name == "Jordan"]
    assert [(e.type, e.country) for e in country] == [("GPE", "JOR")]


# -------------------------------------------------------------------------------------------------
# Entities on political pages: a people's word is a people, not a person; a title split by the
# tokenizer ("Lt." + "Gov.") is no person of its own.


def test_a_peoples_word_is_a_people_not_a_person(run: Callable[..., Record]) -> None:
    rec = run(
        "Mayor Tom Reyes said younger Latinos are not aware of her record. "
        "He said Latinos want jobs."
    )
    assert named(rec, "Latinos").type == "NORP"
    assert not any(e.type == "PERSON" and "Latinos" in e.name for e in rec.entities)


def test_a_lieutenant_governors_title_is_no_person(run: Callable[..., Record]) -> None:
    rec = run("Ron Blaine will face former Iowa Lt. Gov. Nora Pettigrew (D) in November.")
    assert not any(e.name.startswith("Gov") for e in rec.entities)
    assert named(rec, "Nora Pettigrew").type == "PERSON"


# -------------------------------------------------------------------------------------------------
# Entities (NER's spans set by hand where invented sentences do not make it give them): a nickname
# and its given name, a name with one more surname, a person's name NER cut short before a surname
# that is a title's word, after a hyphened given name, or after a first name it left out.


def people(rec: Record) -> list[str]:
    return sorted(e.name for e in rec.entities if e.type == "PERSON")


def test_a_nickname_and_its_given_name_are_one_person(run: Callable[..., Record]) -> None:
    rec = run(
        "Senator Bill Tarrow spoke in Dover on Monday. Later, William Tarrow said the bill "
        "would pass. Tarrow left the hall."
    )
    tarrows = [e for e in rec.entities if "Tarrow" in e.name]
    assert len(tarrows) == 1, people(rec)


def test_two_given_names_before_one_surname_stay_two_people() -> None:
    assert not same_person("Ann Tarrow", "Tom Tarrow")
    assert not same_person("Bill Tarrow", "Robert Tarrow")
    assert same_person("Bill Tarrow", "William Tarrow")
    assert same_person("Chuck Tarrow", "Charles Tarrow")


def test_a_generation_apart_stays_two_people() -> None:
    assert not same_person("Marcus Hale", "Marcus Hale Jr.")


def test_a_name_and_the_same_name_with_a_second_surname_are_one_person() -> None:
    assert same_person("Ana Ruiz Soto", "Ana Ruiz")
    assert same_person("Ana Ruiz", "Ana Ruiz Soto")
    assert not same_person("Ana Ruiz", "Ana Ruiz Soto Vega")
    assert not same_person("Ana Ruiz", "Luis Ruiz Soto")


def test_a_first_name_after_a_title_takes_a_surname_that_is_a_title_word() -> None:
    text = "She will face former Lt. Gov. Marla Judge (D) in the fall."
    found = mentions(text, ("Marla", "PERSON", 0))
    assert ("Marla Judge", "PERSON") in found


def test_a_hyphened_given_name_takes_its_surnames() -> None:
    text = "The activist Ren-ko Amaral Duarte, a student, spoke at the rally."
    found = mentions(text, ("Ren-ko", "PERSON", 0))
    assert ("Ren-ko Amaral Duarte", "PERSON") in found


def test_a_surname_takes_the_first_name_ner_left_out() -> None:
    text = "The panel heard a nominee on Monday: Waldo Penrick, a county judge."
    found = mentions(text, ("Penrick", "PERSON", 0))
    assert ("Waldo Penrick", "PERSON") in found


def test_a_common_first_name_takes_no_word_before_it() -> None:
    text = "He spoke on the show Breakfast Joe with Joe Penrick on Monday."
    found = mentions(text, ("Joe", "PERSON", 0), ("Joe Penrick", "PERSON", 0))
    assert ("Breakfast Joe", "PERSON") not in found


def test_a_name_that_runs_on_is_not_extended() -> None:
    text = "Gov. Marla Tavish Fenwick Lorr spoke on Monday."
    found = mentions(text, ("Marla", "PERSON", 0))
    assert ("Marla Tavish Fenwick", "PERSON") not in found


def test_a_place_after_a_first_name_is_no_surname() -> None:
    text = "Sen. Marla Boston told reporters on Monday that she would run."
    found = mentions(text, ("Marla", "PERSON", 0), ("Boston", "GPE", 0))
    assert ("Marla Boston", "PERSON") not in found


def test_a_surname_after_a_name_opener_is_the_person() -> None:
    text = "Ann Hale won the vote. First Hale goes to Dover, then she flies home."
    found = mentions(text, ("Ann Hale", "PERSON", 0), ("Dover", "GPE", 0))
    assert ("Hale", "PERSON") in found
    assert not any(t.startswith("First") for t, _ in found)


def test_a_peoples_word_in_a_dishs_name_is_no_people() -> None:
    text = "Voters ate French toast at the diner before the rally."
    found = mentions(text, ("French", "NORP", 0))
    assert ("French", "NORP") not in found


def test_a_peoples_word_before_other_nouns_stays_a_people() -> None:
    text = "Voters ate French food at the diner before the rally."
    found = mentions(text, ("French", "NORP", 0))
    assert ("French", "NORP") in found


def test_a_body_named_for_a_person_of_the_story_takes_their_country(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Former Canadian Prime Minister Ann Tarrow spoke on Monday. The Tarrow Foundation, "
        "which she set up, gave money to schools, the foundation said."
    )
    bodies = [e for e in rec.entities if e.name.startswith("Tarrow Foundation")]
    assert bodies and bodies[0].country == "CAN", [(e.name, e.country) for e in rec.entities]


def test_a_state_before_a_party_and_its_primary_is_a_place() -> None:
    text = "Ann Hale won the Ohio GOP primary on Tuesday night."
    found = mentions(text, ("Ann Hale", "PERSON", 0), ("Ohio", "GPE", 0), ("GOP", "ORG", 0))
    assert ("Ohio", "GPE") in found
    assert ("Ohio GOP", "ORG") not in found


def test_a_state_before_its_party_alone_is_the_state_party() -> None:
    text = "The Ohio GOP endorsed Ann Hale on Tuesday night."
    found = mentions(text, ("Ohio", "GPE", 0), ("GOP", "ORG", 0), ("Ann Hale", "PERSON", 0))
    assert ("Ohio GOP", "ORG") in found


def test_a_reporters_surname_in_a_credit_line_is_no_place() -> None:
    text = "The vote is set for May.\n\nRoe reported from Lima, Peru; Kelloway, from Quito."
    found = mentions(text, ("Lima", "GPE", 0), ("Peru", "GPE", 0), ("Kelloway", "GPE", 0))
    assert ("Kelloway", "GPE") not in found
    assert ("Lima", "GPE") in found


def test_an_unknown_town_before_from_outside_a_credit_stays_a_place() -> None:
    text = "The bus left Kelloway, from where it drove south to Lima."
    found = mentions(text, ("Kelloway", "GPE", 0), ("Lima", "GPE", 0))
    assert ("Kelloway", "GPE") in found


# -------------------------------------------------------------------------------------------------
# Entities (NER's spans set by hand where invented sentences do not make it give them): a title's
# abbreviation opening a name is no part of it; a title stops at a dateline's break and leaves out
# another person's name phrase; "its" and "their" stand for a body named inside their antecedent,
# or for the one body of a sentence whose subject is a singular thing.


def _country(record: Record, name: str) -> str | None:
    found = [e for e in record.entities if e.name == name]
    assert found, [e.name for e in record.entities]
    return found[0].country


def test_a_title_abbreviation_ner_took_into_a_name_is_cut_off() -> None:
    text = "In a new interview, Pres. Hale admits the plan failed, and Hale said so again."
    found = mentions(text, ("Pres. Hale", "PERSON", 0), ("Hale", "PERSON", 1))
    assert found == [("Hale", "PERSON"), ("Hale", "PERSON")]


def test_a_generational_suffix_stays_in_the_name() -> None:
    text = "The firm was founded by Carl Hale Sr. in the spring, Ann Pryce said."
    found = mentions(text, ("Carl Hale Sr.", "PERSON", 0), ("Ann Pryce", "PERSON", 0))
    assert ("Carl Hale Sr.", "PERSON") in found


def test_a_dateline_is_no_part_of_a_donors_title(run: Callable[..., Record]) -> None:
    rec = run(
        "Donor news\n\nLIMA (AndeanWire) \u2013 Top Republican Party donor Ann Vell said on "
        "Friday he met presidential candidate Tom Reed earlier this week. Vell said the talks "
        "went well."
    )
    assert _country(rec, "Ann Vell") == "USA"


def test_a_friends_title_is_not_the_persons_own(run: Callable[..., Record]) -> None:
    rec = run(
        "Donor news\n\nAnn Vell, a close friend of Israeli Prime Minister Dov Aran, gave money "
        "to the campaign in Ohio, the Ohio Democratic Party said. Vell lives in Toledo, Ohio."
    )
    assert _country(rec, "Ann Vell") != "ISR"


def test_its_stands_for_the_body_named_inside_the_subject(run: Callable[..., Record]) -> None:
    rec = run(
        "YEREVAN, Armenia - Armenian troops and Armenian police said they held the line near "
        "the Armenian town of Goris on Tuesday.\n\nThe EU mission said it will send two more "
        "teams to the area. Its spokeswoman, Marta Lind, said monitors heard shots."
    )
    assert _country(rec, "Marta Lind") is None


def test_their_stands_for_the_one_body_when_the_subject_is_singular(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "ANKARA, Turkey - Turkish officials said on Tuesday that Turkey and the United States "
        "agreed to talk in Ankara.\n\nFor the Armenian Freedom Front, the dispute is more than "
        "a matter of words. Their spokesman, Aram Tovi, said the group had no notice."
    )
    assert _country(rec, "Aram Tovi") == "ARM"


def test_congress_in_a_story_from_abroad_is_the_named_country_with_one(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "JERUSALEM - Israeli officials said on Monday that Israel will send a delegation to "
        "the United States. The Israeli leader often meets members of Congress, an Israeli "
        "official said in Jerusalem."
    )
    assert _country(rec, "Congress") == "USA"


def test_congress_in_a_story_of_a_country_without_one_is_no_ones(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "OSLO - Norwegian officials said on Monday that Norway will send a delegation to "
        "Bergen. The Norwegian leader often meets members of Congress, a Norwegian official "
        "said in Oslo."
    )
    assert _country(rec, "Congress") is None


def test_macau_is_a_territory_with_its_own_code() -> None:
    from sayso.gazetteer import Gazetteer

    gz = Gazetteer.default()
    assert gz.country("Macao") == "MAC"
    assert gz.place_country("Macau") == "MAC"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The plan was sound, said Atty. Gen. Ruth Moss on Monday.",
        "He was promoted to the rank of Sgt. last year, the army said.",
    ],
)
def test_a_title_abbreviation_alone_is_no_actor(run: Callable[..., Record], text: str) -> None:
    rec = run(text, published="2024-05-01")
    assert not [e.name for e in rec.entities if e.name.rstrip(".") in {"Atty", "Sgt"}]


# -------------------------------------------------------------------------------------------------
# Entities: a role nominal joins only the one person near it whom the story gives that role, word
# by word ("the vice president" is no president; "the former president" is no one who holds the
# role now; two such people: no join); a quantified role ("no senator") or a predicate ("to be
# president") names no one.


def _mentions(record: Record, name: str) -> set[str]:
    found = [e for e in record.entities if e.name == name]
    assert found, [e.name for e in record.entities]
    return {m.text for m in found[0].mentions}


def test_a_former_role_never_joins_its_holder_now(run: Callable[..., Record]) -> None:
    rec = run(
        "President Ann Vell met farmers in Ohio on Monday. Leaders abroad shunned Tom Reed on "
        "his trips, saying the former president was unwelcome there."
    )
    assert "former president" not in _mentions(rec, "Ann Vell")


def test_a_role_word_inside_another_word_is_no_match() -> None:
    gz = Gazetteer.default()
    assert not _role_match("presidential candidate", "president", gz)
    assert _role_match("chief executive", "executive", gz)
    assert _role_match("governor", "badger state governor", gz)
    assert not _role_match("president", "vice president", gz)


def test_a_vice_president_is_no_president(run: Callable[..., Record]) -> None:
    rec = run(
        "President Ann Vell met farmers in Ohio on Monday. The vice president said the talks "
        "went well."
    )
    assert "vice president" not in _mentions(rec, "Ann Vell")


def test_two_holders_of_the_role_near_it_no_join(run: Callable[..., Record]) -> None:
    rec = run(
        "Governor Ann Vell and Governor Tom Reed met farmers in Ohio on Monday. The governor "
        "said the talks went well."
    )
    assert "governor" not in _mentions(rec, "Ann Vell") | _mentions(rec, "Tom Reed")


def test_one_holder_of_the_role_is_joined(run: Callable[..., Record]) -> None:
    rec = run(
        "Governor Ann Vell met farmers in Ohio on Monday. The governor said the talks went well."
    )
    assert "governor" in _mentions(rec, "Ann Vell")


def test_a_quantified_role_names_no_one(run: Callable[..., Record]) -> None:
    rec = run(
        "Senator Ann Vell spoke in Ohio on Monday. No senator voted for the plan, the clerk said."
    )
    assert not {"senator", "No senator"} & _mentions(rec, "Ann Vell")


def test_a_predicate_role_is_no_mention(run: Callable[..., Record]) -> None:
    rec = run(
        "Senator Ann Vell spoke in Ohio on Monday. Her rival, Tom Reed, wants to be senator, "
        "the clerk said."
    )
    assert "senator" not in _mentions(rec, "Ann Vell")


def test_a_persons_aide_takes_that_persons_country(run: Callable[..., Record]) -> None:
    rec = run(
        "Trade talks\n\nLIMA, Peru - Chinese Premier Li Wen met Peruvian traders in Lima on "
        "Monday, Peru's trade ministry said.\n\n\"The talks went well,\" said Tom Hale, Li's "
        "deputy national security adviser."
    )
    assert _country(rec, "Tom Hale") == "CHN"


def test_a_quantified_role_beside_a_name_is_not_theirs(run: Callable[..., Record]) -> None:
    rec = run(
        "Candidate Tom Reed spoke in Ohio on Monday. Other plans need troops, which no "
        "candidate but Tom Reed backs."
    )
    assert not {"candidate", "no candidate"} & _mentions(rec, "Tom Reed")


def test_a_lone_word_opening_an_outlets_name_is_the_outlet(run: Callable[..., Record]) -> None:
    rec = run(
        'Ann Vell spoke to Vane News on Sunday about the plan. "We will win," Vell told Vane '
        "in the interview, taped on Saturday."
    )
    assert "Vane" not in {e.name for e in rec.entities if e.type == "PERSON"}


def test_a_role_in_a_conditional_clause_is_no_mention(run: Callable[..., Record]) -> None:
    rec = run(
        "President Ann Vell spoke in Ohio on Monday.\n\nHer rival sent a letter saying, if "
        "elected president, he would cut taxes."
    )
    assert not any("president" in m for m in _mentions(rec, "Ann Vell") - {"Ann Vell"})


def test_a_visitor_to_the_dateline_country_is_no_local(run: Callable[..., Record]) -> None:
    rec = run(
        "Farm talks\n\nLIMA, Peru - Peruvian officials met farmers in Cusco on Monday, Peru's "
        "farm ministry said.\n\nPeruvian leaders shunned Tom Reed during his recent trips to "
        "Peru, the ministry said. Maria Lopez, a farmer in Cusco, said the talks went well."
    )
    assert _country(rec, "Tom Reed") != "PER"
    assert _country(rec, "Maria Lopez") == "PER"


# -------------------------------------------------------------------------------------------------
# Entities: a role noun with an indefinite article ("a diplomat from Egypt") brings in someone new,
# not the one person named before with that role.


STORY = "The diplomat who drafted the treaty, Omar Farah, left in May. {} said the text was weak."


def _mention_list(record: Record, name: str) -> list[str]:
    found = [e for e in record.entities if e.name == name]
    assert found, [e.name for e in record.entities]
    return [m.text for m in found[0].mentions]


def test_a_diplomat_brought_in_is_not_the_one_named(run: Callable[..., Record]) -> None:
    rec = run(STORY.format("A diplomat from Egypt"))
    assert sorted(_mention_list(rec, "Omar Farah")) == ["Omar Farah", "diplomat"]


def test_the_diplomat_again_is_the_one_named(run: Callable[..., Record]) -> None:
    rec = run(STORY.format("The diplomat"))
    assert _mention_list(rec, "Omar Farah").count("diplomat") == 2, rec.entities


@pytest.mark.parametrize(("noun", "gender"), [("woman", "f"), ("man", "m"), ("girl", "f")])
def test_a_plain_noun_of_a_person_says_a_gender(noun: str, gender: str) -> None:
    assert words()["gendered_nouns"][noun] == gender


def test_a_senators_office_keeps_the_senator(run: Callable[..., Record]) -> None:
    rec = run(
        "Senator Ann Marshal's office said the vote was delayed. Marshal said she would vote no."
    )
    assert "Marshal" in _mention_list(rec, "Ann Marshal")
    # a holder's title before "'s Office" is still the office
    office = run("The Ashby County Sheriff's Office said the road was closed.")
    assert [e for e in office.entities if e.type == "ORG" and "Sheriff" in e.name], office


def test_a_chief_s_style_and_a_name_are_a_person(run: Callable[..., Record]) -> None:
    rec = run(
        "Harvest festival\n\n"
        "KUMASI - Crowds filled the square on Saturday. Nana Efua Mensah, a queen mother from "
        "the coast, opened the yam festival and said the rains had come early."
    )
    assert named(rec, "Nana Efua Mensah").type == "PERSON"


def test_a_grandmother_s_word_in_lower_case_is_no_style(run: Callable[..., Record]) -> None:
    rec = run(
        "Harvest festival\n\n"
        "IBADAN - My nana, Ruth Pike, baked the bread on Saturday, said Tom Pike, her grandson."
    )
    assert named(rec, "Ruth Pike").type == "PERSON"
